//! Generators: a function's frame kept between runs.
//!
//! Calling a generator function runs its prologue up to RETURN_GENERATOR, which moves the frame's
//! slots and value stack off the VM's stack into a [`Generator`] and returns it. Resuming copies
//! them back on top of the stack and runs the frame until YIELD_VALUE moves them off again, or
//! the frame returns or raises and the generator is closed for good. `for` and `yield from`
//! resume generators inside the dispatch loop, like a call; `next()`, `send()`, `throw()` and
//! `close()` resume them from native code. The rules (which errors, which messages, how `throw`
//! and `close` are forwarded down a `yield from` chain) are CPython 3.11's `genobject.c`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io::Write;
use std::rc::Rc;

use super::frame::Frame;
use super::object::Function;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use crate::compile::opcode::Instr;

// ANCHOR: generator
pub struct Generator {
    /// The generator function: its code, globals and closure.
    pub func: Rc<Function>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub state: Cell<GenState>,
    /// The frame while it is not running.
    pub saved: RefCell<Saved>,
}

/// A generator's frame between runs.
#[derive(Default)]
pub struct Saved {
    /// Where it continues: just after RETURN_GENERATOR or a YIELD_VALUE.
    pub pc: usize,
    /// Its slots and value stack, as they were on the VM's stack.
    pub values: Vec<Value>,
    /// The exception its frame was handling when it yielded (CPython's `gi_exc_state`).
    pub handled: Option<PyErr>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}
// ANCHOR_END: generator

/// How a run of a generator's frame ended.
pub enum Resumed {
    /// It yielded this value and can be resumed.
    Yielded(Value),
    /// It returned this value and is closed.
    Returned(Value),
}

/// What `throw()` was given, kept apart until the exception is raised: a subiterator's own
/// `throw` method receives the same arguments.
pub struct Thrown {
    pub typ: Value,
    pub value: Option<Value>,
    pub traceback: Option<Value>,
}

impl Generator {
    pub fn new(func: Rc<Function>, pc: usize, values: Vec<Value>) -> Generator {
        let name = func.name.borrow().clone();
        let qualname = func.qualname.borrow().clone();
        Generator {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            func,
            state: Cell::new(GenState::Created),
            saved: RefCell::new(Saved {
                pc,
                values,
                handled: None,
            }),
        }
    }

    /// Whether `next()` would run its frame (rather than fail or find it exhausted).
    #[inline]
    pub fn resumable(&self) -> bool {
        matches!(self.state.get(), GenState::Created | GenState::Suspended)
    }

    /// The line its frame is at, as `gi_frame.f_lineno` reports it.
    pub fn line(&self) -> u32 {
        let code = &self.func.code.code;
        let pc = self.saved.borrow().pc.saturating_sub(1);
        code.lines.get(pc).copied().unwrap_or(code.first_line)
    }

    /// Closes the generator for good, dropping what its frame held (outside the borrow, since
    /// dropping can reach this generator again).
    fn discard_frame(&self) {
        self.state.set(GenState::Closed);
        let old = std::mem::take(&mut *self.saved.borrow_mut());
        drop(old);
    }

    /// The iterator a suspended `yield from` is delegating to (`gi_yieldfrom`).
    pub fn yieldfrom(&self) -> Option<Value> {
        // While `throw` or `close` is passed down, the generator counts as running but its
        // frame is still parked at the `yield from`; while its frame runs, nothing is saved.
        let saved = self.saved.borrow();
        if self.state.get() == GenState::Created || saved.values.is_empty() {
            return None;
        }
        match self.func.code.ops.get(saved.pc) {
            Some(Instr::Resume(kind)) if *kind >= 2 => saved.values.last().cloned(),
            _ => None,
        }
    }
}

/// Moves `from[start..]` to the end of `to` with one copy (`extend(drain(..))` moves the
/// values one at a time, which made suspending a generator its most expensive step).
fn move_tail(from: &mut Vec<Value>, start: usize, to: &mut Vec<Value>) {
    let n = from.len() - start;
    to.reserve(n);
    // SAFETY: the `n` values are copied bitwise into `to`'s reserved spare capacity, then
    // `from` forgets them by shrinking its length, so each value has exactly one owner.
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(start), to.as_mut_ptr().add(to.len()), n);
        to.set_len(to.len() + n);
        from.set_len(start);
    }
}

