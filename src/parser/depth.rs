//! The nesting guard. CPython 3.11 refuses expressions nested about 3000 levels deep
//! ("maximum recursion depth exceeded during compilation", a RecursionError raised while
//! compiling). We must refuse them *before* the tree exists: the AST's `Drop` and every walker
//! are recursive, and LALRPOP drops its half-built trees when a later token fails.
//!
//! `Nesting` watches the token stream and keeps an upper bound on the depth of the expression
//! being built: nesting operators (`+ - * / // % @ ** << >> & | ^ ~ . not await if yield :=`,
//! `*`-star) add one level; brackets and `lambda ... :` open a frame and, when closed, leave the
//! deepest level reached inside; commas restart at their frame's base (siblings). `and`/`or` and
//! comparisons build flat nodes and add nothing. Exact for plain chains (`-` * n, `a.` * n,
//! `1+` * n, `f()()...`), so the limit matches CPython's for those.
//!
//! Guarantee to the compiler: every AST the parser returns has expression/statement nesting of
//! at most about `5 * MAX_DEPTH` levels (the flat node kinds can add a few levels per counted
//! one), and in ordinary code at most `MAX_DEPTH + 200` (brackets) + 100 (blocks).

use crate::error::{CompileError, CompileErrorKind};
use crate::lexer::token::Tok;
use crate::source::Span;

/// The deepest expression nesting accepted (CPython 3.11 fails at 2993 unary minuses at module
/// level).
pub const MAX_DEPTH: u32 = 2992;

/// Extra levels below a comma: the tuple/comprehension/yield node between the frame and the
/// sibling.
const SIBLING_BASE: u32 = 2;

#[derive(Clone, Copy)]
struct Frame {
    start: u32,
    max: u32,
    lambda: bool,
}

pub(crate) struct Nesting {
    cur: u32,
    frames: Vec<Frame>,
    line_base: u32,
    indent: u32,
}

impl Nesting {
    pub(crate) fn new(initial: u32) -> Nesting {
        Nesting {
            cur: initial,
            frames: Vec::new(),
            line_base: initial,
            indent: 0,
        }
    }

    /// The current bound (used as the starting depth of f-string field sub-parses).
    pub(crate) fn current(&self) -> u32 {
        self.cur
    }

    fn bump(&mut self, n: u32) {
        self.cur += n;
        if let Some(f) = self.frames.last_mut() {
            f.max = f.max.max(self.cur);
        }
    }

    fn close(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.cur = f.max.max(f.start);
            if let Some(p) = self.frames.last_mut() {
                p.max = p.max.max(self.cur);
            }
        }
    }

    /// Accounts for one token; `Err` when the bound passes `MAX_DEPTH`.
    pub(crate) fn token(&mut self, tok: &Tok, span: (usize, usize)) -> Result<(), CompileError> {
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                self.frames.push(Frame {
                    start: self.cur,
                    max: self.cur + 1,
                    lambda: false,
                });
                self.cur += 1;
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                // Close a pending lambda frame first (`(lambda: x)` has no `:` problem, but a
                // lambda frame can only be closed by its `:`; be safe).
                while matches!(self.frames.last(), Some(f) if f.lambda) {
                    self.close();
                }
                self.close();
            }
            Tok::Lambda => {
                self.frames.push(Frame {
                    start: self.cur,
                    max: self.cur + 1,
                    lambda: true,
                });
                self.cur += 1;
            }
            Tok::Colon => {
                if matches!(self.frames.last(), Some(f) if f.lambda) {
                    self.close();
                }
            }
            Tok::Comma => {
                let base = match self.frames.last() {
                    Some(f) => f.start + 1,
                    None => self.line_base,
                };
                self.cur = base + SIBLING_BASE;
                if let Some(f) = self.frames.last_mut() {
                    f.max = f.max.max(self.cur);
                }
            }
            Tok::Newline => {
                self.frames.clear();
                self.cur = self.line_base + self.indent;
            }
            Tok::Semi => {
                if self.frames.is_empty() {
                    self.cur = self.line_base + self.indent;
                }
            }
            Tok::Indent => {
                self.indent += 1;
                self.cur = self.line_base + self.indent;
            }
            Tok::Dedent => {
                self.indent = self.indent.saturating_sub(1);
                self.cur = self.line_base + self.indent;
            }
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
            | Tok::Tilde
            | Tok::Dot
            | Tok::Not
            | Tok::Await
            | Tok::If
            | Tok::Yield
            | Tok::ColonEqual => self.bump(1),
            _ => {}
        }
        if self.cur > MAX_DEPTH {
            return Err(too_deep(span));
        }
        Ok(())
    }
}

pub(crate) fn too_deep(span: (usize, usize)) -> CompileError {
    let mut e = CompileError::syntax(
        "maximum recursion depth exceeded during compilation",
        Span::new(span.0, span.1),
    );
    e.kind = CompileErrorKind::RecursionError;
    e
}
