//! The grammar of numerals: one left-to-right pass over the characters that
//! accumulates an exact [`Decimal`].
//!
//! ```text
//! numeral   = sign? ( "百分之" core | "千分之" core | "万分之" core
//!                   | core "分之" core | core "又" core "分"? "之"? core
//!                   | tenth "成" (digit | "半")? | core ("%" | "‰")? )
//! core      = digits-by-digit | section (big-run section?)*  ("点" frac big-run?)?
//! section   = (digit? small-unit)* digit?        small-unit = 十 | 百 | 千
//! big-run   = (万 | 亿)+                          (万亿 = 10^12, 亿亿 = 10^16)
//! digit     = 零〇一二两三…九 | 壹贰叁… | Arabic digits (1,234.5; ２０)
//! ```
//!
//! Rules chosen where usage differs:
//! - **Colloquial trailing digit**: a single digit right after X百 / X千 /
//!   X万 / X亿 with nothing after it stands for the next lower unit: 千一 =
//!   1100, 两千六 = 2600, 百二 = 120, 13万2 = 132 000, 三亿五 = 350 000 000.
//!   A 零 before the digit cancels this (一千零六 = 1006), as does a second
//!   digit (1万25 = 10 025).
//! - **Big units** written together form one multiplier: 万亿 = 10^12, 亿亿 =
//!   10^16, 万万 = 10^8. A multiplier applies to the section before it and to
//!   every earlier part multiplied by a smaller one: 一万五千亿 =
//!   1 500 000 000 000, 三千万亿 = 3×10^15, but 三亿五千万 = 350 000 000.
//! - **Digit by digit**: two or more digits with no unit (二〇二三, 一九九七)
//!   read as a digit string. Two neighbouring digits before a unit are a range
//!   (二三十 = 20–30, 三四百 = 300–400); 一两 / 两三 are always a range.
//! - 十 / 百 / 千 / 万 without a digit before them mean one of them only at
//!   the start of a numeral or after 零 (十五, 一万零百一十一 = 10 111).

use rust_decimal::Decimal;

use crate::grammar::{fail, GrammarError, PResult};
use crate::model::NumeralForm;
use crate::text::{digit_value, fold};

/// The largest mantissa a [`Decimal`] holds (2^96 − 1).
pub(crate) const MAX_MANTISSA: i128 = 79_228_162_514_264_337_593_543_950_335;

/// The `expected` text of an overflow; [`super::parse`] turns it into
/// [`ErrorKind::Overflow`](crate::ErrorKind::Overflow).
pub(crate) const OVERFLOW: &str =
    "a number that fits an exact decimal (about 7.9e28, at most 28 decimal places)";

/// A numeral character class, after [`fold`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    /// 一 … 九, 两, 幺 and the financial forms.
    Digit(u8),
    /// 零 〇.
    Zero,
    /// 十 百 千 (拾 佰 仟) as a power of ten.
    Unit(u32),
    /// 万 亿 as a power of ten.
    Big(u32),
    /// 廿 卅 卌: two, three, four tens.
    Tens(u8),
    /// 点 (點), the decimal point.
    Point,
}

/// The class of a folded character.
#[inline]
pub(crate) fn tok(f: char) -> Option<Tok> {
    Some(match f {
        '零' | '〇' => Tok::Zero,
        '一' | '壹' | '幺' => Tok::Digit(1),
        '二' | '贰' | '两' | '弍' => Tok::Digit(2),
        '三' | '叁' | '参' => Tok::Digit(3),
        '四' | '肆' => Tok::Digit(4),
        '五' | '伍' => Tok::Digit(5),
        '六' | '陆' => Tok::Digit(6),
        '七' | '柒' => Tok::Digit(7),
        '八' | '捌' => Tok::Digit(8),
        '九' | '玖' => Tok::Digit(9),
        '十' | '拾' => Tok::Unit(1),
        '百' | '佰' => Tok::Unit(2),
        '千' | '仟' => Tok::Unit(3),
        '万' => Tok::Big(4),
        '亿' => Tok::Big(8),
        '廿' => Tok::Tens(2),
        '卅' => Tok::Tens(3),
        '卌' => Tok::Tens(4),
        '点' => Tok::Point,
        _ => return None,
    })
}

/// [`fold`] for the characters of numerals: a character that is already a
/// numeral character after folding is its own fold (a test checks that), so
/// the common characters skip the traditional-character table.
#[inline]
pub(crate) fn fold_num(c: char) -> char {
    if tok(c).is_some() {
        c
    } else {
        fold(c)
    }
}

/// Whether a (folded) character is one of the financial (大写) forms.
#[inline]
pub(crate) fn is_financial(f: char) -> bool {
    matches!(
        f,
        '壹' | '贰' | '叁' | '参' | '肆' | '伍' | '陆' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟'
    )
}

/// `d × 10^k`, exactly, or `None` when it does not fit.
pub(crate) fn mul_pow10(d: Decimal, k: u32) -> Option<Decimal> {
    if d.is_zero() {
        return Some(Decimal::ZERO);
    }
    let scale = d.scale();
    if scale >= k {
        let mut r = d;
        r.set_scale(scale - k).ok()?;
        return Some(r);
    }
    let mut m = d.mantissa();
    for _ in 0..(k - scale) {
        m = m.checked_mul(10)?;
        if m.abs() > MAX_MANTISSA {
            return None;
        }
    }
    Decimal::try_from_i128_with_scale(m, 0).ok()
}

