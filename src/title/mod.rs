//! Reply titles.
pub(crate) fn looks_like_title(_line: &str) -> bool { false }
