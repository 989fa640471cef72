//! Contact blocks (附注): who to ask about a reply and how to reach them.
//!
//! ```text
//! （联系人：陆颖 联系电话：0571-89535412）
//! 承办负责人:王立群
//! 承 办 人:周小燕    13700001234
//! 联系电话: 0431-81234567
//! 电子信箱: office@example.gov.cn
//!   • 地址:北京市西城区某某大街23号
//! 代表姓名 |
//! 赵明 |
//! ```
//!
//! A block is read in one pass that finds the labels (联系人, 联系电话,
//! 传真, 电子邮箱, 地址, 邮编 … in either width, with spaces inside them
//! such as `经 办 人`, followed by a colon, by `|` in a flattened table, by
//! `是`/`为`, or for numbers directly by the digits); each label's value runs
//! to the next label or the end of its line. Then phone numbers and e-mail
//! addresses that stand outside any labelled value are picked up by the
//! free-text scans ([`scan_phones`], [`scan_emails`]), so
//! `举报电话0371-61234567、67654321` and `订报及投诉:0596-2594000` are found
//! too.
//!
//! Choices:
//! - A second number that shares the area code of the first
//!   (`0371-61234567、67654321`) gets no area code: it is not written, and
//!   the model never invents what the text does not say.
//! - A number followed by `(传真)` is the fax; when a fax is already known,
//!   further fax numbers are dropped (there is one fax slot).
//! - Name-like values (联系人, 承办负责人, 联系单位) are kept as written,
//!   inner spaces included (`谢  高`), and end at the first digit, bracket,
//!   list separator or colon; numbers after the name are the contact's
//!   phones (`联系人及电话:王佳,020-83881234`).
//! - The block's span is the whole text given, without the blank space
//!   around it.

mod email;
mod phone;

use std::borrow::Cow;

use crate::charset::{CharSet, End};
use crate::error::{Error, ErrorKind};
use crate::grammar::{self, colon, digits, sp0, split};
use crate::model::{Contact, Phone};
use crate::span::{offset_in, Span};
use crate::text::{self, fold, is_digit, is_han, is_list_sep, is_lparen, is_space, Folded};

/// Which contact field a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Responsible,
    Unit,
    Phone,
    Fax,
    Email,
    Address,
    Postcode,
    /// A label that is not a contact field (签发人, 主办单位, 所属代表团):
    /// it only ends the value before it.
    Other,
}

/// What stands between a label and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    /// `联系人：`
    Colon,
    /// `联系电话 |` then the value in the next cell.
    Pipe,
    /// `邮政编码是200120`, `举报电话为12369`.
    Copula,
    /// `举报电话0371-61234567`.
    Direct,
}

/// The labels, longest match wins; ASCII words in lower case.
const LABELS: &[(&str, Field)] = &[
    ("联系人", Field::Name),
    ("联系人姓名", Field::Name),
    ("联系人及电话", Field::Name),
    ("联系人及联系电话", Field::Name),
    ("联系人及联系方式", Field::Name),
    ("联系人及手机", Field::Name),
    ("联系人和电话", Field::Name),
    ("联系人电话", Field::Name),
    ("联络人", Field::Name),
    ("联络员", Field::Name),
    ("承办人", Field::Name),
    ("承办人及电话", Field::Name),
    ("承办人及联系电话", Field::Name),
    ("承办人及联系方式", Field::Name),
    ("经办人", Field::Name),
    ("经办人及电话", Field::Name),
    ("经办人及联系电话", Field::Name),
    ("代表姓名", Field::Name),
    ("委员姓名", Field::Name),
    ("姓名", Field::Name),
    ("承办负责人", Field::Responsible),
    ("责任领导", Field::Responsible),
    ("领导签批", Field::Responsible),
    ("领导签字", Field::Responsible),
    ("分管领导", Field::Responsible),
    ("签批领导", Field::Responsible),
    ("承办领导", Field::Responsible),
    ("主管领导", Field::Responsible),
    ("联系单位", Field::Unit),
    ("联系单位及电话", Field::Unit),
    ("联系部门", Field::Unit),
    ("承办单位", Field::Unit),
    ("办理单位", Field::Unit),
    ("经办单位", Field::Unit),
    ("承办部门", Field::Unit),
    ("承办科室", Field::Unit),
    ("承办处室", Field::Unit),
    ("联系电话", Field::Phone),
    ("联系电话号码", Field::Phone),
    ("电话", Field::Phone),
    ("电话号码", Field::Phone),
    ("联系方式", Field::Phone),
    ("手机", Field::Phone),
    ("手机号", Field::Phone),
    ("手机号码", Field::Phone),
    ("联系手机", Field::Phone),
    ("办公电话", Field::Phone),
    ("办公室电话", Field::Phone),
    ("固定电话", Field::Phone),
    ("座机", Field::Phone),
    ("咨询电话", Field::Phone),
    ("举报电话", Field::Phone),
    ("监督电话", Field::Phone),
    ("投诉电话", Field::Phone),
    ("服务电话", Field::Phone),
    ("值班电话", Field::Phone),
    ("热线", Field::Phone),
    ("热线电话", Field::Phone),
    ("服务热线", Field::Phone),
    ("电话/传真", Field::Phone),
    ("tel", Field::Phone),
    ("传真", Field::Fax),
    ("传真号码", Field::Fax),
    ("传真电话", Field::Fax),
    ("电子邮箱", Field::Email),
    ("电子信箱", Field::Email),
    ("电子邮件", Field::Email),
    ("邮箱", Field::Email),
    ("信箱", Field::Email),
    ("政协信箱", Field::Email),
    ("e-mail", Field::Email),
    ("email", Field::Email),
    ("mail", Field::Email),
    ("地址", Field::Address),
    ("通讯地址", Field::Address),
    ("通信地址", Field::Address),
    ("联系地址", Field::Address),
    ("办公地址", Field::Address),
    ("单位地址", Field::Address),
    ("邮寄地址", Field::Address),
    ("详细地址", Field::Address),
    ("邮编", Field::Postcode),
    ("邮政编码", Field::Postcode),
    ("邮箱地址", Field::Email),
    ("电子邮箱地址", Field::Email),
    ("电子邮件地址", Field::Email),
    ("签发人", Field::Other),
    ("网址", Field::Other),
    ("网站", Field::Other),
    ("网站地址", Field::Other),
    ("网页地址", Field::Other),
];

/// A label found in the text: its field, where it starts and where its
/// value starts (byte offsets into the block).
#[derive(Debug, Clone, Copy)]
struct Label {
    field: Field,
    term: Term,
    start: usize,
    value_start: usize,
}

