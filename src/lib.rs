//! govreply: Chinese government replies to proposals and suggestions
//! (政协提案答复, 人大代表建议答复) as typed, exact, serde-ready data.
//!
//! ```
//! let text = "某区政协一届二次会议第12号提案的答复\n王芳委员：\n您提出的《关于加强社区养老服务的建议》收悉，现答复如下：\n一、基本情况\n2023年全区新建养老服务站12个，同比增长20%。\n二、下一步工作\n一是扩大覆盖。二是提升质量。\n某区民政局\n2024年5月8日";
//! let reply = govreply::parse(text)?;
//! assert_eq!(reply.proposal.as_ref().and_then(|p| p.term), Some(1));
//! assert_eq!(reply.addressees[0].role.as_deref(), Some("委员"));
//! assert_eq!(reply.sections[1].measures().count(), 2);
//! assert_eq!(reply.signature.date.map(|d| d.to_string()).as_deref(), Some("2024-05-08"));
//! Ok::<(), govreply::Error>(())
//! ```
//!
//! # How it works
//!
//! A reply is parsed in passes, each linear in the input, as pulldown-cmark
//! does with its block and inline passes. **Lines**: the input is split
//! into lines with byte spans (`lines`). **Assembly**: the head (page
//! chrome, header fields, document number, category, title) is read up to
//! the addressee or the opening; the tail (closing, signature, contact, cc,
//! attachments, chrome) is found by one walk back from the last line; the
//! lines between are the body, whose headings nest by their GB/T 9704 level
//! (`reply`, `body`). **Scan**: each paragraph is scanned once for measures
//! (`body::measure`) and metrics ([`metric`]). No pass backtracks over the
//! whole document.
//!
//! # The model
//!
//! See [`model`]: [`Reply`] and its parts, each with its [`Span`]. Text
//! fields are `Cow<'a, str>` borrowing from the input; `into_owned()` gives
//! `'static` values.
//!
//! # Lenient and strict
//!
//! [`parse`] never fails on text: what it cannot recognise goes to
//! [`Reply::diagnostics`]. [`Parser::strict`] turns the first error
//! diagnostic into an [`Error`] with line, column and the offending text.
//!
//! # Features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for the model.
//! - `html`: `html::article_text` and `parse_html` take a government web
//!   page and read the reply in its article (with `html5gum`).
//! - `encoding`: [`parse_bytes`] and `decode` read GB18030, GBK, GB2312
//!   and UTF-16 as well as UTF-8 (with `encoding_rs`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(test, allow(clippy::string_slice, clippy::type_complexity))]

pub mod addressee;
pub(crate) mod body;
pub mod category;
pub(crate) mod cc;
pub(crate) mod charset;
pub(crate) mod chrome;
pub mod contact;
pub mod date;
pub mod diagnostic;
pub mod doc_number;
#[cfg(feature = "encoding")]
mod encoding;
mod error;
pub(crate) mod grammar;
pub(crate) mod header;
#[cfg(feature = "html")]
pub mod html;
pub(crate) mod lines;
pub mod metric;
pub mod model;
pub mod numeral;
pub(crate) mod opening;
mod parser;
pub mod quantity;
pub(crate) mod reply;
pub mod scan;
pub(crate) mod signature;
pub mod span;
pub mod text;
pub mod title;
mod trad;
pub(crate) mod wrap;

pub use diagnostic::{Diagnostic, DiagnosticKind, Severity};
#[cfg(feature = "encoding")]
pub use encoding::{decode, Decoded};
pub use error::{Error, ErrorKind};
#[cfg(feature = "html")]
pub use html::parse_html;
pub use model::Reply;
pub use parser::{parse, parse_bytes, Parser};
pub use scan::{scan, Found};
pub use span::{LineIndex, Span};

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
