//! Addressees.
