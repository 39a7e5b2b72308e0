//! The virtual machine: `Vm` owns the frame stack, the builtins namespace and module table, the
//! handled-exception state, the recursion counters and the output sinks. The protocol API
//! natives call back into lives in `protocol.rs`; the dispatch loop lives in `eval.rs`, calls
//! in `call.rs`, raising and unwinding in `unwind.rs`.
//!
//! Invariants: a Python-to-Python call pushes a heap frame and never recurses in Rust; the only
//! Rust re-entry is `Vm::call` (and the protocol helpers built on it) from native code, counted
//! against the recursion limit (`depth`) and, separately, against `MAX_NATIVE_DEPTH` so deep
//! native re-entry cannot overflow the Rust stack.

pub mod asyncgen;
pub mod attrcache;
pub mod call;
pub mod coro;
pub mod eval;
mod eval_calls;
mod eval_cold;
pub mod fast;
pub mod fastpath;
pub mod frame;
pub mod gen;
pub mod gen_type;
pub mod interrupt;
pub mod ops;
pub mod protocol;
pub mod unwind;

use crate::bytecode::CodeObject;
use crate::object::{ExcType, PyDict, PyErr, PyResult, PyStr, Value};
use frame::{Frame, FramePool};
use std::io::Write;
use std::rc::Rc;

/// How deep native code may re-enter the dispatch loop (`Vm::call` from Rust) before a
/// RecursionError, whatever `sys.getrecursionlimit()` says. Each re-entry costs a few KiB of
/// Rust stack; the interpreter thread reserves `STACK_SIZE` bytes.
pub const MAX_NATIVE_DEPTH: usize = 12_000;

/// The stack reserved for the interpreter thread (virtual memory; pages are touched lazily).
pub const STACK_SIZE: usize = 1 << 30;

/// Where `print` goes: the process's stdout/stderr (buffered), or a buffer (tests, embedding).
pub enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Stderr(std::io::Stderr),
    Capture(Vec<u8>),
}

impl Sink {
    fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(s.as_bytes()),
            Sink::Stderr(w) => w.write_all(s.as_bytes()),
            Sink::Capture(v) => {
                v.extend_from_slice(s.as_bytes());
                Ok(())
            }
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Stderr(w) => w.flush(),
            Sink::Capture(_) => Ok(()),
        }
    }
}

pub struct Vm {
    /// Frames of the running Python code *below* the frame each active dispatch loop holds in
    /// hand (see `eval.rs`): when native code runs (called from `Call`), the calling Python
    /// frame is on top.
    pub frames: Vec<Box<Frame>>,
    pub frame_pool: FramePool,
    /// The `builtins` namespace (filled by the builtins and objects helpers).
    pub builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// `sys.getrecursionlimit()`; `sys.setrecursionlimit` writes it.
    pub recursion_limit: usize,
    /// Python frames plus native re-entries currently active (CPython's recursion depth).
    pub depth: usize,
    /// Native re-entries into the dispatch loop currently active.
    pub native_depth: usize,
    /// The exception currently being handled (`sys.exc_info()[1]`), `Value::None` when none.
    pub exc_info: Value,
    /// `sys.argv`.
    pub argv: Vec<String>,
    pub stdout: Sink,
    pub stderr: Sink,
    pub(crate) global_cache: Box<[eval::GlobalCacheEntry]>,
    /// Generators released by frames an exception unwound through: CPython keeps those frames
    /// alive in the traceback until the exception is handled, so they are closed at the end
    /// of the `except` block (`POP_EXCEPT`) or at exit (`vm/gen.rs`).
    pub deferred_finalizers: Vec<Rc<crate::object::generator::PyGen>>,
    /// Instances with `__del__` that frames an exception unwound through released: CPython's
    /// traceback keeps those frames (and their locals) alive as long as the exception lives,
    /// so they move into the exception (`ExceptionData::kept_alive`) when its traceback grows
    /// (`Vm::prepend_traceback`), and are finalised when it dies.
    pub deferred_dels: Vec<Rc<crate::object::class::Instance>>,
    /// Warnings already shown (file, line, message): the warnings module's "default" action.
    pub warned: std::collections::HashSet<(String, u32, String)>,
    /// `sys.set_asyncgen_hooks`: called with an async generator on its first iteration /
    /// when it is dropped unfinished (vm/asyncgen.rs). None when unset.
    pub asyncgen_firstiter: Value,
    pub asyncgen_finalizer: Value,
    /// `sys.set_coroutine_origin_tracking_depth` (recorded; `cr_origin` stays None).
    pub coro_origin_depth: i64,
    /// The asyncio event loop and its types (`aio/`), created on first use.
    pub aio: Option<Box<crate::aio::AioState>>,
    /// `generator.send` / `generator.__next__` (the generator type is immutable), for
    /// LOAD_METHOD on a generator (`vm/gen.rs`).
    pub(crate) gen_methods: Option<Box<[Value; 2]>>,
    /// The last generator code object checked for handlers needing a close, and the answer.
    /// The last generator function code made into a generator: whether its generators may
    /// need a close, and its interned name and qualname (a function still named as its code
    /// is recognised by pointer).
    pub(crate) gen_close_cache: Option<(
        Rc<CodeObject>,
        bool,
        Rc<crate::object::PyStr>,
        Rc<crate::object::PyStr>,
    )>,
    /// Interpreter shutdown has begun (`Vm::finalize_main`): unraisable reports omit source.
    pub at_exit: bool,
    pub(crate) attr_cache: Box<[attrcache::AttrCacheEntry]>,
    pub(crate) builtin_meth_cache: Box<[attrcache::BuiltinMethEntry]>,
    pub(crate) attr_hints: Box<[u32]>,

