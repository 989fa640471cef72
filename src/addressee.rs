//! Addressees (主送): `蒋扬名委员：`, `张三、李四代表：`, `马青、周丽等委员:`,
//! `王五委员等：`, `尊敬的王爱珍代表:`, `民建长春市委员会:`, `市民政局:`.
//!
//! ```text
//! addressee_line = ["尊敬的" | "亲爱的"] item (sep item)* [":"]
//! item           = name ["等"] role ["等"] | organisation | name   (a bare name takes
//!                                                                 the role of the next item)
//! role           = 人大代表 | 政协委员 | 委员 | 代表 | 同志 | 先生 | 女士
//! organisation   = … (局 | 委 | 办 | 会 | 委员会 | 中心 | 政府 | 厅 | 部 | 院 | 代表团 | 界别 | 组 | …)
//! ```
//!
//! The line test is conservative: a short line ending in a colon whose
//! content is nothing but names with a role or organisations; a sentence or
//! a header field (`发布日期:`, `联系人:`, `抄送:`) is not an addressee line.

use std::borrow::Cow;

use crate::error::Error;
use crate::model::Addressee;
use crate::span::{offset_in, Span};
use crate::text::{self, fold, is_colon, is_han, is_list_sep, is_space, Folded};

/// Parses an addressee line (the colon at the end is optional).
///
/// ```
/// let a = govreply::addressee::parse("马青、周丽等委员：")?;
/// assert_eq!(a.len(), 2);
/// assert_eq!(a[0].name, "马青");
/// assert_eq!(a[1].role.as_deref(), Some("委员"));
/// assert!(a[1].others);
/// let org = govreply::addressee::parse("市民政局")?;
/// assert_eq!(org[0].role, None);
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Vec<Addressee<'_>>, Error> {
    let trimmed = text::trim(text);
    if trimmed.is_empty() {
        return Err(Error::new(
            crate::ErrorKind::Empty,
            text,
            Span::new(0, text.len()),
            "expected an addressee, but the text is empty",
        ));
    }
    let content = strip_colon(trimmed).unwrap_or(trimmed);
    entries(content, text, 0).map_err(|at| Error::expected(text, at, EXPECTED))
}

const EXPECTED: &str = "a name followed by a role (委员, 代表) or an organisation";

/// An addressee line inside a document: a short line ending in a colon of
/// either width whose content is names with a role or organisations.
/// Spans are `base` bytes further on.
#[allow(dead_code)] // an entry point for the document pass
pub(crate) fn addressee_line(line: &str, base: usize) -> Option<Vec<Addressee<'_>>> {
    let trimmed = text::trim(line);
    let content = strip_colon(trimmed)?;
    addressees_in(content, line, base)
}

/// An addressee line that lost its colon, or ends in a comma or a greeting
/// (`王强委员`, `王强委员，`, `尊敬的王强委员，您好！`), read only right above
/// the opening: every addressee must carry a role, so that a banner such as
/// `市卫健委` is not taken for one.
pub(crate) fn loose_addressee_line(line: &str, base: usize) -> Option<Vec<Addressee<'_>>> {
    let trimmed = text::trim(line);
    let content = trimmed
        .trim_end_matches(['！', '!', '，', ',', '：', ':'])
        .trim_end();
    let content = without_greeting(content).trim_end_matches(['，', ',', ' ', '\u{3000}']);
    if content.is_empty() {
        return None;
    }
    let found = addressees_in(content, line, base)?;
    found.iter().all(|a| a.role.is_some()).then_some(found)
}

/// The addressees of `content` (a part of `line`), unless it is too long or
/// holds the words of a field.
fn addressees_in<'a>(content: &'a str, line: &'a str, base: usize) -> Option<Vec<Addressee<'a>>> {
    if content.chars().count() > 60 {
        return None;
    }
    if LABEL_WORDS
        .iter()
        .any(|w| text::find_folded(content, w).is_some())
    {
        return None;
    }
    entries(content, line, base).ok().filter(|a| !a.is_empty())
}

