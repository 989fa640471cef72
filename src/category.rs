//! Answer category marks (答复类别): `A`, `A类`, `（B类）`, `答复类别：C`,
//! `办理结果：A`, `分类标识【D】`, `类 别:B`, `甲类`.
//!
//! A mark stands on a line of its own, or at the end of the document-number
//! line (`湘交建议复〔2017〕98号    A类`) or of the title (`…的答复函 B`), or
//! at the start of such a line. A letter inside a word or a number
//! (`2025D048`), a document type (`类别:提案`) and a mark inside a sentence
//! are not categories.

use nom::combinator::opt;
use nom::Parser;

use crate::error::Error;
use crate::grammar::{fail, finish, sp0, split, PResult};
use crate::model::Category;
use crate::span::{offset_in, Span};
use crate::text::{self, fold, is_colon, is_space, match_folded};

/// Parses a whole category mark.
///
/// ```
/// use govreply::model::Category;
/// assert_eq!(govreply::category::parse("答复类别：C")?, Category::C);
/// assert_eq!(govreply::category::parse("（B类）")?, Category::B);
/// assert_eq!(govreply::category::parse("甲类")?, Category::Jia);
/// assert!(govreply::category::parse("类别:提案").is_err());
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Category, Error> {
    finish(text, "a category mark", category_mark)
}

/// The labels written before a category letter.
const LABELS: &[&str] = &[
    "答复类别",
    "办理类别",
    "办理结果",
    "办理结果类别",
    "答复结果",
    "分类标识",
    "分类标志",
    "类别标识",
    "结果类别",
    "提案类别",
    "建议类别",
    "类别",
    "分类",
];

/// `category_mark = [label [":"]] ["(" | "["] letter ["类"] [")" | "]"]`
///
/// Example: `分类标识【D】`.
pub(crate) fn category_mark(input: &str) -> PResult<'_, Category> {
    let (rest, _) = opt(label).parse(input)?;
    let (rest, _) = sp0(rest)?;
    let (rest, open) = opt(open_bracket).parse(rest)?;
    let (rest, _) = sp0(rest)?;
    let (rest, cat) = category_letter(rest)?;
    let (rest, _) = sp0(rest)?;
    let (rest, _) = opt(lei).parse(rest)?;
    let rest = if open.is_some() {
        let (r, _) = sp0(rest)?;
        close_bracket(r)?.0
    } else {
        rest
    };
    Ok((rest, cat))
}

/// `label = ("答复类别" | "办理结果" | "分类标识" | "类别" | …) [":"]`, spaces
/// allowed between the characters: `类 别:`.
fn label(input: &str) -> PResult<'_, &str> {
    let best = LABELS.iter().filter_map(|w| spaced_match(input, w)).max();
    let Some(len) = best else {
        return fail(input, "a category label");
    };
    let (rest, _) = split(input, len);
    let (rest, _) = sp0(rest)?;
    let rest = match rest.chars().next() {
        Some(c) if is_colon(c) => rest.get(c.len_utf8()..).unwrap_or(""),
        _ => rest,
    };
    Ok((rest, input.get(..offset_in(input, rest)).unwrap_or("")))
}

/// Length of `word` at the start of `input`, allowing spaces (not line
/// breaks) between its characters.
pub(crate) fn spaced_match(input: &str, word: &str) -> Option<usize> {
    let mut pos = 0;
    let mut buf = [0u8; 4];
    for (i, w) in word.chars().enumerate() {
        let mut rest = input.get(pos..)?;
        if i > 0 {
            let skip = rest
                .char_indices()
                .find(|(_, c)| !is_space(*c))
                .map(|(at, _)| at)
                .unwrap_or(rest.len());
            pos += skip;
            rest = input.get(pos..)?;
        }
        pos += match_folded(rest, w.encode_utf8(&mut buf))?;
    }
    Some(pos)
}

