//! Property tests: no input makes the parser panic, and the invariants hold
//! on arbitrary text.

use proptest::prelude::*;

/// Characters the grammars care about, mixed with arbitrary ones.
fn replyish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "（一）",
        "1.",
        "①",
        "一是",
        "二是",
        "首先",
        "其次",
        "最后",
        "委员：",
        "代表:",
        "收悉",
        "现答复如下：",
        "第",
        "号",
        "届",
        "次会议",
        "提案",
        "建议",
        "的答复",
        "〔2023〕",
        "亿元",
        "万",
        "%",
        "个百分点",
        "同比增长",
        "2023年",
        "6月1日",
        "二〇二三年",
        "联系人：",
        "电话：",
        "0571-89535412",
        "抄送：",
        "附件：",
        "\n",
        "\r\n",
        "　",
        "《",
        "》",
        "“",
        "”",
        "（",
        "）",
        "3502.38",
        "十五",
        "两",
        "区(qū)",
        "發布日期:",
        "2023-06-06 17:03",
        "局",
        "感谢",
        "此复",
        "上一篇:",
        "责任编辑",
        "，",
        "。",
        "、",
        ":",
        "：",
        " ",
    ]);
    prop::collection::vec(
        prop_oneof![
            pieces.prop_map(String::from),
            any::<char>().prop_map(String::from)
        ],
        0..120,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_loses_nothing(s in replyish()) {
        let r = govreply::parse(&s).expect("lenient parse never fails");
        super::invariants::check(&s, &r);
        let _ = govreply::Parser::new().strict(true).parse(&s);
    }

    #[test]
    fn arbitrary_bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..400)) {
        match govreply::parse_bytes(&b) {
            #[cfg(not(feature = "encoding"))]
            Ok(r) => super::invariants::check(std::str::from_utf8(&b).unwrap(), &r),
            // with the `encoding` feature any bytes decode; spans refer to the decoded text
            #[cfg(feature = "encoding")]
            Ok(r) => super::invariants::check(&govreply::decode(&b).text, &r),
            Err(e) => prop_assert_eq!(e.kind(), govreply::ErrorKind::InvalidUtf8),
        }
    }

    #[test]
    fn any_string_never_panics(s in any::<String>()) {
        let r = govreply::parse(&s).expect("lenient parse never fails");
        super::invariants::check(&s, &r);
    }
}
