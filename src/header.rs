//! Web header and document-head fields: `发布日期:2023-06-06 17:03 信息来源:区发展和改革局`,
//! `索引号：…`, `是否同意公开【主动公开】`, several on one line or one a line.

use std::borrow::Cow;

use crate::model::HeaderField;
use crate::span::Span;
use crate::text::{self, fold, is_colon, Folded};

/// What a header key says, for the fields the model lifts out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyRole {
    /// 发布日期, 发布时间, 更新时间, 生成日期, 时间, 日期: when the page was
    /// published.
    Published,
    /// 信息来源, 来源, 发布机构: where the reply came from.
    Source,
    /// 成文日期: the date of the document.
    Written,
    /// 建议编号, 提案编号, 议案编号, 建议号, 提案号: the proposal's number.
    Number,
    /// 建议题目, 提案题目, 建议标题, 提案标题, 建议名称, 提案名称, 案由: the
    /// proposal's subject.
    Subject,
    /// 主办单位, 办理单位, 承办单位: the lead unit.
    Lead,
    /// 协办单位, 会办单位: assisting units.
    Assisting,
    /// Any other field.
    Other,
}

/// Known keys, folded and without spaces, with their role. Longer keys
/// first where one is a prefix of another.
const KEYS: &[(&str, KeyRole)] = &[
    ("发布日期", KeyRole::Published),
    ("发布时间", KeyRole::Published),
    ("更新时间", KeyRole::Published),
    ("更新日期", KeyRole::Published),
    ("发文日期", KeyRole::Published),
    ("成文日期", KeyRole::Written),
    ("生成日期", KeyRole::Published),
    ("信息来源", KeyRole::Source),
    ("文章来源", KeyRole::Source),
    ("来源", KeyRole::Source),
    ("时间", KeyRole::Published),
    ("日期", KeyRole::Published),
    ("索引号", KeyRole::Other),
    ("发布机构", KeyRole::Source),
    ("发文机关", KeyRole::Other),
    ("发文字号", KeyRole::Other),
    ("文号", KeyRole::Other),
    ("主题分类", KeyRole::Other),
    ("主题词", KeyRole::Other),
    ("体裁分类", KeyRole::Other),
    ("组配分类", KeyRole::Other),
    ("服务对象分类", KeyRole::Other),
    ("所属机构", KeyRole::Other),
    ("浏览次数", KeyRole::Other),
    ("访问次数", KeyRole::Other),
    ("浏览量", KeyRole::Other),
    ("阅读量", KeyRole::Other),
    ("点击数", KeyRole::Other),
    ("点击量", KeyRole::Other),
    ("阅读次数", KeyRole::Other),
    ("点击次数", KeyRole::Other),
    ("点击", KeyRole::Other),
    ("阅读", KeyRole::Other),
    ("浏览", KeyRole::Other),
    ("访问", KeyRole::Other),
    ("作者", KeyRole::Other),
    ("类别", KeyRole::Other),
    ("分类", KeyRole::Other),
    ("公开方式", KeyRole::Other),
    ("公开范围", KeyRole::Other),
    ("公开属性", KeyRole::Other),
    ("公开类别", KeyRole::Other),
    ("是否同意公开", KeyRole::Other),
    ("是否公开", KeyRole::Other),
    ("有效性", KeyRole::Other),
    ("名称", KeyRole::Other),
    ("标题", KeyRole::Other),
    ("字号", KeyRole::Other),
    ("字体", KeyRole::Other),
    ("提案类别", KeyRole::Other),
    ("建议类别", KeyRole::Other),
    ("办理类别", KeyRole::Other),
    ("答复类别", KeyRole::Other),
    ("办理结果", KeyRole::Other),
    ("公开形式", KeyRole::Other),
    ("紧急程度", KeyRole::Other),
    ("密级", KeyRole::Other),
    // the fields of a proposal's record on a handling platform
    ("建议编号", KeyRole::Number),
    ("提案编号", KeyRole::Number),
    ("议案编号", KeyRole::Number),
    ("建议号", KeyRole::Number),
    ("提案号", KeyRole::Number),
    ("建议题目", KeyRole::Subject),
    ("提案题目", KeyRole::Subject),
    ("建议标题", KeyRole::Subject),
    ("提案标题", KeyRole::Subject),
    ("建议名称", KeyRole::Subject),
    ("提案名称", KeyRole::Subject),
    ("案由", KeyRole::Subject),
    ("主办单位", KeyRole::Lead),
    ("办理单位", KeyRole::Lead),
    ("承办单位", KeyRole::Lead),
    ("协办单位", KeyRole::Assisting),
    ("会办单位", KeyRole::Assisting),
    ("建议人", KeyRole::Other),
    ("提案人", KeyRole::Other),
    ("领衔人", KeyRole::Other),
    ("领衔代表", KeyRole::Other),
    ("附议人", KeyRole::Other),
    ("答复内容", KeyRole::Other),
    ("答复正文", KeyRole::Other),
];

