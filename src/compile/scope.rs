//! The symbol table: which names each scope binds, and whether every name is local, global, free
//! (from an enclosing function) or a cell (captured by an inner function).
//!
//! Follows CPython 3.11's Python/symtable.c in two passes:
//! 1. [`Builder`] walks the AST once, in source order, creating a [`Scope`] per module, class,
//!    function, lambda and comprehension and recording how each name is used. The declaration
//!    errors (`global`/`nonlocal` after use, duplicate parameters, walrus rebinding a comprehension
//!    variable) are raised here, at the statement that breaks the rule.
//! 2. [`analyze`] resolves every name top-down, knowing what the enclosing functions bind, and
//!    raises `no binding for nonlocal 'x' found` and `name 'x' is nonlocal and global`.

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

pub type ScopeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes have fast locals and can own cells (CPython's FunctionBlock).
    fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How a name was used in a scope (CPython's DEF_* flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Uses {
    pub global: bool,
    pub nonlocal: bool,
    pub assigned: bool,
    pub param: bool,
    pub used: bool,
    pub annotated: bool,
    pub imported: bool,
    /// A comprehension's iteration variable, which `:=` may not rebind.
    pub comprehension_iter: bool,
}

impl Uses {
    fn binds(&self) -> bool {
        self.assigned || self.param || self.imported
    }
}

/// Where a name lives at run time, once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Local,
    /// A local that an inner function captures.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared with `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: looked up in globals, then builtins.
    GlobalImplicit,
}

#[derive(Debug, Clone)]
pub struct Symbol {
    pub uses: Uses,
    pub resolution: Resolution,
    /// The `global`/`nonlocal` statement that declared it, for errors found in analysis.
    pub declared_at: Option<Span>,
}

#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Names in first-use order.
    pub symbols: IndexMap<String, Symbol, FxBuildHasher>,
    /// Parameter names in order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits.
    pub is_coroutine: bool,
    /// A class whose methods use `super()` or `__class__` gets a `__class__` cell.
    pub needs_class_cell: bool,
}

/// Every scope of a module, and which AST node opened each.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<(u32, u32), ScopeId>,
}

impl SymbolTable {
    /// The scope opened by the function, lambda, class or comprehension spanning `span`.
    pub fn scope_of(&self, span: Span) -> Option<ScopeId> {
        self.by_node.get(&(span.start, span.end)).copied()
    }
}

/// Builds and resolves the symbol table of `module`.
pub fn analyze_module(module: &Module) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder {
        table: SymbolTable {
            scopes: Vec::new(),
            by_node: FxHashMap::default(),
        },
        current: 0,
    };
    builder.enter(ScopeKind::Module, "<module>", Span::default());
    builder.stmts(&module.body)?;
    let mut table = builder.table;
    analyze(&mut table, 0, &FxHashSet::default())?;
    Ok(table)
}

fn err<T>(message: String, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(message, span))
}

