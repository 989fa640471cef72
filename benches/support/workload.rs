//! A generated, deterministic workload of mixed numeral expressions, each
//! with its exact expected value and its kind.
//!
//! Every expression is made by drawing a number first and then writing it in
//! one of the forms of SPEC §2 (Chinese integers with 零 / 〇 / 两 and an
//! omitted leading 一, 万 / 亿 nesting, financial 大写, traditional 萬 億 兩,
//! digit-by-digit years, decimals with 点, negatives, fractions, percents,
//! per-mille, mixed Arabic–Chinese, full-width digits, thousands
//! separators). The expected value comes from the drawn number, never from
//! govreply. The random numbers come from a small splitmix64 generator with a
//! fixed seed, so every run (and every machine) sees the same workload.
//!
//! Included with `#[path = "support/workload.rs"] mod workload;` by the
//! benches and with `#[path = "../../benches/support/workload.rs"]` by the
//! integration test.
#![allow(dead_code)]
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used)]

use rust_decimal::Decimal;

/// The seed of the standard workload.
pub const SEED: u64 = 0x5EED_2023_0601_0042;

/// The size of the standard workload.
pub const SIZE: usize = 100_000;

/// The form an expression is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Plain simplified Chinese integers: `三千五百零二亿三千八百万`, `十五`, `两万`.
    ChineseInteger,
    /// Financial (大写): `壹仟零伍拾`.
    Financial,
    /// Traditional: `兩萬零五百`, `五億`.
    Traditional,
    /// Digit by digit: `二〇二三`, `一九九七`.
    DigitByDigit,
    /// Chinese decimals with 点: `三点一四`, `零点五`, `三点五亿`.
    ChineseDecimal,
    /// Negatives: `负三`, `-3.5`.
    Negative,
    /// Fractions: `三分之二`, `万分之五`, `一又四分之一`.
    Fraction,
    /// Percents: `百分之五十九`, `59%`, `12.3％`.
    Percent,
    /// Per-mille: `千分之三`, `3‰`.
    Permille,
    /// Mixed Arabic–Chinese: `3502.38亿`, `1.2万`, `5千`, `1万2千`.
    Mixed,
    /// Full-width digits: `２０２３`, `３．５`.
    FullWidth,
    /// Thousands separators: `1,234.5`.
    Thousands,
}

impl Kind {
    /// Every kind, in order.
    pub const ALL: [Kind; 12] = [
        Kind::ChineseInteger,
        Kind::Financial,
        Kind::Traditional,
        Kind::DigitByDigit,
        Kind::ChineseDecimal,
        Kind::Negative,
        Kind::Fraction,
        Kind::Percent,
        Kind::Permille,
        Kind::Mixed,
        Kind::FullWidth,
        Kind::Thousands,
    ];

    /// A short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::ChineseInteger => "chinese-integer",
            Kind::Financial => "financial",
            Kind::Traditional => "traditional",
            Kind::DigitByDigit => "digit-by-digit",
            Kind::ChineseDecimal => "chinese-decimal",
            Kind::Negative => "negative",
            Kind::Fraction => "fraction",
            Kind::Percent => "percent",
            Kind::Permille => "permille",
            Kind::Mixed => "mixed",
            Kind::FullWidth => "full-width",
            Kind::Thousands => "thousands",
        }
    }

    /// Weight out of 100 in the mixed workload.
    fn weight(self) -> u64 {
        match self {
            Kind::ChineseInteger => 30,
            Kind::Financial => 6,
            Kind::Traditional => 5,
            Kind::DigitByDigit => 6,
            Kind::ChineseDecimal => 7,
            Kind::Negative => 5,
            Kind::Fraction => 5,
            Kind::Percent => 10,
            Kind::Permille => 3,
            Kind::Mixed => 10,
            Kind::FullWidth => 5,
            Kind::Thousands => 8,
        }
    }
}

/// One generated expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expr {
    /// The text as written.
    pub text: String,
    /// The exact value: the number itself for integers and decimals, the
    /// number of percent / per-mille for percents and per-mille,
    /// `whole + numerator / denominator` (rust_decimal division) for
    /// fractions.
    pub value: Decimal,
    /// The form it is written in.
    pub kind: Kind,
}

// the test binary includes both generators, each with this module
#[allow(clippy::duplicate_mod)]
#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

/// The standard workload: [`SIZE`] expressions from [`SEED`].
pub fn standard() -> Vec<Expr> {
    generate(SIZE, SEED)
}

