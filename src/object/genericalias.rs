//! Parameterised generics and union types on builtin types: `list[int]`, `dict[str, int]`,
//! `type[C]`, `deque[int]`, `asyncio.Future[int]` (each type's `__class_getitem__`, CPython's
//! `Py_GenericAlias`), and `int | None` (`type.__or__`/`__ror__`, CPython's `_Py_union_type_or`).
//!
//! The objects themselves, `types.GenericAlias` and `types.UnionType`, are coil's Python
//! classes in `modules/py/_coil_types.py` (reprs, `__origin__`/`__args__`, equality, hashing,
//! calling the origin, `isinstance` with a union, attribute forwarding); this file only builds
//! them from the native side. Invariant: the natives never hold a borrow across the Python
//! calls they make, and `_coil_types` is imported on first use only (programs that never
//! subscript a type pay nothing).

use super::function::NativeFn;
use super::str::intern;
use super::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `name` from the `_coil_types` support module.
fn support(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = crate::modules::import(vm, "_coil_types")?;
    vm.getattr(&m, &intern(name))
}

/// `types.GenericAlias(origin, args)`: what `origin[args]` evaluates to.
pub fn generic_alias(vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    let ga = support(vm, "GenericAlias")?;
    vm.call(&ga, &[origin, args])
}

/// `cls.__class_getitem__(item)` of the builtin generic types (a classmethod: `args[0]` is
/// the class).
fn class_getitem_native(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    match args {
        [cls, item] => generic_alias(vm, cls.clone(), item.clone()),
        _ => Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// The classmethod table every builtin generic type gets (`builtin_types::add_classmethods`).
pub const CLASS_GETITEM: &[(&str, NativeFn)] = &[("__class_getitem__", class_getitem_native)];

/// `type.__or__(self, other)` / `type.__ror__`: a union when both sides may take part in one
/// (types, `None`, generic aliases, unions: `_coil_types._unionable`), else `NotImplemented`
/// (so `int | 3` is "unsupported operand type(s) for |: 'type' and 'int'").
fn union_or(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let ok = support(vm, "_unionable")?;
    for v in [a, b] {
        let r = vm.call(&ok, std::slice::from_ref(v))?;
        if !vm.truthy(&r)? {
            return Ok(Value::NotImplemented);
        }
    }
    let union = support(vm, "_union")?;
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    vm.call(&union, &[l.clone(), r.clone()])
}

fn type_or_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    union_or(vm, args, false)
}

fn type_ror_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
    union_or(vm, args, true)
}

/// `type`'s `__or__`/`__ror__` (added to `typeobj::TYPE_METHODS`' table at registration).
pub const TYPE_OR_METHODS: &[(&str, NativeFn)] =
    &[("__or__", type_or_native), ("__ror__", type_ror_native)];
