//! Running programs: the `__main__` module set-up, uncaught-exception reporting (traceback on
//! stderr after flushing stdout, exit 1), `SystemExit` handling (CPython's
//! `handle_system_exit`), the big-stack interpreter thread, the interactive session
//! (`run_interactive`: a `-i` program, then `repl::interact` in its namespace), and the exit
//! by SIGINT after an uncaught KeyboardInterrupt.
//!
//! Invariant: every entry point here runs the compiler and the VM on a thread with
//! `vm::STACK_SIZE` bytes of stack, so deep (bounded) recursion in the front end and native
//! re-entry in the VM cannot overflow the Rust stack.

use crate::object::{PyDict, PyErr, Value};
use crate::source::SourceFile;
use crate::vm::Vm;
use std::rc::Rc;

/// What to run.
#[derive(Clone, Debug)]
pub enum Program {
    /// A script file; `sys.argv = [path, args..]`.
    File(String),
    /// `-c CODE`; `sys.argv = ["-c", args..]`.
    Command(String),
    /// `-` (`dash`) or piped stdin; `sys.argv = ["-" or "", args..]`.
    Stdin { text: String, dash: bool },
    /// `-m MODULE`: runpy's `_run_module_as_main`; `sys.argv = [path of the module, args..]`.
    Module(String),
}

/// Run `f` on a thread with the interpreter's large stack and return its result.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new()
        .name("coil".into())
        .stack_size(crate::vm::STACK_SIZE)
        .spawn(f);
    match h {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(p) => std::panic::resume_unwind(p),
        },
        Err(_) => {
            eprintln!("coil: cannot start the interpreter thread");
            std::process::exit(1)
        }
    }
}

/// The CLI entry: run a program with `sys.argv` set; returns the process exit code.
/// Ctrl-C raises KeyboardInterrupt in the running code (`vm::interrupt`); if one escapes,
/// the process ends killed by SIGINT after the traceback, as CPython's does.
pub fn run_main(prog: Program, args: Vec<String>) -> i32 {
    crate::vm::interrupt::install_handler();
    let code = on_big_stack(move || {
        let mut vm = Vm::new();
        let code = run_program(&mut vm, prog, args);
        let _ = vm.flush_stdout();
        code
    });
    exit_after_interrupt(code)
}

/// After an uncaught KeyboardInterrupt, die by SIGINT (CPython's `exit_sigint`).
fn exit_after_interrupt(code: i32) -> i32 {
    if UNCAUGHT_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        crate::vm::interrupt::exit_sigint();
    }
    code
}

/// Set when `report_uncaught` printed a KeyboardInterrupt that ends the program.
static UNCAUGHT_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// `coil -i [program]` and `coil` on a terminal: run `prog` (if any) in `__main__`, then the
/// interactive prompt in the same namespace (`repl::interact`; `quiet` drops the banner).
/// An exception in `prog`, SystemExit included, is printed and the prompt still opens, as
/// with `python3 -i`. Returns the exit status.
pub fn run_interactive(prog: Option<Program>, args: Vec<String>, quiet: bool) -> i32 {
    crate::vm::interrupt::install_handler();
    on_big_stack(move || {
        let mut vm = Vm::new();
        let globals = match prog {
            Some(p) => {
                let (name, text, argv0) = match p {
                    Program::File(path) => {
                        let abs = absolute(&path);
                        match std::fs::read(&path) {
                            Ok(b) => (abs, String::from_utf8_lossy(&b).into_owned(), path.clone()),
                            Err(e) => {
                                let errno = e.raw_os_error().unwrap_or(2);
                                let msg =
                                    crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
                                eprintln!(
                                    "coil: can't open file '{}': [Errno {}] {}",
                                    abs, errno, msg
                                );
                                return 2;
                            }
                        }
                    }
                    Program::Command(c) => ("<string>".to_string(), c, "-c".to_string()),
                    Program::Stdin { text, dash } => (
                        "<stdin>".to_string(),
                        text,
                        if dash { "-".into() } else { String::new() },
                    ),
                    Program::Module(m) => return run_module(&mut vm, &m, args),
                };
                let mut argv = vec![argv0];
                argv.extend(args);
                vm.argv = argv;
                let globals = main_globals(&mut vm, &name);
                let source = Rc::new(SourceFile::new(name, text));
                match crate::compile_pipeline_with_warnings(&source, crate::ast::Mode::Module) {
                    Ok((c, warnings)) => {
                        vm.show_compile_warnings(&source, &warnings);
                        if let Err(e) = vm.run_code(c, globals.clone()) {
                            let exc = vm.exception_object(e);
                            crate::modules::sys_info::report_through_excepthook(&mut vm, &exc);
                        }
                    }
                    Err(e) => {
                        let err = vm.syntax_error(&e, &source);
                        let exc = vm.exception_object(err);
                        let text = crate::traceback::format_exception(&mut vm, &exc);
                        let _ = vm.write_stderr(&text);
                    }
                }
                globals
            }
            None => {
                vm.argv = std::iter::once(String::new()).chain(args).collect();
                main_globals(&mut vm, "<stdin>")
            }
        };
        let status = crate::repl::interact(&mut vm, globals.clone(), quiet);
        vm.finalize_main(&globals);
        let _ = vm.flush_stdout();
        status
    })
}

