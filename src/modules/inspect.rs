//! The `inspect` module, reduced to the generator introspection issue 3 needs:
//! `isgenerator`, `isgeneratorfunction`, `getgeneratorstate` and the `GEN_*` state names,
//! plus `isfunction`/`ismethod`/`isclass` which they build on. Each follows CPython 3.11's
//! `Lib/inspect.py` (same unwrapping, same attribute reads), so it needs nothing from the
//! generator object's internals: a generator is recognised by its builtin type's name, and
//! `getgeneratorstate` reads `gi_running`, `gi_suspended` and `gi_frame` as CPython does
//! (passing a non-generator raises the same AttributeError).

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::code_flags;
use crate::object::class::TypeKind;
use crate::object::str::intern;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// `isfunction(obj)`: a Python function (not a builtin, not a bound method).
fn inspect_isfunction(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("isfunction", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Function(_))))
}

/// `ismethod(obj)`: a bound method of a Python function.
fn inspect_ismethod(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("ismethod", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::BoundMethod(_))))
}

/// `isclass(obj)`: `isinstance(obj, type)`.
fn inspect_isclass(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("isclass", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Type(_))))
}

/// `isgenerator(obj)`: `isinstance(obj, types.GeneratorType)`; the generator type is the
/// builtin (non-heap, unsubclassable) native type named `generator`.
fn inspect_isgenerator(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("isgenerator", a, kw)?;
    let t = vm.type_of(v);
    let is_gen =
        !t.flags.heap && t.kind == TypeKind::Native && t.name.borrow().as_str() == "generator";
    Ok(Value::Bool(is_gen))
}

/// `isgeneratorfunction(obj)` (CPython's `_has_code_flag(obj, CO_GENERATOR)`): unwrap bound
/// methods to their function, then test the code's `CO_GENERATOR` flag; anything that is not a
/// Python function is False.
fn inspect_isgeneratorfunction(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut f = args::one_arg("isgeneratorfunction", a, kw)?.clone();
    while let Value::BoundMethod(m) = &f {
        let inner = m.func.clone();
        f = inner;
    }
    Ok(Value::Bool(match &f {
        Value::Function(func) => func.code.flags & code_flags::GENERATOR != 0,
        _ => false,
    }))
}

/// `getgeneratorstate(generator)`: GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED or GEN_CREATED, read
/// from `gi_running`, `gi_suspended` and `gi_frame` in that order (CPython 3.11).
fn inspect_getgeneratorstate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = args::one_arg("getgeneratorstate", a, kw)?.clone();
    let running = vm.getattr(&g, &intern("gi_running"))?;
    if vm.truthy(&running)? {
        return Ok(Value::str("GEN_RUNNING"));
    }
    let suspended = vm.getattr(&g, &intern("gi_suspended"))?;
    if vm.truthy(&suspended)? {
        return Ok(Value::str("GEN_SUSPENDED"));
    }
    if vm.getattr(&g, &intern("gi_frame"))?.is_none() {
        return Ok(Value::str("GEN_CLOSED"));
    }
    Ok(Value::str("GEN_CREATED"))
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = super::new_module(
        "inspect",
        &[
            ("isfunction", inspect_isfunction),
            ("ismethod", inspect_ismethod),
            ("isclass", inspect_isclass),
            ("isgenerator", inspect_isgenerator),
            ("isgeneratorfunction", inspect_isgeneratorfunction),
            ("getgeneratorstate", inspect_getgeneratorstate),
        ],
    );
    for state in ["GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED"] {
        super::set(&dict, state, Value::str(state));
    }
    Ok(m)
}
