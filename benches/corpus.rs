//! Whole-document throughput over a generated corpus, beside two reference
//! points measured in the same run, time against input size, and
//! allocations and peak memory.
//!
//! - `corpus/parse`: `govreply::parse_bytes` on every document of a ~2 MB
//!   generated corpus (benches/support/corpus_gen.rs);
//! - `corpus/from_utf8`: `std::str::from_utf8` over the same bytes (the
//!   floor no parser beats);
//! - `corpus/regex`: a one-pass `regex` extraction of numbers with units,
//!   dates and phone numbers (what one would write instead);
//! - `real/*`: parse and regex over `../shared/corpus/dev/replies` when it
//!   is there;
//! - `scaling/parse/N`: one `govreply::parse` of N bytes of concatenated
//!   replies, N = 1 KB … 10 MB;
//! - printed once before the benches: documents/s, the three throughputs
//!   and their ratios, allocations per document against model items per
//!   document, and the peak heap over the 10 MB parse as a multiple of the
//!   input size (a counting global allocator wraps the system one; its
//!   relaxed atomic counters cost every benchmark alike).
//!
//! `cargo bench --bench corpus -- --warm-up-time 1 --measurement-time 3`

#![allow(unsafe_code)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use regex::Regex;

const SEED: u64 = 2024;
const CORPUS_BYTES: usize = 2_000_000;
const SIZES: [(usize, &str); 5] = [
    (1_000, "1KB"),
    (10_000, "10KB"),
    (100_000, "100KB"),
    (1_000_000, "1MB"),
    (10_000_000, "10MB"),
];

// ---------------------------------------------------------------------------
// A counting allocator.

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = CURRENT.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on unchanged to `System`; only counters are
// added around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            ALLOCS.fetch_add(1, Relaxed);
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            ALLOCS.fetch_add(1, Relaxed);
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            ALLOCS.fetch_add(1, Relaxed);
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

// ---------------------------------------------------------------------------
// The reference regex scan.

/// Numbers with units, dates and phone numbers in one pass.
fn reference_regex() -> Regex {
    Regex::new(concat!(
        r"(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2})?)",
        r"|(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9})",
        r"|(?:\d+(?:\.\d+)?(?:万|亿)?(?:元|%|个百分点|个|家|场|户|人次|人|公里|亩|项|件|所|次|名|座|台|套|吨|平方米))",
    ))
    .unwrap()
}

/// What the regex scan finds: (kind, text) pairs, kind 0 for a date, 1 for
/// a phone, 2 for a number with its unit. One `find_iter` pass; a match is
/// classified by its shape (cheaper than capture groups).
fn regex_scan<'t>(re: &Regex, text: &'t str) -> Vec<(u8, &'t str)> {
    re.find_iter(text)
        .map(|m| {
            let s = m.as_str();
            let last = s.as_bytes()[s.len() - 1];
            let kind = if !last.is_ascii_digit() && !s.ends_with('日') && !s.ends_with('月') {
                2
            } else if s.contains('年') {
                0
            } else if s.starts_with('0') || !s.contains('-') {
                1
            } else {
                0
            };
            (kind, s)
        })
        .collect()
}

// ---------------------------------------------------------------------------

