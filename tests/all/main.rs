//! The integration tests, in one binary (one link step).

mod corpus;
mod fixtures;
mod invariants;
mod props;
mod shape;
