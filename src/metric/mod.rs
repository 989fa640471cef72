//! Metrics: every quantity that states a fact in running text, with its
//! meaning — label, kind, period, change and basis, share, cumulative,
//! approximation — in one pass over the text.
//!
//! What is not reported, and why:
//! - numbers inside `《…》` and inside quotation marks (`“515”产业体系`,
//!   `“1+4+X”`, `“十四五”`): they are parts of names;
//! - ordinals (`第七批`, `第23058号`) and assembly terms (`一届三次会议`);
//! - years and dates (`2022年` is the period of the figures after it);
//! - `一` with a count word (`一个村小组`, `一批`): an article, not a count;
//! - numbers with `号` (addresses, document numbers) or `级` (grades).
//!
//! Where a percentage follows an amount in the same sentence with no label
//! of its own (`产值2989.11亿元，同比增加12.3%`), it is read as the change
//! of that amount: it takes its label and `refers_to` points at it. A share
//! (`占地区生产总值的59%`) names its whole in `share_of` and refers to the
//! figure before it the same way.

mod label;
mod respectively;

use std::borrow::Cow;
use std::cell::RefCell;

use crate::charset::{CharSet, End, Finder, Marks};
use crate::model::{Direction, Metric, MetricKind, Quantity};
use crate::span::Span;
use crate::text::{self, find_folded, is_sentence_end, match_folded};

/// Finds every metric in `text`. Spans are byte offsets into `text`.
///
/// ```
/// let metrics = govreply::metric::scan("2022年实现规上工业总产值3502.38亿元，同比增长12.3%。");
/// assert_eq!(metrics.len(), 2);
/// assert_eq!(metrics[0].label.as_deref(), Some("规上工业总产值"));
/// assert_eq!(metrics[0].scaled.map(|d| d.to_string()).as_deref(), Some("350238000000"));
/// assert_eq!(metrics[0].period.map(|p| p.to_string()).as_deref(), Some("2022"));
/// assert_eq!(metrics[1].refers_to, Some(0));
/// ```
pub fn scan(text: &str) -> Vec<Metric<'_>> {
    let mut out = Vec::new();
    scan_into(text, &mut out);
    // the list is kept in the model: give back what was reserved too much
    if out.capacity() > out.len() + out.len() / 4 + 1 {
        out.shrink_to_fit();
    }
    out
}

/// Clears `out` and fills it with the metrics of `text` (spans into
/// `text`), keeping the buffer `out` already has: a caller that scans many
/// texts (the paragraphs of a reply) copies each result out at its exact
/// size and reuses `out`.
pub(crate) fn scan_into<'a>(text: &'a str, out: &mut Vec<Metric<'a>>) {
    // the buffers of this thread's scans, kept from one text to the next
    thread_local! {
        static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    }
    out.clear();
    let shared = SCRATCH.try_with(|cell| {
        let mut scratch = cell.try_borrow_mut().ok()?;
        scan_with_scratch(text, &mut scratch, out);
        scratch.trim();
        Some(())
    });
    if !matches!(shared, Ok(Some(()))) {
        // the thread is ending, or a scan runs inside a scan
        scan_with_scratch(text, &mut Scratch::default(), out);
    }
}

/// Buffers that the scans of many texts (the paragraphs of a reply) can
/// share: the marks and the quoted zones borrow nothing from the text.
#[derive(Default)]
pub(crate) struct Scratch {
    marks: Marks,
    zones: Vec<Span>,
}