/// Items of the model: sections, paragraphs, measures, metrics,
/// addressees, header fields, chrome lines, cc, attachments, phones,
/// diagnostics, and the title, proposal, subject, opening, closing,
/// signature, contact and document number when present.
fn model_items(r: &govreply::Reply<'_>) -> usize {
    fn sections(s: &[govreply::model::Section<'_>]) -> usize {
        s.iter()
            .map(|s| 1 + s.paragraphs.len() + sections(&s.subsections))
            .sum()
    }
    let paragraphs = r.paragraphs();
    let measures: usize = paragraphs.iter().map(|p| p.measures.len()).sum();
    let metrics: usize = paragraphs.iter().map(|p| p.metrics.len()).sum();
    let singles = [
        r.title.is_some(),
        r.proposal.is_some(),
        r.subject.is_some(),
        r.opening.is_some(),
        r.closing.is_some(),
        r.signature.org.is_some(),
        r.signature.date.is_some(),
        r.contact.is_some(),
        r.doc_number.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    sections(&r.sections)
        + r.preamble.len()
        + measures
        + metrics
        + r.addressees.len()
        + r.header.len()
        + r.chrome.len()
        + r.cc.len()
        + r.attachments.len()
        + r.contact.as_ref().map_or(0, |c| c.phones.len())
        + r.diagnostics.len()
        + singles
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-12)
}

/// Runs `f` at least `min` long (and at least 3 times); the mean time of
/// one run.
fn time<F: FnMut()>(min: Duration, mut f: F) -> Duration {
    let start = Instant::now();
    let mut n = 0u32;
    while n < 3 || start.elapsed() < min {
        f();
        n += 1;
    }
    start.elapsed() / n
}

/// The figures printed once before the criterion benches.
fn report(docs: &[String], re: &Regex) {
    let bytes: usize = docs.iter().map(String::len).sum();
    println!(
        "corpus: {} generated documents, {} bytes ({:.0} bytes/document)",
        docs.len(),
        bytes,
        bytes as f64 / docs.len() as f64
    );
    let min = Duration::from_secs(2);
    let parse = time(min, || {
        for d in docs {
            black_box(govreply::parse_bytes(black_box(d.as_bytes())).map(|r| r.sections.len()))
                .ok();
        }
    });
    let utf8 = time(min, || {
        for d in docs {
            black_box(std::str::from_utf8(black_box(d.as_bytes())).is_ok());
        }
    });
    let rx = time(min, || {
        for d in docs {
            black_box(regex_scan(re, black_box(d)).len());
        }
    });
    let (p, u, x) = (
        mb_per_s(bytes, parse),
        mb_per_s(bytes, utf8),
        mb_per_s(bytes, rx),
    );
    println!(
        "one thread: parse {p:.2} MB/s ({:.0} documents/s), regex scan {x:.1} MB/s, from_utf8 {u:.0} MB/s",
        docs.len() as f64 / parse.as_secs_f64()
    );
    println!(
        "ratios: parse/regex {:.3}, parse/from_utf8 {:.4}, regex/from_utf8 {:.3}",
        p / x,
        p / u,
        x / u
    );

    // allocations per document against model items per document
    let before = ALLOCS.load(Relaxed);
    let mut items = 0usize;
    for d in docs {
        let r = govreply::parse_bytes(d.as_bytes()).unwrap();
        items += model_items(&r);
    }
    let allocs = ALLOCS.load(Relaxed) - before;
    let n = docs.len() as f64;
    println!(
        "allocations: {:.1} per document, model items {:.1} per document ({:.2} allocations per item)",
        allocs as f64 / n,
        items as f64 / n,
        allocs as f64 / items.max(1) as f64
    );
    let found: usize = docs.iter().map(|d| regex_scan(re, d).len()).sum();
    println!(
        "regex scan finds {:.1} matches per document",
        found as f64 / n
    );

    // peak heap over one parse of the 10 MB input
    let big = corpus_gen::corpus_of_size(SEED, 10_000_000);
    let base = CURRENT.load(Relaxed);
    PEAK.store(base, Relaxed);
    let start = Instant::now();
    let r = govreply::parse(&big).unwrap();
    let took = start.elapsed();
    let peak = PEAK.load(Relaxed) - base;
    let held = CURRENT.load(Relaxed) - base;
    println!(
        "10 MB input ({} bytes): one parse {:.2} s ({:.2} MB/s), peak heap {:.1} MB = {:.2}x the input, the Reply holds {:.1} MB ({} sections, {} diagnostics)",
        big.len(),
        took.as_secs_f64(),
        mb_per_s(big.len(), took),
        peak as f64 / 1e6,
        peak as f64 / big.len() as f64,
        held as f64 / 1e6,
        r.sections.len(),
        r.diagnostics.len()
    );
}

fn real_replies() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/replies");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("real replies: skipped, {} is absent", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn throughput(c: &mut Criterion, group: &str, docs: &[String], re: &Regex, utf8: bool) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    govreply::parse_bytes(black_box(d.as_bytes())).map_or(0, |r| r.sections.len())
                })
                .sum::<usize>()
        })
    });
    if utf8 {
        g.bench_function("from_utf8", |b| {
            b.iter(|| {
                docs.iter()
                    .filter(|d| std::str::from_utf8(black_box(d.as_bytes())).is_ok())
                    .count()
            })
        });
    }
    g.bench_function("regex", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| regex_scan(re, black_box(d)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for (size, name) in SIZES {
        let input = corpus_gen::corpus_of_size(SEED, size);
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", name), &input, |b, input| {
            b.iter(|| govreply::parse(black_box(input)).map_or(0, |r| r.paragraphs().len()))
        });
    }
    g.finish();
}

fn main() {
    let docs = corpus_gen::texts_of_size(SEED, CORPUS_BYTES);
    let re = reference_regex();
    let listing = std::env::args().any(|a| a == "--list");
    if !listing {
        report(&docs, &re);
    }
    let mut c = Criterion::default().configure_from_args();
    throughput(&mut c, "corpus", &docs, &re, true);
    let real = real_replies();
    if !real.is_empty() {
        throughput(&mut c, "real", &real, &re, false);
    }
    scaling(&mut c);
    c.final_summary();
}
