//! The fast path of [`super::parse`]: the standard written shape of a
//! Chinese integer below 10^16, read in machine integers with two table
//! look-ups per character and no data-dependent branch.
//!
//! ```text
//! standard = sign? ( zero | group ("亿" "零"? group?)? )
//! group    = section ("万" "零"? section?)?
//! section  = "十"? (digit unit "零"?)* digit?        unit = 十 | 百 | 千
//! ```
//!
//! Everything else — colloquial trailing digits (`两千六`), digit-by-digit
//! forms and ranges (`二〇二三`, `两三`), nested or repeated big units
//! (`亿亿`, `一万五万`), 廿, points, Arabic digits, percent and fraction
//! words — gives `None`, and the general grammar ([`super::grammar`])
//! decides. Where this path gives a value the general grammar gives the same
//! one; property tests check that on random and on nearly-standard strings.
//!
//! How it works: every numeral character is three bytes of UTF-8; the three
//! bytes are looked up in a perfect hash table ([`CHARS`]) that gives the
//! character's class and digit value. The class drives a finite automaton
//! ([`DFA`], built at compile time by [`step`]) that checks the shape, and,
//! with no branch, a few multiply-adds with per-class factors
//! ([`FACTORS`]) that accumulate the value: the digit waiting for its unit,
//! the section, the part closed by 万 and the part closed by 亿.

/// Character classes (columns of [`DFA`]).
const NONE: u8 = 0;
const DIGIT: u8 = 1;
const ZERO: u8 = 2;
const TEN: u8 = 3;
const HUNDRED: u8 = 4;
const THOUSAND: u8 = 5;
const WAN: u8 = 6;
const YI: u8 = 7;
const CLASSES: usize = 8;

/// The numeral characters of the standard shape with their class and digit
/// value: plain, financial and traditional forms (those that
/// [`crate::text::fold`] and the general grammar's `tok` put in the same
/// class; a test checks that).
const KEYS: [(char, u8, u8); 39] = [
    ('零', ZERO, 0),
    ('〇', ZERO, 0),
    ('○', ZERO, 0),
    ('一', DIGIT, 1),
    ('壹', DIGIT, 1),
    ('幺', DIGIT, 1),
    ('二', DIGIT, 2),
    ('两', DIGIT, 2),
    ('贰', DIGIT, 2),
    ('兩', DIGIT, 2),
    ('貳', DIGIT, 2),
    ('三', DIGIT, 3),
    ('叁', DIGIT, 3),
    ('参', DIGIT, 3),
    ('參', DIGIT, 3),
    ('四', DIGIT, 4),
    ('肆', DIGIT, 4),
    ('五', DIGIT, 5),
    ('伍', DIGIT, 5),
    ('六', DIGIT, 6),
    ('陆', DIGIT, 6),
    ('陸', DIGIT, 6),
    ('七', DIGIT, 7),
    ('柒', DIGIT, 7),
    ('八', DIGIT, 8),
    ('捌', DIGIT, 8),
    ('九', DIGIT, 9),
    ('玖', DIGIT, 9),
    ('十', TEN, 0),
    ('拾', TEN, 0),
    ('百', HUNDRED, 0),
    ('佰', HUNDRED, 0),
    ('千', THOUSAND, 0),
    ('仟', THOUSAND, 0),
    ('万', WAN, 0),
    ('萬', WAN, 0),
    ('亿', YI, 0),
    ('億', YI, 0),
    // a second spelling of 〇 that fold maps to it
    ('◯', ZERO, 0),
];

/// One slot of the perfect hash table: the three UTF-8 bytes as a big-endian
/// number (0 for an empty slot, which no three-byte character equals),
/// class and digit value.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u32,
    class: u8,
    digit: u8,
}

/// The multiplier of the perfect hash (found by search: no two [`KEYS`]
/// share a slot; a test checks that).
const HASH_MUL: u32 = 0x8494_9aab;
const HASH_BITS: u32 = 7;
const SLOTS: usize = 1 << HASH_BITS;

#[inline]
const fn slot_of(key: u32) -> usize {
    (key.wrapping_mul(HASH_MUL) >> (32 - HASH_BITS)) as usize
}

