//! The title of a reply.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{own, own_opt, Category, DocNumber, ProposalRef};
use crate::span::Span;

/// A reply's title: `交通运输部关于十三届全国人大一次会议第 6750 号建议的答复函`.
///
/// A title names the answering office (optional), the proposal answered and
/// the document form. Some pages put the answer category (`…的答复函 B`) or
/// the document number (`…的答复[浙交建〔2018〕101号]`) after the title on the
/// same line; those are given here too but lie outside [`Title::span`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Title<'a> {
    /// The title as written; where it wrapped over lines the line breaks
    /// (and spaces between two Chinese characters, as in `答 复`) are left
    /// out.
    pub text: Cow<'a, str>,
    /// The office named before `关于`/`对`: `交通运输部`.
    pub issuer: Option<Cow<'a, str>>,
    /// The proposal or suggestion answered.
    pub proposal: Option<ProposalRef<'a>>,
    /// The proposal's subject where the title quotes it
    /// (`《关于加强…的建议》`, without the quotation marks).
    pub subject: Option<Cow<'a, str>>,
    /// The document form as written, spaces inside left out: 答复, 答复函,
    /// 复函, 答复的函, 函, 会办意见, 答复意见, 办理情况的答复, 答复摘要, 答復.
    pub form: Cow<'a, str>,
    /// An answer category written after the title on the same line.
    pub category: Option<Category>,
    /// A document number written after the title on the same line.
    pub doc_number: Option<DocNumber<'a>>,
    /// From the first to the last character of the title proper.
    pub span: Span,
}

impl Title<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Title<'static> {
        Title {
            text: own(self.text),
            issuer: own_opt(self.issuer),
            proposal: self.proposal.map(ProposalRef::into_owned),
            subject: own_opt(self.subject),
            form: own(self.form),
            category: self.category,
            doc_number: self.doc_number.map(DocNumber::into_owned),
            span: self.span,
        }
    }
}