/// `n` expressions from `seed`, kinds drawn by weight.
pub fn generate(n: usize, seed: u64) -> Vec<Expr> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| expr(&mut rng)).collect()
}

/// `n` expressions of one kind from `seed`.
pub fn generate_kind(n: usize, seed: u64, kind: Kind) -> Vec<Expr> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| expr_of(&mut rng, kind)).collect()
}

fn expr(rng: &mut Rng) -> Expr {
    let mut x = rng.below(100);
    let mut kind = Kind::ChineseInteger;
    for k in Kind::ALL {
        if x < k.weight() {
            kind = k;
            break;
        }
        x -= k.weight();
    }
    expr_of(rng, kind)
}

fn expr_of(rng: &mut Rng, kind: Kind) -> Expr {
    let (text, value) = match kind {
        Kind::ChineseInteger => {
            let n = int_value(rng);
            (cn_int(rng, n, &PLAIN), Decimal::from(n))
        }
        Kind::Financial => {
            let n = int_value(rng);
            let style = if rng.chance(50) {
                &FINANCIAL
            } else {
                &FINANCIAL_TRAD
            };
            (cn_int(rng, n, style), Decimal::from(n))
        }
        Kind::Traditional => {
            let n = int_value(rng);
            (cn_int(rng, n, &TRAD), Decimal::from(n))
        }
        Kind::DigitByDigit => digit_by_digit(rng),
        Kind::ChineseDecimal => cn_decimal(rng),
        Kind::Negative => negative(rng),
        Kind::Fraction => fraction(rng),
        Kind::Percent => percent(rng),
        Kind::Permille => permille(rng),
        Kind::Mixed => mixed(rng),
        Kind::FullWidth => full_width(rng),
        Kind::Thousands => thousands(rng),
    };
    Expr { text, value, kind }
}

/// The characters of one style of Chinese numerals.
struct Style {
    digits: [char; 10],
    ten: char,
    hundred: char,
    thousand: char,
    wan: char,
    yi: char,
    /// 两 / 兩 before 百 千 万 亿, where the style uses it.
    liang: Option<char>,
    /// 〇 as an alternative zero.
    circle_zero: bool,
    /// 十 without 一 at the start.
    bare_ten: bool,
    point: char,
}

const PLAIN: Style = Style {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    ten: '十',
    hundred: '百',
    thousand: '千',
    wan: '万',
    yi: '亿',
    liang: Some('两'),
    circle_zero: true,
    bare_ten: true,
    point: '点',
};

const TRAD: Style = Style {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    ten: '十',
    hundred: '百',
    thousand: '千',
    wan: '萬',
    yi: '億',
    liang: Some('兩'),
    circle_zero: false,
    bare_ten: true,
    point: '點',
};

const FINANCIAL: Style = Style {
    digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
    ten: '拾',
    hundred: '佰',
    thousand: '仟',
    wan: '万',
    yi: '亿',
    liang: None,
    circle_zero: false,
    bare_ten: false,
    point: '点',
};

const FINANCIAL_TRAD: Style = Style {
    digits: ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
    ten: '拾',
    hundred: '佰',
    thousand: '仟',
    wan: '萬',
    yi: '億',
    liang: None,
    circle_zero: false,
    bare_ten: false,
    point: '點',
};

const POW10: [u64; 17] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
];

/// An integer with `digits` digits, many of them zero (to exercise the 零
/// rules), sometimes rounded to a few significant digits.
fn sparse(rng: &mut Rng, digits: u32) -> u64 {
    let mut n = rng.range(1, 9);
    for _ in 1..digits {
        let d = if rng.chance(40) { 0 } else { rng.range(1, 9) };
        n = n * 10 + d;
    }
    if digits > 2 && rng.chance(35) {
        let keep = rng.range(1, u64::from(digits.min(4)));
        let drop = POW10[(u64::from(digits) - keep) as usize];
        n = n / drop * drop;
    }
    n
}

/// [`sparse`] with a digit count in `lo..=hi`.
fn sparse_in(rng: &mut Rng, lo: u64, hi: u64) -> u64 {
    let digits = rng.range(lo, hi) as u32;
    sparse(rng, digits)
}

/// An integer below 10^16 for the Chinese forms.
fn int_value(rng: &mut Rng) -> u64 {
    match rng.below(10) {
        0 | 1 => rng.below(100),
        2 | 3 => rng.below(10_000),
        4 | 5 => sparse_in(rng, 5, 8),
        6 | 7 => sparse_in(rng, 9, 16),
        8 => rng.range(1, 9) * POW10[rng.below(16) as usize],
        _ => sparse_in(rng, 1, 16),
    }
}