impl Scratch {
    /// Gives back buffers grown for an unusually long text, so that a
    /// thread does not hold on to them.
    fn trim(&mut self) {
        if self.marks.capacity() > KEEP || self.zones.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

/// The most entries a kept buffer may hold (a paragraph of about 500 KB).
const KEEP: usize = 1 << 16;

/// [`scan_into`] with its buffers taken from `scratch`; `out` is empty.
fn scan_with_scratch<'a>(text: &'a str, scratch: &mut Scratch, out: &mut Vec<Metric<'a>>) {
    // one pass finds every character the scans below start from
    scratch.marks.refill(text, &MARKS);
    let Scratch { marks, zones } = scratch;
    let marks = &*marks;
    // quoted zones, read once the first quantity is found, and the dates,
    // read up to each quantity (none after the last is needed)
    let mut zones_read = false;
    let mut date_finder = Finder::marks(marks);
    let mut dates = crate::date::Scan::new(text, 0, &mut date_finder);
    let mut zone_i = 0;
    let mut starts = Starts {
        finder: Finder::marks(marks),
        seen: 0,
        sentence: 0,
        clause: 0,
    };
    let mut quantities = Finder::marks(marks);
    crate::quantity::scan_each(text, 0, &mut quantities, |q| {
        if !zones_read {
            quoted_zones(text, &mut Finder::marks(marks), zones);
            zones_read = true;
        }
        dates.advance_to(q.span.start);
        starts.advance(text, q.span.start);
        while zones.get(zone_i).is_some_and(|z| z.end <= q.span.start) {
            zone_i += 1;
        }
        if zones
            .get(zone_i)
            .is_some_and(|z| z.start <= q.span.start && q.span.end <= z.end)
        {
            return;
        }
        if !is_metric(text, &q) {
            return;
        }
        let m = build(text, q, (starts.clause, starts.sentence), &dates.found, out);
        if out.capacity() == 0 {
            // one metric in about 100 bytes of a statistics-dense text
            out.reserve(text.len() / 100 + 1);
        }
        out.push(m);
    });
    respectively::pair_lists(text, out);
}

/// Every character the scans of [`scan_into`] look for: the starts of
/// numbers and of periods, quotes and clause marks (a test checks it holds
/// each of their sets).
static MARKS: CharSet = CharSet::folded(concat!(
    "0123456789-零〇一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖负百千万幺第前上下",
    "《》“”‘’「」『』\"'",
    "。!?.\n,;:、"
));

/// The characters [`quoted_zones`] looks at, and the full-width `＂`.
static QUOTE_MARKS: CharSet = CharSet::folded("《》“”‘’「」『』\"");

/// Byte ranges inside `《》` and quotation marks, sorted, into `zones`.
fn quoted_zones(text: &str, finder: &mut Finder<'_>, zones: &mut Vec<Span>) {
    zones.clear();
    let mut book_depth = 0usize;
    let mut book_start = 0;
    let mut quote_start: Option<(usize, char)> = None;
    let mut from = 0;
    while let Some((i, c)) = finder.find(&QUOTE_MARKS, text, from) {
        from = i + c.len_utf8();
        match c {
            '《' => {
                if book_depth == 0 {
                    book_start = i;
                }
                book_depth += 1;
            }
            '》' if book_depth > 0 => {
                book_depth -= 1;
                if book_depth == 0 {
                    zones.push(Span::new(book_start, i + c.len_utf8()));
                }
            }
            '“' | '‘' | '「' | '『' if quote_start.is_none() && book_depth == 0 => {
                quote_start = Some((i, c))
            }
            '”' | '’' | '」' | '』' if book_depth == 0 => {
                if let Some((s, open)) = quote_start {
                    let matches = matches!(
                        (open, c),
                        ('“', '”') | ('‘', '’') | ('「', '」') | ('『', '』')
                    );
                    if matches {
                        zones.push(Span::new(s, i + c.len_utf8()));
                        quote_start = None;
                    }
                }
            }
            '"' if book_depth == 0 => match quote_start {
                Some((s, '"')) => {
                    zones.push(Span::new(s, i + 1));
                    quote_start = None;
                }
                None => quote_start = Some((i, '"')),
                _ => {}
            },
            _ => {}
        }
    }
    zones.sort_by_key(|z| z.start);
}

/// Units of time: with them `一` is a real count (`一年来`).
const TIME_UNITS: &[&str] = &[
    "年",
    "个月",
    "月",
    "天",
    "日",
    "周",
    "小时",
    "个小时",
    "分钟",
    "个工作日",
    "工作日",
    "季度",
    "个季度",
];

/// Whether a found quantity states a fact (see the module docs).
fn is_metric(text: &str, q: &Quantity<'_>) -> bool {
    let before = text.get(..q.span.start).unwrap_or("");
    let after = text.get(q.span.end..).unwrap_or("");
    let unit = q.unit.as_ref();
    // units are nearly always written in simplified characters: borrow then
    let folded_unit: Cow<'_, str> = if unit.chars().all(|c| text::fold(c) == c) {
        Cow::Borrowed(unit)
    } else {
        Cow::Owned(unit.chars().map(text::fold).collect())
    };
    // ordinals: 第七批, 第23058号, and the later numbers of 第1、2批
    if ordinal_before(before) {
        return false;
    }
    match folded_unit.as_ref() {
        "号" | "级" | "届" | "月" | "月份" | "年度" | "时" | "点" | "分" | "秒" => {
            // 三点 (three points) stays when written as a count of items
            if folded_unit == "点"
                && q.text.chars().next().is_some_and(|c| !text::is_digit(c))
                && !after.starts_with(['钟', '半'])
            {
                return true;
            }
            return false;
        }
        // 三次会议, 五次全会, 二次全体会议: a session, not a count
        "次" if ["会议", "会", "全会", "全体"]
            .iter()
            .any(|w| match_folded(after, w).is_some()) =>
        {
            return false
        }
        "年" => {
            let year_like = |v: rust_decimal::Decimal| {
                v.fract().is_zero()
                    && v >= rust_decimal::Decimal::from(1900)
                    && v <= rust_decimal::Decimal::from(2100)
            };
            // 2022年, and a span of years 2021年至2023年 / 2021-2023年
            if year_like(q.value)
                && q.upper.is_none_or(year_like)
                && q.approx.is_none()
                && q.text.chars().all(|c| {
                    text::is_digit(c) || matches!(text::fold(c), '年' | '至' | '到' | '-' | '~')
                })
            {
                return false;
            }
            // 1.2021年农村饮水工程项目清单: a list number glued to a year
            let year_after_point = q.value.scale() == 4 && {
                let frac = (q.value.fract() * rust_decimal::Decimal::from(10_000)).trunc();
                year_like(frac)
            };
            if year_after_point {
                return false;
            }
            // 二〇二三年: a year written digit by digit
            let digits = q.text.trim_end_matches('年');
            let digit_by_digit = digits.chars().count() == 4
                && digits
                    .chars()
                    .all(|c| crate::grammar::cn_digit(c).is_some());
            // 五年规划, 三年行动计划: the name of a plan
            let plan = ["规划", "计划", "行动"]
                .iter()
                .any(|w| match_folded(after, w).is_some());
            if digit_by_digit || plan {
                return false;
            }
            // 十四五 and the like are plans, not durations
        }
        _ => {}
    }
    // a distance or time before what it bounds names a reach, not a figure:
    // 500米覆盖率, 1公里范围内, 15分钟生活圈
    if matches!(
        folded_unit.as_ref(),
        "米" | "公里" | "千米" | "分钟" | "小时"
    ) {
        let rest = after.trim_start_matches(text::is_space);
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        const REACH: [&str; 10] = [
            "覆盖",
            "范围",
            "半径",
            "圈",
            "生活圈",
            "服务圈",
            "健身圈",
            "经济圈",
            "交通圈",
            "通勤圈",
        ];
        if REACH.iter().any(|w| rest.starts_with(w)) {
            return false;
        }
    }
    // an age before a noun names a group, not a figure: 60岁以上老年人,
    // 3至6岁儿童, 80周岁以上的高龄老人 (but 平均年龄45岁，)
    if matches!(folded_unit.as_ref(), "岁" | "周岁") {
        let rest = after.trim_start_matches(text::is_space);
        let rest = ["及以上", "以上", "以下", "以内"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        if rest
            .chars()
            .next()
            .is_some_and(|c| text::is_han(c) && !matches!(c, '和' | '与' | '及' | '或'))
        {
            return false;
        }
    }
    // an amount or a measure with 以上/以下 before a noun names a class,
    // not a figure: 10亿元以上项目, 2000万元以上的企业, 50亩以上的种植大户
    // (but 完成投资10亿元以上，); a count before a noun stays a figure
    // (培育10家以上的龙头企业)
    if matches!(q.kind, MetricKind::Amount | MetricKind::Measure)
        && q.approx
            .as_deref()
            .is_some_and(|a| matches!(a, "以上" | "以下" | "及以上"))
    {
        // with 的 any noun closes the class (`10万元以上的村`)
        let (rest, de) = match after.strip_prefix('的') {
            Some(rest) => (rest, true),
            None => (after, false),
        };
        if rest.chars().next().is_some_and(text::is_han)
            && (de || label::from_after(rest).is_some())
        {
            return false;
        }
    }
    // 一 with a count word is an article (`一个村小组`, `新一轮`), not a count
    let numeral_text = q.text.as_ref();
    if q.value == rust_decimal::Decimal::ONE
        && q.approx.is_none()
        && q.upper.is_none()
        && matches!(numeral_text.chars().next(), Some('一' | '壹'))
        && !TIME_UNITS.contains(&folded_unit.as_ref())
        && q.kind != MetricKind::Multiple
        && q.scaled.is_none()
    {
        return false;
    }
    // digits glued to Latin letters: model numbers, 工业4.0
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic())
    {
        return false;
    }
    true
}

