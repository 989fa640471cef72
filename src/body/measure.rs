//! Measures: the enumerated clauses of a paragraph (`一是…二是…`,
//! `首先…其次…最后…`, `①…②…`, `（1）…（2）…`, `第一，…第二，…`).
//!
//! A marker counts only at the start of a paragraph or after a clause
//! boundary (`。；，：、` and spaces), and only as part of a run that starts
//! at 1 and counts up by one with at least two items — so `统一是`, a lone
//! `首先感谢您…` or `一方面` never make a measure. A run may go on across
//! the paragraphs of one section (`一是…` in one paragraph, `二是…` in the
//! next).

use crate::charset::CharSet;
use crate::grammar::{cn_small, digits, digits_value, fail, kw, lparen, rparen, PResult};
use crate::text::{self, is_sentence_end};

/// The kind of enumeration a marker belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// 一是, 二是 …
    Shi,
    /// 首先, 其次, 再次, 最后.
    Sequence,
    /// ①, ② …
    Circled,
    /// （1）, （2） …
    Paren,
    /// 第一，第二，…
    Di,
}

/// A marker found in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index of the paragraph in the group.
    pub para: usize,
    /// Byte offset of the marker in the paragraph text.
    pub start: usize,
    /// Byte offset just after the marker.
    pub end: usize,
    pub family: Family,
    /// The number the marker says (for 最后: 0, meaning "the next").
    pub number: u32,
}

/// measure_marker = cn_small "是" | "首先" | "其次" | "再次" | "最后" | circled
///                | "（" digits "）" | "第" cn_small ("，" | "、" | "是")
fn measure_marker(i: &str) -> PResult<'_, (Family, u32)> {
    if let Ok((rest, n)) = cn_small(i) {
        if let Ok((rest, _)) = kw("是")(rest) {
            return Ok((rest, (Family::Shi, n)));
        }
    }
    for (word, n) in [("首先", 1), ("其次", 2), ("再次", 3), ("最后", 0)] {
        if let Ok((rest, _)) = kw(word)(i) {
            let rest = rest.strip_prefix(['，', ',']).unwrap_or(rest);
            return Ok((rest, (Family::Sequence, n)));
        }
    }
    match i.chars().next() {
        Some(c @ '\u{2460}'..='\u{2473}') => {
            return Ok((
                i.get(c.len_utf8()..).unwrap_or(""),
                (Family::Circled, c as u32 - 0x2460 + 1),
            ))
        }
        Some(c @ '\u{2474}'..='\u{2487}') => {
            return Ok((
                i.get(c.len_utf8()..).unwrap_or(""),
                (Family::Paren, c as u32 - 0x2474 + 1),
            ))
        }
        _ => {}
    }
    if let Ok((rest, _)) = lparen(i) {
        let (rest, d) = digits(rest)?;
        let (rest, _) = rparen(rest)?;
        let n = digits_value(d).and_then(|v| u32::try_from(v).ok());
        return match n {
            Some(n) => Ok((rest, (Family::Paren, n))),
            None => fail(i, "a list number"),
        };
    }
    let (rest, _) = kw("第")(i)?;
    let (rest, n) = cn_small(rest)?;
    match rest.chars().next() {
        Some(c @ ('，' | ',' | '、' | '是')) => {
            Ok((rest.get(c.len_utf8()..).unwrap_or(""), (Family::Di, n)))
        }
        _ => fail(rest, "'，' after 第N"),
    }
}

/// Whether `c` can be the first character of a [`measure_marker`]: a
/// Chinese digit or 十, the first character of 首先/其次/再次/最后, an
/// opening bracket, 第, or a circled or bracketed number.
fn may_open_marker(c: char) -> bool {
    crate::grammar::cn_digit(c).is_some()
        || matches!(
            text::fold(c),
            '十' | '拾' | '首' | '其' | '再' | '最' | '第' | '(' | '\u{2460}'..='\u{2487}'
        )
}

/// Whether a marker may start right after `c`.
fn is_boundary(c: char) -> bool {
    is_sentence_end(c)
        || matches!(c, '；' | ';' | '，' | ',' | '：' | ':' | '、')
        || text::is_space(c)
}

