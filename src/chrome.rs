//! Web-page lines around a reply: navigation, banners, page tools, editor
//! credits, `上一篇`/`下一篇` links, footers, HTML leftovers, page numbers.
//!
//! A chrome line is recognised by how it starts (or, for short tool lines,
//! by what it is as a whole); ordinary sentences never start this way.

use nom::Parser;

use crate::charset::{CharSet, End};
use crate::grammar::{colon, kw, PResult};
use crate::model::ChromeKind;
use crate::text;

/// Words that open a chrome line, by kind. Compared through folding.
const STARTS: &[(ChromeKind, &[&str])] = &[
    (
        ChromeKind::Previous,
        &["上一篇", "上一条", "上一页", "上篇"],
    ),
    (ChromeKind::Next, &["下一篇", "下一条", "下一页", "下篇"]),
    (
        ChromeKind::Editor,
        &[
            "责任编辑",
            "责编",
            "编辑：",
            "编辑:",
            "审核：",
            "审核:",
            "校对：",
            "校对:",
            "录入：",
        ],
    ),
    (
        ChromeKind::Navigation,
        &[
            "当前位置",
            "您的位置",
            "您现在的位置",
            "您当前的位置",
            "所在位置",
            "首页>",
            "首页 >",
            "首页/",
            "首页 /",
            "首页»",
            "首页 »",
            "网站首页",
        ],
    ),
    (
        ChromeKind::Banner,
        &[
            "欢迎访问",
            "欢迎来到",
            "无障碍",
            "长者模式",
            "适老化",
            "今天是",
            "简体版",
            "繁體版",
            "繁体版",
            "登录",
            "智能问答",
            "网站导航",
            "English",
        ],
    ),
    (
        ChromeKind::Toolbar,
        // a leading 【 folds to [
        &[
            "[打印",
            "打印本页",
            "打印此页",
            "打印正文",
            "关闭窗口",
            "[关闭",
            "字号：",
            "字号:",
            "[字号",
            "字体：",
            "字体:",
            "[字体",
            "分享到",
            "分享：",
            "收藏本页",
            "扫一扫",
            "视力保护色",
            "返回顶部",
            "我要纠错",
            "[我要纠错",
        ],
    ),
    (
        ChromeKind::Footer,
        &[
            "版权所有",
            "Copyright",
            "©",
            "网站标识码",
            "备案号",
            "ICP备",
            "公网安备",
            "主办单位：",
            "主办单位:",
            "技术支持",
            "网站地图",
            "联系我们",
            "建议使用",
            "政府网站找错",
            "网站管理",
        ],
    ),
];

/// Whole lines that are page tools.
const WHOLE: &[&str] = &[
    "打印",
    "关闭",
    "返回",
    "分享",
    "收藏",
    "顶部",
    // 【打印】 folds to [打印]
    "[打印]",
    "[关闭]",
    "[返回]",
    "返回顶部",
    "打印 关闭",
    "[打印][关闭]",
];

/// Classifies a trimmed line as chrome, with the linked title for
/// `上一篇`/`下一篇`.
pub(crate) fn chrome_line(line: &str) -> Option<(ChromeKind, Option<&str>)> {
    if line.is_empty() {
        return None;
    }
    if is_markup(line) {
        return Some((ChromeKind::Markup, None));
    }
    if is_page_number(line) {
        return Some((ChromeKind::PageNumber, None));
    }
    if line.starts_with('>') || line.starts_with('»') {
        return Some((ChromeKind::Navigation, None));
    }
    if !may_open_chrome(line) {
        return None;
    }
    if text::matches(line, WHOLE).any(|(_, len)| len == line.len()) {
        return Some((ChromeKind::Toolbar, None));
    }
    for (kind, words) in STARTS {
        if text::matches(line, words).next().is_some() {
            let linked = match kind {
                ChromeKind::Previous | ChromeKind::Next => linked_title(line),
                _ => None,
            };
            return Some((*kind, linked));
        }
    }
    None
}

/// Whether the line's first character (folded) opens any word of
/// [`STARTS`] or [`WHOLE`]: one lookup that turns away almost every line
/// of running text before the word lists are tried.
fn may_open_chrome(line: &str) -> bool {
    // built at compile time: an index out of range would stop the build
    #[allow(clippy::indexing_slicing)]
    static FIRST: CharSet = {
        let mut set = CharSet::word_ends(WHOLE, End::First);
        let mut k = 0;
        while k < STARTS.len() {
            set = set.with_word_ends(STARTS[k].1, End::First);
            k += 1;
        }
        set
    };
    text::Folded::new(line)
        .next()
        .is_some_and(|(_, _, c)| FIRST.contains(c))
}

