//! The body of a reply: sections, paragraphs and measures.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{own, Metric};
use crate::span::Span;

/// A paragraph of running text with what was found in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Paragraph<'a> {
    /// The text as written (a paragraph hard-wrapped over several lines is
    /// joined without the line breaks).
    pub text: Cow<'a, str>,
    /// From the first to the last character of the paragraph.
    pub span: Span,
    /// Enumerated actions inside the paragraph (`一是…二是…`).
    pub measures: Vec<Measure<'a>>,
    /// Quantities with their meaning.
    pub metrics: Vec<Metric<'a>>,
}

impl Paragraph<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            text: own(self.text),
            span: self.span,
            measures: self.measures.into_iter().map(Measure::into_owned).collect(),
            metrics: self.metrics.into_iter().map(Metric::into_owned).collect(),
        }
    }
}

/// One concrete action of the replying office, written as an enumerated
/// clause: `一是探索汽车制造和服务全链条融合。…`, `首先…其次…`, `①…②…`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Measure<'a> {
    /// Position in its list, from 1.
    pub ordinal: u32,
    /// The marker as written: `一是`, `首先`, `①`, `（1）`, or for a numbered
    /// subsection yielded by [`Reply::measures`](crate::Reply::measures) its
    /// heading marker `1.`.
    pub marker: Cow<'a, str>,
    /// The first sentence (or clause) without its full stop.
    pub summary: Cow<'a, str>,
    /// The whole clause, marker excluded, up to the next marker or the end
    /// of the paragraph.
    pub text: Cow<'a, str>,
    /// Quantities inside the clause.
    pub metrics: Vec<Metric<'a>>,
    /// From the marker to the end of the clause.
    pub span: Span,
}

impl Measure<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Measure<'static> {
        Measure {
            ordinal: self.ordinal,
            marker: own(self.marker),
            summary: own(self.summary),
            text: own(self.text),
            metrics: self.metrics.into_iter().map(Metric::into_owned).collect(),
            span: self.span,
        }
    }
}

/// A numbered part of the body: `一、发展现状`, `（一）…`, `1.在顶层设计上提前谋划。`.
///
/// Levels follow GB/T 9704: 1 for `一、`, 2 for `（一）`, 3 for `1.` / `1、`,
/// 4 for `（1）`, 5 for `①`. A section nests under the nearest section of a
/// lower level number, so a skipped level (`一、` then `1.`) still nests.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
///
/// A section's measures and metrics are those of its own paragraphs:
/// [`Section::measures`] and [`Section::metrics`] walk them (no copy is
/// kept), and the JSON form writes them out as `measures` and `metrics`
/// beside `paragraphs`, as SPEC §3 lists them (they are read back from the
/// paragraphs, so a JSON `measures`/`metrics` field is ignored on input).
#[cfg_attr(feature = "serde", derive(Deserialize))]
pub struct Section<'a> {
    /// Heading level by marker type (1 = `一、` … 5 = `①`).
    pub level: u8,
    /// The number of the marker: 3 for `三、`, `（三）`, `3.`.
    pub ordinal: u32,
    /// The marker as written: `一、`, `（一）`, `1.`, `１．`.
    pub marker: Cow<'a, str>,
    /// The heading without its marker; `None` for a numbered paragraph that
    /// has no heading of its own. Where a heading runs on into its body on
    /// the same line, the first sentence without its full stop.
    pub heading: Option<Cow<'a, str>>,
    /// The paragraphs of the section before its first subsection (the
    /// run-on text of the heading line opens the first one).
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Nested sections.
    pub subsections: Vec<Section<'a>>,
    /// From the marker to the end of the section's last line (subsections
    /// included).
    pub span: Span,
}

impl Section<'_> {
    /// An owned copy.
    pub fn into_owned(self) -> Section<'static> {
        Section {
            level: self.level,
            ordinal: self.ordinal,
            marker: own(self.marker),
            heading: self.heading.map(own),
            paragraphs: self
                .paragraphs
                .into_iter()
                .map(Paragraph::into_owned)
                .collect(),
            subsections: self
                .subsections
                .into_iter()
                .map(Section::into_owned)
                .collect(),
            span: self.span,
        }
    }
}

impl<'a> Section<'a> {
    /// The measures of this section's own paragraphs (not its
    /// subsections'), in order.
    pub fn measures(&self) -> impl Iterator<Item = &Measure<'a>> + '_ {
        self.paragraphs.iter().flat_map(|p| p.measures.iter())
    }

    /// The metrics of this section's own paragraphs (not its
    /// subsections'), in order.
    pub fn metrics(&self) -> impl Iterator<Item = &Metric<'a>> + '_ {
        self.paragraphs.iter().flat_map(|p| p.metrics.iter())
    }
}

/// The JSON form of SPEC §3: the section's fields with `measures` and
/// `metrics` written out from its paragraphs.
#[cfg(feature = "serde")]
impl Serialize for Section<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        /// A sequence written from an iterator, without collecting it.
        struct Seq<F>(F);
        impl<T: Serialize, I: Iterator<Item = T>, F: Fn() -> I> Serialize for Seq<F> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq((self.0)())
            }
        }

        let mut st = serializer.serialize_struct("Section", 9)?;
        st.serialize_field("level", &self.level)?;
        st.serialize_field("ordinal", &self.ordinal)?;
        st.serialize_field("marker", &self.marker)?;
        st.serialize_field("heading", &self.heading)?;
        st.serialize_field("paragraphs", &self.paragraphs)?;
        st.serialize_field("subsections", &self.subsections)?;
        st.serialize_field("measures", &Seq(|| self.measures()))?;
        st.serialize_field("metrics", &Seq(|| self.metrics()))?;
        st.serialize_field("span", &self.span)?;
        st.end()
    }
}
