//! Frames: what a running function needs besides its values. Locals, cells, free variables
//! and the value stack of every frame live on the VM's one stack (as CPython 3.11 keeps them in
//! one block per thread); a frame records where its part starts. A Python-to-Python call pushes
//! the caller's frame onto the VM's frame list and the dispatch loop carries on with the callee,
//! so deep recursion needs no Rust stack.

use std::cell::RefCell;
use std::rc::Rc;

use super::generator::Generator;
use super::object::{Attrs, CodeObject, Function};

// ANCHOR: frame
pub struct Frame {
    /// The function running; module code and class bodies run as functions too.
    pub func: Rc<Function>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Where the frame's slots (CPython's "localsplus") start on the VM's stack; its value stack
    /// follows them.
    pub base: usize,
    /// The stack height to return to when the frame ends (below its callable).
    pub ret: usize,
    /// A class body's namespace; module code uses its globals instead.
    pub namespace: Option<Rc<RefCell<Attrs>>>,
    /// The generator whose frame this is, while it runs.
    pub generator: Option<Rc<Generator>>,
}
// ANCHOR_END: frame

impl Frame {
    pub fn new(func: Rc<Function>, base: usize, ret: usize) -> Frame {
        Frame {
            func,
            pc: 0,
            base,
            ret,
            namespace: None,
            generator: None,
        }
    }

    pub fn code(&self) -> &Rc<CodeObject> {
        &self.func.code
    }

    /// The number of local, cell and free slots below the value stack.
    pub fn slot_count(&self) -> usize {
        self.func.code.code.slot_names.len()
    }
}
