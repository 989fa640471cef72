//! Pass 1: split the input into lines with byte spans.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`. Each line keeps its full span
//! and the span of its content without surrounding spaces (U+3000, NBSP and
//! invisible characters included), so later passes never look at
//! indentation and spans stay true to the input.

use memchr::memchr2;

use crate::span::Span;
use crate::text;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The content without surrounding spaces.
    pub text: &'a str,
    /// Span of `text`.
    pub span: Span,
}

impl<'a> Line<'a> {
    /// Whether the line holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// Splits `input` into lines, in one pass.
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let bytes = input.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut start = 0;
    while start <= bytes.len() {
        let rest = bytes.get(start..).unwrap_or(&[]);
        let (end, next) = match memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let end = start + i;
                let next = if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
                (end, next)
            }
            None => (bytes.len(), bytes.len() + 1),
        };
        let raw = input.get(start..end).unwrap_or("");
        let trimmed = text::trim(raw);
        let content_start = if trimmed.is_empty() {
            start + raw.len() - raw.trim_start_matches(text::is_space).len()
        } else {
            start + crate::span::offset_in(raw, trimmed)
        };
        lines.push(Line {
            text: trimmed,
            span: Span::new(content_start, content_start + trimmed.len()),
        });
        start = next;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_every_line_ending() {
        let input = "\u{FEFF}标题\r\n\u{3000}\u{3000}正文，\n\r末行 ";
        let lines = split_lines(input);
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, vec!["标题", "正文，", "", "末行"]);
        for l in &lines {
            assert_eq!(l.span.slice(input), Some(l.text));
        }
        assert_eq!(lines[0].span, Span::new(3, 9));
    }

    #[test]
    fn empty_input_is_one_blank_line() {
        let lines = split_lines("");
        assert_eq!(lines.len(), 1);
        assert!(lines[0].is_blank());
        assert_eq!(split_lines("a\n").len(), 2);
    }
}
