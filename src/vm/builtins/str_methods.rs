//! Methods of `str`, and the string-like methods of `bytes`.
//!
//! Positions are counted in code points, as in Python: [`PyStr`] text is UTF-8, so code point
//! ranges are turned into byte ranges before searching (for ASCII text the two are the same).
//! Argument errors are worded as CPython words them, which depends on how each method parses its
//! arguments ([`Parse`]).

use std::borrow::Cow;
use std::iter::repeat_n;
use std::ops::Range;
use std::rc::Rc;

use super::{add_method, wrong_receiver};
use crate::syntax::literal::is_printable;
use crate::syntax::token::Token;
use crate::vm::numeric::decimal_value;
use crate::vm::object::*;
use crate::vm::repr::ascii;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let str_methods: &[(&'static str, NativeFn)] = &[
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("casefold", casefold),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("format", format),
        ("format_map", format_map),
    ];
    let class = vm.types.str_.clone();
    for (name, func) in str_methods {
        add_method(&class, "str", name, *func);
    }
    let bytes_methods: &[(&'static str, NativeFn)] = &[
        ("hex", bytes_hex),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("replace", bytes_replace),
        ("join", bytes_join),
    ];
    let class = vm.types.bytes.clone();
    for (name, func) in bytes_methods {
        add_method(&class, "bytes", name, *func);
    }
}

// ---- arguments ------------------------------------------------------------------------------

/// How CPython parses a method's arguments, which decides how it words argument errors.
#[derive(Clone, Copy)]
enum Parse {
    /// METH_NOARGS and METH_O: `str.zfill() takes exactly one argument (2 given)`.
    Fixed,
    /// `_PyArg_CheckPositional`: `strip expected at most 1 argument, got 2`.
    Checked,
    /// `PyArg_ParseTuple`: `find() takes at most 3 arguments (4 given)`.
    Tuple,
}

/// The receiver of a str method.
fn text<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    match args.values.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(wrong_receiver(vm, "str", name, other)),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// The receiver of a str method and its `min..=max` other arguments, all positional.
fn receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    parse: Parse,
    (min, max): (usize, usize),
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let s = text(vm, args, name)?;
    let rest = positional(vm, args, "str", name, parse, (min, max))?;
    Ok((s, rest))
}

/// The receiver of a str method that takes no arguments.
fn receiver_only<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    Ok(receiver(vm, args, name, Parse::Fixed, (0, 0))?.0)
}

/// The arguments after the receiver of `owner.name`, which takes `min..=max` of them by position
/// only.
fn positional<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    owner: &str,
    name: &str,
    parse: Parse,
    (min, max): (usize, usize),
) -> PyResult<&'a [Value]> {
    let rest = &args.values[1..];
    let n = rest.len();
    if args.kwnames.is_empty() && (min..=max).contains(&n) {
        return Ok(rest);
    }
    let (bound, word) = if n < min {
        (min, "least")
    } else {
        (max, "most")
    };
    let plural = if bound == 1 { "" } else { "s" };
    let message = match parse {
        // str's find family leaves the type out of this one message.
        Parse::Tuple if !args.kwnames.is_empty() && owner == "str" => {
            format!("{name}() takes no keyword arguments")
        }
        _ if !args.kwnames.is_empty() => format!("{owner}.{name}() takes no keyword arguments"),
        Parse::Fixed if max == 0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
        Parse::Fixed => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        Parse::Checked => format!("{name} expected at {word} {bound} argument{plural}, got {n}"),
        Parse::Tuple => format!("{name}() takes at {word} {bound} argument{plural} ({n} given)"),
    };
    Err(vm.type_error(message))
}

/// The arguments after the receiver of a method that also takes them by keyword, bound to
/// `names` as Argument Clinic binds them, with its messages.
fn keyword_args<'a, const N: usize>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let pos = &args.pos()[1..];
    let given = pos.len() + args.kwnames.len();
    if given > N {
        let keyword = if pos.is_empty() { "keyword " } else { "" };
        let plural = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {keyword}argument{plural} ({given} given)"
        )));
    }
    let mut bound = [None; N];
    for (slot, value) in bound.iter_mut().zip(pos) {
        *slot = Some(value);
    }
    for (key, value) in args.kwargs() {
        match names.iter().position(|n| *n == key) {
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => bound[i] = Some(value),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(bound)
}

/// A str argument; `what` names it in the error (`replace() argument 1 must be str, not int`),
/// which some methods leave out.
fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: Option<&str>) -> PyResult<&'a str> {
    match (v, what) {
        (Value::Str(s), _) => Ok(&s.text),
        (other, None) => {
            let got = vm.type_name(other);
            Err(vm.type_error(format!("must be str, not {got}")))
        }
        (other, Some(what)) => {
            // Argument Clinic, whose messages name the argument, calls None "None".
            let got = match other {
                Value::None => "None".into(),
                other => vm.type_name(other),
            };
            Err(vm.type_error(format!("{what} must be str, not {got}")))
        }
    }
}

/// A `start` or `end` argument, as `_PyEval_SliceIndex` reads it: None when absent or None.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_of(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// The part of a sequence of `len` items that `start` and `end` select for find, count and
/// startswith, adjusted as CPython's ADJUST_INDICES: negative values count from the end and `end`
/// stops at the length, but `start` may lie past `end`, and then nothing matches, not even an
/// empty string.
fn search_range(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<Range<usize>>> {
    let len = len as i64;
    let adjust = |i: i64| if i < 0 { (i + len).max(0) } else { i };
    let start = slice_index(vm, start)?.map_or(0, adjust);
    let end = slice_index(vm, end)?.map_or(len, |e| adjust(e).min(len));
    Ok((start <= end).then_some(start as usize..end as usize))
}

/// A count or width argument, which CPython converts to a `Py_ssize_t`.
fn ssize_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    v.map_or(Ok(default), |v| vm.expect_i64_or_overflow(v))
}

