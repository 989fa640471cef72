//! Property tests that damage real-shaped documents (the fixtures under
//! tests/fixtures/replies/) and check: no panic, nothing lost (SPEC §4,
//! with the checker of `invariants.rs`), and that one damaged body line
//! leaves the title, addressees, signature and contact as they were.

use std::sync::OnceLock;

use govreply::model::{Contact, Paragraph, Section};
use govreply::{Reply, Span};
use proptest::prelude::*;

use super::invariants;

/// The fixture documents, read once.
fn fixtures() -> &'static [String] {
    static DOCS: OnceLock<Vec<String>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/fixtures/replies"))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.push(root.join("examples/data/sample-reply.txt"));
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    })
}

/// Lines of `doc` with their line breaks, so that joining them gives `doc`.
fn lines(doc: &str) -> Vec<&str> {
    doc.split_inclusive('\n').collect()
}

/// One way to damage a document.
#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Repeat(usize),
    Swap(usize, usize),
    Insert { at: usize, text: String },
    Width { line: Option<usize>, to_full: bool },
}

/// Characters a scraped page throws in: Chinese text, digits of both
/// widths, punctuation the grammars care about, spaces, controls, anything.
fn noise() -> impl Strategy<Value = String> {
    let pick = prop::sample::select(vec![
        '的', '是', '局', '号', '答', '复', '一', '二', '十', '万', '亿', '年', '月', '日', '：',
        ':', '，', '。', '、', '（', '）', '(', ')', '《', '》', '“', '”', '〔', '〕', '[', ']',
        '0', '5', '９', '.', '%', '-', '—', ' ', '\u{3000}', '\u{00A0}', '\u{200B}', '\u{FEFF}',
        '\t', '\0', '\r', '\n', 'A', 'x', '@', '类', '委', '员', '代', '表', '此', '附', '件',
    ]);
    prop::collection::vec(prop_oneof![3 => pick, 1 => any::<char>()], 1..6)
        .prop_map(|v| v.into_iter().collect())
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        any::<usize>().prop_map(Mutation::Repeat),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<usize>(), noise()).prop_map(|(at, text)| Mutation::Insert { at, text }),
        (prop::option::of(any::<usize>()), any::<bool>())
            .prop_map(|(line, to_full)| Mutation::Width { line, to_full }),
    ]
}

/// Full-width ⇄ half-width for ASCII and the space.
fn switch_width(s: &str, to_full: bool) -> String {
    s.chars()
        .map(|c| match (to_full, c) {
            (true, ' ') => '\u{3000}',
            (true, '!'..='~') => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap(),
            (false, '\u{3000}') => ' ',
            (false, '\u{FF01}'..='\u{FF5E}') => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap(),
            _ => c,
        })
        .collect()
}

fn apply(doc: &str, m: &Mutation) -> String {
    let mut ls: Vec<String> = lines(doc).into_iter().map(String::from).collect();
    let n = ls.len().max(1);
    match m {
        Mutation::Drop(i) => {
            if !ls.is_empty() {
                ls.remove(i % n);
            }
        }
        Mutation::Repeat(i) => {
            if let Some(l) = ls.get(i % n).cloned() {
                let l = if l.ends_with('\n') { l } else { l + "\n" };
                ls.insert(i % n, l);
            }
        }
        Mutation::Swap(a, b) => {
            if !ls.is_empty() {
                // keep every line ending so the swap does not join lines
                for l in ls.iter_mut() {
                    if !l.ends_with('\n') {
                        l.push('\n');
                    }
                }
                ls.swap(a % n, b % n);
            }
        }
        Mutation::Insert { at, text } => {
            let joined = ls.concat();
            let chars = joined.chars().count() + 1;
            let at = joined
                .char_indices()
                .nth(at % chars)
                .map_or(joined.len(), |(i, _)| i);
            let mut s = joined;
            s.insert_str(at, text);
            return s;
        }
        Mutation::Width { line, to_full } => match line {
            None => return switch_width(doc, *to_full),
            Some(i) => {
                if let Some(l) = ls.get_mut(i % n) {
                    *l = switch_width(l, *to_full);
                }
            }
        },
    }
    ls.concat()
}

