//! The parser's actions: they build AST nodes from what the grammar matched and reject, with
//! CPython's messages, what the grammar is too permissive for (assignment targets, parameter lists,
//! call arguments, literals). Kept out of grammar/ so the grammar reads as syntax only.

use lalrpop_util::ParseError;
use num_bigint::BigInt;

use super::ast::*;
use super::error::SyntaxError;
use super::fstring;
use super::literal::{self, split_string_token};
use super::token::{NumberKind, Token};

pub type ActionResult<'s, T> = Result<T, ParseError<usize, Token<'s>, SyntaxError>>;

fn fail<'s, T>(message: impl Into<String>, span: Span) -> ActionResult<'s, T> {
    Err(ParseError::User {
        error: SyntaxError::new(message, span),
    })
}

/// One item between the parentheses of a `def` or after `lambda`, before it is sorted into
/// [`Arguments`].
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(Span),
    Star(Span),
    VarArg(Arg),
    KwArg(Arg),
}

/// One item between the parentheses of a call or class header.
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesised generator expression, allowed only as the sole argument.
    Generator(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStarred(Keyword),
}

/// An identifier as CPython stores it: NFKC-normalised (PEP 3131), so `ｗｉｄｔｈ` is `width`.
pub fn identifier(text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        use unicode_normalization::UnicodeNormalization;
        text.nfkc().collect()
    }
}

pub fn tuple(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut elts = vec![first];
    elts.extend(rest);
    Expr::new(
        ExprKind::Tuple {
            elts,
            ctx: Ctx::Load,
        },
        Span::new(l, r),
    )
}

pub fn binary(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            left: left.boxed(),
            op,
            right: right.boxed(),
        },
        Span::new(l, r),
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    Expr::new(
        ExprKind::UnaryOp {
            op,
            operand: operand.boxed(),
        },
        Span::new(l, r),
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, Span::new(l, r))
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(
        ExprKind::Compare {
            left: left.boxed(),
            ops,
            comparators,
        },
        Span::new(l, r),
    )
}

pub fn named_expr(target: Ident, value: Expr, l: usize, r: usize) -> Expr {
    let target = Expr::new(
        ExprKind::Name {
            id: target.name,
            ctx: Ctx::Store,
        },
        target.span,
    );
    Expr::new(
        ExprKind::NamedExpr {
            target: target.boxed(),
            value: value.boxed(),
        },
        Span::new(l, r),
    )
}

/// Chains `elif` clauses into nested `If` statements, as CPython's AST does.
pub fn if_chain(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
    r: usize,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (start, test, body) in elifs.into_iter().rev() {
        let end = orelse
            .last()
            .map_or(body.last().map_or(start, |s| s.span.end as usize), |s| {
                s.span.end as usize
            });
        orelse = vec![Stmt::new(
            StmtKind::If { test, body, orelse },
            Span::new(start, end),
        )];
    }
    Stmt::new(StmtKind::If { test, body, orelse }, Span::new(l, r))
}

pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt, l: usize) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(def) => def.decorators = decorators,
        StmtKind::ClassDef(class) => class.decorators = decorators,
        _ => unreachable!("the grammar decorates only def and class"),
    }
    stmt.span.start = l as u32;
    stmt
}

// ---------------------------------------------------------------------------------------------
// Assignment targets

/// CPython's name for an expression in "cannot assign to X" (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of a target that cannot be assigned or deleted.
fn invalid_target(e: &Expr, ctx: Ctx) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|e| invalid_target(e, ctx))
        }
        ExprKind::Starred { value, .. } if ctx == Ctx::Store => invalid_target(value, ctx),
        _ => Some(e),
    }
}

/// Sets the context of a valid target and its parts.
fn set_ctx(e: &mut Expr, new: Ctx) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for e in elts {
                set_ctx(e, new);
            }
        }
        _ => {}
    }
}

