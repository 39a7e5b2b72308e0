//! Attribute access: CPython's `PyObject_GenericGetAttr` / `PyObject_GenericSetAttr`,
//! `type_getattro`, `module_getattro`, `slot_tp_getattr_hook` (`__getattribute__` and
//! `__getattr__`), descriptor binding (`descr_get`), and `load_method` (the `LOAD_METHOD` fast
//! path that avoids allocating bound methods).
//!
//! Lookup order for `obj.name` (non-type): a data descriptor on the type (`property`,
//! getset, user class with `__set__`/`__delete__`) wins; then the instance `__dict__`; then a
//! non-data descriptor (function → bound method, classmethod, staticmethod) or plain class
//! attribute; then `__getattr__`. For `C.name`: data descriptors on the metaclass, then the
//! class MRO (bound with no instance), then the metaclass attribute.

use super::class::{
    is_native, type_name, type_name_of, Payload, PyType, TypeKind, ATTR_HOOK_GETATTRIBUTE,
    ATTR_HOOK_SETATTR,
};
use super::descr::{self, as_getset};
use super::str::intern;
use super::{BoundMethod, BuiltinFunction, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `t.lookup(name)` through the method cache (CPython's `_PyType_Lookup` with its type
/// version tags): a hit costs two pointer compares instead of one dict probe per MRO entry.
#[inline]
pub fn lookup_cached(vm: &Vm, t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
    use super::builtin_types::{MethodCacheEntry, METHOD_CACHE_SIZE};
    let h = ((Rc::as_ptr(t) as usize >> 4) ^ (Rc::as_ptr(name) as usize >> 3).wrapping_mul(31))
        & (METHOD_CACHE_SIZE - 1);
    let epoch = vm.types.type_epoch.get();
    if let Ok(cache) = vm.types.method_cache.try_borrow() {
        if let Some(e) = &cache.entries[h] {
            if e.epoch == epoch && Rc::ptr_eq(&e.ty, t) && Rc::ptr_eq(&e.name, name) {
                return e.value.clone();
            }
        }
    }
    let v = t.lookup(name);
    if let Ok(mut cache) = vm.types.method_cache.try_borrow_mut() {
        let old = cache.entries[h].replace(MethodCacheEntry {
            ty: t.clone(),
            name: name.clone(),
            epoch,
            value: v.clone(),
        });
        drop(cache);
        drop(old);
    }
    v
}

/// Invalidate the method cache (after any change to a type's dict).
#[inline]
pub fn types_changed(vm: &Vm) {
    vm.types
        .type_epoch
        .set(vm.types.type_epoch.get().wrapping_add(1));
}

/// The instance `__dict__` of `v`, if it has one (functions create theirs on demand only when
/// `create` is set).
pub fn instance_dict(v: &Value, create: bool) -> Option<Rc<PyDict>> {
    match v {
        Value::Instance(i) => i.dict.clone(),
        Value::Function(f) => {
            if create {
                let mut d = f.dict.borrow_mut();
                if d.is_none() {
                    *d = Some(Rc::new(PyDict::new()));
                }
                d.clone()
            } else {
                f.dict.borrow().clone()
            }
        }
        Value::Module(m) => Some(m.dict.clone()),
        _ => None,
    }
}

/// False for a user data descriptor without `__get__` (only `__set__`): the instance dict then
/// wins (CPython's `_PyObject_GenericGetAttrWithDict` requires `tp_descr_get`).
#[inline]
fn data_descr_has_get(d: &Value) -> bool {
    match d {
        Value::Instance(i) if i.class.flags.heap => i.class.lookup_str("__get__").is_some(),
        _ => true,
    }
}

/// True if `d` (found on a type) is a data descriptor: it defines `__set__` or `__delete__`.
pub fn is_data_descr(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Instance(i) => {
            let c = &i.class;
            if Rc::ptr_eq(c, &vm.types.property)
                || Rc::ptr_eq(c, &vm.types.getset_descriptor)
                || Rc::ptr_eq(c, &vm.types.member_descriptor)
            {
                return true;
            }
            if c.flags.heap {
                let n = &vm.types.names;
                return c.lookup(&n.set).is_some() || c.lookup(&n.delete).is_some();
            }
            false
        }
        _ => false,
    }
}

/// `type(d).__get__(d, obj, owner)` (CPython's `tp_descr_get`), or `d` itself if it is not a
/// descriptor. `obj` None means access through the class.
pub fn descr_get(
    vm: &mut Vm,
    d: &Value,
    obj: Option<&Value>,
    owner: &Rc<PyType>,
) -> PyResult<Value> {
    match d {
        Value::Function(_) => Ok(match obj {
            Some(o) => Value::BoundMethod(Rc::new(BoundMethod {
                func: d.clone(),
                receiver: o.clone(),
            })),
            None => d.clone(),
        }),
        Value::Builtin(b) if b.bound.is_none() => Ok(match obj {
            Some(o) => bind_builtin(b, o),
            None => d.clone(),
        }),
        Value::Instance(i) => {
            let c = &i.class;
            let t = &vm.types;
            if Rc::ptr_eq(c, &t.staticmethod) {
                return Ok(descr::staticmethod_func(d).unwrap_or(Value::None));
            }
            if Rc::ptr_eq(c, &t.classmethod) {
                let f = descr::classmethod_func(d).unwrap_or(Value::None);
                let cls = match obj {
                    Some(o) => vm.type_of(o),
                    None => owner.clone(),
                };
                if matches!(f, Value::Function(_)) {
                    return descr_get(vm, &f, Some(&Value::Type(cls)), owner);
                }
                return descr::classmethod_bind(vm, &f, &cls);
            }
            if Rc::ptr_eq(c, &t.property) {
                return match obj {
                    None => Ok(d.clone()),
                    Some(o) => {
                        let p = descr::as_property(d)
                            .ok_or_else(|| PyErr::type_error("bad property"))?;
                        descr::property_get(vm, &p, o)
                    }
                };
            }
            if Rc::ptr_eq(c, &t.member_descriptor) {
                return match obj {
                    None => Ok(d.clone()),
                    Some(o) => super::member::member_get(vm, d, o),
                };
            }
            if Rc::ptr_eq(c, &t.getset_descriptor) {
                return match obj {
                    None => Ok(d.clone()),
                    Some(o) => match as_getset(d) {
                        Some(g) => (g.get)(vm, o),
                        None => Ok(d.clone()),
                    },
                };
            }
            if c.flags.heap {
                let get = vm.types.names.get.clone();
                if let Some(g) = c.lookup(&get) {
                    let o = obj.cloned().unwrap_or(Value::None);
                    return vm.call(&g, &[d.clone(), o, Value::Type(owner.clone())]);
                }
            }
            Ok(d.clone())
        }
        _ => Ok(d.clone()),
    }
}

/// `[].append`: a builtin method bound to its receiver (`class L(list)` instances bind the
/// wrapped list).
pub fn bind_builtin(b: &Rc<BuiltinFunction>, recv: &Value) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name: b.name,
        func: b.func,
        bound: Some(unwrap_for_builtin(b, recv)),
        owner: b.owner,
    }))
}

