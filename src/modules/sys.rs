//! The `sys` module: `argv`, `exit`, the standard streams, the recursion limit (stored in
//! `Vm::recursion_limit`), `modules` (the VM's module table), `path`, version information,
//! `exc_info`/`exception`, `_getframe` (`object/frame_obj.rs`), `intern` and platform constants;
//! the hooks, info struct sequences and the rest are in `sys_info.rs` (`settrace`/`setprofile`
//! store their function but tracing is not implemented).

use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, Payload};
use crate::object::{ExcType, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn sys_exit(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("exit", a, kw, 0, 1)?;
    // `PyErr_SetObject(PyExc_SystemExit, None)` makes `SystemExit()`.
    let args = match a.first() {
        None | Some(Value::None) => vec![],
        Some(v) => vec![v.clone()],
    };
    Err(PyErr::with_args(ExcType::SystemExit, args))
}

fn sys_getrecursionlimit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("getrecursionlimit", a, kw)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("setrecursionlimit", a, kw)?;
    if matches!(v, Value::Float(_)) {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = args::index_i64(vm, v)?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let n = n.min(i32::MAX as i64) as usize;
    if n <= vm.depth {
        return Err(PyErr::new(
            ExcType::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.set_recursion_limit(n);
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("exc_info", a, kw)?;
    let e = vm.exc_info.clone();
    if e.is_none() || e.is_null() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let (t, tb) = exc_type_and_tb(vm, &e)?;
    Ok(Value::tuple(vec![t, e, tb]))
}

/// An exception's type and `__traceback__` (None when unset): what `sys.exc_info()`,
/// `sys.excepthook` and `sys.unraisablehook` are given alongside the exception.
pub fn exc_type_and_tb(vm: &mut Vm, e: &Value) -> PyResult<(Value, Value)> {
    let t = Value::Type(vm.type_of(e));
    let tb = vm
        .getattr_opt(e, &crate::object::str::intern("__traceback__"))?
        .unwrap_or(Value::None);
    Ok((t, tb))
}

fn sys_exception(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("exception", a, kw)?;
    let e = vm.exc_info.clone();
    Ok(if e.is_null() { Value::None } else { e })
}

/// `sys._getframe([depth])`: a frame object for the caller (`object/frame_obj.rs`).
fn sys_getframe(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("_getframe", a, kw, 0, 1)?;
    let depth = match a.first() {
        Some(v) => args::index_i64(vm, v)?,
        None => 0,
    };
    crate::object::frame_obj::getframe(vm, depth)
}

fn sys_intern(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("intern", a, kw)?;
    match v {
        Value::Str(s) => Ok(Value::Str(crate::object::str::intern(s.as_str()))),
        _ => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            args::type_name(vm, v)
        ))),
    }
}

fn sys_getdefaultencoding(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("getdefaultencoding", a, kw)?;
    Ok(Value::str("utf-8"))
}

/// A `types.SimpleNamespace`-like object with the given attributes.
fn namespace(attrs: &[(&str, Value)]) -> Value {
    let dict = Rc::new(PyDict::new());
    for (k, v) in attrs {
        super::set(&dict, k, v.clone());
    }
    let class = args::native_type("types.SimpleNamespace", &[]);
    Value::Instance(Rc::new(Instance {
        class,
        dict: Some(dict),
        payload: Payload::None,
    }))
}

/// `repr` of a struct sequence named `name` with `fields` (builtin methods of a tuple
/// subclass receive the tuple itself, so each struct sequence has its own repr function).
pub(super) fn struct_seq_repr(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    fields: &[&str],
) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("__repr__ needs an argument"))?;
    let items = vm.collect(this)?;
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in fields.iter().zip(items.iter()) {
        let r = vm.repr(v)?;
        parts.push(format!("{n}={}", r.as_str()));
    }
    Ok(Value::from_string(format!("{name}({})", parts.join(", "))))
}

fn version_info_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    struct_seq_repr(
        vm,
        a,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    )
}

fn asyncgen_hooks_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    struct_seq_repr(vm, a, "asyncgen_hooks", &["firstiter", "finalizer"])
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_asyncgen_hooks", a, kw)?;
    let values = Value::tuple(vec![
        vm.asyncgen_firstiter.clone(),
        vm.asyncgen_finalizer.clone(),
    ]);
    struct_seq(
        vm,
        "asyncgen_hooks",
        asyncgen_hooks_repr,
        &["firstiter", "finalizer"],
        &values,
    )
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted hook is kept.
fn sys_set_asyncgen_hooks(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "function takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let mut firstiter = a.first().cloned();
    let mut finalizer = a.get(1).cloned();
    for (k, v) in kw.iter() {
        match k.as_str() {
            "firstiter" => firstiter = Some(v.clone()),
            "finalizer" => finalizer = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    for (what, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !v.is_none() && !vm.is_callable(v) {
                return Err(PyErr::type_error(format!(
                    "callable {what} expected, got {}",
                    crate::object::class::type_name_of(vm, v)
                )));
            }
        }
    }
    if let Some(f) = finalizer {
        vm.asyncgen_finalizer = f;
    }
    if let Some(f) = firstiter {
        vm.asyncgen_firstiter = f;
    }
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()` (origin tracking is not supported: 0).
fn sys_get_coro_origin_depth(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_coroutine_origin_tracking_depth", a, kw)?;
    Ok(Value::Int(vm.coro_origin_depth))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`.
fn sys_set_coro_origin_depth(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("set_coroutine_origin_tracking_depth", a, kw)?;
    let Value::Int(d) = v else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::class::type_name_of(vm, v)
        )));
    };
    if *d < 0 {
        return Err(PyErr::value_error("depth must be >= 0"));
    }
    vm.coro_origin_depth = *d;
    Ok(Value::None)
}

