//! Methods of the built-in containers: list, tuple, dict, set, and the small ones of int, float,
//! bytes and property. String methods live in [`super::str_methods`].

use std::rc::Rc;

use super::{add_method, check_method_args, wrong_receiver};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

/// A type's native methods by name.
type MethodTable = &'static [(&'static str, NativeFn)];

/// The methods sets and frozensets share: none of them changes the set.
const SET_QUERIES: MethodTable = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let tables: Vec<(Rc<Class>, &'static str, MethodTable)> = vec![
        (
            t.list.clone(),
            "list",
            &[
                ("append", list_append),
                ("extend", list_extend),
                ("insert", list_insert),
                ("pop", list_pop),
                ("remove", list_remove),
                ("index", seq_index),
                ("count", seq_count),
                ("sort", list_sort),
                ("reverse", list_reverse),
                ("copy", list_copy),
                ("clear", list_clear),
            ],
        ),
        (
            t.tuple.clone(),
            "tuple",
            &[("index", seq_index), ("count", seq_count)],
        ),
        (
            t.dict.clone(),
            "dict",
            &[
                ("get", dict_get),
                ("keys", dict_keys),
                ("values", dict_values),
                ("items", dict_items),
                ("pop", dict_pop),
                ("popitem", dict_popitem),
                ("setdefault", dict_setdefault),
                ("update", dict_update),
                ("copy", dict_copy),
                ("clear", dict_clear),
            ],
        ),
        (t.set.clone(), "set", SET_QUERIES),
        (
            t.set.clone(),
            "set",
            &[
                ("add", set_add),
                ("remove", set_remove),
                ("discard", set_discard),
                ("pop", set_pop),
                ("clear", set_clear),
                ("update", set_update),
            ],
        ),
        (t.frozenset.clone(), "frozenset", SET_QUERIES),
        (
            t.int.clone(),
            "int",
            &[("bit_length", int_bit_length), ("conjugate", int_conjugate)],
        ),
        (
            t.float.clone(),
            "float",
            &[
                ("is_integer", float_is_integer),
                ("as_integer_ratio", float_as_integer_ratio),
            ],
        ),
        (t.bytes.clone(), "bytes", &[("decode", bytes_decode)]),
        (
            t.property.clone(),
            "property",
            &[
                ("getter", property_getter),
                ("setter", property_setter),
                ("deleter", property_deleter),
            ],
        ),
        (t.type_.clone(), "type", &[("mro", type_mro)]),
        (t.slice.clone(), "slice", &[("indices", slice_indices)]),
        (
            t.range.clone(),
            "range",
            &[("index", range_index), ("count", range_count)],
        ),
    ];
    for (class, owner, methods) in tables {
        for (name, func) in methods {
            add_method(&class, owner, name, *func);
        }
    }
    let fromkeys = Value::Wrapper(Rc::new(Wrapper::ClassMethod(Value::Builtin(Rc::new(
        Builtin {
            name: "fromkeys",
            owner: Some("dict"),
            func: dict_fromkeys,
            bound: None,
        },
    )))));
    vm.types
        .dict
        .dict
        .borrow_mut()
        .insert(Rc::from("fromkeys"), fromkeys);
}

