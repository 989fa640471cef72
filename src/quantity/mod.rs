//! Quantities: a number with its unit and qualifiers (`3502.38亿元`, `约80件`,
//! `2.9万多件`, `七成以上`, `3-5年`, `两到三万港元`, `6.2个百分点`).
//!
//! [`parse`] reads one quantity; [`scan`] finds every quantity in running
//! text in one linear pass. The scan is a finder, not a judge: it reports
//! `2022年` (unit 年) and the `七批` of `第七批`, and leaves years, ordinals
//! and quoted names to the caller. It skips dates (`2023年6月1日`, `6月1日`,
//! month references `8月份`), numbers glued to Latin letters (`PM2.5`, `5G`),
//! numbers without a unit (`14.6:34.6`, phone numbers, heading numbers), and
//! Chinese numerals that are part of fixed words (`统一部署`, `一次性`,
//! `四位一体`, `三次产业`).
//!
//! Conventions:
//! - a multiplier (万 亿 千万 万亿 …) stays in the unit as written (`亿元`,
//!   `萬噸`) and `scaled` is the exact value in `base_unit` (元, 噸);
//!   a bare multiplier (`6600万`) is the unit itself, kind count, with
//!   `scaled` and no base unit;
//! - `百分之五十九` has unit `百分之` (as written) and kind percent;
//! - `成` keeps the written value (`七成` → 7, unit 成) with `scaled` 70 and
//!   base unit `%`;
//! - ranges (`3-5年`, `10%—15%`, `两到三万港元`) give `value` and `upper`; a
//!   multiplier after the upper number applies to both (`两到三万` = 2万–3万);
//!   neighbouring digits (`两三个`) are a range with bound `about` and no
//!   `approx` word;
//! - a count (个, 件, 本 …) with a fraction and no multiplier (`2.2本`) is
//!   not a quantity — it is a heading number before a word.

mod units;

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::charset::{CharSet, Finder};
use crate::error::Error;
use crate::model::{Bound, MetricKind, Quantity};
use crate::numeral::grammar::{lex, mul_pow10, tok, LexError, Lexed, Mode, Tok};
use crate::span::Span;
use crate::text::{self, fold};
use units::{unit_at, Special, Unit};

/// Parses one quantity: the whole text is a number with its unit and
/// qualifiers.
///
/// ```
/// let q = govreply::quantity::parse("3502.38亿元")?;
/// assert_eq!(q.value.to_string(), "3502.38");
/// assert_eq!(q.unit, "亿元");
/// assert_eq!(q.scaled.unwrap().to_string(), "350238000000");
/// assert_eq!(q.base_unit.as_deref(), Some("元"));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Quantity<'_>, Error> {
    let trimmed = text::trim(text);
    let start = crate::span::offset_in(text, trimmed);
    if trimmed.is_empty() {
        return Err(Error::new(
            crate::ErrorKind::Empty,
            text,
            Span::new(0, text.len()),
            "expected a quantity, but the text is empty",
        ));
    }
    // a qualifier first: 约80件, 至少1名
    let lead = PREFIX
        .iter()
        .filter_map(|(w, _)| units::match_word(trimmed, w))
        .max()
        .unwrap_or(0);
    let prev = trimmed.get(..lead).and_then(|t| t.chars().next_back());
    match quantity_at(trimmed, lead, prev, true) {
        Step::Found(q, end) if end == trimmed.len() => {
            let mut q = q;
            q.span = q.span.shift(start);
            Ok(q)
        }
        Step::Found(_, end) => Err(Error::expected(
            text,
            start + end,
            "the end of the quantity",
        )),
        Step::Skip(_, Some(LexError::Overflow { .. })) => Err(Error::new(
            crate::ErrorKind::Overflow,
            text,
            Span::new(start, start + trimmed.len()),
            format!(
                "expected {}, but the number is too large or too long",
                crate::numeral::grammar::OVERFLOW
            ),
        )),
        Step::Skip(at, _) => {
            // name the first character after the number, or the number
            let at = match lex(trimmed, Mode::Scan) {
                Ok(l) if at > 0 => l.end.max(at.min(l.end)),
                Ok(l) => l.end,
                Err(_) => 0,
            };
            Err(Error::expected(
                text,
                start + at,
                "a quantity (a number with its unit)",
            ))
        }
    }
}