/// The title after `上一篇：`, without a trailing `|` or spaces; `None` when
/// the link is empty (`上一篇：没有了`).
fn linked_title(line: &str) -> Option<&str> {
    let rest = link_label(line).map(|(rest, _)| rest).unwrap_or(line);
    let title = text::trim(rest.trim_end_matches(['|', '｜', ' ']));
    if title.is_empty() || title.starts_with("没有了") || title == "无" {
        None
    } else {
        Some(title)
    }
}

/// link_label = ("上一篇" | "下一篇" | "上一条" | "下一条" …) [":"]
fn link_label(i: &str) -> PResult<'_, &str> {
    let (rest, label) = nom::branch::alt((
        kw("上一篇"),
        kw("下一篇"),
        kw("上一条"),
        kw("下一条"),
        kw("上一页"),
        kw("下一页"),
        kw("上篇"),
        kw("下篇"),
    ))
    .parse(i)?;
    let rest = match colon(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    Ok((rest, label))
}

/// An HTML tag or comment left in the text: `<!--EndFragment-->`, `<br>`.
fn is_markup(line: &str) -> bool {
    (line.starts_with('<') && line.ends_with('>'))
        || line.starts_with("<!--")
        || line.ends_with("-->")
}

/// `— 1 —`, `- 12 -`, `第1页 共3页`.
fn is_page_number(line: &str) -> bool {
    let inner =
        line.trim_matches(|c: char| matches!(c, '—' | '-' | '－' | '─') || text::is_space(c));
    let dashed = inner.len() < line.len() && !inner.is_empty() && inner.chars().all(text::is_digit);
    dashed
        || (line.starts_with('第')
            && line.contains('页')
            && line.contains('共')
            && line.chars().count() <= 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        let cases: &[(&str, Option<(ChromeKind, Option<&str>)>)] = &[
            (
                "上一篇:桐江县农业局关于县第九届人大二次会议第12号建议的答复函",
                Some((
                    ChromeKind::Previous,
                    Some("桐江县农业局关于县第九届人大二次会议第12号建议的答复函"),
                )),
            ),
            ("下一篇：没有了", Some((ChromeKind::Next, None))),
            (
                "下一条：某县水务局关于答复县十八届人大一次会议第7号建议的函 |",
                Some((
                    ChromeKind::Next,
                    Some("某县水务局关于答复县十八届人大一次会议第7号建议的函"),
                )),
            ),
            ("责任编辑：李小红", Some((ChromeKind::Editor, None))),
            (
                "当前位置: 首页>专题专栏>建议提案办理",
                Some((ChromeKind::Navigation, None)),
            ),
            (
                "首页/ 政府信息公开 / 建议提案 / 正文",
                Some((ChromeKind::Navigation, None)),
            ),
            (
                "> 政府信息公开 > 政协提案",
                Some((ChromeKind::Navigation, None)),
            ),
            (
                "欢迎访问桐江县人民政府门户网",
                Some((ChromeKind::Banner, None)),
            ),
            ("无障碍浏览 长者模式", Some((ChromeKind::Banner, None))),
            ("今天是:", Some((ChromeKind::Banner, None))),
            ("关闭", Some((ChromeKind::Toolbar, None))),
            ("【打印】【关闭】", Some((ChromeKind::Toolbar, None))),
            ("字号:【", Some((ChromeKind::Toolbar, None))),
            (
                "网站标识码：3301000001 备案号：浙ICP备0000000号",
                Some((ChromeKind::Footer, None)),
            ),
            (
                "主办单位:某县人民政府办公室 联系方式:0851-80000000",
                Some((ChromeKind::Footer, None)),
            ),
            ("<!--EndFragment-->", Some((ChromeKind::Markup, None))),
            ("— 3 —", Some((ChromeKind::PageNumber, None))),
            ("第1页 共2页", Some((ChromeKind::PageNumber, None))),
            ("感谢您对交通工作的关心。", None),
            ("关于加强农村公路养护的建议", None),
            ("一、发展现状", None),
            ("2023年6月1日", None),
            ("-3.5", None),
        ];
        for (line, want) in cases {
            assert_eq!(chrome_line(line), *want, "{line}");
        }
    }
}
