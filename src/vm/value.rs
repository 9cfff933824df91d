//! Values: sixteen bytes each. None, booleans, small ints and floats are stored inline, so
//! arithmetic allocates nothing; everything else is a reference-counted object, so it is freed
//! (and, for generators and coroutines, finalised) exactly when its last reference goes, as in
//! CPython.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::generator::Generator;
use super::object::*;

// ANCHOR: value
#[derive(Default)]
pub enum Value {
    /// Not a Python value: an unbound local, an empty cell, or CPython's NULL on the stack.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int that does not fit in 64 bits; never holds one that does.
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    Tuple(Rc<Vec<Value>>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<Method>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(Rc<CellObj>),
    Code(Rc<CodeObject>),
    Iterator(Rc<RefCell<NativeIter>>),
    Generator(Rc<Generator>),
    /// property, staticmethod, classmethod, super and the other small wrappers.
    Wrapper(Rc<Wrapper>),
}
// ANCHOR_END: value

impl Clone for Value {
    /// Inline values copy without a call; only objects pay for a reference count.
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_inline() {
            // SAFETY: inline variants own nothing, so a bitwise copy is an independent value
            // (this avoids a jump table per copy in the dispatch loop).
            unsafe { std::ptr::read(self) }
        } else if let Value::Function(f) = self {
            // Functions are copied onto the stack at every call.
            Value::Function(f.clone())
        } else {
            self.clone_object()
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_object(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::Bytes(r) => Value::Bytes(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Builtin(r) => Value::Builtin(r.clone()),
            Value::Method(r) => Value::Method(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Cell(r) => Value::Cell(r.clone()),
            Value::Code(r) => Value::Code(r.clone()),
            Value::Iterator(r) => Value::Iterator(r.clone()),
            Value::Generator(r) => Value::Generator(r.clone()),
            Value::Wrapper(r) => Value::Wrapper(r.clone()),
        }
    }

    pub fn str(text: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(text.into())))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// An int, stored inline when it fits.
    pub fn int(big: BigInt) -> Value {
        match big.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(big)),
        }
    }

    /// Drops a value, skipping the drop call for inline values (the hot paths of the dispatch
    /// loop drop many small ints and booleans).
    #[inline(always)]
    pub fn discard(self) {
        if self.is_inline() {
            std::mem::forget(self)
        } else {
            drop(self)
        }
    }

    /// Values stored in the sixteen bytes themselves, owning nothing.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Python's `is`. Small ints and floats compare by value, as CPython's caches make the
    /// common cases behave.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) => true,
            (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the object behind the value, for identity and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Wrapper(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.text),
            _ => None,
        }
    }
}
