//! Frames live on the heap, not on the Rust stack: a Python-to-Python call pushes one onto the
//! VM's frame list and the dispatch loop carries on with it, so deep recursion needs no Rust
//! stack and (with the generator issue) a suspended frame can be owned by its generator.

use std::cell::RefCell;
use std::rc::Rc;

use super::object::{Attrs, CodeObject, Function, Module};
use super::value::Value;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Locals, cells and free variables (CPython's "localsplus").
    pub slots: Vec<Value>,
    pub stack: Vec<Value>,
    pub globals: Rc<Module>,
    /// A class body's namespace; module code uses its globals instead.
    pub namespace: Option<Rc<RefCell<Attrs>>>,
    pub function: Option<Rc<Function>>,
    /// Names of the keyword arguments of the coming CALL (set by KW_NAMES).
    pub kwnames: Option<Value>,
}

impl Frame {
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<Module>,
        function: Option<Rc<Function>>,
        slots: Vec<Value>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            code,
            pc: 0,
            slots,
            stack,
            globals,
            namespace: None,
            function,
            kwnames: None,
        }
    }

    /// The line of the instruction now running (the one before `pc`).
    pub fn line(&self) -> u32 {
        let lines = &self.code.code.lines;
        lines
            .get(self.pc.saturating_sub(1))
            .copied()
            .unwrap_or(self.code.code.first_line)
    }
}
