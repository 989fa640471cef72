//! numeral::parse, and format → parse giving the value back.
#![no_main]

use govreply::numeral::{self, Style};
use govreply_fuzz::{error_ok, span_text, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    match numeral::parse(input) {
        Ok(n) => {
            span_text(input, n.span, &n.text, "numeral");
            if let Some(upper) = n.upper {
                assert!(upper >= n.value, "range upper below lower: {n:?}");
            }
            for style in Style::ALL {
                let written = numeral::format(&n.value, style);
                match numeral::value(&written) {
                    Ok(v) => assert_eq!(v, n.value, "format({}) = {written:?}", n.value),
                    Err(e) => panic!("format({}) = {written:?} does not parse: {e}", n.value),
                }
            }
        }
        Err(e) => error_ok(input, &e),
    }
});
