//! References to a proposal: `钱塘区政协一届三次会议第23058号提案`,
//! `十三届全国人大一次会议第 6750 号建议`, `政协第十四届全国委员会第二次会议`,
//! and the same inside running text (`您在钱塘区政协一届三次会议上提出的…`).
//!
//! Between the parts of a reference the grammars accept spaces and line
//! breaks (a title may wrap anywhere), and every keyword is matched through
//! [`crate::text::fold`]: either width, traditional forms, injected pinyin.

use std::borrow::Cow;

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::{digits, digits_value, fail, split, PResult};
use crate::model::{Assembly, ProposalKind, ProposalRef};
use crate::span::{offset_in, Span};
use crate::text::{
    fold, is_han, is_invisible, is_lparen, is_space, match_folded, pinyin_len, Folded,
};

// ---------------------------------------------------------------------------
// shared helpers: gaps and keywords with gaps inside

/// Whether `c` may stand between the parts of a title: spaces and line
/// breaks.
pub(crate) fn is_gap(c: char) -> bool {
    is_space(c) || c == '\n' || c == '\r'
}

/// Byte length of the gap at the start of `s`.
pub(crate) fn gap_len(s: &str) -> usize {
    s.char_indices()
        .find(|(_, c)| !is_gap(*c))
        .map(|(i, _)| i)
        .unwrap_or(s.len())
}

/// `gap = (space | line break)*`
pub(crate) fn gap(input: &str) -> PResult<'_, &str> {
    Ok(split(input, gap_len(input)))
}

/// Byte length of `word` at the start of `input`, compared through
/// folding, with gaps allowed between its characters (`答 复`, `答\n复`).
pub(crate) fn kw_len(input: &str, word: &str) -> Option<usize> {
    // most calls fail on the first character, and most matches are the
    // word as written with no noise or pinyin after it
    if let (Some(t), Some(w)) = (input.chars().next(), word.chars().next()) {
        if t != w && !is_invisible(t) && t != '&' && fold(t) != fold(w) {
            return None;
        }
        if input.starts_with(word) {
            match input.get(word.len()..).and_then(|r| r.chars().next()) {
                Some(c) if is_lparen(c) || is_invisible(c) || c == '&' => {}
                _ => return Some(word.len()),
            }
        }
    }
    kw_len_walking(input, word)
}

/// [`kw_len`] character by character, with no shortcut.
fn kw_len_walking(input: &str, word: &str) -> Option<usize> {
    let mut pos = 0;
    let mut buf = [0u8; 4];
    for (i, w) in word.chars().enumerate() {
        if i > 0 {
            pos += gap_len(input.get(pos..)?);
        }
        pos += match_folded(input.get(pos..)?, w.encode_utf8(&mut buf))?;
    }
    Some(pos)
}

/// A keyword with gaps allowed inside; returns it as written.
pub(crate) fn kwg<'a>(word: &'static str) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| match kw_len(input, word) {
        Some(len) => Ok(split(input, len)),
        None => fail(input, word),
    }
}

/// The longest of several keywords (gaps allowed inside).
pub(crate) fn any_kwg<'a>(
    expected: &'static str,
    words: &'static [&'static str],
) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input: &'a str| match words.iter().filter_map(|w| kw_len(input, w)).max() {
        Some(len) => Ok(split(input, len)),
        None => fail(input, expected),
    }
}

/// The first character of `s` through folding (pinyin and invisible
/// characters passed over).
fn first_folded(s: &str) -> Option<char> {
    Folded::new(s).next().map(|(_, _, f)| f)
}

// ---------------------------------------------------------------------------
// numbers

/// Whether a (folded) character can start a term or session: `第`, a digit
/// or a Chinese numeral.
fn may_start_number(f: char) -> bool {
    f == '第' || f == '十' || f == '拾' || f.is_ascii_digit() || cn_digit(f).is_some()
}

fn cn_digit(c: char) -> Option<u32> {
    crate::grammar::cn_digit(c).filter(|d| *d > 0)
}

/// `small_numeral = digit+ | [cn_digit] "十" [cn_digit] | cn_digit`
/// (1 to 99 in Chinese numerals, any in Arabic of either width).
///
/// Example: `十四` (14), `一` (1), `１３`.
pub(crate) fn small_numeral(input: &str) -> PResult<'_, u32> {
    const WHAT: &str = "a number (一, 十四, 14)";
    if let Ok((rest, d)) = digits(input) {
        return match digits_value(d).and_then(|v| u32::try_from(v).ok()) {
            Some(v) if d.chars().count() <= 4 => Ok((rest, v)),
            _ => fail(input, WHAT),
        };
    }
    // (value of the character, is it 十) for up to three characters
    let mut pos = 0;
    let read = |pos: &mut usize| -> Option<(u32, bool)> {
        let c = input.get(*pos..)?.chars().next()?;
        let f = fold(c);
        let item = match cn_digit(c) {
            Some(d) => (d, false),
            None if f == '十' || f == '拾' => (10, true),
            None => return None,
        };
        *pos += c.len_utf8();
        *pos += pinyin_len(input.get(*pos..).unwrap_or(""));
        Some(item)
    };
    let total = match read(&mut pos) {
        None => return fail(input, WHAT),
        Some((_, true)) => {
            // 十, 十四
            let save = pos;
            match read(&mut pos) {
                Some((d, false)) => 10 + d,
                _ => {
                    pos = save;
                    10
                }
            }
        }
        Some((d, false)) => {
            let save = pos;
            match read(&mut pos) {
                Some((_, true)) => {
                    let save2 = pos;
                    match read(&mut pos) {
                        Some((u, false)) => d * 10 + u,
                        _ => {
                            pos = save2;
                            d * 10
                        }
                    }
                }
                _ => {
                    pos = save;
                    d
                }
            }
        }
    };
    Ok((input.get(pos..).unwrap_or(""), total))
}