/// Parses a contact block of one or more lines.
///
/// Lenient inside: whatever contact fields the text holds are returned; it
/// is an error only when there are none at all (no label, no phone number,
/// no e-mail address), or when the text is blank.
///
/// ```
/// let c = govreply::contact::parse("（联系人：周小燕 联系电话：0571-87001234）")?;
/// assert_eq!(c.name.as_deref(), Some("周小燕"));
/// assert_eq!(c.phones[0].area_code.as_deref(), Some("0571"));
/// assert_eq!(c.phones[0].number, "87001234");
///
/// let err = govreply::contact::parse("此复。").unwrap_err();
/// assert!(err.to_string().starts_with("expected a contact block"));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Contact<'_>, Error> {
    let trimmed = text::trim(text);
    if trimmed.is_empty() {
        return Err(Error::new(
            ErrorKind::Empty,
            text,
            Span::new(0, text.len()),
            "expected a contact block, but the text is empty",
        ));
    }
    contact_block(text, 0).ok_or_else(|| {
        Error::expected(
            text,
            offset_in(text, trimmed),
            "a contact block (a label such as 联系人 or 联系电话, a phone number or an e-mail address)",
        )
    })
}

/// Parses exactly one phone number (spaces around it are allowed).
///
/// ```
/// use govreply::model::PhoneKind;
/// let p = govreply::contact::parse_phone("+86 20 61302222-8866")?;
/// assert_eq!(p.country.as_deref(), Some("86"));
/// assert_eq!(p.area_code.as_deref(), Some("020"));
/// assert_eq!(p.number, "61302222");
/// assert_eq!(p.extension.as_deref(), Some("8866"));
/// assert_eq!(p.kind, PhoneKind::Landline);
///
/// let mobile = govreply::contact::parse_phone("13512345678-9100")?;
/// assert_eq!(mobile.kind, PhoneKind::Mobile);
/// assert_eq!(mobile.extension.as_deref(), Some("9100"));
/// assert!(govreply::contact::parse_phone("0571-1234").is_err());
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse_phone(text: &str) -> Result<Phone<'_>, Error> {
    let start = offset_in(text, text::trim(text));
    let mut p = grammar::finish(text, "a phone number", phone::phone)?;
    p.span = p.span.shift(start);
    Ok(p)
}

/// Every phone number in free text (a news item, a work report), in one
/// pass, in reading order.
///
/// Numbers whose shape makes them phones (an area or country code, a
/// mobile, `400-…`) are always found; a bare local number or a 5-digit
/// service number only after a word such as 电话, 热线, 拨打, 举报 or right
/// after another number in a list. Digits of dates, amounts with units
/// (`45万元`), document and proposal numbers (`〔2023〕45号`, `第23058号`),
/// postcodes, ID codes and e-mail addresses are not reported.
///
/// ```
/// let found = govreply::contact::scan_phones("欢迎拨打举报电话0371-61234567、67654321;");
/// let texts: Vec<&str> = found.iter().map(|p| p.text.as_ref()).collect();
/// assert_eq!(texts, ["0371-61234567", "67654321"]);
/// assert_eq!(found[1].area_code, None);
/// ```
pub fn scan_phones(text: &str) -> Vec<Phone<'_>> {
    phone::scan(text)
}

/// Every e-mail address in free text, as written, with its span.
///
/// ```
/// let found = govreply::contact::scan_emails("电子信箱:office@example.gov.cn。");
/// assert_eq!(found[0].0, "office@example.gov.cn");
/// assert_eq!(found[0].1.start, "电子信箱:".len());
/// ```
pub fn scan_emails(text: &str) -> Vec<(&str, Span)> {
    email::scan(text)
}

/// Whatever contact fields stand in `text`, with spans shifted by `base`
/// (the offset of `text` in the document); `None` when there are none.
pub(crate) fn contact_block(text: &str, base: usize) -> Option<Contact<'_>> {
    let mut b = Builder {
        contact: Contact::default(),
        claimed: Vec::new(),
    };
    let labels = labels(text);
    for (k, label) in labels.iter().enumerate() {
        let next = labels.get(k + 1).map_or(text.len(), |l| l.start);
        let value = text
            .get(label.value_start..next.max(label.value_start))
            .unwrap_or("");
        let (_, value) = split(value, value_len(value, label.term));
        b.field(text, label.field, value);
    }
    for p in phone::scan(text) {
        if b.is_claimed(p.span) {
            continue;
        }
        let fax = text
            .get(p.span.end..)
            .and_then(phone::note)
            .is_some_and(|(_, fax)| fax);
        b.add_phone(p, fax);
    }
    if b.contact.email.is_none() {
        if let Some((found, _)) = email::scan(text)
            .into_iter()
            .find(|(_, span)| !b.is_claimed(*span))
        {
            b.contact.email = Some(Cow::Borrowed(found));
        }
    }
    let mut contact = b.contact;
    if contact.is_empty() {
        return None;
    }
    contact.phones.sort_by_key(|p| p.span.start);
    for p in contact.phones.iter_mut().chain(contact.fax.iter_mut()) {
        p.span = p.span.shift(base);
    }
    let trimmed = text::trim(text);
    let start = offset_in(text, trimmed);
    contact.span = Span::new(base + start, base + start + trimmed.len());
    Some(contact)
}

/// Whether a line starts with a contact label (after spaces, an opening
/// bracket, a bullet or a table bar): `（联系人：…`, `  • 地址:…`,
/// `承 办 人:…`, `联系电话 |`, `E-mail:…`. Lines that only mention a label
/// further in (`请联系电话…`) are not contact lines.
// used by the line classifier of the whole-document parse
#[allow(dead_code)]
pub(crate) fn is_contact_line(line: &str) -> bool {
    let s = text::trim(line).trim_start_matches(|c: char| {
        is_space(c)
            || is_lparen(c)
            || matches!(
                c,
                '|' | '｜'
                    | '•'
                    | '·'
                    | '●'
                    | '◆'
                    | '■'
                    | '▪'
                    | '►'
                    | '○'
                    | '◇'
                    | '□'
                    | '*'
                    | '-'
            )
    });
    known_label(s, None).is_some_and(|(field, _, _)| field != Field::Other)
}

/// The contact being filled, and the spans of text already taken by a
/// field (so the free-text scans do not take them again).
struct Builder<'a> {
    contact: Contact<'a>,
    claimed: Vec<Span>,
}

