//! The objects behind [`Value`]s that are not stored inline.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashTable;
use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::set_table::SetTable;
use super::value::Value;
use crate::compile::code::Code;

/// Attribute namespaces: instance `__dict__`s, class bodies, keyword arguments.
pub type Attrs = IndexMap<Rc<str>, Value, FxBuildHasher>;

pub struct PyStr {
    pub text: String,
    /// Length in code points; equal to the byte length for ASCII text, which indexes by byte.
    pub chars: usize,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let chars = text.chars().count();
        PyStr { text, chars }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at index `i` (already range-checked).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// An insertion-ordered hash table keyed by Python values, as CPython's dict. Hashing and
/// equality may run Python code, so lookups take them from the caller.
#[derive(Default)]
pub struct Dict {
    pub inner: RefCell<DictTable>,
}

#[derive(Default, Clone)]
pub struct DictTable {
    entries: Vec<Option<DictEntry>>,
    index: HashTable<usize>,
    len: usize,
}

#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entries whose hash is `hash`, by position, for the caller to compare keys.
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = (usize, &Value)> {
        self.index
            .iter_hash(hash as u64)
            .filter_map(move |&i| match &self.entries[i] {
                Some(e) if e.hash == hash => Some((i, &e.key)),
                _ => None,
            })
    }

    pub fn entry(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn set_value(&mut self, i: usize, value: Value) {
        if let Some(e) = &mut self.entries[i] {
            e.value = value;
        }
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.entries.push(Some(DictEntry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, i, |&j| {
            entries[j].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    pub fn remove_at(&mut self, i: usize) -> Option<DictEntry> {
        let entry = self.entries.get_mut(i)?.take()?;
        if let Ok(found) = self.index.find_entry(entry.hash as u64, |&j| j == i) {
            found.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    /// Drops the holes deleted entries leave, keeping the order.
    fn compact(&mut self) {
        let live: Vec<DictEntry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.len = 0;
        for e in live {
            self.push(e.hash, e.key, e.value);
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// The position after `i` holding an entry, for iterators that survive mutation checks.
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &DictEntry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i, e));
            }
            i += 1;
        }
        None
    }

    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn clear(&mut self) {
        *self = DictTable::default();
    }
}

pub struct Set {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

/// `range(start, stop, step)`. Bounds may be arbitrarily large, as in CPython; iteration and
/// indexing take a 64-bit fast path when they fit.
pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Range {
    pub fn len(&self) -> BigInt {
        let zero = BigInt::zero();
        let n: BigInt = if self.step > zero {
            (&self.stop - &self.start + &self.step - 1) / &self.step
        } else {
            (&self.start - &self.stop - &self.step - 1) / -&self.step
        };
        n.max(zero)
    }

    pub fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The bounds as 64-bit ints, when they fit.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        Some((
            self.start.to_i64()?,
            self.stop.to_i64()?,
            self.step.to_i64()?,
        ))
    }

    pub fn contains(&self, i: &BigInt) -> bool {
        let zero = BigInt::zero();
        let inside = if self.step > zero {
            &self.start <= i && i < &self.stop
        } else {
            &self.start >= i && i > &self.stop
        };
        inside && ((i - &self.start) % &self.step).is_zero()
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A code object with its constants turned into values, shared by every function made from it.
pub struct CodeObject {
    pub code: Rc<Code>,
    /// The instructions the dispatch loop runs: the compiler's, with common pairs fused into
    /// superinstructions. Same length and offsets as `code.instrs`.
    pub ops: Vec<crate::compile::opcode::Instr>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// For each name, its slot in the globals once LOAD_GLOBAL has looked it up.
    pub global_slots: Vec<Cell<u32>>,
    pub builtin_slots: Vec<Cell<u32>>,
}

pub const UNRESOLVED: u32 = u32::MAX;

pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<Module>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// `__defaults__` and `__kwdefaults__`; programs may replace them.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Vec<(Rc<str>, Value)>>,
    pub closure: Vec<Rc<CellObj>>,
    /// `__doc__`, kept apart from `__dict__` as CPython does.
    pub doc: RefCell<Value>,
    pub dict: RefCell<Attrs>,
    /// Whether the call path may skip argument matching (positional arguments only, no
    /// defaults needed, no `*args`/`**kwargs`, no keyword-only parameters).
    pub simple: bool,
}

pub struct CellObj {
    pub value: RefCell<Value>,
}

/// A function written in Rust.
pub type NativeFn = fn(&mut super::Vm, Args) -> super::PyResult<Value>;

/// The arguments of a native call: positionals, then keyword values named by `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let kw = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .map(|n| n.as_str().unwrap_or_default())
            .zip(kw)
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

pub struct Builtin {
    pub name: &'static str,
    /// The type that defines it, for methods (`list.append`); `None` for functions.
    pub owner: Option<&'static str>,
    pub func: NativeFn,
    /// Bound to this value (a module's function keeps its module, `print` keeps nothing).
    pub bound: Option<Value>,
}

/// A function bound to the object it was looked up on.
pub struct Method {
    pub func: Value,
    pub receiver: Value,
}

/// The native layout behind a class: which Rust object its instances are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Cell,
    Code,
    Iterator,
    Generator,
    Frame,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
}

pub struct Class {
    pub name: Rc<str>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub base: Option<Rc<Class>>,
    /// Base classes after this one, nearest first (single inheritance).
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<Attrs>,
    pub layout: Layout,
    /// Whether instances may take arbitrary attributes (`__dict__`).
    pub has_dict: bool,
    /// Which attribute hooks a class in the MRO defines in Python, decided when the class is
    /// made so plain attribute access never looks for them.
    pub hooks: AccessHooks,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct AccessHooks {
    pub getattribute: bool,
    pub setattr: bool,
    pub delattr: bool,
}

impl Class {
    /// Looks `name` up along the MRO, this class first.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Attrs>,
    /// Present for exceptions: their arguments and chaining.
    pub exc: Option<RefCell<ExcState>>,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} instance>", self.class.name)
    }
}

#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    pub traceback: Vec<TracebackEntry>,
    pub context: Option<Rc<Instance>>,
    pub cause: Option<Rc<Instance>>,
    pub suppress_context: bool,
    /// What a NameError or AttributeError was looking for, for the "Did you mean" hint.
    pub hint: Option<Hint>,
}

/// Where to look for a name close to a missing one.
pub enum Hint {
    /// A missing variable, with the names of each scope searched, nearest first.
    Name {
        name: Rc<str>,
        scopes: Vec<Vec<Rc<str>>>,
    },
    /// A missing attribute of `obj`.
    Attribute { obj: Value, name: Rc<str> },
}

/// One frame an exception passed through, innermost last.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub pc: usize,
}

/// A module's globals: a slot per name so compiled code can cache where each global lives.
pub struct Module {
    pub name: Rc<str>,
    pub slots: RefCell<Vec<Value>>,
    pub index: RefCell<IndexMap<Rc<str>, usize, FxBuildHasher>>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: Rc::from(name),
            slots: RefCell::new(Vec::new()),
            index: RefCell::new(IndexMap::default()),
        }
    }

    /// The slot for `name`, made (empty) if the module never bound it.
    pub fn slot(&self, name: &Rc<str>) -> usize {
        if let Some(&i) = self.index.borrow().get(name) {
            return i;
        }
        let mut slots = self.slots.borrow_mut();
        slots.push(Value::Null);
        self.index
            .borrow_mut()
            .insert(name.clone(), slots.len() - 1);
        slots.len() - 1
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let i = *self.index.borrow().get(name)?;
        let v = self.slots.borrow()[i].clone();
        (!v.is_null()).then_some(v)
    }

    pub fn set(&self, name: &str, value: Value) {
        let i = self.slot(&Rc::from(name));
        self.slots.borrow_mut()[i] = value;
    }

    /// The bound names in definition order.
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        let slots = self.slots.borrow();
        self.index
            .borrow()
            .iter()
            .filter(|(_, i)| !slots[**i].is_null())
            .map(|(n, i)| (n.clone(), slots[*i].clone()))
            .collect()
    }
}

