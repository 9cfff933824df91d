//! The checks CPython's compiler makes on a parsed module before it emits code: where `await`,
//! `yield`, `return`, `break`, `continue`, `async with`/`async for` and starred expressions may
//! appear, and the `from __future__` rules. Messages are CPython 3.11's (Python/compile.c).
//!
//! They run after the symbol table (compile/scope.rs), as CPython's compiler runs after symtable.c,
//! and read from it which functions are generators and which comprehensions are asynchronous.

use super::scope::SymbolTable;
use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

/// Runs every check on `module`; the first error found in source order is returned.
pub fn check_module(module: &Module, table: &SymbolTable) -> Result<(), SyntaxError> {
    check_future_imports(&module.body)?;
    let mut checker = Checker {
        table,
        scope: Scope::Module,
        in_loop: false,
    };
    checker.stmts(&module.body)
}

/// What kind of code block the walker is in; it decides what `await`, `yield` and `return` mean.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function { is_async: bool, is_generator: bool },
    Lambda,
    Comprehension,
}

struct Checker<'t> {
    table: &'t SymbolTable,
    scope: Scope,
    in_loop: bool,
}

fn err<T>(message: impl Into<String>, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(message, span))
}

const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether the module's `from __future__` imports (which the checks keep first) name `feature`.
pub fn imports_future(body: &[Stmt], feature: &str) -> bool {
    body.iter().any(|stmt| {
        matches!(&stmt.kind, StmtKind::ImportFrom { module: Some(module), names, level: 0 }
            if module.name == "__future__"
                && names.iter().any(|alias| alias.name.name == feature))
    })
}

/// `from __future__ import x` must come first (after a docstring) and name a known feature.
fn check_future_imports(body: &[Stmt]) -> Result<(), SyntaxError> {
    let mut at_beginning = true;
    for (i, stmt) in body.iter().enumerate() {
        let is_docstring = i == 0
            && matches!(
                &stmt.kind,
                StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(_)),
                    ..
                })
            );
        match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } if module.name == "__future__" => {
                if !at_beginning {
                    return err(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.span,
                    );
                }
                for alias in names {
                    match alias.name.name.as_str() {
                        "braces" => return err("not a chance", alias.name.span),
                        name if FUTURE_FEATURES.contains(&name) => {}
                        name => {
                            return err(
                                format!("future feature {name} is not defined"),
                                alias.name.span,
                            );
                        }
                    }
                }
            }
            _ if is_docstring => {}
            _ => at_beginning = false,
        }
    }
    Ok(())
}

