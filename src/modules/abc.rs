//! The native `_abc` module (CPython's Modules/_abc.c), the engine under `abc.ABCMeta`:
//! `_abc_init` (computes `__abstractmethods__`, attaches the per-class `_abc_impl` data),
//! `_abc_register`, `_abc_instancecheck`, `_abc_subclasscheck` (cache, negative cache,
//! `__subclasshook__`, MRO, registry, `__subclasses__()` — in CPython's order),
//! `get_cache_token`, `_get_dump`, `_reset_registry`, `_reset_caches`, plus coil's helpers
//! for `collections.abc`: `_coil_check_methods` (the one-method ABCs' `__subclasshook__`
//! test), `_coil_set_hash` (`Set._hash`) and `_coil_native_type`. The Python side is coil's
//! own `abc.py` (`modules/py/abc.py`, loaded by `modules::pysrc`).
//!
//! Invariants: the registry and caches hold strong references to classes (coil has no weak
//! references; classes are effectively immortal here) keyed by type identity; no `RefCell`
//! borrow of an `_abc_data` is held across a call into Python (`__subclasshook__`,
//! `issubclass` on registry entries): entries are copied out first. The invalidation counter
//! is per thread (one interpreter per thread) and only ever compared.

use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Payload, PyType, ATTR_HOOK_CLASS};
use crate::object::str::intern;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// CPython's `abc_invalidation_counter`: bumped by every `register`.
    static INVALIDATION_COUNTER: Cell<i64> = const { Cell::new(0) };
}

fn counter() -> i64 {
    INVALIDATION_COUNTER.with(|c| c.get())
}

/// The `_abc_impl` payload of one ABC (CPython's `_abc_data`).
#[derive(Default)]
pub struct AbcData {
    registry: TypeSet,
    cache: TypeSet,
    negative_cache: TypeSet,
    negative_cache_version: i64,
}

/// A set of classes by identity, in insertion order: a linear scan while small, plus a hash
/// index once it grows (a negative cache can collect every class ever checked).
#[derive(Default, Clone)]
struct TypeSet {
    items: Vec<Rc<PyType>>,
    index: Option<std::collections::HashSet<usize>>,
}

const TYPESET_LINEAR_MAX: usize = 16;

impl TypeSet {
    fn key(t: &Rc<PyType>) -> usize {
        Rc::as_ptr(t) as usize
    }
    fn contains(&self, t: &Rc<PyType>) -> bool {
        match &self.index {
            Some(ix) => ix.contains(&Self::key(t)),
            None => self.items.iter().any(|x| Rc::ptr_eq(x, t)),
        }
    }
    fn add(&mut self, t: &Rc<PyType>) {
        if self.contains(t) {
            return;
        }
        self.items.push(t.clone());
        match &mut self.index {
            Some(ix) => {
                ix.insert(Self::key(t));
            }
            None if self.items.len() > TYPESET_LINEAR_MAX => {
                self.index = Some(self.items.iter().map(Self::key).collect());
            }
            None => {}
        }
    }
    fn clear(&mut self) {
        self.items.clear();
        self.index = None;
    }
}

fn contains(set: &TypeSet, t: &Rc<PyType>) -> bool {
    set.contains(t)
}

fn add(set: &mut TypeSet, t: &Rc<PyType>) {
    set.add(t)
}

type Impl = Rc<RefCell<AbcData>>;

/// `self._abc_impl`, checked (CPython's `_get_impl`).
fn get_impl(vm: &mut Vm, cls: &Value) -> PyResult<Impl> {
    let key = intern("_abc_impl");
    // Fast path: `_abc_init` stored it in the class's own dict.
    let own = match cls {
        Value::Type(t) => t.dict.get_str(&key),
        _ => None,
    };
    let v = match own {
        Some(v) => v,
        None => vm.getattr(cls, &key)?,
    };
    crate::object::class::with_native(&v, |d: &Impl| d.clone())
        .ok_or_else(|| PyErr::type_error("_abc_impl is set to a wrong type"))
}

