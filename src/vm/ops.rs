//! Operators: arithmetic with CPython's int/float rules, rich comparison with its reflected
//! fallbacks, truth, hashing and equality.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::numeric::{self, NumError};
use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compile::opcode::{BinaryOp, CompareOp, Instr};

/// The most memory one sequence operation may ask for: beyond it, MemoryError (rather than
/// an allocation failure, which would abort the process).
pub const MAX_BYTES: usize = 1 << 32;

/// `a op b` for two small ints when the result is a small int; `None` sends it the slow way
/// (overflow, true division, negative powers, division by zero).
#[inline]
pub fn small_int_op(op: BinaryOp, a: i64, b: i64) -> Option<Value> {
    use BinaryOp::*;
    let r = match op.base() {
        Add => a.checked_add(b)?,
        Subtract => a.checked_sub(b)?,
        Multiply => a.checked_mul(b)?,
        Remainder if b != 0 => {
            let r = a.checked_rem(b)?;
            if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }
        }
        Power if b >= 0 => a.checked_pow(u32::try_from(b).ok()?)?,
        Rshift if b >= 0 => a >> b.min(63),
        Lshift if (0..63).contains(&b) => {
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        FloorDivide if b != 0 => {
            let q = a.checked_div(b)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        _ => return None,
    };
    Some(Value::Int(r))
}

pub fn compare_ord(op: CompareOp, ord: Ordering) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

/// The dunder methods of a binary operator: forward, reflected, in-place.
fn dunders(op: BinaryOp) -> (&'static str, &'static str, Option<&'static str>) {
    use BinaryOp::*;
    let (f, r) = match op.base() {
        Add => ("__add__", "__radd__"),
        Subtract => ("__sub__", "__rsub__"),
        Multiply => ("__mul__", "__rmul__"),
        MatrixMultiply => ("__matmul__", "__rmatmul__"),
        TrueDivide => ("__truediv__", "__rtruediv__"),
        FloorDivide => ("__floordiv__", "__rfloordiv__"),
        Remainder => ("__mod__", "__rmod__"),
        Power => ("__pow__", "__rpow__"),
        Lshift => ("__lshift__", "__rlshift__"),
        Rshift => ("__rshift__", "__rrshift__"),
        And => ("__and__", "__rand__"),
        Or => ("__or__", "__ror__"),
        Xor => ("__xor__", "__rxor__"),
        _ => unreachable!("base() returns a plain operator"),
    };
    let inplace = op.is_inplace().then(|| match op.base() {
        Add => "__iadd__",
        Subtract => "__isub__",
        Multiply => "__imul__",
        MatrixMultiply => "__imatmul__",
        TrueDivide => "__itruediv__",
        FloorDivide => "__ifloordiv__",
        Remainder => "__imod__",
        Power => "__ipow__",
        Lshift => "__ilshift__",
        Rshift => "__irshift__",
        And => "__iand__",
        Or => "__ior__",
        _ => "__ixor__",
    });
    (f, r, inplace)
}

/// An int operand, widened for the slow paths.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Value::Int(i) => Num::Int(BigInt::from(*i)),
        Value::BigInt(b) => Num::Int((**b).clone()),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}

impl Vm {
    pub fn num_error(&mut self, e: NumError) -> PyErr {
        let class = match e.kind {
            numeric::ErrKind::Value => "ValueError",
            numeric::ErrKind::Overflow => "OverflowError",
            numeric::ErrKind::ZeroDivision => "ZeroDivisionError",
            numeric::ErrKind::Memory => "MemoryError",
            numeric::ErrKind::Type => "TypeError",
        };
        self.new_error(class, e.message)
    }

