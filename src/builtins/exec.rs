//! `compile`, `exec`, `eval`, `globals`, `locals` and `__import__`: thin argument handling over
//! the VM's `compile_source` / `exec_code` / `current_globals` / `current_locals`, and the
//! module registry in `crate::modules` for imports.

use super::args::{self, Kwargs};
use crate::object::{ExcType, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The text of a `compile`/`exec`/`eval` source argument.
fn source_text(vm: &Vm, v: &Value, fname: &str) -> PyResult<Option<String>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        Value::Bytes(b) => match std::str::from_utf8(&b.data) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(PyErr::new(
                ExcType::SyntaxError,
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        },
        Value::Code(_) => Ok(None),
        _ => {
            let _ = vm;
            Err(PyErr::type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )))
        }
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [ks, kf, km, _flags, _inherit, _opt] = args::take_kwargs(
        "compile",
        kw,
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    if a.len() > 6 {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            a.len()
        )));
    }
    let source =
        a.first().cloned().or(ks).ok_or_else(|| {
            PyErr::type_error("compile() missing required argument 'source' (pos 1)")
        })?;
    let filename = a.get(1).cloned().or(kf).ok_or_else(|| {
        PyErr::type_error("compile() missing required argument 'filename' (pos 2)")
    })?;
    let mode =
        a.get(2).cloned().or(km).ok_or_else(|| {
            PyErr::type_error("compile() missing required argument 'mode' (pos 3)")
        })?;
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        v => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                args::type_name(vm, v)
            )))
        }
    };
    let Value::Str(mode) = &mode else {
        return Err(PyErr::type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            args::type_name(vm, &mode)
        )));
    };
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(PyErr::value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    }
    match source_text(vm, &source, "compile")? {
        Some(text) => Ok(Value::Code(vm.compile_source(
            &text,
            &filename,
            mode.as_str(),
        )?)),
        None => Ok(source),
    }
}

/// The globals/locals pair for `exec`/`eval`, with CPython's checks.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    g: Option<&Value>,
    l: Option<&Value>,
) -> PyResult<(Rc<PyDict>, Option<Value>)> {
    let g = g.filter(|v| !v.is_none());
    let l = l.filter(|v| !v.is_none()).cloned();
    match g {
        Some(Value::Dict(d)) => Ok((d.clone(), l)),
        Some(other) => Err(PyErr::type_error(if fname == "exec" {
            format!(
                "exec() globals must be a dict, not {}",
                args::type_name(vm, other)
            )
        } else {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
        })),
        None => {
            let globals = vm
                .current_globals()
                .unwrap_or_else(|| Rc::new(PyDict::new()));
            let locals = match l {
                Some(l) => Some(l),
                None => Some(current_locals_value(vm)),
            };
            Ok((globals, locals))
        }
    }
}

fn run_source(vm: &mut Vm, a: &[Value], kw: Kwargs, fname: &str) -> PyResult<Value> {
    args::no_kwargs(fname, kw)?;
    args::check_positional(fname, a.len(), 1, 3)?;
    let (globals, locals) = namespaces(vm, fname, a.get(1), a.get(2))?;
    let code = match source_text(vm, &a[0], fname)? {
        Some(text) => {
            let text = if fname == "eval" {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            let mode = if fname == "eval" { "eval" } else { "exec" };
            vm.compile_source(&text, "<string>", mode)?
        }
        None => match &a[0] {
            Value::Code(c) => c.clone(),
            _ => unreachable!("source_text returned None only for code"),
        },
    };
    let r = vm.exec_code(code, globals, locals)?;
    Ok(if fname == "exec" { Value::None } else { r })
}

/// `exec(source, globals=None, locals=None)`.
pub fn builtin_exec(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    run_source(vm, a, kw, "exec")
}

/// `eval(source, globals=None, locals=None)`.
pub fn builtin_eval(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    run_source(vm, a, kw, "eval")
}

pub fn builtin_globals(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("globals", a, kw)?;
    Ok(Value::Dict(
        vm.current_globals()
            .unwrap_or_else(|| Rc::new(PyDict::new())),
    ))
}

/// The current frame's locals: its mapping (module/class bodies) or a snapshot dict of the
/// bound fast locals and cells (function frames).
fn current_locals_value(vm: &mut Vm) -> Value {
    if let Some(l) = vm.current_locals() {
        return l;
    }
    let d = Rc::new(PyDict::new());
    if let Some(f) = vm.current_frame() {
        let code = f.code.clone();
        let names = code
            .varnames
            .iter()
            .chain(code.cellvars.iter())
            .chain(code.freevars.iter());
        for (name, v) in names.zip(f.values.iter()) {
            let v = match v {
                Value::Cell(c) => c.get(),
                other => other.clone(),
            };
            if !v.is_null() {
                d.set_str(crate::object::str::intern(name), v);
            }
        }
    }
    Value::Dict(d)
}

pub fn builtin_locals(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("locals", a, kw)?;
    Ok(current_locals_value(vm))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the import system
/// (`modules::importer`).
pub fn builtin_import(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::modules::importer::builtin_import(vm, a, kw)
}
