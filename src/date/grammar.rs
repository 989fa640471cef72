//! The date grammar: one nom rule per form, each collecting [`Fields`]
//! without judging them; [`Fields::resolve`] checks the calendar once at
//! the end.
//!
//! Every rule reads a bounded stretch of text (at most a few numbers, units
//! and three spaces between them), so the scan that tries them at each
//! candidate position stays linear.

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::ParseError;
use nom::Parser;

use super::fields::{
    cn_digit, is_cn_numeral, pivot, small_cn, year_digit, Field, Fields, Meridiem, PeriodFields,
};
use crate::grammar::{colon, digits, digits_value, fail, kw, split, GrammarError, PResult};
use crate::model::{Date, DateStyle, Edge, Half, Limit};
use crate::text::{fold, is_han, is_space, match_folded};

/// Most spaces a date may hold between two of its parts.
const MAX_GAP: usize = 3;

/// gap = 0 to 3 spaces (ASCII, U+3000, NBSP …), e.g. the space in `2021- 10`.
pub(crate) fn gap(i: &str) -> PResult<'_, &str> {
    let mut end = 0;
    for c in i.chars().take(MAX_GAP) {
        if !is_space(c) {
            break;
        }
        end += c.len_utf8();
    }
    Ok(split(i, end))
}

/// gap1 = 1 to 3 spaces, e.g. between `2022 11 23`.
fn gap1(i: &str) -> PResult<'_, &str> {
    match gap(i)? {
        (_, "") => fail(i, "a space"),
        ok => Ok(ok),
    }
}

/// One of `words` (folded: either width, traditional, pinyin after it),
/// mapped to its value; the longest match wins.
fn word_of<'a, T: Copy>(i: &'a str, words: &[(&str, T)], expected: &'static str) -> PResult<'a, T> {
    debug_assert!(
        words.iter().all(|(w, _)| w.chars().all(|c| fold(c) == c)),
        "words are written folded"
    );
    // the first character rules out most words, unless noise stands first
    let first = i.chars().next();
    let noise = first.is_some_and(|c| crate::text::is_invisible(c) || c == '&');
    let first = first.map(fold);
    let best = words
        .iter()
        .filter(|(w, _)| noise || first.is_some_and(|f| w.starts_with(f)))
        .filter_map(|(w, v)| match_folded(i, w).map(|len| (len, *v)))
        .max_by_key(|(len, _)| *len);
    match best {
        Some((len, v)) => Ok((split(i, len).0, v)),
        None => fail(i, expected),
    }
}

/// The first character of `i`, folded.
fn peek_folded(i: &str) -> Option<char> {
    i.chars().next().map(fold)
}

/// arabic = `min` to `max` digits of either width, not followed by another
/// digit, e.g. `06`.
fn arabic<'a>(
    i: &'a str,
    min: usize,
    max: usize,
    expected: &'static str,
) -> PResult<'a, Field<'a, u32>> {
    let (rest, ds) = digits(i).or_else(|_| fail(i, expected))?;
    let n = ds.chars().count();
    if n < min || n > max {
        return fail(i, expected);
    }
    match digits_value(ds).and_then(|v| u32::try_from(v).ok()) {
        Some(value) => Ok((rest, Field { value, text: ds })),
        None => fail(i, expected),
    }
}

/// small_number = 1–2 Arabic digits | a Chinese number up to 99 (十, 廿, 卅),
/// e.g. `12`, `十二`, `廿二`; `liang` admits 两 (hours: `两点`).
fn small_number<'a>(
    i: &'a str,
    liang: bool,
    expected: &'static str,
) -> PResult<'a, Field<'a, u32>> {
    if let Ok(ok) = arabic(i, 1, 2, expected) {
        return Ok(ok);
    }
    match small_cn(i, liang) {
        Some((value, len)) => {
            let (rest, text) = split(i, len);
            Ok((rest, Field { value, text }))
        }
        None => fail(i, expected),
    }
}

/// A year as read: its value, whether it had two digits, how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct YearNumber<'a> {
    pub field: Field<'a, i32>,
    pub two_digit: bool,
    pub style: DateStyle,
}

/// year_number = 4 or 2 Arabic digits | 4 or 2 Chinese digits written one
/// by one (〇, ○, 零, O or 0 for zero), e.g. `2023`, `二〇二三`, `二O一二`, `07`.
/// A two-digit year is pivoted: 00–49 → 20xx, 50–99 → 19xx.
pub(crate) fn year_number(i: &str) -> PResult<'_, YearNumber<'_>> {
    if let Ok((rest, ds)) = digits(i) {
        let v = digits_value(ds).and_then(|v| i32::try_from(v).ok());
        return match (ds.chars().count(), v) {
            (4, Some(v)) => Ok((
                rest,
                YearNumber {
                    field: Field { value: v, text: ds },
                    two_digit: false,
                    style: DateStyle::Arabic,
                },
            )),
            (2, Some(v)) => Ok((
                rest,
                YearNumber {
                    field: Field {
                        value: pivot(v.unsigned_abs()),
                        text: ds,
                    },
                    two_digit: true,
                    style: DateStyle::Arabic,
                },
            )),
            _ => fail(i, "a year of four digits"),
        };
    }
    let mut value = 0i32;
    let mut count = 0;
    let mut end = 0;
    let mut style = DateStyle::Chinese;
    for (idx, c) in i.char_indices().take(5) {
        let Some((d, zero)) = year_digit(c) else {
            break;
        };
        if count == 0 && zero.is_some() {
            return fail(i, "a year");
        }
        match zero {
            Some(z) if z.is_irregular() && !style.is_irregular() => style = z,
            Some(DateStyle::CircleZero) if style == DateStyle::Chinese => {
                style = DateStyle::CircleZero
            }
            _ => {}
        }
        value = value * 10 + d as i32;
        count += 1;
        end = idx + c.len_utf8();
    }
    let (rest, text) = split(i, end);
    match count {
        4 => Ok((
            rest,
            YearNumber {
                field: Field { value, text },
                two_digit: false,
                style,
            },
        )),
        2 => Ok((
            rest,
            YearNumber {
                field: Field {
                    value: pivot(value.unsigned_abs()),
                    text,
                },
                two_digit: true,
                style,
            },
        )),
        _ => fail(i, "a year"),
    }
}

