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
pub mod symtable;

use crate::ast;
use crate::bytecode::CodeObject;
use crate::error::CompileError;
use crate::source::SourceFile;
use std::rc::Rc;

pub use dis::disassemble;

/// Compile a parsed module (or REPL entry, or eval expression) to a code object.
pub fn compile(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: ast::Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    let st = symtable::build(module)?;
    codegen::compile_module(module, source, mode, st)
}
