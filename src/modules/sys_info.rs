//! The rest of `sys`: the interpreter-information struct sequences (`flags`, `float_info`,
//! `int_info`, `hash_info`), `getsizeof` (CPython 3.11's sizes on 64-bit builds for the
//! built-in types), `getrefcount` (the `Rc` strong count, plus one for the argument as in
//! CPython), the integer string-conversion limit (`object::int::max_str_digits`), the
//! switch interval, `settrace`/`setprofile` (stored and returned, never called: coil does not
//! implement tracing), install prefixes and module-name lists, and the two hooks that report
//! errors: `excepthook` (every uncaught exception goes through `sys.excepthook`, as in
//! CPython's `_PyErr_PrintEx`) and `unraisablehook` (`Vm::write_unraisable` calls a user
//! hook when one is installed).

use crate::builtins::args::{self, Kwargs};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `sys.warnoptions`: PYTHONWARNINGS entries, then the `-W` options (set by `main` before
/// the interpreter thread starts).
static WARNOPTIONS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Record the command line's `-W` options (PYTHONWARNINGS is read here too).
pub fn set_warnoptions(cli: Vec<String>) {
    let mut all: Vec<String> = std::env::var("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    all.extend(cli);
    if let Ok(mut w) = WARNOPTIONS.lock() {
        *w = all;
    }
}

/// Whether any `-W`/PYTHONWARNINGS option was given.
pub fn has_warnoptions() -> bool {
    WARNOPTIONS.lock().map(|w| !w.is_empty()).unwrap_or(false)
}

thread_local! {
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
    static TRACE: std::cell::RefCell<(Value, Value)> =
        std::cell::RefCell::new((Value::None, Value::None));
}

fn flags_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    super::sys::struct_seq_repr(vm, a, "sys.flags", FLAG_NAMES)
}
fn float_info_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    super::sys::struct_seq_repr(vm, a, "sys.float_info", FLOAT_NAMES)
}
fn int_info_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    super::sys::struct_seq_repr(vm, a, "sys.int_info", INT_NAMES)
}
fn hash_info_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    super::sys::struct_seq_repr(vm, a, "sys.hash_info", HASH_NAMES)
}
fn unraisable_args_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    super::sys::struct_seq_repr(vm, a, "UnraisableHookArgs", UNRAISABLE_NAMES)
}

const FLAG_NAMES: &[&str] = &[
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];
const FLOAT_NAMES: &[&str] = &[
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
];
const INT_NAMES: &[&str] = &[
    "bits_per_digit",
    "sizeof_digit",
    "default_max_str_digits",
    "str_digits_check_threshold",
];
const HASH_NAMES: &[&str] = &[
    "width",
    "modulus",
    "inf",
    "nan",
    "imag",
    "algorithm",
    "hash_bits",
    "seed_bits",
    "cutoff",
];
const UNRAISABLE_NAMES: &[&str] = &[
    "exc_type",
    "exc_value",
    "exc_traceback",
    "err_msg",
    "object",
];

/// The names of the modules CPython's standard library has (`sys.stdlib_module_names`), the
/// ones coil provides or that programs commonly test for.
const STDLIB_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_asyncio",
    "_bisect",
    "_collections",
    "_collections_abc",
    "_functools",
    "_heapq",
    "_io",
    "_json",
    "_operator",
    "_random",
    "_string",
    "_thread",
    "_warnings",
    "_weakref",
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bisect",
    "builtins",
    "calendar",
    "cmath",
    "codecs",
    "collections",
    "contextlib",
    "contextvars",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "dis",
    "enum",
    "errno",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "glob",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "importlib",
    "inspect",
    "io",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "marshal",
    "math",
    "numbers",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "platform",
    "posix",
    "posixpath",
    "pprint",
    "queue",
    "random",
    "re",
    "reprlib",
    "runpy",
    "secrets",
    "select",
    "shlex",
    "shutil",
    "signal",
    "socket",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "token",
    "tokenize",
    "traceback",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "zlib",
];

