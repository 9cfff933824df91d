//! Calling the built-in types: `int("12")`, `list(range(3))`, `type(x)`, `property(f)`, ...
//! Each is the `__new__` of its class, called with the class first.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Zero;

use super::check_args;
use crate::vm::numeric;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let constructors: Vec<(Rc<Class>, NativeFn)> = vec![
        (t.object.clone(), object_new),
        (t.type_.clone(), type_new),
        (t.int.clone(), int_new),
        (t.bool_.clone(), bool_new),
        (t.float.clone(), float_new),
        (t.str_.clone(), str_new),
        (t.bytes.clone(), bytes_new),
        (t.tuple.clone(), tuple_new),
        (t.list.clone(), list_new),
        (t.dict.clone(), dict_new),
        (t.set.clone(), set_new),
        (t.frozenset.clone(), frozenset_new),
        (t.range.clone(), range_new),
        (t.slice.clone(), slice_new),
        (t.property.clone(), property_new),
        (t.staticmethod.clone(), staticmethod_new),
        (t.classmethod.clone(), classmethod_new),
        (t.super_.clone(), super_new),
    ];
    let builtins = vm.builtins.clone();
    for (class, func) in constructors {
        let name: &'static str = Box::leak(class.name.to_string().into_boxed_str());
        if class.layout != Layout::Object {
            class.dict.borrow_mut().insert(
                Rc::from("__new__"),
                Value::Builtin(Rc::new(Builtin {
                    name: "__new__",
                    owner: Some(name),
                    func,
                    bound: None,
                })),
            );
        }
        builtins.set(name, Value::Class(class));
    }
}

fn object_new(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The class argument and the remaining positional arguments.
fn split<'a>(args: &Args<'a>) -> &'a [Value] {
    &args.pos()[1..]
}

fn no_keywords(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    match rest.len() {
        1 => Ok(Value::Class(vm.class_of(&rest[0]))),
        3 => {
            let (Value::Str(name), Value::Tuple(bases), Value::Dict(ns)) =
                (&rest[0], &rest[1], &rest[2])
            else {
                return Err(vm.type_error("type() argument 1 must be str, not something else"));
            };
            let base = match bases.first() {
                Some(Value::Class(c)) => c.clone(),
                _ => vm.types.object.clone(),
            };
            let mut dict = Attrs::default();
            for e in ns.inner.borrow().iter() {
                if let Some(k) = e.key.as_str() {
                    dict.insert(Rc::from(k), e.value.clone());
                }
            }
            let layout = base.layout;
            Ok(Value::Class(crate::vm::types::new_class(
                &name.text,
                &name.text,
                "__main__",
                Some(&base),
                layout,
                dict,
            )))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    let base = rest.get(1).or(args.kwarg("base")).cloned();
    let Some(v) = rest.first() else {
        return Ok(Value::Int(0));
    };
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    if let Some(base) = base {
        let b = vm.expect_int(&base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match v {
            Value::Str(s) => s.text.clone(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int(vm, &text, b as u32, v);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::int(
            numeric::float_to_int(*f).map_err(|e| vm.num_error(e))?,
        )),
        Value::Str(s) => {
            let text = s.text.clone();
            parse_int(vm, &text, 10, v)
        }
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(b).into_owned();
            parse_int(vm, &text, 10, v)
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.lookup_special(v, name) {
                    return vm.call(&m, std::slice::from_ref(v));
                }
            }
            let name = vm.type_name(v);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{name}'"
            )))
        }
    }
}

/// Whether base 0 reads `text` in base 16, 8 or 2 (which the digit limit does not cover).
fn has_binary_prefix(text: &str, base: u32) -> bool {
    let body = text
        .trim()
        .trim_start_matches(['+', '-'])
        .to_ascii_lowercase();
    base == 0 && ["0x", "0o", "0b"].iter().any(|p| body.starts_with(p))
}

/// CPython 3.11's limit on decimal (and other non-power-of-two base) conversions.
const MAX_STR_DIGITS: u64 = 4300;

fn parse_int(vm: &mut Vm, text: &str, base: u32, original: &Value) -> PyResult<Value> {
    match numeric::parse_int(text, base) {
        Some(i) if !base.is_power_of_two() && !has_binary_prefix(text, base) => {
            // CPython counts the digits written, leading zeros included.
            let digits = text.chars().filter(|c| c.is_alphanumeric()).count() as u64;
            if digits > MAX_STR_DIGITS {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(Value::int(i))
        }
        Some(i) => Ok(Value::int(i)),
        None => {
            let shown = vm.repr(original)?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "bool")?;
    let rest = split(&args);
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    match rest.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "float")?;
    let rest = split(&args);
    let Some(v) = rest.first() else {
        return Ok(Value::Float(0.0));
    };
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            Ok(Value::Float(vm.to_f64(v)?.unwrap_or_default()))
        }
        Value::Str(s) => match numeric::parse_float(&s.text) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let shown = vm.repr(v)?;
                Err(vm.value_error(format!("could not convert string to float: {shown}")))
            }
        },
        _ => {
            if let Some(m) = vm.lookup_special(v, "__float__") {
                return vm.call(&m, std::slice::from_ref(v));
            }
            let name = vm.type_name(v);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{name}'"
            )))
        }
    }
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    let encoding = rest.get(1).or(args.kwarg("encoding"));
    match (rest.first(), encoding) {
        (None, _) => Ok(Value::str("")),
        (Some(Value::Bytes(b)), Some(_)) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => Err(vm.utf8_error(b, e)),
        },
        (Some(v), _) => Ok(Value::str(vm.str_of(v)?)),
    }
}

