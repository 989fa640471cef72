//! Pass 2: assemble the lines into a [`Reply`].
//!
//! The assembly finds three zones without backtracking over the document:
//! the head (everything before the addressee or the opening: page chrome,
//! header fields, document number, category, title), the tail (the run of
//! closing, signature, contact, cc, attachment and chrome lines at the end,
//! found by one walk back from the last line), and the body in between.

use std::borrow::Cow;

use crate::body::heading::{heading_marker, run_on_next, split_heading};
use crate::body::{self, Item, ParaText};
use crate::chrome::chrome_line;
use crate::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use crate::header::{header_line, is_header_line, key_role, KeyRole};
use crate::lines::{split_lines, Line, LineIter};
use crate::model::{
    Assembly, Chrome, ChromeKind, Contact, HeaderField, ProposalKind, ProposalRef, Reply,
};
use crate::opening;
use crate::signature;
use crate::span::Span;
use crate::text::{self, find_folded};
use crate::{addressee, category, cc, contact, doc_number, title};

/// What a line at the end of the document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TailKind {
    Blank,
    Chrome,
    Closing,
    Contact,
    Cc,
    Attachment,
    Date,
    Org,
    Note,
    /// A short unknown line after everything else (a site name).
    Junk,
    /// A labelled line in the tail that no other rule reads (`备注：…`,
    /// `（本件已经…审议）`): a note, so that the tail above it is still read;
    /// body text when no tail line stands above it.
    Unknown,
}

impl TailKind {
    /// Whether the line is part of the reply's tail proper (closing,
    /// signature, contact, cc, attachments, notes), not blank, chrome or
    /// unread.
    fn is_real(self) -> bool {
        !matches!(
            self,
            TailKind::Blank | TailKind::Chrome | TailKind::Junk | TailKind::Unknown
        )
    }

    /// Whether a line of this kind is read over the lines it runs on in a
    /// hard-wrapped text (each of them is kept): a closing, contact, cc or
    /// attachment line, a note; chrome, a date or an office is read line by
    /// line.
    fn reads_over_lines(self) -> bool {
        matches!(
            self,
            TailKind::Closing
                | TailKind::Contact
                | TailKind::Cc
                | TailKind::Attachment
                | TailKind::Note
                | TailKind::Unknown
        )
    }
}

/// How many unread labelled lines the tail walk passes over.
const MAX_UNKNOWN_AT_END: usize = 2;

/// Whether an unread line at the end looks like a labelled note rather
/// than a paragraph: a short label before a colon, or the whole line in
/// brackets, and no full stop at its end. Such lines below the signature
/// are notes; with no tail above them they stay body text.
fn label_like(t: &str) -> bool {
    let n = t.chars().count();
    let labelled = t.chars().take(10).any(text::is_colon);
    let bracketed = text::inside_brackets(t).is_some();
    n <= 80 && (labelled || bracketed) && !t.ends_with(['。', '！', '？', '!', '?'])
}

fn tail_kind(line: &Line<'_>, seen_real: bool) -> Option<TailKind> {
    let t = line.text;
    if line.is_blank() {
        return Some(TailKind::Blank);
    }
    if chrome_line(t).is_some() {
        return Some(TailKind::Chrome);
    }
    if heading_marker(t).is_some() {
        // `2.资金安排表` under `附件：1.…`; checked after the walk
        return cc::attachment_continuation(t, 0).map(|_| TailKind::Attachment);
    }
    if signature::is_closing(t) {
        return Some(TailKind::Closing);
    }
    if contact::is_contact_line(t) {
        return Some(TailKind::Contact);
    }
    if cc::cc_line(t, 0).is_some() {
        return Some(TailKind::Cc);
    }
    if cc::attachment_line(t, 0).is_some() {
        return Some(TailKind::Attachment);
    }
    if signature::date_line(t).is_some() {
        return Some(TailKind::Date);
    }
    if signature::is_org_line(t) || signature::labelled_org(t).is_some() {
        return Some(TailKind::Org);
    }
    if is_note(t) {
        return Some(TailKind::Note);
    }
    if !seen_real
        && t.chars().count() <= 12
        && !t
            .chars()
            .any(|c| text::is_sentence_end(c) || matches!(c, '，' | ','))
    {
        return Some(TailKind::Junk);
    }
    None
}

/// Whether line `i` goes on with the names of a `抄送：` line above it: the
/// lines between (blank, or names themselves) leave the list open.
fn cc_goes_on(lines: &[Line<'_>], i: usize) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    // the line above (past blank ones) must leave a list open: checked
    // first, as it seldom does
    let above_open = lines
        .get(i.saturating_sub(6)..i)
        .and_then(|ls| ls.iter().rev().find(|l| !l.is_blank()))
        .is_some_and(|l| cc::open_ended(l.text));
    if !above_open || line.is_blank() || cc::cc_continuation(line.text, 0).is_none() {
        return false;
    }
    // a few lines of names at most, up to the labelled line
    for j in (i.saturating_sub(6)..i).rev() {
        let Some(above) = lines.get(j) else {
            return false;
        };
        if above.is_blank() {
            continue;
        }
        if !cc::open_ended(above.text) {
            return false;
        }
        if cc::cc_line(above.text, 0).is_some() {
            return true;
        }
        if cc::cc_continuation(above.text, 0).is_none() {
            return false;
        }
    }
    false
}

/// The addressees written before the opening on its line, up to a colon
/// (`王强委员：您提出的…`): the addressees, the span of the prefix, and the
/// line from the opening on.
fn addressee_prefix<'a>(l: Line<'a>) -> Option<(Vec<crate::model::Addressee<'a>>, Span, Line<'a>)> {
    let (p, colon) = l
        .text
        .char_indices()
        .take(40)
        .find(|(_, c)| text::is_colon(*c))?;
    let end = p + colon.len_utf8();
    let prefix = l.text.get(..end)?;
    let names = addressee::addressee_line(prefix, l.span.start)?;
    if names.is_empty() {
        return None;
    }
    Some((
        names,
        Span::new(l.span.start, l.span.start + end),
        l.from(end),
    ))
}

