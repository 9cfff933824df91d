//! Python's numeric semantics where CPython 3.11 is particular and the VM must match it to the
//! character: the format-spec mini-language, what `int()` and `float()` accept, correctly rounded
//! int → float conversion and true division, floor division and modulo, `pow`, `round`, the
//! numeric hash and radix conversion. Everything here is a pure function of `BigInt`, `f64` and
//! `str`; the caller raises the exception class a `NumError`'s `kind` names.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::syntax::literal::repr_float;

/// The exception class a failed operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    Value,
    Overflow,
    ZeroDivision,
    /// A result too large to build (CPython fails to allocate it).
    Memory,
    /// Never produced here; it lets callers carry their own TypeErrors in a `NumError`.
    Type,
}

/// A failed numeric operation, carrying CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrKind,
    pub message: String,
}

impl NumError {
    fn new(kind: ErrKind, message: impl Into<String>) -> Self {
        NumError {
            kind,
            message: message.into(),
        }
    }
}

fn fail<T>(kind: ErrKind, message: impl Into<String>) -> Result<T, NumError> {
    Err(NumError::new(kind, message))
}

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language (Python/formatter_unicode.c)
// ---------------------------------------------------------------------------------------------

/// A parsed format spec. `kind` is the presentation type, `'\0'` when omitted, exactly as CPython
/// stores it (so a spec ending in a literal NUL behaves as CPython's does).
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: Option<usize>,
    /// Separator and digits per group: `,` and `_` group by 3, `_` with b/o/x/X by 4.
    grouping: Option<(char, usize)>,
    precision: Option<usize>,
    kind: char,
}

impl Spec {
    /// Parses `spec` as parse_internal_render_format_spec does; the defaults differ per type
    /// (`int` formats as 'd' and aligns right, `str` as 's' aligned left, `float` has no type).
    fn parse(
        spec: &str,
        type_name: &str,
        default_kind: char,
        default_align: char,
    ) -> Result<Spec, NumError> {
        let chars: Vec<char> = spec.chars().collect();
        let at = |pos: usize, c: char| chars.get(pos) == Some(&c);
        let is_align = |c: &char| matches!(c, '<' | '>' | '=' | '^');
        let mut pos = 0;
        let (mut fill, mut align) = (' ', default_align);
        let (mut fill_given, mut align_given) = (false, false);
        if chars.get(1).is_some_and(is_align) {
            (fill, align) = (chars[0], chars[1]);
            (fill_given, align_given) = (true, true);
            pos = 2;
        } else if chars.first().is_some_and(is_align) {
            align = chars[0];
            align_given = true;
            pos = 1;
        }
        let sign = match chars.get(pos) {
            Some(&c @ ('+' | '-' | ' ')) => {
                pos += 1;
                Some(c)
            }
            _ => None,
        };
        let no_neg_0 = at(pos, 'z');
        pos += usize::from(no_neg_0);
        let alternate = at(pos, '#');
        pos += usize::from(alternate);
        // A leading zero means zero padding after the sign, unless a fill was given.
        if !fill_given && at(pos, '0') {
            fill = '0';
            if !align_given && default_align == '>' {
                align = '=';
            }
            pos += 1;
        }
        let width = read_count(&chars, &mut pos)?;
        // Padding to a width this large could only fail to allocate.
        if width.is_some_and(|w| w > MAX_WIDTH) {
            return Err(NumError::new(ErrKind::Memory, ""));
        }
        let both = || fail(ErrKind::Value, "Cannot specify both ',' and '_'.");
        let mut separator = None;
        if at(pos, ',') {
            separator = Some(',');
            pos += 1;
        }
        if at(pos, '_') {
            if separator.is_some() {
                return both();
            }
            separator = Some('_');
            pos += 1;
        }
        if at(pos, ',') && separator == Some('_') {
            return both();
        }
        let mut precision = None;
        if at(pos, '.') {
            pos += 1;
            precision = read_count(&chars, &mut pos)?;
            if precision.is_none() {
                return fail(ErrKind::Value, "Format specifier missing precision");
            }
        }
        let kind = match &chars[pos..] {
            [] => default_kind,
            [kind] => *kind,
            _ => {
                return fail(
                    ErrKind::Value,
                    format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
                );
            }
        };
        let grouping = match separator {
            None => None,
            Some(sep) => Some(match kind {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => (sep, 3),
                'b' | 'o' | 'x' | 'X' if sep == '_' => (sep, 4),
                _ => {
                    return fail(
                        ErrKind::Value,
                        format!("Cannot specify '{sep}' with {}.", quote_code(kind)),
                    );
                }
            }),
        };
        Ok(Spec {
            fill,
            align,
            sign,
            no_neg_0,
            alternate,
            width,
            grouping,
            precision,
            kind,
        })
    }
}

/// The widest field tandem will pad; CPython would fail to allocate anything much wider.
const MAX_WIDTH: usize = 1 << 32;

/// Reads a width or precision; `None` when there are no digits. Any Unicode decimal digit counts,
/// as in CPython, and the value must fit a `Py_ssize_t`.
fn read_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| {
                NumError::new(ErrKind::Value, "Too many decimal digits in format string")
            })?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// A presentation type as CPython quotes it in messages: printable ASCII as is, else `\xNN`.
fn quote_code(kind: char) -> String {
    if (33..128).contains(&(kind as u32)) {
        format!("'{kind}'")
    } else {
        format!("'\\x{:x}'", kind as u32)
    }
}

fn unknown_code(kind: char, type_name: &str) -> NumError {
    NumError::new(
        ErrKind::Value,
        format!(
            "Unknown format code {} for object of type '{type_name}'",
            quote_code(kind)
        ),
    )
}

/// Splits `padding` into (before sign, between sign and digits, after) by alignment.
fn split_padding(align: char, padding: usize) -> (usize, usize, usize) {
    match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    }
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// A number split the way fill_number lays it out:
/// `<pad><sign><prefix><pad><grouped digits><point><remainder><pad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// The ASCII digits before the point, the only part that is grouped and zero-padded.
    digits: &'a str,
    point: bool,
    remainder: &'a str,
}

fn layout_number(parts: &NumberParts, spec: &Spec) -> String {
    let sign = match (parts.negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some(c @ ('+' | ' '))) => Some(c),
        _ => None,
    };
    let fixed = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.point)
        + parts.remainder.chars().count();
    let width = spec.width.unwrap_or(0);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width.saturating_sub(fixed)
    } else {
        0
    };
    // Only 'c' and inf/nan have no digits; they are never grouped.
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, spec.grouping)
    };
    let padding = width.saturating_sub(fixed + grouped.len());
    let (left, middle, right) = split_padding(spec.align, padding);
    let mut out = String::new();
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, middle);
    out.push_str(&grouped);
    if parts.point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// Inserts separators into `digits` and zero-pads to `min_width` characters, separators included,
/// as _PyUnicode_InsertThousandsGrouping does: groups are built from the right and the padding
/// zeros are grouped too (`format(1234, '09,') == '0,001,234'`).
fn group_digits(digits: &str, min_width: usize, grouping: Option<(char, usize)>) -> String {
    let Some((separator, size)) = grouping else {
        return format!(
            "{}{digits}",
            "0".repeat(min_width.saturating_sub(digits.len()))
        );
    };
    let mut groups = Vec::new();
    let mut remaining = digits.len();
    let mut min_width = min_width as isize;
    loop {
        let len = size.min(remaining.max(min_width.max(1) as usize));
        let taken = remaining.min(len);
        let zeros = len - taken;
        groups.push(format!(
            "{}{}",
            "0".repeat(zeros),
            &digits[remaining - taken..remaining]
        ));
        remaining -= taken;
        min_width -= len as isize;
        if remaining == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&separator.to_string())
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, NumError> {
    format_int_as(v, spec, "int")
}

/// `format(v, spec)` for an instance of an int subclass such as bool, whose messages name its
/// own type (`Unknown format code 'q' for object of type 'bool'`). An empty spec gives the
/// digits; `format(True, '')` is 'True', which the caller must special-case.
pub fn format_int_as(v: &BigInt, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = Spec::parse(spec, type_name, 'd', '>')?;
    match spec.kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_spec(v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(int_to_f64(v)?, &spec),
        kind => Err(unknown_code(kind, type_name)),
    }
}

fn format_int_spec(v: &BigInt, spec: &Spec) -> Result<String, NumError> {
    if spec.precision.is_some() {
        return fail(
            ErrKind::Value,
            "Precision not allowed in integer format specifier",
        );
    }
    if spec.no_neg_0 {
        return fail(
            ErrKind::Value,
            "Negative zero coercion (z) not allowed in integer format specifier",
        );
    }
    if spec.kind == 'c' {
        return format_int_char(v, spec);
    }
    let (radix, prefix) = match spec.kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        point: false,
        remainder: "",
    };
    Ok(layout_number(&parts, spec))
}

