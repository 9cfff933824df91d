//! Stage 3, the VM: values and objects, the dispatch loop, calls, attribute lookup, operators,
//! exceptions and the built-in functions and modules.
//!
//! The dispatch loop ([`interp`]) is stackless for Python-to-Python calls; native code that calls
//! back into Python ([`Vm::call`]) nests a loop on the Rust stack, bounded by the recursion limit.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod containers;
pub mod exc;
pub mod frame;
pub mod generator;
pub mod interp;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod set_table;
pub mod suggest;
pub mod traceback;
pub mod types;
pub mod value;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

use crate::compile::code::{Code, Const};
use frame::Frame;
use object::{Attrs, CodeObject, Function, Instance, Module, ModuleTable, UNRESOLVED};
use types::Types;
use value::Value;

/// Fuses common instruction pairs into superinstructions. A pair whose second instruction is
/// a jump target still fuses: jumps land on the second, which is kept as it was.
fn quicken(instrs: &[crate::compile::opcode::Instr]) -> Vec<crate::compile::opcode::Instr> {
    let mut ops = instrs.to_vec();
    for i in 0..ops.len().saturating_sub(1) {
        if let Some(fused) = instrs[i].fused_with(instrs[i + 1]) {
            ops[i] = fused;
        }
    }
    ops
}

/// A raised exception: always an exception instance.
pub type PyErr = Rc<Instance>;
pub type PyResult<T> = Result<T, PyErr>;

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// How deeply native code may call back into Python (each level nests a dispatch loop on the
/// Rust stack, which the CLI sizes for this), whatever `sys.setrecursionlimit` allows.
pub const MAX_NATIVE_DEPTH: usize = 6_000;

/// Turns traceback sections into the text printed on stderr.
pub type TracebackRenderer = Box<dyn Fn(&[traceback::Section]) -> String>;

/// How many times [`Vm::shutdown`] looks again for generators left suspended.
const SHUTDOWN_ROUNDS: usize = 100;

pub struct Vm {
    /// Frames of callers waiting for the frame the dispatch loop is running.
    pub frames: Vec<Frame>,
    pub types: Types,
    pub builtins: Rc<Module>,
    /// Built-in modules already imported.
    pub modules: ModuleTable,
    /// The exception the running frame is handling, for implicit chaining.
    pub handled: Option<PyErr>,
    /// The `handled` of each generator's resumer, innermost last (CPython's chain of
    /// `exc_info`); `sys.exc_info()` is the innermost exception among them and `handled`.
    pub exc_chain: Vec<Option<PyErr>>,
    /// PEP 479: a StopIteration leaving a generator becomes a RuntimeError. Off only in
    /// legacy mode, unless the program imports `generator_stop` from `__future__`.
    pub pep479: bool,
    /// Renders a traceback for stderr when the VM reports an exception it cannot raise
    /// (the CLI's, with source snippets; plain lines without it).
    pub render_traceback: Option<TracebackRenderer>,
    /// Every generator made, oldest first, for [`Vm::shutdown`] (pruned as they die).
    pub generators: Vec<std::rc::Weak<generator::Generator>>,
    /// Python frames plus native calls in progress, against `recursion_limit`.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Dispatch loops nested on the Rust stack, against [`MAX_NATIVE_DEPTH`].
    pub native_depth: usize,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    /// The program's path, as `__file__`.
    pub main_file: Rc<str>,
    /// Containers whose repr is being built, to print `[...]` for self-references.
    pub repr_active: Vec<usize>,
    /// Object addresses as shown to programs (see [`Vm::object_id`]).
    pub ids: rustc_hash::FxHashMap<usize, u64>,
    /// Every frame's slots and value stack, one after another.
    pub stack: Vec<Value>,
}