/// Every quantity in running text, in order, in one linear pass.
///
/// ```
/// let qs = govreply::quantity::scan("立案4567件，交165家承办单位办理，占70.41%。");
/// let units: Vec<_> = qs.iter().map(|q| q.unit.as_ref()).collect();
/// assert_eq!(units, ["件", "家", "%"]);
/// ```
pub fn scan(text: &str) -> Vec<Quantity<'_>> {
    scan_at(text, 0)
}

/// [`scan`] over a piece of a larger text that starts at byte `base`: spans
/// are `base` + offset in `text`.
pub(crate) fn scan_at(text: &str, base: usize) -> Vec<Quantity<'_>> {
    scan_with(text, base, &mut Finder::Direct)
}

/// [`scan_at`] with the number starts found by `finder`, which must find
/// every member of [`STARTS`].
pub(crate) fn scan_with<'a>(
    text: &'a str,
    base: usize,
    finder: &mut Finder<'_>,
) -> Vec<Quantity<'a>> {
    let mut out = Vec::new();
    scan_each(text, base, finder, |q| {
        // about one quantity in 48 bytes of a statistics-dense paragraph:
        // one allocation where pushing one by one would grow the vector
        // 2–3 times, and none for a text without quantities
        if out.capacity() == 0 {
            out.reserve(text.len() / 48 + 1);
        }
        out.push(q);
    });
    out
}

/// Hands every quantity of `text` to `found`, in order, with spans
/// shifted by `base`; number starts are found by `finder`, which must find
/// every member of [`STARTS`].
pub(crate) fn scan_each<'a>(
    text: &'a str,
    base: usize,
    finder: &mut Finder<'_>,
    mut found: impl FnMut(Quantity<'a>),
) {
    let mut from = 0;
    while let Some((i, c)) = finder.find(&STARTS, text, from) {
        let prev = text.get(..i).and_then(|b| b.chars().next_back());
        let start = if c.is_ascii() {
            c.is_ascii_digit() || (c == '-' && sign_allowed(prev) && next_is_digit(text, i + 1))
        } else {
            // 万 opens 万分之 and a rounded 上万, nothing else
            is_start(c) || fold(c) == '万'
        };
        if !start {
            from = i + c.len_utf8();
            continue;
        }
        let end = match quantity_at(text, i, prev, false) {
            Step::Found(mut q, end) => {
                q.span = q.span.shift(base);
                found(q);
                end
            }
            Step::Skip(end, _) => end,
        };
        // on, from a character boundary
        from = (end.max(i + 1)..=text.len())
            .find(|&e| text.is_char_boundary(e))
            .unwrap_or(text.len());
    }
}

/// Whether a unit word (or 余/多 and a unit word) starts `s` — used by
/// [`crate::numeral::grammar::number`] to leave a multiplier to the unit.
pub(crate) fn unit_follows(s: &str) -> bool {
    let s = match s.chars().next().map(fold) {
        Some('余' | '多') => s.get(3..).unwrap_or(""),
        _ => s,
    };
    unit_at(s).is_some()
}

/// Whether a time or physical measure unit starts `s`: the `一` of
/// `三万一天` belongs to 一天, not to 三万一.
pub(crate) fn measure_unit_follows(s: &str) -> bool {
    unit_at(s).is_some_and(|(u, _)| u.kind == MetricKind::Measure)
}

enum Step<'a> {
    Found(Quantity<'a>, usize),
    Skip(usize, Option<LexError>),
}

/// Every character [`is_start`] admits, the ASCII digits and the minus
/// sign, and a few more: what the scan looks for before asking them.
pub(crate) static STARTS: CharSet =
    CharSet::folded("0123456789-零〇一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖负百千万");

/// Characters that may start a number in running text.
#[inline]
fn is_start(c: char) -> bool {
    matches!(
        c,
        '０'
            ..='９'
                | '零'
                | '〇'
                | '○'
                | '一'
                | '二'
                | '两'
                | '兩'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '廿'
                | '卅'
                | '壹'
                | '贰'
                | '貳'
                | '叁'
                | '肆'
                | '伍'
                | '陆'
                | '陸'
                | '柒'
                | '捌'
                | '玖'
                | '负'
                | '負'
                | '百'
                | '千'
    )
}

fn sign_allowed(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            let p = fold(p);
            !(p.is_ascii_alphanumeric() || matches!(p, '-' | ')' | ']' | '.' | '/' | '%'))
        }
    }
}

fn next_is_digit(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(text::is_digit)
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|r| r.chars().next())
}

/// Words whose Chinese numerals are not quantities.
/// [`FIXED`], indexed by first character.
static FIXED_WORDS: text::Words = text::Words::new(FIXED);

