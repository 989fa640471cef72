//! Figures listed with 分别 ("respectively"): `代表建议、提案分别为592件、759件`
//! pairs 592件 with 代表建议 and 759件 with 提案; `实现旅游综合收入98亿元，接待
//! 游客1200万人次，分别增长35%和42%` pairs each rate with its own figure. The
//! figures after the first of such a list share its change, basis and
//! whole (`分别占全市总数的93.1%和97.6%`).

use std::borrow::Cow;

use super::label;
use crate::model::{Metric, MetricKind};
use crate::text;

/// The most characters between 分别 and the first figure of its list
/// (`分别比上年同期增长`).
const FENBIE_REACH: usize = 16;

/// The most characters of the things named before 分别.
const NAMES_REACH: usize = 80;

/// Pairs the figures of every 分别 list in `out` (the metrics of `text`, in
/// order, spans into `text`).
pub(super) fn pair_lists<'a>(text: &'a str, out: &mut [Metric<'a>]) {
    // each gap between two figures is read once or twice: linear in the text
    let mut i = 0;
    while i < out.len() {
        let Some(at) = fenbie_before(text, out, i) else {
            i += 1;
            continue;
        };
        let n = list_len(text, out, i);
        if n >= 2 {
            pair(text, out, i, n, at);
        }
        i += n;
    }
}

