//! Invariant checks shared by the fuzz targets. Each panics (which
//! libFuzzer reports as a crash) when an invariant does not hold.

use govreply::{Error, Span};

/// The integration tests' checker of whole replies (nothing lost, spans on
/// char boundaries, `into_owned` and the serde round trip), shared rather
/// than copied.
#[path = "../../tests/all/invariants.rs"]
#[allow(dead_code)]
pub mod invariants;

/// The fuzz input as text: valid UTF-8 as is, anything else made valid
/// with replacement characters (so byte soup still reaches the parsers).
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `span` lies within `input`, on char boundaries, and start <= end.
pub fn span_ok(input: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= input.len(),
        "{what}: span {span:?} out of range (input is {} bytes)",
        input.len()
    );
    assert!(
        input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
        "{what}: span {span:?} off a char boundary"
    );
}

/// `span` is sound and the text it covers is `text` exactly.
pub fn span_text(input: &str, span: Span, text: &str, what: &str) {
    span_ok(input, span, what);
    assert_eq!(
        input.get(span.start..span.end),
        Some(text),
        "{what}: span {span:?} does not cover its text"
    );
}

/// Spans in order and not overlapping.
pub fn in_order(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last = 0;
    for s in spans {
        assert!(
            s.start >= last,
            "{what}: span {s:?} overlaps the one before"
        );
        last = s.end;
    }
}

/// An error's position is in the input, its line and column are 1-based
/// and its message says something.
pub fn error_ok(input: &str, e: &Error) {
    span_ok(input, e.span(), "error");
    assert!(e.line() >= 1 && e.column() >= 1, "error: {e:?}");
    // lines end at \n, \r\n or a lone \r, as govreply::LineIndex counts them
    let lines = 1 + input.matches('\n').count() + input.matches('\r').count()
        - input.matches("\r\n").count();
    assert!(e.line() <= lines, "error line past the end: {e:?}");
    assert!(!e.message().is_empty(), "error without a message");
    assert!(!e.to_string().is_empty());
}
