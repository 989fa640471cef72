//! A reply hard-wrapped at a fixed width (the text of a PDF, an export with
//! GB/T 9704's grid of 28 characters a line) reads as the same reply
//! written one paragraph a line: the same title, addressees, subject,
//! sections, metrics, closing, signature, contact and cc, with nothing
//! lost and every span on the wrapped text.

use std::path::Path;

use govreply::Reply;

/// Our fixtures whose paragraphs are long enough to be cut at least three
/// times (a text with fewer cut lines is not told from one written a
/// paragraph a line, and is read as written).
const FIXTURES: &[&str] = &[
    "addressee-on-opening-line",
    "crlf-fullwidth",
    "formal-assembly-cc-continued",
    "joint-proposal-note",
    "letterhead-suggestion",
    "measures-sequence",
    "npc-two-deputies",
    "traditional-pinyin",
];

/// Cuts every line of `text` after `n` characters.
fn wrap_chars(text: &str, n: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let chars: Vec<char> = line.trim().chars().collect();
        for piece in chars.chunks(n.max(1)) {
            out.extend(piece);
            out.push('\n');
        }
        if chars.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// Cuts every line of `text` where it would pass `cols` columns, an
/// ideograph or a full-width form taking two.
fn wrap_columns(text: &str, cols: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut width = 0;
        for c in line.trim().chars() {
            let w = if ('\u{2E80}'..='\u{FF60}').contains(&c)
                || ('\u{2018}'..='\u{201F}').contains(&c)
            {
                2
            } else {
                1
            };
            if width + w > cols {
                out.push('\n');
                width = 0;
            }
            out.push(c);
            width += w;
        }
        out.push('\n');
    }
    out
}

/// What a reader of the reply compares.
fn summary(r: &Reply<'_>) -> Vec<String> {
    let mut out = vec![
        format!("title {:?}", r.title),
        format!(
            "addressees {:?}",
            r.addressees
                .iter()
                .map(|a| a.name.to_string())
                .collect::<Vec<_>>()
        ),
        format!("subject {:?}", r.subject),
        format!(
            "closing {:?}",
            r.closing.as_ref().map(|c| c.text.to_string())
        ),
        format!("signature {:?} {:?}", r.signature.org, r.signature.date),
        format!("contact {:?}", r.contact.as_ref().map(|c| c.name.clone())),
        format!("cc {:?}", r.cc),
    ];
    fn sections(s: &[govreply::model::Section<'_>], out: &mut Vec<String>) {
        for s in s {
            out.push(format!("section {} {:?}", s.marker, s.heading));
            sections(&s.subsections, out);
        }
    }
    sections(&r.sections, &mut out);
    for m in r.metrics() {
        out.push(format!("metric {:?} {} {}", m.label, m.value, m.unit));
    }
    out
}

#[test]
fn hard_wrapped_fixtures_read_as_written() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/replies");
    let mut failures = Vec::new();
    for name in FIXTURES {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let want = summary(&govreply::parse(&text).unwrap());
        for (how, wrapped) in [
            ("28 characters", wrap_chars(&text, 28)),
            ("22 characters", wrap_chars(&text, 22)),
            ("56 columns", wrap_columns(&text, 56)),
            ("44 columns", wrap_columns(&text, 44)),
        ] {
            let r = govreply::parse(&wrapped).unwrap();
            super::invariants::check(&wrapped, &r);
            let got = summary(&r);
            if got != want {
                let diff: Vec<String> = want
                    .iter()
                    .zip(&got)
                    .filter(|(w, g)| w != g)
                    .map(|(w, g)| format!("  want {w}\n   got {g}"))
                    .collect();
                failures.push(format!("{name} at {how}:\n{}", diff.join("\n")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A paragraph cut inside a number (`85` / `00万元`) gives the number whole,
/// with a span over both lines.
#[test]
fn a_number_cut_by_the_wrap_is_whole() {
    let written = "关于市政协五届三次会议第86号提案的答复\n李明委员：\n\
        您在市政协五届三次会议期间提出的《关于加强乌江流域水污染防治的提案》收悉。经认真研究，现答复如下：\n\
        2023年，全市地表水国控断面水质优良率达100%，较2022年提高4.2个百分点。\
        全年共投入水污染防治资金3.15亿元，其中中央资金1.2亿元、省级资金8500万元。\
        一是强化源头管控，累计排查入河排污口1236个，完成整治1102个，整治率89.2%。\n\
        感谢您对生态环境工作的关心和支持！\n毕节市生态环境局\n2024年5月20日\n";
    for n in [26, 27, 28, 29, 30] {
        let text = wrap_chars(written, n);
        let r = govreply::parse(&text).unwrap();
        super::invariants::check(&text, &r);
        assert_eq!(
            r.subject.as_deref(),
            Some("关于加强乌江流域水污染防治的提案"),
            "{n}"
        );
        let metrics: Vec<(Option<&str>, String, &str)> = r
            .metrics()
            .iter()
            .map(|m| (m.label.as_deref(), m.value.to_string(), m.unit.as_ref()))
            .collect();
        for want in [
            (Some("水污染防治资金"), "3.15", "亿元"),
            (Some("省级资金"), "8500", "万元"),
            (Some("排查入河排污口"), "1236", "个"),
            (Some("整治率"), "89.2", "%"),
        ] {
            assert!(
                metrics.contains(&(want.0, want.1.to_string(), want.2)),
                "{n}: {want:?} in {metrics:?}"
            );
        }
        let points = r
            .metrics()
            .into_iter()
            .find(|m| m.unit == "个百分点")
            .unwrap();
        assert_eq!(points.basis.as_deref(), Some("较2022年"), "{n}");
        // each span covers its number and unit, over a line end if cut
        for m in r.metrics() {
            let covered: String = text[m.span.start..m.span.end]
                .chars()
                .filter(|c| *c != '\n')
                .collect();
            assert_eq!(covered, m.text, "{n}");
        }
        assert_eq!(r.signature.org.as_deref(), Some("毕节市生态环境局"), "{n}");
        assert_eq!(
            r.closing.as_ref().map(|c| c.text.as_ref()),
            Some("感谢您对生态环境工作的关心和支持！"),
            "{n}"
        );
    }
}

/// The next heading run on inside a wrapped paragraph
/// (`…40%。（二）强` / `化绩效管理。将…`) is a heading, its text joined over
/// the line end; a marker itself cut by the wrap (`（` / `二）`) is not
/// looked for.
#[test]
fn a_run_on_heading_inside_a_wrapped_paragraph() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/replies");
    let text = std::fs::read_to_string(dir.join("run-on-subheadings.txt")).unwrap();
    for (how, wrapped) in [
        ("22 characters", wrap_chars(&text, 22)),
        ("56 columns", wrap_columns(&text, 56)),
        ("44 columns", wrap_columns(&text, 44)),
    ] {
        let r = govreply::parse(&wrapped).unwrap();
        super::invariants::check(&wrapped, &r);
        let subs: Vec<(&str, Option<&str>)> = r.sections[1]
            .subsections
            .iter()
            .map(|s| (s.marker.as_ref(), s.heading.as_deref()))
            .collect();
        assert_eq!(
            subs,
            [
                ("（一）", Some("完善资金分配办法")),
                ("（二）", Some("强化绩效管理"))
            ],
            "{how}"
        );
        let second = &r.sections[1].subsections[1];
        assert!(
            second.paragraphs[0]
                .text
                .starts_with("将绩效评价结果与资金分配挂钩"),
            "{how}: {:?}",
            second.paragraphs[0].text
        );
    }
}