/// A CPython struct sequence (`sys.version_info`): a tuple subclass whose items are also
/// named attributes, made with `type(name, (tuple,), ns)`.
pub(super) fn struct_seq(
    vm: &mut Vm,
    name: &str,
    repr: crate::object::NativeFn,
    fields: &[&str],
    values: &Value,
) -> PyResult<Value> {
    let ns = Rc::new(PyDict::new());
    super::set(&ns, "__module__", Value::str("sys"));
    super::set(
        &ns,
        "_fields",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    super::set(
        &ns,
        "__repr__",
        Value::Builtin(Rc::new(crate::object::BuiltinFunction {
            name: "__repr__",
            func: repr,
            bound: None,
            owner: "",
        })),
    );
    let type_type = Value::Type(vm.types.type_.clone());
    let bases = Value::tuple(vec![Value::Type(vm.types.tuple.clone())]);
    let cls = vm.call(&type_type, &[Value::str(name), bases, Value::Dict(ns)])?;
    let inst = vm.call(&cls, std::slice::from_ref(values))?;
    let items = vm.collect(values)?;
    for (f, v) in fields.iter().zip(items) {
        vm.setattr(&inst, &crate::object::str::intern(f), v)?;
    }
    Ok(inst)
}

/// `sys.displayhook(value)` (CPython's `sys_displayhook`): print `repr(value)` to
/// `sys.stdout` and bind it to `builtins._`; None prints nothing. `_` is unset (None) while
/// the repr runs, as in CPython.
fn sys_displayhook(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("displayhook", a, kw, 1, 1)?;
    let v = a[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    let underscore = crate::object::str::intern("_");
    vm.builtins.set_str(underscore.clone(), Value::None);
    let r = vm.repr(&v)?;
    vm.write_stdout(r.as_str())?;
    vm.write_stdout("\n")?;
    vm.builtins.set_str(underscore, v);
    Ok(Value::None)
}

/// What an expression statement at the interactive prompt does (`PRINT_EXPR`): call
/// `sys.displayhook(value)`; "lost sys.displayhook" if it was deleted.
pub fn display(vm: &mut Vm, v: Value) -> PyResult<()> {
    let sys = vm.modules.get_str(&crate::object::str::intern("sys"));
    let hook = match sys {
        None => return sys_displayhook(vm, &[v], &[]).map(|_| ()),
        Some(m) => vm.getattr_opt(&m, &crate::object::str::intern("displayhook"))?,
    };
    match hook {
        Some(h) => vm.call(&h, &[v]).map(|_| ()),
        None => Err(PyErr::runtime_error("lost sys.displayhook")),
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "sys",
        &[
            ("exit", sys_exit),
            ("displayhook", sys_displayhook),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("intern", sys_intern),
            ("_getframe", sys_getframe),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("getfilesystemencoding", sys_getdefaultencoding),
            ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
            ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
            (
                "get_coroutine_origin_tracking_depth",
                sys_get_coro_origin_depth,
            ),
            (
                "set_coroutine_origin_tracking_depth",
                sys_set_coro_origin_depth,
            ),
        ],
    );
    let argv: Vec<Value> = vm.argv.iter().map(|s| Value::str(s)).collect();
    let script_dir = super::importer::sys_path0(vm.argv.first().map_or("", |s| s.as_str()));
    super::set(&d, "argv", Value::list(argv));
    super::set(&d, "orig_argv", Value::list(vec![]));
    super::set(
        &d,
        "path",
        Value::list(vec![
            Value::from_string(script_dir),
            Value::str(super::importer::STDLIB_ENTRY),
        ]),
    );
    super::set(&d, "modules", Value::Dict(vm.modules.clone()));
    if let Some(h) = d.get_str(&crate::object::str::intern("displayhook")) {
        super::set(&d, "__displayhook__", h);
    }
    let stdout = crate::builtins::io::std_stream("stdout");
    let stderr = crate::builtins::io::std_stream("stderr");
    let stdin = crate::builtins::io::std_stream("stdin");
    super::set(&d, "stdout", stdout.clone());
    super::set(&d, "stderr", stderr.clone());
    super::set(&d, "stdin", stdin.clone());
    super::set(&d, "__stdout__", stdout);
    super::set(&d, "__stderr__", stderr);
    super::set(&d, "__stdin__", stdin);
    let version_info = Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ]);
    let vi = struct_seq(
        vm,
        "version_info",
        version_info_repr,
        &["major", "minor", "micro", "releaselevel", "serial"],
        &version_info,
    )
    .unwrap_or_else(|_| version_info.clone());
    super::set(&d, "version_info", vi);
    super::set(&d, "version", Value::str("3.11.7 (coil)"));
    super::set(&d, "hexversion", Value::Int(0x030b07f0));
    super::set(&d, "platform", Value::str("linux"));
    super::set(
        &d,
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    super::set(&d, "maxsize", Value::Int(i64::MAX));
    super::set(&d, "maxunicode", Value::Int(0x10ffff));
    super::set(&d, "float_repr_style", Value::str("short"));
    super::set(&d, "dont_write_bytecode", Value::Bool(true));
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    super::set(&d, "executable", Value::from_string(exe));
    super::sys_info::install(vm, &d);
    super::set(
        &d,
        "implementation",
        namespace(&[
            ("name", Value::str("coil")),
            ("cache_tag", Value::None),
            ("version", version_info),
        ]),
    );
    Ok(m)
}
