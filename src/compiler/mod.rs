//! The compiler: symbol table (`symtable.rs`), code generation with labels and
//! pseudo-instructions (`codegen.rs` core, `codegen_stmt.rs`, `codegen_expr.rs`,
//! `codegen_match.rs`), and the assembler (`assemble.rs`: jump resolution, exception table,
//! max stack depth). `dis.rs` prints listings for `coil --dis`.
//!
//! Contract: `compile(module: &ast::Module, source: Rc<SourceFile>, mode: ast::Mode)
//! -> Result<Rc<CodeObject>, CompileError>` and `disassemble(code: &CodeObject) -> String`.
//! Invariant: symtable errors (CPython's `symtable.c` ones) are reported before codegen errors,
//! as CPython does, so the first error in pass order wins.

pub mod assemble;
pub mod codegen;
mod codegen_expr;
mod codegen_match;
mod codegen_stmt;
pub mod dis;
mod future;
pub mod symtable;
mod unparse;

use crate::ast;
use crate::bytecode::CodeObject;
use crate::error::CompileError;
use crate::source::{SourceFile, Span};
use std::rc::Rc;

pub use dis::disassemble;

/// Compile a parsed module (or REPL entry, or eval expression) to a code object.
pub fn compile(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: ast::Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    compile_with_warnings(module, source, mode).map(|(code, _)| code)
}

/// `compile_with_warnings` with CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT` (what the REPL
/// compiles its entries with): when the module's own code uses `await`, `async for` or
/// `async with`, the result has `code_flags::COROUTINE` and running it makes a coroutine.
pub fn compile_top_level_await(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: ast::Mode,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), CompileError> {
    compile_flags(module, source, mode, true)
}

/// A compile-time `SyntaxWarning` (CPython's `compiler_warn`), e.g. `"is" with a literal.
/// Did you mean "=="?`. CPython shows it on stderr as
/// `{file}:{line}: SyntaxWarning: {msg}` followed by the source line indented by two spaces.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileWarning {
    pub msg: String,
    pub span: Span,
}

/// `compile`, also returning the SyntaxWarnings in order of emission (without duplicates).
pub fn compile_with_warnings(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: ast::Mode,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), CompileError> {
    compile_flags(module, source, mode, false)
}

fn compile_flags(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: ast::Mode,
    allow_top_level_await: bool,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), CompileError> {
    let features = future::parse(module, mode, |s| source.line_of(s.start))?;
    let st = symtable::build(module)?;
    let (code, warnings) =
        codegen::compile_module_flags(module, source, mode, st, features, allow_top_level_await)?;
    Ok((
        code,
        warnings
            .into_iter()
            .map(|(msg, span)| CompileWarning { msg, span })
            .collect(),
    ))
}
