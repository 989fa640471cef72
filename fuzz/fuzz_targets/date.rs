//! date::parse (and its period, mention and time forms) and date::scan.
#![no_main]

use govreply::date;
use govreply::model::Date;
use govreply_fuzz::{error_ok, in_order, span_text, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    match date::parse(input) {
        // a date written back reads back as itself
        Ok(d) => {
            let back: Result<Date, _> = d.to_string().parse();
            assert_eq!(back.ok(), Some(d), "{d} does not read back");
        }
        Err(e) => error_ok(input, &e),
    }
    if let Err(e) = date::parse_period(input) {
        error_ok(input, &e);
    }
    match date::parse_mention(input) {
        Ok(m) => span_text(input, m.span, &m.text, "date mention"),
        Err(e) => error_ok(input, &e),
    }
    if let Err(e) = date::parse_time(input) {
        error_ok(input, &e);
    }
    let found = date::scan(input);
    for m in &found {
        span_text(input, m.span, &m.text, "scanned date");
    }
    in_order(found.iter().map(|m| m.span), "scanned dates");
    for m in date::scan_in_year(input, 2023) {
        span_text(input, m.span, &m.text, "scanned date in a year");
    }
});
