//! Raising exceptions: making instances, `raise X from Y`, implicit chaining through
//! `__context__`, traceback entries, and `except` matching.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Frame;
use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};

impl Vm {
    /// A new instance of the built-in exception `class` with one message argument (none when
    /// the message is empty).
    pub fn new_error(&mut self, class: &str, message: impl Into<String>) -> PyErr {
        let message = message.into();
        let args = if message.is_empty() {
            Vec::new()
        } else {
            vec![Value::str(message)]
        };
        let class = self.types.exception(class);
        self.new_raised(class, args)
    }

    /// An exception raised by native code now: like CPython's `PyErr_SetObject`, it records
    /// the exception being handled as its `__context__` at once. (Exceptions that merely pass
    /// through native code keep what they have.)
    pub fn new_raised(&mut self, class: Rc<Class>, args: Vec<Value>) -> PyErr {
        let exc = new_exception(class, args);
        self.set_context(&exc);
        exc
    }

    pub fn type_error(&mut self, message: impl Into<String>) -> PyErr {
        self.new_error("TypeError", message)
    }

    pub fn value_error(&mut self, message: impl Into<String>) -> PyErr {
        self.new_error("ValueError", message)
    }

    /// What `raise v` raises: an instance as is, a class instantiated without arguments.
    pub fn exception_from(&mut self, v: &Value) -> PyResult<PyErr> {
        let base = self.types.exception("BaseException");
        match v {
            Value::Instance(inst) if inst.exc.is_some() => Ok(inst.clone()),
            Value::Class(c) if c.is_subclass(&base) => {
                let made = self.call(v, &[])?;
                match made {
                    Value::Instance(inst) if inst.exc.is_some() => Ok(inst),
                    other => {
                        let name = self.type_name(&other);
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {name}",
                            c.name
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise exc from cause`.
    pub fn set_cause(&mut self, exc: &PyErr, cause: &Value) -> PyResult<()> {
        let cause = match cause {
            Value::None => None,
            other => match self.exception_from(other) {
                Ok(c) => Some(c),
                Err(_) => {
                    return Err(self.type_error("exception causes must derive from BaseException"));
                }
            },
        };
        if let Some(state) = &exc.exc {
            let mut state = state.borrow_mut();
            state.cause = cause;
            state.suppress_context = true;
        }
        Ok(())
    }

    /// Implicit chaining: a new exception raised while another is handled records it as its
    /// `__context__`, breaking any cycle this would make as CPython does.
    pub fn set_context(&mut self, exc: &PyErr) {
        let handled = self.current_exception();
        self.chain_context(exc, handled);
    }

    /// Makes `handled` the `__context__` of `exc`, unless that would make a cycle.
    pub fn chain_context(&mut self, exc: &PyErr, handled: Option<PyErr>) {
        let Some(handled) = handled else {
            return;
        };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        // Walk the handled exception's context chain; cut it where it reaches `exc`.
        let mut node = handled.clone();
        loop {
            let next = node.exc.as_ref().and_then(|s| s.borrow().context.clone());
            match next {
                Some(next) if Rc::ptr_eq(&next, exc) => {
                    if let Some(s) = &node.exc {
                        s.borrow_mut().context = None;
                    }
                    break;
                }
                Some(next) => node = next,
                None => break,
            }
        }
        if let Some(state) = &exc.exc {
            state.borrow_mut().context = Some(handled);
        }
    }

    pub fn add_traceback(&mut self, exc: &PyErr, frame: &Frame, pc: usize) {
        if let Some(state) = &exc.exc {
            state.borrow_mut().traceback.push(TracebackEntry {
                code: frame.code().code.clone(),
                pc,
            });
        }
    }

    /// `except class:` — `class` may be a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let base = self.types.exception("BaseException");
        let exc_class = self.class_of(exc);
        match class {
            Value::Class(c) if c.is_subclass(&base) => Ok(exc_class.is_subclass(c)),
            Value::Tuple(items) => {
                // CPython checks the whole tuple before matching any of it.
                if !items
                    .iter()
                    .all(|i| matches!(i, Value::Class(c) if c.is_subclass(&base)))
                {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(items.iter().any(|item| match item {
                    Value::Class(c) => exc_class.is_subclass(c),
                    _ => false,
                }))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Whether `err` is an instance of the built-in exception `class` (or a subclass).
    pub fn is_instance_of(&self, err: &PyErr, class: &str) -> bool {
        err.class.is_subclass(&self.types.exception(class))
    }

    /// `str(exc)`, as BaseException.__str__ (and KeyError's).
    pub fn exception_str(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        let args = inst
            .exc
            .as_ref()
            .map(|s| s.borrow().args.clone())
            .unwrap_or_default();
        match args.len() {
            0 => Ok(String::new()),
            1 if inst.class.is_subclass(&self.types.exception("KeyError")) => self.repr(&args[0]),
            1 => self.str_of(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// The line CPython prints last for an uncaught exception: `Name: message`.
    pub fn exception_line(&mut self, inst: &Rc<Instance>) -> String {
        let value = Value::Instance(inst.clone());
        let message = match self.str_of(&value) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let class = &inst.class;
        let name = if &*class.module == "builtins" || &*class.module == "__main__" {
            class.qualname.borrow().to_string()
        } else {
            format!("{}.{}", class.module, class.qualname.borrow())
        };
        let mut line = if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
        let hint = inst.exc.as_ref().and_then(|s| s.borrow_mut().hint.take());
        if let Some(suggestion) = hint.and_then(|h| self.suggestion(&h)) {
            line.push_str(&format!(". Did you mean: '{suggestion}'?"));
        }
        line
    }

    /// `NameError: name 'x' is not defined`, remembering the scopes searched so the traceback
    /// can suggest a close name.
    pub fn name_error(&mut self, frame: &Frame, name: &str) -> PyErr {
        let err = self.new_error("NameError", format!("name '{name}' is not defined"));
        let mut scopes = Vec::new();
        if let Some(ns) = &frame.namespace {
            scopes.push(ns.borrow().keys().cloned().collect());
        } else if frame
            .code()
            .code
            .has_flag(crate::compile::code::flags::OPTIMIZED)
        {
            let code = &frame.code().code;
            let bound = code
                .slot_names
                .iter()
                .enumerate()
                .filter(|(i, _)| !self.stack[frame.base + i].is_null())
                .map(|(_, n)| n.clone())
                .collect();
            scopes.push(bound);
        }
        scopes.push(
            frame
                .func
                .globals
                .items()
                .into_iter()
                .map(|(k, _)| k)
                .collect(),
        );
        scopes.push(self.builtins.items().into_iter().map(|(k, _)| k).collect());
        if let Some(state) = &err.exc {
            state.borrow_mut().hint = Some(Hint::Name {
                name: Rc::from(name),
                scopes,
            });
        }
        err
    }
}

pub fn new_exception(class: Rc<Class>, args: Vec<Value>) -> PyErr {
    Rc::new(Instance {
        class,
        dict: RefCell::new(Attrs::default()),
        exc: Some(RefCell::new(ExcState {
            args,
            ..ExcState::default()
        })),
    })
}