    /// Converts an int or float operand to f64 (ints correctly rounded).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::Int(i) => Some(*i as f64),
            Value::BigInt(b) => Some(numeric::int_to_f64(b).map_err(|e| self.num_error(e))?),
            Value::Float(f) => Some(*f),
            _ => None,
        })
    }

    pub fn binary_op(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = self.native_binary(op, a, b)? {
            return Ok(v);
        }
        let (forward, reflected, inplace) = dunders(op);
        if let Some(name) = inplace
            && let Some(method) = self.lookup_special(a, name)
        {
            let r = self.call(&method, &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let user_a = ta.layout == Layout::Object || ta.layout == Layout::Exception;
        let user_b = tb.layout == Layout::Object || tb.layout == Layout::Exception;
        let fa = if user_a { ta.lookup(forward) } else { None };
        let rb = if user_b && !same {
            tb.lookup(reflected)
        } else {
            None
        };
        // A subclass's reflected method goes first when it overrides the base's, as
        // CPython's binary_op1 does.
        let overrides = rb.is_some()
            && !ta
                .lookup(reflected)
                .zip(rb.as_ref())
                .is_some_and(|(x, y)| x.is(y));
        if let Some(rb) = &rb
            && tb.is_subclass(&ta)
            && overrides
        {
            let r = self.call(rb, &[b.clone(), a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(fa) = fa {
            let r = self.call(&fa, &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(rb) = rb
            && !(tb.is_subclass(&ta) && overrides)
        {
            let r = self.call(&rb, &[b.clone(), a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Err(self.binary_type_error(op, a, b))
    }

    fn binary_type_error(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyErr {
        let na = self.type_name(a);
        let nb = self.type_name(b);
        use BinaryOp::*;
        match (op.base(), a, b) {
            (Add, Value::Str(_), _) => {
                return self.type_error(format!("can only concatenate str (not \"{nb}\") to str"));
            }
            (Add, Value::List(_), _) => {
                return self
                    .type_error(format!("can only concatenate list (not \"{nb}\") to list"));
            }
            (Add, Value::Bytes(_), _) => {
                return self.type_error(format!("can't concat {nb} to bytes"));
            }
            (Add, Value::Tuple(_), _) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{nb}\") to tuple"
                ));
            }
            (Multiply, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _)
            | (Multiply, _, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) => {
                let other = if matches!(
                    a,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) {
                    nb
                } else {
                    na
                };
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{other}'"
                ));
            }
            _ => {}
        }
        let symbol = match op {
            Power => "** or pow()",
            InplacePower => "**=",
            _ => op.symbol(),
        };
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{na}' and '{nb}'"
        ))
    }

    /// Operators on built-in types; `None` when neither operand is one this handles.
    fn native_binary(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use BinaryOp::*;
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let bool_logic = matches!(op.base(), And | Or | Xor);
            if bool_logic && let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                return Ok(Some(Value::Bool(match op.base() {
                    And => p & q,
                    Or => p | q,
                    _ => p ^ q,
                })));
            }
            return match (x, y) {
                (Num::Int(x), Num::Int(y)) => self.int_op(op.base(), &x, &y).map(Some),
                (x, y) => {
                    let fx = match x {
                        Num::Int(i) => numeric::int_to_f64(&i).map_err(|e| self.num_error(e))?,
                        Num::Float(f) => f,
                    };
                    let fy = match y {
                        Num::Int(i) => numeric::int_to_f64(&i).map_err(|e| self.num_error(e))?,
                        Num::Float(f) => f,
                    };
                    self.float_op(op.base(), fx, fy)
                }
            };
        }
        Ok(match (op.base(), a, b) {
            (Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                Some(Value::str(s))
            }
            (Add, Value::List(x), Value::List(y)) => {
                if op.is_inplace() {
                    let extra = y.borrow().clone();
                    x.borrow_mut().extend(extra);
                    Some(a.clone())
                } else {
                    let mut items = x.borrow().clone();
                    items.extend(y.borrow().iter().cloned());
                    Some(Value::list(items))
                }
            }
            (Add, Value::List(x), _) if op.is_inplace() => {
                let items = self.collect(b)?;
                x.borrow_mut().extend(items);
                Some(a.clone())
            }
            (Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut items = x.to_vec();
                items.extend(y.iter().cloned());
                Some(Value::tuple(items))
            }
            (Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut items = x.to_vec();
                items.extend_from_slice(y);
                Some(Value::Bytes(Rc::new(items)))
            }
            (Multiply, seq, n) | (Multiply, n, seq)
                if matches!(
                    seq,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) && matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) =>
            {
                let count = match n {
                    Value::Int(i) => (*i).max(0) as usize,
                    Value::Bool(b) => *b as usize,
                    _ => {
                        return Err(self.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                };
                Some(self.repeat(seq, count, op.is_inplace())?)
            }
            (Multiply, seq, Value::Instance(_)) | (Multiply, Value::Instance(_), seq)
                if matches!(
                    seq,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) =>
            {
                let n = if matches!(a, Value::Instance(_)) {
                    a
                } else {
                    b
                };
                match self.index_of(n)? {
                    Some(count) => {
                        Some(self.repeat(seq, count.max(0) as usize, op.is_inplace())?)
                    }
                    None => None,
                }
            }
            (Or | And | Subtract | Xor, Value::Set(_), Value::Set(_)) => {
                Some(self.set_operator(op, a, b)?)
            }
            (Or | And | Subtract | Xor, _, _) if is_set_like(a) && is_set_like(b) => {
                // Dict key and item views combine with sets (and each other) into sets.
                let x = self.set_from(a, false)?;
                let y = self.set_from(b, false)?;
                Some(self.set_operator(op.base(), &x, &y)?)
            }
            (Or, Value::Dict(x), Value::Dict(y)) => {
                let target = if op.is_inplace() {
                    x.clone()
                } else {
                    let copy = Rc::new(Dict::default());
                    *copy.inner.borrow_mut() = x.inner.borrow().clone();
                    copy
                };
                let entries: Vec<_> = y.inner.borrow().iter().cloned().collect();
                for e in entries {
                    self.dict_set(&target, e.key, e.value)?;
                }
                Some(Value::Dict(target))
            }
            // printf-style formatting. It comes before the right operand's __rmod__, as
            // CPython's str and bytes slots do (there are no str or bytes subclasses here).
            (Remainder, Value::Str(format), _) => Some(self.percent_format_str(&format.text, b)?),
            (Remainder, Value::Bytes(format), _) => Some(self.percent_format_bytes(format, b)?),
            _ => None,
        })
    }

    fn repeat(&mut self, seq: &Value, count: usize, inplace: bool) -> PyResult<Value> {
        let len = match seq {
            Value::Str(s) => s.text.len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            _ => 0,
        };
        // CPython refuses lengths past Py_ssize_t outright, and cannot allocate the rest of the
        // absurd ones; tandem stops at MAX_ITEMS rather than let the allocator abort.
        let unit = match seq {
            Value::Str(_) | Value::Bytes(_) => 1,
            _ => std::mem::size_of::<Value>(),
        };
        match len.checked_mul(count) {
            Some(n) if n <= isize::MAX as usize => {
                if n.saturating_mul(unit) > MAX_BYTES {
                    return Err(self.new_error("MemoryError", ""));
                }
            }
            _ => {
                return Err(match seq {
                    Value::Str(_) => self.new_error("OverflowError", "repeated string is too long"),
                    Value::Bytes(_) => {
                        self.new_error("OverflowError", "repeated bytes are too long")
                    }
                    _ => self.new_error("MemoryError", ""),
                });
            }
        }
        Ok(match seq {
            Value::Str(s) => Value::str(s.text.repeat(count)),
            Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(count))),
            Value::Tuple(t) => {
                let mut items = Vec::with_capacity(t.len() * count);
                for _ in 0..count {
                    items.extend(t.iter().cloned());
                }
                Value::tuple(items)
            }
            Value::List(l) => {
                let base = l.borrow().clone();
                let mut items = Vec::with_capacity(base.len() * count);
                for _ in 0..count {
                    items.extend(base.iter().cloned());
                }
                if inplace {
                    *l.borrow_mut() = items;
                    seq.clone()
                } else {
                    Value::list(items)
                }
            }
            _ => unreachable!("only sequences repeat"),
        })
    }

    fn int_op(&mut self, op: BinaryOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        use BinaryOp::*;
        let zero_div =
            |vm: &mut Vm, msg: &str| Err(vm.new_error("ZeroDivisionError", msg.to_string()));
        Ok(Value::int(match op {
            Add => x + y,
            Subtract => x - y,
            Multiply => x * y,
            TrueDivide => {
                if y.is_zero() {
                    return zero_div(self, "division by zero");
                }
                let f = numeric::int_true_divide(x, y).map_err(|e| self.num_error(e))?;
                return Ok(Value::Float(f));
            }
            FloorDivide => {
                if y.is_zero() {
                    return zero_div(self, "integer division or modulo by zero");
                }
                x.div_floor(y)
            }
            Remainder => {
                if y.is_zero() {
                    return zero_div(self, "integer modulo by zero");
                }
                x.mod_floor(y)
            }
            Power => {
                if y.is_negative() {
                    let fx = numeric::int_to_f64(x).map_err(|e| self.num_error(e))?;
                    let fy = numeric::int_to_f64(y).map_err(|e| self.num_error(e))?;
                    let f = numeric::float_pow(fx, fy).map_err(|e| self.num_error(e))?;
                    return Ok(Value::Float(f));
                }
                let Some(e) = y.to_u32() else {
                    if x.abs() <= BigInt::from(1) {
                        return Ok(Value::int(if x.is_negative() && y.is_odd() {
                            x.clone()
                        } else if x.is_zero() {
                            BigInt::zero()
                        } else {
                            BigInt::from(1)
                        }));
                    }
                    return Err(self.new_error("MemoryError", ""));
                };
                if x.bits().saturating_mul(e as u64) > 64 * 1024 * 1024 {
                    return Err(self.new_error("MemoryError", ""));
                }
                x.pow(e)
            }
            Lshift | Rshift => {
                if y.is_negative() {
                    return Err(self.new_error("ValueError", "negative shift count"));
                }
                let Some(n) = y.to_usize() else {
                    // Past any memory: right shifts bottom out, left shifts of zero stay zero.
                    return Ok(Value::int(match op {
                        Rshift if x.is_negative() => BigInt::from(-1),
                        Rshift => BigInt::zero(),
                        _ if x.is_zero() => BigInt::zero(),
                        _ => return Err(self.new_error("MemoryError", "")),
                    }));
                };
                if op == Lshift {
                    if x.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    if (x.bits() as usize).saturating_add(n) > 64 * 1024 * 1024 * 8 {
                        return Err(self.new_error("MemoryError", ""));
                    }
                    x << n
                } else {
                    x >> n
                }
            }
            And => x & y,
            Or => x | y,
            Xor => x ^ y,
            MatrixMultiply => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
            _ => unreachable!("a base operator"),
        }))
    }

    fn float_op(&mut self, op: BinaryOp, x: f64, y: f64) -> PyResult<Option<Value>> {
        use BinaryOp::*;
        let r = match op {
            Add => x + y,
            Subtract => x - y,
            Multiply => x * y,
            TrueDivide => {
                if y == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float division by zero"));
                }
                x / y
            }
            FloorDivide => numeric::float_floordiv(x, y).map_err(|e| self.num_error(e))?,
            Remainder => numeric::float_mod(x, y).map_err(|e| self.num_error(e))?,
            Power => numeric::float_pow(x, y).map_err(|e| self.num_error(e))?,
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    pub fn unary_op(&mut self, instr: Instr, a: &Value) -> PyResult<Value> {
        let (dunder, symbol) = match instr {
            Instr::UnaryNegative => ("__neg__", "-"),
            Instr::UnaryPositive => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        let result = match (instr, a) {
            (Instr::UnaryNegative, Value::Int(i)) => Some(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::int(-BigInt::from(*i)),
            }),
            (Instr::UnaryNegative, Value::Bool(b)) => Some(Value::Int(-(*b as i64))),
            (Instr::UnaryNegative, Value::BigInt(b)) => Some(Value::int(-(**b).clone())),
            (Instr::UnaryNegative, Value::Float(f)) => Some(Value::Float(-f)),
            (Instr::UnaryPositive, Value::Bool(b)) => Some(Value::Int(*b as i64)),
            (Instr::UnaryPositive, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => {
                Some(a.clone())
            }
            (Instr::UnaryInvert, Value::Int(i)) => Some(Value::Int(!i)),
            (Instr::UnaryInvert, Value::Bool(b)) => Some(Value::Int(!(*b as i64))),
            (Instr::UnaryInvert, Value::BigInt(b)) => Some(Value::int(!(**b).clone())),
            _ => None,
        };
        if let Some(r) = result {
            return Ok(r);
        }
        if let Some(method) = self.lookup_special(a, dunder) {
            return self.call(&method, std::slice::from_ref(a));
        }
        let name = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {symbol}: '{name}'")))
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.text.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.inner.borrow().is_empty(),
            Value::Set(s) => !s.table.borrow().is_empty(),
            Value::Range(r) => r.len() > BigInt::zero(),
            Value::Instance(_) => {
                if let Some(method) = self.lookup_special(v, "__bool__") {
                    let r = self.call(&method, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let name = self.type_name(&other);
                            Err(self.type_error(format!(
                                "__bool__ should return bool, returned {name}"
                            )))
                        }
                    };
                }
                if let Some(method) = self.lookup_special(v, "__len__") {
                    let r = self.call(&method, std::slice::from_ref(v))?;
                    return Ok(self.len_result(r)? != 0);
                }
                true
            }
            Value::Wrapper(w) => match &**w {
                Wrapper::DictView { dict, .. } => !dict.inner.borrow().is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// Checks what `__len__` returned, as `len()` does.
    pub fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.new_error("ValueError", "__len__() should return >= 0")),
            Value::BigInt(_) => Err(self.new_error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )),
            other => {
                let name = self.type_name(&other);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    pub fn compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Set(x), Value::Set(y)) = (a, b)
            && !matches!(op, CompareOp::Eq | CompareOp::Ne)
        {
            // Sets are ordered by inclusion.
            let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
            let result = match op {
                CompareOp::Le => self.set_is_subset(a, b)?,
                CompareOp::Lt => lx < ly && self.set_is_subset(a, b)?,
                CompareOp::Ge => self.set_is_subset(b, a)?,
                _ => lx > ly && self.set_is_subset(b, a)?,
            };
            return Ok(Value::Bool(result));
        }
        if let Some(result) = self.compare_sequences(op, a, b)? {
            return Ok(result);
        }
        if let Some(ord) = self.native_order(a, b)? {
            return Ok(Value::Bool(match ord {
                Some(ord) => compare_ord(op, ord),
                // NaN is unordered: only != holds.
                None => op == CompareOp::Ne,
            }));
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne)
            && is_set_like(a)
            && is_set_like(b)
            && !(matches!(a, Value::Set(_)) && matches!(b, Value::Set(_)))
        {
            // Key and item views compare with sets (and each other) as sets.
            let x = self.set_from(a, false)?;
            let y = self.set_from(b, false)?;
            return self.compare(op, &x, &y);
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne)
            && let Some(eq) = self.native_eq(a, b)?
        {
            return Ok(Value::Bool(eq == (op == CompareOp::Eq)));
        }
        self.rich_compare(op, a, b)
    }

    /// CPython's do_richcompare for objects with comparison methods.
    fn rich_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.enter(" in comparison")?;
        let result = self.rich_compare_inner(op, a, b);
        self.leave();
        result
    }

    fn rich_compare_inner(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        let reflected = op.reflected();
        let mut tried_reflected = false;
        if !Rc::ptr_eq(&ta, &tb)
            && tb.is_subclass(&ta)
            && let Some(m) = self.user_method(b, reflected.dunder())
        {
            tried_reflected = true;
            let r = self.call(&m, &[b.clone(), a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(m) = self.user_method(a, op.dunder()) {
            let r = self.call(&m, &[a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if !tried_reflected && let Some(m) = self.user_method(b, reflected.dunder()) {
            let r = self.call(&m, &[b.clone(), a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let na = self.type_name(a);
                let nb = self.type_name(b);
                let symbol = op.symbol();
                Err(self.type_error(format!(
                    "'{symbol}' not supported between instances of '{na}' and '{nb}'"
                )))
            }
        }
    }

    /// A comparison method defined in Python on `v`'s class (user classes and exceptions).
    fn user_method(&mut self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Instance(_) | Value::Class(_) => self.lookup_special(v, name),
            _ => None,
        }
    }

    /// The order of two built-in values that have one: `Some(None)` for NaN, `None` when the
    /// types are not natively ordered.
    fn native_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        Ok(Some(match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
            (Value::Str(x), Value::Str(y)) => Some(x.text.cmp(&y.text)),
            (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
            _ => {
                if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                    match (x, y) {
                        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
                        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
                        (Num::Int(i), Num::Float(f)) => compare_int_float(&i, f),
                        (Num::Float(f), Num::Int(i)) => {
                            compare_int_float(&i, f).map(Ordering::reverse)
                        }
                    }
                } else {
                    return Ok(None);
                }
            }
        }))
    }

    /// Lists with lists and tuples with tuples, as CPython's list_richcompare: the first items
    /// that differ decide, compared with the operator itself (so a custom `__lt__`'s result
    /// comes back as it is); otherwise the lengths do.
    fn compare_sequences(
        &mut self,
        op: CompareOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (x, y) = match (a, b) {
            (Value::List(x), Value::List(y)) => (x.borrow().clone(), y.borrow().clone()),
            (Value::Tuple(x), Value::Tuple(y)) => (x.to_vec(), y.to_vec()),
            _ => return Ok(None),
        };
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Ok(Some(Value::Bool(op == CompareOp::Ne)));
        }
        for (p, q) in x.iter().zip(&y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            return Ok(Some(match op {
                CompareOp::Eq => Value::Bool(false),
                CompareOp::Ne => Value::Bool(true),
                _ => self.compare(op, p, q)?,
            }));
        }
        Ok(Some(Value::Bool(compare_ord(op, x.len().cmp(&y.len())))))
    }

    /// Equality of built-in values that need no Python code; `None` otherwise.
    fn native_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match (a, b) {
            (Value::None, Value::None) => true,
            (Value::Set(x), Value::Set(y)) => {
                let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
                lx == ly && self.set_is_subset(a, b)?
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(Some(true));
                }
                let entries: Vec<DictEntry> = x.inner.borrow().iter().cloned().collect();
                if entries.len() != y.inner.borrow().len() {
                    return Ok(Some(false));
                }
                for e in entries {
                    match self.dict_get(y, &e.key)? {
                        Some(v) if v.is(&e.value) || self.eq(&v, &e.value)? => {}
                        _ => return Ok(Some(false)),
                    }
                }
                true
            }
            (Value::Range(x), Value::Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                let one = BigInt::from(1);
                lx == ly
                    && (lx.is_zero() || (x.start == y.start && (lx == one || x.step == y.step)))
            }
            (Value::Method(x), Value::Method(y)) => {
                x.func.is(&y.func) && x.receiver.is(&y.receiver)
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) => return Ok(None),
            (Value::Class(_), _) | (_, Value::Class(_)) => return Ok(None),
            _ => a.is(b),
        }))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.text == y.text),
            _ => {}
        }
        if a.is(b) && !matches!(a, Value::Float(_)) {
            return Ok(true);
        }
        let r = self.compare(CompareOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0xFCA86420,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => numeric::hash_int(&BigInt::from(*i)),
            Value::BigInt(b) => numeric::hash_int(b),
            Value::Float(f) if f.is_nan() => 0,
            Value::Float(f) => numeric::hash_float(*f),
            Value::Str(s) => hash_bytes(s.text.as_bytes()),
            Value::Bytes(b) => hash_bytes(b),
            Value::Tuple(items) => {
                // CPython's tuplehash (xxHash-based), so sets of tuples keep its order.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc = P5;
                for item in items.iter() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::List(_) | Value::Dict(_) | Value::Slice(_) => {
                return Err(self.unhashable(v));
            }
            // Equal bound methods hash equal: the receiver's identity with the function's.
            Value::Method(m) => identity_hash(&m.receiver) ^ self.hash(&m.func)?,
            Value::Set(s) if !s.frozen => return Err(self.unhashable(v)),
            Value::Set(s) => s.table.borrow().frozenset_hash(),
            Value::Instance(_) => match self.lookup_special(v, "__hash__") {
                Some(Value::None) => return Err(self.unhashable(v)),
                Some(method @ (Value::Function(_) | Value::Method(_))) => {
                    let r = self.call(&method, std::slice::from_ref(v))?;
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::BigInt(b) => Ok(numeric::hash_int(&b)),
                        Value::Bool(b) => Ok(b as i64),
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                _ => identity_hash(v),
            },
            _ => identity_hash(v),
        })
    }

    fn unhashable(&mut self, v: &Value) -> PyErr {
        let name = self.type_name(v);
        self.type_error(format!("unhashable type: '{name}'"))
    }
}

