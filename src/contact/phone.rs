//! Phone numbers as Chinese offices write them: `0571-89535412`,
//! `（0571）89535412`, `0596—2598333`, `028--86648729`, `0571 8953 5412`,
//! `13512345678-9100`, `400-123-4567`, `12345`, `+86 20 61302222-8866`,
//! with extensions `转123`, `-8023`, `ext.12`, `分机12`.
//!
//! The grammar rules take the text at the point where a number starts and
//! give back a [`Phone`] whose span runs from 0 (the caller shifts it to
//! where it found the number). [`scan`] finds numbers in free text in one
//! pass.

use std::borrow::Cow;

use crate::grammar::{fail, lparen, rparen, split, PResult};
use crate::model::{Phone, PhoneKind};
use crate::span::{offset_in, Span};
use crate::text::{digit_value, fold, is_digit, is_list_sep, is_lparen, is_rparen, is_space};

/// The longest run of digits any phone form uses (a 4-digit area code
/// glued to an 8-digit number).
const MAX_RUN: usize = 12;

/// The parts of a number before its extension.
struct Parts<'a> {
    country: Option<Cow<'a, str>>,
    area: Option<Cow<'a, str>>,
    number: Cow<'a, str>,
    kind: PhoneKind,
}

impl<'a> Parts<'a> {
    fn landline(area: Option<Cow<'a, str>>, number: Cow<'a, str>) -> Self {
        Parts {
            country: None,
            area,
            number,
            kind: PhoneKind::Landline,
        }
    }

    fn of_kind(number: Cow<'a, str>, kind: PhoneKind) -> Self {
        Parts {
            country: None,
            area: None,
            number,
            kind,
        }
    }
}

/// phone = (international | paren_area | plain) extension?
///
/// `0571-89535412转8023`, `(0571)89535412`, `+86 20 61302222-8866`.
pub(crate) fn phone(input: &str) -> PResult<'_, Phone<'_>> {
    let (rest, parts) = match input.chars().next().map(fold) {
        Some('+') => international(input)?,
        Some('(') => paren_area(input)?,
        _ => plain(input)?,
    };
    let (rest, extension) = match extension(rest) {
        Ok((r, ext)) => (r, Some(ascii(ext))),
        Err(_) => (rest, None),
    };
    let len = offset_in(input, rest);
    let (_, text) = split(input, len);
    Ok((
        rest,
        Phone {
            country: parts.country,
            area_code: parts.area,
            number: parts.number,
            extension,
            kind: parts.kind,
            text: Cow::Borrowed(text),
            span: Span::new(0, len),
        },
    ))
}

/// A [`phone`] that is not glued to more digits, letters, an `@` or a unit
/// (`元`, `号`, `年`, `%` …), so that `12345678元`, `2023-00123` and the
/// local part of `zxb87269026@163.com` are not taken for numbers.
pub(crate) fn bounded_phone(input: &str) -> PResult<'_, Phone<'_>> {
    let (rest, phone) = phone(input)?;
    if ends_cleanly(rest) {
        Ok((rest, phone))
    } else {
        fail(rest, "the end of the phone number")
    }
}

