//! The abstract syntax tree, shaped like CPython's `ast` module so that `tandem ast` can be checked
//! against `ast.dump` and a learner can look every node up in the Python docs.
//!
//! Every node carries the [`Span`] of the source it came from.

use num_bigint::BigInt;

pub use super::source::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        /// True for a bare name target, as CPython's `simple=1`.
        simple: bool,
    },
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A name as written in the source, with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `None` keys are `**mapping` entries.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: String,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// Whether an expression is read, assigned or deleted (CPython's `expr_context`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

/// The `!r`, `!s`, `!a` of a replacement field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A parameter list, grouped as CPython's `ast.arguments`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only parameter; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters (positional-only ones included).
    pub defaults: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: Ident,
    pub annotation: Option<Expr>,
}

/// `name=value` in a call or class header; `arg: None` is `**mapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

/// CPython's compiler recurses once per level of the tree and gives up at about this depth
/// (its recursion limit of 1000, scaled by 3), with `RecursionError` instead of a SyntaxError.
pub const MAX_TREE_DEPTH: usize = 3000;

/// A statement or an expression, for walks that visit both.
#[derive(Clone, Copy)]
pub enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

impl Node<'_> {
    pub fn span(self) -> Span {
        match self {
            Node::Stmt(s) => s.span,
            Node::Expr(e) => e.span,
        }
    }

    pub fn for_each_child(self, f: &mut dyn FnMut(Node)) {
        match self {
            Node::Stmt(s) => s.for_each_child(f),
            Node::Expr(e) => e.for_each_child(&mut |c| f(Node::Expr(c))),
        }
    }

    /// Like [`Self::for_each_child`], stopping at the first error.
    pub fn try_for_each_child<E>(self, mut f: impl FnMut(Node) -> Result<(), E>) -> Result<(), E> {
        let mut result = Ok(());
        self.for_each_child(&mut |child| {
            if result.is_ok() {
                result = f(child);
            }
        });
        result
    }
}

impl Module {
    /// Where the tree first grows deeper than [`MAX_TREE_DEPTH`], if it does. The walk stops at
    /// that depth, so it is safe on any tree.
    pub fn too_deep(&self) -> Option<Span> {
        fn walk(node: Node, depth: usize) -> Option<Span> {
            if depth > MAX_TREE_DEPTH {
                return Some(node.span());
            }
            let mut found = None;
            node.for_each_child(&mut |child| {
                if found.is_none() {
                    found = walk(child, depth + 1);
                }
            });
            found
        }
        self.body.iter().find_map(|s| walk(Node::Stmt(s), 1))
    }
}

impl Stmt {
    /// Calls `f` on each direct part of the statement: expressions and nested statements.
    pub fn for_each_child(&self, f: &mut dyn FnMut(Node)) {
        let mut e = |x: &Expr| f(Node::Expr(x));
        match &self.kind {
            StmtKind::FunctionDef(def) => {
                def.decorators.iter().for_each(&mut e);
                def.args.exprs().for_each(&mut e);
                def.returns.iter().for_each(&mut e);
                def.body.iter().for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::ClassDef(class) => {
                class.decorators.iter().for_each(&mut e);
                class.bases.iter().for_each(&mut e);
                class.keywords.iter().for_each(|k| e(&k.value));
                class.body.iter().for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::Return(v) => v.iter().for_each(e),
            StmtKind::Delete(targets) => targets.iter().for_each(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(&mut e);
                e(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                e(target);
                e(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                e(target);
                e(annotation);
                value.iter().for_each(e);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                e(target);
                e(iter);
                body.iter().chain(orelse).for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                e(test);
                body.iter().chain(orelse).for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    e(&item.context_expr);
                    item.optional_vars.iter().for_each(&mut e);
                }
                body.iter().for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(e),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                body.iter().for_each(|s| f(Node::Stmt(s)));
                for handler in handlers {
                    handler.typ.iter().for_each(|t| f(Node::Expr(t)));
                    handler.body.iter().for_each(|s| f(Node::Stmt(s)));
                }
                orelse
                    .iter()
                    .chain(finalbody)
                    .for_each(|s| f(Node::Stmt(s)));
            }
            StmtKind::Assert { test, msg } => {
                e(test);
                msg.iter().for_each(e);
            }
            StmtKind::Expr(x) => e(x),
            StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }
}

impl Arguments {
    /// Every parameter in order: positional-only, positional, `*args`, keyword-only, `**kwargs`.
    pub fn params(&self) -> impl Iterator<Item = &Arg> {
        let positional = self.posonlyargs.iter().chain(&self.args);
        positional
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg)
    }

    /// The expressions of a parameter list: defaults and annotations, evaluated at definition.
    pub fn exprs(&self) -> impl Iterator<Item = &Expr> {
        let annotations = self.params().filter_map(|a| a.annotation.as_ref());
        self.defaults
            .iter()
            .chain(self.kw_defaults.iter().flatten())
            .chain(annotations)
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Calls `f` on each direct sub-expression of `e`.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Expr)) {
        match &self.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
            ExprKind::NamedExpr { target, value } => {
                f(target);
                f(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            ExprKind::UnaryOp { operand, .. } => f(operand),
            ExprKind::Lambda { args, body } => {
                args.defaults.iter().for_each(&mut *f);
                args.kw_defaults.iter().flatten().for_each(&mut *f);
                f(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                f(test);
                f(body);
                f(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    k.iter().for_each(&mut *f);
                    f(v);
                }
            }
            ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().for_each(f)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut *f);
                }
                f(elt);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut *f);
                }
                f(key);
                f(value);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
            ExprKind::Yield(v) => v.iter().for_each(|v| f(v)),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                f(left);
                comparators.iter().for_each(f);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                f(func);
                args.iter().for_each(&mut *f);
                keywords.iter().for_each(|k| f(&k.value));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                f(value);
                format_spec.iter().for_each(|s| f(s));
            }
            ExprKind::JoinedStr(values) => values.iter().for_each(f),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
            ExprKind::Subscript { value, slice, .. } => {
                f(value);
                f(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    f(part);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        }
    }

    pub fn boxed(self) -> Box<Expr> {
        Box::new(self)
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}