/// Whether the number after `before` is an ordinal: `第` right before it,
/// or before a list of numbers that ends with it (`第1、2批`, `第三、四季度`).
fn ordinal_before(before: &str) -> bool {
    let mut b = before.trim_end_matches(text::is_space);
    // back over bare numbers only: in a long list only the last few numbers
    // take the unit (`quantity::shared_unit`), so the walks stay linear
    loop {
        if b.ends_with('第') {
            return true;
        }
        let Some(list) = ["、", "和", "至", "到"]
            .iter()
            .find_map(|j| b.strip_suffix(j))
        else {
            return false;
        };
        let numeral =
            list.trim_end_matches(|c: char| text::is_digit(c) || crate::grammar::is_cn_numeral(c));
        if numeral.len() == list.len() {
            return false;
        }
        b = numeral;
    }
}

/// The characters [`Starts::advance`] looks at, and a few more (`.`, `∶`).
static CLAUSE_MARKS: CharSet = CharSet::folded("。!?.\n,;:、");

/// Where the sentence and the clause holding each quantity start, carried
/// along the text so that each byte is searched once (quantities come in
/// order); searching back from every number was quadratic in a long
/// sentence.
struct Starts<'m> {
    finder: Finder<'m>,
    seen: usize,
    sentence: usize,
    clause: usize,
}