    /// The builtin type registry (objects helper: `object/builtin_types.rs`).
    pub types: crate::object::builtin_types::BuiltinTypes,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// A fresh interpreter writing to the process's stdout/stderr.
    pub fn new() -> Vm {
        let mut vm = Vm {
            frames: Vec::with_capacity(64),
            frame_pool: FramePool::default(),
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            recursion_limit: 1000,
            depth: 0,
            native_depth: 0,
            exc_info: Value::None,
            argv: vec![String::new()],
            stdout: Sink::Stdout(std::io::BufWriter::with_capacity(8192, std::io::stdout())),
            stderr: Sink::Stderr(std::io::stderr()),
            deferred_finalizers: Vec::new(),
            deferred_dels: Vec::new(),
            warned: std::collections::HashSet::new(),
            asyncgen_firstiter: Value::None,
            asyncgen_finalizer: Value::None,
            coro_origin_depth: 0,
            aio: None,
            gen_methods: None,
            gen_close_cache: None,
            at_exit: false,
            global_cache: vec![eval::GlobalCacheEntry::default(); eval::GLOBAL_CACHE_SIZE]
                .into_boxed_slice(),
            attr_hints: vec![0; attrcache::ATTR_HINT_SIZE].into_boxed_slice(),
            builtin_meth_cache: vec![
                attrcache::BuiltinMethEntry::default();
                attrcache::BUILTIN_METH_CACHE_SIZE
            ]
            .into_boxed_slice(),
            attr_cache: vec![attrcache::AttrCacheEntry::default(); attrcache::ATTR_CACHE_SIZE]
                .into_boxed_slice(),

            types: crate::object::builtin_types::BuiltinTypes::new(),
        };
        vm.init_namespaces();
        vm
    }

    /// A fresh interpreter whose stdout and stderr are captured (see `take_output`).
    pub fn new_captured() -> Vm {
        let mut vm = Vm::new();
        vm.stdout = Sink::Capture(Vec::new());
        vm.stderr = Sink::Capture(Vec::new());
        vm
    }

    /// Captured (stdout, stderr) text since the last call (empty for real sinks).
    pub fn take_output(&mut self) -> (String, String) {
        fn take(s: &mut Sink) -> String {
            match s {
                Sink::Capture(v) => String::from_utf8_lossy(&std::mem::take(v)).into_owned(),
                _ => String::new(),
            }
        }
        (take(&mut self.stdout), take(&mut self.stderr))
    }

    /// Let the other subsystems register the builtin types, functions and modules.
    fn init_namespaces(&mut self) {
        let b = self.builtins.clone();
        b.set_str(
            crate::object::str::intern("__name__"),
            Value::str("builtins"),
        );
        crate::object::builtin_types::register_builtins(self);
        self.register_builtins();
    }

    /// Fill the builtins namespace: the builtin functions (`builtins::builtin_functions`) and
    /// the builtin type objects and exception classes (objects helper's registry).
    fn register_builtins(&mut self) {
        crate::builtins::init(self);
    }

