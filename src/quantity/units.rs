//! The unit words a number can take, with what they measure.

use crate::model::MetricKind;
use crate::text::{fold, Folded};

/// Special handling a unit needs beyond its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Special {
    None,
    /// `成`: tenths, scaled ×10 into percent.
    Tenths,
}

/// One unit word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    /// The word in simplified characters.
    pub word: &'static str,
    pub kind: MetricKind,
    /// Characters that must not follow (`人民`, `日本`, `部分`).
    pub not_before: &'static str,
    pub special: Special,
}

const fn u(word: &'static str, kind: MetricKind, not_before: &'static str) -> Unit {
    Unit {
        word,
        kind,
        not_before,
        special: Special::None,
    }
}

use MetricKind::PercentagePoint as PP;
use MetricKind::{Amount as A, Count as C, Measure as M, Multiple as X, Percent as P};

/// Every unit word; the longest match wins.
pub(crate) static UNITS: &[Unit] = TABLE;

/// The words of [`UNITS`], in its order, indexed for matching.
static UNIT_WORDS: crate::text::Words = crate::text::Words::new(&WORDS);

/// The words of [`TABLE`], in its order.
// Runs at compile time only: an index out of range would stop the build.
#[allow(clippy::indexing_slicing)]
const WORDS: [&str; TABLE.len()] = {
    let mut words = [""; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        words[i] = TABLE[i].word;
        i += 1;
    }
    words
};

const TABLE: &[Unit] = &[
    // money
    u("元", A, "素旦宵首老气件"),
    u("美元", A, ""),
    u("圆", A, ""),
    u("港元", A, ""),
    u("港币", A, ""),
    u("欧元", A, ""),
    u("日元", A, ""),
    u("英镑", A, ""),
    u("澳门元", A, ""),
    // percent and points
    u("%", P, ""),
    u("‰", P, ""),
    Unit {
        word: "成",
        kind: P,
        not_before: "员立为本果功都绩熟效长交型品就分人年套批片",
        special: Special::Tenths,
    },
    u("个百分点", PP, ""),
    u("百分点", PP, ""),
    u("倍", X, ""),
    // counts
    u("个", C, ""),
    u("家", C, "庭属长园乡人"),
    u("项", C, "目"),
    u("件", C, "事"),
    u("人", C, "民大员口才均"),
    u("户", C, "籍口外型"),
    u("所", C, "在属以有谓"),
    u("批", C, "准复示评次"),
    u("条", C, "件例款约"),
    u("次", C, "会序"),
    u("人次", C, ""),
    u("家次", C, ""),
    u("户次", C, ""),
    u("台", C, "湾账阶风"),
    u("台套", C, ""),
    u("辆", C, ""),
    u("套", C, "餐"),
    u("座", C, "谈位"),
    u("栋", C, ""),
    u("幢", C, ""),
    u("名", C, "称单义额誉"),
    u("位", C, "置数于"),
    u("场", C, "所景地"),
    u("处", C, "理于置罚长室"),
    u("种", C, "植子类养"),
    u("类", C, "型别似"),
    u("期", C, "间望限待刊末初"),
    u("块", C, "儿钱"),
    u("点", C, "钟半"),
    u("张", C, ""),
    u("本", C, "地市级科身着部单届次年"),
    u("篇", C, ""),
    u("册", C, ""),
    u("幅", C, "度"),
    u("部", C, "分门署长委队位件署"),
    u("支", C, "持付出援部"),
    u("只", C, "是有要能"),
    u("头", C, ""),
    u("株", C, ""),
    u("棵", C, ""),
    u("份", C, "额"),
    u("羽", C, "毛绒"),
    u("尾", C, "声气巴部款号"),
    u("盏", C, ""),
    u("架次", C, ""),
    u("车次", C, ""),
    u("班次", C, ""),
    u("辆次", C, ""),
    u("门类", C, ""),
    u("门", C, "口店诊户槛票前外内面牌头"),
    u("间", C, ""),
    u("层", C, "次级面"),
    u("架", C, "构"),
    u("艘", C, ""),
    u("列", C, "入为"),
    u("对", C, "于接口比照"),
    u("组", C, "织成建"),
    u("节", C, "约能日点"),
    u("起", C, "来草到"),
    u("宗", C, "旨教"),
    u("例", C, "如"),
    u("轮", C, ""),
    u("笔", C, ""),
    u("枚", C, ""),
    u("颗", C, ""),
    u("匹", C, ""),
    u("单", C, "位独元"),
    u("剂次", C, ""),
    u("剂", C, "量型"),
    u("件次", C, ""),
    u("床", C, "位单"),
    u("标箱", C, ""),
    u("标准箱", C, ""),
    u("千瓦", M, ""),
    u("千瓦时", M, ""),
    u("兆瓦", M, ""),
    u("度", M, "假过"),
    // area, length, mass, volume
    u("平方米", M, ""),
    u("平米", M, ""),
    u("㎡", M, ""),
    u("平方公里", M, ""),
    u("平方千米", M, ""),
    u("亩", M, ""),
    u("公顷", M, ""),
    u("公里", M, ""),
    u("千米", M, ""),
    u("米", M, "面粮"),
    u("厘米", M, ""),
    u("毫米", M, ""),
    u("吨", M, ""),
    u("千克", M, ""),
    u("公斤", M, ""),
    u("斤", M, ""),
    u("克", M, "服"),
    u("立方米", M, ""),
    u("微克/立方米", M, ""),
    u("毫克/立方米", M, ""),
    u("毫克/升", M, ""),
    u("立方米/秒", M, ""),
    u("立方米/日", M, ""),
    u("吨/日", M, ""),
    u("公里/小时", M, ""),
    u("千米/小时", M, ""),
    u("升", M, "级高学"),
    u("毫升", M, ""),
    // time spans
    u("年", M, "级龄轻代初底末"),
    u("年度", M, ""),
    u("周年", M, ""),
    u("个月", M, ""),
    u("天", M, "然津气"),
    u("日", M, "本常报期益"),
    u("小时", M, ""),
    u("课时", M, ""),
    u("学时", M, ""),
    u("个小时", M, ""),
    u("分钟", M, ""),
    u("秒", M, ""),
    u("个工作日", M, ""),
    u("工作日", M, ""),
    u("周", M, "边末期转"),
    u("个星期", M, ""),
    u("星期", M, ""),
    u("个季度", M, ""),
    u("岁", M, ""),
    u("周岁", M, ""),
];

