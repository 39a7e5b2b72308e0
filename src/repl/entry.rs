//! One REPL entry: when the lines typed so far are complete (CPython's `codeop` rule, decided
//! by coil's own lexer: "incomplete input" errors and unfinished compound statements mean
//! "show `... ` and read more"), and compiling a complete entry as `<stdin>` in interactive
//! mode with top-level `await` allowed (`PyCF_ALLOW_TOP_LEVEL_AWAIT`).
//!
//! Invariant: an entry never needs more once it ends with an empty line, unless the lexer
//! says it is unfinished (an open bracket or triple-quoted string, a trailing backslash).

use crate::ast::Mode;
use crate::bytecode::{code_flags, CodeObject};
use crate::compiler::CompileWarning;
use crate::error::CompileError;
use crate::source::SourceFile;
use std::rc::Rc;

/// Whether `text` (whole lines, each ending in `\n`) needs another line before it can be
/// compiled: CPython's prompt rule (`lexer::interactive_needs_more`: an open bracket or
/// string, or a compound statement not yet ended by an empty line), except that an entry
/// whose parse already fails before the end of the input is complete, so the error is
/// reported at once (CPython's parser reads the prompt's lines incrementally and stops at
/// the first bad token: `for` alone, or `if x:` followed by an unindented line). Failing at
/// the end of the input (the parser's `incomplete`, or a missing block after the last
/// header) is CPython's "incomplete input": read on.
pub fn needs_more(text: &str) -> bool {
    if !crate::lexer::interactive_needs_more(text) {
        return false;
    }
    let source = SourceFile::new("<stdin>", text.to_string());
    match crate::parser::parse(&source, Mode::Interactive) {
        Ok(_) => true,
        // The parser wanted the block of a header ending the input (it met the end, not a
        // token): incomplete too, however deeply nested.
        Err(e) => {
            e.incomplete
                || (e.msg.starts_with("expected an indented block")
                    && e.span.start as usize + 1 >= text.len())
        }
    }
}

/// A compiled entry.
pub struct Compiled {
    pub source: Rc<SourceFile>,
    pub code: Rc<CodeObject>,
    pub warnings: Vec<CompileWarning>,
}

impl Compiled {
    /// The entry awaits at top level: running its code makes a coroutine.
    pub fn is_coroutine(&self) -> bool {
        self.code.flags & code_flags::COROUTINE != 0
    }
}

/// Compile one entry as `<stdin>` (`compile(text, "<stdin>", "single",
/// PyCF_ALLOW_TOP_LEVEL_AWAIT)`); on error returns the source with the error for reporting.
pub fn compile(text: &str) -> Result<Compiled, (Rc<SourceFile>, CompileError)> {
    let source = Rc::new(SourceFile::new("<stdin>", text.to_string()));
    let module = match crate::parser::parse(&source, Mode::Interactive) {
        Ok(m) => m,
        Err(e) => return Err((source, e)),
    };
    match crate::compiler::compile_top_level_await(&module, source.clone(), Mode::Interactive) {
        Ok((code, warnings)) => Ok(Compiled {
            source,
            code,
            warnings,
        }),
        Err(e) => Err((source, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_bracket_and_compound_statement_need_more() {
        assert!(needs_more("x = (\n"));
        assert!(needs_more("s = '''\n"));
        assert!(needs_more("def f():\n"));
        assert!(needs_more("def f():\n    return 1\n"));
        assert!(!needs_more("def f():\n    return 1\n\n"));
        assert!(!needs_more("x = 1\n"));
    }

    #[test]
    fn error_before_the_end_of_an_unfinished_entry_is_reported_at_once() {
        assert!(!needs_more("for\n"));
        assert!(!needs_more("if True:\nprint(1)\n"));
        assert!(needs_more("if True:\n"));
        assert!(needs_more("if True:\n    pass\nelse:\n"));
        assert!(needs_more("class C:\n    def f(self):\n"));
    }

    #[test]
    fn brackets_inside_strings_do_not_continue() {
        assert!(!needs_more("print('(')\n"));
        assert!(!needs_more("x = '''a(b'''\n"));
    }

    #[test]
    fn syntax_error_is_complete_so_it_gets_reported() {
        assert!(!needs_more("x = = 1\n"));
        assert!(compile("x = = 1\n").is_err());
    }

    #[test]
    fn top_level_await_compiles_to_a_coroutine() {
        let c = compile("await f()\n").ok().expect("compiles");
        assert!(c.is_coroutine());
        let c = compile("f()\n").ok().expect("compiles");
        assert!(!c.is_coroutine());
        let c = compile("async def g():\n    await f()\n\n")
            .ok()
            .expect("compiles");
        assert!(!c.is_coroutine());
    }

    #[test]
    fn async_for_with_and_comprehensions_at_top_level_compile_to_coroutines() {
        for src in [
            "async for x in a():\n    pass\n\n",
            "async with m() as c:\n    pass\n\n",
            "[x async for x in a()]\n",
        ] {
            let c = compile(src).ok().expect("compiles");
            assert!(c.is_coroutine(), "{src}");
        }
        // An async generator expression is just created, not awaited.
        let c = compile("(x async for x in a())\n").ok().expect("compiles");
        assert!(!c.is_coroutine());
        // Inside a plain function, await stays an error.
        assert!(compile("def f():\n    await g()\n\n").is_err());
    }
}
