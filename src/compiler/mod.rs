//! The compiler: symbol table (`symtable.rs`), code generation with labels and
//! pseudo-instructions (`codegen.rs`), and the assembler (`assemble.rs`: jump resolution,
//! exception table, max stack depth). `dis.rs` prints listings for `coil --dis`.
//!
//! Contract: `compile(module: &ast::Module, source: Rc<SourceFile>, mode: ast::Mode)
//! -> Result<Rc<CodeObject>, CompileError>`.
