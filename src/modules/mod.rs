//! Modules importable with `import`: native ones (`sys`, `math`, `time`, `inspect`, `itertools`,
//! `_abc`, `_types`, `_collections` with `deque`, `_heapq`, `_asyncio`, `_coil_traceback`) built
//! by a factory from `find_module`, and Python-source ones embedded in the binary (`abc`,
//! `_collections_abc`, `collections`, `collections.abc`, `numbers`, `types`, `heapq`,
//! `functools`, `traceback`, `linecache`, `_coil_inspect`: `pysrc`). `import` caches every
//! module in `sys.modules` (`vm.modules`); a dotted name imports its parent first and binds the
//! submodule as the parent's attribute. Every module is a `Value::Module`; native functions are
//! `Value::Builtin`s.

pub mod abc;
pub mod asyncio;
pub mod bisect;
pub mod collections;
pub mod contextvars;
pub mod heapq;
pub mod inspect;
pub mod itertools;
pub mod json;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod os;
pub mod pysrc;
pub mod random;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod types_native;

use crate::object::{BuiltinFunction, ExcType, Module, NativeFn, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Builds a native module (called once per interpreter, on first import).
pub type ModuleFactory = fn(&mut Vm) -> PyResult<Value>;

/// The factory for a native module, if `name` is one.
pub fn find_module(name: &str) -> Option<ModuleFactory> {
    match name {
        "sys" => Some(sys::make),
        "_abc" => Some(abc::make),
        "math" => Some(math::make),
        "time" => Some(time::make),
        "inspect" => Some(inspect::make),
        "itertools" => Some(itertools::make),
        "_collections" => Some(collections::make),
        "_heapq" => Some(heapq::make),
        "_types" => Some(types_native::make),
        "_asyncio" => Some(asyncio::make),
        "contextvars" | "_contextvars" => Some(contextvars::make),
        "_coil_traceback" => Some(traceback::make),
        "_random" => Some(random::make),
        "bisect" | "_bisect" => Some(bisect::make),
        "operator" | "_operator" => Some(operator::make),
        "posix" => Some(os::make),
        "_json" => Some(json::make),
        _ => None,
    }
}

/// `import name`: `sys.modules[name]`, else build a native module or run an embedded source
/// module (`pysrc`) and cache it. A dotted name imports its parent package first and binds the
/// submodule as the parent's attribute. ModuleNotFoundError "No module named 'x'" otherwise.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = crate::object::str::intern(name);
    if let Some(m) = vm.modules.get_str(&key) {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let parent = match name.rsplit_once('.') {
        Some((pkg, _)) => Some((pkg, import(vm, pkg)?)),
        None => None,
    };
    if let Some(m) = vm.modules.get_str(&key) {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let m = if let Some(src) = pysrc::find(name) {
        pysrc::load(vm, name, &src)?
    } else if let Some(factory) = find_module(name) {
        let m = factory(vm)?;
        vm.modules.set_str(key, m.clone());
        m
    } else {
        let mut msg = format!("No module named '{name}'");
        if let Some((pkg, p)) = &parent {
            let path = crate::object::str::intern("__path__");
            if vm.getattr_opt(p, &path)?.is_none() {
                msg = format!("{msg}; '{pkg}' is not a package");
            }
        }
        return Err(PyErr::with_args(
            ExcType::ModuleNotFoundError,
            vec![Value::from_string(msg)],
        ));
    };
    if let (Some((_, p)), Some((_, child))) = (&parent, name.rsplit_once('.')) {
        vm.setattr(p, &crate::object::str::intern(child), m.clone())?;
    }
    Ok(m)
}

/// A module object named `name` with `functions` and `__name__` set.
pub fn new_module(name: &str, functions: &[(&'static str, NativeFn)]) -> (Value, Rc<PyDict>) {
    let dict = Rc::new(PyDict::new());
    let intern = crate::object::str::intern;
    dict.set_str(intern("__name__"), Value::str(name));
    dict.set_str(intern("__doc__"), Value::None);
    dict.set_str(intern("__package__"), Value::str(""));
    for (fname, f) in functions {
        dict.set_str(
            intern(fname),
            Value::Builtin(Rc::new(BuiltinFunction {
                name: fname,
                func: *f,
                bound: None,
                owner: "",
            })),
        );
    }
    let m = Value::Module(Rc::new(Module {
        name: intern(name),
        dict: dict.clone(),
    }));
    (m, dict)
}

/// Set `name = value` in a module dict.
pub fn set(dict: &PyDict, name: &str, value: Value) {
    dict.set_str(crate::object::str::intern(name), value);
}
