//! Pathological sizes and shapes, built here: each gives concrete results
//! (no timing assertions; benches/pathological.rs measures the growth).
//! The same builders are used by the bench, at larger sizes.

use govreply::ErrorKind;

use super::invariants;

use shapes::*;

/// The input builders, shared with benches/pathological.rs.
pub mod shapes;

#[test]
fn a_two_megabyte_line() {
    let line = long_line(2 << 20);
    let n = line.len() / SENTENCE.len();
    let r = govreply::parse(&line).unwrap();
    invariants::nothing_lost(&line, &r);
    invariants::spans_on_boundaries(&line, &r);
    assert_eq!(r.paragraphs().len(), 1);
    assert_eq!(r.metrics().len(), 2 * n);
    // the same line as the body of a reply
    let doc = String::from(HEAD) + &line + "\n" + TAIL;
    let r = govreply::parse(&doc).unwrap();
    invariants::nothing_lost(&doc, &r);
    assert_eq!(r.metrics().len(), 2 * n);
    assert_eq!(r.addressees[0].name, "王芳");
    assert_eq!(
        r.signature.date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-08")
    );
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_list_of_fifty_thousand_figures() {
    let doc = long_lists(50_000);
    let r = govreply::parse(&doc).unwrap();
    invariants::nothing_lost(&doc, &r);
    let metrics = r.metrics();
    // the percentages are one 分别 list; the numbers after 第 are ordinals
    assert_eq!(metrics.len(), 50_000);
    assert!(metrics.iter().all(|m| m.unit == "%"));
    assert!(metrics
        .iter()
        .all(|m| m.change == Some(govreply::model::Direction::Increase)));
    assert_eq!(metrics[49_999].value.to_string(), "50000");
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_hundred_thousand_headings() {
    let doc = headings(100_000);
    let r = govreply::parse(&doc).unwrap();
    invariants::nothing_lost(&doc, &r);
    assert_eq!(r.sections.len(), 100_000);
    assert_eq!(r.sections[0].heading.as_deref(), Some("第1项工作"));
    assert_eq!(
        r.sections[99_999].heading.as_deref(),
        Some("第100000项工作")
    );
    assert_eq!(r.sections[99_999].ordinal, 100_000 % 99);
    assert!(r.sections.iter().all(|s| s.paragraphs.len() == 1));
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_hundred_thousand_clauses() {
    let doc = clauses(100_000);
    let r = govreply::parse(&doc).unwrap();
    invariants::nothing_lost(&doc, &r);
    assert_eq!(r.sections.len(), 1);
    assert_eq!(r.measures().len(), 100_000);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_million_digit_numeral_overflows() {
    let digits = "1".repeat(1_000_000);
    let e = govreply::numeral::parse(&digits).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    assert_eq!((e.line(), e.column()), (1, 1));
    assert!(e.message().contains("too large"), "{e}");
    assert!(e.quoted().chars().count() <= 48);
    // Chinese digits read one by one overflow the same way
    let cn_digits = "一".repeat(1_000_000);
    let e = govreply::numeral::parse(&cn_digits).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    // a quantity of it is an overflow too; the scanners skip it
    let amount = digits.clone() + "亿元";
    let e = govreply::quantity::parse(&amount).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    assert!(govreply::quantity::scan(&amount).is_empty());
    let sentence = String::from("产值") + &digits + "亿元，同比增长12.3%。";
    let found = govreply::metric::scan(&sentence);
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_ref()).collect();
    assert_eq!(texts, ["12.3%"]);
    // and the whole parse keeps the digits
    let r = govreply::parse(&sentence).unwrap();
    invariants::nothing_lost(&sentence, &r);
}

#[test]
fn ten_thousand_nested_brackets() {
    let doc = brackets(10_000);
    let r = govreply::parse(&doc).unwrap();
    invariants::check(&doc, &r);
    // the quantity inside round brackets counts; the one inside a quoted
    // book title is part of a name
    let metrics: Vec<&str> = r.metrics().iter().map(|m| m.text.as_ref()).collect();
    assert_eq!(metrics, ["12个"]);
    assert_eq!(r.paragraphs().len(), 3);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_title_ten_thousand_times() {
    let doc = titles(10_000);
    let r = govreply::parse(&doc).unwrap();
    invariants::nothing_lost(&doc, &r);
    assert_eq!(
        r.title.as_deref(),
        Some("关于区政协一届二次会议第12号提案的答复")
    );
    assert_eq!(
        r.proposal.as_ref().and_then(|p| p.number.as_deref()),
        Some("12")
    );
    // one is the title, the copies are page chrome
    assert_eq!(r.chrome.len(), 9_999);
    assert_eq!(r.addressees[0].name, "王芳");
    assert!(r.diagnostics.is_empty());
}

#[test]
fn a_long_sentence_and_a_long_clause() {
    // 200 000 clauses in one sentence, and 100 000 counts with no
    // punctuation at all: each number keeps its label (the metric scan
    // reads a bounded window back from each number, not the whole clause)
    let s = long_sentence(1 << 18);
    let found = govreply::metric::scan(&s);
    assert_eq!(found.len(), s.matches("12个").count());
    let labels: std::collections::BTreeSet<_> = found.iter().map(|m| m.label.as_deref()).collect();
    assert_eq!(labels.into_iter().collect::<Vec<_>>(), [Some("养老服务站")]);
    let c = long_clause(1 << 18);
    let found = govreply::metric::scan(&c);
    assert_eq!(found.len(), c.matches("12个").count());
    assert_eq!(found[0].label.as_deref(), Some("养老服务站"));
    let r = govreply::parse(&c).unwrap();
    invariants::nothing_lost(&c, &r);
}
