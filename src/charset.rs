//! Sets of characters built at compile time, and a byte-level search for
//! the next member in a text: the first step of every finder that starts
//! at a few kinds of characters (digits and Chinese numerals, quotes)
//! among thousands of others.
//!
//! A set is built from its members in folded form (see [`crate::text::fold`])
//! and also holds every character that folds to one of them: traditional
//! forms, full-width ASCII, the circle zeros, the dash and space variants.
//! Finders use a set as a prefilter and then apply their exact predicate,
//! so a set may hold more than a finder wants, never less.

use crate::trad::TRAD_TO_SIMP;

/// First code point of the ideograph range kept as a bitmap (U+3000, the
/// CJK symbols and punctuation block).
const CJK_FIRST: u32 = 0x3000;
/// One past the last code point of that range (the end of the basic
/// ideographs).
const CJK_END: u32 = 0xA000;
const CJK_WORDS: usize = ((CJK_END - CJK_FIRST) / 64) as usize;
/// How many members may stand outside ASCII and the ideograph range.
const MAX_OTHER: usize = 48;

/// The general punctuation block (dashes, curly quotes, the thin spaces),
/// kept as a bitmap.
const PUNCT_FIRST: u32 = 0x2000;
const PUNCT_END: u32 = 0x2080;
/// The first half of the full-width forms block (full-width ASCII),
/// kept as a bitmap.
const FULL_FIRST: u32 = 0xFF00;
const FULL_END: u32 = 0xFF80;

/// Which character of a word [`CharSet::word_ends`] takes.
#[derive(Clone, Copy)]
pub(crate) enum End {
    /// The first.
    First,
    /// The last.
    Last,
}

/// A set of characters: bitmaps for ASCII, general punctuation,
/// U+3000–U+9FFF and full-width ASCII, a short list for the rest.
pub(crate) struct CharSet {
    ascii: u128,
    punct: [u64; 2],
    cjk: [u64; CJK_WORDS],
    full: [u64; 2],
    other: [char; MAX_OTHER],
    others: usize,
}

/// The characters other than traditional ones that [`crate::text::fold`]
/// maps to another character, as (from, to). Kept beside `fold` by the
/// `matches_fold` test.
const FOLDS: &[(char, char)] = &[
    ('\u{3000}', ' '),
    ('\u{00A0}', ' '),
    ('\u{2002}', ' '),
    ('\u{2003}', ' '),
    ('\u{2004}', ' '),
    ('\u{2005}', ' '),
    ('\u{2006}', ' '),
    ('\u{2007}', ' '),
    ('\u{2008}', ' '),
    ('\u{2009}', ' '),
    ('\u{200A}', ' '),
    ('\u{202F}', ' '),
    ('\u{205F}', ' '),
    ('○', '〇'),
    ('◯', '〇'),
    ('〔', '['),
    ('［', '['),
    ('【', '['),
    ('〖', '['),
    ('〕', ']'),
    ('］', ']'),
    ('】', ']'),
    ('〗', ']'),
    ('∶', ':'),
    ('︰', ':'),
    ('—', '-'),
    ('–', '-'),
    ('－', '-'),
    ('‐', '-'),
    ('‑', '-'),
    ('−', '-'),
];

