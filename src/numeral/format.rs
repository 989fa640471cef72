//! Writing a decimal as Chinese numerals, plain or financial (大写),
//! simplified or traditional, with the standard 零 rules.

use rust_decimal::Decimal;

/// How [`format()`] writes numerals.
///
/// ```
/// use govreply::numeral::{format, Style};
/// use rust_decimal::Decimal;
/// assert_eq!(format(&Decimal::from(1050), Style::plain()), "一千零五十");
/// assert_eq!(format(&Decimal::from(1050), Style::financial()), "壹仟零伍拾");
/// assert_eq!(format(&Decimal::from(20000), Style::financial().traditional()), "貳萬");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    financial: bool,
    traditional: bool,
}

impl Style {
    /// Everyday numerals: 一千零五十, 十五, 三点一四, 负三.
    pub const fn plain() -> Self {
        Style {
            financial: false,
            traditional: false,
        }
    }

    /// Financial numerals (大写) as on cheques and contracts: 壹仟零伍拾.
    pub const fn financial() -> Self {
        Style {
            financial: true,
            traditional: false,
        }
    }

    /// The same style with traditional characters for 万 亿 点 负 (萬 億 點
    /// 負) and, in financial style, 貳 參 陸.
    pub const fn traditional(self) -> Self {
        Style {
            traditional: true,
            ..self
        }
    }

    /// Every style, for tests and tools.
    pub const ALL: [Style; 4] = [
        Style::plain(),
        Style::financial(),
        Style::plain().traditional(),
        Style::financial().traditional(),
    ];