/// `a + b`, exactly (never rounded), or `None`.
pub(crate) fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return Some(a);
    }
    if a.is_zero() {
        return Some(b);
    }
    let (a, b) = (a.normalize(), b.normalize());
    let s = a.scale().max(b.scale());
    let ma = scale_up(a.mantissa(), s - a.scale())?;
    let mb = scale_up(b.mantissa(), s - b.scale())?;
    let mut m = ma.checked_add(mb)?;
    let mut s = s;
    while m.abs() > MAX_MANTISSA && s > 0 && m % 10 == 0 {
        m /= 10;
        s -= 1;
    }
    if m.abs() > MAX_MANTISSA {
        return None;
    }
    Decimal::try_from_i128_with_scale(m, s).ok()
}

fn scale_up(m: i128, k: u32) -> Option<i128> {
    (0..k).try_fold(m, |m, _| m.checked_mul(10))
}

/// How a lexing run stopped short of a numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LexError {
    /// Nothing at the start is a numeral.
    None,
    /// The numeral does not fit a [`Decimal`]; `end` is the end of its
    /// characters, so a scan can step over it.
    Overflow {
        /// Byte offset after the last numeral character.
        end: usize,
    },
}

/// Where lexing is used: whole numerals, or numbers in running text (where
/// `千瓦`, `百分点` after a number are units, and Arabic digits after 万 join
/// only in the forms `1万2千`, `13万2`, `1百01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A whole numeral (numeral::parse).
    Parse,
    /// A number inside running text.
    Scan,
}

/// A trailing multiplier (`亿` in `3502.38亿`) that may belong to a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Peel {
    /// Byte offset where the multiplier starts.
    pub at: usize,
    /// The number before it; Arabic digits keep their scale (`917.20`).
    pub core: Decimal,
    /// For a range (二三十万), the upper number before it.
    pub core_upper: Option<Decimal>,
    /// The multiplier as a power of ten (8 for 亿, 7 for 千万).
    pub exp: u32,
}

/// A number lexed at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lexed {
    /// Bytes taken.
    pub end: usize,
    /// The whole value (Arabic alone keeps its scale; otherwise normalised).
    pub value: Decimal,
    /// The upper value of a range written with neighbouring digits.
    pub upper: Option<Decimal>,
    /// A trailing multiplier that a unit may take.
    pub peel: Option<Peel>,
    /// Two neighbouring digits written digit by digit (`三四`), a range when
    /// a measure word follows.
    pub pair: Option<(u8, u8)>,
    /// Arabic digits were used.
    pub arabic: bool,
    /// Characters other than financial forms and Arabic digits were used.
    pub plain_chinese: bool,
    /// Number of characters taken.
    pub chars: usize,
    /// A decimal point was used.
    pub fractional: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct Chunk {
    value: Decimal,
    tag: u32,
}

const CHUNKS: usize = 8;

/// The accumulator: completed parts (each with the exponent of the big unit
/// that closed it), the section below the last big unit, and a digit that
/// waits for its unit.
#[derive(Debug, Clone, Copy)]
struct Acc {
    chunks: [Chunk; CHUNKS],
    n: usize,
    sec: Decimal,
    sec_unit: u32,
    pending: Option<Decimal>,
    pend_single: bool,
    after: u32,
    zero: bool,
    any: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Invalid,
    Overflow,
}

impl Acc {
    fn new() -> Self {
        Acc {
            chunks: [Chunk::default(); CHUNKS],
            n: 0,
            sec: Decimal::ZERO,
            sec_unit: 4,
            pending: None,
            pend_single: false,
            after: 0,
            zero: false,
            any: false,
        }
    }

    fn digit(&mut self, d: Decimal, single: bool, leading_zero: bool) -> Result<(), Stop> {
        if self.pending.is_some() {
            return Err(Stop::Invalid);
        }
        if leading_zero {
            self.zero = true;
        }
        self.pending = Some(d);
        self.pend_single = single && !self.zero;
        self.any = true;
        Ok(())
    }

    fn zero(&mut self) -> Result<(), Stop> {
        if self.pending.is_some() {
            return Err(Stop::Invalid);
        }
        self.zero = true;
        self.any = true;
        Ok(())
    }

    fn unit(&mut self, k: u32) -> Result<(), Stop> {
        if k >= self.sec_unit {
            return Err(Stop::Invalid);
        }
        let d = match self.pending {
            Some(d) => d,
            None if !self.any || self.zero => Decimal::ONE,
            None => return Err(Stop::Invalid),
        };
        let v = mul_pow10(d, k).ok_or(Stop::Overflow)?;
        self.sec = add(self.sec, v).ok_or(Stop::Overflow)?;
        self.pending = None;
        self.sec_unit = k;
        self.after = k;
        self.zero = false;
        self.any = true;
        Ok(())
    }

    fn big(&mut self, e: u32) -> Result<(), Stop> {
        let has_section = self.pending.is_some() || self.sec_unit < 4;
        let mut total = if has_section {
            add(self.sec, self.pending.unwrap_or(Decimal::ZERO)).ok_or(Stop::Overflow)?
        } else if !self.any {
            Decimal::ONE
        } else {
            return Err(Stop::Invalid);
        };
        while self.n > 0 {
            match self.chunks.get(self.n - 1) {
                Some(c) if c.tag < e => {
                    total = add(total, c.value).ok_or(Stop::Overflow)?;
                    self.n -= 1;
                }
                _ => break,
            }
        }
        if self.n > 0 && self.chunks.get(self.n - 1).is_some_and(|c| c.tag <= e) {
            // 一万五万: parts must get smaller
            return Err(Stop::Invalid);
        }
        let value = mul_pow10(total, e).ok_or(Stop::Overflow)?;
        match self.chunks.get_mut(self.n) {
            Some(slot) => *slot = Chunk { value, tag: e },
            None => return Err(Stop::Invalid),
        }
        self.n += 1;
        self.sec = Decimal::ZERO;
        self.sec_unit = 4;
        self.pending = None;
        self.after = e;
        self.zero = false;
        self.any = true;
        Ok(())
    }

