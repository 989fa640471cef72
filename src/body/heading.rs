//! Heading markers of the body, by GB/T 9704 level: `一、` > `（一）` >
//! `1.` / `1、` / `１．` > `（1）` / `⑴` > `①`.

use crate::grammar::{cn_small, digits, digits_value, fail, lparen, rparen, PResult};
use crate::text::{self, is_sentence_end};

/// A heading marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker<'a> {
    /// 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for `（1）`, 5 for `①`.
    pub level: u8,
    /// The number of the marker.
    pub ordinal: u32,
    /// The marker as written.
    pub text: &'a str,
}

/// level1 = cn_small [" "] ("、" | "." | "．")
fn level1(i: &str) -> PResult<'_, u32> {
    let (rest, n) = cn_small(i)?;
    // `一 、`: a space typed before the comma
    let rest = rest.trim_start_matches(text::is_space);
    match rest.chars().next() {
        Some(c @ ('、' | '．' | '.')) => Ok((rest.get(c.len_utf8()..).unwrap_or(""), n)),
        _ => fail(rest, "'、' after a heading number"),
    }
}

/// level2 = "（" cn_small "）" ["、"]
fn level2(i: &str) -> PResult<'_, u32> {
    let (rest, _) = lparen(i)?;
    let (rest, n) = cn_small(rest)?;
    let (rest, _) = rparen(rest)?;
    Ok((skip_one(rest, &['、', '.', '．']), n))
}

/// level3 = digits ("." | "．" | "、") — not followed by a digit, so `1.2万`
/// stays a number; dotted forms `2.1` `2.1.3` followed by a space or a
/// non-digit also count.
fn level3(i: &str) -> PResult<'_, u32> {
    let (rest, d) = digits(i)?;
    let n = digits_value(d).and_then(|v| u32::try_from(v).ok());
    let Some(n) = n.filter(|n| *n < 1000) else {
        return fail(i, "a heading number");
    };
    match rest.chars().next() {
        Some(c @ ('.' | '．' | '、')) => {
            let after = rest.get(c.len_utf8()..).unwrap_or("");
            match after.chars().next() {
                Some(d) if text::is_digit(d) => fail(after, "a heading after '.'"),
                None => fail(after, "a heading after '.'"),
                _ => Ok((after, n)),
            }
        }
        _ => fail(rest, "'.' after a heading number"),
    }
}

/// level4 = "（" digits "）" ["、" | "."] | digits "）" | "⑴" … "⒇"
fn level4(i: &str) -> PResult<'_, u32> {
    if let Some(c) = i.chars().next() {
        if ('\u{2474}'..='\u{2487}').contains(&c) {
            return Ok((i.get(c.len_utf8()..).unwrap_or(""), c as u32 - 0x2474 + 1));
        }
        // `1）`, `2)`: the closing bracket alone
        if text::is_digit(c) {
            let (rest, d) = digits(i)?;
            let (rest, _) = rparen(rest)?;
            return match digits_value(d).and_then(|v| u32::try_from(v).ok()) {
                Some(n) if n < 100 => Ok((rest, n)),
                _ => fail(i, "a heading number"),
            };
        }
    }
    let (rest, _) = lparen(i)?;
    let (rest, d) = digits(rest)?;
    let (rest, _) = rparen(rest)?;
    match digits_value(d).and_then(|v| u32::try_from(v).ok()) {
        Some(n) => Ok((skip_one(rest, &['、', '.', '．']), n)),
        None => fail(i, "a heading number"),
    }
}

/// level5 = "①" … "⑳" | "❶" … "❿"
fn level5(i: &str) -> PResult<'_, u32> {
    match i.chars().next() {
        Some(c @ '\u{2460}'..='\u{2473}') => {
            Ok((i.get(c.len_utf8()..).unwrap_or(""), c as u32 - 0x2460 + 1))
        }
        Some(c @ '\u{2776}'..='\u{277F}') => {
            Ok((i.get(c.len_utf8()..).unwrap_or(""), c as u32 - 0x2776 + 1))
        }
        _ => fail(i, "a circled number"),
    }
}

