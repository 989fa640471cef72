//! Replies as they come from the web: the article of a government web page
//! as text (the `html` feature).
//!
//! [`article_text`] reads a page with `html5gum` (a WHATWG tokenizer:
//! entities are decoded, `<script>` and `<style>` stay raw text), builds a
//! small element tree, finds the element that holds the reply and writes
//! its text with paragraph breaks kept: `<p>`, `<div>`, `<li>`, `<tr>`,
//! table cells and `<br>` end lines; runs of spaces and source line breaks
//! collapse (a line break between two Chinese characters disappears, as
//! browsers render it); lines are trimmed and blank lines dropped.
//!
//! The article is the element with a content id or class the usual content
//! management systems give it (`TRS_Editor`, `Custom_UnionStyle`, `zoom`,
//! `pages_content`, `news_content`, then `article`, `content`, `detail`,
//! `con`, `view`, …), else the element with the most Chinese text in its
//! own paragraphs. Inside it, page furniture is left out: scripts, styles,
//! hidden elements, navigation, sharing tools, the header table of
//! 索引号/发布机构/发布日期 and the site footer (网站标识码, 备案号). A title
//! that stands outside the article (an `<h1>` or a `…title` element naming
//! 答复, 提案 or 建议, else the page's `<title>` up to its site name) is put
//! on the first line.
//!
//! Everything is linear in the page and nothing recurses, so deeply nested
//! or hostile pages are safe.

mod pick;
mod render;
mod tree;

use crate::error::Error;
use crate::model::Reply;
use crate::parser::Parser;

/// The text of the reply on a government web page, one paragraph a line.
///
/// ```
/// let page = r#"<html><head><title>关于第12号提案的答复_某区人民政府</title>
/// <script>var x = 1;</script></head><body>
/// <div class="nav"><a href="/">首页</a> &gt; <a>建议提案</a></div>
/// <table class="xxgk"><tr><td>索引号：</td><td>001/2024-00012</td>
/// <td>发布机构：</td><td>某区民政局</td></tr><tr><td>发布日期：</td><td>2024-05-08</td></tr></table>
/// <h1>关于区政协一届二次会议第12号提案的答复</h1>
/// <div class="TRS_Editor"><p>王芳委员：</p>
/// <p>&nbsp;&nbsp;您提出的&ldquo;关于加强社区养老服务&rdquo;的提案收悉，现答复如下：</p>
/// <p>一、基本情况<br>全区新建养老服务站12个。</p></div>
/// <div class="footer">网站标识码：3301000000 浙ICP备00000000号</div>
/// </body></html>"#;
/// assert_eq!(
///     govreply::html::article_text(page),
///     "关于区政协一届二次会议第12号提案的答复\n王芳委员：\n您提出的“关于加强社区养老服务”的提案收悉，现答复如下：\n一、基本情况\n全区新建养老服务站12个。"
/// );
/// Ok::<(), govreply::Error>(())
/// ```
pub fn article_text(html: &str) -> String {
    let page = pick::Page::new(tree::build(html));
    let article = page.article();
    let mut text = page.text_of(article);
    if text.is_empty() {
        // everything looked like furniture: better the page than nothing
        text = page.all_text();
    }
    match page.title(article) {
        Some(title) if !text.contains(&title) => {
            if text.is_empty() {
                title
            } else {
                title + "\n" + &text
            }
        }
        _ => text,
    }
}

/// Parses the reply on a government web page in lenient mode: the
/// [`article_text`] of the page, parsed.
///
/// The reply owns its text (`Reply<'static>`), and its spans refer to the
/// extracted text, which [`article_text`] gives (the same every time for
/// the same page), not to the HTML.
///
/// ```
/// let page = "<div class=\"nav\">首页 &gt; 建议提案</div>\
///     <h2 class=\"title\">某区政协一届二次会议第12号提案的答复</h2>\
///     <div id=\"zoom\"><p>王芳委员：</p>\
///     <p>您提出的《关于加强社区养老服务的建议》收悉，现答复如下：</p>\
///     <p>一、基本情况</p><p>2023年全区新建养老服务站12个。</p>\
///     <p>某区民政局</p><p>2024年5月8日</p></div>";
/// let reply = govreply::parse_html(page)?;
/// assert_eq!(reply.title.as_deref(), Some("某区政协一届二次会议第12号提案的答复"));
/// assert_eq!(reply.addressees[0].name, "王芳");
/// assert_eq!(reply.sections[0].heading.as_deref(), Some("基本情况"));
/// let text = govreply::html::article_text(page);
/// assert_eq!(reply.sections[0].span.slice(&text), Some("一、基本情况\n2023年全区新建养老服务站12个。"));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_html(html: &str) -> Result<Reply<'static>, Error> {
    parse_html_with(&Parser::new(), html)
}

/// Parses the reply on a web page with `parser`'s options (strict mode
/// fails on the first line of the article that is not part of a reply).
/// Spans refer to [`article_text`].
pub fn parse_html_with(parser: &Parser, html: &str) -> Result<Reply<'static>, Error> {
    let text = article_text(html);
    parser.parse(&text).map(Reply::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_pages() {
        let table = [
            ("", ""),
            ("纯文本，没有标签", "纯文本，没有标签"),
            (
                "<div class=con><p>甲</p><p>乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙</p></div>",
                "甲\n乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙",
            ),
            (
                "<h1>第12号提案的答复</h1><div class=TRS_Editor><p>第12号提案的答复</p><p>正文正文正文正文正文正文。</p></div>",
                "第12号提案的答复\n正文正文正文正文正文正文。",
            ),
        ];
        for (html, want) in table {
            assert_eq!(article_text(html), want, "{html}");
        }
    }

    #[test]
    fn hostile_pages_do_not_panic() {
        let pages = [
            "<".repeat(10_000),
            "<div>".repeat(50_000),
            "</div>".repeat(50_000),
            "<table><tr><td>".repeat(5_000),
            "&#xFFFFFFFF;&#0;&#55296;&nbsp".to_string(),
            "<p>答复".repeat(10_000),
            "<script>".to_string() + &"一".repeat(1000),
        ];
        for p in &pages {
            let _ = article_text(p);
            let _ = parse_html(p);
        }
    }
}
