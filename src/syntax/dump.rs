//! `tandem ast`: prints a module exactly as CPython's `ast.dump(tree, indent=2)` does, so learners
//! can compare with Python's own `ast` module and the tests can use CPython as the oracle.
//!
//! The AST is first turned into a generic [`Value`] tree (node name, fields), then laid out with
//! the rules of Lib/ast.py's `dump`: a node whose fields are all simple and at most three goes on
//! one line; otherwise each field goes on its own line; optional fields that are None are left out.

use super::ast::*;
use super::literal::{repr_bytes, repr_float, repr_str};

/// Renders `module` like `ast.dump(module, indent=2)`.
pub fn dump_module(module: &Module) -> String {
    let tree = node(
        "Module",
        vec![
            ("body", stmts(&module.body)),
            ("type_ignores", Value::List(vec![])),
        ],
    );
    format(&tree, 0).0
}

enum Value {
    Node(&'static str, Vec<(&'static str, Value)>),
    List(Vec<Value>),
    /// A Python repr: a string, a number, `None`.
    Repr(String),
    /// An optional field that is None; `ast.dump` leaves it out.
    Absent,
}

fn node(name: &'static str, fields: Vec<(&'static str, Value)>) -> Value {
    Value::Node(name, fields)
}

fn format(value: &Value, level: usize) -> (String, bool) {
    let level = level + 1;
    let prefix = format!("\n{}", "  ".repeat(level));
    let sep = format!(",\n{}", "  ".repeat(level));
    match value {
        Value::Node(name, fields) => {
            let mut args = Vec::new();
            let mut all_simple = true;
            for (field, v) in fields {
                if matches!(v, Value::Absent) {
                    continue;
                }
                let (text, simple) = format(v, level);
                all_simple &= simple;
                args.push(format!("{field}={text}"));
            }
            if all_simple && args.len() <= 3 {
                (format!("{name}({})", args.join(", ")), args.is_empty())
            } else {
                (format!("{name}({prefix}{})", args.join(&sep)), false)
            }
        }
        Value::List(items) if items.is_empty() => ("[]".into(), true),
        Value::List(items) => {
            let items: Vec<String> = items.iter().map(|v| format(v, level).0).collect();
            (format!("[{prefix}{}]", items.join(&sep)), false)
        }
        Value::Repr(text) => (text.clone(), true),
        Value::Absent => ("None".into(), true),
    }
}

fn repr(text: impl Into<String>) -> Value {
    Value::Repr(text.into())
}

fn ident(i: &Ident) -> Value {
    repr(repr_str(&i.name))
}

fn optional<T>(v: &Option<T>, f: impl Fn(&T) -> Value) -> Value {
    v.as_ref().map_or(Value::Absent, f)
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::List(items.iter().map(f).collect())
}

fn flag(b: bool) -> Value {
    repr(if b { "1" } else { "0" })
}

fn stmts(body: &[Stmt]) -> Value {
    list(body, stmt)
}

