//! The tokens of the subset, recognised by logos.
//!
//! Source text ─▶ `(Token, Span)` pairs. Layout (NEWLINE/INDENT/DEDENT) is not decided here: the lexer
//! reports every physical line break as [`Token::Newline`] and [`super::layout`] turns them into
//! logical lines. Numbers and strings are scanned by hand-written callbacks that follow CPython's
//! tokenizer (Parser/tokenizer.c), so malformed literals get CPython's messages.

use logos::Logos;

use super::source::line_number;

/// Why the lexer stopped; the message is CPython's.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// A character no token starts with; [`super::layout`] words the message from the character.
    #[default]
    UnexpectedChar,
    Message(String),
}

impl LexError {
    fn msg(message: impl Into<String>) -> LexError {
        LexError::Message(message.into())
    }
}

#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\f]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Token<'s> {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// Made by the layout pass, never by logos.
    Indent,
    /// Made by the layout pass, never by logos.
    Dedent,

    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*")]
    Name(&'s str),
    #[regex(r"[0-9]|\.[0-9]", lex_number)]
    Number(NumberKind),
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, lex_string)]
    String(&'s str),
    #[token("\\", lex_stray_backslash)]
    StrayBackslash,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    Walrus,
    #[token("=")]
    Assign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("@=")]
    AtEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
}

/// What a numeric literal turned out to be; its text is the token's slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Int,
    Float,
    Imaginary,
}

impl Token<'_> {
    /// Whether this token opens a bracket, and which closing token matches it.
    pub fn closing_bracket(&self) -> Option<char> {
        match self {
            Token::LParen => Some(')'),
            Token::LBracket => Some(']'),
            Token::LBrace => Some('}'),
            _ => None,
        }
    }

    pub fn is_closing_bracket(&self) -> bool {
        matches!(self, Token::RParen | Token::RBracket | Token::RBrace)
    }

    /// Tokens between sibling elements, which start a new element at the same depth.
    pub fn separates_elements(&self) -> bool {
        matches!(self, Token::Comma | Token::Semi | Token::Assign)
    }

    /// Tokens that can put their operand one level deeper in the tree (operators, `.`, keywords
    /// that take an expression); a conservative bound, used only to refuse absurd nesting.
    pub fn may_nest(&self) -> bool {
        !matches!(
            self,
            Token::Newline
                | Token::Indent
                | Token::Dedent
                | Token::Name(_)
                | Token::Number(_)
                | Token::String(_)
                | Token::StrayBackslash
                | Token::False
                | Token::None
                | Token::True
                | Token::Ellipsis
                | Token::LParen
                | Token::RParen
                | Token::LBracket
                | Token::RBracket
                | Token::LBrace
                | Token::RBrace
                | Token::Colon
        ) && !self.separates_elements()
    }
}

/// Scans the rest of a number after its first character, as CPython's tokenizer does, so that
/// `0b12`, `1_`, `012` and `1x` get CPython's messages.
fn lex_number<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<NumberKind, LexError> {
    let first = lex.slice().as_bytes()[0];
    let mut scan = NumberScan {
        rest: lex.remainder(),
        pos: 0,
    };
    let kind = if first == b'.' {
        scan.pos = 0;
        scan.fraction_and_exponent(true)?
    } else if first == b'0' {
        match scan.peek() {
            Some(b'x' | b'X') => scan.radix(16, "hexadecimal")?,
            Some(b'o' | b'O') => scan.radix(8, "octal")?,
            Some(b'b' | b'B') => scan.radix(2, "binary")?,
            _ => scan.zero_led()?,
        }
    } else {
        scan.decimal_tail()?;
        scan.fraction_and_exponent(false)?
    };
    lex.bump(scan.pos);
    Ok(kind)
}

/// A cursor over the text after a number's first character; it only ever steps over ASCII.
struct NumberScan<'a> {
    rest: &'a str,
    pos: usize,
}