/// A flag or size argument that CPython converts to a C int.
fn c_int_arg(vm: &mut Vm, v: Option<&Value>, default: i32) -> PyResult<i32> {
    let Some(v) = v else {
        return Ok(default);
    };
    let n = vm.expect_i64_or_overflow(v)?;
    i32::try_from(n)
        .map_err(|_| vm.new_error("OverflowError", "Python int too large to convert to C int"))
}

/// The longest text these methods build: past it they raise MemoryError, as CPython does when
/// the allocation fails, and as `str * n` does.
const MAX_LEN: usize = 1 << 32;

fn check_len(vm: &mut Vm, len: usize) -> PyResult<()> {
    if len > MAX_LEN {
        return Err(vm.new_error("MemoryError", ""));
    }
    Ok(())
}

/// A limit on splits or replacements: negative means none.
fn count_limit(n: i64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

// ---- positions ------------------------------------------------------------------------------

/// The byte offset of code point `i` of `s` (its length for `i == s.chars`).
fn byte_at(s: &PyStr, i: usize) -> usize {
    if s.is_ascii() {
        i
    } else {
        s.text
            .char_indices()
            .nth(i)
            .map_or(s.text.len(), |(b, _)| b)
    }
}

/// The code point index of byte offset `b` of `s`.
fn char_at_byte(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.text[..b].chars().count()
    }
}

/// The text of `s` between two code point indices, with the byte offset it starts at.
fn slice(s: &PyStr, range: Range<usize>) -> (&str, usize) {
    let lo = byte_at(s, range.start);
    (&s.text[lo..byte_at(s, range.end)], lo)
}

// ---- searching ------------------------------------------------------------------------------

/// What find-like methods return: the index, or when absent -1 (`find`, `rfind`) or a
/// ValueError with `missing` (`index`, `rindex`).
fn position(vm: &mut Vm, found: Option<usize>, missing: Option<&str>) -> PyResult<Value> {
    match (found, missing) {
        (Some(i), _) => Ok(Value::Int(i as i64)),
        (None, None) => Ok(Value::Int(-1)),
        (None, Some(message)) => Err(vm.value_error(message)),
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = find_in(vm, &args, "find", false)?;
    position(vm, found, None)
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = find_in(vm, &args, "rfind", true)?;
    position(vm, found, None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = find_in(vm, &args, "index", false)?;
    position(vm, found, Some("substring not found"))
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = find_in(vm, &args, "rindex", true)?;
    position(vm, found, Some("substring not found"))
}

/// find, rfind, index and rindex: where `sub` first (last) occurs in `s[start:end]`.
fn find_in(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Option<usize>> {
    let (s, rest) = receiver(vm, args, name, Parse::Tuple, (1, 3))?;
    let range = search_range(vm, s.chars, rest.get(1), rest.get(2))?;
    let sub = str_arg(vm, &rest[0], None)?;
    let Some(range) = range else {
        return Ok(None);
    };
    let (hay, offset) = slice(s, range);
    let found = hay.find_sub(sub, from_right);
    Ok(found.map(|b| char_at_byte(s, offset + b)))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = receiver(vm, &args, "count", Parse::Tuple, (1, 3))?;
    let range = search_range(vm, s.chars, rest.get(1), rest.get(2))?;
    let sub = str_arg(vm, &rest[0], None)?;
    let n = match range {
        None => 0,
        // The empty string occurs before each character and at the end.
        Some(range) if sub.is_empty() => range.len() + 1,
        Some(range) => count_in(slice(s, range).0, sub),
    };
    Ok(Value::Int(n as i64))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "endswith", true)
}

/// startswith and endswith, for a str or a tuple of them, within `s[start:end]`.
fn affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (s, rest) = receiver(vm, args, name, Parse::Tuple, (1, 3))?;
    let hay = search_range(vm, s.chars, rest.get(1), rest.get(2))?.map(|r| slice(s, r).0);
    let matches = |affix: &str| {
        hay.is_some_and(|h| {
            if at_end {
                h.ends_with(affix)
            } else {
                h.starts_with(affix)
            }
        })
    };
    match &rest[0] {
        Value::Str(affix) => Ok(Value::Bool(matches(&affix.text))),
        Value::Tuple(items) => {
            for item in items.iter() {
                let Value::Str(affix) = item else {
                    let got = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {got}"))
                    );
                };
                if matches(&affix.text) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let got = vm.type_name(other);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {got}"
            )))
        }
    }
}

// ---- algorithms shared with bytes ----------------------------------------------------------

/// The contents of a str or a bytes object, for the algorithms both types' methods use. Offsets
/// are in bytes.
trait Seq: Copy {
    fn len(self) -> usize;
    fn split_at(self, at: usize) -> (Self, Self);
    /// Where `sub` first occurs, or last when `from_right`.
    fn find_sub(self, sub: Self, from_right: bool) -> Option<usize>;
    /// Without whitespace at the start, or at the end when `from_right`: Unicode's for str,
    /// ASCII's for bytes.
    fn trim_space(self, from_right: bool) -> Self;
    /// Where the first word ends (at the first whitespace), or where the last one starts.
    fn word_boundary(self, from_right: bool) -> usize;
}

impl Seq for &str {
    fn len(self) -> usize {
        str::len(self)
    }

    fn split_at(self, at: usize) -> (Self, Self) {
        str::split_at(self, at)
    }

    fn find_sub(self, sub: Self, from_right: bool) -> Option<usize> {
        if from_right {
            str::rfind(self, sub)
        } else {
            str::find(self, sub)
        }
    }

    fn trim_space(self, from_right: bool) -> Self {
        if from_right {
            self.trim_end_matches(is_space)
        } else {
            self.trim_start_matches(is_space)
        }
    }

    fn word_boundary(self, from_right: bool) -> usize {
        if from_right {
            self.char_indices()
                .rev()
                .find(|&(_, c)| is_space(c))
                .map_or(0, |(i, c)| i + c.len_utf8())
        } else {
            str::find(self, is_space).unwrap_or(self.len())
        }
    }
}

impl Seq for &[u8] {
    fn len(self) -> usize {
        <[u8]>::len(self)
    }

    fn split_at(self, at: usize) -> (Self, Self) {
        <[u8]>::split_at(self, at)
    }