/// `（此件公开发布）`, `公开方式：主动公开`, `领导签字：`, and the line of the
/// printing office and date at the foot of an official document
/// (`市商务局办公室    2021年7月8日印发`).
fn is_note(t: &str) -> bool {
    if is_header_line(t) {
        return true;
    }
    let bracketed = text::inside_brackets(t).is_some();
    (bracketed && (t.contains("公开") || t.contains("此件")))
        || printed_line(t)
        || text::matches(
            t,
            &["领导签字", "领导签批", "签批领导", "签发领导", "审核人", "核稿"],
        )
        .next()
        .is_some()
        // 此件主动公开, 本件不予公开
        || (t.chars().count() <= 12
            && ["此件", "本件"].iter().any(|w| t.starts_with(w))
            && t.contains("公开"))
        // 此答复已经局领导审签。
        || (t.chars().count() <= 24 && find_folded(t, "领导审签").is_some())
}

/// `市商务局办公室    2021年7月8日印发`: who printed the document and when.
fn printed_line(t: &str) -> bool {
    let t = text::trim(t);
    if !t.ends_with("印发") || t.chars().count() > 60 {
        return false;
    }
    // the date starts at a digit (Arabic, or 二 of 二〇二一年)
    t.char_indices()
        .filter(|(_, c)| text::is_digit(*c) || *c == '二')
        .any(|(i, _)| t.get(i..).and_then(signature::date_line).is_some())
}

/// Assembles a reply from `input`.
pub(crate) fn assemble(input: &str) -> Reply<'_> {
    let mut lines = split_lines(input);
    let copy = second_copy(&lines).and_then(|at| {
        let start = lines.get(at)?.span.start;
        let end = lines.iter().rev().find(|l| !l.is_blank())?.span.end;
        lines.truncate(at);
        Some(Span::new(start, end))
    });
    let mut r = assemble_lines(input, lines);
    if let Some(span) = copy {
        let shown: String = span.slice(input).unwrap_or("").chars().take(24).collect();
        r.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::RepeatedCopy,
            severity: Severity::Warning,
            message: Cow::Owned(format!(
                "the reply is repeated from line {}: the copy starting \"{shown}\" is not parsed again",
                crate::span::LineIndex::new(input).line_col(input, span.start).0
            )),
            text: Cow::Borrowed(span.slice(input).unwrap_or("")),
            span,
        });
    }
    r
}

/// Where a second copy of the reply starts on a page that shows it twice
/// (a web page with the text and a print version, say): the index of the
/// first line of the copy. The copy is found by its opening sentence, which
/// a reply says once: a later line with the same text, then back from both
/// as far as the lines before them agree (the head of each copy).
fn second_copy(lines: &[Line<'_>]) -> Option<usize> {
    let (first, opening) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.text.chars().count() >= 10 && opening::is_opening(l.text))?;
    let again = lines
        .iter()
        .enumerate()
        .skip(first + 1)
        .find(|(_, l)| l.text == opening.text)?
        .0;
    // the heads agree line by line, blank lines passed over
    let head = |end: usize| {
        lines
            .get(..end)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, l)| !l.is_blank())
    };
    let mut start = again;
    for ((_, a), (j, b)) in head(first).zip(head(again)) {
        if a.text != b.text || j < first {
            break;
        }
        start = j;
    }
    Some(start)
}

/// A contact or cc line hard-wrapped over the lines `run`, read from their
/// joined `text` with spans mapped back to the input; lines that read as
/// neither are notes, as a single such line is.
fn wrapped_tail_run<'a>(
    run: &[Line<'a>],
    text: &ParaText<'a>,
    kind: TailKind,
    contact: &mut Option<Contact<'a>>,
    r: &mut Reply<'a>,
) {
    let t = text.as_str();
    let at = |s: Span| text.span(s.start..s.end);
    let whole = text.whole_span();
    let read = match kind {
        TailKind::Contact => match contact::contact_block(t, 0).filter(|c| !c.is_empty()) {
            Some(c) => {
                let mut c = c.into_owned();
                // the block covers the lines it was read from
                c.span = at(c.span).join(whole);
                for p in c.phones.iter_mut().chain(c.fax.as_mut()) {
                    p.span = at(p.span);
                }
                merge_contact(contact, c);
                true
            }
            None => false,
        },
        TailKind::Cc => match cc::cc_line(t, 0).or_else(|| cc::cc_continuation(t, 0)) {
            Some(names) => {
                r.cc.extend(names.into_iter().map(|(n, span)| match n {
                    // a name as written: a part of the lines it was read from
                    Cow::Borrowed(_) => text.slice(span.start..span.end),
                    Cow::Owned(o) => Cow::Owned(o),
                }));
                r.spans.cc = Some(r.spans.cc.map_or(whole, |s| s.join(whole)));
                true
            }
            None => false,
        },
        _ => false,
    };
    if !read {
        for l in run {
            note_line(*l, r);
        }
    }
}