/// year = year_number gap "年", e.g. `2023年`, `二〇二三年`.
pub(crate) fn year(i: &str) -> PResult<'_, YearNumber<'_>> {
    let (rest, y) = year_number(i)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = kw("年")(rest)?;
    Ok((rest, y))
}

/// month = small_number gap "月" ["份"], e.g. `6月`, `06月`, `十二月`, `5月份`.
/// Returns the month and whether 份 followed.
fn month(i: &str) -> PResult<'_, (Field<'_, u32>, bool)> {
    let (rest, m) = small_number(i, false, "a month")?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = kw("月")(rest)?;
    let (rest, fen) = opt(kw("份")).parse(rest)?;
    Ok((rest, (m, fen.is_some())))
}

/// day = small_number gap ("日" | "号"), e.g. `1日`, `廿二日`, `三號`.
fn day(i: &str) -> PResult<'_, Field<'_, u32>> {
    let (rest, d) = small_number(i, false, "a day")?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = alt((kw("日"), kw("号"))).parse(rest)?;
    Ok((rest, d))
}

/// weekday = ["("] ("星期" | "礼拜" | "周") (一…六 | 日 | 天 | 1…7) [")"],
/// e.g. `(星期三)`, `星期四`. Not checked against the date.
fn weekday(i: &str) -> PResult<'_, &str> {
    let (rest, open) = opt(crate::grammar::lparen).parse(i)?;
    let (rest, _) = alt((kw("星期"), kw("礼拜"), kw("周"))).parse(rest)?;
    let rest = match rest.chars().next() {
        Some(c) if matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '日' | '天') => {
            rest.get(c.len_utf8()..).unwrap_or("")
        }
        Some(c) if matches!(crate::text::digit_value(c), Some(1..=7)) => {
            rest.get(c.len_utf8()..).unwrap_or("")
        }
        _ => return fail(rest, "a day of the week"),
    };
    let rest = if open.is_some() {
        crate::grammar::rparen(rest)?.0
    } else {
        rest
    };
    Ok(split(i, i.len() - rest.len()))
}

const MERIDIEMS: [(&str, Meridiem); 11] = [
    ("上午", Meridiem::Am),
    ("早上", Meridiem::Am),
    ("早晨", Meridiem::Am),
    ("凌晨", Meridiem::Am),
    ("中午", Meridiem::Noon),
    ("下午", Meridiem::Pm),
    ("傍晚", Meridiem::Pm),
    ("晚上", Meridiem::Pm),
    ("晚间", Meridiem::Pm),
    ("夜间", Meridiem::Pm),
    ("夜里", Meridiem::Pm),
];

/// meridiem = "上午" | "下午" | "晚上" | …, e.g. `下午`.
fn meridiem(i: &str) -> PResult<'_, Meridiem> {
    word_of(i, &MERIDIEMS, "上午 or 下午")
}

/// Fails when a number runs on as a decimal or a ratio (`14.6:34.6`).
fn not_decimal(i: &str) -> PResult<'_, ()> {
    let mut chars = i.chars().map(fold);
    match (chars.next(), chars.next()) {
        (Some('.'), Some(c)) if c.is_ascii_digit() => fail(i, "the end of the date"),
        _ => Ok((i, ())),
    }
}

/// clock = hour ":" minute [":" second], minutes and seconds of two digits,
/// e.g. `17:03`, `17:03:12`, `10: 45`.
fn clock(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, hour) = arabic(i, 1, 2, "an hour")?;
    let (rest, _) = colon(rest)?;
    let (rest, minute) = arabic(rest, 2, 2, "minutes of two digits")?;
    let (rest, second) = opt(|r| {
        let (r, _) = colon(r)?;
        arabic(r, 2, 2, "seconds of two digits")
    })
    .parse(rest)?;
    let (rest, ()) = not_decimal(rest)?;
    Ok((
        rest,
        Fields {
            hour: Some(hour),
            minute: Some(minute),
            second,
            ..Fields::default()
        },
    ))
}

/// cn_clock = hour gap ("时" | "点") ["钟"] ["半" | "整" | "一刻" | "三刻"
/// | minute gap "分" [second gap "秒"] | two-digit minute | 十-minute],
/// e.g. `15時`, `17时03分`, `十点半`, `下午3点30`.
fn cn_clock(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, hour) = small_number(i, true, "an hour")?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = alt((kw("时"), kw("点"))).parse(rest)?;
    let (rest, _) = opt(kw("钟")).parse(rest)?;
    let mut f = Fields {
        hour: Some(hour),
        ..Fields::default()
    };
    let fixed: [(&str, u32); 4] = [("半", 30), ("整", 0), ("一刻", 15), ("三刻", 45)];
    for (w, v) in fixed {
        if let Some(len) = match_folded(rest, w) {
            let (r, text) = split(rest, len);
            f.minute = Some(Field { value: v, text });
            return Ok((r, f));
        }
    }
    // minutes with 分, then seconds with 秒
    let with_unit = |r| -> PResult<'_, (Field<'_, u32>, Option<Field<'_, u32>>)> {
        let (r, m) = small_number(r, false, "minutes")?;
        let (r, _) = gap(r)?;
        let (r, _) = kw("分")(r)?;
        let (r, s) = opt(|r| {
            let (r, s) = small_number(r, false, "seconds")?;
            let (r, _) = gap(r)?;
            let (r, _) = kw("秒")(r)?;
            Ok((r, s))
        })
        .parse(r)?;
        Ok((r, (m, s)))
    };
    if let Ok((r, (m, s))) = with_unit(rest) {
        f.minute = Some(m);
        f.second = s;
        return Ok((r, f));
    }
    // bare minutes: two Arabic digits (`3点30`) or a Chinese 十-number (`十点十五`)
    if let Ok((r, m)) = arabic(rest, 2, 2, "minutes") {
        if not_decimal(r).is_ok() {
            f.minute = Some(m);
            return Ok((r, f));
        }
    }
    if let Some((v, len)) = small_cn(rest, false) {
        let (r, text) = split(rest, len);
        if v >= 10 && !r.chars().next().is_some_and(is_cn_numeral) {
            f.minute = Some(Field { value: v, text });
            return Ok((r, f));
        }
    }
    Ok((rest, f))
}