    fn find_sub(self, sub: Self, from_right: bool) -> Option<usize> {
        if sub.is_empty() {
            return Some(if from_right { self.len() } else { 0 });
        }
        let mut windows = self.windows(sub.len());
        if from_right {
            windows.rposition(|w| w == sub)
        } else {
            windows.position(|w| w == sub)
        }
    }

    fn trim_space(self, from_right: bool) -> Self {
        trim_bytes(self, !from_right, from_right, is_byte_space)
    }

    fn word_boundary(self, from_right: bool) -> usize {
        if from_right {
            self.iter()
                .rposition(|&b| is_byte_space(b))
                .map_or(0, |i| i + 1)
        } else {
            self.iter()
                .position(|&b| is_byte_space(b))
                .unwrap_or(self.len())
        }
    }
}

/// `split(sep)`: the parts between occurrences of `sep` (not empty), after at most `limit`
/// splits, made from the right when `from_right`.
fn split_sep<T: Seq>(text: T, sep: T, limit: usize, from_right: bool) -> Vec<T> {
    let mut parts = Vec::new();
    let mut rest = text;
    while parts.len() < limit {
        let Some(at) = rest.find_sub(sep, from_right) else {
            break;
        };
        let (before, after) = rest.split_at(at);
        let after = after.split_at(sep.len()).1;
        let (part, remaining) = if from_right {
            (after, before)
        } else {
            (before, after)
        };
        parts.push(part);
        rest = remaining;
    }
    parts.push(rest);
    if from_right {
        parts.reverse();
    }
    parts
}

/// `split()` without a separator: the words between runs of whitespace, none empty. After
/// `limit` splits the rest of the text is the last word, with whitespace trimmed only on the
/// side the splitting came from.
fn split_whitespace<T: Seq>(text: T, limit: usize, from_right: bool) -> Vec<T> {
    let mut words = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_space(from_right);
        if rest.len() == 0 {
            break;
        }
        if words.len() == limit {
            words.push(rest);
            break;
        }
        let (before, after) = rest.split_at(rest.word_boundary(from_right));
        let (word, remaining) = if from_right {
            (after, before)
        } else {
            (before, after)
        };
        words.push(word);
        rest = remaining;
    }
    if from_right {
        words.reverse();
    }
    words
}

/// How many times `sub` (not empty) occurs in `text` without overlapping.
fn count_in<T: Seq>(text: T, sub: T) -> usize {
    let mut n = 0;
    let mut rest = text;
    while let Some(at) = rest.find_sub(sub, false) {
        n += 1;
        rest = rest.split_at(at + sub.len()).1;
    }
    n
}

// ---- splitting and joining ------------------------------------------------------------------

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_by(vm, &args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_by(vm, &args, "rsplit", true)
}

/// split and rsplit: by `sep`, or by runs of whitespace when it is None, at most `maxsplit` times.
fn split_by(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = text(vm, args, name)?;
    let [sep, maxsplit] = keyword_args(vm, args, name, ["sep", "maxsplit"])?;
    let limit = count_limit(ssize_arg(vm, maxsplit, -1)?);
    let parts: Vec<&str> = match sep {
        None | Some(Value::None) => split_whitespace(s.text.as_str(), limit, from_right),
        Some(Value::Str(sep)) if sep.text.is_empty() => {
            return Err(vm.value_error("empty separator"));
        }
        Some(Value::Str(sep)) => split_sep(s.text.as_str(), &sep.text, limit, from_right),
        Some(other) => {
            let got = vm.type_name(other);
            return Err(vm.type_error(format!("must be str or None, not {got}")));
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "splitlines")?;
    let [keepends] = keyword_args(vm, &args, "splitlines", ["keepends"])?;
    let keepends = c_int_arg(vm, keepends, 0)? != 0;
    let mut lines = Vec::new();
    let mut rest = s.text.as_str();
    while !rest.is_empty() {
        let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_line_break(c)) else {
            lines.push(Value::str(rest));
            break;
        };
        let mut end = at + c.len_utf8();
        if c == '\r' && rest[end..].starts_with('\n') {
            end += 1;
        }
        lines.push(Value::str(&rest[..if keepends { end } else { at }]));
        rest = &rest[end..];
    }
    Ok(Value::list(lines))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, rest) = receiver(vm, &args, "join", Parse::Fixed, (1, 1))?;
    let items = collect_joinable(vm, &rest[0])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.text);
        }
        match item {
            Value::Str(s) => out.push_str(&s.text),
            other => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {name} found"
                )));
            }
        }
    }
    Ok(Value::str(out))
}

