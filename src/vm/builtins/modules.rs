//! Built-in modules and `import`. Only native modules exist: `sys`, `functools`, `time`, and
//! the names later stages fill (`types`, `inspect`, `asyncio`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use super::{check_args, native};
use crate::vm::object::*;
use crate::vm::types::new_class;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `import name`: the built-in module, made on first import.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(top) {
            return Ok(Value::Module(m.clone()));
        }
        let module = match top {
            "sys" => sys_module(self),
            "functools" => functools_module(self),
            "time" => time_module(),
            "builtins" => self.builtins.clone(),
            "__future__" => {
                self.bundled_module("__future__", include_str!("../stdlib/__future__.py"))?
            }
            "inspect" => self.bundled_module("inspect", include_str!("../stdlib/inspect.py"))?,
            "types" => self.bundled_module("types", include_str!("../stdlib/types.py"))?,
            _ => {
                let class = self.types.exception("ModuleNotFoundError");
                let message = Value::str(format!("No module named '{name}'"));
                return Err(self.new_raised(class, vec![message]));
            }
        };
        self.modules.insert(Rc::from(top), module.clone());
        Ok(Value::Module(module))
    }

    /// A module tandem bundles as Python source (`src/vm/stdlib/`), compiled and run on
    /// its first import.
    fn bundled_module(&mut self, name: &str, text: &str) -> PyResult<Rc<Module>> {
        let source = crate::syntax::Source::new(format!("<tandem>/{name}.py"), text);
        let (code, _) = crate::compile::compile_source(&source)
            .expect("bundled modules are valid programs (tests compile each one)");
        let module = Rc::new(Module::new(name));
        self.run_module(&code, &module, &source.name)?;
        Ok(module)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let module_name = match module {
                    Value::Module(m) => m.name.to_string(),
                    _ => "?".into(),
                };
                Err(self.new_error(
                    "ImportError",
                    format!("cannot import name '{name}' from '{module_name}' (unknown location)"),
                ))
            }
        }
    }
}