/// international = ("+" | "＋") digit{1,3} sep? (mobile | area sep local_number | local_number)
///
/// `+86 20 61302222`: country 86, area 020 (the leading 0 restored for
/// China, as dialled at home), number 61302222.
fn international(input: &str) -> PResult<'_, Parts<'_>> {
    let (rest, _) = take_char(input, |c| c == '+', "'+'")?;
    let (after_cc, cc, n) = run(rest);
    if !(1..=3).contains(&n) {
        return fail(rest, "a country code of 1 to 3 digits");
    }
    let rest = group_sep(after_cc).unwrap_or(after_cc);
    let country = Some(ascii(cc));
    let (after, g, n) = run(rest);
    if n == 11 && is_mobile(g) {
        return Ok((
            after,
            Parts {
                country,
                area: None,
                number: ascii(g),
                kind: PhoneKind::Mobile,
            },
        ));
    }
    // `+86 138 0013 8000`: a mobile number in groups
    if n == 3 && is_mobile(g) && ascii(cc) == "86" {
        if let Some((r, number)) = grouped(after, g, &[4, 4]) {
            return Ok((
                r,
                Parts {
                    country,
                    area: None,
                    number,
                    kind: PhoneKind::Mobile,
                },
            ));
        }
    }
    if ascii(cc) != "86" {
        if let Ok((r, number)) = local_number(rest) {
            return Ok((
                r,
                Parts {
                    country,
                    area: None,
                    number,
                    kind: PhoneKind::Landline,
                },
            ));
        }
    }
    if (1..=4).contains(&n) {
        let area = if first_digit(g) == Some(0) || ascii(cc) != "86" {
            ascii(g)
        } else {
            Cow::Owned(format!("0{}", ascii(g)))
        };
        let Some(r) = group_sep(after) else {
            return fail(after, "'-' or a space before the local number");
        };
        let (r, number) = local_number(r)?;
        return Ok((
            r,
            Parts {
                country,
                area: Some(area),
                number,
                kind: PhoneKind::Landline,
            },
        ));
    }
    if (7..=8).contains(&n) {
        return Ok((
            after,
            Parts {
                country,
                area: None,
                number: ascii(g),
                kind: PhoneKind::Landline,
            },
        ));
    }
    fail(rest, "an area code or a mobile number")
}

/// paren_area = "(" "0" digit{2,3} ")" sep? local_number
///
/// `（0571）89535412`, `(010) 6619 2752`.
fn paren_area(input: &str) -> PResult<'_, Parts<'_>> {
    let (rest, _) = lparen(input)?;
    let (after, area, n) = run(rest);
    if !(3..=4).contains(&n) || first_digit(area) != Some(0) {
        return fail(rest, "an area code such as 0571");
    }
    let (rest, _) = rparen(after)?;
    let rest = group_sep(rest).unwrap_or(rest);
    let (rest, number) = local_number(rest)?;
    Ok((rest, Parts::landline(Some(ascii(area)), number)))
}

/// plain = area sep local_number | area local_number (glued, 10–12 digits)
///       | mobile | service | local_number
///
/// `0571-89535412`, `057189535412`, `13512345678`, `135 1234 5678`,
/// `400-123-4567`, `12345`, `6822773`.
fn plain(input: &str) -> PResult<'_, Parts<'_>> {
    let (rest, g, n) = run(input);
    if n == 0 {
        return fail(input, "a phone number");
    }
    if n > MAX_RUN {
        return fail(input, "a phone number (at most 12 digits in a row)");
    }
    let first = first_digit(g);
    if first == Some(0) {
        if (3..=4).contains(&n) {
            let Some(r) = group_sep(rest) else {
                return fail(rest, "'-' or a space between area code and number");
            };
            let (r, number) = local_number(r)?;
            return Ok((r, Parts::landline(Some(ascii(g)), number)));
        }
        if (10..=12).contains(&n) {
            return glued_area(g, n).map_or_else(
                || fail(input, "an area code and a local number of 7 or 8 digits"),
                |(area, number)| Ok((rest, Parts::landline(Some(area), number))),
            );
        }
        return fail(input, "an area code of 3 or 4 digits");
    }
    if n == 11 && is_mobile(g) {
        return Ok((rest, Parts::of_kind(ascii(g), PhoneKind::Mobile)));
    }
    if n == 3 && is_mobile(g) {
        if let Some((r, number)) = grouped(rest, g, &[4, 4]) {
            return Ok((r, Parts::of_kind(number, PhoneKind::Mobile)));
        }
    }
    if n == 3 && is_service_prefix(g) {
        let groups = grouped(rest, g, &[3, 4]).or_else(|| grouped(rest, g, &[7]));
        if let Some((r, number)) = groups {
            return Ok((r, Parts::of_kind(number, PhoneKind::Service)));
        }
    }
    if n == 10 && is_service_prefix(g) {
        return Ok((rest, Parts::of_kind(ascii(g), PhoneKind::Service)));
    }
    if (7..=8).contains(&n) && first.is_some_and(|d| d >= 2) {
        return Ok((rest, Parts::landline(None, ascii(g))));
    }
    if n == 5 && matches!(first, Some(1) | Some(9)) {
        return Ok((rest, Parts::of_kind(ascii(g), PhoneKind::Service)));
    }
    fail(input, "a phone number")
}

