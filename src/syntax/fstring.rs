//! f-strings: splitting an f-string body into literal text and replacement fields, and parsing each
//! field's expression with the real expression parser.
//!
//! Follows CPython 3.11's Parser/string_parser.c (fstring_find_literal, fstring_find_expr): the
//! lexer has already found the whole literal, so the body is scanned here for `{`, `}`, `!conv`,
//! `:spec` and the `=` debug marker, and each expression is parsed as if written in parentheses.

use super::ast::*;
use super::error::SyntaxError;
use super::literal::decode_str;
use super::parser::parse_parenthesized;

/// The values of one (possibly implicitly concatenated) string: literal text and fields.
#[derive(Default)]
pub struct Pieces {
    values: Vec<Expr>,
    literal: String,
    literal_span: Option<Span>,
    /// Whether any part was an f-string, which makes the whole a `JoinedStr`.
    formatted: bool,
}

impl Pieces {
    pub fn push_literal(&mut self, text: &str, span: Span) {
        if text.is_empty() {
            return;
        }
        self.literal.push_str(text);
        self.literal_span = Some(self.literal_span.map_or(span, |s| s.to(span)));
    }

    fn flush_literal(&mut self) {
        if !self.literal.is_empty() {
            let text = std::mem::take(&mut self.literal);
            let span = self.literal_span.take().unwrap_or_default();
            self.values
                .push(Expr::new(ExprKind::Constant(Constant::Str(text)), span));
        }
    }

    fn push_field(&mut self, field: Expr) {
        self.flush_literal();
        self.values.push(field);
    }

    pub fn into_expr_kind(mut self) -> ExprKind {
        if !self.formatted {
            return ExprKind::Constant(Constant::Str(self.literal));
        }
        self.flush_literal();
        ExprKind::JoinedStr(self.values)
    }
}

/// CPython allows a replacement field inside a format spec, but not one level deeper.
const MAX_FIELD_DEPTH: usize = 2;

/// Parses the body of one f-string token (starting at byte `body_start` of `src`) into `pieces`.
pub fn parse_into(
    pieces: &mut Pieces,
    src: &str,
    body_start: usize,
    body: &str,
    raw: bool,
) -> Result<(), SyntaxError> {
    pieces.formatted = true;
    let mut scanner = Scanner {
        src,
        base: body_start,
        body,
        raw,
        pos: 0,
    };
    scanner.parts(pieces, 0, false)?;
    Ok(())
}

