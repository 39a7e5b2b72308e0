//! The native `posix` module under `os` (`py/os.py`, with `os.path` in `py/posixpath.py`), as
//! CPython's `posixmodule.c` presents it: `getcwd`, `listdir` (the order `readdir` returns,
//! unsorted), `remove`/`unlink`, `mkdir`, `rmdir`, `rename`/`replace`, `chdir`, `stat`/`lstat`
//! (a 10-tuple the Python layer wraps in `stat_result`), `readlink`/`symlink`, `getpid`/`getppid`, `putenv`/
//! `unsetenv`, `_environ` (the process environment as a dict), `strerror`, `cpu_count`,
//! `urandom`. Failures raise the errno's OSError subclass with the filename(s) attached, so
//! messages read `[Errno 2] No such file or directory: 'x'` (and `'a' -> 'b'` for rename).
//! Path arguments are str, bytes or `os.PathLike` (`__fspath__`), with CPython's "remove: path
//! should be string, bytes or os.PathLike, not int".

use crate::builtins::args::{self, Kwargs};
use crate::modules::bisect::clinic_bind;
use crate::object::{PyBytes, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::path::PathBuf;
use std::rc::Rc;

/// The native `posix` module.
pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _) = crate::modules::new_module(
        "posix",
        &[
            ("getcwd", getcwd),
            ("listdir", listdir),
            ("remove", remove),
            ("unlink", unlink),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("rename", rename),
            ("replace", replace),
            ("chdir", chdir),
            ("stat", stat),
            ("lstat", lstat),
            ("getpid", getpid),
            ("getppid", getppid),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("_environ", environ),
            ("strerror", strerror),
            ("cpu_count", cpu_count),
            ("urandom", urandom),
            ("fspath", fspath),
            ("readlink", readlink),
            ("symlink", symlink),
        ],
    );
    Ok(m)
}

/// A path argument: its text (for the OS call) and whether it was bytes.
struct PathArg {
    path: PathBuf,
    shown: Value,
    bytes: bool,
}

/// `path_converter`: str, bytes or `__fspath__`.
fn path_arg(vm: &mut Vm, fname: &str, v: &Value, allow: &str) -> PyResult<PathArg> {
    use std::os::unix::ffi::OsStrExt;
    let mut cur = v.clone();
    for _ in 0..2 {
        match crate::object::ns_util::recv(&cur) {
            Value::Str(s) if s.as_str().contains('\0') => {
                return Err(PyErr::value_error("embedded null byte"))
            }
            Value::Bytes(b) if b.data.contains(&0) => {
                return Err(PyErr::value_error(format!(
                    "{fname}: embedded null character in path"
                )))
            }
            Value::Str(s) => {
                return Ok(PathArg {
                    path: PathBuf::from(s.as_str()),
                    shown: v.clone(),
                    bytes: false,
                })
            }
            Value::Bytes(b) => {
                return Ok(PathArg {
                    path: PathBuf::from(std::ffi::OsStr::from_bytes(&b.data)),
                    shown: v.clone(),
                    bytes: true,
                })
            }
            _ => {}
        }
        match vm.lookup_special(&cur, "__fspath__") {
            Some(f) => cur = vm.call(&f, &[])?,
            None => break,
        }
    }
    Err(PyErr::type_error(format!(
        "{fname}: path should be {allow}, not {}",
        args::type_name(vm, v)
    )))
}

const PLAIN: &str = "string, bytes or os.PathLike";

/// The OSError subclass for errno `e`, with `filename` (and `filename2`).
fn os_error(e: &std::io::Error, f1: &Value, f2: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5);
    let kind = crate::vm::os_error_kind(errno);
    let msg = crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
    let mut a = vec![Value::Int(errno as i64), Value::str(&msg), f1.clone()];
    if let Some(f2) = f2 {
        a.push(Value::None);
        a.push(f2.clone());
    }
    PyErr::with_args(kind, a)
}

/// Bind `params` (Argument Clinic) and return the slots.
fn bind(
    fname: &str,
    a: &[Value],
    kw: Kwargs,
    params: &[&str],
    npos: usize,
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    clinic_bind(fname, a, kw, params, npos, min)
}