fn skip_one<'a>(s: &'a str, chars: &[char]) -> &'a str {
    match s.chars().next() {
        Some(c) if chars.contains(&c) => s.get(c.len_utf8()..).unwrap_or(""),
        _ => s,
    }
}

/// heading_marker = level1 | level2 | level3 | level4 | level5, then the
/// rest of the line (spaces after the marker skipped).
pub(crate) fn heading_marker(line: &str) -> Option<(Marker<'_>, &str)> {
    type Level = fn(&str) -> PResult<'_, u32>;
    let attempts: [(u8, Level); 5] = [
        (1, level1),
        (2, level2),
        (3, level3),
        (4, level4),
        (5, level5),
    ];
    for (level, p) in attempts {
        if let Ok((rest, ordinal)) = p(line) {
            let marker = line.get(..line.len() - rest.len()).unwrap_or("");
            let body = rest.trim_start_matches(text::is_space);
            if body.is_empty() && level != 1 && level != 3 {
                // a bare `（1）` line is not a heading we can use
                continue;
            }
            return Some((
                Marker {
                    level,
                    ordinal,
                    text: marker,
                },
                body,
            ));
        }
    }
    None
}

/// Where the text after a heading marker runs on into the next heading of
/// the same level (`完善办法。按照…分配。（二）强化管理。…`): the byte
/// offset in `rest` of the next marker, which follows the end of a
/// sentence or a semicolon. Only for `一、` and `（一）`: numbered clauses
/// run on in a paragraph (`（1）…（2）…`, `①…②…`) are measures, and `2.`
/// may be a figure.
pub(crate) fn run_on_next(rest: &str, marker: &Marker<'_>) -> Option<usize> {
    if !matches!(marker.level, 1 | 2) {
        return None;
    }
    let mut from = 0;
    while let Some((p, c)) = rest.get(from..).and_then(|r| {
        r.char_indices()
            .find(|(_, c)| text::is_sentence_end(*c) || matches!(c, '；' | ';'))
    }) {
        let after = from + p + c.len_utf8();
        let next = rest.get(after..).unwrap_or("");
        let at = after + (next.len() - next.trim_start_matches(text::is_space).len());
        let follows = heading_marker(rest.get(at..).unwrap_or("")).is_some_and(|(m, _)| {
            m.level == marker.level && m.ordinal == marker.ordinal.saturating_add(1)
        });
        if follows {
            return Some(at);
        }
        from = after;
    }
    None
}