/// time = [meridiem gap] (clock | cn_clock), e.g. `17:03`, `上午九点`, `15時`.
pub(crate) fn time(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, m) = opt(|r| {
        let (r, m) = meridiem(r)?;
        let (r, _) = gap(r)?;
        Ok((r, m))
    })
    .parse(i)?;
    let (rest, mut f) = alt((clock, cn_clock)).parse(rest)?;
    f.meridiem = m;
    Ok((rest, f))
}

/// Copies the time fields of `t` into `f`.
fn with_time<'a>(mut f: Fields<'a>, t: Fields<'a>) -> Fields<'a> {
    f.meridiem = t.meridiem;
    f.hour = t.hour;
    f.minute = t.minute;
    f.second = t.second;
    f
}

/// day_tail = [gap weekday] [(gap | "T") time], after a day, e.g.
/// ` 星期四`, `(星期三)15時`, ` 17:03:12`.
fn day_tail<'a>(i: &'a str, f: Fields<'a>) -> PResult<'a, Fields<'a>> {
    let (rest, _) = opt(|r| {
        let (r, _) = gap(r)?;
        weekday(r)
    })
    .parse(i)?;
    let time_after = |r: &'a str| -> PResult<'a, Fields<'a>> {
        let r = match r.strip_prefix('T') {
            Some(t) => t,
            None => gap(r)?.0,
        };
        time(r)
    };
    match time_after(rest) {
        Ok((r, t)) => Ok((r, with_time(f, t))),
        Err(_) => Ok((rest, f)),
    }
}

/// A separator of a numeric date: `-`, `/` or `.` of either width (dashes
/// folded), with spaces around it.
fn date_sep(i: &str) -> PResult<'_, char> {
    let (rest, _) = gap(i)?;
    match rest.chars().next() {
        Some(c) if matches!(fold(c), '-' | '/' | '.') => {
            let (rest, _) = gap(rest.get(c.len_utf8()..).unwrap_or(""))?;
            Ok((rest, fold(c)))
        }
        _ => fail(i, "'-', '/' or '.'"),
    }
}

/// sep_date = year4 sep month sep day day_tail, both separators the same,
/// e.g. `2023-06-01`, `2023.6.1`, `2023/06/01`, `2021- 10- 08 10: 45`.
fn sep_date(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, y) = arabic(i, 4, 4, "a year of four digits")?;
    let (rest, s1) = date_sep(rest)?;
    let (rest, m) = arabic(rest, 1, 2, "a month")?;
    let (rest, s2) = date_sep(rest)?;
    if s1 != s2 {
        return fail(rest, "the same separator");
    }
    let (rest, d) = arabic(rest, 1, 2, "a day")?;
    let (rest, ()) = not_decimal(rest)?;
    let f = Fields {
        year: Some(Field {
            value: y.value as i32,
            text: y.text,
        }),
        month: Some(m),
        day: Some(d),
        ..Fields::default()
    };
    day_tail(rest, f)
}

/// space_date = year4 gap1 month gap1 day day_tail, e.g. `2022 11 23`.
fn space_date(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, y) = arabic(i, 4, 4, "a year of four digits")?;
    let (rest, _) = gap1(rest)?;
    let (rest, m) = arabic(rest, 1, 2, "a month")?;
    let (rest, _) = gap1(rest)?;
    let (rest, d) = arabic(rest, 1, 2, "a day")?;
    let (rest, ()) = not_decimal(rest)?;
    if rest.chars().next().is_some_and(crate::text::is_colon) {
        return fail(rest, "the end of the date");
    }
    let f = Fields {
        year: Some(Field {
            value: y.value as i32,
            text: y.text,
        }),
        month: Some(m),
        day: Some(d),
        ..Fields::default()
    };
    day_tail(rest, f)
}

/// half = "上半年" | "下半年", e.g. `上半年`.
fn half(i: &str) -> PResult<'_, Half> {
    word_of(
        i,
        &[("上半年", Half::H1), ("下半年", Half::H2)],
        "上半年 or 下半年",
    )
}

/// quarter_number = 一…九 | 1…9 (checked later: only 1–4 exist).
fn quarter_number(i: &str) -> PResult<'_, Field<'_, u32>> {
    match i.chars().next() {
        Some(c) => match cn_digit(c).or_else(|| crate::text::digit_value(c)) {
            Some(value) if !i.chars().nth(1).is_some_and(crate::text::is_digit) => {
                let (rest, text) = split(i, c.len_utf8());
                Ok((rest, Field { value, text }))
            }
            _ => fail(i, "a quarter"),
        },
        None => fail(i, "a quarter"),
    }
}