/// Words of header and note fields, never part of an addressee line.
const LABEL_WORDS: &[&str] = &[
    "联系",
    "抄送",
    "附件",
    "签发",
    "发布",
    "来源",
    "主送",
    "类别",
    "编辑",
    "签批",
    "签字",
    "承办",
    "经办",
    "电话",
    "地址",
    "邮编",
    "索引",
    "文号",
    "分类",
    "日期",
    "时间",
    "单位名称",
    "机构",
    "主题",
    "备注",
    "说明",
    "今天",
    "位置",
    "上一",
    "下一",
    "字号",
    "浏览",
    "领导",
    "办理",
    "答复",
    "公开",
    "附注",
    "标题",
    "如下",
    "网站",
    "首页",
];

/// Words a line that starts a sentence begins with.
const SENTENCE_STARTS: &[&str] = &[
    "您",
    "你",
    "贵",
    "经研究",
    "经我",
    "经与",
    "经过",
    "经商",
    "经会",
    "现",
    "关于",
    "根据",
    "按照",
    "针对",
    "为",
    "我",
    "对",
    "在",
    "如",
    "一是",
    "首先",
    "其次",
    "最后",
    "目前",
    "今年",
    "近年",
    "通过",
];

/// The content before a colon at the end of the line.
fn strip_colon(s: &str) -> Option<&str> {
    let last = s.chars().next_back()?;
    if !is_colon(last) {
        return None;
    }
    let content = s.get(..s.len() - last.len_utf8())?;
    let content = text::trim(content);
    (!content.is_empty()).then_some(content)
}

/// The roles written after a name, longest first.
const ROLES: &[&str] = &[
    "全国人大代表",
    "人大代表",
    "政协委员",
    "委员",
    "代表",
    "同志",
    "先生",
    "女士",
];

/// How organisation names end.
const ORG_ENDINGS: &[&str] = &[
    "委员会",
    "代表团",
    "专委会",
    "界别",
    "中心",
    "政府",
    "办事处",
    "公司",
    "集团",
    "支社",
    "小组",
    "局",
    "工商联",
    "侨联",
    "文联",
    "妇联",
    "残联",
    "科协",
    "委",
    "办",
    "会",
    "厅",
    "部",
    "院",
    "处",
    "室",
    "所",
    "站",
    "团",
    "组",
    "党",
    "社",
    "队",
    "校",
    "馆",
];

/// Characters that mark a sentence, not a name.
fn name_stop(f: char) -> bool {
    matches!(
        f,
        '的' | '您'
            | '你'
            | '我'
            | '是'
            | '在'
            | '了'
            | '与'
            | '及'
            | '将'
            | '已'
            | '请'
            | '现'
            | '如'
            | '下'
            | '这'
            | '该'
            | '其'
    )
}

/// One item of the list, as found: `周丽等委员` → name 周丽, others, role 委员.
struct Item<'a> {
    name: &'a str,
    role: Option<&'a str>,
    others: bool,
    org: bool,
}

/// The folded characters of `s` with their byte offsets.
fn folded(s: &str) -> Vec<(usize, char)> {
    Folded::new(s).map(|(i, _, f)| (i, f)).collect()
}

/// Whether the folded characters end with `word`.
fn ends_with(chars: &[(usize, char)], word: &str) -> bool {
    chars.len() >= word.chars().count()
        && chars
            .iter()
            .rev()
            .zip(word.chars().rev())
            .all(|((_, c), w)| *c == fold(w))
}

/// Byte offset in `s` of folded character `k` (or the end).
fn offset_of(chars: &[(usize, char)], k: usize, s: &str) -> usize {
    chars.get(k).map(|(i, _)| *i).unwrap_or(s.len())
}

