//! The import system: CPython's `PyImport_ImportModuleLevelObject` (`__import__`, relative
//! names, the fromlist), `importlib._bootstrap._find_and_load` (the `sys.modules` cache, parent
//! packages, binding a submodule on its parent), the path finder over `sys.path` /
//! `pkg.__path__` (`FileFinder`: `name/__init__.py`, then `name.py`, then namespace portions),
//! the source loader (compile with the absolute path as filename, execute in the module dict),
//! `IMPORT_FROM`'s fallback and error messages (`ceval.c`'s `import_from`), and the
//! `importlib` module (`import_module`, `reload`, `invalidate_caches`).
//!
//! Search rule. `sys.path[0]` is the script's directory (`realpath`, as CPython's
//! `_PyPathConfig_ComputeSysPath0`), or `''` (the working directory) for `-c`, stdin and the
//! prompt; then `STDLIB_ENTRY`, standing for coil's own modules. Modules CPython has built in
//! or already imported before the script runs (`sys`, `time`, `itertools`, `_abc`, `abc`,
//! `_collections_abc`, ...: `builtin_first`), every native (Rust) module, and coil's internal
//! `_coil*` modules are found before `sys.path` and cannot be shadowed. Every other embedded
//! Python-source module (`collections`, `functools`, `heapq`, `types`, `numbers`, `traceback`,
//! `asyncio`, ...) is found at `STDLIB_ENTRY`, so a user file of that name next to the script
//! shadows it as it would shadow CPython's pure-Python stdlib module; if `STDLIB_ENTRY` was
//! removed from `sys.path`, coil's modules are still searched after the other entries.
//!
//! A module loaded from a file gets CPython's attributes in CPython's order (`__name__`,
//! `__doc__`, `__package__`, `__loader__`, `__spec__`, `__path__` for a package, `__file__`
//! absolute, `__cached__`, `__builtins__`); the spec and loader objects come from the embedded
//! `_coil_bootstrap` (`py/_coil_bootstrap.py`, loaded on the first file import).
//!
//! Invariants: a module is in `sys.modules` while its body runs (a circular import sees the
//! partial module; `__spec__._initializing` is true meanwhile, for `IMPORT_FROM`'s message)
//! and removed again if the body raises; a submodule is bound on its parent after it loaded.