/// Run `f` on the data; `f` must not run Python code (the borrow is held).
fn with_data<U>(i: &Impl, f: impl FnOnce(&mut AbcData) -> U) -> U {
    f(&mut i.borrow_mut())
}

/// `_abc._abc_data` (CPython's `tp_name`, so `type(ABC._abc_impl)` reads the same).
fn abc_data_type() -> Rc<PyType> {
    let t = args::native_type("_abc_data", &[]);
    if t.name().as_str() != "_abc._abc_data" {
        super::set(&t.dict, "__module__", Value::str("_abc"));
        *t.name.borrow_mut() = intern("_abc._abc_data");
        *t.qualname.borrow_mut() = intern("_abc_data");
    }
    t
}

/// `getattr(obj, "__isabstractmethod__", False)` made a bool (CPython's `_PyObject_IsAbstract`).
fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match vm.getattr_opt(v, &intern("__isabstractmethod__"))? {
        Some(x) => vm.truthy(&x),
        None => Ok(false),
    }
}

/// CPython's `compute_abstract_methods`: abstract names in the class dict, then inherited
/// abstract names still abstract on the class.
fn compute_abstract_methods(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let mut abstracts: Vec<Value> = Vec::new();
    let ns = vm.getattr(cls, &intern("__dict__"))?;
    let keys_fn = vm.getattr(&ns, &intern("keys"))?;
    let keys = vm.call(&keys_fn, &[])?;
    for key in vm.collect(&keys)? {
        let value = vm.getitem(&ns, &key)?;
        if is_abstract(vm, &value)? {
            abstracts.push(key);
        }
    }
    let bases = vm.getattr(cls, &intern("__bases__"))?;
    let Value::Tuple(bases) = bases else {
        return Err(PyErr::type_error("__bases__ is not tuple"));
    };
    for base in bases.items.iter() {
        let Some(base_abstracts) = vm.getattr_opt(base, &intern("__abstractmethods__"))? else {
            continue;
        };
        for key in vm.collect(&base_abstracts)? {
            let Value::Str(name) = &key else {
                return Err(PyErr::type_error(format!(
                    "attribute name must be string, not '{}'",
                    args::type_name(vm, &key)
                )));
            };
            let Some(value) = vm.getattr_opt(cls, name)? else {
                continue;
            };
            if is_abstract(vm, &value)? {
                abstracts.push(key);
            }
        }
    }
    let fs_type = Value::Type(vm.types.frozenset.clone());
    let fs = vm.call(&fs_type, &[Value::list(abstracts)])?;
    vm.setattr(cls, &intern("__abstractmethods__"), fs)
}

/// `_abc_init(cls)`.
fn abc_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args::one_arg("_abc_init", a, kw)?.clone();
    compute_abstract_methods(vm, &cls)?;
    let data = crate::builtins::args::new_native(
        abc_data_type(),
        Payload::Native(RefCell::new(Box::new(Rc::new(RefCell::new(AbcData {
            negative_cache_version: counter(),
            ..AbcData::default()
        }))))),
    );
    vm.setattr(&cls, &intern("_abc_impl"), data)?;
    if let Value::Type(t) = &cls {
        let key = intern("__abc_tpflags__");
        if let Some(flags) = t.dict.get_str(&key) {
            if let Value::Int(f) = flags {
                let f = ((f as u32 & COLLECTION_FLAGS) >> 5) as u8;
                if f != 0 {
                    t.collection_flags.set(f);
                }
            }
            t.dict.del_str(&key);
            crate::object::attr::types_changed(vm);
        }
    }
    Ok(Value::None)
}

/// `Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING` (bits 5 and 6); stored shifted down by 5 in
/// `PyType::collection_flags`.
const COLLECTION_FLAGS: u32 = (1 << 5) | (1 << 6);

