//! Reply titles: `钱塘区政协一届三次会议第23058号提案的答复`,
//! `交通运输部关于十三届全国人大一次会议第 6750 号建议的答复函`,
//! `关于政协第十四届全国委员会第二次会议第02403号（医疗卫生类173号）提案答复的函`.
//!
//! ```text
//! title     = [year "年"] [issuer] [connector] reference tail ["的"] form [form_note] [trailer]
//! connector = "关于对" | "关于答复" | "关于" | "对"
//! reference = [assembly] [region] [assembly] term ["全国"] [assembly] [region] [committee] [session]
//! tail      = [subject] [number ["（…）"]] [subject] [集体|重点…] [kind [协办件|会办件…]]
//! form      = 答复 | 答复函 | 复函 | 答复的函 | 函 | 会办意见 | 答复意见 | 办理情况的答复 | 答复摘要 …
//! form_note = "（" (摘要 | 节选 | 全文 | 公开 | …) "）"
//! trailer   = category mark (`B`, `（A类）`) | document number (`[浙交建〔2018〕101号]`)
//! ```
//!
//! The issuer is what stands before the connector; the reference is found
//! by trying the `reference` rule at each position of the head (bounded, so
//! the work stays linear). Spaces and line breaks may stand between any two
//! parts and inside keywords (`答 复`), so a title that wrapped over lines
//! parses when its lines are joined with `\n`.

mod proposal;

use std::borrow::Cow;

use nom::combinator::opt;
use nom::Parser;

pub use proposal::find_proposal;
#[allow(unused_imports)]
pub(crate) use proposal::find_proposal_at;
use proposal::{
    any_kwg, build_ref, gap, gap_len, is_gap, kind_of_assembly, kind_of_subject, kw_len, kwg,
    ref_core, tail, Core, Tail,
};

use crate::category::category_mark;
use crate::doc_number::doc_number_at;
use crate::error::Error;
use crate::grammar::{digits, fail, finish, PResult};
use crate::model::{Category, DocNumber, Title};
use crate::span::{offset_in, Span};
use crate::text::{self, fold, is_colon, is_han};

/// The document forms a title ends with, as `form` gives them.
const FORMS: &[&str] = &[
    "答复",
    "答复函",
    "复函",
    "答复的函",
    "函",
    "会办意见",
    "协办意见",
    "答复意见",
    "办理意见",
    "办理情况的答复",
    "办理情况答复",
    "办理情况的函",
    "办理情况的报告",
    "办理答复",
    "答复摘要",
    "答复报告",
    "回复",
    "回复函",
    "复文",
];

/// The proposal's subject as a title names it, for a reply whose opening
/// does not: the quoted title (`关于《关于加快发展夜间经济的建议》（第45号）的答复`),
/// or an unquoted one that the form follows (`关于加快老旧小区改造的建议的答复`:
/// `关于…的建议`, `…的提案`, `…的议案`). A title that only describes the
/// proposal (`关于市人大代表张三同志所提建议的答复`) names no subject.
pub(crate) fn subject_of(title: &str) -> Option<&str> {
    if let Some(open) = title.find('《') {
        let inner = title.get(open + '《'.len_utf8()..)?;
        let close = inner.rfind('》')?;
        return inner.get(..close).filter(|s| !s.is_empty());
    }
    let body = FORMS
        .iter()
        .filter_map(|f| title.strip_suffix(f))
        .map(|b| b.strip_suffix('的').unwrap_or(b))
        .min_by_key(|b| b.len())?;
    let named = ["的建议", "的提案", "的议案"]
        .iter()
        .any(|k| body.ends_with(k));
    let describes = ["所提", "提出", "第"].iter().any(|w| body.contains(w));
    (body.starts_with("关于") && named && !describes).then_some(body)
}

/// Whether `text` holds a character that every document form has (复, 函,
/// 意 or 告): a line without one cannot end a title, so the document pass
/// need not parse it as one.
pub(crate) fn may_hold_form(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(crate::text::fold(c), '复' | '函' | '意' | '告'))
}

/// Parses a whole reply title (it may hold line breaks where it wrapped).
///
/// ```
/// use govreply::model::{Assembly, ProposalKind};
/// let t = govreply::title::parse("交通运输部关于十三届全国人大一次会议第 6750 号建议的答复函")?;
/// assert_eq!(t.issuer.as_deref(), Some("交通运输部"));
/// assert_eq!(t.form, "答复函");
/// let p = t.proposal.unwrap();
/// assert_eq!(p.region.as_deref(), Some("全国"));
/// assert_eq!(p.assembly, Some(Assembly::Npc));
/// assert_eq!((p.term, p.session), (Some(13), Some(1)));
/// assert_eq!(p.number.as_deref(), Some("6750"));
/// assert_eq!(p.kind, Some(ProposalKind::Suggestion));
/// Ok::<(), govreply::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Title<'_>, Error> {
    finish(text, "a reply title", |input| {
        let (rest, parts) = title_parts(input)?;
        let (rest, trailer) = trailer(rest, 0, text)?;
        Ok((rest, assemble(text, 0, parts, trailer)))
    })
}

/// A title inside `text` (a line, or two or three lines joined with `\n`),
/// leniently: text after the title is allowed when a space separates it.
/// Spans are `base` bytes further on.
#[allow(dead_code)] // an entry point for the document pass
pub(crate) fn title_at(text: &str, base: usize) -> Option<Title<'_>> {
    let input = text::trim(text);
    let (rest, parts) = title_parts(input).ok()?;
    let (rest, trailer) = trailer(rest, base, text).ok()?;
    if !(rest.is_empty() || rest.starts_with(is_gap)) {
        return None;
    }
    Some(assemble(text, base, parts, trailer))
}

