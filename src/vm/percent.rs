//! printf-style formatting, `str % args` and `bytes % args`, as CPython 3.11's PyUnicode_Format
//! (Objects/unicodeobject.c) and _PyBytes_FormatEx (Objects/bytesobject.c) do it: the same
//! directive grammar, the same order of fetching and converting arguments (which decides the
//! error a bad format reports) and the same messages.
//!
//! One parser serves both: every character it interprets is ASCII, so it reads a str format as
//! its UTF-8 bytes. The conversions differ, and are written once for each.

use std::ops::Range;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::numeric;
use super::ops::MAX_BYTES;
use super::repr::ascii;
use super::value::Value;
use super::{PyResult, Vm};

/// The format being read: str formats yield str keys for `%(key)`, bytes formats bytes keys.
#[derive(Clone, Copy)]
enum Format<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Format<'a> {
    fn bytes(&self) -> &'a [u8] {
        match self {
            Format::Str(s) => s.as_bytes(),
            Format::Bytes(b) => b,
        }
    }
}

/// One `%` directive, parsed.
struct Spec {
    /// The `-`, `+`, space, `#` and `0` flags.
    left: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    /// The conversion character's first byte, and where it is in the format.
    conv: u8,
    at: usize,
    /// bytes only: the conversion was read as a C `char`, so a byte past 0x7f is negative and
    /// the error naming it fails to format (CPython's OverflowError).
    conv_negative: bool,
}

/// What the format holds next: text to copy, or a directive with its argument.
enum Piece {
    Literal(Range<usize>),
    Field(Spec, Value),
}

/// Reads directives and hands out arguments: CPython's fmtpos, args, arglen, argidx and dict.
struct Parser<'a> {
    format: Format<'a>,
    pos: usize,
    /// A tuple's items, or the single non-tuple argument (and, after `%(key)`, its value).
    args: Rc<Vec<Value>>,
    next: usize,
    /// The right operand when it may serve `%(key)` lookups.
    mapping: Option<Value>,
}

