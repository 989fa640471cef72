//! The whole reply.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{
    own, own_opt, own_vec, Contact, Date, Encoding, Measure, Metric, Paragraph, ProposalRef,
    Section,
};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// The answer category marked on a reply (`A`, `A类`, `（B类）`,
/// `答复类别：C`, `分类标识【D】`, 甲/乙/丙).
///
/// The usual meanings: A solved or adopted, B being solved or planned,
/// C not feasible now, D kept for reference; offices differ, so the mark is
/// given as written and its meaning left to the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub enum Category {
    /// A: solved or basically solved (采纳).
    A,
    /// B: being solved, partly solved, or planned.
    B,
    /// C: cannot be solved for now.
    C,
    /// D: kept for reference (留作参考).
    D,
    /// 甲.
    #[cfg_attr(feature = "serde", serde(rename = "甲"))]
    Jia,
    /// 乙.
    #[cfg_attr(feature = "serde", serde(rename = "乙"))]
    Yi,
    /// 丙.
    #[cfg_attr(feature = "serde", serde(rename = "丙"))]
    Bing,
}

impl Category {
    /// The mark as a letter or character: `"A"`, `"甲"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Category::A => "A",
            Category::B => "B",
            Category::C => "C",
            Category::D => "D",
            Category::Jia => "甲",
            Category::Yi => "乙",
            Category::Bing => "丙",
        }
    }
}

/// A document number (发文字号): `杭钱发改函〔2023〕45号`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct DocNumber<'a> {
    /// The whole number as written.
    pub text: Cow<'a, str>,
    /// The issuing office's code (机关代字): `杭钱发改函`.
    pub prefix: Cow<'a, str>,
    /// The year in the brackets.
    pub year: Option<i32>,
    /// The serial number before `号`.
    pub serial: Option<u32>,
    /// Where it stands in the input.
    pub span: Span,
}

impl DocNumber<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> DocNumber<'static> {
        DocNumber {
            text: own(self.text),
            prefix: own(self.prefix),
            year: self.year,
            serial: self.serial,
            span: self.span,
        }
    }
}

/// One addressee: `蒋扬名委员`, `王五代表`, `民盟钱塘区基层委员会`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Addressee<'a> {
    /// The person's or the organisation's name.
    pub name: Cow<'a, str>,
    /// 委员, 代表 and the like, as written; `None` for an organisation.
    pub role: Option<Cow<'a, str>>,
    /// Whether the list ends here with `等` ("and others").
    pub others: bool,
    /// Where the name stands.
    pub span: Span,
}

impl Addressee<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Addressee<'static> {
        Addressee {
            name: own(self.name),
            role: own_opt(self.role),
            others: self.others,
            span: self.span,
        }
    }
}

/// Who handled the proposal: the lead unit (主办) and the assisting units
/// (会办, 协办).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Handling<'a> {
    /// Lead units; a self-reference (我局) is resolved to the signing
    /// organisation.
    pub lead: Vec<Cow<'a, str>>,
    /// Assisting units.
    pub assisting: Vec<Cow<'a, str>>,
}

impl Handling<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Handling<'static> {
        Handling {
            lead: own_vec(self.lead),
            assisting: own_vec(self.assisting),
        }
    }
}

/// The signature: the signing organisation(s) and the date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Signature<'a> {
    /// The organisation line as written (several organisations on one line
    /// stay together here).
    pub org: Option<Cow<'a, str>>,
    /// Each signing organisation on its own.
    pub orgs: Vec<Cow<'a, str>>,
    /// The date of the reply (成文日期).
    pub date: Option<Date>,
    /// From the first to the last signature line.
    pub span: Option<Span>,
}

impl Signature<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Signature<'static> {
        Signature {
            org: own_opt(self.org),
            orgs: own_vec(self.orgs),
            date: self.date,
            span: self.span,
        }
    }
}

/// A `key:value` field: web-page metadata (`发布日期:2023-06-06 17:03`,
/// `信息来源:区发展和改革局`) and notes such as `是否同意公开【主动公开】`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct HeaderField<'a> {
    /// The key as written, spaces inside removed only if there were none
    /// (`类 别` stays as written).
    pub key: Cow<'a, str>,
    /// The value as written, trimmed; empty when the page left it empty.
    pub value: Cow<'a, str>,
    /// The whole field.
    pub span: Span,
}

impl HeaderField<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> HeaderField<'static> {
        HeaderField {
            key: own(self.key),
            value: own(self.value),
            span: self.span,
        }
    }
}