/// quarter = ["第"] quarter_number gap "季度", e.g. `一季度`, `第三季度`.
fn quarter(i: &str) -> PResult<'_, Field<'_, u32>> {
    let (rest, _) = opt(kw("第")).parse(i)?;
    let (rest, q) = quarter_number(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = kw("季度")(rest)?;
    Ok((rest, q))
}

/// month_day = month [gap day day_tail], e.g. `6月`, `6月份`, `6月20日`,
/// `十二月五日`.
fn month_day(i: &str) -> PResult<'_, Fields<'_>> {
    let (rest, (m, fen)) = month(i)?;
    let f = Fields {
        month: Some(m),
        ..Fields::default()
    };
    if fen {
        return Ok((rest, f));
    }
    let after_gap = gap(rest)?.0;
    match day(after_gap) {
        Ok((r, d)) => day_tail(r, Fields { day: Some(d), ..f }),
        Err(_) => Ok((rest, f)),
    }
}

/// Whether an edge word (底, 初, 末) follows: a two-digit year stands alone
/// only before one (`19年底`).
fn edge_follows(i: &str) -> bool {
    edge(i).is_ok()
}

/// cn_date = year ["度" | half | quarter | month_day] | month_day | half
/// | quarter, e.g. `2023年6月1日`, `2022年度`, `2023年上半年`,
/// `07年第三季度`, `6月20日`, `一季度`. A two-digit year needs a month,
/// a quarter, a half or an edge word after it.
fn cn_date(i: &str) -> PResult<'_, Fields<'_>> {
    let year_err = match year(i) {
        Ok(ok) => return cn_date_after_year(ok),
        Err(e) => e,
    };
    if let Ok((r, md)) = month_day(i) {
        return Ok((r, md));
    }
    if let Ok((r, h)) = half(i) {
        return Ok((
            r,
            Fields {
                half: Some(h),
                ..Fields::default()
            },
        ));
    }
    match quarter(i) {
        Ok((r, q)) => Ok((
            r,
            Fields {
                quarter: Some(q),
                ..Fields::default()
            },
        )),
        // report the year's failure when it got further (`2023` wants 年)
        Err(nom::Err::Error(e)) => match year_err {
            nom::Err::Error(y) => Err(nom::Err::Error(y.or(e))),
            other => Err(other),
        },
        Err(e) => Err(e),
    }
}

/// The rest of cn_date once a year has been read.
fn cn_date_after_year<'a>((rest, y): (&'a str, YearNumber<'a>)) -> PResult<'a, Fields<'a>> {
    {
        let base = Fields {
            year: Some(y.field),
            style: y.style,
            ..Fields::default()
        };
        let after = gap(rest)?.0;
        if let Ok((r, h)) = half(after) {
            return Ok((
                r,
                Fields {
                    half: Some(h),
                    ..base
                },
            ));
        }
        if let Ok((r, q)) = quarter(after) {
            return Ok((
                r,
                Fields {
                    quarter: Some(q),
                    ..base
                },
            ));
        }
        if let Ok((r, md)) = month_day(after) {
            return Ok((
                r,
                Fields {
                    year: base.year,
                    style: base.style,
                    ..md
                },
            ));
        }
        if y.two_digit && !edge_follows(rest) {
            return fail(rest, "a month after a two-digit year");
        }
        if let Ok((r, _)) = kw("度")(rest) {
            if !y.two_digit {
                return Ok((r, base));
            }
        }
        Ok((rest, base))
    }
}

/// date = cn_date | sep_date | space_date: one date or date-time at the
/// start of the input, its fields not yet checked.
pub(crate) fn date_fields(i: &str) -> PResult<'_, Fields<'_>> {
    alt((cn_date, sep_date, space_date)).parse(i)
}

/// date_time = date, checked: any single date or date-time at the start of
/// the input, the rest left, e.g. `2023-06-06 17:03` → 2023-06-06T17:03.
pub(crate) fn date_time(i: &str) -> PResult<'_, Date> {
    let (rest, f) = date_fields(i)?;
    match f.resolve() {
        Ok(d) => Ok((rest, d)),
        Err(_) => Err(nom::Err::Error(GrammarError {
            input: i,
            expected: "a date that exists",
        })),
    }
}

/// range_sep = ["起"] gap ("至" | "到" | "-" ["-"] | "~"), e.g. `起至`, `—`.
fn range_sep(i: &str) -> PResult<'_, &str> {
    let (rest, _) = opt(kw("起")).parse(i)?;
    let (rest, _) = gap(rest)?;
    let rest = if let Ok((r, _)) = alt((kw("至"), kw("到"))).parse(rest) {
        r
    } else {
        match rest.chars().next() {
            Some(c) if matches!(fold(c), '-' | '~' | '〜') => {
                let r = rest.get(c.len_utf8()..).unwrap_or("");
                match r.chars().next() {
                    Some(c2) if fold(c2) == '-' && fold(c) == '-' => {
                        r.get(c2.len_utf8()..).unwrap_or("")
                    }
                    _ => r,
                }
            }
            _ => return fail(i, "至 or a dash"),
        }
    };
    Ok(split(i, i.len() - rest.len()))
}

/// range_end = date | day day_tail (the month carried from the start),
/// e.g. `2023年6月30日`, `6月30日`, `30日`.
fn range_end(i: &str) -> PResult<'_, Fields<'_>> {
    alt((date_fields, |r| {
        let (r, d) = day(r)?;
        day_tail(
            r,
            Fields {
                day: Some(d),
                ..Fields::default()
            },
        )
    }))
    .parse(i)
}

/// The fields of `f` after a range's start with year and month carried,
/// where the end is no coarser than it says: a bare day needs a month.
fn carried<'a>(start: &Fields<'a>, mut end: Fields<'a>) -> Fields<'a> {
    end.carry_from(start);
    if end.style == DateStyle::Arabic {
        end.style = start.style;
    }
    end
}

/// date_range = date gap range_sep gap range_end [gap "止"], e.g.
/// `2021年至2023年`, `6月1日至6月30日`, `2020-05-26起至2020-05-29止`.
/// Without a range after it, the date alone.
fn date_range(i: &str) -> PResult<'_, PeriodFields<'_>> {
    let (after_start, start) = date_fields(i)?;
    let tail = |r| -> PResult<'_, Fields<'_>> {
        let (r, _) = gap(r)?;
        let (r, _) = range_sep(r)?;
        let (r, _) = gap(r)?;
        let (r, end) = range_end(r)?;
        Ok((r, end))
    };
    match tail(after_start) {
        Ok((r, end)) if end.half.is_none() || start.half.is_some() => {
            let (r, _) = opt(|x| {
                let (x, _) = gap(x)?;
                kw("止")(x)
            })
            .parse(r)?;
            Ok((
                r,
                PeriodFields::Range {
                    start,
                    end: carried(&start, end),
                    after_start,
                },
            ))
        }
        _ => Ok((after_start, PeriodFields::Single(start))),
    }
}

/// year_range = year_number gap range_sep gap year_number gap "年" ["度"],
/// both of four digits, e.g. `2021—2025年`, `2021-2025年`.
fn year_range(i: &str) -> PResult<'_, PeriodFields<'_>> {
    let (rest, a) = year_number(i)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = range_sep(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, b) = year(rest)?;
    if a.two_digit || b.two_digit {
        return fail(i, "years of four digits");
    }
    let (rest, _) = opt(kw("度")).parse(rest)?;
    let start = Fields {
        year: Some(a.field),
        style: a.style,
        ..Fields::default()
    };
    let end = Fields {
        year: Some(b.field),
        style: b.style,
        ..Fields::default()
    };
    Ok((
        rest,
        PeriodFields::Range {
            start,
            end,
            after_start: rest,
        },
    ))
}

