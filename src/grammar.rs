//! The nom result alias, the private grammar error, and the helpers every
//! grammar shares (either-width punctuation, spaces, folded keywords).
//!
//! nom's error types never leave the crate: [`finish`] turns a
//! [`GrammarError`] into the public [`Error`] at each module's boundary.

use nom::error::{ErrorKind as NomKind, ParseError};
use nom::{IResult, Parser};

use crate::error::Error;
use crate::span::offset_in;
use crate::text::{self, fold, is_space, match_folded};

/// What a grammar rule expected where it failed; the input is the rest of
/// the text at the point of failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GrammarError<'a> {
    pub input: &'a str,
    pub expected: &'static str,
}

impl<'a> ParseError<&'a str> for GrammarError<'a> {
    fn from_error_kind(input: &'a str, kind: NomKind) -> Self {
        GrammarError {
            input,
            expected: match kind {
                NomKind::Eof => "the end of the text",
                NomKind::Digit => "a digit",
                NomKind::Space | NomKind::MultiSpace => "a space",
                _ => "more text",
            },
        }
    }

    fn append(_input: &'a str, _kind: NomKind, other: Self) -> Self {
        other
    }

    fn or(self, other: Self) -> Self {
        // keep the alternative that got further
        if other.input.len() < self.input.len() {
            other
        } else {
            self
        }
    }
}

/// The result of a grammar rule.
pub(crate) type PResult<'a, O> = IResult<&'a str, O, GrammarError<'a>>;

/// A failure of `expected` at `input`.
pub(crate) fn fail<'a, O>(input: &'a str, expected: &'static str) -> PResult<'a, O> {
    Err(nom::Err::Error(GrammarError { input, expected }))
}

/// Runs `parser` over all of `input` (after trimming spaces at both ends)
/// and converts a failure to the public [`Error`], naming `what` was being
/// parsed when nothing more precise is known.
pub(crate) fn finish<'a, O, P>(
    input: &'a str,
    what: &'static str,
    mut parser: P,
) -> Result<O, Error>
where
    P: Parser<&'a str, Output = O, Error = GrammarError<'a>>,
{
    let trimmed = text::trim(input);
    if trimmed.is_empty() {
        return Err(Error::new(
            crate::ErrorKind::Empty,
            input,
            crate::Span::new(0, input.len()),
            format!("expected {what}, but the text is empty"),
        ));
    }
    match parser.parse(trimmed) {
        Ok((rest, out)) => {
            if text::trim(rest).is_empty() {
                Ok(out)
            } else {
                Err(Error::expected(
                    input,
                    offset_in(input, rest),
                    "the end of the text",
                ))
            }
        }
        Err(nom::Err::Error(e)) | Err(nom::Err::Failure(e)) => Err(Error::expected(
            input,
            offset_in(input, e.input),
            e.expected,
        )),
        Err(nom::Err::Incomplete(_)) => Err(Error::expected(input, input.len(), what)),
    }
}

/// Zero or more spaces inside a line (ASCII, U+3000, NBSP, invisible).
pub(crate) fn sp0(input: &str) -> PResult<'_, &str> {
    let end = input
        .char_indices()
        .find(|(_, c)| !is_space(*c))
        .map(|(i, _)| i)
        .unwrap_or(input.len());
    Ok(split(input, end))
}

/// One or more spaces inside a line.
#[cfg(test)]
pub(crate) fn sp1(input: &str) -> PResult<'_, &str> {
    match sp0(input)? {
        (_, "") => fail(input, "a space"),
        ok => Ok(ok),
    }
}

/// A colon of either width, with spaces around it.
pub(crate) fn colon(input: &str) -> PResult<'_, &str> {
    let (rest, _) = sp0(input)?;
    match rest.chars().next() {
        Some(c) if text::is_colon(c) => {
            let (rest, _) = sp0(rest.get(c.len_utf8()..).unwrap_or(""))?;
            Ok((rest, input.get(..offset_in(input, rest)).unwrap_or("")))
        }
        _ => fail(input, "a colon"),
    }
}

/// One character for which `pred` holds on its folded form.
pub(crate) fn folded_char<'a>(
    expected: &'static str,
    pred: impl Fn(char) -> bool,
) -> impl FnMut(&'a str) -> PResult<'a, char> {
    move |input: &'a str| match input.chars().next() {
        Some(c) if pred(fold(c)) => Ok((input.get(c.len_utf8()..).unwrap_or(""), c)),
        _ => fail(input, expected),
    }
}

/// An opening round bracket of either width.
pub(crate) fn lparen(input: &str) -> PResult<'_, char> {
    folded_char("'（'", |c| c == '(')(input)
}

/// A closing round bracket of either width.
pub(crate) fn rparen(input: &str) -> PResult<'_, char> {
    folded_char("'）'", |c| c == ')')(input)
}

/// A keyword, compared through [`text::Folded`]: either width, traditional
/// forms, invisible characters and injected pinyin all match. Returns the
/// text as written.
pub(crate) fn kw<'a>(word: &'static str) -> impl FnMut(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| match match_folded(input, word) {
        Some(len) => Ok(split(input, len)),
        None => fail(input, word),
    }
}

/// The longest of several keywords that matches at the start of the input.
pub(crate) fn any_kw<'a>(
    expected: &'static str,
    words: &'static [&'static str],
) -> impl FnMut(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| {
        let best = text::matches(input, words).map(|(_, len)| len).max();
        match best {
            Some(len) => Ok(split(input, len)),
            None => fail(input, expected),
        }
    }
}

