//! AST ─▶ code objects, following CPython 3.11's compile.c: the same instruction shapes for
//! calls, loops, `try`, `with` and comprehensions, and the same way of leaving blocks early
//! (`break`, `continue` and `return` run the `finally` bodies and `__exit__` calls they jump
//! out of).

use std::rc::Rc;

use num_bigint::BigInt;

use super::builder::{CodeBuilder, CodeShape, HandlerSetup, Label};
use super::code::{Code, Const, flags};
use super::opcode::{BinaryOp, CompareOp, Instr};
use super::scope::{Resolution, ScopeId, ScopeKind, SymbolTable};
use super::warnings::{self, CompileWarning};
use crate::syntax::ast::*;
use crate::syntax::{Source, SyntaxError};

/// Compiles a checked module into its code object (with every nested code object as a constant).
pub fn compile_module(
    module: &Module,
    table: &SymbolTable,
    source: &Source,
) -> std::result::Result<(Rc<Code>, Vec<CompileWarning>), SyntaxError> {
    let mut compiler = Compiler {
        table,
        source,
        units: Vec::new(),
        warnings: Vec::new(),
    };
    compiler.enter(
        0,
        ("<module>".into(), "<module>".into()),
        &[],
        Span::default(),
        1,
    );
    compiler.emit(Instr::Resume(0));
    let doc = docstring(&module.body);
    if let Some(doc) = &doc {
        compiler.load_const(Const::Str(doc.clone()));
        compiler.store_name("__doc__");
    }
    compiler.stmts(&module.body[doc.is_some() as usize..])?;
    // The implicit `return None` belongs to the last statement's line, as in CPython.
    if let Some(last) = module.body.last() {
        compiler.code().span = last.span;
    }
    compiler.return_none();
    let mut code = compiler.leave(0, 0, 0, 0);
    code.generator_stop = super::checks::imports_future(&module.body, "generator_stop");
    let code = Rc::new(code);
    Ok((code, compiler.warnings))
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    source: &'a Source,
    units: Vec<Unit>,
    warnings: Vec<CompileWarning>,
}

/// A code object being compiled.
struct Unit {
    scope: ScopeId,
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    code: CodeBuilder,
    slots: Vec<Rc<str>>,
    varname_count: u32,
    cellvars: Vec<Rc<str>>,
    free_count: u32,
    blocks: Vec<Block>,
    doc: Option<Rc<str>>,
}

/// A block that `break`, `continue` or `return` may have to leave (CPython's fblock).
#[derive(Clone)]
struct Block {
    kind: BlockKind,
    /// The handler in effect outside the block, restored when leaving it.
    outer_handler: Option<HandlerSetup>,
}

// ANCHOR: blocks
#[derive(Clone)]
enum BlockKind {
    While {
        top: Label,
        exit: Label,
    },
    For {
        top: Label,
        exit: Label,
    },
    /// Inside `try:` of a try/finally: leaving runs the final body.
    TryFinally(Rc<Vec<Stmt>>),
    /// Inside the final body run for an exception: the exception and the previous one are on
    /// the stack.
    FinallyEnd,
    /// Inside `try:` of a try/except: leaving only drops the handler.
    TryExcept,
    /// Inside an `except` body, with the name it binds.
    Handler(Option<String>),
    With,
    /// A `finally` body copied in by `return`: the return value waits below it, and a
    /// `break` or `continue` in the body must drop it.
    PopValue,
}
// ANCHOR_END: blocks

/// How a name is reached from the current scope.
enum NameOp {
    Fast(u32),
    Deref(u32),
    ClassDeref(u32),
    Global(u32),
    Name(u32),
}

type Result<T = ()> = std::result::Result<T, SyntaxError>;