// ---------------------------------------------------------------------------
// the parts of a reference

/// `assembly = "政协" | "政治协商会议" | "人民政治协商会议" | "人大" | "人民代表大会"`
///
/// Example: `政协`.
pub(crate) fn assembly(input: &str) -> PResult<'_, Assembly> {
    if !matches!(first_folded(input), Some('政' | '人' | '中')) {
        return fail(input, "政协 or 人大");
    }
    let (rest, word) = any_kwg(
        "政协 or 人大",
        &[
            "政协",
            "政治协商会议",
            "人民政治协商会议",
            "中国人民政治协商会议",
            "人大",
            "人民代表大会",
        ],
    )(input)?;
    let is_npc = first_folded(word) == Some('人') && kw_len(word, "人民政治").is_none();
    Ok((
        rest,
        if is_npc {
            Assembly::Npc
        } else {
            Assembly::Cppcc
        },
    ))
}

/// Characters a region's name never holds: they belong to an office, a
/// preposition or the reference itself.
fn region_stop(f: char) -> bool {
    matches!(
        f,
        '对' | '于'
            | '的'
            | '局'
            | '部'
            | '厅'
            | '委'
            | '办'
            | '府'
            | '会'
            | '第'
            | '届'
            | '次'
            | '号'
            | '年'
            | '在'
            | '您'
            | '你'
            | '贵'
            | '提'
            | '案'
            | '议'
            | '和'
            | '与'
            | '及'
            | '由'
            | '为'
            | '向'
            | '到'
            | '收'
            | '了'
    )
}

fn region_suffix(f: char) -> bool {
    matches!(
        f,
        '省' | '市' | '县' | '区' | '州' | '旗' | '盟' | '镇' | '乡'
    )
}

/// `region = han{1,12}` ending in 省/市/县/区/州/旗/盟/镇/乡, followed by an
/// assembly or a term; or `全国`.
///
/// Example: `钱塘区` in `钱塘区政协一届三次会议`.
pub(crate) fn region(input: &str) -> PResult<'_, &str> {
    region_then(input, |next| assembly(next).is_ok() || term(next).is_ok())
}

/// `committee_region = region` followed by `委员会` or `人民代表大会`: the
/// place inside the formal name of an assembly, after its term.
///
/// Example: `泉州市` in `政协第十三届泉州市委员会第二次会议`.
fn committee_region(input: &str) -> PResult<'_, &str> {
    region_then(input, |next| {
        kw_len(next, "委员会").is_some() || kw_len(next, "人民代表大会").is_some()
    })
}

/// A region name (see [`region`]) that `follows` accepts what comes after.
fn region_then(input: &str, follows: impl Fn(&str) -> bool) -> PResult<'_, &str> {
    let mut count = 0;
    for (at, c, f) in Folded::new(input) {
        if !is_han(c) || region_stop(f) {
            break;
        }
        count += 1;
        if count > 12 {
            break;
        }
        let end = at + c.len_utf8();
        let quanguo = count == 2 && kw_len(input, "全国").is_some();
        if region_suffix(f) || quanguo {
            let end = end + pinyin_len(input.get(end..).unwrap_or(""));
            let rest = input.get(end..).unwrap_or("");
            let (next, _) = gap(rest)?;
            if follows(next) {
                return Ok(split(input, end));
            }
        }
    }
    fail(input, "a region (省, 市, 钱塘区)")
}

/// `term = ["第"] small_numeral "届"`
///
/// Example: `第十四届`.
pub(crate) fn term(input: &str) -> PResult<'_, u32> {
    if !first_folded(input).is_some_and(may_start_number) {
        return fail(input, "a term (十四届)");
    }
    let (rest, _) = opt(kwg("第")).parse(input)?;
    let (rest, _) = gap(rest)?;
    let (rest, n) = small_numeral(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = kwg("届")(rest)?;
    Ok((rest, n))
}