/// `n` (< 10^16) in Chinese numerals of `style`, in standard usage: 零 for
/// every run of missing places inside the number, `十五` (no 一) at the
/// start, 两 before 百 千 万 亿 some of the time.
fn cn_int(rng: &mut Rng, n: u64, style: &Style) -> String {
    let mut out = String::new();
    write_int(rng, n, style, &mut out);
    out
}

fn write_int(rng: &mut Rng, n: u64, style: &Style, out: &mut String) {
    if n == 0 {
        out.push(zero(rng, style));
        return;
    }
    write_yi(rng, n, style, out, true);
}

fn zero(rng: &mut Rng, style: &Style) -> char {
    if style.circle_zero && rng.chance(10) {
        '〇'
    } else {
        style.digits[0]
    }
}

/// n in 1..10^16.
fn write_yi(rng: &mut Rng, n: u64, style: &Style, out: &mut String, start: bool) {
    let hi = n / POW10[8];
    let lo = n % POW10[8];
    if hi > 0 {
        write_wan(rng, hi, style, out, start, true);
        out.push(style.yi);
        if lo > 0 {
            if lo < POW10[7] {
                out.push(zero(rng, style));
            }
            write_wan(rng, lo, style, out, false, false);
        }
    } else {
        write_wan(rng, lo, style, out, start, false);
    }
}

/// n in 1..10^8.
fn write_wan(rng: &mut Rng, n: u64, style: &Style, out: &mut String, start: bool, big: bool) {
    let hi = n / POW10[4];
    let lo = n % POW10[4];
    if hi > 0 {
        write_section(rng, hi, style, out, start, true);
        out.push(style.wan);
        if lo > 0 {
            if lo < 1000 {
                out.push(zero(rng, style));
            }
            write_section(rng, lo, style, out, false, false);
        }
    } else {
        write_section(rng, lo, style, out, start, big);
    }
}

/// n in 1..10^4; `big` when 万 or 亿 follows.
fn write_section(rng: &mut Rng, n: u64, style: &Style, out: &mut String, start: bool, big: bool) {
    if n == 2 && big {
        if let Some(l) = style.liang {
            if rng.chance(60) {
                out.push(l);
                return;
            }
        }
    }
    let places = [
        (n / 1000, Some(style.thousand)),
        (n / 100 % 10, Some(style.hundred)),
        (n / 10 % 10, Some(style.ten)),
        (n % 10, None),
    ];
    let mut begun = false;
    let mut pending_zero = false;
    for (i, (d, unit)) in places.into_iter().enumerate() {
        if d == 0 {
            if begun {
                pending_zero = true;
            }
            continue;
        }
        if pending_zero {
            // only where a nonzero digit follows a gap
            out.push(zero(rng, style));
            pending_zero = false;
        }
        let is_ten = i == 2;
        if is_ten && d == 1 && !begun && start && style.bare_ten && rng.chance(70) {
            // 十五, 十万
        } else if d == 2 && i < 2 && style.liang.is_some() && rng.chance(40) {
            out.push(style.liang.unwrap_or('两'));
        } else {
            out.push(style.digits[d as usize]);
        }
        if let Some(u) = unit {
            out.push(u);
        }
        begun = true;
    }
}

/// Digit by digit: years (`二〇二三`, `一九九七`) and digit strings.
fn digit_by_digit(rng: &mut Rng) -> (String, Decimal) {
    const ZEROS: [char; 3] = ['〇', '零', '○'];
    const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let (n, len) = if rng.chance(75) {
        (rng.range(1949, 2035), 4)
    } else {
        let len = rng.range(3, 8) as u32;
        (
            rng.range(POW10[len as usize - 1], POW10[len as usize] - 1),
            len,
        )
    };
    let zero = rng.pick(&ZEROS);
    let yao = len != 4 && rng.chance(20);
    let mut s = String::new();
    for i in (0..len).rev() {
        let d = n / POW10[i as usize] % 10;
        s.push(match d {
            0 => zero,
            1 if yao => '幺',
            d => DIGITS[d as usize - 1],
        });
    }
    (s, Decimal::from(n))
}

/// Fraction digits after 点 (digit by digit).
fn write_frac(rng: &mut Rng, m: u64, places: u32, style: &Style, out: &mut String) {
    for i in (0..places).rev() {
        let d = m / POW10[i as usize] % 10;
        out.push(if d == 0 {
            zero(rng, style)
        } else {
            style.digits[d as usize]
        });
    }
}