/// local_number = digit{7,8} | digit{3,4} sep digit{4}   (not starting with 0)
///
/// `89535412`, `8953 5412`, `2598333`.
fn local_number(input: &str) -> PResult<'_, Cow<'_, str>> {
    const WHAT: &str = "a local number of 7 or 8 digits";
    let (rest, g, n) = run(input);
    if n == 0 || first_digit(g) == Some(0) {
        return fail(input, WHAT);
    }
    if (7..=8).contains(&n) {
        return Ok((rest, ascii(g)));
    }
    if (3..=4).contains(&n) {
        if let Some(found) = grouped(rest, g, &[4]) {
            return Ok(found);
        }
    }
    fail(input, WHAT)
}

/// extension = ("-" | "—") digit{1,6}
///           | space{0,2} ("转" | "分机号" | "分机" | "ext." | "ext" | "x") space{0,2} digit{1,6}
///
/// `-8023`, `转8023`, ` ext.12`, `分机12`.
fn extension(input: &str) -> PResult<'_, &str> {
    const WHAT: &str = "an extension";
    if let Some(c) = input.chars().next() {
        if fold(c) == '-' {
            let (after, _) = split(input, c.len_utf8());
            let (after_run, g, n) = run(after);
            if (1..=6).contains(&n) && !hyphen_then_digit(after_run) {
                return Ok((after_run, g));
            }
            return fail(input, WHAT);
        }
    }
    let rest = spaces_upto(input, 2);
    let Some(len) = ["转", "分机号", "分机", "ext.", "ext", "x"]
        .iter()
        .filter_map(|w| match_ascii_ci(rest, w))
        .max()
    else {
        return fail(input, WHAT);
    };
    let (rest, _) = split(rest, len);
    let rest = spaces_upto(rest, 2);
    let (after, g, n) = run(rest);
    if (1..=6).contains(&n) {
        Ok((after, g))
    } else {
        fail(rest, "the digits of the extension")
    }
}

/// A list of numbers written one after another in a labelled field:
///
/// phone_list = bounded_phone note? (list_sep bounded_phone note?)*
///
/// `0515-86661321,0515-88191321(传真)`, `0371-69151982、67917819`.
/// Returns the numbers with spans relative to `input` and, for each,
/// whether a `(传真)` note marks it as the fax; and the rest of the input
/// after the last number (or its note).
pub(crate) fn phone_list(input: &str) -> (&str, Vec<(Phone<'_>, bool)>) {
    let mut out = Vec::new();
    let mut rest = input;
    loop {
        let at = if out.is_empty() {
            Some(rest)
        } else {
            list_sep(rest)
        };
        let Some(at) = at else { break };
        let Ok((after, mut p)) = bounded_phone(at) else {
            break;
        };
        p.span = p.span.shift(offset_in(input, at));
        let (after, fax) = match note(after) {
            Some((r, fax)) => (r, fax),
            None => (after, false),
        };
        out.push((p, fax));
        rest = after;
    }
    (rest, out)
}

/// note = space* "(" (not ")" and not a line break){1,16} ")"
///
/// `(传真)`, `（办公室）`, `(省生态环境厅)`: a remark after a number;
/// `true` when it says the number is the fax.
pub(crate) fn note(input: &str) -> Option<(&str, bool)> {
    let rest = spaces_upto(input, 2);
    let mut chars = rest.char_indices();
    match chars.next() {
        Some((_, c)) if is_lparen(c) => {}
        _ => return None,
    }
    for (n, (i, c)) in chars.enumerate() {
        if n > 16 || c == '\n' || c == '\r' || is_lparen(c) {
            return None;
        }
        if is_rparen(c) {
            let (after, inner) = split(rest, i + c.len_utf8());
            let fax = crate::text::find_folded(inner, "传真").is_some();
            return Some((after, fax));
        }
    }
    None
}

/// list_sep = space{0,8} ("," | "，" | "、" | ";" | "；" | "/" | "或" | "及" | "和")? space{0,8}
/// (at least one character).
fn list_sep(input: &str) -> Option<&str> {
    let rest = spaces_upto(input, 8);
    let rest = match rest.chars().next() {
        Some(c) if is_list_sep(c) || matches!(fold(c), '/' | '或' | '及' | '和') => {
            let (r, _) = split(rest, c.len_utf8());
            spaces_upto(r, 8)
        }
        _ => rest,
    };
    (rest.len() < input.len()).then_some(rest)
}

/// Every phone number in free text, found in one pass, in order.
///
/// Numbers that look like phones by their shape alone (with an area code
/// or country code, mobiles, `400-…`) are always taken; bare local numbers
/// (`67917819`) and short service numbers (`12369`) only after a word that
/// announces a number (电话, 热线, 拨打, 举报, 传真 …, within the twelve
/// characters before) or right after another number in a list
/// (`0371-69151982、67917819`). Digits inside dates, amounts with units,
/// document and proposal numbers, long ID codes and e-mail addresses are
/// passed over.
pub(crate) fn scan(text: &str) -> Vec<Phone<'_>> {
    let mut out: Vec<Phone<'_>> = Vec::new();
    let mut skip_to = 0;
    let mut prev: Option<char> = None;
    let mut last_end: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let candidate = i >= skip_to
            && (is_digit(c) || fold(c) == '+' || is_lparen(c))
            && prev.is_none_or(may_precede);
        prev = Some(c);
        if !candidate {
            continue;
        }
        let Some(rest) = text.get(i..) else { continue };
        let Ok((_, mut p)) = bounded_phone(rest) else {
            continue;
        };
        if !(is_strong(&p) || chained(text, last_end, i) || announced(text, i)) {
            continue;
        }
        p.span = p.span.shift(i);
        skip_to = p.span.end;
        last_end = Some(p.span.end);
        out.push(p);
    }
    out
}