/// The first line of the run line `i` ends in a hard-wrapped text: `i`
/// itself when the line above does not run on into it (or the text is not
/// wrapped); never above `floor`, and at most [`MAX_OPENING_LINES`] back.
fn wrapped_start(
    lines: &[Line<'_>],
    i: usize,
    floor: usize,
    wrap: Option<crate::wrap::Wrap>,
) -> usize {
    let Some(wrap) = wrap else {
        return i;
    };
    let mut start = i;
    while start > floor && i - start < MAX_OPENING_LINES {
        let above = start - 1;
        let runs = match (lines.get(above), lines.get(start)) {
            (Some(a), Some(b)) => wrap.joins(a.text, b.text),
            _ => false,
        };
        if !runs {
            break;
        }
        start = above;
    }
    start
}

/// Most lines a hard-wrapped opening is read over.
const MAX_OPENING_LINES: usize = 6;

/// Whether line `i` opens the reply (`您提出的…收悉，现答复如下：`), read
/// together with the lines it runs on into in a hard-wrapped text: how
/// many lines after it belong to it.
fn opening_run(lines: &[Line<'_>], i: usize, wrap: Option<crate::wrap::Wrap>) -> Option<usize> {
    let l = lines.get(i)?;
    let run = crate::wrap::continuation(lines, i, wrap, MAX_OPENING_LINES);
    if opening::is_opening(l.text) {
        return Some(run);
    }
    if run == 0 {
        return None;
    }
    let joined: String = lines.get(i..=i + run)?.iter().map(|l| l.text).collect();
    opening::is_opening(&joined).then_some(run)
}

/// Assembles a reply from the lines of `input`.
fn assemble_lines<'a>(input: &'a str, lines: Vec<Line<'a>>) -> Reply<'a> {
    let mut r = Reply::default();

    // -- the anchor: the addressee line, or the opening ------------------
    let mut addressee_at = None;
    let mut opening_at = None;
    // a hard-wrapped text (a PDF's) runs sentences on over lines
    let wrap = crate::wrap::wrap_width(&lines);
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() || chrome_line(l.text).is_some() || is_header_line(l.text) {
            continue;
        }
        if opening_run(&lines, i, wrap).is_some() {
            opening_at = Some(i);
            break;
        }
        if heading_marker(l.text).is_some() {
            break;
        }
        if addressee_at.is_some() {
            break;
        }
        if addressee::addressee_line(l.text, l.span.start).is_some() {
            addressee_at = Some(i);
        }
    }
    // an addressee line that lost its colon (`王强委员`, `尊敬的王强委员，您好！`)
    // right above the opening
    if let (None, Some(o)) = (addressee_at, opening_at) {
        addressee_at = lines
            .get(..o)
            .and_then(|ls| ls.iter().rposition(|l| !l.is_blank()))
            .filter(|&j| {
                lines
                    .get(j)
                    .is_some_and(|l| addressee::loose_addressee_line(l.text, 0).is_some())
            });
    }
    let head_end = match (addressee_at, opening_at) {
        (Some(a), _) => a,
        (None, Some(o)) => o,
        (None, None) => lines
            .iter()
            .position(|l| !l.is_blank() && !is_head_line(l))
            .unwrap_or(lines.len()),
    };
    let body_start = match addressee_at {
        Some(a) => a + 1,
        None => head_end,
    };

    head(&lines, head_end, &mut r);

    if let Some(a) = addressee_at.and_then(|a| lines.get(a)) {
        r.addressees = addressee::addressee_line(a.text, a.span.start)
            .or_else(|| addressee::loose_addressee_line(a.text, a.span.start))
            .unwrap_or_default();
        r.spans.addressees = Some(a.span);
    }

    // -- the opening (a short greeting line such as 您好！ may stand before
    //    it and belongs to it) -------------------------------------------
    let mut first_body = body_start;
    let mut opening_line = None;
    let mut opening_more: &[Line<'_>] = &[];
    let mut greeting: Vec<Line<'_>> = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(body_start) {
        if l.is_blank() {
            continue;
        }
        if let Some(run) = opening_run(&lines, i, wrap) {
            opening_more = lines.get(i + 1..=i + run).unwrap_or(&[]);
            let mut line = *l;
            // `王强委员：您提出的…收悉`: the addressee on the opening's line
            if r.addressees.is_empty() {
                if let Some((names, span, rest)) = addressee_prefix(line) {
                    r.addressees = names;
                    r.spans.addressees = Some(span);
                    line = rest;
                }
            }
            opening_line = Some(line);
            first_body = i + 1 + opening_more.len();
            break;
        }
        if greeting.len() < 2 && opening::is_greeting(l.text) {
            greeting.push(*l);
            continue;
        }
        break;
    }
    if opening_line.is_none() {
        greeting.clear();
    }

    // -- the tail: one walk back from the end ----------------------------
    let mut tail_start = lines.len();
    let mut seen_real = false;
    let mut unknown_at_end = 0;
    let mut kinds = vec![None; lines.len()];
    let mut next = lines.len();
    while next > first_body {
        let i = next - 1;
        let Some(line) = lines.get(i) else { break };
        // in a hard-wrapped text a tail line may run over several lines
        // (`感谢您对…的关心和支` / `持！`): they are read as one
        let mut start = wrapped_start(&lines, i, first_body, wrap);
        let joined: String;
        let whole = if start < i {
            joined = lines
                .get(start..=i)
                .unwrap_or(&[])
                .iter()
                .map(|l| l.text)
                .collect();
            Line {
                text: &joined,
                span: Span::new(lines.get(start).map_or(0, |l| l.span.start), line.span.end),
            }
        } else {
            *line
        };
        let kind_of = |line: &Line<'_>, start: usize| {
            if start == i && cc_goes_on(&lines, i) {
                Some(TailKind::Cc)
            } else {
                tail_kind(line, seen_real)
            }
        };
        let mut line = &whole;
        let mut kind = kind_of(line, start);
        if start < i && !kind.is_some_and(TailKind::reads_over_lines) {
            start = i;
            line = lines.get(i).unwrap_or(&whole);
            kind = kind_of(line, start);
        }
        next = start;
        // an unread labelled line at the very end does not hide the tail
        // above it (undone below when no tail is found)
        if kind.is_none() && unknown_at_end < MAX_UNKNOWN_AT_END && label_like(line.text) {
            unknown_at_end += 1;
            kind = Some(TailKind::Unknown);
        }
        match kind {
            Some(k) => {
                if k.is_real() {
                    seen_real = true;
                }
                for slot in kinds.iter_mut().take(i + 1).skip(start) {
                    *slot = Some(k);
                }
                tail_start = start;
            }
            None => break,
        }
    }
    if unknown_at_end > 0 {
        // unread lines with no tail line above them are body text after all
        let top_real = (tail_start..lines.len())
            .find(|&i| {
                kinds
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(TailKind::is_real)
            })
            .unwrap_or(lines.len());
        let last_unknown_above = (tail_start..top_real)
            .rev()
            .find(|&i| kinds.get(i).copied().flatten() == Some(TailKind::Unknown));
        if let Some(u) = last_unknown_above {
            for k in kinds.iter_mut().take(u + 1).skip(tail_start) {
                *k = None;
            }
            tail_start = u + 1;
        }
    }

    // numbered lines count as attachments only below an `附件：` line
    let mut label_seen = false;
    let mut orphan_end = None;
    for (i, l) in lines.iter().enumerate().skip(tail_start) {
        if kinds.get(i).copied().flatten() == Some(TailKind::Attachment) {
            if cc::attachment_line(l.text, 0).is_some() {
                label_seen = true;
            } else if !label_seen {
                orphan_end = Some(i + 1);
            }
        }
    }
    if let Some(end) = orphan_end {
        for k in kinds.iter_mut().take(end).skip(tail_start) {
            *k = None;
        }
        tail_start = end;
    }

    // -- the tail, forward (before the body, so that the list of lines can
    //    go before the sections are built; its chrome still comes after the
    //    body's) -----------------------------------------------------------
    let chrome_before = r.chrome.len();
    tail(&lines, &kinds, tail_start, wrap, &mut r);
    let tail_chrome = r.chrome.split_off(chrome_before.min(r.chrome.len()));

    // -- the body: its lines read again from the text, one at a time ------
    let body_count = tail_start.saturating_sub(first_body);
    // from the end of the line before, whose rest is read first
    let read_from = first_body
        .checked_sub(1)
        .and_then(|i| lines.get(i))
        .map(|before| before.span.end);
    let opening_more: Vec<Line<'_>> = opening_more.to_vec();
    drop(kinds);
    drop(lines);
    let mut body_lines = LineIter::new(input, read_from.unwrap_or(0));
    if read_from.is_some() {
        body_lines.next();
    }
    let (preamble, sections) =
        body::build(BodyItems::new(body_lines.take(body_count), wrap, &mut r));
    r.preamble = preamble;
    r.sections = sections;
    r.chrome.extend(tail_chrome);

    // -- the opening's content, now that the signer is known -------------
    if let Some(l) = opening_line {
        opening_parts(&greeting, l, &opening_more, &mut r);
    }
    proposal_fallback(&mut r);
    handling_from_header(&mut r);
    handling_by_role(&mut r);
    if r.subject.is_none() {
        r.subject = match &r.title {
            Some(Cow::Borrowed(t)) => title::subject_of(t).map(Cow::Borrowed),
            Some(Cow::Owned(t)) => title::subject_of(t).map(|s| Cow::Owned(s.to_owned())),
            None => None,
        };
    }

    if r.opening.is_none() && r.preamble.is_empty() && r.sections.is_empty() && r.closing.is_none()
    {
        let span = Span::new(0, input.len());
        r.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::NoBody,
            severity: Severity::Error,
            message: Cow::Borrowed(
                "expected the body of a reply, but found no paragraph of running text",
            ),
            text: Cow::Borrowed(""),
            span: Span::new(span.start, span.start),
        });
    }
    r
}

