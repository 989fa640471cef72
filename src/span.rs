//! Byte spans into the original input, and a line index to turn them into
//! line and column numbers.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the text that was parsed.
///
/// Spans always lie on `char` boundaries of the original input, so
/// `&input[span.start..span.end]` (or [`Span::slice`]) gives back the text an
/// item came from. Normalisation never rewrites the input: a span is true to
/// the bytes the caller passed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Moves the span right by `by` bytes (used when a piece parsed alone is
    /// placed back into a larger text).
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// Moves the span left by `by` bytes (saturating at 0): the span
    /// relative to a part of the text that starts at `by`.
    pub const fn shift_back(self, by: usize) -> Span {
        Span::new(self.start.saturating_sub(by), self.end.saturating_sub(by))
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `input`, or `None` when the span does not
    /// fit `input` or falls off a character boundary.
    pub fn slice<'a>(&self, input: &'a str) -> Option<&'a str> {
        input.get(self.start..self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Byte offset of `part` inside `whole`, where `part` is a sub-slice of
/// `whole` (as nom hands back the rest of its input).
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The span of `part` inside `whole`; `part` must be a sub-slice of `whole`.
pub(crate) fn span_in(whole: &str, part: &str) -> Span {
    let start = offset_in(whole, part);
    Span::new(start, start + part.len())
}

/// Maps byte offsets to 1-based line and column numbers.
///
/// Columns count characters, not bytes, so a column matches what an editor
/// shows for Chinese text. Lines end at `\n`, `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes.get(i) {
                Some(b'\n') => starts.push(i + 1),
                Some(b'\r') => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// Line (1-based) and column (1-based, in characters) of byte `offset` in
    /// `text`, the same text the index was built from. Offsets past the end
    /// give the position just after the last character.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or_else(|| {
                // offset inside a character: count whole characters before it
                text.char_indices()
                    .skip_while(|(i, _)| *i < start)
                    .take_while(|(i, _)| *i < offset)
                    .count()
            });
        (line + 1, column + 1)
    }

    /// Number of lines.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "标题\r\n第二行ab\n三";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (1, 2));
        let second = text.find("第二行").unwrap();
        assert_eq!(idx.line_col(text, second), (2, 1));
        let b = text.find('b').unwrap();
        assert_eq!(idx.line_col(text, b), (2, 5));
        let last = text.find('三').unwrap();
        assert_eq!(idx.line_col(text, last), (3, 1));
        assert_eq!(idx.lines(), 3);
    }

    #[test]
    fn lone_cr_ends_a_line() {
        let text = "a\rb";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 2), (2, 1));
    }

    #[test]
    fn span_helpers() {
        let whole = "第23058号";
        let part = &whole[3..8];
        assert_eq!(span_in(whole, part), Span::new(3, 8));
        assert_eq!(Span::new(3, 8).slice(whole), Some("23058"));
        assert_eq!(Span::new(1, 2).slice(whole), None);
        assert_eq!(Span::new(3, 5).join(Span::new(1, 4)), Span::new(1, 5));
        assert!(Span::new(0, 9).contains(Span::new(3, 8)));
    }
}