/// The items of join's argument; a TypeError from iterating it is reworded, as
/// `PySequence_Fast` does.
fn collect_joinable(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    let iterator = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    vm.collect(&iterator)
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_at(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_at(vm, &args, "rpartition", true)
}

/// partition and rpartition: the text before the first (last) `sep`, `sep`, and the text after.
fn partition_at(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let (s, rest) = receiver(vm, args, name, Parse::Fixed, (1, 1))?;
    let sep = str_arg(vm, &rest[0], None)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.text.as_str();
    let parts = match text.find_sub(sep, from_right) {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if from_right => ["", "", text],
        None => [text, "", ""],
    };
    Ok(Value::tuple(parts.into_iter().map(Value::str).collect()))
}

// ---- trimming, replacing, padding -----------------------------------------------------------

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(vm, &args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(vm, &args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(vm, &args, "rstrip", false, true)
}

/// strip, lstrip and rstrip: whitespace, or the characters of the argument.
fn strip_sides(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = receiver(vm, args, name, Parse::Checked, (0, 1))?;
    let stripped = match rest.first() {
        None | Some(Value::None) => trim(&s.text, left, right, is_space),
        Some(Value::Str(chars)) => trim(&s.text, left, right, |c| chars.text.contains(c)),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    Ok(substring(args, s, stripped))
}

fn trim(text: &str, left: bool, right: bool, strip: impl Fn(char) -> bool) -> &str {
    let text = if left {
        text.trim_start_matches(&strip)
    } else {
        text
    };
    if right {
        text.trim_end_matches(&strip)
    } else {
        text
    }
}

/// A part of the receiver as a value: the receiver itself when it is all of it, as CPython
/// returns it unchanged.
fn substring(args: &Args, s: &PyStr, part: &str) -> Value {
    if part.len() == s.text.len() {
        args.values[0].clone()
    } else {
        Value::str(part)
    }
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removesuffix", true)
}

fn remove_affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (s, rest) = receiver(vm, args, name, Parse::Fixed, (1, 1))?;
    let affix = str_arg(vm, &rest[0], Some(&format!("{name}() argument")))?;
    let kept = if suffix {
        s.text.strip_suffix(affix)
    } else {
        s.text.strip_prefix(affix)
    };
    Ok(substring(args, s, kept.unwrap_or(&s.text)))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = receiver(vm, &args, "replace", Parse::Checked, (2, 3))?;
    let old = str_arg(vm, &rest[0], Some("replace() argument 1"))?;
    let new = str_arg(vm, &rest[1], Some("replace() argument 2"))?;
    let limit = count_limit(ssize_arg(vm, rest.get(2), -1)?);
    if !old.is_empty() {
        return Ok(Value::str(s.text.replacen(old, new, limit)));
    }
    // The empty string matches before every character and at the end.
    let mut out = String::with_capacity(s.text.len() + new.len() * (s.chars + 1).min(limit));
    let mut inserted = 0;
    for c in s.text.chars() {
        if inserted < limit {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < limit {
        out.push_str(new);
    }
    Ok(Value::str(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, "center", Align::Center)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, "ljust", Align::Left)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, &args, "rjust", Align::Right)
}

enum Align {
    Left,
    Right,
    Center,
}

/// center, ljust and rjust: the text padded with the fill character to `width` code points.
fn pad(vm: &mut Vm, args: &Args, name: &str, align: Align) -> PyResult<Value> {
    let (s, rest) = receiver(vm, args, name, Parse::Checked, (1, 2))?;
    let width = ssize_arg(vm, rest.first(), 0)?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.chars == 1 => f.char_at(0),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"));
        }
        Some(other) => {
            let got = vm.type_name(other);
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {got}"
            )));
        }
    };
    let margin = usize::try_from(width).unwrap_or(0).saturating_sub(s.chars);
    if margin == 0 {
        return Ok(args.values[0].clone());
    }
    let len = margin
        .saturating_mul(fill.len_utf8())
        .saturating_add(s.text.len());
    check_len(vm, len)?;
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        // CPython's rounding: the odd space goes left only when the width is odd too.
        Align::Center => margin / 2 + (margin & width as usize & 1),
    };
    let mut out = String::with_capacity(len);
    out.extend(repeat_n(fill, left));
    out.push_str(&s.text);
    out.extend(repeat_n(fill, margin - left));
    Ok(Value::str(out))
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = receiver(vm, &args, "zfill", Parse::Fixed, (1, 1))?;
    let width = ssize_arg(vm, rest.first(), 0)?;
    let zeros = usize::try_from(width).unwrap_or(0).saturating_sub(s.chars);
    if zeros == 0 {
        return Ok(args.values[0].clone());
    }
    let len = s.text.len().saturating_add(zeros);
    check_len(vm, len)?;
    // The zeros go after a leading sign.
    let digits_at = usize::from(s.text.starts_with(['+', '-']));
    let mut out = String::with_capacity(len);
    out.push_str(&s.text[..digits_at]);
    out.extend(repeat_n('0', zeros));
    out.push_str(&s.text[digits_at..]);
    Ok(Value::str(out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "expandtabs")?;
    let [tabsize] = keyword_args(vm, &args, "expandtabs", ["tabsize"])?;
    let tabsize = usize::try_from(c_int_arg(vm, tabsize, 8)?).unwrap_or(0);
    let mut out = String::with_capacity(s.text.len());
    let mut column = 0;
    for c in s.text.chars() {
        match c {
            // A tab pads to the next multiple of the tab size; a size below 1 removes tabs.
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                check_len(vm, out.len() + spaces)?;
                out.extend(repeat_n(' ', spaces));
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

// ---- case -----------------------------------------------------------------------------------

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "upper")?;
    Ok(Value::str(s.text.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "lower")?;
    Ok(Value::str(s.text.to_lowercase()))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "capitalize")?;
    let lower = Lowercase::new(&s.text);
    let mut out = String::with_capacity(s.text.len());
    for (at, c) in s.text.char_indices() {
        if at == 0 {
            push_title(c, &mut out);
        } else {
            lower.push(at, c, &mut out);
        }
    }
    Ok(Value::str(out))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "title")?;
    let lower = Lowercase::new(&s.text);
    let mut out = String::with_capacity(s.text.len());
    // A word is a run of cased characters: its first is titlecased, the others lowercased.
    let mut in_word = false;
    for (at, c) in s.text.char_indices() {
        if in_word {
            lower.push(at, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        in_word = is_cased(c);
    }
    Ok(Value::str(out))
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "swapcase")?;
    let lower = Lowercase::new(&s.text);
    let mut out = String::with_capacity(s.text.len());
    for (at, c) in s.text.char_indices() {
        if c.is_uppercase() {
            lower.push(at, c, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::str(out))
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = receiver_only(vm, &args, "casefold")?;
    let mut out = String::with_capacity(s.text.len());
    for c in s.text.chars() {
        match c {
            // Cherokee folds to its uppercase letters, the older ones.
            '\u{13A0}'..='\u{13FF}' | '\u{AB70}'..='\u{ABBF}' => out.extend(c.to_uppercase()),
            'ı' => out.push(c),
            'ẞ' => out.push_str("ss"),
            // Otherwise full case folding is the lowercase of the uppercase: ß → ss, ς → σ.
            _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
        }
    }
    Ok(Value::str(out))
}

/// Lowercases single characters of one text in context. Only Σ depends on it: it becomes ς at
/// the end of a word (Unicode's Final_Sigma), as `str::to_lowercase` decides.
struct Lowercase {
    /// The byte offsets of the Σs that end a word.
    final_sigmas: Vec<usize>,
}

impl Lowercase {
    fn new(text: &str) -> Lowercase {
        let mut final_sigmas = Vec::new();
        if text.contains('Σ') {
            // std lowercases each character on its own except Σ, which always becomes one
            // character, so its form can be read off the lowercased text in step.
            let lowered = text.to_lowercase();
            let mut out = lowered.chars();
            for (at, c) in text.char_indices() {
                if c == 'Σ' {
                    if out.next() == Some('ς') {
                        final_sigmas.push(at);
                    }
                } else {
                    out.by_ref().take(c.to_lowercase().count()).for_each(drop);
                }
            }
        }
        Lowercase { final_sigmas }
    }

    /// Pushes the lowercase of `c`, found at byte offset `at` of the text.
    fn push(&self, at: usize, c: char, out: &mut String) {
        if c == 'Σ' && self.final_sigmas.binary_search(&at).is_ok() {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Pushes the titlecase of `c` (Unicode's full mapping), which is its uppercase but for a few
/// letters.
fn push_title(c: char, out: &mut String) {
    let single = match c as u32 {
        // Georgian letters have uppercase forms but no titlecase ones.
        0x10D0..=0x10FF => Some(c),
        // The digraphs DŽ, LJ, NJ and DZ have a titlecase form, Dž.
        0x1C4..=0x1C6 => Some('ǅ'),
        0x1C7..=0x1C9 => Some('ǈ'),
        0x1CA..=0x1CC => Some('ǋ'),
        0x1F1..=0x1F3 => Some('ǲ'),
        // Greek letters with an iota subscript keep it subscript (ᾳ → ᾼ, not ΑΙ).
        n @ 0x1F80..=0x1FAF => char::from_u32(n | 8),
        0x1FB3 | 0x1FBC => Some('ᾼ'),
        0x1FC3 | 0x1FCC => Some('ῌ'),
        0x1FF3 | 0x1FFC => Some('ῼ'),
        _ => None,
    };
    if let Some(t) = single {
        out.push(t);
        return;
    }
    // Where the uppercase has several letters only the first stays capital (ß → Ss, ﬁ → Fi);
    // the remaining Greek iota subscripts stay subscript (ᾲ → Ὰͅ).
    let greek = (0x1FB0..=0x1FFF).contains(&(c as u32));
    let mut capital_seen = false;
    for (i, u) in c.to_uppercase().enumerate() {
        if greek && i > 0 && u == 'Ι' {
            out.push('\u{345}');
        } else if capital_seen {
            out.extend(u.to_lowercase());
        } else {
            out.push(u);
        }
        capital_seen |= u.is_uppercase();
    }
}

// ---- predicates -----------------------------------------------------------------------------

/// A predicate method: `test` applied to the receiver's text.
fn test_text(vm: &mut Vm, args: Args, name: &str, test: fn(&str) -> bool) -> PyResult<Value> {
    let s = receiver_only(vm, &args, name)?;
    Ok(Value::Bool(test(&s.text)))
}

/// Whether `text` is not empty and every character passes `test`.
fn all_chars(text: &str, test: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(test)
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isalpha", |s| all_chars(s, is_letter))
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isdecimal", |s| {
        all_chars(s, |c| decimal_value(c).is_some())
    })
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isdigit", |s| all_chars(s, is_digit))
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isnumeric", |s| all_chars(s, is_numeric))
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isalnum", |s| {
        all_chars(s, |c| is_letter(c) || is_numeric(c))
    })
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isspace", |s| all_chars(s, is_space))
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isprintable", |s| s.chars().all(is_printable))
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isascii", str::is_ascii)
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "islower", |s| {
        has_case_only(s, char::is_lowercase, char::is_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isupper", |s| {
        has_case_only(s, char::is_uppercase, char::is_lowercase)
    })
}

/// islower and isupper: some character is in case `wanted` and none in case `other` or
/// titlecase.
fn has_case_only(text: &str, wanted: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if other(c) || is_titlecase(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "istitle", |s| {
        // Every word (run of cased characters) starts with its only capital.
        let mut cased = false;
        let mut in_word = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if in_word {
                    return false;
                }
                in_word = true;
                cased = true;
            } else if c.is_lowercase() {
                if !in_word {
                    return false;
                }
                cased = true;
            } else {
                in_word = false;
            }
        }
        cased
    })
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_text(vm, args, "isidentifier", |s| {
        if s.is_ascii() {
            let mut chars = s.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        } else {
            // What the tokenizer reads as one name, by Unicode's XID_Start and XID_Continue;
            // no keyword has non-ASCII letters.
            use logos::Logos;
            matches!(Token::lexer(s).next(), Some(Ok(Token::Name(n))) if n.len() == s.len())
        }
    })
}

// ---- encode ---------------------------------------------------------------------------------

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "encode")?;
    let [encoding, errors] = keyword_args(vm, &args, "encode", ["encoding", "errors"])?;
    let encoding = encode_option(vm, encoding, "encoding", "utf-8")?;
    let errors = encode_option(vm, errors, "errors", "strict")?;
    // The codecs of Latin alphabets encode the code points below their limit as one byte each.
    let (codec, limit) = match normalize_encoding(encoding).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" => return Ok(bytes(s.text.as_bytes().to_vec())),
        "ascii" | "us_ascii" | "646" => ("ascii", 128),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" => {
            ("latin-1", 256)
        }
        _ => return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}"))),
    };
    let chars: Vec<char> = s.text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u8);
            i += 1;
            continue;
        }
        // Error handlers get each run of unencodable characters at once.
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        let run = &chars[i..end];
        match errors {
            "strict" => {
                let what = match run {
                    [c] => format!("character '{}' in position {i}", escape_char(*c)),
                    _ => format!("characters in position {i}-{}", end - 1),
                };
                return Err(vm.new_error(
                    "UnicodeEncodeError",
                    format!("'{codec}' codec can't encode {what}: ordinal not in range({limit})"),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(repeat_n(b'?', run.len())),
            "backslashreplace" => {
                out.extend(run.iter().flat_map(|&c| escape_char(c).into_bytes()));
            }
            "xmlcharrefreplace" => {
                out.extend(
                    run.iter()
                        .flat_map(|&c| format!("&#{};", c as u32).into_bytes()),
                );
            }
            _ => {
                return Err(vm.new_error(
                    "LookupError",
                    format!("unknown error handler name '{errors}'"),
                ));
            }
        }
        i = end;
    }
    Ok(bytes(out))
}

/// The `encoding` or `errors` argument of encode.
fn encode_option<'a>(
    vm: &mut Vm,
    v: Option<&'a Value>,
    name: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    v.map_or(Ok(default), |v| {
        str_arg(vm, v, Some(&format!("encode() argument '{name}'")))
    })
}