fn module(name: &str, functions: &[(&'static str, NativeFn)]) -> Rc<Module> {
    let m = Rc::new(Module::new(name));
    m.set("__name__", Value::str(name));
    for (fname, func) in functions {
        m.set(fname, native(fname, *func));
    }
    m
}

fn sys_module(vm: &mut Vm) -> Rc<Module> {
    let m = module(
        "sys",
        &[
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exit", sys_exit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("intern", sys_intern),
        ],
    );
    let stream_class = new_class(
        "TextIOWrapper",
        "TextIOWrapper",
        "_io",
        Some(&vm.types.object),
        Layout::Object,
        Attrs::default(),
    );
    super::add_method(&stream_class, "TextIOWrapper", "write", stream_write);
    super::add_method(&stream_class, "TextIOWrapper", "flush", stream_flush);
    for name in ["stdout", "stderr"] {
        let stream = Value::Instance(Rc::new(Instance {
            class: stream_class.clone(),
            dict: RefCell::new(Attrs::default()),
            exc: None,
        }));
        if let Value::Instance(inst) = &stream {
            inst.dict
                .borrow_mut()
                .insert(Rc::from("name"), Value::str(format!("<{name}>")));
        }
        m.set(name, stream.clone());
        m.set(&format!("__{name}__"), stream);
    }
    m.set("argv", Value::list(vec![Value::str(&*vm.main_file)]));
    m.set(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    m.set("version", Value::str("3.11.7 (tandem)"));
    m.set("platform", Value::str("linux"));
    m.set("maxsize", Value::Int(i64::MAX));
    m.set("byteorder", Value::str("little"));
    m
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = vm.expect_int(&args.values[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n as usize;
    if n <= vm.depth {
        return Err(vm.new_error(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = n;
    Ok(Value::None)
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exit", &args, 0, 1)?;
    let class = vm.types.exception("SystemExit");
    Err(vm.new_raised(class, args.values.to_vec()))
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exc_info", &args, 0, 0)?;
    Ok(match vm.current_exception() {
        Some(e) => Value::tuple(vec![
            Value::Class(e.class.clone()),
            Value::Instance(e),
            Value::None,
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exception", &args, 0, 0)?;
    Ok(vm.current_exception().map_or(Value::None, Value::Instance))
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "intern", &args, 1, 1)?;
    Ok(args.values[0].clone())
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_method_args(vm, "write", &args, 1, 1)?;
    let text = match &args.values[1] {
        Value::Str(s) => s.text.clone(),
        other => {
            let name = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {name}")));
        }
    };
    vm.write_to(&args.values[0], &text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn functools_module(vm: &mut Vm) -> Rc<Module> {
    let m = module("functools", &[("wraps", wraps), ("reduce", reduce)]);
    let class = new_class(
        "partial",
        "partial",
        "functools",
        Some(&vm.types.object),
        Layout::Object,
        Attrs::default(),
    );
    super::add_method(&class, "partial", "__call__", partial_call);
    super::add_method(&class, "partial", "__repr__", partial_repr);
    m.set(
        "partial",
        Value::Builtin(Rc::new(Builtin {
            name: "partial",
            owner: None,
            func: partial,
            bound: Some(Value::Class(class)),
        })),
    );
    m
}

/// `functools.partial(func, *args, **kwargs)`: a callable remembering leading arguments. Bound
/// to the `partial` class, which arrives first.
fn partial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let Some(func) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    let keywords = Rc::new(Dict::default());
    for (k, v) in args.kwargs() {
        vm.dict_set(&keywords, Value::str(k), v.clone())?;
    }
    let Value::Class(class) = args.values[0].clone() else {
        unreachable!("bound to its class")
    };
    let inst = Rc::new(Instance {
        class,
        dict: RefCell::new(Attrs::default()),
        exc: None,
    });
    {
        let mut d = inst.dict.borrow_mut();
        d.insert(Rc::from("func"), func.clone());
        d.insert(Rc::from("args"), Value::tuple(pos[1..].to_vec()));
        d.insert(Rc::from("keywords"), Value::Dict(keywords));
    }
    Ok(Value::Instance(inst))
}

/// A partial's function, leading arguments and keyword arguments.
type PartialParts = (Value, Vec<Value>, Vec<(Value, Value)>);

fn partial_parts(vm: &mut Vm, v: &Value) -> PyResult<PartialParts> {
    let Value::Instance(inst) = v else {
        return Err(vm.type_error("not a partial"));
    };
    let d = inst.dict.borrow();
    let func = d.get("func").cloned().unwrap_or(Value::None);
    let args = match d.get("args") {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let keywords = match d.get("keywords") {
        Some(Value::Dict(k)) => k
            .inner
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    };
    Ok((func, args, keywords))
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, mut values, keywords) = partial_parts(vm, &args.values[0])?;
    values.extend_from_slice(&args.pos()[1..]);
    let mut names: Vec<Value> = Vec::new();
    let mut kw_values: Vec<Value> = Vec::new();
    for (k, v) in keywords {
        names.push(k);
        kw_values.push(v);
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| n.as_str() == Some(k)) {
            Some(i) => kw_values[i] = v.clone(),
            None => {
                names.push(Value::str(k));
                kw_values.push(v.clone());
            }
        }
    }
    values.extend(kw_values);
    vm.call_args(
        &func,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, values, keywords) = partial_parts(vm, &args.values[0])?;
    let mut parts = vec![vm.repr(&func)?];
    for v in &values {
        parts.push(vm.repr(v)?);
    }
    for (k, v) in &keywords {
        parts.push(format!("{}={}", vm.str_of(k)?, vm.repr(v)?));
    }
    Ok(Value::str(format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}

/// `functools.wraps(wrapped)`: a decorator copying name, qualname, doc and `__wrapped__`.
fn wraps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "wraps", &args, 1, 1)?;
    Ok(Value::Builtin(Rc::new(Builtin {
        name: "update_wrapper",
        owner: None,
        func: update_wrapper,
        bound: Some(args.values[0].clone()),
    })))
}

fn update_wrapper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(wrapped), Some(wrapper)) = (args.values.first(), args.values.get(1)) else {
        return Err(vm.type_error("update_wrapper() missing the wrapper"));
    };
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(v) = vm.getattr_opt(wrapped, name)? {
            vm.setattr(wrapper, &Value::str(name), v)?;
        }
    }
    vm.setattr(wrapper, &Value::str("__wrapped__"), wrapped.clone())?;
    Ok(wrapper.clone())
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reduce", &args, 2, 3)?;
    let it = vm.iter(&args.values[1])?;
    let mut acc = match args.values.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => {
                return Err(vm.type_error("reduce() of empty iterable with no initial value"));
            }
        },
    };
    while let Some(v) = vm.next(&it)? {
        acc = vm.call(&args.values[0], &[acc, v])?;
    }
    Ok(acc)
}

fn time_module() -> Rc<Module> {
    module(
        "time",
        &[
            ("time", time_time),
            ("perf_counter", time_time),
            ("monotonic", time_time),
        ],
    )
}

/// Wall-clock readings would make runs differ; tandem's clock is virtual and starts at zero.
fn time_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}