impl Vm {
    /// The UnicodeDecodeError for invalid UTF-8, worded as CPython's.
    pub fn utf8_error(&mut self, bytes: &[u8], e: std::str::Utf8Error) -> crate::vm::PyErr {
        let at = e.valid_up_to();
        let reason = match e.error_len() {
            None => "unexpected end of data",
            Some(_) => {
                let b = bytes[at];
                if (0x80..0xc2).contains(&b) || b > 0xf4 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                }
            }
        };
        self.new_error(
            "UnicodeDecodeError",
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
                bytes[at]
            ),
        )
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    match rest.first() {
        None => Ok(Value::Bytes(Rc::new(Vec::new()))),
        Some(Value::Str(s)) => {
            if rest.len() < 2 && args.kwarg("encoding").is_none() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            Ok(Value::Bytes(Rc::new(s.text.as_bytes().to_vec())))
        }
        Some(v @ Value::Instance(_)) if vm.lookup_special(v, "__index__").is_some() => {
            let n = vm.expect_int(v)?;
            bytes_new(vm, Args::positional(&[Value::None, Value::Int(n)]))
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n as usize > crate::vm::ops::MAX_BYTES {
                return Err(vm.new_error("MemoryError", ""));
            }
            Ok(Value::Bytes(Rc::new(vec![0; *n as usize])))
        }
        Some(v) => {
            // Item by item, so a bad item stops the iterable where CPython stops it.
            let items = vm.iter(v)?;
            let mut out = Vec::new();
            while let Some(item) = vm.next(&items)? {
                match vm.index_of(&item)? {
                    Some(i @ 0..=255) => out.push(i as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        let name = vm.type_name(&item);
                        return Err(vm.type_error(format!(
                            "'{name}' object cannot be interpreted as an integer"
                        )));
                    }
                }
            }
            Ok(Value::Bytes(Rc::new(out)))
        }
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "tuple")?;
    match split(&args).first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "list")?;
    let rest = split(&args);
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    match rest.first() {
        None => Ok(Value::list(Vec::new())),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    let dict = Rc::new(Dict::default());
    let target = Value::Dict(dict.clone());
    if let Some(source) = rest.first() {
        vm.dict_update_from(&target, source)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&dict, Value::str(k), v.clone())?;
    }
    Ok(target)
}

impl Vm {
    /// `dict.update(source)`: a mapping, or an iterable of pairs.
    pub fn dict_update_from(&mut self, target: &Value, source: &Value) -> PyResult<()> {
        let Value::Dict(dict) = target else {
            return Ok(());
        };
        if matches!(source, Value::Dict(_)) || self.lookup_special(source, "keys").is_some() {
            return self.dict_update_op(target, source, false, None);
        }
        let items = self.iter(source)?;
        let mut i = 0;
        while let Some(item) = self.next(&items)? {
            let Ok(pair) = self.collect(&item) else {
                return Err(self.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut pair = pair.into_iter();
            let (k, v) = (pair.next().unwrap(), pair.next().unwrap());
            self.dict_set(dict, k, v)?;
            i += 1;
        }
        Ok(())
    }
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "set")?;
    match split(&args).first() {
        None => vm.new_set(Vec::new(), false),
        Some(v) => vm.set_from(v, false),
    }
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "frozenset")?;
    match split(&args).first() {
        None => vm.new_set(Vec::new(), true),
        Some(v) => vm.set_from(v, true),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, &args, "range")?;
    let rest = split(&args);
    let mut ints = Vec::with_capacity(rest.len());
    for v in rest {
        ints.push(match v {
            Value::BigInt(b) => (**b).clone(),
            other => BigInt::from(vm.expect_int(other)?),
        });
    }
    let one = BigInt::from(1);
    let (start, stop, step) = match &ints[..] {
        [stop] => (BigInt::zero(), stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                ints.len()
            )));
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    check_args(vm, "slice", &Args::positional(rest), 1, 3)?;
    let (start, stop, step) = match rest {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("checked"),
    };
    Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
}

fn property_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    let arg = |i: usize, name: &str| {
        rest.get(i)
            .or(args.kwarg(name))
            .cloned()
            .unwrap_or(Value::None)
    };
    Ok(Value::Wrapper(Rc::new(Wrapper::Property {
        fget: arg(0, "fget"),
        fset: arg(1, "fset"),
        fdel: arg(2, "fdel"),
        doc: arg(3, "doc"),
    })))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    check_args(vm, "staticmethod", &Args::positional(rest), 1, 1)?;
    Ok(Value::Wrapper(Rc::new(Wrapper::StaticMethod(
        rest[0].clone(),
    ))))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    check_args(vm, "classmethod", &Args::positional(rest), 1, 1)?;
    Ok(Value::Wrapper(Rc::new(Wrapper::ClassMethod(
        rest[0].clone(),
    ))))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = split(&args);
    match rest {
        [Value::Class(class), receiver] => Ok(Value::Wrapper(Rc::new(Wrapper::Super {
            class: class.clone(),
            receiver: receiver.clone(),
        }))),
        [] => Err(vm.new_error("RuntimeError", "super(): no arguments")),
        _ => Err(vm.type_error("super() argument 1 must be a type")),
    }
}

/// Property methods that return a copy with one accessor replaced (`@x.setter`).
pub fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let (Some(Value::Wrapper(w)), Some(f)) = (args.values.first(), args.values.get(1)) else {
        return Err(vm.type_error("property accessor takes one function"));
    };
    let Wrapper::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &**w
    else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Wrapper(Rc::new(Wrapper::Property {
        fget,
        fset,
        fdel,
        doc: doc.clone(),
    })))
}