/// Modules built into the coil binary (`sys.builtin_module_names`, sorted as CPython's is):
/// the native factories of `modules::find_module`, without coil's private `_coil_*` ones.
pub const BUILTIN_NAMES: &[&str] = &[
    "_abc",
    "_asyncio",
    "_bisect",
    "_collections",
    "_contextvars",
    "_heapq",
    "_json",
    "_operator",
    "_random",
    "_types",
    "bisect",
    "builtins",
    "contextvars",
    "inspect",
    "itertools",
    "math",
    "operator",
    "posix",
    "sys",
    "time",
];

fn sys_getsizeof(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("getsizeof", a, kw, 1, 2)?;
    let v = &a[0];
    let n = match v {
        Value::None | Value::NotImplemented | Value::Ellipsis | Value::Null => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(Some(*i)),
        Value::Long(b) => 24 + 4 * b.bits().div_ceil(30) as i64,
        Value::Float(_) => 24,
        Value::Str(s) => {
            let len = s.char_len() as i64;
            if s.is_ascii() {
                49 + len
            } else {
                let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                match max {
                    0..=0xff => 73 + len,
                    0x100..=0xffff => 74 + 2 * len,
                    _ => 76 + 4 * len,
                }
            }
        }
        Value::Bytes(b) => 33 + b.data.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Dict(d) => dict_size(d.len()),
        Value::Set(s) | Value::FrozenSet(s) => set_size(s.len()),
        Value::Range(_) => 48,
        Value::Slice(_) => 56,
        Value::Function(_) => 152,
        Value::Builtin(_) | Value::BoundMethod(_) => 72,
        Value::Type(_) => 1072,
        Value::Module(_) => 72,
        Value::Code(_) => 192,
        Value::Cell(_) => 40,
        Value::Gen(_) => 200,
        Value::Instance(_) => {
            // A user `__sizeof__` wins, as in CPython; plain instances are 56 bytes (48 +
            // the GC header is 16 more, minus the managed dict pointer CPython counts).
            match vm.getattr_opt(v, &crate::object::str::intern("__sizeof__"))? {
                Some(f) if !matches!(f, Value::Builtin(_)) => {
                    let r = vm.call(&f, &[])?;
                    let n = args::index_i64(vm, &r)?;
                    if n < 0 {
                        return Err(PyErr::value_error("__sizeof__() should return >= 0"));
                    }
                    n + 32
                }
                _ => 56,
            }
        }
    };
    Ok(Value::Int(n))
}

/// An int's size: 24 bytes of header plus 4 per 30-bit digit (zero still has one in 3.11).
fn int_size(small: Option<i64>) -> i64 {
    let u = small.map_or(0, |i| i.unsigned_abs());
    let bits = 64 - u.leading_zeros() as i64;
    24 + 4 * ((bits + 29) / 30).max(1)
}

/// `dict.__sizeof__` for a dict of `n` items built by insertion (CPython 3.11's key tables:
/// 8 slots usable up to 5, then doubling; 32 bytes of header, an index byte per slot for
/// small tables and 24 bytes per usable entry).
fn dict_size(n: usize) -> i64 {
    if n == 0 {
        return 64;
    }
    let mut size = 8usize;
    while size * 2 / 3 < n {
        size *= 2;
    }
    let usable = size * 2 / 3;
    let index_bytes = if size <= 128 {
        1
    } else if size <= 1 << 15 {
        2
    } else {
        4
    };
    (64 + 32 + size * index_bytes + usable * 24) as i64
}

/// `set.__sizeof__` (CPython's `set_add_entry` growth: the table quadruples when 3/5 full).
fn set_size(n: usize) -> i64 {
    let (mut mask, mut fill) = (7usize, 0usize);
    for _ in 0..n {
        fill += 1;
        if fill * 5 >= mask * 3 {
            let want = if fill > 50000 { fill * 2 } else { fill * 4 };
            let mut size = 8;
            while size <= want {
                size *= 2;
            }
            mask = size - 1;
        }
    }
    if mask == 7 {
        216
    } else {
        216 + 16 * (mask as i64 + 1)
    }
}

