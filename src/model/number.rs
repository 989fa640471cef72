//! A numeral read on its own: its exact value and the form it was written in.

use std::borrow::Cow;

use rust_decimal::Decimal;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::own;
use crate::span::Span;

/// The form a numeral was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumeralForm {
    /// A whole number: `一千零五十`, `3502.38亿` (its value is whole), `二〇二三`.
    Integer,
    /// A number with a fractional part: `三点五`, `1,234.5`.
    Decimal,
    /// A percentage; the value is in percent: `59%`, `百分之五十九`, and
    /// tenths `七成六` (value 76).
    Percent,
    /// Per mille; the value is in per mille: `千分之三`, `3‰`.
    Permille,
    /// A fraction `numerator/denominator`, with an optional whole part
    /// (`一又十分之一`). The numeral's `value` is `whole + numerator /
    /// denominator`, **rounded** to 28 significant digits where the division
    /// does not end (`三分之二` → 0.6666…667); the parts are exact.
    Fraction {
        /// The whole part before 又, if any.
        #[cfg_attr(
            feature = "serde",
            serde(with = "super::serde_decimal::option", default)
        )]
        whole: Option<Decimal>,
        /// The number after 分之 (exact).
        #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal"))]
        numerator: Decimal,
        /// The number before 分之 (exact).
        #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal"))]
        denominator: Decimal,
    },
}

/// A numeral as parsed by [`numeral::parse`](crate::numeral::parse).
///
/// `value` is exact (never a float on the way) and normalised for Chinese
/// numerals; Arabic digits keep their scale (`8.0%` has value `8.0`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Numeral<'a> {
    /// The value: 76 for `七成六` (percent), 0.6666… for `三分之二`.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal"))]
    pub value: Decimal,
    /// For an approximate range written with neighbouring digits
    /// (`百分之二三十`, `两三`), the upper value; `value` is the lower one.
    #[cfg_attr(feature = "serde", serde(with = "super::serde_decimal::option"))]
    pub upper: Option<Decimal>,
    /// How it was written.
    pub form: NumeralForm,
    /// The numeral as written.
    pub text: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

impl Numeral<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Numeral<'static> {
        Numeral {
            value: self.value,
            upper: self.upper,
            form: self.form,
            text: own(self.text),
            span: self.span,
        }
    }
}