    /// `sys.setrecursionlimit(n)`.
    pub fn set_recursion_limit(&mut self, n: usize) {
        self.recursion_limit = n;
    }

    /// Write text to `sys.stdout`. A closed pipe raises BrokenPipeError, as in CPython.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.stdout.write_str(s).map_err(io_error)
    }
    /// Write text to `sys.stderr` (unbuffered; stdout is flushed first so output interleaves
    /// as in CPython on a terminal).
    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        let _ = self.stdout.flush();
        self.stderr.write_str(s).map_err(io_error)
    }
    /// Flush `sys.stdout` (at exit, before tracebacks, `print(flush=True)`).
    pub fn flush_stdout(&mut self) -> PyResult<()> {
        self.stdout.flush().map_err(io_error)
    }

    /// Compile `text` into a code object (the `compile()`/`exec()` pipeline). `mode` is
    /// `"exec"`, `"eval"` or `"single"`. A syntax error becomes a SyntaxError exception object.
    pub fn compile_source(
        &mut self,
        text: &str,
        filename: &str,
        mode: &str,
    ) -> PyResult<Rc<CodeObject>> {
        let m = match mode {
            "exec" => crate::ast::Mode::Module,
            "eval" => crate::ast::Mode::Eval,
            "single" => crate::ast::Mode::Interactive,
            _ => {
                return Err(PyErr::value_error(
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ))
            }
        };
        let source = Rc::new(crate::source::SourceFile::new(filename, text));
        self.compile_parsed(&source, m)
    }

    /// Parse and compile `source`, showing its SyntaxWarnings on stderr; a syntax error
    /// becomes a SyntaxError exception object.
    pub fn compile_parsed(
        &mut self,
        source: &Rc<crate::source::SourceFile>,
        mode: crate::ast::Mode,
    ) -> PyResult<Rc<CodeObject>> {
        match crate::compile_pipeline_with_warnings(source, mode) {
            Ok((code, warnings)) => {
                self.emit_compile_warnings(source, &warnings)?;
                Ok(code)
            }
            Err(e) => Err(self.syntax_error(&e, source)),
        }
    }

    /// Print compile-time SyntaxWarnings as CPython's default `warnings.showwarning` does:
    /// `{file}:{line}: SyntaxWarning: {msg}` and, when the file can be read from disk (what
    /// `linecache` does), its source line stripped and indented by two spaces.
    pub fn show_compile_warnings(
        &mut self,
        source: &crate::source::SourceFile,
        warnings: &[crate::compiler::CompileWarning],
    ) {
        let _ = self.emit_compile_warnings(source, warnings);
    }

    /// Issue compile-time SyntaxWarnings: through `warnings.warn_explicit` once the warnings
    /// module is imported (so filters and `catch_warnings` see them; CPython's
    /// `compiler_warn`), where an "error" filter turns one into a SyntaxError at its location
    /// (with no source text, as CPython reports it); otherwise printed as the default filter
    /// would.
    pub fn emit_compile_warnings(
        &mut self,
        source: &crate::source::SourceFile,
        warnings: &[crate::compiler::CompileWarning],
    ) -> PyResult<()> {
        if warnings.is_empty() {
            return Ok(());
        }
        let intern = crate::object::str::intern;
        if let Some(w) = self.modules.get_str(&intern("warnings")) {
            if let Some(f) = self.getattr_opt(&w, &intern("warn_explicit"))? {
                let cat = Value::Type(
                    self.types
                        .exc(crate::object::ExcType::SyntaxWarning)
                        .clone(),
                );
                for w in warnings {
                    let line = source.line_of(w.span.start);
                    let args = [
                        Value::str(&w.msg),
                        cat.clone(),
                        Value::str(&source.name),
                        Value::Int(line as i64),
                    ];
                    if let Err(e) = self.call(&f, &args) {
                        let exc = self.exception_object(e);
                        let t = self.type_of(&exc);
                        if !crate::vm::unwind::type_is_exc(
                            &t,
                            crate::object::ExcType::SyntaxWarning,
                        ) {
                            return Err(PyErr::from_object(exc));
                        }
                        let ce = crate::error::CompileError::syntax(w.msg.clone(), w.span);
                        let err = self.syntax_error(&ce, source);
                        let se = self.exception_object(err);
                        // CPython's `compiler_error` here has no source text: rebuild the
                        // exception with `text` None in its args too.
                        let mut loc = vec![Value::str(&source.name)];
                        for a in ["lineno", "offset", "text", "end_lineno", "end_offset"] {
                            let v = if a == "text" {
                                Value::None
                            } else {
                                self.getattr_opt(&se, &intern(a))?.unwrap_or(Value::None)
                            };
                            loc.push(v);
                        }
                        let cls = Value::Type(self.type_of(&se));
                        let se = self.call(&cls, &[Value::str(&w.msg), Value::tuple(loc)])?;
                        return Err(PyErr::from_object(se));
                    }
                }
                return Ok(());
            }
        }
        let on_disk = std::fs::read_to_string(&source.name).ok();
        for w in warnings {
            let line = source.line_of(w.span.start);
            let mut text = format!("{}:{}: SyntaxWarning: {}\n", source.name, line, w.msg);
            if let Some(disk) = &on_disk {
                if let Some(l) = disk.lines().nth(line.saturating_sub(1) as usize) {
                    let l = l.trim();
                    if !l.is_empty() {
                        text.push_str(&format!("  {}\n", l));
                    }
                }
            }
            let _ = self.write_stderr(&text);
        }
        Ok(())
    }

    /// Run a code object with the given globals and locals mapping (`exec(code, g, l)`);
    /// returns the value of the code (None for module code, the expression for `eval`).
    pub fn exec_code(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<PyDict>,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let bkey = crate::object::str::intern("__builtins__");
        if globals.get_str(&bkey).is_none() {
            globals.set_str(bkey, Value::Dict(self.builtins.clone()));
        }
        let locals = locals.unwrap_or_else(|| Value::Dict(globals.clone()));
        let builtins = self.builtins.clone();
        let frame = self.frame_pool.get(code, globals, builtins, Some(locals));
        if let Err(e) = self.enter_frame() {
            self.frame_pool.put(frame);
            return Err(e);
        }
        self.run_frame_reentrant(frame)
    }

    /// The globals of the innermost running Python frame (for `globals()`, `exec`, `eval`).
    pub fn current_globals(&self) -> Option<Rc<PyDict>> {
        self.frames.last().map(|f| f.globals.clone())
    }
    /// The locals mapping of the innermost running Python frame, if it has one (module and
    /// class bodies); function frames have none (see `current_fast_locals`).
    pub fn current_locals(&self) -> Option<Value> {
        self.frames
            .last()
            .and_then(|f| f.locals.as_deref().cloned())
    }
    /// The innermost running Python frame (its fast locals are `values[..nlocals]`).
    pub fn current_frame(&self) -> Option<&Frame> {
        self.frames.last().map(|f| &**f)
    }
}

