//! The parser: the LALRPOP grammar in `grammar/python.lalrpop` plus actions and CPython-style
//! SyntaxError mapping.
//!
//! Contract: `parse(source: &SourceFile, mode: ast::Mode) -> Result<ast::Module, CompileError>`.
