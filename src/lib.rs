//! coil: a Python 3.11 interpreter whose heart is suspension. See `src/README.md` for where
//! things live.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod lexer;
pub mod modules;
pub mod object;
pub mod parser;
pub mod source;
pub mod vm;
