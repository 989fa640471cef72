//! Hard-wrapped text: a reply whose lines were cut at a fixed width (the
//! text of a PDF, a fixed-width export), so that a sentence, a name or a
//! number runs on into the next line (`…省级资金85` / `00万元。`).
//!
//! A text is hard-wrapped when at least three lines reach within a wide
//! character of its widest line without ending a sentence, and they are at
//! least half of its long lines: paragraphs written one a line end in
//! `。`, and seldom come within a character of each other's width.

use crate::lines::Line;

/// How many columns a line may fall short of the wrap width and still be
/// cut by it: a wide character that did not fit, and a little slack for
/// punctuation the layout squeezed.
const SLACK: usize = 3;

/// The narrowest width a wrapped text is taken to have: fifteen wide
/// characters. Shorter lines are headings, names and dates.
const MIN_WIDTH: usize = 30;

/// The columns `s` takes: two for an ideograph, a full-width form, CJK
/// punctuation and Chinese quotation marks, one for anything else.
pub(crate) fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The columns one character takes (see [`display_width`]).
fn char_width(c: char) -> usize {
    let n = u32::from(c);
    let wide = (0x2E80..=0xFF60).contains(&n)
        || (0xFFE0..=0xFFE6).contains(&n)
        || (0x2018..=0x201F).contains(&n)
        || n >= 0x2_0000;
    1 + usize::from(wide)
}

/// Whether `s` ends a sentence or a label: `。！？；：` and their half-width
/// forms.
fn ends_sentence(s: &str) -> bool {
    s.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
}

/// How a text was wrapped: at a number of columns (a PDF's layout, where
/// an ideograph takes two and a digit one), or at a number of characters
/// (an export with a character grid, GB/T 9704's 28 a line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// [`display_width`].
    Columns,
    /// Characters, whatever their width.
    Chars,
}

impl Measure {
    fn of(self, s: &str) -> usize {
        match self {
            Measure::Columns => display_width(s),
            Measure::Chars => s.chars().count(),
        }
    }
}

/// The width a hard-wrapped text was cut at, and how it was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wrap {
    /// The widest line.
    pub width: usize,
    /// Columns or characters.
    pub measure: Measure,
}

impl Wrap {
    /// Whether a line was cut by the wrap and runs on into the next line.
    pub(crate) fn runs_on(self, text: &str) -> bool {
        // no character takes more columns than bytes: a short line in
        // bytes is short in either measure; a line wholly in brackets
        // (`（联系人：王芳；电话：…）`) is whole
        text.len() + SLACK >= self.width
            && !ends_sentence(text)
            && self.measure.of(text) + SLACK >= self.width
            && crate::text::inside_brackets(text).is_none()
    }

    /// Whether line `next` goes on with `this`: `this` was cut by the wrap,
    /// and `next` is no blank line, no heading `一、`/`（一）` and no new
    /// labelled field (`抄送：`, `联系人：`).
    pub(crate) fn joins(self, this: &str, next: &str) -> bool {
        self.runs_on(this) && goes_on(next)
    }
}

/// Whether a line can go on with a line above it that was cut by a wrap:
/// no blank line, no heading `一、`/`（一）`, and no `抄送：` or `附件：` line
/// (a contact line may: the wrap may cut `联系` / `电话：…`).
pub(crate) fn goes_on(next: &str) -> bool {
    let heading =
        crate::body::heading::heading_marker(next).is_some_and(|(m, _)| matches!(m.level, 1 | 2));
    !next.is_empty()
        && !heading
        && crate::cc::cc_line(next, 0).is_none()
        && crate::cc::attachment_line(next, 0).is_none()
}

