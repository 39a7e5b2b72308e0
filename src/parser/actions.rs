//! Helpers called from grammar actions: node construction with spans, the cover-grammar checks
//! (assignment / augmented assignment / annotation / del / for / with targets, call arguments,
//! parameters) with CPython 3.11's messages and locations, implicit string concatenation and
//! f-string assembly, and match-pattern helpers.
//!
//! Invariants: every function returns nodes whose spans are byte offsets into the file being
//! parsed; errors are `ParseError::User` carrying a `CompileError` with CPython's exact message.
//! Target validation follows `_PyPegen_get_invalid_target` / `_PyPegen_get_expr_name` in
//! CPython's `Parser/pegen.c` / `action_helpers.c`.

use crate::ast::{
    self, Arg, Arguments, BinOp, BoolOp, Comprehension, Constant, ExceptHandler, Expr, ExprKind,
    Keyword, Pattern, PatternKind, Stmt, StmtKind,
};
use crate::error::CompileError;
use crate::lexer::token::{FStringPart, Tok};
use crate::source::Span;
use lalrpop_util::ParseError;
use std::cell::{Cell, RefCell};

pub type PErr = ParseError<usize, Tok, CompileError>;

/// Per-parse context passed to every grammar action: the spans of the tokens read so far (file
/// offsets), so messages that CPython places on "the last token" can be located exactly.
#[derive(Default)]
pub struct Ctx {
    pub spans: RefCell<Vec<(u32, u32)>>,
    /// (start of an f-string token, nesting bound when it was read).
    pub fstring_depth: RefCell<Vec<(u32, u32)>>,
    /// Set when the lexer reported an error (so a `User` parse error is a lexer error).
    pub lex_failed: Cell<bool>,
    /// Start offsets of the `,` tokens read so far.
    pub commas: RefCell<Vec<u32>>,
    /// The nesting bound this parse starts at (non-zero for f-string field sub-parses).
    pub base_depth: Cell<u32>,
}

impl Ctx {
    /// The nesting bound recorded for the f-string token starting at `pos`.
    pub fn depth_at(&self, pos: u32) -> u32 {
        self.fstring_depth
            .borrow()
            .iter()
            .rev()
            .find(|e| e.0 == pos)
            .map(|e| e.1)
            .unwrap_or(0)
    }
    /// The span of the last token that ends at or before `pos`.
    pub fn token_ending_before(&self, pos: usize) -> Span {
        let spans = self.spans.borrow();
        let idx = spans.partition_point(|&(_, e)| (e as usize) <= pos);
        match idx.checked_sub(1).and_then(|i| spans.get(i)) {
            Some(&(s, e)) => Span { start: s, end: e },
            None => Span::new(pos, pos),
        }
    }
    /// Whether `span` is a one-character `,` token (spans only; the text is not kept).
    pub fn is_comma(&self, span: Span) -> bool {
        self.commas.borrow().binary_search(&span.start).is_ok()
    }
    /// The span of the first token starting at or after `pos`.
    pub fn token_at(&self, pos: usize) -> Span {
        let spans = self.spans.borrow();
        let idx = spans.partition_point(|&(s, _)| (s as usize) < pos);
        match spans.get(idx) {
            Some(&(s, e)) => Span { start: s, end: e },
            None => Span::new(pos, pos),
        }
    }
}

pub fn err(e: CompileError) -> PErr {
    ParseError::User { error: e }
}

