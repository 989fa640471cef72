//! contact::parse, parse_phone, scan_phones and scan_emails.
#![no_main]

use govreply::contact;
use govreply_fuzz::{error_ok, in_order, span_ok, span_text, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let input = input.as_ref();
    match contact::parse(input) {
        Ok(c) => {
            span_ok(input, c.span, "contact");
            for p in c.phones.iter().chain(c.fax.iter()) {
                span_text(input, p.span, &p.text, "contact phone");
            }
        }
        Err(e) => error_ok(input, &e),
    }
    match contact::parse_phone(input) {
        Ok(p) => span_text(input, p.span, &p.text, "phone"),
        Err(e) => error_ok(input, &e),
    }
    let phones = contact::scan_phones(input);
    for p in &phones {
        span_text(input, p.span, &p.text, "scanned phone");
    }
    in_order(phones.iter().map(|p| p.span), "scanned phones");
    let emails = contact::scan_emails(input);
    for (address, span) in &emails {
        span_text(input, *span, address, "scanned e-mail");
    }
    in_order(emails.iter().map(|e| e.1), "scanned e-mails");
});
