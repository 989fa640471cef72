//! Character classes shared by every grammar: either-width punctuation,
//! spaces (including U+3000), digits of both widths, traditional forms of
//! keyword characters, and the pinyin some mirror sites inject after
//! characters (`區(qū)`).
//!
//! Nothing here rewrites text: predicates and [`fold`] compare characters so
//! that spans stay true to the original input.

use std::borrow::Cow;

use crate::trad::TRAD_TO_SIMP;

/// Folds a character for comparison: full-width ASCII to ASCII, U+3000 and
/// other spaces to `' '`, traditional characters to simplified, and the
/// circle zeros (U+25CB ○, U+3007 〇) to `〇`.
#[inline]
pub fn fold(c: char) -> char {
    // the common cases first: ASCII, and the ideographs, which only fold
    // when traditional
    let n = c as u32;
    if n < 0x80 {
        return c;
    }
    if (TRAD_FIRST..TRAD_END).contains(&n) {
        return simplified(c);
    }
    match c {
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '○' | '◯' | '〇' => '〇',
        '〔' | '［' | '【' | '〖' => '[',
        '〕' | '］' | '】' | '〗' => ']',
        '∶' | '︰' => ':',
        '—' | '–' | '－' | '‐' | '‑' | '−' => '-',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c if (c as u32) < 0x3400 => c,
        c => simplified(c),
    }
}

/// The simplified form of a traditional character, or the character itself.
#[inline]
pub fn simplified(c: char) -> char {
    if !may_be_traditional(c) {
        return c;
    }
    match TRAD_TO_SIMP.binary_search_by(|(t, _)| t.cmp(&c)) {
        Ok(i) => TRAD_TO_SIMP.get(i).map(|(_, s)| *s).unwrap_or(c),
        Err(_) => c,
    }
}

/// First and one-past-last code point of the traditional characters the
/// table knows; [`TRAD_BITS`] has one bit for each code point between.
const TRAD_FIRST: u32 = 0x3400;
const TRAD_END: u32 = 0xA000;

/// A bit for every code point in `TRAD_FIRST..TRAD_END` that has a
/// simplified form, so that [`simplified`] answers most characters with one
/// load instead of a binary search.
static TRAD_BITS: [u64; ((TRAD_END - TRAD_FIRST) / 64) as usize] = char_bits(false);

/// A bit for every code point in `TRAD_FIRST..TRAD_END` that is the
/// simplified form of some other character.
static SIMP_BITS: [u64; ((TRAD_END - TRAD_FIRST) / 64) as usize] = char_bits(true);

/// The bitmap of the table's traditional characters, or (`simplified`) of
/// the characters they fold to. Code points outside the range are left out.
// Runs at compile time only: an index out of range would stop the build.
#[allow(clippy::indexing_slicing)]
const fn char_bits(simplified: bool) -> [u64; ((TRAD_END - TRAD_FIRST) / 64) as usize] {
    let mut bits = [0u64; ((TRAD_END - TRAD_FIRST) / 64) as usize];
    let mut i = 0;
    while i < TRAD_TO_SIMP.len() {
        let (t, s) = TRAD_TO_SIMP[i];
        let c = if simplified { s as u32 } else { t as u32 };
        if c >= TRAD_FIRST && c < TRAD_END {
            let n = c - TRAD_FIRST;
            bits[(n / 64) as usize] |= 1 << (n % 64);
        }
        i += 1;
    }
    bits
}

/// Whether no character but `c` itself folds to `c` (an ideograph without
/// a traditional form, say), so that a search for `c` through folding can
/// look for it alone (`str::match_indices`, which runs on `memchr`). Answers `false` when unsure.
#[inline]
fn folds_only_from_itself(c: char) -> bool {
    let n = c as u32;
    if !(TRAD_FIRST..TRAD_END).contains(&n) {
        return false;
    }
    let n = n - TRAD_FIRST;
    SIMP_BITS
        .get((n / 64) as usize)
        .is_some_and(|w| w & (1 << (n % 64)) == 0)
        && !may_be_traditional(c)
}