/// Sets and the dict views that behave like them.
fn is_set_like(v: &Value) -> bool {
    match v {
        Value::Set(_) => true,
        Value::Wrapper(w) => matches!(
            &**w,
            Wrapper::DictView {
                kind: DictViewKind::Keys | DictViewKind::Items,
                ..
            }
        ),
        _ => false,
    }
}

impl Vm {
    /// `object.__hash__`.
    pub fn identity_hash(&self, v: &Value) -> i64 {
        identity_hash(v)
    }
}

/// CPython hashes objects by address; tandem by address too, shifted as CPython does.
fn identity_hash(v: &Value) -> i64 {
    let p = v.ptr().unwrap_or(0) as u64;
    p.rotate_right(4) as i64
}

/// String hashes are salted per run in CPython, so no program can depend on them; tandem uses a
/// fixed function so runs repeat exactly.
fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// Exact comparison of an int with a float, as CPython's float_richcompare.
fn compare_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fi = BigInt::from(floor as i128);
    let fi = if floor.abs() < 1e38 {
        fi
    } else {
        num_traits::FromPrimitive::from_f64(floor).unwrap_or(fi)
    };
    match i.cmp(&fi) {
        Ordering::Equal if f > floor => Some(Ordering::Less),
        ord => Some(ord),
    }
}
