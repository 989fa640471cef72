//! Our own fixtures: `tests/fixtures/replies/NAME.txt` parse to the reviewed
//! `NAME.json` (the labelled shape: only the fields the file names are
//! compared), with no error diagnostics, and hold every invariant.

use std::path::Path;

use super::shape::{actual, compare};

#[test]
fn fixtures_match_their_reviewed_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/replies");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "expected at least ten fixtures");
    let mut failures = Vec::new();
    for txt in &names {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let input = std::fs::read_to_string(txt).unwrap();
        let reply = govreply::parse(&input).unwrap();
        super::invariants::check(&input, &reply);
        let json_path = txt.with_extension("json");
        let Ok(want) = std::fs::read_to_string(&json_path) else {
            failures.push(format!("{name}: no reviewed {}", json_path.display()));
            continue;
        };
        let want: serde_json::Value = serde_json::from_str(&want).unwrap();
        compare(&name, &want, &actual(&reply), &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