static FIXED: &[&str] = &[
    "一次性",
    "一条龙",
    "一揽子",
    "一把手",
    "一成不变",
    "一点点",
    "一点儿",
    "一块儿",
    "一部分",
    "一度",
    "一体",
    "一律",
    "一方面",
    "一些",
    "一起",
    "一般",
    "一致",
    "一直",
    "一定",
    "一一",
    "一带一路",
    "一国两制",
    "一线",
    "一流",
    "一切",
    "一并",
    "一同",
    "十万火急",
    "三次产业",
    "三位一体",
    "四位一体",
    "五位一体",
    "两会",
    "两型",
    "三农",
    "九三学社",
    "五四运动",
    "三个代表",
    "两个维护",
    "两个确立",
    "四个意识",
    "四个自信",
    "八项规定",
    "三番五次",
    "三令五申",
    "五湖四海",
    "四面八方",
    "七上八下",
    "五花八门",
    "三年五载",
    "千家万户",
    "三五成群",
    "三天两头",
    "一年四季",
    "一日三餐",
];

/// Characters before a lone 一 that make it part of a word (统一, 唯一, 之一).
const WORD_BEFORE_ONE: &str = "统唯之同逐划专单初周归合整纯均如星礼";

fn fixed_word_at(s: &str) -> Option<usize> {
    FIXED_WORDS.matches(s).map(|(_, len)| len).max()
}