    /// The point: the integer so far plus `frac` becomes a pending number.
    fn point(&mut self, frac: Decimal) -> Result<(), Stop> {
        let int = self.total(false)?;
        let v = add(int, frac).ok_or(Stop::Overflow)?;
        *self = Acc::new();
        self.pending = Some(v);
        self.any = true;
        Ok(())
    }

    fn total(&self, colloquial: bool) -> Result<Decimal, Stop> {
        let mut t = self.sec;
        for c in self.chunks.iter().take(self.n) {
            t = add(t, c.value).ok_or(Stop::Overflow)?;
        }
        if let Some(d) = self.pending {
            let d = if colloquial && self.pend_single && self.after >= 2 {
                mul_pow10(d, self.after - 1).ok_or(Stop::Overflow)?
            } else {
                d
            };
            t = add(t, d).ok_or(Stop::Overflow)?;
        }
        Ok(t)
    }

    /// Exactly one closed part and nothing after it (so a trailing big
    /// multiplier applies to the whole number).
    fn single_chunk(&self) -> bool {
        self.n == 1 && self.pending.is_none() && self.sec_unit == 4
    }
}

/// An Arabic number at the start of `s`: digits of either width, `,`
/// thousands groups, a `.` / `．` point.
struct Arabic {
    value: Decimal,
    end: usize,
    single: bool,
    leading_zero: bool,
    fractional: bool,
}

fn arabic(s: &str) -> Result<Arabic, LexError> {
    let mut m: i128 = 0;
    let mut scale: u32 = 0;
    let mut digits = 0usize;
    let mut int_digits = 0usize;
    let mut first = None;
    let mut end = 0;
    let mut in_frac = false;
    let mut overflow = false;
    let mut group_len: Option<usize> = None; // digits since the last comma
    let mut separator: Option<char> = None; // the first group separator
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(d) = digit_value(c) {
            if first.is_none() {
                first = Some(d);
            }
            if !overflow {
                match m.checked_mul(10).and_then(|x| x.checked_add(i128::from(d))) {
                    Some(x) if x <= MAX_MANTISSA => m = x,
                    _ => overflow = true,
                }
                if in_frac {
                    scale += 1;
                    if scale > 28 {
                        overflow = true;
                    }
                }
            }
            digits += 1;
            if !in_frac {
                int_digits += 1;
            }
            if let Some(g) = group_len.as_mut() {
                *g += 1;
            }
            end = i + c.len_utf8();
            continue;
        }
        let next_is_digit = chars.peek().map(|(_, n)| digit_value(*n).is_some()) == Some(true);
        if (c == '.' || c == '．') && !in_frac && next_is_digit && group_len.is_none_or(|g| g == 3)
        {
            in_frac = true;
            group_len = None;
            continue;
        }
        let grouping = c == ',' || is_group_space(c);
        if grouping
            && !in_frac
            && next_is_digit
            && separator.is_none_or(|sep| sep == c)
            && ((group_len.is_none() && (1..=3).contains(&int_digits)) || group_len == Some(3))
            && thousands_group_follows(chars.clone().map(|(_, c)| c), c)
        {
            group_len = Some(0);
            separator = Some(c);
            continue;
        }
        break;
    }
    if digits == 0 {
        return Err(LexError::None);
    }
    if overflow {
        return Err(LexError::Overflow { end });
    }
    let value =
        Decimal::try_from_i128_with_scale(m, scale).map_err(|_| LexError::Overflow { end })?;
    Ok(Arabic {
        value,
        end,
        single: digits == 1,
        leading_zero: first == Some(0) && int_digits > 1,
        fractional: in_frac,
    })
}

/// Exactly three digits and then no digit: a thousands group after the
/// separator `sep`. After a space (`12 600人`, GB/T 15835's grouping), the
/// groups must end at a word or unit, not at more space: a row of figures
/// in a flattened table (`1 200 300`) is no number.
fn thousands_group_follows(mut rest: impl Iterator<Item = char>, sep: char) -> bool {
    loop {
        for _ in 0..3 {
            match rest.next() {
                Some(c) if digit_value(c).is_some() => {}
                _ => return false,
            }
        }
        match rest.next() {
            Some(c) if digit_value(c).is_some() => return false,
            _ if sep == ',' => return true,
            // another group of the same number
            Some(c) if c == sep => {}
            Some(c) => return !c.is_whitespace() && c != ',',
            None => return false,
        }
    }
}

/// Spaces that group the digits of a long number: the ASCII space, the
/// no-break space and the thin spaces.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Whether a numeral character stands at the start of `s` (used to step
/// over the rest of a numeral that overflowed).
fn numeral_char(c: char) -> bool {
    digit_value(c).is_some() || tok(fold_num(c)).is_some() || matches!(c, '.' | '．' | ',')
}

fn skip_numeral(s: &str, from: usize) -> usize {
    let rest = s.get(from..).unwrap_or("");
    from + rest
        .char_indices()
        .find(|(_, c)| !numeral_char(*c))
        .map(|(i, _)| i)
        .unwrap_or(rest.len())
}

/// In running text, a unit word that starts with a numeral character:
/// `千瓦`, `千米`, `千克`, `百分点`, `千分之`.
fn unit_word_at(rest: &str) -> bool {
    let mut it = rest.chars().map(fold);
    matches!(
        (it.next(), it.next()),
        (Some('千'), Some('瓦' | '米' | '克' | '卡' | '分')) | (Some('百'), Some('分'))
    )
}

