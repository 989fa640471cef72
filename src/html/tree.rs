//! A small element tree built from `html5gum`'s tokens.
//!
//! html5gum is a WHATWG tokenizer (entities decoded, `<script>` and
//! `<style>` read as raw text); it builds no tree, so this module does, with
//! the few repairs web pages need: void elements (`<br>`, `<img>`) have no
//! end, an end tag closes the elements left open inside it, an unmatched end
//! tag is ignored, and `<p>`, `<li>`, `<td>`, `<tr>` and `<head>` close
//! themselves where HTML says they do. Every step is bounded, so building
//! is linear in the page, and nothing here recurses.

use std::collections::HashMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// The index of the document root in [`Tree::nodes`].
pub(crate) const ROOT: usize = 0;

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    /// An element.
    Element(Element),
    /// Text, entities decoded.
    Text(String),
}

/// An element with what the article finder needs of its attributes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Element {
    /// The tag name, lower case (`#root` for the document).
    pub name: String,
    /// The `id` and `class` tokens, lower case, separated by spaces.
    pub marks: String,
    /// `hidden`, `display:none` or `visibility:hidden`.
    pub hidden: bool,
    /// The children, in document order.
    pub children: Vec<usize>,
}

/// The document as a flat list of nodes; a parent always comes before its
/// children, so document order is index order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tree {
    /// The nodes; [`ROOT`] is the document.
    pub nodes: Vec<Node>,
    /// The parent of each node ([`ROOT`]'s is itself).
    pub parent: Vec<usize>,
}