/// Qualifiers before a number, longest first.
static PREFIX: &[(&str, Bound)] = &[
    ("不超过", Bound::AtMost),
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("大约", Bound::About),
    ("约为", Bound::About),
    ("将近", Bound::AtMost),
    ("接近", Bound::AtMost),
    ("超过", Bound::AtLeast),
    ("高达", Bound::AtLeast),
    ("多达", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    ("不足", Bound::AtMost),
    ("不到", Bound::AtMost),
    ("最多", Bound::AtMost),
    ("最高", Bound::AtMost),
    ("约", Bound::About),
    ("近", Bound::AtMost),
    ("超", Bound::AtLeast),
    ("逾", Bound::AtLeast),
    ("达", Bound::AtLeast),
];

/// Qualifiers after the unit; the flag says "time and measures only".
static SUFFIX: &[(&str, Bound, bool)] = &[
    ("以上", Bound::AtLeast, false),
    ("以下", Bound::AtMost, false),
    ("左右", Bound::About, false),
    ("上下", Bound::About, false),
    ("以内", Bound::AtMost, false),
    ("开外", Bound::AtLeast, false),
    ("内", Bound::AtMost, true),
    ("余", Bound::AtLeast, true),
    ("多", Bound::AtLeast, true),
];

/// The last characters of the words of [`PREFIX`].
const PREFIX_LAST: &str = "过于约为近达少足到多高超逾";

fn prefix_at(text: &str, start: usize) -> Option<(usize, Bound)> {
    let before = text.get(..start)?;
    // most numbers have none: tell by the character before them
    let last = before.chars().next_back()?;
    // 上千人, 过百亿: at least that round number
    if matches!(fold(last), '上' | '过')
        && matches!(
            text.get(start..).and_then(|r| r.chars().next()).map(fold),
            Some('百' | '千' | '万')
        )
    {
        return Some((start - last.len_utf8(), Bound::AtLeast));
    }
    if !PREFIX_LAST.contains(fold(last)) {
        return None;
    }
    for (w, bound) in PREFIX {
        if let Some(len) = text::ends_with_folded(before, w) {
            if *w == "近"
                && before.get(..before.len() - len).is_some_and(|b| {
                    b.chars()
                        .next_back()
                        .is_some_and(|c| matches!(fold(c), '最' | '附' | '邻' | '靠'))
                })
            {
                return None;
            }
            return Some((start - len, *bound));
        }
    }
    None
}

fn suffix_at(text: &str, at: usize, kind: MetricKind) -> Option<(usize, usize, Bound)> {
    let rest = text.get(at..)?;
    // 50万元（含）以上
    let (skip, rest2) = match units::match_word(rest, "(含)") {
        Some(n) => (n, rest.get(n..).unwrap_or("")),
        None => (0, rest),
    };
    // the first character rules out most words (noise may stand first)
    let first = rest2
        .chars()
        .next()
        .filter(|c| !text::is_invisible(*c) && *c != '&')
        .map(fold);
    for (w, bound, measure_only) in SUFFIX {
        if *measure_only && kind != MetricKind::Measure {
            continue;
        }
        if first.is_some_and(|f| !w.starts_with(f)) {
            continue;
        }
        if let Some(n) = units::match_word(rest2, w) {
            if *w == "上下" {
                let next = rest2.get(n..).and_then(|r| r.chars().next()).map(fold);
                if matches!(next, Some('游' | '级' | '文' | '班' | '楼' | '车' | '线')) {
                    continue;
                }
            }
            return Some((at + skip, at + skip + n, *bound));
        }
    }
    None
}

/// A range connector: `-`, `—`, `~`, `～`, `至`, `到` (a doubled dash too).
fn connector_at(text: &str, at: usize) -> Option<usize> {
    let mut it = text.get(at..)?.char_indices();
    let (_, c) = it.next()?;
    match fold(c) {
        '-' | '~' => {
            let n = c.len_utf8();
            match it.next() {
                Some((_, d)) if fold(d) == '-' => Some(at + n + d.len_utf8()),
                _ => Some(at + n),
            }
        }
        '至' | '到' => Some(at + c.len_utf8()),
        _ => None,
    }
}

/// The number part of a quantity: its value, multiplier, infix and unit.
struct Part<'a> {
    lexed: Lexed,
    /// Start of the number (after a sign).
    start: usize,
    /// End of the number, multiplier included.
    num_end: usize,
    /// The multiplier as a power of ten, where it goes with the unit.
    exp: Option<u32>,
    /// Where the multiplier text starts.
    mult_at: usize,
    /// `余` / `多` between number and unit: (start, end).
    infix: Option<(usize, usize)>,
    unit: Option<(&'static Unit, usize, usize)>,
    text: &'a str,
}

impl<'a> Part<'a> {
    fn value(&self, neg: bool) -> Decimal {
        let v = match (self.exp, self.lexed.peel) {
            (Some(_), Some(p)) if p.at + self.start == self.mult_at => p.core,
            _ => self.lexed.value,
        };
        if neg {
            -v
        } else {
            v
        }
    }

    fn upper(&self, neg: bool) -> Option<Decimal> {
        let v = match (self.exp, self.lexed.peel) {
            (Some(_), Some(p)) if p.at + self.start == self.mult_at => p.core_upper,
            _ => self.lexed.upper,
        };
        v.map(|v| if neg { -v } else { v })
    }

    /// The value and the upper end of a range written in the number
    /// (`两三万`), signed.
    fn bounds(&self, neg: bool) -> (Decimal, Option<Decimal>) {
        signed(self.value(false), self.upper(false), neg)
    }

    fn end(&self) -> usize {
        self.unit.map(|(_, _, e)| e).unwrap_or(self.num_end)
    }

    /// The unit as written: multiplier and unit word (without 余/多).
    fn unit_text(&self) -> Cow<'a, str> {
        let (ustart, uend) = match self.unit {
            Some((_, s, e)) => (s, e),
            None => (self.num_end, self.num_end),
        };
        let from = if self.exp.is_some() {
            self.mult_at
        } else {
            ustart
        };
        match self.infix {
            Some((a, b)) if from < a => {
                let mut s = String::new();
                s.push_str(self.text.get(from..a).unwrap_or(""));
                s.push_str(self.text.get(b..uend).unwrap_or(""));
                Cow::Owned(s)
            }
            _ => Cow::Borrowed(self.text.get(from..uend).unwrap_or("")),
        }
    }
}

/// A value and its range's upper end, negated when the number has a sign:
/// the ends swap, so that `-两三个` is −3 to −2 and the value stays the
/// lower end.
fn signed(value: Decimal, upper: Option<Decimal>, neg: bool) -> (Decimal, Option<Decimal>) {
    match (neg, upper) {
        (false, _) => (value, upper),
        (true, Some(u)) => (-u, Some(-value)),
        (true, None) => (-value, None),
    }
}

