//! The body of a reply: paragraphs, the section tree, and the measures and
//! metrics inside paragraphs.

pub(crate) mod heading;
pub(crate) mod measure;

use std::borrow::Cow;
use std::ops::Range;

use crate::model::{Measure, Metric, Paragraph, Section};
use crate::span::Span;
use crate::text;

use heading::Marker;

/// The text of one paragraph with the map back to the input: a paragraph
/// that was hard-wrapped over lines is joined (owned); a paragraph on one
/// line borrows.
#[derive(Debug, Clone)]
pub(crate) struct ParaText<'a> {
    text: Cow<'a, str>,
    /// The input offset of a text that is one piece of the input.
    at: usize,
    /// `(offset in text, offset in input)` of each joined piece; empty for
    /// one piece (no allocation for the common case).
    pieces: Vec<(usize, usize)>,
}

impl<'a> ParaText<'a> {
    /// One piece of the input starting at input offset `at`.
    pub fn single(text: &'a str, at: usize) -> Self {
        ParaText {
            text: Cow::Borrowed(text),
            at,
            pieces: Vec::new(),
        }
    }

    /// Pieces of the input (text, input offset) joined without separators.
    pub fn joined(pieces: &[(&'a str, usize)]) -> Self {
        match pieces {
            [(t, at)] => ParaText::single(t, *at),
            _ => {
                let mut text = String::with_capacity(pieces.iter().map(|p| p.0.len()).sum());
                let mut map = Vec::with_capacity(pieces.len());
                for (t, at) in pieces {
                    map.push((text.len(), *at));
                    text.push_str(t);
                }
                ParaText {
                    text: Cow::Owned(text),
                    at: pieces.first().map_or(0, |p| p.1),
                    pieces: map,
                }
            }
        }
    }

    /// The paragraph text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Input offset of text offset `pos`, for a start position.
    fn map_start(&self, pos: usize) -> usize {
        if self.pieces.is_empty() {
            return self.at + pos;
        }
        let i = self
            .pieces
            .partition_point(|(t, _)| *t <= pos)
            .saturating_sub(1);
        self.pieces
            .get(i)
            .map(|(t, at)| at + (pos - t))
            .unwrap_or(pos)
    }

    /// Input offset of text offset `pos`, for an end position (a piece's
    /// end maps to the end of that piece, not the start of the next).
    fn map_end(&self, pos: usize) -> usize {
        if self.pieces.is_empty() {
            return self.at + pos;
        }
        let i = self
            .pieces
            .partition_point(|(t, _)| *t < pos)
            .saturating_sub(1);
        self.pieces
            .get(i)
            .map(|(t, at)| at + pos.saturating_sub(*t))
            .unwrap_or(pos)
    }

    /// The input span of a byte range of the text.
    pub fn span(&self, r: Range<usize>) -> Span {
        if r.start >= r.end {
            let at = self.map_start(r.start);
            return Span::new(at, at);
        }
        Span::new(self.map_start(r.start), self.map_end(r.end))
    }

    /// The whole paragraph's span.
    pub fn whole_span(&self) -> Span {
        self.span(0..self.text.len())
    }

    /// A slice of the text, borrowed from the input where the text is.
    pub fn slice(&self, r: Range<usize>) -> Cow<'a, str> {
        text::part_of(&self.text, self.text.get(r).unwrap_or(""))
    }

    /// A sub-slice `part` of [`as_str`](Self::as_str) as a range.
    pub fn range_of(&self, part: &str) -> Range<usize> {
        let start = crate::span::offset_in(&self.text, part);
        start..start + part.len()
    }

    /// The metrics of the paragraph with spans into the input, in a list of
    /// their exact number; `work` is a buffer kept from one paragraph to
    /// the next.
    pub fn metrics(&self, work: &mut Vec<Metric<'a>>) -> Vec<Metric<'a>> {
        let remap = |mut m: Metric<'a>| {
            m.span = self.span(m.span.start..m.span.end);
            m
        };
        match &self.text {
            Cow::Borrowed(s) => {
                crate::metric::scan_into(s, work);
                work.drain(..).map(remap).collect()
            }
            Cow::Owned(s) => crate::metric::scan(s)
                .into_iter()
                .map(|m| remap(m.into_owned()))
                .collect(),
        }
    }

    /// Into a model paragraph with the given measures and metrics.
    fn into_paragraph(self, measures: Vec<Measure<'a>>, metrics: Vec<Metric<'a>>) -> Paragraph<'a> {
        let span = self.whole_span();
        Paragraph {
            text: self.text,
            span,
            measures,
            metrics,
        }
    }
}