/// Optional `year gap` before a range of months, days or quarters.
fn year_prefix(i: &str) -> PResult<'_, Fields<'_>> {
    match year(i) {
        Ok((rest, y)) => Ok((
            gap(rest)?.0,
            Fields {
                year: Some(y.field),
                style: y.style,
                ..Fields::default()
            },
        )),
        Err(_) => Ok((i, Fields::default())),
    }
}

/// month_range = [year] small_number gap range_sep gap month, e.g.
/// `1-6月`, `2023年1至5月份`.
fn month_range(i: &str) -> PResult<'_, PeriodFields<'_>> {
    let (rest, y) = year_prefix(i)?;
    let (rest, a) = small_number(rest, false, "a month")?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = range_sep(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, (b, _)) = month(rest)?;
    let start = Fields {
        month: Some(a),
        ..y
    };
    let end = Fields {
        month: Some(b),
        ..y
    };
    Ok((
        rest,
        PeriodFields::Range {
            start,
            end,
            after_start: rest,
        },
    ))
}

/// day_range = [year] month gap small_number gap range_sep gap day, e.g.
/// `6月1—30日`.
fn day_range(i: &str) -> PResult<'_, PeriodFields<'_>> {
    let (rest, y) = year_prefix(i)?;
    let (rest, (m, _)) = month(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, a) = small_number(rest, false, "a day")?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = range_sep(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, b) = day(rest)?;
    let start = Fields {
        month: Some(m),
        day: Some(a),
        ..y
    };
    let end = Fields {
        month: Some(m),
        day: Some(b),
        ..y
    };
    Ok((
        rest,
        PeriodFields::Range {
            start,
            end,
            after_start: rest,
        },
    ))
}

/// quarter_range = [year] ("前" quarter_number | ["第"] quarter_number gap
/// range_sep gap ["第"] quarter_number) gap "季度", e.g. `前三季度`,
/// `2023年一至三季度`.
fn quarter_range(i: &str) -> PResult<'_, PeriodFields<'_>> {
    let (rest, y) = year_prefix(i)?;
    let (rest, (a, b)) = if let Ok((r, _)) = kw("前")(rest) {
        let (r, b) = quarter_number(r)?;
        (
            r,
            (
                Field {
                    value: 1,
                    text: b.text,
                },
                b,
            ),
        )
    } else {
        let (r, _) = opt(kw("第")).parse(rest)?;
        let (r, a) = quarter_number(r)?;
        let (r, _) = gap(r)?;
        let (r, _) = range_sep(r)?;
        let (r, _) = gap(r)?;
        let (r, _) = opt(kw("第")).parse(r)?;
        let (r, b) = quarter_number(r)?;
        (r, (a, b))
    };
    let (rest, _) = gap(rest)?;
    let (rest, _) = kw("季度")(rest)?;
    let start = Fields {
        quarter: Some(a),
        ..y
    };
    let end = Fields {
        quarter: Some(b),
        ..y
    };
    Ok((
        rest,
        PeriodFields::Range {
            start,
            end,
            after_start: rest,
        },
    ))
}

const QUOTES_OPEN: [char; 6] = ['“', '"', '「', '『', '‘', '\''];
const QUOTES_CLOSE: [char; 6] = ['”', '"', '」', '』', '’', '\''];

/// Words after which an unquoted plan number is a plan: `十五时期`, `九五计划`.
const PLAN_WORDS: [&str; 14] = [
    "时期", "期间", "规划", "计划", "以来", "开局", "收官", "末", "初", "中期", "前期", "后期",
    "初期", "末期",
];

/// Measure words after which `十四五` is a count (`十四五个`), not a plan.
fn is_measure_word(c: char) -> bool {
    matches!(
        fold(c),
        '个' | '人'
            | '名'
            | '岁'
            | '天'
            | '年'
            | '月'
            | '日'
            | '次'
            | '家'
            | '件'
            | '万'
            | '千'
            | '百'
            | '亿'
            | '元'
            | '分'
            | '斤'
            | '米'
            | '公'
            | '里'
            | '位'
            | '只'
            | '条'
            | '所'
            | '座'
            | '台'
            | '项'
            | '户'
            | '份'
            | '本'
            | '倍'
            | '层'
            | '栋'
            | '辆'
            | '张'
            | '部'
            | '篇'
            | '场'
            | '点'
            | '号'
            | '届'
            | '周'
            | '亩'
            | '吨'
            | '%'
    )
}

/// plan_number = a Chinese number N followed by 五, e.g. `十四五` (N = 14),
/// `十五` (N = 10), `九五` (N = 9).
fn plan_number(i: &str) -> PResult<'_, Field<'_, u32>> {
    let mut end = 0;
    let mut count = 0;
    let mut last = ' ';
    for (idx, c) in i.char_indices().take(5) {
        if cn_digit(c).is_none() && c != '十' {
            break;
        }
        count += 1;
        end = idx + c.len_utf8();
        last = c;
    }
    if !(2..=4).contains(&count) || last != '五' {
        return fail(i, "a five-year plan such as 十四五");
    }
    let prefix_len = end - '五'.len_utf8();
    let prefix = i.get(..prefix_len).unwrap_or("");
    match small_cn(prefix, false) {
        Some((n, len)) if len == prefix_len && n >= 1 => Ok((
            i.get(end..).unwrap_or(""),
            Field {
                value: n,
                text: prefix,
            },
        )),
        _ => fail(i, "a five-year plan such as 十四五"),
    }
}

/// plan = quote plan_number quote ["时期" | "期间"]
/// | plan_number ("时期" | "期间" | plan word …)
/// | 十X五 (N ≥ 11) not before a measure word,
/// e.g. `“十四五”期间`, `十四五时期`, `九五计划`, `十四五，`.
/// The years of the Nth plan: see `fields::plan_start`.
fn plan(i: &str) -> PResult<'_, Field<'_, u32>> {
    let period_word = |r| -> &str {
        match alt((kw("时期"), kw("期间"))).parse(r) {
            Ok((r, _)) => r,
            Err(_) => r,
        }
    };
    if let Some(q) = i.chars().next().filter(|c| QUOTES_OPEN.contains(c)) {
        let r = i.get(q.len_utf8()..).unwrap_or("");
        let (r, n) = plan_number(r)?;
        return match r.chars().next() {
            Some(c) if QUOTES_CLOSE.contains(&c) && n.value <= 20 => {
                Ok((period_word(r.get(c.len_utf8()..).unwrap_or("")), n))
            }
            _ => fail(r, "a closing quote"),
        };
    }
    let (r, n) = plan_number(i)?;
    if n.value > 16 {
        return fail(i, "a five-year plan");
    }
    if crate::text::matches(r, &PLAN_WORDS).next().is_some() {
        return Ok((period_word(r), n));
    }
    match r.chars().next() {
        _ if n.value < 11 => fail(i, "a five-year plan in quotes"),
        Some(c) if is_measure_word(c) || is_cn_numeral(c) || crate::text::is_digit(c) => {
            fail(i, "a five-year plan")
        }
        _ => Ok((r, n)),
    }
}

