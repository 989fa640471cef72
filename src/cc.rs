//! Copies (`抄送：区政府办、区政协提案委。`) and attachments (`附件：1.…`).

use std::borrow::Cow;

use crate::grammar::{any_kw, colon, digits, digits_value, fail, sp0, split, PResult};
use crate::model::Attachment;
use crate::span::{span_in, Span};
use crate::text::{self, is_list_sep};

/// The words of a cc label, longest first where one opens another.
const CC_WORDS: [&str; 6] = ["抄送单位", "抄送", "抄报", "分送", "主送", "报送"];

/// cc_label = ("抄送" | "抄报" | "分送" | "主送" | …) ":", spaces allowed
/// between the characters (`抄 送：`).
fn cc_label(i: &str) -> PResult<'_, &str> {
    let Some(len) = CC_WORDS
        .iter()
        .find_map(|w| crate::category::spaced_match(i, w))
    else {
        return fail(i, "'抄送'");
    };
    let (rest, label) = split(i, len);
    let (rest, _) = sp0(rest)?;
    let (rest, _) = colon(rest)?;
    Ok((rest, label))
}

/// A `抄送：` line: the names in it, split on `、` `，` `,` `；` (or on
/// spaces between names of organisations), each with its span (`base` is
/// the line's offset). The final `。` is not a name; a line in brackets
/// (`（抄送：…）`) loses them.
pub(crate) fn cc_line(line: &str, base: usize) -> Option<Vec<(Cow<'_, str>, Span)>> {
    let inner = text::inside_brackets(line).unwrap_or(line);
    let (rest, _) = cc_label(inner).ok()?;
    let names = split_names(line, rest, base);
    // `市政府办公室 市人大人代工委`: names of organisations apart by spaces
    if let [(Cow::Borrowed(one), _)] = names.as_slice() {
        let parts: Vec<&str> = one
            .split(text::is_space)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 && parts.iter().all(|p| crate::signature::is_org_name(p)) {
            return Some(
                parts
                    .into_iter()
                    .map(|p| (Cow::Borrowed(p), span_in(line, p).shift(base)))
                    .collect(),
            );
        }
    }
    Some(names)
}

/// A line that goes on with the names of a `抄送：` line above it
/// (`抄送：区政协提案委，` then `      区政府办公室。`): every part the name of
/// an organisation. Whether the line above leaves its list open is the
/// caller's to check ([`open_ended`]).
pub(crate) fn cc_continuation(line: &str, base: usize) -> Option<Vec<(Cow<'_, str>, Span)>> {
    let t = text::trim(line);
    if t.is_empty() || t.chars().count() > 80 || cc_label(t).is_ok() {
        return None;
    }
    let names = split_names(line, t, base);
    (!names.is_empty() && names.iter().all(|(n, _)| crate::signature::is_org_name(n)))
        .then_some(names)
}

/// Whether a line of names ends in a list separator, so that the names go
/// on below it (`抄送：区政协提案委，`).
pub(crate) fn open_ended(line: &str) -> bool {
    text::trim(line).ends_with(|c: char| is_list_sep(c))
}

/// Splits `list` (a sub-slice of `line`) on list separators and spaces
/// between names.
pub(crate) fn split_names<'a>(
    line: &'a str,
    list: &'a str,
    base: usize,
) -> Vec<(Cow<'a, str>, Span)> {
    list.split(|c: char| is_list_sep(c) || c == '。' || c == '.' || c == '及')
        .map(text::trim)
        .filter(|s| !s.is_empty())
        .map(|s| (Cow::Borrowed(s), span_in(line, s).shift(base)))
        .collect()
}

/// attachment_label = ("附件" | "附表" | "附") [digits] ":"
fn attachment_label(i: &str) -> PResult<'_, &str> {
    let (rest, label) = any_kw("'附件'", &["附件", "附表", "附"])(i)?;
    let rest = digits(rest).map(|(r, _)| r).unwrap_or(rest);
    let (rest, _) = colon(rest)?;
    Ok((rest, label))
}

/// numbered_item = digits ("." | "．" | "、") name
fn numbered_item(i: &str) -> PResult<'_, (Option<u32>, &str)> {
    match digits(i) {
        Ok((rest, n)) => match rest.chars().next() {
            Some(c @ ('.' | '．' | '、')) => {
                let name = rest.get(c.len_utf8()..).unwrap_or("");
                Ok((
                    "",
                    (digits_value(n).and_then(|v| u32::try_from(v).ok()), name),
                ))
            }
            _ => Ok(("", (None, i))),
        },
        Err(_) => Ok(("", (None, i))),
    }
}