struct Scanner<'a> {
    src: &'a str,
    /// Offset of `body` in `src`.
    base: usize,
    body: &'a str,
    raw: bool,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.body[self.pos..].chars().next()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.body[self.pos..].chars().nth(ahead)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn error(&self, message: &str, at: usize) -> SyntaxError {
        SyntaxError::new(message, self.span(at, (at + 1).min(self.body.len())))
    }

    /// Literal text and fields, until the end of the body or, in a format spec, the closing `}`.
    fn parts(
        &mut self,
        pieces: &mut Pieces,
        depth: usize,
        in_spec: bool,
    ) -> Result<(), SyntaxError> {
        loop {
            self.literal(pieces, in_spec)?;
            match self.peek() {
                Some('{') => self.field(pieces, depth)?,
                _ => return Ok(()),
            }
        }
    }

    /// Literal text up to a `{` that opens a field (or the `}` ending a format spec).
    fn literal(&mut self, pieces: &mut Pieces, in_spec: bool) -> Result<(), SyntaxError> {
        let mut chunk_start = self.pos;
        while let Some(c) = self.peek() {
            match c {
                '\\' if !self.raw => {
                    self.pos += 1;
                    if self.peek() == Some('N') && self.peek_at(1) == Some('{') {
                        match self.body[self.pos..].find('}') {
                            Some(end) => self.pos += end + 1,
                            None => self.pos = self.body.len(),
                        }
                    } else if let Some(next) = self.peek() {
                        self.pos += next.len_utf8();
                    }
                }
                '{' | '}' if self.peek_at(1) == Some(c) && !(in_spec && c == '}') => {
                    // A doubled brace stands for itself: keep one, skip the other.
                    self.pos += 1;
                    self.push_chunk(pieces, chunk_start, self.pos)?;
                    self.pos += 1;
                    chunk_start = self.pos;
                }
                '{' => break,
                '}' if in_spec => break,
                '}' => return Err(self.error("f-string: single '}' is not allowed", self.pos)),
                _ => self.pos += c.len_utf8(),
            }
        }
        self.push_chunk(pieces, chunk_start, self.pos)
    }

    fn push_chunk(&self, pieces: &mut Pieces, start: usize, end: usize) -> Result<(), SyntaxError> {
        let text = &self.body[start..end];
        let span = self.span(start, end);
        if self.raw {
            pieces.push_literal(text, span);
        } else {
            let decoded =
                decode_str(text).map_err(|e| SyntaxError::new(e.message, self.span(start, end)))?;
            pieces.push_literal(&decoded, span);
        }
        Ok(())
    }

    /// One replacement field, `{` included: expression, `=`, `!conversion`, `:spec`, `}`.
    fn field(&mut self, pieces: &mut Pieces, depth: usize) -> Result<(), SyntaxError> {
        let open = self.pos;
        if depth >= MAX_FIELD_DEPTH {
            return Err(self.error("f-string: expressions nested too deeply", open));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let expr_end = self.expression_end()?;
        let text = &self.body[expr_start..expr_end];
        if text.trim().is_empty() {
            let message = if self.peek() == Some('!') {
                "f-string: expression required before '!'"
            } else {
                "f-string: empty expression not allowed"
            };
            return Err(self.error(message, expr_end));
        }
        // CPython parses the field in its f-string mode, which prefixes every message.
        let value = parse_parenthesized(self.src, self.base + expr_start, self.base + expr_end)
            .map_err(|mut e| {
                if !e.message.starts_with("f-string") {
                    e.message = format!("f-string: {}", e.message);
                }
                e
            })?;
        let mut debug_text = None;
        if self.peek() == Some('=') {
            self.pos += 1;
            while self.peek().is_some_and(char::is_whitespace) {
                self.pos += 1;
            }
            debug_text = Some((expr_start, self.pos));
        }
        let mut conversion = Conversion::None;
        if self.peek() == Some('!') {
            self.pos += 1;
            conversion = match self.peek() {
                Some('s') => Conversion::Str,
                Some('r') => Conversion::Repr,
                Some('a') => Conversion::Ascii,
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.pos,
                    ));
                }
            };
            self.pos += 1;
        }
        let mut format_spec = None;
        if self.peek() == Some(':') {
            self.pos += 1;
            let spec_start = self.pos;
            let mut spec = Pieces {
                formatted: true,
                ..Pieces::default()
            };
            self.parts(&mut spec, depth + 1, true)?;
            let kind = spec.into_expr_kind();
            format_spec = Some(Expr::new(kind, self.span(spec_start, self.pos)).boxed());
        }
        if self.peek() != Some('}') {
            return Err(self.error("f-string: expecting '}'", self.pos.min(self.body.len())));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion == Conversion::None && format_spec.is_none() {
            conversion = Conversion::Repr;
        }
        // `f"{x=}"` is the text `x=` followed by the field.
        if let Some((start, end)) = debug_text {
            pieces.push_literal(&self.body[start..end], self.span(start, end));
        }
        pieces.push_field(Expr::new(
            ExprKind::FormattedValue {
                value: value.boxed(),
                conversion,
                format_spec,
            },
            self.span(open, self.pos),
        ));
        Ok(())
    }

    /// Finds where a field's expression ends: at `}`, `!`, `:` or a debug `=` outside brackets
    /// and strings.
    fn expression_end(&mut self) -> Result<usize, SyntaxError> {
        let mut brackets: Vec<(char, usize)> = Vec::new();
        let mut quote: Option<(char, bool)> = None;
        while let Some(c) = self.peek() {
            if c == '\\' {
                return Err(self.error(
                    "f-string expression part cannot include a backslash",
                    self.pos,
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q) {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += c.len_utf8();
                continue;
            }
            let next = self.peek_at(1);
            match c {
                '\'' | '"' => {
                    let triple = next == Some(c) && self.peek_at(2) == Some(c);
                    quote = Some((c, triple));
                    if triple {
                        self.pos += 2;
                    }
                }
                '(' | '[' | '{' => brackets.push((c, self.pos)),
                ')' | ']' | '}' => match brackets.pop() {
                    None if c == '}' => return Ok(self.pos),
                    None => {
                        return Err(self.error(&format!("f-string: unmatched '{c}'"), self.pos));
                    }
                    Some((open, _)) if matching(open) == c => {}
                    Some((open, _)) => {
                        return Err(self.error(
                            &format!(
                                "f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                            ),
                            self.pos,
                        ));
                    }
                },
                '#' => {
                    return Err(self.error("f-string expression part cannot include '#'", self.pos));
                }
                '!' | ':' if brackets.is_empty() && !(c == '!' && next == Some('=')) => {
                    return Ok(self.pos);
                }
                '=' if brackets.is_empty()
                    && next != Some('=')
                    && !self.body[..self.pos].ends_with(['=', '!', '<', '>']) =>
                {
                    return Ok(self.pos);
                }
                _ => {}
            }
            self.pos += c.len_utf8();
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string", self.pos));
        }
        Err(self.error("f-string: expecting '}'", self.body.len()))
    }
}

fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}