/// plan_long = ["第"] number "个五年" ("规划" | "计划" | "时期" | "期间")
/// ["时期" | "期间"],
/// e.g. `第十四个五年规划` (N = 14).
fn plan_long(i: &str) -> PResult<'_, Field<'_, u32>> {
    let (rest, _) = opt(kw("第")).parse(i)?;
    let Some((n, len)) = small_cn(rest, false) else {
        return fail(i, "a five-year plan");
    };
    let (after, text) = split(rest, len);
    let (after, _) = kw("个五年")(after)?;
    let (after, _) = alt((kw("规划"), kw("计划"), kw("时期"), kw("期间"))).parse(after)?;
    let (after, _) = opt(alt((kw("时期"), kw("期间")))).parse(after)?;
    if !(1..=20).contains(&n) {
        return fail(i, "a five-year plan");
    }
    Ok((after, Field { value: n, text }))
}

/// period = plan | plan_long | year_range | month_range | quarter_range | day_range
/// | date_range: a date, a range or a five-year plan, fields unchecked.
pub(crate) fn period_fields(i: &str) -> PResult<'_, PeriodFields<'_>> {
    if let Some(ok) = plain_date(i) {
        return Ok(ok);
    }
    general_period_fields(i)
}

/// period_fields through the alternatives of the grammar.
fn general_period_fields(i: &str) -> PResult<'_, PeriodFields<'_>> {
    alt((
        |r| plan(r).map(|(r, n)| (r, PeriodFields::Plan(n))),
        |r| plan_long(r).map(|(r, n)| (r, PeriodFields::Plan(n))),
        year_range,
        month_range,
        quarter_range,
        day_range,
        date_range,
    ))
    .parse(i)
}

/// The dates of running text most often written — `2023年`, `2023年6月`,
/// `2023年6月1日` in ASCII digits — read without trying each alternative of
/// the grammar, when the character after them cannot continue a date (a
/// comma, a full stop, most ideographs). `None` leaves the input to the
/// grammar; where this answers, the grammar answers the same (a property
/// test checks it).
fn plain_date(i: &str) -> Option<(&str, PeriodFields<'_>)> {
    let bytes = i.as_bytes();
    let run = |from: usize| {
        bytes.get(from..).map_or(0, |b| {
            b.iter().take(3).take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let number = |from: usize, len: usize| {
        let text = i.get(from..from + len)?;
        Some(Field {
            value: text.parse::<u32>().ok()?,
            text,
        })
    };
    if bytes
        .get(..4)
        .is_none_or(|y| !y.iter().all(u8::is_ascii_digit))
        || bytes.get(4).is_some_and(u8::is_ascii_digit)
        || !i.get(4..)?.starts_with('年')
    {
        return None;
    }
    let year = number(0, 4)?;
    let mut f = Fields {
        year: Some(Field {
            value: i32::try_from(year.value).ok()?,
            text: year.text,
        }),
        style: DateStyle::Arabic,
        ..Fields::default()
    };
    let mut at = 4 + '年'.len_utf8();
    let m = run(at);
    if (1..=2).contains(&m) && i.get(at + m..)?.starts_with('月') {
        f.month = Some(number(at, m)?);
        at += m + '月'.len_utf8();
        let d = run(at);
        if (1..=2).contains(&d) && i.get(at + d..)?.starts_with(['日', '号']) {
            f.day = Some(number(at, d)?);
            at += d + '日'.len_utf8();
        }
    }
    let rest = i.get(at..)?;
    match rest.chars().next() {
        None => {}
        Some(c) if ends_plain_date(c) => {}
        Some(_) => return None,
    }
    Some((rest, PeriodFields::Single(f)))
}

/// Whether `c` after a plain date leaves nothing for the grammar to add:
/// common punctuation, or an ideograph that opens no month, day, half,
/// quarter, range, weekday or time (`2023年全市`, `2023年以来`).
fn ends_plain_date(c: char) -> bool {
    if matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '！'
            | '？'
            | '）'
            | '”'
            | '’'
            | '」'
            | '』'
            | '》'
            | '】'
            | ','
            | ';'
            | '!'
            | '?'
            | ')'
            | '"'
            | '\n'
            | '\r'
    ) {
        return true;
    }
    let f = fold(c);
    is_han(c)
        && !is_cn_numeral(c)
        && !matches!(
            f,
            '年' | '月'
                | '日'
                | '号'
                | '上'
                | '下'
                | '第'
                | '前'
                | '度'
                | '至'
                | '到'
                | '起'
                | '止'
                | '份'
                | '星'
                | '礼'
                | '周'
                | '半'
                | '季'
                | '时'
                | '点'
                | '早'
                | '凌'
                | '中'
                | '傍'
                | '晚'
                | '夜'
        )
}

/// edge = "底" | "末" | "初" | "上旬" | "中旬" | "下旬" | "中期", not the
/// first character of a word like 初步 or 底线, e.g. `底` in `2017年底`.
pub(crate) fn edge(i: &str) -> PResult<'_, Edge> {
    let (rest, e) = word_of(
        i,
        &[
            ("底", Edge::End),
            ("末", Edge::End),
            ("初", Edge::Start),
            ("上旬", Edge::Start),
            ("中旬", Edge::Middle),
            ("下旬", Edge::End),
            ("中期", Edge::Middle),
        ],
        "底, 末 or 初",
    )?;
    let word_goes_on = match (e, peek_folded(rest)) {
        (_, None) => false,
        (Edge::End, Some(c)) => matches!(
            c,
            '线' | '数' | '子' | '气' | '层' | '部' | '座' | '端' | '梢' | '尾' | '稿'
        ),
        (Edge::Start, Some(c)) => matches!(
            c,
            '步' | '次'
                | '心'
                | '中'
                | '级'
                | '始'
                | '审'
                | '稿'
                | '见'
                | '具'
                | '显'
                | '赛'
                | '选'
                | '衷'
                | '期'
        ),
        (Edge::Middle, Some(_)) => false,
    };
    if word_goes_on {
        return fail(i, "底, 末 or 初");
    }
    Ok((rest, e))
}

/// limit_suffix = "起" | "以来" | "开始" | "至今" | "为止" | "止" | "以前"
/// | "之前" | "前", e.g. `起` in `2020年1月1日起`.
pub(crate) fn limit_suffix(i: &str) -> PResult<'_, Limit> {
    let (rest, l) = word_of(
        i,
        &[
            ("起", Limit::Since),
            ("以来", Limit::Since),
            ("开始", Limit::Since),
            ("至今", Limit::Since),
            ("为止", Limit::Until),
            ("止", Limit::Until),
            ("以前", Limit::Until),
            ("之前", Limit::Until),
            ("前", Limit::Until),
        ],
        "起 or 前",
    )?;
    let taken = i.len() - rest.len();
    let single = i.chars().next().map_or(0, char::len_utf8) == taken;
    let word_goes_on = single
        && match (i.chars().next().map(fold), peek_folded(rest)) {
            (Some('起'), Some(c)) => {
                matches!(c, '草' | '诉' | '源' | '点' | '到' | '飞' | '步' | '来')
            }
            (Some('前'), Some(c)) => matches!(c, '后' | '期' | '列' | '景' | '沿' | '提' | '身'),
            (Some('止'), Some(c)) => matches!(c, '损' | '步'),
            _ => false,
        };
    if word_goes_on {
        return fail(i, "起 or 前");
    }
    Ok((rest, l))
}

