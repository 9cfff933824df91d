//! The SyntaxWarnings CPython 3.11's compiler emits for code that is valid but almost certainly
//! wrong: `is` with a literal, calling or subscripting a literal ("perhaps you missed a
//! comma?"), and asserting a non-empty tuple. Python prints them on stderr before running.

use crate::syntax::ast::*;

/// A warning about one line of the program.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileWarning {
    pub line: usize,
    pub category: &'static str,
    pub message: String,
}

/// The type a literal expression is known to have, by CPython's name (its `infer_type`).
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Constant(c) => match c {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Ellipsis => "ellipsis",
        },
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        _ => return None,
    })
}

/// Whether `e` is a constant once CPython's optimiser has folded it (tuples of constants
/// included), and not one of the singletons `is` is meant for.
fn is_literal_for_is(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => {
            !matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis)
        }
        ExprKind::Tuple { elts, .. } => elts.iter().all(is_constant),
        _ => false,
    }
}

fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::Tuple { elts, .. } => elts.iter().all(is_constant),
        _ => false,
    }
}

/// The warning for an expression about to be compiled, if CPython gives one.
pub fn check_expr(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut left = &**left;
            for (op, right) in ops.iter().zip(comparators) {
                if matches!(op, CmpOp::Is | CmpOp::IsNot)
                    && (is_literal_for_is(left) || is_literal_for_is(right))
                {
                    return Some(if *op == CmpOp::Is {
                        r#""is" with a literal. Did you mean "=="?"#.to_string()
                    } else {
                        r#""is not" with a literal. Did you mean "!="?"#.to_string()
                    });
                }
                left = right;
            }
            None
        }
        ExprKind::Call { func, .. } => {
            let literal = matches!(
                &func.kind,
                ExprKind::Constant(_)
                    | ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::ListComp { .. }
                    | ExprKind::Dict { .. }
                    | ExprKind::DictComp { .. }
                    | ExprKind::Set(_)
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            );
            literal.then(|| {
                format!(
                    "'{}' object is not callable; perhaps you missed a comma?",
                    literal_type(func).unwrap_or("object")
                )
            })
        }
        ExprKind::Subscript { value, slice, .. } => {
            let not_subscriptable = match &value.kind {
                ExprKind::Constant(c) => !matches!(c, Constant::Str(_) | Constant::Bytes(_)),
                ExprKind::Set(_)
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Lambda { .. } => true,
                _ => false,
            };
            if not_subscriptable {
                return Some(format!(
                    "'{}' object is not subscriptable; perhaps you missed a comma?",
                    literal_type(value).unwrap_or("object")
                ));
            }
            let index_type = literal_type(slice)?;
            if matches!(index_type, "int" | "bool") {
                return None;
            }
            let indexable = matches!(
                value.kind,
                ExprKind::Constant(Constant::Str(_) | Constant::Bytes(_))
                    | ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::ListComp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            );
            indexable.then(|| {
                format!(
                    "{} indices must be integers or slices, not {index_type}; perhaps you missed a comma?",
                    literal_type(value).unwrap_or("object")
                )
            })
        }
        _ => None,
    }
}

/// The warning for `assert (test, message)`, which always passes.
pub fn check_assert(test: &Expr) -> Option<String> {
    matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty())
        .then(|| "assertion is always true, perhaps remove parentheses?".to_string())
}
