//! The signature block: organisation line(s) and the date line, or the
//! labelled forms `单位名称：…` / `答复日期：…`; and the closing formula.

use crate::grammar::{any_kw, colon, PResult};
use crate::model::Date;
use crate::text::{self, is_sentence_end};

/// Endings of organisation names.
const ORG_ENDINGS: &[&str] = &[
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "会",
    "处",
    "室",
    "所",
    "站",
    "中心",
    "政府",
    "公司",
    "集团",
    "办公室",
    "委员会",
    "管委会",
    "学校",
    "医院",
    "大学",
    "街道",
    "镇",
    "乡",
    "社",
    "队",
    "行",
    "馆",
    "署",
    "科",
    "庭",
    "园区",
    "分局",
    "支队",
    "大队",
    "联社",
    "商会",
    "司",
    "组",
    "团",
    "场",
    "台",
    "学院",
    "总工会",
    "法院",
    "检察院",
    "办事处",
    "指挥部",
    "海关",
    "妇联",
    "侨联",
    "文联",
    "残联",
    "工商联",
    "社科联",
    "科协",
    "监狱",
    "开发区",
];

/// Whether a trimmed line reads as an organisation name (or several,
/// separated by spaces or `、`): short, no sentence punctuation, ends like
/// an organisation. A name spaced out letter by letter for layout
/// (`市 水 利 局`) is one name.
pub(crate) fn is_org_line(line: &str) -> bool {
    let line = without_stamp(line);
    let n = line.chars().count();
    if !(2..=60).contains(&n)
        || line.chars().any(|c| {
            is_sentence_end(c)
                || matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '“' | '”' | '《')
        })
    {
        return false;
    }
    if line.chars().next().is_some_and(text::is_digit) {
        return false;
    }
    if org_parts(line).all(is_org_name) {
        return true;
    }
    // 市 水 利 局: every part a single character
    if org_parts(line).count() > 2 && org_parts(line).all(|p| p.chars().count() == 1) {
        let joined: String = org_parts(line).collect();
        return is_org_name(&joined);
    }
    false
}

/// The parts of an org line between spaces and `、`.
fn org_parts(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| text::is_space(c) || c == '、')
        .filter(|p| !p.is_empty())
}

/// One organisation name: Han characters ending like an organisation.
pub(crate) fn is_org_name(name: &str) -> bool {
    name.chars().count() >= 2
        && name.chars().all(|c| {
            text::is_han(c)
                || matches!(c, '(' | ')' | '（' | '）' | '·')
                || c.is_ascii_lowercase()
                || text::is_tone_mark(c)
        })
        && ORG_ENDINGS
            .iter()
            .any(|e| text::ends_with_folded(name, e).is_some())
}

/// An org line without the stamp note after it: `市卫生健康委员会（盖章）`.
pub(crate) fn without_stamp(line: &str) -> &str {
    let t = text::trim(line);
    // compared folded: full-width brackets are the same notes
    for note in ["(盖章)", "(印章)", "(公章)", "(代章)", "(签章)", "(章)"] {
        if let Some(n) = text::ends_with_folded(t, note) {
            return text::trim(t.get(..t.len() - n).unwrap_or(t));
        }
    }
    t
}

/// The organisations of an org line: split on spaces and `、` when every
/// part is an organisation name, else the whole line.
pub(crate) fn orgs(line: &str) -> Vec<&str> {
    let parts: Vec<&str> = org_parts(line).collect();
    if parts.len() > 1 && parts.iter().all(|p| is_org_name(p)) {
        parts
    } else {
        vec![line]
    }
}

/// signature_label = ("单位名称" | "答复单位" | "办理单位" | "承办单位" | "落款单位") ":"
fn org_label(i: &str) -> PResult<'_, &str> {
    let (rest, label) = any_kw(
        "an organisation label",
        &[
            "单位名称",
            "答复单位",
            "办理单位",
            "承办单位",
            "落款单位",
            "主办单位名称",
        ],
    )(i)?;
    let (rest, _) = colon(rest)?;
    Ok((rest, label))
}

/// date_label = ("答复日期" | "日期" | "成文日期" | "办理日期" | "落款日期") ":"
fn date_label(i: &str) -> PResult<'_, &str> {
    let (rest, label) = any_kw(
        "a date label",
        &["答复日期", "成文日期", "办理日期", "落款日期", "日期"],
    )(i)?;
    let (rest, _) = colon(rest)?;
    Ok((rest, label))
}

/// A labelled organisation line: `单位名称：某县交通运输局` → the name.
pub(crate) fn labelled_org(line: &str) -> Option<&str> {
    let (rest, _) = org_label(line).ok()?;
    let name = text::trim(rest);
    (!name.is_empty()).then_some(name)
}