/// Whether a line can stand in the head of a document (before the
/// addressee): chrome, header fields, document numbers, category marks,
/// signer lines, and title lines.
fn is_head_line(l: &Line<'_>) -> bool {
    let t = l.text;
    chrome_line(t).is_some()
        || is_header_line(t)
        || doc_number::doc_number_at(t, 0).is_some()
        || category::category_at(t, 0).is_some()
        || doc_number::signer_at(t, 0).is_some()
        || title::looks_like_title(t)
        || t.ends_with("文件")
}

/// The head zone: chrome, header fields, document number, signer,
/// category, and the title (joined over the lines it wraps across).
fn head<'a>(lines: &[Line<'a>], end: usize, r: &mut Reply<'a>) {
    // lines of the head that are none of the known kinds: title material
    let mut candidates: Vec<Vec<Line<'a>>> = vec![Vec::new()];
    for l in lines.iter().take(end) {
        if l.is_blank() {
            continue;
        }
        let t = l.text;
        let base = l.span.start;
        let mut known = false;
        if let Some((kind, linked)) = chrome_line(t) {
            push_chrome(r, kind, *l, linked);
            known = true;
        } else {
            if let Some((doc, warnings)) = doc_number::doc_number_at(t, base) {
                r.diagnostics.extend(warnings);
                r.doc_number.get_or_insert(doc);
                known = true;
            }
            if let Some((name, span)) = doc_number::signer_at(t, base) {
                r.signer.get_or_insert(Cow::Borrowed(name));
                let label = find_folded(t, "签发人").map_or(span.start, |(p, _)| base + p);
                r.spans
                    .signer
                    .get_or_insert(Span::new(label.min(span.start), span.end));
                known = true;
            }
            if let Some((cat, span)) = category::category_at(t, base) {
                r.category.get_or_insert(cat);
                r.spans.category.get_or_insert(span);
                known = true;
            }
            // text beside those marks that none of them claimed is not lost
            let marks = [
                r.doc_number.as_ref().map(|d| d.span),
                r.spans.signer,
                r.spans.category,
            ];
            if known && !covered(*l, &marks) {
                // a labelled field holds the mark (`文号：杭建复〔2023〕45号`)
                match header_line(t, base) {
                    Some(fields) => {
                        for f in &fields {
                            lift_header_field(f, r);
                        }
                        r.header.extend(fields);
                    }
                    None => {
                        unrecognised(r, *l, "expected a document number, signer or category mark")
                    }
                }
            }
            if !known {
                if let Some(fields) = header_line(t, base) {
                    for f in &fields {
                        lift_header_field(f, r);
                    }
                    r.header.extend(fields);
                    known = true;
                } else if t.ends_with("文件")
                    && t.chars().count() <= 30
                    && !title::looks_like_title(t)
                {
                    r.header.push(HeaderField {
                        key: Cow::Borrowed("发文机关标志"),
                        value: Cow::Borrowed(t),
                        span: l.span,
                    });
                    known = true;
                }
            }
        }
        if known {
            if candidates.last().is_some_and(|c| !c.is_empty()) {
                candidates.push(Vec::new());
            }
        } else if let Some(run) = candidates.last_mut() {
            run.push(*l);
        }
    }
    for run in candidates.into_iter().filter(|c| !c.is_empty()) {
        title_run(run, r);
    }
}