/// The 'c' presentation type. A surrogate code point cannot live in a Rust string, so unlike
/// CPython it is refused with a ValueError.
fn format_int_char(v: &BigInt, spec: &Spec) -> Result<String, NumError> {
    if spec.sign.is_some() {
        return fail(
            ErrKind::Value,
            "Sign not allowed with integer format specifier 'c'",
        );
    }
    if spec.alternate {
        return fail(
            ErrKind::Value,
            "Alternate form (#) not allowed with integer format specifier 'c'",
        );
    }
    let code = v.to_i64().ok_or_else(|| {
        NumError::new(
            ErrKind::Overflow,
            "Python int too large to convert to C long",
        )
    })?;
    let code = u32::try_from(code)
        .ok()
        .filter(|&c| c < 0x110000)
        .ok_or_else(|| NumError::new(ErrKind::Overflow, "%c arg not in range(0x110000)"))?;
    let c = char::from_u32(code)
        .ok_or_else(|| NumError::new(ErrKind::Value, "surrogate code points are not supported"))?;
    let mut buffer = [0; 4];
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        point: false,
        remainder: c.encode_utf8(&mut buffer),
    };
    Ok(layout_number(&parts, spec))
}

/// `format(v, spec)` for a float; an empty spec is `str(v)`.
pub fn format_float(v: f64, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(repr_float(v));
    }
    let spec = Spec::parse(spec, "float", '\0', '>')?;
    match spec.kind {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(v, &spec),
        kind => Err(unknown_code(kind, "float")),
    }
}

/// The float conversions of printf-style formatting (`'%.3e' % v`): PyOS_double_to_string with
/// no flag but `#`'s. `code` is one of e, E, f, F, g and G; the caller pads.
pub fn format_float_printf(v: f64, code: char, precision: usize, alternate: bool) -> String {
    FloatStyle {
        code: code.to_ascii_lowercase(),
        precision,
        add_dot_0: false,
        alternate,
        no_neg_0: false,
        upper: code.is_ascii_uppercase(),
    }
    .render(v)
}

/// format_float_internal: renders with PyOS_double_to_string's rules, then pads and groups.
/// 'n' is 'g' because the VM always runs in the C locale.
fn format_float_spec(v: f64, spec: &Spec) -> Result<String, NumError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return fail(ErrKind::Value, "precision too big");
    }
    let (code, value) = match spec.kind {
        // No type: repr without a precision, else 'g' that keeps a ".0".
        '\0' if spec.precision.is_none() => ('r', v),
        '\0' | 'n' | 'g' | 'G' => ('g', v),
        '%' => ('f', v * 100.0),
        kind => (kind.to_ascii_lowercase(), v),
    };
    let style = FloatStyle {
        code,
        precision: spec
            .precision
            .unwrap_or(if spec.kind == '\0' { 0 } else { 6 }),
        add_dot_0: spec.kind == '\0',
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        upper: matches!(spec.kind, 'E' | 'F' | 'G'),
    };
    let mut text = style.render(value);
    if spec.kind == '%' {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(int_len);
    let (point, remainder) = match rest.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        point,
        remainder,
    };
    Ok(layout_number(&parts, spec))
}

/// The flags of PyOS_double_to_string; `code` is one of 'e', 'f', 'g' and 'r' (repr).
struct FloatStyle {
    code: char,
    precision: usize,
    add_dot_0: bool,
    alternate: bool,
    no_neg_0: bool,
    upper: bool,
}

/// How many decimal digits to round to, as in the modes of David Gay's dtoa.
enum Digits {
    Shortest,
    Significant(usize),
    AfterPoint(usize),
}

impl FloatStyle {
    /// format_float_short: the digits of `x` padded with zeros, a point and maybe an exponent.
    fn render(&self, x: f64) -> String {
        let sign = if x.is_sign_negative() && !x.is_nan() {
            "-"
        } else {
            ""
        };
        if !x.is_finite() {
            let word = match (x.is_nan(), self.upper) {
                (true, false) => "nan",
                (true, true) => "NAN",
                (false, false) => "inf",
                (false, true) => "INF",
            };
            return format!("{sign}{word}");
        }
        let mut precision = self.precision as i64;
        let (digits, mut decpt) = match self.code {
            'e' => {
                precision += 1;
                decimal_digits(x, Digits::Significant(precision as usize))
            }
            'g' => {
                precision = precision.max(1);
                decimal_digits(x, Digits::Significant(precision as usize))
            }
            'f' => decimal_digits(x, Digits::AfterPoint(self.precision)),
            _ => decimal_digits(x, Digits::Shortest),
        };
        let sign = if self.no_neg_0 && digits == "0" {
            ""
        } else {
            sign
        };
        let digits_len = digits.len() as i64;
        let mut use_exp = false;
        let mut end = digits_len;
        match self.code {
            'e' => {
                use_exp = true;
                end = precision;
            }
            'f' => end = decpt + precision,
            'g' => {
                let limit = if self.add_dot_0 {
                    precision - 1
                } else {
                    precision
                };
                use_exp = decpt <= -4 || decpt > limit;
                if self.alternate {
                    end = precision;
                }
            }
            _ => use_exp = decpt <= -4 || decpt > 16,
        }
        let mut exp = 0;
        if use_exp {
            exp = decpt - 1;
            decpt = 1;
        }
        // The output is the slice [start, end) of the digits extended by zeros on both sides,
        // with the point at decpt; keep at least one digit before it (and after it for ".0").
        let start = if decpt <= 0 { decpt - 1 } else { 0 };
        end = if !use_exp && self.add_dot_0 {
            end.max(decpt + 1)
        } else {
            end.max(decpt)
        };
        let zeros = |n: i64| "0".repeat(n.max(0) as usize);
        let mut out = String::from(sign);
        if decpt <= 0 {
            out += &zeros(decpt - start);
            out.push('.');
            out += &zeros(-decpt);
            out += &digits;
        } else if decpt <= digits_len {
            out += &digits[..decpt as usize];
            out.push('.');
            out += &digits[decpt as usize..];
        } else {
            out += &digits;
        }
        if digits_len < decpt {
            out += &zeros(decpt - digits_len);
            out.push('.');
            out += &zeros(end - decpt);
        } else {
            out += &zeros(end - digits_len);
        }
        if out.ends_with('.') && !self.alternate {
            out.pop();
        }
        if use_exp {
            out.push(if self.upper { 'E' } else { 'e' });
            out += &format!("{exp:+03}");
        }
        out
    }
}

/// The decimal digits of finite `|x|`, rounded as asked (ties to even on the exact binary
/// value), without leading or trailing zeros, and the point position `decpt` such that
/// `|x| ≈ 0.DIGITS × 10^decpt`: the form dtoa returns. Zero is `("0", 1)`.
fn decimal_digits(x: f64, digits: Digits) -> (String, i64) {
    let x = x.abs();
    // A double's exact decimal expansion has at most 767 significant digits and 1074 after the
    // point; digits beyond are zeros, which are stripped below anyway. Capping also keeps Rust's
    // formatter within its precision limit (65535).
    let text = match digits {
        Digits::Shortest => repr_float(x),
        Digits::Significant(n) => format!("{:.*e}", n.min(800) - 1, x),
        Digits::AfterPoint(n) => format!("{x:.*}", n.min(1100)),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((mantissa, exp)) => (mantissa, exp.parse::<i64>().expect("exponent is numeric")),
        None => (text.as_str(), 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac_part}");
    let leading = all.bytes().take_while(|&b| b == b'0').count();
    let significant = all[leading..].trim_end_matches('0');
    if significant.is_empty() {
        return ("0".into(), 1);
    }
    (
        significant.to_string(),
        int_part.len() as i64 + exp - leading as i64,
    )
}

/// `format(v, spec)` for a str; width and precision count code points.
pub fn format_str(v: &str, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = Spec::parse(spec, "str", 's', '<')?;
    if spec.kind != 's' {
        return Err(unknown_code(spec.kind, "str"));
    }
    match spec.sign {
        Some(' ') => {
            return fail(
                ErrKind::Value,
                "Space not allowed in string format specifier",
            );
        }
        Some(_) => {
            return fail(
                ErrKind::Value,
                "Sign not allowed in string format specifier",
            );
        }
        None => {}
    }
    if spec.no_neg_0 {
        return fail(
            ErrKind::Value,
            "Negative zero coercion (z) not allowed in string format specifier",
        );
    }
    if spec.alternate {
        return fail(
            ErrKind::Value,
            "Alternate form (#) not allowed in string format specifier",
        );
    }
    if spec.align == '=' {
        return fail(
            ErrKind::Value,
            "'=' alignment not allowed in string format specifier",
        );
    }
    let mut len = v.chars().count();
    let mut text = v;
    if let Some(precision) = spec.precision.filter(|&p| p < len) {
        let end = v.char_indices().nth(precision).map_or(v.len(), |(i, _)| i);
        text = &v[..end];
        len = precision;
    }
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, _, right) = split_padding(spec.align, padding);
    let mut out = String::with_capacity(text.len() + padding);
    push_fill(&mut out, spec.fill, left);
    out.push_str(text);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Parsing: int(s, base) and float(s)
// ---------------------------------------------------------------------------------------------

/// The code points of the zeros of the Unicode 14.0 decimal digit runs (category Nd, which
/// always comes in runs of ten), which `int()`, `float()` and format widths accept.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL).
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&zero| zero <= code);
    let zero = DIGIT_ZEROS[i.checked_sub(1)?];
    (code - zero < 10).then_some(code - zero)
}

/// C's isspace on ASCII; beyond ASCII, Python's str.isspace (which is Rust's White_Space there).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t'..='\r') || (!c.is_ascii() && c.is_whitespace())
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces become ASCII; any other
/// non-ASCII character makes the text unparsable.
fn ascii_number_text(s: &str) -> Option<String> {
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c),
            c if is_space(c) => Some(' '),
            c => decimal_value(c).and_then(|d| char::from_digit(d, 10)),
        })
        .collect()
}

