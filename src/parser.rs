//! The parser's options and the passes' driver.

use crate::diagnostic::Severity;
use crate::error::Error;
use crate::model::Reply;

/// Parses replies with options: lenient (the default) or strict.
///
/// ```
/// use govreply::Parser;
///
/// let text = "蒋一鸣委员：\n您提出的《关于加强社区养老服务的建议》收悉，现答复如下：\n我局已新建社区养老服务站12个。\n某区民政局\n2024年6月3日";
/// let reply = Parser::new().strict(true).parse(text)?;
/// assert_eq!(reply.addressees[0].name, "蒋一鸣");
/// assert_eq!(reply.signature.date.map(|d| d.to_string()).as_deref(), Some("2024-06-03"));
///
/// // strict mode fails on the first line that is not part of a reply
/// let text = "这是一行很长的并非标题也不是页面元素的说明文字，放在称呼之前无法识别。\n王芳委员：\n您提出的建议收悉，现答复如下：\n正文。";
/// assert_eq!(govreply::parse(text)?.diagnostics.len(), 1);
/// let err = Parser::new().strict(true).parse(text).unwrap_err();
/// assert_eq!((err.line(), err.column()), (1, 1));
/// assert_eq!(err.kind(), govreply::ErrorKind::Unrecognised);
/// Ok::<(), govreply::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Parser {
    strict: bool,
}

impl Parser {
    /// A lenient parser.
    pub fn new() -> Self {
        Parser::default()
    }

    /// Strict mode turns the first error-severity diagnostic into an
    /// [`Error`] with its line, column and text. Warnings (style remarks)
    /// never fail.
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Parses the text of a reply.
    pub fn parse<'a>(&self, text: &'a str) -> Result<Reply<'a>, Error> {
        let reply = crate::reply::assemble(text);
        if self.strict {
            if let Some(d) = reply
                .diagnostics
                .iter()
                .find(|d| d.severity == Severity::Error)
            {
                return Err(d.to_error(text));
            }
        }
        Ok(reply)
    }

    /// Parses UTF-8 bytes (a BOM is allowed and stays outside every span's
    /// text). Invalid UTF-8 is an error naming the byte offset.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Reply<'a>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::utf8(bytes, e.valid_up_to()))?;
        self.parse(text)
    }
}

/// Parses the text of a reply in lenient mode: everything that can be
/// recognised is, and what cannot is listed in `diagnostics`.
pub fn parse(text: &str) -> Result<Reply<'_>, Error> {
    Parser::new().parse(text)
}

/// Parses UTF-8 bytes (with or without a BOM) in lenient mode.
pub fn parse_bytes(bytes: &[u8]) -> Result<Reply<'_>, Error> {
    Parser::new().parse_bytes(bytes)
}
