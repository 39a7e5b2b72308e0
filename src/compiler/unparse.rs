//! Expression unparsing after CPython's `Python/ast_unparse.c`, used for annotations under
//! `from __future__ import annotations` (they are stored as strings). Invariant: output uses
//! CPython's precedence-driven parenthesisation and spacing (`Dict[str, int]`, `1 + 2`).

use crate::ast::*;
use std::fmt::Write;

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// CPython's `_PyAST_ExprAsUnicode`.
pub fn expr_as_str(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn open(out: &mut String, cond: bool, s: &str) {
    if cond {
        out.push_str(s);
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = if *op == BoolOp::And {
                (" and ", PR_AND)
            } else {
                (" or ", PR_OR)
            };
            open(out, level > pr, "(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            open(out, level > pr, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > PR_TUPLE, "(");
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
            open(out, level > PR_TUPLE, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = match op {
                BinOp::Add => (" + ", PR_ARITH),
                BinOp::Sub => (" - ", PR_ARITH),
                BinOp::Mult => (" * ", PR_TERM),
                BinOp::MatMult => (" @ ", PR_TERM),
                BinOp::Div => (" / ", PR_TERM),
                BinOp::Mod => (" % ", PR_TERM),
                BinOp::FloorDiv => (" // ", PR_TERM),
                BinOp::LShift => (" << ", PR_SHIFT),
                BinOp::RShift => (" >> ", PR_SHIFT),
                BinOp::BitOr => (" | ", PR_BOR),
                BinOp::BitXor => (" ^ ", PR_BXOR),
                BinOp::BitAnd => (" & ", PR_BAND),
                BinOp::Pow => (" ** ", PR_POWER),
            };
            let rassoc = (*op == BinOp::Pow) as u8;
            open(out, level > pr, "(");
            expr(out, left, pr + rassoc);
            out.push_str(s);
            expr(out, right, pr + 1 - rassoc);
            open(out, level > pr, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr, "(");
            out.push_str(s);
            expr(out, operand, pr);
            open(out, level > pr, ")");
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > PR_TEST, "(");
            out.push_str("lambda");
            let a = arguments(args);
            if !a.is_empty() {
                out.push(' ');
                out.push_str(&a);
            }
            out.push_str(": ");
            expr(out, body, PR_TEST);
            open(out, level > PR_TEST, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > PR_TEST, "(");
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
            open(out, level > PR_TEST, ")");
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts);
                out.push('}');
            }
        }
        ExprKind::List(elts) => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple(elts) => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                open(out, level > PR_TUPLE, "(");
                seq(out, elts);
                if elts.len() == 1 {
                    out.push(',');
                }
                open(out, level > PR_TUPLE, ")");
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST);
            out.push_str(": ");
            expr(out, value, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(v) => {
            open(out, level > PR_AWAIT, "(");
            out.push_str("await ");
            expr(out, v, PR_ATOM);
            open(out, level > PR_AWAIT, ")");
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, PR_TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > PR_CMP, "(");
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, c, PR_CMP + 1);
            }
            open(out, level > PR_CMP, ")");
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, PR_ATOM);
            if args.len() == 1 && keywords.is_empty() {
                if let ExprKind::GeneratorExp { .. } = args[0].kind {
                    expr(out, &args[0], PR_TEST);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&super::dis::const_repr(&crate::object::Value::str(&body)));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, PR_ATOM);
            let int_const = matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            );
            out.push_str(if int_const { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            expr(out, slice, PR_TUPLE);
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, PR_EXPR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
    }
}

fn seq(out: &mut String, elts: &[Expr]) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, PR_TEST);
    }
}

fn comprehensions(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, PR_TEST + 1);
        }
    }
}

fn arguments(a: &Arguments) -> String {
    let mut parts: Vec<String> = Vec::new();
    let npos = a.posonlyargs.len() + a.args.len();
    let first_default = npos.saturating_sub(a.defaults.len());
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        let mut s = arg.name.clone();
        if i >= first_default {
            s.push('=');
            expr(&mut s, &a.defaults[i - first_default], PR_TEST);
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".into());
        }
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", v.name));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".into());
    }
    for (arg, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = arg.name.clone();
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d, PR_TEST);
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.name));
    }
    parts.join(", ")
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::Ellipsis => out.push_str("..."),
        Constant::Float(f) if f.is_infinite() => {
            out.push_str(if *f > 0.0 { "1e309" } else { "-1e309" })
        }
        Constant::Imag(f) => {
            if f.is_infinite() {
                out.push_str("1e309j");
            } else {
                let v = super::dis::const_repr(&crate::object::Value::Float(*f));
                let _ = write!(out, "{}j", v.strip_suffix(".0").unwrap_or(&v));
            }
        }
        other => {
            if let Some(v) = super::codegen_expr::constant_value(other) {
                out.push_str(&super::dis::const_repr(&v));
            }
        }
    }
}

fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, PR_TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => {}
    }
}
