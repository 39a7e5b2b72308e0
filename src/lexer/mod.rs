//! The lexer: logos raw tokens (`raw.rs`), the layout pass that adds NEWLINE/INDENT/DEDENT
//! (`layout.rs`), and string/f-string decoding (`strings.rs`).
//!
//! Contract: `lex(text: &str, mode: ast::Mode) -> impl Iterator<Item = Result<(usize, Tok, usize),
//! CompileError>>` yields LALRPOP-style triples of byte offsets, starting with the start token
//! for `mode`.

pub mod token;
