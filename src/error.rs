//! The one public error type.

use std::borrow::Cow;
use std::fmt;

use crate::span::{LineIndex, Span};

/// What went wrong, in broad classes a caller can match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes are not valid UTF-8.
    InvalidUtf8,
    /// The bytes are invalid in the encoding they were decoded with
    /// (GB18030, UTF-16; the `encoding` feature, strict mode).
    InvalidEncoding,
    /// The text does not follow the grammar of the piece being parsed.
    Syntax,
    /// A number is larger (or has more decimal places) than the exact
    /// decimal type can hold.
    Overflow,
    /// A date names a day, month or time that does not exist.
    InvalidDate,
    /// Strict mode: the document has a part that could not be recognised
    /// (the first diagnostic of a lenient parse).
    Unrecognised,
    /// The text is empty or blank.
    Empty,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::InvalidUtf8 => "invalid UTF-8",
            ErrorKind::InvalidEncoding => "invalid byte sequence",
            ErrorKind::Syntax => "syntax error",
            ErrorKind::Overflow => "number out of range",
            ErrorKind::InvalidDate => "invalid date",
            ErrorKind::Unrecognised => "unrecognised text",
            ErrorKind::Empty => "empty input",
        })
    }
}

/// An error from any of govreply's parsers.
///
/// It says what was expected, where (byte span, line and column counted in
/// characters) and quotes the offending text; its `Display` reads like a
/// sentence:
///
/// ```
/// let err = govreply::numeral::parse("三千五百零二亿三千八百万x").unwrap_err();
/// assert_eq!(err.kind(), govreply::ErrorKind::Syntax);
/// assert_eq!(err.line(), 1);
/// assert_eq!(err.column(), 13);
/// assert!(err.to_string().contains("'x'"));
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.inner)]
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Inner {
    kind: ErrorKind,
    span: Span,
    line: usize,
    column: usize,
    message: Cow<'static, str>,
    quoted: String,
}

impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )?;
        if !self.quoted.is_empty() {
            write!(f, " in \"{}\"", self.quoted)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("span", &self.inner.span)
            .field("line", &self.inner.line)
            .field("column", &self.inner.column)
            .field("message", &self.inner.message)
            .field("quoted", &self.inner.quoted)
            .finish()
    }
}

/// How many characters of context an error quotes at most.
const QUOTE_CHARS: usize = 48;

impl Error {
    /// An error of `kind` over `span` of `input`, with a message that
    /// completes the sentence "… at line L, column C in "TEXT"".
    pub(crate) fn new(
        kind: ErrorKind,
        input: &str,
        span: Span,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        let index = LineIndex::new(input);
        let (line, column) = index.line_col(input, span.start);
        Error {
            inner: Box::new(Inner {
                kind,
                span,
                line,
                column,
                message: message.into(),
                quoted: quote_line(input, span.start),
            }),
        }
    }

    /// "expected EXPECTED, but found 'c'" (or "the end of the text") at byte
    /// `offset` of `input`.
    pub(crate) fn expected(input: &str, offset: usize, expected: &str) -> Self {
        let found = input.get(offset..).and_then(|rest| rest.chars().next());
        let (message, span) = match found {
            Some(c) => (
                format!("expected {expected}, but found {}", describe_char(c)),
                Span::new(offset, offset + c.len_utf8()),
            ),
            None => (
                format!("expected {expected}, but found the end of the text"),
                Span::new(offset, offset),
            ),
        };
        Error::new(ErrorKind::Syntax, input, span, message)
    }

