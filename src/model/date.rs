//! Dates at a precision, and periods (ranges of dates).

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// How precise a [`Date`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Precision {
    /// `2022年`, `2022年度`.
    Year,
    /// `2023年上半年`.
    Half,
    /// `2023年一季度`.
    Quarter,
    /// `2023年6月`.
    Month,
    /// `2023年6月1日`.
    Day,
    /// `2023-06-06 17:03`; an hour alone (`15时`) is minute 00, and seconds
    /// are checked and then dropped.
    Minute,
}

/// Half of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Half {
    /// 上半年, January to June.
    H1,
    /// 下半年, July to December.
    H2,
}

/// Quarter of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quarter {
    /// 一季度.
    Q1,
    /// 二季度.
    Q2,
    /// 三季度.
    Q3,
    /// 四季度.
    Q4,
}

/// A calendar date, or a part of one, at a known [`Precision`].
///
/// Only real dates can be built: 2023-02-30 or month 13 are refused. The
/// year may be missing (`6月20日` in running text); [`Date::with_year`]
/// supplies it from the document. Its JSON form is ISO 8601: `"2023-06-01"`,
/// `"2023-06"`, `"2023"`, `"2023-H1"`, `"2023-Q1"`, `"2023-06-06T17:03"`,
/// and for a missing year `"--06-20"`, `"--06"`, `"--H1"`, `"--Q1"` or
/// `"--06-20T15:00"`.
///
/// ```
/// use govreply::model::{Date, Precision};
/// let d = Date::from_ymd(2023, 6, 1).unwrap();
/// assert_eq!(d.to_string(), "2023-06-01");
/// assert_eq!(d.precision(), Precision::Day);
/// assert!(Date::from_ymd(2023, 2, 30).is_none());
/// assert_eq!("2023-H1".parse::<Date>().unwrap().precision(), Precision::Half);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // kept small: a date stands in every metric's period (years 0..=9999)
    year: Option<i16>,
    // month 1..=12; for Half and Quarter precision the first month of the part
    month: Option<u8>,
    day: Option<u8>,
    hour: Option<u8>,
    minute: Option<u8>,
    precision: Precision,
}

impl Date {
    /// A whole year.
    pub fn from_year(year: i32) -> Option<Date> {
        let year = i16::try_from(year)
            .ok()
            .filter(|y| (0..=9999).contains(y))?;
        Some(Date {
            year: Some(year),
            month: None,
            day: None,
            hour: None,
            minute: None,
            precision: Precision::Year,
        })
    }

    /// A half year.
    pub fn from_half(year: i32, half: Half) -> Option<Date> {
        let mut d = Date::from_year(year)?;
        d.month = Some(match half {
            Half::H1 => 1,
            Half::H2 => 7,
        });
        d.precision = Precision::Half;
        Some(d)
    }

    /// A quarter.
    pub fn from_quarter(year: i32, quarter: Quarter) -> Option<Date> {
        let mut d = Date::from_year(year)?;
        d.month = Some(match quarter {
            Quarter::Q1 => 1,
            Quarter::Q2 => 4,
            Quarter::Q3 => 7,
            Quarter::Q4 => 10,
        });
        d.precision = Precision::Quarter;
        Some(d)
    }

    /// A month of a year (`year` `None` for a month written without one).
    pub fn from_ym(year: Option<i32>, month: u32) -> Option<Date> {
        if !(1..=12).contains(&month) {
            return None;
        }
        if let Some(y) = year {
            Date::from_year(y)?;
        }
        Some(Date {
            year: year.and_then(|y| i16::try_from(y).ok()),
            month: u8::try_from(month).ok(),
            day: None,
            hour: None,
            minute: None,
            precision: Precision::Month,
        })
    }