/// `item = name ["等"] role ["等"] | organisation | name`
///
/// Example: `周丽等委员`.
fn item(s: &str) -> Option<Item<'_>> {
    let chars = folded(s);
    let mut end = chars.len();
    let mut others = false;
    if chars.last().is_some_and(|(_, c)| *c == '等') {
        others = true;
        end -= 1;
    }
    let head = chars.get(..end)?;
    let mut role = None;
    for r in ROLES {
        if ends_with(head, r) {
            let n = r.chars().count();
            if end > n {
                let from = offset_of(&chars, end - n, s);
                let to = offset_of(&chars, end, s);
                role = s.get(from..to).map(|x| x.trim_end_matches(is_space));
                end -= n;
            }
            break;
        }
    }
    if role.is_some() && !others && end > 0 && chars.get(end - 1).is_some_and(|(_, c)| *c == '等')
    {
        others = true;
        end -= 1;
    }
    // 赵敏等5名代表, 张三、李四等3位代表: the count of the others goes too
    if role.is_some()
        && !others
        && end > 2
        && chars
            .get(end - 1)
            .is_some_and(|(_, c)| matches!(c, '位' | '名'))
    {
        let mut k = end - 1;
        while k > 0
            && chars
                .get(k - 1)
                .is_some_and(|(_, c)| text::is_digit(*c) || crate::grammar::is_cn_numeral(*c))
        {
            k -= 1;
        }
        if k < end - 1 && k > 0 && chars.get(k - 1).is_some_and(|(_, c)| *c == '等') {
            others = true;
            end = k - 1;
        }
    }
    let name_end = offset_of(&chars, end, s);
    let name = s.get(..name_end)?.trim_end_matches(is_space);
    let name_chars = chars.get(..end)?;
    if role.is_some() {
        return is_person(name_chars).then_some(Item {
            name,
            role,
            others,
            org: false,
        });
    }
    if !others && is_org(name_chars) {
        return Some(Item {
            name,
            role: None,
            others: false,
            org: true,
        });
    }
    is_person(name_chars).then_some(Item {
        name,
        role: None,
        others,
        org: false,
    })
}

/// A person's name: 2 to 5 Chinese characters, or a name with a middle
/// dot (`阿依古丽·买买提`), or `各位`/`全体`.
fn is_person(chars: &[(usize, char)]) -> bool {
    let dotted = chars
        .iter()
        .any(|(_, c)| matches!(c, '·' | '•' | '・' | '.'));
    let max = if dotted { 16 } else { 5 };
    (2..=max).contains(&chars.len())
        && chars
            .iter()
            .all(|(_, c)| (is_han(*c) && !name_stop(*c)) || matches!(c, '·' | '•' | '・'))
        && !chars
            .first()
            .is_some_and(|(_, c)| matches!(c, '·' | '•' | '・'))
}

/// An organisation: up to 40 characters ending in 局, 委员会, 中心, ….
fn is_org(chars: &[(usize, char)]) -> bool {
    (2..=40).contains(&chars.len())
        && chars.iter().all(|(_, c)| {
            (is_han(*c) && !matches!(c, '的' | '您' | '你' | '我'))
                || c.is_ascii_alphanumeric()
                || matches!(c, '(' | ')' | '·')
        })
        && ORG_ENDINGS.iter().any(|e| ends_with(chars, e))
}

/// The items of `content` (a part of `text`), or the byte offset in `text`
/// where the list stops being one.
fn entries<'a>(content: &'a str, text: &'a str, base: usize) -> Result<Vec<Addressee<'a>>, usize> {
    let at = |part: &str| offset_in(text, part);
    // a sentence, not an addressee
    if let Some((i, _)) = content
        .char_indices()
        .find(|(_, c)| text::is_sentence_end(*c) || matches!(c, '：' | ':' | '《' | '“'))
    {
        return Err(at(content) + i);
    }
    let body = strip_greeting(content);
    if text::matches(body, SENTENCE_STARTS).next().is_some() {
        return Err(at(body));
    }
    // one pass builds the addressees; a second, backwards, gives bare
    // names the role of the next item that has one
    let mut out: Vec<Addressee<'a>> = Vec::new();
    let mut org = Vec::new();
    // the end of a bare name no later item gives a role to
    let mut unassigned: Option<usize> = None;
    for part in body.split(is_list_sep) {
        let part_t = part.trim_matches(is_space);
        if part_t.is_empty() {
            return Err(at(part));
        }
        let Some(it) = item(part_t) else {
            let bad = part_t
                .char_indices()
                .find(|(_, c)| !(is_han(*c) || matches!(c, '·' | '•' | '・')))
                .map(|(i, _)| i)
                .unwrap_or(0);
            return Err(at(part_t) + bad);
        };
        let start = base + at(it.name);
        match (it.role, it.org) {
            (Some(_), _) => unassigned = None,
            // an organisation with no role keeps none; remember which
            (None, true) => org.push(out.len()),
            (None, false) => unassigned = Some(at(part_t) + part_t.len()),
        }
        out.push(Addressee {
            name: Cow::Borrowed(it.name),
            role: it.role.map(Cow::Borrowed),
            others: it.others,
            span: Span::new(start, start + it.name.len()),
        });
    }
    if let Some(end) = unassigned {
        return Err(end);
    }
    let mut next_role: Option<Cow<'a, str>> = None;
    for (i, a) in out.iter_mut().enumerate().rev() {
        match &a.role {
            Some(r) => next_role = Some(r.clone()),
            None if org.contains(&i) => {}
            None => a.role = next_role.clone(),
        }
    }
    Ok(out)
}