/// Chinese fraction digits after 点: returns the fraction and bytes taken.
fn frac_digits(s: &str) -> Result<(Decimal, usize), LexError> {
    let mut m: i128 = 0;
    let mut scale = 0u32;
    let mut end = 0;
    let mut overflow = false;
    for (i, c) in s.char_indices() {
        let d = match tok(fold_num(c)) {
            Some(Tok::Digit(d)) => d,
            Some(Tok::Zero) => 0,
            _ => break,
        };
        if !overflow {
            scale += 1;
            match m.checked_mul(10).and_then(|x| x.checked_add(i128::from(d))) {
                Some(x) if x <= MAX_MANTISSA && scale <= 28 => m = x,
                _ => overflow = true,
            }
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return Err(LexError::None);
    }
    if overflow {
        return Err(LexError::Overflow { end });
    }
    let d = Decimal::try_from_i128_with_scale(m, scale).map_err(|_| LexError::Overflow { end })?;
    Ok((d, end))
}

/// The trailing run of units being tracked for [`Peel`].
#[derive(Clone, Copy)]
struct Run {
    at: usize,
    exp: u32,
    /// Whether the run started right after the only (Arabic) number.
    after_first: bool,
    /// The trailing run of big units: its start and state before it.
    big: Option<(usize, u32, Acc, Option<Acc>)>,
}

/// Lexes the longest numeral at the start of `s`.
pub(crate) fn lex(s: &str, mode: Mode) -> Result<Lexed, LexError> {
    if let Some(l) = plain_arabic(s) {
        return Ok(l);
    }
    general_lex(s, mode)
}

/// The Arabic numbers most often written in running text (`3260`,
/// `486.25`, `3260万`, `486.25亿`: ASCII digits, at most one point, no
/// leading zero, one multiplier that a unit may take) when the
/// character after them cannot continue a numeral (a unit or a measure
/// word that is no multiplier, punctuation): read without the general
/// lexer. `None` leaves the text to it; where this answers, it answers
/// the same (a property test checks it).
fn plain_arabic(s: &str) -> Option<Lexed> {
    let b = s.as_bytes();
    let int = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if int == 0 || int > 15 || (int > 1 && b.first() == Some(&b'0')) {
        return None;
    }
    let mut end = int;
    let fractional = b.get(end) == Some(&b'.');
    if fractional {
        let frac = b
            .get(end + 1..)
            .map_or(0, |r| r.iter().take_while(|x| x.is_ascii_digit()).count());
        if frac == 0 || frac > 12 {
            return None;
        }
        end += 1 + frac;
    }
    let number = end;
    // one multiplier may follow (`486.25亿`, `3260万`): a unit may take it
    let exp = match s.get(end..)?.chars().next() {
        Some('万') => Some(4),
        Some('亿') => Some(8),
        _ => None,
    };
    if exp.is_some() {
        end += '万'.len_utf8();
    }
    match s.get(end..)?.chars().next() {
        None => {}
        Some(c) if ends_plain_arabic(c) => {}
        Some(_) => return None,
    }
    let core = s.get(..number)?.parse::<Decimal>().ok()?;
    // zero is written back without its scale
    if core.is_zero() {
        return None;
    }
    let (value, peel) = match exp {
        None => (core, None),
        Some(exp) => (
            mul_pow10(core, exp)?.normalize(),
            Some(Peel {
                at: number,
                core,
                core_upper: None,
                exp,
            }),
        ),
    };
    Some(Lexed {
        end,
        value,
        upper: None,
        peel,
        pair: None,
        arabic: true,
        plain_chinese: exp.is_some(),
        chars: number + usize::from(exp.is_some()),
        fractional,
    })
}

/// Whether `c` ends a plain Arabic number: common punctuation and the
/// percent signs, or an ideograph that is no numeral, multiplier or point.
fn ends_plain_arabic(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '）' | '%' | '％' | '‰' | '\n' | ')' | ';'
    ) || (crate::text::is_han(c) && tok(fold_num(c)).is_none() && !is_financial(fold(c)))
}

