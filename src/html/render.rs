//! The text of an element as a reader sees it: blocks, `<br>` and table
//! cells on lines of their own, source line breaks and runs of spaces
//! collapsed, lines trimmed, no blank lines.

use super::tree::{Node, Tree};
use crate::text;

/// Elements that stand on lines of their own.
const BLOCK: &[&str] = &[
    "#root",
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Whether `name` starts and ends a line.
pub(crate) fn is_block(name: &str) -> bool {
    BLOCK.contains(&name)
}

/// Characters as wide as a Han character: a source line break between two
/// of them is no space (as CSS Text drops it between East Asian wide
/// characters).
fn is_wide(c: char) -> bool {
    text::is_han(c)
        || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}' | '\u{2018}'..='\u{201D}' | '…' | '—' | '·')
}

/// The text being written.
#[derive(Debug, Default)]
struct Out {
    buf: String,
    line_has_text: bool,
    pending_space: bool,
    space_had_break: bool,
    last: Option<char>,
    pre: usize,
}

impl Out {
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if self.pre > 0 && c == '\n' {
                self.newline();
                continue;
            }
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
                self.pending_space = true;
                self.space_had_break |= matches!(c, '\n' | '\r');
                continue;
            }
            if !self.line_has_text && text::is_space(c) {
                continue;
            }
            let c = if c == '\u{A0}' { ' ' } else { c };
            if self.pending_space && self.line_has_text {
                let joined = self.space_had_break && self.last.is_some_and(is_wide) && is_wide(c);
                if !joined {
                    self.buf.push(' ');
                }
            }
            self.pending_space = false;
            self.space_had_break = false;
            self.buf.push(c);
            self.line_has_text = true;
            self.last = Some(c);
        }
    }

    fn newline(&mut self) {
        if self.line_has_text {
            let kept = self.buf.trim_end_matches(text::is_space).len();
            self.buf.truncate(kept);
            self.buf.push('\n');
        }
        self.line_has_text = false;
        self.pending_space = false;
        self.space_had_break = false;
        self.last = None;
    }

    fn finish(mut self) -> String {
        self.newline();
        if self.buf.ends_with('\n') {
            self.buf.pop();
        }
        self.buf
    }
}

enum Step {
    Enter(usize),
    Exit(usize),
}

/// The text of the element at `start`, leaving out every element below it
/// for which `skip` is true.
pub(crate) fn render(tree: &Tree, start: usize, skip: impl Fn(usize) -> bool) -> String {
    let mut out = Out::default();
    let mut stack = vec![Step::Enter(start)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(i) => match tree.nodes.get(i) {
                Some(Node::Text(s)) => out.text(s),
                Some(Node::Element(e)) => {
                    if i != start && skip(i) {
                        continue;
                    }
                    if e.name == "br" {
                        out.newline();
                        continue;
                    }
                    if is_block(&e.name) {
                        out.newline();
                    }
                    if e.name == "pre" {
                        out.pre += 1;
                    }
                    stack.push(Step::Exit(i));
                    stack.extend(e.children.iter().rev().map(|&c| Step::Enter(c)));
                }
                None => {}
            },
            Step::Exit(i) => {
                let name = tree.name(i);
                if is_block(name) {
                    out.newline();
                }
                if name == "pre" {
                    out.pre = out.pre.saturating_sub(1);
                }
            }
        }
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::super::tree::{build, ROOT};
    use super::*;

    #[test]
    fn texts() {
        let table = [
            ("<p>一</p><p>二</p>", "一\n二"),
            ("<div>一<br>二<br/><br>三</div>", "一\n二\n三"),
            ("<p>  &nbsp;&nbsp;&#12288;首行缩进 </p>", "首行缩进"),
            ("<p>您提出的\n   关于养老的建议</p>", "您提出的关于养老的建议"),
            ("<p>第 12\n号</p>", "第 12 号"),
            ("<p>Hello\n  world</p>", "Hello world"),
            ("<p>联系人：王芳&nbsp;&nbsp;电话：1234</p>", "联系人：王芳  电话：1234"),
            ("<p><span>一是</span><strong>加强</strong>管理。</p>", "一是加强管理。"),
            (
                "<table><tr><td>项目</td><td>数量</td></tr><tr><td>站点</td><td>12个</td></tr></table>",
                "项目\n数量\n站点\n12个",
            ),
            ("<ul><li>甲</li><li>乙</li></ul>", "甲\n乙"),
            ("<pre>一\n二</pre>", "一\n二"),
            ("&ldquo;十四五&rdquo;期间", "“十四五”期间"),
            ("<p>a</p>\n\n\n<p>b</p>", "a\nb"),
            ("", ""),
        ];
        for (html, want) in table {
            let t = build(html);
            assert_eq!(render(&t, ROOT, |_| false), want, "{html}");
        }
    }

    #[test]
    fn skipped_elements_leave_no_text() {
        let t = build("<p>留</p><div class=x>去</div><p>也留</p>");
        let skip = |i: usize| t.element(i).is_some_and(|e| e.marks == "x");
        assert_eq!(render(&t, ROOT, skip), "留\n也留");
    }
}