/// A Chinese decimal: `三点一四`, `零点五`, `十二点零五`, `三点五亿`.
fn cn_decimal_value(rng: &mut Rng, style: &Style) -> (String, Decimal) {
    let int = match rng.below(4) {
        0 => 0,
        1 => rng.below(10),
        2 => rng.below(100),
        _ => sparse_in(rng, 3, 6),
    };
    let places = rng.range(1, 4) as u32;
    let frac = rng.below(POW10[places as usize]);
    let mut s = String::new();
    write_int(rng, int, style, &mut s);
    s.push(style.point);
    write_frac(rng, frac, places, style, &mut s);
    let mut v = Decimal::from(int) + Decimal::new(frac as i64, places);
    if int < 10_000 && rng.chance(15) {
        let (c, k) = if rng.chance(50) {
            (style.wan, 4)
        } else {
            (style.yi, 8)
        };
        s.push(c);
        v *= Decimal::from(POW10[k]);
    }
    (s, v)
}

fn cn_decimal(rng: &mut Rng) -> (String, Decimal) {
    let style = if rng.chance(85) { &PLAIN } else { &TRAD };
    cn_decimal_value(rng, style)
}

/// An Arabic decimal with 0–`max_places` places, trailing zeros kept
/// (`917.20`).
fn arabic_value(rng: &mut Rng, int_digits: u32, max_places: u32) -> Decimal {
    let places = rng.range(0, u64::from(max_places)) as u32;
    let int = if int_digits == 0 {
        0
    } else {
        rng.range(
            if int_digits == 1 {
                0
            } else {
                POW10[int_digits as usize - 1]
            },
            POW10[int_digits as usize] - 1,
        )
    };
    let frac = rng.below(POW10[places as usize]);
    Decimal::new((int * POW10[places as usize] + frac) as i64, places)
}

/// [`arabic_value`] with an integer digit count in `lo..=hi`.
fn arabic_in(rng: &mut Rng, lo: u64, hi: u64, max_places: u32) -> Decimal {
    let digits = rng.range(lo, hi) as u32;
    arabic_value(rng, digits, max_places)
}

/// Negatives: `负三`, `负三点五`, `負兩百`, `-3.5`, `－12`.
fn negative(rng: &mut Rng) -> (String, Decimal) {
    match rng.below(4) {
        0 => {
            let n = int_value(rng).max(1);
            let style = if rng.chance(80) { &PLAIN } else { &TRAD };
            let sign = if std::ptr::eq(style, &TRAD) {
                '負'
            } else {
                '负'
            };
            (
                format!("{sign}{}", cn_int(rng, n, style)),
                -Decimal::from(n),
            )
        }
        1 => {
            let (s, v) = cn_decimal_value(rng, &PLAIN);
            if v.is_zero() {
                return ("负一".to_string(), -Decimal::ONE);
            }
            (format!("负{s}"), -v)
        }
        _ => {
            let digits = rng.range(1, 6) as u32;
            let mut v = arabic_value(rng, digits, 3);
            if v.is_zero() {
                v = Decimal::new(35, 1);
            }
            let sign = rng.pick(&['-', '-', '－', '−']);
            (format!("{sign}{v}"), -v)
        }
    }
}

/// Fractions: `三分之二`, `一百分之七` (rarely), `万分之五`, `一又四分之一`.
fn fraction(rng: &mut Rng) -> (String, Decimal) {
    match rng.below(10) {
        0 => {
            let num = rng.range(1, 99);
            let mut s = "万分之".to_string();
            write_int(rng, num, &PLAIN, &mut s);
            (s, Decimal::from(num) / Decimal::from(10_000))
        }
        1 => {
            let whole = rng.range(1, 9);
            let den = rng.range(2, 12);
            let num = rng.range(1, den - 1);
            let mut s = String::new();
            write_int(rng, whole, &PLAIN, &mut s);
            s.push('又');
            write_int(rng, den, &PLAIN, &mut s);
            s.push_str("分之");
            write_int(rng, num, &PLAIN, &mut s);
            let q = (Decimal::from(num) / Decimal::from(den)).normalize();
            (s, (Decimal::from(whole) + q).normalize())
        }
        _ => {
            let den = if rng.chance(80) {
                rng.range(2, 12)
            } else {
                rng.range(13, 1000)
            };
            let num = rng.range(1, den - 1);
            let mut s = String::new();
            write_int(rng, den, &PLAIN, &mut s);
            s.push_str("分之");
            write_int(rng, num, &PLAIN, &mut s);
            (s, Decimal::from(num) / Decimal::from(den))
        }
    }
}