impl Checker<'_> {
    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// The symbol table's scope for the function, class or comprehension at `span`.
    fn opened_by(&self, span: Span) -> &super::scope::Scope {
        let id = self
            .table
            .scope_of(span)
            .expect("the symbol table has every scope");
        &self.table.scopes[id]
    }

    fn in_function(&self) -> bool {
        matches!(
            self.scope,
            Scope::Function { .. } | Scope::Lambda | Scope::Comprehension
        )
    }

    fn in_async_function(&self) -> bool {
        matches!(self.scope, Scope::Function { is_async: true, .. })
    }

    /// Runs `f` in a new scope, where loops from outside do not count.
    fn nested<T>(
        &mut self,
        scope: Scope,
        f: impl FnOnce(&mut Self) -> Result<T, SyntaxError>,
    ) -> Result<T, SyntaxError> {
        let saved = (self.scope, self.in_loop);
        self.scope = scope;
        self.in_loop = false;
        let result = f(self);
        (self.scope, self.in_loop) = saved;
        result
    }

    fn loop_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        let saved = self.in_loop;
        self.in_loop = true;
        let result = self.stmts(body);
        self.in_loop = saved;
        result
    }

    fn arguments(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for arg in args.params() {
            if arg.name.name == "__debug__" {
                return err("cannot assign to __debug__", arg.name.span);
            }
        }
        args.exprs().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.arguments(&def.args)?;
                def.returns.iter().try_for_each(|r| self.expr(r))?;
                let scope = Scope::Function {
                    is_async: def.is_async,
                    is_generator: self.opened_by(stmt.span).is_generator,
                };
                self.nested(scope, |c| c.stmts(&def.body))
            }
            StmtKind::ClassDef(class) => {
                class.decorators.iter().try_for_each(|d| self.expr(d))?;
                class
                    .bases
                    .iter()
                    .try_for_each(|b| self.expr_or_starred(b))?;
                class
                    .keywords
                    .iter()
                    .try_for_each(|k| self.expr(&k.value))?;
                self.nested(Scope::Class, |c| c.stmts(&class.body))
            }
            StmtKind::Return(value) => {
                if !matches!(self.scope, Scope::Function { .. }) {
                    return err("'return' outside function", stmt.span);
                }
                if value.is_some()
                    && self.scope
                        == (Scope::Function {
                            is_async: true,
                            is_generator: true,
                        })
                {
                    return err("'return' with value in async generator", stmt.span);
                }
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t))?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.target(target)?;
                self.expr(annotation)?;
                value.iter().try_for_each(|v| self.expr(v))
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async && !self.in_async_function() {
                    return err("'async for' outside async function", stmt.span);
                }
                self.target(target)?;
                self.expr(iter)?;
                self.loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.loop_body(body)?;
                self.stmts(orelse)
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.in_async_function() {
                    return err("'async with' outside async function", stmt.span);
                }
                for item in items {
                    self.expr(&item.context_expr)?;
                    item.optional_vars.iter().try_for_each(|v| self.target(v))?;
                }
                self.stmts(body)
            }
            StmtKind::Break if !self.in_loop => err("'break' outside loop", stmt.span),
            StmtKind::Continue if !self.in_loop => {
                err("'continue' not properly in loop", stmt.span)
            }
            // The rest hold no targets or loops: check their parts in order.
            _ => Node::Stmt(stmt).try_for_each_child(|n| self.node(n)),
        }
    }

    fn node(&mut self, node: Node) -> Result<(), SyntaxError> {
        match node {
            Node::Stmt(s) => self.stmt(s),
            Node::Expr(e) => self.expr(e),
        }
    }

    /// An assignment or deletion target: starred parts are allowed, `__debug__` is not.
    fn target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name { id, .. } if id == "__debug__" => {
                err("cannot assign to __debug__", target.span)
            }
            ExprKind::Starred { value, .. } => self.target(value),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                // UNPACK_EX packs the counts before and after the star in one argument.
                if let Some(star) = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }))
                    && (star >= 1 << 8 || elts.len() - star > (i32::MAX >> 8) as usize)
                {
                    return err(
                        "too many expressions in star-unpacking assignment",
                        target.span,
                    );
                }
                elts.iter().try_for_each(|e| self.target(e))
            }
            _ => self.expr(target),
        }
    }

    /// An element of a display or a call argument, where `*x` unpacks.
    fn expr_or_starred(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Starred { value, .. } => self.expr(value),
            _ => self.expr(e),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Starred { .. } => err("can't use starred expression here", e.span),
            ExprKind::Await(value) => {
                match self.scope {
                    Scope::Module | Scope::Class => return err("'await' outside function", e.span),
                    Scope::Function {
                        is_async: false, ..
                    }
                    | Scope::Lambda => {
                        return err("'await' outside async function", e.span);
                    }
                    _ => {}
                }
                self.expr(value)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if !self.in_function() {
                    return err("'yield' outside function", e.span);
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) && self.in_async_function() {
                    return err("'yield from' inside async function", e.span);
                }
                Node::Expr(e).try_for_each_child(|n| self.node(n))
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args)?;
                self.nested(Scope::Lambda, |c| c.expr(body))
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } | ExprKind::Set(elts) => {
                elts.iter().try_for_each(|x| self.expr_or_starred(x))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr_or_starred(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, &[elt], generators, false)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, &[elt], generators, false)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, &[key, value], generators, false),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, &[elt], generators, true)
            }
            _ => Node::Expr(e).try_for_each_child(|n| self.node(n)),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        elts: &[&Expr],
        generators: &[Comprehension],
        is_genexp: bool,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        if !is_genexp
            && self.opened_by(e.span).is_coroutine
            && !self.in_async_function()
            && self.scope != Scope::Comprehension
        {
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        self.nested(Scope::Comprehension, |c| {
            for (i, g) in generators.iter().enumerate() {
                c.target(&g.target)?;
                if i > 0 {
                    c.expr(&g.iter)?;
                }
                g.ifs.iter().try_for_each(|x| c.expr(x))?;
            }
            elts.iter().try_for_each(|x| c.expr(x))
        })
    }
}
