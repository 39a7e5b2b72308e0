//! Object-protocol builtins: `len`, `repr`, `ascii`, `hash`, `id`, `callable`, `isinstance`,
//! `issubclass`, `getattr`/`setattr`/`hasattr`/`delattr`, `iter`, `next`, `vars`, `dir`,
//! `format`. Each checks its arguments with CPython's messages and then calls the `Vm`
//! protocol API.

use super::args::{self, Kwargs};
use crate::object::class::{PyType, TypeKind};
use crate::object::{ExcType, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn builtin_len(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("len", a, kw)?;
    Ok(Value::Int(vm.len(v)? as i64))
}

pub fn builtin_repr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("repr", a, kw)?;
    Ok(Value::Str(vm.repr(v)?))
}

/// `ascii(obj)`: `repr` with non-ASCII characters escaped.
pub fn builtin_ascii(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("ascii", a, kw)?;
    let r = vm.repr(v)?;
    Ok(Value::from_string(ascii_escape(r.as_str())))
}

/// Escape every non-ASCII character as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

pub fn builtin_hash(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("hash", a, kw)?;
    Ok(Value::Int(vm.hash(v)?))
}

pub fn builtin_id(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("id", a, kw)?;
    Ok(Value::Int(v.id() as i64))
}

/// A name looked up in a type's dict and then its mro (no Python code runs).
pub fn type_lookup(t: &Rc<PyType>, name: &str) -> Option<Value> {
    let key = crate::object::str::intern(name);
    if let Some(v) = t.dict.get_str(&key) {
        return Some(v);
    }
    t.mro.iter().find_map(|m| m.dict.get_str(&key))
}

/// `callable(obj)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        Value::Instance(_) => type_lookup(&vm.type_of(v), "__call__").is_some(),
        _ => false,
    }
}

pub fn builtin_callable(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("callable", a, kw)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// `isinstance(obj, classinfo)` (CPython's `PyObject_IsInstance`; see `object::isinstance`).
pub fn isinstance_of(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    crate::object::isinstance::isinstance(vm, v, cls)
}

pub fn builtin_isinstance(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("isinstance", a, kw, 2, 2)?;
    Ok(Value::Bool(crate::object::isinstance::isinstance(
        vm, &a[0], &a[1],
    )?))
}

pub fn builtin_issubclass(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("issubclass", a, kw, 2, 2)?;
    Ok(Value::Bool(crate::object::isinstance::issubclass(
        vm, &a[0], &a[1],
    )?))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            args::type_name(vm, v)
        ))),
    }
}

pub fn builtin_getattr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("getattr", a, kw, 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match a.get(2) {
        None => vm.getattr(&a[0], &name),
        Some(dflt) => match vm.getattr(&a[0], &name) {
            Ok(v) => Ok(v),
            Err(e) if args::err_is(vm, &e, ExcType::AttributeError) => Ok(dflt.clone()),
            Err(e) => Err(e),
        },
    }
}

pub fn builtin_setattr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("setattr", a, kw, 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

pub fn builtin_hasattr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("hasattr", a, kw, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    match vm.getattr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if args::err_is(vm, &e, ExcType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub fn builtin_delattr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("delattr", a, kw, 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.delattr(&a[0], &name)?;
    Ok(Value::None)
}

/// `iter(obj)` / `iter(callable, sentinel)`.
pub fn builtin_iter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("iter", a, kw, 1, 2)?;
    match a {
        [v] => vm.iter(v),
        [f, sentinel] => {
            if !is_callable(vm, f) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::object::iter::callable_iter(
                f.clone(),
                sentinel.clone(),
            ))
        }
        _ => unreachable!("checked above"),
    }
}

/// `next(iterator[, default])`.
pub fn builtin_next(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("next", a, kw, 1, 2)?;
    let it = &a[0];
    if let Value::Gen(g) = it {
        if g.kind != crate::object::generator::GenKind::Generator {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                crate::vm::gen::type_name_of_kind(g.kind)
            )));
        }
        // Generators: the return value travels in the StopIteration.
        let g = g.clone();
        return match vm.gen_send_ex(&g, Value::None, None)? {
            crate::vm::gen::GenResult::Yield(v) => Ok(v),
            crate::vm::gen::GenResult::Return(v) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::vm::gen::stop_iteration_with(v)),
            },
        };
    }
    let is_iter = crate::object::iter::as_iter(it).is_some()
        || matches!(it, Value::Instance(_)) && type_lookup(&vm.type_of(it), "__next__").is_some();
    if !is_iter {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            args::type_name(vm, it)
        )));
    }
    if a.len() == 1
        && matches!(it, Value::Instance(_))
        && crate::object::iter::as_iter(it).is_none()
    {
        // A native `__next__` ending with StopIteration(value) (an awaitable's iterator:
        // `FutureIter`, `coroutine_wrapper`): `next()` propagates it, value included.
        let t = vm.type_of(it);
        if let (false, Some(f)) = (t.flags.heap, t.slots.next) {
            return match f(vm, it)? {
                Some(v) => Ok(v),
                None => Err(PyErr::stop_iteration(None)),
            };
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::stop_iteration(None)),
        },
    }
}

