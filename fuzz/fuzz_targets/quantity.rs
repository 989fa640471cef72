//! quantity::parse and quantity::scan.
#![no_main]

use govreply::quantity;
use govreply_fuzz::{error_ok, in_order, span_text, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    match quantity::parse(input) {
        Ok(q) => {
            span_text(input, q.span, &q.text, "quantity");
            assert!(
                q.upper.is_none_or(|u| u >= q.value),
                "upper below value: {q:?}"
            );
        }
        Err(e) => error_ok(input, &e),
    }
    let found = quantity::scan(input);
    for q in &found {
        span_text(input, q.span, &q.text, "scanned quantity");
        assert!(
            q.upper.is_none_or(|u| u >= q.value),
            "upper below value: {q:?}"
        );
    }
    in_order(found.iter().map(|q| q.span), "scanned quantities");
});