/// The code point of the UTF-8 sequence starting at `bytes[i]` and its
/// length (the input is valid UTF-8: it comes from a `&str`).
// Runs at compile time only: an index out of range would stop the build.
#[allow(clippy::indexing_slicing)]
const fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = bytes[i] as u32;
    if b < 0x80 {
        (b, 1)
    } else if b < 0xE0 {
        (((b & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2)
    } else if b < 0xF0 {
        (
            ((b & 0x0F) << 12) | ((bytes[i + 1] as u32 & 0x3F) << 6) | (bytes[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((b & 0x07) << 18)
                | ((bytes[i + 1] as u32 & 0x3F) << 12)
                | ((bytes[i + 2] as u32 & 0x3F) << 6)
                | (bytes[i + 3] as u32 & 0x3F),
            4,
        )
    }
}

impl CharSet {
    /// The set of `members` (written folded) and every character that
    /// folds to one of them.
    // Runs at compile time only: an index out of range, or more than
    // MAX_OTHER members outside the bitmaps, stops the build.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn folded(members: &str) -> CharSet {
        let mut set = CharSet {
            ascii: 0,
            punct: [0; 2],
            cjk: [0; CJK_WORDS],
            full: [0; 2],
            other: ['\0'; MAX_OTHER],
            others: 0,
        };
        let bytes = members.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let (c, len) = decode(bytes, i);
            set.add_folded(c);
            i += len;
        }
        set
    }

    /// The set of the first (or last) characters of `words`, written
    /// folded, and every character that folds to one of them.
    pub(crate) const fn word_ends(words: &[&str], end: End) -> CharSet {
        CharSet::folded("").with_word_ends(words, end)
    }

    /// [`CharSet::word_ends`] for a table of `(word, value)` rows.
    // Runs at compile time only: an index out of range would stop the build.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn row_ends<T>(rows: &[(&str, T)], end: End) -> CharSet {
        let mut set = CharSet::folded("");
        let mut k = 0;
        while k < rows.len() {
            set.add_end(rows[k].0, end);
            k += 1;
        }
        set
    }

    /// This set with the first (or last) characters of `words` added.
    // Runs at compile time only, as `row_ends`.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn with_word_ends(mut self, words: &[&str], end: End) -> CharSet {
        let mut k = 0;
        while k < words.len() {
            self.add_end(words[k], end);
            k += 1;
        }
        self
    }

    /// Adds the first or last character of `word` and what folds to it.
    #[allow(clippy::indexing_slicing)]
    const fn add_end(&mut self, word: &str, end: End) {
        let bytes = word.as_bytes();
        if bytes.is_empty() {
            return;
        }
        let mut i = 0;
        if matches!(end, End::Last) {
            // back over continuation bytes to the start of the last character
            i = bytes.len() - 1;
            while i > 0 && bytes[i] & 0xC0 == 0x80 {
                i -= 1;
            }
        }
        let (c, _) = decode(bytes, i);
        self.add_folded(c);
    }

    /// Adds `c` and every character that folds to it.
    #[allow(clippy::indexing_slicing)]
    const fn add_folded(&mut self, c: u32) {
        self.add(c);
        // full-width ASCII
        if c > 0x20 && c < 0x7F {
            self.add(c + 0xFEE0);
        }
        let mut k = 0;
        while k < FOLDS.len() {
            if FOLDS[k].1 as u32 == c {
                self.add(FOLDS[k].0 as u32);
            }
            k += 1;
        }
        let mut k = 0;
        while k < TRAD_TO_SIMP.len() {
            if TRAD_TO_SIMP[k].1 as u32 == c {
                self.add(TRAD_TO_SIMP[k].0 as u32);
            }
            k += 1;
        }
    }

    #[allow(clippy::indexing_slicing)]
    const fn add(&mut self, c: u32) {
        if c < 0x80 {
            self.ascii |= 1 << c;
        } else if c >= CJK_FIRST && c < CJK_END {
            let n = c - CJK_FIRST;
            self.cjk[(n / 64) as usize] |= 1 << (n % 64);
        } else if c >= PUNCT_FIRST && c < PUNCT_END {
            let n = c - PUNCT_FIRST;
            self.punct[(n / 64) as usize] |= 1 << (n % 64);
        } else if c >= FULL_FIRST && c < FULL_END {
            let n = c - FULL_FIRST;
            self.full[(n / 64) as usize] |= 1 << (n % 64);
        } else {
            let mut k = 0;
            while k < self.others {
                if self.other[k] as u32 == c {
                    return;
                }
                k += 1;
            }
            // an invalid code point cannot come from a &str
            self.other[self.others] = match char::from_u32(c) {
                Some(c) => c,
                None => '\0',
            };
            self.others += 1;
        }
    }

    /// Whether the code point `n` is in the set.
    #[inline]
    fn has(&self, n: u32) -> bool {
        let (bits, k): (&[u64], u32) = match n {
            0..0x80 => return self.ascii & (1 << n) != 0,
            CJK_FIRST..CJK_END => (&self.cjk, n - CJK_FIRST),
            PUNCT_FIRST..PUNCT_END => (&self.punct, n - PUNCT_FIRST),
            FULL_FIRST..FULL_END => (&self.full, n - FULL_FIRST),
            _ => {
                return self
                    .other
                    .get(..self.others)
                    .is_some_and(|o| o.iter().any(|c| *c as u32 == n))
            }
        };
        bits.get((k / 64) as usize)
            .is_some_and(|w| w & (1 << (k % 64)) != 0)
    }

    /// Whether `c` is in the set.
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        self.has(c as u32)
    }

    /// The first member at or after byte `from` of `text`, with its byte
    /// offset. `from` need not be a character boundary: the search starts
    /// at the next one.
    #[inline(always)]
    pub(crate) fn find(&self, text: &str, from: usize) -> Option<(usize, char)> {
        let bytes = text.as_bytes();
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if self.ascii & (1 << b) != 0 {
                    return Some((i, char::from(b)));
                }
                i += 1;
            } else if b < 0xC0 {
                // a continuation byte: not the start of a character
                i += 1;
            } else if (0xE0..0xF0).contains(&b) {
                // three bytes: every ideograph, CJK punctuation, full-width forms
                let (Some(&b1), Some(&b2)) = (bytes.get(i + 1), bytes.get(i + 2)) else {
                    return None;
                };
                let n = ((u32::from(b) & 0x0F) << 12)
                    | ((u32::from(b1) & 0x3F) << 6)
                    | (u32::from(b2) & 0x3F);
                // the ideographs straight from their bitmap
                let k = n.wrapping_sub(CJK_FIRST) as usize;
                let hit = match self.cjk.get(k >> 6) {
                    Some(w) => (w >> (k & 63)) & 1 != 0,
                    None => self.has(n),
                };
                if hit {
                    return char::from_u32(n).map(|c| (i, c));
                }
                i += 3;
            } else {
                let c = text.get(i..).and_then(|r| r.chars().next())?;
                if self.contains(c) {
                    return Some((i, c));
                }
                i += c.len_utf8();
            }
        }
        None
    }
}