use super::new_module;
use crate::builtins::args::{self, Kwargs};
use crate::object::exception::{exception_data, new_exception};
use crate::object::str::intern;
use crate::object::{ExcType, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The `sys.path` entry standing for coil's embedded standard library.
pub const STDLIB_ENTRY: &str = "<coil stdlib>";

/// `_PyModuleSpec_IsInitializing`: `module.__spec__._initializing` is true.
fn is_initializing(vm: &mut Vm, dict: &Rc<PyDict>) -> bool {
    let Some(spec) = dict.get_str(&intern("__spec__")) else {
        return false;
    };
    match vm.getattr_opt(&spec, &intern("_initializing")) {
        Ok(Some(v)) => vm.truthy(&v).unwrap_or(false),
        _ => false,
    }
}

/// `(spec, loader)` from `_coil_bootstrap.FUNC(args)` (the module is loaded on first use).
fn make_spec(vm: &mut Vm, func: &str, args: &[Value]) -> PyResult<(Value, Value)> {
    let m = find_and_load(vm, "_coil_bootstrap")?;
    let f = vm.getattr(&m, &intern(func))?;
    let r = vm.call(&f, args)?;
    match &r {
        Value::Tuple(t) if t.items.len() == 2 => Ok((t.items[0].clone(), t.items[1].clone())),
        _ => Err(PyErr::type_error("_coil_bootstrap: bad spec")),
    }
}

/// `sys.path[0]` for a program whose `sys.argv[0]` is `argv0`: the real directory of a script
/// file, `''` for `-c`, `-`, stdin and the prompt.
pub fn sys_path0(argv0: &str) -> String {
    if argv0.is_empty() || argv0 == "-c" || argv0 == "-" {
        return String::new();
    }
    let p = Path::new(argv0);
    let full = std::fs::canonicalize(p).unwrap_or_else(|_| match std::env::current_dir() {
        Ok(d) => d.join(p),
        Err(_) => p.to_path_buf(),
    });
    full.parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Modules CPython finds before `sys.path` (built in, frozen, or imported during start-up)
/// that coil implements: a file of that name next to the script does not shadow them.
fn builtin_first(name: &str) -> bool {
    matches!(
        name,
        "sys"
            | "builtins"
            | "time"
            | "itertools"
            | "math"
            | "_abc"
            | "abc"
            | "_collections"
            | "_collections_abc"
            | "_functools"
            | "_operator"
            | "_io"
            | "io"
            | "os"
            | "stat"
            | "posixpath"
            | "genericpath"
            | "codecs"
            | "_codecs"
            | "errno"
            | "gc"
            | "atexit"
            | "marshal"
            | "_thread"
            | "_weakref"
            | "_warnings"
            | "warnings"
            | "_imp"
            | "_string"
            | "_signal"
            | "importlib"
    ) || name.starts_with("_coil")
}

/// Where a module's code comes from.
enum Spec {
    /// A native module built by a factory.
    Native(super::ModuleFactory),
    /// An embedded Python-source module (`pysrc`).
    Embedded(super::pysrc::SourceModule),
    /// A source file: the absolute path of `name.py` or `pkg/__init__.py`, and for a
    /// package its directory (the `__path__`).
    File {
        origin: String,
        package_dir: Option<String>,
    },
    /// A namespace package: its portions.
    Namespace(Vec<String>),
}

/// The import system's own Python-source modules: `importlib` (a package over the native
/// `_coil_import`), `importlib.util`, `importlib.machinery`, and `_coil_bootstrap` (spec and
/// loader classes).
fn own_source(name: &str) -> Option<super::pysrc::SourceModule> {
    let (text, filename) = match name {
        "_coil_bootstrap" => (
            include_str!("py/_coil_bootstrap.py"),
            "<frozen importlib._bootstrap>",
        ),
        "importlib" => (include_str!("py/importlib.py"), "<frozen importlib>"),
        "importlib.util" => (
            include_str!("py/importlib_util.py"),
            "<frozen importlib.util>",
        ),
        "importlib.machinery" => (
            include_str!("py/importlib_machinery.py"),
            "<frozen importlib.machinery>",
        ),
        _ => return None,
    };
    Some(super::pysrc::SourceModule { text, filename })
}

/// Coil's own module `name` (native or embedded), if there is one.
fn coil_spec(name: &str) -> Option<Spec> {
    if let Some(src) = own_source(name) {
        return Some(Spec::Embedded(src));
    }
    if let Some(src) = super::pysrc::find(name) {
        return Some(Spec::Embedded(src));
    }
    super::find_module(name).map(Spec::Native)
}

/// ModuleNotFoundError / ImportError with `name` (and `path`) set, as `PyErr_SetImportError`.
pub fn import_error(vm: &mut Vm, kind: ExcType, msg: String, name: Value, path: Value) -> PyErr {
    let cls = vm.types.exc(kind).clone();
    let e = new_exception(vm, &cls, vec![Value::from_string(msg.clone())]);
    if let Some(d) = exception_data(&e) {
        let mut d = d.borrow_mut();
        d.set_attr("msg", Value::from_string(msg));
        d.set_attr("name", name);
        d.set_attr("path", path);
    }
    PyErr::from_object(e)
}

fn not_found(vm: &mut Vm, msg: String, name: &str) -> PyErr {
    import_error(
        vm,
        ExcType::ModuleNotFoundError,
        msg,
        Value::str(name),
        Value::None,
    )
}

/// `repr(s)` of a Python string (CPython's `{!r}` / `%R`).
fn py_repr(vm: &mut Vm, s: &str) -> String {
    match vm.repr(&Value::str(s)) {
        Ok(r) => r.as_str().to_string(),
        Err(_) => format!("'{s}'"),
    }
}

/// The `sys` module, built on first need.
fn sys_module(vm: &mut Vm) -> PyResult<Value> {
    let key = intern("sys");
    if let Some(m) = vm.modules.get_str(&key) {
        if matches!(m, Value::Module(_)) {
            return Ok(m);
        }
    }
    let m = super::sys::make(vm)?;
    vm.modules.set_str(key, m.clone());
    Ok(m)
}

/// The string entries of `sys.path` (others are skipped, as CPython's PathFinder does).
fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let sys = sys_module(vm)?;
    let path = match &sys {
        Value::Module(m) => m.dict.get_str(&intern("path")),
        _ => None,
    };
    let items = match path {
        Some(Value::List(l)) => l.items.borrow().clone(),
        None => Vec::new(),
        Some(other) => vm.collect(&other)?,
    };
    Ok(items
        .into_iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect())
}

/// A search-path entry as a directory: `''` is the working directory; a relative entry is
/// joined to it (not normalised), as CPython's `FileFinder`.
fn entry_dir(entry: &str) -> Option<PathBuf> {
    if entry.is_empty() || entry == "." {
        return std::env::current_dir().ok();
    }
    let p = Path::new(entry);
    if p.is_absolute() {
        Some(p.to_path_buf())
    } else {
        std::env::current_dir().ok().map(|d| d.join(p))
    }
}

/// What `FileFinder.find_spec` finds for `tail` in `dir`: a package directory with
/// `__init__.py`, else `tail.py`; a plain directory is a namespace portion (`Err`).
fn find_in_dir(dir: &Path, tail: &str) -> Option<Result<Spec, String>> {
    // Only a directory entry named exactly `tail` can match (CPython looks names up in the
    // directory's listing).
    if tail.is_empty() || tail == ".." || tail.contains(['/', '\0']) {
        return None;
    }
    let base = dir.join(tail);
    let mut portion = None;
    if base.is_dir() {
        let init = base.join("__init__.py");
        if init.is_file() {
            return Some(Ok(Spec::File {
                origin: init.to_string_lossy().into_owned(),
                package_dir: Some(base.to_string_lossy().into_owned()),
            }));
        }
        portion = Some(base.to_string_lossy().into_owned());
    }
    let file = dir.join(format!("{tail}.py"));
    if file.is_file() {
        return Some(Ok(Spec::File {
            origin: file.to_string_lossy().into_owned(),
            package_dir: None,
        }));
    }
    portion.map(Err)
}

/// `_find_spec(name, path)`: coil's unshadowable modules, then each entry of `path` (the
/// parent package's `__path__`) or `sys.path`.
fn find_spec(vm: &mut Vm, name: &str, parent_path: Option<Vec<String>>) -> PyResult<Option<Spec>> {
    let tail = name.rsplit('.').next().unwrap_or(name);
    let (entries, top) = match parent_path {
        Some(p) => (p, false),
        None => {
            if builtin_first(name) || super::find_module(name).is_some() {
                if let Some(s) = coil_spec(name) {
                    return Ok(Some(s));
                }
            }
            (sys_path(vm)?, true)
        }
    };
    let mut portions = Vec::new();
    let mut saw_stdlib = false;
    for e in &entries {
        if e == STDLIB_ENTRY {
            saw_stdlib = true;
            if let Some(s) = coil_spec(name) {
                return Ok(Some(s));
            }
            continue;
        }
        let Some(dir) = entry_dir(e) else { continue };
        match find_in_dir(&dir, tail) {
            Some(Ok(s)) => return Ok(Some(s)),
            Some(Err(p)) => portions.push(p),
            None => {}
        }
    }
    if !saw_stdlib && top {
        if let Some(s) = coil_spec(name) {
            return Ok(Some(s));
        }
    }
    Ok(if portions.is_empty() {
        None
    } else {
        Some(Spec::Namespace(portions))
    })
}

/// The `__path__` entries of a package module (`None` if it is not a package).
fn package_path(vm: &mut Vm, m: &Value) -> PyResult<Option<Vec<String>>> {
    let Some(p) = vm.getattr_opt(m, &intern("__path__"))? else {
        return Ok(None);
    };
    let items = match &p {
        Value::List(l) => l.items.borrow().clone(),
        _ => vm.collect(&p)?,
    };
    Ok(Some(
        items
            .into_iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect(),
    ))
}

/// True if `m` is one of coil's own modules (no real file behind it).
fn is_coil_module(m: &Value) -> bool {
    match m {
        Value::Module(md) => match md.dict.get_str(&intern("__file__")) {
            Some(Value::Str(f)) => f.as_str().starts_with('<'),
            _ => true,
        },
        _ => false,
    }
}

/// `_find_and_load(name)` for an absolute name: `sys.modules`, else find and load it (its
/// parent package first).
pub fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = intern(name);
    if let Some(m) = vm.modules.get_str(&key) {
        if m.is_none() {
            return Err(not_found(
                vm,
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    // `sys` (and with it `sys.path[0]`, from a possibly relative `argv[0]`) exists from the
    // first import on, so a later change of the working directory cannot move it.
    if name != "sys" {
        sys_module(vm)?;
    }
    let mut parent_path = None;
    let mut parent = None;
    // `parent = name.rpartition('.')[0]`: an empty parent (".x") means a top-level name.
    if let Some((pkg, child)) = name.rsplit_once('.').filter(|(p, _)| !p.is_empty()) {
        let pkey = intern(pkg);
        if vm.modules.get_str(&pkey).is_none() {
            find_and_load(vm, pkg)?;
        }
        if let Some(m) = vm.modules.get_str(&key) {
            return Ok(m);
        }
        let pm = vm
            .modules
            .get_str(&pkey)
            .ok_or_else(|| PyErr::with_args(ExcType::KeyError, vec![Value::str(pkg)]))?;
        match package_path(vm, &pm)? {
            Some(p) => {
                if is_coil_module(&pm) {
                    if let Some(s) = coil_spec(name) {
                        let m = load(vm, name, s)?;
                        bind_on_parent(vm, pkg, child, &m)?;
                        return Ok(m);
                    }
                }
                parent_path = Some(p);
            }
            None => {
                let msg = format!(
                    "No module named {}; {} is not a package",
                    py_repr(vm, name),
                    py_repr(vm, pkg)
                );
                return Err(not_found(vm, msg, name));
            }
        }
        parent = Some((pkg, child));
    }
    let Some(spec) = find_spec(vm, name, parent_path)? else {
        let msg = format!("No module named {}", py_repr(vm, name));
        return Err(not_found(vm, msg, name));
    };
    let m = load(vm, name, spec)?;
    if let Some((pkg, child)) = parent {
        bind_on_parent(vm, pkg, child, &m)?;
    }
    Ok(m)
}

/// `setattr(sys.modules[parent], child, module)` after a submodule loaded.
fn bind_on_parent(vm: &mut Vm, pkg: &str, child: &str, m: &Value) -> PyResult<()> {
    if let Some(pm) = vm.modules.get_str(&intern(pkg)) {
        vm.setattr(&pm, &intern(child), m.clone())?;
    }
    Ok(())
}

/// `_load_unlocked(spec)`: create the module, register it, run its code.
fn load(vm: &mut Vm, name: &str, spec: Spec) -> PyResult<Value> {
    let key = intern(name);
    match spec {
        Spec::Native(factory) => {
            let m = factory(vm)?;
            vm.modules.set_str(key, m.clone());
            Ok(m)
        }
        Spec::Embedded(src) => super::pysrc::load(vm, name, &src),
        Spec::Namespace(portions) => {
            let (m, d) = new_module(name, &[]);
            super::set(&d, "__package__", Value::str(name));
            let path = Value::list(portions.iter().map(|p| Value::str(p)).collect());
            let (spec, loader) =
                make_spec(vm, "namespace_spec", &[Value::str(name), path.clone()])?;
            super::set(&d, "__loader__", loader);
            super::set(&d, "__spec__", spec);
            super::set(&d, "__file__", Value::None);
            super::set(&d, "__path__", path);
            vm.modules.set_str(key, m.clone());
            Ok(m)
        }
        Spec::File {
            origin,
            package_dir,
        } => {
            let (m, d) = new_module(name, &[]);
            let package = match &package_dir {
                Some(_) => name.to_string(),
                None => name
                    .rsplit_once('.')
                    .map(|(p, _)| p)
                    .unwrap_or("")
                    .to_string(),
            };
            super::set(&d, "__package__", Value::from_string(package));
            let dir = package_dir.as_deref().map_or(Value::None, Value::str);
            let (spec, loader) = make_spec(
                vm,
                "file_spec",
                &[Value::str(name), Value::str(&origin), dir],
            )?;
            super::set(&d, "__loader__", loader);
            super::set(&d, "__spec__", spec.clone());
            if package_dir.is_some() {
                let path = vm.getattr(&spec, &intern("submodule_search_locations"))?;
                super::set(&d, "__path__", path);
            }
            super::set(&d, "__file__", Value::str(&origin));
            let cached = vm.getattr(&spec, &intern("cached"))?;
            super::set(&d, "__cached__", cached);
            super::set(&d, "__builtins__", Value::Dict(vm.builtins.clone()));
            vm.modules.set_str(key.clone(), m.clone());
            let r = exec_file(vm, &origin, &d);
            if let Err(e) = r {
                vm.modules.del_str(&key);
                return Err(e);
            }
            Ok(vm.modules.get_str(&key).unwrap_or(m))
        }
    }
}

/// Compile the source file `origin` and run it in `dict`, marked initializing meanwhile.
fn exec_file(vm: &mut Vm, origin: &str, dict: &Rc<PyDict>) -> PyResult<()> {
    let bytes = std::fs::read(origin).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(2);
        let msg = crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
        PyErr::with_args(
            ExcType::OSError,
            vec![
                Value::Int(errno as i64),
                Value::from_string(msg),
                Value::str(origin),
            ],
        )
    })?;
    // The loader compiles the file's bytes as `compile(data, path, 'exec')` does.
    if bytes.contains(&0) {
        return Err(PyErr::new(
            ExcType::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    let text = match crate::lexer::decode_source_file(&bytes, origin) {
        Ok(t) => t,
        Err(e) => {
            let src = crate::source::SourceFile::new(origin, String::new());
            return Err(vm.syntax_error(&e, &src));
        }
    };
    let code = vm.compile_source(&text, origin, "exec")?;
    let spec = dict.get_str(&intern("__spec__")).filter(|s| !s.is_none());
    let flag = intern("_initializing");
    if let Some(spec) = &spec {
        vm.setattr(spec, &flag, Value::Bool(true))?;
    }
    let r = vm.exec_code(code, dict.clone(), None);
    if let Some(spec) = &spec {
        // The body's own error, if any, is the one to report.
        let reset = vm.setattr(spec, &flag, Value::Bool(false));
        if r.is_ok() {
            reset?;
        }
    }
    r.map(|_| ())
}

/// `resolve_name` (import.c): the absolute name of a relative import of `name` at `level`
/// from a module with namespace `globals`.
fn resolve_name(vm: &mut Vm, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    let Value::Dict(g) = globals else {
        if globals.is_none() {
            return Err(PyErr::with_args(
                ExcType::KeyError,
                vec![Value::str("'__name__' not in globals")],
            ));
        }
        return Err(PyErr::type_error("globals must be a dict"));
    };
    let no_parent = || {
        PyErr::new(
            ExcType::ImportError,
            "attempted relative import with no known parent package",
        )
    };
    let package = match g.get_str(&intern("__package__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => {
            let spec = g.get_str(&intern("__spec__")).filter(|s| !s.is_none());
            if let Some(spec) = spec {
                match vm.getattr(&spec, &intern("parent"))? {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => return Err(PyErr::type_error("__spec__.parent must be a string")),
                }
            } else {
                let n = match g.get_str(&intern("__name__")) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    Some(_) => return Err(PyErr::type_error("__name__ must be a string")),
                    None => {
                        return Err(PyErr::with_args(
                            ExcType::KeyError,
                            vec![Value::str("'__name__' not in globals")],
                        ))
                    }
                };
                if g.get_str(&intern("__path__")).is_some() {
                    n
                } else {
                    match n.rsplit_once('.') {
                        Some((p, _)) => p.to_string(),
                        None => return Err(no_parent()),
                    }
                }
            }
        }
        Some(_) => return Err(PyErr::type_error("package must be a string")),
    };
    if package.is_empty() {
        return Err(no_parent());
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => {
                return Err(PyErr::new(
                    ExcType::ImportError,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `PyImport_ImportModuleLevelObject`: what `__import__(name, globals, locals, fromlist,
/// level)` and `IMPORT_NAME` do.
pub fn import_module_level(
    vm: &mut Vm,
    name: &str,
    globals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(vm, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.to_string()
    };
    let m = find_and_load(vm, &abs_name)?;
    let has_from = !fromlist.is_none() && vm.truthy(fromlist)?;
    if !has_from {
        if level == 0 || !name.is_empty() {
            match name.find('.') {
                None => Ok(m),
                Some(dot) if level == 0 => {
                    import_module_level(vm, &name[..dot], &Value::None, &Value::None, 0)
                }
                Some(dot) => {
                    let cut_off = name.len() - dot;
                    let to_return = &abs_name[..abs_name.len() - cut_off];
                    vm.modules.get_str(&intern(to_return)).ok_or_else(|| {
                        let r = py_repr(vm, to_return);
                        PyErr::with_args(
                            ExcType::KeyError,
                            vec![Value::from_string(format!(
                                "{r} not in sys.modules as expected"
                            ))],
                        )
                    })
                }
            }
        } else {
            Ok(m)
        }
    } else if vm.getattr_opt(&m, &intern("__path__"))?.is_some() {
        handle_fromlist(vm, &m, fromlist, false)?;
        Ok(m)
    } else {
        Ok(m)
    }
}

/// `_handle_fromlist`: import the submodules a `from package import a, b` names that are
/// not attributes of the package yet (a missing one is left for IMPORT_FROM to report).
fn handle_fromlist(vm: &mut Vm, m: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let items = vm.collect(fromlist)?;
    let mname = match vm.getattr(m, &intern("__name__"))? {
        Value::Str(s) => s.as_str().to_string(),
        _ => return Ok(()),
    };
    for x in items {
        let Value::Str(x) = &x else {
            let where_ = if recursive {
                format!("{mname}.__all__")
            } else {
                "``from list''".to_string()
            };
            return Err(PyErr::type_error(format!(
                "Item in {where_} must be str, not {}",
                args::type_name(vm, &x)
            )));
        };
        if x.as_str() == "*" {
            if !recursive {
                if let Some(all) = vm.getattr_opt(m, &intern("__all__"))? {
                    handle_fromlist(vm, m, &all, true)?;
                }
            }
        } else if vm.getattr_opt(m, x)?.is_none() {
            let from_name = format!("{mname}.{}", x.as_str());
            if let Err(mut e) = find_and_load(vm, &from_name) {
                if args::err_is(vm, &e, ExcType::ModuleNotFoundError) {
                    let obj = crate::object::exception::materialize_in_place(vm, &mut e);
                    let ename = vm.getattr_opt(&obj, &intern("name"))?;
                    let same = matches!(&ename, Some(Value::Str(s)) if s.as_str() == from_name);
                    let blocked =
                        matches!(vm.modules.get_str(&intern(&from_name)), Some(Value::None));
                    if same && !blocked {
                        continue;
                    }
                }
                return Err(e);
            }
        }
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [kn, kg, _kl, kf, klevel] = args::take_kwargs(
        "__import__",
        kw,
        ["name", "globals", "locals", "fromlist", "level"],
    )?;
    if a.len() > 5 {
        return Err(PyErr::type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            a.len()
        )));
    }
    let name = a.first().cloned().or(kn).ok_or_else(|| {
        PyErr::type_error("__import__() missing required argument 'name' (pos 1)")
    })?;
    let Value::Str(name) = &name else {
        return Err(PyErr::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            args::type_name(vm, &name)
        )));
    };
    let globals = a.get(1).cloned().or(kg).unwrap_or(Value::None);
    let fromlist = a.get(3).cloned().or(kf).unwrap_or(Value::None);
    let level = match a.get(4).cloned().or(klevel) {
        None => 0,
        Some(v @ Value::Float(_)) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                args::type_name(vm, &v)
            )))
        }
        Some(v) => args::index_i64(vm, &v)?,
    };
    import_module_level(vm, name.as_str(), &globals, &fromlist, level)
}

/// IMPORT_FROM (`import_from` in ceval.c): `module.name`, else `sys.modules["module.name"]`
/// (a submodule in a circular import), else ImportError naming the module and its file.
pub fn import_from(vm: &mut Vm, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(m, name)? {
        return Ok(v);
    }
    let pkgname = match vm.getattr_opt(m, &intern("__name__")) {
        Ok(Some(Value::Str(s))) => Some(s),
        _ => None,
    };
    if let Some(p) = &pkgname {
        let full = format!("{}.{}", p.as_str(), name.as_str());
        if let Some(v) = vm.modules.get_str(&intern(&full)) {
            return Ok(v);
        }
    }
    let (path, initializing) = match m {
        Value::Module(md) => match md.dict.get_str(&intern("__file__")) {
            Some(Value::Str(f)) if !f.as_str().starts_with('<') => {
                let init = is_initializing(vm, &md.dict);
                (Some(f), init)
            }
            _ => (None, false),
        },
        _ => (None, false),
    };
    let nrepr = vm.repr(&Value::Str(name.clone()))?.as_str().to_string();
    let prepr = match &pkgname {
        Some(p) => vm.repr(&Value::Str(p.clone()))?.as_str().to_string(),
        None => "'<unknown module name>'".to_string(),
    };
    let pkg_value = pkgname.map(Value::Str).unwrap_or(Value::None);
    Err(match path {
        None => import_error(
            vm,
            ExcType::ImportError,
            format!("cannot import name {nrepr} from {prepr} (unknown location)"),
            pkg_value,
            Value::None,
        ),
        Some(f) => {
            let msg = if initializing {
                format!(
                    "cannot import name {nrepr} from partially initialized module {prepr} (most likely due to a circular import) ({})",
                    f.as_str()
                )
            } else {
                format!("cannot import name {nrepr} from {prepr} ({})", f.as_str())
            };
            import_error(vm, ExcType::ImportError, msg, pkg_value, Value::Str(f))
        }
    })
}

/// `importlib.import_module(name, package=None)`.
fn importlib_import_module(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [kn, kp] = args::take_kwargs("import_module", kw, ["name", "package"])?;
    let name = a.first().cloned().or(kn).ok_or_else(|| {
        PyErr::type_error("import_module() missing 1 required positional argument: 'name'")
    })?;
    let package = a.get(1).cloned().or(kp).unwrap_or(Value::None);
    let Value::Str(name) = &name else {
        // CPython's first step is `name.startswith('.')`.
        if matches!(name, Value::Bytes(_)) {
            return Err(PyErr::type_error(
                "startswith first arg must be bytes or a tuple of bytes, not str",
            ));
        }
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!(
                "'{}' object has no attribute 'startswith'",
                args::type_name(vm, &name)
            ),
        ));
    };
    let s = name.as_str();
    let level = s.len() - s.trim_start_matches('.').len();
    if level == 0 {
        if s.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        return find_and_load(vm, s);
    }
    if !vm.truthy(&package)? {
        return Err(PyErr::type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            py_repr(vm, s)
        )));
    }
    let Value::Str(pkg) = &package else {
        return Err(PyErr::type_error("__package__ not set to a string"));
    };
    let bits: Vec<&str> = pkg.as_str().rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(PyErr::new(
            ExcType::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits.last().copied().unwrap_or("");
    let rest = &s[level..];
    let full = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{rest}")
    };
    find_and_load(vm, &full)
}

