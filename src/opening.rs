//! The opening of a reply: `您在…会议上提出的《关于…的建议》收悉。经我局主办，
//! 区经信科技局会办，现将办理情况答复如下：` — whether a line is one, the
//! proposal's subject, and the lead and assisting units.

use crate::text::{self, find_folded, is_list_sep, match_folded};

/// Words that mark the opening paragraph.
const CUES: &[&str] = &[
    "收悉",
    "答复如下",
    "回复如下",
    "答复于下",
    "现答复",
    "现将",
    "办理情况报告如下",
    "函复如下",
];

/// Whether a line reads as the opening of a reply.
pub(crate) fn is_opening(line: &str) -> bool {
    CUES.iter().any(|c| find_folded(line, c).is_some())
}

/// Whether a line is a greeting that may stand before the opening:
/// `您好！`, `你好:`, `尊敬的…：` stays the addressee's.
pub(crate) fn is_greeting(line: &str) -> bool {
    let t = line.trim_end_matches(['！', '!', '：', ':', '。', ',', '，']);
    matches!(t, "您好" | "你好" | "你们好" | "您们好" | "大家好")
}

/// The subject of the proposal as the opening quotes it: in `《…》` (nesting
/// kept), in `“…”` when it reads as a title (opens with 关于 or ends with
/// 建议/提案/议案), or bare after `提出的`/`所提`: from `关于` to the last
/// 建议/提案/议案 before `收悉`, `办理情况`, or the end of the clause.
pub(crate) fn subject(line: &str) -> Option<&str> {
    book_title(line)
        .or_else(|| quoted_title(line))
        .or_else(|| bare_title(line))
}

/// The first `《…》`, with nested `《》`/`<>`/`〈〉` kept inside.
fn book_title(line: &str) -> Option<&str> {
    let open = line.find('《')?;
    let inner_start = open + '《'.len_utf8();
    let mut depth = 1usize;
    for (i, c) in line.get(inner_start..)?.char_indices() {
        match c {
            '《' => depth += 1,
            '》' => {
                depth -= 1;
                if depth == 0 {
                    let inner = line.get(inner_start..inner_start + i)?;
                    return (!inner.is_empty()).then_some(inner);
                }
            }
            _ => {}
        }
    }
    None
}

fn reads_as_title(s: &str) -> bool {
    let s = text::trim(s);
    match_folded(s, "关于").is_some() || ["建议", "提案", "议案"].iter().any(|k| s.ends_with(k))
}

/// The first `“…”` (or `"…"`) that reads as a proposal title.
fn quoted_title(line: &str) -> Option<&str> {
    let mut rest = line;
    while let Some(open) = rest.find(['“', '"', '「']) {
        let after = rest.get(open..)?;
        let q = after.chars().next()?;
        let inner_start = q.len_utf8();
        let close = match q {
            '“' => '”',
            '「' => '」',
            _ => '"',
        };
        let body = after.get(inner_start..)?;
        let end = body.find(close)?;
        let inner = body.get(..end)?;
        if reads_as_title(inner) {
            return Some(inner);
        }
        rest = body.get(end + close.len_utf8()..)?;
    }
    None
}

/// `您提出的关于…的建议收悉` → `关于…的建议`.
fn bare_title(line: &str) -> Option<&str> {
    let (lead, len) = ["提出的", "所提的", "所提出的", "提的", "领衔提出的"]
        .iter()
        .filter_map(|k| find_folded(line, k))
        .min()?;
    let after = line.get(lead + len..)?;
    let start = find_folded(after, "关于")
        .filter(|(p, _)| *p == 0)
        .map(|(p, _)| p)?;
    let tail = after.get(start..)?;
    // the clause ends at 收悉 / 办理情况 / a comma or full stop
    let stop = ["收悉", "办理情况", "，", ",", "。", "已收", "现答复"]
        .iter()
        .filter_map(|k| tail.find(k))
        .min()
        .unwrap_or(tail.len());
    let clause = tail.get(..stop)?;
    let end = ["建议", "提案", "议案"]
        .iter()
        .filter_map(|k| clause.rfind(k).map(|p| p + k.len()))
        .max()?;
    clause.get(..end)
}

/// Self-references that stand for the replying office.
const SELF: &[&str] = &[
    "我局",
    "我委",
    "我办",
    "我厅",
    "我院",
    "我部",
    "我中心",
    "我单位",
    "我署",
    "我会",
    "本局",
    "本委",
    "本单位",
    "我们",
];