/// [`lex`] through the general lexer.
fn general_lex(s: &str, mode: Mode) -> Result<Lexed, LexError> {
    let mut lo = Acc::new();
    let mut hi: Option<Acc> = None;
    // digit-by-digit: (mantissa, count, first digit, second digit)
    let mut dbd: Option<(i128, u32, u8, u8)> = None;
    let mut pending_chinese = false;
    let mut arabic_tokens = 0u32;
    let mut chinese_values = 0u32;
    let mut first_arabic: Option<Decimal> = None;
    let mut run: Option<Run> = None;
    let mut out_arabic = false;
    let mut plain = false;
    let mut fractional = false;
    let mut pos = 0usize;
    let mut prev_value = false; // the last token was a value (digit / Arabic)
    let overflow = |at: usize| LexError::Overflow {
        end: skip_numeral(s, at),
    };

    while let Some(c) = s.get(pos..).and_then(|r| r.chars().next()) {
        let f = fold_num(c);
        if digit_value(c).is_some() {
            if lo.pending.is_some() || dbd.is_some() {
                break;
            }
            let rest = s.get(pos..).unwrap_or("");
            let a = match arabic(rest) {
                Ok(a) => a,
                Err(LexError::Overflow { end }) => {
                    return Err(overflow(pos + end));
                }
                Err(LexError::None) => break,
            };
            if mode == Mode::Scan && lo.any {
                // after 万 / 千 …: only 1万2千, 13万2, 1百01
                let next = rest.get(a.end..).and_then(|r| r.chars().next());
                let unit_next = matches!(
                    next.map(fold).and_then(tok),
                    Some(Tok::Unit(_) | Tok::Big(_))
                );
                if !(a.single || a.leading_zero || unit_next) || a.fractional {
                    break;
                }
            }
            let r = lo.digit(a.value, a.single && !a.fractional, a.leading_zero);
            if r.is_err() {
                break;
            }
            if let Some(h) = hi.as_mut() {
                let _ = h.digit(a.value, a.single && !a.fractional, a.leading_zero);
            }
            if arabic_tokens == 0 && chinese_values == 0 {
                first_arabic = Some(a.value);
            }
            arabic_tokens += 1;
            out_arabic = true;
            fractional |= a.fractional;
            pending_chinese = false;
            run = None;
            prev_value = true;
            pos += a.end;
            continue;
        }
        let Some(t) = tok(f) else { break };
        let clen = c.len_utf8();
        match t {
            Tok::Digit(_) | Tok::Zero => {
                let d = match t {
                    Tok::Digit(d) => d,
                    _ => 0,
                };
                if let Some((m, n, a, b)) = dbd.as_mut() {
                    match m.checked_mul(10).and_then(|x| x.checked_add(i128::from(d))) {
                        Some(x) if x <= MAX_MANTISSA => *m = x,
                        _ => return Err(overflow(pos)),
                    }
                    if *n == 1 {
                        *b = d;
                    }
                    let _ = a;
                    *n += 1;
                } else if pending_chinese && lo.n == 0 && lo.sec_unit == 4 && hi.is_none() {
                    let first = lo.pending.unwrap_or_default();
                    let fd = u8::try_from(first.mantissa()).unwrap_or(0);
                    dbd = Some((i128::from(fd) * 10 + i128::from(d), 2, fd, d));
                } else if lo.pending.is_some() {
                    break;
                } else if mode == Mode::Scan
                    && lo.after >= 2
                    && !lo.zero
                    && crate::quantity::measure_unit_follows(s.get(pos + clen..).unwrap_or(""))
                {
                    // 三万一天: the digit goes with the unit after it
                    break;
                } else if t == Tok::Zero && lo.any {
                    if lo.zero().is_err() {
                        break;
                    }
                    if let Some(h) = hi.as_mut() {
                        let _ = h.zero();
                    }
                } else {
                    if lo.digit(Decimal::from(d), true, false).is_err() {
                        break;
                    }
                    if let Some(h) = hi.as_mut() {
                        let _ = h.digit(Decimal::from(d), true, false);
                    }
                    pending_chinese = true;
                    chinese_values += 1;
                }
                plain |= !is_financial(f);
                run = None;
                prev_value = true;
            }
            Tok::Tens(t10) => {
                if lo.pending.is_some() || dbd.is_some() {
                    break;
                }
                let mut try_lo = lo;
                if try_lo.digit(Decimal::from(t10), false, false).is_err()
                    || try_lo.unit(1).is_err()
                {
                    break;
                }
                lo = try_lo;
                if let Some(h) = hi.as_mut() {
                    let _ = h.digit(Decimal::from(t10), false, false);
                    let _ = h.unit(1);
                }
                chinese_values += 1;
                plain = true;
                pending_chinese = false;
                run = None;
                prev_value = true;
            }
            Tok::Unit(_) | Tok::Big(_) => {
                if mode == Mode::Scan && unit_word_at(s.get(pos..).unwrap_or("")) {
                    break;
                }
                // a run of big units is one multiplier
                let (exp, len, is_big) = match t {
                    Tok::Big(_) => {
                        let rest = s.get(pos..).unwrap_or("");
                        let mut e = 0u32;
                        let mut l = 0usize;
                        for ch in rest.chars() {
                            match tok(fold_num(ch)) {
                                Some(Tok::Big(b)) => {
                                    e = e.saturating_add(b);
                                    l += ch.len_utf8();
                                }
                                _ => break,
                            }
                        }
                        (e, l, true)
                    }
                    Tok::Unit(k) => (k, clen, false),
                    _ => (0, clen, false),
                };
                if let Some((_, n, a, b)) = dbd {
                    let neighbours = n == 2 && (b == a + 1);
                    if !neighbours {
                        break;
                    }
                    lo = Acc::new();
                    let _ = lo.digit(Decimal::from(a), false, false);
                    let mut h = Acc::new();
                    let _ = h.digit(Decimal::from(b), false, false);
                    hi = Some(h);
                    dbd = None;
                    chinese_values += 1;
                }
                let before_lo = lo;
                let before_hi = hi;
                let r = if is_big { lo.big(exp) } else { lo.unit(exp) };
                match r {
                    Ok(()) => {}
                    Err(Stop::Overflow) => return Err(overflow(pos)),
                    Err(Stop::Invalid) => {
                        lo = before_lo;
                        break;
                    }
                }
                if let Some(h) = hi.as_mut() {
                    let r = if is_big { h.big(exp) } else { h.unit(exp) };
                    if r == Err(Stop::Overflow) {
                        return Err(overflow(pos));
                    }
                }
                let after_first = prev_value && arabic_tokens == 1 && chinese_values == 0;
                let mut cur = match run {
                    Some(mut r) if !prev_value => {
                        r.exp = r.exp.saturating_add(exp);
                        r
                    }
                    _ => Run {
                        at: pos,
                        exp,
                        after_first,
                        big: None,
                    },
                };
                if is_big {
                    cur.big = Some((pos, exp, before_lo, before_hi));
                } else {
                    cur.big = None;
                }
                run = Some(cur);
                plain |= !is_financial(f);
                pending_chinese = false;
                prev_value = false;
                pos += len;
                continue;
            }
            Tok::Point => {
                let rest = s.get(pos + clen..).unwrap_or("");
                let (frac, flen) = match frac_digits(rest) {
                    Ok(x) => x,
                    Err(LexError::Overflow { end }) => return Err(overflow(pos + clen + end)),
                    Err(LexError::None) => break,
                };
                if !lo.any && dbd.is_none() && mode == Mode::Scan {
                    break;
                }
                if let Some((m, _, _, _)) = dbd.take() {
                    lo = Acc::new();
                    let int = Decimal::try_from_i128_with_scale(m, 0).map_err(|_| overflow(pos))?;
                    let _ = lo.digit(int, false, false);
                }
                if lo.point(frac).is_err() {
                    return Err(overflow(pos));
                }
                if let Some(h) = hi.as_mut() {
                    let _ = h.point(frac);
                }
                fractional = true;
                plain = true;
                pending_chinese = false;
                chinese_values += 1;
                run = None;
                prev_value = true;
                pos += clen + flen;
                continue;
            }
        }
        pos += clen;
    }
    let chars_taken = s.get(..pos).map(|t| t.chars().count()).unwrap_or(0);

    if pos == 0 {
        return Err(LexError::None);
    }
    let mut pair = None;
    let value = if let Some((m, n, a, b)) = dbd {
        if n == 2 && (b == a + 1) {
            pair = Some((a, b));
        }
        Decimal::try_from_i128_with_scale(m, 0).map_err(|_| overflow(pos))?
    } else {
        lo.total(true).map_err(|_| overflow(pos))?
    };
    let upper = match hi {
        Some(h) => Some(h.total(true).map_err(|_| overflow(pos))?.normalize()),
        None => None,
    };
    let arabic_only = arabic_tokens == 1 && chinese_values == 0 && run.is_none();
    let value = if arabic_only {
        value
    } else {
        value.normalize()
    };
    let peel = match run {
        Some(r) if r.after_first && arabic_tokens == 1 && chinese_values == 0 => {
            first_arabic.map(|core| Peel {
                at: r.at,
                core,
                core_upper: None,
                exp: r.exp,
            })
        }
        Some(Run {
            big: Some((at, exp, before_lo, before_hi)),
            ..
        }) if lo.single_chunk() && before_lo.any => {
            let core = before_lo
                .total(true)
                .map_err(|_| overflow(pos))?
                .normalize();
            let core_upper = match before_hi {
                Some(h) => Some(h.total(true).map_err(|_| overflow(pos))?.normalize()),
                None => None,
            };
            Some(Peel {
                at,
                core,
                core_upper,
                exp,
            })
        }
        _ => None,
    };
    Ok(Lexed {
        end: pos,
        value,
        upper,
        peel,
        pair,
        arabic: out_arabic,
        plain_chinese: plain,
        chars: chars_taken,
        fractional,
    })
}

