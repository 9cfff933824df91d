//! The methods every class inherits from `object` (and the few `BaseException` overrides), so
//! `super().__init__()`, `super().__repr__()` and `!=` through `__eq__` work as in CPython.

use std::rc::Rc;

use super::add_method;
use crate::compile::opcode::CompareOp;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("__new__", new),
        ("__repr__", repr),
        ("__str__", str),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__format__", format),
        ("__setattr__", setattr),
        ("__delattr__", delattr),
        ("__getattribute__", getattribute),
    ];
    for (name, func) in methods {
        add_method(&object, "object", name, *func);
    }
    object.dict.borrow_mut().insert(
        Rc::from("__init_subclass__"),
        Value::Wrapper(Rc::new(Wrapper::ClassMethod(Value::Builtin(Rc::new(
            Builtin {
                name: "__init_subclass__",
                owner: Some("object"),
                func: init_subclass,
                bound: None,
            },
        ))))),
    );
    // Mutable containers are unhashable: their classes say so, as CPython's do.
    for class in [&vm.types.list, &vm.types.dict, &vm.types.set] {
        class
            .dict
            .borrow_mut()
            .insert(Rc::from("__hash__"), Value::None);
    }
    let base = vm.types.exception("BaseException");
    add_method(&base, "BaseException", "__repr__", exception_repr);
    add_method(&base, "BaseException", "__str__", exception_str);
}

fn receiver(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::None)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        let name = vm.type_name(&receiver(&args));
        return Err(vm.type_error(format!(
            "{name}.__init__() takes exactly one argument (the instance to initialize)"
        )));
    }
    Ok(Value::None)
}

/// `object.__new__(cls)`: a bare instance.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.values.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let class = class.clone();
    let takes_arguments = class
        .lookup("__init__")
        .is_some_and(|init| !matches!(init, Value::Builtin(_)));
    if args.values.len() > 1 && !takes_arguments {
        return Err(vm.type_error(format!("{}() takes no arguments", class.name)));
    }
    Ok(vm.bare_instance(&class, &args.pos()[1..]))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match receiver(&args) {
        Value::Instance(inst) => Ok(Value::str(vm.default_repr(&inst)?)),
        other => Ok(Value::str(vm.repr(&other)?)),
    }
}

fn str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match receiver(&args) {
        // Built-in values inherit these from `object` in tandem; they keep their own meaning.
        native @ Value::Str(_) => Ok(native),
        Value::Instance(inst) => Ok(Value::str(vm.repr(&Value::Instance(inst))?)),
        native => Ok(Value::str(vm.str_of(&native)?)),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, ..] = args.values else {
        return Ok(Value::NotImplemented);
    };
    if a.is(b) {
        return Ok(Value::Bool(true));
    }
    // A built-in data value compares as its own type does; anything else only by identity.
    let data = matches!(
        a,
        Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
    );
    if !data {
        return Ok(Value::NotImplemented);
    }
    vm.compare(CompareOp::Eq, a, b)
}

/// `object.__ne__`: the inverse of the type's `__eq__`, unless that is NotImplemented.
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, ..] = args.values else {
        return Ok(Value::NotImplemented);
    };
    let Some(eq) = vm.lookup_special(a, CompareOp::Eq.dunder()) else {
        return Ok(Value::NotImplemented);
    };
    match vm.call(&eq, &[a.clone(), b.clone()])? {
        Value::NotImplemented => Ok(Value::NotImplemented),
        r => Ok(Value::Bool(!vm.truthy(&r)?)),
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match receiver(&args) {
        v @ Value::Instance(_) => Ok(Value::Int(vm.identity_hash(&v))),
        native => Ok(Value::Int(vm.hash(&native)?)),
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.values.get(1).and_then(|s| s.as_str()).unwrap_or("");
    match receiver(&args) {
        v @ Value::Instance(_) => Ok(Value::str(vm.format_object(&v, spec)?)),
        native => Ok(Value::str(vm.format(&native, spec)?)),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name, value] = args.values else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    vm.generic_setattr(obj, name, value.clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.values else {
        return Err(vm.type_error("expected 1 argument"));
    };
    vm.generic_delattr(obj, name)?;
    Ok(Value::None)
}

fn getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, name] = args.values else {
        return Err(vm.type_error("expected 1 argument"));
    };
    vm.generic_getattr(obj, name)
}

/// `object.__init_subclass__`: accepts no class keywords.
fn init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = match args.values.first() {
            Some(Value::Class(c)) => c.name.to_string(),
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match receiver(&args) {
        Value::Instance(inst) => Ok(Value::str(vm.default_repr(&inst)?)),
        other => Ok(Value::str(vm.repr(&other)?)),
    }
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match receiver(&args) {
        Value::Instance(inst) => Ok(Value::str(vm.exception_str(&inst)?)),
        other => Ok(Value::str(vm.str_of(&other)?)),
    }
}
