//! Empty, non-reply and broken input: lenient gives an empty but valid
//! reply with diagnostics; strict gives a clear error.

use govreply::{DiagnosticKind, ErrorKind, Parser};

#[test]
fn empty_text_is_an_empty_reply_with_a_diagnostic() {
    for text in ["", "   \n\u{3000}\r\n"] {
        let r = govreply::parse(text).unwrap();
        assert!(r.title.is_none() && r.sections.is_empty() && r.contact.is_none());
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].kind, DiagnosticKind::NoBody);
        let err = Parser::new().strict(true).parse(text).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Empty);
        assert!(
            err.to_string().starts_with("expected the body of a reply"),
            "{err}"
        );
    }
}

#[test]
fn unrecognised_head_line_is_a_diagnostic_and_a_strict_error() {
    let text = "欢迎访问某县政府网站\n这是一行很长的并非标题也不是页面元素的说明文字，放在称呼之前无法识别。\n王芳委员：\n您提出的建议收悉，现答复如下：\n我局已办理完毕。";
    let r = govreply::parse(text).unwrap();
    assert_eq!(r.addressees[0].name, "王芳");
    assert_eq!(r.preamble.len(), 1);
    let d: Vec<_> = r
        .diagnostics
        .iter()
        .map(|d| (d.kind, d.text.as_ref()))
        .collect();
    assert_eq!(
        d,
        [(
            DiagnosticKind::UnrecognisedLine,
            "这是一行很长的并非标题也不是页面元素的说明文字，放在称呼之前无法识别。"
        )]
    );
    let err = Parser::new().strict(true).parse(text).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unrecognised);
    assert_eq!((err.line(), err.column()), (2, 1));
    assert!(err.to_string().contains("at line 2, column 1"), "{err}");
}

#[test]
fn bytes_with_bom_and_invalid_utf8() {
    let mut bytes = "\u{FEFF}王芳委员：\n您提出的建议收悉，现答复如下：\n我局已办理。"
        .as_bytes()
        .to_vec();
    let r = govreply::parse_bytes(&bytes).unwrap();
    assert_eq!(r.addressees[0].name, "王芳");
    assert_eq!(r.addressees[0].span.start, 3);
    bytes.insert(9, 0xFF);
    // with the `encoding` feature this is a warning (tests/all/encoding.rs); strict fails alike
    #[cfg(not(feature = "encoding"))]
    let err = govreply::parse_bytes(&bytes).unwrap_err();
    #[cfg(feature = "encoding")]
    let err = Parser::new().strict(true).parse_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!(err.span().start, 9);
    assert!(err.to_string().contains("0xFF"), "{err}");
}