/// CPython's `set_collection_flag_recursive`: a class registered with Sequence/Mapping (and
/// its subclasses) matches sequence/mapping patterns.
fn set_collection_flag_recursive(t: &Rc<PyType>, flag: u8) {
    if !t.flags.heap || t.collection_flags.get() == flag {
        return;
    }
    t.collection_flags.set(flag);
    for s in t.live_subclasses() {
        set_collection_flag_recursive(&s, flag);
    }
}

fn two_args<'a>(name: &str, a: &'a [Value], kw: Kwargs) -> PyResult<(&'a Value, &'a Value)> {
    args::positional(name, a, kw, 2, 2)?;
    Ok((&a[0], &a[1]))
}

/// `_abc_register(cls, subclass)`.
fn abc_register(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (cls, subclass) = two_args("_abc_register", a, kw)?;
    let Value::Type(sub) = subclass else {
        return Err(PyErr::type_error("Can only register classes"));
    };
    if crate::object::isinstance::issubclass(vm, subclass, cls)? {
        return Ok(subclass.clone()); // nothing to record
    }
    // The cycle test comes second, so registering a class with itself is accepted (the
    // check above already returned it unchanged).
    if crate::object::isinstance::issubclass(vm, cls, subclass)? {
        return Err(PyErr::runtime_error(
            "Refusing to create an inheritance cycle",
        ));
    }
    let imp = get_impl(vm, cls)?;
    with_data(&imp, |d| add(&mut d.registry, sub));
    INVALIDATION_COUNTER.with(|c| c.set(c.get() + 1));
    if let Value::Type(t) = cls {
        let flag = t.collection_flags.get();
        if flag != 0 {
            set_collection_flag_recursive(sub, flag);
        }
    }
    Ok(subclass.clone())
}

/// `_abc_instancecheck(cls, instance)`.
fn abc_instancecheck(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (cls, instance) = two_args("_abc_instancecheck", a, kw)?;
    let imp = get_impl(vm, cls)?;
    let subclass = match instance {
        Value::Instance(i) if i.class.attr_hooks.get() & ATTR_HOOK_CLASS != 0 => {
            vm.getattr(instance, &vm.types.names.class.clone())?
        }
        _ => Value::Type(vm.type_of(instance)),
    };
    if let Value::Type(s) = &subclass {
        if with_data(&imp, |d| contains(&d.cache, s)) {
            return Ok(Value::Bool(true));
        }
    }
    let subtype = vm.type_of(instance);
    let check = intern("__subclasscheck__");
    if matches!(&subclass, Value::Type(s) if Rc::ptr_eq(s, &subtype)) {
        let neg = with_data(&imp, |d| {
            d.negative_cache_version == counter() && contains(&d.negative_cache, &subtype)
        });
        if neg {
            return Ok(Value::Bool(false));
        }
        let m = vm.getattr(cls, &check)?;
        return vm.call(&m, &[subclass]);
    }
    let m = vm.getattr(cls, &check)?;
    let r = vm.call(&m, &[subclass])?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    let m = vm.getattr(cls, &check)?;
    vm.call(&m, &[Value::Type(subtype)])
}

