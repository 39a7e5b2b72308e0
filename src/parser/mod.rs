//! The parser: the LALRPOP grammar in `grammar/python.lalrpop` (one `pub Top`, selected by the
//! lexer's start token), grammar actions with the cover-grammar checks (`actions.rs`), the
//! mapping of LALRPOP errors to CPython 3.11's SyntaxError messages and locations
//! (`errors.rs`), f-string field sub-parses, and the nesting-depth guard (`depth.rs`).
//!
//! Contract:
//! - `parse(source, mode)` / `parse_str(text, mode) -> Result<ast::Module, CompileError>`. For
//!   `Mode::Eval` the body is exactly one `StmtKind::Expr`; for `Mode::Interactive` it is one
//!   statement line or compound statement (or empty), else "multiple statements found while
//!   compiling a single statement".
//! - Errors carry CPython 3.11's class, message and location (see `errors.rs`); errors caused
//!   only by input ending early are marked `incomplete` (the REPL keeps reading).
//! - Compile-time checks CPython does in its compiler/symtable that are *not* done here:
//!   "'return'/'yield'/'await' outside function", "can't use starred expression here",
//!   "starred assignment target must be in a list or tuple", "multiple starred expressions in
//!   assignment", "cannot assign to __debug__", global/nonlocal declarations, "'break' outside
//!   loop", "import * only allowed at module level". Done here although CPython's compiler
//!   does them: "duplicate argument 'x' in function definition" and "keyword argument
//!   repeated: x".
//! - Depth guarantee: input nested deeper than `MAX_DEPTH` levels is refused while it is read
//!   (`CompileErrorKind::RecursionError`, "maximum recursion depth exceeded during
//!   compilation", as CPython's compiler does), so no tree deeper than a small multiple of
//!   `MAX_DEPTH` is ever built or dropped (see `depth.rs`); plain chains are exact.

pub mod actions;
mod depth;
mod errors;

use crate::ast::{self, Mode};
use crate::error::CompileError;
use crate::lexer::token::Tok;
use crate::source::{SourceFile, Span};
use actions::Ctx;
use std::collections::VecDeque;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    #[rustfmt::skip]
    python,
    "/python.rs"
);

pub use depth::MAX_DEPTH;

type RawError = lalrpop_util::ParseError<usize, Tok, CompileError>;

type Item = Result<(usize, Tok, usize), CompileError>;

/// Parses a whole source file in `mode`.
pub fn parse(source: &SourceFile, mode: Mode) -> Result<ast::Module, CompileError> {
    parse_str(&source.text, mode)
}

/// Parses `text` in `mode` (same as `parse` without a `SourceFile`).
pub fn parse_str(text: &str, mode: Mode) -> Result<ast::Module, CompileError> {
    let ctx = Ctx::default();
    parse_tokens(crate::lexer::lex(text, mode), &ctx)
        .map_err(|e| errors::map_error(e, text, mode, ctx.lex_failed.get()))
}

/// Runs the generated parser over a token stream, recording token spans in `ctx`.
pub(crate) fn parse_tokens(
    tokens: impl Iterator<Item = Item>,
    ctx: &Ctx,
) -> Result<ast::Module, RawError> {
    let stream = TokenStream {
        inner: tokens,
        buf: VecDeque::new(),
        ctx,
        nesting: depth::Nesting::new(ctx.base_depth.get()),
        soft: SoftKeywords::default(),
    };
    python::TopParser::new().parse(ctx, stream)
}

/// Token adapter between the lexer and the parser: records spans for the actions and rewrites
/// CPython's parenthesized with-items form `with (a as b, c):` into `with a as b, c:` (the
/// LALR grammar cannot tell it from a parenthesized expression without unbounded lookahead).
struct TokenStream<'c, I: Iterator<Item = Item>> {
    inner: I,
    buf: VecDeque<Item>,
    ctx: &'c Ctx,
    nesting: depth::Nesting,
    soft: SoftKeywords,
}

/// Completes the lexer's soft-keyword decision for `case`: inside a `match` block, a line
/// starting with the name `case` is a case clause even when a statement follows its `:` on the
/// same line (`case _: pass`), which the lexer's one-line rule cannot see.
#[derive(Default)]
pub(crate) struct SoftKeywords {
    indent: usize,
    /// Indentation levels of the open `match` blocks.
    match_levels: Vec<usize>,
    /// A `match` header was read; its block starts at the next INDENT.
    pending_match: bool,
    at_line_start: bool,
}