fn syntax(msg: impl Into<String>, span: Span) -> PErr {
    err(CompileError::syntax(msg, span))
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

pub fn bin(l: usize, r: usize, a: Expr, op: BinOp, b: Expr) -> Expr {
    expr(
        l,
        r,
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
    )
}

pub fn bool_op(l: usize, r: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(l, r, ExprKind::BoolOp { op, values })
}

/// A block of statements and the end offset of its last token (after a trailing `;`).
pub struct Body {
    pub stmts: Vec<Stmt>,
    pub end: usize,
}

/// An expression list: one item without a trailing comma is itself, otherwise a tuple.
/// Returns whether a bare (unparenthesized) tuple was built.
pub fn tuple_or_single(l: usize, r: usize, mut v: Vec<Expr>, trailing: bool) -> (Expr, Form) {
    if v.len() == 1 && !trailing {
        (
            v.pop()
                .unwrap_or_else(|| expr(l, r, ExprKind::Tuple(vec![]))),
            PLAIN,
        )
    } else {
        (expr(l, r, ExprKind::Tuple(v)), BARE_TUPLE)
    }
}

pub fn paren_tuple_or_group(
    l: usize,
    r: usize,
    mut v: Vec<Expr>,
    trailing: bool,
) -> Result<Expr, PErr> {
    if v.len() == 1 && !trailing {
        let e = v
            .pop()
            .unwrap_or_else(|| expr(l, r, ExprKind::Tuple(vec![])));
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(syntax("cannot use starred expression here", e.span));
        }
        Ok(e)
    } else {
        Ok(expr(l, r, ExprKind::Tuple(v)))
    }
}

/// `a[...]`: several items (or a starred one) make a tuple.
pub fn slices(l: usize, r: usize, mut v: Vec<Expr>, trailing: bool) -> Expr {
    if v.len() == 1 && !trailing && !matches!(v[0].kind, ExprKind::Starred(_)) {
        v.pop()
            .unwrap_or_else(|| expr(l, r, ExprKind::Tuple(vec![])))
    } else {
        expr(l, r, ExprKind::Tuple(v))
    }
}

// ---------------------------------------------------------------------------------------------
// Target validation.

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Targets {
    Star,
    Del,
    For,
}

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
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
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub fn invalid_target(e: &Expr, t: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().find_map(|x| invalid_target(x, t)),
        ExprKind::Starred(inner) => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(inner, t)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if t == Targets::For {
                if ops.first() == Some(&ast::CmpOp::In) {
                    invalid_target(left, t)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn check_target(e: &Expr, t: Targets) -> Result<(), PErr> {
    match invalid_target(e, t) {
        None => Ok(()),
        Some(bad) => {
            let verb = if t == Targets::Del {
                "delete"
            } else {
                "assign to"
            };
            Err(syntax(
                format!("cannot {} {}", verb, expr_name(bad)),
                bad.span,
            ))
        }
    }
}

/// How an expression-statement operand was written: `PLAIN`, `BARE_TUPLE` (`a, b` without
/// parentheses) or `BARE_YIELD` (an unparenthesized `yield` expression).
pub type Form = u8;
pub const PLAIN: Form = 0;
pub const BARE_TUPLE: Form = 1;
pub const BARE_YIELD: Form = 2;

/// True for expressions CPython's `bitwise_or` rule produces (an operand of a comparison);
/// a walrus or yield here is always parenthesized, hence an atom.
fn is_bitwise_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
    )
}

/// The end of the leading `bitwise_or` of a compound expression `e` (one that an operator
/// follows), as CPython's `invalid_named_expression` sees it; None when `e` cannot start with
/// a bitwise_or (`not`, `lambda`, `*`).
fn leading_bitwise_end(e: &Expr) -> Option<u32> {
    match &e.kind {
        ExprKind::Compare { left, .. } => Some(left.span.end),
        ExprKind::BoolOp { values, .. } => values.first().and_then(leading_bitwise_end),
        ExprKind::IfExp { body, .. } => leading_bitwise_end(body),
        _ if is_bitwise_level(e) => Some(e.span.end),
        _ => None,
    }
}

/// Assignment `first = rest[0] = ... = value` with CPython's target errors.
pub fn assign(
    l: usize,
    r: usize,
    first: (Expr, Form),
    rest: Vec<(Expr, Form)>,
) -> Result<Stmt, PErr> {
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push(first);
    items.extend(rest);
    let (value, _) = items
        .pop()
        .unwrap_or_else(|| (expr(l, r, ExprKind::Tuple(vec![])), PLAIN));
    let targets_ok = items
        .iter()
        .all(|(t, f)| *f != BARE_YIELD && invalid_target(t, Targets::Star).is_none());
    if !targets_ok {
        // CPython's `invalid_named_expression` fires first when the text right after the first
        // `=` starts with a bitwise_or that is not followed by `=`.
        let (t0, t0_form) = &items[0];
        let (rhs, rhs_form) = if items.len() > 1 {
            (&items[1].0, items[1].1)
        } else {
            (&value, PLAIN)
        };
        let rhs_end = match rhs_form {
            BARE_YIELD => None,
            BARE_TUPLE => match &rhs.kind {
                ExprKind::Tuple(v) => v.first().and_then(|f| {
                    if is_bitwise_level(f) {
                        Some(f.span.end)
                    } else {
                        leading_bitwise_end(f)
                    }
                }),
                _ => None,
            },
            _ if is_bitwise_level(rhs) => {
                if items.len() == 1 {
                    Some(rhs.span.end)
                } else {
                    None
                }
            }
            _ => leading_bitwise_end(rhs),
        };
        let last = match (&t0.kind, *t0_form) {
            (_, BARE_YIELD) => None,
            (ExprKind::Tuple(v), BARE_TUPLE) => v.last(),
            _ => Some(t0),
        };
        if let (Some(rhs_end), Some(last)) = (rhs_end, last) {
            if let ExprKind::Name(_) = last.kind {
                return Err(syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span {
                        start: last.span.start,
                        end: rhs_end,
                    },
                ));
            }
            let excluded = matches!(
                last.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::Bool(_))
                    | ExprKind::Constant(Constant::None)
            );
            if !excluded && is_bitwise_level(last) {
                return Err(syntax(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(last)
                    ),
                    last.span,
                ));
            }
        }
        for (t, f) in &items {
            if *f == BARE_YIELD {
                return Err(syntax(
                    "assignment to yield expression not possible",
                    t.span,
                ));
            }
            check_target(t, Targets::Star)?;
        }
    }
    let targets = items.into_iter().map(|(t, _)| t).collect();
    Ok(stmt(
        l,
        r,
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
    ))
}