/// The three bytes of a three-byte character as a big-endian number.
const fn key_of(c: char) -> u32 {
    let mut buf = [0u8; 4];
    let bytes = c.encode_utf8(&mut buf).as_bytes();
    match bytes {
        [a, b, c] => (*a as u32) << 16 | (*b as u32) << 8 | *c as u32,
        _ => 0,
    }
}

/// The perfect hash table of [`KEYS`].
// Built at compile time: an index out of range would stop the build, it
// cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const CHARS: [Slot; SLOTS] = {
    let mut t = [Slot {
        key: 0,
        class: NONE,
        digit: 0,
    }; SLOTS];
    let mut i = 0;
    while i < KEYS.len() {
        let (c, class, digit) = KEYS[i];
        let key = key_of(c);
        t[slot_of(key)] = Slot { key, class, digit };
        i += 1;
    }
    t
};

// Automaton states: bits 0–3 what came last, bits 4–5 the last small unit
// of the section (0 = none, else 十 1, 百 2, 千 3), bit 6 a 万 closed this
// group, bit 7 a 亿 was seen.
const START: u8 = 0;
/// A digit that may stand as the units place (at the start, after 零 or 十).
const DIGIT_FREE: u8 = 1;
/// A digit that must be followed by its unit (after 百, 千, 万, 亿).
const DIGIT_BOUND: u8 = 2;
const AFTER_ZERO: u8 = 3;
const AFTER_UNIT: u8 = 4;
const AFTER_WAN: u8 = 5;
const AFTER_YI: u8 = 6;
/// `零` alone.
const ZERO_ONLY: u8 = 7;
const REJECT: u8 = 8;

const HAS_WAN: u8 = 1 << 6;
const HAS_YI: u8 = 1 << 7;

/// One step of the automaton: the state after `class` in `state`.
const fn step(state: u8, class: u8) -> u8 {
    let last = state & 0x0F;
    let unit = (state >> 4) & 3; // 0 = no unit yet in this section
    let flags = state & (HAS_WAN | HAS_YI);
    if last >= REJECT {
        return REJECT;
    }
    match class {
        DIGIT => match last {
            START | AFTER_ZERO => DIGIT_FREE | (unit << 4) | flags,
            AFTER_UNIT if unit == 1 => DIGIT_FREE | (unit << 4) | flags,
            AFTER_UNIT | AFTER_WAN | AFTER_YI => DIGIT_BOUND | (unit << 4) | flags,
            _ => REJECT,
        },
        ZERO => match last {
            START if flags == 0 => ZERO_ONLY,
            AFTER_UNIT | AFTER_WAN | AFTER_YI => AFTER_ZERO | (unit << 4) | flags,
            _ => REJECT,
        },
        TEN | HUNDRED | THOUSAND => {
            let k = class - TEN + 1;
            let ok = match last {
                DIGIT_FREE | DIGIT_BOUND => true,
                START | AFTER_ZERO => k == 1,
                _ => false,
            };
            if ok && (unit == 0 || k < unit) {
                AFTER_UNIT | (k << 4) | flags
            } else {
                REJECT
            }
        }
        WAN => match last {
            DIGIT_FREE | AFTER_UNIT if flags & HAS_WAN == 0 => AFTER_WAN | flags | HAS_WAN,
            _ => REJECT,
        },
        YI => match last {
            DIGIT_FREE | AFTER_UNIT | AFTER_WAN if flags & HAS_YI == 0 => AFTER_YI | HAS_YI,
            _ => REJECT,
        },
        _ => REJECT,
    }
}

/// Whether the text may end in `state`.
const fn accepts(state: u8) -> bool {
    matches!(
        state & 0x0F,
        DIGIT_FREE | AFTER_UNIT | AFTER_WAN | AFTER_YI | ZERO_ONLY
    )
}

/// The automaton as a table: `DFA[state][class]`.
// Built at compile time (see [`CHARS`]).
#[allow(clippy::indexing_slicing)]
const DFA: [[u8; CLASSES]; 256] = {
    let mut t = [[REJECT; CLASSES]; 256];
    let mut s = 0;
    while s < 256 {
        let mut c = 0;
        while c < CLASSES {
            t[s][c] = step(s as u8, c as u8);
            c += 1;
        }
        s += 1;
    }
    t
};