/// limit_prefix = "截至" | "截止" ["到" | "至"] | "到" | "至" | "自" | "从",
/// e.g. `截至` in `截至2023年2月底`.
pub(crate) fn limit_prefix(i: &str) -> PResult<'_, Limit> {
    let (rest, l) = word_of(i, &LIMIT_PREFIXES, "截至 or 自")?;
    Ok((gap(rest)?.0, l))
}

/// The words that may open a mention, with what they mean.
pub(crate) const LIMIT_PREFIXES: [(&str, Limit); 10] = [
    ("截至到", Limit::Until),
    ("截止到", Limit::Until),
    ("截止至", Limit::Until),
    ("截至", Limit::Until),
    ("截止", Limit::Until),
    ("到", Limit::Until),
    ("至", Limit::Until),
    ("直至", Limit::Until),
    ("自", Limit::Since),
    ("从", Limit::Since),
];

/// Whether a period may take an edge word: a single date coarser than a
/// day, or a plan.
pub(crate) fn takes_edge(p: &PeriodFields<'_>) -> bool {
    match p {
        PeriodFields::Single(f) => f.day.is_none(),
        PeriodFields::Plan(_) => true,
        PeriodFields::Range { .. } => false,
    }
}

/// qualifiers = [edge] [limit_suffix] after a single date or a plan,
/// e.g. `底前` in `2023年6月底前`. Never fails.
pub(crate) fn qualifiers(i: &str, allow_edge: bool) -> PResult<'_, (Option<Edge>, Option<Limit>)> {
    let (rest, e) = if allow_edge {
        match edge(i) {
            Ok((r, e)) => (r, Some(e)),
            Err(_) => (i, None),
        }
    } else {
        (i, None)
    };
    match limit_suffix(rest) {
        Ok((r, l)) => Ok((r, (e, Some(l)))),
        Err(_) => Ok((rest, (e, None))),
    }
}

/// A mention's parts: the limit word before, the period, the edge and the
/// limit word after.
pub(crate) type MentionParts<'a> = (Option<Limit>, PeriodFields<'a>, Option<Edge>, Option<Limit>);

/// mention = [limit_prefix] period qualifiers: what [`super::parse_period`]
/// reads, e.g. `截至2023年2月底`, `自2020-05-26起至2020-05-29止`.
pub(crate) fn mention(i: &str) -> PResult<'_, MentionParts<'_>> {
    let (rest, pre) = opt(limit_prefix).parse(i)?;
    let (rest, p) = period_fields(rest)?;
    let (rest, (e, post)) = if matches!(p, PeriodFields::Range { .. }) {
        (rest, (None, None))
    } else {
        qualifiers(rest, takes_edge(&p))?
    };
    Ok((rest, (pre, p, e, post)))
}

/// Whether a period may stand in running text from this character on: a
/// digit, a Chinese numeral, or the first character of 第, 前, 上半年,
/// 下半年 or a quote.
pub(crate) fn may_start(c: char, prev: Option<char>) -> bool {
    let prev_is = |f: fn(char) -> bool| prev.is_some_and(f);
    if crate::text::is_digit(c) {
        return !prev_is(|p| {
            crate::text::is_digit(p)
                || p.is_ascii_alphabetic()
                || matches!(fold(p), '.' | '-' | '/')
        });
    }
    if cn_digit(c).is_some() || c == '十' {
        return !prev_is(is_cn_numeral);
    }
    matches!(c, '第' | '前' | '上' | '下') || QUOTES_OPEN.contains(&c)
}