/// Whether `c` may have a simplified form (no false negatives).
#[inline]
fn may_be_traditional(c: char) -> bool {
    let n = c as u32;
    if !(TRAD_FIRST..TRAD_END).contains(&n) {
        return n >= TRAD_END;
    }
    let n = n - TRAD_FIRST;
    TRAD_BITS
        .get((n / 64) as usize)
        .is_some_and(|w| w & (1 << (n % 64)) != 0)
}

/// A space inside a line: ASCII space and tab, U+3000, NBSP and the other
/// Unicode spaces. Line breaks are not spaces here.
#[inline]
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}'
    ) || is_invisible(c)
}

/// Characters that take no room on the page and carry no text: zero-width
/// spaces and joiners, the BOM, soft hyphen.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Whether a line holds nothing but spaces and invisible characters.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| is_space(c) || c == '\n' || c == '\r')
}

/// Colon of either width (also `∶` U+2236, often typed for `：`).
#[inline]
pub fn is_colon(c: char) -> bool {
    fold(c) == ':'
}

/// Opening round bracket of either width.
#[inline]
pub fn is_lparen(c: char) -> bool {
    matches!(c, '(' | '（')
}

/// Closing round bracket of either width.
#[inline]
pub fn is_rparen(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// List separators inside a line: `、` and commas of either width (also
/// `;`/`；`).
#[inline]
pub fn is_list_sep(c: char) -> bool {
    matches!(c, '、' | '，' | ',' | '；' | ';')
}

/// Sentence-ending punctuation of either width.
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '!' | '？' | '?' | '．')
}

/// Value of an ASCII or full-width decimal digit.
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// An ASCII or full-width decimal digit.
#[inline]
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// A CJK ideograph (the basic block, extension A and the compatibility block).
#[inline]
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '〇')
}

/// Byte length of pinyin injected by a mirror site at the start of `s`:
/// `(qū)`, `（gè）`, `(shi)`. Lower-case Latin letters, possibly with tone
/// marks, 1 to 6 of them, in round brackets of either width; a single letter
/// counts only with a tone mark, so `(a)` stays text. Returns 0 when `s` does
/// not start with such a group.
pub fn pinyin_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, c)) if is_lparen(c) => {}
        _ => return 0,
    }
    let mut letters = 0;
    let mut toned = false;
    for (i, c) in chars {
        if is_rparen(c) {
            if letters >= 2 || (letters == 1 && toned) {
                return i + c.len_utf8();
            }
            return 0;
        }
        if c.is_ascii_lowercase() {
            letters += 1;
        } else if is_tone_mark(c) {
            letters += 1;
            toned = true;
        } else {
            return 0;
        }
        if letters > 6 {
            return 0;
        }
    }
    0
}

pub(crate) fn is_tone_mark(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ü'
            | 'ń'
            | 'ň'
            | 'ǹ'
    )
}

/// Iterates the characters of a text as the grammars see them: folded with
/// [`fold`], with invisible characters and injected pinyin passed over.
/// Yields `(byte offset in the text, original char, folded char)`.
pub(crate) struct Folded<'a> {
    text: &'a str,
    pos: usize,
    prev_han: bool,
}

impl<'a> Folded<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Folded {
            text,
            pos: 0,
            prev_han: false,
        }
    }

    /// Byte offset of the next character to be yielded (after passing over
    /// any pinyin and invisible characters that stand next).
    pub(crate) fn offset(&mut self) -> usize {
        self.skip_noise();
        self.pos
    }

    fn skip_noise(&mut self) {
        loop {
            let rest = self.text.get(self.pos..).unwrap_or("");
            if self.prev_han {
                let n = pinyin_len(rest);
                if n > 0 {
                    self.pos += n;
                    continue;
                }
            }
            match rest.chars().next() {
                Some(c) if is_invisible(c) => self.pos += c.len_utf8(),
                Some('&') if entity_space_len(rest) > 0 => self.pos += entity_space_len(rest),
                _ => return,
            }
        }
    }
}

