//! The dispatch loop.
//!
//! [`Vm::run_frame`] owns the frame being executed and the list of its callers. A call to a
//! Python function pushes the caller and switches to the callee without growing the Rust stack;
//! returning pops it back. Exceptions unwind frame by frame, each consulting its code's exception
//! table, and record a traceback entry per frame they leave.

use std::rc::Rc;

use super::frame::Frame;
use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compile::opcode::Instr;

/// Why [`Vm::execute`] stopped running a frame's instructions.
enum Exit {
    Call(Frame),
    Return(Value),
    /// An exception raised by an instruction; `fresh` when it was raised here rather than
    /// re-raised, so it gets `__context__` and a traceback entry for this frame.
    Error(PyErr, bool),
}

impl Vm {
    /// Runs `frame` and every frame it calls until it returns.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.enter("")?;
        let base = self.frames.len();
        let mut frame = frame;
        loop {
            let exit = self.execute(&mut frame);
            match exit {
                Exit::Call(callee) => {
                    if let Err(e) = self.enter("") {
                        self.release(callee);
                        self.unwind_into(&mut frame, e, true, base)?;
                        continue;
                    }
                    self.frames.push(std::mem::replace(&mut frame, callee));
                }
                Exit::Return(value) => {
                    self.leave();
                    if self.frames.len() == base {
                        self.release(frame);
                        return Ok(value);
                    }
                    let caller = self.frames.pop().expect("a caller is waiting");
                    self.release(std::mem::replace(&mut frame, caller));
                    frame.stack.push(value);
                }
                Exit::Error(exc, fresh) => {
                    if fresh {
                        self.set_context(&exc);
                    }
                    self.unwind_into(&mut frame, exc, fresh, base)?;
                }
            }
        }
    }

    /// Finds the handler for `exc`, leaving frames that have none; `Err` once the frame that
    /// `run_frame` started with has been left.
    fn unwind_into(
        &mut self,
        frame: &mut Frame,
        exc: PyErr,
        mut record: bool,
        base: usize,
    ) -> PyResult<()> {
        loop {
            let pc = frame.pc.saturating_sub(1);
            if record {
                self.add_traceback(&exc, frame, pc);
            }
            record = true;
            if let Some(handler) = frame.code.code.handler_for(pc).copied() {
                frame.stack.truncate(handler.depth as usize);
                if handler.lasti {
                    frame.stack.push(Value::Int(pc as i64));
                }
                frame.stack.push(Value::Instance(exc));
                frame.pc = handler.target as usize;
                return Ok(());
            }
            self.leave();
            if self.frames.len() == base {
                let done = std::mem::replace(frame, self.placeholder_frame(frame));
                self.release(done);
                return Err(exc);
            }
            let caller = self.frames.pop().expect("a caller is waiting");
            let done = std::mem::replace(frame, caller);
            self.release(done);
        }
    }

    /// A frame with nothing in it, to stand in for one that has been torn down.
    fn placeholder_frame(&self, like: &Frame) -> Frame {
        Frame::new(
            like.code.clone(),
            like.globals.clone(),
            None,
            Vec::new(),
            Vec::new(),
        )
    }

    /// Returns a finished frame's vectors to the pool.
    fn release(&mut self, frame: Frame) {
        self.give_vec(frame.slots);
        self.give_vec(frame.stack);
    }

    /// Runs instructions of `frame` until it calls a Python function, returns or raises.
    fn execute(&mut self, frame: &mut Frame) -> Exit {
        let code = frame.code.clone();
        let instrs = &code.code.instrs[..];
        macro_rules! pop {
            () => {
                frame.stack.pop().expect("the compiler balanced the stack")
            };
        }
        macro_rules! top {
            () => {
                frame.stack.last().expect("the compiler balanced the stack")
            };
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return Exit::Error(e, true),
                }
            };
        }
        loop {
            let instr = instrs[frame.pc];
            frame.pc += 1;
            match instr {
                Instr::Nop | Instr::Resume(_) => {}
                Instr::PopTop => {
                    pop!();
                }
                Instr::PushNull => frame.stack.push(Value::Null),
                Instr::Copy(n) => {
                    let v = frame.stack[frame.stack.len() - n as usize].clone();
                    frame.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - n as usize);
                }
                Instr::LoadConst(i) => frame.stack.push(code.consts[i as usize].clone()),
                Instr::LoadFast(i) => {
                    let v = &frame.slots[i as usize];
                    if v.is_null() {
                        let name = &code.code.slot_names[i as usize];
                        return Exit::Error(
                            self.new_error(
                                "UnboundLocalError",
                                format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ),
                            ),
                            true,
                        );
                    }
                    frame.stack.push(v.clone());
                }
                Instr::StoreFast(i) => frame.slots[i as usize] = pop!(),
                Instr::DeleteFast(i) => {
                    if frame.slots[i as usize].is_null() {
                        let name = &code.code.slot_names[i as usize];
                        return Exit::Error(
                            self.new_error(
                                "UnboundLocalError",
                                format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ),
                            ),
                            true,
                        );
                    }
                    frame.slots[i as usize] = Value::Null;
                }
                Instr::MakeCell(i) => {
                    let initial = std::mem::take(&mut frame.slots[i as usize]);
                    frame.slots[i as usize] = Value::Cell(Rc::new(CellObj {
                        value: std::cell::RefCell::new(initial),
                    }));
                }
                Instr::CopyFreeVars(n) => {
                    let function = frame
                        .function
                        .clone()
                        .expect("closures belong to functions");
                    let start = frame.slots.len() - n as usize;
                    for (i, cell) in function.closure.iter().enumerate() {
                        frame.slots[start + i] = Value::Cell(cell.clone());
                    }
                }
                Instr::LoadClosure(i) => frame.stack.push(frame.slots[i as usize].clone()),
                Instr::LoadDeref(i) => {
                    let v = tri!(self.load_deref(frame, i));
                    frame.stack.push(v);
                }
                Instr::LoadClassderef(i) => {
                    let name = &code.code.slot_names[i as usize];
                    let found = frame
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(name).cloned());
                    let v = match found {
                        Some(v) => v,
                        None => tri!(self.load_deref(frame, i)),
                    };
                    frame.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    if let Value::Cell(cell) = &frame.slots[i as usize] {
                        *cell.value.borrow_mut() = v;
                    }
                }
                Instr::DeleteDeref(i) => {
                    if let Value::Cell(cell) = &frame.slots[i as usize] {
                        let old = std::mem::take(&mut *cell.value.borrow_mut());
                        if old.is_null() {
                            let name = code.code.slot_names[i as usize].clone();
                            return Exit::Error(self.unbound_deref(frame, &name), true);
                        }
                    }
                }
                Instr::LoadGlobal(i, null) => {
                    if null {
                        frame.stack.push(Value::Null);
                    }
                    let v = tri!(self.load_global(frame, i));
                    frame.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let slot = self.global_slot(frame, i);
                    frame.globals.slots.borrow_mut()[slot] = v;
                }
                Instr::DeleteGlobal(i) => {
                    let slot = self.global_slot(frame, i);
                    let old = std::mem::take(&mut frame.globals.slots.borrow_mut()[slot]);
                    if old.is_null() {
                        let name = &code.code.names[i as usize];
                        return Exit::Error(
                            self.new_error("NameError", format!("name '{name}' is not defined")),
                            true,
                        );
                    }
                }
                Instr::LoadName(i) => {
                    let name = &code.code.names[i as usize];
                    let local = frame
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(name).cloned());
                    let v = match local {
                        Some(v) => v,
                        None => tri!(self.load_global(frame, i)),
                    };
                    frame.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    match &frame.namespace {
                        Some(ns) => {
                            ns.borrow_mut()
                                .insert(code.code.names[i as usize].clone(), v);
                        }
                        None => {
                            let slot = self.global_slot(frame, i);
                            frame.globals.slots.borrow_mut()[slot] = v;
                        }
                    }
                }
                Instr::DeleteName(i) => {
                    let name = &code.code.names[i as usize];
                    let removed = match &frame.namespace {
                        Some(ns) => ns.borrow_mut().shift_remove(name).is_some(),
                        None => {
                            let slot = self.global_slot(frame, i);
                            !std::mem::take(&mut frame.globals.slots.borrow_mut()[slot]).is_null()
                        }
                    };
                    if !removed {
                        return Exit::Error(
                            self.new_error("NameError", format!("name '{name}' is not defined")),
                            true,
                        );
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let v = tri!(self.getattr(&obj, &code.names[i as usize]));
                    frame.stack.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    tri!(self.setattr(&obj, &code.names[i as usize], v));
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!();
                    tri!(self.delattr(&obj, &code.names[i as usize]));
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    match tri!(self.get_method(&obj, &code.names[i as usize])) {
                        (method, Some(receiver)) => {
                            frame.stack.push(method);
                            frame.stack.push(receiver);
                        }
                        (attr, None) => {
                            frame.stack.push(Value::Null);
                            frame.stack.push(attr);
                        }
                    }
                }
                Instr::LoadBuildClass => frame
                    .stack
                    .push(self.builtins.get("__build_class__").unwrap_or(Value::None)),
                Instr::LoadAssertionError => frame
                    .stack
                    .push(Value::Class(self.types.exception("AssertionError"))),
                Instr::BinarySubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = tri!(self.getitem(&obj, &key));
                    frame.stack.push(v);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    tri!(self.setitem(&obj, key, v));
                }
                Instr::DeleteSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    tri!(self.delitem(&obj, &key));
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    frame
                        .stack
                        .push(Value::Slice(Rc::new(Slice { start, stop, step })));
                }
                Instr::BinaryOp(op) => {
                    let b = pop!();
                    let a = frame.stack.last_mut().expect("balanced");
                    // Small-int arithmetic stays inline: no call, no allocation.
                    if let (Value::Int(x), Value::Int(y)) = (&*a, &b)
                        && let Some(r) = super::ops::small_int_op(op, *x, *y)
                    {
                        *a = r;
                        continue;
                    }
                    let a = pop!();
                    let v = tri!(self.binary_op(op, &a, &b));
                    frame.stack.push(v);
                }
                Instr::UnaryPositive | Instr::UnaryNegative | Instr::UnaryInvert => {
                    let a = pop!();
                    let v = tri!(self.unary_op(instr, &a));
                    frame.stack.push(v);
                }
                Instr::UnaryNot => {
                    let a = pop!();
                    let t = tri!(self.truthy(&a));
                    frame.stack.push(Value::Bool(!t));
                }
                Instr::CompareOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    let v = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => {
                            Value::Bool(super::ops::compare_ord(op, x.cmp(y)))
                        }
                        _ => tri!(self.compare(op, &a, &b)),
                    };
                    frame.stack.push(v);
                }
                Instr::IsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    frame.stack.push(Value::Bool(a.is(&b) != invert));
                }
                Instr::ContainsOp(invert) => {
                    let container = pop!();
                    let item = pop!();
                    let found = tri!(self.contains(&container, &item));
                    frame.stack.push(Value::Bool(found != invert));
                }
                Instr::BuildTuple(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(Value::tuple(items));
                }
                Instr::BuildList(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    frame.stack.push(Value::list(items));
                }
                Instr::BuildSet(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let set = tri!(self.new_set(items, false));
                    frame.stack.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                    let dict = Rc::new(Dict::default());
                    let mut items = items.into_iter();
                    while let (Some(k), Some(v)) = (items.next(), items.next()) {
                        tri!(self.dict_set(&dict, k, v));
                    }
                    frame.stack.push(Value::Dict(dict));
                }
                Instr::BuildString(n) => {
                    let items = frame.stack.split_off(frame.stack.len() - n as usize);
                    let mut text = String::new();
                    for item in &items {
                        text.push_str(item.as_str().unwrap_or_default());
                    }
                    frame.stack.push(Value::str(text));
                }
                Instr::ListAppend(n) => {
                    let v = pop!();
                    if let Value::List(list) = &frame.stack[frame.stack.len() - n as usize] {
                        list.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop!();
                    let set = frame.stack[frame.stack.len() - n as usize].clone();
                    tri!(self.set_add(&set, v));
                }
                Instr::MapAdd(n) => {
                    let v = pop!();
                    let k = pop!();
                    if let Value::Dict(dict) = &frame.stack[frame.stack.len() - n as usize] {
                        let dict = dict.clone();
                        tri!(self.dict_set(&dict, k, v));
                    }
                }
                Instr::ListExtend(n) => {
                    let iterable = pop!();
                    let items = match self.collect(&iterable) {
                        Ok(items) => items,
                        Err(e) if self.is_instance_of(&e, "TypeError") && self.iter(&iterable).is_err() => {
                            let name = self.type_name(&iterable);
                            return Exit::Error(
                                self.type_error(format!("Value after * must be an iterable, not {name}")),
                                true,
                            );
                        }
                        Err(e) => return Exit::Error(e, true),
                    };
                    if let Value::List(list) = &frame.stack[frame.stack.len() - n as usize] {
                        list.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let iterable = pop!();
                    let set = frame.stack[frame.stack.len() - n as usize].clone();
                    tri!(self.set_update(&set, &iterable));
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let other = pop!();
                    let target = frame.stack[frame.stack.len() - n as usize].clone();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    let func = if merge {
                        frame
                            .stack
                            .get(frame.stack.len().wrapping_sub(n as usize + 2))
                            .cloned()
                    } else {
                        None
                    };
                    tri!(self.dict_update_op(&target, &other, merge, func));
                }
                Instr::ListToTuple => {
                    let list = pop!();
                    if let Value::List(list) = list {
                        let items = list.borrow().clone();
                        frame.stack.push(Value::tuple(items));
                    }
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!();
                    let items = tri!(self.unpack(&seq, n as usize, None));
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(n) => {
                    let seq = pop!();
                    let before = (n & 0xff) as usize;
                    let after = (n >> 8) as usize;
                    let items = tri!(self.unpack(&seq, before, Some(after)));
                    frame.stack.extend(items.into_iter().rev());
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    let text = tri!(self.format_value(&v, flags & 3, spec.as_ref()));
                    frame.stack.push(text);
                }
                Instr::JumpForward(t) | Instr::JumpBackward(t) => frame.pc = t as usize,
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => tri!(self.truthy(&v)),
                    };
                    if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                        frame.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                    let v = pop!();
                    if matches!(v, Value::None) == matches!(instr, Instr::PopJumpIfNone(_)) {
                        frame.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    let truth = tri!(self.truthy(top!()));
                    if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                        frame.pc = t as usize;
                    } else {
                        pop!();
                    }
                }
                Instr::GetIter => {
                    let v = pop!();
                    let it = tri!(self.iter(&v));
                    frame.stack.push(it);
                }
                Instr::ForIter(t) => {
                    let next = match top!() {
                        Value::Iterator(it) => {
                            let mut state = it.borrow_mut();
                            match &mut *state {
                                NativeIter::Range { next, stop, step } => {
                                    let n = *next;
                                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                        *next = n.wrapping_add(*step);
                                        Some(Value::Int(n))
                                    } else {
                                        None
                                    }
                                }
                                _ => {
                                    drop(state);
                                    let it = top!().clone();
                                    tri!(self.next(&it))
                                }
                            }
                        }
                        other => {
                            let it = other.clone();
                            tri!(self.next(&it))
                        }
                    };
                    match next {
                        Some(v) => frame.stack.push(v),
                        None => {
                            pop!();
                            frame.pc = t as usize;
                        }
                    }
                }
                Instr::KwNames(i) => frame.kwnames = Some(code.consts[i as usize].clone()),
                Instr::Call(n) => {
                    let kwnames = frame.kwnames.take();
                    let argc = n as usize;
                    let len = frame.stack.len();
                    let base = len - argc - 2;
                    let (callee, first) = if frame.stack[base].is_null() {
                        (frame.stack[base + 1].clone(), base + 2)
                    } else {
                        (frame.stack[base].clone(), base + 1)
                    };
                    if let Value::Function(f) = &callee {
                        let nargs = len - first;
                        if f.simple && kwnames.is_none() && nargs == f.code.code.arg_count as usize
                        {
                            let mut slots = self.take_vec(0);
                            slots.extend(frame.stack.drain(first..));
                            slots.resize(f.code.code.slot_names.len(), Value::Null);
                            frame.stack.truncate(base);
                            let stack = self.take_vec(0);
                            return Exit::Call(Frame::new(
                                f.code.clone(),
                                f.globals.clone(),
                                Some(f.clone()),
                                slots,
                                stack,
                            ));
                        }
                        let kw: &[Value] = match &kwnames {
                            Some(Value::Tuple(t)) => t,
                            _ => &[],
                        };
                        let callee_frame = tri!(self.function_frame(
                            f,
                            Args {
                                values: &frame.stack[first..],
                                kwnames: kw,
                            }
                        ));
                        frame.stack.truncate(base);
                        return Exit::Call(callee_frame);
                    }
                    let kw: &[Value] = match &kwnames {
                        Some(Value::Tuple(t)) => t,
                        _ => &[],
                    };
                    let result = self.call_with_frame(
                        &callee,
                        Args {
                            values: &frame.stack[first..],
                            kwnames: kw,
                        },
                        frame,
                    );
                    frame.stack.truncate(base);
                    frame.stack.push(tri!(result));
                }
                Instr::CallFunctionEx(flags) => {
                    let kwargs = if flags & 1 != 0 { Some(pop!()) } else { None };
                    let args = pop!();
                    let callee = pop!();
                    pop!(); // the NULL pushed before the callable
                    let (values, kwnames) = tri!(self.spread_args(&callee, &args, kwargs.as_ref()));
                    if let Value::Function(f) = &callee {
                        let callee_frame = tri!(self.function_frame(
                            f,
                            Args {
                                values: &values,
                                kwnames: &kwnames,
                            }
                        ));
                        return Exit::Call(callee_frame);
                    }
                    let result = self.call_with_frame(
                        &callee,
                        Args {
                            values: &values,
                            kwnames: &kwnames,
                        },
                        frame,
                    );
                    frame.stack.push(tri!(result));
                }
                Instr::MakeFunction(flags) => {
                    let code_obj = pop!();
                    let closure = if flags & 8 != 0 { Some(pop!()) } else { None };
                    let kwdefaults = if flags & 2 != 0 { Some(pop!()) } else { None };
                    let defaults = if flags & 1 != 0 { Some(pop!()) } else { None };
                    let f = self.make_function(frame, code_obj, defaults, kwdefaults, closure);
                    frame.stack.push(f);
                }
                Instr::ReturnValue => return Exit::Return(pop!()),
                Instr::RaiseVarargs(n) => {
                    let exc = match n {
                        0 => match self.handled.clone() {
                            Some(exc) => return Exit::Error(exc, false),
                            None => {
                                self.new_error("RuntimeError", "No active exception to reraise")
                            }
                        },
                        1 => {
                            let v = pop!();
                            tri!(self.exception_from(&v))
                        }
                        _ => {
                            let cause = pop!();
                            let v = pop!();
                            let exc = tri!(self.exception_from(&v));
                            tri!(self.set_cause(&exc, &cause));
                            exc
                        }
                    };
                    return Exit::Error(exc, true);
                }
                Instr::Reraise(_) => {
                    let v = pop!();
                    let Value::Instance(exc) = v else {
                        unreachable!("RERAISE finds an exception on the stack")
                    };
                    return Exit::Error(exc, false);
                }
                Instr::PushExcInfo => {
                    let exc = pop!();
                    let previous = match self.handled.take() {
                        Some(e) => Value::Instance(e),
                        None => Value::None,
                    };
                    frame.stack.push(previous);
                    if let Value::Instance(e) = &exc {
                        self.handled = Some(e.clone());
                    }
                    frame.stack.push(exc);
                }
                Instr::PopExcept => {
                    self.handled = match pop!() {
                        Value::Instance(e) => Some(e),
                        _ => None,
                    };
                }
                Instr::CheckExcMatch => {
                    let class = pop!();
                    let exc = top!().clone();
                    let matched = tri!(self.exception_matches(&exc, &class));
                    frame.stack.push(Value::Bool(matched));
                }
                Instr::BeforeWith => {
                    let manager = pop!();
                    let (exit, entered) = tri!(self.enter_context(&manager));
                    frame.stack.push(exit);
                    frame.stack.push(entered);
                }
                Instr::WithExceptStart => {
                    let len = frame.stack.len();
                    let exc = frame.stack[len - 1].clone();
                    let exit = frame.stack[len - 4].clone();
                    let typ = match &exc {
                        Value::Instance(e) => Value::Class(e.class.clone()),
                        _ => Value::None,
                    };
                    let result = tri!(self.call(&exit, &[typ, exc, Value::None]));
                    frame.stack.push(result);
                }
                Instr::ImportName(i) => {
                    let _fromlist = pop!();
                    let _level = pop!();
                    let module = tri!(self.import(&code.code.names[i as usize]));
                    frame.stack.push(module);
                }
                Instr::ImportFrom(i) => {
                    let module = top!().clone();
                    let v = tri!(self.import_from(&module, &code.code.names[i as usize]));
                    frame.stack.push(v);
                }
                Instr::ImportStar => {
                    let module = pop!();
                    if let Value::Module(m) = module {
                        for (name, value) in m.items() {
                            if !name.starts_with('_') {
                                frame.globals.set(&name, value);
                            }
                        }
                    }
                }
            }
        }
    }

    fn load_deref(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        if let Value::Cell(cell) = &frame.slots[i as usize] {
            let v = cell.value.borrow().clone();
            if !v.is_null() {
                return Ok(v);
            }
        }
        let name = frame.code.code.slot_names[i as usize].clone();
        Err(self.unbound_deref(frame, &name))
    }

    fn unbound_deref(&mut self, frame: &Frame, name: &str) -> PyErr {
        let code = &frame.code.code;
        let is_free = code.freevars().iter().any(|f| &**f == name);
        if is_free {
            self.new_error(
                "NameError",
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    fn global_slot(&mut self, frame: &Frame, i: u32) -> usize {
        let cached = frame.code.global_slots[i as usize].get();
        if cached != UNRESOLVED {
            return cached as usize;
        }
        let slot = frame.globals.slot(&frame.code.code.names[i as usize]);
        frame.code.global_slots[i as usize].set(slot as u32);
        slot
    }

    fn load_global(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let slot = self.global_slot(frame, i);
        let v = frame.globals.slots.borrow()[slot].clone();
        if !v.is_null() {
            return Ok(v);
        }
        let cached = frame.code.builtin_slots[i as usize].get();
        let slot = if cached != UNRESOLVED {
            cached as usize
        } else {
            let slot = self.builtins.slot(&frame.code.code.names[i as usize]);
            frame.code.builtin_slots[i as usize].set(slot as u32);
            slot
        };
        let v = self.builtins.slots.borrow()[slot].clone();
        if !v.is_null() {
            return Ok(v);
        }
        let name = &frame.code.code.names[i as usize];
        Err(self.new_error("NameError", format!("name '{name}' is not defined")))
    }
}
