//! Pathological inputs at two sizes each (n and 2n), so that the growth of
//! time and memory reads as a ratio: linear code gives about 2.0.
//!
//! First a summary table (best of a few runs, peak heap bytes counted by a
//! global allocator, and the 2n/n ratios), then the criterion group
//! `pathological` for careful timings:
//!
//! ```text
//! cargo bench --bench pathological -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! `PATHOLOGICAL_SCALE=0.1` shrinks every size (for a quick look);
//! `PATHOLOGICAL_SUMMARY_ONLY=1` prints the table and stops;
//! `PATHOLOGICAL_ONLY=long_line` keeps one shape in the table (for a profiler).
#![allow(unsafe_code)]
#![allow(missing_docs)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};

#[path = "../tests/all/pathological/shapes.rs"]
mod shapes;

/// Counts live heap bytes and remembers the peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; the
// counters are only statistics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let live = LIVE.fetch_add(grow, Ordering::Relaxed) + grow;
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What a shape does with its input.
#[derive(Clone, Copy)]
enum Run {
    Parse,
    Numeral,
}

struct Shape {
    name: &'static str,
    unit: &'static str,
    n: usize,
    build: fn(usize) -> String,
    run: Run,
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "long_line",
            unit: "bytes",
            n: 5 << 20,
            build: shapes::long_line,
            run: Run::Parse,
        },
        Shape {
            name: "long_sentence",
            unit: "bytes",
            n: 1 << 20,
            build: shapes::long_sentence,
            run: Run::Parse,
        },
        Shape {
            name: "long_clause",
            unit: "bytes",
            n: 1 << 20,
            build: shapes::long_clause,
            run: Run::Parse,
        },
        Shape {
            name: "headings",
            unit: "headings",
            n: 100_000,
            build: shapes::headings,
            run: Run::Parse,
        },
        Shape {
            name: "clauses",
            unit: "clauses",
            n: 100_000,
            build: shapes::clauses,
            run: Run::Parse,
        },
        Shape {
            name: "numeral_digits",
            unit: "digits",
            n: 1_000_000,
            build: shapes::digits,
            run: Run::Numeral,
        },
        Shape {
            name: "nested_brackets",
            unit: "brackets",
            n: 10_000,
            build: shapes::brackets,
            run: Run::Parse,
        },
        Shape {
            name: "long_lists",
            unit: "figures",
            n: 100_000,
            build: shapes::long_lists,
            run: Run::Parse,
        },
        Shape {
            name: "repeated_title",
            unit: "titles",
            n: 10_000,
            build: shapes::titles,
            run: Run::Parse,
        },
    ]
}

fn run(kind: Run, input: &str) {
    match kind {
        Run::Parse => {
            let r = govreply::parse(input);
            black_box(&r);
        }
        Run::Numeral => {
            black_box(govreply::numeral::parse(input).err());
            black_box(govreply::quantity::scan(input));
            black_box(govreply::metric::scan(input));
        }
    }
}

/// Best time of `reps` runs and the peak heap bytes above what was live
/// before.
fn measure(kind: Run, input: &str, reps: usize) -> (Duration, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let mut best = Duration::MAX;
    for _ in 0..reps {
        let t = Instant::now();
        run(kind, input);
        best = best.min(t.elapsed());
    }
    (best, PEAK.load(Ordering::Relaxed).saturating_sub(base))
}

fn scale() -> f64 {
    std::env::var("PATHOLOGICAL_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0)
}

fn size(n: usize) -> usize {
    ((n as f64 * scale()) as usize).max(1)
}

/// The summary table: time and peak memory at n and 2n, with ratios.
fn summary() {
    println!(
        "{:<16} {:>10} {:>10} {:>11} {:>11} {:>6} {:>10} {:>10} {:>6}",
        "shape", "n", "input", "time n", "time 2n", "ratio", "peak n", "peak 2n", "ratio"
    );
    let only = std::env::var("PATHOLOGICAL_ONLY").ok();
    for s in shapes() {
        if only.as_deref().is_some_and(|o| o != s.name) {
            continue;
        }
        let n = size(s.n);
        let small = (s.build)(n);
        let large = (s.build)(2 * n);
        let (t1, m1) = measure(s.run, &small, 3);
        let (t2, m2) = measure(s.run, &large, 3);
        println!(
            "{:<16} {:>10} {:>9}K {:>11.2?} {:>11.2?} {:>6.2} {:>9}K {:>9}K {:>6.2}",
            s.name,
            format!("{n} {}", short(s.unit)),
            small.len() / 1024,
            t1,
            t2,
            t2.as_secs_f64() / t1.as_secs_f64(),
            m1 / 1024,
            m2 / 1024,
            m2 as f64 / m1.max(1) as f64,
        );
    }
}

fn short(unit: &str) -> &str {
    unit.get(..1).unwrap_or(unit)
}

fn pathological(c: &mut Criterion) {
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for s in shapes() {
        for n in [size(s.n), 2 * size(s.n)] {
            let input = (s.build)(n);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::new(s.name, n), &input, |b, input| {
                b.iter(|| run(s.run, input))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pathological);

fn main() {
    summary();
    if std::env::var_os("PATHOLOGICAL_SUMMARY_ONLY").is_some() {
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