fn one_path(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs) -> PyResult<PathArg> {
    let p = bind(fname, a, kw, &["path", "dir_fd"], 1, 1)?;
    path_arg(vm, fname, p[0].as_ref().unwrap_or(&Value::None), PLAIN)
}

fn getcwd(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("posix.getcwd", a, kw)?;
    let d = std::env::current_dir().map_err(crate::vm::io_error)?;
    Ok(Value::from_string(d.to_string_lossy().into_owned()))
}

fn listdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = bind("listdir", a, kw, &["path"], 1, 0)?;
    let (path, shown, bytes) = match &p[0] {
        None | Some(Value::None) => (PathBuf::from("."), Value::str("."), false),
        Some(v) => {
            let pa = path_arg(
                vm,
                "listdir",
                v,
                "string, bytes, os.PathLike, integer or None",
            )?;
            (pa.path, pa.shown, pa.bytes)
        }
    };
    let rd = std::fs::read_dir(&path).map_err(|e| os_error(&e, &shown, None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, &shown, None))?;
        let name = ent.file_name();
        if bytes {
            use std::os::unix::ffi::OsStrExt;
            out.push(Value::Bytes(Rc::new(PyBytes::new(
                name.as_bytes().to_vec(),
            ))));
        } else {
            out.push(Value::from_string(name.to_string_lossy().into_owned()));
        }
    }
    Ok(Value::list(out))
}

fn remove_impl(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_path(vm, fname, a, kw)?;
    std::fs::remove_file(&p.path).map_err(|e| os_error(&e, &p.shown, None))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_impl(vm, "remove", a, kw)
}

fn unlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_impl(vm, "unlink", a, kw)
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let p = bind("mkdir", a, kw, &["path", "mode", "dir_fd"], 2, 1)?;
    let pa = path_arg(vm, "mkdir", p[0].as_ref().unwrap_or(&Value::None), PLAIN)?;
    let mode = match &p[1] {
        None => 0o777,
        Some(v) => crate::object::ns_util::index_arg(vm, v)?,
    };
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&pa.path)
        .map_err(|e| os_error(&e, &pa.shown, None))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_path(vm, "rmdir", a, kw)?;
    std::fs::remove_dir(&p.path).map_err(|e| os_error(&e, &p.shown, None))?;
    Ok(Value::None)
}

fn rename_impl(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = bind(
        fname,
        a,
        kw,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
        2,
    )?;
    let src = path_arg(vm, fname, p[0].as_ref().unwrap_or(&Value::None), PLAIN)?;
    let dst = path_arg(vm, fname, p[1].as_ref().unwrap_or(&Value::None), PLAIN)?;
    std::fs::rename(&src.path, &dst.path)
        .map_err(|e| os_error(&e, &src.shown, Some(&dst.shown)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    rename_impl(vm, "rename", a, kw)
}

fn replace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    rename_impl(vm, "replace", a, kw)
}

fn chdir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = bind("chdir", a, kw, &["path"], 1, 1)?;
    let pa = path_arg(vm, "chdir", p[0].as_ref().unwrap_or(&Value::None), PLAIN)?;
    std::env::set_current_dir(&pa.path).map_err(|e| os_error(&e, &pa.shown, None))?;
    Ok(Value::None)
}

fn stat_impl(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs, follow: bool) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let p = bind(fname, a, kw, &["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let follow = match &p[2] {
        Some(v) => follow && vm.truthy(v)?,
        None => follow,
    };
    let pa = path_arg(
        vm,
        fname,
        p[0].as_ref().unwrap_or(&Value::None),
        "string, bytes, os.PathLike or integer",
    )?;
    let md = if follow {
        std::fs::metadata(&pa.path)
    } else {
        std::fs::symlink_metadata(&pa.path)
    }
    .map_err(|e| os_error(&e, &pa.shown, None))?;
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    Ok(Value::tuple(vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ]))
}

fn stat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    stat_impl(vm, "stat", a, kw, true)
}

fn lstat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    stat_impl(vm, "lstat", a, kw, false)
}