/// `importlib.reload(module)`: run a source module's file again in its namespace.
fn importlib_reload(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let m = args::one_arg("reload", a, kw)?;
    let Value::Module(md) = m else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    let name = match md.dict.get_str(&intern("__name__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("reload() argument must be a module")),
    };
    match vm.modules.get_str(&intern(&name)) {
        Some(cur) if cur.is(m) => {}
        _ => {
            return Err(import_error(
                vm,
                ExcType::ImportError,
                format!("module {name} not in sys.modules"),
                Value::str(&name),
                Value::None,
            ))
        }
    }
    let parent_path = match name.rsplit_once('.') {
        Some((pkg, _)) => match vm.modules.get_str(&intern(pkg)) {
            Some(pm) => package_path(vm, &pm)?,
            None => {
                let r = py_repr(vm, pkg);
                return Err(import_error(
                    vm,
                    ExcType::ImportError,
                    format!("parent {r} not in sys.modules"),
                    Value::str(pkg),
                    Value::None,
                ));
            }
        },
        None => None,
    };
    let spec = find_spec(vm, &name, parent_path)?;
    match spec {
        None => {
            let msg = format!("spec not found for the module {}", py_repr(vm, &name));
            Err(not_found(vm, msg, &name))
        }
        Some(Spec::File { origin, .. }) => {
            super::set(&md.dict, "__file__", Value::str(&origin));
            exec_file(vm, &origin, &md.dict)?;
            Ok(vm
                .modules
                .get_str(&intern(&name))
                .unwrap_or_else(|| m.clone()))
        }
        Some(Spec::Embedded(src)) => {
            let code = vm.compile_source(src.text, src.filename, "exec")?;
            vm.exec_code(code, md.dict.clone(), None)?;
            Ok(m.clone())
        }
        Some(_) => Ok(m.clone()),
    }
}

fn importlib_invalidate_caches(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("invalidate_caches", a, kw)?;
    Ok(Value::None)
}

/// `_coil_import.exec_source(module, path)`: compile the file `path` and run it in the
/// module's namespace (`SourceFileLoader.exec_module`).
fn coil_exec_source(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("exec_source", a, kw, 2, 2)?;
    let (Value::Module(md), Value::Str(path)) = (&a[0], &a[1]) else {
        return Err(PyErr::type_error("exec_source(module, path)"));
    };
    exec_file(vm, path.as_str(), &md.dict)?;
    Ok(Value::None)
}

/// `_coil_import.find_spec(name, path=None)`: the spec `name` would be loaded from (without
/// loading it), searching `path` (a package's `__path__`) or `sys.path`; None if not found.
fn coil_find_spec(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("find_spec", a, kw, 1, 2)?;
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error("find_spec() argument 1 must be str"));
    };
    let name = name.as_str();
    let path = match a.get(1) {
        None | Some(Value::None) => None,
        Some(p) => Some(
            vm.collect(p)?
                .into_iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect(),
        ),
    };
    let spec = match (name.contains('.'), coil_spec(name)) {
        (true, Some(s)) => Some(s),
        _ => find_spec(vm, name, path)?,
    };
    let builtin = |vm: &mut Vm, frozen: bool| {
        make_bootstrap_call(vm, "builtin_spec", &[Value::str(name), Value::Bool(frozen)])
    };
    match spec {
        None => Ok(Value::None),
        Some(Spec::Native(_)) => builtin(vm, false),
        Some(Spec::Embedded(_)) => builtin(vm, true),
        Some(Spec::File {
            origin,
            package_dir,
        }) => {
            let dir = package_dir.as_deref().map_or(Value::None, Value::str);
            Ok(make_spec(
                vm,
                "file_spec",
                &[Value::str(name), Value::str(&origin), dir],
            )?
            .0)
        }
        Some(Spec::Namespace(portions)) => {
            let path = Value::list(portions.iter().map(|p| Value::str(p)).collect());
            Ok(make_spec(vm, "namespace_spec", &[Value::str(name), path])?.0)
        }
    }
}

