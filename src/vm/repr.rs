//! `repr()`, `str()` and `format()` of every value, as CPython prints them.

use std::rc::Rc;

use num_bigint::BigInt;

use super::numeric;
use super::object::*;
use super::value::Value;
use super::{PyResult, Vm};
use crate::syntax::literal::{repr_bytes, repr_float, repr_str};

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.enter(" while getting the repr of an object")?;
        let result = self.repr_inner(v);
        self.leave();
        result
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.big_to_string(b)?,
            Value::Float(f) => repr_float(*f),
            Value::Str(s) => repr_str(&s.text),
            Value::Bytes(b) => repr_bytes(b),
            Value::Tuple(items) => {
                if items.len() == 1 {
                    format!("({},)", self.repr(&items[0])?)
                } else {
                    format!("({})", self.repr_items(items)?)
                }
            }
            Value::List(l) => {
                let Some(_guard) = self.repr_guard(v) else {
                    return Ok("[...]".into());
                };
                let items = l.borrow().clone();
                let r = self.repr_items(&items).map(|s| format!("[{s}]"));
                self.repr_release(v);
                r?
            }
            Value::Dict(d) => {
                let Some(_guard) = self.repr_guard(v) else {
                    return Ok("{...}".into());
                };
                let entries: Vec<DictEntry> = d.inner.borrow().iter().cloned().collect();
                let mut parts = Vec::with_capacity(entries.len());
                let mut failed = None;
                for e in entries {
                    match (self.repr(&e.key), self.repr(&e.value)) {
                        (Ok(k), Ok(v)) => parts.push(format!("{k}: {v}")),
                        (Err(err), _) | (_, Err(err)) => {
                            failed = Some(err);
                            break;
                        }
                    }
                }
                self.repr_release(v);
                if let Some(err) = failed {
                    return Err(err);
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else if s.frozen {
                    format!("frozenset({{{}}})", self.repr_items(&items)?)
                } else {
                    format!("{{{}}}", self.repr_items(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => {
                format!("<function {} at {}>", f.qualname.borrow(), self.address(v))
            }
            Value::Generator(g) => {
                let qualname = g.qualname.borrow().clone();
                format!("<generator object {qualname} at {}>", self.address(v))
            }
            Value::Builtin(b) => match (&b.bound, b.owner) {
                (Some(Value::Module(_)) | None, _) => {
                    format!("<built-in function {}>", b.name)
                }
                (Some(receiver), Some(owner)) => {
                    let receiver = receiver.clone();
                    format!(
                        "<built-in method {} of {owner} object at {}>",
                        b.name,
                        self.address(&receiver)
                    )
                }
                (Some(_), None) => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let func = m.func.clone();
                let receiver = m.receiver.clone();
                match &func {
                    Value::Builtin(b) => {
                        let owner = b.owner.unwrap_or("object");
                        format!(
                            "<built-in method {} of {owner} object at {}>",
                            b.name,
                            self.address(&receiver)
                        )
                    }
                    _ => {
                        let name = self
                            .getattr_opt(&func, "__qualname__")?
                            .and_then(|n| n.as_str().map(str::to_string))
                            .unwrap_or_else(|| "?".into());
                        let receiver = self.repr(&receiver)?;
                        format!("<bound method {name} of {receiver}>")
                    }
                }
            }
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname.borrow())
                }
            }
            Value::Instance(inst) => {
                if let Some(method) = self.lookup_special(v, "__repr__") {
                    let r = self.call(&method, std::slice::from_ref(v))?;
                    return match r {
                        Value::Str(s) => Ok(s.text.clone()),
                        other => {
                            let name = self.type_name(&other);
                            Err(self
                                .type_error(format!("__repr__ returned non-string (type {name})")))
                        }
                    };
                }
                let inst = inst.clone();
                self.default_repr(&inst)?
            }
            Value::Module(m) => {
                if &*m.name == "__main__" {
                    "<module '__main__'>".to_string()
                } else {
                    format!("<module '{}' (built-in)>", m.name)
                }
            }
            Value::Cell(_) => format!("<cell at {}>", self.address(v)),
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.code.name,
                self.address(v),
                c.code.filename,
                c.code.first_line
            ),
            Value::Iterator(it) => {
                let name = it.borrow().type_name();
                format!("<{name} object at {}>", self.address(v))
            }
            Value::Wrapper(w) => match &**w {
                Wrapper::GeneratorFrame(g) => {
                    let code = &g.func.code.code;
                    format!(
                        "<frame at {}, file '{}', line {}, code {}>",
                        self.address(v),
                        code.filename,
                        g.line(),
                        code.name
                    )
                }
                Wrapper::DictView { dict, kind } => {
                    let entries: Vec<DictEntry> = dict.inner.borrow().iter().cloned().collect();
                    let (name, items) = match kind {
                        DictViewKind::Keys => (
                            "dict_keys",
                            entries.into_iter().map(|e| e.key).collect::<Vec<_>>(),
                        ),
                        DictViewKind::Values => (
                            "dict_values",
                            entries.into_iter().map(|e| e.value).collect(),
                        ),
                        DictViewKind::Items => (
                            "dict_items",
                            entries
                                .into_iter()
                                .map(|e| Value::tuple(vec![e.key, e.value]))
                                .collect(),
                        ),
                    };
                    format!("{name}([{}])", self.repr_items(&items)?)
                }
                Wrapper::Super { class, .. } => {
                    format!("<super: <class '{}'>, <{} object>>", class.name, class.name)
                }
                _ => {
                    let name = self.type_name(v);
                    format!("<{name} object at {}>", self.address(v))
                }
            },
        })
    }

    /// `object.__repr__` (`<__main__.A object at 0x...>`) and `BaseException.__repr__`
    /// (`ValueError('x')`).
    pub fn default_repr(&mut self, inst: &Rc<Instance>) -> PyResult<String> {
        if let Some(exc) = &inst.exc {
            let args = exc.borrow().args.clone();
            let inner = if args.len() == 1 {
                self.repr(&args[0])?
            } else {
                self.repr_items(&args)?
            };
            return Ok(format!("{}({inner})", inst.class.name));
        }
        let class = &inst.class;
        let qual = class.qualname.borrow().clone();
        let module = class.module.clone();
        Ok(format!(
            "<{module}.{qual} object at {}>",
            self.address(&Value::Instance(inst.clone()))
        ))
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(self.repr(item)?);
        }
        Ok(parts.join(", "))
    }

    /// Marks a container as being printed, so one that contains itself prints `[...]`.
    fn repr_guard(&mut self, v: &Value) -> Option<()> {
        let p = v.ptr()?;
        if self.repr_active.contains(&p) {
            return None;
        }
        self.repr_active.push(p);
        Some(())
    }

    fn repr_release(&mut self, v: &Value) {
        if let Some(p) = v.ptr() {
            self.repr_active.retain(|&q| q != p);
        }
    }

    /// A stable stand-in for an object's address: the same program prints the same addresses on
    /// every run.
    pub fn address(&mut self, v: &Value) -> String {
        format!("{:#x}", self.object_id(v))
    }

    /// `id()`: numbered in order of first request, so runs repeat exactly.
    pub fn object_id(&mut self, v: &Value) -> u64 {
        let Some(p) = v.ptr() else {
            return match v {
                Value::Int(i) => 0x7f00_0000_0000u64.wrapping_add(*i as u64 * 32),
                _ => 0x7f00_0000_1000,
            };
        };
        let next = 0x7f10_0000_0000u64 + self.ids.len() as u64 * 0x40;
        *self.ids.entry(p).or_insert(next)
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.text.clone()),
            Value::Instance(inst) => {
                if let Some(method) = self.lookup_special(v, "__str__") {
                    self.enter(" while getting the str of an object")?;
                    let r = self.call(&method, std::slice::from_ref(v));
                    self.leave();
                    return match r? {
                        Value::Str(s) => Ok(s.text.clone()),
                        other => {
                            let name = self.type_name(&other);
                            Err(self
                                .type_error(format!("__str__ returned non-string (type {name})")))
                        }
                    };
                }
                if inst.exc.is_some() {
                    let inst = inst.clone();
                    return self.exception_str(&inst);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// Decimal digits of a big int, with CPython's limit on huge conversions.
    fn big_to_string(&mut self, b: &BigInt) -> PyResult<String> {
        if b.bits() > 14000 {
            let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as u64;
            if digits > 4300 {
                return Err(self.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
        }
        Ok(b.to_string())
    }

    /// FORMAT_VALUE: `f"{v!r:spec}"`.
    pub fn format_value(
        &mut self,
        v: &Value,
        conversion: u32,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            1 => Value::str(self.str_of(v)?),
            2 => Value::str(self.repr(v)?),
            3 => Value::str(ascii(&self.repr(v)?)),
            _ => v.clone(),
        };
        let spec = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty()
            && let Value::Str(_) = &converted
        {
            return Ok(converted);
        }
        Ok(Value::str(self.format(&converted, spec)?))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let result = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into());
            }
            Value::Bool(b) => numeric::format_int(&BigInt::from(*b as i64), spec),
            Value::Int(i) => numeric::format_int(&BigInt::from(*i), spec),
            Value::BigInt(b) => numeric::format_int(b, spec),
            Value::Float(f) => numeric::format_float(*f, spec),
            Value::Str(s) => numeric::format_str(&s.text, spec),
            Value::Instance(_) => {
                if let Some(method) = self.lookup_special(v, "__format__") {
                    let r = self.call(&method, &[v.clone(), Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.text.clone()),
                        other => {
                            let name = self.type_name(&other);
                            Err(self
                                .type_error(format!("__format__ must return a str, not {name}")))
                        }
                    };
                }
                return self.format_object(v, spec);
            }
            _ => return self.format_object(v, spec),
        };
        result.map_err(|e| self.num_error(e))
    }

    /// object.__format__: only the empty spec is allowed.
    pub fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        let name = self.type_name(v);
        Err(self.type_error(format!(
            "unsupported format string passed to {name}.__format__"
        )))
    }
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}
