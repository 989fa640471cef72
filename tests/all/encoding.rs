//! Bytes in the encodings replies come in: `parse_bytes` tells which one it
//! read (always), and with the `encoding` feature reads GB18030, GBK, GB2312
//! and UTF-16 as well as UTF-8.

use govreply::model::Encoding;

#[test]
fn parse_says_no_encoding_and_parse_bytes_says_utf8() {
    let text = "王芳委员：\n您提出的建议收悉，现答复如下：\n我局已办理。\n某区民政局\n2024年5月8日";
    assert_eq!(govreply::parse(text).unwrap().encoding, None);
    let r = govreply::parse_bytes(text.as_bytes()).unwrap();
    assert_eq!(r.encoding, Some(Encoding::Utf8));
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let r = govreply::parse_bytes(&with_bom).unwrap();
    assert_eq!(r.encoding, Some(Encoding::Utf8));
    assert_eq!(r.addressees[0].span.start, 3);
}

#[cfg(feature = "serde")]
#[test]
fn encoding_in_json() {
    let r = govreply::parse_bytes("王芳委员：\n正文。".as_bytes()).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["encoding"], "utf-8");
    let v = serde_json::to_value(govreply::parse("王芳委员：\n正文。").unwrap()).unwrap();
    assert_eq!(v["encoding"], serde_json::Value::Null);
}

#[cfg(feature = "encoding")]
mod decoding {
    use std::path::Path;

    use encoding_rs::{GB18030, GBK};
    use govreply::model::Encoding;
    use govreply::{DiagnosticKind, ErrorKind, Parser, Severity};
    use proptest::prelude::*;

    use super::super::shape::actual;

