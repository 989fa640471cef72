//! The fields of a date as the grammar collects them, checked once at the
//! end (as chrono's `format/parsed.rs` does): `2023年2月30日` is refused with a
//! message naming the day, and a partial date keeps its precision.
//!
//! Also the few Chinese numerals a date needs: digit-by-digit years
//! (`二〇二三`, with the irregular zeros 零, O and 0), and small numbers with
//! 十, 廿 and 卅 for months, days, hours and minutes.

use chrono::{Datelike, NaiveDate};

use crate::model::{Date, DateStyle, Half, Period, Quarter};

/// A value read from the text, with the text it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Field<'a, T> {
    pub value: T,
    pub text: &'a str,
}

/// 上午 / 下午 and their kin: how to read the hour that follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meridiem {
    /// 上午, 早上, 凌晨: the hour as written.
    Am,
    /// 中午: 1 and 2 o'clock are in the afternoon.
    Noon,
    /// 下午, 晚上: hours below 12 move 12 on.
    Pm,
}

/// Everything a date expression may say, before it is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Fields<'a> {
    pub year: Option<Field<'a, i32>>,
    pub half: Option<Half>,
    pub quarter: Option<Field<'a, u32>>,
    pub month: Option<Field<'a, u32>>,
    pub day: Option<Field<'a, u32>>,
    pub meridiem: Option<Meridiem>,
    pub hour: Option<Field<'a, u32>>,
    pub minute: Option<Field<'a, u32>>,
    pub second: Option<Field<'a, u32>>,
    pub style: DateStyle,
    /// The year was not written but carried from a range's start.
    pub year_carried: bool,
}

/// A field that does not fit the calendar or the clock: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError<'a> {
    /// The text of the offending field (a sub-slice of the input).
    pub at: &'a str,
    /// "day 30 does not exist in February 2023".
    pub message: String,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

fn err<'a, T>(at: &'a str, message: String) -> Result<T, FieldError<'a>> {
    Err(FieldError { at, message })
}

impl<'a> Fields<'a> {
    /// Fills what a range's end leaves out from its start: the year
    /// (`2023年1月至6月`) and, for a bare day, the month (`6月1日至30日`).
    pub(crate) fn carry_from(&mut self, start: &Fields<'a>) {
        if self.year.is_none() && start.year.is_some() {
            self.year = start.year;
            self.year_carried = true;
        }
        if self.day.is_some() && self.month.is_none() {
            self.month = start.month;
        }
    }

