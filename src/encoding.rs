//! Decoding the bytes of a reply: UTF-8, UTF-16 and the GB encodings
//! (GB18030, GBK, GB2312) Chinese government sites serve (the `encoding`
//! feature, with `encoding_rs`).
//!
//! The encoding is found in this order: a byte-order mark (UTF-8, UTF-16LE,
//! UTF-16BE); an HTML `<meta charset="…">` or
//! `<meta http-equiv="Content-Type" content="text/html; charset=gbk">` in
//! the first 1024 bytes; valid UTF-8; else GB18030. Two guards keep
//! re-saved pages readable: bytes that declare a GB encoding but are valid
//! UTF-8 with non-ASCII characters were re-encoded by whoever saved them and
//! are read as UTF-8 (GBK text is practically never valid UTF-8); and
//! undeclared bytes that are UTF-8 with a few damaged spots (at most one per
//! eight good non-ASCII characters) stay UTF-8.
//!
//! Invalid sequences become U+FFFD in the text and a warning
//! [`Diagnostic`] naming the byte offset in the input, never a panic.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::model::Encoding;
use crate::span::Span;

/// How many invalid sequences get a diagnostic each; the rest share one.
const MAX_DIAGNOSTICS: usize = 100;

/// How many bytes at the start may hold a `<meta charset>`.
const META_PREFIX: usize = 1024;

/// Text decoded from bytes, with the encoding used and a warning for every
/// invalid sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text: borrowed from the input when it was UTF-8 (a UTF-8 BOM
    /// stays in it), else owned. Spans of a reply parsed from bytes refer
    /// to this text.
    pub text: Cow<'a, str>,
    /// The encoding the text was decoded from.
    pub encoding: Encoding,
    /// One warning per invalid byte sequence (its span covers the U+FFFD
    /// that replaced it; its message names the byte offset in the input).
    /// After 100 of them, one more covers all the rest.
    pub diagnostics: Vec<Diagnostic<'static>>,
}

/// Decodes `bytes` as UTF-8, UTF-16 or GB18030 (GBK, GB2312), found by BOM,
/// `<meta charset>`, UTF-8 validity, in that order.
///
/// ```
/// let (gbk, _, _) = encoding_rs::GBK.encode("王芳委员：\n您的建议收悉。");
/// let decoded = govreply::decode(&gbk);
/// assert_eq!(decoded.text, "王芳委员：\n您的建议收悉。");
/// assert_eq!(decoded.encoding, govreply::model::Encoding::Gb18030);
/// assert!(decoded.diagnostics.is_empty());
///
/// let page = b"<meta charset=\"utf-8\"><p>\xe7\xad\x94\xe5\xa4\x8d</p>";
/// assert_eq!(govreply::decode(page).text, "<meta charset=\"utf-8\"><p>答复</p>");
/// Ok::<(), govreply::Error>(())
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return utf8(bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return transcode(rest, 2, Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return transcode(rest, 2, Encoding::Utf16Be);
    }
    let valid = simdutf8::basic::from_utf8(bytes).ok();
    match declared(bytes) {
        Some(Encoding::Utf8) => utf8(bytes),
        Some(gb) if gb.is_gb() => match valid {
            // ASCII reads the same in both; non-ASCII UTF-8 was re-encoded
            Some(text) if text.is_ascii() => borrowed(text, gb),
            Some(text) => borrowed(text, Encoding::Utf8),
            None => transcode(bytes, 0, gb),
        },
        _ => match valid {
            Some(text) => borrowed(text, Encoding::Utf8),
            None => {
                let lossy = transcode(bytes, 0, Encoding::Utf8);
                let bad = lossy.diagnostics.len().max(1);
                let good = lossy
                    .text
                    .chars()
                    .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
                    .count();
                if good >= 8 * bad {
                    lossy
                } else {
                    transcode(bytes, 0, Encoding::Gb18030)
                }
            }
        },
    }
}

fn borrowed(text: &str, encoding: Encoding) -> Decoded<'_> {
    Decoded {
        text: Cow::Borrowed(text),
        encoding,
        diagnostics: Vec::new(),
    }
}

