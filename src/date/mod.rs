//! Dates, date-times and periods as Chinese documents write them:
//! `2023年6月1日`, `二〇二三年六月一日`, `2023-06-06 17:03`, `2022年度`,
//! `2023年上半年`, `07年第三季度`, `截至2023年2月底`, `“十四五”期间`,
//! `2021—2025年`, `自2020-05-26起至2020-05-29止`.
//!
//! The grammar (`grammar.rs`) collects the fields of a date without judging
//! them; `fields.rs` checks them once at the end, so `2023年2月30日` is an
//! [`ErrorKind::InvalidDate`] error saying "day 30 does not exist in
//! February 2023", and a partial date keeps its precision.
//!
//! Rules worth knowing:
//! - A two-digit year is pivoted at 50 (`07年` → 2007, `98年` → 1998) and
//!   stands only before a month, a quarter, a half or an edge word
//!   (`19年底`), so that a duration such as `12年` is not a year.
//! - A four-digit number without 年 is a date only as `2023-06-01`,
//!   `2023/06/01`, `2023.6.1` or `2022 11 23`, or at the start of a range
//!   that ends in 年 (`2021—2025年`).
//! - The Nth five-year plan: the first ran 1953–1957, the second 1958–1962,
//!   and from the third (1966) on the Nth starts in 1966 + 5(N − 3):
//!   `十四五` is 2021–2025, `十五` (in quotes or before 计划/时期) 2001–2005.
//! - Seconds are checked and dropped; `24时` / `24:00` is midnight of the
//!   next day; an hour alone (`15时`) has minute 00.
//! - A time is kept only with a date; [`parse_time`] reads a time of day
//!   alone (`十点半`).
//! - Relative words (`今年`, `此刻`, `当前`, `这个月`, `年底` with no year) are
//!   not dates here: there is nothing in the text to date them by.
//! - A weekday after a date (`(星期三)`) is read over, not checked.

pub(crate) mod fields;
mod grammar;

use std::borrow::Cow;

use chrono::NaiveTime;

use crate::charset::{CharSet, End, Finder};
use crate::error::{Error, ErrorKind};
use crate::grammar::finish;
use crate::model::{Date, DateMention, Limit, Period};
use crate::span::{offset_in, span_in, Span};
use crate::text::{fold, is_han, is_space, pinyin_len};
use fields::{Field, FieldError, Fields, PeriodFields};

#[allow(unused_imports)] // for the reply parser
pub(crate) use grammar::date_time;

/// Parses one date or date-time, the whole text. A single date with a
/// qualifier (`2017年底`, `截至2023年2月底`, `2023年6月份`) is that date at its
/// precision, the qualifier dropped; [`parse_mention`] keeps it. A range or a
/// plan period is an error here: see [`parse_period`].
///
/// ```
/// use govreply::model::Precision;
/// let d = govreply::date::parse("二〇二三年六月一日")?;
/// assert_eq!(d.to_string(), "2023-06-01");
/// let t = govreply::date::parse("2021- 10- 08 10: 45")?;
/// assert_eq!(t.to_string(), "2021-10-08T10:45");
/// assert_eq!(govreply::date::parse("2023年上半年")?.precision(), Precision::Half);
/// assert_eq!(govreply::date::parse("截至2017年底")?.to_string(), "2017");
/// assert!(govreply::date::parse("2021—2025年").is_err());
/// let e = govreply::date::parse("2023年2月30日").unwrap_err();
/// assert_eq!(e.message(), "day 30 does not exist in February 2023");
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Date, Error> {
    match finish(text, "a date", grammar::date_fields) {
        Ok(fields) => fields.resolve().map_err(|e| invalid(text, e)),
        // one date with a qualifier around it (`2017年底`, `截至2023年2月底`)
        // is that date; the error of the plain grammar is the clearer one
        Err(plain) => match parse_mention(text) {
            Ok(DateMention {
                period: Period::Date(d),
                ..
            }) => Ok(d),
            _ => Err(plain),
        },
    }
}

/// Parses a date, a range of dates or a five-year plan, the whole text,
/// qualifiers (截至, 底, 起 …) allowed and dropped; [`parse_mention`] keeps
/// them.
///
/// ```
/// use govreply::model::Period;
/// let p = govreply::date::parse_period("“十四五”期间")?;
/// let Period::Range { start, end } = p else { panic!() };
/// assert_eq!((start.to_string(), end.to_string()), ("2021".into(), "2025".into()));
/// let p = govreply::date::parse_period("截至2023年2月底")?;
/// assert_eq!(p, Period::Date("2023-02".parse().unwrap()));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_period(text: &str) -> Result<Period, Error> {
    parse_mention(text).map(|m| m.period)
}

/// Parses a date, a range or a plan with its qualifiers, the whole text,
/// into a [`DateMention`] whose span covers the trimmed text.
///
/// ```
/// use govreply::model::{Edge, Limit};
/// let m = govreply::date::parse_mention("截至2023年2月底")?;
/// assert_eq!((m.edge, m.limit), (Some(Edge::End), Some(Limit::Until)));
/// assert_eq!(m.period.year(), Some(2023));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_mention(text: &str) -> Result<DateMention<'_>, Error> {
    let (pre, pf, edge, post) = finish(text, "a date or a period", grammar::mention)?;
    let period = pf.resolve().map_err(|e| invalid(text, e))?;
    let trimmed = crate::text::trim(text);
    Ok(DateMention {
        period,
        edge,
        limit: if matches!(pf, PeriodFields::Range { .. }) {
            None
        } else {
            pre.or(post)
        },
        style: pf.style(),
        text: Cow::Borrowed(trimmed),
        span: span_in(text, trimmed),
    })
}

/// Parses a time of day alone: `十点半`, `下午3点`, `17:03`, `17时03分`.
///
/// ```
/// let t = govreply::date::parse_time("十点半")?;
/// assert_eq!(t.to_string(), "10:30:00");
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_time(text: &str) -> Result<NaiveTime, Error> {
    let f = finish(text, "a time of day", grammar::time)?;
    let whole = Fields {
        year: Some(Field {
            value: 2000,
            text: "",
        }),
        month: Some(Field { value: 1, text: "" }),
        day: Some(Field { value: 1, text: "" }),
        ..f
    };
    let d = whole.resolve().map_err(|e| invalid(text, e))?;
    d.time()
        .and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0))
        .ok_or_else(|| Error::expected(text, 0, "a time of day"))
}