/// Run a script file (`coil FILE ARGS`); returns the exit code.
pub fn run_file(path: &str, args: Vec<String>) -> i32 {
    run_main(Program::File(path.to_string()), args)
}

/// Run source text as `__main__` with file name `name`, writing to the real stdout/stderr.
pub fn run_source(name: &str, text: &str) -> i32 {
    let (name, text) = (name.to_string(), text.to_string());
    on_big_stack(move || {
        let mut vm = Vm::new();
        let code = exec_main(&mut vm, &name, text);
        let _ = vm.flush_stdout();
        code
    })
}

/// Run source text as `__main__` capturing output: (exit code, stdout, stderr).
pub fn run_source_captured(name: &str, text: &str) -> (i32, String, String) {
    let (name, text) = (name.to_string(), text.to_string());
    on_big_stack(move || {
        let mut vm = Vm::new_captured();
        let code = exec_main(&mut vm, &name, text);
        let (o, e) = vm.take_output();
        (code, o, e)
    })
}

fn run_program(vm: &mut Vm, prog: Program, args: Vec<String>) -> i32 {
    // With `-W` options or PYTHONWARNINGS the warnings module is imported at start-up (as
    // CPython always does), so its filters apply to coil's own warnings too.
    if crate::modules::sys_info::has_warnoptions() {
        if let Err(e) = crate::modules::import(vm, "warnings") {
            return report_uncaught(vm, e);
        }
    }
    match prog {
        Program::File(path) => {
            let abs = absolute(&path);
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
                    eprintln!("coil: can't open file '{}': [Errno {}] {}", abs, errno, msg);
                    return 2;
                }
            };
            let mut argv = vec![path.clone()];
            argv.extend(args);
            vm.argv = argv;
            let text = match crate::lexer::decode_source_file(&bytes, &abs) {
                Ok(t) => t,
                Err(e) => {
                    let src = Rc::new(SourceFile::new(abs.clone(), String::new()));
                    return report_compile_error(vm, &e, &src);
                }
            };
            exec_main(vm, &abs, text)
        }
        Program::Command(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(args);
            vm.argv = argv;
            exec_main(vm, "<string>", code)
        }
        Program::Stdin { text, dash } => {
            let mut argv = vec![if dash { "-".to_string() } else { String::new() }];
            argv.extend(args);
            vm.argv = argv;
            exec_main(vm, "<stdin>", text)
        }
        Program::Module(name) => run_module(vm, &name, args),
    }
}

