//! Methods of `str`.

use super::{add_method, check_method_args, wrong_receiver};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] =
        &[("join", join), ("upper", upper), ("lower", lower)];
    let class = vm.types.str_.clone();
    for (name, func) in methods {
        add_method(&class, "str", name, *func);
    }
}

/// The receiver of a str method.
fn text<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyStr> {
    match args.values.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(wrong_receiver(vm, "str", name, other)),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "str.join", &args, 1, 1)?;
    let sep = text(vm, &args, "join")?.text.clone();
    let items = vm.collect(&args.values[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
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

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "upper", &args, 0, 0)?;
    Ok(Value::str(text(vm, &args, "upper")?.text.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method_args(vm, "lower", &args, 0, 0)?;
    Ok(Value::str(text(vm, &args, "lower")?.text.to_lowercase()))
}
