//! Built-in functions: `print`, `len`, `sorted`, `isinstance`, ...

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{check_args, native};
use crate::compile::opcode::{BinaryOp, CompareOp};
use crate::vm::numeric;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("any", any),
        ("all", all),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("format", format),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("globals", no_frame),
        ("locals", no_frame),
        ("vars", vars),
        ("dir", dir),
        ("__build_class__", build_class),
        ("__import__", import),
        ("input", input),
    ];
    let builtins = vm.builtins.clone();
    for (name, func) in functions {
        builtins.set(name, native(name, *func));
    }
    builtins.set("None", Value::None);
    builtins.set("True", Value::Bool(true));
    builtins.set("False", Value::Bool(false));
    builtins.set("NotImplemented", Value::NotImplemented);
    builtins.set("Ellipsis", Value::Ellipsis);
    builtins.set("__debug__", Value::Bool(true));
    builtins.set("__name__", Value::str("builtins"));
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    for (name, value) in args.kwargs() {
        let text = |vm: &mut Vm, what: &str| -> PyResult<Option<String>> {
            match value {
                Value::None => Ok(None),
                Value::Str(s) => Ok(Some(s.text.clone())),
                other => {
                    let t = vm.type_name(other);
                    Err(vm.type_error(format!("{what} must be None or a string, not {t}")))
                }
            }
        };
        match name {
            "sep" => sep = text(vm, "sep")?.unwrap_or(sep),
            "end" => end = text(vm, "end")?.unwrap_or(end),
            "file" => file = value.clone(),
            "flush" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    // The standard streams take the line at once; other files see each piece written
    // separately, as CPython's print calls `write` for every item, separator and end.
    let pieces = vm.stream_of(&file).is_none();
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if pieces {
                vm.write_to(&file, &std::mem::take(&mut out))?;
            }
        }
        out.push_str(&vm.str_of(v)?);
        if pieces {
            vm.write_to(&file, &std::mem::take(&mut out))?;
        }
    }
    out.push_str(&end);
    vm.write_to(&file, &out)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.values[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&args.values[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(&args.values[0])?;
    Ok(Value::str(crate::vm::repr::ascii(&r)))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = &args.values[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::int(BigInt::from(*i).magnitude().clone().into()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::int(b.magnitude().clone().into()),
        Value::Float(f) => Value::Float(f.abs()),
        _ => match vm.lookup_special(v, "__abs__") {
            Some(m) => vm.call(&m, std::slice::from_ref(v))?,
            None => {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!("bad operand type for abs(): '{name}'")));
            }
        },
    })
}

