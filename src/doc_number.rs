//! Document numbers (发文字号): `杭钱发改函〔2023〕45号`, and the `签发人：`
//! field that often stands beside them.
//!
//! GB/T 9704-2012 writes the office code (机关代字), the full year in `〔〕`
//! and the serial number without padding and without `第`. Replies are
//! often written otherwise (`潼民发【2024】275号`, `X市财发〔1992〕字第36号`,
//! `(20)湛仲字第2号`); such numbers parse, with a style warning.

use std::borrow::Cow;

use nom::combinator::opt;
use nom::Parser;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::error::{Error, ErrorKind};
use crate::grammar::{digits, digits_value, fail, finish, kw, sp0, split, PResult};
use crate::model::DocNumber;
use crate::span::{offset_in, span_in, Span};
use crate::text::{self, fold, is_colon, is_han, is_list_sep, is_space};

/// Parses a whole document number.
///
/// ```
/// let n = govreply::doc_number::parse("杭钱发改函〔2023〕45号")?;
/// assert_eq!(n.prefix, "杭钱发改函");
/// assert_eq!((n.year, n.serial), (Some(2023), Some(45)));
/// let n = govreply::doc_number::parse("潼民发【2024】275号")?;
/// assert_eq!(n.year, Some(2024));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<DocNumber<'_>, Error> {
    parse_with_warnings(text).map(|(n, _)| n)
}

/// Parses a whole document number and also says where it is written
/// against GB/T 9704-2012 (brackets other than `〔〕`, `字`/`第`, a padded
/// serial, a two-digit year).
///
/// ```
/// let (n, warnings) = govreply::doc_number::parse_with_warnings("X市财发〔1992〕字第36号")?;
/// assert_eq!((n.year, n.serial), (Some(1992), Some(36)));
/// assert!(warnings[0].message.contains("字/第 not allowed"));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_with_warnings(text: &str) -> Result<(DocNumber<'_>, Vec<Diagnostic<'_>>), Error> {
    let raw = finish(text, "a document number", doc_number)?;
    build(text, raw, 0).ok_or_else(|| {
        Error::new(
            ErrorKind::Overflow,
            text,
            Span::new(0, text.len()),
            "the serial number of the document number is too large",
        )
    })
}

/// The parts of a document number as found, before checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDocNumber<'a> {
    whole: &'a str,
    prefix: &'a str,
    open: &'a str,
    year: &'a str,
    close: &'a str,
    zi_di: Option<&'a str>,
    serial: &'a str,
}

/// `doc_number = prefix year_bracket [字] [第] serial "号"
///             | year_bracket prefix [第] serial "号"`
///
/// Example: `湘交建议复〔2017〕98号`; the second form: `(20)湛仲字第2号`.
pub(crate) fn doc_number(input: &str) -> PResult<'_, RawDocNumber<'_>> {
    match office_first(input) {
        Ok(ok) => Ok(ok),
        Err(nom::Err::Error(e1)) => match year_first(input) {
            Ok(ok) => Ok(ok),
            Err(nom::Err::Error(e2)) => Err(nom::Err::Error(if e2.input.len() < e1.input.len() {
                e2
            } else {
                e1
            })),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    }
}

fn office_first(input: &str) -> PResult<'_, RawDocNumber<'_>> {
    let (rest, prefix) = office_code(input)?;
    let (rest, bracket) = year_bracket(rest)?;
    tail(input, rest, prefix, bracket)
}

fn year_first(input: &str) -> PResult<'_, RawDocNumber<'_>> {
    let (rest, bracket) = year_bracket(input)?;
    let (rest, prefix) = office_code(rest)?;
    tail(input, rest, prefix, bracket)
}

/// The part both orders share: `[字][第] serial 号`, and the whole match.
fn tail<'a>(
    input: &'a str,
    rest: &'a str,
    prefix: &'a str,
    (open, year, close): (&'a str, &'a str, &'a str),
) -> PResult<'a, RawDocNumber<'a>> {
    let (rest, zi_di) = zi_di(rest)?;
    let (rest, serial) = serial(rest)?;
    let whole = input.get(..offset_in(input, rest)).unwrap_or("");
    Ok((
        rest,
        RawDocNumber {
            whole,
            prefix,
            open,
            year,
            close,
            zi_di,
            serial,
        },
    ))
}

/// Characters of an office code: Chinese characters and Latin letters
/// (`X市财发`), but not `第` (which starts the serial).
fn is_code_char(c: char) -> bool {
    let f = fold(c);
    (is_han(c) && f != '第' && f != '〇') || f.is_ascii_alphabetic() || c == '×'
}

/// `office_code = (han | latin)+`, at most 16 characters.
///
/// Example: `杭钱发改函`.
fn office_code(input: &str) -> PResult<'_, &str> {
    let mut end = 0;
    let mut n = 0;
    for (i, c) in input.char_indices() {
        if !is_code_char(c) {
            break;
        }
        end = i + c.len_utf8();
        n += 1;
    }
    if n == 0 || n > 16 {
        return fail(input, "the issuing office's code");
    }
    // a code that ends in 字 followed by 第 keeps 字 (湛仲字第2号)
    Ok(split(input, end))
}