/// The receiver a builtin method should see: the wrapped builtin value for instances of heap
/// subclasses of builtin data types, except for `object`'s own methods and slot wrappers
/// (which handle the instance themselves).
pub fn unwrap_for_builtin(b: &BuiltinFunction, recv: &Value) -> Value {
    if let Value::Instance(i) = recv {
        if let Payload::Builtin(inner) = &i.payload {
            if b.owner != "object" && !super::slotwrap::is_slot_wrapper(b.func) {
                return inner.clone();
            }
        }
    }
    recv.clone()
}

/// `PyObject_GenericGetAttr` without the `__getattr__` hook: `Ok(None)` when missing.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let owned;
    let tp: &Rc<PyType> = match obj {
        Value::Instance(i) => &i.class,
        _ => {
            owned = vm.type_of(obj);
            &owned
        }
    };
    let descr = lookup_cached(vm, tp, name);
    if let Some(d) = &descr {
        // `__slots__` members of a plain slotted instance: its cells directly.
        if let Value::Instance(oi) = obj {
            if matches!(oi.payload, Payload::Slots(_)) {
                if let Some(v) = super::member::slot_fast(d, obj) {
                    return Ok(Some(v));
                }
            }
        }
        if is_data_descr(vm, d) && data_descr_has_get(d) {
            return descr_get(vm, d, Some(obj), tp).map(Some);
        }
    }
    let hit = match obj {
        Value::Instance(i) => i.dict.as_ref().and_then(|d| d.get_str(name)),
        _ => instance_dict(obj, false).and_then(|d| d.get_str(name)),
    };
    if hit.is_some() {
        return Ok(hit);
    }
    match descr {
        Some(d) => descr_get(vm, &d, Some(obj), tp).map(Some),
        None => Ok(None),
    }
}