/// An I/O error as the matching OSError subclass (`BrokenPipeError: [Errno 32] Broken pipe`).
pub fn io_error(e: std::io::Error) -> PyErr {
    use std::io::ErrorKind as K;
    let kind = match e.kind() {
        K::BrokenPipe => ExcType::BrokenPipeError,
        K::NotFound => ExcType::FileNotFoundError,
        K::PermissionDenied => ExcType::PermissionError,
        K::AlreadyExists => ExcType::FileExistsError,
        K::Interrupted => ExcType::InterruptedError,
        _ => ExcType::OSError,
    };
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        K::BrokenPipe => 32,
        _ => 5,
    });
    let msg = strerror(errno).unwrap_or_else(|| e.to_string());
    PyErr::with_args(kind, vec![Value::Int(errno as i64), Value::str(&msg)])
}

/// The OSError subclass CPython raises for `errno` (`PyErr_SetFromErrno`'s errno map, the
/// cases coil's file and os functions meet).
pub fn os_error_kind(errno: i32) -> crate::object::ExcType {
    use crate::object::ExcType;
    match errno {
        libc::ENOENT => ExcType::FileNotFoundError,
        libc::EACCES | libc::EPERM => ExcType::PermissionError,
        libc::EEXIST => ExcType::FileExistsError,
        libc::EISDIR => ExcType::IsADirectoryError,
        libc::ENOTDIR => ExcType::NotADirectoryError,
        _ => ExcType::OSError,
    }
}

/// The C library's message for an errno (`No such file or directory`), without Rust's
/// " (os error N)" suffix.
pub fn strerror(errno: i32) -> Option<String> {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {})", errno);
    s.strip_suffix(&suffix).map(|x| x.to_string())
}

/// A `str` value for a Rust string, interned (for names).
pub fn name(s: &str) -> Rc<PyStr> {
    crate::object::str::intern(s)
}
