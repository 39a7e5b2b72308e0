//! `isinstance` / `issubclass` after CPython's `PyObject_IsInstance` / `PyObject_IsSubclass`
//! (Objects/abstract.c): an exact-type fast path, then — only when the class's metaclass is
//! not plain `type` — the `__instancecheck__` / `__subclasscheck__` hook looked up on the type
//! of the class (so `abc.ABCMeta` and user metaclasses take over), tuples of classes checked
//! item by item under the recursion limit, and the `__bases__` protocol for class-like
//! objects that are not types.
//!
//! Invariants: when `cls` is a type whose metaclass is `type` no Python code runs except for
//! the rare `__class__` override on a heap instance (CPython's `object_isinstance`); the hook
//! is skipped when it is `type`'s own native method (it would compute the same answer).

use super::attr;
use super::class::{PyType, TypeKind, ATTR_HOOK_CLASS};
use super::str::intern;
use super::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

const ISINSTANCE_ARG2: &str = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ISSUBCLASS_ARG1: &str = "issubclass() arg 1 must be a class";
const ISSUBCLASS_ARG2: &str = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

/// `isinstance(inst, cls)` (CPython's `PyObject_IsInstance` / `object_recursive_isinstance`).
pub fn isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Type(t) = cls {
        if let Value::Instance(i) = inst {
            // Quick test for an exact match.
            if Rc::ptr_eq(&i.class, t) {
                return Ok(true);
            }
            // We know what type's __instancecheck__ does.
            if t.meta.is_none() {
                if i.class.is_subtype(t) {
                    return Ok(true);
                }
                if i.class.attr_hooks.get() & ATTR_HOOK_CLASS == 0 {
                    return Ok(false);
                }
                let vt = i.class.clone();
                return object_isinstance_type(vm, inst, &vt, t);
            }
        } else {
            let vt = vm.type_of(inst);
            if Rc::ptr_eq(&vt, t) {
                return Ok(true);
            }
            if t.meta.is_none() {
                return Ok(vt.is_subtype(t));
            }
        }
    }
    if let Value::Tuple(items) = cls {
        enter_recursive(vm, " in __instancecheck__")?;
        let mut r = Ok(false);
        for item in items.items.iter() {
            r = isinstance(vm, inst, item);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        vm.depth -= 1;
        return r;
    }
    if let Some(args) = union_args(vm, cls)? {
        return isinstance(vm, inst, &args);
    }
    let name = vm.types.names.instancecheck.clone();
    if let Some(checker) = lookup_hook(vm, cls, &name, type_instancecheck_is)? {
        enter_recursive(vm, " in __instancecheck__")?;
        let r = vm.call(&checker, std::slice::from_ref(inst));
        vm.depth -= 1;
        return vm.truthy(&r?);
    }
    object_isinstance(vm, inst, cls)
}

/// `issubclass(derived, cls)` (CPython's `PyObject_IsSubclass` / `object_issubclass`).
pub fn issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Type(t) = cls {
        // We know what type's __subclasscheck__ does.
        if t.meta.is_none() {
            if let Value::Type(d) = derived {
                return Ok(d.is_subtype(t));
            }
            return recursive_issubclass(vm, derived, cls);
        }
    }
    if let Value::Tuple(items) = cls {
        enter_recursive(vm, " in __subclasscheck__")?;
        let mut r = Ok(false);
        for item in items.items.iter() {
            r = issubclass(vm, derived, item);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        vm.depth -= 1;
        return r;
    }
    if let Some(args) = union_args(vm, cls)? {
        return issubclass(vm, derived, &args);
    }
    let name = vm.types.names.subclasscheck.clone();
    if let Some(checker) = lookup_hook(vm, cls, &name, type_subclasscheck_is)? {
        enter_recursive(vm, " in __subclasscheck__")?;
        let r = vm.call(&checker, std::slice::from_ref(derived));
        vm.depth -= 1;
        return vm.truthy(&r?);
    }
    recursive_issubclass(vm, derived, cls)
}

/// `type.__instancecheck__(cls, inst)` (CPython's `_PyObject_RealIsInstance`): no hook.
pub fn real_isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    object_isinstance(vm, inst, cls)
}

/// `type.__subclasscheck__(cls, derived)` (CPython's `_PyObject_RealIsSubclass`): no hook.
pub fn real_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    recursive_issubclass(vm, derived, cls)
}

fn enter_recursive(vm: &mut Vm, what: &str) -> PyResult<()> {
    if vm.depth >= vm.recursion_limit {
        return Err(PyErr::new(
            super::ExcType::RecursionError,
            format!("maximum recursion depth exceeded{what}"),
        ));
    }
    vm.depth += 1;
    Ok(())
}

fn type_instancecheck_is(v: &Value) -> bool {
    super::class::is_native(v, super::typeobj::type_instancecheck_native)
}

fn type_subclasscheck_is(v: &Value) -> bool {
    super::class::is_native(v, super::typeobj::type_subclasscheck_native)
}