/// `session = ["第"] small_numeral "次" ["全体"] ["会议" | "大会"]`
///
/// Example: `第二次会议`.
pub(crate) fn session(input: &str) -> PResult<'_, u32> {
    if !first_folded(input).is_some_and(may_start_number) {
        return fail(input, "a session (三次会议)");
    }
    let (rest, _) = opt(kwg("第")).parse(input)?;
    let (rest, _) = gap(rest)?;
    let (rest, n) = small_numeral(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = kwg("次")(rest)?;
    let (rest2, _) = gap(rest)?;
    let (rest2, _) = opt(kwg("全体")).parse(rest2)?;
    let (rest2, _) = gap(rest2)?;
    match any_kwg("会议", &["会议", "大会"])(rest2) {
        Ok((r, _)) => Ok((r, n)),
        Err(_) => Ok((rest, n)),
    }
}

/// `committee = "全国委员会" | "委员会" | "常务委员会" | "代表大会" | "代表"`
fn committee(input: &str) -> PResult<'_, &str> {
    any_kwg(
        "委员会",
        &[
            "全国委员会",
            "委员会",
            "常务委员会",
            "常委会",
            "代表大会",
            "代表",
        ],
    )(input)
}

/// The head of a reference: where, which assembly, which term and session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Core<'a> {
    pub region: Option<&'a str>,
    pub assembly: Option<Assembly>,
    pub term: Option<u32>,
    pub session: Option<u32>,
}

/// `ref_core = [assembly] [region] [assembly ["常委会"]] term ["全国"] [assembly]
///             [committee_region] [committee] [session]`, with an assembly or
///             a session.
///
/// Examples: `钱塘区政协一届三次会议`, `政协枝江市七届四次会议`,
/// `十三届全国人大一次会议`, `政协第十四届全国委员会第二次会议`,
/// `政协第十三届泉州市委员会第二次会议`,
/// `县第十八届人大第一次会议`, `市政协第十四届第四次会议`.
pub(crate) fn ref_core(input: &str) -> PResult<'_, Core<'_>> {
    let (rest, a1) = opt(assembly).parse(input)?;
    let (rest, _) = gap(rest)?;
    let (rest, reg) = opt(region).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, a2) = opt(assembly).parse(rest)?;
    let (rest, _) = gap(rest)?;
    // 市人大常委会第十六届…: the standing committee before the term
    let (rest, _) = match a2.or(a1) {
        Some(_) => opt(kwg("常委会")).parse(rest)?,
        None => (rest, None),
    };
    let (rest, _) = gap(rest)?;
    let (rest, t) = term(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, nat) = opt(kwg("全国")).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, a3) = opt(assembly).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, reg2) = opt(committee_region).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, _) = opt(committee).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (rest, s) = opt(session).parse(rest)?;
    let asm = a1.or(a2).or(a3);
    if asm.is_none() && s.is_none() {
        return fail(input, "政协 or 人大");
    }
    // keep trailing gaps outside the reference
    let rest = unconsume_gap(input, rest);
    Ok((
        rest,
        Core {
            region: reg.or(nat).or(reg2),
            assembly: asm,
            term: Some(t),
            session: s,
        },
    ))
}

/// Moves `rest` back over the gap that was consumed just before it.
fn unconsume_gap<'a>(input: &'a str, rest: &'a str) -> &'a str {
    let used = input.get(..offset_in(input, rest)).unwrap_or("");
    let kept = used.trim_end_matches(is_gap);
    input.get(kept.len()..).unwrap_or(rest)
}

/// `weak_core = [region] assembly`, a mention such as `市政协` or `区人大`
/// without term or session (used in running text only).
fn weak_core(input: &str) -> PResult<'_, Core<'_>> {
    let (rest, reg) = opt(weak_region).parse(input)?;
    let (rest, asm) = assembly(rest)?;
    Ok((
        rest,
        Core {
            region: reg,
            assembly: Some(asm),
            term: None,
            session: None,
        },
    ))
}

/// A short region right before an assembly (`区` in `区人大`).
fn weak_region(input: &str) -> PResult<'_, &str> {
    let mut count = 0;
    for (at, c, f) in Folded::new(input) {
        if !is_han(c) || region_stop(f) {
            break;
        }
        count += 1;
        if count > 8 {
            break;
        }
        let end = at + c.len_utf8();
        if region_suffix(f) || (count == 2 && kw_len(input, "全国").is_some()) {
            let end = end + pinyin_len(input.get(end..).unwrap_or(""));
            let rest = input.get(end..).unwrap_or("");
            if assembly(rest).is_ok() {
                return Ok(split(input, end));
            }
        }
    }
    fail(input, "a region")
}

/// Characters of a proposal number: Latin letters and digits of either
/// width.
fn is_number_char(c: char) -> bool {
    fold(c).is_ascii_alphanumeric()
}

/// `number_token = [han{1,2}] (letter | digit)+`, holding a digit.
///
/// Examples: `23058`, `2025D048`, `BH035`, `温36`.
pub(crate) fn number_token(input: &str) -> PResult<'_, &str> {
    const WHAT: &str = "a proposal number";
    let mut end = 0;
    let mut han = 0;
    let mut seen_digit = false;
    let mut alnum = 0;
    for (i, c) in input.char_indices() {
        let f = fold(c);
        if alnum == 0 && is_han(c) && han < 2 && !matches!(f, '第' | '号') {
            han += 1;
        } else if is_number_char(c) {
            alnum += 1;
            seen_digit |= f.is_ascii_digit();
        } else {
            break;
        }
        end = i + c.len_utf8();
    }
    if alnum == 0 || !seen_digit {
        return fail(input, WHAT);
    }
    Ok(split(input, end))
}