/// `_abc_subclasscheck(cls, subclass)`.
fn abc_subclasscheck(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (cls, subclass) = two_args("_abc_subclasscheck", a, kw)?;
    let Value::Type(sub) = subclass else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let imp = get_impl(vm, cls)?;
    // Known subclass?
    if with_data(&imp, |d| contains(&d.cache, sub)) {
        return Ok(Value::Bool(true));
    }
    // Known non-subclass? (The negative cache is stale once anything was registered.)
    let neg = with_data(&imp, |d| {
        let c = counter();
        if d.negative_cache_version < c {
            d.negative_cache.clear();
            d.negative_cache_version = c;
            false
        } else {
            contains(&d.negative_cache, sub)
        }
    });
    if neg {
        return Ok(Value::Bool(false));
    }
    // The class's own verdict.
    let hook = vm.getattr(cls, &intern("__subclasshook__"))?;
    let ok = vm.call(&hook, std::slice::from_ref(subclass))?;
    match ok {
        Value::Bool(true) => {
            with_data(&imp, |d| add(&mut d.cache, sub));
            return Ok(Value::Bool(true));
        }
        Value::Bool(false) => {
            with_data(&imp, |d| add(&mut d.negative_cache, sub));
            return Ok(Value::Bool(false));
        }
        Value::NotImplemented => {}
        _ => {
            return Err(PyErr::new(
                crate::object::ExcType::AssertionError,
                "__subclasshook__ must return either False, True, or NotImplemented",
            ))
        }
    }
    // A real subclass.
    if let Value::Type(c) = cls {
        if sub.is_subtype(c) {
            with_data(&imp, |d| add(&mut d.cache, sub));
            return Ok(Value::Bool(true));
        }
    }
    // A subclass of a registered virtual subclass.
    let registry = with_data(&imp, |d| {
        if contains(&d.registry, sub) {
            None
        } else {
            Some(d.registry.items.clone())
        }
    });
    let Some(registry) = registry else {
        return Ok(Value::Bool(true));
    };
    for r in registry {
        if crate::object::isinstance::issubclass(vm, subclass, &Value::Type(r))? {
            with_data(&imp, |d| add(&mut d.cache, sub));
            return Ok(Value::Bool(true));
        }
    }
    // A subclass of one of our subclasses (registrations on them count too).
    let m = vm.getattr(cls, &intern("__subclasses__"))?;
    let subclasses = vm.call(&m, &[])?;
    let Value::List(subclasses) = subclasses else {
        return Err(PyErr::type_error("__subclasses__() must return a list"));
    };
    let items: Vec<Value> = subclasses.items.borrow().clone();
    for scls in items {
        if crate::object::isinstance::issubclass(vm, subclass, &scls)? {
            with_data(&imp, |d| add(&mut d.cache, sub));
            return Ok(Value::Bool(true));
        }
    }
    // None of those: remember the answer.
    with_data(&imp, |d| add(&mut d.negative_cache, sub));
    Ok(Value::Bool(false))
}

fn get_cache_token(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_cache_token", a, kw)?;
    Ok(Value::Int(counter()))
}

fn type_set(vm: &mut Vm, items: &[Rc<PyType>]) -> PyResult<Value> {
    let set_type = Value::Type(vm.types.set.clone());
    let items = items.iter().cloned().map(Value::Type).collect();
    vm.call(&set_type, &[Value::list(items)])
}

/// `_get_dump(cls)`: `(registry, cache, negative_cache, negative_cache_version)` (sets of
/// classes; CPython's hold weak references).
fn get_dump(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args::one_arg("_get_dump", a, kw)?;
    let imp = get_impl(vm, cls)?;
    let (r, c, n, v) = with_data(&imp, |d| {
        (
            d.registry.items.clone(),
            d.cache.items.clone(),
            d.negative_cache.items.clone(),
            d.negative_cache_version,
        )
    });
    Ok(Value::tuple(vec![
        type_set(vm, &r)?,
        type_set(vm, &c)?,
        type_set(vm, &n)?,
        Value::Int(v),
    ]))
}

fn reset_registry(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args::one_arg("_reset_registry", a, kw)?;
    let imp = get_impl(vm, cls)?;
    with_data(&imp, |d| d.registry.clear());
    Ok(Value::None)
}

fn reset_caches(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cls = args::one_arg("_reset_caches", a, kw)?;
    let imp = get_impl(vm, cls)?;
    with_data(&imp, |d| {
        d.cache.clear();
        d.negative_cache.clear();
    });
    Ok(Value::None)
}

/// Build the `_abc` module.
pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _) = super::new_module(
        "_abc",
        &[
            ("get_cache_token", get_cache_token),
            ("_abc_init", abc_init),
            ("_abc_register", abc_register),
            ("_abc_instancecheck", abc_instancecheck),
            ("_abc_subclasscheck", abc_subclasscheck),
            ("_get_dump", get_dump),
            ("_reset_registry", reset_registry),
            ("_reset_caches", reset_caches),
            ("_coil_native_type", coil_native_type),
            ("_coil_check_methods", coil_check_methods),
            ("_coil_set_hash", coil_set_hash),
        ],
    );
    Ok(m)
}