struct Builder {
    table: SymbolTable,
    current: ScopeId,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: Span) {
        let id = self.table.scopes.len();
        let parent = (id > 0).then_some(self.current);
        self.table.scopes.push(Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: IndexMap::default(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
        });
        if let Some(parent) = parent {
            self.table.scopes[parent].children.push(id);
        }
        self.table.by_node.insert((node.start, node.end), id);
        self.current = id;
    }

    fn exit(&mut self) {
        self.current = self.scope().parent.unwrap_or(0);
    }

    fn uses(&mut self, name: &str) -> &mut Uses {
        &mut self
            .scope()
            .symbols
            .entry(name.to_string())
            .or_insert(Symbol {
                uses: Uses::default(),
                resolution: Resolution::GlobalImplicit,
                declared_at: None,
            })
            .uses
    }

    fn lookup(&self, scope: ScopeId, name: &str) -> Uses {
        self.table.scopes[scope]
            .symbols
            .get(name)
            .map(|s| s.uses)
            .unwrap_or_default()
    }

    fn assign(&mut self, name: &str) {
        self.uses(name).assigned = true;
    }

    fn param(&mut self, arg: &Arg) -> Result<(), SyntaxError> {
        let uses = self.uses(&arg.name.name);
        if uses.param {
            return err(
                format!(
                    "duplicate argument '{}' in function definition",
                    arg.name.name
                ),
                arg.name.span,
            );
        }
        uses.param = true;
        let name = arg.name.name.clone();
        self.scope().params.push(name);
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs<'a>(&mut self, exprs: impl IntoIterator<Item = &'a Expr>) -> Result<(), SyntaxError> {
        exprs.into_iter().try_for_each(|e| self.expr(e))
    }

    /// Defaults, annotations: evaluated where the function is defined.
    fn outer_parts_of(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        self.exprs(args.exprs())
    }

    fn params_of(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        args.params().try_for_each(|arg| self.param(arg))
    }

    /// `global x` / `nonlocal x`: the name must not have been used in this scope already.
    fn declare(&mut self, names: &[Ident], span: Span, global: bool) -> Result<(), SyntaxError> {
        let what = if global { "global" } else { "nonlocal" };
        for ident in names {
            let name = &ident.name;
            let uses = self.lookup(self.current, name);
            let message = if uses.param {
                Some(format!("name '{name}' is parameter and {what}"))
            } else if uses.used {
                Some(format!("name '{name}' is used prior to {what} declaration"))
            } else if uses.annotated {
                Some(format!("annotated name '{name}' can't be {what}"))
            } else if uses.assigned {
                Some(format!(
                    "name '{name}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(message) = message {
                return err(message, span);
            }
            if !global && self.scope().kind == ScopeKind::Module {
                return err(
                    "nonlocal declaration not allowed at module level".into(),
                    span,
                );
            }
            let uses = self.uses(name);
            if global {
                uses.global = true;
            } else {
                uses.nonlocal = true;
            }
            if let Some(symbol) = self.scope().symbols.get_mut(name) {
                symbol.declared_at.get_or_insert(span);
            }
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.assign(&def.name.name);
                self.outer_parts_of(&def.args)?;
                self.exprs(&def.returns)?;
                self.exprs(&def.decorators)?;
                self.enter(ScopeKind::Function, &def.name.name, stmt.span);
                self.scope().is_coroutine = def.is_async;
                self.params_of(&def.args)?;
                self.stmts(&def.body)?;
                self.exit();
            }
            StmtKind::ClassDef(class) => {
                self.assign(&class.name.name);
                self.exprs(&class.bases)?;
                self.exprs(class.keywords.iter().map(|k| &k.value))?;
                self.exprs(&class.decorators)?;
                self.enter(ScopeKind::Class, &class.name.name, stmt.span);
                self.stmts(&class.body)?;
                self.exit();
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let uses = self.lookup(self.current, id);
                    if (uses.global || uses.nonlocal) && *simple {
                        let what = if uses.global { "global" } else { "nonlocal" };
                        return err(
                            format!("annotated name '{id}' can't be {what}"),
                            target.span,
                        );
                    }
                    if *simple {
                        self.uses(id).annotated = true;
                    }
                }
                self.expr(annotation)?;
                self.exprs(value)?;
                if value.is_some() || !matches!(target.kind, ExprKind::Name { .. }) {
                    self.expr(target)?;
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    self.assign(id);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for handler in handlers {
                    self.exprs(&handler.typ)?;
                    if let Some(name) = &handler.name {
                        self.assign(&name.name);
                    }
                    self.stmts(&handler.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Import(names) => {
                for alias in names {
                    // `import a.b` binds `a`.
                    let bound = match &alias.asname {
                        Some(asname) => asname.name.as_str(),
                        None => alias.name.name.split('.').next().unwrap_or_default(),
                    };
                    self.uses(bound).imported = true;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names.iter().filter(|a| a.name.name != "*") {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.uses(&bound.name).imported = true;
                }
            }
            StmtKind::Global(names) => self.declare(names, stmt.span, true)?,
            StmtKind::Nonlocal(names) => self.declare(names, stmt.span, false)?,
            // The rest bind nothing themselves: visit their parts in order.
            _ => Node::Stmt(stmt).try_for_each_child(|n| self.node(n))?,
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name { id, ctx } => match ctx {
                Ctx::Load => {
                    self.uses(id).used = true;
                    // CPython: a function that mentions `super` may need the `__class__` cell.
                    if id == "super" && self.scope().kind.is_function() {
                        self.uses("__class__").used = true;
                    }
                }
                Ctx::Store | Ctx::Del => self.assign(id),
            },
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.named_expr_target(id, target.span)?;
                }
            }
            ExprKind::Lambda { args, body } => {
                self.outer_parts_of(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", e.span);
                self.params_of(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", &[elt], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", &[key, value], generators)?,
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    let what = match self.scope().name.as_str() {
                        "<listcomp>" => "list comprehension",
                        "<setcomp>" => "set comprehension",
                        "<dictcomp>" => "dict comprehension",
                        _ => "generator expression",
                    };
                    return err(format!("'yield' inside {what}"), e.span);
                }
                self.scope().is_generator = true;
                self.children(e)?;
            }
            ExprKind::Await(_) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                self.children(e)?;
            }
            _ => self.children(e)?,
        }
        Ok(())
    }

    fn node(&mut self, node: Node) -> Result<(), SyntaxError> {
        match node {
            Node::Stmt(s) => self.stmt(s),
            Node::Expr(e) => self.expr(e),
        }
    }

    fn children(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        Node::Expr(e).try_for_each_child(|n| self.node(n))
    }

    /// PEP 572: `(x := v)` in a comprehension binds `x` in the nearest enclosing function or
    /// module, never in the comprehension.
    fn named_expr_target(&mut self, name: &str, span: Span) -> Result<(), SyntaxError> {
        if self.scope().kind != ScopeKind::Comprehension {
            self.assign(name);
            return Ok(());
        }
        let mut scope = self.current;
        while self.table.scopes[scope].kind == ScopeKind::Comprehension {
            if self.lookup(scope, name).comprehension_iter {
                return err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    span,
                );
            }
            scope = self.table.scopes[scope].parent.unwrap_or(0);
        }
        let target_kind = self.table.scopes[scope].kind;
        if target_kind == ScopeKind::Class {
            return err(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                span,
            );
        }
        let saved = self.current;
        self.current = scope;
        self.assign(name);
        self.current = saved;
        let uses = self.uses(name);
        if target_kind == ScopeKind::Module {
            uses.global = true;
        } else {
            uses.nonlocal = true;
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        elts: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope and passed in as `.0`.
        self.expr(&first.iter)?;
        self.enter(ScopeKind::Comprehension, name, e.span);
        self.scope().is_generator = name == "<genexpr>";
        self.uses(".0").param = true;
        self.scope().params.push(".0".into());
        for (i, generator) in generators.iter().enumerate() {
            if generator.is_async {
                self.scope().is_coroutine = true;
            }
            self.comprehension_target(&generator.target)?;
            if i > 0 {
                self.expr(&generator.iter)?;
            }
            self.exprs(&generator.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.exit();
        Ok(())
    }

    fn comprehension_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        self.expr(target)?;
        let mut names = Vec::new();
        collect_target_names(target, &mut names);
        for name in names {
            self.uses(&name).comprehension_iter = true;
        }
        Ok(())
    }
}

fn collect_target_names(target: &Expr, out: &mut Vec<String>) {
    match &target.kind {
        ExprKind::Name { id, .. } => out.push(id.clone()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().for_each(|e| collect_target_names(e, out))
        }
        ExprKind::Starred { value, .. } => collect_target_names(value, out),
        _ => {}
    }
}

/// Resolves the names of `id` and its children; returns the names free in `id` that an enclosing
/// scope must provide. `bound` holds the names bound by enclosing functions.
fn analyze(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: &FxHashSet<String>,
) -> Result<FxHashSet<String>, SyntaxError> {
    let kind = table.scopes[id].kind;
    let mut locals = FxHashSet::default();
    // ANCHOR: resolve
    for (name, symbol) in table.scopes[id].symbols.iter_mut() {
        let uses = symbol.uses;
        let at = symbol.declared_at.unwrap_or_default();
        symbol.resolution = if uses.global && uses.nonlocal {
            return err(format!("name '{name}' is nonlocal and global"), at);
        } else if uses.global {
            Resolution::GlobalExplicit
        } else if uses.nonlocal {
            if !bound.contains(name) {
                return err(format!("no binding for nonlocal '{name}' found"), at);
            }
            Resolution::Free
        } else if uses.binds() || uses.annotated {
            locals.insert(name.clone());
            Resolution::Local
        } else if bound.contains(name) && kind != ScopeKind::Module {
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
    }
    // ANCHOR_END: resolve
    // What inner scopes may see: an enclosing function's bindings, never a class's.
    let mut inner_bound = bound.clone();
    match kind {
        ScopeKind::Module => inner_bound.clear(),
        ScopeKind::Class => {
            inner_bound.insert("__class__".to_string());
        }
        _ => inner_bound.extend(locals.iter().cloned()),
    }
    for name in table.scopes[id]
        .symbols
        .iter()
        .filter(|(_, s)| s.uses.global)
        .map(|(n, _)| n.clone())
        .collect::<Vec<_>>()
    {
        inner_bound.remove(&name);
    }
    let mut child_free = FxHashSet::default();
    for child in table.scopes[id].children.clone() {
        child_free.extend(analyze(table, child, &inner_bound)?);
    }
    let scope = &mut table.scopes[id];
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        scope.needs_class_cell = true;
    }
    let mut free: FxHashSet<String> = scope
        .symbols
        .iter()
        .filter(|(_, s)| s.resolution == Resolution::Free)
        .map(|(n, _)| n.clone())
        .collect();
    for name in child_free {
        match scope.symbols.get_mut(&name) {
            Some(symbol) if kind.is_function() && symbol.resolution == Resolution::Local => {
                symbol.resolution = Resolution::Cell;
            }
            Some(symbol) if symbol.resolution == Resolution::Free => {}
            _ if kind == ScopeKind::Module => {}
            _ => {
                // Passed through on its way to an inner function (or a class body's method).
                if kind.is_function() {
                    scope.symbols.entry(name.clone()).or_insert(Symbol {
                        uses: Uses::default(),
                        resolution: Resolution::Free,
                        declared_at: None,
                    });
                }
                free.insert(name);
            }
        }
    }
    Ok(free)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{Source, parse_module};

    fn table(src: &str) -> SymbolTable {
        analyze_module(&parse_module(&Source::new("t.py", src)).unwrap()).unwrap()
    }

    fn resolution(t: &SymbolTable, scope: &str, name: &str) -> Resolution {
        let scope = t.scopes.iter().find(|s| s.name == scope).unwrap();
        scope.symbols[name].resolution
    }

    #[test]
    fn closures_get_cells_and_free_variables() {
        let t = table(
            "def outer():\n    x = 1\n    def inner():\n        return x + y\n    return inner\n",
        );
        assert_eq!(resolution(&t, "outer", "x"), Resolution::Cell);
        assert_eq!(resolution(&t, "inner", "x"), Resolution::Free);
        assert_eq!(resolution(&t, "inner", "y"), Resolution::GlobalImplicit);
    }

    #[test]
    fn class_bodies_are_not_enclosing_scopes() {
        let t = table(
            "def f():\n    class A:\n        x = 1\n        def m(self):\n            return x, super()\n",
        );
        assert_eq!(resolution(&t, "m", "x"), Resolution::GlobalImplicit);
        assert!(
            t.scopes
                .iter()
                .find(|s| s.name == "A")
                .unwrap()
                .needs_class_cell
        );
    }

    #[test]
    fn walrus_in_comprehension_binds_outside() {
        let t = table("def f():\n    [y := i for i in range(3)]\n    return y\n");
        assert_eq!(resolution(&t, "f", "y"), Resolution::Cell);
        assert_eq!(resolution(&t, "<listcomp>", "y"), Resolution::Free);
    }
}