    /// A day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        let mut d = Date::from_ym(Some(year), month)?;
        d.day = u8::try_from(day).ok();
        d.precision = Precision::Day;
        Some(d)
    }

    /// A day written without its year (`6月20日`); February 29 is allowed.
    pub fn from_md(month: u32, day: u32) -> Option<Date> {
        // a leap year accepts every day that any year has
        NaiveDate::from_ymd_opt(2000, month, day)?;
        let mut d = Date::from_ym(None, month)?;
        d.day = u8::try_from(day).ok();
        d.precision = Precision::Day;
        Some(d)
    }

    /// A day and a time to the minute.
    pub fn from_ymd_hm(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> Option<Date> {
        NaiveTime::from_hms_opt(hour, minute, 0)?;
        let mut d = Date::from_ymd(year, month, day)?;
        d.hour = u8::try_from(hour).ok();
        d.minute = u8::try_from(minute).ok();
        d.precision = Precision::Minute;
        Some(d)
    }

    /// A half year written without its year (`上半年` in running text);
    /// [`Date::with_year`] supplies the year.
    pub fn yearless_half(half: Half) -> Date {
        Date {
            year: None,
            month: Some(match half {
                Half::H1 => 1,
                Half::H2 => 7,
            }),
            day: None,
            hour: None,
            minute: None,
            precision: Precision::Half,
        }
    }

    /// A quarter written without its year (`一季度` in running text);
    /// [`Date::with_year`] supplies the year.
    pub fn yearless_quarter(quarter: Quarter) -> Date {
        Date {
            year: None,
            month: Some(match quarter {
                Quarter::Q1 => 1,
                Quarter::Q2 => 4,
                Quarter::Q3 => 7,
                Quarter::Q4 => 10,
            }),
            day: None,
            hour: None,
            minute: None,
            precision: Precision::Quarter,
        }
    }

    /// A day and a time written without the year (`6月20日15时`);
    /// February 29 is allowed.
    pub fn from_md_hm(month: u32, day: u32, hour: u32, minute: u32) -> Option<Date> {
        NaiveTime::from_hms_opt(hour, minute, 0)?;
        let mut d = Date::from_md(month, day)?;
        d.hour = u8::try_from(hour).ok();
        d.minute = u8::try_from(minute).ok();
        d.precision = Precision::Minute;
        Some(d)
    }

    /// The year, when written.
    pub fn year(&self) -> Option<i32> {
        self.year.map(i32::from)
    }

    /// The month (1–12), for month, day and minute precision.
    pub fn month(&self) -> Option<u32> {
        match self.precision {
            Precision::Year | Precision::Half | Precision::Quarter => None,
            _ => self.month.map(u32::from),
        }
    }

    /// The day of the month.
    pub fn day(&self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// Hour and minute, for minute precision.
    pub fn time(&self) -> Option<(u32, u32)> {
        Some((u32::from(self.hour?), u32::from(self.minute?)))
    }

    /// The half year, for half precision.
    pub fn half(&self) -> Option<Half> {
        match (self.precision, self.month) {
            (Precision::Half, Some(1)) => Some(Half::H1),
            (Precision::Half, Some(_)) => Some(Half::H2),
            _ => None,
        }
    }

    /// The quarter, for quarter precision.
    pub fn quarter(&self) -> Option<Quarter> {
        match (self.precision, self.month) {
            (Precision::Quarter, Some(1)) => Some(Quarter::Q1),
            (Precision::Quarter, Some(4)) => Some(Quarter::Q2),
            (Precision::Quarter, Some(7)) => Some(Quarter::Q3),
            (Precision::Quarter, Some(_)) => Some(Quarter::Q4),
            _ => None,
        }
    }

    /// How precise the date is.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The same date in `year`, for a date written without one. `None` when
    /// the day does not exist in that year (February 29). A date that has
    /// a year keeps it.
    pub fn with_year(self, year: i32) -> Option<Date> {
        if self.year.is_some() {
            return Some(self);
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year, m.into(), d.into())?,
            _ => NaiveDate::from_ymd_opt(year, 1, 1)?,
        };
        let with = Date::from_year(year)?;
        Some(Date {
            year: with.year,
            ..self
        })
    }

    /// The chrono date, for day and minute precision with a year.
    pub fn to_naive_date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?.into(), self.month?.into(), self.day?.into())
    }

    /// The chrono date-time, for minute precision.
    pub fn to_naive_datetime(&self) -> Option<NaiveDateTime> {
        let (h, m) = self.time()?;
        self.to_naive_date()?.and_hms_opt(h, m, 0)
    }

    /// The first day the date covers (January 1 for a year, the first day of
    /// a half, quarter or month), when the year is known.
    pub fn first_day(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(
            self.year?.into(),
            self.month.unwrap_or(1).into(),
            self.day.unwrap_or(1).into(),
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => f.write_str("-")?,
        }
        match self.precision {
            Precision::Year => Ok(()),
            Precision::Half => write!(f, "-H{}", if self.month == Some(1) { 1 } else { 2 }),
            Precision::Quarter => write!(f, "-Q{}", self.month.unwrap_or(1).div_ceil(3)),
            Precision::Month => write!(f, "-{:02}", self.month.unwrap_or(1)),
            Precision::Day => write!(
                f,
                "-{:02}-{:02}",
                self.month.unwrap_or(1),
                self.day.unwrap_or(1)
            ),
            Precision::Minute => write!(
                f,
                "-{:02}-{:02}T{:02}:{:02}",
                self.month.unwrap_or(1),
                self.day.unwrap_or(1),
                self.hour.unwrap_or(0),
                self.minute.unwrap_or(0)
            ),
        }
    }
}

/// The ISO text could not be read as a [`Date`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected an ISO 8601 date such as 2023-06-01, 2023-06, 2023, 2023-H1, 2023-Q1 or 2023-06-06T17:03, but found {0:?}")]
pub struct DateFromStrError(String);