impl Starts<'_> {
    /// Moves on to a quantity at byte `at`.
    fn advance(&mut self, text: &str, at: usize) {
        let at = at.max(self.seen);
        let window = text.get(..at).unwrap_or("");
        let mut from = self.seen;
        while let Some((p, c)) = self.finder.find(&CLAUSE_MARKS, window, from) {
            from = p + c.len_utf8();
            // a sentence ends at `。！？` or a line break
            if is_sentence_end(c) || c == '\n' {
                self.sentence = from;
                self.clause = from;
            // a clause after `，；：、` too
            } else if matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '、') {
                self.clause = from;
            }
        }
        self.seen = at;
    }
}

/// Change verbs, longest first, with their direction.
const CHANGES: &[(&str, Direction)] = &[
    ("增长", Direction::Increase),
    ("增加", Direction::Increase),
    ("提高", Direction::Increase),
    ("提升", Direction::Increase),
    ("上升", Direction::Increase),
    ("上涨", Direction::Increase),
    ("加快", Direction::Increase),
    ("上调", Direction::Increase),
    ("扩大", Direction::Increase),
    ("增幅", Direction::Increase),
    ("增速", Direction::Increase),
    ("拉动", Direction::Increase),
    ("增", Direction::Increase),
    ("下降", Direction::Decrease),
    ("减少", Direction::Decrease),
    ("降低", Direction::Decrease),
    ("回落", Direction::Decrease),
    ("放缓", Direction::Decrease),
    ("下调", Direction::Decrease),
    ("下滑", Direction::Decrease),
    ("缩小", Direction::Decrease),
    ("缩减", Direction::Decrease),
    ("降幅", Direction::Decrease),
    ("降", Direction::Decrease),
    ("减", Direction::Decrease),
];

/// A change verb at the end of `before` (`同比增长`), with its direction and
/// the byte offset where the verb starts.
fn change_at_end(before: &str) -> Option<(Direction, usize)> {
    static LAST: CharSet = CharSet::row_ends(CHANGES, End::Last);
    let b = before.trim_end_matches(|c: char| text::is_space(c) || c == '了');
    // most words before a number end in no change verb (pinyin may follow one)
    if !b
        .chars()
        .next_back()
        .is_some_and(|c| LAST.contains(c) || text::is_rparen(c))
    {
        return None;
    }
    // the verb's last character, unless pinyin may follow it (`增長(zhǎng)`)
    let last = b
        .chars()
        .next_back()
        .filter(|c| !text::is_rparen(*c))
        .map(text::fold);
    for (w, dir) in CHANGES {
        if last.is_some() && w.chars().next_back() != last {
            continue;
        }
        if let Some(rest) = b.strip_suffix(w) {
            return Some((*dir, rest.len()));
        }
        // traditional forms: 增長, 減少 …
        let n = w.chars().count();
        let start = b
            .char_indices()
            .rev()
            .nth(n.saturating_sub(1))
            .map(|(i, _)| i);
        if let Some(s) = start {
            if b.get(s..)
                .is_some_and(|tail| match_folded(tail, w) == Some(tail.len()))
            {
                return Some((*dir, s));
            }
        }
    }
    None
}

