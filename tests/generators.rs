//! Generators through the `tandem run` command: legacy StopIteration mode against the default,
//! exceptions reported while finalising a generator, and deep chains of generators.

use std::path::Path;
use std::process::{Command, Output};

fn tandem(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the tandem binary runs")
}

/// Exit status, stdout and stderr, for a snapshot.
fn transcript(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    format!(
        "exit status: {:?}\n--- stdout\n{}--- stderr\n{stderr}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
    )
}

/// Writes `text` to a fresh file and runs it.
fn run_text(name: &str, text: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("tandem-generators-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), text).unwrap();
    tandem(&["run", name], &dir)
}

#[test]
fn legacy_mode_lets_stopiteration_end_the_generator() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/legacy");
    let program = "stopiteration_modes.py";
    let default = tandem(&["run", program], &dir);
    let legacy = tandem(&["run", "--legacy-stopiteration", program], &dir);
    assert_eq!(default.status.code(), Some(1));
    assert_eq!(legacy.status.code(), Some(0));
    insta::assert_snapshot!("default_mode", transcript(&default));
    insta::assert_snapshot!("legacy_mode", transcript(&legacy));
}

#[test]
fn errors_while_finalising_are_reported_and_ignored() {
    let output = run_text(
        "unraisable.py",
        "def cleanup_fails():\n    try:\n        yield 1\n    finally:\n        raise KeyError('in finally')\n\n\
         def ignores_exit():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            print('ignoring GeneratorExit')\n\n\
         g = cleanup_fails()\nnext(g)\ndel g\nprint('after the first')\nh = ignores_exit()\nnext(h)\nh = None\n\
         print('after the second')\nleft = ignores_exit()\nnext(left)\nprint('end of program')\n",
    );
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!(transcript(&output));
}

#[test]
fn a_million_nested_generators_neither_overflow_nor_panic() {
    let output = run_text(
        "nested.py",
        "g = iter([1])\nfor i in range(1000000):\n    g = (x for x in g)\ntry:\n    print(list(g))\n\
         except RecursionError as e:\n    print('RecursionError:', e)\ndel g\nprint('done')\n",
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "RecursionError: maximum recursion depth exceeded\ndone\n"
    );
}

#[test]
fn generator_runs_are_deterministic() {
    let program = "def walk(tree):\n    if isinstance(tree, list):\n        for t in tree:\n            yield from walk(t)\n    else:\n        yield tree\n\
                   g = walk([1, [2, [3, 4]], {5: 6}])\nprint(g, list(g), g.gi_frame, (x for x in []))\n";
    let first = run_text("walk.py", program);
    let second = run_text("walk.py", program);
    assert_eq!(first.stdout, second.stdout);
    assert!(String::from_utf8_lossy(&first.stdout).starts_with("<generator object walk at 0x"));
}