/// Whether the shape alone says this is a phone number.
fn is_strong(p: &Phone<'_>) -> bool {
    p.country.is_some()
        || p.area_code.is_some()
        || p.kind == PhoneKind::Mobile
        || (p.kind == PhoneKind::Service && p.number.len() == 10)
}

/// Whether the number at `at` follows the previous one in a list
/// (`0371-69151982、67917819`).
fn chained(text: &str, last_end: Option<usize>, at: usize) -> bool {
    let Some(between) = last_end.and_then(|e| text.get(e..at)) else {
        return false;
    };
    between.len() <= 16
        && between.chars().count() <= 4
        && between
            .chars()
            .all(|c| is_space(c) || is_list_sep(c) || matches!(fold(c), '/' | '或' | '和' | '及'))
}

/// Words that announce a phone number in running text.
const CUES: &[&str] = &[
    "电话",
    "热线",
    "手机",
    "传真",
    "拨打",
    "致电",
    "号码",
    "联系",
    "咨询",
    "举报",
    "投诉",
    "客服",
    "座机",
    "专线",
    "求助",
    "来电",
    "服务台",
    "值班",
    "短号",
    "tel",
    "phone",
];

/// Whether one of [`CUES`] stands within the twelve characters before `at`.
fn announced(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let mut window: Vec<char> = before
        .chars()
        .rev()
        .take(12)
        .map(|c| fold(c).to_ascii_lowercase())
        .collect();
    window.reverse();
    let window: String = window.into_iter().collect();
    CUES.iter().any(|cue| window.contains(cue))
}

/// Whether a number may start right after `c`: not inside a run of digits
/// or letters (`MB1793286F`), a path or index (`2023-00123`, `/`), an
/// e-mail, an amount (`¥`), or a proposal number (`第23058号`).
fn may_precede(c: char) -> bool {
    let f = fold(c);
    !(is_digit(c)
        || f.is_ascii_alphanumeric()
        || matches!(
            f,
            '/' | '.' | '_' | '@' | '+' | '#' | '$' | '%' | '&' | '=' | '\\' | '¥' | '￥'
        )
        || matches!(c, '-' | '－' | '‐' | '‑' | '第'))
}

/// Whether the text after a number lets it end there.
fn ends_cleanly(rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else { return true };
    let f = fold(c);
    if is_digit(c) || f.is_ascii_alphanumeric() || matches!(f, '@' | '_' | '%') {
        return false;
    }
    if f == '.' || f == '-' {
        return !chars.next().is_some_and(is_digit);
    }
    !is_unit(c)
}