impl<'a> Parser<'a> {
    fn new(format: Format<'a>, args: &Value, mapping: Option<Value>) -> Parser<'a> {
        let args = match args {
            Value::Tuple(items) => items.clone(),
            other => Rc::new(vec![other.clone()]),
        };
        Parser {
            format,
            pos: 0,
            args,
            next: 0,
            mapping,
        }
    }

    /// The next byte, as C reads `*fmt++` into an int: signed for bytes formats.
    fn next_char(&mut self) -> Option<i32> {
        let b = *self.format.bytes().get(self.pos)?;
        self.pos += 1;
        Some(match self.format {
            Format::Bytes(_) => b as i8 as i32,
            Format::Str(_) => b as i32,
        })
    }

    /// The next byte unsigned, as the width and precision loops read it (Py_CHARMASK).
    fn next_masked(&mut self) -> Option<i32> {
        let b = *self.format.bytes().get(self.pos)?;
        self.pos += 1;
        Some(b as i32)
    }

    fn next_arg(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.args.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }

    /// The int a `*` width or precision takes from the arguments.
    fn star_arg(&mut self, vm: &mut Vm) -> PyResult<BigInt> {
        let v = self.next_arg(vm)?;
        int_value(&v).ok_or_else(|| vm.type_error("* wants int"))
    }

    fn next_piece(&mut self, vm: &mut Vm) -> PyResult<Option<Piece>> {
        let fmt = self.format.bytes();
        let start = self.pos;
        match fmt.get(start) {
            None => return Ok(None),
            Some(b'%') => {}
            Some(_) => {
                let end = fmt[start + 1..]
                    .iter()
                    .position(|&b| b == b'%')
                    .map_or(fmt.len(), |i| start + 1 + i);
                self.pos = end;
                return Ok(Some(Piece::Literal(start..end)));
            }
        }
        self.pos += 1;
        if fmt.get(self.pos) == Some(&b'%') {
            self.pos += 1;
            return Ok(Some(Piece::Literal(start + 1..start + 2)));
        }
        if fmt.get(self.pos) == Some(&b'(') {
            self.lookup_key(vm)?;
        }
        let too_big = |vm: &mut Vm, what: &str| vm.value_error(format!("{what} too big"));
        let digit = |c: Option<i32>| {
            c.filter(|c| (b'0' as i32..=b'9' as i32).contains(c))
                .map(|c| (c - b'0' as i32) as usize)
        };
        let (mut left, mut plus, mut blank, mut alternate, mut zero) =
            (false, false, false, false, false);
        let mut c = self.next_char();
        loop {
            match c.map(|c| c as u8) {
                Some(b'-') => left = true,
                Some(b'+') => plus = true,
                Some(b' ') => blank = true,
                Some(b'#') => alternate = true,
                Some(b'0') => zero = true,
                _ => break,
            }
            c = self.next_char();
        }
        let mut width = None;
        if c == Some(b'*' as i32) {
            let n = self.star_arg(vm)?.to_i64().ok_or_else(|| {
                vm.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )
            })?;
            // A negative width left-justifies; CPython negates it in a Py_ssize_t, where the
            // most negative one stays negative and so pads nothing.
            left |= n < 0;
            width = n.checked_abs().map(|n| n as usize);
            c = self.next_char();
        } else if let Some(first) = digit(c) {
            let mut n = first;
            loop {
                c = self.next_masked();
                let Some(d) = digit(c) else { break };
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(|| too_big(vm, "width"))?;
            }
            width = Some(n);
        }
        let mut precision = None;
        if c == Some(b'.' as i32) {
            c = self.next_char();
            let mut n = 0;
            if c == Some(b'*' as i32) {
                let p = self.star_arg(vm)?.to_i32().ok_or_else(|| {
                    vm.new_error("OverflowError", "Python int too large to convert to C int")
                })?;
                n = p.max(0) as usize;
                c = self.next_char();
            } else if let Some(first) = digit(c) {
                n = first;
                loop {
                    c = self.next_masked();
                    let Some(d) = digit(c) else { break };
                    n = n * 10 + d;
                    if n > i32::MAX as usize {
                        // bytesobject.c words it differently from unicodeobject.c.
                        return Err(match self.format {
                            Format::Str(_) => too_big(vm, "precision"),
                            Format::Bytes(_) => too_big(vm, "prec"),
                        });
                    }
                }
            }
            precision = Some(n);
        }
        // C's length modifiers mean nothing to Python.
        if matches!(c.map(|c| c as u8), Some(b'h' | b'l' | b'L')) {
            c = self.next_char();
        }
        let Some(c) = c else {
            return Err(vm.value_error("incomplete format"));
        };
        let spec = Spec {
            left,
            plus,
            blank,
            alternate,
            zero,
            width,
            precision,
            conv: c as u8,
            at: self.pos - 1,
            conv_negative: c < 0,
        };
        // The argument is taken before the conversion is looked at, so '%q' % () complains
        // of too few arguments rather than of the 'q'.
        let arg = self.next_arg(vm)?;
        Ok(Some(Piece::Field(spec, arg)))
    }

    /// `%(key)`: the arguments become the mapping's value for the key.
    fn lookup_key(&mut self, vm: &mut Vm) -> PyResult<()> {
        let Some(mapping) = self.mapping.clone() else {
            return Err(vm.type_error("format requires a mapping"));
        };
        let fmt = self.format.bytes();
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        // Parentheses nest, so keys may contain balanced pairs.
        while depth > 0 {
            match fmt.get(self.pos) {
                None => return Err(vm.value_error("incomplete format key")),
                Some(b')') => depth -= 1,
                Some(b'(') => depth += 1,
                Some(_) => {}
            }
            self.pos += 1;
        }
        let key = match self.format {
            Format::Str(s) => Value::str(&s[start..self.pos - 1]),
            Format::Bytes(b) => Value::Bytes(Rc::new(b[start..self.pos - 1].to_vec())),
        };
        let value = vm.getitem(&mapping, &key)?;
        self.args = Rc::new(vec![value]);
        self.next = 0;
        Ok(())
    }