/// Whether a line looks like (part of) a reply title: it ends with a form
/// (`的答复`, `答复函`, `复函`, `会办意见`, `的函`, …) or holds a reference
/// (`…届…次会议…号…提案`). Cheap: no parsing.
#[allow(dead_code)] // an entry point for the document pass
pub(crate) fn looks_like_title(line: &str) -> bool {
    let t = text::trim(line);
    if t.is_empty() || t.len() > 600 {
        return false;
    }
    if t.chars()
        .any(|c| matches!(c, '。' | '！' | '？' | '!' | '?'))
        || t.chars().any(is_colon)
    {
        return false;
    }
    let compact: String = t.chars().filter(|c| !is_gap(*c)).map(fold).collect();
    if ["您", "你", "贵", "现将", "经"]
        .iter()
        .any(|w| compact.starts_with(w))
    {
        return false;
    }
    // a category letter after the title
    let core = compact.trim_end_matches(|c: char| {
        matches!(
            c,
            'A' | 'B' | 'C' | 'D' | '类' | '(' | ')' | '[' | ']' | '甲' | '乙' | '丙'
        )
    });
    const ENDINGS: &[&str] = &[
        "的答复",
        "答复函",
        "复函",
        "会办意见",
        "协办意见",
        "的函",
        "答复意见",
        "答复摘要",
        "答复的函",
        "办理意见",
        "的回复",
    ];
    if core == "答复" || ENDINGS.iter().any(|e| core.ends_with(e)) {
        return true;
    }
    let has_ref = compact.contains('届') && (compact.contains("次会议") || compact.contains('号'));
    let has_number = compact.contains('号')
        && compact.contains('第')
        && ["提案", "建议", "议案"].iter().any(|k| compact.contains(k));
    has_ref || has_number
}

/// The parts of a title as found.
struct Parts<'a> {
    /// The title from its first character.
    start: &'a str,
    issuer: Option<&'a str>,
    reference: Option<(&'a str, Core<'a>, Tail<'a>)>,
    form: &'a str,
    /// The rest after the form.
    end: &'a str,
}

/// What a title may carry after its form on the same line.
#[derive(Default)]
struct Trailer<'a> {
    category: Option<Category>,
    doc_number: Option<DocNumber<'a>>,
}

/// `connector = "关于对" | "关于答复" | "关于" | "对" | "就"`
fn connector(input: &str) -> PResult<'_, &str> {
    any_kwg(
        "关于 or 对",
        &["关于对", "关于答复", "关于", "对", "就", "关于对于", "对于"],
    )(input)
}

/// `year_prefix = digit{4} "年"`, as in `2023年清原满族自治县…`.
fn year_prefix(input: &str) -> PResult<'_, &str> {
    let (rest, y) = digits(input)?;
    if y.chars().count() != 4 {
        return fail(input, "a year");
    }
    let (rest, _) = gap(rest)?;
    let (rest, _) = kwg("年")(rest)?;
    let (rest, _) = gap(rest)?;
    Ok((rest, y))
}

/// `bare_reference = "第" number kind`, a title that names only the number:
/// `关于第23058号提案的答复`.
fn bare_reference(input: &str) -> PResult<'_, Tail<'_>> {
    let quoted = input.starts_with(['《', '“', '"', '「']);
    if kw_len(input, "第").is_none() && !input.starts_with(['(', '（']) && !quoted {
        return fail(input, "'第'");
    }
    let (rest, mut t) = tail(input)?;
    // `《关于加快发展夜间经济的建议》（第45号）`: the quoted subject names the kind
    if quoted && t.kind.is_none() {
        t.kind = t.subject.and_then(kind_of_subject);
    }
    // a quoted subject that names its kind stands for the proposal even
    // without a number (`…委员提出的《关于…的提案》的答复`)
    if t.kind.is_none() || (t.number.is_none() && !(quoted && t.subject.is_some())) {
        return fail(input, "a proposal number");
    }
    Ok((rest, t))
}

/// How far into a title its reference may start (issuer and connector).
const MAX_HEAD_CHARS: usize = 60;

/// `title = [year_prefix] [issuer] [connector] reference tail ["的"] form`
///
/// Example: `市住房和城市更新局对市政协十四届四次会议第20250688号提案的答复`.
fn title_parts(input: &str) -> PResult<'_, Parts<'_>> {
    const WHAT: &str = "a reference to a proposal (…届…次会议第…号提案)";
    let (after_year, _) = opt(year_prefix).parse(input)?;
    let mut p = 0;
    let mut n = 0;
    let mut conn: Option<(usize, usize)> = None;
    let mut found: Option<(&str, Core<'_>, Tail<'_>)> = None;
    while let Some(at) = after_year.get(p..) {
        if at.is_empty() || n > MAX_HEAD_CHARS {
            break;
        }
        if let Ok((rest, core)) = ref_core(at) {
            let (_, t) = tail(rest)?;
            found = Some((at, core, t));
            break;
        }
        if let Ok((_, t)) = bare_reference(at) {
            found = Some((at, Core::default(), t));
            break;
        }
        if let Ok((rest, _)) = connector(at) {
            let len = offset_in(at, rest);
            conn = Some((p, p + len));
            p += len;
            n += 1;
            continue;
        }
        if matches!(at.chars().next(), Some(c) if text::is_sentence_end(c)) {
            break;
        }
        p += at.chars().next().map(char::len_utf8).unwrap_or(1);
        n += 1;
    }
    let Some((ref_start, core, t)) = found else {
        return fail(after_year, WHAT);
    };
    // the issuer: before the connector that stands right before the reference
    let head_end = match conn {
        Some((s, e)) if after_year.get(e..p).is_some_and(|g| g.chars().all(is_gap)) => s,
        _ => p,
    };
    let head = after_year
        .get(..head_end)
        .unwrap_or("")
        .trim_matches(is_gap);
    // a head that opens with the connector names who made the proposal
    // (`关于张三代表提出的第123号建议`), not who replies
    let names_proposer = connector(head).is_ok()
        && ["代表", "委员", "提出", "所提"]
            .iter()
            .any(|w| text::find_folded(head, w).is_some());
    if !head.is_empty() && !names_proposer && !is_issuer(head) {
        return fail(input, "a title (…关于…的答复)");
    }
    let issuer = (!head.is_empty() && !names_proposer).then_some(head);
    // ["的"] form
    let (rest, _) = gap(t.end)?;
    let (rest, _) = opt(kwg("的")).parse(rest)?;
    let (rest, _) = gap(rest)?;
    let (end, form) =
        any_kwg("a document form (的答复, 答复函, 复函, 会办意见)", FORMS)(rest)?;
    let (end, _) = opt(form_note).parse(end)?;
    Ok((
        end,
        Parts {
            start: input,
            issuer,
            reference: Some((ref_start, core, t)),
            form,
            end,
        },
    ))
}

/// Words a title may put in brackets after its form to say which version
/// of the reply it is.
const FORM_NOTES: &[&str] = &[
    "摘要",
    "节选",
    "全文",
    "公开版",
    "公开",
    "正文",
    "主办",
    "会办",
    "协办",
    "代拟稿",
];

