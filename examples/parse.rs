//! Parse a reply and print a readable summary, or its JSON.
//!
//! ```text
//! cargo run --release --example parse                 # the bundled sample
//! cargo run --release --example parse -- --json       # the sample as JSON
//! cargo run --release --example parse -- reply.txt    # a file
//! cat reply.txt | cargo run --release --example parse -- -   # stdin
//! ```

use std::io::Read;
use std::process::ExitCode;

use govreply::model::{Metric, Section};
use govreply::Reply;

const SAMPLE: &str = include_str!("data/sample-reply.txt");

fn main() -> ExitCode {
    let mut json = false;
    let mut strict = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--strict" => strict = true,
            "-h" | "--help" => {
                eprintln!("usage: parse [--json] [--strict] [PATH | -]");
                return ExitCode::SUCCESS;
            }
            _ => path = Some(arg),
        }
    }
    let bytes = match path.as_deref() {
        None => SAMPLE.as_bytes().to_vec(),
        Some("-") => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("error: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
            buf
        }
        Some(p) => match std::fs::read(p) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: cannot read {p}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let reply = match govreply::Parser::new().strict(strict).parse_bytes(&bytes) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if json {
        match serde_json::to_string_pretty(&reply) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        summary(&reply);
    }
    ExitCode::SUCCESS
}

fn or_dash(s: Option<&str>) -> &str {
    s.unwrap_or("—")
}

fn summary(r: &Reply<'_>) {
    println!("title      {}", or_dash(r.title.as_deref()));
    if let Some(p) = &r.proposal {
        println!(
            "proposal   region {} · {:?} · term {} · session {} · number {} · {:?}",
            or_dash(p.region.as_deref()),
            p.assembly,
            p.term.map_or("—".into(), |t| t.to_string()),
            p.session.map_or("—".into(), |t| t.to_string()),
            or_dash(p.number.as_deref()),
            p.kind
        );
    }
    if let Some(d) = &r.published {
        println!("published  {d}   source {}", or_dash(r.source.as_deref()));
    }
    if let Some(d) = &r.doc_number {
        println!("doc number {}", d.text);
    }
    if let Some(c) = &r.category {
        println!("category   {}", c.as_str());
    }
    let to: Vec<String> = r
        .addressees
        .iter()
        .map(|a| format!("{}{}", a.name, a.role.as_deref().unwrap_or("")))
        .collect();
    println!("to         {}", to.join("、"));
    println!("subject    {}", or_dash(r.subject.as_deref()));
    println!("lead       {}", r.handling.lead.join("、"));
    println!("assisting  {}", r.handling.assisting.join("、"));
    println!();
    for s in &r.sections {
        section(s, 0);
    }
    let measures = r.measures();
    if !measures.is_empty() {
        println!("\nmeasures ({})", measures.len());
        for (i, m) in measures.iter().enumerate() {
            println!("  {:>2}. [{}] {}", i + 1, m.marker, m.summary);
        }
    }
    let metrics = r.metrics();
    if !metrics.is_empty() {
        println!("\nmetrics ({})", metrics.len());
        println!("  label                        value          unit       scaled           period   notes");
        for m in metrics {
            metric(m);
        }
    }
    println!();
    if let Some(c) = &r.closing {
        println!("closing    {}", c.text);
    }
    println!(
        "signature  {} · {}",
        or_dash(r.signature.org.as_deref()),
        r.signature.date.map_or("—".into(), |d| d.to_string())
    );
    if let Some(c) = &r.contact {
        let phones: Vec<&str> = c.phones.iter().map(|p| p.text.as_ref()).collect();
        println!(
            "contact    {} · {}",
            or_dash(c.name.as_deref()),
            phones.join(", ")
        );
    }
    if !r.cc.is_empty() {
        println!("cc         {}", r.cc.join("、"));
    }
    if !r.diagnostics.is_empty() {
        println!("\ndiagnostics ({})", r.diagnostics.len());
        for d in &r.diagnostics {
            println!(
                "  {:?} {:?} at {}..{}: {}",
                d.severity, d.kind, d.span.start, d.span.end, d.message
            );
        }
    }
}

fn section(s: &Section<'_>, depth: usize) {
    println!(
        "{}{} {}",
        "  ".repeat(depth),
        s.marker,
        s.heading.as_deref().unwrap_or("(numbered paragraph)")
    );
    for sub in &s.subsections {
        section(sub, depth + 1);
    }
}

fn metric(m: &Metric<'_>) {
    let mut notes = Vec::new();
    if let Some(c) = m.change {
        notes.push(
            format!(
                "{c:?}{}",
                m.basis
                    .as_deref()
                    .map(|b| format!(" {b}"))
                    .unwrap_or_default()
            )
            .to_lowercase(),
        );
    }
    if let Some(s) = &m.share_of {
        notes.push(format!("share of {s}"));
    }
    if m.cumulative {
        notes.push("cumulative".into());
    }
    if let Some(a) = &m.approx {
        notes.push(format!("approx {a}"));
    }
    let label: String = m.label.as_deref().unwrap_or("—").chars().take(14).collect();
    println!(
        "  {:<w$} {:>14} {:<10} {:>16} {:<8} {}",
        label,
        m.value.to_string(),
        m.unit,
        m.scaled
            .map(|s| format!("{s} {}", m.base_unit.as_deref().unwrap_or("")))
            .unwrap_or_default(),
        m.period.map(|p| p.to_string()).unwrap_or_default(),
        notes.join(", "),
        w = 28 - label.chars().count().min(14)
    );
}
