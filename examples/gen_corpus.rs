//! Writes a corpus of generated replies (invented names, places and numbers,
//! realistic shapes) for benchmarks and for trying the `batch` example.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --count 1000 /tmp/replies      # 1000 .txt files
//! cargo run --release --example gen_corpus -- --bytes 100000000 /tmp/big     # about 100 MB
//! cargo run --release --example gen_corpus -- --count 10 --jsonl - > c.jsonl # {"id":…,"text":…}
//! ```
//!
//! Options: `--seed S` (decimal or `0x…`; default 1), `--count N` (default
//! 100) or `--bytes B` (documents until their total reaches B bytes),
//! `--jsonl` (one `{"id", "text"}` object per line instead of files), then
//! an output directory, or `-` for standard output (JSONL).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../benches/support/corpus_gen.rs"]
mod corpus_gen;

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen_corpus [--seed S] [--count N | --bytes B] [--jsonl] OUTDIR|-";

fn parse_u64(s: &str) -> Option<u64> {
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(&hex.replace('_', ""), 16).ok(),
        None => s.replace('_', "").parse().ok(),
    }
}

fn main() -> ExitCode {
    let mut seed = 1u64;
    let mut count: Option<u64> = None;
    let mut bytes: Option<u64> = None;
    let mut jsonl = false;
    let mut out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| -> Option<u64> {
            let v = args.next().as_deref().and_then(parse_u64);
            if v.is_none() {
                eprintln!("{name} needs a number\n{USAGE}");
            }
            v
        };
        match a.as_str() {
            "--seed" => match value("--seed") {
                Some(v) => seed = v,
                None => return ExitCode::from(2),
            },
            "--count" => match value("--count") {
                Some(v) => count = Some(v),
                None => return ExitCode::from(2),
            },
            "--bytes" => match value("--bytes") {
                Some(v) => bytes = Some(v),
                None => return ExitCode::from(2),
            },
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if out.is_none() && (a == "-" || !a.starts_with('-')) => out = Some(a),
            _ => {
                eprintln!("unknown argument {a}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if count.is_some() && bytes.is_some() {
        eprintln!("give --count or --bytes, not both\n{USAGE}");
        return ExitCode::from(2);
    }
    let to_stdout = out == "-";
    let jsonl = jsonl || to_stdout;

    let limit_docs = count.unwrap_or(if bytes.is_some() { u64::MAX } else { 100 });
    let limit_bytes = bytes.unwrap_or(u64::MAX);
    let started = std::time::Instant::now();
    let result = (|| -> std::io::Result<(u64, u64)> {
        let dir = PathBuf::from(&out);
        let mut sink: Box<dyn Write> = if to_stdout {
            Box::new(BufWriter::new(std::io::stdout().lock()))
        } else if jsonl {
            std::fs::create_dir_all(dir.parent().unwrap_or(&dir))?;
            let path = if dir.extension().is_some_and(|e| e == "jsonl") {
                dir.clone()
            } else {
                std::fs::create_dir_all(&dir)?;
                dir.join("corpus.jsonl")
            };
            Box::new(BufWriter::new(std::fs::File::create(path)?))
        } else {
            std::fs::create_dir_all(&dir)?;
            Box::new(std::io::sink())
        };
        let (mut docs, mut written) = (0u64, 0u64);
        for (i, text) in corpus_gen::texts(seed).enumerate() {
            if docs >= limit_docs || written >= limit_bytes {
                break;
            }
            written += text.len() as u64;
            docs += 1;
            let id = format!("reply-{seed}-{i:07}");
            if jsonl {
                serde_json::to_writer(&mut sink, &serde_json::json!({ "id": id, "text": text }))?;
                sink.write_all(b"\n")?;
            } else {
                // 1000 files a folder keeps directories small
                let sub = dir.join(format!("{:04}", i / 1000));
                if i.is_multiple_of(1000) {
                    std::fs::create_dir_all(&sub)?;
                }
                std::fs::write(sub.join(format!("{id}.txt")), text)?;
            }
        }
        sink.flush()?;
        Ok((docs, written))
    })();
    match result {
        Ok((docs, written)) => {
            eprintln!(
                "wrote {docs} documents, {written} bytes (seed {seed}) to {out} in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
