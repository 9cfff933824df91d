//! The layout pass: physical lines ─▶ logical lines.
//!
//! Takes the lexer's tokens and emits NEWLINE at the end of each logical line, INDENT and DEDENT where
//! the indentation changes, and nothing for blank lines, comment-only lines or line breaks inside
//! brackets. It keeps CPython's two indentation columns (tabs to multiples of 8, and tabs as 1) to
//! detect TabError, and a stack of open brackets for `'(' was never closed` and `unmatched ')'`.

use logos::Logos;

use super::error::{ErrorKind, SyntaxError};
use super::literal::is_printable;
use super::source::{Span, line_number};
use super::token::{LexError, Token};

/// A token with its byte range, as the parser consumes it.
pub type Spanned<'s> = (usize, Token<'s>, usize);

/// CPython's tokenizer refuses a 201st open bracket (MAXLEVEL in Parser/tokenizer.h).
const MAX_BRACKET_DEPTH: usize = 200;

/// CPython's tokenizer allows 100 indentation columns on its stack, the first being 0 (MAXINDENT).
const MAX_INDENT_LEVELS: usize = 100;

/// A bound on how deep the tree of one expression may become, checked before it is built. Every
/// level of an expression tree comes from a bracket or an operator token, so counting them along
/// an element bounds its depth (generously: a long sum of products counts every operator). It
/// keeps even the recursive freeing of a half-built tree within the interpreter's stack; CPython's
/// own limit, on the real depth, is `ast::MAX_TREE_DEPTH`.
const MAX_EXPRESSION_DEPTH: usize = 50_000;

/// The tokens of a text, and the error that stopped the tokenizer, if one did.
///
/// Like CPython's tokenizer, which the parser drives one token at a time, an error here only
/// counts if the parser gets that far: the tokens before it are kept so the parser can report an
/// earlier mistake first.
pub struct Tokens<'s> {
    pub tokens: Vec<Spanned<'s>>,
    pub error: Option<SyntaxError>,
}

/// Tokenizes `text` into logical lines.
pub fn tokenize(text: &str) -> Tokens<'_> {
    let mut layout = Layout {
        text,
        out: Vec::new(),
        indents: vec![Indent { col: 0, alt: 0 }],
        brackets: Vec::new(),
        operators: vec![0],
        at_line_start: true,
        line_start: 0,
    };
    let mut error = None;
    for (token, range) in Token::lexer(text).spanned() {
        let pushed = match token {
            Ok(token) => layout.push(token, range.start, range.end),
            Err(e) => Err(lex_error(e, Span::from(range), text)),
        };
        if let Err(e) = pushed {
            error = Some(e);
            break;
        }
    }
    if error.is_none() {
        error = layout.finish().err();
    }
    Tokens {
        tokens: layout.out,
        error,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Indent {
    /// Column with tabs advancing to the next multiple of 8.
    col: usize,
    /// Column with tabs counted as one; disagreement between the two is a TabError.
    alt: usize,
}

struct Layout<'s> {
    text: &'s str,
    out: Vec<Spanned<'s>>,
    indents: Vec<Indent>,
    /// Open brackets: the closing character and the opening offset.
    brackets: Vec<(char, usize)>,
    /// Operators seen in the current element at each bracket level, for MAX_EXPRESSION_DEPTH.
    operators: Vec<usize>,
    at_line_start: bool,
    /// Where the current logical line begins.
    line_start: usize,
}

impl<'s> Layout<'s> {
    fn push(&mut self, token: Token<'s>, start: usize, end: usize) -> Result<(), SyntaxError> {
        if token == Token::Newline {
            if self.brackets.is_empty() && !self.at_line_start {
                self.out.push((start, Token::Newline, end));
            }
            if self.brackets.is_empty() {
                self.at_line_start = true;
                self.line_start = end;
                self.operators[0] = 0;
            }
            return Ok(());
        }
        if self.at_line_start {
            self.at_line_start = false;
            self.indent_to(start)?;
        }
        if let Some(close) = token.closing_bracket() {
            if self.brackets.len() >= MAX_BRACKET_DEPTH {
                return Err(SyntaxError::new(
                    "too many nested parentheses",
                    Span::new(start, end),
                ));
            }
            self.brackets.push((close, start));
            self.operators.push(0);
        } else if token.is_closing_bracket() {
            self.close_bracket(start, end)?;
            self.operators.pop();
        }
        self.count_depth(&token, start, end)?;
        self.out.push((start, token, end));
        Ok(())
    }

    fn count_depth(&mut self, token: &Token, start: usize, end: usize) -> Result<(), SyntaxError> {
        let innermost = self.operators.last_mut().expect("level 0 is never popped");
        if token.separates_elements() {
            *innermost = 0;
        } else if token.may_nest() {
            *innermost += 1;
            let depth = self.brackets.len() + self.operators.iter().sum::<usize>();
            if depth > MAX_EXPRESSION_DEPTH {
                return Err(SyntaxError::new(
                    "maximum recursion depth exceeded during compilation",
                    Span::new(start, end),
                )
                .with_kind(ErrorKind::Recursion)
                .with_help("split the expression into smaller ones"));
            }
        }
        Ok(())
    }

    fn close_bracket(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let found = self.text[start..].chars().next().unwrap_or(')');
        let span = Span::new(start, end);
        match self.brackets.pop() {
            None => Err(SyntaxError::new(format!("unmatched '{found}'"), span)
                .with_label("no bracket is open here")),
            Some((expected, _)) if expected == found => Ok(()),
            Some((_, open_at)) => {
                let open = &self.text[open_at..open_at + 1];
                let open_line = line_number(self.text, open_at);
                let mut message = format!(
                    "closing parenthesis '{found}' does not match opening parenthesis '{open}'"
                );
                if open_line != line_number(self.text, start) {
                    message.push_str(&format!(" on line {open_line}"));
                }
                Err(SyntaxError::new(message, span)
                    .with_label(format!("this does not close the '{open}'")))
            }
        }
    }