/// A number at the start of the input, without a trailing 万/亿 multiplier
/// when a unit follows that multiplier (the unit takes it: `3502.38亿元`
/// leaves `亿元`); Arabic digits keep their scale.
///
/// `number = core` (see the module docs). Example: `十七届` → 17, rest `届`.
#[allow(dead_code)] // for the metric, date and title grammars
pub(crate) fn number(i: &str) -> PResult<'_, Decimal> {
    match lex(i, Mode::Scan) {
        Ok(l) => {
            if let Some(p) = l.peel {
                let after = i.get(l.end..).unwrap_or("");
                if crate::quantity::unit_follows(after) {
                    return Ok((i.get(p.at..).unwrap_or(""), p.core));
                }
            }
            Ok((i.get(l.end..).unwrap_or(""), l.value))
        }
        Err(LexError::None) => fail(i, "a number"),
        Err(LexError::Overflow { .. }) => Err(overflow_failure(i)),
    }
}

/// A whole number (integer) at the start of the input, Chinese or Arabic,
/// as `u64`: `十七` → 17, `２３` → 23. Fails on fractions and overflow.
///
/// `integer = core` without a point. Example: `第十七届` after `第`.
#[allow(dead_code)] // for the metric, date and title grammars
pub(crate) fn integer(i: &str) -> PResult<'_, u64> {
    let (rest, d) = number(i)?;
    match u64::try_from(d.normalize()) {
        Ok(v) if d.fract().is_zero() && !d.is_sign_negative() => Ok((rest, v)),
        _ => fail(i, "a whole number"),
    }
}

/// What [`numeral`] reads: value, upper value of a range, form.
pub(crate) type NumeralValue = (Decimal, Option<Decimal>, NumeralForm);

fn overflow_failure(i: &str) -> nom::Err<GrammarError<'_>> {
    nom::Err::Failure(GrammarError {
        input: i,
        expected: OVERFLOW,
    })
}

/// A core numeral (see the module docs), for the whole-numeral grammar.
///
/// `core = digit-by-digit | section (big-run section?)* ("点" frac)?`;
/// example: `三千五百零二亿三千八百万` → 350 238 000 000.
fn core(i: &str) -> PResult<'_, Lexed> {
    match lex(i, Mode::Parse) {
        Ok(l) => Ok((i.get(l.end..).unwrap_or(""), l)),
        Err(LexError::None) => fail(i, "a numeral"),
        Err(LexError::Overflow { .. }) => Err(overflow_failure(i)),
    }
}

