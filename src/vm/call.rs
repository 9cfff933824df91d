//! Calls: binding arguments to parameters with CPython's error messages, calling every kind of
//! callable, and making functions and classes.

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use super::frame::Frame;
use super::object::*;
use super::types::new_class;
use super::value::Value;
use super::{PyResult, Vm};
use crate::compile::code::flags;

impl Vm {
    /// Calls `callee` with positional arguments, from native code.
    pub fn call(&mut self, callee: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callee, Args::positional(args))
    }

    /// Calls `callee` from native code; Python functions run in a nested dispatch loop.
    pub fn call_args(&mut self, callee: &Value, args: Args) -> PyResult<Value> {
        match callee {
            Value::Function(f) => {
                let frame = self.function_frame(f, args)?;
                self.run_frame(frame)
            }
            Value::Builtin(b) => {
                self.enter(" while calling a Python object")?;
                let result = match &b.bound {
                    Some(receiver) => {
                        let mut values = Vec::with_capacity(args.values.len() + 1);
                        values.push(receiver.clone());
                        values.extend_from_slice(args.values);
                        (b.func)(
                            self,
                            Args {
                                values: &values,
                                kwnames: args.kwnames,
                            },
                        )
                    }
                    None => (b.func)(self, args),
                };
                self.leave();
                result
            }
            Value::Method(m) => {
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(m.receiver.clone());
                values.extend_from_slice(args.values);
                self.call_args(
                    &m.func,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )
            }
            Value::Class(class) => self.instantiate(class, args),
            _ => {
                let Some(call) = self.lookup_special(callee, "__call__") else {
                    let name = self.type_name(callee);
                    return Err(self.type_error(format!("'{name}' object is not callable")));
                };
                let mut values = Vec::with_capacity(args.values.len() + 1);
                values.push(callee.clone());
                values.extend_from_slice(args.values);
                self.call_args(
                    &call,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )
            }
        }
    }

    /// Like [`Self::call_args`], for the few builtins that look at the calling frame
    /// (`super()` without arguments, `locals()`, `globals()`, `vars()`).
    pub fn call_with_frame(
        &mut self,
        callee: &Value,
        args: Args,
        frame: &Frame,
    ) -> PyResult<Value> {
        if let Value::Class(c) = callee
            && Rc::ptr_eq(c, &self.types.super_)
            && args.values.is_empty()
        {
            return self.zero_arg_super(frame);
        }
        if let Value::Builtin(b) = callee
            && b.owner.is_none()
            && args.values.is_empty()
        {
            match b.name {
                "locals" | "vars" => return Ok(self.frame_locals(frame)),
                "globals" => return Ok(self.module_dict(&frame.func.globals)),
                _ => {}
            }
        }
        self.call_args(callee, args)
    }

    fn zero_arg_super(&mut self, frame: &Frame) -> PyResult<Value> {
        let code = &frame.code().code;
        if code.arg_count == 0 {
            return Err(self.new_error("RuntimeError", "super(): no arguments"));
        }
        let receiver = match &self.stack[frame.base] {
            Value::Cell(cell) => cell.value.borrow().clone(),
            v => v.clone(),
        };
        if receiver.is_null() {
            return Err(self.new_error("RuntimeError", "super(): arg[0] deleted"));
        }
        let class_slot = code.slot_names.iter().position(|n| &**n == "__class__");
        let class = class_slot.and_then(|i| match &self.stack[frame.base + i] {
            Value::Cell(cell) => match &*cell.value.borrow() {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            },
            _ => None,
        });
        let Some(class) = class else {
            return Err(self.new_error("RuntimeError", "super(): __class__ cell not found"));
        };
        Ok(Value::Wrapper(Rc::new(Wrapper::Super { class, receiver })))
    }

    fn frame_locals(&mut self, frame: &Frame) -> Value {
        if let Some(ns) = &frame.namespace {
            let dict = Rc::new(Dict::default());
            for (k, v) in ns.borrow().iter() {
                let _ = self.dict_set(&dict, Value::str(&**k), v.clone());
            }
            return Value::Dict(dict);
        }
        if !frame.code().code.has_flag(flags::OPTIMIZED) {
            return self.module_dict(&frame.func.globals);
        }
        let dict = Rc::new(Dict::default());
        let code = frame.code().code.clone();
        for (i, name) in code.slot_names.iter().enumerate() {
            let v = match &self.stack[frame.base + i] {
                Value::Cell(cell) => cell.value.borrow().clone(),
                v => v.clone(),
            };
            if !v.is_null() {
                let _ = self.dict_set(&dict, Value::str(&**name), v);
            }
        }
        Value::Dict(dict)
    }

    /// A snapshot of a module's globals as a dict.
    pub fn module_dict(&mut self, module: &Module) -> Value {
        let dict = Rc::new(Dict::default());
        for (k, v) in module.items() {
            let _ = self.dict_set(&dict, Value::str(&*k), v);
        }
        Value::Dict(dict)
    }

    /// Binds `args` to `f`'s parameters in a new frame, as CPython's `initialize_locals`.
    pub fn function_frame(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Frame> {
        let code = &f.code.code;
        let total = code.slot_names.len();
        let mut slots: SmallVec<[Value; 8]> = smallvec::smallvec![Value::Null; total];
        let npos_params = code.arg_count as usize;
        let nkwonly = code.kwonly_count as usize;
        let has_varargs = code.has_flag(flags::VARARGS);
        let has_varkw = code.has_flag(flags::VARKEYWORDS);
        let positional = args.pos();
        let varargs_slot = npos_params + nkwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;
        let qualname = f.qualname.borrow().clone();

        for (i, v) in positional.iter().take(npos_params).enumerate() {
            slots[i] = v.clone();
        }
        if positional.len() > npos_params {
            if has_varargs {
                slots[varargs_slot] = Value::tuple(positional[npos_params..].to_vec());
            } else {
                let given_kwonly = args
                    .kwargs()
                    .filter(|(name, _)| {
                        code.slot_names[npos_params..npos_params + nkwonly]
                            .iter()
                            .any(|p| &**p == *name)
                    })
                    .count();
                return Err(self.too_many_positional(
                    &qualname,
                    code.arg_count as usize,
                    f.defaults.borrow().len(),
                    positional.len(),
                    given_kwonly,
                ));
            }
        } else if has_varargs {
            slots[varargs_slot] = Value::tuple(Vec::new());
        }
        let kwdict = if has_varkw {
            let d = Rc::new(Dict::default());
            slots[varkw_slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, value) in args.kwargs() {
            let index = code.slot_names[..npos_params + nkwonly]
                .iter()
                .position(|p| &**p == name);
            match index {
                Some(i) if i >= code.posonly_count as usize => {
                    if !slots[i].is_null() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    slots[i] = value.clone();
                }
                _ => match &kwdict {
                    Some(d) => {
                        self.dict_set(d, Value::str(name), value.clone())?;
                    }
                    None => {
                        if index.is_some() {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults fill the last positional parameters.
        let defaults = f.defaults.borrow().clone();
        let first_default = npos_params.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..npos_params {
            if slots[i].is_null() {
                if i >= first_default {
                    slots[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.slot_names[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&qualname, "positional", &missing));
        }
        for i in npos_params..npos_params + nkwonly {
            if slots[i].is_null() {
                let name = &code.slot_names[i];
                let kwdefault = f
                    .kwdefaults
                    .borrow()
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone());
                match kwdefault {
                    Some(v) => slots[i] = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&qualname, "keyword-only", &missing));
        }
        let base = self.stack.len();
        self.stack.extend(slots);
        Ok(Frame::new(f.clone(), base, base))
    }

    fn too_many_positional(
        &mut self,
        qualname: &str,
        params: usize,
        defaults: usize,
        given: usize,
        given_kwonly: usize,
    ) -> super::PyErr {
        let takes = if defaults > 0 {
            format!(
                "from {} to {params} positional arguments",
                params - defaults
            )
        } else {
            format!(
                "{params} positional argument{}",
                if params == 1 { "" } else { "s" }
            )
        };
        let was = if given_kwonly > 0 {
            format!(
                "{given} positional argument{} (and {given_kwonly} keyword-only argument{}) were",
                if given == 1 { "" } else { "s" },
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else if given == 1 {
            "1 was".to_string()
        } else {
            format!("{given} were")
        };
        self.type_error(format!("{qualname}() takes {takes} but {was} given"))
    }

    fn missing_arguments(
        &mut self,
        qualname: &str,
        kind: &str,
        missing: &[Rc<str>],
    ) -> super::PyErr {
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let names = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{qualname}() missing {} required {kind} argument{}: {names}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ))
    }

    /// MAKE_FUNCTION.
    pub fn make_function(
        &mut self,
        frame: &Frame,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Value::Code(code) = code else {
            unreachable!("MAKE_FUNCTION finds a code object")
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => keyword_defaults(&d),
            _ => Vec::new(),
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let c = &code.code;
        let doc = c.doc.as_ref().map_or(Value::None, |d| Value::str(&**d));
        let simple = c.kwonly_count == 0
            && !c.has_flag(flags::VARARGS)
            && !c.has_flag(flags::VARKEYWORDS)
            && !c.has_flag(flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR);
        Value::Function(Rc::new(Function {
            name: RefCell::new(c.name.clone()),
            qualname: RefCell::new(c.qualname.clone()),
            globals: frame.func.globals.clone(),
            code,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            dict: RefCell::new(Attrs::default()),
            simple,
        }))
    }

    /// `f(*args, **kwargs)`: the positional tuple and keyword dict as flat arguments.
    pub fn spread_args(
        &mut self,
        callee: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let mut values = match args {
            Value::Tuple(t) => t.to_vec(),
            other => match self.collect(other) {
                Ok(values) => values,
                Err(e) if self.is_instance_of(&e, "TypeError") && self.iter(other).is_err() => {
                    let fname = self.callable_name(Some(callee));
                    let name = self.type_name(other);
                    return Err(self.type_error(format!(
                        "{fname} argument after * must be an iterable, not {name}"
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let mut names = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for e in d.inner.borrow().iter() {
                names.push(e.key.clone());
                values.push(e.value.clone());
            }
        }
        Ok((values, names))
    }

    /// Calls a class: makes an instance and runs `__init__`.
    pub fn instantiate(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        // Made only by the VM: running a generator function, or asking for its frame.
        if matches!(class.layout, Layout::Generator | Layout::Frame) {
            let name = &class.name;
            return Err(self.type_error(format!("cannot create '{name}' instances")));
        }
        if class.layout != Layout::Object && class.layout != Layout::Exception {
            if let Some(new) = class.lookup("__new__")
                && let Value::Builtin(b) = &new
            {
                let mut values = vec![Value::Class(class.clone())];
                values.extend_from_slice(args.values);
                return (b.func)(
                    self,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                );
            }
            let name = &class.name;
            return Err(self.type_error(format!("cannot create '{name}' instances")));
        }
        let user_new = class
            .lookup("__new__")
            .filter(|v| matches!(v, Value::Function(_) | Value::Wrapper(_)));
        let instance = match user_new {
            Some(new) => {
                let new = match &new {
                    Value::Wrapper(w) => match &**w {
                        Wrapper::StaticMethod(f) => f.clone(),
                        _ => new.clone(),
                    },
                    _ => new,
                };
                let mut values = vec![Value::Class(class.clone())];
                values.extend_from_slice(args.values);
                let obj = self.call_args(
                    &new,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )?;
                let is_instance = self.class_of(&obj).is_subclass(class);
                if !is_instance {
                    return Ok(obj);
                }
                obj
            }
            None => self.new_instance(class, args)?,
        };
        match class.lookup("__init__") {
            Some(init @ (Value::Function(_) | Value::Wrapper(_))) => {
                let mut values = vec![instance.clone()];
                values.extend_from_slice(args.values);
                let result = self.call_args(
                    &init,
                    Args {
                        values: &values,
                        kwnames: args.kwnames,
                    },
                )?;
                if !matches!(result, Value::None) {
                    let name = self.type_name(&result);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{name}'"))
                    );
                }
            }
            Some(Value::Builtin(b))
                if b.owner == Some("BaseException") && !args.kwnames.is_empty() =>
            {
                let name = &class.name;
                return Err(self.type_error(format!("{name}() takes no keyword arguments")));
            }
            _ => {}
        }
        Ok(instance)
    }

    /// An instance of `class` with an empty namespace; exceptions keep `args`, as
    /// BaseException.__new__ does.
    pub fn bare_instance(&mut self, class: &Rc<Class>, args: &[Value]) -> Value {
        let exc = (class.layout == Layout::Exception).then(|| {
            RefCell::new(ExcState {
                args: args.to_vec(),
                ..ExcState::default()
            })
        });
        Value::Instance(Rc::new(Instance {
            class: class.clone(),
            dict: RefCell::new(Attrs::default()),
            exc,
        }))
    }

    /// `object.__new__`: a bare instance (arguments only checked).
    fn new_instance(&mut self, class: &Rc<Class>, args: Args) -> PyResult<Value> {
        if class.layout == Layout::Exception {
            // BaseException.__new__ keeps the positional arguments and ignores keywords;
            // BaseException.__init__ is the one that rejects them.
            return Ok(self.bare_instance(class, args.pos()));
        }
        let has_init = class
            .lookup("__init__")
            .is_some_and(|v| !matches!(v, Value::Builtin(_)));
        if !args.values.is_empty() && !has_init {
            let name = if Rc::ptr_eq(class, &self.types.object) {
                "object".to_string()
            } else {
                class.name.to_string()
            };
            return Err(self.type_error(format!("{name}() takes no arguments")));
        }
        Ok(self.bare_instance(class, &[]))
    }

    /// `__build_class__(body, name, *bases)`: runs the class body in a fresh namespace, then
    /// makes the class and fills its `__class__` cell.
    pub fn build_class(&mut self, args: Args) -> PyResult<Value> {
        let values = args.pos();
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (values.first(), values.get(1))
        else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let mut bases = Vec::new();
        for base in &values[2..] {
            match base {
                Value::Class(c) => bases.push(c.clone()),
                other => {
                    let name = self.type_name(other);
                    return Err(self.type_error(format!("bases must be types, not {name}")));
                }
            }
        }
        if args.kwarg("metaclass").is_some() {
            return Err(self.type_error("metaclasses are not part of tandem's language subset"));
        }
        if bases.len() > 1 {
            return Err(
                self.type_error("multiple inheritance is not part of tandem's language subset")
            );
        }
        let base = bases.pop().unwrap_or_else(|| self.types.object.clone());
        let base_name = &base.name;
        if matches!(
            base.layout,
            Layout::Bool
                | Layout::NoneType
                | Layout::NotImplementedType
                | Layout::Ellipsis
                | Layout::Function
                | Layout::BuiltinFunction
                | Layout::Range
                | Layout::Slice
                | Layout::Generator
        ) {
            return Err(
                self.type_error(format!("type '{base_name}' is not an acceptable base type"))
            );
        }
        if !matches!(base.layout, Layout::Object | Layout::Exception) {
            return Err(self.type_error(format!(
                "subclassing the built-in type '{base_name}' is not supported by tandem"
            )));
        }
        let namespace = Rc::new(RefCell::new(Attrs::default()));
        // Called as CPython calls it: with no arguments (a body taking some fails here).
        let mut frame = self.function_frame(body, Args::positional(&[]))?;
        frame.namespace = Some(namespace.clone());
        let cell = self.run_frame(frame)?;
        let mut dict = std::mem::take(&mut *namespace.borrow_mut());
        dict.shift_remove("__classcell__");
        let qualname = match dict.get("__qualname__") {
            Some(Value::Str(q)) => q.text.clone(),
            _ => name.text.clone(),
        };
        let module = match dict.get("__module__") {
            Some(Value::Str(m)) => m.text.clone(),
            _ => "__main__".to_string(),
        };
        // A function given for `__init_subclass__` or `__class_getitem__` is implicitly a
        // classmethod, as in CPython.
        if let Some(f @ Value::Function(_)) = dict.get("__init_subclass__").cloned() {
            dict.insert(
                Rc::from("__init_subclass__"),
                Value::Wrapper(Rc::new(Wrapper::ClassMethod(f))),
            );
        }
        // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::from("__hash__"), Value::None);
        }
        let layout = base.layout;
        let class = new_class(&name.text, &qualname, &module, Some(&base), layout, dict);
        if let Value::Cell(cell) = cell {
            *cell.value.borrow_mut() = Value::Class(class.clone());
        }
        // Attributes that want to know their name and owner are told, in definition order.
        let attrs: Vec<(Rc<str>, Value)> = class
            .dict
            .borrow()
            .iter()
            .filter(|(_, v)| matches!(v, Value::Instance(_)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (attr_name, attr) in attrs {
            if let Some(set_name) = self.lookup_special(&attr, "__set_name__") {
                let owner = Value::Class(class.clone());
                self.call(&set_name, &[attr, owner, Value::str(&*attr_name)])?;
            }
        }
        // The class statement's keywords go to the base's __init_subclass__.
        if let Some(hook) = base.lookup("__init_subclass__")
            && let Value::Wrapper(w) = &hook
            && let Wrapper::ClassMethod(f) = &**w
        {
            let mut values = vec![Value::Class(class.clone())];
            values.extend(args.kwargs().map(|(_, v)| v.clone()));
            self.call_args(
                f,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            )?;
        }
        Ok(Value::Class(class))
    }
}

/// A function's keyword-only defaults, as `(name, value)` pairs, from the dict that
/// MAKE_FUNCTION or an assignment to `__kwdefaults__` gives.
pub fn keyword_defaults(dict: &Dict) -> Vec<(Rc<str>, Value)> {
    dict.inner
        .borrow()
        .iter()
        .map(|e| {
            (
                Rc::from(e.key.as_str().unwrap_or_default()),
                e.value.clone(),
            )
        })
        .collect()
}