/// `category_letter = "A" | "B" | "C" | "D" | "甲" | "乙" | "丙"` (either
/// width), not followed by another letter or digit.
///
/// Example: `Ｂ`.
pub(crate) fn category_letter(input: &str) -> PResult<'_, Category> {
    const WHAT: &str = "a category letter (A, B, C, D, 甲, 乙, 丙)";
    let Some(c) = input.chars().next() else {
        return fail(input, WHAT);
    };
    let cat = match fold(c) {
        'A' => Category::A,
        'B' => Category::B,
        'C' => Category::C,
        'D' => Category::D,
        '甲' => Category::Jia,
        '乙' => Category::Yi,
        '丙' => Category::Bing,
        _ => return fail(input, WHAT),
    };
    let rest = input.get(c.len_utf8()..).unwrap_or("");
    if rest
        .chars()
        .next()
        .is_some_and(|n| fold(n).is_ascii_alphanumeric())
    {
        return fail(input, WHAT);
    }
    Ok((rest, cat))
}

fn lei(input: &str) -> PResult<'_, &str> {
    match match_folded(input, "类") {
        Some(len) => Ok(split(input, len)),
        None => fail(input, "'类'"),
    }
}

fn open_bracket(input: &str) -> PResult<'_, char> {
    match input.chars().next() {
        Some(c) if matches!(fold(c), '(' | '[') => Ok((input.get(c.len_utf8()..).unwrap_or(""), c)),
        _ => fail(input, "an opening bracket"),
    }
}

fn close_bracket(input: &str) -> PResult<'_, char> {
    match input.chars().next() {
        Some(c) if matches!(fold(c), ')' | ']') => Ok((input.get(c.len_utf8()..).unwrap_or(""), c)),
        _ => fail(input, "a closing bracket"),
    }
}

/// Whether the mark is more than a bare letter (it has a label, `类` or
/// brackets), so it can stand at the start of a line or glued to a number.
fn is_marked(mark: &str) -> bool {
    mark.chars().count() > 1
}

/// The whole of `s` (trimmed) as a category mark, with the trimmed span.
fn whole_mark(s: &str) -> Option<(Category, &str)> {
    let t = text::trim(s);
    match category_mark(t) {
        Ok((rest, cat)) if text::trim(rest).is_empty() => Some((cat, t)),
        _ => None,
    }
}

/// A category mark on a line: the whole line, or a mark at the end of the
/// line after a space (`湘交建议复〔2017〕98号    A类`, `…的答复函 B`), or at
/// the start before a space (`A类  杭钱发改函〔2023〕45号`). A bare letter at
/// either end counts only beside a document number or a title.
#[allow(dead_code)] // an entry point for the document pass
pub(crate) fn category_at(line: &str, base: usize) -> Option<(Category, Span)> {
    let span_of = |part: &str| {
        let start = base + offset_in(line, part);
        Span::new(start, start + part.len())
    };
    let trimmed = text::trim(line);
    if trimmed.is_empty() || trimmed.len() > 400 {
        return None;
    }
    if let Some((cat, t)) = whole_mark(trimmed) {
        return Some((cat, span_of(t)));
    }
    // at the end, after a space
    if let Some(at) = trimmed.rfind(|c: char| is_space(c)) {
        let (before, after) = split_at(trimmed, at);
        let before = text::trim(before);
        if let Some((cat, t)) = whole_mark(after) {
            if !before.is_empty()
                && (is_marked(t) || beside_number_or_title(before))
                && !label_only(before)
            {
                return Some((cat, span_of(t)));
            }
        }
    }
    // glued after a document number: `…98号（A类）`
    if let Some(open) = trimmed.rfind(['(', '（', '[', '【']) {
        let (before, after) = split_at(trimmed, open);
        if before.ends_with('号') {
            if let Some((cat, t)) = whole_mark(after) {
                if is_marked(t) {
                    return Some((cat, span_of(t)));
                }
            }
        }
    }
    // at the start, before a space
    if let Some(at) = trimmed.find(|c: char| is_space(c)) {
        let (first, after) = split_at(trimmed, at);
        if let Some((cat, t)) = whole_mark(first) {
            if is_marked(t) || beside_number_or_title(after) {
                return Some((cat, span_of(t)));
            }
        }
    }
    None
}