impl SoftKeywords {
    pub(crate) fn token(&mut self, t: &mut Tok) {
        let line_start = self.at_line_start;
        self.at_line_start = matches!(
            t,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartInteractive
        );
        match t {
            Tok::Match => self.pending_match = true,
            Tok::Indent => {
                self.indent += 1;
                if std::mem::take(&mut self.pending_match) {
                    self.match_levels.push(self.indent);
                }
            }
            Tok::Dedent => {
                self.indent = self.indent.saturating_sub(1);
                while matches!(self.match_levels.last(), Some(&l) if l > self.indent) {
                    self.match_levels.pop();
                }
            }
            Tok::Name(n)
                if line_start && n == "case" && self.match_levels.last() == Some(&self.indent) =>
            {
                *t = Tok::Case;
            }
            // A `case` clause outside a match block is the name `case`.
            Tok::Case if self.match_levels.last() != Some(&self.indent) => {
                *t = Tok::Name("case".into());
            }
            _ => {}
        }
    }
}

impl<'c, I: Iterator<Item = Item>> TokenStream<'c, I> {
    fn pull(&mut self) -> Option<Item> {
        self.buf.pop_front().or_else(|| self.inner.next())
    }

    /// Called after a `with` token: if a `(` follows and the parenthesized group is CPython's
    /// with-items form, drop the parentheses (and a trailing comma).
    fn rewrite_with_parens(&mut self) {
        // Fill the buffer with the `(`, its contents, the `)` and one more token.
        let first = match self.buf.pop_front().or_else(|| self.inner.next()) {
            Some(t) => t,
            None => return,
        };
        let is_lpar = matches!(first, Ok((_, Tok::LPar, _)));
        self.buf.push_front(first);
        if !is_lpar {
            return;
        }
        let mut idx = 1;
        let mut depth = 1usize;
        let mut close = None;
        loop {
            if idx >= self.buf.len() {
                match self.inner.next() {
                    Some(t) => self.buf.push_back(t),
                    None => return,
                }
            }
            match &self.buf[idx] {
                Err(_) => return,
                Ok((_, t, _)) => match t {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(idx);
                        }
                    }
                    Tok::Newline => return,
                    _ => {}
                },
            }
            if close.is_some() {
                break;
            }
            idx += 1;
        }
        let close = match close {
            Some(c) => c,
            None => return,
        };
        if close + 1 >= self.buf.len() {
            match self.inner.next() {
                Some(t) => self.buf.push_back(t),
                None => return,
            }
        }
        if !matches!(self.buf.get(close + 1), Some(Ok((_, Tok::Colon, _)))) || close == 1 {
            return;
        }
        if !matches!(self.buf.get(close), Some(Ok((_, Tok::RPar, _)))) {
            return;
        }
        // Contents must be with-items: no depth-1 `for`, `yield`, `:=`, or leading `*`.
        let mut d = 0usize;
        let mut item_start = true;
        for i in 1..close {
            if let Some(Ok((_, t, _))) = self.buf.get(i) {
                if d == 0 {
                    match t {
                        Tok::For | Tok::Yield | Tok::ColonEqual | Tok::Async => return,
                        Tok::Star | Tok::DoubleStar if item_start => return,
                        _ => {}
                    }
                }
                item_start = d == 0 && matches!(t, Tok::Comma);
                match t {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => d += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => d = d.saturating_sub(1),
                    _ => {}
                }
            }
        }
        // Rewrite: drop `)` (and a trailing comma before it), then `(`.
        self.buf.remove(close);
        if matches!(self.buf.get(close - 1), Some(Ok((_, Tok::Comma, _)))) && close - 1 > 1 {
            self.buf.remove(close - 1);
        }
        self.buf.remove(0);
    }
}

impl<'c, I: Iterator<Item = Item>> Iterator for TokenStream<'c, I> {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        let item = self.pull()?;
        if item.is_err() {
            self.ctx.lex_failed.set(true);
        }
        let mut item = item;
        if let Ok((_, ref mut t, _)) = item {
            self.soft.token(t);
        }
        if let Ok((l, ref t, r)) = item {
            self.ctx.spans.borrow_mut().push((l as u32, r as u32));
            if let Err(e) = self.nesting.token(t, (l, r)) {
                self.buf.clear();
                return Some(Err(e));
            }
            if matches!(t, Tok::Comma) {
                self.ctx.commas.borrow_mut().push(l as u32);
            }
            if matches!(t, Tok::FString(_)) {
                self.ctx
                    .fstring_depth
                    .borrow_mut()
                    .push((l as u32, self.nesting.current()));
            }
            if matches!(t, Tok::With) {
                self.rewrite_with_parens();
            }
        }
        Some(item)
    }
}

