//! Code objects: what the compiler hands the VM for every module, class body, function, lambda
//! and comprehension, modelled on CPython's `PyCodeObject`.

use std::rc::Rc;

use num_bigint::BigInt;

use super::opcode::Instr;
use crate::syntax::Span;

/// `co_flags` bits, numbered as CPython's so `dis` and `inspect` read the same.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant. The VM turns these into values once per code object.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Vec<Const>),
    /// A set display of three or more constants, folded as CPython's optimiser does.
    FrozenSet(Vec<Const>),
    Code(Rc<Code>),
}

// ANCHOR: handler
/// Where an exception raised inside `start..end` (instruction indices) is handled: the stack is
/// cut back to `depth` items, the offset of the raising instruction pushed if `lasti`, then the
/// exception, and execution continues at `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}
// ANCHOR_END: handler

// ANCHOR: code
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub instrs: Vec<Instr>,
    /// The source span of each instruction: its line for tracebacks and the label under it.
    pub spans: Vec<Span>,
    pub lines: Vec<u32>,
    /// CPython's exception table; ranges never overlap (the innermost handler owns each
    /// instruction).
    pub handlers: Vec<Handler>,
    pub consts: Vec<Const>,
    /// Global, attribute and imported names (`co_names`).
    pub names: Vec<Rc<str>>,
    /// Names of the frame's slots before its value stack, as CPython 3.11's "localsplus":
    /// `co_varnames` (parameters first), then cells that are not parameters, then `co_freevars`.
    /// LOAD_FAST and LOAD_DEREF both index this.
    pub slot_names: Vec<Rc<str>>,
    pub varname_count: u32,
    /// `co_cellvars`: locals captured by inner functions, parameters included.
    pub cellvars: Vec<Rc<str>>,
    pub free_count: u32,
    pub stack_size: u32,
    /// A function's docstring (also its first constant).
    pub doc: Option<Rc<str>>,
    /// A module's `from __future__ import generator_stop`: PEP 479 even in legacy mode.
    pub generator_stop: bool,
}
// ANCHOR_END: code

impl Code {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    pub fn varnames(&self) -> &[Rc<str>] {
        &self.slot_names[..self.varname_count as usize]
    }

    pub fn freevars(&self) -> &[Rc<str>] {
        &self.slot_names[self.slot_names.len() - self.free_count as usize..]
    }

    // ANCHOR: handler_for
    /// The handler protecting instruction `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<&Handler> {
        let pc = pc as u32;
        let i = self.handlers.partition_point(|h| h.end <= pc);
        self.handlers.get(i).filter(|h| h.start <= pc)
    }
    // ANCHOR_END: handler_for
}
