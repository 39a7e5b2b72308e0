//! Modules written in Python and embedded in the binary (`py/`): `abc`, `_collections_abc`,
//! `numbers`, `types`, `heapq`, `functools` and the `collections` package are coil's own
//! implementations, written from the documented behaviour of CPython's modules (same public
//! names, hierarchy, registrations, mixin results and error messages; the ABC caches and
//! registries live in the native `_abc`, `modules::abc`, and `collections.deque` in the native
//! `_collections`, `modules::collections`), plus the `_coil_types` support module and
//! `collections.abc` (re-exporting `_collections_abc`, as CPython's `collections/abc.py` does).
//! `collections` is a package (`__path__` set by its source): `namedtuple`, `defaultdict`,
//! `OrderedDict`, `Counter`, `ChainMap`, `UserDict`, `UserList` are Python classes over the
//! native `deque` and `dict`. `traceback` and `linecache` sit over the native
//! `_coil_traceback` (`modules::traceback`): positions, caret rows and file reading.
//!
//! Invariants: a source module is compiled and executed once per interpreter, on first import,
//! with its filename `<frozen NAME>` as CPython's frozen modules report (tracebacks through
//! them show coil's own line numbers); it is in `sys.modules` while its body runs (circular
//! imports see the partial module) and removed again if the body raises.

use super::new_module;
use crate::object::str::intern;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// An embedded Python module: its source text and the filename its code reports.
pub struct SourceModule {
    pub text: &'static str,
    pub filename: &'static str,
}

const COLLECTIONS_ABC: &str = "from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
";

/// The embedded source of module `name`, if it is one.
pub fn find(name: &str) -> Option<SourceModule> {
    let (text, filename) = match name {
        "abc" => (include_str!("py/abc.py"), "<frozen abc>"),
        "_collections_abc" => (
            include_str!("py/_collections_abc.py"),
            "<frozen _collections_abc>",
        ),
        "_coil_types" => (include_str!("py/_coil_types.py"), "<frozen _coil_types>"),
        "numbers" => (include_str!("py/numbers.py"), "<frozen numbers>"),
        "types" => (include_str!("py/types.py"), "<frozen types>"),
        "asyncio" => (include_str!("py/asyncio.py"), "<frozen asyncio>"),
        "collections.abc" => (COLLECTIONS_ABC, "<frozen collections.abc>"),
        "functools" => (include_str!("py/functools.py"), "<frozen functools>"),
        "heapq" => (include_str!("py/heapq.py"), "<frozen heapq>"),
        "traceback" => (include_str!("py/traceback.py"), "<frozen traceback>"),
        "linecache" => (include_str!("py/linecache.py"), "<frozen linecache>"),
        "_coil_inspect" => (
            include_str!("py/_coil_inspect.py"),
            "<frozen _coil_inspect>",
        ),
        "collections" => (include_str!("py/collections.py"), "<frozen collections>"),
        "enum" => (include_str!("py/enum.py"), "<frozen enum>"),
        "copy" => (include_str!("py/copy.py"), "<frozen copy>"),
        "dataclasses" => (include_str!("py/dataclasses.py"), "<frozen dataclasses>"),
        "contextlib" => (include_str!("py/contextlib.py"), "<frozen contextlib>"),
        "string" => (include_str!("py/string.py"), "<frozen string>"),
        "textwrap" => (include_str!("py/textwrap.py"), "<frozen textwrap>"),
        "__future__" => (include_str!("py/__future__.py"), "<frozen __future__>"),
        "typing" => (include_str!("py/typing.py"), "<frozen typing>"),
        "random" => (include_str!("py/random.py"), "<frozen random>"),
        "json" => (include_str!("py/json.py"), "<frozen json>"),
        "json.decoder" => (include_str!("py/json_decoder.py"), "<frozen json.decoder>"),
        "json.encoder" => (include_str!("py/json_encoder.py"), "<frozen json.encoder>"),
        "os" => (include_str!("py/os.py"), "<frozen os>"),
        "posixpath" => (include_str!("py/posixpath.py"), "<frozen posixpath>"),
        "warnings" => (include_str!("py/warnings.py"), "<frozen warnings>"),
        _ => match super::asyncio::submodule_source(name) {
            Some(text) => (text, "<frozen asyncio submodule>"),
            None => return None,
        },
    };
    Some(SourceModule { text, filename })
}

/// True for the frames of embedded code standing in for what CPython implements in C
/// (`functools.reduce`, `partial`, the `lru_cache` wrapper, `defaultdict`, `OrderedDict`,
/// namedtuple field getters, ...): CPython's tracebacks have no Python frame there, so the
/// traceback printers and `__traceback__` leave them out. `qualname` is the code's
/// `co_qualname`; names ending in `.` match a whole class.
pub fn hidden_in_tracebacks(filename: &str, qualname: &str) -> bool {
    let hidden: &[&str] = match filename {
        "<frozen functools>" => &[
            "reduce",
            "partial.",
            "cmp_to_key.<locals>.K.",
            "_lru_cache_wrapper.__call__",
            "_BoundCacheWrapper.__call__",
            "_make_key",
            "_HashedKey.",
        ],
        "<frozen collections>" => &["defaultdict.", "OrderedDict.", "_FieldGetter."],
        // CPython's `warn`/`warn_explicit` are C functions (`_warnings`).
        "<frozen warnings>" => return true,
        "<frozen os>" => &["stat", "lstat", "scandir", "DirEntry.", "ScandirIterator."],
        "<frozen random>" => &[
            "Random.__new__",
            "Random.random",
            "Random.getrandbits",
            "Random._randbelow",
        ],
        _ => return false,
    };
    hidden.iter().any(|h| {
        if h.ends_with('.') {
            qualname.starts_with(h)
        } else {
            qualname == *h
        }
    })
}

/// Run `src` as module `name`, registered in `sys.modules` first.
pub fn load(vm: &mut Vm, name: &str, src: &SourceModule) -> PyResult<Value> {
    let (m, dict) = new_module(name, &[]);
    super::set(&dict, "__file__", Value::str(src.filename));
    if let Some((pkg, _)) = name.rsplit_once('.') {
        super::set(&dict, "__package__", Value::str(pkg));
    }
    let key = intern(name);
    vm.modules.set_str(key.clone(), m.clone());
    let r = vm
        .compile_source(src.text, src.filename, "exec")
        .and_then(|code| vm.exec_code(code, dict, None));
    if let Err(e) = r {
        vm.modules.del_str(&key);
        return Err(e);
    }
    // The body may have replaced its own `sys.modules` entry (CPython returns that object).
    Ok(vm.modules.get_str(&key).unwrap_or(m))
}