/// A sign: `负`, `負`, `-` (either width, `−`).
///
/// `sign = "负" | "-"`; example: `负三` → true.
fn sign(i: &str) -> (&str, bool) {
    match i.chars().next() {
        Some(c) if matches!(fold(c), '负' | '-') => (i.get(c.len_utf8()..).unwrap_or(""), true),
        _ => (i, false),
    }
}

/// A word compared through folding (`萬分之` matches `万分之`).
fn word<'a>(i: &'a str, w: &str) -> Option<&'a str> {
    crate::text::match_folded(i, w).and_then(|n| i.get(n..))
}

/// The value of a core numeral with its range: two neighbouring digits
/// with 两 (`两三`, `一两`) are a range.
fn core_value(text: &str, l: &Lexed) -> (Decimal, Option<Decimal>) {
    match l.pair {
        Some((a, b)) if text.chars().map(fold).any(|c| c == '两') => {
            (Decimal::from(a), Some(Decimal::from(b)))
        }
        _ => (l.value, l.upper),
    }
}

/// A whole numeral with its form: percent, per mille, fraction, tenths.
///
/// ```text
/// numeral = sign? ( ("百分之" | "千分之" | "万分之") core
///                 | core "分之" core | core "又" core "分" "之"? core
///                 | core "成" (digit | "半")? | core ("%" | "％" | "‰")? )
/// ```
/// Example: `负百分之点二八` → −0.28, percent.
pub(crate) fn numeral(i: &str) -> PResult<'_, NumeralValue> {
    let (i, neg) = sign(i);
    let (rest, (value, upper, form)) = unsigned_numeral(i)?;
    if !neg {
        return Ok((rest, (value, upper, form)));
    }
    let form = match form {
        NumeralForm::Fraction {
            whole,
            numerator,
            denominator,
        } => match whole {
            Some(w) => NumeralForm::Fraction {
                whole: Some(-w),
                numerator,
                denominator,
            },
            None => NumeralForm::Fraction {
                whole,
                numerator: -numerator,
                denominator,
            },
        },
        f => f,
    };
    // a negated range keeps value <= upper: `负两三` is −3 to −2
    let (value, upper) = match upper {
        Some(u) => (-u, Some(-value)),
        None => (-value, None),
    };
    Ok((rest, (value, upper, form)))
}

fn unsigned_numeral(i: &str) -> PResult<'_, NumeralValue> {
    let first = i.chars().next().map(fold_num);
    for (w, den) in [("百分之", 100u32), ("千分之", 1000), ("万分之", 10000)] {
        if first != w.chars().next() {
            continue;
        }
        if let Some(after) = word(i, w) {
            let (rest, l) = core(after)?;
            let text = after.get(..l.end).unwrap_or("");
            let (v, up) = core_value(text, &l);
            let form = match den {
                100 => NumeralForm::Percent,
                1000 => NumeralForm::Permille,
                _ => {
                    let value = fraction_value(None, v, Decimal::from(den));
                    return Ok((
                        rest,
                        (
                            value,
                            None,
                            NumeralForm::Fraction {
                                whole: None,
                                numerator: v,
                                denominator: Decimal::from(den),
                            },
                        ),
                    ));
                }
            };
            return Ok((rest, (v, up, form)));
        }
    }
    let (rest, l) = core(i)?;
    let text = i.get(..l.end).unwrap_or("");
    let (v, up) = core_value(text, &l);
    let next = rest.chars().next().map(fold_num);
    // fraction: 三分之二, 五百分之2.2
    if let Some(after) = (next == Some('分')).then(|| word(rest, "分之")).flatten() {
        return fraction(after, None, v);
    }
    // mixed fraction: 一又十分之一, 一又十分一
    if let Some(after) = (next == Some('又')).then(|| word(rest, "又")).flatten() {
        let (r2, den) = core(after)?;
        let r3 = word(r2, "分之")
            .or_else(|| word(r2, "分"))
            .map_or_else(|| fail(r2, "'分之'"), |r| Ok((r, ())))?
            .0;
        return fraction(r3, Some(v), den.value);
    }
    let mut chars = rest.chars();
    match chars.next().map(fold) {
        Some('%') => Ok((chars.as_str(), (v, up, NumeralForm::Percent))),
        Some('‰') => Ok((chars.as_str(), (v, up, NumeralForm::Permille))),
        Some('成') => tenths(chars.as_str(), rest, &l),
        _ => {
            let form = if v.scale() > 0 {
                NumeralForm::Decimal
            } else {
                NumeralForm::Integer
            };
            Ok((rest, (v, up, form)))
        }
    }
}

/// The numerator after `分之`, given the denominator.
///
/// `fraction = core "分之" core`; example: `三分之二` → 2/3.
fn fraction(i: &str, whole: Option<Decimal>, denominator: Decimal) -> PResult<'_, NumeralValue> {
    if denominator.is_zero() {
        return fail(i, "a denominator other than zero");
    }
    let (rest, num) = core(i)?;
    let numerator = num.value;
    Ok((
        rest,
        (
            fraction_value(whole, numerator, denominator),
            None,
            NumeralForm::Fraction {
                whole,
                numerator,
                denominator,
            },
        ),
    ))
}

/// `whole + numerator / denominator`, rounded to 28 significant digits.
fn fraction_value(whole: Option<Decimal>, numerator: Decimal, denominator: Decimal) -> Decimal {
    let q = numerator
        .checked_div(denominator)
        .unwrap_or(Decimal::ZERO)
        .normalize();
    match whole {
        Some(w) => w.checked_add(q).unwrap_or(w).normalize(),
        None => q,
    }
}