fn sys_getrefcount(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("getrefcount", a, kw)?;
    let n = match v {
        Value::Long(r) => Rc::strong_count(r),
        Value::Str(r) => Rc::strong_count(r),
        Value::Bytes(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) | Value::FrozenSet(r) => Rc::strong_count(r),
        Value::Range(r) => Rc::strong_count(r),
        Value::Slice(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::Builtin(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Type(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Module(r) => Rc::strong_count(r),
        Value::Code(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::Gen(r) => Rc::strong_count(r),
        // Immortal-like singletons and unboxed numbers: a large count as in CPython.
        _ => return Ok(Value::Int(4294967295)),
    };
    // The argument slice holds one reference and the caller's stack another, as CPython's
    // count includes the argument.
    Ok(Value::Int(n.saturating_sub(1).max(1) as i64 + 1))
}

fn sys_get_int_max_str_digits(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_int_max_str_digits", a, kw)?;
    Ok(Value::Int(crate::object::int::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = match (a, kw.first()) {
        ([v], None) => v.clone(),
        ([], Some((k, v))) if kw.len() == 1 && k.as_str() == "maxdigits" => v.clone(),
        _ => {
            return Err(PyErr::type_error(
                "set_int_max_str_digits() takes exactly one argument (maxdigits)",
            ))
        }
    };
    let n = args::index_i64(vm, &v)?;
    if n != 0 && n <= 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::object::int::set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn sys_is_finalizing(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("is_finalizing", a, kw)?;
    Ok(Value::Bool(vm.at_exit))
}

fn sys_call_tracing(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("call_tracing", a, kw, 2, 2)?;
    let Value::Tuple(t) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "call_tracing(): argument 2 must be tuple, not {}",
            args::type_name(vm, &a[1])
        )));
    };
    let items: Vec<Value> = t.items.to_vec();
    vm.call(&a[0], &items)
}

fn sys_getswitchinterval(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("getswitchinterval", a, kw)?;
    Ok(Value::Float(SWITCH_INTERVAL.with(|c| c.get())))
}

fn sys_setswitchinterval(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("setswitchinterval", a, kw)?;
    let f = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        other => {
            return Err(PyErr::type_error(format!(
                "must be real number, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    if f <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    SWITCH_INTERVAL.with(|c| c.set(f));
    Ok(Value::None)
}

fn sys_gettrace(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("gettrace", a, kw)?;
    Ok(TRACE.with(|t| t.borrow().0.clone()))
}
fn sys_getprofile(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("getprofile", a, kw)?;
    Ok(TRACE.with(|t| t.borrow().1.clone()))
}
fn sys_settrace(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("settrace", a, kw)?.clone();
    TRACE.with(|t| t.borrow_mut().0 = v);
    Ok(Value::None)
}
fn sys_setprofile(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("setprofile", a, kw)?.clone();
    TRACE.with(|t| t.borrow_mut().1 = v);
    Ok(Value::None)
}

fn is_exception(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::BaseException)
}

/// `sys.excepthook(type, value, traceback)`: CPython's `sys_excepthook_impl`, printing the
/// traceback of `value` to `sys.stderr`.
fn sys_excepthook(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("excepthook", kw)?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.len()
        )));
    }
    let exc = &a[1];
    let _ = vm.flush_stdout();
    if !is_exception(vm, exc) {
        let msg = format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            args::type_name(vm, exc)
        );
        vm.write_stderr(&msg)?;
        return Ok(Value::None);
    }
    let text = crate::traceback::format_exception(vm, exc);
    vm.write_stderr(&text)?;
    Ok(Value::None)
}

/// Report an uncaught exception through `sys.excepthook` (CPython's `_PyErr_PrintEx`): a
/// hook that raises prints "Error in sys.excepthook:", its own error, then the original.
pub fn report_through_excepthook(vm: &mut Vm, exc: &Value) {
    let sys = vm.modules.get_str(&crate::object::str::intern("sys"));
    let hook = match &sys {
        Some(m) => vm
            .getattr_opt(m, &crate::object::str::intern("excepthook"))
            .ok()
            .flatten(),
        // `sys` was never imported, so the hook is the default one.
        None => Some(Value::Builtin(Rc::new(crate::object::BuiltinFunction {
            name: "excepthook",
            func: sys_excepthook,
            bound: None,
            owner: "",
        }))),
    };
    let _ = vm.flush_stdout();
    let Some(hook) = hook else {
        let _ = vm.write_stderr("sys.excepthook is missing\n");
        let text = crate::traceback::format_exception(vm, exc);
        let _ = vm.write_stderr(&text);
        return;
    };
    if let Value::Builtin(b) = &hook {
        if b.name == "excepthook" && b.bound.is_none() {
            let text = crate::traceback::format_exception(vm, exc);
            let _ = vm.write_stderr(&text);
            return;
        }
    }
    let (t, tb) = super::sys::exc_type_and_tb(vm, exc)
        .unwrap_or_else(|_| (Value::Type(vm.type_of(exc)), Value::None));
    if let Err(e) = vm.call(&hook, &[t, exc.clone(), tb]) {
        let hook_exc = vm.exception_object(e);
        let _ = vm.flush_stdout();
        let mut text = String::from("Error in sys.excepthook:\n");
        text.push_str(&crate::traceback::format_exception(vm, &hook_exc));
        text.push_str("\nOriginal exception was:\n");
        text.push_str(&crate::traceback::format_exception(vm, exc));
        let _ = vm.write_stderr(&text);
    }
    let _ = vm.flush_stdout();
}

/// `sys.unraisablehook(unraisable)`: the default report, "Exception ignored in: <object>"
/// (or the `err_msg`) and the exception's traceback.
fn sys_unraisablehook(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let u = args::one_arg("unraisablehook", a, kw)?.clone();
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        Ok(vm
            .getattr_opt(&u, &crate::object::str::intern(n))?
            .unwrap_or(Value::None))
    };
    let exc = get(vm, "exc_value")?;
    let msg = get(vm, "err_msg")?;
    let obj = get(vm, "object")?;
    let mut text = match msg {
        Value::Str(s) => s.as_str().to_string(),
        _ => "Exception ignored in".to_string(),
    };
    if !obj.is_none() {
        let r = match vm.repr(&obj) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        text = format!("{text}: {r}\n");
    } else {
        text.push('\n');
    }
    if is_exception(vm, &exc) {
        text.push_str(&crate::traceback::format_exception(vm, &exc));
    }
    let _ = vm.flush_stdout();
    vm.write_stderr(&text)?;
    Ok(Value::None)
}