impl Vm {
    pub fn new(main_file: &str, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Vm {
        let mut vm = Vm {
            frames: Vec::new(),
            types: Types::new(),
            builtins: Rc::new(Module::new("builtins")),
            modules: ModuleTable::default(),
            handled: None,
            exc_chain: Vec::new(),
            pep479: true,
            render_traceback: None,
            generators: Vec::new(),
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            stdout,
            stderr,
            main_file: Rc::from(main_file),
            repr_active: Vec::new(),
            ids: Default::default(),
            stack: Vec::with_capacity(1 << 12),
        };
        builtins::install(&mut vm);
        vm
    }

    /// Turns a compiled code object's constants into values, once.
    pub fn code_object(&mut self, code: &Rc<Code>) -> Rc<CodeObject> {
        let consts = code.consts.iter().map(|c| self.constant(c)).collect();
        let names = code.names.iter().map(|n| Value::str(&**n)).collect();
        let n = code.names.len();
        Rc::new(CodeObject {
            ops: quicken(&code.instrs),
            code: code.clone(),
            consts,
            names,
            global_slots: (0..n).map(|_| Cell::new(UNRESOLVED)).collect(),
            builtin_slots: (0..n).map(|_| Cell::new(UNRESOLVED)).collect(),
        })
    }

    fn constant(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::int(i.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => Value::str(&**s),
            Const::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
            Const::Ellipsis => Value::Ellipsis,
            Const::Tuple(items) => Value::tuple(items.iter().map(|c| self.constant(c)).collect()),
            Const::FrozenSet(items) => {
                // Built twice, as CPython's optimiser does: from the display, then from that
                // set's iteration order. Constants always hash.
                let values = items.iter().map(|c| self.constant(c)).collect();
                let first = self.new_set(values, true).expect("constants are hashable");
                let again = self.collect(&first).expect("sets iterate");
                self.new_set(again, true).expect("constants are hashable")
            }
            Const::Code(code) => Value::Code(self.code_object(code)),
        }
    }

    /// Runs a module's code as `__main__`.
    pub fn run_main(&mut self, code: &Rc<Code>) -> PyResult<Value> {
        if code.generator_stop {
            self.pep479 = true;
        }
        let globals = Rc::new(Module::new("__main__"));
        let file = self.main_file.clone();
        self.run_module(code, &globals, &file)
    }

    /// Runs a module's code with `globals` as its namespace.
    pub fn run_module(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<Module>,
        file: &str,
    ) -> PyResult<Value> {
        globals.set("__name__", Value::str(&*globals.name));
        globals.set("__doc__", Value::None);
        globals.set("__file__", Value::str(file));
        globals.set("__builtins__", Value::Module(self.builtins.clone()));
        let code = self.code_object(code);
        let slots = code.code.slot_names.len();
        let module = Rc::new(Function {
            name: RefCell::new(code.code.name.clone()),
            qualname: RefCell::new(code.code.qualname.clone()),
            code,
            globals: globals.clone(),
            defaults: RefCell::new(Vec::new()),
            kwdefaults: RefCell::new(Vec::new()),
            closure: Vec::new(),
            doc: RefCell::new(Value::None),
            dict: RefCell::new(Attrs::default()),
            simple: false,
        });
        let base = self.stack.len();
        self.stack.resize(base + slots, Value::Null);
        self.run_frame(Frame::new(module, base, base))
    }

    /// The exception being handled, looking through the generators being run
    /// (`sys.exc_info()`).
    pub fn current_exception(&self) -> Option<PyErr> {
        self.handled
            .clone()
            .or_else(|| self.exc_chain.iter().rev().find_map(|e| e.clone()))
    }

    /// Ends the program as CPython's finalisation does: every generator still suspended is
    /// closed, oldest first (the order CPython's garbage collector finalises them in, since a
    /// module's globals always reach its generators through a cycle), running its `finally`.
    pub fn shutdown(&mut self) {
        // Closing one can drop or make others; a bounded number of rounds ends even a
        // program whose `finally` blocks keep making new suspended generators.
        for _ in 0..SHUTDOWN_ROUNDS {
            self.close_unfinished(None);
            let survivors: Vec<_> = std::mem::take(&mut self.generators)
                .iter()
                .filter_map(std::rc::Weak::upgrade)
                .collect();
            if survivors.is_empty() {
                break;
            }
            for generator in survivors {
                if generator.state.get() != generator::GenState::Suspended {
                    continue;
                }
                if let Err(e) = self.gen_close(&generator) {
                    self.report_unraisable(&Value::Generator(generator.clone()), &e, None);
                }
                generator.state.set(generator::GenState::Closed);
            }
        }
        // Whatever is dropped from now on is not closed: no Python code runs after this.
        generator::stop_finalising();
        self.flush();
    }

    /// Counts one level of nesting, raising RecursionError past the limit as CPython does;
    /// `what` completes the message (" while calling a Python object", ...).
    #[inline]
    pub fn enter(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.recursion_error(what));
        }
        self.depth += 1;
        Ok(())
    }

    #[cold]
    fn recursion_error(&mut self, what: &str) -> PyErr {
        self.new_error(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}