/// The role of a key as written (spaces inside ignored).
pub(crate) fn key_role(key: &str) -> KeyRole {
    // compared character by character, folded: no string is built
    let folded = || key.chars().filter(|c| !text::is_space(*c)).map(fold);
    let first = folded().next();
    KEYS.iter()
        .filter(|(k, _)| k.chars().next() == first)
        .find(|(k, _)| k.chars().eq(folded()))
        .map(|(_, r)| *r)
        .unwrap_or(KeyRole::Other)
}

/// If a known key starts at `s` (spaces between its characters allowed,
/// `类 别`), followed by a colon or `【`, returns the key's byte length and
/// the length up to the start of the value.
fn key_at(s: &str) -> Option<(usize, usize)> {
    let (_, _, first) = Folded::new(s).next()?;
    for (key, _) in KEYS {
        if !key.starts_with(first) {
            continue;
        }
        let Some(key_len) = key_len(s, key) else {
            continue;
        };
        let rest = s.get(key_len..).unwrap_or("");
        let after_spaces = rest.trim_start_matches(text::is_space);
        let spaces = rest.len() - after_spaces.len();
        match after_spaces.chars().next() {
            Some(c) if is_colon(c) => {
                let value_start = key_len + spaces + c.len_utf8();
                return Some((key_len, value_start));
            }
            Some('【') | Some('[') => return Some((key_len, key_len + spaces)),
            _ => continue,
        }
    }
    None
}

/// Byte length of `key` at the start of `s`, spaces allowed between its
/// characters.
fn key_len(s: &str, key: &str) -> Option<usize> {
    let mut it = Folded::new(s);
    let mut chars = key.chars();
    let first = chars.next()?;
    match it.next() {
        Some((_, _, c)) if c == first => {}
        _ => return None,
    }
    for k in chars {
        loop {
            match it.next()? {
                (_, _, ' ') => continue,
                (_, _, c) if c == k => break,
                _ => return None,
            }
        }
    }
    Some(it.offset())
}

/// The offset and text of a header line after its bullet, if a known key
/// opens it (perhaps in brackets).
fn header_start(line: &str) -> Option<(usize, &str)> {
    let start = line.len()
        - line
            .trim_start_matches(['•', '·', '●', '■', '◆', '▪', ' ', '\u{3000}'])
            .len();
    let body = line.get(start..)?;
    key_at(body.strip_prefix('【').unwrap_or(body))?;
    Some((start, body))
}

/// Whether [`header_line`] reads `line`, without reading its fields.
pub(crate) fn is_header_line(line: &str) -> bool {
    header_start(line).is_some()
}