    /// Arguments left over are an error, unless the right operand was a mapping.
    fn finish(&self, vm: &mut Vm, what: &str) -> PyResult<()> {
        if self.next < self.args.len() && self.mapping.is_none() {
            return Err(vm.type_error(format!(
                "not all arguments converted during {what} formatting"
            )));
        }
        Ok(())
    }
}

/// The value of an int (or bool) argument.
fn int_value(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// What a formatter writes into: a `String` for str, a `Vec<u8>` for bytes. Signs, numbers and
/// padding are ASCII, so their layout is shared.
trait Output {
    fn len(&self) -> usize;
    fn push_ascii(&mut self, s: &str);
    fn push_fill(&mut self, fill: u8, count: usize);
}

impl Output for String {
    fn len(&self) -> usize {
        String::len(self)
    }
    fn push_ascii(&mut self, s: &str) {
        self.push_str(s);
    }
    fn push_fill(&mut self, fill: u8, count: usize) {
        self.extend(std::iter::repeat_n(fill as char, count));
    }
}

impl Output for Vec<u8> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn push_ascii(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
    fn push_fill(&mut self, fill: u8, count: usize) {
        self.extend(std::iter::repeat_n(fill, count));
    }
}

/// A converted number: a minus sign, the `0x`, `0X` or `0o` prefix (`#` with o, x and X), the
/// zeros a precision asks of an int, then the digits (for a float, the rest of its text).
struct Number {
    negative: bool,
    prefix: &'static str,
    zeros: usize,
    digits: String,
}

impl Vm {
    /// `format % args` for a str format (PyUnicode_Format).
    pub fn percent_format_str(&mut self, format: &str, args: &Value) -> PyResult<Value> {
        let mapping = self.format_mapping(args, false);
        let mut parser = Parser::new(Format::Str(format), args, mapping);
        let mut out = String::new();
        while let Some(piece) = parser.next_piece(self)? {
            match piece {
                Piece::Literal(range) => out.push_str(&format[range]),
                Piece::Field(spec, arg) => self.str_field(&mut out, &spec, &arg, format)?,
            }
        }
        parser.finish(self, "string")?;
        Ok(Value::str(out))
    }

    /// `format % args` for a bytes format (_PyBytes_FormatEx).
    pub fn percent_format_bytes(&mut self, format: &[u8], args: &Value) -> PyResult<Value> {
        let mapping = self.format_mapping(args, true);
        let mut parser = Parser::new(Format::Bytes(format), args, mapping);
        let mut out = Vec::new();
        while let Some(piece) = parser.next_piece(self)? {
            match piece {
                Piece::Literal(range) => out.extend_from_slice(&format[range]),
                Piece::Field(spec, arg) => self.bytes_field(&mut out, &spec, &arg)?,
            }
        }
        parser.finish(self, "bytes")?;
        Ok(Value::Bytes(Rc::new(out)))
    }

    /// The right operand when `%(key)` may look things up in it: anything with `__getitem__`
    /// (PyMapping_Check, so a list counts, and `'abc' % []` is no error) but a tuple or a
    /// string, which are arguments.
    fn format_mapping(&mut self, args: &Value, bytes: bool) -> Option<Value> {
        let mapping = match args {
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Bytes(_) => !bytes,
            Value::Instance(_) => self.lookup_special(args, "__getitem__").is_some(),
            _ => false,
        };
        mapping.then(|| args.clone())
    }

    fn str_field(
        &mut self,
        out: &mut String,
        spec: &Spec,
        arg: &Value,
        format: &str,
    ) -> PyResult<()> {
        let text = match spec.conv {
            b's' => self.str_of(arg)?,
            b'r' => self.repr(arg)?,
            b'a' => ascii(&self.repr(arg)?),
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let number = self.int_field(spec, arg, spec.conv as char)?;
                return self.number_field(out, spec, &number);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let x = self.float_arg(arg)?;
                return self.float_field(out, spec, x);
            }
            b'c' => {
                let c = self.char_arg(arg)?;
                let mut buffer = [0; 4];
                return self
                    .text_field(out, spec, 1, |out| out.push_str(c.encode_utf8(&mut buffer)));
            }
            _ => {
                let c = format[spec.at..].chars().next().unwrap_or('\0');
                let shown = if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                };
                let index = format[..spec.at].chars().count();
                return Err(self.value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    c as u32
                )));
            }
        };
        // A precision truncates %s, %r and %a; width and precision count code points.
        let text = match spec.precision {
            Some(p) => match text.char_indices().nth(p) {
                Some((end, _)) => &text[..end],
                None => &text,
            },
            None => &text,
        };
        let len = text.chars().count();
        self.text_field(out, spec, len, |out| out.push_str(text))
    }

    fn bytes_field(&mut self, out: &mut Vec<u8>, spec: &Spec, arg: &Value) -> PyResult<()> {
        let body: Rc<Vec<u8>> = match spec.conv {
            b's' | b'b' => self.bytes_arg(arg)?,
            b'r' | b'a' => Rc::new(ascii(&self.repr(arg)?).into_bytes()),
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                // The messages name %i as %d.
                let name = if spec.conv == b'i' {
                    'd'
                } else {
                    spec.conv as char
                };
                let number = self.int_field(spec, arg, name)?;
                return self.number_field(out, spec, &number);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                // Whatever goes wrong converting to float, bytes formatting says this.
                let x = self.float_arg(arg).map_err(|_| {
                    let name = self.type_name(arg);
                    self.type_error(format!("float argument required, not {name}"))
                })?;
                return self.float_field(out, spec, x);
            }
            b'c' => {
                let byte = self.byte_arg(arg)?;
                return self.text_field(out, spec, 1, |out| out.push(byte));
            }
            _ if spec.conv_negative => {
                return Err(
                    self.new_error("OverflowError", "character argument not in range(0x110000)")
                );
            }
            c => {
                return Err(self.value_error(format!(
                    "unsupported format character '{}' (0x{c:x}) at index {}",
                    c as char, spec.at
                )));
            }
        };
        let len = spec.precision.map_or(body.len(), |p| p.min(body.len()));
        self.text_field(out, spec, len, |out| out.extend_from_slice(&body[..len]))
    }

    /// Pads a field of `len` characters, written by `body`, with spaces to the width.
    fn text_field<O: Output>(
        &mut self,
        out: &mut O,
        spec: &Spec,
        len: usize,
        body: impl FnOnce(&mut O),
    ) -> PyResult<()> {
        let padding = spec.width.unwrap_or(0).saturating_sub(len);
        self.make_room(out.len(), padding)?;
        if !spec.left {
            out.push_fill(b' ', padding);
        }
        body(out);
        if spec.left {
            out.push_fill(b' ', padding);
        }
        Ok(())
    }

    /// Lays out a number as unicode_format_arg_output does: `0` pads between the sign and
    /// prefix and the digits, spaces pad before them (or, with `-`, after).
    fn number_field<O: Output>(&mut self, out: &mut O, spec: &Spec, n: &Number) -> PyResult<()> {
        let sign = if n.negative {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.blank {
            " "
        } else {
            ""
        };
        let len = sign.len() + n.prefix.len() + n.zeros + n.digits.len();
        let padding = spec.width.unwrap_or(0).saturating_sub(len);
        self.make_room(out.len(), padding.saturating_add(n.zeros))?;
        // `-` wins over `0`, whose zeros go after the sign and prefix.
        if !spec.left && !spec.zero {
            out.push_fill(b' ', padding);
        }
        out.push_ascii(sign);
        out.push_ascii(n.prefix);
        if !spec.left && spec.zero {
            out.push_fill(b'0', padding);
        }
        out.push_fill(b'0', n.zeros);
        out.push_ascii(&n.digits);
        if spec.left {
            out.push_fill(b' ', padding);
        }
        Ok(())
    }

    /// MemoryError rather than grow the output past what one operation may allocate (CPython
    /// would try, and fail or take gigabytes).
    fn make_room(&mut self, used: usize, extra: usize) -> PyResult<()> {
        if extra > MAX_BYTES.saturating_sub(used) {
            return Err(self.new_error("MemoryError", ""));
        }
        Ok(())
    }

    fn float_field<O: Output>(&mut self, out: &mut O, spec: &Spec, x: f64) -> PyResult<()> {
        let mut digits = numeric::format_float_printf(
            x,
            spec.conv as char,
            spec.precision.unwrap_or(6),
            spec.alternate,
        );
        let negative = digits.starts_with('-');
        if negative {
            digits.remove(0);
        }
        let number = Number {
            negative,
            prefix: "",
            zeros: 0,
            digits,
        };
        self.number_field(out, spec, &number)
    }

    /// The digits of a %d, %i, %u, %o, %x or %X field (mainformatlong and _PyUnicode_FormatLong);
    /// `name` is the conversion its type error names.
    fn int_field(&mut self, spec: &Spec, arg: &Value, name: char) -> PyResult<Number> {
        let conv = spec.conv;
        let radix_only = matches!(conv, b'o' | b'x' | b'X');
        let Some(value) = self.int_arg(arg, radix_only)? else {
            let type_name = self.type_name(arg);
            let wanted = if radix_only {
                "an integer"
            } else {
                "a real number"
            };
            return Err(self.type_error(format!(
                "%{name} format: {wanted} is required, not {type_name}"
            )));
        };
        let precision = spec.precision.unwrap_or(0);
        if precision > i32::MAX as usize - 3 {
            return Err(self.new_error("OverflowError", "precision too large"));
        }
        let digits = match conv {
            b'o' => value.magnitude().to_str_radix(8),
            b'x' => value.magnitude().to_str_radix(16),
            b'X' => value.magnitude().to_str_radix(16).to_ascii_uppercase(),
            // Through repr for CPython's limit on decimal conversions of huge ints.
            _ => self.repr(&Value::int(value.abs()))?,
        };
        let prefix = match conv {
            b'o' if spec.alternate => "0o",
            b'x' if spec.alternate => "0x",
            b'X' if spec.alternate => "0X",
            _ => "",
        };
        Ok(Number {
            negative: value.is_negative(),
            prefix,
            zeros: precision.saturating_sub(digits.len()),
            digits,
        })
    }

    /// The int an integer conversion shows: `__index__`'s for %o, %x and %X, `int()`'s for
    /// the others (floats truncate). `None` for an argument of the wrong type, which is any
    /// that raises TypeError on the way, as CPython words them all alike.
    fn int_arg(&mut self, v: &Value, radix_only: bool) -> PyResult<Option<BigInt>> {
        let converted = match v {
            Value::Float(f) if !radix_only => {
                numeric::float_to_int(*f).map_err(|e| self.num_error(e))?
            }
            Value::Instance(_) if self.is_number(v) => {
                let result = if radix_only {
                    self.index_arg(v)
                } else {
                    self.instance_to_int(v)
                };
                match result {
                    Ok(i) => i,
                    Err(e) if self.is_instance_of(&e, "TypeError") => return Ok(None),
                    Err(e) => return Err(e),
                }
            }
            _ => return Ok(int_value(v)),
        };
        Ok(Some(converted))
    }

    /// PyNumber_Check for an instance: whether its class converts to a number at all.
    fn is_number(&mut self, v: &Value) -> bool {
        ["__index__", "__int__", "__float__"]
            .iter()
            .any(|name| self.lookup_special(v, name).is_some())
    }

    /// _PyNumber_Index: an int as is, else what `__index__` returns, which must be an int.
    fn index_arg(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(i) = int_value(v) {
            return Ok(i);
        }
        let method = match v {
            Value::Instance(_) => self.lookup_special(v, "__index__"),
            _ => None,
        };
        let Some(method) = method else {
            let name = self.type_name(v);
            return Err(self.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )));
        };
        let r = self.call(&method, std::slice::from_ref(v))?;
        int_value(&r).ok_or_else(|| {
            let name = self.type_name(&r);
            self.type_error(format!("__index__ returned non-int (type {name})"))
        })
    }

    /// PyNumber_Long for an instance: `__int__`, else `__index__`, else `__trunc__`.
    fn instance_to_int(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(method) = self.lookup_special(v, "__int__") {
            let r = self.call(&method, std::slice::from_ref(v))?;
            return int_value(&r).ok_or_else(|| {
                let name = self.type_name(&r);
                self.type_error(format!("__int__ returned non-int (type {name})"))
            });
        }
        if self.lookup_special(v, "__index__").is_some() {
            return self.index_arg(v);
        }
        if let Some(method) = self.lookup_special(v, "__trunc__") {
            let r = self.call(&method, std::slice::from_ref(v))?;
            return self.index_arg(&r);
        }
        let name = self.type_name(v);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{name}'"
        )))
    }

    /// PyFloat_AsDouble: a float, an int, `__float__`'s float or `__index__`'s int.
    fn float_arg(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(x) = self.to_f64(v)? {
            return Ok(x);
        }
        if let Value::Instance(_) = v {
            if let Some(method) = self.lookup_special(v, "__float__") {
                return match self.call(&method, std::slice::from_ref(v))? {
                    Value::Float(x) => Ok(x),
                    other => {
                        let (name, returned) = (self.type_name(v), self.type_name(&other));
                        Err(self.type_error(format!(
                            "{name}.__float__ returned non-float (type {returned})"
                        )))
                    }
                };
            }
            if self.lookup_special(v, "__index__").is_some() {
                let i = self.index_arg(v)?;
                return numeric::int_to_f64(&i).map_err(|e| self.num_error(e));
            }
        }
        let name = self.type_name(v);
        Err(self.type_error(format!("must be real number, not {name}")))
    }

    /// The character of a str %c: a one-character str, or a code point (formatchar).
    fn char_arg(&mut self, v: &Value) -> PyResult<char> {
        let code = match v {
            Value::Str(s) if s.chars == 1 => return Ok(s.char_at(0)),
            Value::Str(_) => None,
            _ => match self.index_arg(v) {
                Ok(i) => Some(i),
                Err(e) if self.is_instance_of(&e, "TypeError") => None,
                Err(e) => return Err(e),
            },
        };
        let Some(code) = code else {
            return Err(self.type_error("%c requires int or char"));
        };
        let code = code
            .to_u32()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| self.new_error("OverflowError", "%c arg not in range(0x110000)"))?;
        // A lone surrogate cannot live in a Rust string, as in format(0xd800, 'c').
        char::from_u32(code)
            .ok_or_else(|| self.value_error("surrogate code points are not supported"))
    }

    /// The byte of a bytes %c: a one-byte bytes, or an int below 256 (byte_converter).
    fn byte_arg(&mut self, v: &Value) -> PyResult<u8> {
        let code = match v {
            Value::Bytes(b) if b.len() == 1 => return Ok(b[0]),
            _ => match self.index_arg(v) {
                Ok(i) => i,
                Err(e) if self.is_instance_of(&e, "TypeError") => {
                    return Err(
                        self.type_error("%c requires an integer in range(256) or a single byte")
                    );
                }
                Err(e) => return Err(e),
            },
        };
        code.to_u8()
            .ok_or_else(|| self.new_error("OverflowError", "%c arg not in range(256)"))
    }

    /// The bytes of a bytes %s or %b: bytes, or what `__bytes__` returns (format_obj).
    fn bytes_arg(&mut self, v: &Value) -> PyResult<Rc<Vec<u8>>> {
        if let Value::Bytes(b) = v {
            return Ok(b.clone());
        }
        let method = match v {
            Value::Instance(_) => self.lookup_special(v, "__bytes__"),
            _ => None,
        };
        let Some(method) = method else {
            let name = self.type_name(v);
            return Err(self.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{name}'"
            )));
        };
        match self.call(&method, std::slice::from_ref(v))? {
            Value::Bytes(b) => Ok(b),
            other => {
                let name = self.type_name(&other);
                Err(self.type_error(format!("__bytes__ returned non-bytes (type {name})")))
            }
        }
    }
}