/// The basis of a change in `clause` (the words before the verb):
/// 同比, 环比, or 比…/较… as written (`较2021年`, `比上年末`, `较上月`).
fn basis(clause: &str) -> Option<&str> {
    // every word below starts with one of these: most clauses have none
    static FIRSTS: CharSet = CharSet::folded("同环比较");
    FIRSTS.find(clause, 0)?;
    for w in ["同比", "环比"] {
        if let Some((p, len)) = find_folded(clause, w) {
            return clause.get(p..p + len);
        }
    }
    let (p, _) = find_folded(clause, "比").or_else(|| find_folded(clause, "较"))?;
    // 比 may be preceded by 较 (较比) or be part of 占比 / 比重 / 对比
    let from = if p >= '较'.len_utf8() && clause.get(p - '较'.len_utf8()..p) == Some("较") {
        p - '较'.len_utf8()
    } else {
        p
    };
    let rest = clause.get(from..)?;
    if rest.starts_with("比重")
        || clause
            .get(..from)
            .is_some_and(|b| b.ends_with('占') || b.ends_with('对'))
    {
        return None;
    }
    let end = rest
        .char_indices()
        .take(12)
        .map(|(i, _)| i)
        .find(|&i| rest.get(i..).is_some_and(change_at_end_prefix))?;
    // 比上年同期多增: 多/少 belong to the change, not to the basis
    let b = rest.get(..end)?;
    let b = b.strip_suffix(['多', '少']).unwrap_or(b);
    (b.chars().count() >= 2).then_some(b)
}

/// Verbs that compare a figure with a level named after them (高于, 高出,
/// 快于, 低于, 低出, 慢于): their first characters with the direction;
/// each ends in 于 or 出.
const COMPARISONS: [(char, Direction); 4] = [
    ('高', Direction::Increase),
    ('快', Direction::Increase),
    ('低', Direction::Decrease),
    ('慢', Direction::Decrease),
];

/// A comparison at the end of `before`: the last of 高于/高出/快于/低于/
/// 低出/慢于 and the level after it (`高于全市平均水平`), with the direction,
/// where the verb starts, and the level (two to twenty characters, no
/// comma). One backward search for 于 and 出.
fn comparison(before: &str) -> Option<(Direction, usize, &str)> {
    let mut end = before.len();
    while let Some(p) = before.get(..end)?.rfind(['于', '出']) {
        let head = before.get(..p)?;
        let found = head.chars().next_back().and_then(|c| {
            let second = before.get(p..)?.chars().next()?;
            // 快出, 慢出 are no comparisons
            let ok = second == '于' || matches!(c, '高' | '低');
            COMPARISONS
                .iter()
                .find(|(f, _)| *f == c && ok)
                .map(|&(f, d)| (d, p - f.len_utf8()))
        });
        if let Some((dir, at)) = found {
            let level = before.get(p + '于'.len_utf8()..)?;
            let n = level.chars().count();
            let plain = (2..=20).contains(&n) && !level.contains(['，', ',', '；', '。']);
            return plain.then_some((dir, at, level));
        }
        end = p;
    }
    None
}

/// Whether `s` starts with a change verb.
fn change_at_end_prefix(s: &str) -> bool {
    let first = s.chars().next().map(text::fold);
    CHANGES
        .iter()
        .filter(|(w, _)| first.is_none_or(|f| w.starts_with(f) || text::is_invisible(f)))
        .any(|(w, _)| match_folded(s, w).is_some())
        || s.starts_with("有所")
        || s.starts_with("实现")
}