fn stmt(s: &Stmt) -> Value {
    match &s.kind {
        StmtKind::FunctionDef(def) => node(
            if def.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            vec![
                ("name", ident(&def.name)),
                ("args", arguments(&def.args)),
                ("body", stmts(&def.body)),
                ("decorator_list", list(&def.decorators, expr)),
                ("returns", optional(&def.returns, expr)),
            ],
        ),
        StmtKind::ClassDef(class) => node(
            "ClassDef",
            vec![
                ("name", ident(&class.name)),
                ("bases", list(&class.bases, expr)),
                ("keywords", list(&class.keywords, keyword)),
                ("body", stmts(&class.body)),
                ("decorator_list", list(&class.decorators, expr)),
            ],
        ),
        StmtKind::Return(v) => node("Return", vec![("value", optional(v, expr))]),
        StmtKind::Delete(targets) => node("Delete", vec![("targets", list(targets, expr))]),
        StmtKind::Assign { targets, value } => node(
            "Assign",
            vec![("targets", list(targets, expr)), ("value", expr(value))],
        ),
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            vec![
                ("target", expr(target)),
                ("op", bin_op(*op)),
                ("value", expr(value)),
            ],
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => node(
            "AnnAssign",
            vec![
                ("target", expr(target)),
                ("annotation", expr(annotation)),
                ("value", optional(value, expr)),
                ("simple", flag(*simple)),
            ],
        ),
        StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        } => node(
            if *is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", expr(target)),
                ("iter", expr(iter)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::While { test, body, orelse } => node(
            "While",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::If { test, body, orelse } => node(
            "If",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::With {
            is_async,
            items,
            body,
        } => node(
            if *is_async { "AsyncWith" } else { "With" },
            vec![
                (
                    "items",
                    list(items, |i| {
                        node(
                            "withitem",
                            vec![
                                ("context_expr", expr(&i.context_expr)),
                                ("optional_vars", optional(&i.optional_vars, expr)),
                            ],
                        )
                    }),
                ),
                ("body", stmts(body)),
            ],
        ),
        StmtKind::Raise { exc, cause } => node(
            "Raise",
            vec![
                ("exc", optional(exc, expr)),
                ("cause", optional(cause, expr)),
            ],
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => node(
            "Try",
            vec![
                ("body", stmts(body)),
                (
                    "handlers",
                    list(handlers, |h| {
                        node(
                            "ExceptHandler",
                            vec![
                                ("type", optional(&h.typ, expr)),
                                ("name", optional(&h.name, ident)),
                                ("body", stmts(&h.body)),
                            ],
                        )
                    }),
                ),
                ("orelse", stmts(orelse)),
                ("finalbody", stmts(finalbody)),
            ],
        ),
        StmtKind::Assert { test, msg } => node(
            "Assert",
            vec![("test", expr(test)), ("msg", optional(msg, expr))],
        ),
        StmtKind::Import(names) => node("Import", vec![("names", list(names, alias))]),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => node(
            "ImportFrom",
            vec![
                ("module", optional(module, ident)),
                ("names", list(names, alias)),
                ("level", repr(level.to_string())),
            ],
        ),
        StmtKind::Global(names) => node("Global", vec![("names", list(names, ident))]),
        StmtKind::Nonlocal(names) => node("Nonlocal", vec![("names", list(names, ident))]),
        StmtKind::Expr(e) => node("Expr", vec![("value", expr(e))]),
        StmtKind::Pass => node("Pass", vec![]),
        StmtKind::Break => node("Break", vec![]),
        StmtKind::Continue => node("Continue", vec![]),
    }
}

fn alias(a: &Alias) -> Value {
    node(
        "alias",
        vec![
            ("name", ident(&a.name)),
            ("asname", optional(&a.asname, ident)),
        ],
    )
}

fn keyword(k: &Keyword) -> Value {
    node(
        "keyword",
        vec![("arg", optional(&k.arg, ident)), ("value", expr(&k.value))],
    )
}

fn arg(a: &Arg) -> Value {
    node(
        "arg",
        vec![
            ("arg", ident(&a.name)),
            ("annotation", optional(&a.annotation, expr)),
        ],
    )
}

fn arguments(a: &Arguments) -> Value {
    node(
        "arguments",
        vec![
            ("posonlyargs", list(&a.posonlyargs, arg)),
            ("args", list(&a.args, arg)),
            ("vararg", optional(&a.vararg, arg)),
            ("kwonlyargs", list(&a.kwonlyargs, arg)),
            (
                "kw_defaults",
                list(&a.kw_defaults, |d| d.as_ref().map_or(repr("None"), expr)),
            ),
            ("kwarg", optional(&a.kwarg, arg)),
            ("defaults", list(&a.defaults, expr)),
        ],
    )
}

fn comprehensions(generators: &[Comprehension]) -> Value {
    list(generators, |g| {
        node(
            "comprehension",
            vec![
                ("target", expr(&g.target)),
                ("iter", expr(&g.iter)),
                ("ifs", list(&g.ifs, expr)),
                ("is_async", flag(g.is_async)),
            ],
        )
    })
}

fn ctx(c: Ctx) -> Value {
    node(
        match c {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        },
        vec![],
    )
}

fn bin_op(op: BinOp) -> Value {
    let name = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    };
    node(name, vec![])
}

fn cmp_op(op: &CmpOp) -> Value {
    let name = match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    };
    node(name, vec![])
}

fn constant(c: &Constant) -> Value {
    repr(match c {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(x) => repr_float(*x),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Ellipsis => "Ellipsis".to_string(),
    })
}

fn expr(e: &Expr) -> Value {
    match &e.kind {
        ExprKind::BoolOp { op, values } => node(
            "BoolOp",
            vec![
                (
                    "op",
                    node(
                        match op {
                            BoolOp::And => "And",
                            BoolOp::Or => "Or",
                        },
                        vec![],
                    ),
                ),
                ("values", list(values, expr)),
            ],
        ),
        ExprKind::NamedExpr { target, value } => node(
            "NamedExpr",
            vec![("target", expr(target)), ("value", expr(value))],
        ),
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            vec![
                ("left", expr(left)),
                ("op", bin_op(*op)),
                ("right", expr(right)),
            ],
        ),
        ExprKind::UnaryOp { op, operand } => node(
            "UnaryOp",
            vec![
                (
                    "op",
                    node(
                        match op {
                            UnaryOp::Invert => "Invert",
                            UnaryOp::Not => "Not",
                            UnaryOp::UAdd => "UAdd",
                            UnaryOp::USub => "USub",
                        },
                        vec![],
                    ),
                ),
                ("operand", expr(operand)),
            ],
        ),
        ExprKind::Lambda { args, body } => node(
            "Lambda",
            vec![("args", arguments(args)), ("body", expr(body))],
        ),
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            vec![
                ("test", expr(test)),
                ("body", expr(body)),
                ("orelse", expr(orelse)),
            ],
        ),
        ExprKind::Dict { keys, values } => node(
            "Dict",
            vec![
                (
                    "keys",
                    list(keys, |k| k.as_ref().map_or(repr("None"), expr)),
                ),
                ("values", list(values, expr)),
            ],
        ),
        ExprKind::Set(elts) => node("Set", vec![("elts", list(elts, expr))]),
        ExprKind::ListComp { elt, generators } => node(
            "ListComp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
        ),
        ExprKind::SetComp { elt, generators } => node(
            "SetComp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
        ),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => node(
            "DictComp",
            vec![
                ("key", expr(key)),
                ("value", expr(value)),
                ("generators", comprehensions(generators)),
            ],
        ),
        ExprKind::GeneratorExp { elt, generators } => node(
            "GeneratorExp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
        ),
        ExprKind::Await(v) => node("Await", vec![("value", expr(v))]),
        ExprKind::Yield(v) => node("Yield", vec![("value", optional(v, |e| expr(e)))]),
        ExprKind::YieldFrom(v) => node("YieldFrom", vec![("value", expr(v))]),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => node(
            "Compare",
            vec![
                ("left", expr(left)),
                ("ops", list(ops, cmp_op)),
                ("comparators", list(comparators, expr)),
            ],
        ),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => node(
            "Call",
            vec![
                ("func", expr(func)),
                ("args", list(args, expr)),
                ("keywords", list(keywords, keyword)),
            ],
        ),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let conversion = match conversion {
                Conversion::None => -1,
                Conversion::Str => 's' as i32,
                Conversion::Repr => 'r' as i32,
                Conversion::Ascii => 'a' as i32,
            };
            node(
                "FormattedValue",
                vec![
                    ("value", expr(value)),
                    ("conversion", repr(conversion.to_string())),
                    ("format_spec", optional(format_spec, |e| expr(e))),
                ],
            )
        }
        ExprKind::JoinedStr(values) => node("JoinedStr", vec![("values", list(values, expr))]),
        ExprKind::Constant(c) => node("Constant", vec![("value", constant(c))]),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => node(
            "Attribute",
            vec![
                ("value", expr(value)),
                ("attr", ident(attr)),
                ("ctx", ctx(*c)),
            ],
        ),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => node(
            "Subscript",
            vec![
                ("value", expr(value)),
                ("slice", expr(slice)),
                ("ctx", ctx(*c)),
            ],
        ),
        ExprKind::Starred { value, ctx: c } => {
            node("Starred", vec![("value", expr(value)), ("ctx", ctx(*c))])
        }
        ExprKind::Name { id, ctx: c } => {
            node("Name", vec![("id", repr(repr_str(id))), ("ctx", ctx(*c))])
        }
        ExprKind::List { elts, ctx: c } => {
            node("List", vec![("elts", list(elts, expr)), ("ctx", ctx(*c))])
        }
        ExprKind::Tuple { elts, ctx: c } => {
            node("Tuple", vec![("elts", list(elts, expr)), ("ctx", ctx(*c))])
        }
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            vec![
                ("lower", optional(lower, |e| expr(e))),
                ("upper", optional(upper, |e| expr(e))),
                ("step", optional(step, |e| expr(e))),
            ],
        ),
    }
}