impl<'a> Builder<'a> {
    /// Reads the `value` of a label of `field` (a sub-slice of `text`).
    fn field(&mut self, text: &'a str, field: Field, value: &'a str) {
        let at = |part: &str| offset_in(text, part);
        match field {
            Field::Name | Field::Responsible | Field::Unit => {
                let (mut name, rest) = name_part(value);
                // 联系人：基础教育科 王五: the office before the person
                if field == Field::Name {
                    if let Some((office, person)) = office_and_person(name) {
                        if self.contact.unit.is_none() {
                            self.contact.unit = Some(Cow::Borrowed(office));
                            self.claimed
                                .push(Span::new(at(office), at(office) + office.len()));
                        }
                        name = person;
                    }
                }
                if !name.is_empty() {
                    let slot = match field {
                        Field::Name => &mut self.contact.name,
                        Field::Responsible => &mut self.contact.responsible,
                        _ => &mut self.contact.unit,
                    };
                    if slot.is_none() {
                        *slot = Some(Cow::Borrowed(name));
                    }
                    self.claimed
                        .push(Span::new(at(name), at(name) + name.len()));
                }
                let rest = rest.trim_start_matches(|c: char| is_space(c) || is_list_sep(c));
                self.phones(at(rest), phone::phone_list(rest).1, false);
            }
            Field::Phone | Field::Fax => {
                let (rest, _) = sp0(value).unwrap_or((value, ""));
                // 联系方式：刘七 0731-88886666: a person's name before the
                // number, perhaps after the office (`综合科 刘军 0532-…`)
                let (name, after) = name_part(rest);
                let (office, name) = match office_and_person(name) {
                    Some((office, person)) => (Some(office), person),
                    None => (None, name),
                };
                let person = field == Field::Phone
                    && (2..=4).contains(&name.chars().count())
                    && name.chars().all(text::is_han)
                    && !crate::signature::is_org_name(name)
                    && after.starts_with(|c: char| is_digit(c) || is_space(c));
                let rest = if person {
                    if self.contact.name.is_none() {
                        self.contact.name = Some(Cow::Borrowed(name));
                    }
                    self.claimed
                        .push(Span::new(at(name), at(name) + name.len()));
                    if let Some(office) = office {
                        if self.contact.unit.is_none() {
                            self.contact.unit = Some(Cow::Borrowed(office));
                        }
                        self.claimed
                            .push(Span::new(at(office), at(office) + office.len()));
                    }
                    after.trim_start_matches(|c: char| is_space(c) || is_list_sep(c))
                } else {
                    rest
                };
                self.phones(at(rest), phone::phone_list(rest).1, field == Field::Fax);
            }
            Field::Email => {
                let (rest, _) = sp0(value).unwrap_or((value, ""));
                if let Ok((_, found)) = email::email(rest) {
                    if self.contact.email.is_none() {
                        self.contact.email = Some(Cow::Borrowed(found));
                    }
                    self.claimed
                        .push(Span::new(at(found), at(found) + found.len()));
                }
            }
            Field::Address => {
                let address = clean_value(value);
                if !address.is_empty() {
                    if self.contact.address.is_none() {
                        self.contact.address = Some(Cow::Borrowed(address));
                    }
                    self.claimed
                        .push(Span::new(at(value), at(value) + value.len()));
                }
            }
            Field::Postcode => {
                let (rest, _) = sp0(value).unwrap_or((value, ""));
                if let Ok((_, code)) = digits(rest) {
                    if code.chars().count() == 6 {
                        if self.contact.postcode.is_none() {
                            self.contact.postcode = Some(ascii_digits(code));
                        }
                        self.claimed
                            .push(Span::new(at(code), at(code) + code.len()));
                    }
                }
            }
            Field::Other => {}
        }
    }

    /// Adds the numbers of a labelled list found at byte `offset` of the
    /// block; in a fax field the first is the fax and the others are
    /// dropped.
    fn phones(&mut self, offset: usize, found: Vec<(Phone<'a>, bool)>, fax_field: bool) {
        for (mut p, fax) in found {
            p.span = p.span.shift(offset);
            self.claimed.push(p.span);
            self.add_phone(p, fax || fax_field);
        }
    }

    fn add_phone(&mut self, p: Phone<'a>, fax: bool) {
        if !fax {
            self.contact.phones.push(p);
        } else if self.contact.fax.is_none() {
            self.contact.fax = Some(p);
        }
    }

    /// Whether `span` overlaps text a field has taken. The claimed spans
    /// are pushed in reading order and do not overlap, so a binary search
    /// finds the only candidate.
    fn is_claimed(&self, span: Span) -> bool {
        let after = self.claimed.partition_point(|c| c.start < span.end);
        after
            .checked_sub(1)
            .and_then(|i| self.claimed.get(i))
            .is_some_and(|c| span.start < c.end)
    }
}

/// The labels of a block, in order, found in one pass.
fn labels(text: &str) -> Vec<Label> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if i >= skip_to {
            if let Some(found) = text.get(i..).and_then(|rest| label_at(rest, prev)) {
                let (field, term, value) = found;
                let value_start = i + value;
                skip_to = value_start;
                if term == Term::Pipe {
                    // the value is the next cell; it is not read for labels
                    // unless it is itself a label (an empty value)
                    let cell = text.get(value_start..).unwrap_or("");
                    if !known_label(cell, None).is_some_and(|(_, t, _)| t == Term::Pipe) {
                        skip_to = value_start + cell_len(cell);
                    }
                }
                out.push(Label {
                    field,
                    term,
                    start: i,
                    value_start,
                });
            }
        }
        prev = Some(c);
    }
    out
}

/// label = known_label | unknown_label (at the start of a field only)
fn label_at(input: &str, prev: Option<char>) -> Option<(Field, Term, usize)> {
    known_label(input, prev).or_else(|| {
        if prev.is_none_or(is_field_boundary) {
            unknown_label(input).map(|v| (Field::Other, Term::Colon, v))
        } else {
            None
        }
    })
}

/// known_label = word terminator, where word is one of [`LABELS`] (either
/// width, ASCII case-insensitive, up to three spaces between its
/// characters: `经 办 人`). The longest word with a terminator wins.
///
/// Returns the field, the terminator and the byte offset of the value.
/// `联系人及电话:` → (Name, Colon, 19).
fn known_label(input: &str, prev: Option<char>) -> Option<(Field, Term, usize)> {
    let first = fold(input.chars().next()?).to_ascii_lowercase();
    if !LABEL_FIRSTS.contains(first) {
        return None;
    }
    let mut best: Option<(usize, Field, Term, usize)> = None;
    for &(word, field) in LABELS {
        if !word.starts_with(first) {
            continue;
        }
        if word.is_ascii() && prev.is_some_and(|p| fold(p).is_ascii_alphanumeric()) {
            continue;
        }
        let Some(len) = label_word(input, word) else {
            continue;
        };
        let (after, _) = split(input, len);
        let Some((term, value)) = terminator(after, field) else {
            continue;
        };
        let chars = word.chars().count();
        if best.is_none_or(|(n, ..)| chars > n) {
            best = Some((chars, field, term, len + value));
        }
    }
    best.map(|(_, field, term, value)| (field, term, value))
}

/// The first characters of the words of [`LABELS`].
static LABEL_FIRSTS: CharSet = CharSet::row_ends(LABELS, End::First);

