//! metric::scan and the all-in-one govreply::scan.
#![no_main]

use govreply_fuzz::{in_order, span_ok, span_text, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    let metrics = govreply::metric::scan(input);
    for (i, m) in metrics.iter().enumerate() {
        span_text(input, m.span, &m.text, "metric");
        if let Some(r) = m.refers_to {
            assert!(r < i, "metric {i} refers to {r}, not an earlier one");
        }
    }
    in_order(metrics.iter().map(|m| m.span), "metrics");
    let found = govreply::scan(input);
    for d in &found.dates {
        span_text(input, d.span, &d.text, "scan: date");
    }
    for p in &found.proposals {
        span_ok(input, p.span, "scan: proposal");
    }
    for p in &found.phones {
        span_text(input, p.span, &p.text, "scan: phone");
    }
    for e in &found.emails {
        span_text(input, e.span, &e.address, "scan: e-mail");
    }
    for m in &found.metrics {
        span_text(input, m.span, &m.text, "scan: metric");
    }
});