pub fn aug_assign(
    l: usize,
    r: usize,
    t: (Expr, Form),
    op: BinOp,
    v: (Expr, Form),
) -> Result<Stmt, PErr> {
    let (t, _) = t;
    if !matches!(
        t.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return Err(syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&t)
            ),
            t.span,
        ));
    }
    Ok(stmt(
        l,
        r,
        StmtKind::AugAssign {
            target: Box::new(t),
            op,
            value: Box::new(v.0),
        },
    ))
}

pub fn ann_assign(
    l: usize,
    r: usize,
    t: (Expr, Form),
    ann: Expr,
    v: Option<(Expr, Form)>,
) -> Result<Stmt, PErr> {
    let (t, form) = t;
    let bare = form == BARE_TUPLE;
    match &t.kind {
        ExprKind::Tuple(items) if bare => {
            let at = items.first().map(|e| e.span).unwrap_or(t.span);
            return Err(syntax(
                "only single target (not tuple) can be annotated",
                at,
            ));
        }
        ExprKind::Tuple(_) => {
            return Err(syntax(
                "only single target (not tuple) can be annotated",
                t.span,
            ))
        }
        ExprKind::List(_) => {
            return Err(syntax(
                "only single target (not list) can be annotated",
                t.span,
            ))
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => return Err(syntax("illegal target for annotation", t.span)),
    }
    let simple = matches!(t.kind, ExprKind::Name(_)) && t.span.start as usize == l;
    Ok(stmt(
        l,
        r,
        StmtKind::AnnAssign {
            target: Box::new(t),
            annotation: Box::new(ann),
            value: v.map(|v| Box::new(v.0)),
            simple,
        },
    ))
}

pub fn delete(l: usize, r: usize, targets: Vec<Expr>) -> Result<Stmt, PErr> {
    for t in &targets {
        check_target(t, Targets::Del)?;
    }
    Ok(stmt(l, r, StmtKind::Delete(targets)))
}

pub fn for_stmt(
    l: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Body,
    orelse: Option<Body>,
) -> Result<Stmt, PErr> {
    check_target(&target, Targets::For)?;
    let r = orelse.as_ref().unwrap_or(&body).end;
    let body = body.stmts;
    let orelse = orelse.map(|b| b.stmts).unwrap_or_default();
    Ok(stmt(
        l,
        r,
        StmtKind::For {
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse,
            is_async,
        },
    ))
}

pub fn comprehension(
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    is_async: bool,
) -> Result<Comprehension, PErr> {
    check_target(&target, Targets::For)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

pub fn with_item(e: Expr, t: Expr) -> Result<ast::WithItem, PErr> {
    check_target(&t, Targets::Star)?;
    Ok(ast::WithItem {
        context_expr: e,
        optional_vars: Some(Box::new(t)),
    })
}

// ---------------------------------------------------------------------------------------------
// Statements.

pub fn if_chain(
    l: usize,
    test: Expr,
    body: Body,
    elifs: Vec<(usize, Expr, Body)>,
    orelse: Option<Body>,
) -> Stmt {
    let end = orelse
        .as_ref()
        .or(elifs.last().map(|e| &e.2))
        .unwrap_or(&body)
        .end;
    let mut tail = orelse.map(|b| b.stmts).unwrap_or_default();
    let body = body.stmts;
    for (el, t, b) in elifs.into_iter().rev() {
        let b = b.stmts;
        tail = vec![stmt(
            el,
            end,
            StmtKind::If {
                test: Box::new(t),
                body: b,
                orelse: tail,
            },
        )];
    }
    stmt(
        l,
        end,
        StmtKind::If {
            test: Box::new(test),
            body,
            orelse: tail,
        },
    )
}

pub fn try_stmt(
    l: usize,
    body: Body,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Body>,
    finalbody: Option<Body>,
) -> Result<Stmt, PErr> {
    let is_star = handlers.first().map(|h| h.0).unwrap_or(false);
    for (star, h) in &handlers {
        if *star != is_star {
            // CPython points at the `except` keyword of the first clause of the other kind.
            let kw_len = if *star { 7 } else { 6 };
            return Err(syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                Span {
                    start: h.span.start,
                    end: h.span.start + kw_len,
                },
            ));
        }
    }
    let r = finalbody
        .as_ref()
        .or(orelse.as_ref())
        .map(|b| b.end)
        .or(handlers.last().map(|h| h.1.span.end as usize))
        .unwrap_or(body.end);
    let body = body.stmts;
    let orelse = orelse.map(|b| b.stmts).unwrap_or_default();
    let finalbody = finalbody.map(|b| b.stmts).unwrap_or_default();
    let handlers = handlers.into_iter().map(|h| h.1).collect();
    Ok(stmt(
        l,
        r,
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        },
    ))
}

