//! Shared helpers for the file-driven tests: finding cases and reading CPython's expected files.

use std::path::{Path, PathBuf};

/// Every `*.py` directly in `dir` (relative to the crate root), sorted.
pub fn cases(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    cases
}

/// The text of the expected file next to `case` with the given extension.
pub fn expected(case: &Path, extension: &str) -> String {
    let path = case.with_extension(extension);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

pub fn read(case: &Path) -> String {
    std::fs::read_to_string(case).unwrap_or_else(|e| panic!("cannot read {}: {e}", case.display()))
}

pub fn name(case: &Path) -> String {
    case.file_name().unwrap().to_string_lossy().into_owned()
}

/// Fails with every collected mismatch at once, so one run shows them all.
pub fn report(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
