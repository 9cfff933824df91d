//! Parity with CPython 3.11: every program under tests/parity runs through `tandem run` and must
//! print exactly what CPython printed (its `.out`), exit with its status (`.code`, else 0), and
//! end stderr with the same exception line and warning lines (`.err`); traceback layout is
//! tandem's own. The expected files come from `tools/regen_expected.py`.
//!
//! Cases under a `legacy` folder record CPython 3.6 (before PEP 479) and run under
//! `tandem run --legacy-stopiteration`.
//!
//! Cases that need a later issue are listed in tests/parity/EXPECTED_FAILURES with that issue; a
//! listed case that passes fails the test, so the list can only shrink.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(case: &Path) -> Result<Outcome, String> {
    let folder = case.parent().expect("cases live in folders");
    let legacy = case.components().any(|p| p.as_os_str() == "legacy");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("run")
        .args(legacy.then_some("--legacy-stopiteration"))
        .arg(case.file_name().expect("a file"))
        .current_dir(folder)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start tandem: {e}"))?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    })
}

/// What of stderr must match CPython: warning lines, and the final exception line when the
/// program died of one.
fn stderr_essentials(stderr: &str, code: i32) -> Vec<String> {
    let mut lines: Vec<String> = stderr
        .lines()
        .filter(|l| is_warning_line(l))
        .map(str::to_string)
        .collect();
    if code != 0
        && let Some(last) = stderr.lines().rev().find(|l| !l.trim().is_empty())
    {
        lines.push(last.to_string());
    }
    lines
}

/// `file.py:12: RuntimeWarning: ...`
fn is_warning_line(line: &str) -> bool {
    let mut parts = line.splitn(3, ':');
    let (Some(_file), Some(lineno), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !lineno.is_empty()
        && lineno.chars().all(|c| c.is_ascii_digit())
        && rest
            .trim_start()
            .split(':')
            .next()
            .is_some_and(|kind| kind.ends_with("Warning"))
}

/// A short line diff: the first differing lines with a little context.
fn diff(what: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let from = first.saturating_sub(2);
    let mut out = format!("  {what} differs at line {}:\n", first + 1);
    for (i, line) in e.iter().enumerate().skip(from).take(6) {
        out.push_str(&format!("    -{:>4} {line}\n", i + 1));
    }
    for (i, line) in a.iter().enumerate().skip(from).take(6) {
        out.push_str(&format!("    +{:>4} {line}\n", i + 1));
    }
    if e.len() != a.len() {
        out.push_str(&format!(
            "    (expected {} lines, got {})\n",
            e.len(),
            a.len()
        ));
    }
    out
}

fn check(case: &Path) -> Result<(), String> {
    let outcome = run(case)?;
    let expected_out = common::expected(case, "out");
    let expected_code: i32 = std::fs::read_to_string(case.with_extension("code"))
        .map(|s| s.trim().parse().unwrap_or(-1))
        .unwrap_or(0);
    let expected_err = std::fs::read_to_string(case.with_extension("err")).unwrap_or_default();
    let mut problems = String::new();
    if outcome.stdout != expected_out {
        problems.push_str(&diff("stdout", &expected_out, &outcome.stdout));
    }
    if outcome.code != expected_code {
        problems.push_str(&format!(
            "  exit status: expected {expected_code}, got {}\n",
            outcome.code
        ));
    }
    let want = stderr_essentials(&expected_err, expected_code);
    let got = stderr_essentials(&outcome.stderr, outcome.code);
    if want != got {
        problems.push_str(&diff(
            "stderr (warnings and last line)",
            &want.join("\n"),
            &got.join("\n"),
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// `path<TAB>issue<TAB>reason` lines, paths relative to tests/parity.
fn expected_failures(root: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root.join("EXPECTED_FAILURES")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split('\t');
            let path = parts.next().unwrap_or_default().trim().to_string();
            let issue = parts.next().unwrap_or_default().trim().to_string();
            (path, issue)
        })
        .collect()
}

#[test]
fn programs_behave_as_under_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parity");
    let listed = expected_failures(&root);
    for (path, issue) in &listed {
        assert!(
            root.join(path).exists(),
            "EXPECTED_FAILURES lists {path}, which does not exist"
        );
        assert!(
            issue.starts_with("issue "),
            "EXPECTED_FAILURES: {path} must name the issue it waits for"
        );
    }
    let cases: Vec<PathBuf> = common::cases("tests/parity");
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<&[PathBuf]> = cases.chunks(cases.len().div_ceil(threads)).collect();
    let results: Vec<(PathBuf, Result<(), String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|case| (case.clone(), check(case)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a checker thread"))
            .collect()
    });
    let mut failures = Vec::new();
    for (case, result) in results {
        let relative = case
            .strip_prefix(&root)
            .expect("under the root")
            .to_string_lossy()
            .into_owned();
        let waiting = listed.iter().find(|(p, _)| *p == relative);
        match (result, waiting) {
            (Ok(()), None) | (Err(_), Some(_)) => {}
            (Ok(()), Some((_, issue))) => failures.push(format!(
                "{relative} passes now: remove it from EXPECTED_FAILURES (it waited for {issue})"
            )),
            (Err(problems), None) => failures.push(format!("{relative}:\n{problems}")),
        }
    }
    common::report(failures, cases.len());
}
