//! The methods of generator objects (`send`, `throw`, `close`, `__next__`, `__iter__`) and of
//! the frames `gi_frame` shows. The protocol itself lives in [`crate::vm::generator`].

use std::rc::Rc;

use super::{add_method, check_method_args, wrong_receiver};
use crate::vm::generator::{GenState, Generator, Resumed, Thrown};
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let class = vm.types.generator.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("send", send),
        ("throw", throw),
        ("close", close),
        ("__next__", dunder_next),
        ("__iter__", dunder_iter),
    ];
    for &(name, func) in methods {
        add_method(&class, "generator", name, func);
    }
}

/// The generator a method was called on.
fn receiver(vm: &mut Vm, name: &str, args: &Args) -> PyResult<Rc<Generator>> {
    match args.values.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(other) => Err(wrong_receiver(vm, "generator", name, other)),
        None => Err(vm.type_error(format!(
            "unbound method generator.{name}() needs an argument"
        ))),
    }
}

/// A run's outcome as the methods report it: the yielded value, or StopIteration carrying
/// the return value (none at all for None, as CPython raises it).
fn yielded(vm: &mut Vm, outcome: Resumed) -> PyResult<Value> {
    match outcome {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn stop_iteration(vm: &mut Vm, value: Value) -> PyErr {
    let args = match value {
        Value::None => Vec::new(),
        v => vec![v],
    };
    let class = vm.types.exception("StopIteration");
    vm.new_raised(class, args)
}

/// `next(generator)`.
pub fn next(vm: &mut Vm, generator: &Rc<Generator>) -> PyResult<Value> {
    let outcome = vm.gen_send(generator, Value::None)?;
    yielded(vm, outcome)
}

fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generator = receiver(vm, "send", &args)?;
    check_method_args(vm, "send", &args, 1, 1)?;
    let outcome = vm.gen_send(&generator, args.values[1].clone())?;
    yielded(vm, outcome)
}

fn throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generator = receiver(vm, "throw", &args)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    let n = args.values.len() - 1;
    if !(1..=3).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            format!("throw expected at least 1 argument, got {n}")
        } else {
            format!("throw expected at most 3 arguments, got {n}")
        }));
    }
    let thrown = Thrown {
        typ: args.values[1].clone(),
        value: args.values.get(2).cloned(),
        traceback: args.values.get(3).cloned(),
    };
    let outcome = vm.gen_throw(&generator, thrown, true)?;
    yielded(vm, outcome)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generator = receiver(vm, "close", &args)?;
    check_method_args(vm, "close", &args, 0, 0)?;
    vm.gen_close(&generator)?;
    Ok(Value::None)
}

fn dunder_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generator = receiver(vm, "__next__", &args)?;
    check_method_args(vm, "__next__", &args, 0, 0)?;
    next(vm, &generator)
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let generator = receiver(vm, "__iter__", &args)?;
    check_method_args(vm, "__iter__", &args, 0, 0)?;
    Ok(Value::Generator(generator))
}

impl Vm {
    /// The data attributes of a generator: `gi_*`, `__name__` and `__qualname__`.
    pub fn generator_attr(&mut self, generator: &Rc<Generator>, name: &str) -> Option<Value> {
        let state = generator.state.get();
        Some(match name {
            "__name__" => Value::str(&**generator.name.borrow()),
            "__qualname__" => Value::str(&**generator.qualname.borrow()),
            "gi_code" => Value::Code(generator.func.code.clone()),
            "gi_running" => Value::Bool(state == GenState::Running),
            "gi_suspended" => Value::Bool(state == GenState::Suspended),
            "gi_yieldfrom" => generator.yieldfrom().unwrap_or(Value::None),
            "gi_frame" if state == GenState::Closed => Value::None,
            "gi_frame" => Value::Wrapper(Rc::new(Wrapper::GeneratorFrame(generator.clone()))),
            _ => return None,
        })
    }

    /// Renames a generator (`__name__` and `__qualname__` are writable, strings only).
    pub fn set_generator_name(
        &mut self,
        generator: &Generator,
        name: &str,
        value: &Value,
    ) -> PyResult<bool> {
        let target = match name {
            "__name__" => &generator.name,
            "__qualname__" => &generator.qualname,
            _ => return Ok(false),
        };
        match value {
            Value::Str(s) => *target.borrow_mut() = Rc::from(s.text.as_str()),
            _ => {
                return Err(self.type_error(format!("{name} must be set to a string object")));
            }
        }
        Ok(true)
    }

    /// The attributes of a generator's frame (`gi_frame.f_lineno`, `f_locals`, ...).
    pub fn frame_attr(&mut self, generator: &Rc<Generator>, name: &str) -> PyResult<Option<Value>> {
        let func = &generator.func;
        Ok(Some(match name {
            "f_lineno" => Value::Int(generator.line() as i64),
            "f_code" => Value::Code(func.code.clone()),
            "f_globals" => self.module_dict(&func.globals),
            "f_builtins" => self.module_dict(&self.builtins.clone()),
            "f_back" => Value::None,
            "f_locals" => {
                let dict = Rc::new(Dict::default());
                let names = func.code.code.slot_names.clone();
                let values: Vec<Value> = generator.saved.borrow().values.clone();
                for (name, value) in names.iter().zip(values) {
                    let value = match value {
                        Value::Cell(cell) => cell.value.borrow().clone(),
                        v => v,
                    };
                    if !value.is_null() {
                        self.dict_set(&dict, Value::str(&**name), value)?;
                    }
                }
                Value::Dict(dict)
            }
            _ => return Ok(None),
        }))
    }
}