/// Characters that, right after digits, make them a quantity, a date or a
/// document number rather than a phone.
fn is_unit(c: char) -> bool {
    matches!(
        fold(c),
        '年' | '月'
            | '日'
            | '号'
            | '元'
            | '万'
            | '亿'
            | '千'
            | '百'
            | '个'
            | '人'
            | '家'
            | '次'
            | '件'
            | '项'
            | '户'
            | '名'
            | '吨'
            | '米'
            | '亩'
            | '台'
            | '辆'
            | '岁'
            | '天'
            | '期'
            | '批'
            | '届'
            | '位'
            | '条'
            | '所'
            | '座'
            | '栋'
            | '幢'
            | '层'
            | '楼'
            | '室'
            | '余'
            | '多'
            | '册'
            | '份'
            | '株'
            | '头'
            | '只'
            | '公'
            | '倍'
            | '％'
    )
}

/// A separator between digit groups of one number: up to two hyphens or
/// dashes of any width (`-`, `—`, `--`), with up to two spaces around, or
/// one or two spaces alone. `None` when there is none.
fn group_sep(input: &str) -> Option<&str> {
    let rest = spaces_upto(input, 2);
    let mut hyphens = 0;
    let mut after = rest;
    while let Some(c) = after.chars().next() {
        if fold(c) != '-' || hyphens == 2 {
            break;
        }
        hyphens += 1;
        after = split(after, c.len_utf8()).0;
    }
    if hyphens > 0 {
        let after = spaces_upto(after, 2);
        return after.chars().next().is_some_and(is_digit).then_some(after);
    }
    (rest.len() < input.len() && rest.chars().next().is_some_and(is_digit)).then_some(rest)
}

/// The digit groups after `first`, of the given `sizes`, each after a
/// [`group_sep`] (`135 1234 5678` → `13512345678`), joined.
fn grouped<'a>(rest: &'a str, first: &'a str, sizes: &[usize]) -> Option<(&'a str, Cow<'a, str>)> {
    let mut joined: String = first.chars().filter_map(ascii_digit).collect();
    let mut rest = rest;
    for &size in sizes {
        let after_sep = group_sep(rest)?;
        let (after, g, n) = run(after_sep);
        if n != size {
            return None;
        }
        joined.extend(g.chars().filter_map(ascii_digit));
        rest = after;
    }
    Some((rest, Cow::Owned(joined)))
}

/// A 4- or 3-digit area code glued to its local number
/// (`057189535412`): 010 and 02x are the 3-digit codes.
fn glued_area(g: &str, n: usize) -> Option<(Cow<'_, str>, Cow<'_, str>)> {
    let second = g.chars().nth(1).and_then(digit_value)?;
    let area_len = if matches!(second, 1 | 2) { 3 } else { 4 };
    if !(7..=8).contains(&(n - area_len)) {
        return None;
    }
    let cut = g.char_indices().nth(area_len).map(|(i, _)| i)?;
    let (area, number) = (g.get(..cut)?, g.get(cut..)?);
    if first_digit(number) == Some(0) {
        return None;
    }
    Some((ascii(area), ascii(number)))
}

/// A run of digits of either width at the start of `input`, counted up to
/// one more than [`MAX_RUN`] (so a long ID code is seen to be too long
/// without reading all of it). Returns `(rest, digits, count)`.
fn run(input: &str) -> (&str, &str, usize) {
    let mut n = 0;
    let mut end = 0;
    for (i, c) in input.char_indices() {
        if !is_digit(c) || n > MAX_RUN {
            break;
        }
        n += 1;
        end = i + c.len_utf8();
    }
    let (rest, g) = split(input, end);
    (rest, g, n)
}

/// `input` after at most `max` spaces.
fn spaces_upto(input: &str, max: usize) -> &str {
    let mut rest = input;
    for _ in 0..max {
        match rest.chars().next() {
            Some(c) if is_space(c) => rest = split(rest, c.len_utf8()).0,
            _ => break,
        }
    }
    rest
}

/// One character whose folded form satisfies `pred`.
fn take_char<'a>(
    input: &'a str,
    pred: impl Fn(char) -> bool,
    what: &'static str,
) -> PResult<'a, char> {
    match input.chars().next() {
        Some(c) if pred(fold(c)) => Ok((split(input, c.len_utf8()).0, c)),
        _ => fail(input, what),
    }
}

