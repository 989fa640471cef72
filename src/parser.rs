//! The parser's options and the passes' driver.

use crate::diagnostic::Severity;
use crate::error::Error;
use crate::model::{Encoding, Reply};

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
    /// text). Invalid UTF-8 is an error naming the byte offset. The bytes
    /// are validated with `simdutf8`; [`Reply::encoding`] is
    /// `Some(Encoding::Utf8)`.
    ///
    /// With the `encoding` feature, GB18030 (GBK, GB2312) and UTF-16 are
    /// read too, found as [`decode`](crate::decode) says: BOM, `<meta
    /// charset>`, valid UTF-8, else GB18030. Text that had to be decoded is
    /// owned, so the reply is `into_owned()`, and its spans refer to the
    /// decoded text, which [`decode`](crate::decode) gives. Invalid
    /// sequences are U+FFFD in the text and warnings in `diagnostics` (in
    /// strict mode, the first is an error).
    ///
    /// [`Reply::encoding`]: crate::Reply::encoding
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Reply<'a>, Error> {
        #[cfg(feature = "encoding")]
        {
            use std::borrow::Cow;

            let decoded = crate::encoding::decode(bytes);
            if self.strict {
                if let Some(d) = decoded.diagnostics.first() {
                    if decoded.encoding == Encoding::Utf8 {
                        let offset = simdutf8::compat::from_utf8(bytes)
                            .err()
                            .map_or(0, |e| e.valid_up_to());
                        return Err(Error::utf8(bytes, offset));
                    }
                    return Err(d.to_error(&decoded.text));
                }
            }
            let mut reply = match decoded.text {
                Cow::Borrowed(text) => self.parse(text)?,
                Cow::Owned(text) => self.parse(&text)?.into_owned(),
            };
            reply.encoding = Some(decoded.encoding);
            if !decoded.diagnostics.is_empty() {
                reply.diagnostics.extend(decoded.diagnostics);
                reply.diagnostics.sort_by_key(|d| d.span.start);
            }
            Ok(reply)
        }
        #[cfg(not(feature = "encoding"))]
        {
            let text = simdutf8::compat::from_utf8(bytes)
                .map_err(|e| Error::utf8(bytes, e.valid_up_to()))?;
            let mut reply = self.parse(text)?;
            reply.encoding = Some(Encoding::Utf8);
            Ok(reply)
        }
    }
}

/// Parses the text of a reply in lenient mode: everything that can be
/// recognised is, and what cannot is listed in `diagnostics`.
pub fn parse(text: &str) -> Result<Reply<'_>, Error> {
    Parser::new().parse(text)
}

/// Parses UTF-8 bytes (with or without a BOM) in lenient mode; with the
/// `encoding` feature also GB18030, GBK, GB2312 and UTF-16 (see
/// [`Parser::parse_bytes`]).
pub fn parse_bytes(bytes: &[u8]) -> Result<Reply<'_>, Error> {
    Parser::new().parse_bytes(bytes)
}
