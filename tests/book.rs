//! The book cannot drift: every `{{#include}}` in book/src names a file (and anchor) that exists,
//! every `ANCHOR:` in src/ is included by some page, every chapter in SUMMARY.md exists, and every
//! example is shown by some chapter or listed as supplementary in examples/README.md.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn book_pages() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

/// The `{{#include path[:anchor]}}` directives of a page.
fn includes(text: &str) -> Vec<(String, Option<String>)> {
    text.split("{{#include ")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(target, _)| match target.trim().split_once(':') {
            Some((path, anchor)) => (path.to_string(), Some(anchor.to_string())),
            None => (target.trim().to_string(), None),
        })
        .collect()
}

#[test]
fn every_include_resolves() {
    let mut failures = Vec::new();
    for page in book_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for (target, anchor) in includes(&text) {
            let path = page.parent().unwrap().join(&target);
            match std::fs::read_to_string(&path) {
                Err(_) => failures.push(format!("{}: missing {target}", page.display())),
                Ok(included) => {
                    // `path:5:` and `path:5:9` are line ranges, not anchors.
                    let named =
                        anchor.filter(|a| !a.chars().all(|c| c.is_ascii_digit() || c == ':'));
                    if let Some(anchor) = named
                        && !included.contains(&format!("ANCHOR: {anchor}"))
                    {
                        failures.push(format!(
                            "{}: no anchor {anchor} in {target}",
                            page.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_summary_chapter_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src");
    let summary = std::fs::read_to_string(root.join("SUMMARY.md")).unwrap();
    for link in summary
        .split("](")
        .skip(1)
        .filter_map(|s| s.split_once(')'))
        .map(|(l, _)| l)
    {
        if !link.is_empty() {
            assert!(
                root.join(link).exists(),
                "SUMMARY.md links to missing {link}"
            );
        }
    }
}

#[test]
fn every_example_is_shown_or_listed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shown: String = book_pages()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let listed = std::fs::read_to_string(root.join("examples/README.md")).unwrap();
    for dir in std::fs::read_dir(root.join("examples")).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "py") {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                assert!(
                    shown.contains(&name) || listed.contains(&name),
                    "{name} is neither shown by a chapter nor listed in examples/README.md"
                );
            }
        }
    }
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The name after `ANCHOR:` on a line, as mdBook reads it (`ANCHOR_END:` lines have none).
fn anchor_name(line: &str) -> Option<&str> {
    let (_, rest) = line.split_once("ANCHOR:")?;
    let rest = rest.trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|name| !name.is_empty())
}

/// Anchors are the only structural comments in the source, so each must be quoted by some page.
#[test]
fn every_anchor_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = HashSet::new();
    for page in book_pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        for (target, anchor) in includes(&text) {
            if let (Some(anchor), Ok(path)) =
                (anchor, page.parent().unwrap().join(&target).canonicalize())
            {
                used.insert((path, anchor));
            }
        }
    }
    let mut unused = Vec::new();
    for file in rust_files(&root.join("src")) {
        let path = file.canonicalize().unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        for name in text.lines().filter_map(anchor_name) {
            if !used.contains(&(path.clone(), name.to_string())) {
                let relative = file.strip_prefix(root).unwrap_or(&file);
                unused.push(format!("{}:{name}", relative.display()));
            }
        }
    }
    assert!(
        unused.is_empty(),
        "anchors no book page includes:\n{}",
        unused.join("\n")
    );
}