/// Every marker at a boundary of `text`, in order: at its start, after a
/// boundary character, and at a circled number anywhere.
pub(crate) fn find_markers(para: usize, text: &str, out: &mut Vec<Hit>) {
    let mut tried = None;
    let mut try_at = |i: usize, out: &mut Vec<Hit>| {
        if tried != Some(i) {
            tried = Some(i);
            out.extend(hit_at(para, text, i));
        }
    };
    try_at(0, out);
    let mut from = 0;
    while let Some((p, c)) = BOUNDARY_OR_CIRCLED.find(text, from) {
        from = p + c.len_utf8();
        if matches!(c, '\u{2460}'..='\u{2473}') {
            try_at(p, out);
        }
        if is_boundary(c) {
            try_at(from, out);
        }
    }
}

/// The marker starting at byte `i` of paragraph `para`'s `text`, if any.
fn hit_at(para: usize, text: &str, i: usize) -> Option<Hit> {
    let rest = text.get(i..)?;
    if !rest.chars().next().is_some_and(may_open_marker) {
        return None;
    }
    let (after, (family, number)) = measure_marker(rest).ok()?;
    let end = text.len() - after.len();
    (end > i).then_some(Hit {
        para,
        start: i,
        end,
        family,
        number,
    })
}

/// The characters after which [`find_markers`] tries a marker (a superset
/// of [`is_boundary`]), and the circled numbers ① to ⑳, tried anywhere.
static BOUNDARY_OR_CIRCLED: CharSet = CharSet::folded(concat!(
    "。!?.;,:、 \t\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{00AD}",
    "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
));

/// Keeps the hits that form runs counting up from 1 with at least two
/// items, and numbers them; returns `(hit, ordinal)` in text order.
pub(crate) fn select_runs(hits: &[Hit]) -> Vec<(Hit, u32)> {
    let mut keep: Vec<(Hit, u32)> = Vec::new();
    for family in [
        Family::Shi,
        Family::Sequence,
        Family::Circled,
        Family::Paren,
        Family::Di,
    ] {
        let mut run: Vec<(Hit, u32)> = Vec::new();
        let flush = |run: &mut Vec<(Hit, u32)>, keep: &mut Vec<(Hit, u32)>| {
            if run.len() >= 2 {
                keep.append(run);
            }
            run.clear();
        };
        for h in hits.iter().filter(|h| h.family == family) {
            let next = run.last().map(|(_, n)| n + 1).unwrap_or(1);
            let fits = match family {
                // 最后 closes any started run; 再次 may follow 其次 or 首先
                Family::Sequence => {
                    (h.number == 0 && !run.is_empty())
                        || h.number == next
                        || (h.number == 3 && next == 2)
                }
                _ => h.number == next,
            };
            if fits {
                run.push((*h, next));
                if family == Family::Sequence && h.number == 0 {
                    flush(&mut run, &mut keep);
                }
            } else {
                flush(&mut run, &mut keep);
                if h.number == 1 {
                    run.push((*h, 1));
                }
            }
        }
        flush(&mut run, &mut keep);
    }
    keep.sort_by_key(|(h, _)| (h.para, h.start));
    keep
}

