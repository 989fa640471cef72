//! A reply shown twice on one page (the text and a print version): parsed
//! once, with a `RepeatedCopy` warning whose span covers the copy.

use govreply::{DiagnosticKind, Severity};

const FIXTURES: &[&str] = &[
    include_str!("../fixtures/replies/web-page-chrome.txt"),
    include_str!("../fixtures/replies/npc-two-deputies.txt"),
    include_str!("../fixtures/replies/letter-docno-signer.txt"),
    include_str!("../fixtures/replies/measures-sequence.txt"),
];

#[test]
fn a_reply_twice_is_reported_once() {
    for one in FIXTURES {
        let twice = format!("{one}\n打印本页 关闭窗口\n{one}");
        let single = govreply::parse(one).unwrap();
        let double = govreply::parse(&twice).unwrap();
        super::invariants::check(&twice, &double);
        assert_eq!(double.title, single.title);
        assert_eq!(double.sections, single.sections);
        assert_eq!(double.addressees, single.addressees);
        assert_eq!(double.signature, single.signature);
        let copies: Vec<_> = double
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::RepeatedCopy)
            .collect();
        assert_eq!(copies.len(), 1, "{:?}", double.diagnostics);
        let copy = copies[0];
        assert_eq!(copy.severity, Severity::Warning);
        // the copy starts where the second copy's first line starts
        let second = one.len() + "\n打印本页 关闭窗口\n".len();
        let first_line = one.len() - one.trim_start().len();
        assert_eq!(copy.span.start, second + first_line, "{}", copy.message);
        assert_eq!(copy.span.end, twice.trim_end().len());
        assert!(
            copy.message.contains("repeated from line"),
            "{}",
            copy.message
        );
        // strict mode does not fail on a warning
        assert!(
            govreply::Parser::new().strict(true).parse(&twice).is_ok()
                == govreply::Parser::new().strict(true).parse(one).is_ok()
        );
    }
}

#[test]
fn one_copy_gives_no_copy_warning() {
    for one in FIXTURES {
        let r = govreply::parse(one).unwrap();
        assert!(
            r.diagnostics
                .iter()
                .all(|d| d.kind != DiagnosticKind::RepeatedCopy),
            "{:?}",
            r.diagnostics
        );
    }
}