impl Compiler<'_> {
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is always open")
    }

    fn code(&mut self) -> &mut CodeBuilder {
        &mut self.unit().code
    }

    fn emit(&mut self, instr: Instr) {
        self.code().emit(instr);
    }

    fn label(&mut self) -> Label {
        self.code().label()
    }

    fn bind(&mut self, label: Label) {
        self.code().bind(label);
    }

    fn jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.code().jump(make, label);
    }

    fn load_const(&mut self, value: Const) {
        let i = self.code().add_const(value);
        self.emit(Instr::LoadConst(i));
    }

    fn return_none(&mut self) {
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
    }

    /// Opens the code object of `scope`, laying out its slots as CPython 3.11 does.
    /// Opens the code object of `scope`; `params` lists its parameters in CPython's slot order
    /// (positional, keyword-only, `*args`, `**kwargs`).
    fn enter(
        &mut self,
        scope: ScopeId,
        names: (Rc<str>, Rc<str>),
        params: &[String],
        span: Span,
        line: u32,
    ) {
        let (name, qualname) = names;
        let info = &self.table.scopes[scope];
        let mut slots: Vec<Rc<str>> = Vec::new();
        let mut cellvars: Vec<Rc<str>> = Vec::new();
        let mut frees: Vec<Rc<str>> = Vec::new();
        let function = !matches!(info.kind, ScopeKind::Module | ScopeKind::Class);
        if function {
            slots.extend(params.iter().map(|p| Rc::from(p.as_str())));
            for (name, symbol) in &info.symbols {
                if symbol.resolution == Resolution::Local && !params.contains(name) {
                    slots.push(Rc::from(name.as_str()));
                }
            }
        }
        let varname_count = slots.len() as u32;
        for (name, symbol) in &info.symbols {
            match symbol.resolution {
                Resolution::Cell => cellvars.push(Rc::from(name.as_str())),
                Resolution::Free => frees.push(Rc::from(name.as_str())),
                _ => {}
            }
        }
        if info.kind == ScopeKind::Class && info.needs_class_cell {
            cellvars.push(Rc::from("__class__"));
        }
        for child in &info.children {
            let child = &self.table.scopes[*child];
            if info.kind == ScopeKind::Class {
                // Free variables that a method takes from around the class pass through it.
                for (name, symbol) in &child.symbols {
                    if symbol.resolution == Resolution::Free
                        && name != "__class__"
                        && !frees.iter().any(|f| **f == **name)
                        && self.passes_through(scope, name)
                    {
                        frees.push(Rc::from(name.as_str()));
                    }
                }
            }
        }
        cellvars.sort();
        frees.sort();
        for cell in &cellvars {
            if !slots.contains(cell) {
                slots.push(cell.clone());
            }
        }
        let free_count = frees.len() as u32;
        slots.extend(frees);
        let mut code = CodeBuilder::new(span);
        if info.kind == ScopeKind::Class {
            code.add_name("__name__");
        }
        self.units.push(Unit {
            scope,
            name,
            qualname,
            first_line: line,
            code,
            slots,
            varname_count,
            cellvars,
            free_count,
            blocks: Vec::new(),
            doc: None,
        });
    }

    /// Whether `name`, free in a method of class `class`, comes from outside the class.
    fn passes_through(&self, class: ScopeId, name: &str) -> bool {
        let mut scope = self.table.scopes[class].parent;
        while let Some(id) = scope {
            let s = &self.table.scopes[id];
            if s.kind == ScopeKind::Module {
                return false;
            }
            if s.kind != ScopeKind::Class
                && s.symbols.get(name).is_some_and(|sym| {
                    matches!(sym.resolution, Resolution::Cell | Resolution::Free)
                })
            {
                return true;
            }
            scope = s.parent;
        }
        false
    }

    fn leave(&mut self, flags_in: u32, arg_count: u32, posonly: u32, kwonly: u32) -> Code {
        let unit = self.units.pop().expect("a unit is open");
        let scope = &self.table.scopes[unit.scope];
        let mut code_flags = flags_in;
        if !matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
            code_flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if scope.parent.is_some_and(|p| {
                !matches!(
                    self.table.scopes[p].kind,
                    ScopeKind::Module | ScopeKind::Class
                )
            }) {
                code_flags |= flags::NESTED;
            }
            match (scope.is_generator, scope.is_coroutine) {
                (true, true) => code_flags |= flags::ASYNC_GENERATOR,
                (true, false) => code_flags |= flags::GENERATOR,
                (false, true) => code_flags |= flags::COROUTINE,
                _ => {}
            }
        }
        unit.code.finish(
            self.source,
            CodeShape {
                name: unit.name,
                qualname: unit.qualname,
                first_line: unit.first_line,
                flags: code_flags,
                arg_count,
                posonly_count: posonly,
                kwonly_count: kwonly,
                slot_names: unit.slots,
                varname_count: unit.varname_count,
                cellvars: unit.cellvars,
                free_count: unit.free_count,
                doc: unit.doc,
            },
        )
    }

    fn line(&self, span: Span) -> u32 {
        self.source.line_of(span.start as usize) as u32
    }

    fn slot(&self, name: &str) -> u32 {
        let unit = self.units.last().unwrap();
        unit.slots
            .iter()
            .position(|s| **s == *name)
            .expect("the symbol table gave every local a slot") as u32
    }

    fn name_op(&mut self, name: &str) -> NameOp {
        let unit = self.units.last().unwrap();
        let scope = &self.table.scopes[unit.scope];
        let resolution = scope
            .symbols
            .get(name)
            .map_or(Resolution::GlobalImplicit, |s| s.resolution);
        let function = !matches!(scope.kind, ScopeKind::Module | ScopeKind::Class);
        match resolution {
            Resolution::Local if function => NameOp::Fast(self.slot(name)),
            Resolution::Cell | Resolution::Free if scope.kind == ScopeKind::Class => {
                NameOp::ClassDeref(self.slot(name))
            }
            Resolution::Cell | Resolution::Free => NameOp::Deref(self.slot(name)),
            Resolution::GlobalExplicit => NameOp::Global(self.code().add_name(name)),
            Resolution::GlobalImplicit if function => NameOp::Global(self.code().add_name(name)),
            _ => NameOp::Name(self.code().add_name(name)),
        }
    }

    fn load_name(&mut self, name: &str) {
        let instr = match self.name_op(name) {
            NameOp::Fast(i) => Instr::LoadFast(i),
            NameOp::Deref(i) => Instr::LoadDeref(i),
            NameOp::ClassDeref(i) => Instr::LoadClassderef(i),
            NameOp::Global(i) => Instr::LoadGlobal(i, false),
            NameOp::Name(i) => Instr::LoadName(i),
        };
        self.emit(instr);
    }

    fn store_name(&mut self, name: &str) {
        let instr = match self.name_op(name) {
            NameOp::Fast(i) => Instr::StoreFast(i),
            NameOp::Deref(i) => Instr::StoreDeref(i),
            NameOp::ClassDeref(i) => {
                // A class body assigning a `nonlocal` name writes the cell; any other
                // assignment goes to the namespace.
                let unit = self.units.last().unwrap();
                let declared = self.table.scopes[unit.scope]
                    .symbols
                    .get(name)
                    .is_some_and(|s| s.uses.nonlocal);
                if declared {
                    Instr::StoreDeref(i)
                } else {
                    Instr::StoreName(self.code().add_name(name))
                }
            }
            NameOp::Global(i) => Instr::StoreGlobal(i),
            NameOp::Name(i) => Instr::StoreName(i),
        };
        self.emit(instr);
    }

    fn delete_name(&mut self, name: &str) {
        let instr = match self.name_op(name) {
            NameOp::Fast(i) => Instr::DeleteFast(i),
            NameOp::Deref(i) | NameOp::ClassDeref(i) => Instr::DeleteDeref(i),
            NameOp::Global(i) => Instr::DeleteGlobal(i),
            NameOp::Name(i) => Instr::DeleteName(i),
        };
        self.emit(instr);
    }

    fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.code().span, span);
        let result = f(self);
        self.code().span = saved;
        result
    }

    // ---- statements -------------------------------------------------------------------------

    fn stmts(&mut self, stmts: &[Stmt]) -> Result {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result {
        self.with_span(stmt.span, |c| c.stmt_inner(stmt))
    }

    fn stmt_inner(&mut self, stmt: &Stmt) -> Result {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::PopTop);
            }
            StmtKind::Pass => self.emit(Instr::Nop),
            // Declarations only inform the symbol table; they compile to nothing.
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    self.expr(value)?;
                    self.store(target)?;
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.delete(target)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let end = self.label();
                let otherwise = if orelse.is_empty() { end } else { self.label() };
                self.jump_if(test, false, otherwise)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Instr::JumpForward, end);
                    self.bind(otherwise);
                    self.stmts(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.label();
                let exit = self.label();
                let otherwise = self.label();
                self.bind(top);
                self.jump_if(test, false, otherwise)?;
                let handler = self.code().handler;
                self.push_block(BlockKind::While { top, exit }, handler);
                self.stmts(body)?;
                self.pop_block();
                self.jump(Instr::JumpBackward, top);
                self.bind(otherwise);
                self.stmts(orelse)?;
                self.bind(exit);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.label();
                let exit = self.label();
                let done = self.label();
                self.bind(top);
                self.jump(Instr::ForIter, done);
                let handler = self.code().handler;
                self.push_block(BlockKind::For { top, exit }, handler);
                self.store(target)?;
                self.stmts(body)?;
                self.pop_block();
                self.jump(Instr::JumpBackward, top);
                self.bind(done);
                self.stmts(orelse)?;
                self.bind(exit);
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(stmt.kind, StmtKind::Break);
                let (top, exit, is_for) = match self.unwind_blocks(false, true)? {
                    Some(BlockKind::While { top, exit }) => (top, exit, false),
                    Some(BlockKind::For { top, exit }) => (top, exit, true),
                    _ => unreachable!("checked: break and continue are inside a loop"),
                };
                if is_break {
                    if is_for {
                        self.emit(Instr::PopTop);
                    }
                    self.jump(Instr::JumpForward, exit);
                } else {
                    self.jump(Instr::JumpBackward, top);
                }
            }
            StmtKind::Return(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_blocks(true, false)?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span)?,
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n = 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.warn(stmt.span, warnings::check_assert(test));
                let end = self.label();
                self.jump_if(test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Instr::Call(0));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            StmtKind::With { items, body, .. } => self.with(items, body)?,
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.load_const(Const::Int(BigInt::from(0)));
                    self.load_const(Const::None);
                    let i = self.code().add_name(&alias.name.name);
                    self.emit(Instr::ImportName(i));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself.
                            for part in alias.name.name.split('.').skip(1) {
                                let i = self.code().add_name(part);
                                self.emit(Instr::ImportFrom(i));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                            self.store_name(&asname.name);
                        }
                        None => {
                            let top = alias.name.name.split('.').next().unwrap_or_default();
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(BigInt::from(*level)));
                let fromlist = names
                    .iter()
                    .map(|a| Const::Str(Rc::from(a.name.name.as_str())))
                    .collect();
                self.load_const(Const::Tuple(fromlist));
                let module = module.as_ref().map_or("", |m| m.name.as_str());
                let i = self.code().add_name(module);
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name.name == "*" {
                    self.emit(Instr::ImportStar);
                    return Ok(());
                }
                for alias in names {
                    let i = self.code().add_name(&alias.name.name);
                    self.emit(Instr::ImportFrom(i));
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(&bound.name);
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// Enters a block; `outer_handler` is the handler in effect outside it, which leaving the
    /// block early restores (not the block's own handler, which must not cover the exit code).
    fn push_block(&mut self, kind: BlockKind, outer_handler: Option<HandlerSetup>) {
        self.unit().blocks.push(Block {
            kind,
            outer_handler,
        });
    }

    fn pop_block(&mut self) {
        self.unit().blocks.pop();
    }

    // ANCHOR: unwind_blocks
    /// Emits what leaving the enclosing blocks takes, innermost first, up to the innermost loop
    /// (`to_loop`) or out of the function; returns that loop. With `keep_top`, a return value on
    /// top of the stack survives.
    fn unwind_blocks(&mut self, keep_top: bool, to_loop: bool) -> Result<Option<BlockKind>> {
        let saved_blocks = self.unit().blocks.clone();
        let saved_handler = self.code().handler;
        let mut found = None;
        while let Some(block) = self.unit().blocks.pop() {
            match &block.kind {
                BlockKind::While { .. } | BlockKind::For { .. } if to_loop => {
                    found = Some(block.kind.clone());
                    break;
                }
                BlockKind::While { .. } | BlockKind::TryExcept => {}
                BlockKind::For { .. } => {
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
                BlockKind::TryFinally(body) => {
                    self.code().handler = block.outer_handler;
                    let body = body.clone();
                    if keep_top {
                        self.push_block(BlockKind::PopValue, block.outer_handler);
                    }
                    self.stmts(&body)?;
                    if keep_top {
                        self.pop_block();
                    }
                }
                BlockKind::PopValue => {
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
                BlockKind::FinallyEnd => {
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.code().handler = block.outer_handler;
                    self.emit(Instr::PopExcept);
                }
                BlockKind::Handler(name) => {
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.code().handler = block.outer_handler;
                    self.emit(Instr::PopExcept);
                    if let Some(name) = name {
                        self.load_const(Const::None);
                        self.store_name(name);
                        self.delete_name(name);
                    }
                }
                BlockKind::With => {
                    self.code().handler = block.outer_handler;
                    if keep_top {
                        self.emit(Instr::Swap(2));
                    }
                    self.call_exit_with_nones();
                    self.emit(Instr::PopTop);
                }
            }
            self.code().handler = block.outer_handler;
        }
        self.unit().blocks = saved_blocks;
        self.code().handler = saved_handler;
        Ok(found)
    }
    // ANCHOR_END: unwind_blocks

    /// Calls a context manager's `__exit__` (below on the stack) with three Nones.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call(2));
    }

    /// Starts a protected region (CPython's SETUP_FINALLY): an exception raised from here on
    /// goes to the returned label with the stack cut back to its present depth.
    fn protect(&mut self) -> (Label, u32) {
        let depth = self.code().depth();
        let on_error = self.label();
        let setup = HandlerSetup {
            target: on_error,
            depth,
            lasti: false,
        };
        self.emit(Instr::Nop);
        self.code().handler_entry(setup);
        self.code().handler = Some(setup);
        (on_error, depth)
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> Result {
        let outer = self.code().handler;
        let end = self.label();
        let (on_error, depth) = self.protect();
        self.push_block(BlockKind::TryExcept, outer);
        self.stmts(body)?;
        self.pop_block();
        self.code().handler = outer;
        self.emit(Instr::Nop);
        self.stmts(orelse)?;
        self.jump(Instr::JumpForward, end);
        self.bind(on_error);
        self.except_handlers(handlers, depth, outer, end)?;
        self.bind(end);
        Ok(())
    }

    /// The `except` clauses, entered with the exception on the stack above `depth` items.
    fn except_handlers(
        &mut self,
        handlers: &[ExceptHandler],
        depth: u32,
        outer: Option<HandlerSetup>,
        end: Label,
    ) -> Result {
        let (cleanup, cleanup_setup) = self.begin_handling(depth + 1);
        for handler in handlers {
            let next = self.label();
            self.code().span = handler.span;
            if let Some(typ) = &handler.typ {
                self.expr(typ)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, next);
            }
            match &handler.name {
                Some(name) => {
                    self.store_name(&name.name);
                    let named_cleanup = self.label();
                    let setup = HandlerSetup {
                        target: named_cleanup,
                        depth: depth + 1,
                        lasti: true,
                    };
                    self.code().handler_entry(setup);
                    self.code().handler = Some(setup);
                    self.push_block(BlockKind::Handler(Some(name.name.clone())), outer);
                    self.stmts(&handler.body)?;
                    self.pop_block();
                    self.code().handler = Some(cleanup_setup);
                    self.code().span = handler.span;
                    self.emit(Instr::PopExcept);
                    self.load_const(Const::None);
                    self.store_name(&name.name);
                    self.delete_name(&name.name);
                    self.jump(Instr::JumpForward, end);
                    self.bind(named_cleanup);
                    self.load_const(Const::None);
                    self.store_name(&name.name);
                    self.delete_name(&name.name);
                    self.emit(Instr::Reraise(1));
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_block(BlockKind::Handler(None), outer);
                    self.stmts(&handler.body)?;
                    self.pop_block();
                    self.code().span = handler.span;
                    self.emit(Instr::PopExcept);
                    self.jump(Instr::JumpForward, end);
                }
            }
            self.bind(next);
        }
        self.emit(Instr::Reraise(0));
        self.code().handler = outer;
        self.bind(cleanup);
        self.exception_cleanup();
        Ok(())
    }

    /// Starts handling the exception the VM pushed above `depth` items: PUSH_EXC_INFO, under a
    /// handler that restores the previous exception if handling itself fails (the block
    /// `exception_cleanup` emits at the returned label).
    fn begin_handling(&mut self, depth: u32) -> (Label, HandlerSetup) {
        let cleanup = self.label();
        let setup = HandlerSetup {
            target: cleanup,
            depth,
            lasti: true,
        };
        self.code().handler_entry(setup);
        self.code().handler = Some(setup);
        self.emit(Instr::PushExcInfo);
        (cleanup, setup)
    }

    /// Restores the previously handled exception and re-raises (CPython's cleanup block).
    fn exception_cleanup(&mut self) {
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }

    fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Result {
        let outer = self.code().handler;
        let end = self.label();
        let (on_error, depth) = self.protect();
        self.push_block(BlockKind::TryFinally(Rc::new(finalbody.to_vec())), outer);
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_block();
        self.code().handler = outer;
        self.emit(Instr::Nop);
        self.stmts(finalbody)?;
        self.jump(Instr::JumpForward, end);

        self.bind(on_error);
        let (cleanup, _) = self.begin_handling(depth + 1);
        self.push_block(BlockKind::FinallyEnd, outer);
        self.stmts(finalbody)?;
        self.pop_block();
        self.emit(Instr::Reraise(0));
        self.code().handler = outer;
        self.bind(cleanup);
        self.exception_cleanup();
        self.bind(end);
        Ok(())
    }

    fn with(&mut self, items: &[WithItem], body: &[Stmt]) -> Result {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let outer = self.code().handler;
        let on_error = self.label();
        let end = self.label();
        self.expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        let depth = self.code().depth() - 1;
        let setup = HandlerSetup {
            target: on_error,
            depth,
            lasti: true,
        };
        self.code().handler_entry(setup);
        self.code().handler = Some(setup);
        self.push_block(BlockKind::With, outer);
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.with(rest, body)?;
        self.pop_block();
        self.code().handler = outer;
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.jump(Instr::JumpForward, end);

        self.bind(on_error);
        let (cleanup, _) = self.begin_handling(depth + 2);
        self.emit(Instr::WithExceptStart);
        let suppress = self.label();
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise(2));
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
        self.code().handler = outer;
        self.jump(Instr::JumpForward, end);
        self.bind(cleanup);
        self.exception_cleanup();
        self.bind(end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Result {
        let op = binary_op(op).inplace();
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id);
                self.expr(value)?;
                self.with_span(target.span, |c| c.emit(Instr::BinaryOp(op)));
                self.store_name(id);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.code().add_name(&attr.name);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => unreachable!("the parser only accepts names, attributes and subscripts"),
        }
        Ok(())
    }

    fn store(&mut self, target: &Expr) -> Result {
        self.with_span(target.span, |c| c.store_inner(target))
    }

    fn store_inner(&mut self, target: &Expr) -> Result {
        if let Some(store) = self.item_target(target, false)? {
            self.emit(store);
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                match elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    Some(star) => {
                        // checks.rs bounds `star` so both counts fit the argument.
                        let after = elts.len() - star - 1;
                        self.emit(Instr::UnpackEx(star as u32 | (after as u32) << 8));
                    }
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(elt)?,
                    }
                }
            }
            ExprKind::Starred { value, .. } => self.store(value)?,
            _ => unreachable!("the parser validated assignment targets"),
        }
        Ok(())
    }

    /// Pushes the object (and key) of an attribute or subscript target and returns the
    /// instruction that stores into it or deletes it; `None` for other targets.
    fn item_target(&mut self, target: &Expr, delete: bool) -> Result<Option<Instr>> {
        Ok(Some(match &target.kind {
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.code().add_name(&attr.name);
                if delete {
                    Instr::DeleteAttr(i)
                } else {
                    Instr::StoreAttr(i)
                }
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                if delete {
                    Instr::DeleteSubscr
                } else {
                    Instr::StoreSubscr
                }
            }
            _ => return Ok(None),
        }))
    }

    fn delete(&mut self, target: &Expr) -> Result {
        self.with_span(target.span, |c| -> Result {
            if let Some(delete) = c.item_target(target, true)? {
                c.emit(delete);
                return Ok(());
            }
            match &target.kind {
                ExprKind::Name { id, .. } => c.delete_name(id),
                ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                    for elt in elts {
                        c.delete(elt)?;
                    }
                }
                _ => unreachable!("the parser validated deletion targets"),
            }
            Ok(())
        })
    }

    // ---- functions and classes -------------------------------------------------------------

    fn qualname(&self, name: &str) -> Rc<str> {
        let unit = self.units.last().unwrap();
        let scope = &self.table.scopes[unit.scope];
        match scope.kind {
            ScopeKind::Module => Rc::from(name),
            _ if scope
                .symbols
                .get(name)
                .is_some_and(|s| s.resolution == Resolution::GlobalExplicit) =>
            {
                Rc::from(name)
            }
            ScopeKind::Class => Rc::from(format!("{}.{name}", unit.qualname)),
            _ => Rc::from(format!("{}.<locals>.{name}", unit.qualname)),
        }
    }

    /// Evaluates defaults, then emits MAKE_FUNCTION for `code` with its closure.
    fn make_function(&mut self, code: Code, extra_flags: u32) {
        let frees: Vec<Rc<str>> = code.freevars().to_vec();
        let mut flags = extra_flags;
        if !frees.is_empty() {
            for name in &frees {
                let slot = self.slot(name);
                self.emit(Instr::LoadClosure(slot));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }

    /// Pushes the defaults tuple and keyword-defaults dict; returns MAKE_FUNCTION's flags.
    fn defaults(&mut self, args: &Arguments) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            match fold_constants(&args.defaults) {
                Some(folded) => self.load_const(folded),
                None => {
                    for d in &args.defaults {
                        self.expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(args.defaults.len() as u32));
                }
            }
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (arg, default) in &kw {
                self.load_const(Const::Str(Rc::from(arg.name.name.as_str())));
                self.expr(default)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn function_code(
        &mut self,
        name: &str,
        span: Span,
        args: &Arguments,
        body: FunctionBody,
    ) -> Result<Code> {
        let scope = self
            .table
            .scope_of(span)
            .expect("the symbol table opened a scope for every function");
        let qualname = self.qualname(name);
        let params: Vec<String> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .map(|a| a.name.name.clone())
            .collect();
        self.enter(
            scope,
            (Rc::from(name), qualname),
            &params,
            span,
            self.line(span),
        );
        self.emit_prologue();
        // The first constant is the docstring, or None (a lambda never has one), as in CPython.
        let doc = match body {
            FunctionBody::Stmts(stmts) => docstring(stmts),
            FunctionBody::Expr(_) => None,
        };
        self.code()
            .add_const(doc.clone().map_or(Const::None, Const::Str));
        self.unit().doc = doc.clone();
        match body {
            FunctionBody::Stmts(stmts) => {
                self.stmts(&stmts[doc.is_some() as usize..])?;
                if self.code().reachable() {
                    // The implicit `return None` belongs to the last statement's line.
                    if let Some(last) = stmts.last() {
                        self.code().span = last.span;
                    }
                    self.return_none();
                }
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
            }
        }
        let mut code_flags = 0;
        if args.vararg.is_some() {
            code_flags |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            code_flags |= flags::VARKEYWORDS;
        }
        Ok(self.leave(
            code_flags,
            (args.posonlyargs.len() + args.args.len()) as u32,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
        ))
    }

    /// MAKE_CELL for every cell, COPY_FREE_VARS, then RESUME, as CPython 3.11 starts a frame.
    fn emit_prologue(&mut self) {
        let unit = self.units.last().unwrap();
        let cells: Vec<u32> = unit
            .cellvars
            .iter()
            .map(|c| unit.slots.iter().position(|s| s == c).unwrap() as u32)
            .collect();
        let free = unit.free_count;
        let generator = self.table.scopes[unit.scope].is_generator;
        for slot in cells {
            self.emit(Instr::MakeCell(slot));
        }
        if free > 0 {
            self.emit(Instr::CopyFreeVars(free));
        }
        if generator {
            self.emit(Instr::ReturnGenerator);
            self.emit(Instr::PopTop);
        }
        self.emit(Instr::Resume(0));
    }

    // ANCHOR: yield_from
    /// The loop shared by `yield from` and `await`: SEND passes the value on top into the
    /// subiterator below it; what it yields is yielded on, and what it returns ends the loop.
    /// `resume` tells a disassembly (and `gi_yieldfrom`) which kind of suspension this is.
    fn yield_from_loop(&mut self, resume: u32) {
        let send = self.label();
        let exit = self.label();
        self.bind(send);
        self.jump(Instr::Send, exit);
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume(resume));
        self.jump(Instr::JumpBackwardNoInterrupt, send);
        self.bind(exit);
    }
    // ANCHOR_END: yield_from

    fn function_def(&mut self, def: &FunctionDef, span: Span) -> Result {
        if def.is_async {
            return Err(SyntaxError::new(
                "coroutines are not supported by this version of tandem yet",
                span,
            ));
        }
        for decorator in &def.decorators {
            self.expr(decorator)?;
        }
        let flags = self.defaults(&def.args)?;
        let code = self.function_code(
            &def.name.name,
            span,
            &def.args,
            FunctionBody::Stmts(&def.body),
        )?;
        self.code().span = span;
        self.make_function(code, flags);
        for _ in &def.decorators {
            self.emit(Instr::Call(0));
        }
        self.store_name(&def.name.name);
        Ok(())
    }

    fn class_def(&mut self, class: &ClassDef, span: Span) -> Result {
        for decorator in &class.decorators {
            self.expr(decorator)?;
        }
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        let scope = self
            .table
            .scope_of(span)
            .expect("the symbol table opened a scope for every class");
        let qualname = self.qualname(&class.name.name);
        self.enter(
            scope,
            (Rc::from(class.name.name.as_str()), qualname.clone()),
            &[],
            span,
            self.line(span),
        );
        self.emit_prologue();
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Const::Str(qualname));
        self.store_name("__qualname__");
        let doc = docstring(&class.body);
        if let Some(doc) = &doc {
            self.load_const(Const::Str(doc.clone()));
            self.store_name("__doc__");
        }
        self.stmts(&class.body[doc.is_some() as usize..])?;
        if self.table.scopes[scope].needs_class_cell {
            let slot = self.slot("__class__");
            self.emit(Instr::LoadClosure(slot));
            self.emit(Instr::Copy(1));
            self.store_name("__classcell__");
            self.emit(Instr::ReturnValue);
        } else {
            self.return_none();
        }
        let code = self.leave(0, 0, 0, 0);
        self.code().span = span;
        self.make_function(code, 0);
        self.load_const(Const::Str(Rc::from(class.name.name.as_str())));
        self.call_args(&class.bases, &class.keywords, 2)?;
        for _ in &class.decorators {
            self.emit(Instr::Call(0));
        }
        self.store_name(&class.name.name);
        Ok(())
    }

    // ---- expressions ------------------------------------------------------------------------

    fn exprs(&mut self, exprs: &[Expr]) -> Result {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Result {
        self.with_span(e.span, |c| c.expr_inner(e))
    }

    fn warn(&mut self, span: Span, message: Option<String>) {
        if let Some(message) = message {
            let line = self.line(span) as usize;
            self.warnings.push(CompileWarning {
                line,
                category: "SyntaxWarning",
                message,
            });
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> Result {
        self.warn(e.span, warnings::check_expr(e));
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Name { id, .. } => self.load_name(id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(binary_op(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.label();
                let (last, rest) = values.split_last().expect("a BoolOp has two operands");
                for value in rest {
                    self.expr(value)?;
                    match op {
                        BoolOp::And => self.jump(Instr::JumpIfFalseOrPop, end),
                        BoolOp::Or => self.jump(Instr::JumpIfTrueOrPop, end),
                    }
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.label();
                let end = self.label();
                self.jump_if(test, false, otherwise)?;
                self.expr(body)?;
                self.jump(Instr::JumpForward, end);
                self.bind(otherwise);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store(target)?;
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.code().add_name(&attr.name);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Tuple { elts, .. } => {
                if let Some(folded) = fold_constants(elts) {
                    self.load_const(folded);
                } else if has_starred(elts) {
                    self.starred_list(elts)?;
                    self.emit(Instr::ListToTuple);
                } else {
                    self.exprs(elts)?;
                    self.emit(Instr::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List { elts, .. } => {
                if has_starred(elts) {
                    self.starred_list(elts)?;
                } else {
                    self.exprs(elts)?;
                    self.emit(Instr::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set(elts) => {
                // CPython builds a constant frozenset and merges it into a new set; the merge
                // decides the iteration order, so tandem does the same.
                if elts.len() >= 3
                    && let Some(Const::Tuple(items)) = fold_constants(elts)
                {
                    self.emit(Instr::BuildSet(0));
                    self.load_const(Const::FrozenSet(items));
                    self.emit(Instr::SetUpdate(1));
                } else if has_starred(elts) {
                    self.emit(Instr::BuildSet(0));
                    for elt in elts {
                        match &elt.kind {
                            ExprKind::Starred { value, .. } => {
                                self.expr(value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(elt)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    self.exprs(elts)?;
                    self.emit(Instr::BuildSet(elts.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::JoinedStr(parts) => {
                for part in parts {
                    self.expr(part)?;
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    Conversion::None => 0,
                    Conversion::Str => 1,
                    Conversion::Repr => 2,
                    Conversion::Ascii => 3,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Instr::FormatValue(arg));
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(args)?;
                let code =
                    self.function_code("<lambda>", e.span, args, FunctionBody::Expr(body))?;
                self.make_function(code, flags);
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", Comp::List(elt), generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", Comp::Set(elt), generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", Comp::Dict(key, value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", Comp::Gen(elt), generators)?
            }
            ExprKind::Starred { .. } => unreachable!("starred expressions are checked"),
            ExprKind::Yield(value) => {
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume(1));
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.yield_from_loop(2);
            }
            ExprKind::Await(_) => {
                return Err(SyntaxError::new(
                    "coroutines are not supported by this version of tandem yet",
                    e.span,
                ));
            }
        }
        Ok(())
    }

    fn starred_list(&mut self, elts: &[Expr]) -> Result {
        self.emit(Instr::BuildList(0));
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Result {
        let mut pending = 0;
        let mut built = false;
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Instr::BuildMap(pending));
                        if built {
                            self.emit(Instr::DictUpdate(1));
                        }
                        built = true;
                        pending = 0;
                    }
                    self.expr(value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Instr::BuildMap(pending));
            if built {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Result {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(compare_instr(ops[0]));
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        let n = ops.len();
        for (op, right) in ops[..n - 1].iter().zip(comparators) {
            self.expr(right)?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(*op));
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(compare_instr(ops[n - 1]));
        self.jump(Instr::JumpForward, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` when `test` is `when`, short-circuiting `and`/`or`/`not` into jumps.
    fn jump_if(&mut self, test: &Expr, when: bool, label: Label) -> Result {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let (last, rest) = values.split_last().unwrap();
                let is_or = *op == BoolOp::Or;
                if is_or == when {
                    for value in rest {
                        self.jump_if(value, when, label)?;
                    }
                    self.jump_if(last, when, label)
                } else {
                    let skip = self.label();
                    for value in rest {
                        self.jump_if(value, !when, skip)?;
                    }
                    self.jump_if(last, when, label)?;
                    self.bind(skip);
                    Ok(())
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1
                && matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
            {
                self.expr(left)?;
                let is_none = (ops[0] == CmpOp::Is) == when;
                self.with_span(test.span, |c| {
                    if is_none {
                        c.jump(Instr::PopJumpIfNone, label)
                    } else {
                        c.jump(Instr::PopJumpIfNotNone, label)
                    }
                });
                Ok(())
            }
            _ => {
                self.expr(test)?;
                self.with_span(test.span, |c| {
                    if when {
                        c.jump(Instr::PopJumpIfTrue, label)
                    } else {
                        c.jump(Instr::PopJumpIfFalse, label)
                    }
                });
                Ok(())
            }
        }
    }

    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Result {
        let plain = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if let ExprKind::Attribute { value, attr, .. } = &func.kind
            && plain
        {
            self.expr(value)?;
            let i = self.code().add_name(&attr.name);
            self.with_span(func.span, |c| c.emit(Instr::LoadMethod(i)));
            return self.call_args(args, keywords, 0);
        }
        match &func.kind {
            ExprKind::Name { id, .. } => match self.name_op(id) {
                NameOp::Global(i) => {
                    self.with_span(func.span, |c| c.emit(Instr::LoadGlobal(i, true)))
                }
                _ => {
                    self.emit(Instr::PushNull);
                    self.expr(func)?;
                }
            },
            _ => {
                self.emit(Instr::PushNull);
                self.expr(func)?;
            }
        }
        self.call_args(args, keywords, 0)
    }

    /// Pushes the arguments and emits the call; `extra` positional arguments are already on the
    /// stack above the callable (a class's body function and name).
    fn call_args(&mut self, args: &[Expr], keywords: &[Keyword], extra: u32) -> Result {
        let plain = !has_starred(args) && keywords.iter().all(|k| k.arg.is_some());
        if plain {
            self.exprs(args)?;
            let mut names = Vec::new();
            for keyword in keywords {
                self.expr(&keyword.value)?;
                names.push(Const::Str(Rc::from(
                    keyword.arg.as_ref().unwrap().name.as_str(),
                )));
            }
            if !names.is_empty() {
                let i = self.code().add_const(Const::Tuple(names));
                self.emit(Instr::KwNames(i));
            }
            self.emit(Instr::Call(extra + (args.len() + keywords.len()) as u32));
            return Ok(());
        }
        // The general form: a tuple of positional arguments and a dict of keyword ones. A lone
        // `*args` is passed as it is; CALL_FUNCTION_EX makes it a tuple.
        if let ([arg], 0) = (args, extra)
            && let ExprKind::Starred { value, .. } = &arg.kind
        {
            self.expr(value)?;
            return self.call_keywords(keywords);
        }
        self.emit(Instr::BuildList(extra));
        for arg in args {
            match &arg.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(arg)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        self.call_keywords(keywords)
    }

    /// The keyword part of CALL_FUNCTION_EX: a dict built from `name=value` and `**mapping`.
    fn call_keywords(&mut self, keywords: &[Keyword]) -> Result {
        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for keyword in keywords {
            match &keyword.arg {
                Some(name) => {
                    self.load_const(Const::Str(Rc::from(name.name.as_str())));
                    self.expr(&keyword.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&keyword.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx(1));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comp,
        generators: &[Comprehension],
    ) -> Result {
        let scope = self
            .table
            .scope_of(e.span)
            .expect("the symbol table opened a scope for every comprehension");
        let qualname = self.qualname(name);
        self.enter(
            scope,
            (Rc::from(name), qualname),
            &[".0".to_string()],
            e.span,
            self.line(e.span),
        );
        self.emit_prologue();
        match kind {
            Comp::List(_) => self.emit(Instr::BuildList(0)),
            Comp::Set(_) => self.emit(Instr::BuildSet(0)),
            Comp::Dict(..) => self.emit(Instr::BuildMap(0)),
            Comp::Gen(_) => {}
        }
        self.comprehension_loop(&kind, generators, 0)?;
        if let Comp::Gen(_) = kind {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.leave(0, 1, 0, 0);
        self.code().span = e.span;
        self.make_function(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(0));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: &Comp,
        generators: &[Comprehension],
        i: usize,
    ) -> Result {
        let generator = &generators[i];
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&generator.iter)?;
            self.emit(Instr::GetIter);
        }
        let top = self.label();
        let done = self.label();
        self.bind(top);
        self.jump(Instr::ForIter, done);
        self.store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, top)?;
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(kind, generators, i + 1)?;
        } else {
            // The collection sits below one iterator per nested loop.
            let depth = generators.len() as u32 + 1;
            match kind {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                Comp::Dict(key, value) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Instr::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Resume(1));
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.jump(Instr::JumpBackward, top);
        self.bind(done);
        Ok(())
    }
}

enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(Rc::from(s.as_str())),
        _ => None,
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Str(s) => Const::Str(Rc::from(s.as_str())),
        Constant::Bytes(b) => Const::Bytes(Rc::from(b.as_slice())),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// A tuple display of constants is itself a constant, as CPython's optimiser folds it.
fn fold_constants(elts: &[Expr]) -> Option<Const> {
    elts.iter()
        .map(|e| match &e.kind {
            ExprKind::Constant(c) => Some(constant(c)),
            ExprKind::Tuple { elts, .. } => fold_constants(elts),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .map(Const::Tuple)
}

fn binary_op(op: BinOp) -> BinaryOp {
    match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Subtract,
        BinOp::Mult => BinaryOp::Multiply,
        BinOp::MatMult => BinaryOp::MatrixMultiply,
        BinOp::Div => BinaryOp::TrueDivide,
        BinOp::Mod => BinaryOp::Remainder,
        BinOp::Pow => BinaryOp::Power,
        BinOp::LShift => BinaryOp::Lshift,
        BinOp::RShift => BinaryOp::Rshift,
        BinOp::BitOr => BinaryOp::Or,
        BinOp::BitXor => BinaryOp::Xor,
        BinOp::BitAnd => BinaryOp::And,
        BinOp::FloorDiv => BinaryOp::FloorDivide,
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::CompareOp(CompareOp::Eq),
        CmpOp::NotEq => Instr::CompareOp(CompareOp::Ne),
        CmpOp::Lt => Instr::CompareOp(CompareOp::Lt),
        CmpOp::LtE => Instr::CompareOp(CompareOp::Le),
        CmpOp::Gt => Instr::CompareOp(CompareOp::Gt),
        CmpOp::GtE => Instr::CompareOp(CompareOp::Ge),
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
    }
}
