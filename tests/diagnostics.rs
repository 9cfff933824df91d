//! Snapshots of how every syntax error is drawn (miette, plain ASCII): the label, the help and the
//! CPython line at the end. One snapshot per file of tests/syntax/errors.

use tandem::cli::render_syntax_error;
use tandem::compile::check_source;
use tandem::syntax::Source;

#[test]
fn diagnostics() {
    insta::glob!("syntax/errors/*.py", |path| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        let source = Source::new(name, text);
        let rendered = match check_source(&source) {
            Ok(_) => "accepted".to_string(),
            Err(error) => render_syntax_error(error, &source, false),
        };
        insta::assert_snapshot!(rendered);
    });
}