/// Finds every date, date-time, range and plan period in running text, in
/// one pass, with its span and text as written.
///
/// ```
/// let found = govreply::date::scan("截至2023年2月底，“十四五”期间新建2.2万套，2017-08-15 16:44发布");
/// let texts: Vec<_> = found.iter().map(|m| m.text.as_ref()).collect();
/// assert_eq!(texts, ["截至2023年2月底", "“十四五”期间", "2017-08-15 16:44"]);
/// Ok::<(), govreply::Error>(())
/// ```
pub fn scan(text: &str) -> Vec<DateMention<'_>> {
    scan_at(text, 0)
}

/// [`scan`] for a document of a known year: dates written without a year
/// (`6月20日`, `一季度`) take `year`. A day that does not exist in that year
/// (February 29) keeps no year.
///
/// ```
/// let found = govreply::date::scan_in_year("我局于6月20日召开会议", 2023);
/// assert_eq!(found[0].period.to_string(), "2023-06-20");
/// ```
pub fn scan_in_year(text: &str, year: i32) -> Vec<DateMention<'_>> {
    let mut found = scan_at(text, 0);
    for m in &mut found {
        m.period = match m.period {
            Period::Date(d) => Period::Date(d.with_year(year).unwrap_or(d)),
            Period::Range { start, end } => {
                let start2 = start.with_year(year).unwrap_or(start);
                // an end before its start rolls into the next year
                let mut end2 = end.with_year(year).unwrap_or(end);
                if end.year().is_none() && end2 < start2 {
                    end2 = end.with_year(year + 1).unwrap_or(end2);
                }
                Period::Range {
                    start: start2,
                    end: end2,
                }
            }
        };
    }
    found
}

/// [`scan`] over a piece of a larger text that starts at byte `base` of it:
/// the spans are `base` + the offset in `text`.
pub(crate) fn scan_at(text: &str, base: usize) -> Vec<DateMention<'_>> {
    scan_with(text, base, &mut Finder::Direct)
}

/// [`scan_at`] with the places a period may start found by `finder`, which
/// must find every member of [`MAY_START`].
pub(crate) fn scan_with<'a>(
    text: &'a str,
    base: usize,
    finder: &mut Finder<'_>,
) -> Vec<DateMention<'a>> {
    let mut scan = Scan::new(text, base, finder);
    scan.advance_to(text.len());
    scan.found
}

/// A date scan that goes only as far as it is asked: the metric scan needs
/// the dates before each number, none after the last.
pub(crate) struct Scan<'a, 'f, 'm> {
    text: &'a str,
    base: usize,
    finder: &'f mut Finder<'m>,
    /// The end of the last mention: a prefix word is not looked for
    /// before it.
    next: usize,
    /// Where the search for the next start goes on.
    from: usize,
    /// The mentions found so far, in order.
    pub found: Vec<DateMention<'a>>,
}

impl<'a, 'f, 'm> Scan<'a, 'f, 'm> {
    /// A scan of `text` (spans shifted by `base`) that has found nothing
    /// yet; `finder` must find every member of [`MAY_START`].
    pub(crate) fn new(text: &'a str, base: usize, finder: &'f mut Finder<'m>) -> Self {
        Scan {
            text,
            base,
            finder,
            next: 0,
            from: 0,
            found: Vec::new(),
        }
    }

    /// Finds every mention that starts before byte `limit` (and was not
    /// found yet); a mention may run on past it.
    pub(crate) fn advance_to(&mut self, limit: usize) {
        let text = self.text;
        while let Some((i, c)) = self.finder.find(&MAY_START, text, self.from) {
            if i >= limit {
                return;
            }
            self.from = i + c.len_utf8();
            let prev = text.get(..i).and_then(|b| b.chars().next_back());
            if grammar::may_start(c, prev) && worth_trying(text.get(i..).unwrap_or("")) {
                if let Some((m, end)) = mention_at(text, i, self.next, prev, self.base) {
                    self.next = end;
                    self.from = self.from.max(end);
                    self.found.push(m);
                }
            }
        }
        // nothing more to find: do not search again
        self.from = text.len();
    }
}

/// Every character [`grammar::may_start`] admits, and a few more: what
/// the scan looks for before asking it.
pub(crate) static MAY_START: CharSet =
    CharSet::folded("0123456789〇零一二两三四五六七八九十壹贰叁肆伍陆柒捌玖幺第前上下“\"「『‘'");

/// Whether the date grammar is worth running at the start of `rest`: a
/// word that opens a period must be followed by what it opens (上半年,
/// 前三季度, 第一季度, “十四五”), and a number must be followed by what
/// may continue a date (see [`date_may_follow`]) and not count something.
fn worth_trying(rest: &str) -> bool {
    let Some(c) = rest.chars().next() else {
        return false;
    };
    if is_numeral(c) {
        return date_may_follow(rest, false) && (may_be_plan(rest) || !counts_something(rest));
    }
    // what the opening word opens; zero-width characters and spaces may
    // stand between (`第 三 季度`), an entity lets the grammar decide
    let after = rest
        .get(c.len_utf8()..)
        .unwrap_or("")
        .trim_start_matches(crate::text::is_space);
    let Some(n) = after.chars().next() else {
        return false;
    };
    match fold(c) {
        _ if n == '&' => true,
        '上' | '下' => fold(n) == '半',
        // 前, 第 or an opening quote (a plan such as “十四五”)
        f => is_numeral(n) && date_may_follow(after, f == '第'),
    }
}