/// Call `_coil_bootstrap.FUNC(args)`.
fn make_bootstrap_call(vm: &mut Vm, func: &str, args: &[Value]) -> PyResult<Value> {
    let m = find_and_load(vm, "_coil_bootstrap")?;
    let f = vm.getattr(&m, &intern(func))?;
    vm.call(&f, args)
}

/// The `_coil_import` module: the native half of `importlib` and `importlib.util`.
pub fn make_coil_import(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = new_module(
        "_coil_import",
        &[
            ("import_module", importlib_import_module),
            ("reload", importlib_reload),
            ("invalidate_caches", importlib_invalidate_caches),
            ("exec_source", coil_exec_source),
            ("find_spec", coil_find_spec),
        ],
    );
    super::set(
        &d,
        "__import__",
        vm.builtins
            .get_str(&intern("__import__"))
            .unwrap_or(Value::None),
    );
    Ok(m)
}

/// The `builtins` module: a module over the interpreter's builtins namespace.
pub fn make_builtins(vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Module(Rc::new(crate::object::Module {
        name: intern("builtins"),
        dict: vm.builtins.clone(),
    })))
}

/// What `coil -m NAME` finds for `name` (runpy's `_get_module_details`).
pub enum MainSpec {
    /// A source file and whether it is a package's `__init__.py`; the spec and loader
    /// `__main__` gets (for a module, not a package).
    File {
        origin: String,
        package: bool,
        spec: Value,
        loader: Value,
    },
    /// A native or embedded module ("No code object available for x").
    NoCode,
    /// Nothing of that name.
    NotFound,
}

