//! The integration tests, in one binary (one link step).
#![allow(
    clippy::string_slice,
    clippy::indexing_slicing,
    clippy::type_complexity,
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used
)]

mod bad_input;
mod cases;
mod cases_numbers;
mod chrome;
mod copies;
mod corpus;
mod encoding;
mod errors;
mod fixtures;
mod fuzz_regressions;
mod generated;
mod html;
mod invariants;
mod metrics;
mod mutations;
mod normalisation;
mod pathological;
mod props;
mod shape;
mod subject;
mod workload;
mod wrapped;