/// Finds the title in a run of head lines (a title may wrap over several
/// lines, and a page may show it twice); the other lines of the run become
/// banner chrome or diagnostics.
fn title_run<'a>(run: Vec<Line<'a>>, r: &mut Reply<'a>) {
    let n = run.len();
    // longest contiguous sub-run that parses as a title, earliest first
    let mut found: Option<(usize, usize)> = None;
    'outer: for len in (1..=n.min(4)).rev() {
        for start in 0..=(n - len) {
            let Some(part) = run.get(start..start + len) else {
                continue;
            };
            if parse_title(part).is_some() {
                found = Some((start, start + len));
                break 'outer;
            }
        }
    }
    let used = found.unwrap_or((0, 0));
    if let Some((s, e)) = found {
        if let Some(part) = run.get(s..e) {
            if let Some(t) = parse_title(part) {
                if r.title.is_none() {
                    // the office at the head of the title, or the letterhead
                    // read before it
                    r.issuer = t.issuer.clone().or(r.issuer.take());
                    r.form = Some(t.form.clone());
                    if r.category.is_none() {
                        r.category = t.category;
                    }
                    if r.doc_number.is_none() {
                        r.doc_number = t.doc_number.clone();
                    }
                    r.proposal = t.proposal.clone();
                    r.title = Some(t.text.clone());
                }
                r.spans.title.extend(part.iter().map(|l| l.span));
            }
        }
    }
    for (i, l) in run.iter().enumerate() {
        if i >= used.0 && i < used.1 {
            continue;
        }
        if r.title.is_none() && title::looks_like_title(l.text) {
            r.title = Some(Cow::Borrowed(l.text));
            r.spans.title.push(l.span);
            continue;
        }
        if l.text.chars().count() <= 30 {
            // the letterhead (发文机关标志): `青云县住房和城乡建设局`,
            // `某某县人民政府文件`
            // (or the issuer the title names, written again above it)
            let org = l.text.strip_suffix("文件").unwrap_or(l.text);
            let issuer = r.issuer.as_deref().is_none_or(|i| i == org)
                && r.spans.issuer.is_none()
                && signature::is_org_line(org)
                && !org.contains(text::is_space);
            if issuer {
                r.issuer = Some(Cow::Borrowed(org));
                r.spans.issuer = Some(l.span);
                continue;
            }
            push_chrome(r, ChromeKind::Banner, *l, None);
        } else {
            unrecognised(r, *l, "expected a title, a header field or the addressee");
        }
    }
}

/// Parses lines as one title: one line borrows; several are joined (a
/// letter-spaced line such as `答 复` loses its spaces).
fn parse_title<'a>(part: &[Line<'a>]) -> Option<crate::model::Title<'a>> {
    if !part.iter().any(|l| title::may_hold_form(l.text)) {
        return None;
    }
    match part {
        [one] => title::title_at(one.text, one.span.start),
        _ => {
            let mut joined = String::new();
            for l in part {
                if l.text.chars().count() <= 6 && l.text.chars().any(text::is_space) {
                    joined.extend(l.text.chars().filter(|c| !text::is_space(*c)));
                } else {
                    joined.push_str(l.text);
                }
            }
            let first = part.first()?.span.start;
            let last = part.last()?.span.end;
            let t = title::title_at(&joined, first)?.into_owned();
            let mut t = t;
            t.span = Span::new(first, last);
            if let Some(p) = t.proposal.as_mut() {
                p.span = Span::new(first, last);
            }
            Some(t)
        }
    }
}

/// Whether every visible character of line `l` lies in one of `spans`.
fn covered(l: Line<'_>, spans: &[Option<Span>]) -> bool {
    l.text.char_indices().all(|(i, c)| {
        let at = l.span.start + i;
        text::is_space(c) || spans.iter().flatten().any(|s| s.start <= at && at < s.end)
    })
}

fn push_chrome<'a>(r: &mut Reply<'a>, kind: ChromeKind, l: Line<'a>, linked: Option<&'a str>) {
    r.chrome.push(Chrome {
        kind,
        text: Cow::Borrowed(l.text),
        linked_title: linked.map(Cow::Borrowed),
        span: l.span,
    });
}

fn unrecognised<'a>(r: &mut Reply<'a>, l: Line<'a>, expected: &str) {
    let shown: String = l.text.chars().take(24).collect();
    r.diagnostics.push(Diagnostic {
        kind: DiagnosticKind::UnrecognisedLine,
        severity: Severity::Error,
        message: Cow::Owned(format!("{expected}, but found the line \"{shown}\"")),
        text: Cow::Borrowed(l.text),
        span: l.span,
    });
}

/// Lifts 发布日期 / 信息来源 into `published` / `source`.
fn lift_header_field<'a>(f: &HeaderField<'a>, r: &mut Reply<'a>) {
    match key_role(&f.key) {
        KeyRole::Published if r.published.is_none() => {
            if let Ok((_, d)) = crate::date::date_time(text::trim(&f.value)) {
                r.published = Some(d);
            }
        }
        KeyRole::Source if r.source.is_none() && !f.value.is_empty() => {
            r.source = Some(f.value.clone());
        }
        KeyRole::Number => {
            let number = text::part_of(&f.value, text::trim(&f.value));
            let plain = (1..=20).contains(&number.chars().count())
                && number.chars().any(|c| c.is_ascii_digit())
                && !number.contains(text::is_space);
            if !plain {
                return;
            }
            let kind = if f.key.starts_with('建') {
                ProposalKind::Suggestion
            } else if f.key.starts_with('议') {
                ProposalKind::Motion
            } else {
                ProposalKind::Proposal
            };
            match r.proposal.as_mut() {
                Some(p) if p.number.is_none() => {
                    p.number = Some(number);
                    p.kind = p.kind.or(Some(kind));
                }
                Some(_) => {}
                None => {
                    r.proposal = Some(ProposalRef {
                        number: Some(number),
                        kind: Some(kind),
                        span: f.span,
                        ..ProposalRef::default()
                    });
                }
            }
        }
        KeyRole::Subject if r.subject.is_none() && !f.value.is_empty() => {
            r.subject = Some(f.value.clone());
        }
        _ => {}
    }
}

/// The lead and assisting units of a record's fields (`主办单位：…`,
/// `协办单位：…`), where the opening named none.
fn handling_from_header(r: &mut Reply<'_>) {
    if !r.handling.lead.is_empty() || !r.handling.assisting.is_empty() {
        return;
    }
    for f in &r.header {
        let units = match key_role(&f.key) {
            KeyRole::Lead => &mut r.handling.lead,
            KeyRole::Assisting => &mut r.handling.assisting,
            _ => continue,
        };
        units.extend(
            opening::units_of(&f.value)
                .into_iter()
                .map(|u| text::part_of(&f.value, u)),
        );
    }
}