/// How `lines` were hard-wrapped, or `None` when they were not (see the
/// module docs): in columns or in characters, whichever more lines were
/// cut at.
pub(crate) fn wrap_width(lines: &[Line<'_>]) -> Option<Wrap> {
    // the lines that may have been cut: long enough in bytes (no character
    // takes more columns than bytes) and not ending a sentence; most texts
    // have fewer than three, told without measuring or a list
    let least = MIN_WIDTH / 2;
    let may_be_cut = |l: &&Line<'_>| l.text.len() >= least && !ends_sentence(l.text);
    lines.iter().filter(may_be_cut).nth(2)?;
    // the measure more lines were cut at (columns on a tie)
    [Measure::Columns, Measure::Chars]
        .into_iter()
        .filter_map(|measure| {
            let widths = lines
                .iter()
                .filter(may_be_cut)
                .map(move |l| measure.of(l.text));
            wrapped_by(lines, widths, measure)
        })
        .max_by_key(|(_, near)| *near)
        .map(|(wrap, _)| wrap)
}

/// The widest wrap looked for: a line of more columns or characters is
/// no line cut at a width.
const MAX_WIDTH: usize = 320;

/// The wrap of `lines` in one measure, given the widths of the lines that
/// may have been cut: the width that most of them reach (within the
/// slack), when at least three do, they are a quarter of the long lines,
/// and few lines are wider.
fn wrapped_by(
    lines: &[Line<'_>],
    widths: impl Iterator<Item = usize>,
    measure: Measure,
) -> Option<(Wrap, usize)> {
    // fifteen wide characters in columns, fifteen characters
    let (least, slack) = match measure {
        Measure::Columns => (MIN_WIDTH, SLACK),
        Measure::Chars => (MIN_WIDTH / 2, 1),
    };
    // how many lines have each width (no list to sort)
    let mut count = [0u32; MAX_WIDTH + 1];
    let (mut lowest, mut highest) = (MAX_WIDTH, 0);
    for w in widths.filter(|&w| (least..=MAX_WIDTH).contains(&w)) {
        if let Some(n) = count.get_mut(w) {
            *n += 1;
            lowest = lowest.min(w);
            highest = highest.max(w);
        }
    }
    // the densest window of `slack + 1` widths, and its top, in one
    // sliding sum over the widths seen
    let (mut near, mut width) = (0usize, 0usize);
    let mut window = 0usize;
    for top in lowest..=highest {
        let at = |w: usize| count.get(w).map_or(0, |&n| n as usize);
        window += at(top);
        if let Some(gone) = top.checked_sub(slack + 1) {
            window -= at(gone).min(window);
        }
        if at(top) > 0 && window >= near {
            near = window;
            width = top;
        }
    }
    if near < 3 {
        return None;
    }
    let (mut long, mut wider) = (0usize, 0usize);
    // a line of fewer bytes than half the width is neither long nor wider,
    // and is not measured
    for l in lines.iter().filter(|l| l.text.len() * 2 >= width) {
        let w = measure.of(l.text);
        if w * 2 >= width {
            long += 1;
        }
        if w > width + slack {
            wider += 1;
        }
    }
    let wrapped = near * 4 >= long && wider * 4 <= near;
    wrapped.then_some((Wrap { width, measure }, near))
}

/// How many lines after line `i` continue it in a hard-wrapped text: up to
/// the first line that ends a sentence or falls short of the width, a
/// blank line or a heading; at most `max`.
pub(crate) fn continuation(lines: &[Line<'_>], i: usize, wrap: Option<Wrap>, max: usize) -> usize {
    let Some(wrap) = wrap else {
        return 0;
    };
    let mut n = 0;
    let mut at = i;
    while n < max {
        let (Some(this), Some(next)) = (lines.get(at), lines.get(at + 1)) else {
            break;
        };
        if !wrap.joins(this.text, next.text) {
            break;
        }
        n += 1;
        at += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    #[test]
    fn widths() {
        assert_eq!(display_width("全市2023年"), 10);
        assert_eq!(display_width("“双减”，"), 10);
        assert_eq!(display_width("abc 12"), 6);
    }

    #[test]
    fn wrapped_text_is_told_from_paragraphs() {
        let wrapped = "关于第12号提案的答复\n王强委员：\n\
            您提出的《关于加强乌江流域水污染防治的提案》收\n\
            悉，现答复如下：\n\
            2023年，全市地表水国控断面水质优良率达100%，较\n\
            2022年提高4.2个百分点。全年投入资金3.15亿元，其\n\
            中中央资金1.2亿元、省级资金8500万元。\n";
        let lines = split_lines(wrapped);
        let width = wrap_width(&lines);
        assert_eq!(
            width,
            Some(Wrap {
                width: 47,
                measure: Measure::Columns
            })
        );
        assert_eq!(continuation(&lines, 2, width, 8), 1);
        assert_eq!(continuation(&lines, 4, width, 8), 2);
        assert_eq!(continuation(&lines, 0, width, 8), 0);

        let paragraphs = "关于第12号提案的答复\n王强委员：\n\
            您提出的《关于加强乌江流域水污染防治的提案》收悉，现答复如下：\n\
            2023年，全市地表水国控断面水质优良率达100%，较2022年提高4.2个百分点。\n\
            全年投入资金3.15亿元，其中中央资金1.2亿元、省级资金8500万元。\n";
        assert_eq!(wrap_width(&split_lines(paragraphs)), None);
        assert_eq!(wrap_width(&split_lines("")), None);
    }

    #[test]
    fn wrapped_by_characters() {
        // cut every 20 characters, digits and all: the widths in columns
        // differ, the counts of characters do not
        let text = "全市共投入资金1234567890123\n\
            万元，较2022年增长12.5%，其中中\n\
            央资金8500万元，省级资金3200万元\n\
            ，市县配套资金1800万元，惠及群众约1\n\
            2万人，全年完成各类项目共计1234个。\n";
        let lines = split_lines(text);
        let wrap = wrap_width(&lines).map(|w| w.measure);
        assert_eq!(wrap, Some(Measure::Chars));
        assert_eq!(continuation(&lines, 0, wrap_width(&lines), 8), 4);
    }
}