/// `vars([obj])`.
pub fn builtin_vars(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("vars", a, kw, 0, 1)?;
    let Some(v) = a.first() else {
        return super::exec::builtin_locals(vm, &[], &[]);
    };
    match v {
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        Value::Type(t) => Ok(Value::Dict(t.dict.clone())),
        Value::Instance(i) if i.dict.is_some() => {
            Ok(Value::Dict(i.dict.clone().unwrap_or_default()))
        }
        _ => match vm.getattr(v, &crate::object::str::intern("__dict__")) {
            Ok(d) => Ok(d),
            Err(e) if args::err_is(vm, &e, ExcType::AttributeError) => Err(PyErr::type_error(
                "vars() argument must have __dict__ attribute",
            )),
            Err(e) => Err(e),
        },
    }
}

/// `dir([obj])`: sorted attribute names (instance dict, then the class and its mro).
pub fn builtin_dir(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("dir", a, kw, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &crate::object::PyDict, names: &mut Vec<String>| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match a.first() {
        None => {
            let l = super::exec::builtin_locals(vm, &[], &[])?;
            if let Value::Dict(d) = &l {
                add_dict(d, &mut names);
            } else {
                for k in vm.collect(&l)? {
                    if let Value::Str(s) = k {
                        names.push(s.as_str().to_string());
                    }
                }
            }
        }
        Some(Value::Module(m)) => add_dict(&m.dict, &mut names),
        Some(Value::Type(t)) => {
            // A metaclass's own __dir__ (enum's EnumType.__dir__) decides for its classes.
            if let Some(meta) = t.meta.as_ref().filter(|m| m.flags.heap) {
                if let Some(f @ Value::Function(_)) = meta.lookup_str("__dir__") {
                    let r = vm.call(&f, &[Value::Type(t.clone())])?;
                    let mut items = vm.collect(&r)?;
                    crate::object::list::sort_values(vm, &mut items, None, false)?;
                    return Ok(Value::list(items));
                }
            }
            add_dict(&t.dict, &mut names);
            for m in t.mro.iter() {
                add_dict(&m.dict, &mut names);
            }
        }
        Some(v) => {
            if let Some(f) = vm.lookup_special(v, "__dir__") {
                if !matches!(vm.type_of(v).kind, TypeKind::Native)
                    && matches!(f, Value::BoundMethod(ref b) if matches!(b.func, Value::Function(_)))
                {
                    let r = vm.call(&f, &[])?;
                    let mut items = vm.collect(&r)?;
                    crate::object::list::sort_values(vm, &mut items, None, false)?;
                    return Ok(Value::list(items));
                }
            }
            if let Value::Instance(i) = v {
                if let Some(d) = &i.dict {
                    add_dict(d, &mut names);
                }
            }
            let t = vm.type_of(v);
            add_dict(&t.dict, &mut names);
            for m in t.mro.iter() {
                add_dict(&m.dict, &mut names);
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(Value::from_string).collect(),
    ))
}

/// `format(value, format_spec='')`.
pub fn builtin_format(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("format", a, kw, 1, 2)?;
    let spec = match a.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                args::type_name(vm, v)
            )))
        }
    };
    Ok(Value::Str(vm.format(&a[0], &spec)?))
}