/// The first 占 of `before` that opens a share: not the 占 of 占地面积 or
/// 占地约200亩 (land taken), 占用, 占有, 占据, 占领; 占地区生产总值的 and
/// 占地方财政收入的 are shares.
fn share_word(before: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some((p, len)) = before.get(from..).and_then(|b| find_folded(b, "占")) {
        let at = from + p;
        let rest = before.get(at + len..).unwrap_or("");
        let mut next = rest.chars().map(text::fold);
        let taken = match next.next() {
            Some('用' | '有' | '据' | '领') => true,
            Some('地') => next.next().is_none_or(|c| {
                text::is_digit(c) || matches!(c, '面' | '约' | '近' | '超' | '达' | '共' | '总')
            }),
            _ => false,
        };
        if !taken {
            return Some((at, len));
        }
        from = at + len;
    }
    None
}

/// Verbs that a share's whole follows when the share has no 占
/// (`完成年度预算的103.5%`), longest first where one opens another.
const SHARE_VERBS: [&str; 10] = [
    "按照",
    "按",
    "完成了",
    "完成",
    "贡献了",
    "贡献",
    "相当于",
    "达到了",
    "达到",
    "为",
];

/// A percent written as a part of a whole after a verb, `before` ending in
/// 的: the start of the verb and the whole (`年度预算` in `完成年度预算的`).
/// The last verb before the 的 counts; a whole of fewer than two
/// characters, or one holding a figure or a comma, is none.
fn share_after_verb(before: &str) -> Option<(usize, &str)> {
    let head = before.strip_suffix('的')?;
    let (p, len) = SHARE_VERBS
        .iter()
        .filter_map(|v| head.rfind(v).map(|p| (p, v.len())))
        .max_by_key(|&(p, len)| (p, len))?;
    let whole = head.get(p + len..)?;
    let plain = whole.chars().count() >= 2
        && whole
            .chars()
            .all(|c| text::is_han(c) || c == '“' || c == '”');
    plain.then_some((p, whole))
}

/// Whether the date at `at` is the basis of a comparison: `较2021年`,
/// `比上年`, `与2020年相比`.
fn is_basis_date(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|b| b.chars().next_back())
        .is_some_and(|c| matches!(text::fold(c), '较' | '比' | '与' | '同'))
}

/// How many characters before a number are read for its label, change
/// and share (the clause), and for its period and the figure a rate
/// refers to (the sentence). Without a bound, a clause or sentence with no
/// punctuation was read again for every number in it: quadratic.
const CLAUSE_LOOK_BACK: usize = 160;
/// How many figures back a rate looks for the figure it qualifies.
const REFERS_LOOK_BACK: usize = 16;
const SENTENCE_LOOK_BACK: usize = 1000;

/// The byte offset `chars` characters before `at` (0 when there are
/// fewer).
fn look_back(text: &str, at: usize, chars: usize) -> usize {
    // no character is shorter than a byte: a window of at most `chars`
    // bytes holds at most `chars` characters, and need not be walked
    if at <= chars {
        return 0;
    }
    text.get(..at)
        .and_then(|b| b.char_indices().rev().nth(chars.saturating_sub(1)))
        .map_or(0, |(i, _)| i)
}