thread_local! {
    /// Suspended generators whose last reference went, waiting to be closed by the VM.
    static UNFINISHED: RefCell<VecDeque<Rc<Generator>>> = const { RefCell::new(VecDeque::new()) };
    static ANY_UNFINISHED: Cell<bool> = const { Cell::new(false) };
    /// Off once the program has ended ([`Vm::shutdown`]): nothing dropped after that is closed.
    static FINALISING: Cell<bool> = const { Cell::new(true) };
    /// Frames of dropped generators whose values are still to be dropped.
    static DROPPING: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for Generator {
    /// A suspended generator that loses its last reference is closed, as CPython closes it when
    /// it is deallocated. Dropping cannot run Python code, so its frame moves to a new generator
    /// object that the VM closes before the next instruction.
    fn drop(&mut self) {
        if self.state.get() != GenState::Suspended || !FINALISING.with(Cell::get) {
            drop_iteratively(std::mem::take(&mut self.saved.get_mut().values));
            return;
        }
        let heir = Generator {
            func: self.func.clone(),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            state: Cell::new(GenState::Suspended),
            saved: RefCell::new(std::mem::take(&mut *self.saved.borrow_mut())),
        };
        self.state.set(GenState::Closed);
        UNFINISHED.with(|list| list.borrow_mut().push_back(Rc::new(heir)));
        ANY_UNFINISHED.with(|flag| flag.set(true));
    }
}

/// Called when no Python code will run again.
pub fn stop_finalising() {
    FINALISING.with(|f| f.set(false));
    // What is still queued is dropped without being closed.
    let queued = UNFINISHED.with(|list| std::mem::take(&mut *list.borrow_mut()));
    for generator in &queued {
        generator.state.set(GenState::Closed);
    }
    drop(queued);
}

/// Drops a dead generator's values with a loop rather than recursion: a chain of a million
/// generators, each holding the next, would otherwise overflow the Rust stack.
fn drop_iteratively(values: Vec<Value>) {
    if values.iter().all(Value::is_inline) {
        return;
    }
    DROPPING.with(|d| d.borrow_mut().push(values));
    if DRAINING.with(|d| d.replace(true)) {
        // An outer call is draining; it will drop these too.
        return;
    }
    while let Some(batch) = DROPPING.with(|d| d.borrow_mut().pop()) {
        drop(batch);
    }
    DRAINING.with(|d| d.set(false));
}

/// Whether a dropped generator waits to be closed (checked between instructions).
#[inline(always)]
pub fn unfinished_pending() -> bool {
    ANY_UNFINISHED.with(|flag| flag.get())
}

impl Vm {
    /// RETURN_GENERATOR: the frame built by the call so far (arguments, cells) becomes a
    /// generator's; `pc` is where its first run starts.
    pub fn make_generator(&mut self, frame: &Frame, pc: usize) -> Value {
        let values = self.stack.drain(frame.base..).collect();
        self.stack.truncate(frame.ret);
        let generator = Rc::new(Generator::new(frame.func.clone(), pc, values));
        if self.generators.len() == self.generators.capacity() {
            self.generators.retain(|g| g.strong_count() > 0);
        }
        self.generators.push(Rc::downgrade(&generator));
        Value::Generator(generator)
    }

    /// Raises CPython's error if `generator` cannot run now; `Ok(false)` when it is exhausted.
    pub fn gen_check(&mut self, generator: &Generator, sending_value: bool) -> PyResult<bool> {
        match generator.state.get() {
            GenState::Running => Err(self.new_error("ValueError", "generator already executing")),
            GenState::Closed => Ok(false),
            GenState::Created if sending_value => {
                Err(self.type_error("can't send non-None value to a just-started generator"))
            }
            _ => Ok(true),
        }
    }

    // ANCHOR: resume
    /// Puts a resumable generator's frame back on top of the VM's stack, with `sent` pushed as
    /// the value of the `yield` it stopped at, and makes its exception state current.
    #[inline(always)]
    pub fn gen_enter(&mut self, generator: &Rc<Generator>, sent: Option<Value>) -> Frame {
        let mut saved = generator.saved.borrow_mut();
        let base = self.stack.len();
        self.stack.append(&mut saved.values);
        if let Some(v) = sent {
            self.stack.push(v);
        }
        let outer = std::mem::replace(&mut self.handled, saved.handled.take());
        self.exc_chain.push(outer);
        generator.state.set(GenState::Running);
        let mut frame = Frame::new(generator.func.clone(), base, base);
        frame.pc = saved.pc;
        frame.generator = Some(generator.clone());
        frame
    }

    /// YIELD_VALUE: moves the running generator's frame off the stack until it is resumed.
    pub fn gen_suspend(&mut self, frame: &mut Frame, pc: usize) {
        let generator = frame.generator.take().expect("only generator frames yield");
        let mut saved = generator.saved.borrow_mut();
        move_tail(&mut self.stack, frame.base, &mut saved.values);
        saved.pc = pc;
        saved.handled = std::mem::replace(&mut self.handled, self.exc_chain.pop().flatten());
        generator.state.set(GenState::Suspended);
    }
    // ANCHOR_END: resume

    /// The generator's frame returned or raised: it is closed, and its caller's exception
    /// state is current again. Its values are already off the stack.
    pub fn gen_finish(&mut self, generator: &Generator) {
        self.handled = self.exc_chain.pop().flatten();
        generator.discard_frame();
    }

    /// PEP 479: a StopIteration escaping a generator's frame becomes a RuntimeError caused by
    /// it, unless legacy mode lets it end the generator as Python 3.6 did.
    pub fn generator_raised(&mut self, exc: PyErr) -> PyErr {
        if !self.pep479 || !self.is_instance_of(&exc, "StopIteration") {
            return exc;
        }
        let error = self.new_error("RuntimeError", "generator raised StopIteration");
        if let Some(state) = &error.exc {
            let mut state = state.borrow_mut();
            state.context = Some(exc.clone());
            state.cause = Some(exc);
            state.suppress_context = true;
        }
        error
    }

    /// Sends `sent` into `generator` from native code (`next()`, `send()`, `list()`...).
    pub fn gen_send(&mut self, generator: &Rc<Generator>, sent: Value) -> PyResult<Resumed> {
        if !self.gen_check(generator, !matches!(sent, Value::None))? {
            return Ok(Resumed::Returned(Value::None));
        }
        let frame = self.gen_enter(generator, Some(sent));
        self.run_frame_with(frame, None)
    }

    /// `generator.throw(...)`: forwarded down a `yield from` chain to the innermost iterator first,
    /// as `_gen_throw` does; `close_on_exit` makes a GeneratorExit close that iterator instead.
    pub fn gen_throw(
        &mut self,
        generator: &Rc<Generator>,
        thrown: Thrown,
        close_on_exit: bool,
    ) -> PyResult<Resumed> {
        let Some(sub) = generator.yieldfrom() else {
            let exc = self.thrown_exception(thrown)?;
            return self.gen_raise(generator, exc);
        };
        if close_on_exit && self.given_matches(&thrown.typ, "GeneratorExit") {
            generator.state.set(GenState::Running);
            let closed = self.close_iter(&sub);
            generator.state.set(GenState::Suspended);
            drop(sub);
            return match closed {
                Err(e) => self.gen_raise(generator, e),
                Ok(()) => {
                    let exc = self.thrown_exception(thrown)?;
                    self.gen_raise(generator, exc)
                }
            };
        }
        let result = if let Value::Generator(inner) = &sub {
            generator.state.set(GenState::Running);
            self.gen_throw(inner, thrown, close_on_exit)
        } else {
            let Some(method) = self.getattr_opt(&sub, "throw")? else {
                // An iterator without `throw` gets the exception raised at the `yield from`.
                drop(sub);
                let exc = self.thrown_exception(thrown)?;
                return self.gen_raise(generator, exc);
            };
            generator.state.set(GenState::Running);
            let mut args = vec![thrown.typ];
            args.extend(thrown.value);
            args.extend(thrown.traceback);
            self.call(&method, &args).map(Resumed::Yielded)
        };
        generator.state.set(GenState::Suspended);
        // The frame's own reference goes with the subiterator, if it finished: it must be
        // finalised then, not when this function returns.
        drop(sub);
        match result {
            Ok(Resumed::Yielded(v)) => Ok(Resumed::Yielded(v)),
            Ok(Resumed::Returned(v)) => self.gen_leave_yield_from(generator, Ok(v)),
            Err(e) => self.gen_leave_yield_from(generator, Err(e)),
        }
    }

    /// The subiterator of a suspended `yield from` finished: drop it from the frame and carry
    /// on after the loop, with its return value or raising its exception there.
    fn gen_leave_yield_from(
        &mut self,
        generator: &Rc<Generator>,
        outcome: PyResult<Value>,
    ) -> PyResult<Resumed> {
        {
            let mut saved = generator.saved.borrow_mut();
            saved.values.pop();
            // Suspended at the RESUME after YIELD_VALUE: the loop's SEND is two before it.
            let send = saved.pc.saturating_sub(2);
            if let Some(Instr::Send(exit)) = generator.func.code.ops.get(send) {
                saved.pc = *exit as usize;
            }
        }
        let value = match outcome {
            Ok(v) => v,
            Err(e) if self.is_instance_of(&e, "StopIteration") => self.stop_iteration_value(&e),
            Err(e) => return self.gen_raise(generator, e),
        };
        let frame = self.gen_enter(generator, Some(value));
        self.run_frame_with(frame, None)
    }

    /// Raises `exc` inside `generator` where it is suspended (or at its start).
    pub fn gen_raise(&mut self, generator: &Rc<Generator>, exc: PyErr) -> PyResult<Resumed> {
        match generator.state.get() {
            GenState::Running => Err(self.new_error("ValueError", "generator already executing")),
            GenState::Closed => Err(exc),
            _ => {
                let frame = self.gen_enter(generator, None);
                // Chained to what the generator itself was handling, as CPython's
                // `_PyErr_ChainStackItem` does, not to its resumer's exception.
                let own = self.handled.clone();
                self.chain_context(&exc, own);
                self.run_frame_with(frame, Some(exc))
            }
        }
    }

    /// `generator.close()`: GeneratorExit raised where it is suspended; returning or raising
    /// GeneratorExit or StopIteration means it is closed, yielding is an error.
    pub fn gen_close(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        match generator.state.get() {
            GenState::Created => {
                generator.discard_frame();
                return Ok(());
            }
            GenState::Closed => return Ok(()),
            _ => {}
        }
        let mut exc = None;
        if let Some(sub) = generator.yieldfrom() {
            generator.state.set(GenState::Running);
            exc = self.close_iter(&sub).err();
            generator.state.set(GenState::Suspended);
        }
        let exc = match exc {
            Some(e) => e,
            None => {
                let class = self.types.exception("GeneratorExit");
                self.new_raised(class, Vec::new())
            }
        };
        match self.gen_raise(generator, exc) {
            Ok(Resumed::Yielded(_)) => {
                Err(self.new_error("RuntimeError", "generator ignored GeneratorExit"))
            }
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e)
                if self.is_instance_of(&e, "StopIteration")
                    || self.is_instance_of(&e, "GeneratorExit") =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Closes the iterator a `yield from` delegates to: a generator directly, anything else
    /// through its `close` method if it has one.
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Generator(inner) = sub {
            return self.gen_close(inner);
        }
        if let Some(close) = self.getattr_opt(sub, "close")? {
            self.call(&close, &[])?;
        }
        Ok(())
    }

    /// The exception `throw()` raises, from its arguments as CPython normalises them.
    fn thrown_exception(&mut self, thrown: Thrown) -> PyResult<PyErr> {
        if thrown
            .traceback
            .as_ref()
            .is_some_and(|tb| !matches!(tb, Value::None))
        {
            return Err(self.type_error("throw() third argument must be a traceback object"));
        }
        let value = thrown.value.filter(|v| !matches!(v, Value::None));
        match &thrown.typ {
            Value::Class(class) if class.is_subclass(&self.types.exception("BaseException")) => {
                if let Some(Value::Instance(inst)) = &value
                    && inst.class.is_subclass(class)
                {
                    return Ok(inst.clone());
                }
                let args = match value {
                    None => Vec::new(),
                    Some(Value::Tuple(items)) => items.to_vec(),
                    Some(v) => vec![v],
                };
                // As CPython normalises the exception: if making it fails, the failure is
                // what gets thrown in.
                match self.call(&thrown.typ, &args) {
                    Ok(exc) => self.exception_from(&exc).or_else(Ok),
                    Err(failure) => Ok(failure),
                }
            }
            Value::Instance(inst) if inst.exc.is_some() => {
                if value.is_some() {
                    return Err(self.type_error("instance exception may not have a separate value"));
                }
                Ok(inst.clone())
            }
            other => {
                let name = self.type_name(other);
                Err(self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {name}"
                )))
            }
        }
    }

    /// Whether `typ` (a class or an instance) is or derives from the exception `name`.
    fn given_matches(&self, typ: &Value, name: &str) -> bool {
        let wanted = self.types.exception(name);
        match typ {
            Value::Class(c) => c.is_subclass(&wanted),
            Value::Instance(i) => i.class.is_subclass(&wanted),
            _ => false,
        }
    }

    /// Closes every suspended generator that lost its last reference since the last check,
    /// reporting errors as CPython reports exceptions it cannot raise; `at` is the frame and
    /// instruction that dropped them, if any.
    #[cold]
    pub fn close_unfinished(&mut self, at: Option<(&Frame, usize)>) {
        ANY_UNFINISHED.with(|flag| flag.set(false));
        loop {
            // Oldest first: a frame's locals are dropped, and closed, in slot order.
            let next = UNFINISHED.with(|list| list.borrow_mut().pop_front());
            let Some(generator) = next else { break };
            if let Err(e) = self.gen_close(&generator) {
                self.report_unraisable(&Value::Generator(generator.clone()), &e, at);
            }
            // Finalised once, as CPython does: one that ignored GeneratorExit is dropped now
            // without another attempt.
            generator.state.set(GenState::Closed);
        }
    }
}