/// What `float(s)` accepts, else `None` (the caller words the ValueError, which quotes `s`).
pub fn parse_float(s: &str) -> Option<f64> {
    let text = ascii_number_text(s)?;
    let text = remove_underscores(&text)?;
    let text = text.trim_matches(is_space);
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = if ["inf", "infinity"]
        .iter()
        .any(|word| body.eq_ignore_ascii_case(word))
    {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else if is_decimal_literal(body) {
        body.parse().ok()?
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Underscores are allowed only between two digits (_Py_string_to_number_with_underscores).
fn remove_underscores(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let after = bytes.get(i + 1);
            if !before.is_some_and(|b| b.is_ascii_digit()) || !after.is_some_and(u8::is_ascii_digit)
            {
                return None;
            }
        }
    }
    Some(text.replace('_', ""))
}

/// `digits [. digits] [e [sign] digits]` with at least one mantissa digit.
fn is_decimal_literal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = digits(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// What `int(s, base)` accepts, else `None`. `base` must be 0 or in 2..=36 (the caller raises
/// "int() arg 2 must be >= 2 and <= 36"); any other base gives `None`. CPython's limit of 4300
/// decimal digits (sys.set_int_max_str_digits) is not enforced.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let text = ascii_number_text(s)?;
    let text = text.trim_matches(is_space);
    let (sign, body) = match text.as_bytes().first() {
        Some(b'-') => (Sign::Minus, &text[1..]),
        Some(b'+') => (Sign::Plus, &text[1..]),
        _ => (Sign::Plus, text),
    };
    let bytes = body.as_bytes();
    let marker = bytes.get(1).map(u8::to_ascii_lowercase);
    let has_prefix = |letter: u8| bytes.first() == Some(&b'0') && marker == Some(letter);
    // Base 0 reads the base from the prefix; a bare leading zero ("010") only allows zero.
    let mut base = base;
    let mut zero_only = false;
    if base == 0 {
        base = match marker {
            _ if bytes.first() != Some(&b'0') => 10,
            Some(b'x') => 16,
            Some(b'o') => 8,
            Some(b'b') => 2,
            _ => {
                zero_only = true;
                10
            }
        };
    }
    let mut digits = body;
    let prefix = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    if prefix.is_some_and(has_prefix) {
        digits = &body[2..];
        // One underscore may follow the prefix.
        digits = digits.strip_prefix('_').unwrap_or(digits);
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let magnitude = BigUint::parse_bytes(clean.as_bytes(), base)?;
    if zero_only && !magnitude.is_zero() {
        return None;
    }
    Some(BigInt::from_biguint(sign, magnitude))
}

// ---------------------------------------------------------------------------------------------
// Conversions and integer arithmetic
// ---------------------------------------------------------------------------------------------

/// The float nearest to `v`, ties to even, as PyLong_AsDouble rounds.
pub fn int_to_f64(v: &BigInt) -> Result<f64, NumError> {
    let magnitude = ratio_to_f64(v.magnitude(), &BigUint::one())
        .ok_or_else(|| NumError::new(ErrKind::Overflow, "int too large to convert to float"))?;
    Ok(if v.is_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// `a / b` for ints, correctly rounded even when neither operand fits a float (long_true_divide).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivision, "division by zero");
    }
    let magnitude = ratio_to_f64(a.magnitude(), b.magnitude()).ok_or_else(|| {
        NumError::new(
            ErrKind::Overflow,
            "integer division result too large for a float",
        )
    })?;
    // The sign of a zero quotient follows the operands too: 0 / -5 == -0.0.
    Ok(if a.is_negative() != b.is_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// The float nearest to `a / b` (`b` nonzero), ties to even; `None` when it overflows.
///
/// Follows long_true_divide: scale `a` so that the integer quotient has two or three bits more
/// than the result keeps (fewer for subnormals), remember whether anything was discarded, round
/// those extra bits away by hand, and scale back, which is then exact.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    const MANT_DIG: i64 = f64::MANTISSA_DIGITS as i64;
    const MIN_EXP: i64 = f64::MIN_EXP as i64;
    const MAX_EXP: i64 = f64::MAX_EXP as i64;
    if a.is_zero() {
        return Some(0.0);
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both are exact floats and IEEE division rounds correctly.
        return Some(a.to_u64()? as f64 / b.to_u64()? as f64);
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Some(0.0);
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (scaled, mut inexact) = if shift <= 0 {
        (a << shift.unsigned_abs(), false)
    } else {
        let lost = a.trailing_zeros().is_some_and(|zeros| zeros < shift as u64);
        (a >> shift as u64, lost)
    };
    let (quotient, remainder) = scaled.div_rem(b);
    inexact |= !remainder.is_zero();
    let extra_bits = (quotient.bits() as i64).max(MIN_EXP - shift) - MANT_DIG;
    let half = 1u64 << (extra_bits - 1);
    let mut low = quotient.to_u64()? | u64::from(inexact);
    // Round half to even: up when above half, or exactly half with an odd kept bit.
    if low & half != 0 && low & (3 * half - 1) != 0 {
        low += half;
    }
    low &= !(2 * half - 1);
    let result = ldexp(low as f64, shift);
    result.is_finite().then_some(result)
}

/// `x · 2^exp` for `exp` in -2044..=1023, exact whenever the result is representable: a scale
/// that would itself be subnormal is applied in two steps.
fn ldexp(x: f64, exp: i64) -> f64 {
    let power_of_two = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if exp < -1022 {
        x * power_of_two(-1022) * power_of_two(exp + 1022)
    } else {
        x * power_of_two(exp)
    }
}

/// `a // b`: the quotient rounded towards negative infinity.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivision, "integer division or modulo by zero");
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the remainder takes the sign of `b`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivision, "integer modulo by zero");
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return fail(ErrKind::ZeroDivision, "integer division or modulo by zero");
    }
    Ok(a.div_mod_floor(b))
}

/// Three-argument `pow`. A negative exponent inverts the base first; the result has the sign of
/// the modulus, and any modulus of ±1 gives 0 before invertibility is checked, as in CPython.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, NumError> {
    if modulus.is_zero() {
        return fail(ErrKind::Value, "pow() 3rd argument cannot be 0");
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = base.mod_floor(&m);
    if exp.is_negative() {
        base = base.modinv(&m).ok_or_else(|| {
            NumError::new(
                ErrKind::Value,
                "base is not invertible for the given modulus",
            )
        })?;
    }
    let result = base.modpow(&exp.abs(), &m);
    Ok(if modulus.is_negative() && !result.is_zero() {
        result - m
    } else {
        result
    })
}

/// `bin`, `oct` and `hex` (radix 2, 8, 16, with `prefix`), or bare digits in any radix 2..=36:
/// the sign comes before the prefix, `bin(-5) == '-0b101'`.
pub fn int_to_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let marker = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{marker}{}", v.magnitude().to_str_radix(radix))
}

/// `round(v, ndigits)` for an int: a multiple of `10^-ndigits`, ties to even.
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let places = ndigits.unsigned_abs();
    // |v| < 2^bits <= 10^places / 2 rounds to zero; this also spares computing huge powers.
    if places > v.bits() {
        return BigInt::zero();
    }
    let unit = BigUint::from(10u32).pow(places as u32);
    let magnitude = round_half_even(v.magnitude(), &unit) * unit;
    BigInt::from_biguint(v.sign(), magnitude)
}

/// `num / den` rounded to the nearest integer, ties to even.
fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (quotient, remainder) = num.div_rem(den);
    let twice = remainder << 1u32;
    if twice > *den || (twice == *den && quotient.is_odd()) {
        quotient + 1u32
    } else {
        quotient
    }
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic
// ---------------------------------------------------------------------------------------------

/// A finite float as `(negative, mantissa, exp)` with `|x| == mantissa · 2^exp` exactly.
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    (x.is_sign_negative(), mantissa, exp)
}

/// `int(x)`: truncation towards zero.
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return fail(ErrKind::Value, "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return fail(
            ErrKind::Overflow,
            "cannot convert float infinity to integer",
        );
    }
    let (negative, mantissa, exp) = decompose(x);
    let mantissa = BigUint::from(mantissa);
    let magnitude = if exp >= 0 {
        mantissa << exp as u64
    } else {
        mantissa >> exp.unsigned_abs()
    };
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `x.as_integer_ratio()`: the exact value in lowest terms, with a positive denominator.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_nan() {
        return fail(ErrKind::Value, "cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return fail(
            ErrKind::Overflow,
            "cannot convert Infinity to integer ratio",
        );
    }
    let (negative, mantissa, exp) = decompose(x);
    if mantissa == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let zeros = mantissa.trailing_zeros();
    let (mantissa, exp) = (BigInt::from(mantissa >> zeros), exp + i64::from(zeros));
    let numerator = if negative { -mantissa } else { mantissa };
    Ok(if exp >= 0 {
        (numerator << exp as u64, BigInt::one())
    } else {
        (numerator, BigInt::one() << exp.unsigned_abs())
    })
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `a / b` for floats.
pub fn float_true_divide(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivision, "float division by zero");
    }
    Ok(a / b)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivision, "float floor division by zero");
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivision, "float modulo");
    }
    Ok(float_div_mod(a, b).1)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return fail(ErrKind::ZeroDivision, "float divmod()");
    }
    Ok(float_div_mod(a, b))
}