/// A label that would take the mark as its value (`类 别:B` is handled as a
/// whole line; this guards `类别: B` split at the space).
fn label_only(before: &str) -> bool {
    label(before).is_ok_and(|(rest, _)| text::trim(rest).is_empty())
}

fn beside_number_or_title(s: &str) -> bool {
    crate::doc_number::doc_number_at(s, 0).is_some() || crate::title::looks_like_title(s)
}

fn split_at(s: &str, at: usize) -> (&str, &str) {
    let (rest, taken) = split(s, at);
    (taken, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks() {
        let cases = [
            ("A", Category::A),
            ("A类", Category::A),
            ("Ｂ类", Category::B),
            ("（B类）", Category::B),
            ("(C类)", Category::C),
            ("【D】", Category::D),
            ("[A]", Category::A),
            ("答复类别：C", Category::C),
            ("答复类别: C类", Category::C),
            ("办理结果：A", Category::A),
            ("分类标识【D】", Category::D),
            ("类 别:B", Category::B),
            ("类别：A", Category::A),
            ("类别：A类", Category::A),
            ("甲类", Category::Jia),
            ("乙", Category::Yi),
            ("丙类", Category::Bing),
            ("（甲类）", Category::Jia),
            (" A类 ", Category::A),
            ("A類", Category::A),
            ("類別：B", Category::B),
            ("办理类别：Ｄ", Category::D),
        ];
        let mut failures = Vec::new();
        for (input, want) in cases {
            match parse(input) {
                Ok(got) if got == want => {}
                other => failures.push(format!("{input:?}: {other:?}, want {want:?}")),
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn not_marks() {
        let cases = [
            ("类别:提案", "'提'"),
            ("是否同意公开【主动公开】", "'是'"),
            ("2025D048", "'2'"),
            ("AB", "'A'"),
            ("A1", "'A'"),
            ("E类", "'E'"),
            ("a类", "'a'"),
            ("A类x", "'x'"),
            ("（B类", "the end of the text"),
        ];
        for (input, found) in cases {
            let err = parse(input).unwrap_err();
            assert!(
                err.to_string().contains(found),
                "{input:?}: {err} does not name {found}"
            );
        }
        assert_eq!(
            parse("").unwrap_err().kind(),
            crate::ErrorKind::Empty,
            "empty"
        );
    }

    #[test]
    fn on_lines() {
        let cases: &[(&str, Option<(Category, &str)>)] = &[
            ("A", Some((Category::A, "A"))),
            ("  B类  ", Some((Category::B, "B类"))),
            ("类 别:B", Some((Category::B, "类 别:B"))),
            ("分类标识【D】", Some((Category::D, "分类标识【D】"))),
            ("湘运建议复〔2019〕17号    A类 ", Some((Category::A, "A类"))),
            ("湘运建议复〔2019〕17号 C", Some((Category::C, "C"))),
            (
                "湘运建议复〔2019〕17号（B类）",
                Some((Category::B, "（B类）")),
            ),
            (
                "关于丰宁县政协五届二次会议第31号提案的答复函 B",
                Some((Category::B, "B")),
            ),
            ("A类  泰环函〔2022〕8号", Some((Category::A, "A类"))),
            ("B  泰环函〔2022〕8号", Some((Category::B, "B"))),
            (
                "答复类别：C    签发人：王伟",
                Some((Category::C, "答复类别：C")),
            ),
            ("类别:提案", None),
            ("是否同意公开【主动公开】", None),
            ("第2025D048号集体提案的答复", None),
            ("本提案办理结果为(A類)，特此说明", None),
            ("方案 B", None),
            ("B 方案", None),
            ("", None),
        ];
        for (line, want) in cases {
            let got = category_at(line, 10).map(|(c, s)| {
                let text = s.shift(0).start - 10;
                (c, line.get(text..s.end - 10).unwrap_or("?").to_string())
            });
            let want = want.map(|(c, t)| (c, t.to_string()));
            assert_eq!(got, want, "{line:?}");
        }
    }
}