/// The members of a set in a text, found in one pass, so that several
/// finders that each look for a subset of them ([`Finder::marks`]) need
/// not each walk the whole text again. Offsets are kept in 32 bits; a text
/// of 4 GiB or more keeps none, and its finders search the text itself.
#[derive(Default)]
pub(crate) struct Marks {
    marks: Vec<(u32, char)>,
    direct: bool,
}

impl Marks {
    /// Every member of `set` in `text`, with its byte offset.
    #[cfg(test)]
    pub(crate) fn new(text: &str, set: &CharSet) -> Marks {
        let mut marks = Marks::default();
        marks.refill(text, set);
        marks
    }

    /// Forgets the marks held and finds those of `set` in `text`, keeping
    /// the allocation: one buffer serves the scans of every paragraph.
    pub(crate) fn refill(&mut self, text: &str, set: &CharSet) {
        self.marks.clear();
        self.direct = u32::try_from(text.len()).is_err();
        if self.direct {
            return;
        }
        let mut from = 0;
        while let Some((i, c)) = set.find(text, from) {
            if self.marks.capacity() == 0 {
                // reply text has a mark (a digit, a quote, a comma) in
                // about every ten bytes: one allocation, seldom grown
                self.marks.reserve(text.len() / 8 + 4);
            }
            let Ok(at) = u32::try_from(i) else { break };
            self.marks.push((at, c));
            from = i + c.len_utf8();
        }
    }

    /// How many marks the buffer can hold without growing.
    pub(crate) fn capacity(&self) -> usize {
        self.marks.capacity()
    }
}

/// Where a scan finds the next character of a set: straight in the text,
/// or among the [`Marks`] found beforehand (which must hold every member
/// of the sets asked for).
pub(crate) enum Finder<'m> {
    /// [`CharSet::find`] on the text.
    Direct,
    /// A walk along marks; `at` is the next one to look at.
    Marks {
        /// The marks of the text.
        marks: &'m [(u32, char)],
        /// The next one to look at.
        at: usize,
    },
}

impl<'m> Finder<'m> {
    /// A finder along `marks`, from the start.
    pub(crate) fn marks(marks: &'m Marks) -> Self {
        if marks.direct {
            return Finder::Direct;
        }
        Finder::Marks {
            marks: &marks.marks,
            at: 0,
        }
    }