/// A line that is only a date (`2023年6月1日`, `二〇二三年六月一日`,
/// `2023-06-01`), possibly labelled (`答复日期：…`) or followed by `印发`.
/// Returns the date and the byte range of the date text in the line.
pub(crate) fn date_line(line: &str) -> Option<(Date, std::ops::Range<usize>)> {
    let body = date_label(line).map(|(rest, _)| rest).unwrap_or(line);
    let body = body.trim_start_matches(text::is_space);
    let (rest, date) = crate::date::date_time(body).ok()?;
    let rest = text::trim(rest);
    let tail_ok = rest.is_empty()
        || text::matches(rest, &["印发", "发布", "(星期", "星期"])
            .next()
            .is_some()
        || short_note(rest);
    if !tail_ok {
        return None;
    }
    let start = line.len() - body.len();
    let end = line.len() - rest.len();
    Some((date, start..end.max(start)))
}

/// A short note in brackets after a signature date: `（盖章）`,
/// `（此件公开发布）`.
fn short_note(rest: &str) -> bool {
    text::inside_brackets(rest).is_some_and(|i| {
        let n = i.chars().count();
        (1..=12).contains(&n)
            && !i
                .chars()
                .any(|c| c.is_ascii_digit() || text::is_sentence_end(c))
    })
}

/// Words that open a closing formula.
const CLOSINGS: &[&str] = &[
    "感谢",
    "衷心感谢",
    "非常感谢",
    "再次感谢",
    "最后，感谢",
    "最后,感谢",
    "最后感谢",
    "诚挚感谢",
    "特别感谢",
    "此复",
    "特此答复",
    "特此函复",
    "特此回复",
    "专此答复",
    "此致",
    "敬礼",
    "以上答复",
    "欢迎您继续",
    "希望您继续",
    "望您继续",
    "恳请您继续",
    "请您继续",
    "望继续",
    "希望继续",
    "欢迎继续",
    "如对答复有意见",
    "如对答复不满意",
    "如对答复有不同意见",
    "如有不同意见",
    "顺致",
    "顺祝",
    "谢谢",
];

/// Whether a line is (part of) the closing formula.
pub(crate) fn is_closing(line: &str) -> bool {
    text::matches(line, CLOSINGS).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_lines() {
        let cases = [
            ("杭州市钱塘区发展和改革局", true),
            ("湖南省交通运输厅", true),
            ("市自然资源和规划局 市市场监督管理局 市房地产服务中心", true),
            ("盤錦市雙臺子區(qū)教育局", true),
            ("某县人民政府办公室", true),
            ("市卫生健康委员会（盖章）", true),
            ("市交通运输局（代章）", true),
            ("市 水 利 局", true),
            ("云溪市水利局、云溪市财政局", true),
            ("市 政 府", true),
            ("我 们 的", false),
            ("云溪海关", true),
            ("云溪市妇联", true),
            ("县工商联", true),
            ("市科协", true),
            ("（盖章）", false),
            ("余姚", false),
            ("我局高度重视。", false),
            ("一、发展现状", false),
            ("2023年6月1日", false),
            ("领导签字:", false),
            ("感谢您对我局工作的支持", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_org_line(line), want, "{line}");
        }
        assert_eq!(
            orgs("市自然资源和规划局 市市场监督管理局 市房地产服务中心").len(),
            3
        );
        assert_eq!(without_stamp("市卫生健康委员会(盖章) "), "市卫生健康委员会");
        assert_eq!(
            orgs("杭州市钱塘区发展和改革局"),
            vec!["杭州市钱塘区发展和改革局"]
        );
        assert_eq!(
            labelled_org("单位名称：某县交通运输局"),
            Some("某县交通运输局")
        );
    }

    #[test]
    fn closings() {
        for line in [
            "感谢您对钱塘经济发展的关心。",
            "此复。",
            "特此答复。",
            "此致",
            "敬礼！",
            "最后，感谢您一直以来的支持。",
            "以上答复您是否满意，如有意见，敬请反馈。",
            "如对答复有意见，请及时与我们联系。",
            "顺致崇高敬意！",
            "望继续关注和支持我局工作。",
        ] {
            assert!(is_closing(line), "{line}");
        }
        for line in ["首先感谢您的关注。", "我局将继续推进。"] {
            assert!(!is_closing(line), "{line}");
        }
    }

    #[test]
    fn date_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2023年6月1日", Some("2023-06-01")),
            ("二〇二三年六月一日", Some("2023-06-01")),
            ("答复日期：2023年10月16日", Some("2023-10-16")),
            ("2023年6月1日印发", Some("2023-06-01")),
            ("2023年6月1日，我局召开会议。", None),
            ("二〇二三年六月一日（盖章）", Some("2023-06-01")),
            ("2023年6月1日（此件公开发布）", Some("2023-06-01")),
            ("2023年6月1日（共3页）", None),
            ("2023年6月1日（我局召开了会议。）", None),
            ("发展现状", None),
        ];
        for (line, want) in cases {
            assert_eq!(
                date_line(line).map(|(d, _)| d.to_string()).as_deref(),
                *want,
                "{line}"
            );
        }
    }
}
