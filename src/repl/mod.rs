//! The interactive prompt (`coil` on a terminal, `coil -i`): CPython's
//! `PyRun_InteractiveLoop` with rustyline. Reads lines (`reader`) until an entry is complete
//! (`entry::needs_more`), compiles it as `<stdin>` in interactive mode with top-level `await`
//! allowed, runs it in `__main__`'s namespace (awaiting entries on the session's event loop:
//! `aio`), and reports exceptions with their traceback, keeping all state. `sys.ps1`/`sys.ps2`
//! give the prompts; Ctrl-C at the prompt prints `KeyboardInterrupt`, Ctrl-D on an empty line
//! or `exit()` leaves. Completion is in `complete`.
//!
//! Invariant: the SIGINT flag (`vm::interrupt`) is cleared before each read, so a Ctrl-C
//! typed while nothing runs never interrupts the next entry.

pub mod aio;
pub mod complete;
pub mod entry;
pub mod reader;

use crate::object::{ExcType, PyDict, PyErr, Value};
use crate::vm::Vm;
use reader::{LineReader, Read};
use std::rc::Rc;

/// The banner printed (to stderr, like CPython's) unless `-q`. It names only what exists
/// (coil has no `help`/`copyright`/`credits`/`license` objects).
pub fn banner() -> String {
    format!(
        "coil {} (Python 3.11 compatible) on {}\nType \"exit()\" or Ctrl-D (i.e. EOF) to exit.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// `exit`/`quit` (CPython's `_sitebuiltins.Quitter`), added to builtins when missing.
const SITE: &str = r#"
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
Quitter.__module__ = '_sitebuiltins'
"#;

fn install_site(vm: &mut Vm) {
    let b = vm.builtins.clone();
    if b.get_str(&crate::vm::name("exit")).is_some() {
        return;
    }
    let ns = Rc::new(PyDict::new());
    ns.set_str(crate::vm::name("__builtins__"), Value::Dict(b.clone()));
    ns.set_str(crate::vm::name("__name__"), Value::str("_sitebuiltins"));
    let src = Rc::new(crate::source::SourceFile::new("<site>", SITE.to_string()));
    let Ok(code) = crate::compile_pipeline(&src, crate::ast::Mode::Module) else {
        return;
    };
    if vm.run_code(code, ns.clone()).is_err() {
        return;
    }
    let Some(q) = ns.get_str(&crate::vm::name("Quitter")) else {
        return;
    };
    for name in ["exit", "quit"] {
        if let Ok(v) = vm.call(&q, &[Value::str(name), Value::str("Ctrl-D (i.e. EOF)")]) {
            b.set_str(crate::vm::name(name), v);
        }
    }
}

/// `sys` (imported), for the prompts.
fn sys_module(vm: &mut Vm) -> Option<Value> {
    let import = vm.builtins.get_str(&crate::vm::name("__import__"))?;
    vm.call(&import, &[Value::str("sys")]).ok()
}

/// `str(sys.ps1)` / `str(sys.ps2)`, falling back to the defaults.
fn prompt(vm: &mut Vm, sys: &Option<Value>, which: &str, default: &str) -> String {
    let Some(sys) = sys else {
        return default.to_string();
    };
    match vm.getattr_opt(sys, &crate::vm::name(which)) {
        Ok(Some(v)) => match vm.str(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => default.to_string(),
        },
        _ => default.to_string(),
    }
}

/// How an entry ended.
enum Outcome {
    Ok,
    /// `SystemExit`: leave with this status.
    Exit(i32),
}

/// The REPL's state between entries.
pub struct Repl {
    globals: Rc<PyDict>,
    aio: aio::ReplLoop,
}

impl Repl {
    pub fn new(globals: Rc<PyDict>) -> Repl {
        Repl {
            globals,
            aio: aio::ReplLoop::default(),
        }
    }

    /// Compile and run one complete entry, reporting errors; SystemExit ends the session.
    fn run_entry(&mut self, vm: &mut Vm, text: &str) -> Outcome {
        let compiled = match entry::compile(text) {
            Ok(c) => c,
            Err((src, e)) => {
                let err = vm.syntax_error(&e, &src);
                return self.report(vm, err);
            }
        };
        vm.show_compile_warnings(&compiled.source, &compiled.warnings);
        let r = if compiled.is_coroutine() {
            let coro = aio::coroutine_from_code(vm, &compiled.code, &self.globals);
            match self.aio.run(vm, coro) {
                // What `python3 -m asyncio` prints when Ctrl-C interrupts an awaiting entry.
                Err(e) if is_interrupt(vm, &e) => {
                    let _ = vm.flush_stdout();
                    let _ = vm.write_stderr("\nKeyboardInterrupt\n");
                    Ok(Value::None)
                }
                r => r,
            }
        } else {
            self.aio
                .make_current(vm)
                .and_then(|_| vm.run_code(compiled.code.clone(), self.globals.clone()))
        };
        let out = match r {
            Ok(_) => Outcome::Ok,
            Err(e) => self.report(vm, e),
        };
        if let Err(e) = vm.flush_stdout() {
            return self.report(vm, e);
        }
        out
    }

    /// Print an exception escaping an entry (CPython's `PyErr_Print`), or turn SystemExit
    /// into the session's exit status.
    fn report(&mut self, vm: &mut Vm, err: PyErr) -> Outcome {
        let exc = vm.exception_object(err);
        let t = vm.type_of(&exc);
        if crate::vm::unwind::type_is_exc(&t, ExcType::SystemExit) {
            return Outcome::Exit(crate::run::report_uncaught(vm, PyErr::from_object(exc)));
        }
        crate::modules::sys_info::report_through_excepthook(vm, &exc);
        Outcome::Ok
    }

    /// The read-eval-print loop; returns the exit status.
    pub fn run(&mut self, vm: &mut Vm, reader: &mut dyn LineReader) -> i32 {
        let sys = sys_module(vm);
        let mut pending: std::collections::VecDeque<String> = Default::default();
        let status = 'session: loop {
            let mut buf = String::new();
            loop {
                let _ = vm.flush_stdout();
                let line = match pending.pop_front() {
                    Some(l) => l,
                    None => {
                        let p = if buf.is_empty() {
                            prompt(vm, &sys, "ps1", ">>> ")
                        } else {
                            prompt(vm, &sys, "ps2", "... ")
                        };
                        crate::vm::interrupt::clear();
                        match reader.read(vm, &p) {
                            Read::Line(l) if l.contains('\n') => {
                                reader.add_history(&l);
                                pending.extend(paste_lines(&l));
                                continue;
                            }
                            Read::Line(l) => {
                                reader.add_history(&l);
                                l
                            }
                            Read::Interrupted => {
                                // rustyline has already moved to a new line.
                                let _ = vm.write_stderr("KeyboardInterrupt\n");
                                pending.clear();
                                continue 'session;
                            }
                            Read::Eof => {
                                if !buf.is_empty() {
                                    if let Outcome::Exit(code) = self.run_entry(vm, &buf) {
                                        break 'session code;
                                    }
                                }
                                break 'session 0;
                            }
                        }
                    }
                };
                if buf.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buf.push_str(&line);
                buf.push('\n');
                if !entry::needs_more(&buf) {
                    break;
                }
            }
            if let Outcome::Exit(code) = self.run_entry(vm, &buf) {
                break 'session code;
            }
        };
        reader.save();
        let _ = vm.flush_stdout();
        status
    }
}

fn is_interrupt(vm: &mut Vm, e: &PyErr) -> bool {
    let exc = vm.exception_object(e.clone());
    let t = vm.type_of(&exc);
    crate::vm::unwind::type_is_exc(&t, ExcType::KeyboardInterrupt)
}

/// The lines of a bracketed paste, with the empty lines inside an indented block dropped (a
/// pasted function may contain blank lines, which at the prompt would end it early).
pub fn paste_lines(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.trim().is_empty() {
            let next = lines[i + 1..].iter().find(|n| !n.trim().is_empty());
            if next.is_some_and(|n| n.starts_with(' ') || n.starts_with('\t')) {
                continue;
            }
        }
        out.push(l.to_string());
    }
    // A paste ending in a newline yields a trailing empty piece: the Enter that accepted it.
    if out.last().is_some_and(|l| l.is_empty()) && text.ends_with('\n') {
        out.pop();
    }
    out
}