/// An encoding name as the codec registry compares them: lowercase, with each run of other
/// characters than letters, digits and dots turned into one underscore between words.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A character as a backslash escape: `\xe9`, `\u20ac`, `\U0001f600`.
fn escape_char(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

fn bytes(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(b))
}

// ---- format ---------------------------------------------------------------------------------

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "format")?;
    let mut formatter = Formatter {
        positional: Some(&args.pos()[1..]),
        named: Named::Keywords(&args),
        numbering: Numbering::Unset,
    };
    Ok(Value::str(formatter.render(vm, &s.text, 2)?))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = receiver(vm, &args, "format_map", Parse::Fixed, (1, 1))?;
    let mut formatter = Formatter {
        positional: None,
        named: Named::Mapping(&rest[0]),
        numbering: Numbering::Unset,
    };
    Ok(Value::str(formatter.render(vm, &s.text, 2)?))
}

/// One `str.format` or `str.format_map` call (Objects/stringlib/unicode_format.h).
struct Formatter<'a> {
    /// The positional arguments; format_map has none.
    positional: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
}

/// Where fields named by a word (`{name}`) are looked up.
enum Named<'a> {
    Keywords(&'a Args<'a>),
    Mapping(&'a Value),
}

/// Fields are numbered automatically (`{}`) or by hand (`{0}`), not both.
#[derive(Clone, Copy)]
enum Numbering {
    Unset,
    /// The number of the next `{}`.
    Auto(i64),
    Manual,
}

