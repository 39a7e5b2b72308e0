//! Modules importable with `import`: native ones (`sys`, `builtins`, `math`, `time`, `inspect`,
//! `itertools`, `_abc`, `_types`, `_collections` with `deque`, `_heapq`, `_asyncio`,
//! `_coil_traceback`, `_coil_import`) built by a factory from `find_module`, Python-source ones
//! embedded in the binary (`abc`, `_collections_abc`, `collections`, `collections.abc`,
//! `numbers`, `types`, `heapq`, `functools`, `traceback`, `linecache`, `_coil_inspect`:
//! `pysrc`; `importlib`, `importlib.util`, `importlib.machinery`: `importer`), and the user's
//! `.py` modules and packages found on `sys.path` (`importer`, which also documents which of
//! coil's modules a user file can shadow). `import` caches every module in `sys.modules`
//! (`vm.modules`); a dotted name imports its parent first and binds the submodule as the
//! parent's attribute. Every module is a `Value::Module`; native functions are
//! `Value::Builtin`s.

pub mod abc;
pub mod asyncio;
pub mod bisect;
pub mod collections;
pub mod contextvars;
pub mod heapq;
pub mod importer;
pub mod inspect;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod os;
pub mod pysrc;
pub mod random;
pub mod sys;
pub mod sys_info;
pub mod time;
pub mod time_cal;
pub mod traceback;
pub mod types_native;

use crate::object::{BuiltinFunction, Module, NativeFn, PyDict, PyResult, Value};
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
        "io" => Some(io::make),
        "_coil_import" => Some(importer::make_coil_import),
        "builtins" => Some(importer::make_builtins),
        "_random" => Some(random::make),
        "bisect" | "_bisect" => Some(bisect::make),
        "operator" | "_operator" => Some(operator::make),
        "posix" => Some(os::make),
        "_json" => Some(json::make),
        _ => None,
    }
}

/// `import name` for an absolute (possibly dotted) name: `sys.modules[name]`, else find and
/// load it through `importer` (parent packages first; the submodule is bound on its parent).
/// ModuleNotFoundError "No module named 'x'" when it cannot be found.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    importer::find_and_load(vm, name)
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