impl FromStr for Date {
    type Err = DateFromStrError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        iso(s).ok_or_else(|| DateFromStrError(s.to_string()))
    }
}

/// Reads the ISO forms that [`Date`]'s `Display` writes.
fn iso(s: &str) -> Option<Date> {
    fn num<T: FromStr>(s: &str, len: usize) -> Option<T> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    }
    if let Some(rest) = s.strip_prefix("--") {
        match rest {
            "H1" => return Some(Date::yearless_half(Half::H1)),
            "H2" => return Some(Date::yearless_half(Half::H2)),
            "Q1" => return Some(Date::yearless_quarter(Quarter::Q1)),
            "Q2" => return Some(Date::yearless_quarter(Quarter::Q2)),
            "Q3" => return Some(Date::yearless_quarter(Quarter::Q3)),
            "Q4" => return Some(Date::yearless_quarter(Quarter::Q4)),
            _ => {}
        }
        let (rest, time) = match rest.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (rest, None),
        };
        let mut parts = rest.split('-');
        let m = num(parts.next()?, 2)?;
        return match (parts.next(), time) {
            (None, None) => Date::from_ym(None, m),
            (Some(d), None) if parts.next().is_none() => Date::from_md(m, num(d, 2)?),
            (Some(d), Some(t)) if parts.next().is_none() => {
                let (h, mi) = t.split_once(':')?;
                Date::from_md_hm(m, num(d, 2)?, num(h, 2)?, num(mi, 2)?)
            }
            _ => None,
        };
    }
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let y: i32 = num(parts.next()?, 4)?;
    let second = parts.next();
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let d = match (second, third) {
        (None, None) => Date::from_year(y)?,
        (Some("H1"), None) => Date::from_half(y, Half::H1)?,
        (Some("H2"), None) => Date::from_half(y, Half::H2)?,
        (Some(q), None) if q.starts_with('Q') => Date::from_quarter(
            y,
            match q {
                "Q1" => Quarter::Q1,
                "Q2" => Quarter::Q2,
                "Q3" => Quarter::Q3,
                "Q4" => Quarter::Q4,
                _ => return None,
            },
        )?,
        (Some(m), None) => Date::from_ym(Some(y), num(m, 2)?)?,
        (Some(m), Some(d)) => Date::from_ymd(y, num(m, 2)?, num(d, 2)?)?,
        (None, Some(_)) => return None,
    };
    match time {
        None => Some(d),
        Some(t) => {
            let (h, m) = t.split_once(':')?;
            Date::from_ymd_hm(y, d.month?.into(), d.day?.into(), num(h, 2)?, num(m, 2)?)
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A date or a span of dates: `2022年`, `2021—2025年`, `“十四五”`
/// (2021–2025). In JSON a single date is its ISO string and a range is
/// `{"start": …, "end": …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum Period {
    /// One date at its precision.
    Date(Date),
    /// From `start` to `end`, both included.
    Range {
        /// First date of the range.
        start: Date,
        /// Last date of the range.
        end: Date,
    },
}

impl Period {
    /// The year of a single date, or of the start of a range.
    pub fn year(&self) -> Option<i32> {
        match self {
            Period::Date(d) => d.year(),
            Period::Range { start, .. } => start.year(),
        }
    }
}

impl fmt::Display for Period {
    /// ISO 8601: the date, or `start/end` for a range.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Date(d) => d.fmt(f),
            Period::Range { start, end } => write!(f, "{start}/{end}"),
        }
    }
}

impl From<Date> for Period {
    fn from(d: Date) -> Self {
        Period::Date(d)
    }
}

/// How the digits of a date were written. Official documents (GB/T
/// 9704-2012) write the year of a Chinese-numeral date with `〇`; the
/// irregular styles ([`DateStyle::is_irregular`]) parse, and a caller may
/// warn about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateStyle {
    /// Arabic digits of either width: `2023年6月1日`, `2023-06-01`.
    #[default]
    Arabic,
    /// Chinese numerals with `〇` (U+3007) for zero, or no zero at all:
    /// `二〇二三年六月一日`.
    Chinese,
    /// Chinese numerals with the white circle `○` (U+25CB) for zero:
    /// `二○二三年`. Common, and accepted without a warning.
    CircleZero,
    /// Chinese numerals with `零` for zero in the year: `二零二三年` (irregular).
    LingZero,
    /// Chinese numerals with a Latin `O` for zero: `二O一二年` (irregular).
    LatinO,
    /// Chinese numerals with an Arabic `0` for zero: `二0一一年` (irregular).
    ArabicZero,
}

impl DateStyle {
    /// Whether the style breaks the rule for writing dates in official
    /// documents (零, Latin O or Arabic 0 standing for 〇 in a year).
    pub fn is_irregular(self) -> bool {
        matches!(
            self,
            DateStyle::LingZero | DateStyle::LatinO | DateStyle::ArabicZero
        )
    }
}