/// A replacement field, `{name!conversion:spec}`.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    /// Whether the spec has fields of its own (`{:{width}}`).
    nested: bool,
}

impl Formatter<'_> {
    /// Renders `template`; `depth` bounds how deep specs may nest fields.
    fn render(&mut self, vm: &mut Vm, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = template.as_bytes();
        let mut out = String::with_capacity(template.len());
        let mut i = 0;
        // Braces are ASCII, so byte positions found next to them are character boundaries.
        while let Some(skip) = b[i..].iter().position(|&c| c == b'{' || c == b'}') {
            let at = i + skip;
            out.push_str(&template[i..at]);
            let brace = b[at];
            if b.get(at + 1) == Some(&brace) {
                out.push(brace as char);
                i = at + 2;
            } else if brace == b'}' {
                return Err(vm.value_error("Single '}' encountered in format string"));
            } else if at + 1 == b.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            } else {
                let (field, next) = parse_field(vm, template, at + 1)?;
                self.render_field(vm, &field, &mut out, depth)?;
                i = next;
            }
        }
        out.push_str(&template[i..]);
        Ok(out)
    }

    fn render_field(
        &mut self,
        vm: &mut Vm,
        field: &Field,
        out: &mut String,
        depth: u32,
    ) -> PyResult<()> {
        let mut value = self.field_value(vm, field.name)?;
        if let Some(conversion) = field.conversion {
            value = Value::str(match conversion {
                'r' => vm.repr(&value)?,
                's' => vm.str_of(&value)?,
                'a' => ascii(&vm.repr(&value)?),
                c if c > ' ' && c < '\x7f' => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    );
                }
            });
        }
        let spec = if field.nested {
            Cow::Owned(self.render(vm, field.spec, depth - 1)?)
        } else {
            Cow::Borrowed(field.spec)
        };
        out.push_str(&vm.format(&value, &spec)?);
        Ok(())
    }

    /// The value a field name selects: an argument, then `.attribute`s and `[key]`s.
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let (first, mut rest) = name.split_at(name.find(['.', '[']).unwrap_or(name.len()));
        let mut value = self.argument(vm, first)?;
        while !rest.is_empty() {
            let (part, after, attribute) = match rest.as_bytes()[0] {
                b'.' => {
                    let end = rest[1..].find(['.', '[']).map_or(rest.len(), |e| e + 1);
                    (&rest[1..end], &rest[end..], true)
                }
                b'[' => {
                    let Some(close) = rest.find(']') else {
                        return Err(vm.value_error("Missing ']' in format string"));
                    };
                    (&rest[1..close], &rest[close + 1..], false)
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            };
            if part.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = if attribute {
                vm.getattr(&value, &Value::str(part))?
            } else {
                // Keys made of digits are ints, any others strings.
                let key = decimal_index(vm, part)?.map_or_else(|| Value::str(part), Value::Int);
                vm.getitem(&value, &key)?
            };
            rest = after;
        }
        Ok(value)
    }

    /// The argument the first part of a field name selects: by number (automatic when empty),
    /// else by name.
    fn argument(&mut self, vm: &mut Vm, first: &str) -> PyResult<Value> {
        let number = decimal_index(vm, first)?;
        let index = match (number, self.numbering) {
            (None, _) if !first.is_empty() => return self.named_argument(vm, first),
            (Some(_), Numbering::Auto(_)) => {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            (Some(n), _) => {
                self.numbering = Numbering::Manual;
                n
            }
            (None, Numbering::Manual) => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            (None, Numbering::Unset) => 0,
            (None, Numbering::Auto(n)) => n,
        };
        if number.is_none() {
            self.numbering = Numbering::Auto(index + 1);
        }
        let Some(positional) = self.positional else {
            return Err(vm.value_error("Format string contains positional fields"));
        };
        match usize::try_from(index).ok().and_then(|i| positional.get(i)) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.new_error(
                "IndexError",
                format!("Replacement index {index} out of range for positional args tuple"),
            )),
        }
    }

    fn named_argument(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match self.named {
            Named::Keywords(args) => match args.kwarg(name) {
                Some(v) => Ok(v.clone()),
                None => Err(vm.key_error(&Value::str(name))),
            },
            Named::Mapping(mapping) => vm.getitem(mapping, &Value::str(name)),
        }
    }
}