/// Per-class factors of the value update (see [`standard_integer`]):
/// `(unit, keep_section, wan, keep_wan, yi)`.
const FACTORS: [[u64; 5]; CLASSES] = [
    [0, 1, 0, 1, 0],           // NONE (the automaton rejects)
    [0, 1, 0, 1, 0],           // DIGIT
    [0, 1, 0, 1, 0],           // ZERO
    [10, 1, 0, 1, 0],          // 十
    [100, 1, 0, 1, 0],         // 百
    [1_000, 1, 0, 1, 0],       // 千
    [0, 0, 10_000, 1, 0],      // 万
    [0, 0, 0, 0, 100_000_000], // 亿
];

/// Reads the whole of `s` as a standard Chinese integer: `(negative,
/// magnitude)`, or `None` when `s` has any other shape (see the module
/// documentation).
///
/// Example: `三千五百零二亿三千八百万` → `(false, 350_238_000_000)`.
#[inline]
pub(crate) fn standard_integer(s: &str) -> Option<(bool, u64)> {
    let (neg, body) = match s.strip_prefix('负').or_else(|| s.strip_prefix('負')) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let chunks = body.as_bytes().chunks_exact(3);
    if !chunks.remainder().is_empty() {
        return None;
    }
    let (mut digit, mut sec, mut wan, mut yi) = (0u64, 0u64, 0u64, 0u64);
    let mut state = START;
    for ch in chunks {
        let key = match *ch {
            [a, b, c] => u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c),
            _ => 0,
        };
        let slot = CHARS.get(slot_of(key)).copied()?;
        let class = if slot.key == key { slot.class } else { NONE };
        state = DFA
            .get(usize::from(state))
            .and_then(|row| row.get(usize::from(class)))
            .copied()
            .unwrap_or(REJECT);
        if state == REJECT {
            return None;
        }
        let [unit, keep_sec, wan_f, keep_wan, yi_f] =
            FACTORS.get(usize::from(class)).copied().unwrap_or_default();
        // all from the old values; the automaton guarantees that an
        // accepted text never overflows (the value stays below 10^16)
        let run = sec.wrapping_add(digit);
        yi = yi.wrapping_add(wan.wrapping_add(run).wrapping_mul(yi_f));
        wan = wan
            .wrapping_mul(keep_wan)
            .wrapping_add(run.wrapping_mul(wan_f));
        sec = sec
            .wrapping_mul(keep_sec)
            .wrapping_add(digit.max(1).wrapping_mul(unit));
        digit = u64::from(slot.digit);
    }
    if !accepts(state) {
        return None;
    }
    let v = yi.wrapping_add(wan).wrapping_add(sec).wrapping_add(digit);
    if neg && v == 0 {
        return None;
    }
    Some((neg, v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NumeralForm;
    use crate::numeral::grammar::{numeral, tok, Tok};
    use crate::numeral::{format, Style};
    use crate::text::fold;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    #[test]
    fn the_hash_is_perfect_and_the_classes_agree_with_the_general_grammar() {
        for (c, class, digit) in KEYS {
            let key = key_of(c);
            let slot = CHARS[slot_of(key)];
            assert_eq!(
                (slot.key, slot.class, slot.digit),
                (key, class, digit),
                "{c}"
            );
            let want = match tok(fold(c)) {
                Some(Tok::Digit(d)) => (DIGIT, d),
                Some(Tok::Zero) => (ZERO, 0),
                Some(Tok::Unit(k)) => (TEN + k as u8 - 1, 0),
                Some(Tok::Big(4)) => (WAN, 0),
                Some(Tok::Big(8)) => (YI, 0),
                other => panic!("{c}: {other:?}"),
            };
            assert_eq!((class, digit), want, "{c}");
        }
        // no other character is taken for a numeral
        for c in "负点分之又成廿卅万亿x1１％".chars() {
            let key = key_of(c);
            let slot = CHARS[slot_of(key)];
            assert!(slot.key != key || KEYS.iter().any(|k| k.0 == c), "{c}");
        }
    }

    #[test]
    fn standard_integer_table() {
        // (input, value, or None where the general grammar decides)
        let cases: &[(&str, Option<i64>)] = &[
            ("零", Some(0)),
            ("〇", Some(0)),
            ("五", Some(5)),
            ("十", Some(10)),
            ("十五", Some(15)),
            ("一十五", Some(15)),
            ("二十五万", Some(250_000)),
            ("一百零五", Some(105)),
            ("一千零五十", Some(1050)),
            ("一千零十", Some(1010)),
            ("两千", Some(2000)),
            ("一万零五", Some(10_005)),
            ("一亿零五万", Some(100_050_000)),
            ("一万亿", Some(1_000_000_000_000)),
            ("三千万亿", Some(3_000_000_000_000_000)),
            ("一万五千亿", Some(1_500_000_000_000)),
            ("三亿五千万", Some(350_000_000)),
            ("三千五百零二亿三千八百万", Some(350_238_000_000)),
            ("壹仟零伍拾", Some(1050)),
            ("兩萬零五百", Some(20_500)),
            ("负三", Some(-3)),
            ("負十五萬", Some(-150_000)),
            (
                "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
                Some(9_999_999_999_999_999),
            ),
            // left to the general grammar
            ("负零", None),
            ("零零", None),
            ("零五", None),
            ("两千六", None),
            ("一万五", None),
            ("三亿五", None),
            ("百二", None),
            ("千一", None),
            ("二〇二三", None),
            ("两三", None),
            ("〇五", None),
            ("一亿亿", None),
            ("万万", None),
            ("一万五万", None),
            ("一千五万", None),
            ("一百零", None),
            ("一千零零五", None),
            ("一百十", None),
            ("十十", None),
            ("廿二", None),
            ("三点五", None),
            ("1万", None),
            ("百分之五", None),
            ("三分之二", None),
            ("三千 五百", None),
            ("", None),
        ];
        for (input, want) in cases {
            let got = standard_integer(input).map(|(neg, v)| {
                let v = i64::try_from(v).unwrap();
                if neg {
                    -v
                } else {
                    v
                }
            });
            assert_eq!(got, *want, "{input}");
        }
    }

    /// Where the fast path gives a value, the general grammar gives it too.
    fn agrees_with_the_general_grammar(s: &str) -> Result<(), TestCaseError> {
        let Some((neg, v)) = standard_integer(s) else {
            return Ok(());
        };
        let want = if neg {
            -Decimal::from(v)
        } else {
            Decimal::from(v)
        };
        match numeral(s) {
            Ok(("", (got, None, NumeralForm::Integer))) if got == want => Ok(()),
            other => Err(TestCaseError::fail(format!(
                "{s}: fast {want}, general {other:?}"
            ))),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn agrees_on_random_strings(
            s in "负?([一二两三四五六七八九]?[十百千万亿]?零?){0,8}[零〇一二两三四五六七八九十百千万亿壹拾佰仟萬億兩]{0,3}"
        ) {
            agrees_with_the_general_grammar(&s)?;
        }

        #[test]
        fn agrees_near_standard_strings(
            n in 0u64..10_000_000_000_000_000,
            at in 0usize..40,
            op in 0u8..3,
            c in proptest::sample::select("零〇一二两三五九十百千万亿负".chars().collect::<Vec<_>>()),
        ) {
            // one character deleted, replaced or inserted in a standard numeral
            let mut chars: Vec<char> = format(&Decimal::from(n), Style::plain()).chars().collect();
            let at = at % (chars.len() + 1);
            match op {
                0 if at < chars.len() => {
                    chars.remove(at);
                }
                1 if at < chars.len() => chars[at] = c,
                _ => chars.insert(at, c),
            }
            let s: String = chars.into_iter().collect();
            agrees_with_the_general_grammar(&s)?;
        }

        #[test]
        fn reads_every_formatted_integer(n in 0u64..10_000_000_000_000_000) {
            for style in Style::ALL {
                let text = format(&Decimal::from(n), style);
                prop_assert_eq!(standard_integer(&text), Some((false, n)), "{}", text);
                agrees_with_the_general_grammar(&text)?;
            }
        }
    }
}
