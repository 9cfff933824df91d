//! Assembles one code object: instructions with forward-referenced labels, the stack depth at
//! every point (so each exception handler knows how deep the stack is when it takes over), and
//! the exception table built from which handler protects each instruction.

use std::rc::Rc;

use indexmap::IndexSet;
use rustc_hash::FxBuildHasher;

use super::code::{Code, Const, Handler};
use super::opcode::Instr;
use crate::syntax::{Source, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(u32);

/// The handler in effect while emitting: where to go and how deep the stack is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandlerSetup {
    pub target: Label,
    pub depth: u32,
    pub lasti: bool,
}

pub struct CodeBuilder {
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    handler_of: Vec<Option<HandlerSetup>>,
    /// Jump instructions hold label numbers until [`Self::finish`] resolves them.
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    depth: i32,
    max_depth: i32,
    /// False right after an unconditional jump, return or raise.
    reachable: bool,
    pub handler: Option<HandlerSetup>,
    pub span: Span,
    pub consts: Vec<Const>,
    pub names: IndexSet<Rc<str>, FxBuildHasher>,
}

impl CodeBuilder {
    pub fn new(span: Span) -> CodeBuilder {
        CodeBuilder {
            instrs: Vec::new(),
            spans: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            handler: None,
            span,
            consts: Vec::new(),
            names: IndexSet::default(),
        }
    }

    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    // ANCHOR: depth
    /// Places `label` at the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
        if let Some(depth) = self.label_depth[label.0 as usize] {
            if !self.reachable {
                self.depth = depth;
            }
            self.reachable = true;
        }
    }

    pub fn depth(&self) -> u32 {
        self.depth.max(0) as u32
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instrs.push(instr);
        self.spans.push(self.span);
        self.handler_of.push(self.handler);
        self.depth += instr.stack_effect(false);
        self.max_depth = self.max_depth.max(self.depth);
        if instr.is_terminal() {
            self.reachable = false;
        }
    }

    /// Emits a jump to `label`; `make` builds the instruction from a placeholder target.
    /// Only jumps from reachable code make a label reachable: code after a `return` is still
    /// compiled, but its jumps must not bring its stack depth into the code that follows.
    pub fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        let instr = make(label.0);
        let taken = self.depth + instr.stack_effect(true);
        self.max_depth = self.max_depth.max(taken);
        if self.reachable {
            let slot = &mut self.label_depth[label.0 as usize];
            *slot = Some(slot.map_or(taken, |d| d.max(taken)));
        }
        self.emit(instr);
    }

    /// Records that the stack is `depth` deep at `label`, for handlers entered by the VM
    /// (unless the protected code is unreachable).
    pub fn handler_entry(&mut self, setup: HandlerSetup) {
        let depth = setup.depth as i32 + setup.lasti as i32 + 1;
        self.max_depth = self.max_depth.max(depth);
        if self.reachable {
            self.label_depth[setup.target.0 as usize] = Some(depth);
        }
    }
    // ANCHOR_END: depth

    pub fn add_const(&mut self, value: Const) -> u32 {
        // Constants are few; a linear search keeps equal ones shared as CPython does.
        let same = |a: &Const, b: &Const| match (a, b) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(x), Const::Bool(y)) => x == y,
            (Const::Int(x), Const::Int(y)) => x == y,
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            (Const::Str(x), Const::Str(y)) => x == y,
            (Const::Bytes(x), Const::Bytes(y)) => x == y,
            _ => false,
        };
        if let Some(i) = self.consts.iter().position(|c| same(c, &value)) {
            return i as u32;
        }
        self.consts.push(value);
        self.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        self.names.insert_full(Rc::from(name)).0 as u32
    }

    pub fn reachable(&self) -> bool {
        self.reachable
    }

    pub fn finish(self, source: &Source, shape: CodeShape) -> Code {
        let resolve = |label: u32| self.labels[label as usize].expect("every label is bound");
        let mut instrs = self.instrs;
        for instr in &mut instrs {
            if let Some(label) = instr.jump_target() {
                instr.set_jump_target(resolve(label));
            }
        }
        // ANCHOR: exception_table
        let mut handlers: Vec<Handler> = Vec::new();
        for (pc, setup) in self.handler_of.iter().enumerate() {
            let Some(setup) = setup else { continue };
            let target = resolve(setup.target.0);
            match handlers.last_mut() {
                Some(h)
                    if h.end == pc as u32
                        && h.target == target
                        && h.depth == setup.depth
                        && h.lasti == setup.lasti =>
                {
                    h.end += 1
                }
                _ => handlers.push(Handler {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    target,
                    depth: setup.depth,
                    lasti: setup.lasti,
                }),
            }
        }
        // ANCHOR_END: exception_table
        let lines = self
            .spans
            .iter()
            .map(|s| source.line_of(s.start as usize) as u32)
            .collect();
        Code {
            name: shape.name,
            qualname: shape.qualname,
            filename: Rc::from(source.name.as_str()),
            first_line: shape.first_line,
            flags: shape.flags,
            arg_count: shape.arg_count,
            posonly_count: shape.posonly_count,
            kwonly_count: shape.kwonly_count,
            instrs,
            spans: self.spans,
            lines,
            handlers,
            consts: self.consts,
            names: self.names.into_iter().collect(),
            slot_names: shape.slot_names,
            varname_count: shape.varname_count,
            cellvars: shape.cellvars,
            free_count: shape.free_count,
            doc: shape.doc,
            generator_stop: false,
            stack_size: self.max_depth.max(0) as u32 + 1,
        }
    }
}

/// What a code object is, apart from its instructions.
pub struct CodeShape {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub slot_names: Vec<Rc<str>>,
    pub varname_count: u32,
    pub cellvars: Vec<Rc<str>>,
    pub free_count: u32,
    pub doc: Option<Rc<str>>,
}
