//! `numeral::parse` on the generated workload of 100 000 mixed expressions
//! (benches/support/workload.rs, fixed seed), and side by side with the
//! `chinese-number` crate on the Chinese-integer subset (the form that crate
//! supports). Before the groups it prints, once, how many expressions of the
//! mixed workload each side reads to the exact expected value.
//!
//! `cargo bench --bench numeral -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use chinese_number::{ChineseCountMethod, ChineseToNumber};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use govreply::numeral::{self, NumeralForm};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

#[path = "support/workload.rs"]
mod workload;

use workload::{Expr, Kind};

/// govreply is right when the value is exact and the form fits the kind.
fn govreply_right(e: &Expr) -> bool {
    match numeral::parse(&e.text) {
        Ok(n) => {
            n.value == e.value
                && n.upper.is_none()
                && match e.kind {
                    Kind::Percent => n.form == NumeralForm::Percent,
                    Kind::Permille => n.form == NumeralForm::Permille,
                    Kind::Fraction => matches!(n.form, NumeralForm::Fraction { .. }),
                    _ => matches!(n.form, NumeralForm::Integer | NumeralForm::Decimal),
                }
        }
        Err(_) => false,
    }
}

/// chinese-number is counted right when its `i64` reading equals the value,
/// or (generously) when its `f64` reading is within 1e-9 relative of it.
fn chinese_number_right(e: &Expr) -> bool {
    let as_int: Result<i64, _> = e.text.to_number(ChineseCountMethod::TenThousand);
    if let Ok(v) = as_int {
        return Decimal::from(v) == e.value;
    }
    let as_float: Result<f64, _> = e.text.to_number(ChineseCountMethod::TenThousand);
    match (as_float, e.value.to_f64()) {
        (Ok(got), Some(want)) => (got - want).abs() <= 1e-9 * want.abs().max(1.0),
        _ => false,
    }
}

fn report_correctness(all: &[Expr]) {
    let mut lines = Vec::new();
    let (mut g_total, mut c_total) = (0usize, 0usize);
    for kind in Kind::ALL {
        let of_kind: Vec<&Expr> = all.iter().filter(|e| e.kind == kind).collect();
        let g = of_kind.iter().filter(|e| govreply_right(e)).count();
        let c = of_kind.iter().filter(|e| chinese_number_right(e)).count();
        g_total += g;
        c_total += c;
        lines.push(format!(
            "  {:<16} {:>6}  govreply {:>6}  chinese-number {:>6}",
            kind.name(),
            of_kind.len(),
            g,
            c
        ));
    }
    println!(
        "numeral workload ({} expressions, seed {:#x}): exact values, govreply {} ({:.1}%), chinese-number {} ({:.1}%)",
        all.len(),
        workload::SEED,
        g_total,
        100.0 * g_total as f64 / all.len() as f64,
        c_total,
        100.0 * c_total as f64 / all.len() as f64
    );
    println!("{}", lines.join("\n"));
}

fn numeral_bench(c: &mut Criterion) {
    let all = workload::standard();
    report_correctness(&all);
    let ints: Vec<&str> = all
        .iter()
        .filter(|e| e.kind == Kind::ChineseInteger)
        .map(|e| e.text.as_str())
        .collect();

    let mut g = c.benchmark_group("numeral_workload");
    g.sample_size(20);
    g.throughput(Throughput::Elements(all.len() as u64));
    g.bench_function("govreply", |b| {
        b.iter(|| {
            all.iter()
                .filter(|e| numeral::parse(black_box(&e.text)).is_ok())
                .count()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("numeral_chinese_integer");
    g.sample_size(20);
    g.throughput(Throughput::Elements(ints.len() as u64));
    g.bench_function("govreply", |b| {
        b.iter(|| {
            ints.iter()
                .map(|t| numeral::parse(black_box(t)).map_or(0, |n| n.value.mantissa() as u64))
                .fold(0u64, u64::wrapping_add)
        })
    });
    g.bench_function("chinese-number", |b| {
        b.iter(|| {
            ints.iter()
                .map(|t| {
                    let r: Result<u64, _> = black_box(t).to_number(ChineseCountMethod::TenThousand);
                    r.unwrap_or(0)
                })
                .fold(0u64, u64::wrapping_add)
        })
    });
    g.finish();
}

criterion_group!(benches, numeral_bench);
criterion_main!(benches);
