//! govreply: Chinese government replies to proposals and suggestions
//! (政协提案答复, 人大代表建议答复) as typed, exact, serde-ready data.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod diagnostic;
mod error;
pub(crate) mod grammar;
pub mod model;
pub mod numeral;
pub mod quantity;
pub mod span;
pub mod text;
mod trad;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use error::{Error, ErrorKind};
pub use model::Reply;
pub use span::{LineIndex, Span};