/// Lexes the number at `start` with what follows it (multiplier, 余/多, unit).
fn part(text: &str, start: usize) -> Result<Part<'_>, LexError> {
    let rest = text.get(start..).unwrap_or("");
    let lexed = lex(rest, Mode::Scan)?;
    let mut num_end = start + lexed.end;
    let mut exp = None;
    let mut mult_at = num_end;
    if let Some(p) = lexed.peel {
        exp = Some(p.exp);
        mult_at = start + p.at;
    }
    let mut infix = None;
    let mut at = num_end;
    if let Some(c) = char_at(text, at) {
        if matches!(fold(c), '余' | '多') {
            let after = at + c.len_utf8();
            // 10余万元: the multiplier after 余
            let mut e = 0u32;
            let mut end = after;
            for ch in text.get(after..).unwrap_or("").chars() {
                match tok(fold(ch)) {
                    Some(Tok::Big(b)) | Some(Tok::Unit(b)) if exp.is_none() => {
                        e += b;
                        end += ch.len_utf8();
                    }
                    _ => break,
                }
            }
            let usable = unit_at(text.get(end..).unwrap_or("")).is_some() || e >= 4;
            if usable {
                infix = Some((at, after));
                if e > 0 {
                    exp = Some(e);
                    mult_at = after;
                    num_end = end;
                }
                at = end;
            }
        }
    }
    // 三大门类, 五大类: 大 between a Chinese numeral and a count word
    if infix.is_none() && !lexed.arabic && char_at(text, at) == Some('大') {
        let after = at + '大'.len_utf8();
        if unit_at(text.get(after..).unwrap_or(""))
            .is_some_and(|(u, _)| u.kind == MetricKind::Count)
        {
            at = after;
        }
    }
    let unit = unit_at(text.get(at..).unwrap_or("")).map(|(u, len)| {
        // compound unit: 元/人, 万元/亩
        let mut end = at + len;
        if let Some(c) = char_at(text, end) {
            if matches!(c, '/' | '／') {
                if let Some((_, l2)) = unit_at(text.get(end + c.len_utf8()..).unwrap_or("")) {
                    end += c.len_utf8() + l2;
                }
            }
        }
        (u, at, end)
    });
    if unit.is_none() && infix.is_some() && exp.is_none() {
        infix = None;
    }
    // a multiplier stays with the number when nothing takes it (and it is
    // not 万/亿: 3千 with no unit is 3000)
    if unit.is_none() && exp.is_some_and(|e| e < 4) {
        exp = None;
        mult_at = num_end;
    }
    Ok(Part {
        lexed,
        start,
        num_end,
        exp,
        mult_at,
        infix,
        unit,
        text,
    })
}