/// `year_bracket = open digit{4} close | open digit{2} close`, where the
/// brackets are `〔〕` or, against the standard, `[] () （） 【】 ［］ 〖〗`.
///
/// Example: `〔2023〕`.
fn year_bracket(input: &str) -> PResult<'_, (&str, &str, &str)> {
    let open = match input.chars().next() {
        Some(c) if matches!(fold(c), '[' | '(') => c,
        _ => return fail(input, "'〔'"),
    };
    let (rest, open_s) = split(input, open.len_utf8());
    let (rest, _) = sp0(rest)?;
    let (rest, year) = digits(rest).or_else(|_| fail(rest, "a year"))?;
    let n = year.chars().count();
    if n != 4 && n != 2 {
        return fail(rest, "a year of four digits");
    }
    let (rest, _) = sp0(rest)?;
    let close = match rest.chars().next() {
        Some(c) if matches!(fold(c), ']' | ')') => c,
        _ => return fail(rest, "'〕'"),
    };
    let (rest, close_s) = split(rest, close.len_utf8());
    Ok((rest, (open_s, year, close_s)))
}

/// `zi_di = ["字"] ["第"]` after the year (not allowed by GB/T 9704).
fn zi_di(input: &str) -> PResult<'_, Option<&str>> {
    let (start, _) = sp0(input)?;
    let (rest, zi) = opt(kw("字")).parse(start)?;
    let (rest, di) = opt(kw("第")).parse(rest)?;
    if zi.is_none() && di.is_none() {
        return Ok((input, None));
    }
    let taken = start.get(..offset_in(start, rest));
    let (rest, _) = sp0(rest)?;
    Ok((rest, taken))
}

/// `serial = digit+ "号"`.
///
/// Example: `45号`.
fn serial(input: &str) -> PResult<'_, &str> {
    let (input, _) = sp0(input)?;
    let (rest, n) = digits(input).or_else(|_| fail(input, "the serial number"))?;
    let (rest, _) = sp0(rest)?;
    let (rest, _) = kw("号")(rest).or_else(|_| fail(rest, "'号'"))?;
    Ok((rest, n))
}

/// The number, its warnings, placed `base` bytes into the caller's text.
/// `None` when the serial does not fit.
fn build<'a>(
    input: &'a str,
    raw: RawDocNumber<'a>,
    base: usize,
) -> Option<(DocNumber<'a>, Vec<Diagnostic<'a>>)> {
    let at = |part: &str| span_in(input, part).shift(base);
    let serial = u32::try_from(digits_value(raw.serial)?).ok()?;
    let year_value = digits_value(raw.year).and_then(|y| i32::try_from(y).ok());
    let two_digit = raw.year.chars().count() == 2;
    let year = year_value.map(|y| match (two_digit, y) {
        (true, y) if y < 70 => 2000 + y,
        (true, y) => 1900 + y,
        (false, y) => y,
    });
    let mut warnings = Vec::new();
    let mut warn = |message: &'static str, part: &'a str| {
        warnings.push(Diagnostic {
            kind: DiagnosticKind::DocNumberStyle,
            severity: Severity::Warning,
            message: Cow::Borrowed(message),
            text: Cow::Borrowed(part),
            span: at(part),
        });
    };
    if !(raw.open.starts_with('〔') && raw.close.starts_with('〕')) {
        warn(
            "the year of a document number is written in 〔〕 (GB/T 9704-2012 7.2.4)",
            raw.open,
        );
    }
    if two_digit {
        warn(
            "the year of a document number is written in full, with four digits",
            raw.year,
        );
    }
    if let Some(zd) = raw.zi_di {
        warn("字/第 not allowed in a document number", zd);
    }
    if raw.serial.len() > 1 && raw.serial.chars().next().and_then(text::digit_value) == Some(0) {
        warn(
            "the serial number of a document number is not padded with zeros",
            raw.serial,
        );
    }
    let number = DocNumber {
        text: Cow::Borrowed(raw.whole),
        prefix: Cow::Borrowed(raw.prefix),
        year,
        serial: Some(serial),
        span: at(raw.whole),
    };
    Some((number, warnings))
}

