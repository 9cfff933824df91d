//! The parser: logical-line tokens ─▶ AST, and LALRPOP's errors ─▶ CPython's SyntaxError messages.
//!
//! The grammar itself is grammar/python.lalrpop. LALRPOP reports "unexpected token T, expected one
//! of ..."; CPython's PEG parser instead names what went wrong (`expected ':'`, `expected an
//! indented block after 'if' statement on line 3`, `Perhaps you forgot a comma?`). This file looks
//! at the tokens around the failure to choose the same message.

use lalrpop_util::ParseError;

use super::ast::{Expr, Module};
use super::error::{ErrorKind, SyntaxError};
use super::layout::{Spanned, Tokens, tokenize};
use super::source::{Span, line_number};
use super::token::Token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports)]
    grammar,
    "/python.rs"
);

// ANCHOR: parse_tokens
/// Parses a whole module (the text of `src`).
pub fn parse_tokens(src: &str) -> Result<Module, SyntaxError> {
    let Tokens { mut tokens, error } = tokenize(src);
    unwrap_parenthesized_with_items(&mut tokens);
    let parsed = grammar::ModuleParser::new().parse(src, tokens.iter().cloned());
    match (parsed, error) {
        (Ok(module), None) => Ok(module),
        // The parser reached the point where the tokenizer failed.
        (Ok(_) | Err(ParseError::UnrecognizedEof { .. }), Some(error)) => Err(error),
        (Err(e), tokenizer_error) => {
            let parser_error = describe(e, src, &tokens);
            match tokenizer_error {
                Some(t) if tokenizer_error_wins(&t, &parser_error, src) => Err(t),
                _ => Err(parser_error),
            }
        }
    }
}
// ANCHOR_END: parse_tokens

/// CPython, after a parse error, tokenizes the rest of the file (pegen's
/// `_PyPegen_tokenize_full_source_to_check_for_errors`): an error the tokenizer raises there
/// replaces the parser's, except indentation errors, and a bracket never closed replaces it only
/// when it was opened on an earlier line than the parser's error.
fn tokenizer_error_wins(tokenizer: &SyntaxError, parser: &SyntaxError, src: &str) -> bool {
    // `unexpected indent` and friends are reported without that second look.
    if matches!(tokenizer.kind, ErrorKind::Indentation | ErrorKind::Tab)
        || parser.kind == ErrorKind::Indentation
    {
        return false;
    }
    if tokenizer.message.ends_with("was never closed") {
        let line = |offset: u32| line_number(src, offset as usize);
        return line(parser.span.start) > line(tokenizer.span.start);
    }
    true
}

/// Parses `src[start..end]` as an expression written inside parentheses, as CPython does for an
/// f-string's replacement field. Spans stay relative to the whole `src`.
pub fn parse_parenthesized(src: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    let shift = |span: Span| Span::new(span.start as usize + start, span.end as usize + start);
    let Tokens {
        tokens: inner,
        error,
    } = tokenize(&src[start..end]);
    if let Some(mut e) = error {
        e.span = shift(e.span);
        return Err(e);
    }
    let mut tokens: Vec<Spanned> = Vec::with_capacity(inner.len() + 3);
    tokens.push((start, Token::LParen, start));
    tokens.extend(
        inner
            .into_iter()
            .filter(|(_, t, _)| !matches!(t, Token::Newline | Token::Indent | Token::Dedent))
            .map(|(l, t, r)| (l + start, t, r + start)),
    );
    tokens.push((end, Token::RParen, end));
    tokens.push((end, Token::Newline, end));
    grammar::ExpressionParser::new()
        .parse(src, tokens.iter().cloned())
        .map_err(|e| describe(e, src, &tokens))
}

/// `with (a as b, c):` lists its items in parentheses (Python 3.10). An LR(1) grammar cannot tell
/// that from a parenthesised expression before it sees `as`, so when the parentheses right after
/// `with` close just before the `:` and hold a top-level `,` or `as`, they are dropped (with a
/// trailing comma) and the items parse as if written without them, which is what CPython's
/// grammar means by them.
fn unwrap_parenthesized_with_items(tokens: &mut Vec<Spanned>) {
    let mut drop = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].1 != Token::With || tokens.get(i + 1).map(|t| t.1) != Some(Token::LParen) {
            continue;
        }
        let open = i + 1;
        let mut depth = 0;
        let mut top_level_separator = false;
        let mut close = None;
        for (j, (_, tok, _)) in tokens.iter().enumerate().skip(open) {
            if tok.closing_bracket().is_some() {
                depth += 1;
            } else if tok.is_closing_bracket() {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            } else if depth == 1 && matches!(tok, Token::Comma | Token::As) {
                top_level_separator = true;
            } else if depth == 1 && matches!(tok, Token::For | Token::Async) {
                break;
            }
        }
        let Some(close) = close else { continue };
        if top_level_separator && tokens.get(close + 1).map(|t| t.1) == Some(Token::Colon) {
            drop.push(open);
            if tokens[close - 1].1 == Token::Comma {
                drop.push(close - 1);
            }
            drop.push(close);
        }
    }
    drop.sort_unstable();
    for index in drop.into_iter().rev() {
        tokens.remove(index);
    }
}

type LalrpopError<'s> = ParseError<usize, Token<'s>, SyntaxError>;