/// Whether a unit name is a self-reference (我局, 本单位).
pub(crate) fn is_self_reference(unit: &str) -> bool {
    SELF.contains(&unit)
}

/// Lead and assisting units named in the opening, as written (self
/// references kept as written; the caller resolves them).
pub(crate) fn handling(line: &str) -> (Vec<&str>, Vec<&str>) {
    let mut lead = Vec::new();
    let mut assisting = Vec::new();
    for clause in line.split(['，', ',', '。', '；', ';', '：', ':']) {
        let clause = text::trim(clause);
        if let Some(units) = strip_suffix_any(
            clause,
            &["主办", "牵头办理", "牵头", "联合办理", "共同办理"],
        ) {
            lead.extend(units_of(after_by(units)));
        } else if let Some(units) =
            strip_suffix_any(clause, &["会办", "协办", "配合办理", "参与办理"])
        {
            assisting.extend(units_of(after_by(units)));
        } else if let Some(rest) = Some(strip_prefix_any(
            after_replier(clause),
            &["经商", "经会商", "经征求", "会同", "经会同", "经与"],
        ))
        .filter(|r| r.len() < clause.len())
        {
            let rest = [
                "共同研究",
                "研究",
                "意见",
                "沟通",
                "协商",
                "会商",
                "商议",
                "办理",
                "进行",
            ]
            .iter()
            .filter_map(|k| rest.find(k))
            .min()
            .and_then(|p| rest.get(..p))
            .unwrap_or(rest);
            // 会同区水利局认真研究: the adverb before the verb goes too
            let rest =
                strip_suffix_any(rest, &["认真", "共同", "一道", "深入", "进行"]).unwrap_or(rest);
            assisting.extend(units_of(rest));
        }
    }
    (lead, assisting)
}

/// `clause` without the replying office that opens it before 会同
/// (`我局会同市财政局…`, `市交通运输局会同…`).
fn after_replier(clause: &str) -> &str {
    match text::find_folded(clause, "会同") {
        Some((p, _)) if p > 0 && clause.get(..p).is_some_and(|h| h.chars().count() <= 12) => {
            clause.get(p..).unwrap_or(clause)
        }
        _ => clause,
    }
}

/// `s` without the first of `words` it ends with (compared folded: 主辦,
/// 會辦 are 主办, 会办).
fn strip_suffix_any<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words
        .iter()
        .find_map(|w| text::ends_with_folded(s, w).and_then(|n| s.get(..s.len() - n)))
}

/// `s` without the first of `words` it starts with (compared folded).
fn strip_prefix_any<'a>(s: &'a str, words: &[&str]) -> &'a str {
    words
        .iter()
        .find_map(|w| text::match_folded(s, w).and_then(|n| s.get(n..)))
        .unwrap_or(s)
}

/// The units after the words that introduce them: `由`, `经由`, `经`, and
/// a name for the item before 由 (`该件由`, `本提案由`, `您的建议由`); a 由
/// inside a name stays (`自由贸易试验区管委会`).
fn after_by(units: &str) -> &str {
    if let Some(p) = units.find('由') {
        let head = units.get(..p).unwrap_or("");
        let last = head.chars().next_back().map(text::fold);
        let names_item = head.chars().count() <= 5
            && (last.is_none() || matches!(last, Some('经' | '件' | '案' | '议')));
        if names_item {
            return units.get(p + '由'.len_utf8()..).unwrap_or("");
        }
    }
    strip_prefix_any(units, &["经"])
}