/// `Vm::write_unraisable`'s hand-off: when `sys.unraisablehook` is a user function, call it
/// with an `UnraisableHookArgs` and return true (the default report is skipped). A hook that
/// raises is itself reported the default way, as CPython does.
pub fn call_user_unraisablehook(vm: &mut Vm, exc: &Value, obj: &Value) -> bool {
    let Some(sys) = vm.modules.get_str(&crate::object::str::intern("sys")) else {
        return false;
    };
    let hook = match vm.getattr_opt(&sys, &crate::object::str::intern("unraisablehook")) {
        Ok(Some(h)) => h,
        _ => return false,
    };
    if let Value::Builtin(b) = &hook {
        if b.name == "unraisablehook" {
            return false;
        }
    }
    let (t, tb) = super::sys::exc_type_and_tb(vm, exc)
        .unwrap_or_else(|_| (Value::Type(vm.type_of(exc)), Value::None));
    let values = Value::tuple(vec![t, exc.clone(), tb, Value::None, obj.clone()]);
    let Ok(args) = super::sys::struct_seq(
        vm,
        "UnraisableHookArgs",
        unraisable_args_repr,
        UNRAISABLE_NAMES,
        &values,
    ) else {
        return false;
    };
    if let Err(e) = vm.call(&hook, &[args]) {
        let hook_exc = vm.exception_object(e);
        let mut text = String::from("Exception ignored in sys.unraisablehook: ");
        let r = vm
            .repr(&hook)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        text.push_str(&r);
        text.push('\n');
        text.push_str(&crate::traceback::format_exception(vm, &hook_exc));
        let _ = vm.write_stderr(&text);
    }
    true
}

