//! govreply: Chinese government replies to proposals and suggestions
//! (政协提案答复, 人大代表建议答复) as typed, exact, serde-ready data.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub(crate) mod body;
pub(crate) mod cc;
pub(crate) mod chrome;
pub mod date;
pub mod contact;
pub mod diagnostic;
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
pub mod doc_number;
pub mod category;
pub mod addressee;
mod trad;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
pub use error::{Error, ErrorKind};
pub use model::Reply;
pub use parser::{parse, parse_bytes, Parser};
pub use span::{LineIndex, Span};