/// CPython's _float_div_mod: the exact `fmod` fixes the remainder, and the quotient is derived
/// from it and snapped to an integer, so `a == b * div + mod` as nearly as floats allow.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut modulo = vx % wx;
    let mut div = (vx - modulo) / wx;
    if modulo != 0.0 {
        if (wx < 0.0) != (modulo < 0.0) {
            modulo += wx;
            div -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, modulo)
}

/// `a ** b` for floats, with CPython's special cases decided before the C library's `pow`.
///
/// Where CPython returns a complex number (a negative base to a non-integral power) this returns
/// a ValueError, "complex results are not supported", since the VM has no complex type.
pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    let is_odd_integer = |x: f64| x.abs() % 2.0 == 1.0;
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        return Ok(match (b > 0.0, is_odd_integer(b)) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return fail(
                ErrKind::ZeroDivision,
                "0.0 cannot be raised to a negative power",
            );
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return fail(ErrKind::Value, "complex results are not supported");
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    // (-1) ** huge_even_or_odd is exact; some C libraries got it wrong.
    let magnitude = if base == 1.0 { 1.0 } else { base.powf(b) };
    if magnitude.is_infinite() {
        return fail(ErrKind::Overflow, "(34, 'Numerical result out of range')");
    }
    Ok(if negate { -magnitude } else { magnitude })
}

/// The result of `round(x)` (an int) or `round(x, ndigits)` (a float).
#[derive(Debug, Clone, PartialEq)]
pub enum FloatRound {
    Int(BigInt),
    Float(f64),
}

/// `round(x, ndigits)`. Without `ndigits` halves go to even and the result is an int; with it,
/// `x` is rounded correctly in decimal (so `round(2.675, 2) == 2.67`, as 2.675 is really
/// 2.67499999…), as CPython's double_round does through dtoa.
pub fn round_float(x: f64, ndigits: Option<i64>) -> Result<FloatRound, NumError> {
    let Some(ndigits) = ndigits else {
        return float_to_int(x.round_ties_even()).map(FloatRound::Int);
    };
    // Beyond these bounds every float rounds to itself or to zero (float___round___impl).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(FloatRound::Float(x));
    }
    if ndigits < NDIGITS_MIN {
        return Ok(FloatRound::Float(0.0 * x));
    }
    let (negative, mantissa, exp) = decompose(x);
    // |x| · 10^ndigits == num / den exactly; round that to an integer, then divide back.
    let unit = BigUint::from(10u32).pow(ndigits.unsigned_abs() as u32);
    let (mut num, mut den) = (BigUint::from(mantissa), BigUint::one());
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= exp.unsigned_abs();
    }
    if ndigits >= 0 {
        num *= &unit;
    } else {
        den *= &unit;
    }
    let rounded = round_half_even(&num, &den);
    let magnitude = if ndigits >= 0 {
        ratio_to_f64(&rounded, &unit)
    } else {
        ratio_to_f64(&(rounded * unit), &BigUint::one())
    }
    .ok_or_else(|| NumError::new(ErrKind::Overflow, "rounded value too large to represent"))?;
    Ok(FloatRound::Float(if negative {
        -magnitude
    } else {
        magnitude
    }))
}