    /// Invalid UTF-8 at byte `offset` of `bytes`.
    pub(crate) fn utf8(bytes: &[u8], offset: usize) -> Self {
        let bad = bytes.get(offset).copied().unwrap_or(0);
        // the bytes before `offset` are valid: count lines as `LineIndex`
        // does everywhere else (`\n`, `\r\n` or a lone `\r`)
        let valid = bytes
            .get(..offset)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        let (line, column) = crate::span::LineIndex::new(valid).line_col(valid, valid.len());
        let line_start = valid.rfind(['\n', '\r']).map_or(0, |p| p + 1);
        // the line as text, the bad bytes shown as U+FFFD: the bytes before
        // `offset` are valid, so `offset` keeps its place in it
        let line_end = bytes
            .get(offset..)
            .and_then(|b| b.iter().position(|&c| c == b'\n' || c == b'\r'))
            .map_or(bytes.len(), |p| offset + p);
        let text = bytes
            .get(line_start..line_end)
            .map(String::from_utf8_lossy)
            .unwrap_or_default();
        Error {
            inner: Box::new(Inner {
                kind: ErrorKind::InvalidUtf8,
                span: Span::new(offset, offset + 1),
                line,
                column,
                message: format!("expected UTF-8 text, but found the byte 0x{bad:02X}").into(),
                quoted: quote_line(&text, offset.saturating_sub(line_start)),
            }),
        }
    }

    /// The class of error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// Byte span of the offending text in the input that was parsed.
    pub fn span(&self) -> Span {
        self.inner.span
    }

    /// 1-based line of the error.
    pub fn line(&self) -> usize {
        self.inner.line
    }

    /// 1-based column of the error, counted in characters.
    pub fn column(&self) -> usize {
        self.inner.column
    }

    /// What went wrong, without the position: "expected …, but found …".
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// The line of input the error is on, shortened to at most 48 characters
    /// around the error.
    pub fn quoted(&self) -> &str {
        &self.inner.quoted
    }
}

/// A readable name for a character in a message: `'x'`, or a name for
/// invisible ones.
pub(crate) fn describe_char(c: char) -> String {
    match c {
        '\n' | '\r' => "a line break".to_string(),
        '\t' => "a tab".to_string(),
        ' ' => "a space".to_string(),
        '\u{3000}' => "an ideographic space (U+3000)".to_string(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

/// The line around `offset`, at most `QUOTE_CHARS` characters, centred on
/// the offset when the line is longer.
fn quote_line(input: &str, offset: usize) -> String {
    let offset = offset.min(input.len());
    let mut start = input
        .get(..offset)
        .and_then(|s| s.rfind(['\n', '\r']).map(|p| p + 1))
        .unwrap_or(0);
    let end = input
        .get(offset..)
        .and_then(|s| s.find(['\n', '\r']).map(|p| p + offset))
        .unwrap_or(input.len());
    // keep the quote short: at most QUOTE_CHARS characters, the error inside
    let before = input
        .get(start..offset)
        .map(|s| s.chars().count())
        .unwrap_or(0);
    if before > QUOTE_CHARS / 2 {
        let skip = before - QUOTE_CHARS / 2;
        if let Some((i, _)) = input.get(start..).and_then(|s| s.char_indices().nth(skip)) {
            start += i;
        }
    }
    let line = input.get(start..end).unwrap_or("");
    line.chars().take(QUOTE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_names_the_character_and_position() {
        let e = Error::expected("第一行\n三千x", 16, "a Chinese numeral");
        assert_eq!(e.kind(), ErrorKind::Syntax);
        assert_eq!((e.line(), e.column()), (2, 3));
        assert_eq!(
            e.to_string(),
            "expected a Chinese numeral, but found 'x' at line 2, column 3 in \"三千x\""
        );
    }

    #[test]
    fn end_of_text_is_its_own_case() {
        let e = Error::expected("第23058", 8, "'号'");
        assert_eq!(
            e.to_string(),
            "expected '号', but found the end of the text at line 1, column 7 in \"第23058\""
        );
    }

    #[test]
    fn utf8_error_gives_byte() {
        let e = Error::utf8(b"ab\n\xffc", 3);
        assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
        assert_eq!((e.line(), e.column()), (2, 1));
        assert_eq!(e.span(), Span::new(3, 4));
        assert!(e.to_string().contains("0xFF"));
        assert_eq!(e.quoted(), "\u{FFFD}c");
    }

    #[test]
    fn long_lines_are_shortened_around_the_error() {
        let text = "一".repeat(100) + "x";
        let e = Error::expected(&text, 300, "a numeral");
        assert!(e.quoted().chars().count() <= QUOTE_CHARS);
        assert!(e.quoted().ends_with('x'));
    }

    #[test]
    fn error_is_small() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }
}