/// One or more decimal digits of either width; returns them as written.
pub(crate) fn digits(input: &str) -> PResult<'_, &str> {
    let end = input
        .char_indices()
        .find(|(_, c)| !text::is_digit(*c))
        .map(|(i, _)| i)
        .unwrap_or(input.len());
    if end == 0 {
        return fail(input, "a digit");
    }
    Ok(split(input, end))
}

/// Value of a run of digits of either width, or `None` if it does not fit.
pub(crate) fn digits_value(s: &str) -> Option<u64> {
    s.chars().try_fold(0u64, |acc, c| {
        acc.checked_mul(10)?
            .checked_add(u64::from(text::digit_value(c)?))
    })
}

/// Splits `input` at byte `at` into `(rest, taken)`, nom's order.
pub(crate) fn split(input: &str, at: usize) -> (&str, &str) {
    match (input.get(at..), input.get(..at)) {
        (Some(rest), Some(taken)) => (rest, taken),
        _ => (input, ""),
    }
}

/// Value of a small Chinese numeral digit: 〇零一二两三四五六七八九 (and
/// traditional/financial forms through [`fold`]).
pub(crate) fn cn_digit(c: char) -> Option<u32> {
    Some(match fold(c) {
        '〇' | '零' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` may be part of a Chinese numeral: a digit of [`cn_digit`],
/// a zero (〇 ○ ◯ 零), 两, or a tens character (十 拾 廿 卅).
pub(crate) fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some()
        || matches!(
            c,
            '〇' | '○' | '◯' | '零' | '十' | '拾' | '廿' | '卅' | '两' | '兩'
        )
}

/// cn_small = [digit] "十" [digit] | digit — a Chinese numeral from 0 to 99
/// as used for ordinals, terms and sessions (`一`, `十`, `十四`, `二十三`).
pub(crate) fn cn_small(input: &str) -> PResult<'_, u32> {
    let mut chars = input.char_indices().peekable();
    let mut tens: Option<u32> = None;
    let mut value: Option<u32> = None;
    let mut end = 0;
    if let Some(&(_, c)) = chars.peek() {
        if let Some(d) = cn_digit(c) {
            value = Some(d);
            end = c.len_utf8();
            chars.next();
        }
    }
    if let Some(&(i, c)) = chars.peek() {
        if matches!(fold(c), '十' | '拾') {
            tens = Some(value.unwrap_or(1).max(1));
            if value == Some(0) {
                return fail(input, "a Chinese numeral");
            }
            end = i + c.len_utf8();
            chars.next();
            value = None;
            if let Some(&(j, c)) = chars.peek() {
                if let Some(d) = cn_digit(c).filter(|d| *d > 0) {
                    value = Some(d);
                    end = j + c.len_utf8();
                }
            }
        }
    }
    match (tens, value) {
        (None, None) => fail(input, "a Chinese numeral"),
        (None, Some(v)) => Ok(split(input, end)).map(|(r, _)| (r, v)),
        (Some(t), v) => Ok(split(input, end)).map(|(r, _)| (r, t * 10 + v.unwrap_or(0))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_matches_traditional_and_pinyin() {
        let cases = [
            ("會議上", Ok(("上", "會議"))),
            ("会(huì)议上", Ok(("上", "会(huì)议"))),
            ("会上", Err("会议")),
        ];
        for (input, want) in cases {
            let got = kw("会议")(input).map_err(|e| match e {
                nom::Err::Error(e) => e.expected,
                _ => "?",
            });
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn colon_and_spaces() {
        assert_eq!(colon(" ： 陆颖"), Ok(("陆颖", " ： ")));
        assert_eq!(colon(":x"), Ok(("x", ":")));
        assert!(colon("x").is_err());
        assert_eq!(sp1("\u{3000}a"), Ok(("a", "\u{3000}")));
        assert!(sp1("a").is_err());
    }

    #[test]
    fn digits_both_widths() {
        assert_eq!(digits("２０23年"), Ok(("年", "２０23")));
        assert_eq!(digits_value("２０23"), Some(2023));
        assert_eq!(digits_value("99999999999999999999999"), None);
        assert!(digits("年").is_err());
    }

    #[test]
    fn longest_keyword_wins() {
        let mut p = any_kw("a form", &["答复", "答复函", "复函"]);
        assert_eq!(p("答复函。"), Ok(("。", "答复函")));
        assert_eq!(p("复函"), Ok(("", "复函")));
    }

    #[test]
    fn small_chinese_numerals() {
        let cases = [
            ("一、", Some(("、", 1))),
            ("十", Some(("", 10))),
            ("十四届", Some(("届", 14))),
            ("二十三次", Some(("次", 23))),
            ("九十九", Some(("", 99))),
            ("两", Some(("", 2))),
            ("〇", Some(("", 0))),
            ("零十", None),
            ("届", None),
        ];
        for (input, want) in cases {
            assert_eq!(cn_small(input).ok(), want, "{input}");
        }
    }

    #[test]
    fn finish_reports_position() {
        let err = finish("第12x", "a number", (kw("第"), digits)).unwrap_err();
        assert_eq!(err.column(), 4);
        assert!(err
            .to_string()
            .contains("expected the end of the text, but found 'x'"));
        let empty = finish(" ", "a number", digits).unwrap_err();
        assert_eq!(empty.kind(), crate::ErrorKind::Empty);
    }
}
