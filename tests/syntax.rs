//! The syntax stage against CPython: ASTs equal to `ast.dump`, errors with CPython's class,
//! message and line, and every program of the parity corpus accepted.
//!
//! Expected files are written by tools/regen_expected.py running CPython 3.11.

mod common;

use tandem::compile::check_source;
use tandem::syntax::{Source, dump::dump_module, parse_module};

#[test]
fn ast_matches_cpython_ast_dump() {
    let cases = common::cases("tests/syntax/ast");
    let mut failures = Vec::new();
    for case in &cases {
        let source = Source::new(common::name(case), common::read(case));
        // Normalisation: tandem does not keep the `u` prefix of str literals (`kind='u'`).
        let want = common::expected(case, "ast").replace(", kind='u'", "");
        match parse_module(&source) {
            Ok(module) => {
                let got = dump_module(&module) + "\n";
                if got != want {
                    failures.push(format!(
                        "{}: AST differs\n{}",
                        common::name(case),
                        first_difference(&want, &got)
                    ));
                }
            }
            Err(e) => failures.push(format!("{}: {}", common::name(case), e.python_line())),
        }
    }
    common::report(failures, cases.len());
}

fn first_difference(want: &str, got: &str) -> String {
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(w, g)| w != g)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    format!(
        "first differing line {}:\n  CPython: {}\n  tandem:  {}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>")
    )
}

/// The error's class and message are CPython's last stderr line, on the line CPython reports.
#[test]
fn errors_match_cpython() {
    let cases = common::cases("tests/syntax/errors");
    let mut failures = Vec::new();
    for case in &cases {
        let err = common::expected(case, "err");
        let want = err.lines().last().unwrap_or_default().to_string();
        let want_line: usize = err
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("File "))
            .next_back()
            .and_then(|l| l.rsplit("line ").next())
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{}: no line in .err", common::name(case)));
        let source = Source::new(common::name(case), common::read(case));
        match check_source(&source) {
            Ok(_) => failures.push(format!(
                "{}: accepted, CPython says {want}",
                common::name(case)
            )),
            Err(e) => {
                let line = source.line_of(e.span.start as usize);
                if e.python_line() != want || line != want_line {
                    failures.push(format!(
                        "{}:\n  CPython: {want} (line {want_line})\n  tandem:  {} (line {line})",
                        common::name(case),
                        e.python_line()
                    ));
                }
            }
        }
    }
    common::report(failures, cases.len());
}

#[test]
fn every_parity_program_is_accepted() {
    let cases = common::cases("tests/parity");
    let failures = cases
        .iter()
        .filter_map(|case| {
            let source = Source::new(common::name(case), common::read(case));
            check_source(&source)
                .err()
                .map(|e| format!("{}: {}", common::name(case), e.python_line()))
        })
        .collect();
    common::report(failures, cases.len());
}

/// Cutting a valid program anywhere gives an error or a valid module, never a panic.
#[test]
fn truncated_programs_never_panic() {
    for case in common::cases("tests/syntax/ast") {
        let text = common::read(&case);
        for (cut, _) in text.char_indices().step_by(3) {
            let _ = check_source(&Source::new("cut.py", &text[..cut]));
        }
    }
}