/// `plain_number = ["第"] number_token "号"`
fn plain_number(input: &str) -> PResult<'_, &str> {
    let (rest, di) = opt(kwg("第")).parse(input)?;
    let (rest, _) = gap(rest)?;
    if di.is_some() && rest.starts_with(['“', '"', '「']) {
        // 第“36号”
        return number_part(rest);
    }
    let (rest, n) = match number_token(rest) {
        Ok((r, n)) => {
            if di.is_some() && !n.chars().next().is_some_and(is_number_char) {
                return fail(input, "a proposal number");
            }
            (r, n)
        }
        Err(e) if di.is_some() => cn_number(rest).map_err(|_| e)?,
        Err(e) => return Err(e),
    };
    // a list of numbers under one 号: 第73、74号
    let (mut rest, mut n) = (rest, n);
    while let Some(sep) = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '、' | '，' | ','))
    {
        let after = rest.get(sep.len_utf8()..).unwrap_or("");
        let Ok((r, _)) = number_token(after) else {
            break;
        };
        let start = offset_in(input, n);
        n = input.get(start..offset_in(input, r)).unwrap_or(n);
        rest = r;
    }
    let (rest, _) = gap(rest)?;
    let (rest, _) = kwg("号")(rest)?;
    Ok((rest, n))
}

/// `proposer = name ("代表" | "委员") ["等" [digits ("人" | "位" | "名")]]
///             ["提出的" | "所提" | "提出" | "提"] | "闭会期间" | "休会期间"`:
/// what a title may put between the session and the number.
///
/// Examples: `张三代表` in `…三次会议张三代表第12号建议`, `闭会期间`.
fn proposer(input: &str) -> PResult<'_, &str> {
    const WHAT: &str = "a proposer (张三代表)";
    if let Some(n) = ["闭会期间", "休会期间"]
        .iter()
        .find_map(|w| kw_len(input, w))
    {
        return Ok(split(input, n));
    }
    let mut role_end = None;
    for (k, (i, c)) in input.char_indices().enumerate() {
        if k > 8 || !is_han(c) || matches!(fold(c), '第' | '号' | '的' | '《') {
            break;
        }
        let at = input.get(i..).unwrap_or("");
        if k >= 2 {
            if let Some(n) = ["代表", "委员"].iter().find_map(|w| kw_len(at, w)) {
                role_end = Some(i + n);
                break;
            }
        }
    }
    let Some(end) = role_end else {
        return fail(input, WHAT);
    };
    let mut rest = input.get(end..).unwrap_or("");
    if let Some(n) = kw_len(rest, "等") {
        rest = rest.get(n..).unwrap_or("");
        if let Ok((r, _)) = digits(rest) {
            if let Some(c) = r.chars().next().filter(|c| matches!(c, '人' | '位' | '名')) {
                rest = r.get(c.len_utf8()..).unwrap_or("");
            }
        }
    }
    if let Some(n) = ["提出的", "所提的", "所提", "提出", "提的"]
        .iter()
        .find_map(|w| kw_len(rest, w))
    {
        rest = rest.get(n..).unwrap_or("");
    }
    Ok((rest, input.get(..offset_in(input, rest)).unwrap_or("")))
}

/// A proposal number in Chinese numerals after `第`: `第七十号`.
fn cn_number(input: &str) -> PResult<'_, &str> {
    let end = input
        .char_indices()
        .find(|(_, c)| !(cn_digit(*c).is_some() || matches!(fold(*c), '十' | '百' | '零' | '〇')))
        .map(|(i, _)| i)
        .unwrap_or(input.len());
    if end == 0 {
        return fail(input, "a proposal number");
    }
    Ok(split(input, end))
}

/// `number_part = "(" plain_number ")" | "“" plain_number "”" | plain_number`
///
/// Examples: `第23058号`, `(第22号)`, `(72号)`, `第 6750 号`, `温36号`.
pub(crate) fn number_part(input: &str) -> PResult<'_, &str> {
    if let Some(c) = input.chars().next() {
        let f = fold(c);
        let closer = match f {
            '(' => Some(')'),
            '“' => Some('”'),
            '"' => Some('"'),
            '「' => Some('」'),
            _ => None,
        };
        if let Some(closer) = closer {
            let (rest, _) = split(input, c.len_utf8());
            let (rest, _) = gap(rest)?;
            let (rest, n) = plain_number(rest)?;
            let (rest, _) = gap(rest)?;
            return match rest.chars().next() {
                Some(e) if fold(e) == closer => Ok((rest.get(e.len_utf8()..).unwrap_or(""), n)),
                _ => fail(rest, "a closing bracket"),
            };
        }
    }
    plain_number(input)
}

