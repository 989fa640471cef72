//! The real replies of `../shared/corpus/dev/replies/` parse to the fields
//! their labels give. Skipped (with a message) where `../shared` is absent.

use std::path::Path;

use super::shape::{actual, compare};

const DIR: &str = "../shared/corpus/dev/replies";

#[test]
fn real_replies_match_their_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} is absent", dir.display());
        return;
    };
    let mut names: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no replies in {}", dir.display());
    let mut failures = Vec::new();
    for txt in &names {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let input = std::fs::read_to_string(txt).unwrap();
        let label: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(txt.with_extension("json")).unwrap())
                .unwrap();
        let reply = govreply::parse(&input).unwrap();
        super::invariants::check(&input, &reply);
        compare(&name, &label, &actual(&reply), &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
