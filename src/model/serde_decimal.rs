//! Exact decimals as JSON strings (`"3502.38"`), through an explicit path so
//! that another crate's feature flags cannot change our JSON.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serializer};

/// Serialises a decimal as its exact string form.
pub(crate) fn serialize<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// Reads a decimal from a string (numbers in JSON are refused: they may
/// already have lost digits).
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    Decimal::from_str(&s).map_err(|e| de::Error::custom(format!("invalid decimal {s:?}: {e}")))
}

/// The same for `Option<Decimal>` (`null` when absent).
pub(crate) mod option {
    use super::*;

    /// Serialises `Some(d)` as a string and `None` as `null`.
    pub(crate) fn serialize<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    /// Reads `null` or a decimal string.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Decimal>, D::Error> {
        let s = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        s.map(|s| {
            Decimal::from_str(&s)
                .map_err(|e| de::Error::custom(format!("invalid decimal {s:?}: {e}")))
        })
        .transpose()
    }
}
