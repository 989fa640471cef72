//! Everything findable in free text — a news article, a work report, a
//! reply's paragraph: dates and periods, proposal references, phone
//! numbers, e-mail addresses, and metrics, each with its span.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::model::{own, DateMention, Metric, Phone, ProposalRef};
use crate::span::Span;

/// An e-mail address found in text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Email<'a> {
    /// The address as written (a full-width `＠` kept).
    pub address: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
}

/// What [`scan`] found, each list in text order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Found<'a> {
    /// Dates, periods and ranges.
    pub dates: Vec<DateMention<'a>>,
    /// References to proposals and suggestions (`区政协一届三次会议第23058号提案`).
    pub proposals: Vec<ProposalRef<'a>>,
    /// Phone numbers.
    pub phones: Vec<Phone<'a>>,
    /// E-mail addresses.
    pub emails: Vec<Email<'a>>,
    /// Quantities with their meaning.
    pub metrics: Vec<Metric<'a>>,
}

impl Found<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Found<'static> {
        Found {
            dates: self
                .dates
                .into_iter()
                .map(DateMention::into_owned)
                .collect(),
            proposals: self
                .proposals
                .into_iter()
                .map(ProposalRef::into_owned)
                .collect(),
            phones: self.phones.into_iter().map(Phone::into_owned).collect(),
            emails: self
                .emails
                .into_iter()
                .map(|e| Email {
                    address: own(e.address),
                    span: e.span,
                })
                .collect(),
            metrics: self.metrics.into_iter().map(Metric::into_owned).collect(),
        }
    }
}

/// Finds every date, proposal reference, phone number, e-mail address and
/// metric in `text`. Each finder is one linear pass over the text.
///
/// ```
/// let found = govreply::scan("截至2023年底，区政协一届三次会议第23058号提案已办复，咨询电话0571-89535412。");
/// assert_eq!(found.dates[0].period.to_string(), "2023");
/// assert_eq!(found.proposals[0].number.as_deref(), Some("23058"));
/// assert_eq!(found.phones[0].area_code.as_deref(), Some("0571"));
/// assert!(found.metrics.is_empty());
/// ```
pub fn scan(text: &str) -> Found<'_> {
    let mut proposals = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..) {
        let Some(p) = crate::title::find_proposal_at(rest, from) else {
            break;
        };
        let next = p.span.end.max(from + 1);
        proposals.push(p);
        // continue after the reference, on a char boundary
        from = (next..=text.len())
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(text.len());
        if from >= text.len() {
            break;
        }
    }
    Found {
        dates: crate::date::scan(text),
        proposals,
        phones: crate::contact::scan_phones(text),
        emails: crate::contact::scan_emails(text)
            .into_iter()
            .map(|(a, span)| Email {
                address: Cow::Borrowed(a),
                span,
            })
            .collect(),
        metrics: crate::metric::scan(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_article() {
        let text = "本报讯 2024年3月5日，市政协十四届三次会议开幕。会议共收到提案612件，比上年增加8.5%。\
                    据悉，市十五届人大一次会议第12号建议和第15号建议已办结。联系电话：0731-88112233，\
                    邮箱：tian@example.gov.cn。";
        let f = scan(text);
        let dates: Vec<String> = f.dates.iter().map(|d| d.period.to_string()).collect();
        assert_eq!(dates, ["2024-03-05"]);
        assert!(f.proposals.len() >= 2, "{:?}", f.proposals);
        assert_eq!(f.proposals[0].term, Some(14));
        assert!(f
            .proposals
            .iter()
            .any(|p| p.number.as_deref() == Some("12")));
        let phones: Vec<&str> = f.phones.iter().map(|p| p.text.as_ref()).collect();
        assert_eq!(phones, ["0731-88112233"]);
        assert_eq!(f.emails[0].address, "tian@example.gov.cn");
        let metrics: Vec<String> = f.metrics.iter().map(|m| m.text.to_string()).collect();
        assert_eq!(metrics, ["612件", "8.5%"]);
        for s in f
            .proposals
            .iter()
            .map(|p| p.span)
            .chain(f.phones.iter().map(|p| p.span))
        {
            assert!(s.slice(text).is_some());
        }
        assert_eq!(f.clone().into_owned(), f);
    }

    #[test]
    fn empty_and_plain_text() {
        assert_eq!(scan(""), Found::default());
        assert_eq!(scan("没有任何可以识别的内容。"), Found::default());
    }
}