    /// The first member of `set` at or after byte `from` of `text`. Calls
    /// on one finder must not go back: `from` never decreases.
    #[inline]
    pub(crate) fn find(&mut self, set: &CharSet, text: &str, from: usize) -> Option<(usize, char)> {
        match self {
            Finder::Direct => set.find(text, from),
            Finder::Marks { marks, at } => {
                while let Some(&(p, c)) = marks.get(*at) {
                    let p = p as usize;
                    if p >= text.len() {
                        return None;
                    }
                    if p >= from && set.contains(c) {
                        return Some((p, c));
                    }
                    *at += 1;
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    static NUMERALS: CharSet = CharSet::folded("0123456789〇零一二两三四五六七八九十");
    static MIXED: CharSet = CharSet::folded("-[ 年“");

    /// Every character of the basic plane and a few beyond: in the set
    /// exactly when it folds to a member.
    #[test]
    fn matches_fold() {
        for (set, members) in [
            (&NUMERALS, "0123456789〇零一二两三四五六七八九十"),
            (&MIXED, "-[ 年“"),
        ] {
            for n in (0..0x1_0000).chain(0x2_0000..0x2_0100) {
                let Some(c) = char::from_u32(n) else { continue };
                assert_eq!(
                    set.contains(c),
                    members.contains(fold(c)),
                    "{c:?} (U+{n:04X}) against {members}"
                );
            }
        }
    }

    #[test]
    fn traditional_and_full_width_members() {
        for c in ['兩', '３', '○', '◯', '〇', '9'] {
            assert!(NUMERALS.contains(c), "{c}");
        }
        for c in ['a', '个', '年', '。', '壹'] {
            assert!(!NUMERALS.contains(c), "{c}");
        }
        for c in ['—', '－', '【', '\u{3000}', '“', '年'] {
            assert!(MIXED.contains(c), "{c}");
        }
    }

    #[test]
    fn marks_find_what_the_sets_find() {
        let text = "第3季度，“十四五”期间2023年产值3.5亿元。a1b";
        let marks = Marks::new(text, &MIXED_AND_NUMERALS);
        for set in [&NUMERALS, &MIXED] {
            let mut finder = Finder::marks(&marks);
            let mut direct = Finder::Direct;
            let mut from = 0;
            loop {
                let (a, b) = (finder.find(set, text, from), direct.find(set, text, from));
                assert_eq!(a, b, "from {from}");
                match a {
                    Some((i, c)) => from = i + c.len_utf8(),
                    None => break,
                }
            }
        }
        // a shorter text: marks past its end are not returned
        let mut finder = Finder::marks(&marks);
        assert_eq!(finder.find(&NUMERALS, &text[..3], 0), None);
    }

    static MIXED_AND_NUMERALS: CharSet =
        CharSet::folded("0123456789〇零一二两三四五六七八九十-[ 年“");

    #[test]
    fn first_and_last_characters() {
        static WORDS: &[&str] = &["增长", "下降到", "率", "a"];
        static FIRSTS: CharSet = CharSet::word_ends(WORDS, End::First);
        static LASTS: CharSet = CharSet::word_ends(WORDS, End::Last);
        for c in ['增', '下', '率', 'a', 'ａ'] {
            assert!(FIRSTS.contains(c), "{c}");
        }
        for c in ['长', '長', '到', '率', 'a'] {
            assert!(LASTS.contains(c), "{c}");
        }
        assert!(!FIRSTS.contains('长') && !LASTS.contains('增'));
    }

    #[test]
    fn find_walks_every_width() {
        let text = "a中é𠀀２〇二三年";
        assert_eq!(NUMERALS.find(text, 0), Some((10, '２')));
        assert_eq!(NUMERALS.find(text, 11), Some((13, '〇')));
        assert_eq!(NUMERALS.find(text, 14), Some((16, '二')));
        assert_eq!(NUMERALS.find("没有数字", 0), None);
        assert_eq!(NUMERALS.find("", 0), None);
        assert_eq!(NUMERALS.find("七", 5), None);
        // a 4-byte member outside the bitmaps
        static FAR: CharSet = CharSet::folded("𠀀");
        assert_eq!(FAR.find(text, 0), Some((6, '𠀀')));
    }
}