/// `type_getattro` without the metaclass `__getattr__` hook: `Ok(None)` when missing.
pub fn type_getattr(vm: &mut Vm, t: &Rc<PyType>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let tv = Value::Type(t.clone());
    let meta = vm.type_of(&tv);
    let meta_attr = lookup_cached(vm, &meta, name);
    if let Some(m) = &meta_attr {
        if is_data_descr(vm, m) {
            return descr_get(vm, m, Some(&tv), &meta).map(Some);
        }
    }
    if let Some(a) = lookup_cached(vm, t, name) {
        return descr_get(vm, &a, None, t).map(Some);
    }
    match meta_attr {
        Some(m) => descr_get(vm, &m, Some(&tv), &meta).map(Some),
        None => Ok(None),
    }
}

/// The AttributeError for a missing `obj.name`, with CPython 3.11's wording and its `name` /
/// `obj` attributes set (the traceback printer uses them for "Did you mean" suggestions).
pub fn no_attribute(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyErr {
    let msg = match obj {
        Value::Type(t) => format!(
            "type object '{}' has no attribute '{}'",
            type_name(t),
            name.as_str()
        ),
        Value::Module(m) => format!(
            "module '{}' has no attribute '{}'",
            m.name.as_str(),
            name.as_str()
        ),
        _ => format!(
            "'{}' object has no attribute '{}'",
            type_name_of(vm, obj),
            name.as_str()
        ),
    };
    super::exception::attribute_error_with(vm, msg, Value::Str(name.clone()), obj.clone())
}

/// True if `e` is an AttributeError.
fn is_attr_error(vm: &Vm, e: &PyErr) -> bool {
    vm.err_matches(e, super::ExcType::AttributeError)
}

/// `getattr(obj, name)` with `Ok(None)` when the attribute is missing (AttributeError from
/// `__getattr__`/`__getattribute__`/properties is also turned into None).
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    match getattr_inner(vm, obj, name) {
        Ok(v) => Ok(v),
        Err(e) if is_attr_error(vm, &e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `getattr(obj, name)` raising AttributeError when missing.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    match getattr_inner(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// `getattr` core: `Ok(None)` for a plain miss, `Err` for errors raised along the way
/// (including AttributeErrors raised by user code, which keep their own message).
fn getattr_inner(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    match obj {
        Value::Type(t) => {
            match type_getattr(vm, t, name) {
                Ok(Some(v)) => return Ok(Some(v)),
                Ok(None) => {}
                // An AttributeError from a descriptor also falls back to the metaclass's
                // __getattr__ (CPython's slot_tp_getattr_hook).
                Err(e) if is_attr_error(vm, &e) => {
                    let ga = vm.types.names.getattr.clone();
                    match t
                        .meta
                        .as_ref()
                        .filter(|m| m.flags.heap)
                        .and_then(|m| m.lookup(&ga))
                    {
                        Some(f) => {
                            return vm
                                .call(&f, &[obj.clone(), Value::Str(name.clone())])
                                .map(Some)
                        }
                        None => return Err(e),
                    }
                }
                Err(e) => return Err(e),
            }
            if let Some(meta) = &t.meta {
                if meta.flags.heap {
                    let ga = vm.types.names.getattr.clone();
                    if let Some(f) = meta.lookup(&ga) {
                        return vm
                            .call(&f, &[obj.clone(), Value::Str(name.clone())])
                            .map(Some);
                    }
                }
            }
            Ok(None)
        }
        Value::Instance(i) if i.class.flags.heap => {
            let class = i.class.clone();
            let hooks = class.attr_hooks.get();
            if hooks == 0 {
                return generic_getattr(vm, obj, name);
            }
            let n = &vm.types.names;
            let (ga_name, gab_name) = (n.getattr.clone(), n.getattribute.clone());
            let custom_gab = if hooks & ATTR_HOOK_GETATTRIBUTE != 0 {
                class.lookup(&gab_name)
            } else {
                None
            };
            let first = match custom_gab {
                Some(f) => match vm.call(&f, &[obj.clone(), Value::Str(name.clone())]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => Err(e),
                },
                None => generic_getattr(vm, obj, name),
            };
            match first {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => match class.lookup(&ga_name) {
                    Some(f) => vm
                        .call(&f, &[obj.clone(), Value::Str(name.clone())])
                        .map(Some),
                    None => Ok(None),
                },
                Err(e) => {
                    if is_attr_error(vm, &e) {
                        if let Some(f) = class.lookup(&ga_name) {
                            return vm
                                .call(&f, &[obj.clone(), Value::Str(name.clone())])
                                .map(Some);
                        }
                    }
                    Err(e)
                }
            }
        }
        Value::Instance(i) if Rc::ptr_eq(&i.class, &vm.types.super_) => {
            if let Some(v) = descr::super_getattr(vm, obj, name)? {
                return Ok(Some(v));
            }
            generic_getattr(vm, obj, name)
        }
        Value::Module(m) => {
            if let Some(v) = generic_getattr(vm, obj, name)? {
                return Ok(Some(v));
            }
            // PEP 562: a module-level __getattr__.
            let ga = vm.types.names.getattr.clone();
            if let Some(f) = m.dict.get_str(&ga) {
                return vm.call(&f, &[Value::Str(name.clone())]).map(Some);
            }
            Ok(None)
        }
        Value::BoundMethod(bm) => {
            if let Some(v) = generic_getattr(vm, obj, name)? {
                return Ok(Some(v));
            }
            // Methods forward unknown attributes to their function.
            let f = bm.func.clone();
            getattr_inner(vm, &f, name)
        }
        _ => generic_getattr(vm, obj, name),
    }
}

fn object_setattr_fn() -> super::NativeFn {
    super::class::OBJECT_METHODS
        .iter()
        .find(|(n, _)| *n == "__setattr__")
        .map(|(_, f)| *f)
        .unwrap_or(|_, _, _| Ok(Value::None))
}

fn object_delattr_fn() -> super::NativeFn {
    super::class::OBJECT_METHODS
        .iter()
        .find(|(n, _)| *n == "__delattr__")
        .map(|(_, f)| *f)
        .unwrap_or(|_, _, _| Ok(Value::None))
}

/// `obj.name = value` / `del obj.name` (value None), honouring a user `__setattr__` /
/// `__delattr__`.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>, value: Option<Value>) -> PyResult<()> {
    let hooked = match obj {
        Value::Instance(i) => Some(&i.class),
        // A metaclass's `__setattr__`/`__delattr__` (enum's "cannot reassign member").
        Value::Type(t) => t.meta.as_ref(),
        _ => None,
    };
    if let Some(cls) = hooked {
        if cls.flags.heap && cls.attr_hooks.get() & ATTR_HOOK_SETATTR != 0 {
            let (hook_name, default) = match value {
                Some(_) => (vm.types.names.setattr.clone(), object_setattr_fn()),
                None => (vm.types.names.delattr.clone(), object_delattr_fn()),
            };
            if let Some(f) = cls.lookup(&hook_name) {
                if !is_native(&f, default) {
                    let mut args = vec![obj.clone(), Value::Str(name.clone())];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    vm.call(&f, &args)?;
                    return Ok(());
                }
            }
        }
    }
    if let Value::Type(t) = obj {
        return type_setattr(vm, t, name, value);
    }
    generic_setattr(vm, obj, name, value)
}

/// `PyObject_GenericSetAttr`: data descriptors on the type, else the instance dict.
pub fn generic_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> PyResult<()> {
    if let Value::Type(t) = obj {
        return type_setattr(vm, t, name, value);
    }
    let owned;
    let tp: &Rc<PyType> = match obj {
        Value::Instance(i) => &i.class,
        _ => {
            owned = vm.type_of(obj);
            &owned
        }
    };
    let descr = lookup_cached(vm, tp, name);
    if let Some(d) = &descr {
        if let (Value::Instance(oi), Some(v)) = (obj, &value) {
            if matches!(oi.payload, Payload::Slots(_)) && super::member::slot_fast_set(d, obj, v) {
                return Ok(());
            }
        }
        if let Some(r) = descr_set(vm, d, obj, value.clone())? {
            return Ok(r);
        }
    }
    if let Value::Instance(i) = obj {
        if let Some(allowed) = &i.class.slot_names {
            if !allowed.iter().any(|n| n.as_str() == name.as_str()) {
                if descr.is_some() {
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        type_name(tp),
                        name.as_str()
                    )));
                }
                return Err(no_attribute(vm, obj, name));
            }
        }
    }
    if let (Value::Instance(i), Some(v)) = (obj, &value) {
        if let Some(d) = &i.dict {
            let old = d.set_str(name.clone(), v.clone());
            drop(old);
            return Ok(());
        }
    }
    match instance_dict(obj, value.is_some()) {
        Some(dict) => match value {
            Some(v) => {
                let old = dict.set_str(name.clone(), v);
                drop(old);
                Ok(())
            }
            None => match dict.del_str(name) {
                Some(_) => Ok(()),
                None => Err(match obj {
                    // An empty `__slots__` member: CPython's member_set says just the name.
                    Value::Instance(i)
                        if i.class
                            .slot_names
                            .as_ref()
                            .is_some_and(|s| s.iter().any(|n| n.as_str() == name.as_str())) =>
                    {
                        PyErr::attribute_error(name.as_str().to_string())
                    }
                    Value::Instance(_) => no_attribute(vm, obj, name),
                    _ => PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        type_name(tp),
                        name.as_str()
                    )),
                }),
            },
        },
        None => {
            if descr.is_some() {
                return Err(PyErr::attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(tp),
                    name.as_str()
                )));
            }
            Err(no_attribute(vm, obj, name))
        }
    }
}