/// Builds the metric for a quantity: label, change, share, period,
/// cumulative.
fn build<'a>(
    text: &'a str,
    q: Quantity<'a>,
    (cstart, sstart): (usize, usize),
    dates: &[crate::model::DateMention<'a>],
    earlier: &[Metric<'a>],
) -> Metric<'a> {
    let start = q.span.start;
    // walk back from the number no further than the clause or sentence start
    let bounded = |from: usize, chars: usize| {
        let window = text.get(from..start).unwrap_or("");
        from + look_back(window, window.len(), chars)
    };
    let cstart = bounded(cstart, CLAUSE_LOOK_BACK);
    let sstart = bounded(sstart, SENTENCE_LOOK_BACK);
    let mut before = text.get(cstart..start).unwrap_or("");

    // change: 同比增长12.3%
    let mut change = None;
    let mut basis_text = None;
    let points = matches!(q.kind, MetricKind::PercentagePoint | MetricKind::Percent);
    // a comparison ends the clause before the number: a rate word at its
    // end belongs to the compared level (`高于各项贷款平均增速2.3个百分点`)
    let mut change_found = change_at_end(before);
    let rate_word = change_found.is_some_and(|(_, at)| {
        before
            .get(at..)
            .is_some_and(|w| w.starts_with("增速") || w.starts_with("增幅"))
    });
    let compared = if points && (change_found.is_none() || rate_word) {
        comparison(before)
    } else {
        None
    };
    if compared.is_some() {
        change_found = None;
    }
    if let Some((dir, verb_at)) = change_found {
        change = Some(dir);
        basis_text = basis(before);
        let mut cut = verb_at;
        if let Some(b) = basis_text {
            let bstart = crate::span::offset_in(before, b);
            if bstart + b.len() <= verb_at {
                cut = cut.min(bstart);
            }
        }
        before = before.get(..cut).unwrap_or(before);
    }
    // a difference from a level named after the verb: 高于全市平均水平2.1个百分点
    if change.is_none() {
        if let Some((dir, verb_at, level)) = compared {
            change = Some(dir);
            basis_text = Some(level);
            before = before.get(..verb_at).unwrap_or(before);
        }
    }
    // 占 and 累计/累积 are looked for only where their first characters
    // stand in the clause (`before` is a part of it)
    static CLAUSE_KEYS: CharSet = CharSet::folded("占累");
    let keys = CLAUSE_KEYS
        .find(text.get(cstart..start).unwrap_or(""), 0)
        .is_some();
    // share: 占地区生产总值的59%
    let mut share_of = None;
    let mut is_share = false;
    if let Some((p, len)) = keys.then(|| share_word(before)).flatten() {
        is_share = true;
        let mut whole = before.get(p + len..).unwrap_or("");
        // 占规上工业增加值的比重达到: the whole is 规上工业增加值
        loop {
            let w = whole.trim_end_matches(|c: char| text::is_space(c) || c == '的');
            let w = ["达到", "达", "为", "约", "比重", "比例"]
                .iter()
                .find_map(|s| w.strip_suffix(s))
                .unwrap_or(w);
            if w.len() == whole.len() {
                break;
            }
            whole = w;
        }
        let whole = whole.strip_prefix("比").map(|_| "").unwrap_or(whole);
        if whole.chars().count() >= 2 {
            share_of = Some(Cow::Borrowed(whole));
        }
        before = before.get(..p).unwrap_or("");
    } else if q.kind == MetricKind::Percent {
        // 完成年度预算的103.5%, 贡献了全市税收的62.3%
        if let Some((p, whole)) = share_after_verb(before) {
            is_share = true;
            share_of = Some(Cow::Borrowed(whole));
            before = before.get(..p).unwrap_or("");
        }
    }
    // period: the last date in the sentence before the number that is not
    // a comparison basis (`较2021年`)
    // (dates are in order: look back from the number, not from the end)
    let dates = dates
        .get(..dates.partition_point(|d| d.span.end <= start))
        .unwrap_or(&[]);
    let period = dates
        .iter()
        .rev()
        .take_while(|d| d.span.start >= sstart)
        .find(|d| !is_basis_date(text, d.span.start))
        .map(|d| d.period);
    // the words before the number lose the dates inside the clause; the
    // words before the date may name what the figure counts when those
    // after it do not (`高新技术企业由2020年的350家`)
    let mut before_date = "";
    if let Some(d) = dates.last().filter(|d| d.span.start >= cstart) {
        let off = d.span.end.saturating_sub(cstart);
        let date_at = d.span.start.saturating_sub(cstart).min(before.len());
        before_date = before.get(..date_at).unwrap_or("");
        before = before.get(off.min(before.len())..).unwrap_or(before);
    }
    let cumulative = keys
        && (find_folded(text.get(cstart..start).unwrap_or(""), "累计").is_some()
            || find_folded(text.get(cstart..start).unwrap_or(""), "累积").is_some());

    // the words before the number start after an earlier figure of the
    // same clause (`三年来累计投入资金超过3亿元`, `由28平方米增加到36平方米`)
    // (figures are in text order: once one ends before the clause, all
    // before it do, and the walk stops)
    let prev_in_clause = earlier
        .iter()
        .rev()
        .take_while(|m| m.span.end > cstart)
        .find(|m| m.span.end <= start);
    if let Some(m) = prev_in_clause {
        let abs = crate::span::offset_in(text, before);
        if abs < m.span.end {
            let rest = text.get(m.span.end..abs + before.len()).unwrap_or("");
            let rest = rest
                .strip_prefix("以来")
                .or_else(|| rest.strip_prefix('来'))
                .unwrap_or(rest);
            // `15家和项目20个`: the word joining the two figures is not
            // part of the second one's label
            before = ["以及", "和", "与", "與", "及", "的"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(rest);
        }
    }

    let mut label = label::from_before(before).map(Cow::Borrowed);
    if label.is_none() && prev_in_clause.is_none() && !before_date.is_empty() {
        label = label::from_before(before_date).map(Cow::Borrowed);
    }
    // a time span (`3至5年内基本解决`, `连续五年保持增长`) is followed by
    // what is done in it, not by what it counts, unless 的 joins them
    // (`为期3天的培训`)
    let after = text.get(q.span.end..).unwrap_or("");
    let span_of_time = TIME_UNITS.contains(&q.unit.as_ref()) && !after.starts_with('的');
    if label.is_none() && change.is_none() && !is_share && !span_of_time {
        label = label::from_after(after).map(Cow::Borrowed);
        // the later figure of `由28平方米增加到36平方米` measures the same thing
        if label.is_none() {
            label = prev_in_clause
                .filter(|m| m.kind == q.kind)
                .and_then(|m| m.label.clone());
        }
    }
    // a rate or share without its own label qualifies the figure before it
    let mut refers_to = None;
    let rate = matches!(
        q.kind,
        MetricKind::Percent | MetricKind::PercentagePoint | MetricKind::Multiple
    );
    if label.is_none() && (change.is_some() || is_share || rate) {
        // percentage points qualify the percentage before them; other rates
        // qualify the last amount or count
        let in_sentence = |m: &&Metric<'_>| m.span.start >= sstart;
        let points = q.kind == MetricKind::PercentagePoint;
        // a few figures back at most, however many the sentence holds
        let target = earlier
            .iter()
            .enumerate()
            .rev()
            .take(REFERS_LOOK_BACK)
            .take_while(|(_, m)| in_sentence(m))
            .find(|(_, m)| points && m.kind == MetricKind::Percent)
            .or_else(|| {
                earlier
                    .iter()
                    .enumerate()
                    .rev()
                    .take(REFERS_LOOK_BACK)
                    .take_while(|(_, m)| in_sentence(m))
                    .find(|(_, m)| {
                        !matches!(m.kind, MetricKind::Percent | MetricKind::PercentagePoint)
                    })
            });
        if let Some((i, prev)) = target {
            refers_to = Some(i);
            label = prev.label.clone();
        }
    }
    // a change told again for another period: `二季度GDP增长5.5%，一季度增长
    // 4.8%` (the same thing, measured the same way)
    if label.is_none() && change.is_some() {
        label = earlier
            .last()
            .filter(|m| m.span.start >= sstart && m.kind == q.kind && m.change.is_some())
            .and_then(|m| m.label.clone());
    }

    Metric {
        label,
        value: q.value,
        upper: q.upper,
        unit: q.unit,
        scaled: q.scaled,
        base_unit: q.base_unit,
        kind: q.kind,
        change,
        basis: basis_text.map(Cow::Borrowed),
        share_of,
        period,
        approx: q.approx,
        bound: q.bound,
        cumulative,
        refers_to,
        text: q.text,
        span: q.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A buffer filled text after text holds each text's metrics alone, as
    /// [`scan`] gives them (`refers_to` counts from the text's first).
    #[test]
    fn scan_into_starts_afresh_in_a_used_buffer() {
        let texts = [
            "2022年实现规上工业总产值3502.38亿元，同比增长12.3%。",
            "累计认定省级智能工厂15家，占全省的8.5%。",
            "没有数字的一句话。",
            "新增就业岗位1200个，较上年增加300个。",
        ];
        let mut work = Vec::new();
        for t in texts {
            scan_into(t, &mut work);
            assert_eq!(work, scan(t), "{t}");
        }
        assert_eq!(work.len(), 2);
        assert_eq!(work[1].refers_to, Some(0));
    }

    /// The one pass of [`scan_into`] finds every character each scan asks
    /// for.
    #[test]
    fn marks_hold_every_set() {
        let sets = [
            &crate::quantity::STARTS,
            &crate::date::MAY_START,
            &QUOTE_MARKS,
            &CLAUSE_MARKS,
        ];
        for n in 0..0x3_0000 {
            let Some(c) = char::from_u32(n) else { continue };
            if sets.iter().any(|s| s.contains(c)) {
                assert!(MARKS.contains(c), "{c:?}");
            }
        }
    }
}