/// The measure's summary: its first clause (up to `，` `。` or `；`),
/// without the stop; a clause shorter than four characters (`同时，`) takes
/// the next one with it.
pub(crate) fn summary(text: &str) -> &str {
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let stop = is_sentence_end(c) || matches!(c, '；' | ';');
        let comma = matches!(c, '，' | ',');
        if stop || (comma && text.get(..i).is_some_and(|s| s.chars().count() >= 4)) {
            end = i;
            break;
        }
    }
    text::trim(text.get(..end).unwrap_or(text)).trim_end_matches(['，', ',', '：', ':', '、'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find_markers`] as it was: every character walked.
    fn find_markers_walking(para: usize, text: &str, out: &mut Vec<Hit>) {
        let mut at_boundary = true;
        for (i, c) in text.char_indices() {
            if at_boundary || matches!(c, '\u{2460}'..='\u{2473}') {
                out.extend(hit_at(para, text, i));
            }
            at_boundary = is_boundary(c);
        }
    }

    #[test]
    fn boundary_set_holds_every_boundary() {
        for n in 0..0x3_0000 {
            let Some(c) = char::from_u32(n) else { continue };
            if is_boundary(c) || matches!(c, '\u{2460}'..='\u{2473}') {
                assert!(BOUNDARY_OR_CIRCLED.contains(c), "{c:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Jumping from boundary to boundary finds what walking finds.
        #[test]
        fn markers_found_by_jumping(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "一是", "二是", "是", "，", "。", "①", "②", "⑴", "(1)", "（2）", "首先", "其次",
                    "最后", "第一，", "第二", "、", " ", "\u{3000}", "\u{200B}", "推进", "一", "十",
                    "；", ":", "a",
                ]),
                0..12,
            )
        ) {
            let text: String = parts.concat();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find_markers(0, &text, &mut a);
            find_markers_walking(0, &text, &mut b);
            proptest::prop_assert_eq!(a, b);
        }
    }

    fn runs(paras: &[&str]) -> Vec<(usize, u32, String)> {
        let mut hits = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            find_markers(i, p, &mut hits);
        }
        select_runs(&hits)
            .into_iter()
            .map(|(h, n)| (h.para, n, paras[h.para][h.start..h.end].to_string()))
            .collect()
    }

    #[test]
    fn runs_of_markers() {
        let cases: &[(&[&str], &[(usize, u32, &str)])] = &[
            (
                &["一是探索融合。加快发展。二是推动协同。三是强化保障。"],
                &[(0, 1, "一是"), (0, 2, "二是"), (0, 3, "三是")],
            ),
            (
                &["一是加强资金保障。", "二是加强土地保障。"],
                &[(0, 1, "一是"), (1, 2, "二是")],
            ),
            (&["首先感谢您对我区工作的关注。"], &[]),
            (
                &["首先，完善机制；其次，加强督查；最后，严格考核。"],
                &[(0, 1, "首先，"), (0, 2, "其次，"), (0, 3, "最后，")],
            ),
            (
                &["工作中①摸清底数；②建立台账；③动态更新。"],
                &[(0, 1, "①"), (0, 2, "②"), (0, 3, "③")],
            ),
            (
                &["工作中：①摸清底数；②建立台账；③动态更新。"],
                &[(0, 1, "①"), (0, 2, "②"), (0, 3, "③")],
            ),
            (
                &["主要做法：（1）摸清底数；（2）建立台账。"],
                &[(0, 1, "（1）"), (0, 2, "（2）")],
            ),
            (&["要做到统一是前提，一致是关键。"], &[]),
            (&["一是摸底。"], &[]),
            (&["二是摸底。三是建账。"], &[]),
            (
                &["第一，摸清底数；第二，建立台账。"],
                &[(0, 1, "第一，"), (0, 2, "第二，")],
            ),
            (
                &["一是甲。二是乙。一是丙。二是丁。"],
                &[
                    (0, 1, "一是"),
                    (0, 2, "二是"),
                    (0, 1, "一是"),
                    (0, 2, "二是"),
                ],
            ),
        ];
        for (paras, want) in cases {
            let want: Vec<(usize, u32, String)> = want
                .iter()
                .map(|(p, n, m)| (*p, *n, m.to_string()))
                .collect();
            assert_eq!(runs(paras), want, "{paras:?}");
        }
    }

    #[test]
    fn summaries() {
        let cases = [
            (
                "探索汽车制造和服务全链条融合。加快智能汽车发展。",
                "探索汽车制造和服务全链条融合",
            ),
            ("完善机制；", "完善机制"),
            ("加强宣传引导，营造良好氛围", "加强宣传引导"),
            ("同时，加强督查，严格考核。", "同时，加强督查"),
            ("加强督查，", "加强督查"),
        ];
        for (text, want) in cases {
            assert_eq!(summary(text), want, "{text}");
        }
    }
}
