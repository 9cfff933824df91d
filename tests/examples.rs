//! The bundled examples: each has CPython's output recorded next to it (tools/regen_expected.py),
//! is listed in examples/README.md, and prints exactly that output when tandem runs it. Examples
//! that need a later issue are listed in examples/EXPECTED_FAILURES (path, tab, issue) and must
//! still pass `tandem check`; a listed example that runs correctly fails the test, so the list
//! only shrinks.

mod common;

use std::path::Path;
use std::process::Command;

use tandem::compile::check_source;
use tandem::syntax::Source;

/// Examples waiting for a later issue, by path relative to examples/.
fn waiting() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::fs::read_to_string(root.join("EXPECTED_FAILURES"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').next().unwrap_or_default().trim().to_string())
        .collect()
}

#[test]
fn every_example_prints_what_cpython_printed() {
    let cases = common::cases("examples");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let waiting = waiting();
    let mut failures = Vec::new();
    for case in &cases {
        let relative = case
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let is_waiting = waiting.contains(&relative);
        let expected = common::expected(case, "out");
        if expected.is_empty() {
            failures.push(format!("{}: the recorded output is empty", case.display()));
        }
        let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .arg("run")
            .arg(case.file_name().unwrap())
            .current_dir(case.parent().unwrap())
            .output()
            .expect("tandem runs");
        let printed = String::from_utf8_lossy(&output.stdout);
        let passes = output.status.success() && printed == expected;
        if is_waiting {
            let source = Source::new(common::name(case), common::read(case));
            if let Err(e) = check_source(&source) {
                failures.push(format!("{}: {}", case.display(), e.python_line()));
            }
            if passes {
                failures.push(format!(
                    "{relative} runs correctly now: remove it from examples/EXPECTED_FAILURES"
                ));
            }
        } else if !passes {
            failures.push(format!(
                "{}: tandem printed\n{printed}{}\nbut CPython printed\n{expected}",
                case.display(),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let listed = common::read(&case.parent().unwrap().parent().unwrap().join("README.md"));
        if !listed.contains(&common::name(case)) {
            failures.push(format!(
                "{}: not listed in examples/README.md",
                case.display()
            ));
        }
    }
    common::report(failures, cases.len());
}