/// `paren_note = "(" (not ")"){1,30} ")"`, as in `（医疗卫生类173号）`.
fn paren_note(input: &str) -> PResult<'_, &str> {
    let mut chars = input.char_indices();
    match chars.next() {
        Some((_, c)) if fold(c) == '(' => {}
        _ => return fail(input, "'（'"),
    }
    for (n, (i, c)) in chars.enumerate() {
        if n > 30 || c == '\n' || fold(c) == '(' {
            break;
        }
        if fold(c) == ')' {
            return Ok(split(input, i + c.len_utf8()));
        }
    }
    fail(input, "'）'")
}

/// `kind = "提案" | "建议" | "议案"`, normalised.
///
/// Example: `建議` (Suggestion).
pub(crate) fn kind(input: &str) -> PResult<'_, ProposalKind> {
    let (rest, word) = any_kwg("提案, 建议 or 议案", &["提案", "建议", "议案"])(input)?;
    let k = match first_folded(word) {
        Some('提') => ProposalKind::Proposal,
        Some('建') => ProposalKind::Suggestion,
        _ => ProposalKind::Motion,
    };
    // 建议、批评和意见
    let rest = match kw_len(rest, "、批评和意见") {
        Some(len) => rest.get(len..).unwrap_or(rest),
        None => rest,
    };
    Ok((rest, k))
}

/// Words written between the number and the kind: `集体提案`, `重点提案`.
fn kind_prefix(input: &str) -> PResult<'_, &str> {
    any_kwg(
        "集体",
        &[
            "集体",
            "联名",
            "重点",
            "党派",
            "界别",
            "代表",
            "委员",
            "督办",
            "人大代表",
            "政协委员",
            "代表团",
            "闭会期间",
        ],
    )(input)
}

/// `handling = "协办件" | "会办件" | "主办件" | "分办件" | "会办意见" | "协办意见" | "办理意见"`
fn handling(input: &str) -> PResult<'_, &str> {
    any_kwg(
        "协办件",
        &[
            "会办意见",
            "协办意见",
            "办理意见",
            "协办件",
            "会办件",
            "主办件",
            "分办件",
            "协办",
            "会办",
            "主办",
        ],
    )(input)
}

/// `subject = "《" … "》" | "“" … "”" | "关于" … (up to a bracketed number)`
///
/// Returns the subject without its quotation marks. Example:
/// `《关于加强县城小区基础设施建设的建议》`.
pub(crate) fn subject(input: &str) -> PResult<'_, &str> {
    const WHAT: &str = "a subject (《…》)";
    let Some(open) = input.chars().next() else {
        return fail(input, WHAT);
    };
    let close = match open {
        '《' => Some('》'),
        '“' => Some('”'),
        '"' => Some('"'),
        '「' => Some('」'),
        _ => None,
    };
    if let Some(close) = close {
        let inner = input.get(open.len_utf8()..).unwrap_or("");
        for (n, (i, c)) in inner.char_indices().enumerate() {
            if n > 200 {
                break;
            }
            if c == close {
                let text = inner.get(..i).unwrap_or("");
                let rest = inner.get(i + c.len_utf8()..).unwrap_or("");
                return if text.is_empty() {
                    fail(input, WHAT)
                } else {
                    Ok((rest, text))
                };
            }
        }
        return fail(input, WHAT);
    }
    // bare: 关于… up to `(第22号)`
    if kw_len(input, "关于").is_none() {
        return fail(input, WHAT);
    }
    for (n, (i, c)) in input.char_indices().enumerate() {
        if n > 120 || matches!(c, '。' | '，' | ',' | '；' | ';' | '\n' | '《') {
            break;
        }
        if fold(c) == '(' {
            let at = input.get(i..).unwrap_or("");
            if number_part(at).is_ok() {
                let text = input.get(..i).unwrap_or("").trim_end_matches(is_gap);
                return Ok((at, text));
            }
        }
    }
    fail(input, WHAT)
}

/// What follows the head of a reference in a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Tail<'a> {
    pub subject: Option<&'a str>,
    pub number: Option<&'a str>,
    pub kind: Option<ProposalKind>,
    /// The rest of the text after the last part of the reference.
    pub end: &'a str,
}

