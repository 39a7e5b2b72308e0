//! The `bisect` module, after CPython 3.11's `_bisectmodule.c`: `bisect_left`/`bisect_right`
//! (`bisect` is `bisect_right`) and `insort_left`/`insort_right` (`insort`), with `lo`, `hi`
//! and the keyword-only `key`. Items are fetched with `a[mid]` on every probe (lists
//! directly, other sequences through `__getitem__`) and compared with `<` in CPython's order
//! (`x < a[mid]` for right, `a[mid] < x` for left), so user comparisons see the same calls.
//! `insort` calls `list.insert` for exact lists and `a.insert(i, x)` otherwise. Also home of
//! `clinic_bind`, the Argument Clinic binder the stdlib natives share.
//!
//! Invariants: no list borrow is held across a comparison or a key call.

use crate::builtins::args::Kwargs;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The native `bisect` module.
pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = crate::modules::new_module(
        "bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        if let Some(f) = dict.get_str(&crate::object::str::intern(name)) {
            crate::modules::set(&dict, alias, f);
        }
    }
    Ok(m)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Argument Clinic's binding of `args`/`kwargs` to `params` (the first `npos` may be passed
/// positionally, the rest are keyword-only; the first `min` are required), with its messages:
/// "f() takes at most 4 positional arguments (5 given)", "f() missing required argument 'x'
/// (pos 2)", "'foo' is an invalid keyword argument for f()", "argument for f() given by name
/// ('a') and position (1)".
pub fn clinic_bind(
    fname: &str,
    args: &[Value],
    kwargs: Kwargs,
    params: &[&str],
    npos: usize,
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let total = args.len() + kwargs.len();
    if total > params.len() {
        let keyword = if args.is_empty() { "keyword " } else { "" };
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} {keyword}argument{} ({total} given)",
            params.len(),
            plural(params.len())
        )));
    }
    if args.len() > npos {
        let how = if min == npos { "exactly" } else { "at most" };
        let msg = format!(
            "{fname}() takes {how} {npos} positional argument{} ({} given)",
            plural(npos),
            args.len()
        );
        return Err(PyErr::type_error(msg));
    }
    let out = crate::object::ns_util::place_arguments(fname, args, kwargs, params)?;
    if let Some(i) = out.iter().take(min).position(|o| o.is_none()) {
        return Err(PyErr::type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `lo`, `hi` as `Py_ssize_t` ("lo must be non-negative"; `hi` None means `len(a)`).
fn bounds(vm: &mut Vm, a: &Value, lo: &Option<Value>, hi: &Option<Value>) -> PyResult<(i64, i64)> {
    let lo = match lo {
        None => 0,
        Some(v) => crate::object::ns_util::index_arg(vm, v)?,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => -1,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Long(_))) => {
            crate::object::ns_util::index_arg(vm, v)?
        }
        Some(v) => match vm.lookup_special(v, "__index__") {
            Some(_) => crate::object::ns_util::index_arg(vm, v)?,
            None => {
                return Err(PyErr::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    crate::builtins::args::type_name(vm, v)
                )))
            }
        },
    };
    let hi = if hi == -1 { vm.len(a)? as i64 } else { hi };
    Ok((lo, hi))
}

fn item(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    if let Value::List(l) = a {
        return l
            .get(i as usize)
            .ok_or_else(|| PyErr::index_error("list index out of range"));
    }
    vm.getitem(a, &Value::Int(i))
}

/// `internal_bisect_right`/`internal_bisect_left`.
fn internal_bisect(
    vm: &mut Vm,
    a: &Value,
    x: &Value,
    mut lo: i64,
    mut hi: i64,
    key: &Value,
    right: bool,
) -> PyResult<i64> {
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut it = item(vm, a, mid)?;
        if !key.is_none() {
            it = vm.call(key, &[it])?;
        }
        let go_left = if right {
            crate::object::list::lt(vm, x, &it)?
        } else {
            !crate::object::list::lt(vm, &it, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];

fn bisect_impl(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs, right: bool) -> PyResult<Value> {
    // The common call `bisect(a, x)` on a list: no binding, no bound conversions.
    if let ([seq @ Value::List(l), x], []) = (a, kw) {
        let hi = l.len() as i64;
        return Ok(Value::Int(internal_bisect(
            vm,
            seq,
            x,
            0,
            hi,
            &Value::None,
            right,
        )?));
    }
    let p = clinic_bind(fname, a, kw, PARAMS, 4, 2)?;
    let (seq, x) = (
        p[0].clone().unwrap_or_default(),
        p[1].clone().unwrap_or_default(),
    );
    let key = p[4].clone().unwrap_or(Value::None);
    let (lo, hi) = bounds(vm, &seq, &p[2], &p[3])?;
    Ok(Value::Int(internal_bisect(
        vm, &seq, &x, lo, hi, &key, right,
    )?))
}

fn bisect_right(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bisect_impl(vm, "bisect_right", a, kw, true)
}

fn bisect_left(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    bisect_impl(vm, "bisect_left", a, kw, false)
}

fn insort_impl(vm: &mut Vm, fname: &str, a: &[Value], kw: Kwargs, right: bool) -> PyResult<Value> {
    let p = clinic_bind(fname, a, kw, PARAMS, 4, 2)?;
    let (seq, x) = (
        p[0].clone().unwrap_or_default(),
        p[1].clone().unwrap_or_default(),
    );
    let key = p[4].clone().unwrap_or(Value::None);
    let (lo, hi) = bounds(vm, &seq, &p[2], &p[3])?;
    let kx = if key.is_none() {
        x.clone()
    } else {
        vm.call(&key, std::slice::from_ref(&x))?
    };
    let index = internal_bisect(vm, &seq, &kx, lo, hi, &key, right)?;
    if let Value::List(l) = &seq {
        let mut items = l.items.borrow_mut();
        let i = (index.max(0) as usize).min(items.len());
        items.insert(i, x);
        return Ok(Value::None);
    }
    let insert = vm.getattr(&seq, &crate::object::str::intern("insert"))?;
    vm.call(&insert, &[Value::Int(index), x])?;
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    insort_impl(vm, "insort_right", a, kw, true)
}

fn insort_left(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    insort_impl(vm, "insort_left", a, kw, false)
}
