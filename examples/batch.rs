//! Parses many replies in parallel and writes one JSON object per line.
//!
//! ```sh
//! cargo run --release --example batch -- INPUT... [-o out.jsonl]
//! ```
//!
//! An INPUT is a file, a directory (walked recursively for `.txt` files, and
//! `.html` files when the `html` feature is on), or a `.jsonl` file whose
//! lines are objects with a `text` field (one document a line, as
//! `gen_corpus --jsonl` writes them). Each document is read as bytes and
//! parsed with `govreply::parse_bytes` on all cores (rayon). Each output
//! line is `{"source": "PATH" or "PATH:LINE", "reply": {…}}`, or
//! `{"source": …, "error": "…"}` for a document that could not be read or
//! decoded; failures never stop the run. Output goes to `-o FILE` or to
//! standard output, in input order.
//!
//! Memory stays flat however large the corpus: inputs are walked lazily and
//! processed in chunks of 256 documents, each chunk written while the next
//! is parsed. A progress bar (bytes, documents/s, ETA) is drawn on standard
//! error when it is a terminal; a summary (documents, bytes, seconds, MB/s,
//! documents with diagnostics, failures) is printed at the end.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

const USAGE: &str = "usage: batch INPUT... [-o out.jsonl]";
/// Documents parsed between two writes.
const CHUNK: usize = 256;

/// What kind of document a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    Html,
}

/// One unit of work.
enum Job {
    /// A file to read in the worker.
    File(PathBuf, Format),
    /// A line of a JSONL file (its raw bytes), with its source.
    JsonLine(String, Vec<u8>),
    /// An input that could not be walked or read.
    Failed(String, String),
}

/// What a worker gives back for one document.
struct Done {
    line: Vec<u8>,
    bytes: u64,
    diagnostics: bool,
    failed: bool,
}

#[derive(Serialize)]
struct Record<'r, 'a> {
    source: &'r str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reply: Option<&'r govreply::Reply<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Deserialize)]
struct JsonLine<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
}

fn format_of(path: &Path, named: bool) -> Option<Format> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("txt") => Some(Format::Text),
        #[cfg(feature = "html")]
        Some("html" | "htm") => Some(Format::Html),
        _ if named => Some(Format::Text),
        _ => None,
    }
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl")
}

/// The inputs walked lazily: directories one listing at a time (sorted,
/// for a stable output order), JSONL files one line at a time.
struct Jobs {
    inputs: VecDeque<PathBuf>,
    dirs: Vec<std::vec::IntoIter<PathBuf>>,
    jsonl: Option<(String, BufReader<File>, usize)>,
}

impl Jobs {
    fn new(inputs: Vec<PathBuf>) -> Jobs {
        Jobs {
            inputs: inputs.into(),
            dirs: Vec::new(),
            jsonl: None,
        }
    }

    fn listing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        v.sort();
        Ok(v)
    }

    /// A path met on the walk (`named`: given on the command line).
    fn visit(&mut self, path: PathBuf, named: bool) -> Option<Job> {
        if path.is_dir() {
            match Jobs::listing(&path) {
                Ok(v) => self.dirs.push(v.into_iter()),
                Err(e) => return Some(Job::Failed(path.display().to_string(), e.to_string())),
            }
            return None;
        }
        if named && is_jsonl(&path) {
            match File::open(&path) {
                Ok(f) => {
                    self.jsonl = Some((path.display().to_string(), BufReader::new(f), 0));
                    return None;
                }
                Err(e) => return Some(Job::Failed(path.display().to_string(), e.to_string())),
            }
        }
        if named && !path.exists() {
            return Some(Job::Failed(
                path.display().to_string(),
                "no such file or directory".into(),
            ));
        }
        format_of(&path, named).map(|f| Job::File(path, f))
    }
}

impl Iterator for Jobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some((name, reader, line_no)) = &mut self.jsonl {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => self.jsonl = None,
                    Ok(_) => {
                        *line_no += 1;
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(Job::JsonLine(format!("{name}:{line_no}"), buf));
                    }
                    Err(e) => {
                        let job = Job::Failed(format!("{name}:{}", *line_no + 1), e.to_string());
                        self.jsonl = None;
                        return Some(job);
                    }
                }
                continue;
            }
            if let Some(dir) = self.dirs.last_mut() {
                match dir.next() {
                    Some(p) => {
                        if let Some(job) = self.visit(p, false) {
                            return Some(job);
                        }
                    }
                    None => {
                        self.dirs.pop();
                    }
                }
                continue;
            }
            let p = self.inputs.pop_front()?;
            if let Some(job) = self.visit(p, true) {
                return Some(job);
            }
        }
    }
}

/// Total size of the inputs, for the progress bar (a walk of metadata only).
fn total_bytes(inputs: &[PathBuf]) -> u64 {
    fn walk(p: &Path, named: bool) -> u64 {
        if p.is_dir() {
            Jobs::listing(p)
                .map(|v| v.iter().map(|c| walk(c, false)).sum())
                .unwrap_or(0)
        } else if (named && is_jsonl(p)) || format_of(p, named).is_some() {
            std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
        } else {
            0
        }
    }
    inputs.iter().map(|p| walk(p, true)).sum()
}