/// Bytes that should be UTF-8: borrowed when valid, else decoded with
/// replacements.
fn utf8(bytes: &[u8]) -> Decoded<'_> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => borrowed(text, Encoding::Utf8),
        Err(_) => transcode(bytes, 0, Encoding::Utf8),
    }
}

/// The `encoding_rs` decoder and the name used in messages.
fn decoder_for(encoding: Encoding) -> (&'static encoding_rs::Encoding, &'static str) {
    match encoding {
        Encoding::Utf8 => (UTF_8, "UTF-8"),
        Encoding::Utf16Le => (UTF_16LE, "UTF-16LE"),
        Encoding::Utf16Be => (UTF_16BE, "UTF-16BE"),
        Encoding::Gb18030 => (GB18030, "GB18030"),
        Encoding::Gbk => (GB18030, "GBK"),
        Encoding::Gb2312 => (GB18030, "GB2312"),
    }
}

/// Decodes `bytes` (which stood at byte `base` of the input) into an owned
/// text, one diagnostic per malformed sequence.
fn transcode(bytes: &[u8], base: usize, encoding: Encoding) -> Decoded<'static> {
    let (codec, name) = decoder_for(encoding);
    let mut decoder = codec.new_decoder_without_bom_handling();
    let room = |d: &encoding_rs::Decoder, n: usize| {
        d.max_utf8_buffer_length_without_replacement(n)
            .unwrap_or(n.saturating_mul(3))
            .saturating_add(4)
    };
    let mut text = String::with_capacity(room(&decoder, bytes.len()));
    let mut diagnostics: Vec<Diagnostic<'static>> = Vec::new();
    let mut rest_of: Option<(usize, usize, usize)> = None; // (count, first span start, last byte offset)
    let mut pos = 0usize;
    loop {
        let src = bytes.get(pos..).unwrap_or(&[]);
        let (result, read) = decoder.decode_to_string_without_replacement(src, &mut text, true);
        pos += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = room(&decoder, bytes.len().saturating_sub(pos));
                text.reserve(more);
            }
            DecoderResult::Malformed(bad, extra) => {
                let end = pos.saturating_sub(usize::from(extra));
                let start = end.saturating_sub(usize::from(bad));
                let at = text.len();
                text.push('\u{FFFD}');
                let span = Span::new(at, text.len());
                if diagnostics.len() < MAX_DIAGNOSTICS {
                    let seq = bytes.get(start..end).unwrap_or(&[]);
                    diagnostics.push(invalid(name, seq, base + start, span));
                } else {
                    let first = rest_of.map_or(at, |r| r.1);
                    let count = rest_of.map_or(0, |r| r.0) + 1;
                    rest_of = Some((count, first, base + start));
                }
                if read == 0 && bad == 0 {
                    // no progress: cannot happen with encoding_rs; stop safely
                    break;
                }
            }
        }
    }
    if let Some((count, first, last)) = rest_of {
        let span = Span::new(first, text.len());
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::InvalidEncoding,
            severity: Severity::Warning,
            message: Cow::Owned(format!(
                "{count} more invalid {name} byte sequences up to byte offset {last}, each replaced by U+FFFD"
            )),
            text: Cow::Owned(text.get(first..).unwrap_or("").to_string()),
            span,
        });
    }
    Decoded {
        text: Cow::Owned(text),
        encoding,
        diagnostics,
    }
}

/// The warning for one invalid sequence.
fn invalid(name: &str, seq: &[u8], offset: usize, span: Span) -> Diagnostic<'static> {
    let hex: Vec<String> = seq.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
    let hex = if hex.is_empty() {
        "the end of the input".to_string()
    } else {
        format!("the bytes {}", hex.join(" "))
    };
    Diagnostic {
        kind: DiagnosticKind::InvalidEncoding,
        severity: Severity::Warning,
        message: Cow::Owned(format!(
            "invalid {name}: {hex} at byte offset {offset}, replaced by U+FFFD"
        )),
        text: Cow::Borrowed("\u{FFFD}"),
        span,
    }
}

