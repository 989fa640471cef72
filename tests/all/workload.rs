//! The generated numeral workload of the benches: `numeral::parse` reads
//! every expression to exactly the value it was generated from.

#[path = "../../benches/support/workload.rs"]
mod generator;

use std::collections::BTreeMap;

use generator::{Expr, Kind};
use govreply::numeral::{self, NumeralForm};

/// Whether the form `numeral::parse` gives fits the kind.
fn form_fits(kind: Kind, form: &NumeralForm) -> bool {
    match kind {
        Kind::Percent => *form == NumeralForm::Percent,
        Kind::Permille => *form == NumeralForm::Permille,
        Kind::Fraction => matches!(form, NumeralForm::Fraction { .. }),
        _ => matches!(form, NumeralForm::Integer | NumeralForm::Decimal),
    }
}

fn check(exprs: &[Expr]) -> BTreeMap<Kind, (usize, Vec<String>)> {
    let mut by_kind: BTreeMap<Kind, (usize, Vec<String>)> = BTreeMap::new();
    for e in exprs {
        let entry = by_kind.entry(e.kind).or_default();
        entry.0 += 1;
        let problem = match numeral::parse(&e.text) {
            Ok(n) if n.value == e.value && n.upper.is_none() && form_fits(e.kind, &n.form) => {
                continue
            }
            Ok(n) => format!(
                "{}: want {}, got {} (upper {:?}, form {:?})",
                e.text, e.value, n.value, n.upper, n.form
            ),
            Err(err) => format!("{}: want {}, got error {err}", e.text, e.value),
        };
        entry.1.push(problem);
    }
    by_kind
}

#[test]
fn every_generated_expression_parses_exactly() {
    let exprs = generator::standard();
    assert_eq!(exprs.len(), generator::SIZE);
    let by_kind = check(&exprs);
    let mut report = Vec::new();
    for kind in Kind::ALL {
        let (total, failures) = by_kind.get(&kind).cloned().unwrap_or_default();
        assert!(total > 0, "the workload has no {} expressions", kind.name());
        if !failures.is_empty() {
            report.push(format!(
                "{}: {} of {} wrong, e.g.\n  {}",
                kind.name(),
                failures.len(),
                total,
                failures
                    .iter()
                    .take(8)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn every_kind_alone_parses_exactly() {
    // a second seed per kind, so rare shapes of every kind are seen too
    let mut report = Vec::new();
    for kind in Kind::ALL {
        let exprs = generator::generate_kind(2_000, 0xC0FFEE ^ kind as u64, kind);
        let by_kind = check(&exprs);
        if let Some((total, failures)) = by_kind.get(&kind) {
            if !failures.is_empty() {
                report.push(format!(
                    "{}: {} of {} wrong, e.g.\n  {}",
                    kind.name(),
                    failures.len(),
                    total,
                    failures[..failures.len().min(8)].join("\n  ")
                ));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_generator_is_deterministic() {
    let a = generator::generate(2_000, generator::SEED);
    let b = generator::generate(2_000, generator::SEED);
    assert_eq!(a, b);
    let c = generator::generate(2_000, generator::SEED + 1);
    assert_ne!(a, c);
    // the standard workload is the same on every run and every machine
    let first: Vec<(String, String)> = generator::standard()
        .into_iter()
        .take(4)
        .map(|e| (e.text, e.value.to_string()))
        .collect();
    let want = [
        ("七点八六二三", "7.8623"),
        ("１７６６２３９１．１", "17662391.1"),
        ("七百四十八萬零四百七十六", "7480476"),
        ("四千六百四十六", "4646"),
    ];
    assert_eq!(
        first,
        want.map(|(t, v)| (t.to_string(), v.to_string())).to_vec()
    );
}

#[test]
fn the_generator_writes_the_forms_it_names() {
    let exprs = generator::standard();
    let has = |kind: Kind, needle: &str| {
        exprs
            .iter()
            .any(|e| e.kind == kind && e.text.contains(needle))
    };
    for (kind, needle) in [
        (Kind::ChineseInteger, "零"),
        (Kind::ChineseInteger, "〇"),
        (Kind::ChineseInteger, "两"),
        (Kind::ChineseInteger, "亿"),
        (Kind::ChineseInteger, "万亿"),
        (Kind::Financial, "壹"),
        (Kind::Financial, "拾"),
        (Kind::Traditional, "萬"),
        (Kind::Traditional, "億"),
        (Kind::Traditional, "兩"),
        (Kind::DigitByDigit, "〇"),
        (Kind::DigitByDigit, "幺"),
        (Kind::ChineseDecimal, "点"),
        (Kind::ChineseDecimal, "零点"),
        (Kind::Negative, "负"),
        (Kind::Negative, "-"),
        (Kind::Fraction, "分之"),
        (Kind::Fraction, "又"),
        (Kind::Fraction, "万分之"),
        (Kind::Percent, "百分之"),
        (Kind::Percent, "%"),
        (Kind::Percent, "％"),
        (Kind::Permille, "千分之"),
        (Kind::Permille, "‰"),
        (Kind::Mixed, "亿"),
        (Kind::Mixed, "万"),
        (Kind::Mixed, "千"),
        (Kind::FullWidth, "．"),
        (Kind::Thousands, ","),
    ] {
        assert!(
            has(kind, needle),
            "no {} expression holds {needle}",
            kind.name()
        );
    }
    assert!(exprs
        .iter()
        .any(|e| e.kind == Kind::ChineseInteger && e.text.starts_with('十')));
}