/// Byte length of `word` at the start of `input`, folded and ASCII
/// case-insensitive.
fn match_ascii_ci(input: &str, word: &str) -> Option<usize> {
    let mut it = input.char_indices();
    let mut end = 0;
    for w in word.chars() {
        let (i, c) = it.next()?;
        if fold(c).to_ascii_lowercase() != w {
            return None;
        }
        end = i + c.len_utf8();
    }
    Some(end)
}

fn hyphen_then_digit(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(|c| fold(c) == '-') && chars.next().is_some_and(is_digit)
}

/// 1 followed by 3–9: the prefixes of 11-digit mobile numbers.
fn is_mobile(g: &str) -> bool {
    let mut d = g.chars().filter_map(digit_value);
    d.next() == Some(1) && d.next().is_some_and(|x| x >= 3)
}

/// `400` and `800`, the national service prefixes.
fn is_service_prefix(g: &str) -> bool {
    let d: Vec<u32> = g.chars().take(3).filter_map(digit_value).collect();
    matches!(d.as_slice(), [4, 0, 0] | [8, 0, 0])
}

fn first_digit(g: &str) -> Option<u32> {
    g.chars().next().and_then(digit_value)
}

fn ascii_digit(c: char) -> Option<char> {
    digit_value(c).and_then(|d| char::from_digit(d, 10))
}