/// The content after `尊敬的` / `亲爱的`, and before a greeting
/// (`赵刚委员您好`) or a note in brackets (`陈晓东代表（第7代表团）`) at its
/// end.
fn strip_greeting(s: &str) -> &str {
    let mut s = s;
    for g in ["尊敬的", "亲爱的"] {
        if let Some(len) = text::match_folded(s, g) {
            s = s.get(len..).unwrap_or(s).trim_start_matches(is_space);
            break;
        }
    }
    strip_end_note(without_greeting(s))
}

/// `s` without a greeting at its end (`您好`, `你们好`) and the spaces
/// before it.
fn without_greeting(s: &str) -> &str {
    ["您好", "你好", "你们好", "您们好"]
        .iter()
        .find_map(|g| text::ends_with_folded(s, g).and_then(|n| s.get(..s.len() - n)))
        .map_or(s, |h| h.trim_end_matches(is_space))
}

/// `s` without a short note in brackets at its end (`（第7代表团）`).
fn strip_end_note(s: &str) -> &str {
    match text::split_end_note(s) {
        Some((head, note)) if note.chars().count() <= 15 => head,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Want = &'static [(&'static str, Option<&'static str>, bool)];

    #[test]
    fn loose_lines() {
        let cases: &[(&str, Want)] = &[
            ("王强委员", &[("王强", Some("委员"), false)]),
            ("王强委员，", &[("王强", Some("委员"), false)]),
            ("尊敬的王强委员，您好！", &[("王强", Some("委员"), false)]),
            (
                "李红、赵刚代表",
                &[("李红", Some("代表"), false), ("赵刚", Some("代表"), false)],
            ),
        ];
        for (line, want) in cases {
            let got: Vec<_> = loose_addressee_line(line, 0)
                .unwrap_or_default()
                .into_iter()
                .map(|a| {
                    (
                        a.name.into_owned(),
                        a.role.map(|r| r.into_owned()),
                        a.others,
                    )
                })
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|(n, r, o)| (n.to_string(), r.map(str::to_string), *o))
                .collect();
            assert_eq!(got, want, "{line}");
        }
        // no role, no addressee: a banner or an office
        for line in [
            "市卫健委",
            "关于市政协十三届二次会议第12号提案的答复",
            "",
            "您好！",
        ] {
            assert!(loose_addressee_line(line, 0).is_none(), "{line}");
        }
    }

    #[test]
    fn lines() {
        let cases: &[(&str, Want)] = &[
            ("蒋扬名委员:", &[("蒋扬名", Some("委员"), false)]),
            ("周建华委员：", &[("周建华", Some("委员"), false)]),
            (
                "张三、李四代表：",
                &[("张三", Some("代表"), false), ("李四", Some("代表"), false)],
            ),
            (
                "马兰、孙丽等委员:",
                &[("马兰", Some("委员"), false), ("孙丽", Some("委员"), true)],
            ),
            ("王五委员等：", &[("王五", Some("委员"), true)]),
            // the others counted
            ("赵敏等5名代表：", &[("赵敏", Some("代表"), true)]),
            // a greeting or a note at the end
            ("赵刚委员您好：", &[("赵刚", Some("委员"), false)]),
            (
                "陈晓东代表（第7代表团）：",
                &[("陈晓东", Some("代表"), false)],
            ),
            (
                "尊敬的王丽华委员(民盟)：",
                &[("王丽华", Some("委员"), false)],
            ),
            (
                "张三、李四等3位代表：",
                &[("张三", Some("代表"), false), ("李四", Some("代表"), true)],
            ),
            ("王五等三位委员：", &[("王五", Some("委员"), true)]),
            // people's organisations
            (
                "市工商联、区侨联：",
                &[("市工商联", None, false), ("区侨联", None, false)],
            ),
            ("尊敬的刘爱华代表:", &[("刘爱华", Some("代表"), false)]),
            ("尊敬的 刘爱华代表：", &[("刘爱华", Some("代表"), false)]),
            ("民建宁波市委员会:", &[("民建宁波市委员会", None, false)]),
            (
                "民盟临平区基层委员会：",
                &[("民盟临平区基层委员会", None, false)],
            ),
            ("市民政局:", &[("市民政局", None, false)]),
            ("各位代表：", &[("各位", Some("代表"), false)]),
            (
                "阿依古丽·买买提代表：",
                &[("阿依古丽·买买提", Some("代表"), false)],
            ),
            ("鄂州代表团：", &[("鄂州代表团", None, false)]),
            ("经济界别：", &[("经济界别", None, false)]),
            ("农业农村专委会：", &[("农业农村专委会", None, false)]),
            ("第三组：", &[("第三组", None, false)]),
            (
                "张三委员、李四委员:",
                &[("张三", Some("委员"), false), ("李四", Some("委员"), false)],
            ),
            ("王芳人大代表：", &[("王芳", Some("人大代表"), false)]),
            ("陈刚政协委员：", &[("陈刚", Some("政协委员"), false)]),
            ("李明同志：", &[("李明", Some("同志"), false)]),
            ("赵先生：", &[("赵", None, false)]),
            ("門亞菊代表:", &[("門亞菊", Some("代表"), false)]),
            ("欧阳娜娜代表：", &[("欧阳娜娜", Some("代表"), false)]),
            (
                "市财政局、市发改委：",
                &[("市财政局", None, false), ("市发改委", None, false)],
            ),
            (
                "九三学社萧山区基层委员会：",
                &[("九三学社萧山区基层委员会", None, false)],
            ),
            ("钱七代表： ", &[("钱七", Some("代表"), false)]),
        ];
        let mut failures = Vec::new();
        for (line, want) in cases {
            let got = addressee_line(line, 4);
            let got_v: Option<Vec<(String, Option<String>, bool)>> = got.as_ref().map(|v| {
                v.iter()
                    .map(|a| {
                        (
                            a.name.to_string(),
                            a.role.as_deref().map(str::to_string),
                            a.others,
                        )
                    })
                    .collect()
            });
            let want_v: Vec<(String, Option<String>, bool)> = want
                .iter()
                .map(|(n, r, o)| (n.to_string(), r.map(str::to_string), *o))
                .collect();
            // 赵先生: a one-character surname is not a name
            if *line == "赵先生：" {
                if got.is_some() {
                    failures.push(format!("{line}: {got_v:?}, want None"));
                }
                continue;
            }
            if got_v.as_ref() != Some(&want_v) {
                failures.push(format!("{line}: {got_v:?}, want {want_v:?}"));
                continue;
            }
            for a in got.unwrap_or_default() {
                let s = Span::new(a.span.start - 4, a.span.end - 4);
                if s.slice(line) != Some(a.name.as_ref()) {
                    failures.push(format!("{line}: span {:?}", a.span));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn not_addressee_lines() {
        let lines = [
            "发布日期:",
            "来源:",
            "信息来源:",
            "联系人:",
            "抄送:",
            "附件:",
            "领导签字:",
            "承 办 人:董雯",
            "今天是:",
            "类别:",
            "现答复如下:",
            "二、需要向您说明的是:",
            "您提出的建议收悉，现答复如下：",
            "经研究，答复如下:",
            "关于市政协委员会:",
            "一、发展现状",
            "蒋扬名委员",
            "主要做法如下：",
            "上一篇:",
            "此致",
            "办理单位:",
            "市政府办公室关于印发通知的通知。",
            "",
        ];
        for line in lines {
            assert!(addressee_line(line, 0).is_none(), "{line:?}");
        }
    }

    #[test]
    fn parse_without_colon_and_errors() {
        let a = parse("蒋扬名委员").unwrap();
        assert_eq!(a[0].name, "蒋扬名");
        let cases = [
            ("蒋扬名委员。", "found '。'"),
            ("您好委员：", "found '您'"),
            ("张三、", "found the end of the text"),
            ("张三、李四", "found the end of the text"),
            ("张三3委员", "found '3'"),
        ];
        for (input, want) in cases {
            let err = parse(input).unwrap_err();
            assert!(err.to_string().contains(want), "{input:?}: {err}");
            assert!(
                err.to_string().starts_with("expected a name"),
                "{input:?}: {err}"
            );
        }
        assert_eq!(parse("").unwrap_err().kind(), crate::ErrorKind::Empty);
    }
}