/// Which part of a period a mention means: `2017年底` is the end of 2017.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Edge {
    /// 初, 上旬: the beginning (`年初`, `6月初`).
    Start,
    /// 中旬, 中期: the middle.
    Middle,
    /// 底, 末, 下旬: the end (`2017年底`, `2月底`, `一季度末`).
    End,
}

/// Whether a mention opens or closes an open-ended span of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Limit {
    /// From this date on: `自2020年起`, `2020年以来`, `2020年至今`.
    Since,
    /// Up to this date: `截至2023年2月底`, `到2025年`, `2023年6月底前`.
    Until,
}

/// A date, date-time or period found in running text, with the text as
/// written (qualifiers such as 截至, 底, 起 included) and its span.
///
/// `2017年底` gives the period `2017` with edge [`Edge::End`];
/// `截至2023年2月底` gives `2023-02`, edge `End`, limit [`Limit::Until`];
/// `自2020-05-26起至2020-05-29止` gives a range and no limit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateMention<'a> {
    /// The date or the range.
    pub period: Period,
    /// The part of the period meant (`底`, `初`), if written.
    pub edge: Option<Edge>,
    /// Whether the mention opens or closes a span (`截至`, `起`, `以来`).
    pub limit: Option<Limit>,
    /// How the digits were written (irregular zeros in Chinese years).
    pub style: DateStyle,
    /// The text as written.
    pub text: std::borrow::Cow<'a, str>,
    /// Where it stands in the input.
    pub span: crate::span::Span,
}

impl DateMention<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> DateMention<'static> {
        DateMention {
            period: self.period,
            edge: self.edge,
            limit: self.limit,
            style: self.style,
            text: super::own(self.text),
            span: self.span,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip() {
        let cases = [
            "2023-06-01",
            "2023-06",
            "2023",
            "2023-H1",
            "2023-H2",
            "2023-Q1",
            "2023-Q4",
            "2023-06-06T17:03",
            "--06-20",
            "--02-29",
            "--06",
            "--H2",
            "--Q3",
            "--06-20T15:00",
        ];
        for s in cases {
            let d: Date = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        let bad = [
            "2023-02-30",
            "2023-13",
            "2023-00-10",
            "2023-06-06T24:00",
            "2023-Q5",
            "23-06-01",
            "2023-6-1",
            "--02-30",
        ];
        for s in bad {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
        assert!(Date::from_ymd(2023, 2, 29).is_none());
        assert!(Date::from_ymd(2024, 2, 29).is_some());
    }

    /// Kept small (it stands in every metric's period), and ordered as
    /// before: a missing field sorts first, then by value.
    #[test]
    fn compact_and_ordered() {
        assert!(std::mem::size_of::<Date>() <= 14);
        assert!(std::mem::size_of::<Period>() <= 32);
        let mut dates = [
            Date::from_ymd_hm(2023, 6, 1, 0, 0),
            Date::from_ymd(2023, 6, 1),
            Date::from_md(6, 1),
            Date::from_year(9999),
            Date::from_year(0),
            Date::from_ym(Some(2023), 12),
            Date::from_ymd_hm(2023, 6, 1, 23, 59),
        ]
        .map(Option::unwrap);
        dates.sort();
        let text: Vec<String> = dates.iter().map(Date::to_string).collect();
        assert_eq!(
            text,
            [
                "--06-01",
                "0000",
                "2023-06-01",
                "2023-06-01T00:00",
                "2023-06-01T23:59",
                "2023-12",
                "9999"
            ]
        );
        assert!(Date::from_year(10_000).is_none() && Date::from_year(-1).is_none());
        assert_eq!(
            Date::from_ymd_hm(2023, 6, 1, 23, 59).unwrap().time(),
            Some((23, 59))
        );
    }

    #[test]
    fn accessors() {
        let q = Date::from_quarter(2023, Quarter::Q3).unwrap();
        assert_eq!(q.quarter(), Some(Quarter::Q3));
        assert_eq!(q.month(), None);
        assert_eq!(q.first_day(), NaiveDate::from_ymd_opt(2023, 7, 1));
        let d = Date::from_ymd_hm(2023, 6, 6, 17, 3).unwrap();
        assert_eq!(d.time(), Some((17, 3)));
        assert_eq!(
            d.to_naive_datetime().map(|t| t.to_string()),
            Some("2023-06-06 17:03:00".to_string())
        );
        let md = Date::from_md(6, 20).unwrap();
        assert_eq!(
            md.with_year(2023).map(|d| d.to_string()),
            Some("2023-06-20".into())
        );
        assert!(Date::from_md(2, 29).unwrap().with_year(2023).is_none());
    }
}