/// How many figures from `out[i]` on are listed together: each joined to
/// the one before by nothing but `、`, `和`, `与`, `及` or `以及`.
fn list_len(text: &str, out: &[Metric<'_>], i: usize) -> usize {
    let mut n = 1;
    while let (Some(a), Some(b)) = (out.get(i + n - 1), out.get(i + n)) {
        let gap = text.get(a.span.end..b.span.start).unwrap_or("");
        if !is_joiner(text::trim(gap)) {
            break;
        }
        n += 1;
    }
    n
}

fn is_joiner(gap: &str) -> bool {
    crate::quantity::LIST_JOINERS.contains(&gap) || matches!(gap, "與" | "和/或")
}

/// Where 分别 stands before `out[i]`: in the same clause, after the figure
/// before, and at most [`FENBIE_REACH`] characters before it.
fn fenbie_before(text: &str, out: &[Metric<'_>], i: usize) -> Option<usize> {
    let first = out.get(i)?;
    let from = i
        .checked_sub(1)
        .and_then(|k| out.get(k))
        .map_or(0, |m| m.span.end);
    let gap = text.get(from..first.span.start)?;
    // the last 分 (E5 88 86) of the gap that 别 or 別 follows, found by its
    // last byte: no substring searcher is set up for every figure
    let bytes = gap.as_bytes();
    let mut end = bytes.len();
    let at = loop {
        let i = memchr::memrchr(0x86, bytes.get(..end)?)?;
        let p = i.saturating_sub(2);
        let next = gap.get(i + 1..).and_then(|r| r.chars().next());
        if gap.get(p..=i) == Some("分") && matches!(next, Some('别' | '別')) {
            break p;
        }
        end = i;
    };
    let between = gap.get(at..)?;
    let near = between.chars().count() <= FENBIE_REACH + 2;
    (near && !between.chars().any(ends_clause)).then_some(from + at)
}

/// Characters that end the clause a list stands in (`、` joins names).
fn ends_clause(c: char) -> bool {
    text::is_sentence_end(c) || matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '\n')
}

/// Pairs the `n` figures from `out[i]` on, introduced by 分别 at byte `at`.
fn pair<'a>(text: &'a str, out: &mut [Metric<'a>], i: usize, n: usize, at: usize) {
    let Some(first) = out.get(i) else { return };
    let (change, basis, share_of) = (first.change, first.basis.clone(), first.share_of.clone());
    if first.refers_to.is_some() {
        pair_with_figures(text, out, i, n);
    } else {
        pair_with_names(text, out, i, n, at);
    }
    for m in out.iter_mut().skip(i + 1).take(n - 1) {
        if m.change.is_none() {
            m.change = change;
            m.basis.clone_from(&basis);
        }
        if share_of.is_some() {
            m.share_of.clone_from(&share_of);
        }
    }
}

/// Rates of earlier figures: the k-th rate qualifies the k-th of the last
/// `n` figures of the sentence it can qualify (percentages for percentage
/// points, amounts and counts for other rates).
fn pair_with_figures(text: &str, out: &mut [Metric<'_>], i: usize, n: usize) {
    let Some(first) = out.get(i) else { return };
    let points = first.kind == MetricKind::PercentagePoint;
    let sentence = text
        .get(..first.span.start)
        .and_then(|b| b.rfind(text::is_sentence_end))
        .unwrap_or(0);
    let can_qualify = |m: &Metric<'_>| {
        if points {
            m.kind == MetricKind::Percent
        } else {
            !matches!(m.kind, MetricKind::Percent | MetricKind::PercentagePoint)
        }
    };
    // a few figures back at most, however long the sentence
    let mut targets: Vec<usize> = (0..i)
        .rev()
        .take(4 * n + 8)
        .take_while(|&k| out.get(k).is_some_and(|m| m.span.start >= sentence))
        .filter(|&k| out.get(k).is_some_and(can_qualify))
        .take(n)
        .collect();
    if targets.len() != n {
        return;
    }
    targets.reverse();
    for (t, k) in targets.into_iter().enumerate() {
        let label = out.get(k).and_then(|m| m.label.clone());
        if let Some(m) = out.get_mut(i + t) {
            m.refers_to = Some(k);
            m.label = label;
        }
    }
}

/// Figures of things named before 分别: one name for each figure
/// (`代表建议、提案分别为592件、759件`), or, when the names do not come out
/// one for each, the first figure's label for all.
fn pair_with_names<'a>(text: &'a str, out: &mut [Metric<'a>], i: usize, n: usize, at: usize) {
    let from = i
        .checked_sub(1)
        .and_then(|k| out.get(k))
        .map_or(0, |m| m.span.end);
    let before = text.get(from..at).unwrap_or("");
    // back to the clause start (a `、` between names does not end it), or
    // as far as names reach
    let mut start = before.len();
    for (p, c) in before.char_indices().rev().take(NAMES_REACH) {
        if ends_clause(c) {
            break;
        }
        start = p;
    }
    let names = before.get(start..).unwrap_or("");
    let labels: Vec<Option<&'a str>> = split_names(names).map(name_label).collect();
    // each figure measures a thing of its own, not an earlier figure
    for m in out.iter_mut().skip(i + 1).take(n - 1) {
        m.refers_to = None;
    }
    if labels.len() == n && labels.iter().all(Option::is_some) {
        for (m, l) in out.iter_mut().skip(i).zip(labels) {
            m.label = l.map(Cow::Borrowed);
        }
        return;
    }
    let shared = out.get(i).and_then(|m| m.label.clone());
    for m in out.iter_mut().skip(i + 1).take(n - 1) {
        m.label.clone_from(&shared);
    }
}

/// The names of a list: `代表建议、提案`, `规上工业增加值和工业投资`.
fn split_names(names: &str) -> impl Iterator<Item = &str> {
    names
        .split(['、', '和', '与', '與'])
        .flat_map(|p| p.split("以及"))
        .map(text::trim)
}

/// A name as a label: the words after the last 的 (`牵头办理的代表建议` →
/// `代表建议`), without the verbs a label drops.
fn name_label(name: &str) -> Option<&str> {
    let name = match name.rfind('的') {
        Some(p) if name.get(p + '的'.len_utf8()..)?.chars().count() >= 2 => {
            name.get(p + '的'.len_utf8()..)?
        }
        _ => name,
    };
    label::from_before(name)
}

#[cfg(test)]
mod tests {
    use crate::metric::scan;
    use crate::model::Direction;

    /// (text, [(label, refers_to, change, share_of)] for each metric)
    type Row = (
        &'static str,
        &'static [(
            Option<&'static str>,
            Option<usize>,
            Option<Direction>,
            Option<&'static str>,
        )],
    );

    const INC: Option<Direction> = Some(Direction::Increase);

    #[test]
    fn lists_with_fenbie_pair_up() {
        let rows: &[Row] = &[
            (
                "由政府系统牵头办理的代表建议、提案分别为592件、759件,分别占全市总数的93.1%和97.6%。",
                &[
                    (Some("代表建议"), None, None, None),
                    (Some("提案"), None, None, None),
                    (Some("代表建议"), Some(0), None, Some("全市总数")),
                    (Some("提案"), Some(1), None, Some("全市总数")),
                ],
            ),
            (
                "全市接待游客1200万人次，实现旅游综合收入98亿元，分别增长35%和42%。",
                &[
                    (Some("全市接待游客"), None, None, None),
                    (Some("旅游综合收入"), None, None, None),
                    (Some("全市接待游客"), Some(0), INC, None),
                    (Some("旅游综合收入"), Some(1), INC, None),
                ],
            ),
            (
                "规上工业增加值和工业投资分别同比增长8.2%和12.5%。",
                &[
                    (Some("规上工业增加值"), None, INC, None),
                    (Some("工业投资"), None, INC, None),
                ],
            ),
            (
                "建议办复率和满意率分别为100%和98.5%。",
                &[
                    (Some("建议办复率"), None, None, None),
                    (Some("满意率"), None, None, None),
                ],
            ),
            (
                "一、二、三产业增加值分别增长3.1%、5.6%和7.2%。",
                &[
                    (Some("三产业增加值"), None, INC, None),
                    (Some("三产业增加值"), None, INC, None),
                    (Some("三产业增加值"), None, INC, None),
                ],
            ),
            // a list that shares its unit
            (
                "城镇和农村居民人均可支配收入分别提高1.1和2.3个百分点。",
                &[
                    (Some("城镇"), None, INC, None),
                    (Some("农村居民人均可支配收入"), None, INC, None),
                ],
            ),
            (
                "三项指标分别增长8.2、12.5和6.3%。",
                &[
                    (Some("指标"), None, None, None),
                    (Some("指标"), None, INC, None),
                    (Some("指标"), None, INC, None),
                    (Some("指标"), None, INC, None),
                ],
            ),
            // no 分别: a list is left as it is
            (
                "新增企业15家和项目20个。",
                &[(Some("企业"), None, None, None), (Some("项目"), None, None, None)],
            ),
            // 分别 of another clause does not reach the list
            (
                "各项工作分别推进，完成投资3亿元和5亿元。",
                &[(Some("投资"), None, None, None), (Some("投资"), None, None, None)],
            ),
        ];
        for (text, want) in rows {
            let got: Vec<_> = scan(text)
                .iter()
                .map(|m| {
                    (
                        m.label.as_deref().map(str::to_owned),
                        m.refers_to,
                        m.change,
                        m.share_of.as_deref().map(str::to_owned),
                    )
                })
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|(l, r, c, s)| (l.map(str::to_owned), *r, *c, s.map(str::to_owned)))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