/// Find `name` for `-m`: its parent packages are imported first (their errors propagate);
/// the module itself is not loaded.
pub fn find_for_main(vm: &mut Vm, name: &str) -> PyResult<MainSpec> {
    let parent_path = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = find_and_load(vm, parent)?;
            match package_path(vm, &pm)? {
                Some(p) => Some(p),
                None => {
                    let msg = format!(
                        "__path__ attribute not found on '{parent}' while trying to find '{name}'"
                    );
                    return Err(not_found(vm, msg, name));
                }
            }
        }
        None => None,
    };
    Ok(match find_spec(vm, name, parent_path)? {
        Some(Spec::File {
            origin,
            package_dir: Some(_),
        }) => MainSpec::File {
            origin,
            package: true,
            spec: Value::None,
            loader: Value::None,
        },
        Some(Spec::File {
            origin,
            package_dir: None,
        }) => {
            let (spec, loader) = make_spec(
                vm,
                "file_spec",
                &[Value::str(name), Value::str(&origin), Value::None],
            )?;
            MainSpec::File {
                origin,
                package: false,
                spec,
                loader,
            }
        }
        Some(Spec::Native(_)) | Some(Spec::Embedded(_)) => MainSpec::NoCode,
        Some(Spec::Namespace(_)) => MainSpec::File {
            origin: String::new(),
            package: true,
            spec: Value::None,
            loader: Value::None,
        },
        None => MainSpec::NotFound,
    })
}