impl Iterator for Folded<'_> {
    type Item = (usize, char, char);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let mut c = self.text.get(self.pos..)?.chars().next()?;
        // pinyin only follows a Han character, and opens with a bracket
        if is_invisible(c) || c == '&' || (self.prev_han && is_lparen(c)) {
            self.skip_noise();
            c = self.text.get(self.pos..)?.chars().next()?;
        }
        let at = self.pos;
        self.pos += c.len_utf8();
        self.prev_han = is_han(c);
        Some((at, c, fold(c)))
    }
}

/// What stands inside the brackets when the whole of `s` is in brackets
/// of either width (`（公开属性：主动公开）` → `公开属性：主动公开`).
pub(crate) fn inside_brackets(s: &str) -> Option<&str> {
    s.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])
}

/// `s` split before the note in brackets that ends it (`陈晓东代表（第7代表团）`
/// → `陈晓东代表` and `第7代表团`), the text before it trimmed; `None` when
/// `s` does not end in a bracket or the note is all of `s`.
pub(crate) fn split_end_note(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_suffix(['）', ')'])?;
    let p = inner.rfind(['（', '('])?;
    let head = trim(inner.get(..p)?);
    let note = inner.get(p..)?;
    let note = note.get(note.chars().next()?.len_utf8()..)?;
    (!head.is_empty()).then_some((head, note))
}

