//! Builders of pathological inputs, shared by tests/all/pathological.rs
//! and benches/pathological.rs (included there with `#[path]`).
#![allow(dead_code)]

use govreply::numeral::{format, Style};
use rust_decimal::Decimal;

/// An addressee and an opening.
pub const HEAD: &str = "王芳委员：\n您提出的《关于加强社区养老服务的建议》收悉，现答复如下：\n";
/// A signature.
pub const TAIL: &str = "某区民政局\n2024年5月8日\n";
/// A sentence with two metrics.
pub const SENTENCE: &str = "2023年全区新建养老服务站12个，同比增长20%。";

/// `i` in Chinese numerals.
pub fn cn(i: usize) -> String {
    format(&Decimal::from(i as u64), Style::plain())
}

/// One line of about `bytes` bytes: `SENTENCE` repeated.
pub fn long_line(bytes: usize) -> String {
    SENTENCE.repeat(bytes / SENTENCE.len() + 1)
}

/// `n` headings `一、`…`九十九、` (numbered round again after 99), each with
/// one paragraph.
pub fn headings(n: usize) -> String {
    let mut s = String::from(HEAD);
    for i in 0..n {
        s += &cn(i % 99 + 1);
        s += "、第";
        s += &(i + 1).to_string();
        s += "项工作\n我局已完成。\n";
    }
    s + TAIL
}

/// One paragraph of `n` clauses `一是…。二是…。` … `十是…。`, round again.
pub fn clauses(n: usize) -> String {
    let mut s = String::from(HEAD) + "一、下一步工作\n";
    for i in 0..n {
        s += &cn(i % 10 + 1);
        s += "是加强管理。";
    }
    s + "\n" + TAIL
}

/// `n` nested round brackets around a quantity, and `n` nested 《“…”》
/// around a percentage.
pub fn brackets(n: usize) -> String {
    String::from(HEAD)
        + &"（".repeat(n)
        + "新建12个"
        + &"）".repeat(n)
        + "\n"
        + &"《“".repeat(n)
        + "20%"
        + &"”》".repeat(n)
        + "\n"
        + TAIL
}

/// The title line `n` times, then a short reply.
pub fn titles(n: usize) -> String {
    "关于区政协一届二次会议第12号提案的答复\n".repeat(n) + HEAD + "我局已办理。\n" + TAIL
}

/// `n` decimal digits.
pub fn digits(n: usize) -> String {
    "1".repeat(n)
}

/// One sentence of about `bytes` bytes: clauses with a count each,
/// separated by commas, no full stop until the end.
pub fn long_sentence(bytes: usize) -> String {
    const CLAUSE: &str = "新建养老服务站12个，";
    CLAUSE.repeat(bytes / CLAUSE.len() + 1) + "。"
}

/// One clause of about `bytes` bytes: counts with no punctuation at all.
pub fn long_clause(bytes: usize) -> String {
    const PART: &str = "新建养老服务站12个";
    PART.repeat(bytes / PART.len() + 1)
}

/// One sentence listing `n` figures that share 分别 and their units:
/// `两项指标分别增长1、2、3、…和n%，第1、2、3…n批`.
pub fn long_lists(n: usize) -> String {
    let mut s = String::from(HEAD) + "各项指标分别增长";
    for i in 1..n {
        s += &i.to_string();
        s += "%、";
    }
    s += &n.to_string();
    s += "%，第";
    for i in 1..n {
        s += &i.to_string();
        s += "、";
    }
    s += &n.to_string();
    s += "批已验收。\n";
    s + TAIL
}