pub fn import_from(
    l: usize,
    r: usize,
    src: (u32, Option<String>),
    names: (Vec<ast::Alias>, Option<Span>),
) -> Result<Stmt, PErr> {
    if let Some(comma) = names.1 {
        return Err(syntax(
            "trailing comma not allowed without surrounding parentheses",
            Span {
                start: comma.end,
                end: comma.end,
            },
        ));
    }
    Ok(stmt(
        l,
        r,
        StmtKind::ImportFrom {
            module: src.1,
            names: names.0,
            level: src.0,
        },
    ))
}

pub fn decorate(mut s: Stmt, decos: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decos,
        StmtKind::ClassDef(c) => c.decorators = decos,
        _ => {}
    }
    s
}

pub fn func_def(
    l: usize,
    is_async: bool,
    name: String,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Body,
    ctx: &Ctx,
) -> Result<Stmt, PErr> {
    let args = build_arguments(params, false, ctx)?;
    let r = body.end;
    let body = body.stmts;
    Ok(stmt(
        l,
        r,
        StmtKind::FunctionDef(Box::new(ast::FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorators: vec![],
            returns: returns.map(Box::new),
            is_async,
        })),
    ))
}

pub fn class_def(
    l: usize,
    name: String,
    args: Option<(Vec<ArgItem>, bool)>,
    body: Body,
    ctx: &Ctx,
) -> Result<Stmt, PErr> {
    let (bases, keywords) = match args {
        Some((items, trailing)) => {
            if let [ArgItem::Genexp(_, for_span)] = items.as_slice() {
                if !trailing {
                    return Err(syntax("invalid syntax", *for_span));
                }
            }
            build_args(items, trailing, ctx)?
        }
        None => (vec![], vec![]),
    };
    let r = body.end;
    let body = body.stmts;
    Ok(stmt(
        l,
        r,
        StmtKind::ClassDef(Box::new(ast::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: vec![],
        })),
    ))
}