/// Parses the field whose `{` is just before byte `start` of `template`; returns it with the
/// offset after its `}`.
fn parse_field<'s>(vm: &mut Vm, template: &'s str, start: usize) -> PyResult<(Field<'s>, usize)> {
    let b = template.as_bytes();
    let mut i = start;
    // The name runs to the first `}`, `:` or `!` outside brackets.
    let end = loop {
        let Some(&c) = b.get(i) else {
            return Err(vm.value_error("expected '}' before end of string"));
        };
        i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                i += b[i..]
                    .iter()
                    .position(|&c| c == b']')
                    .unwrap_or(b.len() - i)
            }
            b'}' | b':' | b'!' => break c,
            _ => {}
        }
    };
    let mut field = Field {
        name: &template[start..i - 1],
        conversion: None,
        spec: "",
        nested: false,
    };
    if end == b'}' {
        return Ok((field, i));
    }
    if end == b'!' {
        let Some(conversion) = template[i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conversion);
        i += conversion.len_utf8();
        match b.get(i) {
            Some(b'}') => return Ok((field, i + 1)),
            Some(b':') => i += 1,
            Some(_) => return Err(vm.value_error("expected ':' after conversion specifier")),
            None => {}
        }
    }
    // The spec runs to the matching `}`, past any fields nested in it.
    let spec_start = i;
    let mut open = 1;
    while let Some(&c) = b.get(i) {
        i += 1;
        match c {
            b'{' => {
                field.nested = true;
                open += 1;
            }
            b'}' => {
                open -= 1;
                if open == 0 {
                    field.spec = &template[spec_start..i - 1];
                    return Ok((field, i));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// A field name part made only of decimal digits (any script's) as a number.
fn decimal_index(vm: &mut Vm, text: &str) -> PyResult<Option<i64>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut n: i64 = 0;
    for c in text.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = match n.checked_mul(10).and_then(|n| n.checked_add(d.into())) {
            Some(n) => n,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(n))
}

// ---- bytes ----------------------------------------------------------------------------------

/// The receiver of a bytes method and its `min..=max` other arguments, all positional.
fn bytes_receiver<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    parse: Parse,
    (min, max): (usize, usize),
) -> PyResult<(&'a [u8], &'a [Value])> {
    let b = bytes_of(vm, args, name)?;
    let rest = positional(vm, args, "bytes", name, parse, (min, max))?;
    Ok((b, rest))
}

fn bytes_of<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [u8]> {
    match args.values.first() {
        Some(Value::Bytes(b)) => Ok(b),
        Some(other) => Err(wrong_receiver(vm, "bytes", name, other)),
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// A bytes argument (bytes is tandem's only bytes-like type).
fn bytes_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        other => {
            let got = vm.type_name(other);
            Err(vm.type_error(format!("a bytes-like object is required, not '{got}'")))
        }
    }
}

/// What bytes.find and bytes.count look for: bytes, or an int standing for one byte.
fn byte_pattern<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Value::Bytes(b) = v {
        return Ok(Cow::Borrowed(b));
    }
    match vm.index_of(v)? {
        Some(n) => match u8::try_from(n) {
            Ok(byte) => Ok(Cow::Owned(vec![byte])),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => {
            let got = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{got}'"
            )))
        }
    }
}

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = bytes_find_in(vm, &args, "find", false)?;
    position(vm, found, None)
}

fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = bytes_find_in(vm, &args, "rfind", true)?;
    position(vm, found, None)
}

fn bytes_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = bytes_find_in(vm, &args, "index", false)?;
    position(vm, found, Some("subsection not found"))
}

fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let found = bytes_find_in(vm, &args, "rindex", true)?;
    position(vm, found, Some("subsection not found"))
}

/// bytes.find, rfind, index and rindex.
fn bytes_find_in(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    from_right: bool,
) -> PyResult<Option<usize>> {
    let (b, rest) = bytes_receiver(vm, args, name, Parse::Tuple, (1, 3))?;
    let range = search_range(vm, b.len(), rest.get(1), rest.get(2))?;
    let sub = byte_pattern(vm, &rest[0])?;
    let Some(range) = range else {
        return Ok(None);
    };
    let start = range.start;
    Ok(b[range].find_sub(&sub, from_right).map(|i| start + i))
}

fn bytes_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = bytes_receiver(vm, &args, "count", Parse::Tuple, (1, 3))?;
    let range = search_range(vm, b.len(), rest.get(1), rest.get(2))?;
    let sub = byte_pattern(vm, &rest[0])?;
    let n = match range {
        None => 0,
        Some(range) if sub.is_empty() => range.len() + 1,
        Some(range) => count_in(&b[range], &sub),
    };
    Ok(Value::Int(n as i64))
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_affix_match(vm, &args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_affix_match(vm, &args, "endswith", true)
}

fn bytes_affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (b, rest) = bytes_receiver(vm, args, name, Parse::Tuple, (1, 3))?;
    let hay = search_range(vm, b.len(), rest.get(1), rest.get(2))?.map(|r| &b[r]);
    let matches = |affix: &[u8]| {
        hay.is_some_and(|h| {
            if at_end {
                h.ends_with(affix)
            } else {
                h.starts_with(affix)
            }
        })
    };
    match &rest[0] {
        Value::Bytes(affix) => Ok(Value::Bool(matches(affix))),
        Value::Tuple(items) => {
            for item in items.iter() {
                if matches(bytes_arg(vm, item)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let got = vm.type_name(other);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {got}"
            )))
        }
    }
}

fn bytes_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_split_by(vm, &args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_split_by(vm, &args, "rsplit", true)
}

