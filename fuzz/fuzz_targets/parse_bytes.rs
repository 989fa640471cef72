//! The bytes entry point: arbitrary bytes, valid UTF-8 or not.
#![no_main]

use govreply::ErrorKind;
use govreply_fuzz::invariants;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match (govreply::parse_bytes(data), std::str::from_utf8(data)) {
        (Ok(reply), Ok(input)) => invariants::check(input, &reply),
        (Err(e), Err(utf8)) => {
            assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
            assert_eq!(e.span().start, utf8.valid_up_to());
            assert!(e.span().end <= data.len());
            assert!(e.line() >= 1 && e.column() >= 1);
        }
        (Ok(_), Err(_)) => panic!("invalid UTF-8 accepted"),
        (Err(e), Ok(_)) => panic!("valid UTF-8 refused: {e}"),
    }
});