/// Whether what follows the numerals at the start of `rest` may continue
/// a date, a range or a plan: a date word (年 after two or four numerals,
/// 月 日 号 季度), a range or date separator (`.` and `/` after four
/// digits), a space, `个` (第十四个五年规划), or anything after a Chinese
/// number ending in 五 (a plan: `十四五，`); after 第 (`after_di`) only
/// what continues a quarter or a plan. Noise that the keyword matching
/// skips (`&nbsp;`, pinyin in brackets) lets the grammar decide. Most
/// numbers of a reply end at a unit or a measure word, and are turned
/// away here without running the grammar.
fn date_may_follow(rest: &str, after_di: bool) -> bool {
    // a run of five digits or more is no year, month, day or hour
    if rest
        .chars()
        .take(5)
        .take_while(|c| crate::text::is_digit(*c))
        .count()
        == 5
    {
        return false;
    }
    let run = rest
        .chars()
        .take_while(|c| is_numeral(*c) || matches!(c, 'O' | 'o' | 'Ｏ' | 'ｏ'))
        .count();
    let Some(c) = rest.chars().nth(run) else {
        return true;
    };
    let f = crate::text::fold(c);
    if crate::text::is_space(c)
        || matches!(
            f,
            '季' | '个' | '至' | '到' | '起' | '-' | '~' | '〜' | '&' | '('
        )
    {
        return true;
    }
    // after 第 only a quarter or a plan (第三季度, 第十四个五年规划)
    if after_di {
        return false;
    }
    match f {
        // a year has two or four digits
        '年' if run == 2 || run == 4 => true,
        '月' | '日' | '号' => true,
        // 2023.6.1, 2023/06/01: four digits first
        '.' | '/' if run == 4 && rest.chars().take(4).all(crate::text::is_digit) => true,
        _ => ends_in_wu(rest),
    }
}

/// Whether the numerals at the start of `rest` may open a five-year plan:
/// they end in 五 (`十四五`), or 个五年 follows them (`十四个五年规划`).
fn may_be_plan(rest: &str) -> bool {
    let after = rest.trim_start_matches(is_numeral);
    ends_in_wu(rest) || crate::text::match_folded(after, "个五年").is_some()
}

/// Whether the numerals at the start of `rest` end in 五: perhaps a plan
/// (`十一五`), which the plan grammar tells from a count by its own list
/// of measure words.
fn ends_in_wu(rest: &str) -> bool {
    // the run grammar::plan_number reads
    rest.chars()
        .take(5)
        .take_while(|c| fields::cn_digit(*c).is_some() || *c == '十')
        .last()
        == Some('五')
}

/// A digit of either width or a Chinese numeral character.
fn is_numeral(c: char) -> bool {
    crate::text::is_digit(c) || fields::is_cn_numeral(c)
}

/// Whether `rest` opens with a number that counts something (`27家`,
/// `1,200家`, `三百`): its numerals (and digit groups) run straight into
/// a unit or multiplier no date has, so the date grammar
/// need not be tried there. A cheap look-ahead that keeps [`scan`] from
/// running the whole grammar at every number of a statistics-dense text.
fn counts_something(rest: &str) -> bool {
    for c in rest.chars() {
        let f = crate::text::fold(c);
        // separators and spaces may join a date (`2023-06-01家`,
        // `2023 3 3家`): only numerals and digit groups are read past
        if is_numeral(c) || f == ',' {
            continue;
        }
        return matches!(
            f,
            '%' | '‰'
                | '亿'
                | '万'
                | '千'
                | '百'
                | '元'
                | '个'
                | '家'
                | '项'
                | '件'
                | '人'
                | '户'
                | '所'
                | '批'
                | '条'
                | '次'
                | '台'
                | '辆'
                | '套'
                | '座'
                | '名'
                | '位'
                | '处'
                | '吨'
                | '亩'
                | '倍'
                | '余'
                | '多'
                | '类'
                | '种'
                | '米'
                | '公'
                | '平'
                | '是'
        );
    }
    false
}

/// The date or date-time at the start of `text` and its byte length.
#[allow(dead_code)] // for the reply parser
pub(crate) fn date_prefix(text: &str) -> Option<(Date, usize)> {
    let (rest, d) = grammar::date_time(text).ok()?;
    Some((d, text.len() - rest.len()))
}

/// The mention (date, range or plan, with its qualifiers after it) at the
/// start of `text`, spans shifted by `base`.
#[allow(dead_code)] // for the reply parser
pub(crate) fn mention_prefix(text: &str, base: usize) -> Option<DateMention<'_>> {
    mention_at(text, 0, 0, None, base).map(|(m, _)| m)
}

/// The mention starting at byte `start` of `text`, a prefix word (截至, 自)
/// looked for back to `floor`; returns it and its end offset in `text`.
fn mention_at<'a>(
    text: &'a str,
    start: usize,
    floor: usize,
    prev: Option<char>,
    base: usize,
) -> Option<(DateMention<'a>, usize)> {
    let rest = text.get(start..)?;
    let (after, pf) = grammar::period_fields(rest).ok()?;
    let (after, pf, period) = match pf.resolve() {
        Ok(p) => (after, pf, p),
        Err(_) => match pf {
            PeriodFields::Range {
                start: s,
                after_start,
                ..
            } => {
                let d = s.resolve().ok()?;
                (after_start, PeriodFields::Single(s), Period::Date(d))
            }
            _ => return None,
        },
    };
    let matched = rest.get(..rest.len() - after.len()).unwrap_or("");
    if let PeriodFields::Single(f) = &pf {
        if bare_cn_month(f) && !matched.ends_with('份') && !grammar::bare_cn_month_ok(prev) {
            return None;
        }
    }
    let is_range = matches!(pf, PeriodFields::Range { .. });
    let (after, (edge, post)) = if is_range {
        (after, (None, None))
    } else {
        grammar::qualifiers(after, grammar::takes_edge(&pf)).ok()?
    };
    let end = trim_pinyin(text, start, start + (rest.len() - after.len()));
    let before = text.get(floor..start).unwrap_or("");
    let (from, limit) = match (prefix_before(before), is_range) {
        (Some((len, Limit::Since)), true) => (start - len, None),
        (_, true) => (start, None),
        (Some((len, l)), false) => (start - len, Some(l)),
        (None, false) => (start, post),
    };
    let written = text.get(from..end)?;
    Some((
        DateMention {
            period,
            edge,
            limit,
            style: pf.style(),
            text: Cow::Borrowed(written),
            span: Span::new(base + from, base + end),
        },
        end,
    ))
}

/// A month written in Chinese numerals with neither year nor day (`一月`).
fn bare_cn_month(f: &Fields<'_>) -> bool {
    f.year.is_none()
        && f.day.is_none()
        && f.month
            .is_some_and(|m| !m.text.chars().next().is_some_and(crate::text::is_digit))
}