/// What kind of web-page line a [`Chrome`] line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChromeKind {
    /// Breadcrumbs and navigation: `当前位置：首页>…`, `首页/ 政府信息公开/…`.
    Navigation,
    /// Greetings and accessibility links: `欢迎访问…`, `无障碍浏览`, `今天是:`.
    Banner,
    /// Page tools: `打印`, `关闭`, `字号：大 中 小`, `分享到`.
    Toolbar,
    /// `责任编辑：…`, `编辑：…`.
    Editor,
    /// `上一篇：…`, `上一条：…`.
    Previous,
    /// `下一篇：…`, `下一条：…`.
    Next,
    /// Site footer: copyright, 网站标识码, 备案号, the sponsor's contact.
    Footer,
    /// HTML left in the text: `<!--EndFragment-->`.
    Markup,
    /// A page-number line `— 1 —`.
    PageNumber,
}

/// A line of the web page around the reply, kept with its span and never
/// taken for the reply's own title or body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Chrome<'a> {
    /// What kind of line it is.
    pub kind: ChromeKind,
    /// The line as written, trimmed.
    pub text: Cow<'a, str>,
    /// For `上一篇`/`下一篇`, the title of the linked (other) reply.
    pub linked_title: Option<Cow<'a, str>>,
    /// The line.
    pub span: Span,
}

impl Chrome<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Chrome<'static> {
        Chrome {
            kind: self.kind,
            text: own(self.text),
            linked_title: own_opt(self.linked_title),
            span: self.span,
        }
    }
}

/// An attachment named at the end of a reply: `附件：1.…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Attachment<'a> {
    /// Its number in the list, where numbered.
    pub number: Option<u32>,
    /// Its name.
    pub name: Cow<'a, str>,
    /// The line that names it.
    pub span: Span,
}

impl Attachment<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Attachment<'static> {
        Attachment {
            number: self.number,
            name: own(self.name),
            span: self.span,
        }
    }
}

/// Spans of the parts of a [`Reply`] whose values are plain text or enums.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct ReplySpans {
    /// The title's lines (a title may wrap over several).
    pub title: Vec<Span>,
    /// The letterhead line the issuer was read from (`青云县住房和城乡建设局`
    /// above or below the title), when the title does not name it.
    pub issuer: Option<Span>,
    /// The category mark.
    pub category: Option<Span>,
    /// The `签发人：` field.
    pub signer: Option<Span>,
    /// The addressee line.
    pub addressees: Option<Span>,
    /// The subject inside the opening.
    pub subject: Option<Span>,
    /// The `抄送：` line(s).
    pub cc: Option<Span>,
    /// The `附件：` line(s).
    pub attachments: Option<Span>,
}

/// A parsed reply to a proposal or suggestion.
///
/// Every part is optional but the body; what the text does not have is
/// `None` or empty, never invented. See the crate docs for an example.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Reply<'a> {
    /// The title, its lines joined when it wraps.
    pub title: Option<Cow<'a, str>>,
    /// The office named at the head of the title (`交通运输部关于…`), or
    /// else in the letterhead line above or below it (`青云县住房和城乡建设局`,
    /// `某某县人民政府文件`; that line's span is `spans.issuer`).
    pub issuer: Option<Cow<'a, str>>,
    /// The document form at the end of the title as written: 答复, 答复函,
    /// 复函, 会办意见, 答复的函, 函.
    pub form: Option<Cow<'a, str>>,
    /// The proposal or suggestion answered.
    pub proposal: Option<ProposalRef<'a>>,
    /// When the web page was published (`发布日期`, `发布时间`, `更新时间`).
    pub published: Option<Date>,
    /// Where the page says the reply came from (`信息来源`, `来源`).
    pub source: Option<Cow<'a, str>>,
    /// Every `key:value` field of the page and document head, in order.
    pub header: Vec<HeaderField<'a>>,
    /// The document number.
    pub doc_number: Option<DocNumber<'a>>,
    /// The leader who signed off the reply (`签发人：…`).
    pub signer: Option<Cow<'a, str>>,
    /// The answer category.
    pub category: Option<Category>,
    /// Who the reply is addressed to.
    pub addressees: Vec<Addressee<'a>>,
    /// The proposal's subject, as quoted in the opening (《…》, “…” or bare),
    /// or else as the title names it (`关于加快老旧小区改造的建议的答复`).
    pub subject: Option<Cow<'a, str>>,
    /// Lead and assisting units.
    pub handling: Handling<'a>,
    /// The opening paragraph (`您提出的…收悉。…现将办理情况答复如下：`).
    pub opening: Option<Paragraph<'a>>,
    /// Paragraphs before the first section (the whole body when a reply
    /// has no headings).
    pub preamble: Vec<Paragraph<'a>>,
    /// The numbered sections of the body, nested by level.
    pub sections: Vec<Section<'a>>,
    /// The closing formula (`感谢您对…`, `此复。`, `此致 敬礼`).
    pub closing: Option<Paragraph<'a>>,
    /// Signing organisation(s) and date.
    pub signature: Signature<'a>,
    /// The contact person and numbers.
    pub contact: Option<Contact<'a>>,
    /// Copies to (`抄送：区政府办、区政协提案委`).
    pub cc: Vec<Cow<'a, str>>,
    /// Attachments named (`附件：1.…`).
    pub attachments: Vec<Attachment<'a>>,
    /// `key:value` notes after the body (`领导签批：…`, `公开方式：主动公开`).
    pub notes: Vec<HeaderField<'a>>,
    /// Lines of the web page around the reply.
    pub chrome: Vec<Chrome<'a>>,
    /// Spans of the plain-text parts above.
    pub spans: ReplySpans,
    /// What could not be recognised, and other remarks, with spans.
    pub diagnostics: Vec<Diagnostic<'a>>,
    /// The character encoding the text was decoded from: `None` from
    /// [`parse`](crate::parse) on a `&str`, `Some` from
    /// [`parse_bytes`](crate::parse_bytes).
    #[cfg_attr(feature = "serde", serde(default))]
    pub encoding: Option<Encoding>,
}