/// Call a data descriptor's setter: `Ok(Some(()))` if `d` handled the store.
fn descr_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<Option<()>> {
    let i = match d {
        Value::Instance(i) => i.clone(),
        _ => return Ok(None),
    };
    let c = &i.class;
    if Rc::ptr_eq(c, &vm.types.property) {
        let p = descr::as_property(d).ok_or_else(|| PyErr::type_error("bad property"))?;
        descr::property_set(vm, &p, obj, value)?;
        return Ok(Some(()));
    }
    if Rc::ptr_eq(c, &vm.types.member_descriptor) {
        return super::member::member_set(vm, d, obj, value).map(Some);
    }
    if Rc::ptr_eq(c, &vm.types.getset_descriptor) {
        if let Some(g) = as_getset(d) {
            return match g.set {
                Some(set) => set(vm, obj, value).map(Some),
                None => Err(PyErr::attribute_error(
                    if g.name == "__dict__" || g.owner.as_str() == "type" {
                        "readonly attribute".to_string()
                    } else {
                        format!(
                            "attribute '{}' of '{}' objects is not writable",
                            g.name,
                            g.owner.as_str()
                        )
                    },
                )),
            };
        }
        return Ok(None);
    }
    if c.flags.heap {
        let n = &vm.types.names;
        let (set, delete) = (n.set.clone(), n.delete.clone());
        match value {
            Some(v) => {
                if let Some(f) = c.lookup(&set) {
                    vm.call(&f, &[d.clone(), obj.clone(), v])?;
                    return Ok(Some(()));
                }
                if c.lookup(&delete).is_some() {
                    return Err(PyErr::attribute_error("__set__"));
                }
            }
            None => {
                if let Some(f) = c.lookup(&delete) {
                    vm.call(&f, &[d.clone(), obj.clone()])?;
                    return Ok(Some(()));
                }
                if c.lookup(&set).is_some() {
                    return Err(PyErr::attribute_error("__delete__"));
                }
            }
        }
    }
    Ok(None)
}

