//! coil: a Python 3.11 interpreter whose heart is suspension. See `src/README.md` for where
//! things live. This file is the crate root and the embedding API: `run_file`, `run_source`,
//! `run_main` (what the CLI calls), all of which run the compiler and the VM on a thread with
//! a large stack (`vm::STACK_SIZE`).

pub mod aio;
pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod lexer;
pub mod modules;
pub mod object;
pub mod parser;
pub mod repl;
pub mod run;
pub mod source;
pub mod testrun;
pub mod traceback;
pub mod vm;

use std::rc::Rc;

/// Parse and compile a source text (the pipeline behind `compile()`, `exec()` and the CLI).
pub fn compile_pipeline(
    source: &Rc<source::SourceFile>,
    mode: ast::Mode,
) -> Result<Rc<bytecode::CodeObject>, error::CompileError> {
    let module = parser::parse(source, mode)?;
    compiler::compile(&module, source.clone(), mode)
}

/// `compile_pipeline`, also returning the compile-time SyntaxWarnings (for the caller to show
/// with `Vm::show_compile_warnings`).
pub fn compile_pipeline_with_warnings(
    source: &Rc<source::SourceFile>,
    mode: ast::Mode,
) -> Result<(Rc<bytecode::CodeObject>, Vec<compiler::CompileWarning>), error::CompileError> {
    let module = parser::parse(source, mode)?;
    compiler::compile_with_warnings(&module, source.clone(), mode)
}

pub use run::{run_file, run_main, run_source, run_source_captured, Program};
