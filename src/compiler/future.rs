//! `from __future__ import ...` handling, after CPython's `Python/future.c`: the leading
//! future statements (after an optional docstring) select features; unknown features and
//! `braces` are SyntaxErrors. Only `annotations` changes code generation (annotations are
//! stored as strings); the others are accepted and have no effect in 3.11.

use crate::ast::*;
use crate::error::CompileError;
use crate::source::Span;

const KNOWN: &[&str] = &[
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

#[derive(Clone, Copy, Debug, Default)]
pub struct Features {
    pub annotations: bool,
    /// Line of the last leading future statement (0 if none): later ones are errors.
    pub lineno: u32,
}

/// CPython's `future_parse`.
pub fn parse(
    module: &Module,
    mode: Mode,
    line_of: impl Fn(Span) -> u32,
) -> Result<Features, CompileError> {
    let mut ff = Features::default();
    if mode == Mode::Eval {
        return Ok(ff);
    }
    let body = &module.body;
    let mut i = 0;
    if mode == Mode::Module {
        if let Some(Stmt {
            kind: StmtKind::Expr(e),
            ..
        }) = body.first()
        {
            if let ExprKind::Constant(Constant::Str(_)) = e.kind {
                i = 1;
            }
        }
    }
    for s in &body[i.min(body.len())..] {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        for a in names {
            let here = Span {
                start: s.span.start,
                end: s.span.start + 1,
            };
            if a.name == "annotations" {
                ff.annotations = true;
            } else if a.name == "braces" {
                return Err(CompileError::syntax("not a chance", here));
            } else if !KNOWN.contains(&a.name.as_str()) {
                return Err(CompileError::syntax(
                    format!("future feature {} is not defined", a.name),
                    here,
                ));
            }
        }
        ff.lineno = line_of(s.span);
    }
    Ok(ff)
}