/// Parses the expression text of one f-string field as CPython 3.11 does: wrapped in
/// parentheses and parsed in eval mode. Node spans are shifted to file offsets (`offset` is the
/// byte offset of `text` in the file). Errors get the "f-string: " prefix and, like CPython
/// 3.11, a location relative to the parenthesized text.
pub(crate) fn parse_fstring_expr(
    text: &str,
    offset: usize,
    fstring: Span,
    outer: &Ctx,
) -> Result<ast::Expr, CompileError> {
    if text
        .trim_matches(|c: char| c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0c')
        .is_empty()
    {
        let end = fstring.end as usize;
        return Err(CompileError::syntax(
            "f-string: empty expression not allowed",
            Span::new(end, end),
        ));
    }
    let wrapped = format!("({})", text);
    // Wrapped position p maps to file offset `offset + p - 1` (the parentheses map onto the
    // braces' neighbours).
    let shift = |p: usize| -> usize { (offset + p).saturating_sub(1) };
    let ctx = Ctx::default();
    ctx.base_depth.set(outer.depth_at(fstring.start) + 2);
    let tokens = crate::lexer::lex(&wrapped, Mode::Eval).map(|item| match item {
        Ok((l, mut t, r)) => {
            if let Tok::FString(parts) = &mut t {
                shift_fstring_parts(parts, &shift);
            }
            Ok((shift(l), t, shift(r)))
        }
        Err(mut e) => {
            if e.explicit.is_none() {
                e.span = Span::new(shift(e.span.start as usize), shift(e.span.end as usize));
            }
            Err(e)
        }
    });
    let to_local = |e: CompileError| -> CompileError { errors::fstring_error(e, &wrapped, offset) };
    match parse_tokens(tokens, &ctx) {
        Ok(m) => {
            let mut body = m.body;
            match body.pop().map(|s| s.kind) {
                Some(ast::StmtKind::Expr(e)) if body.is_empty() => Ok(*e),
                _ => Err(CompileError::syntax("f-string: invalid syntax", fstring)),
            }
        }
        Err(e) => {
            // Re-run the error mapping on the wrapped text (unshifted) for CPython's messages.
            let mapped = errors::map_error(
                unshift(e, offset),
                &wrapped,
                Mode::Eval,
                ctx.lex_failed.get(),
            );
            Err(to_local(mapped))
        }
    }
}

/// Shifts the field offsets of an f-string nested inside an f-string field to file offsets.
fn shift_fstring_parts(
    parts: &mut [crate::lexer::token::FStringPart],
    shift: &dyn Fn(usize) -> usize,
) {
    for p in parts {
        if let crate::lexer::token::FStringPart::Field {
            offset,
            format_spec,
            ..
        } = p
        {
            *offset = shift(*offset);
            if let Some(spec) = format_spec {
                shift_fstring_parts(spec, shift);
            }
        }
    }
}

/// Moves the positions of a raw parse error from file offsets back into the wrapped f-string
/// field text.
fn unshift(e: RawError, offset: usize) -> RawError {
    use lalrpop_util::ParseError as P;
    let back = |p: usize| p + 1 - offset.min(p + 1);
    match e {
        P::InvalidToken { location } => P::InvalidToken {
            location: back(location),
        },
        P::UnrecognizedEof { location, expected } => P::UnrecognizedEof {
            location: back(location),
            expected,
        },
        P::UnrecognizedToken {
            token: (l, t, r),
            expected,
        } => P::UnrecognizedToken {
            token: (back(l), t, back(r)),
            expected,
        },
        P::ExtraToken { token: (l, t, r) } => P::ExtraToken {
            token: (back(l), t, back(r)),
        },
        P::User { mut error } => {
            if error.explicit.is_none() {
                error.span = Span::new(
                    back(error.span.start as usize),
                    back(error.span.end as usize),
                );
            }
            P::User { error }
        }
    }
}
