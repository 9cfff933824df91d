//! Attribute lookup, as CPython's `object.__getattribute__` and `type.__getattribute__`: data
//! descriptors (properties) first, then the instance's `__dict__`, then the class, binding
//! functions into methods on the way.

use std::rc::Rc;

use super::object::*;
use super::value::Value;
use super::{PyResult, Vm};

impl Vm {
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) if s.frozen => t.frozenset.clone(),
            Value::Set(_) => t.set.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            // A built-in bound to its receiver (`[].append`) is a built-in in CPython too.
            Value::Method(m) if matches!(m.func, Value::Builtin(_)) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iterator(it) => t.iterator(it.borrow().type_name()),
            Value::Wrapper(w) => match &**w {
                Wrapper::Property { .. } => t.property.clone(),
                Wrapper::StaticMethod(_) => t.staticmethod.clone(),
                Wrapper::ClassMethod(_) => t.classmethod.clone(),
                Wrapper::Super { .. } => t.super_.clone(),
                Wrapper::GeneratorFrame(_) => t.frame.clone(),
                Wrapper::DictView { kind, .. } => match kind {
                    DictViewKind::Keys => t.dict_keys.clone(),
                    DictViewKind::Values => t.dict_values.clone(),
                    DictViewKind::Items => t.dict_items.clone(),
                },
            },
        }
    }

    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.class_of(v).name.clone()
    }

    /// A method of `v`'s class (not the instance), unbound: called with `v` first.
    pub fn lookup_special(&mut self, v: &Value, name: &str) -> Option<Value> {
        let class = self.class_of(v);
        let found = class.lookup(name)?;
        Some(match &found {
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(f) => {
                    // Called as `f(v, ...)` by the caller; a static method must not see `v`.
                    return Some(Value::Method(Rc::new(Method {
                        func: Value::Builtin(Rc::new(Builtin {
                            name: "staticmethod",
                            owner: Some("staticmethod"),
                            func: drop_first_arg,
                            bound: None,
                        })),
                        receiver: f.clone(),
                    })));
                }
                Wrapper::ClassMethod(f) => Value::Method(Rc::new(Method {
                    func: Value::Builtin(Rc::new(Builtin {
                        name: "classmethod",
                        owner: Some("classmethod"),
                        func: class_first_arg,
                        bound: None,
                    })),
                    receiver: f.clone(),
                })),
                _ => found,
            },
            _ => found,
        })
    }

    /// `getattr(obj, name)`: a `__getattribute__` written in Python if the class has one, else
    /// the generic lookup; `__getattr__` when either finds nothing.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            return self.generic_getattr(obj, name);
        };
        let found = if inst.class.hooks.getattribute {
            let hook = inst.class.lookup("__getattribute__").unwrap_or(Value::None);
            self.call(&hook, &[obj.clone(), name.clone()])
        } else {
            self.generic_getattr(obj, name)
        };
        match found {
            Err(e) if self.is_instance_of(&e, "AttributeError") => {
                match self.lookup_special(obj, "__getattr__") {
                    Some(hook) => self.call(&hook, &[obj.clone(), name.clone()]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `object.__getattribute__`: descriptors, the instance's namespace, the class.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or_default();
        match self.find_attr(obj, key)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, key)),
        }
    }

    /// `getattr(obj, name, default)`-style lookup: `None` when absent.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.class.is_subclass(&self.types.exception("AttributeError")) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> super::PyErr {
        let message = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            _ => {
                let t = self.type_name(obj);
                format!("'{t}' object has no attribute '{name}'")
            }
        };
        let err = self.new_error("AttributeError", message);
        if let Some(state) = &err.exc {
            state.borrow_mut().hint = Some(Hint::Attribute {
                obj: obj.clone(),
                name: Rc::from(name),
            });
        }
        err
    }

    /// Everything but `__getattr__`: `None` when the attribute does not exist.
    fn find_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Wrapper(w)) = &class_attr
                    && let Wrapper::Property { fget, .. } = &**w
                {
                    if matches!(fget, Value::None) {
                        return Err(self.new_error(
                            "AttributeError",
                            format!(
                                "property '{name}' of '{}' object has no getter",
                                inst.class.name
                            ),
                        ));
                    }
                    let fget = fget.clone();
                    return self.call(&fget, std::slice::from_ref(obj)).map(Some);
                }
                // A descriptor written in Python: data descriptors (with __set__ or __delete__)
                // win over the instance's namespace, others lose to it.
                let descriptor = match &class_attr {
                    Some(attr @ Value::Instance(_)) => self
                        .lookup_special(attr, "__get__")
                        .map(|get| (attr.clone(), get)),
                    _ => None,
                };
                if let Some((attr, get)) = &descriptor
                    && (self.lookup_special(attr, "__set__").is_some()
                        || self.lookup_special(attr, "__delete__").is_some())
                {
                    let owner = Value::Class(inst.class.clone());
                    return self
                        .call(get, &[attr.clone(), obj.clone(), owner])
                        .map(Some);
                }
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok(Some(v.clone()));
                }
                if let Some((attr, get)) = descriptor {
                    let owner = Value::Class(inst.class.clone());
                    return self.call(&get, &[attr, obj.clone(), owner]).map(Some);
                }
                if let Some(v) = self.exception_attr(inst, name) {
                    return Ok(Some(v));
                }
                if name == "__dict__" {
                    return Ok(Some(self.attrs_dict(&inst.dict.borrow())));
                }
                if name == "__class__" {
                    return Ok(Some(Value::Class(inst.class.clone())));
                }
                Ok(class_attr.map(|v| self.bind(v, obj, &inst.class)))
            }
            Value::Class(class) => self.class_attr(class, name),
            Value::Module(m) => Ok(match name {
                "__dict__" => Some(self.module_dict(m)),
                _ => m.get(name),
            }),
            Value::Wrapper(w) if matches!(&**w, Wrapper::Super { .. }) => {
                let Wrapper::Super { class, receiver } = &**w else {
                    unreachable!()
                };
                let owner = match receiver {
                    Value::Class(c) => c.clone(),
                    v => self.class_of(v),
                };
                let start = owner
                    .mro
                    .iter()
                    .position(|c| Rc::ptr_eq(c, class))
                    .map(|i| i + 1)
                    .unwrap_or(if Rc::ptr_eq(&owner, class) {
                        0
                    } else {
                        usize::MAX
                    });
                let chain = owner.mro.iter().skip(start);
                for c in chain {
                    let found = c.dict.borrow().get(name).cloned();
                    if let Some(v) = found {
                        // A property reached through super() runs its getter on the receiver.
                        if let Value::Wrapper(w) = &v
                            && let Wrapper::Property { fget, .. } = &**w
                            && !matches!(receiver, Value::Class(_))
                        {
                            let fget = fget.clone();
                            let receiver = receiver.clone();
                            return self.call(&fget, &[receiver]).map(Some);
                        }
                        let bound = match receiver {
                            Value::Class(_) => self.bind_to_class(v, receiver),
                            _ => self.bind(v, receiver, &owner),
                        };
                        return Ok(Some(bound));
                    }
                }
                Ok(None)
            }
            _ => {
                if let Some(v) = self.native_attr(obj, name)? {
                    return Ok(Some(v));
                }
                let class = self.class_of(obj);
                Ok(class.lookup(name).map(|v| self.bind(v, obj, &class)))
            }
        }
    }

    /// The value of a class attribute looked up on an instance: functions become methods.
    fn bind(&mut self, v: Value, obj: &Value, class: &Rc<Class>) -> Value {
        match &v {
            Value::Function(_) => Value::Method(Rc::new(Method {
                func: v,
                receiver: obj.clone(),
            })),
            Value::Builtin(b) if b.owner.is_some() && b.bound.is_none() => {
                Value::Method(Rc::new(Method {
                    func: v.clone(),
                    receiver: obj.clone(),
                }))
            }
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(f) => f.clone(),
                Wrapper::ClassMethod(f) => Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: Value::Class(class.clone()),
                })),
                Wrapper::Property { .. } => v,
                _ => v,
            },
            _ => v,
        }
    }

    fn bind_to_class(&mut self, v: Value, class: &Value) -> Value {
        match &v {
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(f) => f.clone(),
                Wrapper::ClassMethod(f) => Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: class.clone(),
                })),
                _ => v,
            },
            _ => v,
        }
    }

    fn class_attr(&mut self, class: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        if let Some(v) = class.lookup(name) {
            if let Value::Instance(_) = &v
                && let Some(get) = self.lookup_special(&v, "__get__")
            {
                return self
                    .call(&get, &[v.clone(), Value::None, Value::Class(class.clone())])
                    .map(Some);
            }
            return Ok(Some(self.bind_to_class(v, &Value::Class(class.clone()))));
        }
        Ok(match name {
            "__name__" => Some(Value::str(&*class.name)),
            "__qualname__" => Some(Value::str(&**class.qualname.borrow())),
            "__module__" => Some(Value::str(&*class.module)),
            "__doc__" => Some(Value::None),
            "__base__" => Some(
                class
                    .base
                    .as_ref()
                    .map_or(Value::None, |b| Value::Class(b.clone())),
            ),
            "__bases__" => Some(Value::tuple(
                class.base.iter().map(|b| Value::Class(b.clone())).collect(),
            )),
            "__mro__" => {
                let mut items = vec![Value::Class(class.clone())];
                items.extend(class.mro.iter().map(|c| Value::Class(c.clone())));
                Some(Value::tuple(items))
            }
            "__dict__" => Some(self.attrs_dict(&class.dict.borrow())),
            "__class__" => Some(Value::Class(self.types.type_.clone())),
            _ => {
                let type_ = self.types.type_.clone();
                type_
                    .lookup(name)
                    .map(|v| self.bind(v, &Value::Class(class.clone()), &type_))
            }
        })
    }

    /// A snapshot of a namespace as a dict.
    pub fn attrs_dict(&mut self, attrs: &Attrs) -> Value {
        let dict = Rc::new(Dict::default());
        for (k, v) in attrs {
            let _ = self.dict_set(&dict, Value::str(&**k), v.clone());
        }
        Value::Dict(dict)
    }

    /// Attributes of exceptions kept outside their `__dict__`.
    fn exception_attr(&mut self, inst: &Instance, name: &str) -> Option<Value> {
        let exc = inst.exc.as_ref()?.borrow();
        let as_value = |e: &Option<Rc<Instance>>| e.clone().map_or(Value::None, Value::Instance);
        Some(match name {
            "args" => Value::tuple(exc.args.clone()),
            "__context__" => as_value(&exc.context),
            "__cause__" => as_value(&exc.cause),
            "__suppress_context__" => Value::Bool(exc.suppress_context),
            "__traceback__" => Value::None,
            "value"
                if inst
                    .class
                    .is_subclass(&self.types.exception("StopIteration")) =>
            {
                exc.args.first().cloned().unwrap_or(Value::None)
            }
            "code" if inst.class.is_subclass(&self.types.exception("SystemExit")) => {
                match exc.args.len() {
                    0 => Value::None,
                    1 => exc.args[0].clone(),
                    _ => Value::tuple(exc.args.clone()),
                }
            }
            _ => return None,
        })
    }

    /// Data attributes of built-in objects.
    fn native_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            (_, "__class__") => Value::Class(self.class_of(obj)),
            (Value::Function(f), _) => match name {
                "__name__" => Value::str(&**f.name.borrow()),
                "__qualname__" => Value::str(&**f.qualname.borrow()),
                "__module__" => f.globals.get("__name__").unwrap_or(Value::None),
                "__kwdefaults__" => {
                    let kw = f.kwdefaults.borrow().clone();
                    if kw.is_empty() {
                        Value::None
                    } else {
                        let dict = Rc::new(Dict::default());
                        for (k, v) in kw {
                            self.dict_set(&dict, Value::str(&*k), v)?;
                        }
                        Value::Dict(dict)
                    }
                }
                "__defaults__" => {
                    if f.defaults.borrow().is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.defaults.borrow().clone())
                    }
                }
                "__code__" => Value::Code(f.code.clone()),
                "__globals__" => self.module_dict(&f.globals),
                "__dict__" => self.attrs_dict(&f.dict.borrow()),
                "__doc__" => f.doc.borrow().clone(),
                _ => return Ok(f.dict.borrow().get(name).cloned()),
            },
            (Value::Builtin(b), "__name__") => Value::str(b.name),
            (Value::Builtin(b), "__qualname__") => Value::str(match b.owner {
                Some(owner) => format!("{owner}.{}", b.name),
                None => b.name.to_string(),
            }),
            (Value::Builtin(b), "__self__") => b.bound.clone().unwrap_or(Value::None),
            (Value::Method(m), "__self__") => m.receiver.clone(),
            (Value::Method(m), "__func__") => m.func.clone(),
            (Value::Method(m), _) if name.starts_with("__") && name != "__call__" => {
                let func = m.func.clone();
                return self.find_attr(&func, name);
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
            (Value::Float(_), "real") => obj.clone(),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Range(r), "start") => Value::int(r.start.clone()),
            (Value::Range(r), "stop") => Value::int(r.stop.clone()),
            (Value::Range(r), "step") => Value::int(r.step.clone()),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Code(c), _) => match name {
                "co_name" => Value::str(&*c.code.name),
                "co_qualname" => Value::str(&*c.code.qualname),
                "co_filename" => Value::str(&*c.code.filename),
                "co_firstlineno" => Value::Int(c.code.first_line as i64),
                "co_flags" => Value::Int(c.code.flags as i64),
                "co_argcount" => Value::Int(c.code.arg_count as i64),
                "co_posonlyargcount" => Value::Int(c.code.posonly_count as i64),
                "co_kwonlyargcount" => Value::Int(c.code.kwonly_count as i64),
                "co_varnames" => {
                    Value::tuple(c.code.varnames().iter().map(|n| Value::str(&**n)).collect())
                }
                "co_freevars" => {
                    Value::tuple(c.code.freevars().iter().map(|n| Value::str(&**n)).collect())
                }
                "co_cellvars" => {
                    Value::tuple(c.code.cellvars.iter().map(|n| Value::str(&**n)).collect())
                }
                "co_names" => Value::tuple(c.names.clone()),
                _ => return Ok(None),
            },
            (Value::Generator(g), _) => {
                let g = g.clone();
                return Ok(self.generator_attr(&g, name));
            }
            (Value::Wrapper(w), _) if let Wrapper::GeneratorFrame(g) = &**w => {
                let g = g.clone();
                return self.frame_attr(&g, name);
            }
            (Value::Wrapper(w), _) => match (&**w, name) {
                (Wrapper::Property { fget, .. }, "fget") => fget.clone(),
                (Wrapper::Property { fset, .. }, "fset") => fset.clone(),
                (Wrapper::Property { fdel, .. }, "fdel") => fdel.clone(),
                (Wrapper::Property { doc, .. }, "__doc__") => doc.clone(),
                (Wrapper::StaticMethod(f) | Wrapper::ClassMethod(f), "__func__") => f.clone(),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// For LOAD_METHOD: `(function, Some(receiver))` when the attribute is a method defined on
    /// the type, so the call passes the receiver without making a bound method.
    pub fn get_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, Option<Value>)> {
        let key = name.as_str().unwrap_or_default();
        match obj {
            Value::Instance(inst) => {
                if !inst.class.hooks.getattribute
                    && !inst.dict.borrow().contains_key(key)
                    && let Some(f @ Value::Function(_)) = inst.class.lookup(key)
                {
                    return Ok((f, Some(obj.clone())));
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Wrapper(_) => {}
            _ => {
                let class = self.class_of(obj);
                if let Some(f @ Value::Builtin(_)) = class.lookup(key) {
                    return Ok((f, Some(obj.clone())));
                }
            }
        }
        Ok((self.getattr(obj, name)?, None))
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj
            && inst.class.hooks.setattr
        {
            let hook = inst.class.lookup("__setattr__").unwrap_or(Value::None);
            self.call(&hook, &[obj.clone(), name.clone(), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`: a property's setter, or the instance's namespace.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let key = name.as_str().unwrap_or_default();
        match obj {
            Value::Instance(inst) => {
                // One lookup serves both kinds of data descriptor.
                let class_attr = inst.class.lookup(key);
                if let Some(attr @ Value::Instance(_)) = &class_attr
                    && let Some(set) = self.lookup_special(attr, "__set__")
                {
                    self.call(&set, &[attr.clone(), obj.clone(), value])?;
                    return Ok(());
                }
                if let Some(Value::Wrapper(w)) = &class_attr
                    && let Wrapper::Property { fset, .. } = &**w
                {
                    if matches!(fset, Value::None) {
                        return Err(self.new_error(
                            "AttributeError",
                            format!(
                                "property '{key}' of '{}' object has no setter",
                                inst.class.name
                            ),
                        ));
                    }
                    let fset = fset.clone();
                    self.call(&fset, &[obj.clone(), value])?;
                    return Ok(());
                }
                if let Some(exc) = &inst.exc {
                    let mut exc = exc.borrow_mut();
                    match (key, &value) {
                        ("args", Value::Tuple(t)) => {
                            exc.args = t.to_vec();
                            return Ok(());
                        }
                        ("__cause__", v) => {
                            exc.cause = match v {
                                Value::Instance(i) => Some(i.clone()),
                                _ => None,
                            };
                            exc.suppress_context = true;
                            return Ok(());
                        }
                        ("__context__", v) => {
                            exc.context = match v {
                                Value::Instance(i) => Some(i.clone()),
                                _ => None,
                            };
                            return Ok(());
                        }
                        ("__suppress_context__", v) => {
                            exc.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.dict.borrow_mut().insert(Rc::from(key), value);
                Ok(())
            }
            Value::Class(class)
                if class.layout == Layout::Object || class.layout == Layout::Exception =>
            {
                if key == "__qualname__"
                    && let Value::Str(s) = &value
                {
                    *class.qualname.borrow_mut() = Rc::from(s.text.as_str());
                }
                class.dict.borrow_mut().insert(Rc::from(key), value);
                Ok(())
            }
            Value::Class(class) => Err(self.type_error(format!(
                "cannot set '{key}' attribute of immutable type '{}'",
                class.name
            ))),
            Value::Function(f) => {
                match (key, &value) {
                    ("__name__", Value::Str(s)) => *f.name.borrow_mut() = Rc::from(s.text.as_str()),
                    ("__qualname__", Value::Str(s)) => {
                        *f.qualname.borrow_mut() = Rc::from(s.text.as_str())
                    }
                    ("__doc__", _) => *f.doc.borrow_mut() = value,
                    ("__defaults__", Value::Tuple(t)) => *f.defaults.borrow_mut() = t.to_vec(),
                    ("__defaults__", Value::None) => f.defaults.borrow_mut().clear(),
                    ("__kwdefaults__", Value::Dict(d)) => {
                        *f.kwdefaults.borrow_mut() = super::call::keyword_defaults(d)
                    }
                    ("__kwdefaults__", Value::None) => f.kwdefaults.borrow_mut().clear(),
                    _ => {
                        f.dict.borrow_mut().insert(Rc::from(key), value);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.set(key, value);
                Ok(())
            }
            Value::Generator(g) if self.set_generator_name(g, key, &value)? => Ok(()),
            _ => {
                let t = self.type_name(obj);
                if self.native_attr(obj, key)?.is_some() {
                    return Err(self.new_error(
                        "AttributeError",
                        format!("attribute '{key}' of '{t}' objects is not writable"),
                    ));
                }
                if self.class_of(obj).lookup(key).is_some() {
                    return Err(self.new_error(
                        "AttributeError",
                        format!("'{t}' object attribute '{key}' is read-only"),
                    ));
                }
                Err(self.no_attribute(obj, key))
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj
            && inst.class.hooks.delattr
        {
            let hook = inst.class.lookup("__delattr__").unwrap_or(Value::None);
            self.call(&hook, &[obj.clone(), name.clone()])?;
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: a property's deleter, or the instance's namespace.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let key = name.as_str().unwrap_or_default();
        match obj {
            Value::Instance(inst) => {
                let class_attr = inst.class.lookup(key);
                if let Some(attr @ Value::Instance(_)) = &class_attr
                    && let Some(delete) = self.lookup_special(attr, "__delete__")
                {
                    self.call(&delete, &[attr.clone(), obj.clone()])?;
                    return Ok(());
                }
                if let Some(Value::Wrapper(w)) = &class_attr
                    && let Wrapper::Property { fdel, .. } = &**w
                {
                    if matches!(fdel, Value::None) {
                        return Err(self.new_error(
                            "AttributeError",
                            format!(
                                "property '{key}' of '{}' object has no deleter",
                                inst.class.name
                            ),
                        ));
                    }
                    let fdel = fdel.clone();
                    self.call(&fdel, std::slice::from_ref(obj))?;
                    return Ok(());
                }
                if inst.dict.borrow_mut().shift_remove(key).is_none() {
                    return Err(self.no_attribute(obj, key));
                }
                Ok(())
            }
            Value::Class(class) => {
                if class.dict.borrow_mut().shift_remove(key).is_none() {
                    return Err(self.no_attribute(obj, key));
                }
                Ok(())
            }
            // A generator's names can be replaced but not removed.
            Value::Generator(g) if self.set_generator_name(g, key, &Value::Null)? => Ok(()),
            _ => Err(self.no_attribute(obj, key)),
        }
    }
}

/// Calls the function in the receiver slot without the object it was looked up on.
fn drop_first_arg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = args.values[0].clone();
    vm.call_args(
        &func,
        Args {
            values: &args.values[2..],
            kwnames: args.kwnames,
        },
    )
}

/// Calls the function in the receiver slot with the class of the object it was looked up on.
fn class_first_arg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let func = args.values[0].clone();
    let class = Value::Class(vm.class_of(&args.values[1]));
    let mut values = vec![class];
    values.extend_from_slice(&args.values[2..]);
    vm.call_args(
        &func,
        Args {
            values: &values,
            kwnames: args.kwnames,
        },
    )
}