fn strs(names: &[&str]) -> Vec<Value> {
    names.iter().map(|n| Value::str(n)).collect()
}

/// Add this file's functions and values to the `sys` namespace `d`.
pub fn install(vm: &mut Vm, d: &Rc<PyDict>) {
    let funcs: &[(&'static str, crate::object::NativeFn)] = &[
        ("getsizeof", sys_getsizeof),
        ("getrefcount", sys_getrefcount),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("is_finalizing", sys_is_finalizing),
        ("call_tracing", sys_call_tracing),
        ("getswitchinterval", sys_getswitchinterval),
        ("setswitchinterval", sys_setswitchinterval),
        ("gettrace", sys_gettrace),
        ("settrace", sys_settrace),
        ("getprofile", sys_getprofile),
        ("setprofile", sys_setprofile),
        ("excepthook", sys_excepthook),
        ("unraisablehook", sys_unraisablehook),
    ];
    for (name, f) in funcs {
        let b = Value::Builtin(Rc::new(crate::object::BuiltinFunction {
            name,
            func: *f,
            bound: None,
            owner: "",
        }));
        if *name == "excepthook" || *name == "unraisablehook" {
            super::set(d, &format!("__{name}__"), b.clone());
        }
        super::set(d, name, b);
    }
    let flags = Value::tuple(
        [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
            .iter()
            .map(|&i| Value::Int(i))
            .chain([
                Value::Bool(false),
                Value::Int(0),
                Value::Int(0),
                Value::Bool(false),
                Value::Int(-1),
            ])
            .collect(),
    );
    let float_info = Value::tuple(vec![
        Value::Float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ]);
    let int_info = Value::tuple(vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ]);
    let hash_info = Value::tuple(vec![
        Value::Int(64),
        Value::Int(2305843009213693951),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        Value::str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ]);
    let seqs: [(&str, &str, crate::object::NativeFn, &[&str], Value); 4] = [
        ("flags", "flags", flags_repr, FLAG_NAMES, flags),
        (
            "float_info",
            "float_info",
            float_info_repr,
            FLOAT_NAMES,
            float_info,
        ),
        ("int_info", "int_info", int_info_repr, INT_NAMES, int_info),
        (
            "hash_info",
            "hash_info",
            hash_info_repr,
            HASH_NAMES,
            hash_info,
        ),
    ];
    for (attr, tname, repr, names, values) in seqs {
        if let Ok(v) = super::sys::struct_seq(vm, tname, repr, names, &values) {
            super::set(d, attr, v);
        }
    }
    let prefix = Value::str("/usr/local");
    for p in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        super::set(d, p, prefix.clone());
    }
    let warnoptions = WARNOPTIONS
        .lock()
        .map(|w| w.iter().map(|s| Value::str(s)).collect())
        .unwrap_or_default();
    super::set(d, "warnoptions", Value::list(warnoptions));
    let orig: Vec<Value> = std::env::args().map(Value::from_string).collect();
    super::set(d, "orig_argv", Value::list(orig));
    super::set(d, "platlibdir", Value::str("lib"));
    super::set(d, "abiflags", Value::str(""));
    let frozenset = Value::Type(vm.types.frozenset.clone());
    if let Ok(names) = vm.call(&frozenset, &[Value::tuple(strs(STDLIB_NAMES))]) {
        super::set(d, "stdlib_module_names", names);
    }
    super::set(d, "builtin_module_names", Value::tuple(strs(BUILTIN_NAMES)));
}
