//! govreply: Chinese government replies to proposals and suggestions
//! (政协提案答复, 人大代表建议答复) as typed, exact, serde-ready data.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod addressee;
pub(crate) mod body;
pub mod category;
pub(crate) mod cc;
pub(crate) mod chrome;
pub mod contact;
pub mod date;
pub mod diagnostic;
pub mod doc_number;
mod error;
pub(crate) mod grammar;
pub(crate) mod header;
pub(crate) mod lines;
pub mod metric;
pub mod model;
pub(crate) mod opening;
mod parser;
pub(crate) mod reply;
pub(crate) mod signature;
pub mod span;
pub mod text;
pub mod title;
mod trad;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use error::{Error, ErrorKind};
pub use model::Reply;
pub use parser::{parse, parse_bytes, Parser};
pub use span::{LineIndex, Span};