impl Vm {
    /// CPython's `PyErr_WriteUnraisable`: an exception raised where nobody can catch it (a
    /// generator's `finally` during finalisation) is printed on stderr and the program goes
    /// on. Only its own traceback is shown, not its chain; one raised by the VM itself gets
    /// the frame running at the time, as CPython gives it.
    pub fn report_unraisable(&mut self, obj: &Value, exc: &PyErr, at: Option<(&Frame, usize)>) {
        let what = self.repr(obj).unwrap_or_default();
        if let (Some((frame, pc)), Some(state)) = (at, &exc.exc)
            && state.borrow().traceback.is_empty()
        {
            self.add_traceback(exc, frame, pc);
        }
        let last = self.traceback_sections(exc).pop().map(|mut section| {
            section.link = None;
            section
        });
        let text = match (&self.render_traceback, last) {
            (Some(render), Some(section)) => render(std::slice::from_ref(&section)),
            (None, Some(section)) => section.line + "\n",
            (_, None) => String::new(),
        };
        let _ = self.stdout.flush();
        let _ = write!(self.stderr, "Exception ignored in: {what}\n{text}");
        let _ = self.stderr.flush();
    }

    /// `StopIteration.value`: its first argument, or None.
    pub fn stop_iteration_value(&self, exc: &PyErr) -> Value {
        exc.exc
            .as_ref()
            .and_then(|s| s.borrow().args.first().cloned())
            .unwrap_or(Value::None)
    }

    /// CPython's `PyIter_Send`, for SEND on anything but a generator it can run in the loop:
    /// `send()` for a generator, `__next__` when sending None, the `send` method otherwise.
    /// A StopIteration ends the delegation with its value.
    pub fn send(&mut self, receiver: &Value, sent: Value) -> PyResult<Resumed> {
        let result = match receiver {
            Value::Generator(generator) => return self.gen_send(generator, sent),
            Value::Iterator(_) if matches!(sent, Value::None) => {
                return Ok(match self.next(receiver)? {
                    Some(v) => Resumed::Yielded(v),
                    None => Resumed::Returned(Value::None),
                });
            }
            _ => {
                let next = match sent {
                    Value::None => self.lookup_special(receiver, "__next__"),
                    _ => None,
                };
                match next {
                    Some(next) => self.call(&next, std::slice::from_ref(receiver)),
                    None => {
                        let method = self.getattr(receiver, &Value::str("send"))?;
                        self.call(&method, &[sent])
                    }
                }
            }
        };
        match result {
            Ok(v) => Ok(Resumed::Yielded(v)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => {
                Ok(Resumed::Returned(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }
}
