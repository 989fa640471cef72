//! The whole parse of a text, lenient and strict.
#![no_main]

use govreply::{Parser, Severity};
use govreply_fuzz::{error_ok, invariants, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    let reply = Parser::new()
        .parse(input)
        .expect("the lenient parse never fails");
    invariants::check(input, &reply);
    let has_error = reply
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    match Parser::new().strict(true).parse(input) {
        Ok(strict) => {
            assert!(!has_error, "strict parse passed over an error diagnostic");
            assert_eq!(strict, reply, "strict and lenient disagree");
        }
        Err(e) => {
            assert!(
                has_error,
                "strict parse failed without an error diagnostic: {e}"
            );
            error_ok(input, &e);
        }
    }
});