/// The body's lines as items: headings and paragraphs, a paragraph
/// hard-wrapped after a comma joined with its continuation. They are read
/// one at a time while the sections are built, so no list of them all is
/// held; chrome lines met on the way go to `r.chrome`.
struct BodyItems<'a, 'r, L> {
    lines: L,
    /// The lines of the paragraph being read.
    pending: Vec<(&'a str, usize)>,
    /// A heading read together with the paragraph it ended.
    queued: Option<Item<'a>>,
    /// The rest of a line after a run-on heading (`…。（二）强化管理。…`),
    /// read as the next line, and whether its line was cut by the wrap.
    carry: Option<(Line<'a>, bool)>,
    /// How a hard-wrapped text was cut: its lines run on.
    wrap: Option<crate::wrap::Wrap>,
    /// Whether the last line read into `pending` was cut by the wrap.
    ran_on: bool,
    /// The marker of the last heading read: its next sibling may stand
    /// inside a line of a hard-wrapped paragraph.
    level: Option<crate::body::heading::Marker<'a>>,
    r: &'r mut Reply<'a>,
}

impl<'a, 'r, L: Iterator<Item = Line<'a>>> BodyItems<'a, 'r, L> {
    fn new(lines: L, wrap: Option<crate::wrap::Wrap>, r: &'r mut Reply<'a>) -> Self {
        BodyItems {
            lines,
            pending: Vec::new(),
            queued: None,
            carry: None,
            wrap,
            ran_on: false,
            level: None,
            r,
        }
    }

    /// A short heading cut by the wrap (`（二）强` / `化绩效管理。将…`): the
    /// heading joined with the next line up to its full stop, within
    /// twenty characters, and where the heading ends in the input; the rest
    /// of that line is read next. `None` (the next line put back) when it
    /// does not end so soon.
    fn heading_goes_on(&mut self, head: &str) -> Option<(Cow<'a, str>, usize)> {
        let next = self.lines.next()?;
        let next_cut = self.wrap.is_some_and(|w| w.runs_on(next.text));
        let end = next
            .text
            .char_indices()
            .take(20)
            .find(|(_, c)| text::is_sentence_end(*c));
        let Some((p, c)) = end.filter(|_| crate::wrap::goes_on(next.text)) else {
            self.carry = Some((next, next_cut));
            return None;
        };
        let rest = next.from(p + c.len_utf8());
        if !rest.is_blank() {
            self.carry = Some((rest, next_cut));
        }
        let joined = format!("{head}{}", next.text.get(..p).unwrap_or(""));
        Some((Cow::Owned(joined), next.span.start + p + c.len_utf8()))
    }

    /// The paragraph read so far, if any.
    fn flush(&mut self) -> Option<Item<'a>> {
        if self.pending.is_empty() {
            return None;
        }
        let item = Item::Para(ParaText::joined(&self.pending));
        self.pending.clear();
        Some(item)
    }
}

impl<'a, L: Iterator<Item = Line<'a>>> Iterator for BodyItems<'a, '_, L> {
    type Item = Item<'a>;

    fn next(&mut self) -> Option<Item<'a>> {
        if let Some(item) = self.queued.take() {
            return Some(item);
        }
        loop {
            // a line, and whether its physical line was cut by the wrap
            // (the rest of a split line keeps its line's answer)
            let (l, cut) = match self.carry.take() {
                Some(carried) => carried,
                None => match self.lines.next() {
                    Some(l) => (l, self.wrap.is_some_and(|w| w.runs_on(l.text))),
                    None => break,
                },
            };
            if l.is_blank() {
                continue;
            }
            if let Some((
                kind @ (ChromeKind::Markup | ChromeKind::PageNumber | ChromeKind::Toolbar),
                linked,
            )) = chrome_line(l.text)
            {
                push_chrome(self.r, kind, l, linked);
                continue;
            }
            // (a piece of a line may be pending: whether its line was cut
            // by the wrap is kept in `ran_on`)
            let continues = self.pending.last().is_some_and(|(t, _)| {
                t.ends_with(['，', ',', '、', '；', ';'])
                    || (self.ran_on && crate::wrap::goes_on(l.text))
            });
            if continues {
                // the next heading of the open level may stand inside a
                // line that goes on with a paragraph (`…分配。（二）强化…`
                // in a hard-wrapped text): the rest is read as a line
                let mut l = l;
                let mut this_cut = cut;
                if self.ran_on {
                    if let Some(p) = self.level.and_then(|m| run_on_next(l.text, &m)) {
                        self.carry = Some((l.from(p), cut));
                        l = l.until(p);
                        this_cut = false;
                    }
                }
                self.pending.push((l.text, l.span.start));
                self.ran_on = this_cut;
                continue;
            }
            if let Some((marker, mut rest)) = heading_marker(l.text) {
                let mut span = l.span;
                let mut body_cut = cut;
                // the next heading of the level run on in the same line is
                // read as a line of its own
                if let Some(p) = run_on_next(rest, &marker) {
                    let at = crate::span::offset_in(l.text, rest) + p;
                    self.carry = Some((l.from(at), cut));
                    span = l.until(at).span;
                    rest = rest
                        .get(..p)
                        .unwrap_or(rest)
                        .trim_end_matches(text::is_space);
                    body_cut = false;
                }
                let (heading, run_on) = split_heading(rest);
                let mut heading = heading.map(Cow::Borrowed);
                let mut prose = false;
                if body_cut && run_on.is_none() {
                    // a line cut by the wrap before its first full stop:
                    // a long or prose-like text is a run-on body, a short
                    // one a heading that goes on in the next line
                    let long = rest.chars().count() > 20
                        || rest.contains([':', '：'])
                        || rest.starts_with(['您', '你']);
                    if long {
                        heading = None;
                        prose = true;
                    } else {
                        if let Some((joined, end)) = self.heading_goes_on(rest) {
                            heading = Some(joined);
                            span = Span::new(span.start, end);
                        }
                    }
                }
                let before = self.flush();
                let at = |b: &str| l.span.start + crate::span::offset_in(l.text, b);
                // in a hard-wrapped text the run-on body goes on in the
                // next lines: it opens the paragraph being read
                let body = match run_on.or(prose.then_some(rest)) {
                    Some(b) if body_cut => {
                        self.pending.push((b, at(b)));
                        self.ran_on = true;
                        None
                    }
                    Some(b) => Some(ParaText::single(b, at(b))),
                    None => None,
                };
                self.level = Some(marker);
                let item = Item::Heading {
                    marker,
                    heading,
                    span,
                    body,
                };
                return match before {
                    Some(para) => {
                        self.queued = Some(item);
                        Some(para)
                    }
                    None => Some(item),
                };
            }
            let para = self.flush();
            self.pending.push((l.text, l.span.start));
            self.ran_on = cut;
            if para.is_some() {
                return para;
            }
        }
        self.flush()
    }
}