/// The hook for builtin types `collections.abc` registers but coil may not have yet: the type
/// CPython calls `name` ("bytearray", "coroutine", "async_generator"), or None. The embedded
/// `_collections_abc` asks for each at import and registers the ones that exist
/// (`Coroutine.register(coroutine)`, `AsyncGenerator.register(async_generator)`, ...). The
/// coroutine work adds its types here.
pub fn native_type_for_abc(vm: &Vm, name: &str) -> Option<Rc<PyType>> {
    match name {
        "bytearray" | "memoryview" | "complex" => match vm.builtins.get_str(&intern(name)) {
            Some(Value::Type(t)) => Some(t),
            _ => None,
        },
        "coroutine" => Some(vm.types.coroutine.clone()),
        "async_generator" => Some(vm.types.async_generator.clone()),
        _ => None,
    }
}

/// `_abc._coil_native_type(name)`: `native_type_for_abc` for the embedded Python sources.
fn coil_native_type(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = args::one_arg("_coil_native_type", a, kw)?;
    let Value::Str(name) = name else {
        return Err(PyErr::type_error(
            "_coil_native_type() argument must be str",
        ));
    };
    Ok(native_type_for_abc(vm, name.as_str())
        .map(Value::Type)
        .unwrap_or(Value::None))
}

/// `_abc._coil_check_methods(C, *names)`: the test behind the `collections.abc` one-method
/// ABCs' `__subclasshook__`. For each name, the first class along `C.__mro__` whose own
/// namespace has it decides: a `None` there opts `C` out. True when every name is found and
/// none is blocked, else NotImplemented (so the ABC falls back to its registry and
/// subclasses). `C.__mro__` is read as an attribute for class-like objects that are not types.
fn coil_check_methods(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("_coil_check_methods", kw)?;
    let Some((cls, names)) = a.split_first() else {
        return Err(PyErr::type_error(
            "_coil_check_methods() missing required argument 'C'",
        ));
    };
    let chain: Vec<Value> = match cls {
        Value::Type(t) => std::iter::once(t.clone())
            .chain(t.mro.iter().cloned())
            .map(Value::Type)
            .collect(),
        other => {
            let mro = vm.getattr(other, &intern("__mro__"))?;
            vm.collect(&mro)?
        }
    };
    let dict_name = intern("__dict__");
    for name in names {
        let mut found = false;
        for class in &chain {
            let own = match (class, name) {
                (Value::Type(t), Value::Str(n)) => t.dict.get_str(n),
                _ => {
                    let ns = vm.getattr(class, &dict_name)?;
                    match vm.getitem(&ns, name) {
                        Ok(v) => Some(v),
                        Err(e) if args::err_is(vm, &e, crate::object::ExcType::KeyError) => None,
                        Err(e) => return Err(e),
                    }
                }
            };
            if let Some(v) = own {
                if v.is_none() {
                    return Ok(Value::NotImplemented);
                }
                found = true;
                break;
            }
        }
        if !found {
            return Ok(Value::NotImplemented);
        }
    }
    Ok(Value::Bool(true))
}

/// `_abc._coil_set_hash(s)`: `collections.abc.Set._hash`, the frozenset hash computed over
/// any set-like object: `len(s)` and then `hash()` of each element in iteration order,
/// combined order-independently with the same bit mixing as `PySet`'s frozenset hash (so a
/// `Set` holding the same elements as a frozenset hashes equal to it).
fn coil_set_hash(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = args::one_arg("_coil_set_hash", a, kw)?;
    let n = vm.len(s)? as u64;
    let it = vm.iter(s)?;
    let mut acc: u64 = 0;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)? as u64;
        acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
    }
    let mut h = acc ^ n.wrapping_add(1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    let h = h.wrapping_mul(69069).wrapping_add(907133923) as i64;
    Ok(Value::Int(if h == -1 { 590923713 } else { h }))
}