/// `coil -m NAME ARGS` (runpy's `_run_module_as_main`): find the module on `sys.path` (the
/// current directory first), importing its parent packages; a package runs its
/// `__main__` submodule. The module runs as `__main__` with its `__spec__`, `__file__` and
/// `__package__`, and `sys.argv[0]` is its path. Errors are reported as
/// `EXECUTABLE: No module named x` with exit status 1.
fn run_module(vm: &mut Vm, name: &str, args: Vec<String>) -> i32 {
    use crate::modules::importer::{find_for_main, MainSpec};
    let mut argv = vec!["-m".to_string()];
    argv.extend(args);
    vm.argv = argv;
    let sys = match crate::modules::import(vm, "sys") {
        Ok(s) => s,
        Err(e) => return report_uncaught(vm, e),
    };
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Ok(Some(Value::List(p))) = vm.getattr_opt(&sys, &crate::vm::name("path")) {
        let mut items = p.items.borrow_mut();
        if let Some(first) = items.first_mut() {
            *first = Value::from_string(cwd);
        }
    }
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "coil".to_string());
    let fail = |vm: &mut Vm, msg: String| -> i32 {
        let _ = vm.write_stderr(&format!("{exe}: {msg}\n"));
        1
    };
    let mut target = name.to_string();
    let (origin, spec, loader) = loop {
        match find_for_main(vm, &target) {
            Err(e) => {
                let exc = vm.exception_object(e);
                let t = vm.type_of(&exc);
                if !crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::ImportError) {
                    return report_uncaught(vm, PyErr::from_object(exc));
                }
                let line = crate::traceback::exception_line(vm, &exc, &t);
                return fail(
                    vm,
                    format!(
                        "Error while finding module specification for {} ({})",
                        crate::object::str::str_repr(&target),
                        line.trim_end()
                    ),
                );
            }
            Ok(MainSpec::NotFound) if target != name => {
                return fail(
                    vm,
                    format!(
                        "No module named {target}; '{name}' is a package and cannot be directly executed"
                    ),
                )
            }
            Ok(MainSpec::NotFound) => return fail(vm, format!("No module named {target}")),
            Ok(MainSpec::NoCode) => {
                return fail(vm, format!("No code object available for {target}"))
            }
            Ok(MainSpec::File { package: true, .. }) if target != name => {
                return fail(
                    vm,
                    format!(
                        "Cannot use package as __main__ module; '{name}' is a package and cannot be directly executed"
                    ),
                )
            }
            Ok(MainSpec::File { package: true, .. }) => target = format!("{name}.__main__"),
            Ok(MainSpec::File {
                origin,
                spec,
                loader,
                ..
            }) => break (origin, spec, loader),
        }
    };
    if let Some(Value::List(a)) = vm
        .getattr_opt(&sys, &crate::vm::name("argv"))
        .ok()
        .flatten()
    {
        if let Some(first) = a.items.borrow_mut().first_mut() {
            *first = Value::str(&origin);
        }
    }
    if let Some(a) = vm.argv.first_mut() {
        *a = origin.clone();
    }
    let bytes = match std::fs::read(&origin) {
        Ok(b) => b,
        Err(e) => return fail(vm, format!("can't open file '{origin}': {e}")),
    };
    let text = match crate::lexer::decode_source_file(&bytes, &origin) {
        Ok(t) => t,
        Err(e) => {
            let src = Rc::new(SourceFile::new(origin.clone(), String::new()));
            return report_compile_error(vm, &e, &src);
        }
    };
    let package = target.rsplit_once('.').map_or("", |(p, _)| p).to_string();
    let runner = runpy_runner(vm);
    exec_main_with(vm, &origin, text, |g| {
        let n = crate::vm::name;
        g.set_str(n("__spec__"), spec);
        g.set_str(n("__loader__"), loader);
        g.set_str(n("__package__"), Value::from_string(package));
        runner
    })
}

/// CPython runs `-m` modules from `runpy`, whose two frames head every traceback:
/// `File "<frozen runpy>", line 198, in _run_module_as_main` and `line 88, in _run_code`.
/// This stand-in has those names and line numbers (no source lines are shown for frozen
/// modules).
fn runpy_runner(vm: &mut Vm) -> Option<Value> {
    let mut src = String::new();
    src.push_str(&"\n".repeat(86));
    src.push_str("def _run_code(code, run_globals):\n"); // line 87
    src.push_str("    exec(code, run_globals)\n"); // line 88
    src.push_str(&"\n".repeat(196 - 88));
    src.push_str("def _run_module_as_main(code, main_globals):\n"); // line 197
    src.push_str("    _run_code(code, main_globals)\n"); // line 198
    let code = vm.compile_source(&src, "<frozen runpy>", "exec").ok()?;
    let ns = Rc::new(PyDict::new());
    crate::modules::set(&ns, "__name__", Value::str("runpy"));
    vm.exec_code(code, ns.clone(), None).ok()?;
    ns.get_str(&crate::vm::name("_run_module_as_main"))
}

fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => {
            let joined = d.join(p);
            // Normalise `./x.py` the way CPython's os.path.abspath would.
            let mut out = std::path::PathBuf::new();
            for c in joined.components() {
                match c {
                    std::path::Component::CurDir => {}
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    other => out.push(other.as_os_str()),
                }
            }
            out.to_string_lossy().into_owned()
        }
        Err(_) => path.to_string(),
    }
}

fn report_compile_error(vm: &mut Vm, e: &crate::error::CompileError, src: &Rc<SourceFile>) -> i32 {
    // CPython's file tokenizer reports a missing indented block at end of input with
    // offset 0, so the top-level display shows no caret (`compile()` and `-c` do show one).
    let eof_block = e.kind == crate::error::CompileErrorKind::IndentationError
        && e.msg.starts_with("expected an indented block")
        && e.explicit.is_none()
        && src.name != "<string>"
        && e.span.start as usize >= src.text.trim_end().len();
    let mut fixed;
    let e = if eof_block {
        fixed = e.clone();
        let line = src.line_of(e.span.start.min(src.text.trim_end().len() as u32));
        fixed.explicit = Some((line, 0, line, 0));
        &fixed
    } else {
        e
    };
    let err = vm.syntax_error(e, src);
    report_uncaught(vm, err)
}

/// Compile and run `text` as the `__main__` module; returns the exit code.
pub fn exec_main(vm: &mut Vm, filename: &str, text: String) -> i32 {
    exec_main_with(vm, filename, text, |_| None)
}