fn getpid(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("posix.getpid", a, kw)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("posix.getppid", a, kw)?;
    // SAFETY: getppid has no preconditions and cannot fail.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}

fn env_str(vm: &Vm, fname: &str, v: &Value, what: &str) -> PyResult<String> {
    match crate::object::ns_util::recv(v) {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!(
            "{fname}() argument {what} must be str, not {}",
            args::type_name(vm, other)
        ))),
    }
}

fn putenv(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("putenv", a, kw, 2, 2)?;
    let k = env_str(vm, "putenv", &a[0], "1")?;
    let v = env_str(vm, "putenv", &a[1], "2")?;
    if k.is_empty() || k.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if k.contains('\0') || v.contains('\0') {
        return Err(PyErr::value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let k = args::one_arg("posix.unsetenv", a, kw)?;
    let k = env_str(vm, "unsetenv", k, "")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn environ(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("_environ", a, kw)?;
    let d = Rc::new(PyDict::new());
    for (k, v) in std::env::vars_os() {
        d.set_str(
            crate::object::str::intern(&k.to_string_lossy()),
            Value::from_string(v.to_string_lossy().into_owned()),
        );
    }
    Ok(Value::Dict(d))
}

fn strerror(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = args::one_arg("posix.strerror", a, kw)?;
    let c = crate::object::ns_util::index_arg(vm, c)?;
    let msg = crate::vm::strerror(c as i32).unwrap_or_else(|| format!("Unknown error {c}"));
    Ok(Value::from_string(msg))
}

fn cpu_count(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("posix.cpu_count", a, kw)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn urandom(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = args::one_arg("posix.urandom", a, kw)?;
    let n = crate::object::ns_util::index_arg(vm, n)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    crate::object::ns_util::check_alloc(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    crate::modules::random::os_random(&mut buf);
    Ok(Value::Bytes(Rc::new(PyBytes::new(buf))))
}

/// `readlink(path)`: the target of a symbolic link (str or bytes as the argument).
fn readlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    use std::os::unix::ffi::OsStrExt;
    let p = bind("readlink", a, kw, &["path", "dir_fd"], 1, 1)?;
    let pa = path_arg(vm, "readlink", p[0].as_ref().unwrap_or(&Value::None), PLAIN)?;
    let t = std::fs::read_link(&pa.path).map_err(|e| os_error(&e, &pa.shown, None))?;
    Ok(if pa.bytes {
        Value::Bytes(Rc::new(PyBytes::new(t.as_os_str().as_bytes().to_vec())))
    } else {
        Value::from_string(t.to_string_lossy().into_owned())
    })
}

/// `symlink(src, dst, target_is_directory=False)`: make `dst` a symbolic link to `src`.
fn symlink(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = bind(
        "symlink",
        a,
        kw,
        &["src", "dst", "target_is_directory", "dir_fd"],
        3,
        2,
    )?;
    let src = path_arg(vm, "symlink", p[0].as_ref().unwrap_or(&Value::None), PLAIN)?;
    let dst = path_arg(vm, "symlink", p[1].as_ref().unwrap_or(&Value::None), PLAIN)?;
    std::os::unix::fs::symlink(&src.path, &dst.path)
        .map_err(|e| os_error(&e, &src.shown, Some(&dst.shown)))?;
    Ok(Value::None)
}

/// `os.fspath(path)`: str/bytes unchanged, else `__fspath__()`.
fn fspath(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = bind("fspath", a, kw, &["path"], 1, 1)?;
    let v = p[0].clone().unwrap_or_default();
    if matches!(
        crate::object::ns_util::recv(&v),
        Value::Str(_) | Value::Bytes(_)
    ) {
        return Ok(v);
    }
    let Some(f) = vm.lookup_special(&v, "__fspath__") else {
        return Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            args::type_name(vm, &v)
        )));
    };
    let r = vm.call(&f, &[])?;
    if matches!(
        crate::object::ns_util::recv(&r),
        Value::Str(_) | Value::Bytes(_)
    ) {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        args::type_name(vm, &v),
        args::type_name(vm, &r)
    )))
}
