//! The dispatch loop.
//!
//! [`Vm::run_frame`] owns the frame being executed and the list of its callers. A call to a
//! Python function pushes the caller and switches to the callee without growing the Rust stack;
//! returning pops it back. Exceptions unwind frame by frame, each consulting its code's exception
//! table, and record a traceback entry per frame they leave.

use std::rc::Rc;

use super::frame::Frame;
use super::generator::{GenState, Resumed};
use smallvec::SmallVec;

use super::object::*;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compile::opcode::Instr;

/// Why [`Vm::execute`] stopped running instructions.
enum Exit {
    /// The frame `run_frame` started with returned.
    Return(Value),
    /// The frame `run_frame` started with is a generator's, and it yielded.
    Yield(Value),
    /// An exception raised by an instruction; `fresh` when it was raised here rather than
    /// re-raised, so it gets a traceback entry for this frame.
    Error(PyErr, bool),
}

impl Vm {
    /// Runs `frame` and every frame it calls until it returns.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        match self.run_frame_with(frame, None)? {
            Resumed::Returned(v) | Resumed::Yielded(v) => Ok(v),
        }
    }

    /// Runs `frame` (raising `thrown` in it first, for a generator's `throw()`) until it
    /// returns, or, for a generator's frame, yields.
    pub fn run_frame_with(&mut self, frame: Frame, thrown: Option<PyErr>) -> PyResult<Resumed> {
        let refused = if self.native_depth >= super::MAX_NATIVE_DEPTH {
            Err(self.new_error("RecursionError", "maximum recursion depth exceeded"))
        } else {
            self.enter("")
        };
        if let Err(e) = refused {
            self.abandon(frame);
            return Err(e);
        }
        self.native_depth += 1;
        let result = self.run_frame_inner(frame, thrown);
        self.native_depth -= 1;
        result
    }

    /// Drops a frame that could not start; a generator's is closed, as CPython closes one
    /// that hits the recursion limit when resumed.
    #[cold]
    fn abandon(&mut self, mut frame: Frame) {
        self.stack.truncate(frame.ret);
        if let Some(generator) = frame.generator.take() {
            self.gen_finish(&generator);
        }
    }

    fn run_frame_inner(&mut self, frame: Frame, thrown: Option<PyErr>) -> PyResult<Resumed> {
        let depth = self.frames.len();
        let mut frame = frame;
        if let Some(exc) = thrown {
            self.unwind_into(&mut frame, exc, true, depth)?;
        }
        loop {
            match self.execute(&mut frame, depth) {
                Exit::Return(value) => {
                    self.leave();
                    return Ok(Resumed::Returned(value));
                }
                Exit::Yield(value) => return Ok(Resumed::Yielded(value)),
                Exit::Error(exc, fresh) => {
                    // Chaining happened where the exception was raised (`new_raised`, RAISE);
                    // one passing through native code keeps the context it got there.
                    self.unwind_into(&mut frame, exc, fresh, depth)?;
                }
            }
        }
    }

    /// Finds the handler for `exc`, leaving frames that have none; `Err` once the frame that
    /// `run_frame` started with has been left.
    fn unwind_into(
        &mut self,
        frame: &mut Frame,
        mut exc: PyErr,
        mut record: bool,
        depth: usize,
    ) -> PyResult<()> {
        // ANCHOR: unwind
        loop {
            let pc = frame.pc.saturating_sub(1);
            if record {
                self.add_traceback(&exc, frame, pc);
            }
            record = true;
            if let Some(handler) = frame.code().code.handler_for(pc).copied() {
                let floor = frame.base + frame.slot_count() + handler.depth as usize;
                self.stack.truncate(floor);
                if handler.lasti {
                    self.stack.push(Value::Int(pc as i64));
                }
                self.stack.push(Value::Instance(exc));
                frame.pc = handler.target as usize;
                return Ok(());
            }
            self.stack.truncate(frame.ret);
            let generator = frame.generator.take();
            if let Some(generator) = &generator {
                self.gen_finish(generator);
                exc = self.generator_raised(exc);
            }
            self.leave();
            if self.frames.len() == depth {
                return Err(exc);
            }
            *frame = self.frames.pop().expect("a caller is waiting");
            // Before PEP 479 a StopIteration leaving a generator simply ended it.
            if generator.is_some() && self.is_instance_of(&exc, "StopIteration") {
                let value = self.stop_iteration_value(&exc);
                self.resume_after_generator(frame, value);
                return Ok(());
            }
        }
        // ANCHOR_END: unwind
    }

    /// A generator resumed by FOR_ITER or SEND in `caller` returned `value`: the loop ends,
    /// or `yield from` has its result.
    fn resume_after_generator(&mut self, caller: &mut Frame, value: Value) {
        match caller.code().ops[caller.pc - 1] {
            Instr::ForIter(exit) => {
                self.stack.pop();
                caller.pc = exit as usize;
            }
            Instr::Send(exit) => {
                *self.stack.last_mut().expect("SEND's receiver") = value;
                caller.pc = exit as usize;
            }
            _ => unreachable!("generators are resumed in the loop by FOR_ITER and SEND"),
        }
    }

    /// Runs instructions until the frame `run_frame` started with returns or an instruction
    /// raises. Calls to Python functions and returns from them switch `frame` in place.
    fn execute(&mut self, frame: &mut Frame, depth: usize) -> Exit {
        'frames: loop {
            let func = frame.func.clone();
            let code = &func.code;
            let instrs = &code.ops[..];
            // Where this frame's slots start on the VM's stack.
            let base = frame.base;
            let mut pc = frame.pc;
            // Names of the keyword arguments of the coming CALL, set by KW_NAMES just before it.
            let mut kwnames: Option<Value> = None;
            macro_rules! pop {
                () => {
                    self.stack.pop().expect("the compiler balanced the stack")
                };
            }
            macro_rules! top {
                () => {
                    self.stack.last().expect("the compiler balanced the stack")
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            frame.pc = pc;
                            return Exit::Error(e, true);
                        }
                    }
                };
            }
            macro_rules! raise {
                ($e:expr) => {{
                    frame.pc = pc;
                    return Exit::Error($e, true);
                }};
            }
            // Continues with a callee's frame; the caller waits in `self.frames`.
            macro_rules! switch_to {
                ($callee:expr) => {{
                    let callee: Frame = $callee;
                    if let Err(e) = self.enter("") {
                        frame.pc = pc;
                        self.abandon(callee);
                        return Exit::Error(e, true);
                    }
                    // Built field by field: storing `pc` into `frame` and reading the frame
                    // back whole would stall on store forwarding.
                    let caller = Frame {
                        pc,
                        base: frame.base,
                        ret: frame.ret,
                        namespace: frame.namespace.take(),
                        generator: frame.generator.take(),
                        func: std::mem::replace(&mut frame.func, callee.func),
                    };
                    frame.pc = callee.pc;
                    frame.base = callee.base;
                    frame.ret = callee.ret;
                    frame.namespace = callee.namespace;
                    frame.generator = callee.generator;
                    self.frames.push(caller);
                    continue 'frames;
                }};
            }
            loop {
                if super::generator::unfinished_pending() {
                    frame.pc = pc;
                    self.close_unfinished(Some((frame, pc.saturating_sub(1))));
                }
                let instr = instrs[pc];
                pc += 1;
                match instr {
                    Instr::Nop | Instr::Resume(_) => {}
                    Instr::PopTop => pop!().discard(),
                    Instr::PushNull => self.stack.push(Value::Null),
                    Instr::Copy(n) => {
                        let v = self.stack[self.stack.len() - n as usize].clone();
                        self.stack.push(v);
                    }
                    Instr::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => self.stack.push(code.consts[i as usize].clone()),
                    Instr::LoadFast(i) => {
                        let v = self.stack[base + i as usize].clone();
                        if v.is_null() {
                            raise!(self.unbound_local(&code.code.slot_names[i as usize]));
                        }
                        self.stack.push(v);
                    }
                    Instr::LoadFastLoadFast(a, b) | Instr::LoadFastLoadConst(a, b) => {
                        let v = self.stack[base + a as usize].clone();
                        if v.is_null() {
                            raise!(self.unbound_local(&code.code.slot_names[a as usize]));
                        }
                        self.stack.push(v);
                        pc += 1;
                        let w = if let Instr::LoadFastLoadConst(..) = instr {
                            code.consts[b as usize].clone()
                        } else {
                            let w = self.stack[base + b as usize].clone();
                            if w.is_null() {
                                raise!(self.unbound_local(&code.code.slot_names[b as usize]));
                            }
                            w
                        };
                        self.stack.push(w);
                    }
                    Instr::StoreFastLoadFast(a, b) => {
                        let v = pop!();
                        std::mem::replace(&mut self.stack[base + a as usize], v).discard();
                        pc += 1;
                        let w = self.stack[base + b as usize].clone();
                        if w.is_null() {
                            raise!(self.unbound_local(&code.code.slot_names[b as usize]));
                        }
                        self.stack.push(w);
                    }
                    Instr::StoreFast(i) => {
                        let v = pop!();
                        std::mem::replace(&mut self.stack[base + i as usize], v).discard();
                    }
                    Instr::DeleteFast(i) => {
                        if self.stack[base + i as usize].is_null() {
                            raise!(self.unbound_local(&code.code.slot_names[i as usize]));
                        }
                        self.stack[base + i as usize] = Value::Null;
                    }
                    Instr::MakeCell(i) => {
                        let initial = std::mem::take(&mut self.stack[base + i as usize]);
                        self.stack[base + i as usize] = Value::Cell(Rc::new(CellObj {
                            value: std::cell::RefCell::new(initial),
                        }));
                    }
                    Instr::CopyFreeVars(n) => {
                        let start = frame.slot_count() - n as usize;
                        for (i, cell) in func.closure.iter().enumerate() {
                            self.stack[base + start + i] = Value::Cell(cell.clone());
                        }
                    }
                    Instr::LoadClosure(i) => {
                        let cell = self.stack[base + i as usize].clone();
                        self.stack.push(cell);
                    }
                    Instr::LoadDeref(i) => {
                        let v = tri!(self.load_deref(frame, i));
                        self.stack.push(v);
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
                        self.stack.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!();
                        if let Value::Cell(cell) = &self.stack[base + i as usize] {
                            *cell.value.borrow_mut() = v;
                        }
                    }
                    Instr::DeleteDeref(i) => {
                        if let Value::Cell(cell) = &self.stack[base + i as usize] {
                            let old = std::mem::take(&mut *cell.value.borrow_mut());
                            if old.is_null() {
                                let name = code.code.slot_names[i as usize].clone();
                                raise!(self.unbound_deref(frame, &name));
                            }
                        }
                    }
                    Instr::LoadGlobal(i, null) => {
                        if null {
                            self.stack.push(Value::Null);
                        }
                        // Resolved globals read straight from their slot.
                        let slot = code.global_slots[i as usize].get();
                        let found = if slot != UNRESOLVED {
                            frame.func.globals.slots.borrow()[slot as usize].clone()
                        } else {
                            Value::Null
                        };
                        let v = if found.is_null() {
                            tri!(self.load_global(frame, i))
                        } else {
                            found
                        };
                        self.stack.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = pop!();
                        let slot = self.global_slot(frame, i);
                        frame.func.globals.slots.borrow_mut()[slot] = v;
                    }
                    Instr::DeleteGlobal(i) => {
                        let slot = self.global_slot(frame, i);
                        let old = std::mem::take(&mut frame.func.globals.slots.borrow_mut()[slot]);
                        if old.is_null() {
                            let name = code.code.names[i as usize].clone();
                            raise!(self.name_error(frame, &name));
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
                        self.stack.push(v);
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
                                frame.func.globals.slots.borrow_mut()[slot] = v;
                            }
                        }
                    }
                    Instr::DeleteName(i) => {
                        let name = &code.code.names[i as usize];
                        let removed = match &frame.namespace {
                            Some(ns) => ns.borrow_mut().shift_remove(name).is_some(),
                            None => {
                                let slot = self.global_slot(frame, i);
                                !std::mem::take(&mut frame.func.globals.slots.borrow_mut()[slot])
                                    .is_null()
                            }
                        };
                        if !removed {
                            let name = name.clone();
                            raise!(self.name_error(frame, &name));
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!();
                        let v = tri!(self.getattr(&obj, &code.names[i as usize]));
                        self.stack.push(v);
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
                                self.stack.push(method);
                                self.stack.push(receiver);
                            }
                            (attr, None) => {
                                self.stack.push(Value::Null);
                                self.stack.push(attr);
                            }
                        }
                    }
                    Instr::LoadBuildClass => self
                        .stack
                        .push(self.builtins.get("__build_class__").unwrap_or(Value::None)),
                    Instr::LoadAssertionError => self
                        .stack
                        .push(Value::Class(self.types.exception("AssertionError"))),
                    Instr::BinarySubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let v = tri!(self.getitem(&obj, &key));
                        self.stack.push(v);
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
                        self.stack
                            .push(Value::Slice(Rc::new(Slice { start, stop, step })));
                    }
                    Instr::BinaryOp(op) => {
                        // Small-int arithmetic stays inline: no call, no allocation.
                        let len = self.stack.len();
                        if let [.., Value::Int(x), Value::Int(y)] = self.stack[..]
                            && let Some(r) = super::ops::small_int_op(op, x, y)
                        {
                            // Both operands are inline ints: overwriting them drops nothing.
                            std::mem::forget(std::mem::replace(&mut self.stack[len - 2], r));
                            std::mem::forget(pop!());
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let v = tri!(self.binary_op(op, &a, &b));
                        self.stack.push(v);
                    }
                    Instr::UnaryPositive | Instr::UnaryNegative | Instr::UnaryInvert => {
                        let a = pop!();
                        let v = tri!(self.unary_op(instr, &a));
                        self.stack.push(v);
                    }
                    Instr::UnaryNot => {
                        let a = pop!();
                        let t = tri!(self.truthy(&a));
                        self.stack.push(Value::Bool(!t));
                    }
                    Instr::CompareOp(op) => {
                        let len = self.stack.len();
                        if let [.., Value::Int(x), Value::Int(y)] = self.stack[..] {
                            let truth = super::ops::compare_ord(op, x.cmp(&y));
                            // A comparison feeding a conditional jump jumps at once, as CPython
                            // 3.11's specialised COMPARE_OP_INT_JUMP does.
                            let jump = match instrs.get(pc) {
                                Some(Instr::PopJumpIfFalse(t)) if !truth => Some(Some(*t)),
                                Some(Instr::PopJumpIfTrue(t)) if truth => Some(Some(*t)),
                                Some(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) => {
                                    Some(None)
                                }
                                _ => None,
                            };
                            if let Some(target) = jump {
                                std::mem::forget(pop!());
                                std::mem::forget(pop!());
                                pc = target.map_or(pc + 1, |t| t as usize);
                                continue;
                            }
                            let r = Value::Bool(truth);
                            std::mem::forget(std::mem::replace(&mut self.stack[len - 2], r));
                            std::mem::forget(pop!());
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let v = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                Value::Bool(super::ops::compare_ord(op, x.cmp(y)))
                            }
                            _ => tri!(self.compare(op, &a, &b)),
                        };
                        self.stack.push(v);
                    }
                    Instr::IsOp(invert) => {
                        let b = pop!();
                        let a = pop!();
                        self.stack.push(Value::Bool(a.is(&b) != invert));
                    }
                    Instr::ContainsOp(invert) => {
                        let container = pop!();
                        let item = pop!();
                        let found = tri!(self.contains(&container, &item));
                        self.stack.push(Value::Bool(found != invert));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::tuple(items));
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::list(items));
                    }
                    Instr::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let set = tri!(self.new_set(items, false));
                        self.stack.push(set);
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let dict = Rc::new(Dict::default());
                        let mut items = items.into_iter();
                        while let (Some(k), Some(v)) = (items.next(), items.next()) {
                            tri!(self.dict_set(&dict, k, v));
                        }
                        self.stack.push(Value::Dict(dict));
                    }
                    Instr::BuildString(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let mut text = String::new();
                        for item in &items {
                            text.push_str(item.as_str().unwrap_or_default());
                        }
                        self.stack.push(Value::str(text));
                    }
                    Instr::ListAppend(n) => {
                        let v = pop!();
                        if let Value::List(list) = &self.stack[self.stack.len() - n as usize] {
                            list.borrow_mut().push(v);
                        }
                    }
                    Instr::SetAdd(n) => {
                        let v = pop!();
                        let set = self.stack[self.stack.len() - n as usize].clone();
                        tri!(self.set_add(&set, v));
                    }
                    Instr::MapAdd(n) => {
                        let v = pop!();
                        let k = pop!();
                        if let Value::Dict(dict) = &self.stack[self.stack.len() - n as usize] {
                            let dict = dict.clone();
                            tri!(self.dict_set(&dict, k, v));
                        }
                    }
                    Instr::ListExtend(n) => {
                        let iterable = pop!();
                        let items = match self.collect(&iterable) {
                            Ok(items) => items,
                            Err(e)
                                if self.is_instance_of(&e, "TypeError")
                                    && self.iter(&iterable).is_err() =>
                            {
                                let name = self.type_name(&iterable);
                                raise!(self.type_error(format!(
                                    "Value after * must be an iterable, not {name}"
                                )));
                            }
                            Err(e) => raise!(e),
                        };
                        if let Value::List(list) = &self.stack[self.stack.len() - n as usize] {
                            list.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetUpdate(n) => {
                        let iterable = pop!();
                        let set = self.stack[self.stack.len() - n as usize].clone();
                        tri!(self.set_update(&set, &iterable));
                    }
                    Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                        let other = pop!();
                        let target = self.stack[self.stack.len() - n as usize].clone();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        let func = if merge {
                            self.stack
                                .get(self.stack.len().wrapping_sub(n as usize + 2))
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
                            self.stack.push(Value::tuple(items));
                        }
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!();
                        let items = tri!(self.unpack(&seq, n as usize, None));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx(n) => {
                        let seq = pop!();
                        let before = (n & 0xff) as usize;
                        let after = (n >> 8) as usize;
                        let items = tri!(self.unpack(&seq, before, Some(after)));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        let text = tri!(self.format_value(&v, flags & 3, spec.as_ref()));
                        self.stack.push(text);
                    }
                    Instr::JumpForward(t)
                    | Instr::JumpBackward(t)
                    | Instr::JumpBackwardNoInterrupt(t) => pc = t as usize,
                    Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                        let truth = match self.stack.last() {
                            Some(&Value::Bool(b)) => {
                                std::mem::forget(pop!());
                                b
                            }
                            _ => {
                                let v = pop!();
                                tri!(self.truthy(&v))
                            }
                        };
                        if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                            pc = t as usize;
                        }
                    }
                    Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                        let v = pop!();
                        if matches!(v, Value::None) == matches!(instr, Instr::PopJumpIfNone(_)) {
                            pc = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                        let top = top!().clone();
                        let truth = match top {
                            Value::Bool(b) => b,
                            _ => tri!(self.truthy(&top)),
                        };
                        if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                            pc = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instr::GetIter => {
                        let v = pop!();
                        let it = tri!(self.iter(&v));
                        self.stack.push(it);
                    }
                    Instr::ForIter(t) => {
                        // A generator runs in this loop, as a call would.
                        if let Value::Generator(generator) = top!()
                            && generator.resumable()
                        {
                            let generator = generator.clone();
                            let callee = self.gen_enter(&generator, Some(Value::None));
                            switch_to!(callee);
                        }
                        // Ranges step inline; other iterators go through `next`.
                        let stepped = match top!() {
                            Value::Iterator(it) => match &mut *it.borrow_mut() {
                                NativeIter::Range { next, stop, step } => {
                                    Some(step_range(next, *stop, *step).map(Value::Int))
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        let next = match stepped {
                            Some(next) => next,
                            None => {
                                let it = top!().clone();
                                tri!(self.next(&it))
                            }
                        };
                        match next {
                            Some(v) => self.stack.push(v),
                            None => {
                                pop!();
                                pc = t as usize;
                            }
                        }
                    }
                    Instr::KwNames(i) => kwnames = Some(code.consts[i as usize].clone()),
                    // ANCHOR: call_in_place
                    Instr::Call(n) => {
                        let argc = n as usize;
                        let len = self.stack.len();
                        // [NULL, callable, args...] or [method, self, args...]
                        let call_base = len - argc - 2;
                        let first = if self.stack[call_base].is_null() {
                            call_base + 2
                        } else {
                            call_base + 1
                        };
                        if kwnames.is_none()
                            && let Value::Function(f) = &self.stack[first - 1]
                            && f.simple
                            && len - first == f.code.code.arg_count as usize
                        {
                            // The arguments on the stack become the callee's first locals.
                            let f = f.clone();
                            for _ in len - first..f.code.code.slot_names.len() {
                                self.stack.push(Value::Null);
                            }
                            switch_to!(Frame::new(f, first, call_base));
                        }
                        // ANCHOR_END: call_in_place
                        let kwnames = kwnames.take();
                        let callee = self.stack[first - 1].clone();
                        let kw: &[Value] = match &kwnames {
                            Some(Value::Tuple(t)) => t,
                            _ => &[],
                        };
                        let args: SmallVec<[Value; 8]> = self.stack.drain(first..).collect();
                        self.stack.truncate(call_base);
                        let args = Args {
                            values: &args,
                            kwnames: kw,
                        };
                        if let Value::Function(f) = &callee {
                            let callee_frame = tri!(self.function_frame(f, args));
                            switch_to!(callee_frame);
                        }
                        let result = self.call_with_frame(&callee, args, frame);
                        self.stack.push(tri!(result));
                    }
                    Instr::CallFunctionEx(flags) => {
                        let kwargs = if flags & 1 != 0 { Some(pop!()) } else { None };
                        let args = pop!();
                        let callee = pop!();
                        pop!(); // the NULL pushed before the callable
                        let (values, kwnames) =
                            tri!(self.spread_args(&callee, &args, kwargs.as_ref()));
                        if let Value::Function(f) = &callee {
                            let callee_frame = tri!(self.function_frame(
                                f,
                                Args {
                                    values: &values,
                                    kwnames: &kwnames,
                                }
                            ));
                            switch_to!(callee_frame);
                        }
                        let result = self.call_with_frame(
                            &callee,
                            Args {
                                values: &values,
                                kwnames: &kwnames,
                            },
                            frame,
                        );
                        self.stack.push(tri!(result));
                    }
                    Instr::MakeFunction(flags) => {
                        let code_obj = pop!();
                        let closure = if flags & 8 != 0 { Some(pop!()) } else { None };
                        let kwdefaults = if flags & 2 != 0 { Some(pop!()) } else { None };
                        let defaults = if flags & 1 != 0 { Some(pop!()) } else { None };
                        let f = self.make_function(frame, code_obj, defaults, kwdefaults, closure);
                        self.stack.push(f);
                    }
                    // ANCHOR: return_to_caller
                    Instr::ReturnValue | Instr::ReturnGenerator => {
                        // RETURN_GENERATOR returns the frame itself, made into a generator.
                        let value = match instr {
                            Instr::ReturnGenerator => self.make_generator(frame, pc),
                            _ => pop!(),
                        };
                        self.stack.truncate(frame.ret);
                        let generator = frame.generator.take();
                        if let Some(generator) = &generator {
                            self.gen_finish(generator);
                        }
                        if self.frames.len() == depth {
                            frame.pc = pc;
                            return Exit::Return(value);
                        }
                        self.leave();
                        *frame = self.frames.pop().expect("a caller is waiting");
                        if generator.is_some() {
                            self.resume_after_generator(frame, value);
                        } else {
                            self.stack.push(value);
                        }
                        continue 'frames;
                    }
                    // ANCHOR_END: return_to_caller
                    // ANCHOR: yield_value
                    Instr::YieldValue => {
                        let value = pop!();
                        self.gen_suspend(frame, pc);
                        self.leave();
                        if self.frames.len() == depth {
                            return Exit::Yield(value);
                        }
                        // The resumer (FOR_ITER or SEND) continues with the value.
                        *frame = self.frames.pop().expect("a resumer is waiting");
                        self.stack.push(value);
                        continue 'frames;
                    }
                    // ANCHOR_END: yield_value
                    Instr::Send(exit) => {
                        let sent = pop!();
                        // A generator runs in this loop; errors (and other iterators) take
                        // the general path.
                        if let Value::Generator(generator) = top!()
                            && generator.resumable()
                            && (matches!(sent, Value::None)
                                || generator.state.get() != GenState::Created)
                        {
                            let generator = generator.clone();
                            let callee = self.gen_enter(&generator, Some(sent));
                            switch_to!(callee);
                        }
                        let receiver = top!().clone();
                        match tri!(self.send(&receiver, sent)) {
                            Resumed::Yielded(v) => self.stack.push(v),
                            Resumed::Returned(v) => {
                                *self.stack.last_mut().expect("SEND's receiver") = v;
                                pc = exit as usize;
                            }
                        }
                    }
                    Instr::GetYieldFromIter => {
                        if !matches!(top!(), Value::Generator(_)) {
                            let v = pop!();
                            let it = tri!(self.iter(&v));
                            self.stack.push(it);
                        }
                    }
                    Instr::RaiseVarargs(n) => {
                        let exc = match n {
                            0 => match self.current_exception() {
                                Some(exc) => {
                                    frame.pc = pc;
                                    return Exit::Error(exc, false);
                                }
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
                        // Raising an exception object again chains it anew.
                        self.set_context(&exc);
                        raise!(exc);
                    }
                    Instr::Reraise(_) => {
                        let v = pop!();
                        let Value::Instance(exc) = v else {
                            unreachable!("RERAISE finds an exception on the stack")
                        };
                        frame.pc = pc;
                        return Exit::Error(exc, false);
                    }
                    Instr::PushExcInfo => {
                        let exc = pop!();
                        let previous = match self.handled.take() {
                            Some(e) => Value::Instance(e),
                            None => Value::None,
                        };
                        self.stack.push(previous);
                        if let Value::Instance(e) = &exc {
                            self.handled = Some(e.clone());
                        }
                        self.stack.push(exc);
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
                        self.stack.push(Value::Bool(matched));
                    }
                    Instr::BeforeWith => {
                        let manager = pop!();
                        let (exit, entered) = tri!(self.enter_context(&manager));
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Instr::WithExceptStart => {
                        let len = self.stack.len();
                        let exc = self.stack[len - 1].clone();
                        let exit = self.stack[len - 4].clone();
                        let typ = match &exc {
                            Value::Instance(e) => Value::Class(e.class.clone()),
                            _ => Value::None,
                        };
                        let result = tri!(self.call(&exit, &[typ, exc, Value::None]));
                        self.stack.push(result);
                    }
                    Instr::ImportName(i) => {
                        let _fromlist = pop!();
                        let _level = pop!();
                        let module = tri!(self.import(&code.code.names[i as usize]));
                        self.stack.push(module);
                    }
                    Instr::ImportFrom(i) => {
                        let module = top!().clone();
                        let v = tri!(self.import_from(&module, &code.code.names[i as usize]));
                        self.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let module = pop!();
                        if let Value::Module(m) = module {
                            for (name, value) in m.items() {
                                if !name.starts_with('_') {
                                    frame.func.globals.set(&name, value);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn load_deref(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        if let Value::Cell(cell) = &self.stack[frame.base + i as usize] {
            let v = cell.value.borrow().clone();
            if !v.is_null() {
                return Ok(v);
            }
        }
        let name = frame.code().code.slot_names[i as usize].clone();
        Err(self.unbound_deref(frame, &name))
    }

    #[cold]
    fn unbound_local(&mut self, name: &str) -> PyErr {
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    #[cold]
    fn unbound_deref(&mut self, frame: &Frame, name: &str) -> PyErr {
        let code = &frame.code().code;
        let is_free = code.freevars().iter().any(|f| &**f == name);
        if is_free {
            self.new_error(
                "NameError",
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.unbound_local(name)
        }
    }

    fn global_slot(&mut self, frame: &Frame, i: u32) -> usize {
        let cached = frame.code().global_slots[i as usize].get();
        if cached != UNRESOLVED {
            return cached as usize;
        }
        let slot = frame
            .func
            .globals
            .slot(&frame.code().code.names[i as usize]);
        frame.code().global_slots[i as usize].set(slot as u32);
        slot
    }

    fn load_global(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let slot = self.global_slot(frame, i);
        let v = frame.func.globals.slots.borrow()[slot].clone();
        if !v.is_null() {
            return Ok(v);
        }
        let cached = frame.code().builtin_slots[i as usize].get();
        let slot = if cached != UNRESOLVED {
            cached as usize
        } else {
            let slot = self.builtins.slot(&frame.code().code.names[i as usize]);
            frame.code().builtin_slots[i as usize].set(slot as u32);
            slot
        };
        let v = self.builtins.slots.borrow()[slot].clone();
        if !v.is_null() {
            return Ok(v);
        }
        let name = frame.code().code.names[i as usize].clone();
        Err(self.name_error(frame, &name))
    }
}