    /// Compares the indentation of the line starting a logical line with the indent stack, as
    /// CPython's tok_get does, and emits INDENT or DEDENTs.
    fn indent_to(&mut self, token_start: usize) -> Result<(), SyntaxError> {
        // ANCHOR: indent
        let mut here = Indent { col: 0, alt: 0 };
        for c in self.text[self.line_start..token_start].chars() {
            match c {
                ' ' => {
                    here.col += 1;
                    here.alt += 1;
                }
                '\t' => {
                    here.col = (here.col / 8 + 1) * 8;
                    here.alt += 1;
                }
                '\x0c' => here = Indent { col: 0, alt: 0 },
                _ => break,
            }
        }
        // ANCHOR_END: indent
        let at = Span::new(token_start, token_start);
        let tab_error = || {
            SyntaxError::new("inconsistent use of tabs and spaces in indentation", at)
                .with_kind(ErrorKind::Tab)
                .with_help("indent with spaces only")
        };
        let top = *self.indents.last().expect("the indent stack keeps its 0");
        if here.col == top.col {
            if here.alt != top.alt {
                return Err(tab_error());
            }
        } else if here.col > top.col {
            if here.alt <= top.alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::new("too many levels of indentation", at)
                    .with_kind(ErrorKind::Indentation));
            }
            self.indents.push(here);
            self.out.push((token_start, Token::Indent, token_start));
        } else {
            // Check before emitting DEDENTs, so the parser stops where the tokenizer did.
            if !self.indents.iter().any(|i| i.col == here.col) {
                return Err(SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    at,
                )
                .with_kind(ErrorKind::Indentation)
                .with_help("indent with the same number of spaces as an enclosing block"));
            }
            while self.indents.last().is_some_and(|i| here.col < i.col) {
                self.indents.pop();
                self.out.push((token_start, Token::Dedent, token_start));
            }
            let top = *self.indents.last().expect("the indent stack keeps its 0");
            if here.alt != top.alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), SyntaxError> {
        if let Some(&(close, open_at)) = self.brackets.last() {
            let open = match close {
                ')' => '(',
                ']' => '[',
                _ => '{',
            };
            return Err(SyntaxError::new(
                format!("'{open}' was never closed"),
                Span::new(open_at, open_at + 1),
            )
            .with_label("opened here")
            .with_help(format!("add the missing '{close}'")));
        }
        let trimmed = self.text.trim_end_matches([' ', '\t', '\x0c', '\n', '\r']);
        if trimmed.ends_with('\\') && trimmed.len() < self.text.len() {
            let at = trimmed.len() - 1;
            return Err(
                SyntaxError::new("unexpected EOF while parsing", Span::new(at, at + 1))
                    .with_label("this line continues past the end of the file"),
            );
        }
        let end = self.text.len();
        if !self.at_line_start {
            self.out.push((end, Token::Newline, end));
        }
        for _ in 1..self.indents.len() {
            self.out.push((end, Token::Dedent, end));
        }
        Ok(())
    }
}

/// Words a lexer failure as CPython does.
fn lex_error(error: LexError, span: Span, text: &str) -> SyntaxError {
    match error {
        LexError::Message(message) => SyntaxError::new(message, span),
        LexError::UnexpectedChar => {
            let c = text[span.start as usize..].chars().next().unwrap_or(' ');
            let span = Span::new(span.start as usize, span.start as usize + c.len_utf8());
            let code = format!("U+{:04X}", c as u32);
            if c.is_ascii() && !c.is_ascii_control() {
                SyntaxError::new("invalid syntax", span)
            } else if is_printable(c) {
                SyntaxError::new(format!("invalid character '{c}' ({code})"), span)
            } else {
                SyntaxError::new(format!("invalid non-printable character {code}"), span)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> String {
        let tokens = tokenize(src);
        assert_eq!(tokens.error, None);
        tokens
            .tokens
            .iter()
            .map(|(_, t, _)| match t {
                Token::Newline => "NL".to_string(),
                Token::Indent => "IN".to_string(),
                Token::Dedent => "DE".to_string(),
                Token::Name(n) => n.to_string(),
                other => format!("{other:?}"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn blocks_and_blank_lines() {
        assert_eq!(
            kinds("def f():\n    if x:\n\n        # c\n        return\n    g(1,\n  2)\n"),
            "Def f LParen RParen Colon NL IN If x Colon NL IN Return NL DE g LParen Number(Int) Comma Number(Int) RParen NL DE"
        );
        assert_eq!(kinds("x"), "x NL");
        assert_eq!(kinds(""), "");
    }

    #[test]
    fn indentation_errors() {
        let err = |src| tokenize(src).error.unwrap().python_line();
        assert_eq!(
            err("if x:\n    a\n  b\n"),
            "IndentationError: unindent does not match any outer indentation level"
        );
        assert_eq!(
            err("if x:\n\tif y:\n\t        a\n\t\tb\n"),
            "TabError: inconsistent use of tabs and spaces in indentation"
        );
        assert_eq!(err("f(\n"), "SyntaxError: '(' was never closed");
        assert_eq!(err(")"), "SyntaxError: unmatched ')'");
        assert_eq!(
            err("(\n]"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
    }
}