    /// Checks the fields together and builds the [`Date`] at the precision
    /// of the finest field written.
    pub(crate) fn resolve(&self) -> Result<Date, FieldError<'a>> {
        let year = self.year.map(|y| y.value);
        if let Some(h) = self.half {
            return Ok(match year {
                Some(y) => Date::from_half(y, h).unwrap_or(Date::yearless_half(h)),
                None => Date::yearless_half(h),
            });
        }
        if let Some(q) = self.quarter {
            let quarter = match q.value {
                1 => Quarter::Q1,
                2 => Quarter::Q2,
                3 => Quarter::Q3,
                4 => Quarter::Q4,
                n => return err(q.text, format!("quarter {n} does not exist")),
            };
            return Ok(match year.and_then(|y| Date::from_quarter(y, quarter)) {
                Some(d) => d,
                None => Date::yearless_quarter(quarter),
            });
        }
        let Some(month) = self.month else {
            return match (self.year, self.day) {
                (Some(y), None) => Date::from_year(y.value).map_or_else(
                    || err(y.text, format!("year {} is out of range", y.value)),
                    Ok,
                ),
                (_, Some(d)) => err(d.text, format!("day {} has no month", d.value)),
                (None, None) => err("", "a date needs a year or a month".to_string()),
            };
        };
        let m = month.value;
        if !(1..=12).contains(&m) {
            return err(month.text, format!("month {m} does not exist"));
        }
        let Some(day) = self.day else {
            return Date::from_ym(year, m)
                .map_or_else(|| err(month.text, format!("month {m} does not exist")), Ok);
        };
        let d = day.value;
        // the calendar check: with the year when written, else in a leap year
        if NaiveDate::from_ymd_opt(year.unwrap_or(2000), m, d).is_none() {
            let msg = match year {
                _ if d == 0 => "day 0 does not exist".to_string(),
                Some(y) => format!("day {d} does not exist in {} {y}", month_name(m)),
                None => format!("day {d} does not exist in {}", month_name(m)),
            };
            return err(day.text, msg);
        }
        let Some(hour) = self.hour else {
            let date = match year {
                Some(y) => Date::from_ymd(y, m, d),
                None => Date::from_md(m, d),
            };
            return date.map_or_else(|| err(day.text, format!("day {d} does not exist")), Ok);
        };
        let h = match (self.meridiem, hour.value) {
            (Some(Meridiem::Pm), h) if h < 12 => h + 12,
            (Some(Meridiem::Noon), h) if h < 3 => h + 12,
            (_, h) => h,
        };
        let minute = self.minute.map_or(0, |f| f.value);
        if let Some(s) = self.second {
            if s.value > 59 {
                return err(s.text, format!("second {} does not exist (0–59)", s.value));
            }
        }
        if let Some(mi) = self.minute {
            if mi.value > 59 {
                return err(
                    mi.text,
                    format!("minute {} does not exist (0–59)", mi.value),
                );
            }
        }
        if h > 24 || (h == 24 && minute != 0) {
            let shown = if h == 24 {
                format!("{h}:{minute:02}")
            } else {
                h.to_string()
            };
            return err(hour.text, format!("hour {shown} does not exist (0–23)"));
        }
        let out = if h == 24 {
            // 24时 / 24:00 is the end of the day: midnight of the next one
            let next =
                NaiveDate::from_ymd_opt(year.unwrap_or(2000), m, d).and_then(|x| x.succ_opt());
            match (next, year) {
                (Some(n), Some(_)) => Date::from_ymd_hm(n.year(), n.month(), n.day(), 0, 0),
                (Some(n), None) => Date::from_md_hm(n.month(), n.day(), 0, 0),
                (None, _) => None,
            }
        } else {
            match year {
                Some(y) => Date::from_ymd_hm(y, m, d, h, minute),
                None => Date::from_md_hm(m, d, h, minute),
            }
        };
        out.map_or_else(
            || err(hour.text, format!("hour {h} does not exist (0–23)")),
            Ok,
        )
    }
}

/// A period before it is checked: one date, a range, or a five-year plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodFields<'a> {
    /// One date.
    Single(Fields<'a>),
    /// From `start` to `end`, the end already carried.
    Range {
        start: Fields<'a>,
        end: Fields<'a>,
        /// The text after the start, for falling back to the start alone
        /// when the range does not hold.
        after_start: &'a str,
    },
    /// The Nth five-year plan (`十四五` is 14), with the text of N.
    Plan(Field<'a, u32>),
}

/// The first year of the Nth five-year plan. The first ran 1953–1957 and
/// the second 1958–1962; after three years of adjustment (1963–1965) the
/// third began in 1966, so from the third on the Nth starts in
/// 1966 + 5(N − 3): `十四五` is 2021–2025. (The plain rule 1953 + 5(N − 1)
/// would put 十四五 at 2018.)
pub(crate) fn plan_start(n: u32) -> i32 {
    match n {
        0 | 1 => 1953,
        2 => 1958,
        n => 1966 + 5 * (n as i32 - 3),
    }
}

impl<'a> PeriodFields<'a> {
    /// The style of the digits (an irregular one wins).
    pub(crate) fn style(&self) -> DateStyle {
        match self {
            PeriodFields::Single(f) => f.style,
            PeriodFields::Range { start, end, .. }
                if end.style.is_irregular() && !start.style.is_irregular() =>
            {
                end.style
            }
            PeriodFields::Range { start, .. } => start.style,
            PeriodFields::Plan(_) => DateStyle::Chinese,
        }
    }

    /// Checks the fields and builds the [`Period`]. A range that ends
    /// before it starts is refused.
    pub(crate) fn resolve(&self) -> Result<Period, FieldError<'a>> {
        match self {
            PeriodFields::Single(f) => f.resolve().map(Period::Date),
            PeriodFields::Range {
                start: a, end: b, ..
            } => {
                let start = a.resolve()?;
                let mut end = b.resolve()?;
                if let (Some(s), Some(e), Some(y)) = (start.first_day(), end.first_day(), b.year) {
                    // `2023年12月至2月`: a carried year whose month would run
                    // backwards is the next one
                    if e < s && b.year_carried && e.month() < s.month() {
                        let next = Fields {
                            year: Some(Field {
                                value: y.value + 1,
                                ..y
                            }),
                            ..*b
                        };
                        end = next.resolve()?;
                    }
                }
                if let (Some(s), Some(e)) = (start.first_day(), end.first_day()) {
                    if e < s {
                        let at = b
                            .year
                            .map(|f| f.text)
                            .or(b.month.map(|f| f.text))
                            .or(b.day.map(|f| f.text))
                            .unwrap_or("");
                        return err(
                            at,
                            format!("the range ends ({end}) before it starts ({start})"),
                        );
                    }
                }
                Ok(Period::Range { start, end })
            }
            PeriodFields::Plan(n) => {
                if !(1..=30).contains(&n.value) {
                    return err(
                        n.text,
                        format!("five-year plan {} is out of range", n.value),
                    );
                }
                let y = plan_start(n.value);
                match (Date::from_year(y), Date::from_year(y + 4)) {
                    (Some(start), Some(end)) => Ok(Period::Range { start, end }),
                    _ => err(
                        n.text,
                        format!("five-year plan {} is out of range", n.value),
                    ),
                }
            }
        }
    }
}