/// `tail = [proposer] [subject] [number_part [paren_note]] [subject]
///         [kind_prefix] [kind [handling] [paren_note]]`
///
/// Examples: `第23058号提案`, `关于增设充电桩(第22号) 建议`,
/// `《关于…的建议》(72号)`, `第02403号（医疗卫生类173号）提案协办件`.
pub(crate) fn tail(input: &str) -> PResult<'_, Tail<'_>> {
    let mut out = Tail {
        end: input,
        ..Tail::default()
    };
    let (mut rest, _) = gap(input)?;
    if let Ok((r, _)) = proposer(rest) {
        if number_part(gap(r)?.0).is_ok() {
            rest = gap(r)?.0;
        }
    }
    let number_first = number_part(rest).is_ok();
    if let (false, Ok((r, s))) = (number_first, subject(rest)) {
        out.subject = Some(s);
        out.end = r;
        rest = gap(r)?.0;
    }
    if let Ok((r, n)) = number_part(rest) {
        out.number = Some(n);
        out.end = r;
        rest = gap(r)?.0;
        if let Ok((r, _)) = paren_note(rest) {
            out.end = r;
            rest = gap(r)?.0;
        }
        if out.subject.is_none() {
            if let Ok((r, s)) = subject(rest) {
                if !s.is_empty() && matches!(rest.chars().next(), Some('《' | '“' | '"' | '「'))
                {
                    out.subject = Some(s);
                    out.end = r;
                    rest = gap(r)?.0;
                }
            }
        }
    }
    let (after_prefix, _) = opt(kind_prefix).parse(rest)?;
    let (after_prefix, _) = gap(after_prefix)?;
    if let Ok((r, k)) = kind(after_prefix) {
        out.kind = Some(k);
        out.end = r;
        let (r2, _) = gap(r)?;
        if let Ok((r3, _)) = handling(r2) {
            out.end = r3;
        }
        // a note after the kind: `提案（重点提案）`, `建议（主办）`
        let (r4, _) = gap(out.end)?;
        if let Ok((r5, _)) = paren_note(r4) {
            out.end = r5;
        }
    }
    Ok((out.end, out))
}

/// The kind a subject names at its end (`…的建议`).
pub(crate) fn kind_of_subject(subject: &str) -> Option<ProposalKind> {
    let folded: String = subject.chars().filter(|c| !is_gap(*c)).map(fold).collect();
    if folded.ends_with("提案") {
        Some(ProposalKind::Proposal)
    } else if folded.ends_with("建议") || folded.ends_with("意见") {
        Some(ProposalKind::Suggestion)
    } else if folded.ends_with("议案") {
        Some(ProposalKind::Motion)
    } else {
        None
    }
}

/// The usual kind of an assembly's submissions.
pub(crate) fn kind_of_assembly(a: Option<Assembly>) -> Option<ProposalKind> {
    match a {
        Some(Assembly::Cppcc) => Some(ProposalKind::Proposal),
        Some(Assembly::Npc) => Some(ProposalKind::Suggestion),
        _ => None,
    }
}

/// Builds the reference from its parts; `start` is where the head begins
/// and `end` the rest after its last part, both inside `text`.
pub(crate) fn build_ref<'a>(
    text: &'a str,
    base: usize,
    start: &'a str,
    end: &'a str,
    core: Core<'a>,
    number: Option<&'a str>,
    kind: Option<ProposalKind>,
) -> ProposalRef<'a> {
    let s = offset_in(text, start);
    let e = offset_in(text, end).max(s);
    ProposalRef {
        region: core.region.map(Cow::Borrowed),
        assembly: core.assembly,
        term: core.term,
        session: core.session,
        number: number.map(Cow::Borrowed),
        kind,
        span: Span::new(base + s, base + e),
    }
}

// ---------------------------------------------------------------------------
// references in running text

/// Finds the first reference to a proposal in running text:
/// `您在钱塘区政协一届三次会议上提出的…提案` (with term and session), else a
/// mention such as `区人大…的建议` or `市政协会议上提出的《…》(第2025D048号)`,
/// else a bracketed number `(第2025D048号)` alone.
///
/// ```
/// let r = govreply::title::find_proposal("您在钱塘区政协一届三次会议上提出的提案收悉。").unwrap();
/// assert_eq!(r.region.as_deref(), Some("钱塘区"));
/// assert_eq!((r.term, r.session), (Some(1), Some(3)));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn find_proposal(text: &str) -> Option<ProposalRef<'_>> {
    find_proposal_at(text, 0)
}

/// [`find_proposal`] with spans moved `base` bytes further.
pub(crate) fn find_proposal_at(text: &str, base: usize) -> Option<ProposalRef<'_>> {
    // 1. a full head with term (and usually session)
    for (i, _) in text.char_indices() {
        let Some(at) = text.get(i..) else { continue };
        if let Ok((rest, core)) = ref_core(at) {
            return Some(complete_in_sentence(text, base, at, rest, core));
        }
    }
    // 2. a mention of an assembly
    for (i, _) in text.char_indices() {
        let Some(at) = text.get(i..) else { continue };
        if let Ok((rest, core)) = weak_core(at) {
            // `政协委员`, `人大代表` name a person, not where it was made
            if !(kw_len(rest, "委员").is_some() && core.assembly == Some(Assembly::Cppcc)
                || kw_len(rest, "代表").is_some() && core.assembly == Some(Assembly::Npc))
                || core.region.is_some()
            {
                return Some(complete_in_sentence(text, base, at, rest, core));
            }
        }
    }
    // 3. a bracketed number alone
    for (i, c) in text.char_indices() {
        if fold(c) != '(' {
            continue;
        }
        let Some(at) = text.get(i..) else { continue };
        if let Ok((rest, n)) = number_part(at) {
            if kw_len(at.get(c.len_utf8()..).unwrap_or(""), "第").is_some() {
                let (kind, _) = kind_in_sentence(rest);
                return Some(build_ref(
                    text,
                    base,
                    at,
                    rest,
                    Core::default(),
                    Some(n),
                    kind,
                ));
            }
        }
    }
    None
}

