//! Quantities: placeholder.

/// Whether a unit word starts `s`.
pub(crate) fn unit_follows(_s: &str) -> bool {
    false
}