/// The quantity starting at byte `i` of `text` (`prev` is the character
/// before it), or how far to skip.
fn quantity_at<'a>(text: &'a str, i: usize, prev: Option<char>, whole: bool) -> Step<'a> {
    let Some(c) = char_at(text, i) else {
        return Step::Skip(i + 1, None);
    };
    let clen = c.len_utf8();
    let f = fold(c);
    // sign; 负 closing a word is none (减负, 担负, 肩负, 辜负 …): the
    // number after it is read on its own
    if f == '负'
        && prev
            .map(fold)
            .is_some_and(|p| "减担肩辜欺抱胜自重".contains(p))
    {
        return Step::Skip(i + clen, None);
    }
    let (neg, num_start) = if matches!(f, '负' | '-') {
        (true, i + clen)
    } else {
        (false, i)
    };
    let Some(nc) = char_at(text, num_start) else {
        return Step::Skip(i + clen, None);
    };
    // 百分之 / 千分之
    let rest = text.get(num_start..).unwrap_or("");
    let per = matches!(fold(nc), '百' | '千' | '万');
    for (w, permille) in [("百分之", false), ("千分之", true), ("万分之", true)] {
        if let Some(n) = per.then(|| units::match_word(rest, w)).flatten() {
            let after = num_start + n;
            let lexed = match lex(text.get(after..).unwrap_or(""), Mode::Parse) {
                Ok(l) => l,
                Err(e) => return Step::Skip(after, Some(e)),
            };
            let end = after + lexed.end;
            let (value, upper) = match lexed.pair {
                Some((a, b)) if lexed.upper.is_none() && !whole => {
                    (Decimal::from(a), Some(Decimal::from(b)))
                }
                _ => (lexed.value, lexed.upper),
            };
            let (value, upper) = signed(value, upper, neg);
            let unit = text.get(num_start..num_start + n).unwrap_or("");
            let _ = permille; // 千分之 is a per-mille rate, kind percent
            return Step::Found(
                build(
                    text,
                    i,
                    end,
                    value,
                    upper,
                    Cow::Borrowed(unit),
                    None,
                    None,
                    MetricKind::Percent,
                    // 百分之二三十: neighbouring digits, an approximate range
                    upper.map(|_| (0, 0, Bound::About)),
                ),
                end,
            );
        }
    }
    // 百, 千 and 万 open a number only after a word that rounds it (逾千家,
    // 近百亿元, 上千人, 上万人) or before 余/多: elsewhere they open words
    // (千家万户, 百姓, 万众一心)
    let round = matches!(fold(nc), '百' | '千' | '万');
    // (or before 余/多: 千余人次, 百余个, 万多户)
    let odd = || {
        rest.get(nc.len_utf8()..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| matches!(fold(c), '余' | '多'))
    };
    let opens_word = round
        && (neg
            || !(prev.is_some_and(|p| {
                matches!(fold(p), '逾' | '近' | '超' | '约' | '达' | '上' | '过')
            }) || odd()));
    if (!text::is_digit(nc) && !is_start(nc) && !round) || opens_word {
        return Step::Skip(num_start + nc.len_utf8(), None);
    }
    // fixed words
    if !text::is_digit(nc) {
        if let Some(n) = fixed_word_at(rest) {
            return Step::Skip(num_start + n, None);
        }
    }
    let p = match part(text, num_start) {
        Ok(p) => p,
        Err(e @ LexError::Overflow { end }) => return Step::Skip(num_start + end, Some(e)),
        Err(e) => return Step::Skip(num_start + nc.len_utf8(), Some(e)),
    };
    let l = &p.lexed;
    // Latin letters around Arabic digits (PM2.5, 5G)
    let latin = |c: Option<char>| c.is_some_and(|c| fold(c).is_ascii_alphabetic());
    if l.arabic && (latin(prev) || latin(char_at(text, p.num_end))) {
        return Step::Skip(p.num_end, None);
    }
    // 数十亿, 几十块: an indefinite number, never read as 十亿
    if !l.arabic && prev.is_some_and(|p| matches!(fold(p), '数' | '几')) {
        return Step::Skip(p.num_end, None);
    }
    // a lone financial numeral (陆家) or a lone 一 inside a word (统一部署)
    if !l.arabic && l.chars == 1 {
        if !l.plain_chinese {
            return Step::Skip(p.num_end, None);
        }
        if f == '一' && prev.is_some_and(|p| WORD_BEFORE_ONE.contains(fold(p))) {
            return Step::Skip(p.num_end, None);
        }
    }
    // dates: 2023年6月1日, 6月1日, 8月份
    if let Some(end) = date_end(text, p.num_end) {
        if !l.fractional && p.exp.is_none() && p.infix.is_none() {
            return Step::Skip(end, None);
        }
    }
    let Some((unit, _, _)) = p.unit else {
        // a bare multiplier: 6600万
        if let (Some(e), true) = (p.exp, p.exp.is_some_and(|e| e >= 4)) {
            if let Some(step) = range_after(text, i, &p, neg, whole) {
                return step;
            }
            let (value, upper) = p.bounds(neg);
            let scaled = mul_pow10(value, e).map(|s| s.normalize());
            let approx = p
                .infix
                .map(|(a, b)| (a, b, Bound::AtLeast))
                .or(upper.map(|_| (0, 0, Bound::About)));
            return Step::Found(
                build(
                    text,
                    i,
                    p.num_end,
                    value,
                    upper,
                    p.unit_text(),
                    scaled,
                    None,
                    MetricKind::Count,
                    approx,
                ),
                p.num_end,
            );
        }
        if let Some(step) = range_after(text, i, &p, neg, whole) {
            return step;
        }
        if let Some(step) = shared_unit(text, i, &p, neg) {
            return step;
        }
        return Step::Skip(p.num_end, None);
    };
    let (value, mut upper) = p.bounds(neg);
    // 二三十家: neighbouring digits are an approximate range
    let mut approx: Option<(usize, usize, Bound)> = upper.map(|_| (0, 0, Bound::About));
    // 三五天, 三五年: the one common range of two digits that are not
    // neighbours, never the number 35
    let pair = match l.pair {
        None if !l.arabic && l.chars == 2 && upper.is_none() => {
            let mut num = text
                .get(num_start..p.num_end)
                .unwrap_or("")
                .chars()
                .map(fold);
            (num.next() == Some('三') && num.next() == Some('五')).then_some((3, 5))
        }
        pair => pair,
    };
    if upper.is_none() {
        if let Some((a, b)) = pair {
            if p.exp.is_none() {
                // 两三个: a range about those values
                let (lo, hi) = signed(Decimal::from(a), Some(Decimal::from(b)), neg);
                return finish(text, i, &p, unit, lo, hi, Some((0, 0, Bound::About)), whole);
            }
        }
    }
    if !whole && p.exp.is_none() && heading_number(unit, value, prev) {
        return Step::Skip(p.num_end, None);
    }
    if let Some((a, b)) = p.infix {
        approx = Some((a, b, Bound::AtLeast));
    }
    // a range with the unit on both sides: 10%—15%, 3家至5家
    if let Some(c_end) = connector_at(text, p.end()) {
        if let Ok(q) = part(text, c_end) {
            if let Some((u2, _, _)) = q.unit {
                // a range runs upwards: `5%—2%` is two figures, not one
                let hi = q.value(neg);
                if u2.word == unit.word && q.exp == p.exp && q.lexed.upper.is_none() && hi >= value
                {
                    upper = Some(hi);
                    return finish_range(text, i, &q, value, upper, approx, whole);
                }
            }
        }
    }
    finish(text, i, &p, unit, value, upper, approx, whole)
}