/// min() and max(): one iterable or several arguments, `key=` and `default=`.
fn extreme(vm: &mut Vm, args: Args, name: &str, want: Ordering) -> PyResult<Value> {
    let pos = args.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" if !matches!(v, Value::None) => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    // One iterable is consumed item by item, so an error stops it where CPython stops.
    let items = match pos.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => vm.iter(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            vm.iter(&Value::tuple(pos.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&items)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                let op = if want == Ordering::Less {
                    CompareOp::Lt
                } else {
                    CompareOp::Gt
                };
                let r = vm.compare(op, &k, bk)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "min", Ordering::Less)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "max", Ordering::Greater)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let start = match (pos.get(1), args.kwarg("start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => Value::Int(0),
    };
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            pos.len()
        )));
    }
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.iter(&pos[0])?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(BinaryOp::Add, &acc, &item)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let mut items = vm.collect(&pos[0])?;
    let (key, reverse) = sort_options(vm, &args, "sorted")?;
    vm.sort(&mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// The `key=` and `reverse=` keywords of sorted() and list.sort().
pub fn sort_options(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = (!matches!(v, Value::None)).then(|| v.clone()),
            "reverse" => reverse = vm.truthy(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok((key, reverse))
}

impl Vm {
    /// A stable sort using only `<`, as CPython's list.sort.
    pub fn sort(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys = match key {
            Some(f) => {
                let mut keys = Vec::with_capacity(items.len());
                for item in items.iter() {
                    keys.push(self.call(f, std::slice::from_ref(item))?);
                }
                keys
            }
            None => items.clone(),
        };
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        let mut error = None;
        order.sort_by(|&a, &b| {
            if error.is_some() {
                return Ordering::Equal;
            }
            let less = |vm: &mut Vm, x: &Value, y: &Value| -> PyResult<bool> {
                match (x, y) {
                    (Value::Int(p), Value::Int(q)) => Ok(p < q),
                    (Value::Str(p), Value::Str(q)) => Ok(p.text < q.text),
                    _ => {
                        let r = vm.compare(CompareOp::Lt, x, y)?;
                        vm.truthy(&r)
                    }
                }
            };
            match less(self, &keys[a], &keys[b]) {
                Ok(true) => Ordering::Less,
                Ok(false) => Ordering::Greater,
                Err(e) => {
                    error = Some(e);
                    Ordering::Equal
                }
            }
        });
        if let Some(e) = error {
            return Err(e);
        }
        if reverse {
            order.reverse();
        }
        let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
        *items = sorted;
        Ok(())
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.chars,
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.inner.borrow().len(),
            Value::Set(s) => s.table.borrow().len(),
            Value::Range(r) => match r.len().to_usize() {
                Some(n) => n,
                None => {
                    return Err(self.new_error(
                        "OverflowError",
                        "Python int too large to convert to C ssize_t",
                    ));
                }
            },
            Value::Wrapper(w) => match &**w {
                Wrapper::DictView { dict, .. } => dict.inner.borrow().len(),
                _ => return Err(self.no_len(v)),
            },
            Value::Instance(_) => match self.lookup_special(v, "__len__") {
                Some(m) => {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    self.len_result(r)?
                }
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    fn no_len(&mut self, v: &Value) -> crate::vm::PyErr {
        let name = self.type_name(v);
        self.type_error(format!("object of type '{name}' has no len()"))
    }

    /// Writes text to a file object: sys.stdout, sys.stderr or anything with `write`.
    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        match self.stream_of(file) {
            Some(Stream::Stdout) => {
                let _ = self.stdout.write_all(text.as_bytes());
            }
            Some(Stream::Stderr) => {
                let _ = self.stdout.flush();
                let _ = self.stderr.write_all(text.as_bytes());
            }
            None => {
                let write = self.getattr(file, &Value::str("write"))?;
                self.call(&write, &[Value::str(text)])?;
            }
        }
        Ok(())
    }
}

use std::io::Write;

pub enum Stream {
    Stdout,
    Stderr,
}

impl Vm {
    /// Which standard stream a file object is (None means stdout, as print's default).
    pub fn stream_of(&mut self, file: &Value) -> Option<Stream> {
        match file {
            Value::None => Some(Stream::Stdout),
            Value::Instance(inst) => match inst
                .dict
                .borrow()
                .get("name")
                .and_then(|n| n.as_str().map(str::to_string))
            {
                Some(n) if n == "<stdout>" && &*inst.class.name == "TextIOWrapper" => {
                    Some(Stream::Stdout)
                }
                Some(n) if n == "<stderr>" && &*inst.class.name == "TextIOWrapper" => {
                    Some(Stream::Stderr)
                }
                _ => None,
            },
            _ => None,
        }
    }
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &args, 1, 1)?;
    let v = &args.values[0];
    let items = match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            vm.collect(v)?
        }
        Value::Dict(_) => vm.collect(v)?,
        Value::Wrapper(w) if matches!(&**w, Wrapper::DictView { .. }) => vm.collect(v)?,
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, "__reversed__") {
                return vm.call(&m, std::slice::from_ref(v));
            }
            if vm.lookup_special(v, "__len__").is_some()
                && vm.lookup_special(v, "__getitem__").is_some()
            {
                let n = vm.len(v)?;
                let mut items = Vec::with_capacity(n);
                for i in 0..n {
                    items.push(vm.getitem(v, &Value::Int(i as i64))?);
                }
                items
            } else {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!("'{name}' object is not reversible")));
            }
        }
        _ => {
            let name = vm.type_name(v);
            return Err(vm.type_error(format!("'{name}' object is not reversible")));
        }
    };
    let mut items = items;
    items.reverse();
    let name = match v {
        Value::List(_) => "list_reverseiterator",
        Value::Range(_) => "range_iterator",
        Value::Dict(_) => "dict_reversekeyiterator",
        Value::Wrapper(w) => match &**w {
            Wrapper::DictView {
                kind: DictViewKind::Values,
                ..
            } => "dict_reversevalueiterator",
            Wrapper::DictView {
                kind: DictViewKind::Items,
                ..
            } => "dict_reverseitemiterator",
            _ => "dict_reversekeyiterator",
        },
        _ => "reversed",
    };
    Ok(Value::Iterator(Rc::new(RefCell::new(NativeIter::Items {
        items,
        index: 0,
        name,
    }))))
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let start = match (pos.get(1), args.kwarg("start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => Value::Int(0),
    };
    let Some(iterable) = pos.first() else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    if vm.index_of(&start)?.is_none() {
        let name = vm.type_name(&start);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    }
    let iter = vm.iter(iterable)?;
    Ok(Value::Iterator(Rc::new(RefCell::new(
        NativeIter::Enumerate { iter, count: start },
    ))))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.kwarg("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, v) in args.pos().iter().enumerate() {
        match vm.iter(v) {
            Ok(it) => iters.push(it),
            Err(e) if vm.is_instance_of(&e, "TypeError") => {
                return Err(
                    vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                );
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Iterator(Rc::new(RefCell::new(NativeIter::Zip {
        iters,
        strict,
    }))))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for v in &pos[1..] {
        iters.push(vm.iter(v)?);
    }
    Ok(Value::Iterator(Rc::new(RefCell::new(NativeIter::Map {
        func: pos[0].clone(),
        iters,
    }))))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "filter", &args, 2, 2)?;
    let iter = vm.iter(&args.values[1])?;
    Ok(Value::Iterator(Rc::new(RefCell::new(NativeIter::Filter {
        func: args.values[0].clone(),
        iter,
    }))))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&args.values[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

impl Vm {
    /// `isinstance(v, class_or_tuple)`.
    pub fn isinstance(&mut self, v: &Value, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Class(c) => Ok(self.class_of(v).is_subclass(c)),
            Value::Tuple(items) => {
                for item in items.iter() {
                    if self.isinstance(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(
        vm.isinstance(&args.values[0], &args.values[1])?,
    ))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(c) = &args.values[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, c: &Rc<Class>, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Class(s) => Ok(c.is_subclass(s)),
            Value::Tuple(items) => {
                for item in items.iter() {
                    if check(vm, c, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        }
    }
    Ok(Value::Bool(check(vm, c, &args.values[1])?))
}

fn attr_name(vm: &mut Vm, name: &Value) -> PyResult<Value> {
    match name {
        Value::Str(_) => Ok(name.clone()),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.is_instance_of(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    match vm.getattr(&args.values[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.values.len() == 3 && vm.is_instance_of(&e, "AttributeError") => {
            Ok(args.values[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.setattr(&args.values[0], &name, args.values[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.values[1])?;
    vm.delattr(&args.values[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callable", &args, 1, 1)?;
    let v = &args.values[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
        _ => false,
    }))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(vm.object_id(&args.values[0]) as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.values[0])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 2)?;
    if args.values.len() == 2 {
        let func = args.values[0].clone();
        let is_callable = callable(vm, Args::positional(std::slice::from_ref(&func)))?;
        if !matches!(is_callable, Value::Bool(true)) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iterator(Rc::new(RefCell::new(
            NativeIter::Callable {
                func,
                sentinel: args.values[1].clone(),
            },
        ))));
    }
    vm.iter(&args.values[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = &args.values[0];
    let is_iterator = match it {
        Value::Iterator(_) | Value::Generator(_) => true,
        Value::Instance(_) => vm.lookup_special(it, "__next__").is_some(),
        _ => false,
    };
    if !is_iterator {
        let name = vm.type_name(it);
        return Err(vm.type_error(format!("'{name}' object is not an iterator")));
    }
    if let Value::Instance(_) = it {
        // Call __next__ directly so the StopIteration (and its value) propagates unchanged.
        let m = vm.lookup_special(it, "__next__").expect("checked above");
        return match vm.call(&m, std::slice::from_ref(it)) {
            Err(e) if args.values.len() == 2 && vm.is_instance_of(&e, "StopIteration") => {
                Ok(args.values[1].clone())
            }
            other => other,
        };
    }
    if let Value::Generator(generator) = it {
        // A generator's return value travels in the StopIteration.
        return match (super::generators::next(vm, generator), args.values.get(1)) {
            (Err(e), Some(default)) if vm.is_instance_of(&e, "StopIteration") => {
                Ok(default.clone())
            }
            (result, _) => result,
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.values.get(1) {
            Some(default) => Ok(default.clone()),
            None => {
                let class = vm.types.exception("StopIteration");
                Err(vm.new_raised(class, Vec::new()))
            }
        },
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chr", &args, 1, 1)?;
    let Some(i) = vm.index_of(&args.values[0])? else {
        let name = vm.type_name(&args.values[0]);
        return Err(vm.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None if (0xD800..0xE000).contains(&i) => Ok(Value::str('\u{FFFD}'.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ord", &args, 1, 1)?;
    match &args.values[0] {
        Value::Str(s) if s.chars == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars
        ))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        other => {
            let name = vm.type_name(other);
            Err(vm.type_error(format!(
                "ord() expected string of length 1, but {name} found"
            )))
        }
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.values[0], &args.values[1]);
    if let (Some(x), Some(y)) = (vm.to_f64(a)?, vm.to_f64(b)?)
        && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
    {
        let (q, r) = numeric::float_divmod(x, y).map_err(|e| vm.num_error(e))?;
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if is_int(a) && is_int(b) {
        if matches!(b, Value::Int(0) | Value::Bool(false)) {
            return Err(vm.new_error("ZeroDivisionError", "integer division or modulo by zero"));
        }
        let q = vm.binary_op(BinaryOp::FloorDivide, a, b)?;
        let r = vm.binary_op(BinaryOp::Remainder, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(m) = vm.lookup_special(a, "__divmod__") {
        let r = vm.call(&m, &[a.clone(), b.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(m) = vm.lookup_special(b, "__rdivmod__") {
        let r = vm.call(&m, &[b.clone(), a.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let (na, nb) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let modulus = pos.get(2).or(args.kwarg("mod")).cloned();
    let (Some(base), Some(exp)) = (
        pos.first().or(args.kwarg("base")),
        pos.get(1).or(args.kwarg("exp")),
    ) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None | Some(Value::None) => vm.binary_op(BinaryOp::Power, base, exp),
        Some(m) => {
            let to_big = |v: &Value| match v {
                Value::Int(i) => Some(BigInt::from(*i)),
                Value::Bool(b) => Some(BigInt::from(*b as i64)),
                Value::BigInt(b) => Some((**b).clone()),
                _ => None,
            };
            match (to_big(base), to_big(exp), to_big(&m)) {
                (Some(b), Some(e), Some(m)) => {
                    let r = numeric::int_pow_mod(&b, &e, &m).map_err(|e| vm.num_error(e))?;
                    Ok(Value::int(r))
                }
                _ => Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )),
            }
        }
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let ndigits = pos.get(1).or(args.kwarg("ndigits")).cloned();
    let Some(number) = pos.first().or(args.kwarg("number")) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.expect_int(&v)?),
    };
    match number {
        Value::Float(f) => match numeric::round_float(*f, ndigits).map_err(|e| vm.num_error(e))? {
            numeric::FloatRound::Int(i) => Ok(Value::int(i)),
            numeric::FloatRound::Float(f) => Ok(Value::Float(f)),
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match ndigits {
            None | Some(0..) => Ok(match number {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => number.clone(),
            }),
            Some(n) => {
                let big = match number {
                    Value::Int(i) => BigInt::from(*i),
                    Value::Bool(b) => BigInt::from(*b as i64),
                    Value::BigInt(b) => (**b).clone(),
                    _ => unreachable!(),
                };
                Ok(Value::int(numeric::round_int(&big, n)))
            }
        },
        _ => match vm.lookup_special(number, "__round__") {
            Some(m) => {
                let mut call_args = vec![number.clone()];
                if let Some(n) = ndigits {
                    call_args.push(Value::Int(n));
                }
                vm.call(&m, &call_args)
            }
            None => {
                let name = vm.type_name(number);
                Err(vm.type_error(format!("type {name} doesn't define __round__ method")))
            }
        },
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = match args.values.get(1) {
        Some(Value::Str(s)) => s.text.clone(),
        Some(other) => {
            let name = vm.type_name(other);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {name}")));
        }
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args.values[0], &spec)?))
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let v = &args.values[0];
    let big = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => match vm.index_of(v)? {
            Some(i) => BigInt::from(i),
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    Ok(Value::str(numeric::int_to_radix(&big, base, true)))
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

/// `globals()`, `locals()` and `vars()` are answered by the dispatch loop, which has the
/// calling frame (through a variable too). Called from native code (`map(globals, ...)`) they
/// have no Python frame to look at, and say so rather than answer for the wrong scope.
fn no_frame(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(
        "RuntimeError",
        "tandem answers globals(), locals() and vars() only when Python code calls them",
    ))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 0, 1)?;
    match args.values.first() {
        Some(v) => match vm.getattr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        None => no_frame(vm, args),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 0, 1)?;
    let mut names: Vec<String> = match args.values.first() {
        Some(Value::Module(m)) => m.items().into_iter().map(|(k, _)| k.to_string()).collect(),
        Some(Value::Instance(inst)) => {
            let mut names: Vec<String> = inst.dict.borrow().keys().map(|k| k.to_string()).collect();
            names.extend(inst.class.dict.borrow().keys().map(|k| k.to_string()));
            for c in &inst.class.mro {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
            names
        }
        Some(Value::Class(c)) => {
            let mut names: Vec<String> = c.dict.borrow().keys().map(|k| k.to_string()).collect();
            for base in &c.mro {
                names.extend(base.dict.borrow().keys().map(|k| k.to_string()));
            }
            names
        }
        Some(v) => {
            let class = vm.class_of(v);
            class.dict.borrow().keys().map(|k| k.to_string()).collect()
        }
        None => Vec::new(),
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.build_class(args)
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.values.first() else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let name = name.text.clone();
    vm.import(&name)
}

/// `input(prompt)`: a line of stdin without its newline; EOFError at the end of input.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "input", &args, 0, 1)?;
    if let Some(prompt) = args.values.first() {
        let text = vm.str_of(prompt)?;
        vm.write_to(&Value::None, &text)?;
    }
    vm.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(line))
        }
    }
}