/// Run the REPL in `__main__`'s namespace `globals` (after a `-i` script, or a fresh one):
/// rustyline on a terminal, plain stdin otherwise. Returns the exit status.
pub fn interact(vm: &mut Vm, globals: Rc<PyDict>, quiet: bool) -> i32 {
    install_site(vm);
    if let Some(sys) = sys_module(vm) {
        for (k, v) in [("ps1", ">>> "), ("ps2", "... ")] {
            if let Ok(None) = vm.getattr_opt(&sys, &crate::vm::name(k)) {
                let _ = vm.setattr(&sys, &crate::vm::name(k), Value::str(v));
            }
        }
    }
    let tty = stdin_is_tty();
    if !quiet {
        let _ = vm.flush_stdout();
        eprint!("{}", banner());
    }
    let mut repl = Repl::new(globals.clone());
    let status = if tty {
        match reader::Rusty::new(globals) {
            Some(mut r) => repl.run(vm, &mut r),
            None => repl.run(vm, &mut reader::Plain::new()),
        }
    } else {
        repl.run(vm, &mut reader::Plain::new())
    };
    status
}

/// Whether stdin is a terminal.
pub fn stdin_is_tty() -> bool {
    // SAFETY: `isatty` only inspects the descriptor.
    unsafe { libc::isatty(0) == 1 }
}

#[cfg(test)]
mod tests {
    use super::paste_lines;

    #[test]
    fn pasted_function_keeps_its_inner_blank_lines_out() {
        let p = paste_lines("def f():\n    a = 1\n\n    return a\n\nf()\n");
        assert_eq!(p, vec!["def f():", "    a = 1", "    return a", "", "f()"]);
    }
}