/// `C.name = value` (CPython's `type_setattro`).
pub fn type_setattr(
    vm: &mut Vm,
    t: &Rc<PyType>,
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> PyResult<()> {
    let tv = Value::Type(t.clone());
    let meta = vm.type_of(&tv);
    if let Some(d) = meta.lookup(name) {
        if let Some(r) = descr_set(vm, &d, &tv, value.clone())? {
            return Ok(r);
        }
    }
    if !t.flags.heap {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            type_name(t)
        )));
    }
    types_changed(vm);
    let r = match value {
        Some(v) => {
            let old = t.dict.set_str(name.clone(), v);
            drop(old);
            Ok(())
        }
        None => match t.dict.del_str(name) {
            Some(_) => Ok(()),
            None => Err(no_attribute(vm, &tv, name)),
        },
    };
    if name.as_str().starts_with("__") && name.as_str().ends_with("attr__")
        || name.as_str() == "__getattribute__"
        || name.as_str() == "__class__"
    {
        t.attr_hooks.set(super::class::compute_attr_hooks(t));
        // The attribute caches decided with the old hooks (`dict::TYPE_EPOCH`).
        super::dict::type_epoch_bump();
    }
    r
}

/// `LOAD_METHOD`: `(func, Some(self))` when `obj.name` is a plain function or builtin method
/// found on the type (call it with self prepended, no bound-method allocation), otherwise
/// `(attr, None)`.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Option<Value>)> {
    match obj {
        Value::Type(_) | Value::Module(_) => return Ok((getattr(vm, obj, name)?, None)),
        _ => {}
    }
    let owned;
    let tp: &Rc<PyType> = match obj {
        Value::Instance(i) => &i.class,
        _ => {
            owned = vm.type_of(obj);
            &owned
        }
    };
    if tp.attr_hooks.get() & ATTR_HOOK_GETATTRIBUTE != 0 || Rc::ptr_eq(tp, &vm.types.super_) {
        return Ok((getattr(vm, obj, name)?, None));
    }
    if let Some(d) = lookup_cached(vm, tp, name) {
        let self_arg = match &d {
            Value::Function(_) => Some(obj.clone()),
            Value::Builtin(b) if b.bound.is_none() => Some(unwrap_for_builtin(b, obj)),
            _ => None,
        };
        if let Some(s) = self_arg {
            let shadow = match obj {
                Value::Instance(i) => i.dict.as_ref().and_then(|d| d.get_str(name)),
                _ => instance_dict(obj, false).and_then(|d| d.get_str(name)),
            };
            if let Some(v) = shadow {
                return Ok((v, None));
            }
            return Ok((d, Some(s)));
        }
    }
    Ok((getattr(vm, obj, name)?, None))
}