/// Full-width form of an ASCII number.
fn widen(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            '.' => '．',
            c => c,
        })
        .collect()
}

/// Percents: `百分之五十九`, `百分之一点五七`, `百分之12.3`, `59%`, `12.3％`, `５９％`.
fn percent(rng: &mut Rng) -> (String, Decimal) {
    match rng.below(6) {
        0 | 1 => {
            let n = rng.range(0, 100);
            let mut s = "百分之".to_string();
            write_int(rng, n, &PLAIN, &mut s);
            (s, Decimal::from(n))
        }
        2 => {
            let mut s = "百分之".to_string();
            let (d, v) = {
                let int = rng.below(100);
                let places = rng.range(1, 2) as u32;
                let frac = rng.below(POW10[places as usize]);
                let mut t = String::new();
                write_int(rng, int, &PLAIN, &mut t);
                t.push('点');
                write_frac(rng, frac, places, &PLAIN, &mut t);
                (t, Decimal::from(int) + Decimal::new(frac as i64, places))
            };
            s.push_str(&d);
            (s, v)
        }
        3 => {
            let v = arabic_in(rng, 1, 2, 2);
            (format!("百分之{v}"), v)
        }
        _ => {
            let v = arabic_in(rng, 1, 3, 2);
            let text = match rng.below(4) {
                0 => format!("{v}％"),
                1 => widen(&format!("{v}％")),
                _ => format!("{v}%"),
            };
            (text, v)
        }
    }
}

/// Per-mille: `千分之三`, `千分之二点五`, `3‰`, `2.5‰`.
fn permille(rng: &mut Rng) -> (String, Decimal) {
    match rng.below(3) {
        0 | 1 => {
            let n = rng.range(1, 999);
            let mut s = "千分之".to_string();
            write_int(rng, n, &PLAIN, &mut s);
            (s, Decimal::from(n))
        }
        _ => {
            let v = arabic_in(rng, 1, 2, 1);
            (format!("{v}‰"), v)
        }
    }
}

/// Mixed Arabic–Chinese: `3502.38亿`, `1.2万`, `5千`, `1万2千`, `1万2000`,
/// `3亿5000万`, `7千3百`, `1.5万亿`.
fn mixed(rng: &mut Rng) -> (String, Decimal) {
    match rng.below(8) {
        0..=2 => {
            let v = arabic_in(rng, 1, 4, 2);
            let v = if v.is_zero() { Decimal::ONE } else { v };
            let (u, k) = rng.pick(&[("亿", 8u32), ("万", 4), ("万亿", 12), ("萬", 4), ("億", 8)]);
            (format!("{v}{u}"), v * Decimal::from(POW10[k as usize]))
        }
        3 => {
            let n = rng.range(1, 9);
            let (u, k) = rng.pick(&[("千", 3usize), ("百", 2), ("十", 1)]);
            (format!("{n}{u}"), Decimal::from(n * POW10[k]))
        }
        4 => {
            let a = rng.range(1, 9999);
            let b = rng.range(1, 9);
            (format!("{a}万{b}千"), Decimal::from(a * 10_000 + b * 1_000))
        }
        5 => {
            let a = rng.range(1, 999);
            let b = rng.range(1000, 9999);
            (format!("{a}万{b}"), Decimal::from(a * 10_000 + b))
        }
        6 => {
            let a = rng.range(1, 9999);
            let b = rng.range(1, 9999);
            (
                format!("{a}亿{b}万"),
                Decimal::from(a * POW10[8] + b * POW10[4]),
            )
        }
        _ => {
            let a = rng.range(1, 9);
            let b = rng.range(1, 9);
            (format!("{a}千{b}百"), Decimal::from(a * 1000 + b * 100))
        }
    }
}

/// Full-width digits: `２０２３`, `３．５`, `１２３４５６`.
fn full_width(rng: &mut Rng) -> (String, Decimal) {
    let v = arabic_in(rng, 1, 9, 3);
    (widen(&v.to_string()), v)
}

/// Thousands separators: `1,234.5`, `1,234,567`, `12,345.67`.
fn thousands(rng: &mut Rng) -> (String, Decimal) {
    let v = arabic_in(rng, 4, 12, 2);
    let s = v.to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    let first = int.len() % 3;
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (i + 3 - first) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if let Some(f) = frac {
        grouped.push('.');
        grouped.push_str(&f);
    }
    (grouped, v)
}