/// After the head of a reference in running text: the number and kind, in
/// the same sentence (at most 200 characters on).
fn complete_in_sentence<'a>(
    text: &'a str,
    base: usize,
    start: &'a str,
    rest: &'a str,
    core: Core<'a>,
) -> ProposalRef<'a> {
    if let Ok((end, t)) = tail(rest) {
        if t.number.is_some() || t.kind.is_some() {
            let kind = t
                .kind
                .or_else(|| kind_of_assembly(core.assembly))
                .or_else(|| t.subject.and_then(kind_of_subject));
            return build_ref(text, base, start, end, core, t.number, kind);
        }
    }
    let mut number = None;
    let mut end = rest;
    let mut depth = 0i32;
    let mut found_kind = None;
    let mut last_subject_kind = None;
    let mut subject_start: Option<usize> = None;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n > 200 || matches!(c, '。' | '！' | '？' | '\n') {
            break;
        }
        let at = rest.get(i..).unwrap_or("");
        match c {
            '《' | '“' | '「' => {
                if depth == 0 {
                    subject_start = Some(i + c.len_utf8());
                }
                depth += 1;
                continue;
            }
            '》' | '”' | '」' => {
                depth -= 1;
                if depth == 0 {
                    if let Some(s) = subject_start.take() {
                        last_subject_kind = rest.get(s..i).and_then(kind_of_subject);
                    }
                }
                continue;
            }
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        if number.is_none() && matches!(fold(c), '(' | '第') {
            if let Ok((r, num)) = number_part(at) {
                number = Some(num);
                end = r;
                continue;
            }
        }
        if found_kind.is_none() {
            if let Ok((r, k)) = kind(at) {
                found_kind = Some(k);
                if number.is_none() || offset_in(rest, r) > offset_in(rest, end) {
                    end = r;
                }
                break;
            }
        }
    }
    let kind = found_kind
        .or_else(|| kind_of_assembly(core.assembly))
        .or(last_subject_kind);
    let end = if number.is_some() || kind.is_some() {
        end
    } else {
        rest
    };
    build_ref(text, base, start, end, core, number, kind)
}

