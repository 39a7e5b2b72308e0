//! The `sys` module: `argv`, `exit`, the standard streams, the recursion limit (stored in
//! `Vm::recursion_limit`), `modules` (the VM's module table), `path`, version information,
//! `exc_info`/`exception`, `intern` and platform constants.

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
    let t = Value::Type(vm.type_of(&e));
    let tb = vm
        .getattr_opt(&e, &crate::object::str::intern("__traceback__"))?
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![t, e, tb]))
}

fn sys_exception(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("exception", a, kw)?;
    let e = vm.exc_info.clone();
    Ok(if e.is_null() { Value::None } else { e })
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

/// `repr` of `sys.version_info` (builtin methods of a tuple subclass receive the tuple).
fn version_info_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    const FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("__repr__ needs an argument"))?;
    let items = vm.collect(this)?;
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in FIELDS.iter().zip(items.iter()) {
        let r = vm.repr(v)?;
        parts.push(format!("{n}={}", r.as_str()));
    }
    Ok(Value::from_string(format!(
        "sys.version_info({})",
        parts.join(", ")
    )))
}

/// A CPython struct sequence (`sys.version_info`): a tuple subclass whose items are also
/// named attributes, made with `type(name, (tuple,), ns)`.
fn struct_seq(vm: &mut Vm, name: &str, fields: &[&str], values: &Value) -> PyResult<Value> {
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
            func: version_info_repr,
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

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "sys",
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("intern", sys_intern),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("getfilesystemencoding", sys_getdefaultencoding),
        ],
    );
    let argv: Vec<Value> = vm.argv.iter().map(|s| Value::str(s)).collect();
    let script_dir = match vm.argv.first() {
        Some(s) if !s.is_empty() && s != "-c" && s != "-" => std::path::Path::new(s)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    super::set(&d, "argv", Value::list(argv));
    super::set(&d, "orig_argv", Value::list(vec![]));
    super::set(
        &d,
        "path",
        Value::list(vec![Value::from_string(script_dir)]),
    );
    super::set(&d, "modules", Value::Dict(vm.modules.clone()));
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
    super::set(
        &d,
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("builtins"),
            Value::str("math"),
            Value::str("sys"),
            Value::str("time"),
        ]),
    );
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
