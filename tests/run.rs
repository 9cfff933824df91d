//! `tandem run` as a command: tracebacks, exit statuses, recursion limits and determinism.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Writes `text` to a fresh file and runs it from its folder, as python would be run.
fn run(name: &str, text: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("tandem-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["run", name])
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the tandem binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!text.contains("panicked"), "panic: {text}");
    text
}

#[test]
fn an_uncaught_chain_prints_each_traceback_and_exits_1() {
    let output = run(
        "chain.py",
        "def parse(text):\n    return int(text)\n\ndef load(text):\n    try:\n        return parse(text)\n    except ValueError as error:\n        raise RuntimeError('cannot load') from error\n\nload('x1')\n",
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn implicit_chaining_says_during_handling() {
    let output = run(
        "during.py",
        "try:\n    {}['k']\nexcept KeyError:\n    1 / 0\n",
    );
    let text = stderr(&output);
    assert!(text.contains("During handling of the above exception, another exception occurred:"));
    assert!(text.starts_with("Traceback (most recent call last):"));
    assert!(text.ends_with("ZeroDivisionError: division by zero\n"));
    assert_eq!(
        text.matches("Traceback (most recent call last):").count(),
        2
    );
}

#[test]
fn sys_exit_sets_the_status() {
    assert_eq!(
        run("exit3.py", "import sys\nsys.exit(3)\n").status.code(),
        Some(3)
    );
    assert_eq!(
        run("exit0.py", "import sys\nsys.exit()\n").status.code(),
        Some(0)
    );
    let output = run(
        "exitmsg.py",
        "import sys\nprint('before')\nsys.exit('bye')\n",
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "before\n");
    assert_eq!(stderr(&output), "bye\n");
}

#[test]
fn runaway_recursion_is_a_recursion_error_with_repeats_collapsed() {
    let output = run("forever.py", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.ends_with("RecursionError: maximum recursion depth exceeded\n"));
    assert!(
        text.contains("[Previous line repeated 996 more times]"),
        "{text}"
    );
}

#[test]
fn recursion_through_native_code_stops_cleanly_at_any_limit() {
    let output = run(
        "native.py",
        "import sys\nsys.setrecursionlimit(1000000)\nprint(sys.getrecursionlimit())\nclass L:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(L())\nexcept RecursionError as e:\n    print(e)\nclass E:\n    def __eq__(self, other):\n        return self == other\ntry:\n    E() == E()\nexcept RecursionError as e:\n    print(e)\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "1000000\nmaximum recursion depth exceeded\nmaximum recursion depth exceeded\n"
    );
}

#[test]
fn the_same_program_prints_the_same_bytes_every_time() {
    let program = "class A:\n    pass\nprint(A(), id(A()) == id(A()), object(), len, [].append)\nprint({(1, 2), (3, 4), 'x', 'y'} == {'y', 'x', (3, 4), (1, 2)})\n";
    let first = run("same1.py", program);
    let second = run("same2.py", program);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn a_syntax_error_stops_before_running() {
    let output = run("bad.py", "print('never')\nif True\n    pass\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    assert_eq!(
        stderr(&output).lines().last(),
        Some("SyntaxError: expected ':'")
    );
}

#[test]
fn every_bundled_module_compiles_and_imports() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/vm/stdlib");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let check = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        assert!(check.status.success(), "{name}: {}", stderr(&check));
        names.push(name);
    }
    names.sort();
    let program: String = names
        .iter()
        .map(|n| format!("import {n}\nprint({n}.__name__)\n"))
        .collect();
    let output = run("bundled.py", &program);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), names.join("\n") + "\n");
}