/// An `附件：1.…` line: the first attachment on it.
pub(crate) fn attachment_line(line: &str, base: usize) -> Option<Attachment<'_>> {
    let (rest, _) = attachment_label(line).ok()?;
    attachment_item(line, rest, base)
}

/// A continuation line of an attachment list: `2.某某情况表`.
pub(crate) fn attachment_continuation(line: &str, base: usize) -> Option<Attachment<'_>> {
    let (_, (number, _)) = numbered_item(line).ok()?;
    number?;
    attachment_item(line, line, base)
}

fn attachment_item<'a>(line: &'a str, item: &'a str, base: usize) -> Option<Attachment<'a>> {
    let (_, (number, name)) = numbered_item(text::trim(item)).ok()?;
    let name = text::trim(name);
    if name.is_empty() {
        return None;
    }
    Some(Attachment {
        number,
        name: Cow::Borrowed(name),
        span: span_in(line, name).shift(base),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cc_continued() {
        let above = "抄送：区政协提案委，";
        assert!(cc_line(above, 0).is_some() && open_ended(above));
        assert!(!open_ended("抄送：区政协提案委。"));
        let names: Vec<_> = cc_continuation("      区政府办公室、区财政局。", 0)
            .unwrap_or_default()
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["区政府办公室", "区财政局"]);
        for not in ["感谢您的关心。", "2023年6月1日", "抄送：市政府办公室", ""] {
            assert!(cc_continuation(not, 0).is_none(), "{not}");
        }
    }

    #[test]
    fn cc_lines() {
        let cases: &[(&str, Option<&[&str]>)] = &[
            // spaced label, other labels, brackets, names apart by spaces
            (
                "抄 送：市政府办公室，市人大人代工委。",
                Some(&["市政府办公室", "市人大人代工委"]),
            ),
            (
                "分送：市政府办公室、市人大人代工委",
                Some(&["市政府办公室", "市人大人代工委"]),
            ),
            (
                "抄送单位：市政府办公室、市人大人代工委",
                Some(&["市政府办公室", "市人大人代工委"]),
            ),
            (
                "（抄送：市政府办公室、市人大人代工委）",
                Some(&["市政府办公室", "市人大人代工委"]),
            ),
            (
                "抄送: 市政府办公室 市人大人代工委",
                Some(&["市政府办公室", "市人大人代工委"]),
            ),
            ("抄送市政府办公室", None),
            (
                "抄送:区政府办、区政协提案委",
                Some(&["区政府办", "区政协提案委"]),
            ),
            (
                "抄送：市政府办公室，市政协提案委员会。",
                Some(&["市政府办公室", "市政协提案委员会"]),
            ),
            (
                "抄送: 县人大代表工委, 县政府督查室",
                Some(&["县人大代表工委", "县政府督查室"]),
            ),
            ("抄 送:区政府办", Some(&["区政府办"])),
            ("抄送区政府办", None),
        ];
        for (line, want) in cases {
            let got = cc_line(line, 0).map(|v| {
                v.into_iter()
                    .map(|(n, _)| n.into_owned())
                    .collect::<Vec<_>>()
            });
            let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(got, want, "{line}");
        }
        let v = cc_line("抄送:区政府办、区政协提案委", 100).unwrap();
        assert_eq!(
            v[1].1,
            Span::new(
                100 + "抄送:区政府办、".len(),
                100 + "抄送:区政府办、区政协提案委".len()
            )
        );
    }

    #[test]
    fn attachments() {
        let a = attachment_line("附件：1.2023年项目清单", 0).unwrap();
        assert_eq!((a.number, a.name.as_ref()), (Some(1), "2023年项目清单"));
        let b = attachment_line("附件:办理情况表", 0).unwrap();
        assert_eq!((b.number, b.name.as_ref()), (None, "办理情况表"));
        let c = attachment_continuation("2.资金分配表", 5).unwrap();
        assert_eq!(
            (c.number, c.name.as_ref(), c.span.start),
            (Some(2), "资金分配表", 7)
        );
        assert!(attachment_continuation("资金分配表", 0).is_none());
        assert!(attachment_line("附件", 0).is_none());
        let d = attachment_line("附：办理情况征询意见表", 0).unwrap();
        assert_eq!((d.number, d.name.as_ref()), (None, "办理情况征询意见表"));
        assert!(attachment_line("附近：", 0).is_none());
    }
}
