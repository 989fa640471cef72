//! Diagnostics: what a lenient parse could not recognise, and remarks on
//! style, each with its span.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::model::own;
use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Severity {
    /// Text was recognised but is written against the standard (a `[2023]`
    /// bracket in a document number, a pre-2012 Chinese-numeral date).
    /// Strict mode does not fail on these.
    Warning,
    /// Text could not be recognised as any part of a reply. Strict mode
    /// fails on the first of these.
    Error,
}

/// What a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A line that is not any part of a reply.
    UnrecognisedLine,
    /// The document has no body text at all.
    NoBody,
    /// A second copy of the reply on the same page.
    RepeatedCopy,
    /// A date that names a day that does not exist.
    InvalidDate,
    /// A document number written against GB/T 9704 (`[2023]`, `字`, `第`).
    DocNumberStyle,
    /// A date written in Chinese numerals (pre-2012 style) or with `O`/`0`
    /// for 〇.
    DateStyle,
    /// Bytes that are invalid in the encoding they were decoded with
    /// (`parse_bytes` with the `encoding` feature); the text holds U+FFFD
    /// in their place.
    InvalidEncoding,
}

/// A remark about part of the input, with its span and text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Diagnostic<'a> {
    /// What it is about.
    pub kind: DiagnosticKind,
    /// Warning or error.
    pub severity: Severity,
    /// What is wrong, in a sentence.
    pub message: Cow<'a, str>,
    /// The text concerned, as written.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
}

impl Diagnostic<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Diagnostic<'static> {
        Diagnostic {
            kind: self.kind,
            severity: self.severity,
            message: own(self.message),
            text: own(self.text),
            span: self.span,
        }
    }

    /// The strict-mode error for this diagnostic, positioned in `input`.
    pub fn to_error(&self, input: &str) -> Error {
        let kind = match self.kind {
            DiagnosticKind::InvalidDate => ErrorKind::InvalidDate,
            DiagnosticKind::NoBody => ErrorKind::Empty,
            DiagnosticKind::InvalidEncoding => ErrorKind::InvalidEncoding,
            _ => ErrorKind::Unrecognised,
        };
        Error::new(kind, input, self.span, self.message.clone().into_owned())
    }
}