/// First characters of the keys of four characters or more: only these
/// may open a key glued to the value before it.
// Runs at compile time only: an index out of range would stop the build.
#[allow(clippy::indexing_slicing)]
static LONG_KEY_FIRSTS: crate::charset::CharSet = {
    let mut set = crate::charset::CharSet::folded("");
    let mut k = 0;
    while k < KEYS.len() {
        let key = KEYS[k].0;
        // four Han characters take twelve bytes or more
        if key.len() >= 12 {
            set = set.with_word_ends(&[key], crate::charset::End::First);
        }
        k += 1;
    }
    set
};

/// Reads a line made of known `key:value` fields. `None` unless the line
/// starts with a known key (after an optional bullet). `base` is the line's
/// offset in the input.
pub(crate) fn header_line(line: &str, base: usize) -> Option<Vec<HeaderField<'_>>> {
    let (start, body) = header_start(line)?;
    // find every key start on the line: at the start, after a space, a bar
    // or a bracket (`【发布时间：…】【来源：…】`), or glued to the value
    // before it when the key is long and has its colon (`来源：市教育局发布时间：…`)
    // (field start, key start, key len, value start)
    let mut keys: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut prev_space = true;
    let mut open: Option<usize> = None;
    for (i, c) in body.char_indices() {
        if c == '【' && prev_space {
            open = Some(i);
        } else if !text::is_space(c)
            && (prev_space || open.is_some() || LONG_KEY_FIRSTS.contains(c))
        {
            if let Some((klen, vstart)) = body.get(i..).and_then(key_at) {
                let glued = !prev_space && open.is_none();
                let long = body
                    .get(i..i + klen)
                    .is_some_and(|k| k.chars().count() >= 4);
                let colon = body
                    .get(i + klen..i + vstart)
                    .is_some_and(|g| g.chars().any(is_colon));
                if !glued || (long && colon) {
                    keys.push((open.unwrap_or(i), i, klen, i + vstart));
                }
            }
            open = None;
        } else {
            open = None;
        }
        prev_space = text::is_space(c) || matches!(c, '|' | '｜' | '】');
    }
    let mut fields = Vec::with_capacity(keys.len());
    for (n, &(fstart, kstart, klen, vstart)) in keys.iter().enumerate() {
        let vend = keys.get(n + 1).map(|k| k.0).unwrap_or(body.len());
        let key = body.get(kstart..kstart + klen).unwrap_or("");
        let raw = body.get(vstart..vend.max(vstart)).unwrap_or("");
        let value = field_value(raw, fstart < kstart);
        let field_end = fstart
            + body
                .get(fstart..vend)
                .map(|s| text::trim(s).len())
                .unwrap_or(0);
        fields.push(HeaderField {
            key: Cow::Borrowed(key),
            value: Cow::Borrowed(value),
            span: Span::new(
                base + start + fstart,
                base + start + field_end.max(kstart + klen),
            ),
        });
    }
    Some(fields)
}

