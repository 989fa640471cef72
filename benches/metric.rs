//! `metric::scan` over the bundled sample reply, side by side in one group
//! with a one-pass `regex` scan for a number followed by a unit (what a user
//! would otherwise write; it only counts matches, with no label, kind,
//! period, change or exact value).
//!
//! `cargo bench --bench metric -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use regex::Regex;

const SAMPLE: &str = include_str!("../examples/data/sample-reply.txt");

/// An Arabic (either width, with `,` groups and a point) or Chinese number,
/// then one of the common units of a reply.
const NUMBER_UNIT: &str = concat!(
    r"(?:[0-9０-９](?:[0-9０-９,，]*[0-9０-９])?(?:[.．][0-9０-９]+)?",
    r"|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)",
    r"(?:万亿元|亿元|万元|千万元|元|美元|%|％|‰|个百分点|倍",
    r"|平方公里|平方米|公顷|亩|千瓦|万吨|吨|公里|千米|米",
    r"|家次|人次|万人|个|家|项|件|人|户|所|批|条|次|台|辆|套|座|栋|名|位|场|处|年|天|小时)"
);

fn metric_vs_regex(c: &mut Criterion) {
    let re = match Regex::new(NUMBER_UNIT) {
        Ok(re) => re,
        Err(e) => {
            eprintln!("the number+unit regex does not compile: {e}");
            return;
        }
    };
    println!(
        "sample reply ({} bytes): metric::scan finds {} metrics, the regex {} number+unit matches",
        SAMPLE.len(),
        govreply::metric::scan(SAMPLE).len(),
        re.find_iter(SAMPLE).count()
    );
    let mut g = c.benchmark_group("metric_sample");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("govreply_metric_scan", |b| {
        b.iter(|| govreply::metric::scan(black_box(SAMPLE)).len())
    });
    g.bench_function("regex_number_unit", |b| {
        b.iter(|| re.find_iter(black_box(SAMPLE)).count())
    });
    g.finish();
}

criterion_group!(benches, metric_vs_regex);
criterion_main!(benches);