/// Turns a group of paragraphs (the paragraphs of one section, or the
/// preamble) into model paragraphs, finding measure runs across them.
pub(crate) fn paragraphs<'a>(group: Vec<ParaText<'a>>) -> Vec<Paragraph<'a>> {
    let mut hits = Vec::new();
    for (i, p) in group.iter().enumerate() {
        measure::find_markers(i, p.as_str(), &mut hits);
    }
    let runs = measure::select_runs(&hits);
    let mut out = Vec::with_capacity(group.len());
    let mut work = Vec::new();
    for (i, p) in group.into_iter().enumerate() {
        let metrics = p.metrics(&mut work);
        let mine: Vec<&(measure::Hit, u32)> = runs.iter().filter(|(h, _)| h.para == i).collect();
        let mut measures = Vec::with_capacity(mine.len());
        for (k, (hit, ordinal)) in mine.iter().enumerate() {
            let end = mine
                .get(k + 1)
                .map(|(h, _)| h.start)
                .unwrap_or(p.as_str().len());
            let body = p.as_str().get(hit.end..end).unwrap_or("");
            let body = text::trim(body);
            let body_range = p.range_of(body);
            let summary = measure::summary(body);
            let span = p.span(hit.start..body_range.end);
            // the marker without the comma after it (`首先，`, `第一，`)
            let marker_len = p
                .as_str()
                .get(hit.start..hit.end)
                .map_or(0, |m| m.trim_end_matches(['，', ',', '、']).len());
            measures.push(Measure {
                ordinal: *ordinal,
                marker: p.slice(hit.start..hit.start + marker_len),
                summary: p.slice(p.range_of(summary)),
                text: p.slice(body_range),
                // the metrics are in text order: those of the clause are a run
                metrics: {
                    let from = metrics.partition_point(|m| m.span.start < span.start);
                    let n = metrics
                        .get(from..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|m| span.contains(m.span))
                        .count();
                    metrics.get(from..from + n).unwrap_or(&[]).to_vec()
                },
                span,
            });
        }
        out.push(p.into_paragraph(measures, metrics));
    }
    out
}

/// One item of the body in reading order.
#[derive(Debug, Clone)]
pub(crate) enum Item<'a> {
    /// A heading line.
    Heading {
        marker: Marker<'a>,
        /// Borrowed, or joined where a hard wrap cut it (`强` / `化绩效管理`).
        heading: Option<Cow<'a, str>>,
        /// The heading line's span.
        span: Span,
        /// Text after the heading on the same line.
        body: Option<ParaText<'a>>,
    },
    /// A paragraph.
    Para(ParaText<'a>),
}

/// A section being built.
struct Open<'a> {
    marker: Marker<'a>,
    heading: Option<Cow<'a, str>>,
    span: Span,
    paras: Vec<ParaText<'a>>,
    subsections: Vec<Section<'a>>,
}

impl<'a> Open<'a> {
    fn close(self) -> Section<'a> {
        let paragraphs = paragraphs(self.paras);
        Section {
            level: self.marker.level,
            ordinal: self.marker.ordinal,
            marker: Cow::Borrowed(self.marker.text),
            heading: self.heading,
            paragraphs,
            subsections: self.subsections,
            span: self.span,
        }
    }
}