/// `_PyObject_LookupSpecial(cls, name)`: the hook on `type(cls)`, bound to `cls`; None when
/// absent or when it is `type`'s own (`is_default`), whose answer the caller computes directly.
fn lookup_hook(
    vm: &mut Vm,
    cls: &Value,
    name: &Rc<PyStr>,
    is_default: fn(&Value) -> bool,
) -> PyResult<Option<Value>> {
    let meta = vm.type_of(cls);
    let Some(f) = attr::lookup_cached(vm, &meta, name) else {
        return Ok(None);
    };
    if is_default(&f) {
        return Ok(None);
    }
    let bound = match &f {
        Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(super::BoundMethod {
            func: f,
            receiver: cls.clone(),
        })),
        _ => attr::descr_get(vm, &f, Some(cls), &meta)?,
    };
    Ok(Some(bound))
}

/// CPython's `object_isinstance` when `cls` is a type: the MRO, then a `__class__` that
/// differs from `type(inst)` (proxies).
fn object_isinstance_type(
    vm: &mut Vm,
    inst: &Value,
    vt: &Rc<PyType>,
    t: &Rc<PyType>,
) -> PyResult<bool> {
    if vt.is_subtype(t) {
        return Ok(true);
    }
    match instance_class_override(vm, inst, vt)? {
        Some(Value::Type(icls)) if !Rc::ptr_eq(&icls, vt) => Ok(icls.is_subtype(t)),
        _ => Ok(false),
    }
}

/// `inst.__class__` when its heap class overrides it (else None without any lookup).
fn instance_class_override(vm: &mut Vm, inst: &Value, vt: &Rc<PyType>) -> PyResult<Option<Value>> {
    if !vt.flags.heap || vt.attr_hooks.get() & ATTR_HOOK_CLASS == 0 {
        return Ok(None);
    }
    let name = vm.types.names.class.clone();
    vm.getattr_opt(inst, &name)
}

/// CPython's `object_isinstance` (no hook).
fn object_isinstance(vm: &mut Vm, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Type(t) = cls {
        let vt = vm.type_of(inst);
        return object_isinstance_type(vm, inst, &vt, t);
    }
    if !check_class(vm, cls)? {
        return Err(PyErr::type_error(ISINSTANCE_ARG2));
    }
    let name = vm.types.names.class.clone();
    match vm.getattr_opt(inst, &name)? {
        Some(icls) => abstract_issubclass(vm, &icls, cls),
        None => Ok(false),
    }
}

/// CPython's `recursive_issubclass`.
fn recursive_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Value::Type(d), Value::Type(c)) = (derived, cls) {
        return Ok(d.is_subtype(c));
    }
    if !check_class(vm, derived)? {
        return Err(PyErr::type_error(ISSUBCLASS_ARG1));
    }
    if union_args(vm, cls)?.is_none() && !check_class(vm, cls)? {
        return Err(PyErr::type_error(ISSUBCLASS_ARG2));
    }
    abstract_issubclass(vm, derived, cls)
}

/// `__bases__` of a class-like object, if it is a tuple (CPython's `abstract_get_bases`).
fn get_bases(vm: &mut Vm, v: &Value) -> PyResult<Option<Rc<super::PyTuple>>> {
    if let Value::Type(t) = v {
        return Ok(Some(Rc::new(super::PyTuple::new(
            t.bases.iter().cloned().map(Value::Type).collect(),
        ))));
    }
    let name = vm.types.names.bases.clone();
    match vm.getattr_opt(v, &name)? {
        Some(Value::Tuple(t)) => Ok(Some(t)),
        _ => Ok(None),
    }
}

/// CPython's `check_class`: a type, or anything with a tuple `__bases__`.
fn check_class(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if matches!(v, Value::Type(_)) {
        return Ok(true);
    }
    Ok(get_bases(vm, v)?.is_some())
}

/// CPython's `abstract_issubclass`: walk `__bases__` (depth-first, first base iteratively).
fn abstract_issubclass(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut derived = derived.clone();
    loop {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = get_bases(vm, &derived)? else {
            return Ok(false);
        };
        match bases.items.len() {
            0 => return Ok(false),
            1 => derived = bases.items[0].clone(),
            _ => {
                enter_recursive(vm, " in __issubclass__")?;
                let mut r = Ok(false);
                for b in bases.items.iter() {
                    r = abstract_issubclass(vm, b, cls);
                    if !matches!(r, Ok(false)) {
                        break;
                    }
                }
                vm.depth -= 1;
                return r;
            }
        }
    }
}

/// The `__args__` of a `types.UnionType` (`int | str`), if `v` is one.
fn union_args(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(i) = v else {
        return Ok(None);
    };
    if i.class.flags.heap || i.class.kind != TypeKind::Native {
        return Ok(None);
    }
    if i.class.name().as_str() != "UnionType" {
        return Ok(None);
    }
    vm.getattr_opt(v, &intern("__args__"))
}