/// Checks the starred parts of an assignment target (compile.c's unpack_helper).
fn check_starred(e: &Expr) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Starred { .. } => Err(SyntaxError::new(
            "starred assignment target must be in a list or tuple",
            e.span,
        )),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            let starred = elts
                .iter()
                .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                .count();
            if starred > 1 {
                return Err(SyntaxError::new(
                    "multiple starred expressions in assignment",
                    e.span,
                ));
            }
            for elt in elts {
                match &elt.kind {
                    ExprKind::Starred { value, .. } => check_starred(value)?,
                    _ => check_starred(elt)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Turns a parsed expression into an assignment target, or explains why it cannot be one.
pub fn store<'s>(mut target: Expr) -> ActionResult<'s, Expr> {
    if let Some(bad) = invalid_target(&target, Ctx::Store) {
        return fail(format!("cannot assign to {}", expr_name(bad)), bad.span);
    }
    check_starred(&target).map_err(|error| ParseError::User { error })?;
    set_ctx(&mut target, Ctx::Store);
    Ok(target)
}

pub fn delete<'s>(mut targets: Expr, l: usize, r: usize) -> ActionResult<'s, Stmt> {
    let bare_tuple = is_bare_tuple(&targets);
    if let Some(bad) = invalid_target(&targets, Ctx::Del) {
        return fail(format!("cannot delete {}", expr_name(bad)), bad.span);
    }
    set_ctx(&mut targets, Ctx::Del);
    let targets = match targets.kind {
        ExprKind::Tuple { elts, .. } if bare_tuple => elts,
        _ => vec![targets],
    };
    Ok(Stmt::new(StmtKind::Delete(targets), Span::new(l, r)))
}

/// A tuple written without parentheses (its span starts where its first element does).
fn is_bare_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Tuple { elts, .. } if elts.first().is_some_and(|f| f.span.start == e.span.start))
}

/// Whether CPython would read `target = value` as a mistyped comparison and add
/// "here. Maybe you meant '==' instead of '='?" (its invalid_named_expression rule).
fn looks_like_comparison(target: &Expr, bad: &Expr) -> bool {
    let last = match &target.kind {
        ExprKind::Tuple { elts, .. } if is_bare_tuple(target) => elts.last().unwrap_or(target),
        _ => target,
    };
    std::ptr::eq(last, bad)
        && !matches!(
            bad.kind,
            ExprKind::List { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::None | Constant::Bool(_))
                | ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
        )
}

pub fn assign<'s>(
    src: &str,
    first: Expr,
    rest: Vec<Expr>,
    l: usize,
    r: usize,
) -> ActionResult<'s, Stmt> {
    let mut targets = vec![first];
    targets.extend(rest);
    let value = targets.pop().expect("the grammar matched at least one '='");
    let single = targets.len() == 1;
    for target in &targets {
        let parenthesized = src[..target.span.start as usize].trim_end().ends_with('(');
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !parenthesized {
            return fail("assignment to yield expression not possible", target.span);
        }
        if let Some(bad) = invalid_target(target, Ctx::Store) {
            let mut message = format!("cannot assign to {}", expr_name(bad));
            if single && looks_like_comparison(target, bad) {
                message.push_str(" here. Maybe you meant '==' instead of '='?");
            }
            return fail(message, bad.span);
        }
    }
    let targets = targets
        .into_iter()
        .map(store)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Stmt::new(
        StmtKind::Assign { targets, value },
        Span::new(l, r),
    ))
}

pub fn aug_assign<'s>(
    mut target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> ActionResult<'s, Stmt> {
    if !matches!(
        target.kind,
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return fail(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.span,
        );
    }
    set_ctx(&mut target, Ctx::Store);
    Ok(Stmt::new(
        StmtKind::AugAssign { target, op, value },
        Span::new(l, r),
    ))
}

pub fn ann_assign<'s>(
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> ActionResult<'s, Stmt> {
    let simple = match &target.kind {
        ExprKind::Name { .. } => target.span.start as usize == l,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple { .. } => {
            return fail(
                "only single target (not tuple) can be annotated",
                target.span,
            );
        }
        ExprKind::List { .. } => {
            return fail(
                "only single target (not list) can be annotated",
                target.span,
            );
        }
        _ => return fail("illegal target for annotation", target.span),
    };
    set_ctx(&mut target, Ctx::Store);
    Ok(Stmt::new(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        Span::new(l, r),
    ))
}

// ---------------------------------------------------------------------------------------------
// Parameters and arguments