/// The span of every paragraph of the body (sections at every level).
fn body_spans(r: &Reply<'_>) -> Vec<Span> {
    fn walk(s: &Section<'_>, out: &mut Vec<Span>) {
        out.extend(s.paragraphs.iter().map(|p: &Paragraph<'_>| p.span));
        for sub in &s.subsections {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    for s in &r.sections {
        walk(s, &mut out);
    }
    out
}

/// The parts a damaged body line must not change, spans left out (the
/// tail moves when a body line grows).
fn outline(r: &Reply<'_>) -> String {
    let contact = r.contact.as_ref().map(|c: &Contact<'_>| {
        let phones: Vec<&str> = c.phones.iter().map(|p| p.text.as_ref()).collect();
        format!(
            "{:?} {:?} {:?} {phones:?} {:?} {:?} {:?}",
            c.name, c.responsible, c.unit, c.email, c.address, c.postcode
        )
    });
    let addressees: Vec<_> = r
        .addressees
        .iter()
        .map(|a| (a.name.as_ref(), a.role.as_deref(), a.others, a.span))
        .collect();
    format!(
        "title {:?}\naddressees {addressees:?}\nsigned {:?} {:?} {:?}\ncontact {contact:?}",
        r.title, r.signature.org, r.signature.orgs, r.signature.date
    )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(64)
}

proptest! {
    // 64 cases in CI; PROPTEST_CASES=5000 for a deeper local run
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// One to three mutations of a fixture: no panic, nothing lost, spans
    /// sound, strict mode fails only on an error diagnostic.
    #[test]
    fn mutated_documents_lose_nothing(
        doc in 0..64usize,
        ms in prop::collection::vec(mutation(), 1..4),
    ) {
        let docs = fixtures();
        let mut text = docs[doc % docs.len()].clone();
        for m in &ms {
            text = apply(&text, m);
        }
        let r = govreply::parse(&text).unwrap();
        invariants::check(&text, &r);
        if let Err(e) = govreply::Parser::new().strict(true).parse(&text) {
            prop_assert!(e.span().end <= text.len());
            prop_assert!(e.line() >= 1 && e.column() >= 1);
        }
    }

    /// The bytes entry point on a fixture cut at any byte: a cut inside a
    /// character is an InvalidUtf8 error at the cut character; any other
    /// cut parses and loses nothing.
    #[test]
    fn documents_cut_at_any_byte(doc in 0..64usize, cut in any::<usize>()) {
        let docs = fixtures();
        let bytes = docs[doc % docs.len()].as_bytes();
        let cut = cut % (bytes.len() + 1);
        let part = &bytes[..cut];
        match std::str::from_utf8(part) {
            Ok(text) => {
                let r = govreply::parse_bytes(part).unwrap();
                invariants::check(text, &r);
            }
            #[cfg(not(feature = "encoding"))]
            Err(utf8) => {
                let e = govreply::parse_bytes(part).unwrap_err();
                prop_assert_eq!(e.kind(), govreply::ErrorKind::InvalidUtf8);
                prop_assert_eq!(e.span().start, utf8.valid_up_to());
            }
            // with the `encoding` feature the cut character is a warning and
            // the spans refer to the decoded text
            #[cfg(feature = "encoding")]
            Err(_) => {
                let r = govreply::parse_bytes(part).unwrap();
                let text = govreply::decode(part).text;
                invariants::check(&text, &r);
            }
        }
    }

    /// Noise inserted inside one body line (not at its ends) leaves the
    /// title, addressees, signature and contact unchanged.
    #[test]
    fn one_damaged_body_line_keeps_the_other_parts(
        line in any::<usize>(),
        at in any::<usize>(),
        text in noise(),
    ) {
        let docs = fixtures();
        let body = body_lines();
        let (doc, target) = body[line % body.len()];
        let original = &docs[doc];
        let before = govreply::parse(original).unwrap();
        // a position strictly inside the line, on a char boundary
        let inner: Vec<usize> = original[target.start..target.end]
            .char_indices()
            .map(|(i, _)| target.start + i)
            .skip(1)
            .collect();
        let at = inner[at % inner.len()];
        let noise: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        let mut damaged = original.clone();
        damaged.insert_str(at, &noise);
        let after = govreply::parse(&damaged).unwrap();
        invariants::check(&damaged, &after);
        prop_assert_eq!(outline(&before), outline(&after), "damaged:\n{}", damaged);
    }
}

/// (fixture, span) of every body paragraph of at least two characters.
fn body_lines() -> &'static [(usize, Span)] {
    static LINES: OnceLock<Vec<(usize, Span)>> = OnceLock::new();
    LINES.get_or_init(|| {
        let mut out = Vec::new();
        for (i, doc) in fixtures().iter().enumerate() {
            let r = govreply::parse(doc).unwrap();
            for s in body_spans(&r) {
                if doc[s.start..s.end].chars().nth(1).is_some() {
                    out.push((i, s));
                }
            }
        }
        assert!(out.len() >= 20, "too few body lines in the fixtures");
        out
    })
}

#[test]
fn mutations_do_what_they_say() {
    let doc = "甲\n乙\n丙";
    assert_eq!(apply(doc, &Mutation::Drop(1)), "甲\n丙");
    assert_eq!(apply(doc, &Mutation::Repeat(2)), "甲\n乙\n丙\n丙");
    assert_eq!(apply(doc, &Mutation::Swap(0, 2)), "丙\n乙\n甲\n");
    assert_eq!(
        apply(
            doc,
            &Mutation::Insert {
                at: 1,
                text: "x".into()
            }
        ),
        "甲x\n乙\n丙"
    );
    assert_eq!(switch_width("A1 ：", true), "Ａ１\u{3000}：");
    assert_eq!(switch_width("Ａ１\u{3000}", false), "A1 ");
    assert!(fixtures().len() >= 10);
}