/// The names `dir(obj)` reports, unsorted: the instance dict, then the type's MRO dicts (for a
/// class: its own MRO dicts).
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let mut seen: Vec<Value> = Vec::new();
    let push = |k: Value, seen: &mut Vec<Value>| {
        if let Value::Str(s) = &k {
            if !seen
                .iter()
                .any(|x| matches!(x, Value::Str(y) if y.as_str() == s.as_str()))
            {
                seen.push(k);
            }
        }
    };
    let types: Vec<Rc<PyType>> = match obj {
        Value::Type(t) => t.mro_with_self(),
        Value::Module(m) => {
            for k in m.dict.keys() {
                push(k, &mut seen);
            }
            return Ok(seen);
        }
        _ => {
            if let Some(d) = instance_dict(obj, false) {
                for k in d.keys() {
                    push(k, &mut seen);
                }
            }
            vm.type_of(obj).mro_with_self()
        }
    };
    for t in types {
        for k in t.dict.keys() {
            push(k, &mut seen);
        }
    }
    Ok(seen)
}

/// `instance.__dict__` getter/setter installed on heap classes' instances (via `object`).
pub fn dict_getset_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Value::Instance(i) = obj {
        // Slot values of `__slots__` bases live in the same dict when the instance's payload
        // is a builtin base's (no slot cells); hide them (a copy).
        let slotted: Vec<Rc<PyStr>> = i
            .class
            .mro
            .iter()
            .filter_map(|b| b.slot_names.as_ref())
            .flat_map(|n| n.iter().cloned())
            .collect();
        if !slotted.is_empty() && !matches!(i.payload, Payload::Slots(_)) {
            if let Some(d) = &i.dict {
                let copy = PyDict::new();
                for (k, v) in d.items() {
                    if let Value::Str(ks) = &k {
                        if slotted.iter().any(|n| n.as_str() == ks.as_str()) {
                            continue;
                        }
                        copy.set_str(ks.clone(), v);
                    }
                }
                return Ok(Value::Dict(Rc::new(copy)));
            }
        }
    }
    match instance_dict(obj, true) {
        Some(d) => Ok(Value::Dict(d)),
        None => Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            type_name_of(vm, obj)
        ))),
    }
}

pub fn dict_getset_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let d = match instance_dict(obj, true) {
        Some(d) => d,
        None => {
            return Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                type_name_of(vm, obj)
            )))
        }
    };
    match value {
        Some(Value::Dict(src)) => {
            // Instances own their dict pointer; assignment copies the new contents in.
            let items = src.items();
            d.clear();
            for (k, v) in items {
                if let Value::Str(s) = &k {
                    d.set_str(intern(s.as_str()), v);
                }
            }
            Ok(())
        }
        Some(other) => Err(PyErr::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_name_of(vm, &other)
        ))),
        None => Err(PyErr::type_error("cannot delete __dict__")),
    }
}

/// True if the object's class is a heap class (for protocol dispatch).
#[inline]
pub fn is_heap_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.flags.heap)
}

#[allow(dead_code)]
fn kind_of(t: &PyType) -> TypeKind {
    t.kind
}