/// The limit word (截至, 自 …) that `before` ends with, spaces after it
/// allowed: its byte length with the spaces, and its meaning.
fn prefix_before(before: &str) -> Option<(usize, Limit)> {
    let trimmed = before.trim_end_matches(is_space);
    let spaces = before.len() - trimmed.len();
    if before.chars().rev().take_while(|c| is_space(*c)).count() > 3 {
        return None;
    }
    // every prefix ends in 至, 止, 到, 自 or 从: most text before a date
    // ends in none of them
    if !trimmed
        .chars()
        .next_back()
        .is_some_and(|c| PREFIX_LAST.contains(c))
    {
        return None;
    }
    grammar::LIMIT_PREFIXES
        .iter()
        .filter_map(|(w, l)| {
            crate::text::ends_with_folded(trimmed, w).map(|len| (len + spaces, *l))
        })
        .max_by_key(|(len, _)| *len)
}

/// The last characters of the words of [`grammar::LIMIT_PREFIXES`].
static PREFIX_LAST: CharSet = CharSet::row_ends(&grammar::LIMIT_PREFIXES, End::Last);

/// Moves `end` back over pinyin a mirror site injected after the last
/// character of a mention (`15時(shí)` ends at 時).
fn trim_pinyin(text: &str, start: usize, end: usize) -> usize {
    let Some(s) = text.get(start..end) else {
        return end;
    };
    if !s.ends_with([')', '）']) {
        return end;
    }
    let Some(open) = s.rfind(['(', '（']) else {
        return end;
    };
    let group = s.get(open..).unwrap_or("");
    let han_before = s
        .get(..open)
        .and_then(|b| b.chars().next_back())
        .is_some_and(is_han);
    if han_before && pinyin_len(group) == group.len() {
        start + open
    } else {
        end
    }
}

