//! Whole-document parse throughput (filled in with the parser).
fn main() {}