/// `form_note = "（" ("摘要" | "节选" | "全文" | "公开" | …) "）"`, right after
/// the form; it stays in the title's text and changes no field.
///
/// Example: `（摘要）` in `…第20220456号提案的答复（摘要）`.
fn form_note(input: &str) -> PResult<'_, &str> {
    let (rest, _) = gap(input)?;
    let open = match rest.chars().next() {
        Some(c) if fold(c) == '(' => c,
        _ => return fail(input, "a note in brackets (（摘要）)"),
    };
    let rest = rest.get(open.len_utf8()..).unwrap_or("");
    let (rest, _) = any_kwg("a note in brackets (（摘要）)", FORM_NOTES)(rest)?;
    match rest.chars().next() {
        Some(c) if fold(c) == ')' => {
            let rest = rest.get(c.len_utf8()..).unwrap_or("");
            Ok((rest, input.get(..offset_in(input, rest)).unwrap_or("")))
        }
        _ => fail(input, "a closing bracket after the note"),
    }
}

/// Whether the text before the connector can be the name of an office:
/// short, no punctuation, not the start of a sentence.
fn is_issuer(head: &str) -> bool {
    let n = head.chars().count();
    n <= 40
        && !head.chars().any(|c| {
            is_colon(c)
                || text::is_sentence_end(c)
                || matches!(c, '，' | ',' | '；' | ';' | '《' | '》' | '“' | '”')
        })
        && !["您", "你", "贵", "现将", "经", "在", "根据", "按照"]
            .iter()
            .any(|w| kw_len(head, w).is_some())
}

/// `trailer = category_mark | "[" doc_number "]" | doc_number`, after a
/// space (or glued when bracketed).
fn trailer<'a>(input: &'a str, base: usize, text: &'a str) -> PResult<'a, Trailer<'a>> {
    let (after_gap, g) = gap(input)?;
    if after_gap.is_empty() {
        return Ok((after_gap, Trailer::default()));
    }
    // a category mark
    if let Ok((rest, cat)) = category_mark(after_gap) {
        let mark = after_gap.get(..offset_in(after_gap, rest)).unwrap_or("");
        let ends = rest.is_empty() || rest.starts_with(is_gap);
        if ends && (!g.is_empty() || mark.chars().count() > 1) {
            return Ok((
                rest,
                Trailer {
                    category: Some(cat),
                    doc_number: None,
                },
            ));
        }
    }
    // a document number, perhaps in brackets
    let opener = after_gap
        .chars()
        .next()
        .filter(|c| matches!(fold(*c), '[' | '('));
    let inner = match opener {
        Some(c) => after_gap.get(c.len_utf8()..).unwrap_or(""),
        None => after_gap,
    };
    if opener.is_some() || !g.is_empty() {
        let inner_base = base + offset_in(text, inner);
        if let Some((number, _)) = doc_number_at(inner, inner_base) {
            let starts_at = number.span.start.saturating_sub(inner_base);
            if starts_at == 0 {
                let mut rest = inner.get(number.span.len()..).unwrap_or("");
                if opener.is_some() {
                    match rest.chars().next() {
                        Some(c) if matches!(fold(c), ']' | ')') => {
                            rest = rest.get(c.len_utf8()..).unwrap_or("");
                        }
                        _ => return Ok((input, Trailer::default())),
                    }
                }
                return Ok((
                    rest,
                    Trailer {
                        category: None,
                        doc_number: Some(number),
                    },
                ));
            }
        }
    }
    Ok((input, Trailer::default()))
}

/// The title from its parts, spans placed `base` bytes into `text`.
fn assemble<'a>(text: &'a str, base: usize, parts: Parts<'a>, trailer: Trailer<'a>) -> Title<'a> {
    let start = offset_in(text, parts.start);
    let end = offset_in(text, parts.end);
    let whole = text.get(start..end).unwrap_or("");
    let proposal = parts.reference.map(|(ref_start, core, t)| {
        let kind = t
            .kind
            .or_else(|| kind_of_assembly(core.assembly))
            .or_else(|| t.subject.and_then(kind_of_subject));
        build_ref(text, base, ref_start, t.end, core, t.number, kind)
    });
    Title {
        text: joined(whole),
        issuer: parts.issuer.map(joined),
        proposal,
        subject: parts.reference.and_then(|(_, _, t)| t.subject).map(joined),
        form: joined(parts.form),
        category: trailer.category,
        doc_number: trailer.doc_number,
        span: Span::new(base + start, base + end),
    }
}

