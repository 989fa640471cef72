//! Chinese and Arabic numerals, read exactly and written back.
//!
//! [`parse`] reads one numeral — `一万零四十`, `貳佰零參`, `二〇二三`,
//! `3502.38亿`, `1万2千`, `百分之一点五七`, `三分之二`, `七成六`, `负百分之点二八`
//! — into a [`Numeral`] whose value is an exact [`Decimal`] (never a float
//! on the way). [`format()`] writes any decimal as Chinese numerals, plain or
//! financial (大写), and `parse(&format(&n, style))` gives `n` back.
//!
//! The rules chosen where usage differs (colloquial `千一` = 1100, `13万2` =
//! 132 000; 万亿 / 亿亿 as one multiplier; neighbouring digits as ranges) are
//! listed in the grammar module's documentation, repeated here:
//!
//! - a single digit right after X百 / X千 / X万 / X亿 with nothing after it
//!   counts in the next lower unit: `两千六` = 2600, `百二` = 120;
//! - `二三十` is the range 20–30 and `两三` 2–3 (see [`Numeral::upper`]),
//!   `二〇二三` is read digit by digit;
//! - `成` counts tenths as a percentage: `七成六` = 76 %, `三成半` = 35 %;
//! - a fraction keeps its numerator and denominator exactly; its `value`
//!   is rounded where the division does not end.
//!
//! Speed: the standard shape of a Chinese integer below 10^16
//! (`三千五百零二亿三千八百万`, `壹仟零伍拾`, `兩萬零五百`) is read by a
//! branch-free fast path in machine integers; every other text goes to the
//! general grammar, which gives the same value wherever both apply.

mod format;
pub(crate) mod grammar;
mod standard;

use std::borrow::Cow;

use rust_decimal::Decimal;

pub use format::{format, Style};

use crate::error::Error;
pub use crate::model::{Numeral, NumeralForm};
use crate::span::{offset_in, Span};
use crate::ErrorKind;

/// Parses one numeral (the whole text, spaces around it allowed).
///
/// Errors name the first character that is not part of the numeral, and a
/// number beyond what [`Decimal`] holds (about 7.9 × 10^28, or more than 28
/// decimal places) is an [`ErrorKind::Overflow`] error.
///
/// ```
/// use govreply::numeral::{self, NumeralForm};
/// let n = numeral::parse("一万零四十")?;
/// assert_eq!(n.value, 10040.into());
/// assert_eq!(n.form, NumeralForm::Integer);
///
/// let p = numeral::parse("百分之一点五七")?;
/// assert_eq!(p.value.to_string(), "1.57");
/// assert_eq!(p.form, NumeralForm::Percent);
///
/// let err = numeral::parse("三千五百零二亿三千八百万x").unwrap_err();
/// assert_eq!(err.column(), 13);
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Numeral<'_>, Error> {
    let trimmed = crate::text::trim(text);
    let start = offset_in(text, trimmed);
    if trimmed.is_empty() {
        return Err(Error::new(
            ErrorKind::Empty,
            text,
            Span::new(0, text.len()),
            "expected a numeral, but the text is empty",
        ));
    }
    if let Some((neg, v)) = standard::standard_integer(trimmed) {
        let value = Decimal::from(v);
        return Ok(Numeral {
            value: if neg { -value } else { value },
            upper: None,
            form: NumeralForm::Integer,
            text: Cow::Borrowed(trimmed),
            span: Span::new(start, start + trimmed.len()),
        });
    }
    match grammar::numeral(trimmed) {
        Ok((rest, (value, upper, form))) => {
            if !rest.is_empty() {
                return Err(Error::expected(
                    text,
                    offset_in(text, rest),
                    "the end of the numeral",
                ));
            }
            Ok(Numeral {
                value,
                upper,
                form,
                text: Cow::Borrowed(trimmed),
                span: Span::new(start, start + trimmed.len()),
            })
        }
        Err(nom::Err::Error(e)) | Err(nom::Err::Failure(e)) => {
            if e.expected == grammar::OVERFLOW {
                let at = offset_in(text, e.input);
                Err(Error::new(
                    ErrorKind::Overflow,
                    text,
                    Span::new(at, start + trimmed.len()),
                    format!(
                        "expected {}, but the number is too large or too long",
                        grammar::OVERFLOW
                    ),
                ))
            } else {
                Err(Error::expected(text, offset_in(text, e.input), e.expected))
            }
        }
        Err(nom::Err::Incomplete(_)) => Err(Error::expected(text, text.len(), "a numeral")),
    }
}

