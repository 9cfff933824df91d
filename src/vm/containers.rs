//! Subscripts, iteration, unpacking, membership, and the hash tables behind dicts and sets.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::generator::Resumed;
use super::object::*;
use super::set_table::SetTable;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compile::opcode::BinaryOp;

impl Vm {
    // ---- dicts ------------------------------------------------------------------------------

    pub fn dict_find(&mut self, dict: &Dict, key: &Value) -> PyResult<Option<usize>> {
        let hash = self.hash(key)?;
        self.dict_find_hashed(dict, key, hash)
    }

    /// Like [`Self::dict_find`] with the key's hash already computed (CPython hashes a key
    /// once per operation, and a `__hash__` written in Python can tell).
    fn dict_find_hashed(&mut self, dict: &Dict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let candidates: Vec<(usize, Value)> = dict
            .inner
            .borrow()
            .candidates(hash)
            .map(|(i, k)| (i, k.clone()))
            .collect();
        for (i, k) in candidates {
            if k.is(key) || self.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, dict: &Dict, key: &Value) -> PyResult<Option<Value>> {
        Ok(self
            .dict_find(dict, key)?
            .and_then(|i| dict.inner.borrow().entry(i).map(|e| e.value.clone())))
    }

    pub fn dict_set(&mut self, dict: &Dict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        match self.dict_find_hashed(dict, &key, hash)? {
            Some(i) => dict.inner.borrow_mut().set_value(i, value),
            None => dict.inner.borrow_mut().push(hash, key, value),
        }
        Ok(())
    }

    /// `dict.setdefault`: the value under `key`, inserting `default` first if absent.
    pub fn dict_setdefault(&mut self, dict: &Dict, key: Value, default: Value) -> PyResult<Value> {
        let hash = self.hash(&key)?;
        if let Some(i) = self.dict_find_hashed(dict, &key, hash)? {
            let found = dict.inner.borrow().entry(i).map(|e| e.value.clone());
            return Ok(found.unwrap_or(Value::None));
        }
        dict.inner.borrow_mut().push(hash, key, default.clone());
        Ok(default)
    }

    pub fn dict_remove(&mut self, dict: &Dict, key: &Value) -> PyResult<Option<Value>> {
        Ok(match self.dict_find(dict, key)? {
            Some(i) => dict.inner.borrow_mut().remove_at(i).map(|e| e.value),
            None => None,
        })
    }

    pub fn key_error(&mut self, key: &Value) -> PyErr {
        let class = self.types.exception("KeyError");
        self.new_raised(class, vec![key.clone()])
    }

    /// DICT_UPDATE / DICT_MERGE (`{**a}` and `f(**a)`, which rejects repeated keys).
    pub fn dict_update_op(
        &mut self,
        target: &Value,
        other: &Value,
        merge: bool,
        func: Option<Value>,
    ) -> PyResult<()> {
        let Value::Dict(target) = target else {
            return Ok(());
        };
        let pairs = match other {
            Value::Dict(d) => d
                .inner
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect::<Vec<_>>(),
            _ => {
                let keys = self.getattr_opt(other, "keys")?;
                let Some(keys) = keys else {
                    let name = self.type_name(other);
                    if merge {
                        let fname = self.callable_name(func.as_ref());
                        return Err(self.type_error(format!(
                            "{fname} argument after ** must be a mapping, not {name}"
                        )));
                    }
                    return Err(self.type_error(format!("'{name}' object is not a mapping")));
                };
                let keys = self.call(&keys, &[])?;
                let mut pairs = Vec::new();
                for key in self.collect(&keys)? {
                    let value = self.getitem(other, &key)?;
                    pairs.push((key, value));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if merge && self.dict_find(target, &k)?.is_some() {
                let fname = self.callable_name(func.as_ref());
                let key = self.str_of(&k)?;
                return Err(self.type_error(format!(
                    "{fname} got multiple values for keyword argument '{key}'"
                )));
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in argument errors: `__main__.f()`.
    pub fn callable_name(&mut self, func: Option<&Value>) -> String {
        match func {
            Some(Value::Function(f)) => {
                let module = f
                    .globals
                    .get("__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!("{module}.{}()", f.qualname.borrow())
            }
            Some(Value::Builtin(b)) => format!("{}()", b.name),
            Some(Value::Class(c)) => format!("{}()", c.name),
            Some(other) => {
                let name = self.type_name(other);
                format!("{name} object")
            }
            None => "function".into(),
        }
    }

    // ---- sets -------------------------------------------------------------------------------

    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let set = Value::Set(Rc::new(Set {
            table: RefCell::new(SetTable::new()),
            frozen,
        }));
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }

    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        let Value::Set(s) = set else { return Ok(()) };
        let hash = self.hash(&item)?;
        let mut table = std::mem::take(&mut *s.table.borrow_mut());
        let result = table.insert(hash, item, |a, b| self.eq(a, b));
        *s.table.borrow_mut() = table;
        result.map(|_| ())
    }

    /// SET_UPDATE and `set.update`: a set is merged table to table, as CPython's set_merge.
    pub fn set_update(&mut self, set: &Value, iterable: &Value) -> PyResult<()> {
        if let (Value::Set(target), Value::Set(source)) = (set, iterable) {
            if Rc::ptr_eq(target, source) {
                return Ok(());
            }
            return self.with_tables(target, source, |vm, ta, tb| {
                ta.merge(tb, &mut |p: &Value, q: &Value| vm.eq(p, q))
            });
        }
        let items = self.iter(iterable)?;
        while let Some(item) = self.next(&items)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    pub fn set_contains(&mut self, set: &Set, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        let table = std::mem::take(&mut *set.table.borrow_mut());
        let result = table.contains(hash, |k| self.eq(k, item));
        *set.table.borrow_mut() = table;
        result
    }

    pub fn set_remove(&mut self, set: &Set, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        let mut table = std::mem::take(&mut *set.table.borrow_mut());
        let result = table.remove(hash, |k| self.eq(k, item));
        *set.table.borrow_mut() = table;
        result.map(|r| r.is_some())
    }

    /// Runs `f` on the tables of two sets, taken out so comparisons may run Python code.
    fn with_tables<T>(
        &mut self,
        a: &Set,
        b: &Set,
        f: impl FnOnce(&mut Vm, &mut SetTable<Value>, &SetTable<Value>) -> PyResult<T>,
    ) -> PyResult<T> {
        let mut ta = std::mem::take(&mut *a.table.borrow_mut());
        let same = std::ptr::eq(a, b);
        let tb = if same {
            ta.copy()
        } else {
            std::mem::take(&mut *b.table.borrow_mut())
        };
        let result = f(self, &mut ta, &tb);
        *a.table.borrow_mut() = ta;
        if !same {
            *b.table.borrow_mut() = tb;
        }
        result
    }

    /// `|`, `&`, `-`, `^` and their in-place forms on two sets.
    pub fn set_operator(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x), Value::Set(y)) = (a, b) else {
            unreachable!("both operands are sets")
        };
        let inplace = op.is_inplace();
        let table = self.with_tables(x, y, |vm, ta, tb| {
            let mut eq = |p: &Value, q: &Value| vm.eq(p, q);
            Ok(match (op.base(), inplace) {
                (BinaryOp::Or, true) => {
                    ta.merge(tb, &mut eq)?;
                    None
                }
                (BinaryOp::And, true) => {
                    ta.intersection_update(tb, &mut eq)?;
                    None
                }
                (BinaryOp::Subtract, true) => {
                    ta.difference_update(tb, &mut eq)?;
                    None
                }
                (BinaryOp::Xor, true) => {
                    ta.symmetric_difference_update(tb, &mut eq)?;
                    None
                }
                (BinaryOp::Or, false) => Some(ta.union(tb, &mut eq)?),
                (BinaryOp::And, false) => Some(ta.intersection(tb, &mut eq)?),
                (BinaryOp::Subtract, false) => Some(ta.difference(tb, &mut eq)?),
                _ => Some(ta.symmetric_difference(tb, &mut eq)?),
            })
        })?;
        Ok(match table {
            None => a.clone(),
            Some(table) => Value::Set(Rc::new(Set {
                table: RefCell::new(table),
                frozen: x.frozen,
            })),
        })
    }

    pub fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Set(x), Value::Set(y)) = (a, b) else {
            return Ok(false);
        };
        self.with_tables(x, y, |vm, ta, tb| {
            ta.is_subset(tb, &mut |p: &Value, q: &Value| vm.eq(p, q))
        })
    }

    /// A set of the items of any iterable (sets keep their layout, as `set(s)` does).
    pub fn set_from(&mut self, iterable: &Value, frozen: bool) -> PyResult<Value> {
        if let Value::Set(s) = iterable {
            let table = s.table.borrow().copy();
            return Ok(Value::Set(Rc::new(Set {
                table: RefCell::new(table),
                frozen,
            })));
        }
        let set = self.new_set(Vec::new(), frozen)?;
        let items = self.iter(iterable)?;
        while let Some(item) = self.next(&items)? {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }

    // ---- subscripts -------------------------------------------------------------------------

    /// An index value as i64 (`__index__` for objects).
    pub fn index_of(&mut self, v: &Value) -> PyResult<Option<i64>> {
        Ok(match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            Value::Instance(_) => match self.lookup_special(v, "__index__") {
                Some(m) => {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    if !matches!(r, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                        let name = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {name})"))
                        );
                    }
                    self.index_of(&r)?
                }
                None => None,
            },
            _ => None,
        })
    }