// ---------------------------------------------------------------------------------------------
// Hashing (Python/pyhash.c): numbers that compare equal hash equal, via reduction modulo the
// Mersenne prime 2**61 - 1.
// ---------------------------------------------------------------------------------------------

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(v)` for an int.
pub fn hash_int(v: &BigInt) -> i64 {
    let residue = (v.magnitude() % HASH_MODULUS)
        .to_u64()
        .expect("residue is below the modulus");
    signed_hash(v.is_negative(), residue)
}

/// `hash(x)` for a float: integral floats hash as the equal int, inf and -inf as ±314159. NaN
/// gives 0 here; CPython hashes each NaN object by identity, which the caller must do.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    let (negative, mantissa, exp) = decompose(x);
    // 2^61 ≡ 1 (mod 2^61 - 1), so the power of two reduces to 2^(exp mod 61).
    let shifted = u128::from(mantissa) << exp.rem_euclid(61);
    signed_hash(negative, (shifted % u128::from(HASH_MODULUS)) as u64)
}

/// Applies the sign; -1 is reserved for errors in C, so it becomes -2.
fn signed_hash(negative: bool, residue: u64) -> i64 {
    let hash = if negative {
        -(residue as i64)
    } else {
        residue as i64
    };
    if hash == -1 { -2 } else { hash }
}

#[cfg(test)]
mod tests {
    //! Every expected value below was produced by CPython 3.11.7; errors are written as
    //! `!Kind: message`.

    use super::*;

    #[test]
    fn precisions_past_rusts_formatter_limit_pad_with_zeros() {
        // Rust's formatter stops at a precision of 65535; CPython goes on with zeros.
        assert_eq!(format_float(1.5, ".65536f").unwrap().len(), 65538);
        let tenth = format_float(0.1, ".70000f").unwrap();
        assert_eq!(tenth.len(), 70002);
        assert!(tenth.starts_with("0.1000000000000000055511151231257827"));
        assert!(tenth.ends_with("000"));
        assert_eq!(format_float(2.5, ".70000e").unwrap().len(), 70006);
    }

    /// Evaluates the integer expressions of the tables: sums of products of `n` and `n**e`.
    fn int(text: &str) -> BigInt {
        let text = text.replace("**", "^");
        let mut total = BigInt::zero();
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let negative = rest.starts_with('-');
            rest = rest.trim_start_matches(['+', '-']);
            let end = rest.find(['+', '-']).unwrap_or(rest.len());
            let term: BigInt = rest[..end]
                .split('*')
                .map(|factor| match factor.split_once('^') {
                    Some((base, exp)) => {
                        BigInt::from(base.parse::<u32>().unwrap()).pow(exp.parse::<u32>().unwrap())
                    }
                    None => factor.parse().unwrap(),
                })
                .product();
            total += if negative { -term } else { term };
            rest = &rest[end..];
        }
        total
    }

    /// Renders an outcome the way the tables spell it.
    fn shown<T>(result: Result<T, NumError>, render: impl Fn(T) -> String) -> String {
        match result {
            Ok(value) => render(value),
            Err(e) => format!("!{:?}: {}", e.kind, e.message),
        }
    }

    fn text(s: String) -> String {
        s
    }

    fn float(x: f64) -> String {
        repr_float(x)
    }

    fn float_pair((a, b): (f64, f64)) -> String {
        format!("({}, {})", repr_float(a), repr_float(b))
    }

    fn int_pair((a, b): (BigInt, BigInt)) -> String {
        format!("({a}, {b})")
    }

    #[test]
    fn int_format_specs() {
        let cases: &[(&str, &str, &str)] = &[
            ("1234", "010,", "00,001,234"),
            ("1234", "09,", "0,001,234"),
            ("1234", "08,", "0,001,234"),
            ("1234", "07,", "001,234"),
            ("-1234", "010,", "-0,001,234"),
            ("1234567", ",", "1,234,567"),
            ("1234567", "_", "1_234_567"),
            ("-1234567", "_d", "-1_234_567"),
            ("255", "#x", "0xff"),
            ("255", "#X", "0XFF"),
            ("255", "#010x", "0x000000ff"),
            ("255", "=#10x", "0x      ff"),
            ("255", "#b", "0b11111111"),
            ("-255", "#o", "-0o377"),
            ("255", "_b", "1111_1111"),
            ("65535", "_x", "ffff"),
            ("65535", "#_X", "0XFFFF"),
            ("-5", "+", "-5"),
            ("5", "+", "+5"),
            ("5", " ", " 5"),
            ("-5", " ", "-5"),
            ("5", "-", "5"),
            ("42", "*^9", "***42****"),
            ("42", "<5", "42   "),
            ("42", ">5", "   42"),
            ("42", "^6", "  42  "),
            ("-42", "=8", "-     42"),
            ("-42", "08", "-0000042"),
            ("42", "0<8", "42000000"),
            ("1234", "0=10,", "00,001,234"),
            ("1234", "0>10,", "000001,234"),
            ("65", "c", "A"),
            ("65", "=5c", "    A"),
            ("65", "05c", "0000A"),
            ("65", "^5c", "  A  "),
            ("8364", "c", "€"),
            ("42", "n", "42"),
            ("1234567", "n", "1234567"),
            ("10**30", ",", "1,000,000,000,000,000,000,000,000,000,000"),
            ("-10**30", "_x", "-c_9f2c_9cd0_4674_edea_4000_0000"),
            ("0", "#x", "0x0"),
            ("0", "#b", "0b0"),
            ("1234", "e", "1.234000e+03"),
            ("1234", ".2f", "1234.00"),
            ("1234", "%", "123400.000000%"),
            ("1234", ",.2f", "1,234.00"),
            ("-7", "g", "-7"),
            ("2**53+1", "f", "9007199254740992.000000"),
            ("2**53+1", ".0f", "9007199254740992"),
            ("5", "١٠", "         5"),
            ("5", "00", "5"),
            ("5", "=", "5"),
            ("5", "<<5", "5<<<<"),
            ("-5", "+#_b", "-0b101"),
            (
                "1",
                "q",
                "!Value: Unknown format code 'q' for object of type 'int'",
            ),
            (
                "1",
                ".2",
                "!Value: Precision not allowed in integer format specifier",
            ),
            (
                "1",
                ".2d",
                "!Value: Precision not allowed in integer format specifier",
            ),
            (
                "1",
                "z",
                "!Value: Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                "1",
                "+c",
                "!Value: Sign not allowed with integer format specifier 'c'",
            ),
            (
                "1",
                "-c",
                "!Value: Sign not allowed with integer format specifier 'c'",
            ),
            (
                "1",
                "#c",
                "!Value: Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            ("-1", "c", "!Overflow: %c arg not in range(0x110000)"),
            (
                "2**70",
                "c",
                "!Overflow: Python int too large to convert to C long",
            ),
            ("1114112", "c", "!Overflow: %c arg not in range(0x110000)"),
            (
                "1",
                "abc",
                "!Value: Invalid format specifier 'abc' for object of type 'int'",
            ),
            ("1", ",_", "!Value: Cannot specify both ',' and '_'."),
            ("1", "_,", "!Value: Cannot specify both ',' and '_'."),
            ("1", ",,", "!Value: Cannot specify ',' with ','."),
            ("1", "__", "!Value: Cannot specify '_' with '_'."),
            ("1", ",x", "!Value: Cannot specify ',' with 'x'."),
            ("1", "_n", "!Value: Cannot specify '_' with 'n'."),
            ("1", ",c", "!Value: Cannot specify ',' with 'c'."),
            (
                "1",
                "\u{0}",
                "!Value: Unknown format code '\\x0' for object of type 'int'",
            ),
            (
                "1",
                "\u{1}",
                "!Value: Unknown format code '\\x1' for object of type 'int'",
            ),
            (
                "1",
                "é",
                "!Value: Unknown format code '\\xe9' for object of type 'int'",
            ),
            (
                "10**400",
                "f",
                "!Overflow: int too large to convert to float",
            ),
            (
                "1",
                "9999999999999999999999",
                "!Value: Too many decimal digits in format string",
            ),
            (
                "1",
                ".9999999999999999999999",
                "!Value: Too many decimal digits in format string",
            ),
            ("255", "#012_x", "0x0_0000_00ff"),
            ("-255", "#012_b", "-0b1111_1111"),
            ("123", "+010,", "+0,000,123"),
            ("123", "0=+10,", "+0,000,123"),
            ("5", "x^+6", "xx+5xx"),
            ("5", "é>5", "éééé5"),
            ("-12345678", "_o", "-5706_0516"),
        ];
        for &(value, spec, want) in cases {
            let got = shown(format_int(&int(value), spec), text);
            assert_eq!(got, want, "format({value}, {spec:?})");
        }
    }

    #[test]
    fn float_format_specs() {
        let cases: &[(f64, &str, &str)] = &[
            (1.0, ".3", "1.0"),
            (1e+20, "", "1e+20"),
            (12345.678, ".2", "1.2e+04"),
            (1e+16, "#", "1.e+16"),
            (1.0, "#", "1.0"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NEG_INFINITY, "010,", "-000000inf"),
            (f64::NAN, "+", "+nan"),
            (-0.0, "z", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0001, "z.1%", "0.0%"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (0.125, ".2f", "0.12"),
            (2.675, ".2f", "2.67"),
            (1.0, "z", "1.0"),
            (3.25159, "", "3.25159"),
            (3.25159, "e", "3.251590e+00"),
            (3.25159, "E", "3.251590E+00"),
            (1e-05, "g", "1e-05"),
            (0.0001, "g", "0.0001"),
            (123456789.0, "g", "1.23457e+08"),
            (1234567.0, "g", "1.23457e+06"),
            (123456.0, "g", "123456"),
            (0.0001, "", "0.0001"),
            (1e-05, "", "1e-05"),
            (1e+22, "f", "10000000000000000000000.000000"),
            (1e+22, ",", "1e+22"),
            (1e+22, ",f", "10,000,000,000,000,000,000,000.000000"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1234567.891, "_.3f", "1_234_567.891"),
            (1234567.891, "015,.2f", "0,001,234,567.89"),
            (1234.5, "010.2f", "0001234.50"),
            (-1234.5, "=+12.1f", "-     1234.5"),
            (0.5, "%", "50.000000%"),
            (0.125, ".1%", "12.5%"),
            (1.0, "n", "1"),
            (1234.5, "n", "1234.5"),
            (1e+100, "n", "1e+100"),
            (f64::INFINITY, "F", "INF"),
            (f64::NAN, "E", "NAN"),
            (f64::NAN, "f", "nan"),
            (f64::NEG_INFINITY, "G", "-INF"),
            (1.5, "G", "1.5"),
            (1e-10, "G", "1E-10"),
            (100.0, ".0e", "1e+02"),
            (9.99, ".1e", "1.0e+01"),
            (9.96, ".1f", "10.0"),
            (0.0, "e", "0.000000e+00"),
            (-0.0, ".2f", "-0.00"),
            (-0.0, "", "-0.0"),
            (-0.0, "z.0f", "0"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#g", "1.00000"),
            (1.0, "#.3g", "1.00"),
            (0.0001234, "#.2g", "0.00012"),
            (1.0, ".0", "1e+00"),
            (10.0, ".1", "1e+01"),
            (100.0, ".2", "1e+02"),
            (0.1, ".20", "0.10000000000000000555"),
            (0.1, ".20f", "0.10000000000000000555"),
            (0.3333333333333333, ".17g", "0.33333333333333331"),
            (2.5, ".0", "2e+00"),
            (123.456, "+.2e", "+1.23e+02"),
            (123.456, " .2e", " 1.23e+02"),
            (-123.456, " .2e", "-1.23e+02"),
            (1.5, "*^12.3f", "***1.500****"),
            (1.5, "<8", "1.5     "),
            (1.5, "^9", "   1.5   "),
            (5e-324, "", "5e-324"),
            (5e-324, ".3e", "4.941e-324"),
            (1.7976931348623157e+308, "", "1.7976931348623157e+308"),
            (1.7976931348623157e+308, ".5", "1.7977e+308"),
            (1e+16, "", "1e+16"),
            (1e+16, ".17g", "10000000000000000"),
            (123.0, ".3", "1.23e+02"),
            (123.0, ".2", "1.2e+02"),
            (1e-05, ".3", "1e-05"),
            (12345.0, "_", "12_345.0"),
            (1e+20, ",", "1e+20"),
            (1234.5, ",", "1,234.5"),
            (123456789.0, ",g", "1.23457e+08"),
            (1234567.0, ",.10g", "1,234,567"),
            (-1234.5, "0=+12,.1f", "-0,001,234.5"),
            (1234.5, "012,", "00,001,234.5"),
            (1.5, "\u{0}", "1.5"),
            (1e-07, ".3", "1e-07"),
            (99999.5, ".5", "1e+05"),
            (0.000123456, ".2e", "1.23e-04"),
            (f64::NEG_INFINITY, "+", "-inf"),
            (f64::INFINITY, " ^8", "  inf   "),
            (f64::NAN, "z", "nan"),
            (12.5, "%", "1250.000000%"),
            (-1e-05, "z%", "-0.001000%"),
            (
                1.0,
                "d",
                "!Value: Unknown format code 'd' for object of type 'float'",
            ),
            (
                1.0,
                "abc",
                "!Value: Invalid format specifier 'abc' for object of type 'float'",
            ),
            (1.0, ".", "!Value: Format specifier missing precision"),
            (1.0, ".2147483648f", "!Value: precision too big"),
            (
                1.0,
                "x",
                "!Value: Unknown format code 'x' for object of type 'float'",
            ),
            (1.0, ",n", "!Value: Cannot specify ',' with 'n'."),
            (
                1.0,
                "\u{0}\u{0}",
                "!Value: Invalid format specifier '\u{0}\u{0}' for object of type 'float'",
            ),
            (
                1.0,
                "c",
                "!Value: Unknown format code 'c' for object of type 'float'",
            ),
            (
                1.0,
                "s",
                "!Value: Unknown format code 's' for object of type 'float'",
            ),
            (1.0, "#.3", "1.00"),
            (1e+16, "#.3", "1.00e+16"),
            (0.5, "#", "0.5"),
            (1e-07, "#", "1.e-07"),
            (1.0, "#n", "1.00000"),
            (-0.0, "+", "-0.0"),
            (0.0, "+", "+0.0"),
            (
                -0.0,
                "z+",
                "!Value: Unknown format code '+' for object of type 'float'",
            ),
            (-1e-05, "z.3f", "0.000"),
            (-0.0, "z.3e", "0.000e+00"),
            (-0.0, "z.3g", "0"),
            (-1e-07, "z.3", "-1e-07"),
            (1234.5, "é^12,.1f", "éé1,234.5ééé"),
        ];
        for &(value, spec, want) in cases {
            let got = shown(format_float(value, spec), text);
            assert_eq!(got, want, "format({value:?}, {spec:?})");
        }
    }

    #[test]
    fn int_subclass_format_errors_name_the_subclass() {
        let one = BigInt::one();
        assert_eq!(format_int_as(&one, "^3", "bool").unwrap(), " 1 ");
        let message = |spec| format_int_as(&one, spec, "bool").unwrap_err().message;
        assert_eq!(
            message("q"),
            "Unknown format code 'q' for object of type 'bool'"
        );
        assert_eq!(
            message("abc"),
            "Invalid format specifier 'abc' for object of type 'bool'"
        );
    }

    #[test]
    fn str_format_specs() {
        let cases: &[(&str, &str, &str)] = &[
            ("hello", "<10", "hello     "),
            ("hello", ">10", "     hello"),
            ("hello", "^10", "  hello   "),
            ("hello", "^11", "   hello   "),
            ("hello", "*^11", "***hello***"),
            ("hello", ".2", "he"),
            ("hello", "10.2", "he        "),
            ("héllo", "^9", "  héllo  "),
            ("😀x", "^6", "  😀x  "),
            ("hello", "s", "hello"),
            (
                "hello",
                "+",
                "!Value: Sign not allowed in string format specifier",
            ),
            (
                "hello",
                " ",
                "!Value: Space not allowed in string format specifier",
            ),
            (
                "hello",
                "-",
                "!Value: Sign not allowed in string format specifier",
            ),
            (
                "hello",
                "z",
                "!Value: Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "hello",
                "#",
                "!Value: Alternate form (#) not allowed in string format specifier",
            ),
            (
                "hello",
                "=5",
                "!Value: '=' alignment not allowed in string format specifier",
            ),
            ("hello", ",", "!Value: Cannot specify ',' with 's'."),
            ("hello", "_", "!Value: Cannot specify '_' with 's'."),
            (
                "hello",
                "d",
                "!Value: Unknown format code 'd' for object of type 'str'",
            ),
            (
                "hello",
                "abc",
                "!Value: Invalid format specifier 'abc' for object of type 'str'",
            ),
            ("hello", ".", "!Value: Format specifier missing precision"),
            ("hello", "0", "hello"),
            ("hello", "010", "hello00000"),
            ("hello", "<", "hello"),
            ("", "5", "     "),
            ("ab", ".0", ""),
            ("hello", ".10", "hello"),
            ("hello", "3", "hello"),
            ("日本語", ">5.2", "   日本"),
            ("abc", "é^7", "ééabcéé"),
        ];
        for &(value, spec, want) in cases {
            let got = shown(format_str(value, spec), text);
            assert_eq!(got, want, "format({value:?}, {spec:?})");
        }
    }

    #[test]
    fn float_format_matches_rust_for_plain_fixed_and_exponent() {
        // A sweep of awkward values against CPython-equivalent rounding: Rust's exact formatting
        // rounds ties to even like dtoa, so 'f' and 'e' must agree with it digit for digit.
        for x in [
            0.1,
            2.675,
            1e-7,
            123456.789,
            5e-324,
            1.7976931348623157e308,
            0.5,
            9.5,
        ] {
            for precision in [0, 1, 3, 17, 30] {
                let got = format_float(x, &format!(".{precision}f")).unwrap();
                assert_eq!(got, format!("{x:.precision$}"));
                let got = format_float(x, &format!(".{precision}e")).unwrap();
                let rust = format!("{x:.precision$e}");
                let (mantissa, exp) = rust.split_once('e').unwrap();
                let exp: i32 = exp.parse().unwrap();
                assert_eq!(got, format!("{mantissa}e{exp:+03}"));
            }
        }
    }

    #[test]
    fn float_parsing() {
        let cases: &[(&str, Option<f64>)] = &[
            (" 1.5 ", Some(1.5)),
            ("1_000.5", Some(1000.5)),
            ("1__0", None),
            ("_1", None),
            ("1_", None),
            ("1_e5", None),
            ("1e1_0", Some(10000000000.0)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            (".", None),
            ("e5", None),
            ("1e", None),
            ("1e+", None),
            ("1E+05", Some(100000.0)),
            ("inf", Some(f64::INFINITY)),
            ("-Infinity", Some(f64::NEG_INFINITY)),
            ("iNfInItY", Some(f64::INFINITY)),
            ("infinit", None),
            ("nan", Some(f64::NAN)),
            ("-nan", Some(f64::NAN)),
            ("+NaN", Some(f64::NAN)),
            ("  \t3\n", Some(3.0)),
            ("\u{b}3\u{c}", Some(3.0)),
            ("\u{1c}5", None),
            ("\u{85}5\u{3000}", Some(5.0)),
            ("١٢", Some(12.0)),
            ("1e400", Some(f64::INFINITY)),
            ("-1e400", Some(f64::NEG_INFINITY)),
            ("1e-400", Some(0.0)),
            ("0x1p3", None),
            ("1.5.", None),
            ("+-1", None),
            ("", None),
            (" ", None),
            ("1 2", None),
            ("0.1", Some(0.1)),
            ("2.675", Some(2.675)),
            ("1e99999999999999999999", Some(f64::INFINITY)),
            ("00012", Some(12.0)),
            ("1_2.3_4e+1_0", Some(123400000000.0)),
            ("१२३", Some(123.0)),
            ("1\u{0}", None),
            ("-0", Some(-0.0)),
            ("+.5e-3", Some(0.0005)),
            ("0.30000000000000004", Some(0.30000000000000004)),
            ("2.2250738585072011e-308", Some(2.225073858507201e-308)),
            ("4.9406564584124654e-324", Some(5e-324)),
            ("1.0000000000000000000000000000001", Some(1.0)),
            (" nan ", Some(f64::NAN)),
            ("Inf", Some(f64::INFINITY)),
            ("+inFINITY", Some(f64::INFINITY)),
            ("in f", None),
            ("-.e1", None),
            ("1e5.", None),
        ];
        for &(input, want) in cases {
            let got = parse_float(input);
            let same = match (got, want) {
                (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                (a, b) => a.is_none() && b.is_none(),
            };
            assert!(same, "float({input:?}) gave {got:?}, want {want:?}");
        }
    }

    #[test]
    fn int_parsing() {
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("42", 10, Some("42")),
            (" -42 ", 10, Some("-42")),
            ("+7", 10, Some("7")),
            ("1_000", 10, Some("1000")),
            ("1__0", 10, None),
            ("_1", 10, None),
            ("1_", 10, None),
            ("0x1f", 16, Some("31")),
            ("0X1F", 16, Some("31")),
            ("0x1f", 0, Some("31")),
            ("0o17", 0, Some("15")),
            ("0b101", 0, Some("5")),
            ("0b101", 2, Some("5")),
            ("0b101", 16, Some("45313")),
            ("010", 0, None),
            ("00", 0, Some("0")),
            ("0_0", 0, Some("0")),
            ("0_7", 0, None),
            ("0x_1f", 16, Some("31")),
            ("0x__1f", 16, None),
            ("0_x1f", 0, None),
            ("0x", 16, None),
            ("z", 36, Some("35")),
            ("Z", 36, Some("35")),
            ("10", 36, Some("36")),
            ("12", 2, None),
            ("٣", 10, Some("3")),
            ("\u{a0}5 ", 10, Some("5")),
            ("\u{1c}5", 10, None),
            ("- 5", 10, None),
            ("", 10, None),
            ("  ", 10, None),
            (
                "999999999999999999999999999999",
                10,
                Some("999999999999999999999999999999"),
            ),
            ("-0", 10, Some("0")),
            ("0o", 8, None),
            ("0o7", 8, Some("7")),
            ("0o7", 10, None),
            ("1e5", 10, None),
            ("١٢٣", 16, Some("291")),
            ("٣", 0, Some("3")),
            ("0b1_0", 0, Some("2")),
            ("0B_1", 0, Some("1")),
            ("-0x_ff", 0, Some("-255")),
            ("1_2_3", 0, Some("123")),
            ("08", 0, None),
            ("80", 0, Some("80")),
            ("0X", 0, None),
            ("ff", 15, None),
            ("ff", 16, Some("255")),
            ("\t12\n", 8, Some("10")),
        ];
        for &(input, base, want) in cases {
            let got = parse_int(input, base).map(|v| v.to_string());
            assert_eq!(got.as_deref(), want, "int({input:?}, {base})");
        }
        assert_eq!(parse_int("10", 1), None);
        assert_eq!(parse_int("10", 37), None);
    }

    #[test]
    fn int_floor_division() {
        let cases: &[(&str, &str, &str, &str, &str)] = &[
            ("7", "2", "3", "1", "(3, 1)"),
            ("-7", "2", "-4", "1", "(-4, 1)"),
            ("7", "-2", "-4", "-1", "(-4, -1)"),
            ("-7", "-2", "3", "-1", "(3, -1)"),
            ("0", "5", "0", "0", "(0, 0)"),
            (
                "10**30+1",
                "-7",
                "-142857142857142857142857142858",
                "-5",
                "(-142857142857142857142857142858, -5)",
            ),
            (
                "-10**30",
                "10**15+3",
                "-999999999999998",
                "999999999999994",
                "(-999999999999998, 999999999999994)",
            ),
            (
                "5",
                "0",
                "!ZeroDivision: integer division or modulo by zero",
                "!ZeroDivision: integer modulo by zero",
                "!ZeroDivision: integer division or modulo by zero",
            ),
            (
                "0",
                "0",
                "!ZeroDivision: integer division or modulo by zero",
                "!ZeroDivision: integer modulo by zero",
                "!ZeroDivision: integer division or modulo by zero",
            ),
        ];
        for &(a, b, floordiv, modulo, divmod) in cases {
            let (a, b) = (int(a), int(b));
            assert_eq!(
                shown(int_floordiv(&a, &b), |v| v.to_string()),
                floordiv,
                "{a} // {b}"
            );
            assert_eq!(
                shown(int_mod(&a, &b), |v| v.to_string()),
                modulo,
                "{a} % {b}"
            );
            assert_eq!(
                shown(int_divmod(&a, &b), int_pair),
                divmod,
                "divmod({a}, {b})"
            );
        }
    }

    #[test]
    fn int_true_division_is_correctly_rounded() {
        let cases: &[(&str, &str, &str)] = &[
            ("1", "3", "0.3333333333333333"),
            ("-1", "3", "-0.3333333333333333"),
            ("0", "-5", "-0.0"),
            ("0", "5", "0.0"),
            ("10**400", "10**399", "10.0"),
            ("1", "10**400", "0.0"),
            ("-1", "10**400", "-0.0"),
            (
                "10**400",
                "1",
                "!Overflow: integer division result too large for a float",
            ),
            ("2**1024", "2", "8.98846567431158e+307"),
            (
                "2**1024-2**970",
                "1",
                "!Overflow: integer division result too large for a float",
            ),
            ("2**1024-2**971", "1", "1.7976931348623157e+308"),
            ("1", "2**1074", "5e-324"),
            ("1", "2**1075", "0.0"),
            ("3", "2**1076", "5e-324"),
            ("2", "3*2**1073", "5e-324"),
            ("10**500+1", "10**499", "10.0"),
            ("2**53+1", "1", "9007199254740992.0"),
            ("2**54+3", "2", "9007199254740994.0"),
            ("3**200", "7**100", "82119622166.21245"),
            ("-3**200", "7**100+1", "-82119622166.21245"),
            ("2**60+1", "2**7", "9007199254740992.0"),
            ("1", "0", "!ZeroDivision: division by zero"),
            ("10**400", "0", "!ZeroDivision: division by zero"),
            ("3**700", "2**1020", "8.595729229466245e+26"),
        ];
        for &(a, b, want) in cases {
            assert_eq!(
                shown(int_true_divide(&int(a), &int(b)), float),
                want,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn int_to_float_is_correctly_rounded() {
        let cases: &[(&str, &str)] = &[
            ("0", "0.0"),
            ("-1", "-1.0"),
            ("2**53+1", "9007199254740992.0"),
            ("2**53+3", "9007199254740996.0"),
            ("-2**53-3", "-9007199254740996.0"),
            ("10**22", "1e+22"),
            ("10**23", "1e+23"),
            ("2**63+2**10+1", "9.223372036854778e+18"),
            ("2**1024", "!Overflow: int too large to convert to float"),
            (
                "2**1024-2**970",
                "!Overflow: int too large to convert to float",
            ),
            ("2**1024-2**971-1", "1.7976931348623157e+308"),
            ("-2**1024+2**971", "-1.7976931348623157e+308"),
            ("3**500", "3.6360291795869935e+238"),
            ("-7**300", "-3.38385702007491e+253"),
        ];
        for &(value, want) in cases {
            assert_eq!(
                shown(int_to_f64(&int(value)), float),
                want,
                "float({value})"
            );
        }
    }

    #[test]
    fn float_division_and_modulo() {
        let cases: &[(f64, f64, &str, &str, &str, &str)] = &[
            (7.0, 2.0, "3.5", "3.0", "1.0", "(3.0, 1.0)"),
            (-7.0, 2.0, "-3.5", "-4.0", "1.0", "(-4.0, 1.0)"),
            (7.0, -2.0, "-3.5", "-4.0", "-1.0", "(-4.0, -1.0)"),
            (-7.0, -2.0, "3.5", "3.0", "-1.0", "(3.0, -1.0)"),
            (0.0, -1.0, "-0.0", "-0.0", "-0.0", "(-0.0, -0.0)"),
            (-0.0, 1.0, "-0.0", "-0.0", "0.0", "(-0.0, 0.0)"),
            (-0.0, -1.0, "0.0", "0.0", "-0.0", "(0.0, -0.0)"),
            (1.0, f64::INFINITY, "0.0", "0.0", "1.0", "(0.0, 1.0)"),
            (-1.0, f64::INFINITY, "-0.0", "-1.0", "inf", "(-1.0, inf)"),
            (
                1.0,
                f64::NEG_INFINITY,
                "-0.0",
                "-1.0",
                "-inf",
                "(-1.0, -inf)",
            ),
            (f64::INFINITY, 1.0, "inf", "nan", "nan", "(nan, nan)"),
            (f64::NAN, 1.0, "nan", "nan", "nan", "(nan, nan)"),
            (1.0, f64::NAN, "nan", "nan", "nan", "(nan, nan)"),
            (
                0.30000000000000004,
                0.1,
                "3.0000000000000004",
                "3.0",
                "2.7755575615628914e-17",
                "(3.0, 2.7755575615628914e-17)",
            ),
            (3.5, 0.5, "7.0", "7.0", "0.0", "(7.0, 0.0)"),
            (
                1.0,
                0.1,
                "10.0",
                "9.0",
                "0.09999999999999995",
                "(9.0, 0.09999999999999995)",
            ),
            (-1e-300, 1e+300, "-0.0", "-1.0", "1e+300", "(-1.0, 1e+300)"),
            (
                1e+308,
                1e-308,
                "inf",
                "inf",
                "3.498445546245627e-309",
                "(inf, 3.498445546245627e-309)",
            ),
            (5e-324, -1.0, "-5e-324", "-1.0", "-1.0", "(-1.0, -1.0)"),
            (
                5.0,
                0.0,
                "!ZeroDivision: float division by zero",
                "!ZeroDivision: float floor division by zero",
                "!ZeroDivision: float modulo",
                "!ZeroDivision: float divmod()",
            ),
            (
                5.0,
                -0.0,
                "!ZeroDivision: float division by zero",
                "!ZeroDivision: float floor division by zero",
                "!ZeroDivision: float modulo",
                "!ZeroDivision: float divmod()",
            ),
            (
                f64::NAN,
                0.0,
                "!ZeroDivision: float division by zero",
                "!ZeroDivision: float floor division by zero",
                "!ZeroDivision: float modulo",
                "!ZeroDivision: float divmod()",
            ),
        ];
        for &(a, b, divide, floordiv, modulo, divmod) in cases {
            let what = format!("{a:?} op {b:?}");
            assert_eq!(shown(float_true_divide(a, b), float), divide, "{what}");
            assert_eq!(shown(float_floordiv(a, b), float), floordiv, "{what}");
            assert_eq!(shown(float_mod(a, b), float), modulo, "{what}");
            assert_eq!(shown(float_divmod(a, b), float_pair), divmod, "{what}");
        }
    }

    #[test]
    fn float_power() {
        let cases: &[(f64, f64, &str)] = &[
            (2.0, 10.0, "1024.0"),
            (2.0, 0.5, "1.4142135623730951"),
            (0.0, 0.0, "1.0"),
            (f64::NAN, 0.0, "1.0"),
            (f64::NAN, 1.0, "nan"),
            (1.0, f64::NAN, "1.0"),
            (2.0, f64::NAN, "nan"),
            (2.0, f64::INFINITY, "inf"),
            (0.5, f64::INFINITY, "0.0"),
            (-1.0, f64::INFINITY, "1.0"),
            (-1.0, f64::NEG_INFINITY, "1.0"),
            (2.0, f64::NEG_INFINITY, "0.0"),
            (0.5, f64::NEG_INFINITY, "inf"),
            (-3.0, f64::INFINITY, "inf"),
            (f64::INFINITY, 3.0, "inf"),
            (f64::NEG_INFINITY, 3.0, "-inf"),
            (f64::NEG_INFINITY, 2.0, "inf"),
            (f64::NEG_INFINITY, -3.0, "-0.0"),
            (f64::NEG_INFINITY, -2.0, "0.0"),
            (f64::NEG_INFINITY, 0.5, "inf"),
            (0.0, 3.0, "0.0"),
            (-0.0, 3.0, "-0.0"),
            (-0.0, 2.0, "0.0"),
            (-0.0, 0.5, "0.0"),
            (
                -0.0,
                -1.0,
                "!ZeroDivision: 0.0 cannot be raised to a negative power",
            ),
            (
                0.0,
                -1.5,
                "!ZeroDivision: 0.0 cannot be raised to a negative power",
            ),
            (-0.0, f64::NEG_INFINITY, "inf"),
            (-2.0, 3.0, "-8.0"),
            (-2.0, 2.0, "4.0"),
            (-1.0, 1e+300, "1.0"),
            (-1.0, 3.0, "-1.0"),
            (
                10.0,
                400.0,
                "!Overflow: (34, 'Numerical result out of range')",
            ),
            (10.0, -400.0, "0.0"),
            (2.0, -1074.0, "5e-324"),
            (2.0, -1075.0, "0.0"),
            (
                -2.0,
                1025.0,
                "!Overflow: (34, 'Numerical result out of range')",
            ),
            (-2.0, -1.0, "-0.5"),
            (1.1, 7.5, "2.0438317370604793"),
            (10000000000.0, 0.5, "100000.0"),
            (
                -8.0,
                0.3333333333333333,
                "!Value: complex results are not supported",
            ),
            (-1.5, 0.5, "!Value: complex results are not supported"),
        ];
        for &(a, b, want) in cases {
            assert_eq!(shown(float_pow(a, b), float), want, "{a:?} ** {b:?}");
        }
    }

    #[test]
    fn float_rounding() {
        let cases: &[(f64, Option<i64>, &str)] = &[
            (
                f64::NAN,
                None,
                "!Value: cannot convert float NaN to integer",
            ),
            (
                f64::INFINITY,
                None,
                "!Overflow: cannot convert float infinity to integer",
            ),
            (
                f64::NEG_INFINITY,
                None,
                "!Overflow: cannot convert float infinity to integer",
            ),
            (2.5, None, "2"),
            (3.5, None, "4"),
            (-2.5, None, "-2"),
            (0.5, None, "0"),
            (-0.5, None, "0"),
            (1e+20, None, "100000000000000000000"),
            (2.4999999999999996, None, "2"),
            (2.675, Some(2), "2.67"),
            (123.456, Some(-1), "120.0"),
            (0.125, Some(2), "0.12"),
            (0.375, Some(2), "0.38"),
            (2.5, Some(0), "2.0"),
            (-0.4, Some(0), "-0.0"),
            (-0.0, Some(2), "-0.0"),
            (1e+308, Some(-308), "1e+308"),
            (
                1.7e+308,
                Some(-308),
                "!Overflow: rounded value too large to represent",
            ),
            (5e-324, Some(323), "0.0"),
            (5e-324, Some(324), "5e-324"),
            (123.456, Some(-400), "0.0"),
            (-123.456, Some(-400), "-0.0"),
            (f64::NAN, Some(2), "nan"),
            (f64::INFINITY, Some(-2), "inf"),
            (1.5, Some(400), "1.5"),
            (0.5, Some(0), "0.0"),
            (1.005, Some(2), "1.0"),
            (12345.6789, Some(3), "12345.679"),
            (1.23456789e-10, Some(15), "1.23457e-10"),
            (4503599627370497.0, Some(-1), "4503599627370500.0"),
            (0.285, Some(2), "0.28"),
            (-0.285, Some(2), "-0.28"),
            (1234.5, Some(-2), "1200.0"),
            (1250.0, Some(-2), "1200.0"),
            (1350.0, Some(-2), "1400.0"),
            (5e-324, Some(300), "0.0"),
            (1.5e+300, Some(-300), "2e+300"),
            (0.1, Some(1), "0.1"),
            (0.1, Some(17), "0.1"),
            (1.1805916207174113e+21, Some(-5), "1.1805916207174113e+21"),
            (-1e-300, Some(310), "-1e-300"),
        ];
        let render = |r: FloatRound| match r {
            FloatRound::Int(v) => v.to_string(),
            FloatRound::Float(x) => repr_float(x),
        };
        for &(x, ndigits, want) in cases {
            assert_eq!(
                shown(round_float(x, ndigits), render),
                want,
                "round({x:?}, {ndigits:?})"
            );
        }
    }

    #[test]
    fn int_rounding() {
        let cases: &[(&str, i64, &str)] = &[
            ("1250", -2, "1200"),
            ("1350", -2, "1400"),
            ("-1250", -2, "-1200"),
            ("-1251", -2, "-1300"),
            ("15", -1, "20"),
            ("25", -1, "20"),
            ("5", -1, "0"),
            ("-5", -1, "0"),
            ("5", -100, "0"),
            (
                "10**50",
                -50,
                "100000000000000000000000000000000000000000000000000",
            ),
            (
                "50000000000000000000000000000000000000000000000000",
                -50,
                "0",
            ),
            (
                "150000000000000000000000000000000000000000000000000",
                -50,
                "200000000000000000000000000000000000000000000000000",
            ),
            ("123", 2, "123"),
            ("123", 0, "123"),
            ("0", -3, "0"),
            ("-10**30-5*10**14", -15, "-1000000000000000000000000000000"),
            ("2**64", -10, "18446744070000000000"),
        ];
        for &(value, ndigits, want) in cases {
            assert_eq!(
                round_int(&int(value), ndigits).to_string(),
                want,
                "round({value}, {ndigits})"
            );
        }
        assert_eq!(round_int(&int("5"), i64::MIN), BigInt::zero());
    }

    #[test]
    fn int_hashes() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2**61-1", 0),
            ("2**61", 1),
            ("2**61-2", 2305843009213693950),
            ("-2**61+1", 0),
            ("2**64", 8),
            ("-2**64", -8),
            ("10**30", 465258685558744706),
            ("-2**61", -2),
            ("2**100+7", 549755813895),
            ("-10**40-1", -1388497483929617591),
            ("2**122-1", 0),
        ];
        for &(value, want) in cases {
            assert_eq!(hash_int(&int(value)), want, "hash({value})");
        }
    }

    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.1, 230584300921369408),
            (1e+100, 1822893315824342674),
            (-1e-300, -482449582752280463),
            (5e-324, 16777216),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (2.305843009213694e+18, 1),
            (4.611686018427388e+18, 2),
            (3.25, 576460752303423491),
            (1e+22, 1864712049423028464),
            (-2.305843009213694e+18, -2),
            (1.7976931348623157e+308, 2234066890152476671),
        ];
        for &(x, want) in cases {
            assert_eq!(hash_float(x), want, "hash({x:?})");
        }
        assert_eq!(hash_float(f64::NAN), 0);
    }

    #[test]
    fn integral_floats_hash_like_ints() {
        for x in [
            3.0,
            -7.0,
            1e15,
            -2f64.powi(61),
            2f64.powi(62) * 3.0,
            1e300,
            -1e308,
        ] {
            assert_eq!(
                hash_float(x),
                hash_int(&float_to_int(x).unwrap()),
                "hash({x:?})"
            );
        }
    }

    #[test]
    fn modular_power() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("2", "10", "1000", "24"),
            ("2", "-1", "1", "0"),
            ("0", "-1", "1", "0"),
            (
                "2",
                "-1",
                "4",
                "!Value: base is not invertible for the given modulus",
            ),
            ("3", "-1", "-7", "-2"),
            ("2", "5", "0", "!Value: pow() 3rd argument cannot be 0"),
            ("3", "2", "-7", "-5"),
            ("-3", "3", "7", "1"),
            ("-3", "3", "-7", "-6"),
            ("3", "-2", "7", "4"),
            ("10**20", "10**20", "10**9+7", "29738302"),
            ("0", "0", "5", "1"),
            ("5", "0", "1", "0"),
            ("5", "0", "-1", "0"),
            ("4", "-1", "-1", "0"),
            ("2", "3", "-8", "0"),
            ("-2", "-3", "9", "1"),
            (
                "6",
                "-1",
                "9",
                "!Value: base is not invertible for the given modulus",
            ),
        ];
        for &(base, exp, modulus, want) in cases {
            let got = shown(int_pow_mod(&int(base), &int(exp), &int(modulus)), |v| {
                v.to_string()
            });
            assert_eq!(got, want, "pow({base}, {exp}, {modulus})");
        }
    }

    #[test]
    fn radix_strings() {
        let cases: &[(&str, u32, bool, &str)] = &[
            ("-5", 2, true, "-0b101"),
            ("255", 16, true, "0xff"),
            ("-255", 8, true, "-0o377"),
            ("0", 2, true, "0b0"),
            ("0", 16, true, "0x0"),
            ("0", 8, true, "0o0"),
            ("255", 16, false, "ff"),
            ("-35", 36, false, "-z"),
            ("10**20", 16, true, "0x56bc75e2d63100000"),
            (
                "-2**70",
                2,
                true,
                "-0b10000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ];
        for &(value, radix, prefix, want) in cases {
            assert_eq!(
                int_to_radix(&int(value), radix, prefix),
                want,
                "{value} in base {radix}"
            );
        }
    }

    #[test]
    fn float_ratios_truncation_and_integrality() {
        let cases: &[(f64, &str, &str, bool)] = &[
            (1.5, "(3, 2)", "1", false),
            (0.1, "(3602879701896397, 36028797018963968)", "0", false),
            (-0.0, "(0, 1)", "0", true),
            (0.0, "(0, 1)", "0", true),
            (
                1e+22,
                "(10000000000000000000000, 1)",
                "10000000000000000000000",
                true,
            ),
            (-2.5, "(-5, 2)", "-2", false),
            (9.313225746154785e-10, "(1, 1073741824)", "0", false),
            (8.0, "(8, 1)", "8", true),
            (
                f64::INFINITY,
                "!Overflow: cannot convert Infinity to integer ratio",
                "!Overflow: cannot convert float infinity to integer",
                false,
            ),
            (
                f64::NEG_INFINITY,
                "!Overflow: cannot convert Infinity to integer ratio",
                "!Overflow: cannot convert float infinity to integer",
                false,
            ),
            (
                f64::NAN,
                "!Value: cannot convert NaN to integer ratio",
                "!Value: cannot convert float NaN to integer",
                false,
            ),
            (1.9, "(4278419646001971, 2251799813685248)", "1", false),
            (-1.9, "(-4278419646001971, 2251799813685248)", "-1", false),
            (
                1.2089258196146292e+24,
                "(1208925819614629174706176, 1)",
                "1208925819614629174706176",
                true,
            ),
            (123456.75, "(493827, 4)", "123456", false),
            (
                -8.673617379884035e-19,
                "(-1, 1152921504606846976)",
                "0",
                false,
            ),
        ];
        for &(x, ratio, truncated, integral) in cases {
            assert_eq!(
                shown(float_as_integer_ratio(x), int_pair),
                ratio,
                "{x:?}.as_integer_ratio()"
            );
            assert_eq!(
                shown(float_to_int(x), |v| v.to_string()),
                truncated,
                "int({x:?})"
            );
            assert_eq!(float_is_integer(x), integral, "{x:?}.is_integer()");
        }
    }
}