/// Iterators implemented natively.
pub enum NativeIter {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not fit in 64 bits.
    BigRange {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    Str {
        text: Rc<PyStr>,
        byte: usize,
    },
    DictKeys {
        dict: Rc<Dict>,
        index: usize,
        len: usize,
    },
    DictValues {
        dict: Rc<Dict>,
        index: usize,
        len: usize,
    },
    DictItems {
        dict: Rc<Dict>,
        index: usize,
        len: usize,
    },
    /// A set, walked slot by slot; `len` is its size when iteration began (usize::MAX once a
    /// change has been reported).
    Set {
        set: Rc<Set>,
        pos: usize,
        len: usize,
    },
    /// A snapshot (reversed sequences): items handed out in order, under the type name
    /// CPython's iterator for that source has.
    Items {
        items: Vec<Value>,
        index: usize,
        name: &'static str,
    },
    /// `iter(obj)` on an object with only `__getitem__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

impl NativeIter {
    /// The type name CPython shows for it.
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeIter::Seq { seq, .. } => match seq {
                Value::Tuple(_) => "tuple_iterator",
                Value::Bytes(_) => "bytes_iterator",
                _ => "list_iterator",
            },
            NativeIter::Range { .. } => "range_iterator",
            NativeIter::BigRange { .. } => "longrange_iterator",
            NativeIter::Str { .. } => "str_ascii_iterator",
            NativeIter::DictKeys { .. } => "dict_keyiterator",
            NativeIter::DictValues { .. } => "dict_valueiterator",
            NativeIter::DictItems { .. } => "dict_itemiterator",
            NativeIter::Items { name, .. } => name,
            NativeIter::Set { .. } => "set_iterator",
            NativeIter::GetItem { .. } => "iterator",
            NativeIter::Enumerate { .. } => "enumerate",
            NativeIter::Zip { .. } => "zip",
            NativeIter::Map { .. } => "map",
            NativeIter::Filter { .. } => "filter",
            NativeIter::Callable { .. } => "callable_iterator",
            NativeIter::Exhausted => "iterator",
        }
    }
}

/// The next int of a 64-bit range iterator. A step past `i64::MAX` (or `MIN`) ends the range
/// instead of wrapping around.
#[inline]
pub fn step_range(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let n = *next;
    let more = if step > 0 { n < stop } else { n > stop };
    if !more {
        return None;
    }
    *next = n.checked_add(step).unwrap_or(stop);
    Some(n)
}

/// Small wrapper objects.
pub enum Wrapper {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: Rc<Class>,
        receiver: Value,
    },
    /// A suspended generator's frame (`gi_frame`), read live.
    GeneratorFrame(Rc<super::generator::Generator>),
    /// dict.keys() / values() / items(): live views.
    DictView {
        dict: Rc<Dict>,
        kind: DictViewKind,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// Builtin modules by name.
pub type ModuleTable = FxHashMap<Rc<str>, Rc<Module>>;