/// The tail zone: closing, signature, contact, cc, attachments, notes.
fn tail<'a>(
    lines: &[Line<'a>],
    kinds: &[Option<TailKind>],
    start: usize,
    wrap: Option<crate::wrap::Wrap>,
    r: &mut Reply<'a>,
) {
    let mut closing: Vec<(&'a str, usize)> = Vec::new();
    let mut orgs: Vec<(usize, Line<'a>)> = Vec::new();
    let mut date_at: Option<usize> = None;
    let mut contact: Option<Contact<'a>> = None;
    let mut read_to = start;
    for (i, l) in lines.iter().enumerate().skip(start) {
        if i < read_to {
            continue;
        }
        let Some(kind) = kinds.get(i).copied().flatten() else {
            continue;
        };
        // a contact or cc line hard-wrapped over several lines is read as one
        if let (Some(wrap), TailKind::Contact | TailKind::Cc) = (wrap, kind) {
            let mut end = i;
            while kinds.get(end + 1).copied().flatten() == Some(kind)
                && matches!((lines.get(end), lines.get(end + 1)), (Some(a), Some(b)) if wrap.joins(a.text, b.text))
            {
                end += 1;
            }
            if end > i {
                let pieces: Vec<(&'a str, usize)> = lines
                    .get(i..=end)
                    .unwrap_or(&[])
                    .iter()
                    .map(|l| (l.text, l.span.start))
                    .collect();
                let run = lines.get(i..=end).unwrap_or(&[]);
                wrapped_tail_run(run, &ParaText::joined(&pieces), kind, &mut contact, r);
                read_to = end + 1;
                continue;
            }
        }
        let t = l.text;
        let base = l.span.start;
        match kind {
            TailKind::Blank => {}
            TailKind::Chrome => {
                if let Some((k, linked)) = chrome_line(t) {
                    push_chrome(r, k, *l, linked);
                }
            }
            TailKind::Junk => push_chrome(r, ChromeKind::Footer, *l, None),
            TailKind::Unknown => note_line(*l, r),
            TailKind::Closing => closing.push((t, base)),
            TailKind::Contact => match contact::contact_block(t, base) {
                Some(c) if !c.is_empty() => merge_contact(&mut contact, c),
                _ => note_line(*l, r),
            },
            TailKind::Cc => {
                if let Some(names) = cc::cc_line(t, base).or_else(|| cc::cc_continuation(t, base)) {
                    r.cc.extend(names.into_iter().map(|(n, _)| n));
                    r.spans.cc = Some(r.spans.cc.map_or(l.span, |s| s.join(l.span)));
                }
            }
            TailKind::Attachment => {
                if let Some(a) =
                    cc::attachment_line(t, base).or_else(|| cc::attachment_continuation(t, base))
                {
                    r.attachments.push(a);
                }
                r.spans.attachments = Some(r.spans.attachments.map_or(l.span, |s| s.join(l.span)));
            }
            TailKind::Date => {
                if date_at.is_none() {
                    if let Some((d, _)) = signature::date_line(t) {
                        r.signature.date = Some(d);
                        date_at = Some(i);
                        extend_signature_span(r, l.span);
                    }
                } else {
                    note_line(*l, r);
                }
            }
            TailKind::Org => orgs.push((i, *l)),
            TailKind::Note => note_line(*l, r),
        }
    }
    // the organisation lines that sign: those right above the date, else
    // those right below it, else all of them when there is no date
    let signing: Vec<(usize, Line<'a>)> = match date_at {
        Some(d) => {
            let above: Vec<_> = orgs
                .iter()
                .filter(|(i, _)| *i < d && adjacent(lines, kinds, *i, d))
                .copied()
                .collect();
            if above.is_empty() {
                orgs.iter()
                    .filter(|(i, _)| *i > d && adjacent(lines, kinds, d, *i))
                    .copied()
                    .collect()
            } else {
                above
            }
        }
        None => orgs.clone(),
    };
    for (i, l) in &orgs {
        if signing.iter().any(|(j, _)| j == i) {
            let name = signature::without_stamp(signature::labelled_org(l.text).unwrap_or(l.text));
            if r.signature.org.is_none() {
                r.signature.org = Some(Cow::Borrowed(name));
            }
            r.signature
                .orgs
                .extend(signature::orgs(name).into_iter().map(Cow::Borrowed));
            extend_signature_span(r, l.span);
        } else {
            push_chrome(r, ChromeKind::Footer, *l, None);
        }
    }
    if !closing.is_empty() {
        let p = ParaText::joined(&closing);
        let mut paras = body::paragraphs(vec![p]);
        r.closing = paras.pop();
    }
    r.contact = contact;
}

/// Whether only blank lines (or contact lines) stand between lines `a` and
/// `b` (a < b).
fn adjacent(lines: &[Line<'_>], kinds: &[Option<TailKind>], a: usize, b: usize) -> bool {
    (a + 1..b).all(|k| {
        lines.get(k).is_some_and(|l| l.is_blank())
            || matches!(
                kinds.get(k).copied().flatten(),
                Some(TailKind::Org | TailKind::Blank | TailKind::Contact)
            )
    })
}

fn extend_signature_span(r: &mut Reply<'_>, span: Span) {
    r.signature.span = Some(r.signature.span.map_or(span, |s| s.join(span)));
}

fn note_line<'a>(l: Line<'a>, r: &mut Reply<'a>) {
    match header_line(l.text, l.span.start) {
        Some(fields) => r.notes.extend(fields),
        None => {
            // `（公开属性：主动公开）`: the brackets hold the whole note
            let t = text::inside_brackets(l.text)
                .filter(|t| t.contains([':', '：']))
                .unwrap_or(l.text);
            let (key, value) = match t.find([':', '：']) {
                Some(p) => (
                    text::trim(t.get(..p).unwrap_or("")),
                    text::trim(
                        t.get(p..)
                            .and_then(|v| v.get(v.chars().next().map_or(0, char::len_utf8)..))
                            .unwrap_or(""),
                    ),
                ),
                None => ("附注", l.text),
            };
            r.notes.push(HeaderField {
                key: Cow::Borrowed(key),
                value: Cow::Borrowed(value),
                span: l.span,
            });
        }
    }
}

fn merge_contact<'a>(into: &mut Option<Contact<'a>>, c: Contact<'a>) {
    match into {
        None => *into = Some(c),
        Some(m) => {
            m.span = m.span.join(c.span);
            if m.name.is_none() {
                m.name = c.name;
            }
            if m.responsible.is_none() {
                m.responsible = c.responsible;
            }
            if m.unit.is_none() {
                m.unit = c.unit;
            }
            m.phones.extend(c.phones);
            if m.fax.is_none() {
                m.fax = c.fax;
            }
            if m.email.is_none() {
                m.email = c.email;
            }
            if m.address.is_none() {
                m.address = c.address;
            }
            if m.postcode.is_none() {
                m.postcode = c.postcode;
            }
        }
    }
}

/// The opening paragraph: subject, handling, and the proposal reference
/// when the title gave none.
fn opening_parts<'a>(greeting: &[Line<'a>], l: Line<'a>, more: &[Line<'a>], r: &mut Reply<'a>) {
    // the greeting, then the opening's lines: one list for both texts
    let pieces: Vec<(&'a str, usize)> = greeting
        .iter()
        .chain(std::iter::once(&l))
        .chain(more)
        .map(|g| (g.text, g.span.start))
        .collect();
    let text = ParaText::joined(pieces.get(greeting.len()..).unwrap_or(&[]));
    let t = text.as_str();
    // a part of the opening's text, borrowed where the opening is one line
    let part = |s: &str| text.slice(text.range_of(s));
    if let Some(s) = opening::subject(t) {
        r.subject = Some(part(s));
        r.spans.subject = Some(text.span(text.range_of(s)));
    }
    let me = r
        .signature
        .org
        .clone()
        .or_else(|| r.issuer.clone())
        .or_else(|| r.source.clone());
    let (lead, assisting) = opening::handling(t);
    let resolve = |u: &str| -> Option<Cow<'a, str>> {
        if opening::is_self_reference(u) {
            me.clone()
        } else {
            Some(part(u))
        }
    };
    r.handling.lead.extend(lead.into_iter().filter_map(resolve));
    r.handling
        .assisting
        .extend(assisting.into_iter().filter_map(resolve));
    // the opening names the proposal when the title does not, or names it
    // only by its subject (`关于《…的建议》提案的答复`)
    let vague = r
        .proposal
        .as_ref()
        .is_none_or(|p| p.number.is_none() && p.term.is_none() && p.session.is_none());
    if vague {
        let found = match more {
            [] => title::find_proposal_at(l.text, l.span.start),
            _ => title::find_proposal_at(t, 0).map(|p| {
                let span = text.span(p.span.start..p.span.end);
                ProposalRef {
                    span,
                    ..p.into_owned()
                }
            }),
        };
        if let Some(mut found) = found {
            let named = found.number.is_some() || found.term.is_some();
            if let Some(p) = r.proposal.as_ref().filter(|_| named) {
                found.kind = found.kind.or(p.kind);
                found.assembly = found.assembly.or(p.assembly);
            }
            if named || r.proposal.is_none() {
                r.proposal = Some(found);
            }
        }
    }
    let mut paras = body::paragraphs(vec![ParaText::joined(&pieces)]);
    r.opening = paras.pop();
}

