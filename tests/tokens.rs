//! Snapshots of the token stream after the layout pass (NEWLINE, INDENT, DEDENT made explicit),
//! one per program of tests/syntax/ast. The ASTs of the same programs are checked against
//! CPython's `ast.dump` in tests/syntax.rs; this shows the stage before the parser.

use tandem::syntax::Source;
use tandem::syntax::layout::tokenize;
use tandem::syntax::token::Token;

#[test]
fn tokens() {
    insta::glob!("syntax/ast/*.py", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let source = Source::new("t.py", text.as_str());
        let tokens = tokenize(&text);
        assert_eq!(tokens.error, None);
        let mut out = String::new();
        let mut line = 0;
        for (start, token, end) in tokens.tokens {
            let (l, col) = source.line_col(start);
            if l != line {
                line = l;
                out.push_str(&format!("\n{l:>3}:"));
            }
            let shown = match token {
                Token::Newline => "NEWLINE".to_string(),
                Token::Indent => "INDENT".to_string(),
                Token::Dedent => "DEDENT".to_string(),
                _ => format!("{:?}", &text[start..end]),
            };
            out.push_str(&format!(" {shown}@{col}"));
        }
        insta::assert_snapshot!(out.trim_start_matches('\n'));
    });
}
