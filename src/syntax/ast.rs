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