/// The exact value of a numeral, as a shortcut for `parse(text)?.value`.
///
/// ```
/// assert_eq!(govreply::numeral::value("两千六")?, 2600.into());
/// Ok::<(), govreply::Error>(())
/// ```
pub fn value(text: &str) -> Result<Decimal, Error> {
    parse(text).map(|n| n.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// (input, value) for plain numbers (integer or decimal form).
    const VALUES: &[(&str, &str)] = &[
        // 3.1 integers, 零 / 两 / 〇, colloquial
        ("一万零四十", "10040"),
        ("二百零三", "203"),
        ("貳佰零參", "203"),
        ("千一", "1100"),
        ("一百九十万零三千九百七十一", "1903971"),
        ("一万零百一十一", "10111"),
        ("两百", "200"),
        ("兩百", "200"),
        ("两千六", "2600"),
        ("兩千六", "2600"),
        ("十万零一千", "101000"),
        ("一万五千亿", "1500000000000"),
        ("三万亿", "3000000000000"),
        ("三千万亿", "3000000000000000"),
        ("廿二", "22"),
        ("卅", "30"),
        ("廿", "20"),
        ("零", "0"),
        ("〇", "0"),
        ("一", "1"),
        ("幺", "1"),
        ("十", "10"),
        ("十五", "15"),
        ("一十五", "15"),
        ("二十", "20"),
        ("九十九", "99"),
        ("一百", "100"),
        ("一百零五", "105"),
        ("一百一十", "110"),
        ("一百一", "110"),
        ("百二", "120"),
        ("一千零五十", "1050"),
        ("一千零五", "1005"),
        ("一千零六", "1006"),
        ("三千五百零二亿三千八百万", "350238000000"),
        ("一亿五千万", "150000000"),
        ("三亿五", "350000000"),
        ("一万五", "15000"),
        ("万万", "100000000"),
        ("一万万", "100000000"),
        ("一亿亿", "10000000000000000"),
        ("一亿零五万", "100050000"),
        ("一万亿零五亿", "1000500000000"),
        ("两万", "20000"),
        ("二〇二三", "2023"),
        ("二○二三", "2023"),
        ("二零二三", "2023"),
        ("一九九七", "1997"),
        ("〇五", "5"),
        ("壹仟零伍拾", "1050"),
        ("肆佰叁拾萬", "4300000"),
        ("壹拾伍", "15"),
        ("陆", "6"),
        ("柒佰", "700"),
        ("捌万玖仟", "89000"),
        ("一萬", "10000"),
        ("五億", "500000000"),
        ("十萬零一千", "101000"),
        // 3.2 mixed, decimals
        ("13万2", "132000"),
        ("1百01", "101"),
        ("7千3百", "7300"),
        ("16.4亿", "1640000000"),
        ("3502.38亿", "350238000000"),
        ("1.2万", "12000"),
        ("5千", "5000"),
        ("1万2千", "12000"),
        ("1万2000", "12000"),
        ("100000万", "1000000000"),
        ("２０２３", "2023"),
        ("1,234.5", "1234.5"),
        ("1,234,567", "1234567"),
        ("零点零零零零零零零零零零零零零零一", "0.000000000000001"),
        ("一点五", "1.5"),
        ("两百点两", "200.2"),
        ("一点两", "1.2"),
        ("三点五", "3.5"),
        ("三点一四", "3.14"),
        ("点五", "0.5"),
        ("三点五亿", "350000000"),
        ("1.5万亿", "1500000000000"),
        ("917.20", "917.20"),
        ("0.5", "0.5"),
        ("３．５", "3.5"),
        // negatives
        ("负一百二十万", "-1200000"),
        ("負壹佰貳拾萬", "-1200000"),
        ("负三", "-3"),
        ("-3.5", "-3.5"),
        ("－3", "-3"),
        ("负零点五", "-0.5"),
        // shapes of the generated workload (benches/support/workload.rs)
        ("一万亿", "1000000000000"),
        ("两亿", "200000000"),
        ("两千零二十三", "2023"),
        ("十万", "100000"),
        ("一百一十万", "1100000"),
        ("一亿零一十万", "100100000"),
        ("一亿零一千", "100001000"),
        ("八十亿九千三百五十万零一百〇八", "8093500108"),
        ("六万三千〇七", "63007"),
        ("四十万五千零九亿六千零五十三万零六十二", "40500960530062"),
        (
            "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
            "9999999999999999",
        ),
        ("两万两千亿", "2200000000000"),
        ("一千零一十", "1010"),
        ("贰仟零贰拾叁", "2023"),
        ("壹万亿", "1000000000000"),
        ("叁亿贰仟贰佰柒拾万", "322700000"),
        ("伍仟貳佰玖拾捌萬", "52980000"),
        ("玖仟億", "900000000000"),
        ("陸拾", "60"),
        ("兩萬零五百", "20500"),
        ("七百四十八萬零四百七十六", "7480476"),
        ("九十四億零二十萬二千八百", "9400202800"),
        ("一九四九", "1949"),
        ("二〇〇七", "2007"),
        ("二○一七", "2017"),
        ("幺三五七", "1357"),
        ("零点五", "0.5"),
        ("零点零五", "0.05"),
        ("十九点三", "19.3"),
        ("六百六十八点一二", "668.12"),
        ("一百六十點五", "160.5"),
        ("零點二八億", "28000000"),
        ("三点五万", "35000"),
        ("负十五", "-15"),
        ("负三点一四", "-3.14"),
        ("−1.41", "-1.41"),
        ("-721155.0", "-721155.0"),
        ("負兩百", "-200"),
        ("负一万亿", "-1000000000000"),
        ("9878亿8665万", "987886650000"),
        ("613万7557", "6137557"),
        ("8.43万亿", "8430000000000"),
        ("3亿5000万", "350000000"),
        ("2.5萬", "25000"),
        ("0.8億", "80000000"),
        ("7千", "7000"),
        ("3百", "300"),
        ("１７６６２３９１．１", "17662391.1"),
        ("１２４０", "1240"),
        ("17,355,369,122", "17355369122"),
        ("24,111.10", "24111.10"),
        ("7,084,269.21", "7084269.21"),
        ("4,243", "4243"),
    ];

    #[test]
    fn values() {
        let mut failures = Vec::new();
        for (input, want) in VALUES {
            match parse(input) {
                Ok(n) if n.value == d(want) && n.upper.is_none() => {}
                other => failures.push(format!("{input}: want {want}, got {other:?}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn scale_is_kept_for_arabic() {
        assert_eq!(parse("917.20").unwrap().value.to_string(), "917.20");
        assert_eq!(parse("8.0%").unwrap().value.to_string(), "8.0");
        assert_eq!(
            parse("3502.38亿").unwrap().value.to_string(),
            "350238000000"
        );
    }

    #[test]
    fn forms() {
        use NumeralForm::*;
        let cases: &[(&str, &str, NumeralForm)] = &[
            ("59%", "59", Percent),
            ("５９％", "59", Percent),
            ("百分之五十九", "59", Percent),
            ("百分之12.3", "12.3", Percent),
            ("百分之一点五七", "1.57", Percent),
            ("负百分之点二八", "-0.28", Percent),
            ("-0.8%", "-0.8", Percent),
            ("千分之三", "3", Permille),
            ("3‰", "3", Permille),
            ("九成", "90", Percent),
            ("七成六", "76", Percent),
            ("三成半", "35", Percent),
            ("两成", "20", Percent),
            ("十成", "100", Percent),
            ("7成", "70", Percent),
            ("一千零五十", "1050", Integer),
            ("三点五", "3.5", Decimal),
            ("2.0", "2.0", Decimal),
            ("3502.38亿", "350238000000", Integer),
            ("百分之一百", "100", Percent),
            ("百分之零点五", "0.5", Percent),
            ("百分之6.6", "6.6", Percent),
            ("895%", "895", Percent),
            ("24.7％", "24.7", Percent),
            ("９５１．７％", "951.7", Percent),
            ("千分之二点五", "2.5", Permille),
            ("千分之九百九十九", "999", Permille),
            ("2.5‰", "2.5", Permille),
            ("0‰", "0", Permille),
            ("二〇二三", "2023", Integer),
            ("负三点五", "-3.5", Decimal),
        ];
        for (input, want, form) in cases {
            let n = parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(n.value, d(want), "{input}");
            assert_eq!(n.form, *form, "{input}");
        }
    }

    #[test]
    fn fractions() {
        // (input, whole, numerator, denominator, value prefix)
        let cases = [
            ("三分之二", None, "2", "3", "0.666666"),
            ("四分之一", None, "1", "4", "0.25"),
            ("五百分之2.2", None, "2.2", "500", "0.0044"),
            ("十分之一", None, "1", "10", "0.1"),
            ("一又十分之一", Some("1"), "1", "10", "1.1"),
            ("一又十分一", Some("1"), "1", "10", "1.1"),
            ("万分之五", None, "5", "10000", "0.0005"),
            ("负三分之一", None, "-1", "3", "-0.333"),
            ("六分之四", None, "4", "6", "0.666"),
            ("十二分之六", None, "6", "12", "0.5"),
            ("二又三分之一", Some("2"), "1", "3", "2.333"),
            ("一百分之七", None, "7", "100", "0.07"),
            ("万分之八十八", None, "88", "10000", "0.0088"),
            ("九百九十九分之一", None, "1", "999", "0.001"),
        ];
        for (input, whole, num, den, prefix) in cases {
            let n = parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                n.form,
                NumeralForm::Fraction {
                    whole: whole.map(d),
                    numerator: d(num),
                    denominator: d(den)
                },
                "{input}"
            );
            assert!(
                n.value.to_string().starts_with(prefix),
                "{input}: {}",
                n.value
            );
        }
        assert!(parse("零分之一").is_err());
    }

    #[test]
    fn ranges() {
        // (input, lower, upper, form)
        let cases = [
            ("百分之二三十", "20", "30", NumeralForm::Percent),
            ("两三", "2", "3", NumeralForm::Integer),
            ("一两", "1", "2", NumeralForm::Integer),
            ("二三十", "20", "30", NumeralForm::Integer),
            ("三四百万", "3000000", "4000000", NumeralForm::Integer),
        ];
        for (input, lo, hi, form) in cases {
            let n = parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                (n.value, n.upper, n.form),
                (d(lo), Some(d(hi)), form),
                "{input}"
            );
        }
        // without 两 and a unit, neighbouring digits are a digit string
        assert_eq!(parse("三四").unwrap().value, d("34"));
    }

    #[test]
    fn errors_name_the_character() {
        // (input, column, character named)
        let cases = [
            ("三千五百零二亿三千八百万x", 13, "'x'"),
            ("五千六千", 4, "'千'"),
            ("一二三百", 4, "'百'"),
            ("3五", 2, "'五'"),
            ("百分之", 4, "the end of the text"),
            ("三分之", 4, "the end of the text"),
            ("abc", 1, "'a'"),
            ("十四五规划", 3, "'五'"),
            ("一万五万", 4, "'万'"),
            ("三千五百零二亿三千八百万元", 13, "'元'"),
            ("59%%", 4, "'%'"),
            ("1,234.5.6", 8, "'.'"),
            ("三点", 2, "'点'"),
            ("负", 2, "the end of the text"),
            ("二零二三年", 5, "'年'"),
            ("百分之五十九点", 7, "'点'"),
            ("三分之二x", 5, "'x'"),
            ("1.2万元", 5, "'元'"),
            ("五十五十", 4, "'十'"),
        ];
        for (input, column, named) in cases {
            let e = parse(input).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Syntax, "{input}");
            assert_eq!(e.column(), column, "{input}: {e}");
            assert!(e.to_string().contains(named), "{input}: {e}");
        }
        assert_eq!(parse("  ").unwrap_err().kind(), ErrorKind::Empty);
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        let cases = [
            "79228162514264337593543950336".to_string(),
            "一万亿亿亿亿".to_string(),
            "八万亿亿亿".to_string(),
            format!("0.{}1", "0".repeat(28)),
            "九".repeat(40),
            "1".repeat(1_000_000),
            "一".repeat(1_000_000),
            format!("1{}", "万".repeat(1_000_000)),
            "4".repeat(40),
            "一二三四五六七八九〇".repeat(4),
            "九千亿亿亿亿".to_string(),
            format!("百分之{}", "9".repeat(40)),
            format!("负{}", "8".repeat(40)),
        ];
        for input in &cases {
            let e = parse(input).unwrap_err();
            assert_eq!(
                e.kind(),
                ErrorKind::Overflow,
                "{}",
                input.chars().take(20).collect::<String>()
            );
        }
        assert_eq!(
            parse("79228162514264337593543950335").unwrap().value,
            Decimal::MAX
        );
    }

    #[test]
    fn span_and_text() {
        let n = parse("  三点五 ").unwrap();
        assert_eq!(n.text, "三点五");
        assert_eq!(n.span, Span::new(2, 11));
    }

    fn decimal() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            any::<i64>().prop_map(Decimal::from),
            (any::<i128>(), 0u32..=28).prop_map(|(m, s)| {
                let m = m % (grammar::MAX_MANTISSA + 1);
                Decimal::from_i128_with_scale(m, s)
            }),
            (0u64..100_000_000, 0u32..=8).prop_map(|(m, s)| Decimal::new(m as i64, s)),
        ]
    }

    proptest! {
        #[test]
        fn format_then_parse_round_trips(n in decimal()) {
            for style in Style::ALL {
                let s = format(&n, style);
                let back = parse(&s).map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
                prop_assert_eq!(back.value, n, "{}", s);
            }
        }

        #[test]
        fn parse_never_panics(s in "[零〇一二两三四五六七八九十百千万亿点负分之又成%0-9.,]{0,24}") {
            let _ = parse(&s);
        }
    }
}