/// The first kind word in the sentence that begins `s`, outside quotes.
fn kind_in_sentence(s: &str) -> (Option<ProposalKind>, &str) {
    let mut depth = 0i32;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > 200 || matches!(c, '。' | '！' | '？' | '\n') {
            break;
        }
        match c {
            '《' | '“' | '「' => depth += 1,
            '》' | '”' | '」' => depth -= 1,
            _ if depth <= 0 => {
                if let Ok((r, k)) = kind(s.get(i..).unwrap_or("")) {
                    return (Some(k), r);
                }
            }
            _ => {}
        }
    }
    (None, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The shortcuts of `kw_len` answer as the walk does.
        #[test]
        fn kw_len_shortcuts_agree(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "提案", "提", "案", "答复", "答", "復", "复", " ", "\u{3000}", "\n", "(dá)",
                    "\u{200B}", "&nbsp;", "政协", "協", "的", "第",
                ]),
                0..6,
            ),
            word in proptest::sample::select(vec!["提案", "答复", "政协", "的", "第"]),
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(kw_len(&text, word), kw_len_walking(&text, word));
        }
    }

    #[test]
    fn small_numerals() {
        let cases = [
            ("一届", Some((1, "届"))),
            ("十届", Some((10, "届"))),
            ("十四届", Some((14, "届"))),
            ("二十届", Some((20, "届"))),
            ("二十一次", Some((21, "次"))),
            ("九十九", Some((99, ""))),
            ("14届", Some((14, "届"))),
            ("１３届", Some((13, "届"))),
            ("拾壹", Some((11, ""))),
            ("届", None),
            ("零", None),
        ];
        for (input, want) in cases {
            let got = small_numeral(input).ok().map(|(r, v)| (v, r));
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn heads() {
        type Want = (
            Option<&'static str>,
            Option<Assembly>,
            Option<u32>,
            Option<u32>,
            &'static str,
        );
        let cases: &[(&str, Want)] = &[
            (
                "钱塘区政协一届三次会议第",
                (
                    Some("钱塘区"),
                    Some(Assembly::Cppcc),
                    Some(1),
                    Some(3),
                    "第",
                ),
            ),
            (
                "政协第十三届泉州市委员会第二次会议第",
                (
                    Some("泉州市"),
                    Some(Assembly::Cppcc),
                    Some(13),
                    Some(2),
                    "第",
                ),
            ),
            (
                "中国人民政治协商会议第十二届云南省委员会第五次会议",
                (Some("云南省"), Some(Assembly::Cppcc), Some(12), Some(5), ""),
            ),
            (
                "政协枝江市七届四次会议",
                (Some("枝江市"), Some(Assembly::Cppcc), Some(7), Some(4), ""),
            ),
            (
                "十三届全国人大一次会议",
                (Some("全国"), Some(Assembly::Npc), Some(13), Some(1), ""),
            ),
            (
                "十三届全国人大代表第",
                (Some("全国"), Some(Assembly::Npc), Some(13), None, "第"),
            ),
            (
                "政协第十四届全国委员会第二次会议",
                (Some("全国"), Some(Assembly::Cppcc), Some(14), Some(2), ""),
            ),
            (
                "县第十八届人大第一次会议",
                (Some("县"), Some(Assembly::Npc), Some(18), Some(1), ""),
            ),
            (
                "武定县第九届政协第四次会议",
                (Some("武定县"), Some(Assembly::Cppcc), Some(9), Some(4), ""),
            ),
            (
                "宣州区第十三届政治协商会议第四次会议",
                (Some("宣州区"), Some(Assembly::Cppcc), Some(13), Some(4), ""),
            ),
            (
                "市政协第十四届第四次会议\n第",
                (Some("市"), Some(Assembly::Cppcc), Some(14), Some(4), "\n第"),
            ),
            (
                "政协子洲县第十届委员会第二次会议",
                (Some("子洲县"), Some(Assembly::Cppcc), Some(10), Some(2), ""),
            ),
            (
                "政协十届三次会议",
                (None, Some(Assembly::Cppcc), Some(10), Some(3), ""),
            ),
            (
                "縣十一屆人大一次會議",
                (Some("縣"), Some(Assembly::Npc), Some(11), Some(1), ""),
            ),
            (
                "市 政协 十四届 四次会议",
                (Some("市"), Some(Assembly::Cppcc), Some(14), Some(4), ""),
            ),
            (
                "省第14届人大第2次会议",
                (Some("省"), Some(Assembly::Npc), Some(14), Some(2), ""),
            ),
            (
                "区十九届人大四次会议关于",
                (Some("区"), Some(Assembly::Npc), Some(19), Some(4), "关于"),
            ),
            (
                "市人民代表大会第五届第三次会议",
                (Some("市"), Some(Assembly::Npc), Some(5), Some(3), ""),
            ),
        ];
        for (input, want) in cases {
            let (rest, c) = ref_core(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            assert_eq!(
                (c.region, c.assembly, c.term, c.session, rest),
                *want,
                "{input:?}"
            );
        }
        for bad in [
            "市住房和城市更新局",
            "第三届运动会",
            "对市政协",
            "十四五规划",
        ] {
            assert!(ref_core(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn numbers() {
        let cases = [
            ("第23058号", Some("23058")),
            ("第 6750 号", Some("6750")),
            ("第02403号", Some("02403")),
            ("第2025D048号", Some("2025D048")),
            ("第BH035号", Some("BH035")),
            ("温36号", Some("温36")),
            ("(第22号)", Some("22")),
            ("（72号）", Some("72")),
            ("“128号”", Some("128")),
            ("第２３号", Some("２３")),
            ("第号", None),
            ("第ABC号", None),
            ("关于增设", None),
        ];
        for (input, want) in cases {
            assert_eq!(number_part(input).ok().map(|(_, n)| n), want, "{input:?}");
        }
    }

    #[test]
    fn in_running_text() {
        type Want = (
            Option<&'static str>,
            Option<Assembly>,
            Option<u32>,
            Option<u32>,
            Option<&'static str>,
            Option<ProposalKind>,
        );
        let cases: &[(&str, Want)] = &[
            (
                "您在临平区政协二届一次会议上提出《关于加快老旧小区改造的建议》的提案收悉。经研究",
                (Some("临平区"), Some(Assembly::Cppcc), Some(2), Some(1), None, Some(ProposalKind::Proposal)),
            ),
            (
                "贵会在市政协会议上提出的《关于做好社区养老工作的建议》(第2024D017号)收悉,现答复如下",
                (Some("市"), Some(Assembly::Cppcc), None, None, Some("2024D017"), Some(ProposalKind::Proposal)),
            ),
            (
                "您在区人大会议期间提出的关于改善道路的建议已收悉。",
                (Some("区"), Some(Assembly::Npc), None, None, None, Some(ProposalKind::Suggestion)),
            ),
            (
                "您提出的《关于增设公交站点的建议》(第56号)收悉。",
                (None, None, None, None, Some("56"), None),
            ),
            (
                "您在县十七届人大三次会议上提出的第171号建议收悉",
                (Some("县"), Some(Assembly::Npc), Some(17), Some(3), Some("171"), Some(ProposalKind::Suggestion)),
            ),
            // the verb before the region is not part of it
            (
                "今年共收到市政协十四届三次会议提案568件",
                (Some("市"), Some(Assembly::Cppcc), Some(14), Some(3), None, Some(ProposalKind::Proposal)),
            ),
        ];
        for (input, want) in cases {
            let r = find_proposal(input).unwrap_or_else(|| panic!("{input:?}"));
            let got = (
                r.region.as_deref(),
                r.assembly,
                r.term,
                r.session,
                r.number.as_deref(),
                r.kind,
            );
            assert_eq!(got, *want, "{input:?}");
            assert!(r.span.slice(input).is_some(), "{input:?}: {:?}", r.span);
        }
        assert_eq!(find_proposal("今年完成投资3.5亿元。"), None);
        assert_eq!(find_proposal(""), None);
    }
}
