//! Contact blocks: `（联系人：陆颖 联系电话：0571-89535412）`.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{own, own_opt};
use crate::span::Span;

/// What kind of number a phone is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PhoneKind {
    /// A fixed line, with or without its area code.
    Landline,
    /// An 11-digit mobile number.
    Mobile,
    /// A service number: `12345`, `400-…`, `12369`.
    Service,
}

/// A phone number as parsed, with the text as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Phone<'a> {
    /// Country code without `+`: `86`.
    pub country: Option<Cow<'a, str>>,
    /// Area code with its leading zero: `0571`, `020`.
    pub area_code: Option<Cow<'a, str>>,
    /// The subscriber number, digits only: `89535412`.
    pub number: Cow<'a, str>,
    /// Extension: `8023` from `转8023`, `-8023` or `ext.8023`.
    pub extension: Option<Cow<'a, str>>,
    /// Fixed line, mobile or service number.
    pub kind: PhoneKind,
    /// The number as written: `0571-89535412`.
    pub text: Cow<'a, str>,
    /// Where it stands in the input.
    pub span: Span,
}

impl Phone<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Phone<'static> {
        Phone {
            country: own_opt(self.country),
            area_code: own_opt(self.area_code),
            number: own(self.number),
            extension: own_opt(self.extension),
            kind: self.kind,
            text: own(self.text),
            span: self.span,
        }
    }
}

/// Who to ask about a reply, and how to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Contact<'a> {
    /// The contact person (联系人, 经办人, 承办人).
    pub name: Option<Cow<'a, str>>,
    /// The official responsible, where named apart from the contact
    /// (承办负责人, 责任领导, 领导签批).
    pub responsible: Option<Cow<'a, str>>,
    /// The unit to contact (联系单位).
    pub unit: Option<Cow<'a, str>>,
    /// Phone numbers, in the order written.
    pub phones: Vec<Phone<'a>>,
    /// Fax number (传真).
    pub fax: Option<Phone<'a>>,
    /// E-mail address (电子邮箱, E-mail), with a full-width `＠` kept as
    /// written.
    pub email: Option<Cow<'a, str>>,
    /// Postal address (地址, 通讯地址).
    pub address: Option<Cow<'a, str>>,
    /// Postcode (邮编, 邮政编码).
    pub postcode: Option<Cow<'a, str>>,
    /// The whole contact block.
    pub span: Span,
}

impl Contact<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Contact<'static> {
        Contact {
            name: own_opt(self.name),
            responsible: own_opt(self.responsible),
            unit: own_opt(self.unit),
            phones: self.phones.into_iter().map(Phone::into_owned).collect(),
            fax: self.fax.map(Phone::into_owned),
            email: own_opt(self.email),
            address: own_opt(self.address),
            postcode: own_opt(self.postcode),
            span: self.span,
        }
    }

    /// Whether nothing at all was found.
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.responsible.is_none()
            && self.unit.is_none()
            && self.phones.is_empty()
            && self.fax.is_none()
            && self.email.is_none()
            && self.address.is_none()
            && self.postcode.is_none()
    }
}