impl NumberScan<'_> {
    fn peek(&self) -> Option<u8> {
        self.rest.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.rest.as_bytes().get(self.pos + ahead).copied()
    }

    /// Digits (with single underscores between them) after a first digit already consumed.
    fn decimal_tail(&mut self) -> Result<(), LexError> {
        loop {
            match self.peek() {
                Some(b'0'..=b'9') => self.pos += 1,
                Some(b'_') => {
                    self.pos += 1;
                    if !matches!(self.peek(), Some(b'0'..=b'9')) {
                        return Err(LexError::msg("invalid decimal literal"));
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// At least one digit, then [`Self::decimal_tail`].
    fn decimal_digits(&mut self) -> Result<bool, LexError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Ok(false);
        }
        self.pos += 1;
        self.decimal_tail()?;
        Ok(true)
    }

    /// After the integer part: an optional `.fraction`, exponent and `j`. `after_dot` means the
    /// literal began with `.` and the first fraction digit is already consumed.
    fn fraction_and_exponent(&mut self, after_dot: bool) -> Result<NumberKind, LexError> {
        let mut kind = NumberKind::Int;
        if after_dot {
            self.decimal_tail()?;
            kind = NumberKind::Float;
        } else if self.peek() == Some(b'.') {
            self.pos += 1;
            self.decimal_digits()?;
            kind = NumberKind::Float;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let mark = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
                if !self.decimal_digits()? {
                    return Err(LexError::msg("invalid decimal literal"));
                }
            } else if !self.decimal_digits()? {
                // `1else`: CPython backs up and leaves the `e` to the next token.
                self.pos = mark;
                return self.finish(kind, "decimal");
            }
            kind = NumberKind::Float;
        }
        if matches!(self.peek(), Some(b'j' | b'J')) {
            self.pos += 1;
            kind = NumberKind::Imaginary;
        }
        self.finish(kind, "decimal")
    }

    /// A literal that starts with `0` and no radix letter: only zeros, unless it is a float.
    fn zero_led(&mut self) -> Result<NumberKind, LexError> {
        let mut nonzero = false;
        loop {
            match self.peek() {
                Some(b'0') => self.pos += 1,
                Some(b'1'..=b'9') => {
                    nonzero = true;
                    self.pos += 1;
                }
                Some(b'_') if matches!(self.peek_at(1), Some(b'0'..=b'9')) => self.pos += 1,
                Some(b'_') => return Err(LexError::msg("invalid decimal literal")),
                _ => break,
            }
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E' | b'j' | b'J')) {
            return self.fraction_and_exponent(false);
        }
        if nonzero {
            return Err(LexError::msg(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            ));
        }
        self.finish(NumberKind::Int, "decimal")
    }

    /// `0x`, `0o`, `0b` literals; the radix letter is next.
    fn radix(&mut self, radix: u32, name: &str) -> Result<NumberKind, LexError> {
        self.pos += 1;
        let mut digits = 0;
        loop {
            if self.peek() == Some(b'_') {
                self.pos += 1;
            }
            match self.peek() {
                Some(c) if (c as char).is_digit(radix) => {
                    self.pos += 1;
                    digits += 1;
                }
                Some(c) if c.is_ascii_digit() => {
                    return Err(LexError::msg(format!(
                        "invalid digit '{}' in {name} literal",
                        c as char
                    )));
                }
                _ => break,
            }
        }
        if digits == 0 || self.rest.as_bytes()[self.pos - 1] == b'_' {
            return Err(LexError::msg(format!("invalid {name} literal")));
        }
        self.finish(NumberKind::Int, name)
    }

    /// CPython's verify_end_of_number: a literal may touch only the keywords that can follow it.
    fn finish(&self, kind: NumberKind, name: &str) -> Result<NumberKind, LexError> {
        let tail = &self.rest[self.pos..];
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| tail.starts_with(k));
        let touches_name = tail
            .chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphanumeric());
        if touches_name && !keyword_follows {
            return Err(LexError::msg(format!("invalid {name} literal")));
        }
        Ok(kind)
    }
}

/// Scans a string literal whose prefix and opening quote have matched; the token's slice becomes the
/// whole literal, quotes included. Escapes are decoded later by [`super::strings`].
fn lex_string<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<&'s str, LexError> {
    let quote = *lex
        .slice()
        .as_bytes()
        .last()
        .expect("regex ends with a quote");
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    let base = lex.span().end;
    loop {
        match rest.get(i) {
            None => {
                // CPython counts a final line break as ending the last line, not starting one.
                let source = lex.source();
                let detected = line_number(source, source.trim_end_matches('\n').len());
                let what = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                return Err(LexError::msg(format!(
                    "{what} (detected at line {detected})"
                )));
            }
            Some(b'\\') => i += 2,
            Some(b'\n' | b'\r') if !triple => {
                let detected = line_number(lex.source(), base + i);
                return Err(LexError::msg(format!(
                    "unterminated string literal (detected at line {detected})"
                )));
            }
            Some(&c) if c == quote => {
                if !triple {
                    i += 1;
                    break;
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    i += 3;
                    break;
                }
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
    lex.bump(i.min(rest.len()));
    Ok(lex.slice())
}

fn lex_stray_backslash<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Result<(), LexError> {
    if lex.remainder().is_empty() {
        Err(LexError::msg("unexpected EOF while parsing"))
    } else {
        Err(LexError::msg(
            "unexpected character after line continuation character",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(src: &str) -> Vec<Result<Token<'_>, LexError>> {
        Token::lexer(src).collect()
    }

    #[test]
    fn numbers_follow_cpython() {
        use NumberKind::*;
        assert_eq!(
            lex("1_000 0x_ff 1.5e-3 .5 1j"),
            [
                Ok(Token::Number(Int)),
                Ok(Token::Number(Int)),
                Ok(Token::Number(Float)),
                Ok(Token::Number(Float)),
                Ok(Token::Number(Imaginary)),
            ]
        );
        assert_eq!(lex("1if")[0], Ok(Token::Number(Int)));
        let err = |s| match lex(s).into_iter().find_map(Result::err) {
            Some(LexError::Message(m)) => m,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(err("1x"), "invalid decimal literal");
        assert_eq!(err("1_"), "invalid decimal literal");
        assert_eq!(err("0b12"), "invalid digit '2' in binary literal");
        assert_eq!(err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(err("0x"), "invalid hexadecimal literal");
        assert!(err("012").starts_with("leading zeros"));
        assert_eq!(lex("012.5"), [Ok(Token::Number(Float))]);
    }

    #[test]
    fn strings_keep_their_quotes() {
        assert_eq!(
            lex(r#"rb'a\'b' """x"y""""#),
            [
                Ok(Token::String(r"rb'a\'b'")),
                Ok(Token::String(r#""""x"y""""#)),
            ]
        );
        assert_eq!(
            lex("'abc")[0],
            Err(LexError::msg(
                "unterminated string literal (detected at line 1)"
            ))
        );
    }
}