/// `exec_main`, with `init` adjusting `__main__`'s namespace before the code runs and
/// optionally returning a function `f(code, globals)` that runs it (`-m`'s runpy frames).
fn exec_main_with(
    vm: &mut Vm,
    filename: &str,
    text: String,
    init: impl FnOnce(&Rc<PyDict>) -> Option<Value>,
) -> i32 {
    let source = Rc::new(SourceFile::new(filename, text));
    let code = match crate::compile_pipeline_with_warnings(&source, crate::ast::Mode::Module) {
        Ok((c, warnings)) => match vm.emit_compile_warnings(&source, &warnings) {
            Ok(()) => c,
            Err(e) => return report_uncaught(vm, e),
        },
        Err(e) => return report_compile_error(vm, &e, &source),
    };
    let globals = main_globals(vm, filename);
    let runner = init(&globals);
    let result = match runner {
        Some(f) => vm.call(&f, &[Value::Code(code), Value::Dict(globals.clone())]),
        None => vm.run_code(code, globals.clone()),
    };
    let status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, e),
    };
    // Interpreter shutdown: close generators still suspended in `__main__`'s namespace.
    vm.finalize_main(&globals);
    match vm.flush_stdout() {
        Ok(()) => status,
        Err(e) if status == 0 => report_uncaught(vm, e),
        Err(_) => status,
    }
}

/// A fresh `__main__` module for `filename`, registered in `sys.modules`; its namespace.
pub fn main_globals(vm: &mut Vm, filename: &str) -> Rc<PyDict> {
    let globals = Rc::new(PyDict::new());
    let n = crate::vm::name;
    globals.set_str(n("__name__"), Value::str("__main__"));
    globals.set_str(n("__doc__"), Value::None);
    globals.set_str(n("__builtins__"), Value::Dict(vm.builtins.clone()));
    // A script's `__main__` has no spec and no package (CPython's `pymain_run_file`).
    globals.set_str(n("__spec__"), Value::None);
    globals.set_str(n("__package__"), Value::None);
    globals.set_str(n("__loader__"), Value::None);
    if !filename.starts_with('<') {
        globals.set_str(n("__file__"), Value::str(filename));
    }
    let module = Rc::new(crate::object::Module {
        name: n("__main__"),
        dict: globals.clone(),
    });
    vm.modules.set_str(n("__main__"), Value::Module(module));
    globals
}

/// Print an uncaught exception CPython's way (or handle SystemExit) and return the exit code.
pub fn report_uncaught(vm: &mut Vm, err: PyErr) -> i32 {
    let exc = vm.exception_object(err);
    let t = vm.type_of(&exc);
    if crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::SystemExit) {
        return handle_system_exit(vm, &exc);
    }
    crate::modules::sys_info::report_through_excepthook(vm, &exc);
    if crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::KeyboardInterrupt) {
        UNCAUGHT_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    1
}

/// CPython's `_Py_HandleSystemExit`: `code` None → 0, int → it, anything else printed to
/// stderr → 1.
fn handle_system_exit(vm: &mut Vm, exc: &Value) -> i32 {
    let code = match vm.getattr_opt(exc, &crate::vm::name("code")) {
        Ok(Some(c)) => c,
        _ => match crate::vm::unwind::exc_data(exc).map(|d| d.borrow().args.clone()) {
            Some(Value::Tuple(t)) if t.items.len() == 1 => t.items[0].clone(),
            Some(Value::Tuple(t)) if t.items.is_empty() => Value::None,
            Some(v) => v,
            None => Value::None,
        },
    };
    let _ = vm.flush_stdout();
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        other => {
            let s = match vm.str(&other) {
                Ok(s) => s.as_str().to_string(),
                Err(_) => String::new(),
            };
            let _ = vm.write_stderr(&format!("{}\n", s));
            1
        }
    }
}

/// `coil --dis FILE`: print the bytecode listing; returns the exit code.
pub fn dis_file(path: &str) -> i32 {
    let path = path.to_string();
    on_big_stack(move || {
        let mut vm = Vm::new();
        let abs = absolute(&path);
        let text = match std::fs::read(&path) {
            Ok(b) => match crate::lexer::decode_source_file(&b, &abs) {
                Ok(t) => t,
                Err(e) => {
                    let src = Rc::new(SourceFile::new(abs.clone(), String::new()));
                    return report_compile_error(&mut vm, &e, &src);
                }
            },
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
                eprintln!("coil: can't open file '{}': [Errno {}] {}", abs, errno, msg);
                return 2;
            }
        };
        let source = Rc::new(SourceFile::new(abs, text));
        match crate::compile_pipeline(&source, crate::ast::Mode::Module) {
            Ok(code) => {
                let out = crate::compiler::dis::disassemble(&code);
                let _ = vm.write_stdout(&out);
                let _ = vm.flush_stdout();
                0
            }
            Err(e) => report_compile_error(&mut vm, &e, &source),
        }
    })
}
