//! The `tandem` binary on bad input of every kind: each gets a clear error and a non-zero exit
//! (or succeeds), and nothing panics.

use std::path::PathBuf;
use std::process::{Command, Output};

fn tandem(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the tandem binary runs")
}

/// Writes `bytes` to a fresh file in the test's temporary folder.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tandem-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn check(name: &str, bytes: &[u8]) -> Output {
    let path = file(name, bytes);
    tandem(&["check", path.to_str().unwrap()])
}

fn last_stderr_line(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    stderr.lines().last().unwrap_or_default().to_string()
}

fn assert_fails(output: &Output, code: i32, last_line: &str) {
    assert_eq!(last_stderr_line(output), last_line);
    assert_eq!(output.status.code(), Some(code));
}

#[test]
fn a_valid_program_checks_silently() {
    let output = check("valid.py", b"def f(x):\n    return x + 1\n");
    assert!(output.status.success());
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
}

#[test]
fn an_empty_file_is_a_valid_module() {
    let path = file("empty.py", b"");
    let output = tandem(&["ast", path.to_str().unwrap()]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Module(body=[], type_ignores=[])\n"
    );
}

#[test]
fn a_missing_file_or_a_directory_exits_2() {
    let output = tandem(&["check", "no/such/file.py"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot open 'no/such/file.py'"));
    let output = tandem(&["check", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("it is a directory"));
}

#[test]
fn binary_and_non_utf8_files_are_syntax_errors() {
    let output = check("latin1.py", b"x = 1\ny = '\xe9'\n");
    let line = last_stderr_line(&output);
    assert!(
        line.starts_with("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file"),
        "{line}"
    );
    assert!(line.contains("on line 2"), "{line}");
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    assert_eq!(check("garbage.bin", &garbage).status.code(), Some(1));
}

#[test]
fn a_nul_byte_is_refused() {
    assert_fails(
        &check("nul.py", b"x = 1\0\n"),
        1,
        "SyntaxError: source code cannot contain null bytes",
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let parens = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    assert_fails(
        &check("parens.py", parens.as_bytes()),
        1,
        "SyntaxError: too many nested parentheses",
    );
    let recursion = "RecursionError: maximum recursion depth exceeded during compilation";
    for (name, text) in [
        ("minus.py", format!("x = {}1\n", "-".repeat(5000))),
        ("not.py", format!("x = {}y\n", "not ".repeat(5000))),
        ("sum.py", format!("x = 1{}\n", "+1".repeat(500_000))),
        ("attrs.py", format!("x = y{}\n", ".a".repeat(100_000))),
        ("lambdas.py", format!("f = {}1\n", "lambda: ".repeat(5000))),
    ] {
        assert_fails(&check(name, text.as_bytes()), 1, recursion);
    }
    // CPython 3.11 compiles 2,900 levels and refuses 3,100.
    let not_2900 = format!("x = {}y\n", "not ".repeat(2900));
    assert!(check("not2900.py", not_2900.as_bytes()).status.success());
    let nested = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(check("parens200.py", nested.as_bytes()).status.success());
}

#[test]
fn a_one_megabyte_line_is_fine() {
    let list = format!("x = [{}]\n", "1, ".repeat(350_000));
    assert!(check("list.py", list.as_bytes()).status.success());
    let string = format!("s = '{}'\n", "a".repeat(1 << 20));
    assert!(check("string.py", string.as_bytes()).status.success());
    let broken = format!("x = [{}1 1]\n", "1, ".repeat(350_000));
    let output = check("broken_line.py", broken.as_bytes());
    assert_fails(
        &output,
        1,
        "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(":1:1050008)"), "{stderr}");
}

#[test]
fn mixed_tabs_and_spaces_are_a_tab_error() {
    assert_fails(
        &check("tabs.py", b"if x:\n\tif y:\n\t        a\n\t\tb\n"),
        1,
        "TabError: inconsistent use of tabs and spaces in indentation",
    );
}

#[test]
fn the_diagnostic_shows_the_source_line() {
    let output = check("colon.py", b"x = 1\nif x\n    pass\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("colon.py:2:5"), "{stderr}");
    assert!(stderr.contains(" 2 | if x"), "{stderr}");
    assert_fails(&output, 1, "SyntaxError: expected ':'");
}

#[test]
fn no_command_prints_usage_and_exits_2() {
    let output = tandem(&[]);
    assert_eq!(output.status.code(), Some(2));
    let bad = tandem(&["frobnicate"]);
    assert_eq!(bad.status.code(), Some(2));
}