/// If `s` ends with `word` (compared character by character through
/// [`fold`], so width and traditional forms do not matter), the byte length
/// of the match in `s`.
pub(crate) fn ends_with_folded(s: &str, word: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = s.chars().rev();
    for w in word.chars().rev() {
        let c = chars.next()?;
        if fold(c) != fold(w) {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

/// If `text` starts with `word` (compared through `Folded`, so width,
/// traditional forms, invisible characters and injected pinyin do not
/// matter), the byte length of the match in `text`, including pinyin that
/// follows its last character.
#[inline]
pub fn match_folded(text: &str, word: &str) -> Option<usize> {
    let (Some(t), Some(w)) = (text.chars().next(), word.chars().next()) else {
        return None;
    };
    // most calls fail on the first character: answer them without folding
    // when the text's character cannot stand for anything else
    if t != w && t != fold(w) && !may_fold(t) {
        return None;
    }
    // the bytes both share, cut back to a character boundary
    let mut same = text
        .bytes()
        .zip(word.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !word.is_char_boundary(same) {
        same -= 1;
    }
    if same == word.len() {
        let mut it = Folded {
            text,
            pos: word.len(),
            prev_han: word.chars().next_back().is_some_and(is_han),
        };
        return Some(it.offset());
    }
    // where they part: unless the text's character is noise or another
    // form of the word's, the word is not there
    if let (Some(t), Some(w)) = (
        text.get(same..).and_then(|r| r.chars().next()),
        word.get(same..).and_then(|r| r.chars().next()),
    ) {
        let after_han = text
            .get(..same)
            .and_then(|b| b.chars().next_back())
            .is_some_and(is_han);
        let noise = is_invisible(t)
            || (after_han && is_lparen(t))
            || (t == '&' && text.get(same..).is_some_and(|r| entity_space_len(r) > 0));
        if !noise && fold(t) != fold(w) {
            return None;
        }
    }
    let mut it = Folded::new(text);
    for w in word.chars() {
        let w = fold(w);
        match it.next() {
            Some((_, _, c)) if c == w => {}
            _ => return None,
        }
    }
    // pinyin after the last character belongs to the word
    Some(it.offset())
}

/// The words of `words` that `text` starts with (compared as in
/// [`match_folded`]), as `(index in words, byte length of the match)`, in
/// list order. Words must be written in folded form (simplified, half-width
/// punctuation), so that a word whose first bytes differ from the folded
/// first character of `text` is passed over without folding anything.
pub(crate) fn matches<'a>(
    text: &'a str,
    words: &'a [&'a str],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    debug_assert!(
        words
            .iter()
            .all(|w| w.chars().next().is_none_or(|c| fold(c) == c)),
        "word lists are written in folded form"
    );
    // the folded first character, as bytes; empty (no filter) when the text
    // opens with an invisible character
    let mut buf = [0u8; 4];
    let len = match text.chars().next() {
        Some(c) if !is_invisible(c) => fold(c).encode_utf8(&mut buf).len(),
        _ => 0,
    };
    words.iter().enumerate().filter_map(move |(i, w)| {
        if !starts_with_bytes(w.as_bytes(), buf.get(..len).unwrap_or(&[])) {
            return None;
        }
        match_folded(text, w).map(|n| (i, n))
    })
}

/// A fixed list of keywords with an index by their first two characters,
/// built on first use, so that [`Words::matches`] tries only the words that can
/// match instead of the whole list. Words are written in folded form, as
/// for [`matches`].
pub(crate) struct Words {
    words: &'static [&'static str],
    /// The first characters of the words (and what folds to them), built
    /// at compile time: most texts are turned away by one lookup here.
    firsts: crate::charset::CharSet,
    index: std::sync::OnceLock<PairIndex>,
}

/// The items of a word list sorted by their first two folded characters
/// (`'\0'` second for a word of one character), so that a text is
/// compared only with the words that share its first two characters and
/// the one-character words of its first: a long list of words with one
/// first character (`一是`, `一批`, `一体` …) costs no more than a short one.
struct PairIndex {
    /// `(first, second, index in the list)`, sorted.
    items: Vec<PairItem>,
    /// Each first character with the run of `items` it opens, sorted.
    firsts: Vec<(char, usize, usize)>,
}

/// A word of a [`PairIndex`]: its first two folded characters and its
/// index in the list.
type PairItem = (char, char, usize);

impl PairIndex {
    fn new(words: &[&str]) -> Self {
        let mut items: Vec<PairItem> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let mut cs = w.chars().map(fold);
                cs.next().map(|a| (a, cs.next().unwrap_or('\0'), i))
            })
            .collect();
        items.sort_unstable();
        let mut firsts: Vec<(char, usize, usize)> = Vec::new();
        for (k, &(a, _, _)) in items.iter().enumerate() {
            match firsts.last_mut() {
                Some(last) if last.0 == a => last.2 = k + 1,
                _ => firsts.push((a, k, k + 1)),
            }
        }
        PairIndex { items, firsts }
    }

    /// The one-character words of `a`, and the words that open with `a`
    /// then `b`.
    fn get(&self, a: char, b: char) -> (&[PairItem], &[PairItem]) {
        let Ok(k) = self.firsts.binary_search_by_key(&a, |f| f.0) else {
            return (&[], &[]);
        };
        let run = self
            .firsts
            .get(k)
            .and_then(|&(_, s, e)| self.items.get(s..e))
            .unwrap_or(&[]);
        // '\0' sorts first: the one-character words open the run
        let singles = run.iter().take_while(|x| x.1 == '\0').count();
        let (one, rest) = run.split_at(singles);
        let from = rest.partition_point(|x| x.1 < b);
        let rest = rest.get(from..).unwrap_or(&[]);
        let n = rest.iter().take_while(|x| x.1 == b).count();
        (one, rest.get(..n).unwrap_or(&[]))
    }
}

/// The items a text is compared with, in list order: two runs of the
/// index merged (each in list order), or the whole list.
enum Candidates<'i> {
    Merge(&'i [PairItem], &'i [PairItem]),
    All(std::ops::Range<usize>),
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::All(r) => r.next(),
            Candidates::Merge(a, b) => {
                let take_a = match (a.first(), b.first()) {
                    (Some(x), Some(y)) => x.2 < y.2,
                    (Some(_), None) => true,
                    (None, _) => false,
                };
                let side = if take_a { a } else { b };
                let (&(_, _, i), rest) = side.split_first()?;
                *side = rest;
                Some(i)
            }
        }
    }
}

