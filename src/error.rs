//! Compile-time errors: the SyntaxError family raised by the lexer, parser and compiler,
//! carrying CPython's exact message and a location. The VM turns a `CompileError` into a
//! `SyntaxError`/`IndentationError`/`TabError` exception object; the CLI prints it in CPython's
//! format (see `traceback.rs`).

use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// "maximum recursion depth exceeded during compilation": CPython raises RecursionError
    /// (not a SyntaxError) for input nested too deeply to compile.
    RecursionError,
}

impl CompileErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A SyntaxError-family error. `span` locates it in the file (CPython's `lineno`/`offset`/
/// `end_lineno`/`end_offset` are computed from it: offset = 1 + column of span.start in
/// characters, end_offset = 1 + column of span.end). A zero-width span at the end of the text
/// is valid (errors at EOF).
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub span: Span,
    /// When set, overrides the line/column derived from `span` (1-based line, 1-based offset),
    /// for the few messages where CPython reports a position that is not a span in the text.
    pub explicit: Option<(u32, u32, u32, u32)>,
    /// True when the error is only "input ended too early" (the REPL keeps reading lines).
    pub incomplete: bool,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            span,
            explicit: None,
            incomplete: false,
        }
    }
    pub fn indentation(msg: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::IndentationError,
            msg: msg.into(),
            span,
            explicit: None,
            incomplete: false,
        }
    }
    pub fn tab(msg: impl Into<String>, span: Span) -> CompileError {
        CompileError {
            kind: CompileErrorKind::TabError,
            msg: msg.into(),
            span,
            explicit: None,
            incomplete: false,
        }
    }
    pub fn incomplete(mut self) -> CompileError {
        self.incomplete = true;
        self
    }
}