/// Sorts a parameter list into CPython's `arguments`, rejecting misplaced `/`, `*`, `**` and
/// defaults with the parser's messages.
pub fn arguments<'s>(items: Vec<ParamItem>) -> ActionResult<'s, Arguments> {
    let mut args = Arguments::default();
    let mut star_seen = false;
    let mut slash_seen = false;
    let mut default_seen = false;
    let mut bare_star: Option<Span> = None;
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if args.kwarg.is_some() {
            let span = match &item {
                ParamItem::Plain(a, _) | ParamItem::VarArg(a) | ParamItem::KwArg(a) => a.name.span,
                ParamItem::Slash(s) | ParamItem::Star(s) => *s,
            };
            return fail("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Plain(arg, default) => {
                if star_seen {
                    bare_star = None;
                    args.kw_defaults.push(default);
                    args.kwonlyargs.push(arg);
                } else {
                    match default {
                        Some(d) => {
                            default_seen = true;
                            args.defaults.push(d);
                        }
                        None if default_seen => {
                            return fail(
                                "non-default argument follows default argument",
                                arg.name.span,
                            );
                        }
                        None => {}
                    }
                    args.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                if star_seen {
                    return fail("/ must be ahead of *", span);
                }
                if slash_seen {
                    return fail("/ may appear only once", span);
                }
                if args.args.is_empty() {
                    return fail("invalid syntax", span);
                }
                slash_seen = true;
                args.posonlyargs = std::mem::take(&mut args.args);
            }
            ParamItem::Star(span)
            | ParamItem::VarArg(Arg {
                name: Ident { span, .. },
                ..
            }) if star_seen => {
                return fail("* argument may appear only once", span);
            }
            ParamItem::Star(span) => {
                star_seen = true;
                if i + 1 == n {
                    return fail("named arguments must follow bare *", span);
                }
                bare_star = Some(span);
            }
            ParamItem::VarArg(arg) => {
                star_seen = true;
                args.vararg = Some(arg);
            }
            ParamItem::KwArg(arg) => {
                if let Some(span) = bare_star {
                    return fail("named arguments must follow bare *", span);
                }
                args.kwarg = Some(arg);
            }
        }
    }
    Ok(args)
}

/// Splits call arguments into positional and keyword ones, in CPython's order rules.
pub fn call_arguments<'s>(items: Vec<ArgItem>) -> ActionResult<'s, (Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let single = items.len() == 1;
    let mut keyword_seen = false;
    let mut double_star_seen = false;
    for item in items {
        match item {
            ArgItem::Generator(e) if !single => {
                return fail("Generator expression must be parenthesized", e.span);
            }
            ArgItem::Positional(e) | ArgItem::Generator(e) => {
                if double_star_seen {
                    return fail(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    );
                }
                if keyword_seen {
                    return fail("positional argument follows keyword argument", e.span);
                }
                args.push(e);
            }
            ArgItem::Starred(e) => {
                if double_star_seen {
                    return fail(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    );
                }
                args.push(e);
            }
            ArgItem::Keyword(k) => {
                let name = &k.arg.as_ref().expect("keyword items have names").name;
                if keywords
                    .iter()
                    .any(|other| other.arg.as_ref().is_some_and(|a| &a.name == name))
                {
                    return fail(format!("keyword argument repeated: {name}"), k.span);
                }
                keyword_seen = true;
                keywords.push(k);
            }
            ArgItem::DoubleStarred(k) => {
                double_star_seen = true;
                keywords.push(k);
            }
        }
    }
    Ok((args, keywords))
}

pub fn call<'s>(func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> ActionResult<'s, Expr> {
    let (args, keywords) = call_arguments(items)?;
    Ok(Expr::new(
        ExprKind::Call {
            func: func.boxed(),
            args,
            keywords,
        },
        Span::new(l, r),
    ))
}

// ---------------------------------------------------------------------------------------------
// Displays and comprehensions

pub fn genexp(elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> Expr {
    Expr::new(
        ExprKind::GeneratorExp {
            elt: elt.boxed(),
            generators,
        },
        Span::new(l, r),
    )
}

fn no_unpacking<'s>(elt: &Expr) -> ActionResult<'s, ()> {
    if matches!(elt.kind, ExprKind::Starred { .. }) {
        return fail(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        );
    }
    Ok(())
}

pub fn list_comp<'s>(
    elt: Expr,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> ActionResult<'s, Expr> {
    no_unpacking(&elt)?;
    Ok(Expr::new(
        ExprKind::ListComp {
            elt: elt.boxed(),
            generators,
        },
        Span::new(l, r),
    ))
}

