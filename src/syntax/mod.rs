//! Stage 1, syntax: source text ─▶ tokens ─▶ logical lines ─▶ AST, with CPython's SyntaxErrors.
//!
//! ```text
//! token.rs (logos) ─▶ layout.rs (NEWLINE/INDENT/DEDENT) ─▶ parser.rs + grammar/python.lalrpop
//!     ─▶ ast.rs
//! ```
//! This stage knows nothing of bytecode or values. [`parse_module`] is its one entry point.

pub mod actions;
pub mod ast;
pub mod dump;
pub mod error;
pub mod fstring;
pub mod layout;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;

pub use error::{ErrorKind, SyntaxError};
pub use source::{Source, Span};

/// Parses a module. The compile-time checks CPython makes after parsing are `compile::check_source`'s.
pub fn parse_module(source: &Source) -> Result<ast::Module, SyntaxError> {
    if let Some(at) = source.text.find('\0') {
        return Err(SyntaxError::new(
            "source code cannot contain null bytes",
            Span::new(at, at + 1),
        )
        .with_label("NUL byte")
        .with_help("is this a binary file?"));
    }
    let module = parser::parse_tokens(&source.text)?;
    if let Some(span) = module.too_deep() {
        return Err(
            SyntaxError::new("maximum recursion depth exceeded during compilation", span)
                .with_kind(ErrorKind::Recursion)
                .with_help("split the expression into smaller ones"),
        );
    }
    Ok(module)
}