/// Byte length of `word` at the start of `input`, compared through
/// [`Folded`] (either width, traditional forms, injected pinyin), ASCII
/// case-insensitively, with up to three spaces between characters.
fn label_word(input: &str, word: &str) -> Option<usize> {
    let mut it = Folded::new(input);
    for (k, w) in word.chars().enumerate() {
        let mut next = it.next()?;
        if k > 0 {
            let mut spaces = 0;
            while is_space(next.1) && spaces < 3 {
                spaces += 1;
                next = it.next()?;
            }
        }
        if next.2.to_ascii_lowercase() != w {
            return None;
        }
    }
    Some(it.offset())
}

/// terminator = colon | space* "|" | ("是" | "为") value_start | space* number_start
///
/// The last two only for fields that hold a number or an address:
/// `邮政编码是200120`, `举报电话0371-…`. Returns the byte offset of the
/// value (after the colon and its spaces, or past the bar and the line
/// break after it).
fn terminator(input: &str, field: Field) -> Option<(Term, usize)> {
    if let Ok((rest, _)) = colon(input) {
        return Some((Term::Colon, offset_in(input, rest)));
    }
    let (rest, _) = sp0(input).ok()?;
    if let Some(c) = rest.chars().next() {
        if matches!(c, '|' | '｜') {
            let (after, _) = split(rest, c.len_utf8());
            let value = after.trim_start_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
            return Some((Term::Pipe, offset_in(input, value)));
        }
    }
    if !matches!(
        field,
        Field::Phone | Field::Fax | Field::Postcode | Field::Email
    ) {
        return None;
    }
    if let Some(c) = input.chars().next() {
        if matches!(c, '是' | '为' | '為') {
            let (after, _) = split(input, c.len_utf8());
            let starts = if field == Field::Email {
                after
                    .chars()
                    .next()
                    .is_some_and(|c| fold(c).is_ascii_alphanumeric())
            } else {
                starts_number(after)
            };
            return starts.then_some((Term::Copula, c.len_utf8()));
        }
    }
    (field != Field::Email && starts_number(rest)).then(|| (Term::Direct, offset_in(input, rest)))
}

/// unknown_label = han{2,8} colon, at the start of a field, when no known
/// label starts inside it: `主办单位:`, `订报及投诉:`, `所属代表团:`. It
/// ends the value before it and holds nothing of the contact.
fn unknown_label(input: &str) -> Option<usize> {
    let mut n = 0;
    let mut end = 0;
    for (i, c) in input.char_indices() {
        if !is_han(c) || n > 8 {
            break;
        }
        n += 1;
        end = i + c.len_utf8();
    }
    if !(2..=8).contains(&n) {
        return None;
    }
    let (after, run) = split(input, end);
    let (rest, _) = colon(after).ok()?;
    // `管理员信箱:` is the known label 信箱, found when the pass gets there
    let inner_known = run
        .char_indices()
        .skip(1)
        .any(|(i, _)| input.get(i..).and_then(|s| known_label(s, None)).is_some());
    (!inner_known).then(|| offset_in(input, rest))
}

/// Byte length of a value that runs at most to the end of its line, or of
/// its table cell.
fn value_len(value: &str, term: Term) -> usize {
    match term {
        Term::Pipe => cell_len(value),
        _ => value.find(['\n', '\r']).unwrap_or(value.len()),
    }
}

/// Byte length of a table cell: up to the next bar or line break.
fn cell_len(s: &str) -> usize {
    s.find(['|', '｜', '\n', '\r']).unwrap_or(s.len())
}

/// Characters after which a new (unknown) label may start.
fn is_field_boundary(c: char) -> bool {
    is_space(c)
        || is_list_sep(c)
        || is_lparen(c)
        || text::is_rparen(c)
        || text::is_sentence_end(c)
        || matches!(
            c,
            '\n' | '\r' | '|' | '｜' | '•' | '·' | '●' | '◆' | '■' | '▪' | '►' | '*'
        )
}

/// A number starts here: a digit, or `+` / an opening bracket before one.
fn starts_number(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_digit(c) => true,
        Some(c) if fold(c) == '+' || is_lparen(c) => chars.next().is_some_and(is_digit),
        _ => false,
    }
}

/// A name value that opens with an office and a space before the person
/// (`基础教育科 王五`, `市教育局 李四`): the office and the person. A name
/// written with a space inside (`王 五`) is no office and a person.
fn office_and_person(name: &str) -> Option<(&str, &str)> {
    let (office, person) = name.split_once(is_space)?;
    let person = text::trim(person);
    let n = person.chars().count();
    let is_person = (2..=4).contains(&n) && person.chars().all(text::is_han);
    (is_person && crate::signature::is_org_name(office)).then_some((office, person))
}

/// name_part = (not digit, bracket, list separator, colon, bar or slash)*
///
/// The name at the start of a value, trimmed (inner spaces kept), and the
/// rest from the character that ended it: `杨谦堂 15126801234` →
/// (`杨谦堂`, `15126801234`).
fn name_part(value: &str) -> (&str, &str) {
    let stop = value
        .char_indices()
        .find(|(_, c)| {
            is_digit(*c)
                || is_list_sep(*c)
                || matches!(
                    fold(*c),
                    '+' | '(' | ')' | ':' | '|' | '/' | '。' | '\n' | '\r'
                )
        })
        .map_or(value.len(), |(i, _)| i);
    let (rest, name) = split(value, stop);
    (text::trim(name), rest)
}

/// A value without the blank space around it, trailing punctuation
/// (`;` `。` `,`) or a closing bracket that closes the block rather than
/// something inside the value.
fn clean_value(value: &str) -> &str {
    let mut v = text::trim(value);
    let opens = v.chars().filter(|c| is_lparen(*c)).count();
    let mut closes = v.chars().filter(|c| text::is_rparen(*c)).count();
    while let Some(c) = v.chars().next_back() {
        let strip = matches!(c, ';' | '；' | ',' | '，' | '。' | '、' | '.')
            || is_space(c)
            || (text::is_rparen(c) && closes > opens);
        if !strip {
            break;
        }
        if text::is_rparen(c) {
            closes -= 1;
        }
        v = split(v, v.len() - c.len_utf8()).1;
    }
    v
}

