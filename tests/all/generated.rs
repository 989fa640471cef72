//! Generated replies (benches/support/corpus_gen.rs) parse with no
//! diagnostics and give back what the generator wrote.

#[path = "../../benches/support/corpus_gen.rs"]
mod corpus_gen;

use corpus_gen::{Doc, Expected};
use govreply::model::{Assembly, ProposalKind};

const SEED: u64 = 0x5EED_2024;
const COUNT: usize = 300;

/// `GOVREPLY_GENERATED=N` runs N documents instead (a longer hunt for bugs).
fn count() -> usize {
    std::env::var("GOVREPLY_GENERATED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(COUNT)
}

/// Every difference between the parse of `doc` and what it holds.
fn differences(doc: &Doc) -> Vec<String> {
    let e: &Expected = &doc.expected;
    let r = match govreply::parse_bytes(doc.text.as_bytes()) {
        Ok(r) => r,
        Err(err) => return vec![format!("error: {err}")],
    };
    super::invariants::check(&doc.text, &r);
    let mut out = Vec::new();
    let mut check = |what: &str, ok: bool, got: String| {
        if !ok {
            out.push(format!("{what}: got {got}"));
        }
    };
    check(
        "diagnostics",
        r.diagnostics.is_empty(),
        format!(
            "{:?}",
            r.diagnostics
                .iter()
                .map(|d| (d.kind, d.text.as_ref()))
                .collect::<Vec<_>>()
        ),
    );
    check(
        "title",
        r.title.as_deref() == Some(e.title.as_str()),
        format!("{:?} want {:?}", r.title, e.title),
    );
    check(
        "issuer",
        r.issuer.as_deref() == e.issuer.as_deref(),
        format!("{:?} want {:?}", r.issuer, e.issuer),
    );
    match &r.proposal {
        None => check("proposal", false, "None".into()),
        Some(p) => {
            let assembly = match e.assembly {
                "cppcc" => Assembly::Cppcc,
                _ => Assembly::Npc,
            };
            let kind = match e.kind {
                "proposal" => ProposalKind::Proposal,
                _ => ProposalKind::Suggestion,
            };
            check(
                "proposal",
                p.assembly == Some(assembly)
                    && p.kind == Some(kind)
                    && p.number.as_deref() == e.number.as_deref()
                    && p.term == e.term
                    && p.session == e.session,
                format!(
                    "{:?} want {:?} {:?} {:?} {:?}",
                    p, e.assembly, e.number, e.term, e.session
                ),
            );
        }
    }
    check(
        "doc_number",
        r.doc_number.as_ref().map(|d| d.text.as_ref()) == e.doc_number.as_deref(),
        format!("{:?} want {:?}", r.doc_number, e.doc_number),
    );
    check(
        "category",
        r.category.map(|c| c.as_str().to_string()) == e.category.map(|c| c.to_string()),
        format!("{:?} want {:?}", r.category, e.category),
    );
    check(
        "published",
        r.published.map(|d| d.to_string()) == e.published,
        format!("{:?} want {:?}", r.published, e.published),
    );
    let names: Vec<&str> = r.addressees.iter().map(|a| a.name.as_ref()).collect();
    check(
        "addressees",
        names == e.addressees,
        format!("{names:?} want {:?}", e.addressees),
    );
    check(
        "subject",
        r.subject.as_deref() == e.subject.as_deref(),
        format!("{:?} want {:?}", r.subject, e.subject),
    );
    check(
        "sections",
        r.sections.len() == e.sections,
        format!("{} want {}", r.sections.len(), e.sections),
    );
    check(
        "signature org",
        r.signature.org.as_deref() == Some(e.signature_org.as_str()),
        format!("{:?} want {:?}", r.signature.org, e.signature_org),
    );
    check(
        "signature date",
        r.signature.date.map(|d| d.to_string()).as_deref() == Some(e.date.as_str()),
        format!("{:?} want {:?}", r.signature.date, e.date),
    );
    let contact_name = r.contact.as_ref().and_then(|c| c.name.as_deref());
    check(
        "contact name",
        contact_name == e.contact_name.as_deref(),
        format!("{contact_name:?} want {:?}", e.contact_name),
    );
    let phone = r
        .contact
        .as_ref()
        .and_then(|c| c.phones.first())
        .map(|p| p.text.as_ref());
    check(
        "phone",
        phone == e.phone.as_deref(),
        format!("{phone:?} want {:?}", e.phone),
    );
    let cc: Vec<&str> = r.cc.iter().map(|c| c.as_ref()).collect();
    check("cc", cc == e.cc, format!("{cc:?} want {:?}", e.cc));
    let measures = r.measures().len();
    check(
        "measures",
        measures >= e.clauses,
        format!("{measures} want at least {}", e.clauses),
    );
    out
}

#[test]
fn generated_replies_parse_cleanly() {
    let mut failures = Vec::new();
    let mut shown = 0;
    let count = count();
    for doc in corpus_gen::generate(SEED, count) {
        let diffs = differences(&doc);
        if !diffs.is_empty() {
            if shown < 3 {
                shown += 1;
                eprintln!("--- document {}:\n{}", doc.index, doc.text);
            }
            failures.push(format!("document {}: {}", doc.index, diffs.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} documents differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn generator_is_deterministic_and_varied() {
    let a: Vec<String> = corpus_gen::generate(7, 50).map(|d| d.text).collect();
    let b: Vec<String> = corpus_gen::generate(7, 50).map(|d| d.text).collect();
    assert_eq!(a, b);
    let docs: Vec<Doc> = corpus_gen::generate(SEED, COUNT).collect();
    let count = |f: &dyn Fn(&Expected) -> bool| docs.iter().filter(|d| f(&d.expected)).count();
    assert!(count(&|e| e.traditional) > 5);
    assert!(count(&|e| e.crlf) > 5);
    assert!(count(&|e| e.web) > 50);
    assert!(count(&|e| e.number.is_none()) > 3);
    assert!(count(&|e| e.doc_number.is_some()) > 50);
    assert!(count(&|e| e.category.is_some()) > 50);
    assert!(count(&|e| e.sections == 6) > 10);
    assert!(docs.iter().any(|d| d.text.contains("\r\n")));
    assert!(docs.iter().any(|d| d.text.contains("會議")));
    assert!(docs.iter().any(|d| d.text.contains("(gè)")));
    assert!(docs.iter().any(|d| d.text.contains("上一篇")));
}

#[test]
fn corpus_of_size_is_close_to_the_size() {
    for bytes in [1_000, 10_000, 100_000] {
        let s = corpus_gen::corpus_of_size(1, bytes);
        assert!(
            s.len() <= bytes && s.len() > bytes * 8 / 10,
            "{bytes}: {}",
            s.len()
        );
    }
    let t = corpus_gen::texts_of_size(1, 50_000);
    assert!(t.iter().map(String::len).sum::<usize>() >= 50_000);
}