/// Fills the assembly and kind of the proposal from the addressee's role
/// and the opening's words when the title does not say them.
fn proposal_fallback(r: &mut Reply<'_>) {
    let role_assembly = r.addressees.iter().find_map(|a| match a.role.as_deref() {
        // roles may be written in traditional characters (委員)
        Some(role) if find_folded(role, "委员").is_some() => Some(Assembly::Cppcc),
        Some(role) if find_folded(role, "代表").is_some() => Some(Assembly::Npc),
        _ => None,
    });
    let opening = r.opening.as_ref().map(|p| p.text.as_ref()).unwrap_or("");
    let word_kind = if find_folded(opening, "议案").is_some() {
        Some(ProposalKind::Motion)
    } else {
        match role_assembly {
            Some(Assembly::Npc) => Some(ProposalKind::Suggestion),
            Some(Assembly::Cppcc) => Some(ProposalKind::Proposal),
            _ if find_folded(opening, "提案").is_some() => Some(ProposalKind::Proposal),
            _ if find_folded(opening, "建议").is_some() => Some(ProposalKind::Suggestion),
            _ => None,
        }
    };
    match r.proposal.as_mut() {
        Some(p) => {
            if p.assembly.is_none() {
                p.assembly = role_assembly;
            }
            if p.kind.is_none() {
                p.kind = word_kind;
            }
        }
        None if role_assembly.is_some() || (word_kind.is_some() && !r.addressees.is_empty()) => {
            let span = r
                .spans
                .addressees
                .or(r.opening.as_ref().map(|p| p.span))
                .unwrap_or_default();
            r.proposal = Some(ProposalRef {
                assembly: role_assembly,
                kind: word_kind,
                span,
                ..ProposalRef::default()
            });
        }
        None => {}
    }
}

/// A reply by an assisting unit (协办件, 会办意见) is addressed to the lead
/// unit: the addressee organisation leads, the replying office assists.
fn handling_by_role(r: &mut Reply<'_>) {
    let assisting_reply = r.title.as_deref().is_some_and(|t| {
        ["协办件", "会办件", "会办意见", "协办意见", "协办答复"]
            .iter()
            .any(|w| find_folded(t, w).is_some())
    });
    if !assisting_reply || !r.handling.lead.is_empty() {
        return;
    }
    let orgs: Vec<Cow<'_, str>> = r
        .addressees
        .iter()
        .filter(|a| a.role.is_none())
        .map(|a| a.name.clone())
        .collect();
    if orgs.is_empty() {
        return;
    }
    r.handling.lead = orgs;
    if r.handling.assisting.is_empty() {
        if let Some(me) = r
            .signature
            .org
            .clone()
            .or_else(|| r.source.clone())
            .or_else(|| r.issuer.clone())
        {
            r.handling.assisting.push(me);
        }
    }
}