/// Counts of the parts of a text: after a number with a fraction they are
/// a clause or heading number (`3.1条`, `2.2本项目`), never a figure.
const TEXT_PARTS: &str = "本条款项章节篇部册卷页段期批号";

/// Whether a count with a fraction and no multiplier is a heading number
/// rather than a figure: at the start of a line or after punctuation
/// (`2.2本项目…`), or counting the parts of a text (`3.1条`). After a word,
/// a fraction of people or things is an average (`每千人口拥有医师3.2人`,
/// `床位数6.1张`).
fn heading_number(unit: &Unit, value: Decimal, prev: Option<char>) -> bool {
    unit.kind == MetricKind::Count
        && !value.fract().is_zero()
        && (!prev.is_some_and(text::is_han)
            || unit
                .word
                .chars()
                .next()
                .is_some_and(|c| TEXT_PARTS.contains(c)))
}

/// The words that join the numbers of a list sharing one unit (the 分别
/// lists of `metric::respectively` take them too).
pub(crate) const LIST_JOINERS: [&str; 5] = ["、", "和", "与", "及", "以及"];

/// An Arabic number listed without a unit before numbers whose last has
/// one takes that unit: `提高1.1和2.3个百分点`, `8.2、12.5和6.3%`. The span
/// is the number alone; a multiplier is not shared (`3.5、4.2万元` is
/// ambiguous and gives nothing for 3.5).
fn shared_unit<'a>(text: &'a str, i: usize, p: &Part<'a>, neg: bool) -> Option<Step<'a>> {
    if !p.lexed.arabic || p.exp.is_some() || p.infix.is_some() {
        return None;
    }
    let mut at = p.num_end;
    for _ in 0..8 {
        let rest = text.get(at..)?;
        // most numbers are followed by no joiner: tell by its first character
        if !rest.starts_with(['、', '和', '与', '及', '以']) {
            return None;
        }
        let n = LIST_JOINERS
            .iter()
            .find_map(|w| rest.starts_with(w).then_some(w.len()))?;
        let q = part(text, at + n).ok()?;
        if !q.lexed.arabic || q.exp.is_some() {
            return None;
        }
        let Some((unit, us, ue)) = q.unit else {
            at = q.num_end;
            continue;
        };
        let (value, upper) = p.bounds(neg);
        // as for a number with its own unit: a count with a fraction is a
        // heading number, and 成 is not read this way
        if heading_number(unit, value, None) || unit.special != Special::None {
            return None;
        }
        let unit_text = Cow::Borrowed(text.get(us..ue)?);
        let q = build(
            text, i, p.num_end, value, upper, unit_text, None, None, unit.kind, None,
        );
        return Some(Step::Found(q, p.num_end));
    }
    None
}

/// A range whose first number has no unit: `3-5年`, `两到三万港元`.
fn range_after<'a>(
    text: &'a str,
    i: usize,
    p: &Part<'a>,
    neg: bool,
    whole: bool,
) -> Option<Step<'a>> {
    let c_end = connector_at(text, p.num_end)?;
    let q = part(text, c_end).ok()?;
    q.unit?;
    if q.lexed.upper.is_some() || q.lexed.pair.is_some() {
        return None;
    }
    // the lower value in the upper's multiplier
    let lower = match (p.exp, q.exp) {
        (Some(a), Some(b)) if a == b => p.value(neg),
        (None, _) => p.lexed.value,
        _ => return None,
    };
    let lower = if neg { -lower.abs() } else { lower };
    let upper = q.value(false);
    if upper < lower {
        return None;
    }
    Some(finish_range(text, i, &q, lower, Some(upper), None, whole))
}

