//! Batch front for the pieces: one text per input line, one JSON object per
//! output line.
//!
//! ```text
//! cargo run --release --example extract -- [--jsonl] PIECE < input
//! ```
//!
//! PIECE is `numeral`, `quantity`, `metrics`, `date`, `period`, `title`,
//! `contact` or `scan`. Each input line is a text (with `--jsonl`, an
//! object with a `text` field, for texts that hold line breaks). Each
//! output line is `{"ok": …}` with the piece's JSON form, or
//! `{"error": "…"}`.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde_json::{json, Value};

fn piece(name: &str, text: &str) -> Result<Value, String> {
    let ok = |v: Result<Value, serde_json::Error>| v.map_err(|e| e.to_string());
    let err = |e: govreply::Error| e.to_string();
    match name {
        "numeral" => ok(serde_json::to_value(
            govreply::numeral::parse(text).map_err(err)?,
        )),
        "quantity" => ok(serde_json::to_value(
            govreply::quantity::parse(text).map_err(err)?,
        )),
        "metrics" => ok(serde_json::to_value(govreply::metric::scan(text))),
        "date" => ok(serde_json::to_value(
            govreply::date::parse(text).map_err(err)?,
        )),
        "period" => ok(serde_json::to_value(
            govreply::date::parse_mention(text).map_err(err)?,
        )),
        "title" => ok(serde_json::to_value(
            govreply::title::parse(text).map_err(err)?,
        )),
        "contact" => ok(serde_json::to_value(
            govreply::contact::parse(text).map_err(err)?,
        )),
        "scan" => ok(serde_json::to_value(govreply::scan(text))),
        other => Err(format!("unknown piece {other:?}")),
    }
}

const PIECES: &[&str] = &[
    "numeral", "quantity", "metrics", "date", "period", "title", "contact", "scan",
];

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut name = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                eprintln!("usage: extract [--jsonl] {}", PIECES.join("|"));
                return ExitCode::SUCCESS;
            }
            _ => name = Some(arg),
        }
    }
    let Some(name) = name.filter(|n| PIECES.contains(&n.as_str())) else {
        eprintln!("usage: extract [--jsonl] {}", PIECES.join("|"));
        return ExitCode::FAILURE;
    };
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        };
        let text = if jsonl {
            match serde_json::from_str::<Value>(&line) {
                Ok(v) => match v.get("text").and_then(Value::as_str) {
                    Some(t) => t.to_string(),
                    None => {
                        let _ = writeln!(
                            out,
                            "{}",
                            json!({"error": "expected an object with a \"text\" string"})
                        );
                        continue;
                    }
                },
                Err(e) => {
                    let _ = writeln!(out, "{}", json!({"error": format!("invalid JSON: {e}")}));
                    continue;
                }
            }
        } else {
            line
        };
        let result = match piece(&name, &text) {
            Ok(v) => json!({ "ok": v }),
            Err(e) => json!({ "error": e }),
        };
        if writeln!(out, "{result}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