fn list_of<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<&'a Rc<std::cell::RefCell<Vec<Value>>>> {
    match args.values.first() {
        Some(Value::List(l)) => Ok(l),
        Some(other) => Err(wrong_receiver(vm, "list", name, other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'list' object needs an argument"
        ))),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "list.append", &args, 1, 1)?;
    list_of(vm, &args, "append")?
        .borrow_mut()
        .push(args.values[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "list.extend", &args, 1, 1)?;
    let list = list_of(vm, &args, "extend")?.clone();
    let items = vm.collect(&args.values[1])?;
    list.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "insert", &args, 2, 2)?;
    let list = list_of(vm, &args, "insert")?.clone();
    let i = vm.expect_int(&args.values[1])?;
    let len = list.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    list.borrow_mut()
        .insert(at as usize, args.values[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 0, 1)?;
    let list = list_of(vm, &args, "pop")?.clone();
    let len = list.borrow().len() as i64;
    if len == 0 {
        return Err(vm.new_error("IndexError", "pop from empty list"));
    }
    let i = match args.values.get(1) {
        Some(v) => vm.expect_int(v)?,
        None => -1,
    };
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(vm.new_error("IndexError", "pop index out of range"));
    }
    Ok(list.borrow_mut().remove(at as usize))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "list.remove", &args, 1, 1)?;
    let list = list_of(vm, &args, "remove")?.clone();
    let items = list.borrow().clone();
    for (i, item) in items.iter().enumerate() {
        if item.is(&args.values[1]) || vm.eq(item, &args.values[1])? {
            list.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `list.index` and `tuple.index`, with optional start and stop.
fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "index", &args, 1, 3)?;
    let seq = &args.values[0];
    let items = vm.collect(seq)?;
    let len = items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        Ok(match v {
            Some(v) => {
                let i = vm.expect_int(v)?;
                if i < 0 { (i + len).max(0) } else { i.min(len) }
            }
            None => default,
        })
    };
    let start = bound(vm, args.values.get(2), 0)?;
    let stop = bound(vm, args.values.get(3), len)?;
    for i in start..stop {
        let item = &items[i as usize];
        if item.is(&args.values[1]) || vm.eq(item, &args.values[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = match seq {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        _ => {
            let r = vm.repr(&args.values[1])?;
            format!("{r} is not in list")
        }
    };
    Err(vm.value_error(what))
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "count", &args, 1, 1)?;
    let items = vm.collect(&args.values[0])?;
    let mut n = 0;
    for item in &items {
        if item.is(&args.values[1]) || vm.eq(item, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let list = list_of(vm, &args, "sort")?.clone();
    let (key, reverse) = super::functions::sort_options(vm, &args, "sort")?;
    // CPython empties the list while sorting, so a key function sees it empty.
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let result = vm.sort(&mut items, key.as_ref(), reverse);
    let modified = !list.borrow().is_empty();
    *list.borrow_mut() = items;
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "reverse", &args, 0, 0)?;
    list_of(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "copy", &args, 0, 0)?;
    let items = list_of(vm, &args, "copy")?.borrow().clone();
    Ok(Value::list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "clear", &args, 0, 0)?;
    list_of(vm, &args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<Dict>> {
    match args.values.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(other) => Err(wrong_receiver(vm, "dict", name, other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'dict' object needs an argument"
        ))),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "get", &args, 1, 2)?;
    let d = dict_of(vm, &args, "get")?;
    Ok(vm
        .dict_get(&d, &args.values[1])?
        .unwrap_or_else(|| args.values.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm, args: Args, kind: DictViewKind, name: &str) -> PyResult<Value> {
    check_method_args(vm, name, &args, 0, 0)?;
    let dict = dict_of(vm, &args, name)?;
    Ok(Value::Wrapper(Rc::new(Wrapper::DictView { dict, kind })))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, DictViewKind::Keys, "keys")
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, DictViewKind::Values, "values")
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, DictViewKind::Items, "items")
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 1, 2)?;
    let d = dict_of(vm, &args, "pop")?;
    match vm.dict_remove(&d, &args.values[1])? {
        Some(v) => Ok(v),
        None => match args.values.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(&args.values[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "popitem", &args, 0, 0)?;
    let d = dict_of(vm, &args, "popitem")?;
    let last = d.inner.borrow().last_index();
    match last.and_then(|i| d.inner.borrow_mut().remove_at(i)) {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "setdefault", &args, 1, 2)?;
    let d = dict_of(vm, &args, "setdefault")?;
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    vm.dict_setdefault(&d, args.values[1].clone(), default)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let d = dict_of(vm, &args, "update")?;
    if let Some(source) = pos.get(1) {
        vm.dict_update_from(&args.values[0], source)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&d, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "copy", &args, 0, 0)?;
    let d = dict_of(vm, &args, "copy")?;
    let copy = Dict::default();
    *copy.inner.borrow_mut() = d.inner.borrow().clone();
    Ok(Value::Dict(Rc::new(copy)))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "clear", &args, 0, 0)?;
    dict_of(vm, &args, "clear")?.inner.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "fromkeys", &args, 1, 2)?;
    let d = Rc::new(Dict::default());
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let keys = vm.iter(&args.values[1])?;
    while let Some(key) = vm.next(&keys)? {
        vm.dict_set(&d, key, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn set_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<Set>> {
    match args.values.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        Some(other) => Err(wrong_receiver(vm, "set", name, other)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'set' object needs an argument"
        ))),
    }
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "set.add", &args, 1, 1)?;
    vm.set_add(&args.values[0], args.values[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "set.remove", &args, 1, 1)?;
    let s = set_of(vm, &args, "remove")?;
    if !vm.set_remove(&s, &args.values[1])? {
        return Err(vm.key_error(&args.values[1]));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "set.discard", &args, 1, 1)?;
    let s = set_of(vm, &args, "discard")?;
    vm.set_remove(&s, &args.values[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "pop", &args, 0, 0)?;
    let s = set_of(vm, &args, "pop")?;
    let popped = s.table.borrow_mut().pop();
    match popped {
        Some((_, v)) => Ok(v),
        None => Err(vm.new_error("KeyError", "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "clear", &args, 0, 0)?;
    set_of(vm, &args, "clear")?.table.borrow_mut().clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "copy", &args, 0, 0)?;
    let s = set_of(vm, &args, "copy")?;
    let table = s.table.borrow().copy();
    Ok(Value::Set(Rc::new(Set {
        table: std::cell::RefCell::new(table),
        frozen: s.frozen,
    })))
}

/// Applies a set operator to the receiver and each argument (any iterable) in turn.
fn set_algebra(
    vm: &mut Vm,
    args: Args,
    op: crate::compile::opcode::BinaryOp,
    name: &str,
) -> PyResult<Value> {
    let s = set_of(vm, &args, name)?;
    let mut acc = args.values[0].clone();
    let inplace = op.is_inplace();
    if !inplace {
        let table = s.table.borrow().copy();
        acc = Value::Set(Rc::new(Set {
            table: std::cell::RefCell::new(table),
            frozen: s.frozen,
        }));
    }
    for other in &args.pos()[1..] {
        let other = match other {
            Value::Set(_) => other.clone(),
            _ => vm.set_from(other, false)?,
        };
        acc = vm.set_operator(op.inplace(), &acc, &other)?;
    }
    if inplace {
        return Ok(Value::None);
    }
    Ok(acc)
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_algebra(
        vm,
        args,
        crate::compile::opcode::BinaryOp::InplaceOr,
        "update",
    )
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_algebra(vm, args, crate::compile::opcode::BinaryOp::Or, "union")
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_algebra(
        vm,
        args,
        crate::compile::opcode::BinaryOp::And,
        "intersection",
    )
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_algebra(
        vm,
        args,
        crate::compile::opcode::BinaryOp::Subtract,
        "difference",
    )
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_algebra(
        vm,
        args,
        crate::compile::opcode::BinaryOp::Xor,
        "symmetric_difference",
    )
}

fn other_set(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 1)?;
    match &args.values[1] {
        v @ Value::Set(_) => Ok(v.clone()),
        v => vm.set_from(v, false),
    }
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = other_set(vm, &args, "issubset")?;
    Ok(Value::Bool(vm.set_is_subset(&args.values[0], &other)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = other_set(vm, &args, "issuperset")?;
    Ok(Value::Bool(vm.set_is_subset(&other, &args.values[0])?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = other_set(vm, &args, "isdisjoint")?;
    let both = vm.set_operator(
        crate::compile::opcode::BinaryOp::And,
        &args.values[0],
        &other,
    )?;
    Ok(Value::Bool(!vm.truthy(&both)?))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "bit_length", &args, 0, 0)?;
    Ok(match &args.values[0] {
        Value::Int(i) => Value::Int(64 - i.unsigned_abs().leading_zeros() as i64),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::Int(b.bits() as i64),
        other => return Err(wrong_receiver(vm, "int", "bit_length", other)),
    })
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "conjugate", &args, 0, 0)?;
    Ok(args.values[0].clone())
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "is_integer", &args, 0, 0)?;
    match &args.values[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        other => Err(wrong_receiver(vm, "float", "is_integer", other)),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "as_integer_ratio", &args, 0, 0)?;
    let Value::Float(f) = &args.values[0] else {
        return Err(wrong_receiver(
            vm,
            "float",
            "as_integer_ratio",
            &args.values[0],
        ));
    };
    let (n, d) = crate::vm::numeric::float_as_integer_ratio(*f).map_err(|e| vm.num_error(e))?;
    Ok(Value::tuple(vec![Value::int(n), Value::int(d)]))
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Bytes(b) = &args.values[0] else {
        return Err(wrong_receiver(vm, "bytes", "decode", &args.values[0]));
    };
    match std::str::from_utf8(b) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => Err(vm.utf8_error(b, e)),
    }
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::types::property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::types::property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::types::property_with(vm, args, 2)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.values.first() else {
        return Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument"));
    };
    let mut items = vec![Value::Class(c.clone())];
    items.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
    Ok(Value::list(items))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "indices", &args, 1, 1)?;
    let Value::Slice(s) = &args.values[0] else {
        return Err(wrong_receiver(vm, "slice", "indices", &args.values[0]));
    };
    let len = vm.expect_int(&args.values[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "index", &args, 1, 1)?;
    let Value::Range(r) = &args.values[0] else {
        return Err(wrong_receiver(vm, "range", "index", &args.values[0]));
    };
    let is_int = matches!(
        args.values[1],
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
    );
    if is_int && vm.contains(&args.values[0], &args.values[1])? {
        let i = match &args.values[1] {
            Value::BigInt(b) => (**b).clone(),
            other => num_bigint::BigInt::from(vm.expect_int(other)?),
        };
        return Ok(Value::int((i - &r.start) / &r.step));
    }
    if !is_int {
        // Other values are searched for by equality, as in a sequence.
        return seq_index(vm, args);
    }
    let shown = vm.repr(&args.values[1])?;
    Err(vm.value_error(format!("{shown} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "count", &args, 1, 1)?;
    if matches!(
        args.values[1],
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
    ) {
        return Ok(Value::Int(
            vm.contains(&args.values[0], &args.values[1])? as i64
        ));
    }
    seq_count(vm, args)
}