/// The encoding a `<meta>` tag in the first 1024 bytes declares, if it is
/// one this crate reads (UTF-8 or a GB encoding). The first `<meta>` with a
/// charset decides.
fn declared(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..META_PREFIX).unwrap_or(bytes);
    let mut from = 0;
    while let Some(p) = head.get(from..).and_then(|h| find_ci(h, b"<meta")) {
        let start = from + p + 5;
        let tag = head.get(start..).unwrap_or(&[]);
        let len = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        let tag = tag.get(..len).unwrap_or(&[]);
        if let Some(label) = charset_label(tag) {
            return classify(label);
        }
        from = start + len;
    }
    None
}

/// The label after `charset=` in the text of a tag, quotes and spaces
/// removed.
fn charset_label(tag: &[u8]) -> Option<&[u8]> {
    let at = find_ci(tag, b"charset")?;
    let rest = tag.get(at + 7..)?;
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    rest.get(..len).filter(|l| !l.is_empty())
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    b.get(n..).unwrap_or(&[])
}

/// What a charset label means for this crate.
fn classify(label: &[u8]) -> Option<Encoding> {
    let found = encoding_rs::Encoding::for_label(label)?;
    if found == UTF_8 {
        Some(Encoding::Utf8)
    } else if found == GB18030 {
        Some(Encoding::Gb18030)
    } else if found == GBK {
        let gb2312 = find_ci(label, b"2312").is_some() || find_ci(label, b"ir-58").is_some();
        Some(if gb2312 {
            Encoding::Gb2312
        } else {
            Encoding::Gbk
        })
    } else {
        None
    }
}