/// Chooses CPython's message for a parse failure.
fn describe(error: LalrpopError, src: &str, tokens: &[Spanned]) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            SyntaxError::new("invalid syntax", Span::new(l, r))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            // CPython points at the end of the last line that has anything on it, comments too.
            let end = src.trim_end().len().min(location);
            let span = Span::new(end, end);
            if expects(&expected, "\"INDENT\"") {
                return expected_block(src, tokens, tokens.len(), span);
            }
            SyntaxError::new("invalid syntax", span)
        }
        ParseError::UnrecognizedToken {
            token: (l, token, r),
            expected,
        } => {
            let at = tokens
                .iter()
                .position(|&(tl, t, tr)| tl == l && tr == r && t == token)
                .unwrap_or(tokens.len());
            unexpected_token(src, tokens, at, token, Span::new(l, r), &expected)
        }
    }
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn unexpected_token(
    src: &str,
    tokens: &[Spanned],
    at: usize,
    token: Token,
    span: Span,
    expected: &[String],
) -> SyntaxError {
    let previous = at.checked_sub(1).map(|i| tokens[i].1);
    if token == Token::Indent {
        return SyntaxError::new("unexpected indent", span)
            .with_kind(ErrorKind::Indentation)
            .with_help("remove the extra indentation");
    }
    if expects(expected, "\"INDENT\"") {
        return expected_block(src, tokens, at, span);
    }
    if token == Token::Dedent {
        return SyntaxError::new("unexpected unindent", span).with_kind(ErrorKind::Indentation);
    }
    if expected.len() == 1 && expects(expected, "\"(\"") {
        return SyntaxError::new("expected '('", span);
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return SyntaxError::new("expected 'except' or 'finally' block", span);
    }
    if expects(expected, "\"else\"") && expected.len() == 1 {
        return SyntaxError::new("expected 'else' after 'if' expression", span);
    }
    if token == Token::Walrus {
        let target = match (at.checked_sub(2).map(|i| tokens[i].1), previous) {
            (Some(Token::Dot), Some(Token::Name(_))) => "attribute",
            (_, Some(Token::RBracket)) => "subscript",
            _ => "",
        };
        if !target.is_empty() {
            return SyntaxError::new(
                format!("cannot use assignment expressions with {target}"),
                span,
            );
        }
    }
    // ANCHOR: expected_colon
    if token == Token::Newline && expects(expected, "\":\"") {
        let end = at
            .checked_sub(1)
            .map_or(span.start as usize, |i| tokens[i].2);
        return SyntaxError::new("expected ':'", Span::new(end, end)).with_label("add ':' here");
    }
    // ANCHOR_END: expected_colon
    let depth = bracket_depth(&tokens[..at.min(tokens.len())]);
    if token == Token::Assign {
        if let Some(constant @ (Token::True | Token::False | Token::None)) = previous {
            return SyntaxError::new(format!("cannot assign to {constant:?}"), span);
        }
        if depth > 0 {
            return SyntaxError::new(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                span,
            );
        }
        if matches!(previous, Some(Token::Name(_)))
            && !matches!(at.checked_sub(2).map(|i| tokens[i].1), Some(Token::Dot))
        {
            return SyntaxError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                span,
            );
        }
    }
    if let Some(previous) = previous
        && ends_expression(&previous)
        && starts_expression(&token)
    {
        if previous == Token::Name("print") && starts_statement(tokens, at - 1) {
            return SyntaxError::new(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Span::new(tokens[at - 1].0, span.end as usize),
            );
        }
        let name_then_string =
            matches!(previous, Token::Name(_)) && matches!(token, Token::String(_));
        if depth > 0 && !name_then_string {
            return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", span)
                .with_help("separate the items with ','");
        }
    }
    SyntaxError::new("invalid syntax", span)
}

/// CPython's `expected an indented block after 'if' statement on line 3`: names the header whose
/// block is missing, found from the start of the logical line before `at`.
fn expected_block(src: &str, tokens: &[Spanned], at: usize, span: Span) -> SyntaxError {
    let header_end = at.saturating_sub(1);
    let start = (0..header_end)
        .rev()
        .find(|&i| matches!(tokens[i].1, Token::Newline | Token::Indent | Token::Dedent))
        .map_or(0, |i| i + 1);
    let mut first = tokens.get(start).map(|t| t.1);
    if first == Some(Token::Async) {
        first = tokens.get(start + 1).map(|t| t.1);
    }
    let what = match first {
        Some(Token::If) => "'if' statement",
        Some(Token::Elif) => "'elif' statement",
        Some(Token::Else) => "'else' statement",
        Some(Token::While) => "'while' statement",
        Some(Token::For) => "'for' statement",
        Some(Token::Try) => "'try' statement",
        Some(Token::Except) => "'except' statement",
        Some(Token::Finally) => "'finally' statement",
        Some(Token::With) => "'with' statement",
        Some(Token::Def) => "function definition",
        Some(Token::Class) => "class definition",
        _ => {
            return SyntaxError::new("expected an indented block", span)
                .with_kind(ErrorKind::Indentation);
        }
    };
    let header_at = tokens.get(start).map_or(0, |t| t.0);
    let line = line_number(src, header_at);
    SyntaxError::new(
        format!("expected an indented block after {what} on line {line}"),
        span,
    )
    .with_kind(ErrorKind::Indentation)
    .with_help("indent the block's first statement")
}

fn bracket_depth(tokens: &[Spanned]) -> usize {
    tokens.iter().fold(0usize, |depth, (_, t, _)| {
        if t.closing_bracket().is_some() {
            depth + 1
        } else if t.is_closing_bracket() {
            depth.saturating_sub(1)
        } else {
            depth
        }
    })
}

fn starts_statement(tokens: &[Spanned], i: usize) -> bool {
    i == 0
        || matches!(
            tokens[i - 1].1,
            Token::Newline | Token::Indent | Token::Dedent | Token::Semi
        )
}

fn ends_expression(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Number(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
    )
}

fn starts_expression(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Number(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
            | Token::LParen
            | Token::LBracket
            | Token::LBrace
            | Token::Lambda
            | Token::Not
            | Token::Await
            | Token::Tilde
    )
}
