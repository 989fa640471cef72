//! Whole-document parse throughput on the bundled sample reply and, when
//! `../shared/corpus/dev/replies` is beside the crate, on the real replies.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const SAMPLE: &str = include_str!("../examples/data/sample-reply.txt");

fn parse_sample(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("sample", |b| {
        b.iter(|| {
            let r = govreply::parse(black_box(SAMPLE)).unwrap_or_default();
            assert_eq!(r.sections.len(), 3);
            r.metrics().len()
        })
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/replies");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let texts: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("real_replies", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| govreply::parse(black_box(t)).map_or(0, |r| r.paragraphs().len()))
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

fn metric_scan(c: &mut Criterion) {
    let mut g = c.benchmark_group("metric");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("scan_sample", |b| {
        b.iter(|| {
            let n = govreply::metric::scan(black_box(SAMPLE)).len();
            assert!(n > 10);
            n
        })
    });
    g.finish();
}

criterion_group!(benches, parse_sample, metric_scan);
criterion_main!(benches);