    fn fixture(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/replies")
            .join(format!("{name}.txt"));
        std::fs::read_to_string(path).unwrap()
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        let mut out = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            out.extend_from_slice(&if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        out
    }

    /// Every fixture in every encoding parses to the same shape as its
    /// UTF-8 text, spans true to the decoded text.
    #[test]
    fn every_fixture_in_every_encoding() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/replies");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
            .collect();
        names.sort();
        let mut failures = Vec::new();
        for name in &names {
            let text = fixture(name);
            let want = actual(&govreply::parse(&text).unwrap());
            let encodings: [(&str, Vec<u8>, Encoding); 3] = [
                (
                    "gb18030",
                    GB18030.encode(&text).0.into_owned(),
                    Encoding::Gb18030,
                ),
                ("utf-16le", utf16(&text, true), Encoding::Utf16Le),
                ("utf-16be", utf16(&text, false), Encoding::Utf16Be),
            ];
            for (label, bytes, enc) in encodings {
                let r = govreply::parse_bytes(&bytes).unwrap();
                if r.encoding != Some(enc) {
                    failures.push(format!("{name} {label}: read as {:?}", r.encoding));
                }
                if actual(&r) != want {
                    failures.push(format!("{name} {label}: a different shape"));
                }
                let decoded = govreply::decode(&bytes);
                assert_eq!(decoded.text, text, "{name} {label}");
                super::super::invariants::check(&decoded.text, &r);
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn gbk_reply_has_the_same_title_and_sections() {
        let text = fixture("national-ministry");
        let (gbk, _, unmappable) = GBK.encode(&text);
        assert!(!unmappable);
        let utf8 = govreply::parse(&text).unwrap();
        let r = govreply::parse_bytes(&gbk).unwrap();
        assert_eq!(r.encoding, Some(Encoding::Gb18030));
        assert_eq!(
            r.title.as_deref(),
            Some("交通运输部关于十四届全国人大二次会议第 4381 号建议的答复函")
        );
        assert_eq!(r.title, utf8.title);
        let headings = |r: &govreply::Reply<'_>| -> Vec<String> {
            r.sections
                .iter()
                .map(|s| s.heading.as_deref().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(headings(&r), vec!["关于航道建设", "关于下一步工作"]);
        assert_eq!(headings(&r), headings(&utf8));
        assert_eq!(r.signature.org.as_deref(), Some("交通运输部"));
        // the spans refer to the decoded text, which `decode` gives
        let decoded = govreply::decode(&gbk);
        assert_eq!(decoded.encoding, Encoding::Gb18030);
        let s = r.sections[1].span;
        assert!(s
            .slice(&decoded.text)
            .unwrap()
            .starts_with("二、关于下一步工作"));
        // and the same span in the GBK bytes would be something else
        assert_ne!(s, Default::default());
    }

    #[test]
    fn utf16_with_bom() {
        let text = "王芳委员：\n您提出的《关于加强社区养老服务的建议》收悉，现答复如下：\n一、基本情况\n新建养老服务站12个。\n某区民政局\n2024年5月8日";
        for (little, enc) in [(true, Encoding::Utf16Le), (false, Encoding::Utf16Be)] {
            let bytes = utf16(text, little);
            let r = govreply::parse_bytes(&bytes).unwrap();
            assert_eq!(r.encoding, Some(enc));
            assert_eq!(r.addressees[0].name, "王芳");
            assert_eq!(r.subject.as_deref(), Some("关于加强社区养老服务的建议"));
            assert_eq!(r.sections[0].heading.as_deref(), Some("基本情况"));
            assert_eq!(
                r.signature.date.map(|d| d.to_string()).as_deref(),
                Some("2024-05-08")
            );
            assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        }
    }

    #[test]
    fn meta_charset_gb2312_page() {
        let page = "<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n<title>答复</title></head>\n<body><p>王芳委员：</p><p>您提出的建议收悉，现答复如下：</p><p>我局已办理。</p></body></html>";
        let (bytes, _, _) = GBK.encode(page);
        let decoded = govreply::decode(&bytes);
        assert_eq!(decoded.encoding, Encoding::Gb2312);
        assert_eq!(decoded.text, page);
        assert!(decoded.diagnostics.is_empty());
        let r = govreply::parse_bytes(&bytes).unwrap();
        assert_eq!(r.encoding, Some(Encoding::Gb2312));
        // the same page with charset=gbk says so
        let gbk_page = page.replace("gb2312", "GBK");
        let (bytes, _, _) = GBK.encode(&gbk_page);
        assert_eq!(govreply::decode(&bytes).encoding, Encoding::Gbk);
    }

    #[cfg(feature = "html")]
    #[test]
    fn gb2312_page_through_html() {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><div class=\"nav\">首页 &gt; 建议提案</div><div class=\"TRS_Editor\"><p>王芳委员：</p><p>&nbsp;&nbsp;您提出的《关于加强社区养老服务的建议》收悉，现答复如下：</p><p>我局已新建养老服务站12个。</p><p>某区民政局</p><p>2024年5月8日</p></div></body></html>";
        let (bytes, _, _) = GBK.encode(page);
        let decoded = govreply::decode(&bytes);
        let r = govreply::parse_html(&decoded.text).unwrap();
        assert_eq!(r.addressees[0].name, "王芳");
        assert_eq!(r.subject.as_deref(), Some("关于加强社区养老服务的建议"));
        assert_eq!(r.signature.org.as_deref(), Some("某区民政局"));
    }

    #[test]
    fn broken_gbk_sequence_is_a_warning_naming_its_byte_offset() {
        let text = "王芳委员：\n您提出的建议收悉，现答复如下：\n我局已新建养老服务站12个。\n某区民政局\n2024年5月8日";
        let mut bytes = GBK.encode(text).0.into_owned();
        // a lead byte followed by a line break, in the third line
        let at = GBK
            .encode("王芳委员：\n您提出的建议收悉，现答复如下：\n我局")
            .0
            .len();
        bytes.insert(at, 0xB5);
        bytes.insert(at + 1, 0x0A);
        let r = govreply::parse_bytes(&bytes).unwrap();
        assert_eq!(r.encoding, Some(Encoding::Gb18030));
        let warnings: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::InvalidEncoding)
            .collect();
        assert_eq!(warnings.len(), 1, "{:?}", r.diagnostics);
        let w = warnings[0];
        assert_eq!(w.severity, Severity::Warning);
        assert!(
            w.message.contains(&format!("byte offset {at}")),
            "{}",
            w.message
        );
        assert!(w.message.contains("0xB5"), "{}", w.message);
        let decoded = govreply::decode(&bytes);
        assert_eq!(w.span.slice(&decoded.text), Some("\u{FFFD}"));
        assert_eq!(r.signature.org.as_deref(), Some("某区民政局"));
        super::super::invariants::check(&decoded.text, &r);

        // strict mode: an error with the same message, positioned in the decoded text
        let err = Parser::new().strict(true).parse_bytes(&bytes).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidEncoding);
        assert!(
            err.to_string().contains(&format!("byte offset {at}")),
            "{err}"
        );
        assert_eq!((err.line(), err.column()), (3, 3));
    }

    #[test]
    fn damaged_utf8_stays_utf8_with_a_warning() {
        let mut bytes = "\u{FEFF}王芳委员：\n您提出的建议收悉，现答复如下：\n我局已办理。"
            .as_bytes()
            .to_vec();
        bytes.insert(9, 0xFF);
        let r = govreply::parse_bytes(&bytes).unwrap();
        assert_eq!(r.encoding, Some(Encoding::Utf8));
        let w = r
            .diagnostics
            .iter()
            .find(|d| d.kind == DiagnosticKind::InvalidEncoding)
            .unwrap();
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.message.contains("UTF-8"), "{}", w.message);
        assert!(w.message.contains("byte offset 9"), "{}", w.message);
        let decoded = govreply::decode(&bytes);
        assert!(decoded.text.starts_with("\u{FEFF}王芳\u{FFFD}委员："));
        assert_eq!(w.span.start, 9);
        super::super::invariants::check(&decoded.text, &r);
        // strict: the error of a build without the feature
        let err = Parser::new().strict(true).parse_bytes(&bytes).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
        assert_eq!(err.span().start, 9);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn random_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..600)) {
            let decoded = govreply::decode(&b);
            let r = govreply::parse_bytes(&b).unwrap();
            prop_assert_eq!(r.encoding, Some(decoded.encoding));
            super::super::invariants::check(&decoded.text, &r);
            let _ = Parser::new().strict(true).parse_bytes(&b);
        }

        #[test]
        fn damaged_gbk_never_panics(s in "[王芳委员：您提出的建议收悉现答复如下。\n一二、12个区局年月日]{0,80}", cut in any::<prop::sample::Index>(), junk in any::<u8>()) {
            let mut b = GBK.encode(&s).0.into_owned();
            let at = cut.index(b.len() + 1);
            b.insert(at, junk);
            let decoded = govreply::decode(&b);
            let r = govreply::parse_bytes(&b).unwrap();
            super::super::invariants::check(&decoded.text, &r);
            for d in &decoded.diagnostics {
                prop_assert!(d.message.contains("byte offset"));
            }
        }

        #[test]
        fn prefixes_of_a_bom_page_never_panic(cut in 0usize..200) {
            let bytes = utf16("王芳委员：\n您提出的建议收悉。\n某区民政局\n2024年5月8日", true);
            let b = &bytes[..cut.min(bytes.len())];
            let decoded = govreply::decode(b);
            let r = govreply::parse_bytes(b).unwrap();
            super::super::invariants::check(&decoded.text, &r);
        }
    }
}