/// Splits a list of units on `、`, and on `和` `及` `与` where the part
/// before is a unit's name (`县自然资源和规划局`, `住房和城乡建设局` stay
/// whole); drops a trailing `等`.
pub(crate) fn units_of(list: &str) -> Vec<&str> {
    let list = list.trim_end_matches('等');
    let mut out = Vec::new();
    for item in list.split(is_list_sep) {
        let mut start = 0;
        for (i, c) in item.char_indices() {
            if matches!(text::fold(c), '和' | '及' | '与') {
                let part = item.get(start..i).unwrap_or("");
                if crate::signature::is_org_name(text::trim(part)) {
                    out.push(text::trim(part));
                    start = i + c.len_utf8();
                }
            }
        }
        out.push(text::trim(item.get(start..).unwrap_or("")));
    }
    out.retain(|u| !u.is_empty() && u.chars().count() <= 30);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        let cases: &[(&str, Option<&str>)] = &[
            ("您在钱塘区政协一届三次会议上提出《关于促进先进制造业和现代服务业加快融合的建议》的提案收悉。", Some("关于促进先进制造业和现代服务业加快融合的建议")),
            ("贵会提出的《关于印发<城市体检工作方案>的建议》(第2025D048号)收悉", Some("关于印发<城市体检工作方案>的建议")),
            ("你提出的“关于解决下寨小组公路硬化的建设”,已交我局研究办理,现答复如下:", Some("关于解决下寨小组公路硬化的建设")),
            ("您提出的关于进一步推进城乡居民养老服务体系建设的建议,现答复如下:", Some("关于进一步推进城乡居民养老服务体系建设的建议")),
            ("现将您提出的关于加快建设乡村道路维修及维护的提案办理情况答复如下:", Some("关于加快建设乡村道路维修及维护的提案")),
            ("您提出的关于老旧小区改造加装电梯的建议收悉。现答复如下:", Some("关于老旧小区改造加装电梯的建议")),
            ("您所提“加强‘两业’融合”的提案收悉。", None),
            ("您提出的建议收悉，现答复如下：", None),
        ];
        for (line, want) in cases {
            assert_eq!(subject(line), *want, "{line}");
        }
    }

    #[test]
    fn handling_units() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "您提出的提案收悉。经我局主办,区经信科技局会办,现将办理情况答复如下:",
                &["我局"],
                &["区经信科技局"],
            ),
            (
                "该件由市教育局主办，市财政局、市人社局协办。",
                &["市教育局"],
                &["市财政局", "市人社局"],
            ),
            (
                "经商市财政局和市自然资源局，现答复如下：",
                &[],
                &["市财政局", "市自然资源局"],
            ),
            (
                "经与县农业农村局共同研究，现答复如下：",
                &[],
                &["县农业农村局"],
            ),
            ("您提出的建议收悉，现答复如下：", &[], &[]),
            (
                "本提案由我局主办，市发改委、市财政局协办。",
                &["我局"],
                &["市发改委", "市财政局"],
            ),
            (
                "您的建议由市自由贸易试验区管委会主办，市商务局协办。",
                &["市自由贸易试验区管委会"],
                &["市商务局"],
            ),
            (
                "我局高度重视，会同县自然资源和规划局、县住房和城乡建设局认真研究办理，现答复如下：",
                &[],
                &["县自然资源和规划局", "县住房和城乡建设局"],
            ),
            (
                "我局高度重視，會同區水利局認真研究辦理，現答覆如下：",
                &[],
                &["區水利局"],
            ),
            (
                "經我局主辦，縣財政局、縣公安局會辦，現答覆如下：",
                &["我局"],
                &["縣財政局", "縣公安局"],
            ),
            (
                "您提出的提案收悉，经与市财政局协商办理，现答复如下：",
                &[],
                &["市财政局"],
            ),
            (
                "经会同市人社局、市税务局研究办理，现答复如下：",
                &[],
                &["市人社局", "市税务局"],
            ),
            (
                "该件由市教育局、市财政局联合办理，现答复如下：",
                &["市教育局", "市财政局"],
                &[],
            ),
            // the replying office before 会同, and 会商 after the units
            (
                "您提出的建议已收悉，我局会同市财政局、市卫健委进行了认真研究，现答复如下：",
                &[],
                &["市财政局", "市卫健委"],
            ),
            (
                "您领衔提出的提案收悉。经与市文广旅体局会商，现答复如下：",
                &[],
                &["市文广旅体局"],
            ),
            // 会同 deep inside a sentence is not a handling clause
            (
                "近年来我市不断加大对农村公路建设的投入力度并会同市财政局安排资金",
                &[],
                &[],
            ),
        ];
        for (line, lead, assisting) in cases {
            let (l, a) = handling(line);
            assert_eq!((&l[..], &a[..]), (*lead, *assisting), "{line}");
        }
        assert!(is_opening("您提出的建议已收悉，现答复如下："));
        assert!(
            is_greeting("您好！") && is_greeting("你好:") && !is_greeting("您好！您提出的建议收悉")
        );
        assert!(!is_opening("我县共建设养老机构3家。"));
        assert!(is_self_reference("我局"));
    }
}