    /// Resolves a sequence index against `len`, with CPython's IndexError message.
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_of(key)? else {
            let name = self.type_name(key);
            let message = match what {
                "str" => format!("string indices must be integers, not '{name}'"),
                _ => format!("{what} indices must be integers or slices, not {name}"),
            };
            return Err(self.type_error(message));
        };
        let len = len as i64;
        let j = if i < 0 { i.saturating_add(len) } else { i };
        if j < 0 || j >= len {
            let message = match what {
                "str" => "string index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.new_error("IndexError", message));
        }
        Ok(j as usize)
    }

    /// `slice.indices(len)`: start, stop, step clamped as CPython's PySlice_AdjustIndices.
    pub fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => match self.index_of(v)? {
                Some(0) => return Err(self.value_error("slice step cannot be zero")),
                Some(i) => i,
                None => {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
            },
        };
        let bound = |v: &Value, default: i64, vm: &mut Vm| -> PyResult<i64> {
            match v {
                Value::None => Ok(default),
                v => match vm.index_of(v)? {
                    Some(i) => {
                        let i = if i < 0 { i.saturating_add(len) } else { i };
                        Ok(if step < 0 {
                            i.clamp(-1, len - 1)
                        } else {
                            i.clamp(0, len)
                        })
                    }
                    None => Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let (start_default, stop_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let start = bound(&s.start, start_default, self)?;
        let stop = bound(&s.stop, stop_default, self)?;
        Ok((start, stop, step))
    }

    /// The positions a slice selects.
    pub fn slice_positions(&mut self, s: &Slice, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.borrow();
                let len = items.len() as i64;
                let j = if *i < 0 { i + len } else { *i };
                if j >= 0 && j < len {
                    return Ok(items[j as usize].clone());
                }
            }
            (Value::Dict(d), _) => {
                return match self.dict_get(d, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key)),
                };
            }
            _ => {}
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.borrow().clone();
                    let positions = self.slice_positions(s, items.len())?;
                    return Ok(Value::list(
                        positions.into_iter().map(|i| items[i].clone()).collect(),
                    ));
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let positions = self.slice_positions(s, t.len())?;
                    return Ok(Value::tuple(
                        positions.into_iter().map(|i| t[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let positions = self.slice_positions(sl, s.chars)?;
                    let text: String = if s.is_ascii() {
                        positions
                            .iter()
                            .map(|&i| s.text.as_bytes()[i] as char)
                            .collect()
                    } else {
                        let chars: Vec<char> = s.text.chars().collect();
                        positions.iter().map(|&i| chars[i]).collect()
                    };
                    return Ok(Value::str(text));
                }
                let i = self.seq_index(key, s.chars, "str")?;
                Ok(Value::str(s.char_at(i).to_string()))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let positions = self.slice_positions(sl, b.len())?;
                    return Ok(Value::Bytes(Rc::new(
                        positions.into_iter().map(|i| b[i]).collect(),
                    )));
                }
                let i = self
                    .seq_index(key, b.len(), "byte")
                    .map_err(|e| self.rename_index_error(e, "index out of range"))?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Range(r) => {
                let len = r.len();
                if let Value::Slice(sl) = key {
                    let Some(n) = len.to_usize() else {
                        return Err(self.new_error(
                            "OverflowError",
                            "Python int too large to convert to C ssize_t",
                        ));
                    };
                    let (start, stop, step) = self.slice_indices(sl, n)?;
                    return Ok(Value::Range(Rc::new(Range {
                        start: r.at(&BigInt::from(start)),
                        stop: r.at(&BigInt::from(stop)),
                        step: &r.step * step,
                    })));
                }
                let index = match key {
                    Value::BigInt(b) => (**b).clone(),
                    _ => match self.index_of(key)? {
                        Some(i) => BigInt::from(i),
                        None => {
                            let name = self.type_name(key);
                            return Err(self.type_error(format!(
                                "range indices must be integers or slices, not {name}"
                            )));
                        }
                    },
                };
                let index = if index.is_negative() {
                    index + &len
                } else {
                    index
                };
                if index.is_negative() || index >= len {
                    return Err(self.new_error("IndexError", "range object index out of range"));
                }
                Ok(Value::int(r.at(&index)))
            }
            Value::Instance(_) | Value::Class(_) => {
                if let Value::Instance(_) = obj
                    && let Some(m) = self.lookup_special(obj, "__getitem__")
                {
                    return self.call(&m, &[obj.clone(), key.clone()]);
                }
                if let Value::Class(c) = obj
                    && let Some(m) = c.lookup("__class_getitem__")
                {
                    return self.call(&m, &[obj.clone(), key.clone()]);
                }
                let name = self.type_name(obj);
                let message = if let Value::Class(c) = obj {
                    format!("type '{}' is not subscriptable", c.name)
                } else {
                    format!("'{name}' object is not subscriptable")
                };
                Err(self.type_error(message))
            }
            _ => {
                let name = self.type_name(obj);
                Err(self.type_error(format!("'{name}' object is not subscriptable")))
            }
        }
    }

    fn rename_index_error(&mut self, e: PyErr, message: &str) -> PyErr {
        if self.is_instance_of(&e, "IndexError") {
            self.new_error("IndexError", message)
        } else {
            e
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = match self.collect(&value) {
                        Ok(items) => items,
                        Err(e)
                            if self.is_instance_of(&e, "TypeError")
                                && self.iter(&value).is_err() =>
                        {
                            return Err(self.type_error("can only assign an iterable"));
                        }
                        Err(e) => return Err(e),
                    };
                    return self.list_assign_slice(l, s, items);
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list").map_err(|e| {
                    self.rename_index_error(e, "list assignment index out of range")
                })?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::Instance(_) => match self.lookup_special(obj, "__setitem__") {
                Some(m) => self.call(&m, &[obj.clone(), key, value]).map(|_| ()),
                None => {
                    let name = self.type_name(obj);
                    Err(self
                        .type_error(format!("'{name}' object does not support item assignment")))
                }
            },
            _ => {
                let name = self.type_name(obj);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
        }
    }