/// The value of a field from the text up to the next field: trimmed of
/// spaces and bars, without the `】` that closes a bracketed field
/// (`bracketed`), unwrapped from `【主动公开】`, and cut before page
/// buttons that follow it (`市教育局　　【打印】【关闭】`).
fn field_value(raw: &str, bracketed: bool) -> &str {
    let mut v = text::trim(raw);
    loop {
        let t = text::trim(v.trim_end_matches(['|', '｜']));
        if t.len() == v.len() {
            break;
        }
        v = t;
    }
    if bracketed {
        v = text::trim(v.strip_suffix('】').unwrap_or(v));
    }
    if let Some(inner) = v.strip_prefix('【').and_then(|x| x.strip_suffix('】')) {
        if !inner.contains(['【', '】']) {
            return inner;
        }
    }
    match v.find('【') {
        Some(p) if p > 0 => text::trim(v.get(..p).unwrap_or(v)),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(line: &str) -> Vec<(String, String)> {
        header_line(line, 0)
            .unwrap_or_default()
            .into_iter()
            .map(|f| (f.key.into_owned(), f.value.into_owned()))
            .collect()
    }

    #[test]
    fn header_lines() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "发布日期:2023-06-06 17:03 信息来源:区发展和改革局",
                &[
                    ("发布日期", "2023-06-06 17:03"),
                    ("信息来源", "区发展和改革局"),
                ],
            ),
            (
                "来源: 更新时间:2024/01/03",
                &[("来源", ""), ("更新时间", "2024/01/03")],
            ),
            (
                "发布日期: 2021- 10- 08 10: 45 浏览次数: 字体:[ ] 信息来源: 市住房和城乡建设局",
                &[
                    ("发布日期", "2021- 10- 08 10: 45"),
                    ("浏览次数", ""),
                    ("字体", "[ ]"),
                    ("信息来源", "市住房和城乡建设局"),
                ],
            ),
            ("信息来源:", &[("信息来源", "")]),
            ("类 别:B", &[("类 别", "B")]),
            ("类别:提案", &[("类别", "提案")]),
            ("是否同意公开【主动公开】", &[("是否同意公开", "主动公开")]),
            (
                "索引号：11330000MB0000000X/2023-00123",
                &[("索引号", "11330000MB0000000X/2023-00123")],
            ),
            (
                "  • 时间:2023-05-04 08:58:16",
                &[("时间", "2023-05-04 08:58:16")],
            ),
            (
                "发布机构: 永川区某镇 成文日期: 2021-03-11 发布日期: 2021-03-15",
                &[
                    ("发布机构", "永川区某镇"),
                    ("成文日期", "2021-03-11"),
                    ("发布日期", "2021-03-15"),
                ],
            ),
            (
                "来源：潼溪县民政局 发布时间：2024-09-11 11:23",
                &[("来源", "潼溪县民政局"), ("发布时间", "2024-09-11 11:23")],
            ),
            // fields in brackets, bars, page buttons, glued keys
            (
                "【发布时间：2023-07-14】【来源：市教育局】【字体：大 中 小】",
                &[
                    ("发布时间", "2023-07-14"),
                    ("来源", "市教育局"),
                    ("字体", "大 中 小"),
                ],
            ),
            (
                "信息来源：市教育局 | 发布日期：2023-07-14 | 阅读次数：123",
                &[
                    ("信息来源", "市教育局"),
                    ("发布日期", "2023-07-14"),
                    ("阅读次数", "123"),
                ],
            ),
            (
                "发布日期：2023-07-14　　信息来源：市教育局　　【打印】【关闭】",
                &[("发布日期", "2023-07-14"), ("信息来源", "市教育局")],
            ),
            (
                "来源：市教育局发布时间：2023-07-14",
                &[("来源", "市教育局"), ("发布时间", "2023-07-14")],
            ),
            (
                "时间：2023年07月14日 来源：市教育局 点击：",
                &[
                    ("时间", "2023年07月14日"),
                    ("来源", "市教育局"),
                    ("点击", ""),
                ],
            ),
        ];
        for (line, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(fields(line), want, "{line}");
        }
    }

    #[test]
    fn not_header_lines() {
        for line in [
            "来源于群众的建议",
            "时间紧任务重",
            "关于加强管理的建议",
            "日期",
            "您提出的建议收悉。",
        ] {
            assert!(header_line(line, 0).is_none(), "{line}");
        }
    }

    #[test]
    fn spans_cover_each_field() {
        let line = "发布日期:2023-06-06 17:03 信息来源:区发展和改革局";
        let f = header_line(line, 10).unwrap();
        assert_eq!(
            f[0].span,
            Span::new(10, 10 + "发布日期:2023-06-06 17:03".len())
        );
        assert_eq!(f[1].span.end, 10 + line.len());
        assert_eq!(key_role("信息来源"), KeyRole::Source);
        assert_eq!(key_role("更新时间"), KeyRole::Published);
        assert_eq!(key_role("类 别"), KeyRole::Other);
    }
}