/// The two-digit year pivot: `07年` is 2007, `98年` is 1998 (00–49 are in
/// the 2000s, 50–99 in the 1900s), as replies rarely look back before 1950.
pub(crate) fn pivot(yy: u32) -> i32 {
    if yy < 50 {
        2000 + yy as i32
    } else {
        1900 + yy as i32
    }
}

/// A Chinese digit 一 to 九 (not zero, not 两).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    crate::grammar::cn_digit(c).filter(|d| *d > 0 && crate::text::fold(c) != '两')
}

/// A digit of a year written digit by digit: 一…九, and a zero with the
/// style it marks (〇, ○, 零, Latin O, Arabic 0 of either width). Arabic
/// digits other than 0 are not year digits here.
pub(crate) fn year_digit(c: char) -> Option<(u32, Option<DateStyle>)> {
    match c {
        '〇' => Some((0, Some(DateStyle::Chinese))),
        '○' | '◯' => Some((0, Some(DateStyle::CircleZero))),
        '零' => Some((0, Some(DateStyle::LingZero))),
        'O' | 'o' | 'Ｏ' | 'ｏ' => Some((0, Some(DateStyle::LatinO))),
        '0' | '０' => Some((0, Some(DateStyle::ArabicZero))),
        c => cn_digit(c).map(|d| (d, None)),
    }
}

/// Whether `c` may be part of a Chinese numeral in a date (used by the scan
/// to start only at the first character of a run).
pub(crate) use crate::grammar::is_cn_numeral;

