//! The proposal or suggestion a reply answers.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::own;
use crate::span::Span;

/// Which assembly the proposal came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Assembly {
    /// 政协, the Chinese People's Political Consultative Conference.
    Cppcc,
    /// 人大, the People's Congress.
    Npc,
}

/// What the member or deputy submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum ProposalKind {
    /// 提案, a CPPCC member's proposal.
    Proposal,
    /// 建议 (建议、批评和意见), an NPC deputy's suggestion.
    Suggestion,
    /// 议案, an NPC deputy's motion.
    Motion,
}

/// A reference to a proposal: `钱塘区政协一届三次会议第23058号提案`.
///
/// Fields are `None` where the text does not say them (a reply that names
/// only `您提出的建议` still gives `kind` and, from the role, `assembly`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct ProposalRef<'a> {
    /// The region as written: `钱塘区`, `省`, `市`, `全国`, `枝江市`.
    pub region: Option<Cow<'a, str>>,
    /// 政协 or 人大.
    pub assembly: Option<Assembly>,
    /// The term (届).
    pub term: Option<u32>,
    /// The session (次会议).
    pub session: Option<u32>,
    /// The number as written, leading zeros kept: `23058`, `02403`,
    /// `2025D048`, `BH035`, `温36`.
    pub number: Option<Cow<'a, str>>,
    /// 提案, 建议 or 议案.
    pub kind: Option<ProposalKind>,
    /// Where the reference was read from.
    pub span: Span,
}

impl ProposalRef<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> ProposalRef<'static> {
        ProposalRef {
            region: self.region.map(own),
            assembly: self.assembly,
            term: self.term,
            session: self.session,
            number: self.number.map(own),
            kind: self.kind,
            span: self.span,
        }
    }
}