// ---------------------------------------------------------------------------------------------
// Calls.

pub enum ArgItem {
    Pos(Expr),
    /// A bare generator expression argument and the span of its first `for`/`async`.
    Genexp(Expr, Span),
    Star(Expr),
    DoubleStar(Span, Expr),
    /// `key=value` (cover: the key is any expression); span of the whole item; end of `=`.
    Keyword(Span, Expr, Expr, u32),
}

pub fn call(
    l: usize,
    lpar: usize,
    r: usize,
    func: Expr,
    args: (Vec<ArgItem>, bool),
    ctx: &Ctx,
) -> Result<Expr, PErr> {
    let (mut items, trailing) = args;
    // A sole generator argument `f(x for x in y)` spans the call's parentheses.
    if let [ArgItem::Genexp(g, _)] = items.as_mut_slice() {
        if !trailing {
            g.span = Span::new(lpar, r);
        }
    }
    let (args, keywords) = build_args(items, trailing, ctx)?;
    Ok(expr(
        l,
        r,
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
    ))
}

fn build_args(
    items: Vec<ArgItem>,
    trailing: bool,
    ctx: &Ctx,
) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
    let n = items.len();
    // Keyword keys first (CPython reports these while parsing the argument).
    for it in &items {
        if let ArgItem::Keyword(item, k, _, eq_end) = it {
            let range = Span {
                start: k.span.start,
                end: *eq_end,
            };
            match &k.kind {
                // `f((x)=1)`: a parenthesized name is an expression here.
                ExprKind::Name(_) if item.start == k.span.start => {}
                ExprKind::Constant(Constant::Bool(_)) | ExprKind::Constant(Constant::None) => {
                    return Err(syntax(format!("cannot assign to {}", expr_name(k)), range));
                }
                _ => {
                    return Err(syntax(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        range,
                    ));
                }
            }
        }
    }
    for it in &items {
        if let ArgItem::Genexp(g, _) = it {
            if n > 1 || trailing {
                return Err(syntax("Generator expression must be parenthesized", g.span));
            }
        }
    }
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_kwunpack = false;
    let end = items.last().map(|it| match it {
        ArgItem::Pos(e) | ArgItem::Genexp(e, _) | ArgItem::Star(e) => e.span.end,
        ArgItem::DoubleStar(s, _) | ArgItem::Keyword(s, _, _, _) => s.end,
    });
    for it in items {
        match it {
            ArgItem::Pos(e) | ArgItem::Genexp(e, _) => {
                if seen_kwunpack || seen_kw {
                    let at = ctx.token_at(end.unwrap_or(e.span.end) as usize);
                    let msg = if seen_kwunpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(syntax(msg, at));
                }
                args.push(e);
            }
            ArgItem::Star(e) => {
                if seen_kwunpack {
                    let at = Span {
                        start: e.span.start,
                        end: e.span.start + 1,
                    };
                    return Err(syntax(
                        "iterable argument unpacking follows keyword argument unpacking",
                        at,
                    ));
                }
                args.push(e);
            }
            ArgItem::DoubleStar(span, e) => {
                seen_kwunpack = true;
                keywords.push(Keyword {
                    span,
                    arg: None,
                    value: e,
                });
            }
            ArgItem::Keyword(span, k, v, _) => {
                seen_kw = true;
                let name = match k.kind {
                    ExprKind::Name(n) => n,
                    _ => String::new(),
                };
                if keywords
                    .iter()
                    .any(|kw| kw.arg.as_deref() == Some(name.as_str()))
                {
                    return Err(syntax(format!("keyword argument repeated: {}", name), span));
                }
                keywords.push(Keyword {
                    span,
                    arg: Some(name),
                    value: v,
                });
            }
        }
    }
    Ok((args, keywords))
}

// ---------------------------------------------------------------------------------------------
// Parameters.

pub enum ParamItem {
    /// `name[: ann][= default]`
    Named(Arg, Option<Expr>),
    /// `*name[: ann]`; span of `*`; span of a (forbidden) `=`.
    VarArg(Arg, Span, Option<Span>),
    /// Bare `*`.
    Star(Span),
    /// `**name[: ann]`; span of `**`; span of a (forbidden) `=`.
    KwArg(Arg, Span, Option<Span>),
    Slash(Span),
}