/// The digits of `s` in ASCII: borrowed when they already are.
fn ascii_digits(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(
            s.chars()
                .filter_map(|c| text::digit_value(c).and_then(|d| char::from_digit(d, 10)))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_firsts_hold_every_label() {
        for (word, _) in LABELS {
            let first = word.chars().next().unwrap_or(' ');
            assert!(LABEL_FIRSTS.contains(first), "{word}");
        }
    }

    /// The fields a block should give; phones and fax as written.
    #[derive(Debug, Clone, Copy)]
    struct Want {
        name: Option<&'static str>,
        responsible: Option<&'static str>,
        unit: Option<&'static str>,
        phones: &'static [&'static str],
        fax: Option<&'static str>,
        email: Option<&'static str>,
        address: Option<&'static str>,
        postcode: Option<&'static str>,
    }

    const NONE: Want = Want {
        name: None,
        responsible: None,
        unit: None,
        phones: &[],
        fax: None,
        email: None,
        address: None,
        postcode: None,
    };

    /// Differences between what `c` holds and `want`, one line each.
    fn diff(c: &Contact<'_>, want: &Want) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |what: &str, got: Option<&str>, want: Option<&str>| {
            if got != want {
                out.push(format!("{what}: got {got:?}, want {want:?}"));
            }
        };
        check("name", c.name.as_deref(), want.name);
        check("responsible", c.responsible.as_deref(), want.responsible);
        check("unit", c.unit.as_deref(), want.unit);
        check("fax", c.fax.as_ref().map(|p| p.text.as_ref()), want.fax);
        check("email", c.email.as_deref(), want.email);
        check("address", c.address.as_deref(), want.address);
        check("postcode", c.postcode.as_deref(), want.postcode);
        let phones: Vec<&str> = c.phones.iter().map(|p| p.text.as_ref()).collect();
        if phones != want.phones {
            out.push(format!("phones: got {phones:?}, want {:?}", want.phones));
        }
        out
    }

    const ROWS: &[(&str, Want)] = &[
        (
            "（联系人：周小燕 联系电话：0571-87001234）",
            Want { name: Some("周小燕"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "(联系人:周小燕 联系电话:0571-87001234)",
            Want { name: Some("周小燕"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "联系人：林海 联系电话：6812345",
            Want { name: Some("林海"), phones: &["6812345"], ..NONE },
        ),
        // a person named under a phone label; an office is not a person
        (
            "联系方式：刘七 0731-88886666 / 18975112345",
            Want { name: Some("刘七"), phones: &["0731-88886666", "18975112345"], ..NONE },
        ),
        (
            "联系电话：县教育局 6223456",
            Want { phones: &["6223456"], ..NONE },
        ),
        // the office, then the person, under a phone label
        (
            "联系方式：市发改委综合科 刘军 0532-12345678转8012",
            Want {
                name: Some("刘军"),
                unit: Some("市发改委综合科"),
                phones: &["0532-12345678转8012"],
                ..NONE
            },
        ),
        (
            "联系人及电话:马国栋 13700001234",
            Want { name: Some("马国栋"), phones: &["13700001234"], ..NONE },
        ),
        (
            "联系人及电话：马国栋，0571-87001234",
            Want { name: Some("马国栋"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "(联系人及电话:何丽,020-83001234)",
            Want { name: Some("何丽"), phones: &["020-83001234"], ..NONE },
        ),
        (
            "联系人及联系电话：何丽 020-83001234",
            Want { name: Some("何丽"), phones: &["020-83001234"], ..NONE },
        ),
        (
            "承办负责人:王立群\n\n承办人及联系电话:赵晓峰    13900004321",
            Want {
                name: Some("赵晓峰"),
                responsible: Some("王立群"),
                phones: &["13900004321"],
                ..NONE
            },
        ),
        (
            "领导签批:孙  强\n\n承 办 人:钱佳佳\n\n联系方式:62701234",
            Want {
                name: Some("钱佳佳"),
                responsible: Some("孙  强"),
                phones: &["62701234"],
                ..NONE
            },
        ),
        (
            "责任领导:李文博\n\n联系人及电话:刘芳,44520001",
            Want {
                name: Some("刘芳"),
                responsible: Some("李文博"),
                phones: &["44520001"],
                ..NONE
            },
        ),
        (
            "联系电话: 0431-84001234\n电子信箱: wjw_office@126.com",
            Want { phones: &["0431-84001234"], email: Some("wjw_office@126.com"), ..NONE },
        ),
        (
            "电话:0519-87001234 E-mail:zx87001234@163.com",
            Want { phones: &["0519-87001234"], email: Some("zx87001234@163.com"), ..NONE },
        ),
        (
            "  • 地址:北京市东城区某某大街18号\n  • 邮编:100010\n  • 电话:010-66001234\n  • 传真:010-66004321\n  • E-mail:office@example.org.cn",
            Want {
                phones: &["010-66001234"],
                fax: Some("010-66004321"),
                email: Some("office@example.org.cn"),
                address: Some("北京市东城区某某大街18号"),
                postcode: Some("100010"),
                ..NONE
            },
        ),
        (
            "联系电话:0515-86001111,0515-88002222(传真);\n电子信箱:88002222@163.com。",
            Want {
                phones: &["0515-86001111"],
                fax: Some("0515-88002222"),
                email: Some("88002222@163.com"),
                ..NONE
            },
        ),
        (
            "代表姓名 |\n赵明 |\n联系电话 |\n13800002222 |\n所属代表团 |\n三 |\n通讯地址 |\n新安街道东湖社区 |",
            Want {
                name: Some("赵明"),
                phones: &["13800002222"],
                address: Some("新安街道东湖社区"),
                ..NONE
            },
        ),
        (
            "| 代表姓名 | 赵明 | 联系电话 | 13800002222 |",
            Want { name: Some("赵明"), phones: &["13800002222"], ..NONE },
        ),
        (
            "联系单位: 县交通局\n经 办 人: 吴志刚 联系电话: 2261234",
            Want {
                name: Some("吴志刚"),
                unit: Some("县交通局"),
                phones: &["2261234"],
                ..NONE
            },
        ),
        ("(联系人:郑三江)", Want { name: Some("郑三江"), ..NONE }),
        (
            "联系方式:0851-87001234 地址:某县某街道县府路12号3号楼",
            Want {
                phones: &["0851-87001234"],
                address: Some("某县某街道县府路12号3号楼"),
                ..NONE
            },
        ),
        (
            "联系电话: 0813-2201234 政协信箱: zx@zx.example.cn\n地址:四川省某市滨江路8号",
            Want {
                phones: &["0813-2201234"],
                email: Some("zx@zx.example.cn"),
                address: Some("四川省某市滨江路8号"),
                ..NONE
            },
        ),
        (
            "邮政编码是200120传真是021-68801234",
            Want { fax: Some("021-68801234"), postcode: Some("200120"), ..NONE },
        ),
        (
            "联系人：陈静 电话：(0571)87001234 传真：（0571）87004321",
            Want {
                name: Some("陈静"),
                phones: &["(0571)87001234"],
                fax: Some("（0571）87004321"),
                ..NONE
            },
        ),
        (
            "联系人:黄磊 手机:135 1234 5678",
            Want { name: Some("黄磊"), phones: &["135 1234 5678"], ..NONE },
        ),
        (
            "联系人:黄磊 联系电话:0571-87001234转8023",
            Want { name: Some("黄磊"), phones: &["0571-87001234转8023"], ..NONE },
        ),
        (
            "联系人：许诺，联系电话：0571－87001234、13900001111",
            Want {
                name: Some("许诺"),
                phones: &["0571－87001234", "13900001111"],
                ..NONE
            },
        ),
        (
            "联系人：许诺；联系电话：０５７１－８７００１２３４",
            Want { name: Some("许诺"), phones: &["０５７１－８７００１２３４"], ..NONE },
        ),
        (
            "（联系人：方圆\u{3000}联系电话：0571-87001234）",
            Want { name: Some("方圆"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "联系人:梁晨 电话:+86 20 61301234-8866",
            Want { name: Some("梁晨"), phones: &["+86 20 61301234-8866"], ..NONE },
        ),
        (
            "联系人: 韩梅 电话: 400-800-1234",
            Want { name: Some("韩梅"), phones: &["400-800-1234"], ..NONE },
        ),
        (
            "经办人：冯涛 办公电话：0371-69151234、67911234",
            Want {
                name: Some("冯涛"),
                phones: &["0371-69151234", "67911234"],
                ..NONE
            },
        ),
        (
            "通讯地址：杭州市西湖区某某路100号（某某大厦）\n邮编：310000",
            Want {
                address: Some("杭州市西湖区某某路100号（某某大厦）"),
                postcode: Some("310000"),
                ..NONE
            },
        ),
        (
            "（地址：杭州市上城区某某路1号，邮编：310002）",
            Want {
                address: Some("杭州市上城区某某路1号"),
                postcode: Some("310002"),
                ..NONE
            },
        ),
        (
            "联系地址:某市某区某路5号 邮政编码:518000 联系电话:0755-83001234",
            Want {
                phones: &["0755-83001234"],
                address: Some("某市某区某路5号"),
                postcode: Some("518000"),
                ..NONE
            },
        ),
        (
            "电子邮箱：office＠example.gov.cn",
            Want { email: Some("office＠example.gov.cn"), ..NONE },
        ),
        ("邮箱: info@example.cn。", Want { email: Some("info@example.cn"), ..NONE }),
        (
            "联系人：蒋洋 手机号码：13812345678 传真号码：0571-87005678",
            Want {
                name: Some("蒋洋"),
                phones: &["13812345678"],
                fax: Some("0571-87005678"),
                ..NONE
            },
        ),
        (
            "承办单位:市水利局 承办人:杜鹏 电话:0531-86001234",
            Want {
                name: Some("杜鹏"),
                unit: Some("市水利局"),
                phones: &["0531-86001234"],
                ..NONE
            },
        ),
        (
            "分管领导：欧阳文 联系人：司马青 联系电话：0571-87001234",
            Want {
                name: Some("司马青"),
                responsible: Some("欧阳文"),
                phones: &["0571-87001234"],
                ..NONE
            },
        ),
        (
            "联系人：石磊\r\n联系电话：0571-87001234\r\n",
            Want { name: Some("石磊"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "签发人：王建国 联系人：钟华 电话：0571-87001234",
            Want { name: Some("钟华"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "欢迎拨打举报电话0371-69151234、67911234;",
            Want { phones: &["0371-69151234", "67911234"], ..NONE },
        ),
        (
            "省水源地监督举报电话为12369(省生态环境厅)",
            Want { phones: &["12369"], ..NONE },
        ),
        (
            "饮水热线——028--86641234正式开通",
            Want { phones: &["028--86641234"], ..NONE },
        ),
        (
            "联系人：田甜 电话：6822111 6822112",
            Want { name: Some("田甜"), phones: &["6822111", "6822112"], ..NONE },
        ),
        (
            "联系人：曹阳 Tel: 0571-87001234 Email: cy@example.com",
            Want {
                name: Some("曹阳"),
                phones: &["0571-87001234"],
                email: Some("cy@example.com"),
                ..NONE
            },
        ),
        (
            "联系人：严青  联系电话：13512345678-9100",
            Want { name: Some("严青"), phones: &["13512345678-9100"], ..NONE },
        ),
        (
            "管理员信箱:admin@example.cn\n\n广告热线:0596—2591234 订报及投诉:0596-2594321 内容纠错:0596—2591235",
            Want {
                phones: &["0596—2591234", "0596-2594321", "0596—2591235"],
                email: Some("admin@example.cn"),
                ..NONE
            },
        ),
        (
            "主办单位:某县人民政府办公室 联系方式:0851-87721234 地址:某县永阳街道县府路27号2号楼",
            Want {
                phones: &["0851-87721234"],
                address: Some("某县永阳街道县府路27号2号楼"),
                ..NONE
            },
        ),
        (
            "联系人及电话：韦晓（0772）2801234",
            Want { name: Some("韦晓"), phones: &["（0772）2801234"], ..NONE },
        ),
        (
            "联系电话：0571-87001234（办公室）、13900002222（手机）",
            Want { phones: &["0571-87001234", "13900002222"], ..NONE },
        ),
        // the office before the person, and 办理单位
        (
            "联系人：基础教育科 王五，电话：0571-88881234",
            Want {
                name: Some("王五"),
                unit: Some("基础教育科"),
                phones: &["0571-88881234"],
                ..NONE
            },
        ),
        (
            "联系人：王 五 电话：0571-88881234",
            Want { name: Some("王 五"), phones: &["0571-88881234"], ..NONE },
        ),
        (
            "办理单位：市交通运输局，联系人：周六，电话：0571-88884567",
            Want {
                name: Some("周六"),
                unit: Some("市交通运输局"),
                phones: &["0571-88884567"],
                ..NONE
            },
        ),
        (
            "聯繫人：陳靜 電話：0571-87001234",
            Want { name: Some("陳靜"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "联系人：陆敏 联系电话：0571-87001234 传真：0571-87001235 邮箱：lm@example.cn 地址：某路1号 邮编：310000",
            Want {
                name: Some("陆敏"),
                phones: &["0571-87001234"],
                fax: Some("0571-87001235"),
                email: Some("lm@example.cn"),
                address: Some("某路1号"),
                postcode: Some("310000"),
                ..NONE
            },
        ),
        (
            "021-68812345,021-68801234",
            Want { phones: &["021-68812345", "021-68801234"], ..NONE },
        ),
        (
            "邮政编码是200120传真是021-68804321",
            Want { fax: Some("021-68804321"), postcode: Some("200120"), ..NONE },
        ),
        (
            "联系单位及电话：区住建局 0571-86001234",
            Want { unit: Some("区住建局"), phones: &["0571-86001234"], ..NONE },
        ),
        (
            "联系人：邹凯 网站地址：http://www.example.gov.cn/art/2023/6/1/art_1229_56781234.html 邮箱地址：zk@example.cn",
            Want { name: Some("邹凯"), email: Some("zk@example.cn"), ..NONE },
        ),
        (
            "联(lián)系人：邹凯 电(diàn)话：0571-87001234",
            Want { name: Some("邹凯"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "联系人：邹凯 办公室：0571-87001234\n抄送：区政府办、区政协提案委",
            Want { name: Some("邹凯"), phones: &["0571-87001234"], ..NONE },
        ),
        (
            "联系人：邹凯 电话 13512340000",
            Want { name: Some("邹凯"), phones: &["13512340000"], ..NONE },
        ),
        (
            "联系电话：0571-87001234/87001235",
            Want { phones: &["0571-87001234", "87001235"], ..NONE },
        ),
        (
            "联系人：俞亮 电话/传真：0571-87001234",
            Want { name: Some("俞亮"), phones: &["0571-87001234"], ..NONE },
        ),
    ];

    #[test]
    fn blocks_field_by_field() {
        let mut failures = Vec::new();
        for (input, want) in ROWS {
            match parse(input) {
                Ok(c) => {
                    for d in diff(&c, want) {
                        failures.push(format!("{input:?}: {d}"));
                    }
                    for p in c.phones.iter().chain(c.fax.iter()) {
                        if p.span.slice(input) != Some(p.text.as_ref()) {
                            failures.push(format!("{input:?}: bad span for {:?}", p.text));
                        }
                    }
                    if c.span.slice(input).map(text::trim) != Some(text::trim(input)) {
                        failures.push(format!("{input:?}: block span {:?}", c.span));
                    }
                    if c.clone().into_owned() != c {
                        failures.push(format!("{input:?}: into_owned differs"));
                    }
                }
                Err(e) => failures.push(format!("{input:?}: {e}")),
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(ROWS.len() >= 40);
    }

    #[test]
    fn cases_3_7() {
        // 111
        let c = parse("（联系人：陆颖 联系电话：0571-89535412）").unwrap();
        assert_eq!(c.name.as_deref(), Some("陆颖"));
        assert_eq!(c.phones.len(), 1);
        assert_eq!(c.phones[0].area_code.as_deref(), Some("0571"));
        assert_eq!(c.phones[0].number, "89535412");
        assert_eq!(c.phones[0].kind, crate::model::PhoneKind::Landline);
        // 113
        let p = parse_phone("+86 20 61302222-8866").unwrap();
        assert_eq!(
            (
                p.country.as_deref(),
                p.area_code.as_deref(),
                p.number.as_ref(),
                p.extension.as_deref()
            ),
            (Some("86"), Some("020"), "61302222", Some("8866"))
        );
        // 115
        let c = parse("021-68812753,021-68808888").unwrap();
        let numbers: Vec<(Option<&str>, &str)> = c
            .phones
            .iter()
            .map(|p| (p.area_code.as_deref(), p.number.as_ref()))
            .collect();
        assert_eq!(
            numbers,
            [(Some("021"), "68812753"), (Some("021"), "68808888")]
        );
        assert!(c
            .phones
            .iter()
            .all(|p| p.kind == crate::model::PhoneKind::Landline));
        // 117
        let p = parse_phone("13512345678-9100").unwrap();
        assert_eq!(p.kind, crate::model::PhoneKind::Mobile);
        assert_eq!(p.number, "13512345678");
        assert_eq!(p.extension.as_deref(), Some("9100"));
        // 119
        let c = parse("邮政编码是200120传真是021-68804868").unwrap();
        assert_eq!(c.postcode.as_deref(), Some("200120"));
        let fax = c.fax.unwrap();
        assert_eq!(fax.text, "021-68804868");
        assert_eq!(fax.area_code.as_deref(), Some("021"));
        assert!(c.phones.is_empty());
    }

    #[test]
    fn shared_area_code_is_not_invented() {
        let c = parse("举报电话0371-61234567、67654321").unwrap();
        assert_eq!(c.phones[1].area_code, None);
        assert_eq!(c.phones[1].number, "67654321");
        assert_eq!(c.phones[1].kind, crate::model::PhoneKind::Landline);
        let c = parse("监督举报电话为12369").unwrap();
        assert_eq!(c.phones[0].kind, crate::model::PhoneKind::Service);
    }

    #[test]
    fn spans_are_shifted_by_base() {
        let doc = "此复。\n（联系人：周小燕 联系电话：0571-87001234）\n";
        let start = doc.find('（').unwrap();
        let line = doc.get(start..doc.len() - 1).unwrap();
        let c = contact_block(line, start).unwrap();
        assert_eq!(c.span.slice(doc), Some(line));
        let p = &c.phones[0];
        assert_eq!(p.span.slice(doc), Some("0571-87001234"));
        assert_eq!(
            parse_phone("  0571-87001234 ").unwrap().span,
            Span::new(2, 15)
        );
    }

    #[test]
    fn nothing_contact_like() {
        for text in [
            "此复。",
            "2023年6月1日",
            "领导签字:\n市卫生健康局",
            "共有12345户",
            "联系人",
        ] {
            assert_eq!(contact_block(text, 0), None, "{text}");
        }
    }

    #[test]
    fn errors_name_what_was_expected() {
        let rows: &[(&str, &str)] = &[
            (
                "此复。",
                "expected a contact block (a label such as 联系人 or 联系电话, a phone number or an e-mail address), but found '此' at line 1, column 1 in \"此复。\"",
            ),
            (
                "  \n  2023年6月1日",
                "expected a contact block (a label such as 联系人 or 联系电话, a phone number or an e-mail address), but found '2' at line 2, column 3 in \"  2023年6月1日\"",
            ),
            (" \u{3000}\n", "expected a contact block, but the text is empty at line 1, column 1 in \" \u{3000}\""),
        ];
        for &(input, want) in rows {
            assert_eq!(parse(input).unwrap_err().to_string(), want, "{input:?}");
        }
        assert_eq!(parse("").unwrap_err().kind(), ErrorKind::Empty);
        let phone_rows: &[(&str, &str)] = &[
            (
                "0571-1234",
                "expected a local number of 7 or 8 digits, but found '1' at line 1, column 6 in \"0571-1234\"",
            ),
            (
                "0571-87001234x",
                "expected the end of the text, but found 'x' at line 1, column 14 in \"0571-87001234x\"",
            ),
            ("abc", "expected a phone number, but found 'a' at line 1, column 1 in \"abc\""),
            (
                "(12)87001234",
                "expected an area code such as 0571, but found '1' at line 1, column 2 in \"(12)87001234\"",
            ),
            (
                "0571",
                "expected '-' or a space between area code and number, but found the end of the text at line 1, column 5 in \"0571\"",
            ),
            (
                "+12345 1234",
                "expected a country code of 1 to 3 digits, but found '1' at line 1, column 2 in \"+12345 1234\"",
            ),
            (
                "13512345678 13512345678",
                "expected the end of the text, but found a space at line 1, column 12 in \"13512345678 13512345678\"",
            ),
            (
                "0571-87001234转",
                "expected the end of the text, but found '转' at line 1, column 14 in \"0571-87001234转\"",
            ),
        ];
        for &(input, want) in phone_rows {
            assert_eq!(
                parse_phone(input).unwrap_err().to_string(),
                want,
                "{input:?}"
            );
        }
        assert_eq!(parse_phone(" ").unwrap_err().kind(), ErrorKind::Empty);
    }

    #[test]
    fn contact_lines() {
        let yes = [
            "（联系人：陆颖 联系电话：0571-87001234）",
            "  • 地址:北京市东城区某某大街18号",
            "承 办 人:董小雯",
            "联系电话 |",
            "E-mail:office@example.cn",
            "电话：0571-87001234",
            "领导签批:谢  高",
            "传真：0571-87001235",
            "邮编:100010",
            "(联系人及电话:何丽,020-83001234)",
            "邮政编码是200120",
            "电话0571-87001234",
            "\u{3000}\u{3000}联系人：周小燕",
            "| 代表姓名 | 赵明 |",
        ];
        for line in yes {
            assert!(is_contact_line(line), "{line}");
        }
        let no = [
            "请联系电话0571-87001234",
            "感谢您对我们工作的关心和支持。",
            "签发人：王建国",
            "主办单位:某县人民政府办公室 联系方式:0851-87721234",
            "2023年6月1日",
            "",
            "联系人",
            "地址位于城区东部",
            "电话是我们联系群众的主要方式",
            "一、关于联系人制度",
        ];
        for line in no {
            assert!(!is_contact_line(line), "{line}");
        }
    }

    #[test]
    fn scans_are_public() {
        let texts: Vec<String> = scan_phones("服务热线400-800-1234，传真0571-87001235(传真)")
            .into_iter()
            .map(|p| p.text.into_owned())
            .collect();
        assert_eq!(texts, ["400-800-1234", "0571-87001235"]);
        let emails = scan_emails("邮箱:a@b.cn，备用:c@d.com。");
        assert_eq!(emails.len(), 2);
        assert_eq!(emails[1].0, "c@d.com");
    }

    #[test]
    fn long_input_is_linear() {
        let line = "联系人：周小燕 联系电话：0571-87001234、67001234 邮编：310000 地址：某路1号\n";
        let text = line.repeat(5_000);
        let c = contact_block(&text, 0).unwrap();
        assert_eq!(c.phones.len(), 10_000);
        let spaces = "电".repeat(50_000) + &" ".repeat(100_000) + "：";
        let _ = contact_block(&spaces, 0);
        let colons = "联系人：".repeat(50_000);
        assert_eq!(contact_block(&colons, 0), None);
    }

    /// Checks that every span in `c` lies on character boundaries of `text`
    /// and covers the text it claims.
    fn spans_ok(text: &str, c: &Contact<'_>) -> bool {
        c.span.slice(text).is_some()
            && c.phones
                .iter()
                .chain(c.fax.iter())
                .all(|p| p.span.slice(text) == Some(p.text.as_ref()))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn never_panics_and_spans_hold(
            text in "[联系人及电话传真邮编政码地址信箱经办承负责领导签批是为热线举报：:（）() 0-9０-９\\-—+@.a-z|｜、，,;\n\r\u{3000}转ext号年元]{0,60}"
        ) {
            if let Ok(c) = parse(&text) {
                proptest::prop_assert!(spans_ok(&text, &c));
                proptest::prop_assert!(!c.is_empty());
            }
            if let Some(c) = contact_block(&text, 0) {
                proptest::prop_assert!(spans_ok(&text, &c));
            }
            if let Ok(p) = parse_phone(&text) {
                proptest::prop_assert_eq!(p.span.slice(&text), Some(p.text.as_ref()));
            }
            for p in scan_phones(&text) {
                proptest::prop_assert_eq!(p.span.slice(&text), Some(p.text.as_ref()));
                proptest::prop_assert!(p.number.bytes().all(|b| b.is_ascii_digit()));
            }
            for (e, span) in scan_emails(&text) {
                proptest::prop_assert_eq!(span.slice(&text), Some(e));
            }
            let _ = is_contact_line(&text);
        }

        #[test]
        fn any_text_never_panics(text in "\\PC{0,80}") {
            let _ = parse(&text);
            let _ = parse_phone(&text);
            let _ = scan_phones(&text);
            let _ = scan_emails(&text);
            let _ = is_contact_line(&text);
        }
    }

    /// No phone number in the real clauses labelled for numbers, dates and
    /// titles; in whole replies, numbers only on contact lines.
    #[test]
    fn corpus_has_no_false_phones() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        if !dir.is_dir() {
            eprintln!("skipped: {} not found", dir.display());
            return;
        }
        let mut failures = Vec::new();
        for name in ["numbers.jsonl", "dates.jsonl", "titles.jsonl"] {
            let Ok(data) = std::fs::read_to_string(dir.join(name)) else {
                continue;
            };
            for (n, line) in data.lines().enumerate() {
                for p in scan_phones(line) {
                    failures.push(format!("{name}:{}: {:?}", n + 1, p.text));
                }
            }
        }
        let replies = std::fs::read_dir(dir.join("replies")).into_iter().flatten();
        for entry in replies.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                let found = scan_phones(line);
                if !found.is_empty() && !is_contact_line(line) {
                    failures.push(format!("{}: {line}", path.display()));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Every line of the labelled corpus file, all failures at once.
    #[test]
    fn corpus_contacts() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/dev/contacts.jsonl");
        let Ok(data) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} not found", path.display());
            return;
        };
        let mut failures = Vec::new();
        let mut lines = 0;
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            lines += 1;
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            let c = match parse(text) {
                Ok(c) => c,
                Err(e) => {
                    failures.push(format!("line {}: {e}", n + 1));
                    continue;
                }
            };
            let mut check = |what: &str, got: Option<String>, want: Option<String>| {
                if got != want {
                    failures.push(format!(
                        "line {} {text:?}: {what}: got {got:?}, want {want:?}",
                        n + 1
                    ));
                }
            };
            check("name", c.name.as_deref().map(str::to_string), s("name"));
            check(
                "responsible",
                c.responsible.as_deref().map(str::to_string),
                s("responsible"),
            );
            check("fax", c.fax.as_ref().map(|p| p.text.to_string()), s("fax"));
            check("email", c.email.as_deref().map(str::to_string), s("email"));
            check(
                "address",
                c.address.as_deref().map(str::to_string),
                s("address"),
            );
            check(
                "postcode",
                c.postcode.as_deref().map(str::to_string),
                s("postcode"),
            );
            let phones: Vec<String> = c.phones.iter().map(|p| p.text.to_string()).collect();
            let want: Vec<String> = v["phones"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            check("phones", Some(phones.join(" ; ")), Some(want.join(" ; ")));
        }
        assert!(
            failures.is_empty(),
            "{} of {lines} lines failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