/// Whether the scan may report a Chinese-numeral month that has neither a
/// year nor a day (`一月`): only after a non-Han character or a word that
/// introduces a date, so that `统一月度` is not a month.
pub(crate) fn bare_cn_month_ok(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            !is_han(p)
                || matches!(
                    fold(p),
                    '年' | '至'
                        | '到'
                        | '和'
                        | '及'
                        | '与'
                        | '或'
                        | '于'
                        | '在'
                        | '从'
                        | '自'
                        | '今'
                        | '去'
                        | '明'
                        | '本'
                        | '当'
                )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        /// Where the plain-date path answers, the grammar answers the same.
        #[test]
        fn plain_dates_agree_with_the_grammar(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2023", "2", "0", "12", "1", "年", "月", "日", "号", "號", "全", "以", "底",
                    "，", "。", "上", "半", "至", "-", " ", "度", "份", "一", "季", "第", "(",
                    "星期", "上午", "9", "时", "T", "：", "中", "末", "）", "3", "&nbsp;", ",",
                    "\n", ")", "\"", ";",
                ]),
                0..12,
            )
        ) {
            let text: String = ["2023年"].into_iter().chain(parts.iter().copied()).collect();
            if let Some(fast) = plain_date(&text) {
                proptest::prop_assert_eq!(Some(fast), general_period_fields(&text).ok());
            }
            let text: String = parts.concat();
            if let Some(fast) = plain_date(&text) {
                proptest::prop_assert_eq!(Some(fast), general_period_fields(&text).ok());
            }
        }
    }

    #[test]
    fn plain_dates() {
        // (input, rest) read by the plain path
        for (text, rest) in [
            ("2023年，", "，"),
            ("2023年全市", "全市"),
            ("2024年7月5日", ""),
            ("2024年7月5日，", "，"),
            ("2023年底", "底"),
            ("2023年6月30号，", "，"),
        ] {
            match plain_date(text) {
                Some((r, _)) => assert_eq!(r, rest, "{text}"),
                None => assert_eq!(rest, "", "{text}: left to the grammar"),
            }
        }
        // left to the grammar
        for text in [
            "2023年度",
            "2023年上半年",
            "2023年1-6月",
            "2023年6月1日上午",
            "23年底",
            "２０２３年",
        ] {
            assert!(plain_date(text).is_none(), "{text}");
        }
    }

    /// (input, rest, ISO text) through `date_time`.
    #[test]
    fn date_time_table() {
        let cases = [
            ("2023年6月1日", "", "2023-06-01"),
            ("2023年6月1日起", "起", "2023-06-01"),
            ("2023-06-06 17:03，", "，", "2023-06-06T17:03"),
            ("2017年底", "底", "2017"),
            ("6月20日前", "前", "--06-20"),
            ("2022年度预算", "预算", "2022"),
            ("二〇二三年六月一日。", "。", "2023-06-01"),
            ("2023年6月份及上半年", "及上半年", "2023-06"),
            ("2015年02月05日 星期四 下午", " 下午", "2015-02-05"),
            ("2010年3月3日(星期三)15時(shí),", ",", "2010-03-03T15:00"),
            ("2023.6.1版", "版", "2023-06-01"),
        ];
        for (input, rest, iso) in cases {
            let got = date_time(input).map(|(r, d)| (r, d.to_string()));
            assert_eq!(got, Ok((rest, iso.to_string())), "{input}");
        }
    }

    #[test]
    fn not_dates() {
        let cases = [
            "2023",
            "2.2本计划",
            "12年",
            "10-20年",
            "14.6:34.6",
            "5日",
            "2023.6",
            "第2号",
            "三年",
        ];
        for input in cases {
            assert!(date_time(input).is_err(), "{input}: {:?}", date_time(input));
        }
    }

    #[test]
    fn clock_and_time_table() {
        let cases = [
            ("17:03", "", (17, 3)),
            ("17:03:12", "", (17, 3)),
            ("10: 45", "", (10, 45)),
            ("17时03分", "", (17, 3)),
            ("17时03分12秒", "", (17, 3)),
            ("上午九点", "", (9, 0)),
            ("下午3点", "", (15, 0)),
            ("十点半", "", (10, 30)),
            ("十一点", "", (11, 0)),
            ("两点一刻", "", (2, 15)),
            ("晚上8点30分", "", (20, 30)),
            ("下午3点30", "", (15, 30)),
            ("十点十五", "", (10, 15)),
            ("中午12点", "", (12, 0)),
        ];
        for (input, rest, (h, m)) in cases {
            let (r, f) = time(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            let full = Fields {
                year: Some(Field {
                    value: 2023,
                    text: "",
                }),
                month: Some(Field { value: 1, text: "" }),
                day: Some(Field { value: 1, text: "" }),
                ..f
            };
            let d = full.resolve().unwrap();
            assert_eq!((r, d.time()), (rest, Some((h, m))), "{input}");
        }
        assert!(time("14.6:34.6").is_err());
        assert!(time("3:2").is_err());
    }

    #[test]
    fn plan_table() {
        let cases = [
            ("“十四五”期间", Some((14, ""))),
            ("\"十三五\"规划", Some((13, "规划"))),
            ("十四五时期，", Some((14, "，"))),
            ("十四五，", Some((14, "，"))),
            ("十五五规划", Some((15, "规划"))),
            ("“十五”计划", Some((10, "计划"))),
            ("九五计划", Some((9, "计划"))),
            ("十四五个", None),
            ("二十五", None),
            ("三十四五", None),
            ("十五日", None),
            ("十五", None),
        ];
        for (input, want) in cases {
            let got = plan(input).ok().map(|(r, n)| (n.value, r));
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn edge_and_limit_words() {
        assert_eq!(edge("底前"), Ok(("前", Edge::End)));
        assert!(edge("初步建成").is_err());
        assert!(edge("底线").is_err());
        assert_eq!(limit_suffix("以来，"), Ok(("，", Limit::Since)));
        assert!(limit_suffix("起草").is_err());
        assert!(limit_suffix("前后").is_err());
        assert_eq!(limit_prefix("截至 2023"), Ok(("2023", Limit::Until)));
    }

    #[test]
    fn year_styles() {
        let cases = [
            ("2023", 2023, DateStyle::Arabic),
            ("二〇二三", 2023, DateStyle::Chinese),
            ("二○二三", 2023, DateStyle::CircleZero),
            ("二零二三", 2023, DateStyle::LingZero),
            ("二O一二", 2012, DateStyle::LatinO),
            ("二0一一", 2011, DateStyle::ArabicZero),
            ("一九九八", 1998, DateStyle::Chinese),
            ("07", 2007, DateStyle::Arabic),
        ];
        for (input, y, style) in cases {
            let (_, got) = year_number(input).unwrap();
            assert_eq!((got.field.value, got.style), (y, style), "{input}");
        }
        assert!(year_number("〇二三").is_err());
        assert!(year_number("二〇二").is_err());
        assert!(year_number("20230").is_err());
    }
}