impl Words {
    /// The list, indexed on first use.
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Words {
            words,
            firsts: crate::charset::CharSet::word_ends(words, crate::charset::End::First),
            index: std::sync::OnceLock::new(),
        }
    }

    /// The words of the list that `text` starts with, as `(index in the
    /// list, byte length of the match)`, in list order.
    pub(crate) fn matches<'a>(
        &'static self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        let index = self.index.get_or_init(|| {
            debug_assert!(
                self.words.iter().all(|w| w.chars().all(|c| fold(c) == c)),
                "word lists are written in folded form"
            );
            PairIndex::new(self.words)
        });
        let mut chars = text.chars();
        let (first, second) = (chars.next(), chars.next());
        // the candidates, in list order: the words of the first two
        // characters and the one-character words of the first; a text that
        // opens with noise, or has noise or pinyin second, is compared with
        // more words
        let candidates = match (first, second) {
            (None, _) => Candidates::Merge(&[], &[]),
            (Some(c), _) if !is_invisible(c) && c != '&' && !self.firsts.contains(c) => {
                Candidates::Merge(&[], &[])
            }
            (Some(c), Some(d))
                if !is_invisible(c)
                    && c != '&'
                    && !is_invisible(d)
                    && d != '&'
                    && !is_lparen(d) =>
            {
                let (one, two) = index.get(fold(c), fold(d));
                Candidates::Merge(one, two)
            }
            _ => Candidates::All(0..self.words.len()),
        };
        // how far the text holds only characters that stand for themselves
        // (no traditional or full-width form, no noise), read on the first
        // word whose bytes differ
        let mut plain: Option<usize> = None;
        let words = self.words;
        candidates.filter_map(move |i| {
            let w = words.get(i)?;
            if text.as_bytes().starts_with(w.as_bytes()) {
                // the word as written: its length, unless noise or pinyin
                // follows, which the folded match takes in
                match text.get(w.len()..).and_then(|r| r.chars().next()) {
                    Some(c) if is_lparen(c) || is_invisible(c) || c == '&' => {}
                    _ => return Some((i, w.len())),
                }
            } else {
                let plain = *plain.get_or_insert_with(|| {
                    let mut end = 0;
                    for (at, c) in text.char_indices().take(6) {
                        if may_fold(c) || is_lparen(c) || c == '&' {
                            break;
                        }
                        end = at + c.len_utf8();
                    }
                    end
                });
                // the bytes differ where nothing could stand for the word
                if w.len() <= plain {
                    return None;
                }
            }
            match_folded(text, w).map(|n| (i, n))
        })
    }
}

/// `bytes.starts_with(key)` for the few bytes of one character, compared
/// in line rather than through `memcmp`.
#[inline]
pub(crate) fn starts_with_bytes(bytes: &[u8], key: &[u8]) -> bool {
    key.len() <= bytes.len() && key.iter().zip(bytes).all(|(a, b)| a == b)
}

/// Whether `c` folds to another character or is passed over as noise, so
/// that it may match a keyword character different from itself.
#[inline]
fn may_fold(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    is_invisible(c) || fold(c) != c
}

/// Byte offset of the first match of `word` in `text` through `Folded`
/// comparison, and the length of the match.
pub fn find_folded(text: &str, word: &str) -> Option<(usize, usize)> {
    let first = fold(word.chars().next()?);
    if folds_only_from_itself(first) {
        // only the character itself can start a match: look for its bytes
        return text.match_indices(first).find_map(|(i, _)| {
            text.get(i..)
                .and_then(|rest| match_folded(rest, word))
                .map(|len| (i, len))
        });
    }
    for (i, c) in text.char_indices() {
        if fold(c) == first {
            if let Some(len) = text.get(i..).and_then(|rest| match_folded(rest, word)) {
                return Some((i, len));
            }
        }
    }
    None
}

/// `part`, a sub-slice of `whole`, borrowed from the input where `whole`
/// is, owned where `whole` was built.
pub(crate) fn part_of<'a>(whole: &Cow<'a, str>, part: &str) -> Cow<'a, str> {
    match whole {
        Cow::Borrowed(w) => {
            let start = crate::span::offset_in(w, part);
            Cow::Borrowed(w.get(start..start + part.len()).unwrap_or(""))
        }
        Cow::Owned(_) => Cow::Owned(part.to_owned()),
    }
}