fn finish_range<'a>(
    text: &'a str,
    i: usize,
    last: &Part<'a>,
    value: Decimal,
    upper: Option<Decimal>,
    approx: Option<(usize, usize, Bound)>,
    whole: bool,
) -> Step<'a> {
    match last.unit {
        Some((unit, _, _)) => finish(text, i, last, unit, value, upper, approx, whole),
        None => Step::Skip(last.num_end, None),
    }
}

/// Builds the quantity from its parts: scaled value, qualifiers, text.
#[allow(clippy::too_many_arguments)]
fn finish<'a>(
    text: &'a str,
    i: usize,
    p: &Part<'a>,
    unit: &'static Unit,
    value: Decimal,
    upper: Option<Decimal>,
    infix: Option<(usize, usize, Bound)>,
    _whole: bool,
) -> Step<'a> {
    let mut end = p.end();
    let (scaled, base_unit) = match (p.exp, unit.special) {
        (Some(e), _) => {
            let scaled = mul_pow10(value, e).map(|s| s.normalize());
            let (_, us, ue) = p.unit.unwrap_or((unit, end, end));
            (scaled, text.get(us..ue).map(Cow::Borrowed))
        }
        (None, Special::Tenths) => (
            mul_pow10(value, 1).map(|s| s.normalize()),
            Some(Cow::Borrowed("%")),
        ),
        _ => (None, None),
    };
    let mut approx = infix;
    if let Some((s_start, s_end, bound)) = suffix_at(text, end, unit.kind) {
        end = s_end;
        if approx.is_none() || approx.is_some_and(|(a, b, _)| a == b) {
            approx = Some((s_start, s_end, bound));
        }
    } else if unit.kind == MetricKind::Amount {
        // 肆佰叁拾萬圆整: 整 ("exactly") closes an amount, unless it starts a
        // word (5万元整治)
        let rest = text.get(end..).unwrap_or("");
        if let Some(n) = units::match_word(rest, "整") {
            if !rest
                .get(n..)
                .and_then(|r| r.chars().next())
                .is_some_and(text::is_han)
            {
                end += n;
            }
        }
    }
    let q = build(
        text,
        i,
        end,
        value,
        upper,
        p.unit_text(),
        scaled,
        base_unit,
        unit.kind,
        approx,
    );
    Step::Found(q, end)
}

#[allow(clippy::too_many_arguments)]
fn build<'a>(
    text: &'a str,
    i: usize,
    end: usize,
    value: Decimal,
    upper: Option<Decimal>,
    unit: Cow<'a, str>,
    scaled: Option<Decimal>,
    base_unit: Option<Cow<'a, str>>,
    kind: MetricKind,
    approx: Option<(usize, usize, Bound)>,
) -> Quantity<'a> {
    let (mut start, mut approx_word, mut bound) = (i, None, None);
    if let Some((a, b, bd)) = approx {
        if a < b {
            approx_word = text.get(a..b).map(Cow::Borrowed);
        }
        bound = Some(bd);
    }
    if let Some((s, bd)) = prefix_at(text, i) {
        approx_word = text.get(s..i).map(Cow::Borrowed);
        bound = Some(bd);
        start = s;
    }
    Quantity {
        value,
        upper,
        unit,
        scaled,
        base_unit,
        kind,
        approx: approx_word,
        bound,
        text: Cow::Borrowed(text.get(start..end).unwrap_or("")),
        span: Span::new(start, end),
    }
}

/// The end of a date that starts with the number ending at `at`:
/// `年` + number + `月` (+ number + `日`/`号`), or `月` + number + `日`/`号`,
/// or a month reference `月` / `月份` alone.
fn date_end(text: &str, at: usize) -> Option<usize> {
    let c = char_at(text, at)?;
    let after = at + c.len_utf8();
    match fold(c) {
        '年' => {
            let m_end = number_then(text, after, &['月'])?;
            Some(number_then(text, m_end, &['日', '号']).unwrap_or(m_end))
        }
        '月' => Some(number_then(text, after, &['日', '号']).unwrap_or_else(|| {
            match char_at(text, after) {
                Some('份') => after + '份'.len_utf8(),
                _ => after,
            }
        })),
        _ => None,
    }
}

/// A number at `at` followed by one of `ends`: the end of that character.
fn number_then(text: &str, at: usize, ends: &[char]) -> Option<usize> {
    let l = lex(text.get(at..)?, Mode::Scan).ok()?;
    if l.chars > 4 {
        return None;
    }
    let end = at + l.end;
    let c = char_at(text, end)?;
    ends.contains(&fold(c)).then(|| end + c.len_utf8())
}

#[cfg(test)]
mod tests;
