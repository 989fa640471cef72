//! Which element of a page holds the reply, and what its title is.
//!
//! One pass from the last node to the first (children come after their
//! parent) sums for every element the Han characters below it, the
//! paragraph text it holds directly (its text density), and the header
//! keys (`索引号`, `发布机构`, …) and footer marks (`网站标识码`, `备案号`, …)
//! in its text. Page furniture is left out: scripts, styles, forms'
//! controls, hidden elements, elements whose id or class names navigation,
//! footers or sharing tools, small blocks of header keys (the 索引号 table)
//! and small blocks with a footer mark. The article is then the element
//! with a known content id or class (`TRS_Editor`, `zoom`, `content`, …)
//! or, failing that, the element with the densest paragraph text.

use super::render::is_block;
use super::tree::{Node, Tree, ROOT};
use crate::text;

/// Elements whose text is never the article's.
const SKIP: &[&str] = &[
    "audio", "button", "canvas", "embed", "footer", "head", "iframe", "input", "map", "math",
    "nav", "noscript", "object", "option", "script", "select", "style", "svg", "template",
    "textarea", "title", "video",
];

/// Parts of an id or class that mark page furniture.
const FURNITURE: &[&str] = &[
    "nav",
    "menu",
    "crumb",
    "foot",
    "copyright",
    "share",
    "fenxiang",
    "sidebar",
    "position",
    "location",
    "dqwz",
    "weizhi",
    "toolbar",
    "related",
    "xgwz",
    "xgxx",
    "comment",
    "search",
    "login",
    "banner",
];

/// Ids and classes content management systems give the article body.
const CONTENT_SPECIFIC: &[&str] = &[
    "trs_editor",
    "trs_ueditor",
    "custom_unionstyle",
    "zoom",
    "pages_content",
    "news_content",
    "newscontent",
    "news-content",
    "article_content",
    "article-content",
    "articlecontent",
    "art_con",
    "detail_content",
    "detail-content",
    "content_text",
    "zwnr",
    "zw",
];

/// Generic ids and classes that often hold the article.
const CONTENT_GENERIC: &[&str] = &[
    "article", "content", "detail", "con", "view", "text", "txt", "main", "cont", "info",
];

/// Keys of the header table of a government information page.
const HEADER_KEYS: &[&str] = &[
    "索引号",
    "发布机构",
    "发文机关",
    "发布日期",
    "成文日期",
    "生成日期",
    "主题分类",
    "公开方式",
    "信息分类",
    "组配分类",
    "体裁分类",
    "发文字号",
    "有效性",
    "公开时限",
    "公开范围",
    "标题：",
    "标题:",
    "名称：",
    "文号：",
];

/// Marks of a site footer.
const FOOTER_MARKS: &[&str] = &[
    "网站标识码",
    "备案号",
    "ICP备",
    "公网安备",
    "版权所有",
    "主办单位：",
    "主办单位:",
    "承办单位：",
    "技术支持：",
];

/// Words a reply's title holds.
const REPLY_WORDS: &[&str] = &["答复", "复函", "提案", "建议", "议案"];

/// What the finder knows of each node.
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    /// Han characters below (furniture left out).
    han: usize,
    /// Han characters below, furniture included (scripts and hidden
    /// elements left out).
    all_han: usize,
    /// Whether an element below (or this one) has a specific content id or
    /// class: never furniture then.
    has_content: bool,
    /// Han characters in the element's own paragraphs: its text, its
    /// `<p>` and inline children, and child blocks without blocks inside.
    density: usize,
    /// The part of `density` in paragraphs without header keys or footer
    /// marks: a block with little of it and keys or marks is furniture.
    plain: usize,
    /// Header keys below.
    header: usize,
    /// Footer marks below.
    footer: usize,
    /// Whether there is a block element below.
    has_block: bool,
    /// Left out itself.
    furniture: bool,
    /// A script, style, form control or hidden element: never text.
    silent: bool,
    /// Left out with an ancestor.
    inside_furniture: bool,
}

/// The page, its stats, the chosen article and its title.
pub(crate) struct Page {
    tree: Tree,
    stats: Vec<Stats>,
}

fn han_count(s: &str) -> usize {
    s.chars().filter(|&c| text::is_han(c)).count()
}

fn marks_have(marks: &str, parts: &[&str]) -> bool {
    marks
        .split(' ')
        .any(|m| !m.is_empty() && parts.iter().any(|p| m.contains(p)))
}

fn marks_are(marks: &str, names: &[&str]) -> bool {
    marks.split(' ').any(|m| names.contains(&m))
}

