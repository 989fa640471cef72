//! Text as it comes from the web reads the same as clean text: lone CR line
//! ends, `&nbsp;` indents left by scrapers, zero-width characters inside
//! words. The parts found are compared by their text (spans move).

use govreply::model::Section;
use govreply::Reply;

const FIXTURES: &[&str] = &[
    include_str!("../fixtures/replies/web-page-chrome.txt"),
    include_str!("../fixtures/replies/npc-two-deputies.txt"),
    include_str!("../fixtures/replies/letter-docno-signer.txt"),
    include_str!("../fixtures/replies/measures-sequence.txt"),
    include_str!("../fixtures/replies/collective-proposal.txt"),
];

/// What a reader sees of a reply, without spans.
fn seen(r: &Reply<'_>) -> Vec<String> {
    fn walk(s: &Section<'_>, out: &mut Vec<String>) {
        out.push(format!("section {} {:?}", s.marker, s.heading));
        for p in &s.paragraphs {
            for m in &p.metrics {
                out.push(format!("metric {:?} {} {}", m.label, m.value, m.unit));
            }
            out.push(format!("measures {}", p.measures.len()));
        }
        for sub in &s.subsections {
            walk(sub, out);
        }
    }
    let mut out = vec![
        format!("title {:?}", r.title),
        format!(
            "proposal {:?}",
            r.proposal.as_ref().map(|p| (p.assembly, p.number.clone()))
        ),
        format!(
            "addressees {:?}",
            r.addressees
                .iter()
                .map(|a| a.name.replace(['\u{200B}', '\u{FEFF}'], ""))
                .collect::<Vec<_>>()
        ),
        format!("signature {:?} {:?}", r.signature.org, r.signature.date),
        format!(
            "contact {:?}",
            r.contact.as_ref().map(|c| c
                .phones
                .iter()
                .map(|p| p.number.to_string())
                .collect::<Vec<_>>())
        ),
    ];
    for s in &r.sections {
        walk(s, &mut out);
    }
    out
}

fn same_as_clean(name: &str, change: impl Fn(&str) -> String) {
    for one in FIXTURES {
        let clean = govreply::parse(one).unwrap();
        let changed = change(one);
        let r = govreply::parse(&changed).unwrap();
        super::invariants::check(&changed, &r);
        assert_eq!(
            seen(&r),
            seen(&clean),
            "{name}: {}",
            &one[..60.min(one.len())]
        );
    }
}

#[test]
fn lone_cr_line_ends() {
    same_as_clean("CR", |t| t.replace("\r\n", "\n").replace('\n', "\r"));
}

#[test]
fn nbsp_entities_before_and_after_lines() {
    same_as_clean("&nbsp;", |t| {
        t.lines()
            .map(|l| {
                if l.trim().is_empty() {
                    l.to_string()
                } else {
                    format!("&nbsp;&nbsp;&#12288;{l}&nbsp;")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
}

#[test]
fn zero_width_characters_inside_keywords() {
    same_as_clean("ZWSP", |t| {
        t.replace("答复", "答\u{200B}复")
            .replace("联系人", "联\u{200B}系人")
            .replace("委员", "委\u{FEFF}员")
    });
}