impl<'a> Reply<'a> {
    /// An owned copy, for storing or sending elsewhere.
    pub fn into_owned(self) -> Reply<'static> {
        Reply {
            title: own_opt(self.title),
            issuer: own_opt(self.issuer),
            form: own_opt(self.form),
            proposal: self.proposal.map(ProposalRef::into_owned),
            published: self.published,
            source: own_opt(self.source),
            header: self
                .header
                .into_iter()
                .map(HeaderField::into_owned)
                .collect(),
            doc_number: self.doc_number.map(DocNumber::into_owned),
            signer: own_opt(self.signer),
            category: self.category,
            addressees: self
                .addressees
                .into_iter()
                .map(Addressee::into_owned)
                .collect(),
            subject: own_opt(self.subject),
            handling: self.handling.into_owned(),
            opening: self.opening.map(Paragraph::into_owned),
            preamble: self
                .preamble
                .into_iter()
                .map(Paragraph::into_owned)
                .collect(),
            sections: self.sections.into_iter().map(Section::into_owned).collect(),
            closing: self.closing.map(Paragraph::into_owned),
            signature: self.signature.into_owned(),
            contact: self.contact.map(Contact::into_owned),
            cc: own_vec(self.cc),
            attachments: self
                .attachments
                .into_iter()
                .map(Attachment::into_owned)
                .collect(),
            notes: self
                .notes
                .into_iter()
                .map(HeaderField::into_owned)
                .collect(),
            chrome: self.chrome.into_iter().map(Chrome::into_owned).collect(),
            spans: self.spans,
            diagnostics: self
                .diagnostics
                .into_iter()
                .map(Diagnostic::into_owned)
                .collect(),
            encoding: self.encoding,
        }
    }

    /// Every paragraph of the document in reading order: opening, preamble,
    /// sections (depth first), closing.
    pub fn paragraphs(&self) -> Vec<&Paragraph<'a>> {
        fn walk<'r, 'a>(s: &'r Section<'a>, out: &mut Vec<&'r Paragraph<'a>>) {
            out.extend(s.paragraphs.iter());
            for sub in &s.subsections {
                walk(sub, out);
            }
        }
        let mut out = Vec::new();
        out.extend(self.opening.iter());
        out.extend(self.preamble.iter());
        for s in &self.sections {
            walk(s, &mut out);
        }
        out.extend(self.closing.iter());
        out
    }

    /// Every metric of the document in reading order.
    pub fn metrics(&self) -> Vec<&Metric<'a>> {
        self.paragraphs()
            .into_iter()
            .flat_map(|p| p.metrics.iter())
            .collect()
    }

    /// Every action of the replying office in reading order: the
    /// enumerated clauses (`一是…`) and every numbered subsection that holds
    /// no deeper items or clauses (as a measure whose summary is its
    /// heading).
    pub fn measures(&self) -> Vec<Measure<'a>> {
        fn walk<'a>(s: &Section<'a>, top: bool, out: &mut Vec<Measure<'a>>) {
            let own: usize = s.paragraphs.iter().map(|p| p.measures.len()).sum();
            if !top && own == 0 && s.subsections.is_empty() {
                if let Some(heading) = &s.heading {
                    let text = s
                        .paragraphs
                        .iter()
                        .map(|p| p.text.as_ref())
                        .collect::<Vec<_>>()
                        .join("");
                    out.push(Measure {
                        ordinal: s.ordinal,
                        marker: s.marker.clone(),
                        summary: heading.clone(),
                        text: if text.is_empty() {
                            heading.clone()
                        } else {
                            Cow::Owned(text)
                        },
                        metrics: s.metrics().cloned().collect(),
                        span: s.span,
                    });
                    return;
                }
            }
            for p in &s.paragraphs {
                out.extend(p.measures.iter().cloned());
            }
            for sub in &s.subsections {
                walk(sub, false, out);
            }
        }
        let mut out = Vec::new();
        for p in self.opening.iter().chain(self.preamble.iter()) {
            out.extend(p.measures.iter().cloned());
        }
        for s in &self.sections {
            walk(s, true, &mut out);
        }
        out
    }
}
