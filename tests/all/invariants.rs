//! Invariants every parsed document must hold: nothing lost, spans on char
//! boundaries, `into_owned()` equal, serde round trip equal.

use govreply::model::{Paragraph, Section};
use govreply::{Reply, Span};

/// Every span of the reply, for the nothing-lost check.
pub fn spans(r: &Reply<'_>) -> Vec<Span> {
    let mut v = Vec::new();
    v.extend(r.header.iter().map(|f| f.span));
    v.extend(r.notes.iter().map(|f| f.span));
    v.extend(r.spans.title.iter().copied());
    v.extend(r.spans.issuer);
    v.extend(r.spans.category);
    v.extend(r.spans.signer);
    v.extend(r.spans.addressees);
    v.extend(r.spans.cc);
    v.extend(r.spans.attachments);
    v.extend(r.doc_number.as_ref().map(|d| d.span));
    v.extend(r.addressees.iter().map(|a| a.span));
    fn para(p: &Paragraph<'_>, v: &mut Vec<Span>) {
        v.push(p.span);
    }
    fn section(s: &Section<'_>, v: &mut Vec<Span>) {
        v.push(s.span);
        for p in &s.paragraphs {
            para(p, v);
        }
        for sub in &s.subsections {
            section(sub, v);
        }
    }
    for p in r
        .opening
        .iter()
        .chain(r.preamble.iter())
        .chain(r.closing.iter())
    {
        para(p, &mut v);
    }
    for s in &r.sections {
        section(s, &mut v);
    }
    v.extend(r.signature.span);
    v.extend(r.contact.as_ref().map(|c| c.span));
    v.extend(r.attachments.iter().map(|a| a.span));
    v.extend(r.chrome.iter().map(|c| c.span));
    v.extend(r.diagnostics.iter().map(|d| d.span));
    v
}

/// Asserts that every non-blank character of `input` lies in some span.
pub fn nothing_lost(input: &str, r: &Reply<'_>) {
    let mut spans = spans(r);
    spans.sort();
    let mut covered = vec![false; input.len()];
    for s in &spans {
        for b in covered
            .iter_mut()
            .take(s.end.min(input.len()))
            .skip(s.start)
        {
            *b = true;
        }
    }
    // space entities left by scrapers (`&nbsp;`) are spaces too
    for (i, _) in input.match_indices('&') {
        let n = govreply::text::entity_space_len(&input[i..]);
        for b in covered.iter_mut().skip(i).take(n) {
            *b = true;
        }
    }
    let lost: Vec<(usize, char)> = input
        .char_indices()
        .filter(|(i, c)| !govreply::text::is_space(*c) && *c != '\n' && *c != '\r' && !covered[*i])
        .collect();
    if !lost.is_empty() {
        // show each lost line once
        let mut lines: Vec<&str> = lost
            .iter()
            .map(|(i, _)| {
                let start = input[..*i].rfind('\n').map_or(0, |p| p + 1);
                let end = input[*i..].find('\n').map_or(input.len(), |p| i + p);
                &input[start..end]
            })
            .collect();
        lines.dedup();
        let chars: String = lost.iter().map(|(_, c)| *c).collect();
        panic!(
            "{} characters lost ({chars:?}), on these lines:\n{}",
            lost.len(),
            lines.join("\n")
        );
    }
}

/// Asserts that every span lies on char boundaries of `input`.
pub fn spans_on_boundaries(input: &str, r: &Reply<'_>) {
    let mut all = spans(r);
    for m in r.metrics() {
        all.push(m.span);
    }
    for m in r.measures() {
        all.push(m.span);
    }
    for s in all {
        assert!(
            s.start <= s.end && s.end <= input.len(),
            "span {s:?} out of range"
        );
        assert!(
            input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
            "span {s:?} off a char boundary"
        );
    }
}

/// Asserts `into_owned()` equality and the serde round trip of the owned form.
pub fn owned_and_serde(r: &Reply<'_>) {
    let owned: Reply<'static> = r.clone().into_owned();
    assert_eq!(&owned, r, "into_owned changed the reply");
    let json = serde_json::to_string(&owned).expect("serialise");
    let back: Reply<'static> = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, owned, "serde round trip changed the reply");
}

/// All the invariants at once.
pub fn check(input: &str, r: &Reply<'_>) {
    nothing_lost(input, r);
    spans_on_boundaries(input, r);
    owned_and_serde(r);
}
