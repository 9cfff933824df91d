//! `tandem dis` listings, snapshot-tested: one per program in tests/dis, each chosen to show a
//! family of CPython 3.11's instructions (cells and closures, exception tables and `with`,
//! class bodies and comprehensions).

use std::process::Command;

#[test]
fn listings_match_their_snapshots() {
    insta::glob!("dis/*.py", |path| {
        let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
            .arg("dis")
            .arg(path.file_name().unwrap())
            .current_dir(path.parent().unwrap())
            .output()
            .expect("tandem runs");
        assert!(output.status.success(), "dis failed for {}", path.display());
        insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
    });
}
