//! title::parse and title::find_proposal.
#![no_main]

use govreply::title;
use govreply_fuzz::{error_ok, span_ok, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    match title::parse(input) {
        Ok(t) => {
            span_ok(input, t.span, "title");
            if let Some(p) = &t.proposal {
                span_ok(input, p.span, "title proposal");
            }
            if let Some(d) = &t.doc_number {
                span_ok(input, d.span, "title doc number");
            }
        }
        Err(e) => error_ok(input, &e),
    }
    if let Some(p) = title::find_proposal(input) {
        span_ok(input, p.span, "found proposal");
    }
});