impl Tree {
    /// The element at `i`, if `i` is one.
    pub fn element(&self, i: usize) -> Option<&Element> {
        match self.nodes.get(i) {
            Some(Node::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The tag name at `i` (`""` for text).
    pub fn name(&self, i: usize) -> &str {
        self.element(i).map_or("", |e| e.name.as_str())
    }

    fn push(&mut self, parent: usize, node: Node) -> usize {
        let id = self.nodes.len();
        self.nodes.push(node);
        self.parent.push(parent);
        if let Some(Node::Element(p)) = self.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }
}

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "div",
    "dl",
    "fieldset",
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
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Elements an implicit close may look through.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "big", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u",
];

/// Elements that may stand in `<head>`.
const IN_HEAD: &[&str] = &[
    "base", "link", "meta", "noscript", "script", "style", "template", "title",
];

/// How far up the stack an implicit close looks.
const LOOK_UP: usize = 16;

struct Builder {
    tree: Tree,
    stack: Vec<usize>,
    open: HashMap<String, usize>,
}

impl Builder {
    fn top(&self) -> usize {
        self.stack.last().copied().unwrap_or(ROOT)
    }

    /// Pops the stack down to and including its entry at `depth`.
    fn pop_to(&mut self, depth: usize) {
        while self.stack.len() > depth.max(1) {
            if let Some(i) = self.stack.pop() {
                let name = self.tree.name(i).to_string();
                if let Some(n) = self.open.get_mut(&name) {
                    *n = n.saturating_sub(1);
                }
            }
        }
    }

    /// The depth of the nearest open element named in `targets`, looking
    /// through at most [`LOOK_UP`] elements whose names `through` accepts.
    fn find_up(&self, targets: &[&str], through: impl Fn(&str) -> bool) -> Option<usize> {
        for (k, &i) in self.stack.iter().enumerate().rev().take(LOOK_UP) {
            let name = self.tree.name(i);
            if targets.contains(&name) {
                return Some(k);
            }
            if !through(name) {
                return None;
            }
        }
        None
    }

    fn is_open(&self, name: &str) -> bool {
        self.open.get(name).is_some_and(|&n| n > 0)
    }

    /// The implicit ends HTML gives before a start tag `name`.
    fn close_before(&mut self, name: &str) {
        if self.is_open("head") && !IN_HEAD.contains(&name) {
            if let Some(k) = self.find_up(&["head"], |_| true) {
                self.pop_to(k);
            }
        }
        let closer = if CLOSES_P.contains(&name) && self.is_open("p") {
            self.find_up(&["p"], |n| INLINE.contains(&n))
        } else {
            match name {
                "li" => self.find_up(&["li"], |n| INLINE.contains(&n) || n == "p"),
                "dt" | "dd" => self.find_up(&["dt", "dd"], |n| INLINE.contains(&n) || n == "p"),
                "td" | "th" => self.find_up(&["td", "th"], |n| !is_table_part(n)),
                "tr" => self.find_up(&["tr"], |n| !is_table_part(n)),
                "option" => self.find_up(&["option"], |_| false),
                _ => None,
            }
        };
        if let Some(k) = closer {
            self.pop_to(k);
        }
    }

    fn start(&mut self, name: String, marks: String, hidden: bool) {
        self.close_before(&name);
        let void = VOID.contains(&name.as_str());
        let id = self.tree.push(
            self.top(),
            Node::Element(Element {
                name: name.clone(),
                marks,
                hidden,
                children: Vec::new(),
            }),
        );
        if !void {
            self.stack.push(id);
            *self.open.entry(name).or_insert(0) += 1;
        }
    }

    fn end(&mut self, name: &str) {
        if name == "br" {
            // `</br>` is read as `<br>`
            self.start("br".to_string(), String::new(), false);
            return;
        }
        if !self.is_open(name) {
            return;
        }
        if let Some(k) = self.stack.iter().rposition(|&i| self.tree.name(i) == name) {
            self.pop_to(k);
        }
    }

    fn text(&mut self, s: &str) {
        let top = self.top();
        let last = self
            .tree
            .element(top)
            .and_then(|e| e.children.last().copied());
        if let Some(Node::Text(t)) = last.and_then(|i| self.tree.nodes.get_mut(i)) {
            t.push_str(s);
            return;
        }
        self.tree.push(top, Node::Text(s.to_string()));
    }
}

fn is_table_part(name: &str) -> bool {
    matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr")
}

/// The `id` and `class` tokens of a start tag, lower case, and whether it
/// is hidden.
fn marks_of(tag: &html5gum::StartTag<()>) -> (String, bool) {
    let mut marks = String::new();
    let mut hidden = false;
    for (key, value) in &tag.attributes {
        let key: &[u8] = key;
        match key {
            b"id" | b"class" => {
                let v = String::from_utf8_lossy(&value.value).to_lowercase();
                for token in v.split_ascii_whitespace() {
                    if !marks.is_empty() {
                        marks.push(' ');
                    }
                    marks.push_str(token);
                }
            }
            b"style" => {
                let v: String = String::from_utf8_lossy(&value.value)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_lowercase();
                hidden |= v.contains("display:none") || v.contains("visibility:hidden");
            }
            b"hidden" => hidden = true,
            _ => {}
        }
    }
    (marks, hidden)
}

/// Builds the tree of `html`.
pub(crate) fn build(html: &str) -> Tree {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let tokens = Tokenizer::new_with_emitter(html, emitter);
    let mut b = Builder {
        tree: Tree::default(),
        stack: vec![ROOT],
        open: HashMap::new(),
    };
    b.tree.nodes.push(Node::Element(Element {
        name: "#root".to_string(),
        ..Element::default()
    }));
    b.tree.parent.push(ROOT);
    for token in tokens {
        let token = match token {
            Ok(t) => t,
            Err(never) => match never {},
        };
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_lowercase();
                let (marks, hidden) = marks_of(&tag);
                b.start(name, marks, hidden);
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_lowercase();
                b.end(&name);
            }
            Token::String(s) => b.text(&String::from_utf8_lossy(&s.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    b.tree
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as an S-expression: `(div (p "a") (p "b"))`.
    fn show(t: &Tree, i: usize) -> String {
        match &t.nodes[i] {
            Node::Text(s) => format!("{s:?}"),
            Node::Element(e) => {
                let mut out = format!("({}", e.name);
                if !e.marks.is_empty() {
                    out.push_str(&format!(".{}", e.marks.replace(' ', ".")));
                }
                if e.hidden {
                    out.push_str(" hidden");
                }
                for &c in &e.children {
                    out.push(' ');
                    out.push_str(&show(t, c));
                }
                out.push(')');
                out
            }
        }
    }

    #[test]
    fn trees() {
        let table = [
            ("<p>一</p><p>二</p>", r#"(#root (p "一") (p "二"))"#),
            ("<p>一<p>二", r#"(#root (p "一") (p "二"))"#),
            ("<p>一<div>二</div>", r#"(#root (p "一") (div "二"))"#),
            (
                "<p><span>一<div>二</div>",
                r#"(#root (p (span "一")) (div "二"))"#,
            ),
            ("一<br>二</br>三", r#"(#root "一" (br) "二" (br) "三")"#),
            ("<div>a</span>b</div>", r#"(#root (div "ab"))"#),
            ("<div><span>a</div>b", r#"(#root (div (span "a")) "b")"#),
            (
                "<ul><li>一<li>二</ul>",
                r#"(#root (ul (li "一") (li "二")))"#,
            ),
            (
                "<table><tr><td>a<td>b<tr><td>c</table>",
                r#"(#root (table (tr (td "a") (td "b")) (tr (td "c"))))"#,
            ),
            (
                "<table><tr><td><table><tr><td>x</td></tr></table><td>y</table>",
                r#"(#root (table (tr (td (table (tr (td "x")))) (td "y"))))"#,
            ),
            (
                "A&nbsp;&ldquo;B&rdquo;&#12288;&amp;",
                r#"(#root "A\u{a0}“B”\u{3000}&")"#,
            ),
            (
                "<DIV ID=Main class='TRS_Editor  x'>t</DIV>",
                r#"(#root (div.trs_editor.x.main "t"))"#,
            ),
            (
                "<div style='DISPLAY: none'>x</div><p hidden>y</p>",
                r#"(#root (div hidden "x") (p hidden "y"))"#,
            ),
            (
                "<script>if (a<b) x='</p>';</script>",
                r#"(#root (script "if (a<b) x='</p>';"))"#,
            ),
            ("<style>p{}</style>", r#"(#root (style "p{}"))"#),
            ("<!-- 注释 --><p>正文</p>", r#"(#root (p "正文"))"#),
            (
                "<head><title>题</title><body><p>x",
                r#"(#root (head (title "题")) (body (p "x")))"#,
            ),
            ("<img src=a.png><hr/>x", r#"(#root (img) (hr) "x")"#),
        ];
        for (html, want) in table {
            assert_eq!(show(&build(html), ROOT), want, "{html}");
        }
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let html = "<div>".repeat(20_000) + "深" + &"</div>".repeat(20_000);
        let t = build(&html);
        assert_eq!(t.nodes.len(), 20_002);
        let html = "<span>".repeat(20_000) + &"<div>".repeat(2000);
        assert_eq!(build(&html).nodes.len(), 22_001);
    }

    #[test]
    fn unmatched_end_tags_are_cheap() {
        let html = "<div>".to_string() + &"</p></td></li>".repeat(10_000) + "x";
        let t = build(&html);
        assert_eq!(show(&t, ROOT), r#"(#root (div "x"))"#);
    }
}