/// The longest unit word at the start of `s`, compared through folding
/// (either width, traditional forms, injected pinyin). Returns the unit and
/// the byte length of its text, without pinyin after its last character.
pub(crate) fn unit_at(s: &str) -> Option<(&'static Unit, usize)> {
    // a unit starts right after its number, never after noise
    if s.starts_with(|c: char| crate::text::is_invisible(c) || c == '&') {
        return None;
    }
    let matches = UNIT_WORDS.matches(s).filter_map(|(i, n)| {
        let unit = UNITS.get(i)?;
        // a match as long as the word has nothing inside or after it;
        // otherwise measure it again without the pinyin after it
        let len = if n == unit.word.len() {
            n
        } else {
            match_word(s, unit.word)?
        };
        Some((unit, len))
    });
    longest(s, matches)
}

/// The longest of the units matched at the start of `s` (with their
/// byte lengths) that is not followed by a character it must not precede.
fn longest(
    s: &str,
    matches: impl Iterator<Item = (&'static Unit, usize)>,
) -> Option<(&'static Unit, usize)> {
    let mut best: Option<(&'static Unit, usize, usize)> = None;
    for (unit, len) in matches {
        let chars = unit.word.chars().count();
        if best.is_some_and(|(_, _, bn)| bn >= chars) {
            continue;
        }
        // a character that must not follow
        if !unit.not_before.is_empty() {
            let mut it = Folded::new(s.get(len..).unwrap_or(""));
            if let Some((_, _, next)) = it.next() {
                if unit.not_before.contains(next) {
                    continue;
                }
            }
        }
        best = Some((unit, len, chars));
    }
    best.map(|(u, len, _)| (u, len))
}

#[cfg(test)]
/// [`unit_at`] as it was: every unit of the first character compared
/// through folding (kept to check the indexed one against).
fn unit_at_by_folding(s: &str) -> Option<(&'static Unit, usize)> {
    let first = fold(s.chars().next()?);
    let matches = UNITS
        .iter()
        .filter(|u| u.word.starts_with(first))
        .filter_map(|u| match_word(s, u.word).map(|len| (u, len)));
    longest(s, matches)
}

/// Byte length of `word` at the start of `s` through folding, ending at its
/// last character (pinyin after it is not taken).
pub(crate) fn match_word(s: &str, word: &str) -> Option<usize> {
    // most calls fail on the first character: answer them before folding
    // the rest (only invisible characters and entities are skipped there)
    if let (Some(c), Some(w)) = (s.chars().next(), word.chars().next()) {
        if !crate::text::is_invisible(c) && c != '&' && fold(c) != fold(w) {
            return None;
        }
    }
    let mut it = Folded::new(s);
    let mut end = 0;
    for w in word.chars() {
        match it.next() {
            Some((at, c, f)) if f == fold(w) => end = at + c.len_utf8(),
            _ => return None,
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_words_are_folded() {
        for u in UNITS {
            let folded: String = u.word.chars().map(fold).collect();
            assert_eq!(folded, u.word);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        /// The indexed match finds what comparing every unit finds.
        #[test]
        fn indexed_units_agree(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "个", "個", "月", "百分点", "百分點", "工作日", "万", "萬", "元", "亿", "平方", "米",
                    "公里", "里", "人", "民", "次", "%", "％", "(gè)", "\u{200B}", "&nbsp;", "家",
                    "吨", "噸", "千瓦", "时", "時", "日", "本", "部分", "分", "亩", "倍", "成", "年",
                    "度", "小时", "周", "末",
                ]),
                0..5,
            )
        ) {
            let text: String = parts.concat();
            let a = unit_at(&text).map(|(u, len)| (u.word, len));
            let b = unit_at_by_folding(&text).map(|(u, len)| (u.word, len));
            proptest::prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn longest_unit_wins() {
        // (text, word, bytes)
        let cases = [
            ("个百分点，", "个百分点", 12),
            ("個(gè)百分點(diǎn)", "个百分点", "個(gè)百分點".len()),
            ("個(gè)民主", "个", 3),
            ("千瓦时", "千瓦时", 9),
            ("千瓦時", "千瓦时", 9),
            ("噸", "吨", 3),
            ("年度", "年度", 6),
            ("％", "%", 3),
            ("个月", "个月", 6),
        ];
        for (text, word, len) in cases {
            let (u, l) = unit_at(text).unwrap();
            assert_eq!((u.word, l), (word, len), "{text}");
        }
        for text in ["人民", "日本", "部分", "一", "成立", ""] {
            assert!(unit_at(text).is_none(), "{text}");
        }
    }
}