/// Splits the text after a marker into its heading and the run-on body.
///
/// - A line with no full stop and at most 40 characters is all heading
///   (`发展现状`; a trailing colon is dropped).
/// - Otherwise the first sentence is the heading when it is short (at most
///   30 characters), holds no colon and does not open with 您/你 (which
///   marks a numbered paragraph of prose); the rest opens the body.
/// - Anything else is a numbered paragraph: no heading, all body.
pub(crate) fn split_heading(rest: &str) -> (Option<&str>, Option<&str>) {
    let end = rest
        .char_indices()
        .find(|(_, c)| is_sentence_end(*c) || matches!(c, '；' | ';'));
    let prose_start = rest.starts_with('您') || rest.starts_with('你');
    match end {
        None => {
            let head = rest.trim_end_matches([':', '：']);
            // a colon inside opens prose (`需要向您说明的是：目前…`)
            let has_colon = head.contains([':', '：']);
            if head.chars().count() <= 40 && !prose_start && !has_colon {
                (Some(text::trim(head)), None)
            } else {
                (None, Some(rest))
            }
        }
        Some((p, c)) => {
            let first = rest.get(..p).unwrap_or("");
            let after = text::trim(rest.get(p + c.len_utf8()..).unwrap_or(""));
            let short = first.chars().count() <= 30;
            let has_colon = first.contains([':', '：']);
            if short && !has_colon && !prose_start && !first.is_empty() {
                (Some(first), (!after.is_empty()).then_some(after))
            } else {
                (None, Some(rest))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let cases: &[(&str, Option<(u8, u32, &str, &str)>)] = &[
            ("一、发展现状", Some((1, 1, "一、", "发展现状"))),
            ("十二、其他", Some((1, 12, "十二、", "其他"))),
            ("三、 下一步工作", Some((1, 3, "三、", "下一步工作"))),
            ("（一）加强统筹", Some((2, 1, "（一）", "加强统筹"))),
            ("(二)、强化保障", Some((2, 2, "(二)、", "强化保障"))),
            (
                "1.在顶层设计上提前谋划。",
                Some((3, 1, "1.", "在顶层设计上提前谋划。")),
            ),
            ("2、聚焦试点", Some((3, 2, "2、", "聚焦试点"))),
            ("１．加强宣传", Some((3, 1, "１．", "加强宣传"))),
            ("（1）完善机制", Some((4, 1, "（1）", "完善机制"))),
            ("⑵优化服务", Some((4, 2, "⑵", "优化服务"))),
            ("③强化考核", Some((5, 3, "③", "强化考核"))),
            ("一 、基本情况", Some((1, 1, "一 、", "基本情况"))),
            ("1）完善机制", Some((4, 1, "1）", "完善机制"))),
            ("2)优化服务", Some((4, 2, "2)", "优化服务"))),
            ("2023）年", None),
            ("1）", None),
            ("1.2万人参加", None),
            ("2023年实现产值", None),
            ("一是加强资金保障", None),
            ("一方面", None),
            ("（联系人：王一）", None),
            ("（1）", None),
        ];
        for (line, want) in cases {
            let got = heading_marker(line).map(|(m, rest)| (m.level, m.ordinal, m.text, rest));
            assert_eq!(got, *want, "{line}");
        }
    }

    #[test]
    fn heading_split() {
        let cases: &[(&str, (Option<&str>, Option<&str>))] = &[
            ("发展现状", (Some("发展现状"), None)),
            ("关于资金问题：", (Some("关于资金问题"), None)),
            ("在顶层设计上提前谋划。新区成立以来，我们开展了规划。", (Some("在顶层设计上提前谋划"), Some("新区成立以来，我们开展了规划。"))),
            ("聚焦重点领域,探索融合发展新模式。在现有基础上推动延伸。", (Some("聚焦重点领域,探索融合发展新模式"), Some("在现有基础上推动延伸。"))),
            ("在顶层设计上提前谋划。", (Some("在顶层设计上提前谋划"), None)),
            ("需要向您说明的是:目前项目已完成主体", (None, Some("需要向您说明的是:目前项目已完成主体"))),
            ("您这一提案提得很好，表明您对我市基层医疗卫生事业的高度关注。", (None, Some("您这一提案提得很好，表明您对我市基层医疗卫生事业的高度关注。"))),
            ("需要向您说明的是：目前项目场地平整已完成。", (None, Some("需要向您说明的是：目前项目场地平整已完成。"))),
            ("目前全县已建成农村公路一千二百公里，其中县道三百公里，乡道四百公里，村道五百公里，通村率达到百分之百，下一步将继续推进。", (None, Some("目前全县已建成农村公路一千二百公里，其中县道三百公里，乡道四百公里，村道五百公里，通村率达到百分之百，下一步将继续推进。"))),
        ];
        for (rest, want) in cases {
            assert_eq!(split_heading(rest), *want, "{rest}");
        }
    }

    #[test]
    fn run_on_headings() {
        // (line, where the next heading of the level starts in the text
        // after the marker)
        let cases: &[(&str, Option<&str>)] = &[
            (
                "（一）完善办法。按照因素法分配。（二）强化管理。",
                Some("（二）强化管理。"),
            ),
            (
                "（一）加强领导；（二）完善制度；（三）强化考核。",
                Some("（二）完善制度；（三）强化考核。"),
            ),
            (
                "一、基本情况。全市有医院12家。 二、下一步工作",
                Some("二、下一步工作"),
            ),
            ("（一）完善办法。按照（三）的规定分配。", None),
            ("（一）完善办法，（二）强化管理。", None),
            ("一、基本情况。二是加强管理。", None),
            ("（1）扩大规模；（2）加强品牌建设。", None),
            ("1.发展现状。2.存在问题。", None),
            ("（二）强化管理。（二）重复。", None),
        ];
        for (line, want) in cases {
            let (m, rest) = heading_marker(line).unwrap();
            let got = run_on_next(rest, &m).map(|p| &rest[p..]);
            assert_eq!(got, *want, "{line}");
        }
    }
}
