//! Dates, date-times and periods as Chinese documents write them:
//! `2023年6月1日`, `二〇二三年六月一日`, `2023-06-06 17:03`, `2022年度`,
//! `2023年上半年`, `07年第三季度`, `截至2023年2月底`, `“十四五”期间`,
//! `2021—2025年`, `自2020-05-26起至2020-05-29止`.
//!
//! The grammar ([`grammar`]) collects the fields of a date without judging
//! them; [`fields`] checks them once at the end, so `2023年2月30日` is an
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

mod fields;
mod grammar;

use std::borrow::Cow;

use chrono::NaiveTime;

use crate::error::{Error, ErrorKind};
use crate::grammar::finish;
use crate::model::{Date, DateMention, Limit, Period};
use crate::span::{offset_in, span_in, Span};
use crate::text::{fold, is_han, is_space, pinyin_len};
use fields::{Field, FieldError, Fields, PeriodFields};

#[allow(unused_imports)] // for the reply parser
pub(crate) use grammar::date_time;

/// Parses one date or date-time, the whole text.
///
/// ```
/// use govreply::model::Precision;
/// let d = govreply::date::parse("二〇二三年六月一日")?;
/// assert_eq!(d.to_string(), "2023-06-01");
/// let t = govreply::date::parse("2021- 10- 08 10: 45")?;
/// assert_eq!(t.to_string(), "2021-10-08T10:45");
/// assert_eq!(govreply::date::parse("2023年上半年")?.precision(), Precision::Half);
/// let e = govreply::date::parse("2023年2月30日").unwrap_err();
/// assert_eq!(e.message(), "day 30 does not exist in February 2023");
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Date, Error> {
    let fields = finish(text, "a date", grammar::date_fields)?;
    fields.resolve().map_err(|e| invalid(text, e))
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

/// [`scan`] over a piece of a larger text that starts at byte `base` of it:
/// the spans are `base` + the offset in `text`.
pub(crate) fn scan_at(text: &str, base: usize) -> Vec<DateMention<'_>> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if i >= next && grammar::may_start(c, prev) {
            if let Some((m, end)) = mention_at(text, i, next, prev, base) {
                next = end;
                out.push(m);
            }
        }
        prev = Some(c);
    }
    out
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
    grammar::LIMIT_PREFIXES
        .iter()
        .filter_map(|(w, l)| ends_with_folded(trimmed, w).map(|len| (len + spaces, *l)))
        .max_by_key(|(len, _)| *len)
}

/// If `s` ends with `word` (compared folded), the byte length of the match.
fn ends_with_folded(s: &str, word: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = s.chars().rev();
    for w in word.chars().rev() {
        let c = chars.next()?;
        if fold(c) != fold(w) {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

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
mod tests {}
