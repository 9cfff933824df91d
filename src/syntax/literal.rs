//! Python literal text ⇄ values: decoding string and bytes literals (prefixes, escapes), and the
//! inverse, CPython's `repr` of str, bytes and float, which `tandem ast` and the VM both print.

/// The prefix letters of a string literal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
    /// `u'...'`, kept because `ast.dump` shows it as `kind='u'`.
    pub unicode: bool,
}

/// A string token split into its prefix and the text between its quotes.
#[derive(Debug, Clone, Copy)]
pub struct StringToken<'s> {
    pub prefix: Prefix,
    pub body: &'s str,
    /// Byte offset of `body` in the token.
    pub body_offset: usize,
}

/// Splits a token produced by the lexer (prefix, quotes and body).
pub fn split_string_token(token: &str) -> StringToken<'_> {
    let quote_at = token.find(['\'', '"']).unwrap_or(0);
    let mut prefix = Prefix::default();
    for c in token[..quote_at].chars() {
        match c.to_ascii_lowercase() {
            'r' => prefix.raw = true,
            'b' => prefix.bytes = true,
            'f' => prefix.format = true,
            _ => prefix.unicode = true,
        }
    }
    let rest = &token[quote_at..];
    let quote = &rest[..1];
    let quotes = if rest.len() >= 6 && rest.starts_with(&quote.repeat(3)) {
        3
    } else {
        1
    };
    let body_end = rest.len().saturating_sub(quotes).max(quotes);
    StringToken {
        prefix,
        body: &rest[quotes..body_end],
        body_offset: quote_at + quotes,
    }
}

/// Why an escape sequence could not be decoded, worded as CPython's codec error.
#[derive(Debug, Clone, PartialEq)]
pub struct EscapeError {
    pub message: String,
    /// Byte offset of the offending escape in the body.
    pub offset: usize,
}

/// Decodes the escapes of a (non-raw) str literal body.
pub fn decode_str(body: &str) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(rel) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + rel]);
        let start = i + rel;
        i = start + 1;
        let Some(c) = body[i..].chars().next() else {
            out.push('\\');
            break;
        };
        i += c.len_utf8();
        let codec_error = |end: usize, reason: &str| EscapeError {
            message: format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
                start,
                end - 1
            ),
            offset: start,
        };
        match c {
            '\n' => {}
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            'x' | 'u' | 'U' => {
                let (len, name) = match c {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = hex_prefix(&bytes[i..], len);
                if digits < len {
                    return Err(codec_error(i + digits, name));
                }
                let code = u32::from_str_radix(&body[i..i + len], 16).unwrap_or(u32::MAX);
                i += len;
                match char::from_u32(code) {
                    Some(ch) => out.push(ch),
                    None if code < 0x110000 => out.push('\u{FFFD}'),
                    None => return Err(codec_error(i, "illegal Unicode character")),
                }
            }
            'N' => {
                let named = body[i..]
                    .strip_prefix('{')
                    .and_then(|rest| rest.find('}').map(|end| &rest[..end]));
                match named {
                    Some(name) => {
                        let end = i + name.len() + 2;
                        match unicode_names2::character(name) {
                            Some(ch) if !name.is_empty() => out.push(ch),
                            _ => return Err(codec_error(end, "unknown Unicode character name")),
                        }
                        i = end;
                    }
                    None => return Err(codec_error(i, "malformed \\N character escape")),
                }
            }
            '0'..='7' => {
                let mut value = c as u32 - '0' as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            _ => match simple_escape(c) {
                Some(ch) => out.push(ch),
                None => {
                    out.push('\\');
                    out.push(c);
                }
            },
        }
    }
    Ok(out)
}

/// Decodes a bytes literal body (raw or not); only ASCII characters are allowed in it.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    if let Some(offset) = body.find(|c: char| !c.is_ascii()) {
        return Err(EscapeError {
            message: "bytes can only contain ASCII literal characters".into(),
            offset,
        });
    }
    let bytes = body.as_bytes();
    if raw {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' || i + 1 == bytes.len() {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let start = i;
        let c = bytes[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'x' => {
                if hex_prefix(&bytes[i..], 2) < 2 {
                    return Err(EscapeError {
                        message: format!("(value error) invalid \\x escape at position {start}"),
                        offset: start,
                    });
                }
                out.push(u8::from_str_radix(&body[i..i + 2], 16).unwrap_or(0));
                i += 2;
            }
            b'0'..=b'7' => {
                let mut value = (c - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            _ => match simple_escape(c as char) {
                Some(ch) => out.push(ch as u8),
                None => out.extend_from_slice(&[b'\\', c]),
            },
        }
    }
    Ok(out)
}

fn hex_prefix(bytes: &[u8], max: usize) -> usize {
    bytes
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_hexdigit())
        .count()
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        _ => return None,
    })
}

/// Python's `str.isprintable` for one character, approximated without the full Unicode database:
/// controls, separators other than space, format characters, surrogates, private use and
/// noncharacters are not printable.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xD800..=0xF8FF | 0xFFFE..=0xFFFF | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xF0000..=0x10FFFF)
        && (u & 0xFFFE) != 0xFFFE
}

/// CPython's `repr()` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// CPython's `repr()` of a bytes object.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// CPython's `repr()` of a float: the shortest digits that round-trip, in fixed notation when the
/// decimal exponent is in -4..16 and in `e` notation otherwise (Python/pystrtod.c, mode 'r').
pub fn repr_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // `{:e}` finds how many digits round-trip; formatting again at that precision picks, among
    // those, the one closest to `x`, ties to even, as CPython's dtoa does (Rust's shortest form
    // rounds ties up: 99.998809814453125 would print ...313 instead of ...312).
    let shortest = format!("{:e}", x.abs());
    let digit_count = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.replace('.', "").len());
    let sci = format!("{:.*e}", digit_count - 1, x.abs());
    let (mantissa, exp) = sci.split_once('e').expect("{:e} always has an exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    let sign = if x < 0.0 { "-" } else { "" };
    // `decpt` is where the point goes: value = 0.DIGITS * 10^decpt.
    let decpt = exp + 1;
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1);
        let mantissa = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
    } else {
        let decpt = decpt as usize;
        if digits.len() <= decpt {
            format!("{sign}{digits}{}.0", "0".repeat(decpt - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..decpt], &digits[decpt..])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_cpython() {
        for (x, want) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e300, "1.5e+300"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (123.0, "123.0"),
            (f64::INFINITY, "inf"),
            (99.99880981445312, "99.99880981445312"),
        ] {
            assert_eq!(repr_float(x), want);
        }
    }

    #[test]
    fn str_and_bytes_reprs() {
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'\"\n\x00é\u{a0}"), "'a\\'\"\\n\\x00é\\xa0'");
        assert_eq!(repr_bytes(b"\x00'"), "b\"\\x00'\"");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"\x41\u00e9\N{BULLET}\101\q").unwrap(),
            "Aé•A\\q"
        );
        assert_eq!(
            decode_str(r"\N{foo}").unwrap_err().message,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert_eq!(decode_bytes(r"\x00\n", false).unwrap(), b"\x00\n");
    }
}