/// Builds `arguments` from a flat parameter list with CPython's checks (`invalid_parameters`,
/// `invalid_star_etc`, `invalid_kwds` and their lambda twins, plus symtable's duplicate check).
pub fn build_arguments(
    items: Vec<ParamItem>,
    is_lambda: bool,
    ctx: &Ctx,
) -> Result<Arguments, PErr> {
    let mut a = Arguments::default();
    // 0: positional, 1: after `*` / `*args`, 2: after `**kw`
    let mut state = 0;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let mut after_star_count = 0;
    let n = items.len();
    for (i, it) in items.into_iter().enumerate() {
        if state == 2 {
            let at = match &it {
                ParamItem::Named(arg, _) => arg.span,
                ParamItem::VarArg(_, s, _)
                | ParamItem::KwArg(_, s, _)
                | ParamItem::Star(s)
                | ParamItem::Slash(s) => *s,
            };
            return Err(syntax("arguments cannot follow var-keyword argument", at));
        }
        match it {
            ParamItem::Named(arg, default) => {
                if state == 0 {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(syntax(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    a.args.push(arg);
                } else {
                    after_star_count += 1;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                }
            }
            ParamItem::Slash(s) => {
                if state == 1 {
                    return Err(syntax("/ must be ahead of *", s));
                }
                if seen_slash {
                    return Err(syntax("/ may appear only once", s));
                }
                if a.args.is_empty() {
                    if is_lambda && i + 1 == n {
                        return Err(syntax("invalid syntax", s));
                    }
                    return Err(syntax("at least one argument must precede /", s));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(s) => {
                if state == 1 {
                    return Err(syntax("* argument may appear only once", s));
                }
                state = 1;
                bare_star = Some(s);
                // `*` must be followed by a named parameter.
                if i + 1 == n {
                    let at = if is_lambda {
                        let next = ctx.token_at(s.end as usize);
                        if ctx.is_comma(next) {
                            ctx.token_at(next.end as usize)
                        } else {
                            next
                        }
                    } else {
                        s
                    };
                    return Err(syntax("named arguments must follow bare *", at));
                }
            }
            ParamItem::VarArg(arg, s, eq) => {
                if state == 1 {
                    return Err(syntax("* argument may appear only once", s));
                }
                if let Some(eq) = eq {
                    return Err(syntax(
                        "var-positional argument cannot have default value",
                        eq,
                    ));
                }
                state = 1;
                a.vararg = Some(arg);
            }
            ParamItem::KwArg(arg, s, eq) => {
                if let Some(eq) = eq {
                    return Err(syntax("var-keyword argument cannot have default value", eq));
                }
                if let Some(bs) = bare_star {
                    if after_star_count == 0 {
                        let at = if is_lambda { s } else { bs };
                        return Err(syntax("named arguments must follow bare *", at));
                    }
                }
                state = 2;
                a.kwarg = Some(arg);
            }
        }
    }
    // symtable's duplicate-parameter check.
    let all: Vec<&Arg> = a
        .posonlyargs
        .iter()
        .chain(a.args.iter())
        .chain(a.vararg.iter())
        .chain(a.kwonlyargs.iter())
        .chain(a.kwarg.iter())
        .collect();
    for (i, arg) in all.iter().enumerate() {
        if all[..i].iter().any(|p| p.name == arg.name) {
            return Err(syntax(
                format!("duplicate argument '{}' in function definition", arg.name),
                arg.span,
            ));
        }
    }
    Ok(a)
}

pub fn lambda(
    l: usize,
    r: usize,
    params: Vec<ParamItem>,
    body: Expr,
    ctx: &Ctx,
) -> Result<Expr, PErr> {
    let args = build_arguments(params, true, ctx)?;
    Ok(expr(
        l,
        r,
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
    ))
}

// ---------------------------------------------------------------------------------------------
// Strings.

pub enum StrPart {
    Str(Span, String),
    Bytes(Span, Vec<u8>),
    FString(Span, Vec<FStringPart>),
}

/// Implicit concatenation of adjacent literals (CPython's `_PyPegen_concatenate_strings`).
pub fn strings(l: usize, r: usize, parts: Vec<StrPart>, ctx: &Ctx) -> Result<Expr, PErr> {
    let has_bytes = parts.iter().any(|p| matches!(p, StrPart::Bytes(..)));
    let has_str = parts.iter().any(|p| !matches!(p, StrPart::Bytes(..)));
    if has_bytes && has_str {
        return Err(syntax(
            "cannot mix bytes and nonbytes literals",
            Span::new(r, r),
        ));
    }
    if has_bytes {
        let mut out = Vec::new();
        for p in parts {
            if let StrPart::Bytes(_, b) = p {
                out.extend(b);
            }
        }
        return Ok(expr(l, r, ExprKind::Constant(Constant::Bytes(out))));
    }
    if !parts.iter().any(|p| matches!(p, StrPart::FString(..))) {
        let mut out = String::new();
        for p in parts {
            if let StrPart::Str(_, s) = p {
                out.push_str(&s);
            }
        }
        return Ok(expr(l, r, ExprKind::Constant(Constant::Str(out))));
    }
    let mut b = JoinedBuilder::new(l, r);
    for p in parts {
        match p {
            StrPart::Str(_, s) => b.push_str(&s),
            StrPart::FString(span, fparts) => {
                for fp in fparts {
                    b.push_part(fp, span, ctx)?;
                }
            }
            StrPart::Bytes(..) => {}
        }
    }
    Ok(b.finish())
}

/// Accumulates the values of a `JoinedStr`, merging adjacent literal text.
struct JoinedBuilder {
    l: usize,
    r: usize,
    values: Vec<Expr>,
    text: String,
}

impl JoinedBuilder {
    fn new(l: usize, r: usize) -> JoinedBuilder {
        JoinedBuilder {
            l,
            r,
            values: Vec::new(),
            text: String::new(),
        }
    }
    fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let s = std::mem::take(&mut self.text);
            self.values
                .push(expr(self.l, self.r, ExprKind::Constant(Constant::Str(s))));
        }
    }
    fn push_part(&mut self, part: FStringPart, span: Span, ctx: &Ctx) -> Result<(), PErr> {
        match part {
            FStringPart::Literal(s) => self.push_str(&s),
            FStringPart::Field {
                expr: text,
                offset,
                debug_text,
                conversion,
                format_spec,
            } => {
                let value =
                    crate::parser::parse_fstring_expr(&text, offset, span, ctx).map_err(err)?;
                let conversion = match (conversion, &debug_text, &format_spec) {
                    (Some(c), _, _) => Some(c),
                    (None, Some(_), None) => Some('r'),
                    _ => None,
                };
                if let Some(d) = debug_text {
                    self.push_str(&d);
                }
                self.flush();
                let format_spec = match format_spec {
                    Some(spec) => {
                        // CPython 3.11: the spec's JoinedStr spans its own f-string token; its
                        // literal parts too when it has no fields.
                        let has_fields =
                            spec.iter().any(|p| matches!(p, FStringPart::Field { .. }));
                        let (sl, sr) = (span.start as usize, span.end as usize);
                        let (il, ir) = if has_fields {
                            (self.l, self.r)
                        } else {
                            (sl, sr)
                        };
                        let mut inner = JoinedBuilder::new(il, ir);
                        for p in spec {
                            inner.push_part(p, span, ctx)?;
                        }
                        inner.flush();
                        Some(Box::new(expr(sl, sr, ExprKind::JoinedStr(inner.values))))
                    }
                    None => None,
                };
                self.values.push(expr(
                    self.l,
                    self.r,
                    ExprKind::FormattedValue {
                        value: Box::new(value),
                        conversion,
                        format_spec,
                    },
                ));
            }
        }
        Ok(())
    }
    fn finish(mut self) -> Expr {
        self.flush();
        expr(self.l, self.r, ExprKind::JoinedStr(self.values))
    }
}

// ---------------------------------------------------------------------------------------------
// Patterns.

pub fn pattern_seq_or_single(
    l: usize,
    r: usize,
    mut v: Vec<Pattern>,
    trailing: bool,
    _paren: bool,
) -> Pattern {
    if v.len() == 1 && !trailing && !matches!(v[0].kind, PatternKind::MatchStar(_)) {
        if let Some(p) = v.pop() {
            return p;
        }
    }
    Pattern {
        span: Span::new(l, r),
        kind: PatternKind::MatchSequence(v),
    }
}

pub fn as_pattern(
    l: usize,
    r: usize,
    p: Pattern,
    name: String,
    name_span: Span,
) -> Result<Pattern, PErr> {
    if name == "_" {
        return Err(syntax("cannot use '_' as a target", name_span));
    }
    Ok(Pattern {
        span: Span::new(l, r),
        kind: PatternKind::MatchAs {
            pattern: Some(Box::new(p)),
            name: Some(name),
        },
    })
}

pub fn capture_pattern(l: usize, r: usize, name: String) -> Pattern {
    let name = if name == "_" { None } else { Some(name) };
    Pattern {
        span: Span::new(l, r),
        kind: PatternKind::MatchAs {
            pattern: None,
            name,
        },
    }
}

pub fn literal_pattern(l: usize, r: usize, e: Expr) -> Pattern {
    let kind = match e.kind {
        ExprKind::Constant(Constant::None) => PatternKind::MatchSingleton(Constant::None),
        ExprKind::Constant(Constant::Bool(b)) => PatternKind::MatchSingleton(Constant::Bool(b)),
        _ => PatternKind::MatchValue(Box::new(e)),
    };
    Pattern {
        span: Span::new(l, r),
        kind,
    }
}

pub fn complex_pattern(l: usize, r: usize, re: Expr, op: BinOp, im: Expr) -> Result<Expr, PErr> {
    let real_ok = match &re.kind {
        ExprKind::Constant(c) => !matches!(c, Constant::Imag(_)),
        ExprKind::UnaryOp { operand, .. } => {
            !matches!(operand.kind, ExprKind::Constant(Constant::Imag(_)))
        }
        _ => true,
    };
    if !real_ok {
        return Err(syntax("real number required in complex literal", re.span));
    }
    if !matches!(im.kind, ExprKind::Constant(Constant::Imag(_))) {
        return Err(syntax(
            "imaginary number required in complex literal",
            im.span,
        ));
    }
    Ok(bin(l, r, re, op, im))
}

pub fn pattern_strings(l: usize, r: usize, parts: Vec<StrPart>, ctx: &Ctx) -> Result<Expr, PErr> {
    let e = strings(l, r, parts, ctx)?;
    if matches!(e.kind, ExprKind::JoinedStr(_)) {
        return Err(syntax(
            "patterns may only match literals and attribute lookups",
            e.span,
        ));
    }
    Ok(e)
}

pub fn mapping_pattern(
    l: usize,
    r: usize,
    items: Vec<(Option<Expr>, Pattern)>,
) -> Result<Pattern, PErr> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    // `**rest` must come last (CPython fails at the next key) and cannot be `**_`.
    for w in items.windows(2) {
        if w[0].0.is_none() {
            let at = w[1].0.as_ref().map(|k| k.span).unwrap_or(w[1].1.span);
            return Err(syntax("invalid syntax", at));
        }
    }
    for (k, p) in items {
        match k {
            Some(k) => {
                keys.push(k);
                patterns.push(p);
            }
            None => {
                if let PatternKind::MatchAs { name, .. } = p.kind {
                    if name.as_deref() == Some("_") {
                        let at = Span {
                            start: p.span.end - 1,
                            end: p.span.end,
                        };
                        return Err(syntax("invalid syntax", at));
                    }
                    rest = name;
                }
            }
        }
    }
    Ok(Pattern {
        span: Span::new(l, r),
        kind: PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
    })
}

pub fn class_pattern(
    l: usize,
    r: usize,
    cls: Expr,
    args: Vec<(Option<(Span, String)>, Pattern)>,
) -> Result<Pattern, PErr> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for (k, p) in args {
        match k {
            Some((_, name)) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
            None => {
                if !kwd_attrs.is_empty() {
                    return Err(syntax(
                        "positional patterns follow keyword patterns",
                        p.span,
                    ));
                }
                patterns.push(p);
            }
        }
    }
    Ok(Pattern {
        span: Span::new(l, r),
        kind: PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
    })
}
