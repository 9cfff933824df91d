//! The `builtins` module and the methods of the built-in types.
//!
//! Every native function has the signature [`NativeFn`]; methods get their receiver as the first
//! argument. [`install`] fills the builtins module and the type dictionaries at start-up.

mod functions;
mod generators;
mod methods;
mod modules;
mod object;
mod str_methods;
mod types;

use std::rc::Rc;

use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    functions::install(vm);
    types::install(vm);
    methods::install(vm);
    generators::install(vm);
    str_methods::install(vm);
    let builtins = vm.builtins.clone();
    for (name, class) in vm.types.exceptions.clone() {
        builtins.set(name, Value::Class(class));
    }
    // Old names CPython keeps for OSError.
    let os_error = Value::Class(vm.types.exception("OSError"));
    builtins.set("IOError", os_error.clone());
    builtins.set("EnvironmentError", os_error);
    let base = vm.types.exception("BaseException");
    add_method(&base, "BaseException", "__init__", exception_init);
    object::install(vm);
    add_method(
        &base,
        "BaseException",
        "with_traceback",
        exception_with_traceback,
    );
}

/// A native function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        owner: None,
        func,
        bound: None,
    }))
}

/// Adds a method to a built-in class.
pub fn add_method(class: &Rc<Class>, owner: &'static str, name: &'static str, func: NativeFn) {
    class.dict.borrow_mut().insert(
        Rc::from(name),
        Value::Builtin(Rc::new(Builtin {
            name,
            owner: Some(owner),
            func,
            bound: None,
        })),
    );
}

/// Checks the number of positional arguments and that no keywords were passed, with CPython's
/// messages for functions that take a fixed number.
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(vm.type_error(arity_message(name, n, min, max)))
}

fn arity_message(name: &str, n: usize, min: usize, max: usize) -> String {
    if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }
}

/// Methods check their receiver's arity excluding the receiver itself.
pub fn check_method_args(
    vm: &mut Vm,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else {
        arity_message(name, n, min, max)
    };
    Err(vm.type_error(message))
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.values.first()
        && let Some(exc) = &inst.exc
    {
        if !args.kwnames.is_empty() {
            let name = inst.class.name.clone();
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        exc.borrow_mut().args = args.values[1..].to_vec();
    }
    Ok(Value::None)
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

/// The `TypeError` for a method receiver of the wrong type (`descriptor 'append' for 'list'
/// objects doesn't apply to a 'int' object`).
pub fn wrong_receiver(vm: &mut Vm, owner: &str, name: &str, receiver: &Value) -> PyErr {
    let got = vm.type_name(receiver);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
    ))
}