    fn list_assign_slice(
        &mut self,
        l: &RefCell<Vec<Value>>,
        s: &Slice,
        items: Vec<Value>,
    ) -> PyResult<()> {
        let len = l.borrow().len();
        let (start, stop, step) = self.slice_indices(s, len)?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop as usize).max(start);
            l.borrow_mut().splice(start..stop, items);
            return Ok(());
        }
        let positions = self.slice_positions(s, len)?;
        if positions.len() != items.len() {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                positions.len()
            )));
        }
        let mut list = l.borrow_mut();
        for (i, v) in positions.into_iter().zip(items) {
            list[i] = v;
        }
        Ok(())
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let mut positions = self.slice_positions(s, len)?;
                    positions.sort_unstable();
                    let mut list = l.borrow_mut();
                    for i in positions.into_iter().rev() {
                        list.remove(i);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list").map_err(|e| {
                    self.rename_index_error(e, "list assignment index out of range")
                })?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Value::Instance(_) => match self.lookup_special(obj, "__delitem__") {
                Some(m) => self.call(&m, &[obj.clone(), key.clone()]).map(|_| ()),
                None => {
                    let name = self.type_name(obj);
                    Err(self.type_error(format!("'{name}' object doesn't support item deletion")))
                }
            },
            _ => {
                let name = self.type_name(obj);
                Err(self.type_error(format!("'{name}' object doesn't support item deletion")))
            }
        }
    }

    // ---- iteration --------------------------------------------------------------------------

    fn native_iter(state: NativeIter) -> Value {
        Value::Iterator(Rc::new(RefCell::new(state)))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => {
                Self::native_iter(NativeIter::Seq {
                    seq: v.clone(),
                    index: 0,
                })
            }
            Value::Str(s) => Self::native_iter(NativeIter::Str {
                text: s.clone(),
                byte: 0,
            }),
            Value::Range(r) => Self::native_iter(match r.small() {
                Some((next, stop, step)) => NativeIter::Range { next, stop, step },
                None => NativeIter::BigRange {
                    next: r.start.clone(),
                    stop: r.stop.clone(),
                    step: r.step.clone(),
                },
            }),
            Value::Dict(d) => Self::native_iter(NativeIter::DictKeys {
                dict: d.clone(),
                index: 0,
                len: d.inner.borrow().len(),
            }),
            Value::Set(s) => Self::native_iter(NativeIter::Set {
                set: s.clone(),
                pos: 0,
                len: s.table.borrow().len(),
            }),
            Value::Iterator(_) | Value::Generator(_) => v.clone(),
            Value::Wrapper(w) => match &**w {
                Wrapper::DictView { dict, kind } => {
                    let dict = dict.clone();
                    let len = dict.inner.borrow().len();
                    Self::native_iter(match kind {
                        DictViewKind::Keys => NativeIter::DictKeys {
                            dict,
                            index: 0,
                            len,
                        },
                        DictViewKind::Values => NativeIter::DictValues {
                            dict,
                            index: 0,
                            len,
                        },
                        DictViewKind::Items => NativeIter::DictItems {
                            dict,
                            index: 0,
                            len,
                        },
                    })
                }
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    if matches!(m, Value::None) {
                        return Err(self.not_iterable(v));
                    }
                    let it = self.call(&m, std::slice::from_ref(v))?;
                    if !self.is_iterator(&it) {
                        let name = self.type_name(&it);
                        return Err(self
                            .type_error(format!("iter() returned non-iterator of type '{name}'")));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, "__getitem__").is_some() {
                    return Ok(Self::native_iter(NativeIter::GetItem {
                        obj: v.clone(),
                        index: 0,
                    }));
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    fn is_iterator(&mut self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) | Value::Generator(_) => true,
            Value::Instance(_) => self.lookup_special(v, "__next__").is_some(),
            _ => false,
        }
    }

    fn not_iterable(&mut self, v: &Value) -> PyErr {
        let name = self.type_name(v);
        self.type_error(format!("'{name}' object is not iterable"))
    }

    /// `next(it)`: `None` at the end (StopIteration from `__next__` is caught here).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            // A StopIteration from inside a native iterator (a function `map` calls, say) or
            // from a legacy-mode generator ends the iteration, as CPython's consumers take it.
            Value::Iterator(state) => match self.native_next(state) {
                Err(e) if self.is_instance_of(&e, "StopIteration") => Ok(None),
                other => other,
            },
            Value::Generator(generator) => match self.gen_send(generator, Value::None) {
                Ok(Resumed::Yielded(v)) => Ok(Some(v)),
                Ok(Resumed::Returned(_)) => Ok(None),
                Err(e) if self.is_instance_of(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            Value::Instance(_) => {
                let Some(m) = self.lookup_special(it, "__next__") else {
                    let name = self.type_name(it);
                    return Err(self.type_error(format!("'{name}' object is not an iterator")));
                };
                match self.call(&m, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_instance_of(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => {
                let name = self.type_name(it);
                Err(self.type_error(format!("'{name}' object is not an iterator")))
            }
        }
    }

    fn native_next(&mut self, state: &Rc<RefCell<NativeIter>>) -> PyResult<Option<Value>> {
        let mut s = state.borrow_mut();
        let result = match &mut *s {
            NativeIter::Seq { seq, index } => {
                let item = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                *index += 1;
                item
            }
            NativeIter::Range { next, stop, step } => {
                step_range(next, *stop, *step).map(Value::Int)
            }
            NativeIter::Str { text, byte } => match text.text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Some(Value::str(c.to_string()))
                }
                None => None,
            },
            NativeIter::DictKeys { dict, index, len }
            | NativeIter::DictValues { dict, index, len }
            | NativeIter::DictItems { dict, index, len } => {
                let table = dict.inner.borrow();
                if table.len() != *len {
                    *len = usize::MAX;
                    drop(table);
                    drop(s);
                    return Err(
                        self.new_error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                let pair = table.next_from(*index).map(|(i, e)| {
                    *index = i + 1;
                    (e.key.clone(), e.value.clone())
                });
                drop(table);
                pair.map(|(k, v)| match &*s {
                    NativeIter::DictKeys { .. } => k,
                    NativeIter::DictValues { .. } => v,
                    _ => Value::tuple(vec![k, v]),
                })
            }
            NativeIter::BigRange { next, stop, step } => {
                let more = if step.is_positive() {
                    &*next < stop
                } else {
                    &*next > stop
                };
                more.then(|| {
                    let n = next.clone();
                    *next += &*step;
                    Value::int(n)
                })
            }
            NativeIter::Set { set, pos, len } => {
                let table = set.table.borrow();
                if table.len() != *len {
                    *len = usize::MAX;
                    drop(table);
                    drop(s);
                    return Err(self.new_error("RuntimeError", "Set changed size during iteration"));
                }
                match table.next_from(*pos) {
                    Some((next, _, key)) => {
                        *pos = next;
                        Some(key.clone())
                    }
                    None => None,
                }
            }
            NativeIter::Items { items, index, .. } => {
                let item = items.get(*index).cloned();
                *index += 1;
                item
            }
            NativeIter::Exhausted => None,
            _ => {
                // Iterators that call back into Python run without the borrow held.
                let taken = std::mem::replace(&mut *s, NativeIter::Exhausted);
                drop(s);
                let (result, back) = self.next_calling(taken);
                *state.borrow_mut() = back;
                return result;
            }
        };
        Ok(result)
    }

    /// One step of an iterator that may run Python code; returns its new state.
    fn next_calling(&mut self, state: NativeIter) -> (PyResult<Option<Value>>, NativeIter) {
        match state {
            NativeIter::GetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Ok(Some(v)),
                    NativeIter::GetItem {
                        obj,
                        index: index + 1,
                    },
                ),
                Err(e)
                    if self.is_instance_of(&e, "IndexError")
                        || self.is_instance_of(&e, "StopIteration") =>
                {
                    (Ok(None), NativeIter::Exhausted)
                }
                Err(e) => (Err(e), NativeIter::GetItem { obj, index }),
            },
            NativeIter::Enumerate { iter, count } => match self.next(&iter) {
                Ok(Some(v)) => {
                    let next = match self.binary_op(BinaryOp::Add, &count, &Value::Int(1)) {
                        Ok(n) => n,
                        Err(e) => return (Err(e), NativeIter::Enumerate { iter, count }),
                    };
                    (
                        Ok(Some(Value::tuple(vec![count, v]))),
                        NativeIter::Enumerate { iter, count: next },
                    )
                }
                other => (other, NativeIter::Enumerate { iter, count }),
            },
            NativeIter::Zip { iters, strict } if iters.is_empty() => {
                (Ok(None), NativeIter::Zip { iters, strict })
            }
            NativeIter::Zip { iters, strict } => {
                let mut items = Vec::with_capacity(iters.len());
                for (n, it) in iters.iter().enumerate() {
                    match self.next(it) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            // The first ran out: the others must too (an error from them
                            // propagates, as in CPython).
                            let uneven = match (strict, n) {
                                (false, _) => false,
                                (true, 0) => match self.zip_rest_nonempty(&iters[1..]) {
                                    Ok(longer) => longer,
                                    Err(e) => return (Err(e), NativeIter::Exhausted),
                                },
                                (true, _) => true,
                            };
                            if uneven {
                                let message = if n > 0 {
                                    format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        n + 1,
                                        if n == 1 { "" } else { "s" },
                                        if n == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{n}")
                                        }
                                    )
                                } else {
                                    "zip() argument 2 is longer than argument 1".to_string()
                                };
                                return (Err(self.value_error(message)), NativeIter::Exhausted);
                            }
                            return (Ok(None), NativeIter::Exhausted);
                        }
                        Err(e) => return (Err(e), NativeIter::Zip { iters, strict }),
                    }
                }
                (
                    Ok(Some(Value::tuple(items))),
                    NativeIter::Zip { iters, strict },
                )
            }
            NativeIter::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it) {
                        Ok(Some(v)) => args.push(v),
                        Ok(None) => return (Ok(None), NativeIter::Exhausted),
                        Err(e) => return (Err(e), NativeIter::Map { func, iters }),
                    }
                }
                let r = self.call(&func, &args);
                (r.map(Some), NativeIter::Map { func, iters })
            }
            NativeIter::Filter { func, iter } => loop {
                match self.next(&iter) {
                    Ok(Some(v)) => {
                        let keep = if matches!(func, Value::None) {
                            self.truthy(&v)
                        } else {
                            self.call(&func, std::slice::from_ref(&v))
                                .and_then(|r| self.truthy(&r))
                        };
                        match keep {
                            Ok(true) => return (Ok(Some(v)), NativeIter::Filter { func, iter }),
                            Ok(false) => continue,
                            Err(e) => return (Err(e), NativeIter::Filter { func, iter }),
                        }
                    }
                    other => return (other, NativeIter::Filter { func, iter }),
                }
            },
            NativeIter::Callable { func, sentinel } => match self.call(&func, &[]) {
                Ok(v) => match self.eq(&v, &sentinel) {
                    Ok(true) => (Ok(None), NativeIter::Exhausted),
                    Ok(false) => (Ok(Some(v)), NativeIter::Callable { func, sentinel }),
                    Err(e) => (Err(e), NativeIter::Callable { func, sentinel }),
                },
                Err(e) if self.is_instance_of(&e, "StopIteration") => {
                    (Ok(None), NativeIter::Exhausted)
                }
                Err(e) => (Err(e), NativeIter::Callable { func, sentinel }),
            },
            other => (Ok(None), other),
        }
    }

    fn zip_rest_nonempty(&mut self, iters: &[Value]) -> PyResult<bool> {
        for it in iters {
            if self.next(it)?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Range(r)
                if r.len() > BigInt::from(super::ops::MAX_BYTES / std::mem::size_of::<Value>()) =>
            {
                return Err(self.new_error("MemoryError", ""));
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut items = Vec::new();
        while let Some(item) = self.next(&it)? {
            items.push(item);
        }
        Ok(items)
    }

    /// UNPACK_SEQUENCE (`after == None`) and UNPACK_EX, with CPython's messages.
    pub fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::List(_) | Value::Tuple(_) => self.collect(v)?,
            _ => {
                let it = match self.iter(v) {
                    Ok(it) => it,
                    Err(e) if self.is_instance_of(&e, "TypeError") => {
                        let name = self.type_name(v);
                        return Err(
                            self.type_error(format!("cannot unpack non-iterable {name} object"))
                        );
                    }
                    Err(e) => return Err(e),
                };
                let mut items = Vec::new();
                while let Some(item) = self.next(&it)? {
                    items.push(item);
                    if after.is_none() && items.len() > before {
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {before})"
                        )));
                    }
                }
                items
            }
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                if items.len() > before {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.text.contains(&sub.text)),
                other => {
                    let name = self.type_name(other);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {name}"
                    )))
                }
            },
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Dict(d) => Ok(self.dict_find(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => Ok(match item {
                Value::Int(i) => r.contains(&BigInt::from(*i)),
                Value::BigInt(i) => r.contains(i),
                Value::Bool(b) => r.contains(&BigInt::from(*b as i64)),
                _ => {
                    let items = self.collect(container)?;
                    return self.any_equal(&items, item);
                }
            }),
            Value::List(_) | Value::Tuple(_) => {
                let items = self.collect(container)?;
                self.any_equal(&items, item)
            }
            Value::Wrapper(w) => match &**w {
                Wrapper::DictView {
                    dict,
                    kind: DictViewKind::Keys,
                } => {
                    let dict = dict.clone();
                    Ok(self.dict_find(&dict, item)?.is_some())
                }
                _ => {
                    let items = self.collect(container)?;
                    self.any_equal(&items, item)
                }
            },
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(container, "__contains__") {
                    let r = self.call(&m, &[container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let it = match self.iter(container) {
                    Ok(it) => it,
                    Err(_) => {
                        let name = self.type_name(container);
                        return Err(
                            self.type_error(format!("argument of type '{name}' is not iterable"))
                        );
                    }
                };
                while let Some(v) = self.next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iterator(_) | Value::Generator(_) => {
                while let Some(v) = self.next(container)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let name = self.type_name(container);
                Err(self.type_error(format!("argument of type '{name}' is not iterable")))
            }
        }
    }

    fn any_equal(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// BEFORE_WITH: `(manager.__exit__ bound, manager.__enter__())`.
    pub fn enter_context(&mut self, manager: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(manager, "__enter__");
        let exit = self.lookup_special(manager, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let name = self.type_name(manager);
            let missing = if self.lookup_special(manager, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{name}' object does not support the context manager protocol{missing}"
            )));
        };
        let bound_exit = Value::Method(Rc::new(Method {
            func: exit,
            receiver: manager.clone(),
        }));
        let entered = self.call(&enter, std::slice::from_ref(manager))?;
        Ok((bound_exit, entered))
    }

    /// An int from a value that must be one (`range()` arguments and the like).
    pub fn expect_int(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_of(v)? {
            Some(i) => Ok(i),
            None => {
                let name = self.type_name(v);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// Like [`Self::expect_int`] for arbitrarily large ints.
    pub fn expect_i64_or_overflow(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::BigInt(b) = v {
            return b.to_i64().ok_or_else(|| {
                self.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )
            });
        }
        self.expect_int(v)
    }
}