/// The public error for fields that do not make a date.
fn invalid(text: &str, e: FieldError<'_>) -> Error {
    let inside = (e.at.as_ptr() as usize) >= (text.as_ptr() as usize)
        && offset_in(text, e.at) + e.at.len() <= text.len();
    let span = if inside && !e.at.is_empty() {
        span_in(text, e.at)
    } else {
        Span::new(0, text.len())
    };
    Error::new(ErrorKind::InvalidDate, text, span, e.message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateStyle, Edge, Precision};

    /// The scan as it was before its prefilters: the grammar tried at every
    /// character `may_start` admits.
    fn scan_unfiltered(text: &str) -> Vec<DateMention<'_>> {
        let mut out = Vec::new();
        let mut next = 0;
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            if i >= next && grammar::may_start(c, prev) {
                if let Some((m, end)) = mention_at(text, i, next, prev, 0) {
                    next = end;
                    out.push(m);
                }
            }
            prev = Some(c);
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The prefilters (`worth_trying`, the character set) never turn
        /// away a place where the grammar finds a period.
        #[test]
        fn prefilters_lose_nothing(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2", "0", "3", "1", "２", "一", "二", "三", "四", "五", "十", "〇", "○", "O",
                    "两", "廿", "年", "月", "日", "号", "號", "季度", "至", "到", "起", "-", "—",
                    "/", ".", ":", "个", "份", "底", "初", "半", "上", "下", "第", "前", "“", "”",
                    "时期", "规划", "，", "家", "批", "%", "亿", " ", "&nbsp;", "(", "\u{200B}",
                    "星期", "时", "点", "分", "度", "是", "24117", "2023", "05", "6", "O", "二〇",
                    "十四", "个", "五年", "规划", "./", "０",
                ]),
                0..24,
            )
        ) {
            let text: String = text.concat();
            proptest::prop_assert_eq!(scan_at(&text, 0), scan_unfiltered(&text));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The same, on texts built as a date is: a word that may open it,
        /// a run of numerals, what follows them, and more.
        #[test]
        fn prefilters_lose_nothing_on_date_shapes(
            open in proptest::sample::select(vec!["", "第", "前", "上", "下", "“", "自", "截至", "，"]),
            run in "[0-9０一二三四五六七八九十〇○O两廿]{1,6}",
            follow in proptest::sample::select(vec![
                "年", "月", "日", "号", "季度", "个五年", "-", "—", "/", ".", " ", "至", "到", "起",
                "家", "个", "”", "时期", "：", "&nbsp;", "(", "\u{200B}", "半年", "%", "亿", "，", "",
            ]),
            tail in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "06", "12", "三", "月", "日", "年", "底", "初", "以来", "起", "前", " ", "09:41",
                    "星期三", "上午", "规划", "，",
                ]),
                0..4,
            ),
        ) {
            let text = format!("{open}{run}{follow}{}", tail.concat());
            proptest::prop_assert_eq!(scan_at(&text, 0), scan_unfiltered(&text));
        }
    }

    /// The scan's prefilter holds every character a period may start with.
    #[test]
    fn may_start_set_holds_every_start() {
        for n in 0..0x3_0000 {
            let Some(c) = char::from_u32(n) else { continue };
            if grammar::may_start(c, None) {
                assert!(MAY_START.contains(c), "{c:?}");
            }
        }
    }

    fn show(p: &Period) -> String {
        match p {
            Period::Date(d) => d.to_string(),
            Period::Range { start, end } => format!("{start}/{end}"),
        }
    }

    fn precision(p: &Period) -> Precision {
        match p {
            Period::Date(d) => d.precision(),
            Period::Range { start, .. } => start.precision(),
        }
    }

    use Precision::{Day, Half as H, Minute, Month, Quarter as Q, Year};

    /// (input, ISO text — `start/end` for a range —, precision) through
    /// `parse_period`.
    const PERIODS: &[(&str, &str, Precision)] = &[
        // full dates
        ("2023年6月1日", "2023-06-01", Day),
        ("2023年06月01日", "2023-06-01", Day),
        ("二〇二三年六月一日", "2023-06-01", Day),
        ("二○二三年六月一日", "2023-06-01", Day),
        ("二零二三年六月一日", "2023-06-01", Day),
        ("二O一二年四月二十日", "2012-04-20", Day),
        ("二0一一年", "2011", Year),
        ("2023-06-01", "2023-06-01", Day),
        ("2023.6.1", "2023-06-01", Day),
        ("2023/06/01", "2023-06-01", Day),
        ("２０２３年６月１日", "2023-06-01", Day),
        ("２０２３－０６－０１", "2023-06-01", Day),
        ("2022 11 23", "2022-11-23", Day),
        ("2015年02月05日 星期四", "2015-02-05", Day),
        ("2015年02月04日(星期三)", "2015-02-04", Day),
        ("2015年02月04日（星期三）", "2015-02-04", Day),
        ("二零一五年三月三號", "2015-03-03", Day),
        ("二〇二三年六月廿二日", "2023-06-22", Day),
        ("二〇二三年十二月三十一日", "2023-12-31", Day),
        ("二○一一年十二月五日", "2011-12-05", Day),
        ("一九九八年十月", "1998-10", Month),
        ("2023年6月1号", "2023-06-01", Day),
        ("2023 年 6 月 1 日", "2023-06-01", Day),
        ("2024年2月29日", "2024-02-29", Day),
        ("二〇〇八年", "2008", Year),
        ("1999年", "1999", Year),
        // with a time
        ("2023-06-06 17:03", "2023-06-06T17:03", Minute),
        ("2023-06-06 17:03:12", "2023-06-06T17:03", Minute),
        ("2021- 10- 08 10: 45", "2021-10-08T10:45", Minute),
        ("2010年3月3日(星期三)15時", "2010-03-03T15:00", Minute),
        ("2010年3月3日(星期三)15時(shí)", "2010-03-03T15:00", Minute),
        ("2023年6月6日17时03分", "2023-06-06T17:03", Minute),
        ("2023年6月6日 17时03分12秒", "2023-06-06T17:03", Minute),
        ("2025年3月20日上午九点", "2025-03-20T09:00", Minute),
        ("2023年6月1日下午3点", "2023-06-01T15:00", Minute),
        ("2023年6月1日十点半", "2023-06-01T10:30", Minute),
        ("2023年6月1日十一点", "2023-06-01T11:00", Minute),
        ("2023年6月1日 晚上8点30分", "2023-06-01T20:30", Minute),
        ("2023-06-06T17:03", "2023-06-06T17:03", Minute),
        ("2023/06/06 09:30", "2023-06-06T09:30", Minute),
        ("2023年6月30日24时", "2023-07-01T00:00", Minute),
        ("2023年6月1日 星期四 上午9:30", "2023-06-01T09:30", Minute),
        ("二〇二三年六月一日下午两点", "2023-06-01T14:00", Minute),
        // partial dates and periods
        ("2023年6月", "2023-06", Month),
        ("2023年6月份", "2023-06", Month),
        ("2022年", "2022", Year),
        ("2022年度", "2022", Year),
        ("2023年上半年", "2023-H1", H),
        ("2023年下半年", "2023-H2", H),
        ("1993年上半年", "1993-H1", H),
        ("上半年", "--H1", H),
        ("一季度", "--Q1", Q),
        ("第一季度", "--Q1", Q),
        ("2023年一季度", "2023-Q1", Q),
        ("2023年第4季度", "2023-Q4", Q),
        ("07年第三季度", "2007-Q3", Q),
        ("98年6月", "1998-06", Month),
        ("2017年底", "2017", Year),
        ("19年底", "2019", Year),
        ("截至2023年2月底", "2023-02", Month),
        ("2023年末", "2023", Year),
        ("2023年初", "2023", Year),
        ("6月初", "--06", Month),
        ("一季度末", "--Q1", Q),
        ("2023年6月中旬", "2023-06", Month),
        ("2023年6月底前", "2023-06", Month),
        ("2020年以来", "2020", Year),
        ("自2020年起", "2020", Year),
        ("2020年至今", "2020", Year),
        ("2023年7月1日起", "2023-07-01", Day),
        // plan periods
        ("“十四五”", "2021/2025", Year),
        ("十四五时期", "2021/2025", Year),
        ("“十四五”期间", "2021/2025", Year),
        ("“十三五”", "2016/2020", Year),
        ("十五五时期", "2026/2030", Year),
        ("“十五”", "2001/2005", Year),
        ("九五时期", "1996/2000", Year),
        ("\"十一五\"", "2006/2010", Year),
        ("十四五末", "2021/2025", Year),
        ("第十四个五年规划", "2021/2025", Year),
        ("十三个五年规划时期", "2016/2020", Year),
        // ranges
        ("2021—2025年", "2021/2025", Year),
        ("2021-2025年", "2021/2025", Year),
        ("2021～2025年", "2021/2025", Year),
        ("2021年至2023年", "2021/2023", Year),
        ("2021年-2023年", "2021/2023", Year),
        ("2022年到2023年", "2022/2023", Year),
        ("二〇二一至二〇二五年", "2021/2025", Year),
        ("6月1日至6月30日", "--06-01/--06-30", Day),
        ("2023年6月1日至6月30日", "2023-06-01/2023-06-30", Day),
        ("6月1日至30日", "--06-01/--06-30", Day),
        ("2023年6月1—30日", "2023-06-01/2023-06-30", Day),
        ("自2020-05-26起至2020-05-29止", "2020-05-26/2020-05-29", Day),
        ("2020-05-26 至 2020-05-29", "2020-05-26/2020-05-29", Day),
        (
            "2006年7月1日起至2006年12月31日止",
            "2006-07-01/2006-12-31",
            Day,
        ),
        ("2023年1-6月", "2023-01/2023-06", Month),
        ("2023年1月至6月", "2023-01/2023-06", Month),
        ("1至5月份", "--01/--05", Month),
        ("2023年前三季度", "2023-Q1/2023-Q3", Q),
        ("2023年一至三季度", "2023-Q1/2023-Q3", Q),
        ("2022年12月至2023年2月", "2022-12/2023-02", Month),
        ("2023年12月至2月", "2023-12/2024-02", Month),
        ("2023年12月30日至1月2日", "2023-12-30/2024-01-02", Day),
        // year-less
        ("6月20日", "--06-20", Day),
        ("5月份", "--05", Month),
        ("十二月", "--12", Month),
        ("2月29日", "--02-29", Day),
        ("6月20日15时", "--06-20T15:00", Minute),
        ("10月1日零时", "--10-01T00:00", Minute),
        ("2024年3月31日24:00", "2024-04-01T00:00", Minute),
    ];

    #[test]
    fn period_table() {
        let mut failures = Vec::new();
        for &(input, iso, prec) in PERIODS {
            match parse_period(input) {
                Ok(p) if show(&p) == iso && precision(&p) == prec => {}
                other => failures.push(format!("{input}: want {iso} {prec:?}, got {other:?}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(PERIODS.len() >= 80);
    }

    #[test]
    fn parse_single_dates() {
        let cases = [
            ("2023年6月1日", "2023-06-01"),
            (" 2023-06-06 17:03 ", "2023-06-06T17:03"),
            ("二〇二三年六月一日", "2023-06-01"),
            ("2022年度", "2022"),
            ("6月20日", "--06-20"),
            // one date with its qualifier: the date at its precision
            ("2017年底", "2017"),
            ("截至2023年2月底", "2023-02"),
            ("2023年6月份", "2023-06"),
            ("自2020-05-26起", "2020-05-26"),
            ("2024年6月底前", "2024-06"),
        ];
        for (input, iso) in cases {
            assert_eq!(
                parse(input).map(|d| d.to_string()),
                Ok(iso.to_string()),
                "{input}"
            );
        }
        // a range or a plan is not one date, and a bad date keeps the plain
        // grammar's error
        for bad in [
            "2021年至2023年",
            "2021—2025年",
            "“十四五”期间",
            "截至2023年2月30日",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("2023年2月30日").map_err(|e| e.message().to_string()),
            Err("day 30 does not exist in February 2023".to_string())
        );
    }

    /// (input, message, text the error span covers) — impossible dates.
    #[test]
    fn invalid_dates() {
        let cases = [
            (
                "2023年2月30日",
                "day 30 does not exist in February 2023",
                "30",
            ),
            ("13月", "month 13 does not exist", "13"),
            ("2023年13月", "month 13 does not exist", "13"),
            ("2023-02-29", "day 29 does not exist in February 2023", "29"),
            ("2023年6月31日", "day 31 does not exist in June 2023", "31"),
            (
                "二〇二三年二月三十日",
                "day 30 does not exist in February 2023",
                "三十",
            ),
            ("2023年0月", "month 0 does not exist", "0"),
            ("2023年6月0日", "day 0 does not exist", "0"),
            ("2月30日", "day 30 does not exist in February", "30"),
            ("2023年第五季度", "quarter 5 does not exist", "五"),
            ("2023-06-01 25:00", "hour 25 does not exist (0–23)", "25"),
            ("2023-06-01 24:30", "hour 24:30 does not exist (0–23)", "24"),
            ("2023-06-01 12:60", "minute 60 does not exist (0–59)", "60"),
            (
                "2023-06-01 12:30:61",
                "second 61 does not exist (0–59)",
                "61",
            ),
            (
                "2023年6月1日下午25点",
                "hour 25 does not exist (0–23)",
                "25",
            ),
        ];
        for (input, message, at) in cases {
            let e = parse(input).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidDate, "{input}");
            assert_eq!(e.message(), message, "{input}");
            assert_eq!(e.span().slice(input), Some(at), "{input}");
            assert!(e.to_string().contains("at line 1, column"), "{e}");
        }
        let e = parse_period("2023年6月5日至6月1日").unwrap_err();
        assert_eq!(
            e.message(),
            "the range ends (2023-06-01) before it starts (2023-06-05)"
        );
        let e = parse_time("25:00").unwrap_err();
        assert_eq!(e.message(), "hour 25 does not exist (0–23)");
    }

    /// Text that is not a date: the message names the offending character.
    #[test]
    fn syntax_errors() {
        let cases = [
            (
                "2023年6月1日x",
                "expected the end of the text, but found 'x'",
            ),
            ("2023年x", "expected the end of the text, but found 'x'"),
            ("2023", "expected 年, but found the end of the text"),
            ("x2023年", "but found 'x'"),
            ("12年", "expected a month after a two-digit year"),
        ];
        for (input, part) in cases {
            let e = parse(input).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Syntax, "{input}");
            assert!(e.to_string().contains(part), "{input}: {e}");
        }
        assert_eq!(parse(" ").unwrap_err().kind(), ErrorKind::Empty);
        assert!(parse_period("十四五个").is_err());
        assert!(parse_period("年底").is_err());
    }

    #[test]
    fn times_alone() {
        let cases = [
            ("十点半", "10:30:00"),
            ("十一点", "11:00:00"),
            ("下午3点", "15:00:00"),
            ("上午九点", "09:00:00"),
            ("17:03", "17:03:00"),
            ("17时03分", "17:03:00"),
            ("10: 45", "10:45:00"),
        ];
        for (input, want) in cases {
            assert_eq!(
                parse_time(input).map(|t| t.to_string()),
                Ok(want.to_string()),
                "{input}"
            );
        }
        assert!(parse_time("14.6:34.6").is_err());
    }

    type QualifierRow = (
        &'static str,
        &'static str,
        &'static str,
        Option<Edge>,
        Option<Limit>,
    );

    /// (input, mention text, ISO, edge, limit).
    const QUALIFIERS: &[QualifierRow] = &[
        (
            "截至2023年2月底",
            "截至2023年2月底",
            "2023-02",
            Some(Edge::End),
            Some(Limit::Until),
        ),
        ("2017年底", "2017年底", "2017", Some(Edge::End), None),
        ("自2020年起", "自2020年起", "2020", None, Some(Limit::Since)),
        ("2020年以来", "2020年以来", "2020", None, Some(Limit::Since)),
        (
            "到2025年底前",
            "到2025年底前",
            "2025",
            Some(Edge::End),
            Some(Limit::Until),
        ),
        ("6月上旬", "6月上旬", "--06", Some(Edge::Start), None),
        (
            "截止 2023年6月30日",
            "截止 2023年6月30日",
            "2023-06-30",
            None,
            Some(Limit::Until),
        ),
        (
            "自2020-05-26起至2020-05-29止",
            "自2020-05-26起至2020-05-29止",
            "2020-05-26/2020-05-29",
            None,
            None,
        ),
        (
            "“十四五”末",
            "“十四五”末",
            "2021/2025",
            Some(Edge::End),
            None,
        ),
        (
            "2023年7月1日起",
            "2023年7月1日起",
            "2023-07-01",
            None,
            Some(Limit::Since),
        ),
    ];

    #[test]
    fn mention_qualifiers() {
        for &(input, text, iso, edge, limit) in QUALIFIERS {
            let m = parse_mention(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                (m.text.as_ref(), show(&m.period).as_str(), m.edge, m.limit),
                (text, iso, edge, limit),
                "parse_mention {input}"
            );
            let found = scan(input);
            assert_eq!(found.len(), 1, "scan {input}: {found:?}");
            assert_eq!(
                (found[0].text.as_ref(), found[0].edge, found[0].limit),
                (text, edge, limit),
                "scan {input}"
            );
        }
    }

    #[test]
    fn styles() {
        let cases = [
            ("2023年6月1日", DateStyle::Arabic, false),
            ("二〇二三年六月一日", DateStyle::Chinese, false),
            ("二○二三年六月一日", DateStyle::CircleZero, false),
            ("二零二三年六月一日", DateStyle::LingZero, true),
            ("二O一二年四月二十日", DateStyle::LatinO, true),
            ("二0一一年", DateStyle::ArabicZero, true),
        ];
        for (input, style, irregular) in cases {
            let m = parse_mention(input).unwrap();
            assert_eq!(
                (m.style, m.style.is_irregular()),
                (style, irregular),
                "{input}"
            );
            assert_eq!(scan(input).first().map(|m| m.style), Some(style), "{input}");
        }
    }

    /// (running text, [(mention text, ISO)]).
    const SCANS: &[(&str, &[(&str, &str)])] = &[
        (
            "截至2022年5月底,98.6%的建议已经办复。",
            &[("截至2022年5月底", "2022-05")],
        ),
        ("2.2本计划", &[]),
        ("两组之比为14.6:34.6", &[]),
        ("共有2023个项目", &[]),
        ("编号2023，联系电话0571-86012345", &[]),
        ("12年来，近10-20年间", &[]),
        ("第十四届、十四五个人", &[]),
        ("统一月度考核", &[]),
        ("今年一月，全市", &[("一月", "--01")]),
        ("规划期为2021—2025年，", &[("2021—2025年", "2021/2025")]),
        (
            "有效期为2008年3月1日起至2008年9月30日止。",
            &[("2008年3月1日起至2008年9月30日止", "2008-03-01/2008-09-30")],
        ),
        (
            "(21)某仲字第5号时间：2024年5月8日下午三点",
            &[("2024年5月8日下午三点", "2024-05-08T15:00")],
        ),
        (
            "2024年4月30日投诉多少起",
            &[("2024年4月30日", "2024-04-30")],
        ),
        (
            "某某網(wǎng)消息:2011年4月6日(星期三)10時(shí),會(huì)議",
            &[("2011年4月6日(星期三)10時", "2011-04-06T10:00")],
        ),
        (
            "“十四五”期间，全区一季度实现",
            &[("“十四五”期间", "2021/2025"), ("一季度", "--Q1")],
        ),
        (
            "解决卫生室建设资金事项2018年底,县卫生健康局",
            &[("2018年底", "2018")],
        ),
        ("來源:縣政府辦2021-09-14", &[("2021-09-14", "2021-09-14")]),
        ("2023年初步建成", &[("2023年", "2023")]),
        ("1-6月，全区", &[("1-6月", "--01/--06")]),
        ("2021年和2022年", &[("2021年", "2021"), ("2022年", "2022")]),
        (
            "2023年6月份及上半年数据",
            &[("2023年6月份", "2023-06"), ("上半年", "--H1")],
        ),
        (
            "时间:2019-05-04 08:58:16 来源",
            &[("2019-05-04 08:58:16", "2019-05-04T08:58")],
        ),
        (
            "发布于 2020/06/11 < 上一版",
            &[("2020/06/11", "2020-06-11")],
        ),
        ("2023年2月30日召开", &[]),
        ("十五日内答复，三年内完成", &[]),
        ("十四五规划纲要", &[("十四五", "2021/2025")]),
        ("“十五”计划", &[("“十五”", "2001/2005")]),
        ("2023年6月1日至今", &[("2023年6月1日至今", "2023-06-01")]),
        ("2023年12月至2月", &[("2023年12月至2月", "2023-12/2024-02")]),
        (
            "2023年6月5日至6月1日",
            &[("2023年6月5日", "2023-06-05"), ("至6月1日", "--06-01")],
        ),
        ("版本2019.1.2.3", &[]),
        ("10月1日零时起施行", &[("10月1日零时起", "--10-01T00:00")]),
        ("2022-2023学年，〔2023〕45号", &[]),
        ("五一期间", &[]),
        (
            "2023年3月8日—10日",
            &[("2023年3月8日—10日", "2023-03-08/2023-03-10")],
        ),
        (
            "2020年9月—2021年6月",
            &[("2020年9月—2021年6月", "2020-09/2021-06")],
        ),
        (
            "《某市国民经济和社会发展第十四个五年规划》",
            &[("第十四个五年规划", "2021/2025")],
        ),
        ("每年6月和12月", &[("6月", "--06"), ("12月", "--12")]),
    ];

    #[test]
    fn scan_table() {
        let mut failures = Vec::new();
        for (text, want) in SCANS {
            let found = scan(text);
            let got: Vec<(String, String)> = found
                .iter()
                .map(|m| (m.text.to_string(), show(&m.period)))
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
            }
            for m in found {
                assert_eq!(m.span.slice(text), Some(m.text.as_ref()));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// cases.md §3.6, one row per case (the shapes, with our own names and
    /// numbers where the case quotes a document): (case, text, what the
    /// scan finds as (mention text, ISO, edge, irregular style)).
    #[test]
    fn cases_md_3_6() {
        type Found = (&'static str, &'static str, Option<Edge>, bool);
        let cases: &[(u32, &str, &[Found])] = &[
            (
                87,
                "二零一五年三月三號",
                &[("二零一五年三月三號", "2015-03-03", None, true)],
            ),
            (
                89,
                "二○一一年十二月五日",
                &[("二○一一年十二月五日", "2011-12-05", None, false)],
            ),
            (89, "二O一一年", &[("二O一一年", "2011", None, true)]),
            (89, "二0一一年", &[("二0一一年", "2011", None, true)]),
            (
                91,
                "07年第三季度",
                &[("07年第三季度", "2007-Q3", None, false)],
            ),
            (
                93,
                "1993年上半年",
                &[("1993年上半年", "1993-H1", None, false)],
            ),
            (95, "19年底", &[("19年底", "2019", Some(Edge::End), false)]),
            // exception: 年底 with no year in the text has nothing to date it by
            (95, "年底前", &[]),
            (
                97,
                "“十四五”期间",
                &[("“十四五”期间", "2021/2025", None, false)],
            ),
            (
                99,
                "自2020-05-26起至2020-05-29止",
                &[(
                    "自2020-05-26起至2020-05-29止",
                    "2020-05-26/2020-05-29",
                    None,
                    false,
                )],
            ),
            // a point in time, not a span to now: 起 is not next to the date
            (
                101,
                "2023年4月30日事件多少起",
                &[("2023年4月30日", "2023-04-30", None, false)],
            ),
            (
                103,
                "(21)某仲字第3号时间：2024年5月8日上午九点",
                &[("2024年5月8日上午九点", "2024-05-08T09:00", None, false)],
            ),
            (
                105,
                "2022 11 23",
                &[("2022 11 23", "2022-11-23", None, false)],
            ),
            // times alone are read by parse_time (below), not reported by the scan
            (107, "十点半", &[]),
            // exception: relative words are not dates without a reference date
            (109, "此刻", &[]),
            (109, "当前", &[]),
            (109, "这个月", &[]),
        ];
        let mut failures = Vec::new();
        for &(case, text, want) in cases {
            let got: Vec<(String, String, Option<Edge>, bool)> = scan(text)
                .iter()
                .map(|m| {
                    (
                        m.text.to_string(),
                        show(&m.period),
                        m.edge,
                        m.style.is_irregular(),
                    )
                })
                .collect();
            let want: Vec<(String, String, Option<Edge>, bool)> = want
                .iter()
                .map(|&(t, iso, e, irr)| (t.to_string(), iso.to_string(), e, irr))
                .collect();
            if got != want {
                failures.push(format!("#{case} {text}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // #107
        assert_eq!(
            parse_time("十点半").map(|t| t.to_string()),
            Ok("10:30:00".into())
        );
        assert_eq!(
            parse_time("十一点").map(|t| t.to_string()),
            Ok("11:00:00".into())
        );
        // #101: the limit is not taken from a 起 further on
        assert_eq!(scan("2023年4月30日事件多少起")[0].limit, None);
    }

    #[test]
    fn scan_at_shifts_spans_and_owns() {
        let text = "于2023年6月1日答复";
        let found = scan_at(text, 100);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, Span::new(103, 103 + "2023年6月1日".len()));
        let owned = found[0].clone().into_owned();
        assert_eq!(owned, found[0]);
        let m = mention_prefix("2023年6月底前完成", 7).unwrap();
        assert_eq!(m.text, "2023年6月底前");
        assert_eq!(m.span.start, 7);
        assert_eq!(
            date_prefix("2023-06-06 17:03发布"),
            Some((parse("2023-06-06 17:03").unwrap(), 16))
        );
        let (rest, d) = date_time("2023年6月1日起").unwrap();
        assert_eq!((rest, d.to_string().as_str()), ("起", "2023-06-01"));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn mention_json_round_trip() {
        let texts = [
            "截至2023年2月底",
            "“十四五”期间",
            "二O一二年四月二十日",
            "6月20日15时",
            "一季度",
        ];
        for text in texts {
            let m = parse_mention(text).unwrap().into_owned();
            let json = serde_json::to_string(&m).unwrap();
            let back: DateMention<'static> = serde_json::from_str(&json).unwrap();
            assert_eq!(back, m, "{json}");
        }
        let m = parse_mention("截至2023年2月底").unwrap();
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(json["period"], "2023-02");
        assert_eq!(json["edge"], "end");
        assert_eq!(json["limit"], "until");
        assert_eq!(json["style"], "arabic");
    }

    /// The scan is one pass: long text with and without date characters,
    /// and runs of digits and numerals that start no date.
    #[test]
    fn scan_is_linear_on_hostile_text() {
        let plain = "的提案收悉，现将办理情况答复如下：".repeat(20_000);
        assert!(scan(&plain).is_empty());
        let digits = "1".repeat(200_000);
        assert!(scan(&digits).is_empty());
        let numerals = "一二三四五六七八九十".repeat(20_000);
        assert!(scan(&numerals).is_empty());
        let dates = "2023年6月1日，".repeat(10_000);
        assert_eq!(scan(&dates).len(), 10_000);
        let spaces = format!("2023{}", " ".repeat(100_000));
        assert!(scan(&spaces).is_empty());
    }

    #[test]
    fn scan_never_panics_on_odd_text() {
        let cases = [
            "",
            "年",
            "年底",
            "“",
            "“十四五",
            "2023-",
            "2023年6月1日(",
            "2023年6月1日(星期",
            "10:",
            "截至",
            "２０２３年",
            "二O",
            "2023年6月1日至",
            "一季度末前",
            "\u{FEFF}2023年",
        ];
        for text in cases {
            for m in scan(text) {
                assert_eq!(m.span.slice(text), Some(m.text.as_ref()), "{text}");
            }
            let _ = parse_period(text);
            let _ = parse(text);
            let _ = parse_time(text);
        }
    }

    proptest::proptest! {
        /// Any text built from date characters: no panic, spans on
        /// character boundaries and in order, text equal to the span.
        #[test]
        fn scan_holds_on_any_date_like_text(
            text in "[0-9２〇○零O一二三四五六七八九十廿年月日号度季第前上下半底初末起至止到截自时点分秒:：.\\-—/ “”(（)）星期三十四五个]{0,40}"
        ) {
            let mut last = 0;
            for m in scan(&text) {
                proptest::prop_assert!(m.span.start >= last);
                proptest::prop_assert_eq!(m.span.slice(&text), Some(m.text.as_ref()));
                last = m.span.end;
            }
            let _ = parse(&text);
            let _ = parse_period(&text);
            let _ = parse_time(&text);
        }
    }

    /// Every labelled date of the development corpus is found by the scan
    /// in its context line, with its ISO text and precision. A label inside
    /// a range (`…起至…止`) is found as the range's start or end.
    #[test]
    fn dev_corpus_dates() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/dev/dates.jsonl");
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("skipped: {} is absent", path.display());
            return;
        };
        let mut failures = Vec::new();
        let mut count = 0;
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            count += 1;
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = row["text"].as_str().unwrap_or("");
            let iso = row["iso"].as_str().unwrap_or("");
            let prec = row["precision"].as_str().unwrap_or("");
            let hay = row["context"].as_str().unwrap_or(text);
            let found = scan(hay);
            let fits = |d: &Date| {
                d.to_string() == iso && format!("{:?}", d.precision()).to_lowercase() == prec
            };
            let ok = found.iter().any(|m| match &m.period {
                Period::Date(d) => m.text == text && fits(d),
                Period::Range { start, end } => m.text.contains(text) && (fits(start) || fits(end)),
            });
            if !ok {
                let got: Vec<_> = found
                    .iter()
                    .map(|m| format!("{} → {}", m.text, show(&m.period)))
                    .collect();
                failures.push(format!(
                    "line {}: {text} ({iso}, {prec}) in {hay:?}: got {got:?}",
                    n + 1
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {count} failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