/// The digits of `s` in ASCII: borrowed when they already are.
fn ascii(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter_map(ascii_digit).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, country, area, number, extension, kind, text)
    type Row = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
        Option<&'static str>,
        PhoneKind,
        &'static str,
    );

    const L: PhoneKind = PhoneKind::Landline;
    const M: PhoneKind = PhoneKind::Mobile;
    const S: PhoneKind = PhoneKind::Service;

    #[test]
    fn phone_forms() {
        let rows: &[Row] = &[
            (
                "0571-89535412",
                None,
                Some("0571"),
                "89535412",
                None,
                L,
                "0571-89535412",
            ),
            (
                "(0571)89535412",
                None,
                Some("0571"),
                "89535412",
                None,
                L,
                "(0571)89535412",
            ),
            (
                "（0571）89535412",
                None,
                Some("0571"),
                "89535412",
                None,
                L,
                "（0571）89535412",
            ),
            (
                "(010) 6619 2752",
                None,
                Some("010"),
                "66192752",
                None,
                L,
                "(010) 6619 2752",
            ),
            (
                "0571 8953 5412",
                None,
                Some("0571"),
                "89535412",
                None,
                L,
                "0571 8953 5412",
            ),
            (
                "0596—2598333",
                None,
                Some("0596"),
                "2598333",
                None,
                L,
                "0596—2598333",
            ),
            (
                "028--86648729",
                None,
                Some("028"),
                "86648729",
                None,
                L,
                "028--86648729",
            ),
            (
                "0731 - 8446 1234",
                None,
                Some("0731"),
                "84461234",
                None,
                L,
                "0731 - 8446 1234",
            ),
            (
                "057189535412",
                None,
                Some("0571"),
                "89535412",
                None,
                L,
                "057189535412",
            ),
            (
                "02083881234",
                None,
                Some("020"),
                "83881234",
                None,
                L,
                "02083881234",
            ),
            ("6822773", None, None, "6822773", None, L, "6822773"),
            ("44521018", None, None, "44521018", None, L, "44521018"),
            (
                "13512345678",
                None,
                None,
                "13512345678",
                None,
                M,
                "13512345678",
            ),
            (
                "135 1234 5678",
                None,
                None,
                "13512345678",
                None,
                M,
                "135 1234 5678",
            ),
            (
                "186-0571-3344",
                None,
                None,
                "18605713344",
                None,
                M,
                "186-0571-3344",
            ),
            (
                "400-800-1234",
                None,
                None,
                "4008001234",
                None,
                S,
                "400-800-1234",
            ),
            (
                "4008001234",
                None,
                None,
                "4008001234",
                None,
                S,
                "4008001234",
            ),
            (
                "800-1234567",
                None,
                None,
                "8001234567",
                None,
                S,
                "800-1234567",
            ),
            ("12345", None, None, "12345", None, S, "12345"),
            ("12369", None, None, "12369", None, S, "12369"),
            ("95598", None, None, "95598", None, S, "95598"),
            (
                "+86 20 61302222-8866",
                Some("86"),
                Some("020"),
                "61302222",
                Some("8866"),
                L,
                "+86 20 61302222-8866",
            ),
            (
                "+86-571-87001234",
                Some("86"),
                Some("0571"),
                "87001234",
                None,
                L,
                "+86-571-87001234",
            ),
            (
                "+86 13812345678",
                Some("86"),
                None,
                "13812345678",
                None,
                M,
                "+86 13812345678",
            ),
            (
                "+852 2345 6789",
                Some("852"),
                None,
                "23456789",
                None,
                L,
                "+852 2345 6789",
            ),
            (
                "13512345678-9100",
                None,
                None,
                "13512345678",
                Some("9100"),
                M,
                "13512345678-9100",
            ),
            (
                "0571-87001234转123",
                None,
                Some("0571"),
                "87001234",
                Some("123"),
                L,
                "0571-87001234转123",
            ),
            (
                "0571-87001234轉123",
                None,
                Some("0571"),
                "87001234",
                Some("123"),
                L,
                "0571-87001234轉123",
            ),
            (
                "0571-87001234-8023",
                None,
                Some("0571"),
                "87001234",
                Some("8023"),
                L,
                "0571-87001234-8023",
            ),
            (
                "0571-87001234 ext.12",
                None,
                Some("0571"),
                "87001234",
                Some("12"),
                L,
                "0571-87001234 ext.12",
            ),
            (
                "0571-87001234 EXT 12",
                None,
                Some("0571"),
                "87001234",
                Some("12"),
                L,
                "0571-87001234 EXT 12",
            ),
            (
                "0571-87001234分机12",
                None,
                Some("0571"),
                "87001234",
                Some("12"),
                L,
                "0571-87001234分机12",
            ),
            (
                "0571-87001234分机号 605",
                None,
                Some("0571"),
                "87001234",
                Some("605"),
                L,
                "0571-87001234分机号 605",
            ),
            (
                "０５７１－８７００１２３４",
                None,
                Some("0571"),
                "87001234",
                None,
                L,
                "０５７１－８７００１２３４",
            ),
            (
                "１３５１２３４５６７８",
                None,
                None,
                "13512345678",
                None,
                M,
                "１３５１２３４５６７８",
            ),
        ];
        for &(input, country, area, number, ext, kind, text) in rows {
            let (rest, p) = phone(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(rest, "", "{input}: rest");
            assert_eq!(p.country.as_deref(), country, "{input}: country");
            assert_eq!(p.area_code.as_deref(), area, "{input}: area");
            assert_eq!(p.number, number, "{input}: number");
            assert_eq!(p.extension.as_deref(), ext, "{input}: extension");
            assert_eq!(p.kind, kind, "{input}: kind");
            assert_eq!(p.text, text, "{input}: text");
            assert_eq!(p.span, Span::new(0, input.len()), "{input}: span");
        }
    }

    #[test]
    fn borrowed_where_possible() {
        let (_, p) = phone("0571-89535412").unwrap();
        assert!(matches!(p.area_code, Some(Cow::Borrowed(_))));
        assert!(matches!(p.number, Cow::Borrowed(_)));
        assert!(matches!(p.text, Cow::Borrowed(_)));
    }

    #[test]
    fn not_phones() {
        let rows = [
            "0571-1234",
            "05",
            "123",
            "1234",
            "123456",
            "012345678901234",
            "2023",
            "abc",
            "(0571",
            "（12）89535412",
            "+1234 5678",
        ];
        for input in rows {
            assert!(
                bounded_phone(input).map(|(r, _)| r.is_empty()) != Ok(true),
                "{input} should not be a whole phone"
            );
        }
    }

    #[test]
    fn bounded_rejects_glued_text() {
        let rows = [
            "87269026@163.com",
            "12345678元",
            "12345号",
            "6822773.5",
            "13512345678abc",
            "2023-06-06",
            "45%",
            "12345%",
        ];
        for input in rows {
            assert!(bounded_phone(input).is_err(), "{input}");
        }
        assert!(bounded_phone("12369(省生态环境厅)").is_ok());
        assert!(bounded_phone("0571-89535412）").is_ok());
    }

    #[test]
    fn lists() {
        // (input, texts, fax flags, rest)
        let rows: &[(&str, &[&str], &[bool], &str)] = &[
            ("0571-87001111", &["0571-87001111"], &[false], ""),
            (
                "021-68812753,021-68808888",
                &["021-68812753", "021-68808888"],
                &[false, false],
                "",
            ),
            (
                "0515-86001111,0515-88002222(传真);",
                &["0515-86001111", "0515-88002222"],
                &[false, true],
                ";",
            ),
            (
                "0371-61234567、67654321;",
                &["0371-61234567", "67654321"],
                &[false, false],
                ";",
            ),
            (
                "13800001111 13900002222",
                &["13800001111", "13900002222"],
                &[false, false],
                "",
            ),
            ("12369(省生态环境厅)", &["12369"], &[false], ""),
            (
                "0571-87001111 订报:0571",
                &["0571-87001111"],
                &[false],
                " 订报:0571",
            ),
            (
                "6822773（办）或 6822774",
                &["6822773", "6822774"],
                &[false, false],
                "",
            ),
            ("县教育局", &[], &[], "县教育局"),
        ];
        for &(input, texts, faxes, rest) in rows {
            let (r, got) = phone_list(input);
            let got_texts: Vec<&str> = got.iter().map(|(p, _)| p.text.as_ref()).collect();
            let got_fax: Vec<bool> = got.iter().map(|(_, f)| *f).collect();
            assert_eq!(got_texts, texts, "{input}");
            assert_eq!(got_fax, faxes, "{input}");
            assert_eq!(r, rest, "{input}: rest");
            for (p, _) in &got {
                assert_eq!(p.span.slice(input), Some(p.text.as_ref()), "{input}");
            }
        }
    }

    #[test]
    fn scan_free_text() {
        let rows: &[(&str, &[&str])] = &[
            (
                "欢迎拨打举报电话0371-61234567、67654321;",
                &["0371-61234567", "67654321"],
            ),
            ("饮水热线——028--81234567正式开通", &["028--81234567"]),
            ("监督举报电话为12369(省生态环境厅)", &["12369"]),
            ("请拨打12345政务服务便民热线", &["12345"]),
            ("共有12345户受益", &[]),
            ("下达资金45万元，2023年6月1日起施行", &[]),
            ("杭钱发改函〔2023〕45号", &[]),
            ("第23058号提案", &[]),
            ("共计12345678元", &[]),
            ("邮编:310018", &[]),
            ("身份证号330102199001011234", &[]),
            ("索引号:11330114MB1793286F/2023-00123", &[]),
            ("E-mail:zxb87261234@163.com", &[]),
            ("编号20230601", &[]),
            (
                "电话：0571-87001234，手机13800001111",
                &["0571-87001234", "13800001111"],
            ),
            ("服务热线400-800-1234。", &["400-800-1234"]),
            ("请致电 6822773 咨询", &["6822773"]),
            ("增长3.1415926", &[]),
            ("+86 20 61302222-8866", &["+86 20 61302222-8866"]),
            ("手机+86 138 0013 8000。", &["+86 138 0013 8000"]),
            ("我想打电话我要陆兆显", &[]),
            (
                "021-68812753,021-68808888",
                &["021-68812753", "021-68808888"],
            ),
        ];
        for &(input, want) in rows {
            let got = scan(input);
            let texts: Vec<&str> = got.iter().map(|p| p.text.as_ref()).collect();
            assert_eq!(texts, want, "{input}");
            for p in &got {
                assert_eq!(p.span.slice(input), Some(p.text.as_ref()), "{input}");
            }
        }
    }

    #[test]
    fn scan_is_linear_on_long_digit_runs() {
        let text = "1".repeat(200_000) + &" 0".repeat(100_000) + &"-1".repeat(100_000);
        let got = scan(&text);
        assert!(got.is_empty());
        // many weak candidates far from the last number
        let text = "0571-87001234".to_string() + &"，共1234567".repeat(50_000);
        assert_eq!(scan(&text).len(), 1);
    }
}