/// The first document number inside a line that may also hold
/// `签发人：赵洪利`, a category mark (`湘交建议复〔2017〕98号    A类`) or a
/// label (`文号：…`), with its style warnings.
pub(crate) fn doc_number_at(
    line: &str,
    base: usize,
) -> Option<(DocNumber<'_>, Vec<Diagnostic<'_>>)> {
    for (i, c) in line.char_indices() {
        if !matches!(fold(c), '[' | '(') {
            continue;
        }
        let Some(after) = line.get(i..) else {
            continue;
        };
        if year_bracket(after).is_err() {
            continue;
        }
        // the office code runs back from the bracket
        let before = line.get(..i).unwrap_or("");
        let mut start = i;
        let mut n = 0;
        for (j, b) in before.char_indices().rev() {
            if !is_code_char(b) {
                break;
            }
            start = j;
            n += 1;
            if n > 16 {
                break;
            }
        }
        let candidates = [start, i];
        for from in candidates {
            if n > 16 && from == start {
                continue;
            }
            let Some(rest) = line.get(from..) else {
                continue;
            };
            let parsed = if from == i {
                year_first(rest)
            } else {
                office_first(rest)
            };
            if let Ok((_, raw)) = parsed {
                if let Some(found) = build(line, raw, base) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// The names in a `签发人：赵洪利` field anywhere on a line (several names
/// separated by `、`, `，` or spaces), as written from the first name to the
/// last, with their span.
#[allow(dead_code)] // an entry point for the document pass
pub(crate) fn signer_at(line: &str, base: usize) -> Option<(&str, Span)> {
    let (at, len) = text::find_folded(line, "签发人")?;
    let mut rest = line.get(at + len..)?;
    // colon, spaces
    rest = rest.trim_start_matches(is_space);
    if let Some(c) = rest.chars().next() {
        if is_colon(c) {
            rest = rest.get(c.len_utf8()..)?;
        }
    }
    rest = rest.trim_start_matches(is_space);
    let first = offset_in(line, rest);
    let mut end = first;
    let mut pos = rest;
    loop {
        let name_len = pos
            .char_indices()
            .find(|(_, c)| !(is_han(*c) || matches!(*c, '·' | '•' | '・')))
            .map(|(i, _)| i)
            .unwrap_or(pos.len());
        let name = pos.get(..name_len).unwrap_or("");
        let count = name.chars().count();
        let max = if name.contains(['·', '•', '・']) {
            16
        } else {
            6
        };
        if !(2..=max).contains(&count) {
            break;
        }
        end = offset_in(line, pos) + name_len;
        let after = pos.get(name_len..).unwrap_or("");
        // separators: 、 ， or up to two spaces before the next name
        let sep_len = after
            .char_indices()
            .find(|(_, c)| !(is_list_sep(*c) || is_space(*c)))
            .map(|(i, _)| i)
            .unwrap_or(after.len());
        let sep = after.get(..sep_len).unwrap_or("");
        if sep.is_empty() || sep.chars().count() > 2 || sep_len == after.len() {
            break;
        }
        let next = after.get(sep_len..).unwrap_or("");
        // the next token must itself be a bare name (not a document number)
        let next_len = next
            .char_indices()
            .find(|(_, c)| !(is_han(*c) || matches!(*c, '·' | '•' | '・')))
            .map(|(i, _)| i)
            .unwrap_or(next.len());
        let following = next.get(next_len..).and_then(|s| s.chars().next());
        if following.is_some_and(|c| !(is_space(c) || is_list_sep(c))) {
            break;
        }
        pos = next;
    }
    if end == first {
        return None;
    }
    let names = line.get(first..end)?;
    Some((names, Span::new(base + first, base + end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let cases: &[(&str, &str, Option<i32>, u32, usize)] = &[
            ("杭钱发改函〔2023〕45号", "杭钱发改函", Some(2023), 45, 0),
            ("延医保函〔2024〕212号", "延医保函", Some(2024), 212, 0),
            ("长房议字〔2025〕11号", "长房议字", Some(2025), 11, 0),
            ("湘交建议复〔2017〕98号", "湘交建议复", Some(2017), 98, 0),
            ("浙交建〔2018〕101号", "浙交建", Some(2018), 101, 0),
            ("子交函〔2023〕34号", "子交函", Some(2023), 34, 0),
            ("高卫体发〔2023〕148号", "高卫体发", Some(2023), 148, 0),
            ("潼民发【2024】275号", "潼民发", Some(2024), 275, 1),
            ("云水函[2023]7号", "云水函", Some(2023), 7, 1),
            ("云水函（2023）7号", "云水函", Some(2023), 7, 1),
            ("云水函(2023)7号", "云水函", Some(2023), 7, 1),
            ("云水函［2023］7号", "云水函", Some(2023), 7, 1),
            ("云水函〔２０２３〕７号", "云水函", Some(2023), 7, 0),
            ("云水函〔 2023 〕 7 号", "云水函", Some(2023), 7, 0),
            ("X市财发〔1992〕字第36号", "X市财发", Some(1992), 36, 1),
            ("X市财发〔1992〕第36号", "X市财发", Some(1992), 36, 1),
            ("京政办函〔2021〕07号", "京政办函", Some(2021), 7, 1),
            ("(20)湛仲字第2号", "湛仲字", Some(2020), 2, 3),
            ("（98）甬仲字第12号", "甬仲字", Some(1998), 12, 3),
            ("雲水函〔2023〕7號", "雲水函", Some(2023), 7, 0),
        ];
        let mut failures = Vec::new();
        for &(input, prefix, year, serial, warnings) in cases {
            match parse_with_warnings(input) {
                Ok((n, w))
                    if n.prefix == prefix
                        && n.year == year
                        && n.serial == Some(serial)
                        && n.text == input.trim()
                        && w.len() == warnings => {}
                other => failures.push(format!("{input:?}: {other:?}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn warnings_say_what_and_where() {
        let input = "X市财发〔1992〕字第36号";
        let (_, w) = parse_with_warnings(input).unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].message, "字/第 not allowed in a document number");
        assert_eq!(w[0].text, "字第");
        assert_eq!(w[0].span.slice(input), Some("字第"));
        assert_eq!(w[0].severity, Severity::Warning);
        let (_, w) = parse_with_warnings("潼民发【2024】275号").unwrap();
        assert!(w[0].message.contains("〔〕"));
        assert_eq!(w[0].text, "【");
    }

    #[test]
    fn errors() {
        let cases = [
            (
                "杭钱发改函〔2023〕45",
                "expected '号', but found the end of the text",
            ),
            (
                "杭钱发改函〔2023〕号",
                "expected the serial number, but found '号'",
            ),
            ("杭钱发改函〔202〕45号", "found '〕'"),
            ("杭钱发改函2023年45号", "expected '〔', but found '2'"),
            ("杭钱发改函〔2023〕45号x", "found 'x'"),
            ("〔2023〕45号", "found '4'"),
            ("杭钱发改函〔2023〕99999999999号", "too large"),
        ];
        for (input, want) in cases {
            let err = parse(input).unwrap_err();
            assert!(err.to_string().contains(want), "{input:?}: {err}");
        }
    }

    #[test]
    fn inside_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "长房议字〔2025〕11号 签发人:赵洪利",
                Some("长房议字〔2025〕11号"),
            ),
            (
                "签发人：赵洪利  长房议字〔2025〕11号",
                Some("长房议字〔2025〕11号"),
            ),
            (
                "湘交建议复〔2017〕98号    A类",
                Some("湘交建议复〔2017〕98号"),
            ),
            (
                "  湘交建议复〔2017〕98号    A类 ",
                Some("湘交建议复〔2017〕98号"),
            ),
            (
                "文号：杭钱发改函〔2023〕45号",
                Some("杭钱发改函〔2023〕45号"),
            ),
            ("[浙交建〔2018〕101号]", Some("浙交建〔2018〕101号")),
            ("（20）湛仲字第2号", Some("（20）湛仲字第2号")),
            ("2023年6月1日", None),
            ("根据(2023)年", None),
            ("", None),
        ];
        for &(line, want) in cases {
            let got = doc_number_at(line, 5).map(|(n, _)| {
                assert_eq!(
                    n.span.shift(0).start - 5,
                    line.find(n.text.as_ref()).unwrap()
                );
                n.text.into_owned()
            });
            assert_eq!(got.as_deref(), want, "{line:?}");
        }
    }

    #[test]
    fn signers() {
        let cases: &[(&str, Option<&str>)] = &[
            ("签发人:赵洪利", Some("赵洪利")),
            ("签发人：杨宏亮", Some("杨宏亮")),
            ("长房议字〔2025〕11号 签发人:赵洪利", Some("赵洪利")),
            ("签发人：王伟、李强", Some("王伟、李强")),
            ("签发人：王伟 李强", Some("王伟 李强")),
            ("签发人：王伟  长房议字〔2025〕11号", Some("王伟")),
            ("签 发 人：王伟", None),
            ("签发人：阿依古丽·买买提", Some("阿依古丽·买买提")),
            ("签发人：", None),
            ("签發人：趙洪利", Some("趙洪利")),
        ];
        for &(line, want) in cases {
            let got = signer_at(line, 3);
            if let Some((names, span)) = got {
                assert_eq!(span.start - 3, line.find(names).unwrap(), "{line:?}");
            }
            assert_eq!(got.map(|(n, _)| n), want, "{line:?}");
        }
    }
}