impl Page {
    /// Computes the stats of every node of `tree`.
    pub fn new(tree: Tree) -> Page {
        let n = tree.nodes.len();
        let mut stats = vec![Stats::default(); n];
        for i in (0..n).rev() {
            let mut s = stats.get(i).copied().unwrap_or_default();
            let mut silent = false;
            match tree.nodes.get(i) {
                Some(Node::Text(t)) => {
                    s.han = han_count(t);
                    s.all_han = s.han;
                    s.density = s.han;
                    s.header = HEADER_KEYS.iter().filter(|k| t.contains(*k)).count();
                    s.footer = FOOTER_MARKS.iter().filter(|k| t.contains(*k)).count();
                }
                Some(Node::Element(e)) => {
                    // children have added their sums already
                    silent = SKIP.contains(&e.name.as_str()) || e.hidden;
                    s.has_content |= marks_are(&e.marks, CONTENT_SPECIFIC);
                    let chrome = !s.has_content
                        && s.plain <= 20
                        && !matches!(e.name.as_str(), "html" | "body" | "form")
                        && ((s.header >= 2 && s.all_han <= 30 * s.header + 60)
                            || (s.footer >= 1 && s.all_han <= 300));
                    s.furniture =
                        i != ROOT && (silent || marks_have(&e.marks, FURNITURE) || chrome);
                }
                None => {}
            }
            s.silent = silent;
            if let Some(slot) = stats.get_mut(i) {
                *slot = s;
            }
            if i == ROOT || silent {
                continue;
            }
            let parent = tree.parent.get(i).copied().unwrap_or(ROOT);
            let name = tree.name(i);
            let paragraph_like = match tree.nodes.get(i) {
                Some(Node::Text(_)) => true,
                _ => {
                    name == "p"
                        || (name != "a" && !is_block(name) && name != "br")
                        || (matches!(name, "div" | "section" | "font" | "center") && !s.has_block)
                }
            };
            if let Some(p) = stats.get_mut(parent) {
                // the furniture rules see everything; the article measures
                // only what is not furniture
                p.all_han += s.all_han;
                p.header += s.header;
                p.footer += s.footer;
                p.has_content |= s.has_content;
                if !s.furniture {
                    p.han += s.han;
                    p.has_block |= s.has_block || is_block(name);
                    if paragraph_like {
                        p.density += s.han;
                        if s.header == 0 && s.footer == 0 {
                            p.plain += s.han;
                        }
                    }
                }
            }
        }
        // furniture is inherited; parents come first
        for i in 0..n {
            let parent = tree.parent.get(i).copied().unwrap_or(ROOT);
            let inherited = i != ROOT && stats.get(parent).is_some_and(|p| p.inside_furniture);
            if let Some(s) = stats.get_mut(i) {
                s.inside_furniture = s.furniture || inherited;
            }
        }
        Page { tree, stats }
    }

    fn stat(&self, i: usize) -> Stats {
        self.stats.get(i).copied().unwrap_or_default()
    }