/// Tenths after `成`: `七成六` = 76 %, `三成半` = 35 %.
///
/// `tenths = digit "成" (digit | "半")?`; example: `九成` → 90 %.
fn tenths<'a>(after: &'a str, at: &'a str, l: &Lexed) -> PResult<'a, NumeralValue> {
    let tens = l.value;
    if tens.fract() != Decimal::ZERO || tens > Decimal::TEN || tens.is_sign_negative() {
        return fail(at, "a whole number of tenths before '成'");
    }
    let base = tens * Decimal::TEN;
    let mut chars = after.chars();
    let extra = match chars.next() {
        Some('半') => Some(Decimal::from(5)),
        Some(c) => match (tok(fold(c)), digit_value(c)) {
            (Some(Tok::Digit(d)), _) => Some(Decimal::from(d)),
            (_, Some(d)) => Some(Decimal::from(d)),
            _ => None,
        },
        None => None,
    };
    match extra {
        Some(x) => Ok((chars.as_str(), (base + x, None, NumeralForm::Percent))),
        None => Ok((after, (base, None, NumeralForm::Percent))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        /// Where the plain Arabic path answers, the general lexer answers
        /// the same, in both modes.
        #[test]
        fn plain_arabic_agrees_with_the_lexer(
            number in "[0-9]{1,4}(\\.[0-9]{1,3})?",
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "3", "0", "12", "486", ".", "25", ",", "万", "亿", "千", "十", "个", "家",
                    "%", "，", "。", "元", "点", "一", "两", "余", "多", "萬", "拾", "年", " ",
                    "-", "）", "(", "壹", "廿", "e", "5", "\n", "Ｏ", "０", "．", "号",
                ]),
                0..6,
            )
        ) {
            let text = format!("{number}{}", parts.concat());
            if let Some(fast) = plain_arabic(&text) {
                // Debug shows each decimal with its scale (`917.20`)
                let fast = format!("{:?}", Ok::<_, LexError>(fast));
                proptest::prop_assert_eq!(&fast, &format!("{:?}", general_lex(&text, Mode::Scan)));
                proptest::prop_assert_eq!(&fast, &format!("{:?}", general_lex(&text, Mode::Parse)));
            }
        }
    }
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn lex_table() {
        // (input, bytes-or-rest, value)
        let cases = [
            ("三千五百零二亿三千八百万x", "x", "350238000000"),
            ("十七届", "届", "17"),
            ("3502.38亿元", "元", "350238000000"),
            ("1580.70万千瓦", "千瓦", "15807000"),
            ("13万2", "", "132000"),
            ("3万2022年", "2022年", "30000"),
            ("二〇二三年", "年", "2023"),
            ("十四五", "五", "14"),
            ("1,234.5元", "元", "1234.5"),
            ("592，759", "，759", "592"),
            ("1,2345", ",2345", "1"),
            // digits grouped by spaces end at a word or unit
            ("12 600人", "人", "12600"),
            ("1 234 567元", "元", "1234567"),
            ("12\u{2009}600人", "人", "12600"),
            ("1 200 300\n", " 200 300\n", "1"),
            ("2 500 人", " 500 人", "2"),
            ("12 600,000元", " 600,000元", "12"),
            ("138 0013 8000", " 0013 8000", "138"),
            ("1234 567元", " 567元", "1234"),
            ("12 600.5元", "元", "12600.5"),
            ("2.2本", "本", "2.2"),
            ("三点半", "点半", "3"),
        ];
        for (input, rest, want) in cases {
            let l = lex(input, Mode::Scan).unwrap();
            assert_eq!(input.get(l.end..).unwrap(), rest, "{input}");
            assert_eq!(l.value, d(want), "{input}");
        }
    }

    #[test]
    fn peel_table() {
        // (input, core, exp)
        let cases = [
            ("3502.38亿", "3502.38", 8),
            ("917.20亿", "917.20", 8),
            ("3千万", "3", 7),
            ("三千万", "3000", 4),
            ("一万五千亿", "15000", 8),
            ("三万亿", "3", 12),
        ];
        for (input, core, exp) in cases {
            let p = lex(input, Mode::Scan).unwrap().peel.unwrap();
            assert_eq!(p.core.to_string(), core, "{input}");
            assert_eq!(p.exp, exp, "{input}");
        }
        assert_eq!(lex("三亿五千万", Mode::Scan).unwrap().peel, None);
        assert_eq!(lex("1万2千", Mode::Scan).unwrap().peel, None);
    }

    #[test]
    fn number_and_integer() {
        assert_eq!(number("3502.38亿元").unwrap(), ("亿元", d("3502.38")));
        assert_eq!(number("6600万农村").unwrap(), ("农村", d("66000000")));
        assert_eq!(integer("十七届").unwrap(), ("届", 17));
        assert_eq!(integer("２３号").unwrap(), ("号", 23));
        assert!(integer("届").is_err());
        assert!(integer("2.5").is_err());
    }

    #[test]
    fn numeral_characters_are_their_own_fold() {
        for c in (0x3000u32..0xA000).filter_map(char::from_u32) {
            if tok(c).is_some() {
                assert_eq!(fold(c), c, "{c}");
            }
            assert_eq!(fold_num(c), fold(c), "{c}");
        }
    }

    #[test]
    fn exact_arithmetic() {
        assert_eq!(mul_pow10(d("3502.38"), 8), Some(d("350238000000")));
        assert_eq!(mul_pow10(d("7"), 29), None);
        assert_eq!(add(d("8"), d("0.9228162514264337593543950335")), None);
        assert_eq!(
            add(d("7"), d("0.9228162514264337593543950335")),
            Some(d("7.9228162514264337593543950335"))
        );
    }
}
