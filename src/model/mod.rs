//! The data types a parse gives back. They know nothing of parsing.
//!
//! Text fields are `Cow<'a, str>` borrowing from the input where they can;
//! every type has `into_owned()` giving a `'static` value for storing and
//! for deserialising.

mod body;
mod contact;
mod date;
mod encoding;
mod metric;
mod number;
mod proposal;
mod reply;
#[cfg(feature = "serde")]
pub(crate) mod serde_decimal;
mod title;

pub use body::{Measure, Paragraph, Section};
pub use contact::{Contact, Phone, PhoneKind};
pub use date::{Date, DateMention, DateStyle, Edge, Half, Limit, Period, Precision, Quarter};
pub use encoding::Encoding;
pub use metric::{Bound, Direction, Metric, MetricKind, Quantity};
pub use number::{Numeral, NumeralForm};
pub use proposal::{Assembly, ProposalKind, ProposalRef};
pub use reply::{
    Addressee, Attachment, Category, Chrome, ChromeKind, DocNumber, Handling, HeaderField, Reply,
    ReplySpans, Signature,
};
pub use title::Title;

use std::borrow::Cow;

/// An owned copy of a borrowed text.
pub(crate) fn own(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}

/// An owned copy of an optional borrowed text.
pub(crate) fn own_opt(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    c.map(own)
}

/// Owned copies of a list of borrowed texts.
pub(crate) fn own_vec(v: Vec<Cow<'_, str>>) -> Vec<Cow<'static, str>> {
    v.into_iter().map(own).collect()
}