fn bytes_split_by(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let b = bytes_of(vm, args, name)?;
    let [sep, maxsplit] = keyword_args(vm, args, name, ["sep", "maxsplit"])?;
    let limit = count_limit(ssize_arg(vm, maxsplit, -1)?);
    let parts = match sep {
        None | Some(Value::None) => split_whitespace(b, limit, from_right),
        Some(sep) => match bytes_arg(vm, sep)? {
            [] => return Err(vm.value_error("empty separator")),
            sep => split_sep(b, sep, limit, from_right),
        },
    };
    Ok(Value::list(
        parts.into_iter().map(|p| bytes(p.to_vec())).collect(),
    ))
}

fn bytes_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_sides(vm, &args, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_sides(vm, &args, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bytes_strip_sides(vm, &args, "rstrip", false, true)
}

/// bytes.strip, lstrip and rstrip: ASCII whitespace, or the bytes of the argument.
fn bytes_strip_sides(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (b, rest) = bytes_receiver(vm, args, name, Parse::Checked, (0, 1))?;
    let stripped = match rest.first() {
        None | Some(Value::None) => trim_bytes(b, left, right, is_byte_space),
        Some(v) => {
            let set = bytes_arg(vm, v)?;
            trim_bytes(b, left, right, |c| set.contains(&c))
        }
    };
    Ok(bytes(stripped.to_vec()))
}

fn trim_bytes(b: &[u8], left: bool, right: bool, strip: impl Fn(u8) -> bool) -> &[u8] {
    let start = if left {
        b.iter().position(|&c| !strip(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(|&c| !strip(c)).map_or(start, |i| i + 1)
    } else {
        b.len()
    };
    &b[start..end.max(start)]
}

/// ASCII whitespace as Python's bytes methods count it (with \x0b, unlike Rust's).
fn is_byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn bytes_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = bytes_receiver(vm, &args, "upper", Parse::Fixed, (0, 0))?;
    Ok(bytes(b.to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = bytes_receiver(vm, &args, "lower", Parse::Fixed, (0, 0))?;
    Ok(bytes(b.to_ascii_lowercase()))
}

fn bytes_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, rest) = bytes_receiver(vm, &args, "replace", Parse::Checked, (2, 3))?;
    let old = bytes_arg(vm, &rest[0])?;
    let new = bytes_arg(vm, &rest[1])?;
    let limit = count_limit(ssize_arg(vm, rest.get(2), -1)?);
    let mut out = Vec::with_capacity(b.len());
    let mut rest = b;
    let mut replaced = 0;
    while replaced < limit {
        let Some(at) = rest.find_sub(old, false) else {
            break;
        };
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(new);
        replaced += 1;
        if old.is_empty() {
            // The empty pattern matches before every byte and at the end.
            let Some((&first, after)) = rest.split_first() else {
                break;
            };
            out.push(first);
            rest = after;
        } else {
            rest = &rest[at + old.len()..];
        }
    }
    out.extend_from_slice(rest);
    Ok(bytes(out))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, rest) = bytes_receiver(vm, &args, "join", Parse::Fixed, (1, 1))?;
    let items = collect_joinable(vm, &rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match item {
            Value::Bytes(b) => out.extend_from_slice(b),
            other => {
                let name = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {name} found"
                )));
            }
        }
    }
    Ok(bytes(out))
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytes_of(vm, &args, "hex")?;
    let [sep, per_sep] = keyword_args(vm, &args, "hex", ["sep", "bytes_per_sep"])?;
    let sep = match sep {
        None => None,
        Some(v) => {
            if vm.len(v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = match v {
                Value::Str(s) => s.char_at(0),
                Value::Bytes(b) => char::from(b[0]),
                _ => return Err(vm.type_error("sep must be str or bytes.")),
            };
            if !c.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c)
        }
    };
    let per_sep = c_int_arg(vm, per_sep, 1)?;
    let group = per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, byte) in b.iter().enumerate() {
        // Groups are counted from the right for a positive bytes_per_sep, else from the left.
        let offset = if per_sep > 0 { b.len() - i } else { i };
        if let Some(sep) = sep
            && i > 0
            && group > 0
            && offset % group == 0
        {
            out.push(sep);
        }
        out.push_str(&format!("{byte:02x}"));
    }
    Ok(Value::str(out))
}

// ---- character classes ----------------------------------------------------------------------
//
// CPython classifies characters by the Unicode database (14.0 in 3.11). Rust's char methods give
// the derived properties (Alphabetic, Lowercase, Uppercase, White_Space, numeric categories), and
// the small tables below, taken from CPython 3.11, fill in what they do not.

/// Python's whitespace: Unicode White_Space plus the ASCII separators \x1c-\x1f, which CPython
/// counts by their bidirectional class.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries for splitlines.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Letters (categories L*): Alphabetic without the letter numbers (Ⅻ), combining marks (vowel
/// signs) and enclosed letters (Ⓐ) that property adds.
fn is_letter(c: char) -> bool {
    c.is_alphabetic()
        && !c.is_numeric()
        && !unicode_normalization::char::is_combining_mark(c)
        && !matches!(c as u32,
            0x24B6..=0x24E9 | 0x1F130..=0x1F149 | 0x1F150..=0x1F169 | 0x1F170..=0x1F189)
}

/// Titlecase letters (category Lt): the digraphs (ǅ) and Greek capitals with iota adscript.
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Digits that are not decimal (superscripts, circled digits), as ranges.
const OTHER_DIGITS: [(u32, u32); 20] = [
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// CJK ideographs with a numeric value (一, 二, 百, ...), which are letters, not numbers.
const CJK_NUMERALS: [u32; 81] = [
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
    0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
    0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
    0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e,
    0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
    0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
    0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];

/// `str.isdigit` for one character: decimal digits, superscripts, circled digits.
fn is_digit(c: char) -> bool {
    let n = c as u32;
    decimal_value(c).is_some() || OTHER_DIGITS.iter().any(|&(lo, hi)| (lo..=hi).contains(&n))
}

/// `str.isnumeric` for one character: the number categories (², ½, Ⅻ) and CJK numerals.
fn is_numeric(c: char) -> bool {
    c.is_numeric() || CJK_NUMERALS.binary_search(&(c as u32)).is_ok()
}