/// The text with line breaks (and the spaces around them) left out, and
/// spaces between two Chinese characters (`答 复`) too; borrowed when
/// nothing is left out.
pub(crate) fn joined(s: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut last = 0;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_gap(c) {
            prev = Some(c);
            continue;
        }
        // a run of gap characters from i
        let run_len = gap_len(s.get(i..).unwrap_or(""));
        let run = s.get(i..i + run_len).unwrap_or("");
        let next = s.get(i + run_len..).and_then(|r| r.chars().next());
        let has_break = run.contains(['\n', '\r']);
        let between_han = prev.is_some_and(is_han) && next.is_some_and(is_han);
        let at_edge = prev.is_none() || next.is_none();
        if has_break || between_han || at_edge {
            let buf = out.get_or_insert_with(String::new);
            buf.push_str(s.get(last..i).unwrap_or(""));
            last = i + run_len;
        }
        while iter.peek().is_some_and(|(j, _)| *j < i + run_len) {
            iter.next();
        }
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut buf) => {
            buf.push_str(s.get(last..).unwrap_or(""));
            Cow::Owned(buf)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assembly, ProposalKind};

    #[test]
    fn every_form_has_a_form_character() {
        for form in FORMS {
            assert!(may_hold_form(form), "{form}");
        }
        assert!(may_hold_form("关于第12号提案的答覆"));
        assert!(!may_hold_form("关于市政协十四届二次会议第24号提案"));
    }

    /// (title, issuer, region, assembly, term, session, number, kind, form);
    /// assembly "c"/"n"/"", kind "p"/"s"/"m"/"".
    type Row = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        u32,
        u32,
        &'static str,
        &'static str,
        &'static str,
    );

    const ROWS: &[Row] = &[
        // the formal name of the assembly, with the place after the term
        (
            "对政协第十三届泉州市委员会第二次会议第20230156号提案的答复",
            "",
            "泉州市",
            "c",
            13,
            2,
            "20230156",
            "p",
            "答复",
        ),
        (
            "关于中国人民政治协商会议第十二届云南省委员会第五次会议第0456号提案的答复函",
            "",
            "云南省",
            "c",
            12,
            5,
            "0456",
            "p",
            "答复函",
        ),
        // who made the proposal, between the head and the number
        (
            "关于张建国代表提出的第123号建议的答复",
            "",
            "",
            "",
            0,
            0,
            "123",
            "s",
            "答复",
        ),
        (
            "对市人大十五届三次会议张三代表第12号建议的答复",
            "",
            "市",
            "n",
            15,
            3,
            "12",
            "s",
            "答复",
        ),
        (
            "关于市十六届人大三次会议闭会期间第5号建议的答复",
            "",
            "市",
            "n",
            16,
            3,
            "5",
            "s",
            "答复",
        ),
        // a quoted subject with no number still names the kind
        (
            "关于对王小明委员提出的《关于加强社区治理的提案》的答复",
            "",
            "",
            "",
            0,
            0,
            "",
            "p",
            "答复",
        ),
        // two numbers under one 号, kept as written
        (
            "对区十九届人大四次会议第73、74号建议的答复",
            "",
            "区",
            "n",
            19,
            4,
            "73、74",
            "s",
            "答复",
        ),
        // the standing committee, and a note after the kind
        (
            "关于市人大常委会第十六届第五次会议第9号议案的答复",
            "",
            "市",
            "n",
            16,
            5,
            "9",
            "m",
            "答复",
        ),
        (
            "关于对省政协十三届一次会议第1023号提案（重点提案）的答复",
            "",
            "省",
            "c",
            13,
            1,
            "1023",
            "p",
            "答复",
        ),
        (
            "关于对县政协十届二次会议第43号提案（协办）的答复意见",
            "",
            "县",
            "c",
            10,
            2,
            "43",
            "p",
            "答复意见",
        ),
        // a note on the version after the form
        (
            "关于省政协十二届五次会议第20220456号提案的答复（摘要）",
            "",
            "省",
            "c",
            12,
            5,
            "20220456",
            "p",
            "答复",
        ),
        // the proposal named by its quoted subject and number alone
        (
            "关于《关于加快发展夜间经济的建议》（第45号）的答复",
            "",
            "",
            "",
            0,
            0,
            "45",
            "s",
            "答复",
        ),
        (
            "临平区政协二届一次会议第24017号提案的答复",
            "",
            "临平区",
            "c",
            2,
            1,
            "24017",
            "p",
            "答复",
        ),
        (
            "市城市管理局对市政协十三届二次会议第20230412号提案的答复",
            "市城市管理局",
            "市",
            "c",
            13,
            2,
            "20230412",
            "p",
            "答复",
        ),
        (
            "关于对省政协十一届三次会议第20150233号提案的答复",
            "",
            "省",
            "c",
            11,
            3,
            "20150233",
            "p",
            "答复",
        ),
        (
            "关于河南省政协十二届四次会议第20210087号提案的答复",
            "",
            "河南省",
            "c",
            12,
            4,
            "20210087",
            "p",
            "答复",
        ),
        (
            "对政协宜都市八届二次会议第15号提案的答复",
            "",
            "宜都市",
            "c",
            8,
            2,
            "15",
            "p",
            "答复",
        ),
        (
            "榆林市医疗保障局对市政协五届四次会议第118号提案的答复函",
            "榆林市医疗保障局",
            "市",
            "c",
            5,
            4,
            "118",
            "p",
            "答复函",
        ),
        (
            "对省十三届人大四次会议第627号建议的答复",
            "",
            "省",
            "n",
            13,
            4,
            "627",
            "s",
            "答复",
        ),
        (
            "生态环境部关于十三届全国人大三次会议第 4821 号建议的答复函",
            "生态环境部",
            "全国",
            "n",
            13,
            3,
            "4821",
            "s",
            "答复函",
        ),
        (
            "青海省人民政府外事办公室关于对省十三届人大五次会议第42号建议的答复",
            "青海省人民政府外事办公室",
            "省",
            "n",
            13,
            5,
            "42",
            "s",
            "答复",
        ),
        (
            "对十四届全国人大一次会议第3107号建议的答复",
            "",
            "全国",
            "n",
            14,
            1,
            "3107",
            "s",
            "答复",
        ),
        (
            "对十三届全国人大代表第BH112号建议的答复",
            "",
            "全国",
            "n",
            13,
            0,
            "BH112",
            "s",
            "答复",
        ),
        (
            "关于政协第十三届全国委员会第四次会议第01872号（教育类096号）提案答复的函",
            "",
            "全国",
            "c",
            13,
            4,
            "01872",
            "p",
            "答复的函",
        ),
        (
            "文山县交通运输局关于文山县第十七届人大三次会议第88号建议的答复函",
            "文山县交通运输局",
            "文山县",
            "n",
            17,
            3,
            "88",
            "s",
            "答复函",
        ),
        (
            "臺東縣教育局對縣十二屆人大二次會議第31號建議的答復",
            "臺東縣教育局",
            "縣",
            "n",
            12,
            2,
            "31",
            "s",
            "答復",
        ),
        (
            "关于对湘阴县十六届人大二次会议第45号建议的答复",
            "",
            "湘阴县",
            "n",
            16,
            2,
            "45",
            "s",
            "答复",
        ),
        (
            "关于对政协九届二次会议第37号提案的答复",
            "",
            "",
            "c",
            9,
            2,
            "37",
            "p",
            "答复",
        ),
        (
            "禄劝彝族苗族自治县卫生健康局关于县第十七届人大第三次会议第96号建议答复的函",
            "禄劝彝族苗族自治县卫生健康局",
            "县",
            "n",
            17,
            3,
            "96",
            "s",
            "答复的函",
        ),
        (
            "关于市政协十二届三次会议第107号提案会办意见的答复",
            "",
            "市",
            "c",
            12,
            3,
            "107",
            "p",
            "答复",
        ),
        (
            "关于县十七届人大二次会议第15号建议办理情况的答复",
            "",
            "县",
            "n",
            17,
            2,
            "15",
            "s",
            "办理情况的答复",
        ),
        (
            "元谋县水务局关于对元谋县第八届政协第三次会议第12号提案的答复",
            "元谋县水务局",
            "元谋县",
            "c",
            8,
            3,
            "12",
            "p",
            "答复",
        ),
        (
            "关于市政协十二届四次会议第203号提案协办件的答复",
            "",
            "市",
            "c",
            12,
            4,
            "203",
            "p",
            "答复",
        ),
        (
            "对区十七届人大三次会议第211号建议的复函",
            "",
            "区",
            "n",
            17,
            3,
            "211",
            "s",
            "复函",
        ),
        (
            "对区十八届人大二次会议关于完善社区养老服务设施(第31号) 建议的答复",
            "",
            "区",
            "n",
            18,
            2,
            "31",
            "s",
            "答复",
        ),
        (
            "关于对市二届人大三次会议第14号建议的答复函",
            "",
            "市",
            "n",
            2,
            3,
            "14",
            "s",
            "答复函",
        ),
        (
            "南涧县卫生健康局对县十六届人大二次会议第140号建议的答复",
            "南涧县卫生健康局",
            "县",
            "n",
            16,
            2,
            "140",
            "s",
            "答复",
        ),
        (
            "对市政协第十三届第三次会议第2022D015号集体提案的答复",
            "",
            "市",
            "c",
            13,
            3,
            "2022D015",
            "p",
            "答复",
        ),
        (
            "2022年宽甸满族自治县七届人大三次会议《关于改善农村饮水条件的建议》(58号)的答复",
            "",
            "宽甸满族自治县",
            "n",
            7,
            3,
            "58",
            "s",
            "答复",
        ),
        (
            "关于对郎溪县第十二届政治协商会议第三次会议第41号提案的答复",
            "",
            "郎溪县",
            "c",
            12,
            3,
            "41",
            "p",
            "答复",
        ),
        (
            "八寨镇人民政府关于政协文山县第九届三次会议第17号提案的答复函",
            "八寨镇人民政府",
            "文山县",
            "c",
            9,
            3,
            "17",
            "p",
            "答复函",
        ),
        (
            "关于昌吉回族自治州政协第十二届四次会议第158号提案的答复函 C",
            "",
            "昌吉回族自治州",
            "c",
            12,
            4,
            "158",
            "p",
            "答复函",
        ),
        (
            "关于省十二届人大五次会议甬12号建议的答复[浙水建〔2017〕64号]",
            "",
            "省",
            "n",
            12,
            5,
            "甬12",
            "s",
            "答复",
        ),
        (
            "双柏县水务局关于答复县十七届人大二次会议第61号建议的函",
            "双柏县水务局",
            "县",
            "n",
            17,
            2,
            "61",
            "s",
            "函",
        ),
        (
            "钱江区政协一届二次会议第22107号提案的会办意见",
            "",
            "钱江区",
            "c",
            1,
            2,
            "22107",
            "p",
            "会办意见",
        ),
        (
            "关于市政协十四届一次会议第56号提案的答复摘要",
            "",
            "市",
            "c",
            14,
            1,
            "56",
            "p",
            "答复摘要",
        ),
        (
            "关于区政协五届二次会议第88号提案办理情况的答复",
            "",
            "区",
            "c",
            5,
            2,
            "88",
            "p",
            "办理情况的答复",
        ),
        (
            "关于县政协十届一次会议第9号提案的答复意见",
            "",
            "县",
            "c",
            10,
            1,
            "9",
            "p",
            "答复意见",
        ),
        (
            "关于对政协镇坪县第九届委员会第三次会议第21号提案的复函",
            "",
            "镇坪县",
            "c",
            9,
            3,
            "21",
            "p",
            "复函",
        ),
        (
            "关于市十六届人大四次会议第１２３号建议的答复",
            "",
            "市",
            "n",
            16,
            4,
            "１２３",
            "s",
            "答复",
        ),
        (
            "关于市第16届人大第4次会议第77号建议的答复",
            "",
            "市",
            "n",
            16,
            4,
            "77",
            "s",
            "答复",
        ),
        (
            "关于省14届人大2次会议第330号建议的答复",
            "",
            "省",
            "n",
            14,
            2,
            "330",
            "s",
            "答复",
        ),
        (
            "关于县十九届人大一次会议第5号议案的答复",
            "",
            "县",
            "n",
            19,
            1,
            "5",
            "m",
            "答复",
        ),
        (
            "关于区人大一届五次会议第12号建议的答复",
            "",
            "区",
            "n",
            1,
            5,
            "12",
            "s",
            "答复",
        ),
        (
            "区住房和建设局关于区政协二届三次会议第23011号提案的答复",
            "区住房和建设局",
            "区",
            "c",
            2,
            3,
            "23011",
            "p",
            "答复",
        ),
        (
            "关于市政协十三届五次会议第151号重点提案的答复",
            "",
            "市",
            "c",
            13,
            5,
            "151",
            "p",
            "答复",
        ),
        (
            "关于市政协十三届五次会议第62号提案的答 复",
            "",
            "市",
            "c",
            13,
            5,
            "62",
            "p",
            "答复",
        ),
        (
            "关于省十三届人大三次会议第1506号建议、批评和意见的答复",
            "",
            "省",
            "n",
            13,
            3,
            "1506",
            "s",
            "答复",
        ),
        (
            "市教育局关于市政协十二届三次会议第七十号提案的答复",
            "市教育局",
            "市",
            "c",
            12,
            3,
            "七十",
            "p",
            "答复",
        ),
        (
            "关于中国人民政治协商会议铜陵市第十届委员会第二次会议第85号提案的答复",
            "",
            "铜陵市",
            "c",
            10,
            2,
            "85",
            "p",
            "答复",
        ),
        (
            "关于市第五届人民代表大会第三次会议第19号建议的答复",
            "",
            "市",
            "n",
            5,
            3,
            "19",
            "s",
            "答复",
        ),
        (
            "关于自治区十三届人大四次会议第188号建议的答复",
            "",
            "自治区",
            "n",
            13,
            4,
            "188",
            "s",
            "答复",
        ),
        (
            "关于县十八届人大二次会议第“36号”建议的答复",
            "",
            "县",
            "n",
            18,
            2,
            "36",
            "s",
            "答复",
        ),
        (
            "关于县十八届人大二次会议“第37号”建议的答复",
            "",
            "县",
            "n",
            18,
            2,
            "37",
            "s",
            "答复",
        ),
        (
            "关于第23058号提案的答复",
            "",
            "",
            "",
            0,
            0,
            "23058",
            "p",
            "答复",
        ),
        (
            "县农业农村局关于县十五届人大一次会议第8号建议的答复（A类）",
            "县农业农村局",
            "县",
            "n",
            15,
            1,
            "8",
            "s",
            "答复",
        ),
        (
            "关于市政协十二届二次会议第412号提案的回复",
            "",
            "市",
            "c",
            12,
            2,
            "412",
            "p",
            "回复",
        ),
        (
            "对市十四届人大一次会议第5号建议的办理答复",
            "",
            "市",
            "n",
            14,
            1,
            "5",
            "s",
            "办理答复",
        ),
        (
            "高新区管委会关于区政协三届四次会议第46号提案的答复",
            "高新区管委会",
            "区",
            "c",
            3,
            4,
            "46",
            "p",
            "答复",
        ),
        (
            "关于旗十六届人大三次会议第27号建议的答复",
            "",
            "旗",
            "n",
            16,
            3,
            "27",
            "s",
            "答复",
        ),
        (
            "关于州十四届人大二次会议第91号建议的答复",
            "",
            "州",
            "n",
            14,
            2,
            "91",
            "s",
            "答复",
        ),
        (
            "关于对镇十九届人大五次会议第3号议案的答复",
            "",
            "镇",
            "n",
            19,
            5,
            "3",
            "m",
            "答复",
        ),
        (
            "区(qū)教育局关于区(qū)政协二届一次会议第21号提案的答复",
            "区(qū)教育局",
            "区(qū)",
            "c",
            2,
            1,
            "21",
            "p",
            "答复",
        ),
        (
            "关于市政协十四届二次会议第24号提案的协办意见",
            "",
            "市",
            "c",
            14,
            2,
            "24",
            "p",
            "协办意见",
        ),
        (
            "关于对市政协十四届二次会议第25号联名提案的答复",
            "",
            "市",
            "c",
            14,
            2,
            "25",
            "p",
            "答复",
        ),
        (
            "关于区十届人大三次会议第30号建议会办件的答复",
            "",
            "区",
            "n",
            10,
            3,
            "30",
            "s",
            "答复",
        ),
        (
            "对县人大十八届一次会议第54号建议的答复",
            "",
            "县",
            "n",
            18,
            1,
            "54",
            "s",
            "答复",
        ),
        (
            "对全国政协十四届二次会议第01234号提案的答复",
            "",
            "全国",
            "c",
            14,
            2,
            "01234",
            "p",
            "答复",
        ),
    ];

    fn assembly(a: &str) -> Option<Assembly> {
        match a {
            "c" => Some(Assembly::Cppcc),
            "n" => Some(Assembly::Npc),
            _ => None,
        }
    }

    fn kind(k: &str) -> Option<ProposalKind> {
        match k {
            "p" => Some(ProposalKind::Proposal),
            "s" => Some(ProposalKind::Suggestion),
            "m" => Some(ProposalKind::Motion),
            _ => None,
        }
    }

    fn opt_str(s: &str) -> Option<&str> {
        (!s.is_empty()).then_some(s)
    }

    fn opt_u32(n: u32) -> Option<u32> {
        (n != 0).then_some(n)
    }

    #[test]
    fn title_table() {
        let mut failures = Vec::new();
        for &(input, issuer, region, asm, term, session, number, k, form) in ROWS {
            let t = match parse(input) {
                Ok(t) => t,
                Err(e) => {
                    failures.push(format!("{input}: {e}"));
                    continue;
                }
            };
            let p = t.proposal.clone().unwrap_or_default();
            let got = (
                t.issuer.as_deref(),
                p.region.as_deref(),
                p.assembly,
                p.term,
                p.session,
                p.number.as_deref(),
                p.kind,
                t.form.as_ref(),
            );
            let want = (
                opt_str(issuer),
                opt_str(region),
                assembly(asm),
                opt_u32(term),
                opt_u32(session),
                opt_str(number),
                kind(k),
                form,
            );
            if got != want {
                failures.push(format!("{input}:\n   got {got:?}\n  want {want:?}"));
            }
            if p.span.slice(input).is_none() || t.span.slice(input).is_none() {
                failures.push(format!("{input}: span off {:?} {:?}", p.span, t.span));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            ROWS.len(),
            failures.join("\n")
        );
        assert!(ROWS.len() >= 60);
    }

    #[test]
    fn wrapped_titles_join() {
        let cases = [
            (
                "沁源县民政局\n关于对政协八届二次会议第19号提案的答复",
                "沁源县民政局关于对政协八届二次会议第19号提案的答复",
                Some("沁源县民政局"),
            ),
            (
                "长治市卫生健康委员会\n关于对市八届人大三次会议第65号建议的\n答 复",
                "长治市卫生健康委员会关于对市八届人大三次会议第65号建议的答复",
                Some("长治市卫生健康委员会"),
            ),
            (
                "对市政协第十五届第二次会议\n第2024D031号集体提案的答复",
                "对市政协第十五届第二次会议第2024D031号集体提案的答复",
                None,
            ),
            (
                "关于对政协横山县第九届委员会第一次会议\n\n第7号提案的复函",
                "关于对政协横山县第九届委员会第一次会议第7号提案的复函",
                None,
            ),
        ];
        for (input, text, issuer) in cases {
            let t = parse(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(t.text, text);
            assert_eq!(t.issuer.as_deref(), issuer);
            assert_eq!(t.span, Span::new(0, input.len()));
        }
    }

    #[test]
    fn trailers_and_subjects() {
        let t = parse("关于昌吉回族自治州政协第十二届四次会议第158号提案的答复函 C").unwrap();
        assert_eq!(t.category, Some(Category::C));
        assert_eq!(
            t.text,
            "关于昌吉回族自治州政协第十二届四次会议第158号提案的答复函"
        );
        let input = "关于省十二届人大五次会议甬12号建议的答复[浙水建〔2017〕64号]";
        let t = parse(input).unwrap();
        let n = t.doc_number.unwrap();
        assert_eq!(n.text, "浙水建〔2017〕64号");
        assert_eq!(n.span.slice(input), Some("浙水建〔2017〕64号"));
        let t =
            parse("2022年宽甸满族自治县七届人大三次会议《关于改善农村饮水条件的建议》(58号)的答复")
                .unwrap();
        assert_eq!(t.subject.as_deref(), Some("关于改善农村饮水条件的建议"));
        let t = parse("对区十八届人大二次会议关于完善社区养老服务设施(第31号) 建议的答复").unwrap();
        assert_eq!(t.subject.as_deref(), Some("关于完善社区养老服务设施"));
        let t = parse("钱江区政协一届二次会议第22107号提案的答复").unwrap();
        assert!(matches!(t.text, Cow::Borrowed(_)));
        assert_eq!(
            t.proposal.unwrap().span,
            Span::new(0, "钱江区政协一届二次会议第22107号提案".len())
        );
    }

    #[test]
    fn errors_name_the_character() {
        let cases = [
            ("关于市政协十四届二次会议第24号提案", "expected a document form (的答复, 答复函, 复函, 会办意见), but found the end of the text"),
            ("关于市政协十四届二次会议第24号提案的通知", "found '通'"),
            ("关于加强城市管理的通知", "expected a reference to a proposal"),
            ("上一篇:马关县民政局关于县十八届人大一次会议第4号建议的答复函", "expected a title"),
            ("关于市政协十四届二次会议第24号提案的答复。", "found '。'"),
        ];
        for (input, want) in cases {
            let err = parse(input).unwrap_err();
            assert!(err.to_string().contains(want), "{input:?}: {err}");
        }
        assert_eq!(parse(" ").unwrap_err().kind(), crate::ErrorKind::Empty);
    }

    #[test]
    fn lenient_lines() {
        let ok = [
            ("  钱江区政协一届二次会议第22107号提案的答复  ", 100),
            (
                "关于县政协十届一次会议第9号提案的答复 发布日期:2023-06-06",
                0,
            ),
        ];
        for (line, base) in ok {
            let t = title_at(line, base).unwrap_or_else(|| panic!("{line:?}"));
            let s = Span::new(t.span.start - base, t.span.end - base);
            assert_eq!(s.slice(line), Some(t.text.as_ref()), "{line:?}");
        }
        let not = [
            "您在钱江区政协一届二次会议上提出的提案收悉。",
            "现将钱江区政协一届二次会议第22107号提案的答复如下:",
            "上一篇:马关县民政局关于县十八届人大一次会议第4号建议的答复函",
            "钱江区政协一届二次会议第22107号提案的答复如下",
            "",
        ];
        for line in not {
            assert!(title_at(line, 0).is_none(), "{line:?}");
        }
        // the lead passes joined lines as an owned String
        let joined_lines = String::from("桐庐县民政局\n关于对政协九届一次会议第3号提案的答复");
        let t = title_at(&joined_lines, 7).unwrap().into_owned();
        assert_eq!(t.issuer.as_deref(), Some("桐庐县民政局"));
    }

    #[test]
    fn looks() {
        let yes = [
            "钱江区政协一届二次会议第22107号提案的答复",
            "关于对市七届人大五次会议第71号建议的",
            "答 复",
            "第14号提案的复函",
            "对市政协第十四届第四次会议",
            "关于伊宁市政协第十三届一次会议第27号提案的答复函 B",
            "关于市政协十四届二次会议第24号提案的会办意见",
        ];
        let no = [
            "发布日期:2023-06-06 17:03",
            "您在钱江区政协一届二次会议上提出的提案收悉。",
            "杭州市钱塘区发展和改革局",
            "蒋扬名委员:",
            "一、发展现状",
            "",
        ];
        for l in yes {
            assert!(looks_like_title(l), "{l:?}");
        }
        for l in no {
            assert!(!looks_like_title(l), "{l:?}");
        }
    }

    #[cfg(feature = "serde")] // compares with the corpus labels as JSON
    #[test]
    fn corpus_titles() {
        let path = "../shared/corpus/dev/titles.jsonl";
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} not found");
            return;
        };
        let mut failures = Vec::new();
        let mut count = 0;
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            count += 1;
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let title = v["title"].as_str().unwrap();
            let t = match parse(title) {
                Ok(t) => t,
                Err(e) => {
                    failures.push(format!("line {}: {title}: {e}", n + 1));
                    continue;
                }
            };
            let p = t.proposal.as_ref();
            let s = |x: Option<&str>| x.map(serde_json::Value::from).unwrap_or_default();
            let u = |x: Option<u32>| x.map(serde_json::Value::from).unwrap_or_default();
            let got = [
                ("issuer", s(t.issuer.as_deref())),
                ("region", s(p.and_then(|p| p.region.as_deref()))),
                (
                    "assembly",
                    p.and_then(|p| p.assembly)
                        .map(|a| serde_json::to_value(a).unwrap())
                        .unwrap_or_default(),
                ),
                ("term", u(p.and_then(|p| p.term))),
                ("session", u(p.and_then(|p| p.session))),
                ("number", s(p.and_then(|p| p.number.as_deref()))),
                (
                    "kind",
                    p.and_then(|p| p.kind)
                        .map(|k| serde_json::to_value(k).unwrap())
                        .unwrap_or_default(),
                ),
                ("form", s(Some(t.form.as_ref()))),
            ];
            for (field, value) in got {
                if v[field] != value {
                    failures.push(format!(
                        "line {}: {title}: {field} = {value}, want {}",
                        n + 1,
                        v[field]
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures over {count} titles:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    /// The heads of the real replies: title (from one to three joined
    /// lines), category, document number, signer and addressees, each as
    /// labelled; every failure reported at once.
    #[cfg(feature = "serde")] // compares with the corpus labels as JSON
    #[test]
    fn corpus_reply_heads() {
        let dir = "../shared/corpus/dev/replies";
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipped: {dir} not found");
            return;
        };
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        let mut failures = Vec::new();
        for txt in &names {
            let name = txt.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(txt).unwrap();
            let json: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(txt.with_extension("json")).unwrap())
                    .unwrap();
            let lines: Vec<&str> = text.lines().filter(|l| !text::is_blank(l)).collect();
            // title
            let mut titles = Vec::new();
            for i in 0..lines.len() {
                for n in 1..=3 {
                    if i + n > lines.len() {
                        break;
                    }
                    let joined_lines = lines[i..i + n].join("\n");
                    if n == 1
                        && !looks_like_title(&joined_lines)
                        && !looks_like_title(lines[(i + 1).min(lines.len() - 1)])
                    {
                        continue;
                    }
                    if let Some(t) = title_at(&joined_lines, 0) {
                        titles.push(t.into_owned());
                    }
                }
            }
            match json["title"].as_str() {
                Some(want) => {
                    let found = titles.iter().find(|t| t.text == want);
                    match found {
                        None => failures.push(format!(
                            "{name}: title {want:?} not found; candidates {:?}",
                            titles
                                .iter()
                                .map(|t| t.text.to_string())
                                .collect::<Vec<_>>()
                        )),
                        Some(t) => {
                            let p = t.proposal.as_ref().unwrap();
                            let want_p = &json["proposal"];
                            let got_p = serde_json::json!({
                                "region": p.region, "assembly": p.assembly, "term": p.term,
                                "session": p.session, "number": p.number, "kind": p.kind,
                            });
                            if &got_p != want_p {
                                failures.push(format!("{name}: proposal {got_p}, want {want_p}"));
                            }
                        }
                    }
                }
                None => {
                    if let Some(t) = titles.first() {
                        failures.push(format!("{name}: no title labelled, found {:?}", t.text));
                    }
                }
            }
            // the head: lines up to the addressee
            let mut category = None;
            let mut doc_number = None;
            let mut signer = None;
            let mut addressees = None;
            for line in &lines {
                if category.is_none() {
                    if let Some((c, _)) = crate::category::category_at(line, 0) {
                        category = Some(c);
                    }
                }
                if doc_number.is_none() {
                    if let Some((n, _)) = crate::doc_number::doc_number_at(line, 0) {
                        doc_number = Some(n.text.to_string());
                    }
                }
                if signer.is_none() {
                    if let Some((s, _)) = crate::doc_number::signer_at(line, 0) {
                        signer = Some(s.to_string());
                    }
                }
                if let Some(a) = crate::addressee::addressee_line(line, 0) {
                    addressees = Some(a);
                    break;
                }
            }
            let got_cat = category.map(|c| c.as_str().to_string());
            let want_cat = json["category"].as_str().map(str::to_string);
            if got_cat != want_cat {
                failures.push(format!("{name}: category {got_cat:?}, want {want_cat:?}"));
            }
            if let Some(want) = json.get("doc_number") {
                let want = want.as_str().map(str::to_string);
                if doc_number != want {
                    failures.push(format!("{name}: doc number {doc_number:?}, want {want:?}"));
                }
            }
            if let Some(want) = json.get("signer") {
                let want = want.as_str().map(str::to_string);
                if signer != want {
                    failures.push(format!("{name}: signer {signer:?}, want {want:?}"));
                }
            }
            let got_a: Vec<serde_json::Value> = addressees
                .unwrap_or_default()
                .iter()
                .map(|a| serde_json::json!({"name": a.name, "role": a.role}))
                .collect();
            let want_a: Vec<serde_json::Value> = json["addressees"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|a| serde_json::json!({"name": a["name"], "role": a["role"]}))
                .collect();
            if got_a != want_a {
                failures.push(format!("{name}: addressees {got_a:?}, want {want_a:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn subjects_named_by_titles() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "关于加快老旧小区改造的建议的答复",
                Some("关于加快老旧小区改造的建议"),
            ),
            (
                "关于加强农村饮水安全的提案答复函",
                Some("关于加强农村饮水安全的提案"),
            ),
            (
                "关于《关于加快发展夜间经济的建议》（第45号）的答复",
                Some("关于加快发展夜间经济的建议"),
            ),
            ("关于市人大代表张三同志所提建议的答复", None),
            ("关于市政协十四届二次会议第56号提案的答复", None),
            ("关于加强管理的答复", None),
        ];
        for (title, want) in cases {
            assert_eq!(subject_of(title), *want, "{title}");
        }
    }

    /// Every entry point on every prefix and suffix of tricky lines: no
    /// panic, spans on character boundaries.
    #[test]
    fn no_panic_on_pieces() {
        let lines = [
            "关于政协第十四届全国委员会第二次会议第02403号（医疗卫生类173号）提案答复的函",
            "2023年清原满族自治县八届人大二次会议《关于加强县城建设的建议》(72号)的答复",
            "关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]",
            "區(qū)教育局關於區(qū)政協二屆一次會議第２１號提案的答覆 Ｂ",
            "湘交建议复〔2017〕98号    A类 签发人：王伟、李强",
            "(20)湛仲字第2号（",
            "马兰、孙丽等委员：",
            "贵会在市政协会议上提出的《关于…》(第2025D048号)收悉,现答复如下:",
        ];
        for line in lines {
            for (i, _) in line
                .char_indices()
                .chain(std::iter::once((line.len(), ' ')))
            {
                for piece in [&line[..i], &line[i..]] {
                    let _ = parse(piece);
                    let _ = title_at(piece, 3);
                    let _ = looks_like_title(piece);
                    if let Some(r) = find_proposal(piece) {
                        assert!(r.span.slice(piece).is_some(), "{piece:?}");
                    }
                    let _ = crate::category::parse(piece);
                    let _ = crate::category::category_at(piece, 0);
                    let _ = crate::doc_number::parse(piece);
                    if let Some((n, _)) = crate::doc_number::doc_number_at(piece, 0) {
                        assert!(n.span.slice(piece).is_some(), "{piece:?}");
                    }
                    let _ = crate::doc_number::signer_at(piece, 0);
                    let _ = crate::addressee::parse(piece);
                    let _ = crate::addressee::addressee_line(piece, 0);
                }
            }
        }
    }

    #[test]
    fn traditional_full_width_and_pinyin() {
        let t = parse("區(qū)教育局關於區(qū)政協二屆一次會議第２１號提案的答覆 Ｂ").unwrap();
        assert_eq!(t.issuer.as_deref(), Some("區(qū)教育局"));
        assert_eq!(t.form, "答覆");
        assert_eq!(t.category, Some(Category::B));
        let p = t.proposal.unwrap();
        assert_eq!(p.number.as_deref(), Some("２１"));
        assert_eq!((p.term, p.session), (Some(2), Some(1)));
    }

    /// Long near-miss inputs give no title and no panic (their time is
    /// measured in the benches, not asserted here).
    #[test]
    fn long_near_misses_give_nothing() {
        let long = "县县县县县县县县县县县县人民十四".repeat(1000) + "的答复";
        assert!(title_at(&long, 0).is_none());
        let _ = looks_like_title(&long);
        let _ = find_proposal(&long);
        let _ = crate::category::category_at(&long, 0);
        let _ = crate::doc_number::doc_number_at(&"〔2023〕".repeat(3000), 0);
        assert!(crate::addressee::addressee_line(&(long.clone() + ":"), 0).is_none());
    }
}