fn record(source: &str, reply: Option<&govreply::Reply<'_>>, error: Option<String>) -> Vec<u8> {
    let mut line = serde_json::to_vec(&Record {
        source,
        reply,
        error,
    })
    .unwrap_or_else(|e| format!("{{\"error\":\"serialising: {e}\"}}").into_bytes());
    line.push(b'\n');
    line
}

/// The reply on a web page: decoded (GBK pages too with the `encoding`
/// feature), its article taken out, parsed.
#[cfg(feature = "html")]
fn html_reply(bytes: &[u8]) -> Result<govreply::Reply<'static>, govreply::Error> {
    #[cfg(feature = "encoding")]
    let text = govreply::decode(bytes).text;
    #[cfg(not(feature = "encoding"))]
    let text = String::from_utf8_lossy(bytes);
    govreply::parse_html(&text)
}

fn parse(source: &str, bytes: &[u8], format: Format, size: u64) -> Done {
    let result = match format {
        Format::Text => govreply::parse_bytes(bytes),
        #[cfg(feature = "html")]
        Format::Html => html_reply(bytes),
        #[cfg(not(feature = "html"))]
        Format::Html => govreply::parse_bytes(bytes),
    };
    match result {
        Ok(reply) => Done {
            line: record(source, Some(&reply), None),
            bytes: size,
            diagnostics: !reply.diagnostics.is_empty(),
            failed: false,
        },
        Err(e) => failure(source, e.to_string(), size),
    }
}

fn failure(source: &str, error: String, size: u64) -> Done {
    Done {
        line: record(source, None, Some(error)),
        bytes: size,
        diagnostics: false,
        failed: true,
    }
}

fn process(job: Job) -> Done {
    match job {
        Job::File(path, format) => {
            let source = path.display().to_string();
            match std::fs::read(&path) {
                Ok(bytes) => parse(&source, &bytes, format, bytes.len() as u64),
                Err(e) => failure(&source, e.to_string(), 0),
            }
        }
        Job::JsonLine(source, raw) => {
            let size = raw.len() as u64;
            match serde_json::from_slice::<JsonLine<'_>>(&raw) {
                Ok(line) => parse(&source, line.text.as_bytes(), Format::Text, size),
                Err(e) => failure(&source, format!("not a JSON object with a text: {e}"), size),
            }
        }
        Job::Failed(source, error) => failure(&source, error, 0),
    }
}

#[derive(Default)]
struct Totals {
    documents: u64,
    bytes: u64,
    diagnostics: u64,
    failures: u64,
}

fn write_chunk(out: &mut dyn Write, done: &[Done], totals: &mut Totals) -> std::io::Result<()> {
    for d in done {
        out.write_all(&d.line)?;
        totals.documents += 1;
        totals.bytes += d.bytes;
        totals.diagnostics += u64::from(d.diagnostics);
        totals.failures += u64::from(d.failed);
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut inputs = Vec::new();
    let mut output: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-o" | "--output" => match args.next() {
                Some(o) => output = Some(o.into()),
                None => {
                    eprintln!("-o needs a file\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut out: Box<dyn Write + Send> = match &output {
        Some(p) if p.as_os_str() != "-" => match File::create(p) {
            Ok(f) => Box::new(BufWriter::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("batch: {}: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
        _ => Box::new(BufWriter::with_capacity(1 << 20, std::io::stdout())),
    };

    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::with_draw_target(
            Some(total_bytes(&inputs)),
            ProgressDrawTarget::stderr_with_hz(4),
        );
        bar.set_style(
            ProgressStyle::with_template(
                "{elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {msg} ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    });

    let started = Instant::now();
    let mut totals = Totals::default();
    let mut jobs = Jobs::new(inputs);
    let mut previous: Vec<Done> = Vec::new();
    let result = loop {
        let chunk: Vec<Job> = jobs.by_ref().take(CHUNK).collect();
        let last = chunk.is_empty();
        // parse this chunk while the previous one is written
        let (written, done) = rayon::join(
            || {
                let r = write_chunk(&mut out, &previous, &mut totals);
                (
                    r,
                    totals.documents,
                    previous.iter().map(|d| d.bytes).sum::<u64>(),
                )
            },
            || chunk.into_par_iter().map(process).collect::<Vec<Done>>(),
        );
        let (r, documents, bytes) = written;
        if let Err(e) = r {
            break Err(e);
        }
        if let Some(bar) = &bar {
            bar.inc(bytes);
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{documents} docs, {:.0} docs/s",
                documents as f64 / secs
            ));
        }
        previous = done;
        if last {
            break out.flush();
        }
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} documents, {} bytes in {:.2} s: {:.1} MB/s, {:.0} documents/s; {} with diagnostics, {} failures",
        totals.documents,
        totals.bytes,
        secs,
        totals.bytes as f64 / 1e6 / secs.max(1e-9),
        totals.documents as f64 / secs.max(1e-9),
        totals.diagnostics,
        totals.failures
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("batch: writing the output: {e}");
            ExitCode::FAILURE
        }
    }
}