    /// Every element not left out as furniture, in document order.
    fn elements(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.tree.nodes.len())
            .filter(|&i| self.tree.element(i).is_some() && !self.stat(i).inside_furniture)
    }

    /// The elements with one of `names` as id, class or tag name
    /// (`<article>`, `<main>`) and some Chinese text.
    fn named(&self, names: &'static [&'static str]) -> impl Iterator<Item = usize> + '_ {
        self.elements().filter(move |&i| {
            let named = self
                .tree
                .element(i)
                .is_some_and(|e| marks_are(&e.marks, names) || names.contains(&e.name.as_str()));
            named && self.stat(i).han >= 10
        })
    }

    /// The element that holds the article.
    pub fn article(&self) -> usize {
        let dense = self
            .elements()
            .max_by_key(|&i| (self.stat(i).density, std::cmp::Reverse(i)))
            .unwrap_or(ROOT);
        let specific = self
            .named(CONTENT_SPECIFIC)
            .max_by_key(|&i| (self.stat(i).han, std::cmp::Reverse(i)));
        let generic = || {
            self.named(CONTENT_GENERIC).max_by_key(|&i| {
                let s = self.stat(i);
                (s.density, s.han, std::cmp::Reverse(i))
            })
        };
        match specific.or_else(generic) {
            Some(k) if 2 * self.stat(k).han >= self.stat(dense).density => k,
            _ => dense,
        }
    }

    /// The text of the element at `i`, furniture left out.
    pub fn text_of(&self, i: usize) -> String {
        super::render::render(&self.tree, i, |j| self.stat(j).furniture)
    }

    /// The text of the whole page, only scripts, styles and hidden
    /// elements left out: the last resort when the article is empty.
    pub fn all_text(&self) -> String {
        super::render::render(&self.tree, ROOT, |j| self.stat(j).silent)
    }

    /// The title of the reply outside the article: the last heading or
    /// title-marked element before it that names a reply (`答复`, `提案`,
    /// …), else the page's `<title>` up to its site name when it names the
    /// answer (`答复`, `复函`, `意见`; a column name such as `提案办理` does
    /// not).
    pub fn title(&self, article: usize) -> Option<String> {
        let mut ancestors = vec![false; self.tree.nodes.len()];
        let mut a = article;
        while a != ROOT {
            if let Some(x) = ancestors.get_mut(a) {
                *x = true;
            }
            a = self.tree.parent.get(a).copied().unwrap_or(ROOT);
        }
        let names_reply = |t: &str| REPLY_WORDS.iter().any(|w| t.contains(w));
        let heading = (0..article.min(self.tree.nodes.len()))
            .rev()
            .filter(|&i| !ancestors.get(i).copied().unwrap_or(true))
            .filter(|&i| {
                let s = self.stat(i);
                let looks = self.tree.element(i).is_some_and(|e| {
                    matches!(e.name.as_str(), "h1" | "h2" | "h3")
                        || marks_have(&e.marks, &["title"])
                        || marks_are(&e.marks, &["tit", "tt", "bt", "biaoti", "headline"])
                });
                looks && !s.inside_furniture && (6..=150).contains(&s.han)
            })
            .map(|i| self.text_of(i))
            .find(|t| names_reply(t));
        heading.or_else(|| {
            let title = (0..self.tree.nodes.len()).find(|&i| self.tree.name(i) == "title")?;
            let text = super::render::render(&self.tree, title, |_| false);
            let cut = text
                .find(['_', '|', '｜'])
                .or_else(|| text.find(" - "))
                .or_else(|| text.find("--"))
                .unwrap_or(text.len());
            let text = text.get(..cut).unwrap_or("").trim().to_string();
            let names_form = ["答复", "复函", "意见"].iter().any(|w| text.contains(w));
            (names_form && han_count(&text) >= 6).then_some(text)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::build;
    use super::*;

    fn article(html: &str) -> String {
        let page = Page::new(build(html));
        page.text_of(page.article())
    }

    #[test]
    fn articles() {
        let p = "<p>您提出的关于加强社区养老服务的建议收悉，现答复如下。</p>";
        let table: Vec<(String, &str)> = vec![
            // a known class beats a denser sidebar
            (
                format!("<div class=side>{p}{p}{p}</div><div class=TRS_Editor>{p}{p}</div>"),
                "您提出的关于加强社区养老服务的建议收悉，现答复如下。\n您提出的关于加强社区养老服务的建议收悉，现答复如下。",
            ),
            // id="zoom"
            (format!("<div class=nav><a>首页</a></div><div id=zoom>{p}</div>"), "您提出的关于加强社区养老服务的建议收悉，现答复如下。"),
            // no known class: the densest paragraphs
            (
                format!("<div><a>首页</a><a>政务公开</a></div><div class=box1><p>短</p></div><div class=box2>{p}<p>一是加强。</p></div>"),
                "您提出的关于加强社区养老服务的建议收悉，现答复如下。\n一是加强。",
            ),
            // <br>-separated text straight in a cell
            (
                "<table><tr><td>首页</td></tr><tr><td>王芳委员：<br>您提出的建议收悉，现答复如下。<br>我局已办理。</td></tr></table>".to_string(),
                "王芳委员：\n您提出的建议收悉，现答复如下。\n我局已办理。",
            ),
            // header table and footer inside the container are left out
            (
                format!("<div class=content><table><tr><td>索引号：</td><td>001</td><td>发布机构：</td><td>某区民政局</td></tr><tr><td>发布日期：</td><td>2024-05-08</td></tr></table>{p}<div>主办单位：某区人民政府 网站标识码：3301000000</div></div>"),
                "您提出的关于加强社区养老服务的建议收悉，现答复如下。",
            ),
            // a generic class that holds little loses to the dense text
            (
                format!("<div class=content>联系我们电话</div><div class=wrap>{p}{p}</div>"),
                "您提出的关于加强社区养老服务的建议收悉，现答复如下。\n您提出的关于加强社区养老服务的建议收悉，现答复如下。",
            ),
            // hidden and script text is never read
            (
                format!("<div class=TRS_Editor><div style='display:none'>隐藏的文字内容</div><script>var a='脚本';</script>{p}</div>"),
                "您提出的关于加强社区养老服务的建议收悉，现答复如下。",
            ),
            ("".to_string(), ""),
            ("<p>only latin text</p>".to_string(), "only latin text"),
        ];
        for (html, want) in &table {
            assert_eq!(article(html), *want, "{html}");
        }
    }

    #[test]
    fn titles() {
        let body =
            "<div class=TRS_Editor><p>王芳委员：</p><p>您提出的建议收悉，现答复如下。</p></div>";
        let table: Vec<(String, Option<&str>)> = vec![
            (
                format!("<h1>某区人民政府</h1><h2 class=article-title>关于区政协一届二次会议第12号提案的答复</h2>{body}"),
                Some("关于区政协一届二次会议第12号提案的答复"),
            ),
            (
                format!("<div class=tit>对区十七届人大三次会议第45号建议的答复</div><div class=nav><h1>建议提案答复</h1></div>{body}"),
                Some("对区十七届人大三次会议第45号建议的答复"),
            ),
            (
                format!("<head><title>关于第12号提案的答复_某区人民政府</title></head><body><h1>某区人民政府门户网站</h1>{body}</body>"),
                Some("关于第12号提案的答复"),
            ),
            (format!("<head><title>某区人民政府</title></head>{body}"), None),
            (format!("<head><title>政协提案办理 - 某区人民政府</title></head>{body}"), None),
        ];
        for (html, want) in &table {
            let page = Page::new(build(html));
            assert_eq!(page.title(page.article()).as_deref(), *want, "{html}");
        }
    }
}