    fn digit(self, d: u128) -> char {
        let i = usize::try_from(d).unwrap_or(0);
        let set: &[char; 10] = match (self.financial, self.traditional) {
            (false, _) => &['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
            (true, false) => &['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
            (true, true) => &['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
        };
        set.get(i).copied().unwrap_or('零')
    }

    fn unit(self, k: usize) -> Option<char> {
        match (k, self.financial) {
            (1, false) => Some('十'),
            (2, false) => Some('百'),
            (3, false) => Some('千'),
            (1, true) => Some('拾'),
            (2, true) => Some('佰'),
            (3, true) => Some('仟'),
            _ => None,
        }
    }

    fn wan(self) -> char {
        if self.traditional {
            '萬'
        } else {
            '万'
        }
    }

    fn yi(self) -> char {
        if self.traditional {
            '億'
        } else {
            '亿'
        }
    }
}

/// Writes `value` as Chinese numerals in `style`.
///
/// Blocks of eight digits take 亿, 亿亿, 亿亿亿 (10^8, 10^16, 10^24), each
/// written with 万 inside (一万五千亿, 三千万亿); one 零 stands for any run of zeros inside the number
/// (一千零五十, 一亿零五万); a decimal part is written digit by digit after 点
/// with its trailing zeros, so the scale is kept. Plain style drops the 一 of
/// a leading 十 (十五); financial style keeps it (壹拾伍).
/// [`parse`](super::parse) reads every output back to the same value.
///
/// ```
/// use govreply::numeral::{format, parse, Style};
/// use rust_decimal::Decimal;
/// let n: Decimal = "-10040.25".parse().unwrap();
/// let s = format(&n, Style::plain());
/// assert_eq!(s, "负一万零四十点二五");
/// assert_eq!(parse(&s)?.value, n);
/// Ok::<(), govreply::Error>(())
/// ```
pub fn format(value: &Decimal, style: Style) -> String {
    let mut out = String::new();
    let m = value.mantissa();
    if m < 0 {
        out.push(if style.traditional { '負' } else { '负' });
    }
    let m = m.unsigned_abs();
    let scale = value.scale();
    let pow = 10u128.pow(scale);
    let int = m / pow;
    let frac = m % pow;
    write_integer(int, style, &mut out);
    if scale > 0 {
        out.push(if style.traditional { '點' } else { '点' });
        let mut digits = [0u128; 28];
        let mut f = frac;
        for slot in digits.iter_mut().take(scale as usize).rev() {
            *slot = f % 10;
            f /= 10;
        }
        for d in digits.iter().take(scale as usize) {
            out.push(style.digit(*d));
        }
    }
    out
}

fn write_integer(int: u128, style: Style, out: &mut String) {
    if int == 0 {
        out.push('零');
        return;
    }
    // blocks of 10^8, each written with 万 and followed by 亿 × its rank
    let mut blocks = [0u128; 4];
    let mut n = int;
    let mut top = 0;
    for (j, b) in blocks.iter_mut().enumerate() {
        *b = n % 100_000_000;
        n /= 100_000_000;
        if *b != 0 {
            top = j;
        }
    }
    let mut started = false;
    let mut gap = false;
    for j in (0..=top).rev() {
        let b = blocks.get(j).copied().unwrap_or(0);
        if b == 0 {
            gap |= started;
            continue;
        }
        if started && (gap || b < 10_000_000) {
            out.push('零');
        }
        write_block(b, style, !started, out);
        for _ in 0..j {
            out.push(style.yi());
        }
        started = true;
        gap = false;
    }
}

/// A number below 10^8: `X万Y` with the 零 rule between the two groups.
fn write_block(b: u128, style: Style, first: bool, out: &mut String) {
    let (hi, lo) = (b / 10_000, b % 10_000);
    if hi > 0 {
        write_group(hi, style, first, out);
        out.push(style.wan());
    }
    if lo > 0 {
        if hi > 0 && lo < 1000 {
            out.push('零');
        }
        write_group(lo, style, first && hi == 0, out);
    }
}

/// One group below 10 000, without leading zeros.
fn write_group(g: u128, style: Style, first: bool, out: &mut String) {
    let digits = [g / 1000, g / 100 % 10, g / 10 % 10, g % 10];
    let mut seen = false;
    let mut zero = false;
    for (i, &d) in digits.iter().enumerate() {
        let k = 3 - i;
        if d == 0 {
            zero |= seen;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        let omit_one = !style.financial && first && !seen && k == 1 && d == 1;
        if !omit_one {
            out.push(style.digit(d));
        }
        if let Some(u) = style.unit(k) {
            out.push(u);
        }
        seen = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn format_table() {
        let cases = [
            ("0", Style::plain(), "零"),
            ("10", Style::plain(), "十"),
            ("15", Style::plain(), "十五"),
            ("15", Style::financial(), "壹拾伍"),
            ("115", Style::plain(), "一百一十五"),
            ("105", Style::plain(), "一百零五"),
            ("1050", Style::plain(), "一千零五十"),
            ("1050", Style::financial(), "壹仟零伍拾"),
            ("10040", Style::plain(), "一万零四十"),
            ("100000", Style::plain(), "十万"),
            ("101000", Style::plain(), "十万一千"),
            ("100100", Style::plain(), "十万零一百"),
            ("1903971", Style::plain(), "一百九十万三千九百七十一"),
            ("350238000000", Style::plain(), "三千五百零二亿三千八百万"),
            ("100050000", Style::plain(), "一亿零五万"),
            ("1500000000000", Style::plain(), "一万五千亿"),
            ("3000000000000000", Style::plain(), "三千万亿"),
            ("10000000000000000", Style::plain(), "一亿亿"),
            ("-3", Style::plain(), "负三"),
            ("-3", Style::plain().traditional(), "負三"),
            ("3.14", Style::plain(), "三点一四"),
            ("0.050", Style::plain(), "零点零五零"),
            ("4300000", Style::financial().traditional(), "肆佰參拾萬"),
            ("200000000", Style::plain().traditional(), "二億"),
            ("26", Style::financial().traditional(), "貳拾陸"),
        ];
        for (n, style, want) in cases {
            assert_eq!(format(&Decimal::from_str(n).unwrap(), style), want, "{n}");
        }
    }

    #[test]
    fn extremes() {
        let s = format(&Decimal::MAX, Style::plain());
        assert!(s.starts_with("七万九千二百二十八亿亿亿"), "{s}");
        assert!(format(&Decimal::MIN, Style::financial()).starts_with('负'));
    }
}