/// Builds the preamble and the section tree from the body items. A heading
/// nests under the nearest open heading of a lower level number.
pub(crate) fn build<'a>(
    items: impl IntoIterator<Item = Item<'a>>,
) -> (Vec<Paragraph<'a>>, Vec<Section<'a>>) {
    let mut preamble = Vec::new();
    let mut top: Vec<Section<'a>> = Vec::new();
    let mut stack: Vec<Open<'a>> = Vec::new();

    fn close_to<'a>(stack: &mut Vec<Open<'a>>, top: &mut Vec<Section<'a>>, level: u8) {
        while stack.last().is_some_and(|o| o.marker.level >= level) {
            if let Some(open) = stack.pop() {
                let span = open.span;
                let section = open.close();
                match stack.last_mut() {
                    Some(parent) => {
                        parent.span = parent.span.join(span);
                        parent.subsections.push(section);
                    }
                    None => top.push(section),
                }
            }
        }
    }

    for item in items {
        match item {
            Item::Heading {
                marker,
                heading,
                span,
                body,
            } => {
                close_to(&mut stack, &mut top, marker.level);
                stack.push(Open {
                    marker,
                    heading,
                    span,
                    paras: body.into_iter().collect(),
                    subsections: Vec::new(),
                });
            }
            Item::Para(p) => match stack.last_mut() {
                Some(open) => {
                    open.span = open.span.join(p.whole_span());
                    open.paras.push(p);
                }
                None => preamble.push(p),
            },
        }
    }
    close_to(&mut stack, &mut top, 0);
    (paragraphs(preamble), top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_leave_out_the_comma_after_them() {
        let group = vec![ParaText::single(
            "我们采取了以下措施：首先，开展专项调查；其次，新开通线路12条；第三、优化线路。",
            0,
        )];
        let paras = paragraphs(group);
        let got: Vec<(&str, &str)> = paras[0]
            .measures
            .iter()
            .map(|m| (m.marker.as_ref(), m.summary.as_ref()))
            .collect();
        assert_eq!(
            got,
            vec![("首先", "开展专项调查"), ("其次", "新开通线路12条")]
        );
        let m = &paras[0].measures[0];
        assert_eq!(m.span.start, "我们采取了以下措施：".len());
        assert_eq!(paras[0].measures[1].metrics.len(), 1);
    }

    #[test]
    fn metrics_come_in_a_list_of_their_exact_number() {
        let mut work = Vec::new();
        let long = ParaText::single(
            "产值3502.38亿元，增长12.3%，企业15家，占比8.5%，新增1200个。",
            40,
        );
        let short = ParaText::single("新增企业3家。", 200);
        let first = long.metrics(&mut work);
        assert_eq!((first.len(), first.capacity()), (5, 5));
        assert_eq!(first[0].span.start, 40 + "产值".len());
        let second = short.metrics(&mut work);
        assert_eq!((second.len(), second.capacity()), (1, 1));
        assert_eq!(second[0].text, "3家");
        assert_eq!(second[0].span.start, 200 + "新增企业".len());
    }

    #[test]
    fn joined_text_maps_back() {
        let input = "第一行，\n  第二行。";
        let a = &input[0..12];
        let b = &input[15..];
        let p = ParaText::joined(&[(a, 0), (b, 15)]);
        assert_eq!(p.as_str(), "第一行，第二行。");
        assert_eq!(p.whole_span(), Span::new(0, input.len()));
        // "第二行" starts at text offset 12, input offset 15
        assert_eq!(p.span(12..21), Span::new(15, 24));
        // a range that ends where the first piece ends maps to its end
        assert_eq!(p.span(0..12), Span::new(0, 12));
        assert!(matches!(p.slice(0..3), Cow::Owned(_)));
        let single = ParaText::single(a, 0);
        assert!(matches!(single.slice(0..3), Cow::Borrowed("第")));
    }

    fn heading<'a>(line: &'a str, at: usize) -> Item<'a> {
        let (marker, rest) = heading::heading_marker(line).unwrap();
        let (h, body) = heading::split_heading(rest);
        Item::Heading {
            marker,
            heading: h.map(Cow::Borrowed),
            span: Span::new(at, at + line.len()),
            body: body.map(|b| ParaText::single(b, at + (line.len() - b.len()))),
        }
    }

    #[test]
    fn sections_nest_by_level_and_skip_levels() {
        let items = vec![
            Item::Para(ParaText::single("开场。", 0)),
            heading("一、现状", 10),
            Item::Para(ParaText::single("现状段落。", 20)),
            heading("二、工作", 40),
            heading("1.谋划。一是甲。二是乙。", 50),
            heading("2.申创", 90),
            heading("（一）补充", 100),
            heading("三、建议", 120),
        ];
        let (pre, secs) = build(items);
        assert_eq!(pre.len(), 1);
        let got: Vec<(u32, Option<&str>, usize)> = secs
            .iter()
            .map(|s| (s.ordinal, s.heading.as_deref(), s.subsections.len()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, Some("现状"), 0),
                (2, Some("工作"), 3),
                (3, Some("建议"), 0)
            ]
        );
        let sub = &secs[1].subsections;
        assert_eq!(sub[0].heading.as_deref(), Some("谋划"));
        assert_eq!(sub[0].measures().count(), 2);
        assert_eq!(
            sub[0].measures().nth(1).map(|m| m.summary.as_ref()),
            Some("乙")
        );
        // （一） (level 2) after 2. (level 3) closes 2. and nests under 二、
        assert_eq!(sub[1].heading.as_deref(), Some("申创"));
        assert_eq!(sub.len(), 3);
        assert_eq!((sub[2].level, sub[2].heading.as_deref()), (2, Some("补充")));
        assert_eq!(secs[1].span, Span::new(40, 100 + "（一）补充".len()));
    }
}