pub fn set_comp<'s>(
    elt: Expr,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> ActionResult<'s, Expr> {
    no_unpacking(&elt)?;
    Ok(Expr::new(
        ExprKind::SetComp {
            elt: elt.boxed(),
            generators,
        },
        Span::new(l, r),
    ))
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    Expr::new(ExprKind::Dict { keys, values }, Span::new(l, r))
}

// ---------------------------------------------------------------------------------------------
// Literals

pub fn number<'s>(text: &str, kind: NumberKind, span: Span) -> ActionResult<'s, Expr> {
    let digits: String = text.chars().filter(|c| *c != '_').collect();
    let constant = match kind {
        NumberKind::Int => {
            let (radix, body) = match digits.get(..2).map(str::to_ascii_lowercase).as_deref() {
                Some("0x") => (16, &digits[2..]),
                Some("0o") => (8, &digits[2..]),
                Some("0b") => (2, &digits[2..]),
                _ => (10, &digits[..]),
            };
            match BigInt::parse_bytes(body.as_bytes(), radix) {
                Some(n) => Constant::Int(n),
                None => return fail("invalid decimal literal", span),
            }
        }
        NumberKind::Float => match digits.parse::<f64>() {
            Ok(x) => Constant::Float(x),
            Err(_) => return fail("invalid decimal literal", span),
        },
        NumberKind::Imaginary => {
            return Err(ParseError::User {
                error: SyntaxError::new("complex numbers are not supported by tandem", span)
                    .with_label("imaginary literal")
                    .with_help("tandem's subset has int and float only"),
            });
        }
    };
    Ok(Expr::new(ExprKind::Constant(constant), span))
}

/// Joins adjacent string literals (`"a" 'b' f"{c}"`) into one constant or f-string.
pub fn strings<'s>(
    src: &'s str,
    parts: Vec<(usize, &'s str, usize)>,
    span: Span,
) -> ActionResult<'s, Expr> {
    let user = |error| ParseError::User { error };
    let first_is_bytes = split_string_token(parts[0].1).prefix.bytes;
    let mut bytes = Vec::new();
    let mut pieces = fstring::Pieces::default();
    for &(l, token, r) in &parts {
        let tok = split_string_token(token);
        if tok.prefix.bytes != first_is_bytes {
            return fail("cannot mix bytes and nonbytes literals", Span::new(l, r));
        }
        let body_start = l + tok.body_offset;
        let escape_error =
            |e: literal::EscapeError| user(SyntaxError::new(e.message, Span::new(l, r)));
        if tok.prefix.bytes {
            bytes.extend(literal::decode_bytes(tok.body, tok.prefix.raw).map_err(escape_error)?);
        } else if tok.prefix.format {
            fstring::parse_into(&mut pieces, src, body_start, tok.body, tok.prefix.raw)
                .map_err(user)?;
        } else if tok.prefix.raw {
            pieces.push_literal(tok.body, Span::new(l, r));
        } else {
            pieces.push_literal(
                &literal::decode_str(tok.body).map_err(escape_error)?,
                Span::new(l, r),
            );
        }
    }
    let kind = if first_is_bytes {
        ExprKind::Constant(Constant::Bytes(bytes))
    } else {
        pieces.into_expr_kind()
    };
    Ok(Expr::new(kind, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let n = |s| match number(s, NumberKind::Int, Span::default()).unwrap().kind {
            ExprKind::Constant(Constant::Int(i)) => i.to_string(),
            other => panic!("{other:?}"),
        };
        assert_eq!(n("0x_ff"), "255");
        assert_eq!(n("0o17"), "15");
        assert_eq!(n("1_000_000_000_000_000_000_000"), "1000000000000000000000");
        let f = number("1_0.5e-1", NumberKind::Float, Span::default()).unwrap();
        assert_eq!(f.kind, ExprKind::Constant(Constant::Float(1.05)));
    }
}