/// Trims spaces (including U+3000 and invisible characters) from both ends,
/// and the space entities a scraper may leave in the text (`&nbsp;`).
pub fn trim(s: &str) -> &str {
    let space = |c: char| is_space(c) || c == '\n' || c == '\r';
    let mut s = s.trim_matches(space);
    // entities are rare: only look when a '&' or ';' stands at an end
    while s.starts_with('&') || s.ends_with(';') {
        let before = s.len();
        let lead = entity_space_len(s);
        s = s.get(lead..).unwrap_or("").trim_start_matches(space);
        if let Some(at) = s.rfind('&') {
            let tail = s.get(at..).unwrap_or("");
            if entity_space_len(tail) == tail.len() && !tail.is_empty() {
                s = s.get(..at).unwrap_or("").trim_end_matches(space);
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// Byte length of a space entity left in text by a scraper at the start of
/// `s` (`&nbsp;`, `&ensp;`, `&emsp;`, `&#160;`, `&#12288;`, `&#x3000;`,
/// ASCII case ignored), or 0.
pub fn entity_space_len(s: &str) -> usize {
    const ENTITIES: [&str; 7] = [
        "&nbsp;", "&ensp;", "&emsp;", "&#160;", "&#12288;", "&#x3000;", "&#xa0;",
    ];
    ENTITIES
        .iter()
        .find(|e| {
            s.get(..e.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(e))
        })
        .map_or(0, |e| e.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_notes() {
        assert_eq!(
            split_end_note("陈晓东代表（第7代表团）"),
            Some(("陈晓东代表", "第7代表团"))
        );
        assert_eq!(split_end_note("A类 (已解决)"), Some(("A类", "已解决")));
        assert_eq!(split_end_note("（盖章）"), None);
        assert_eq!(split_end_note("没有括号"), None);
        assert_eq!(split_end_note("只有右括号）"), None);
    }

    #[test]
    fn fold_table() {
        let cases = [
            ('：', ':'),
            ('（', '('),
            ('２', '2'),
            ('Ａ', 'A'),
            ('\u{3000}', ' '),
            ('屆', '届'),
            ('會', '会'),
            ('號', '号'),
            ('覆', '复'),
            ('萬', '万'),
            ('億', '亿'),
            ('兩', '两'),
            ('點', '点'),
            ('○', '〇'),
            ('〔', '['),
            ('【', '['),
            ('—', '-'),
            ('号', '号'),
            ('a', 'a'),
        ];
        for (c, want) in cases {
            assert_eq!(fold(c), want, "fold({c:?})");
        }
    }

    #[test]
    fn pinyin_groups() {
        let cases = [
            ("(qū)政府", 5),
            ("（gè）", "（gè）".len()),
            ("(shi)", 5),
            ("(a)", 0),
            ("(A類)", 0),
            ("(ē)", "(ē)".len()),
            ("(abcdefgh)", 0),
            ("(12)", 0),
            ("qū", 0),
        ];
        for (s, want) in cases {
            assert_eq!(pinyin_len(s), want, "pinyin_len({s:?})");
        }
    }

    #[test]
    fn folded_matching() {
        let cases = [
            ("會議", "会议", Some("會議".len())),
            (
                "個(gè)百分點(diǎn)",
                "个百分点",
                Some("個(gè)百分點(diǎn)".len()),
            ),
            ("区(qū)政府", "区政府", Some("区(qū)政府".len())),
            ("联系人：", "联系人:", Some("联系人：".len())),
            ("联\u{200B}系人", "联系人", Some("联\u{200B}系人".len())),
            ("联系", "联系人", None),
            ("答覆", "答复", Some(6)),
        ];
        for (text, word, want) in cases {
            assert_eq!(
                match_folded(text, word),
                want,
                "match_folded({text:?}, {word:?})"
            );
        }
        assert_eq!(
            find_folded("钱塘區(qū)政府", "区政府"),
            Some((6, "區(qū)政府".len()))
        );
    }

    #[test]
    fn find_folded_by_bytes_and_by_folding() {
        // 收 has no other form (searched by its bytes); 区 has 區
        assert!(folds_only_from_itself('收'));
        assert!(!folds_only_from_itself('区'));
        assert!(!folds_only_from_itself('a'));
        assert!(!folds_only_from_itself('〇'));
        let cases = [
            ("您提出的建议收悉。", "收悉", Some((18, 6))),
            (
                "您提出的建议收(shōu)悉。",
                "收悉",
                Some((18, "收(shōu)悉".len())),
            ),
            ("收到，收悉", "收悉", Some((9, 6))),
            ("收到", "收悉", None),
            ("钱塘區政府", "区政府", Some((6, 9))),
        ];
        for (text, word, want) in cases {
            assert_eq!(
                find_folded(text, word),
                want,
                "find_folded({text:?}, {word:?})"
            );
        }
    }

    proptest::proptest! {
        /// The byte search gives what a search at every character gives.
        #[test]
        fn find_folded_matches_a_plain_search(
            text in proptest::collection::vec(
                proptest::sample::select(vec!['收', '悉', '区', '區', '政', '府', '(', 'q', 'ū', ')', '\u{200B}', '，']),
                0..24,
            ),
            word in proptest::sample::select(vec!["收悉", "区政府", "政府", "悉"]),
        ) {
            let text: String = text.into_iter().collect();
            let first = fold(word.chars().next().unwrap_or(' '));
            let plain = text
                .char_indices()
                .filter(|(_, c)| fold(*c) == first)
                .find_map(|(i, _)| match_folded(&text[i..], word).map(|len| (i, len)));
            proptest::prop_assert_eq!(find_folded(&text, word), plain);
        }
    }

    #[test]
    fn entity_spaces_left_by_scrapers() {
        let cases = [
            ("&nbsp;&nbsp;一、基本情况", "一、基本情况"),
            ("&NBSP; 您好！&nbsp;", "您好！"),
            ("&#12288;&#12288;正文。", "正文。"),
            ("&emsp;", ""),
            ("A&B;", "A&B;"),
            ("&amp;正文", "&amp;正文"),
            ("收悉；", "收悉；"),
        ];
        for (text, want) in cases {
            assert_eq!(trim(text), want, "trim({text:?})");
        }
        assert_eq!(
            match_folded("联系&nbsp;人：", "联系人"),
            Some("联系&nbsp;人".len())
        );
        assert_eq!(
            find_folded("您的&nbsp;提案收悉", "提案"),
            Some(("您的&nbsp;".len(), 6))
        );
    }

    static TEST_WORDS: &[&str] = &[
        "一是",
        "一批",
        "一",
        "区政府",
        "区",
        "收悉",
        "个百分点",
        "个",
    ];
    static TEST_INDEX: Words = Words::new(TEST_WORDS);

    proptest::proptest! {
        /// The indexed list finds what a walk over the whole list finds.
        #[test]
        fn indexed_words_match_the_plain_list(
            text in proptest::collection::vec(
                proptest::sample::select(vec!['一', '是', '批', '区', '區', '政', '府', '收', '悉', '个', '個', '百', '分', '点', '點', '(', 'g', 'è', ')', '\u{200B}', '&']),
                0..12,
            ),
        ) {
            let text: String = text.into_iter().collect();
            let plain: Vec<_> = matches(&text, TEST_WORDS).collect();
            let indexed: Vec<_> = TEST_INDEX.matches(&text).collect();
            proptest::prop_assert_eq!(indexed, plain);
        }
    }

    #[test]
    fn classes() {
        assert!(is_space('\u{3000}'));
        assert!(!is_space('\n'));
        assert!(is_blank(" \u{3000}\u{FEFF}\r\n"));
        assert_eq!(digit_value('７'), Some(7));
        assert!(is_colon('：') && is_colon(':') && is_colon('∶'));
        assert!(is_list_sep('、') && is_list_sep('，'));
        assert_eq!(trim("\u{3000} 标题 \u{3000}"), "标题");
    }
}
