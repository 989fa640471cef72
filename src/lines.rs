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

    /// The line up to byte `at` of its text, spaces before `at` dropped.
    pub fn until(self, at: usize) -> Line<'a> {
        let text = self.text.get(..at).unwrap_or(self.text);
        let text = text.trim_end_matches(text::is_space);
        Line {
            text,
            span: Span::new(self.span.start, self.span.start + text.len()),
        }
    }

    /// The line from byte `at` of its text on, spaces after `at` dropped.
    pub fn from(self, at: usize) -> Line<'a> {
        let text = self.text.get(at..).unwrap_or("");
        let text = text.trim_start_matches(text::is_space);
        Line {
            text,
            span: Span::new(self.span.end - text.len(), self.span.end),
        }
    }
}

/// Splits `input` into lines, in one pass.
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(input.len() / 64 + 1);
    lines.extend(LineIter::new(input, 0));
    lines
}

/// The lines of `input` from byte `start` on, one at a time: from the start
/// of a line, the same lines [`split_lines`] gives; from inside a line, the
/// rest of that line first.
pub(crate) struct LineIter<'a> {
    input: &'a str,
    /// Where the next line starts; past the end when all are read.
    start: usize,
}

impl<'a> LineIter<'a> {
    pub(crate) fn new(input: &'a str, start: usize) -> Self {
        LineIter { input, start }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let (input, start) = (self.input, self.start);
        let bytes = input.as_bytes();
        if start > bytes.len() {
            return None;
        }
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
        self.start = next;
        Some(Line {
            text: trimmed,
            span: Span::new(content_start, content_start + trimmed.len()),
        })
    }
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
    fn reading_on_from_a_line_end_gives_the_same_lines() {
        let input = "一、标题  \r\n\u{3000}正文，\n\n\r末行 \r\n";
        let all = split_lines(input);
        for (i, l) in all.iter().enumerate() {
            let mut on = LineIter::new(input, l.span.end);
            let rest_of_line = on.next().map(|r| r.text);
            assert_eq!(rest_of_line, Some(""), "line {i}");
            let later: Vec<Line<'_>> = on.collect();
            assert_eq!(later, all[i + 1..].to_vec(), "after line {i}");
        }
    }

    #[test]
    fn empty_input_is_one_blank_line() {
        let lines = split_lines("");
        assert_eq!(lines.len(), 1);
        assert!(lines[0].is_blank());
        assert_eq!(split_lines("a\n").len(), 2);
    }
}
