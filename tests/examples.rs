//! The bundled examples: each has CPython's output recorded next to it (tools/regen_expected.py)
//! and is a valid program for tandem. Running them through tandem joins this test with the VM.

mod common;

use tandem::compile::check_source;
use tandem::syntax::Source;

#[test]
fn every_example_is_valid_and_has_cpython_output() {
    let cases = common::cases("examples");
    let mut failures = Vec::new();
    for case in &cases {
        if common::expected(case, "out").is_empty() {
            failures.push(format!("{}: the recorded output is empty", case.display()));
        }
        let source = Source::new(common::name(case), common::read(case));
        if let Err(e) = check_source(&source) {
            failures.push(format!("{}: {}", case.display(), e.python_line()));
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