/// A small Chinese number at the start of `s` (0–99): `三`, `十`, `十二`,
/// `二十`, `二十一`, `廿二`, `卅一`, `零五`/`〇五` (minutes), and `两` when
/// `liang` (hours: `两点`). Returns the value and its byte length.
pub(crate) fn small_cn(s: &str, liang: bool) -> Option<(u32, usize)> {
    let mut chars = s.char_indices().peekable();
    let digit = |c: char| match c {
        '两' | '兩' if liang => Some(2),
        c => cn_digit(c),
    };
    let (_, first) = *chars.peek()?;
    let mut value;
    let mut end;
    if matches!(first, '〇' | '○' | '零') {
        // 零五 (minutes): zero then one digit; 零 alone (零时) is 0
        chars.next();
        return match chars.next() {
            Some((i, c)) if cn_digit(c).is_some() => {
                Some((cn_digit(c).unwrap_or(0), i + c.len_utf8()))
            }
            _ => Some((0, first.len_utf8())),
        };
    }
    let tens_word = |c: char| match c {
        '十' | '拾' => Some(10),
        '廿' => Some(20),
        '卅' => Some(30),
        _ => None,
    };
    if let Some(t) = tens_word(first) {
        chars.next();
        value = t;
        end = first.len_utf8();
    } else {
        let d = digit(first)?;
        chars.next();
        value = d;
        end = first.len_utf8();
        match chars.peek() {
            Some(&(i, c)) if matches!(c, '十' | '拾') => {
                chars.next();
                value = d * 10;
                end = i + c.len_utf8();
            }
            _ => return Some((value, end)),
        }
    }
    // ones after the tens
    if let Some(&(i, c)) = chars.peek() {
        if let Some(d) = cn_digit(c) {
            value += d;
            end = i + c.len_utf8();
        }
    }
    Some((value, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(value: u32) -> Option<Field<'static, u32>> {
        Some(Field { value, text: "x" })
    }

    fn y(value: i32) -> Option<Field<'static, i32>> {
        Some(Field { value, text: "y" })
    }

    #[test]
    fn small_numbers() {
        let cases = [
            ("三", false, Some((3, 3))),
            ("十", false, Some((10, 3))),
            ("十二月", false, Some((12, 6))),
            ("二十", false, Some((20, 6))),
            ("二十一日", false, Some((21, 9))),
            ("廿二", false, Some((22, 6))),
            ("卅一", false, Some((31, 6))),
            ("三十一", false, Some((31, 9))),
            ("零五分", false, Some((5, 6))),
            ("零时", false, Some((0, 3))),
            ("两点", true, Some((2, 3))),
            ("两点", false, None),
            ("月", false, None),
        ];
        for (s, liang, want) in cases {
            assert_eq!(small_cn(s, liang), want, "{s}");
        }
    }

    #[test]
    fn resolve_table() {
        let cases: [(Fields, Result<&str, &str>); 12] = [
            (
                Fields {
                    year: y(2023),
                    ..Fields::default()
                },
                Ok("2023"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(2),
                    ..Fields::default()
                },
                Ok("2023-02"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(2),
                    day: f(28),
                    ..Fields::default()
                },
                Ok("2023-02-28"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(2),
                    day: f(30),
                    ..Fields::default()
                },
                Err("day 30 does not exist in February 2023"),
            ),
            (
                Fields {
                    month: f(2),
                    day: f(30),
                    ..Fields::default()
                },
                Err("day 30 does not exist in February"),
            ),
            (
                Fields {
                    month: f(2),
                    day: f(29),
                    ..Fields::default()
                },
                Ok("--02-29"),
            ),
            (
                Fields {
                    month: f(13),
                    ..Fields::default()
                },
                Err("month 13 does not exist"),
            ),
            (
                Fields {
                    year: y(2023),
                    quarter: f(5),
                    ..Fields::default()
                },
                Err("quarter 5 does not exist"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(6),
                    day: f(1),
                    meridiem: Some(Meridiem::Pm),
                    hour: f(3),
                    ..Fields::default()
                },
                Ok("2023-06-01T15:00"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(6),
                    day: f(1),
                    hour: f(25),
                    ..Fields::default()
                },
                Err("hour 25 does not exist (0–23)"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(12),
                    day: f(31),
                    hour: f(24),
                    ..Fields::default()
                },
                Ok("2024-01-01T00:00"),
            ),
            (
                Fields {
                    year: y(2023),
                    month: f(6),
                    day: f(1),
                    hour: f(9),
                    minute: f(60),
                    ..Fields::default()
                },
                Err("minute 60 does not exist (0–59)"),
            ),
        ];
        for (fields, want) in cases {
            let got = fields
                .resolve()
                .map(|d| d.to_string())
                .map_err(|e| e.message);
            assert_eq!(
                got,
                want.map(str::to_string).map_err(str::to_string),
                "{fields:?}"
            );
        }
    }

    #[test]
    fn plans_and_pivot() {
        assert_eq!(plan_start(14), 2021);
        assert_eq!(plan_start(13), 2016);
        assert_eq!(plan_start(15), 2026);
        assert_eq!(plan_start(1), 1953);
        assert_eq!(plan_start(2), 1958);
        assert_eq!(plan_start(3), 1966);
        assert_eq!(plan_start(10), 2001);
        assert_eq!(pivot(7), 2007);
        assert_eq!(pivot(49), 2049);
        assert_eq!(pivot(98), 1998);
    }
}