/// The first place `needle` stands in `hay`, ASCII case ignored.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        GBK.encode(s).0.into_owned()
    }

    #[test]
    fn detection_order() {
        let reply = "王芳委员：您的建议收悉。";
        let mut utf8_bom = vec![0xEF, 0xBB, 0xBF];
        utf8_bom.extend_from_slice(reply.as_bytes());
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in reply.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        let meta_gbk = [b"<meta charset=gbk>".as_slice(), &gbk(reply)].concat();
        let meta_2312 = [
            b"<META http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">".as_slice(),
            &gbk(reply),
        ]
        .concat();
        let meta_18030 = [b"<meta charset='gb18030'/>".as_slice(), &gbk(reply)].concat();
        // a page saved as UTF-8 that kept its old meta
        let resaved = format!("<meta charset=\"gb2312\">{reply}").into_bytes();
        let ascii_gb = b"<meta charset=\"gbk\"><p>A</p>".to_vec();
        let latin_meta = [b"<meta charset=iso-8859-1>".as_slice(), &gbk(reply)].concat();
        let table: Vec<(&str, Vec<u8>, Encoding, bool)> = vec![
            ("utf-8", reply.as_bytes().to_vec(), Encoding::Utf8, true),
            ("utf-8 bom", utf8_bom, Encoding::Utf8, true),
            ("utf-16le", le, Encoding::Utf16Le, false),
            ("utf-16be", be, Encoding::Utf16Be, false),
            ("meta gbk", meta_gbk, Encoding::Gbk, false),
            ("meta gb2312", meta_2312, Encoding::Gb2312, false),
            ("meta gb18030", meta_18030, Encoding::Gb18030, false),
            ("resaved", resaved, Encoding::Utf8, true),
            ("ascii gb", ascii_gb, Encoding::Gbk, true),
            ("latin meta ignored", latin_meta, Encoding::Gb18030, false),
            ("bare gbk", gbk(reply), Encoding::Gb18030, false),
        ];
        for (name, bytes, enc, borrowed) in table {
            let d = decode(&bytes);
            assert_eq!(d.encoding, enc, "{name}");
            assert!(
                d.text.ends_with(reply) || d.text.ends_with("<p>A</p>"),
                "{name}: {}",
                d.text
            );
            assert!(d.diagnostics.is_empty(), "{name}: {:?}", d.diagnostics);
            assert_eq!(matches!(d.text, Cow::Borrowed(_)), borrowed, "{name}");
        }
    }

    #[test]
    fn labels() {
        let table: [(&[u8], Option<Encoding>); 10] = [
            (b"utf-8", Some(Encoding::Utf8)),
            (b"UTF8", Some(Encoding::Utf8)),
            (b"gbk", Some(Encoding::Gbk)),
            (b"x-gbk", Some(Encoding::Gbk)),
            (b"gb2312", Some(Encoding::Gb2312)),
            (b"csISO58GB231280", Some(Encoding::Gb2312)),
            (b"GB18030", Some(Encoding::Gb18030)),
            (b"big5", None),
            (b"iso-8859-1", None),
            (b"nonsense", None),
        ];
        for (label, want) in table {
            assert_eq!(classify(label), want, "{}", String::from_utf8_lossy(label));
        }
    }

    #[test]
    fn meta_forms() {
        let table: [(&[u8], Option<&[u8]>); 6] = [
            (b" charset=\"utf-8\"", Some(b"utf-8")),
            (
                b" http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"",
                Some(b"gbk"),
            ),
            (b" CHARSET = 'gb2312' /", Some(b"gb2312")),
            (b" charset=", None),
            (b" name=\"keywords\" content=\"reply\"", None),
            (b" charset=gb18030", Some(b"gb18030")),
        ];
        for (tag, want) in table {
            assert_eq!(charset_label(tag), want, "{}", String::from_utf8_lossy(tag));
        }
        // past the first 1024 bytes a meta is not looked for
        let late = [vec![b' '; 1100], b"<meta charset=gbk>".to_vec()].concat();
        assert_eq!(declared(&late), None);
        // the first meta with a charset decides
        assert_eq!(
            declared(b"<meta name=a><meta charset=gb2312><meta charset=utf-8>"),
            Some(Encoding::Gb2312)
        );
    }

    #[test]
    fn invalid_sequences_are_warnings_with_offsets() {
        // GBK with a lead byte followed by a space
        let mut bytes = gbk("某区民政局答复");
        bytes.insert(4, 0x81);
        bytes.insert(5, 0x20);
        let d = decode(&bytes);
        assert_eq!(d.encoding, Encoding::Gb18030);
        assert_eq!(d.diagnostics.len(), 1);
        let w = &d.diagnostics[0];
        assert_eq!(w.severity, Severity::Warning);
        assert_eq!(w.kind, DiagnosticKind::InvalidEncoding);
        assert!(w.message.contains("byte offset 4"), "{}", w.message);
        assert!(w.message.contains("0x81"), "{}", w.message);
        assert_eq!(w.span.slice(&d.text), Some("\u{FFFD}"));
        assert_eq!(d.text, "某区\u{FFFD} 民政局答复");

        // UTF-8 cut in the middle of its last character
        let text = "王芳委员：您提出的建议收悉，现答复如下。";
        let cut = &text.as_bytes()[..text.len() - 1];
        let d = decode(cut);
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.diagnostics.len(), 1);
        assert!(d.diagnostics[0].message.contains("UTF-8"));
        assert!(d.text.ends_with("如下\u{FFFD}"));

        // an odd byte at the end of UTF-16
        let mut le = vec![0xFF, 0xFE, 0x54, 0x7B, 0x0D];
        let d = decode(&le);
        assert_eq!(d.text, "答\u{FFFD}");
        assert!(d.diagnostics[0].message.contains("byte offset 4"));
        le.truncate(4);
        assert!(decode(&le).diagnostics.is_empty());
    }

    #[test]
    fn many_invalid_sequences_share_one_diagnostic() {
        let bytes = vec![0xFFu8; 300];
        let d = decode(&bytes);
        assert_eq!(d.encoding, Encoding::Gb18030);
        assert_eq!(d.diagnostics.len(), MAX_DIAGNOSTICS + 1);
        let last = d.diagnostics.last().unwrap();
        assert!(last.message.starts_with("200 more"), "{}", last.message);
        assert_eq!(last.span.end, d.text.len());
        let covered: usize = d
            .diagnostics
            .iter()
            .map(|x| x.span.end - x.span.start)
            .sum();
        assert_eq!(covered, d.text.len());
    }

    #[test]
    fn empty_input() {
        let d = decode(b"");
        assert_eq!(d.text, "");
        assert_eq!(d.encoding, Encoding::Utf8);
    }
}
