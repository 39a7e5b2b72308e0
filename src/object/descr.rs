//! Descriptor types: `property`, `staticmethod`, `classmethod`, `super`, `getset_descriptor`
//! (native attributes such as `int.real` or `type.__name__`) and `mappingproxy` (`C.__dict__`). The binding rules themselves (CPython's `tp_descr_get`
//! dispatch) live in `attr.rs`.
//!
//! Invariant: every payload here is immutable after construction except `property`'s, which
//! `getter`/`setter`/`deleter` copy rather than mutate (CPython semantics).

use super::class::{type_name, type_name_of, with_native, Instance, Payload, PyType, TypeSlots};
use super::function::NativeFn;
use super::slotwrap::unwrap_builtin;
use super::str::intern;
use super::{PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

/// A native attribute setter: `None` deletes.
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// The payload of a `getset_descriptor`.
#[derive(Clone)]
pub struct GetSet {
    pub name: &'static str,
    pub owner: Rc<PyStr>,
    pub get: super::class::Getter,
    pub set: Option<Setter>,
}

thread_local! {
    static GETSET_TYPE: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
}

/// Make the class used for getset descriptors created from now on (called first thing by
/// `BuiltinTypes::new`).
pub fn set_getset_type(t: Rc<PyType>) {
    GETSET_TYPE.with(|g| *g.borrow_mut() = Some(t));
}

/// A `getset_descriptor` value.
pub fn getset_value(gs: GetSet) -> Value {
    let class = GETSET_TYPE.with(|g| g.borrow().clone());
    match class {
        Some(class) => Instance::native(class, gs),
        None => {
            // Only during bootstrap of `object`/`type` themselves: a placeholder class.
            let t = PyType::new_raw(
                intern("getset_descriptor"),
                super::class::TypeKind::Native,
                Vec::new(),
                Vec::new(),
                getset_slots(),
                super::class::TypeFlags::default(),
            );
            Instance::native(t, gs)
        }
    }
}

/// The `GetSet` inside `v`, if `v` is a getset descriptor.
pub fn as_getset(v: &Value) -> Option<GetSet> {
    with_native::<GetSet, _>(v, |g| g.clone())
}

pub fn getset_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, v| {
            Ok(with_native::<GetSet, _>(v, |g| {
                format!("<attribute '{}' of '{}' objects>", g.name, g.owner.as_str())
            })
            .unwrap_or_else(|| "<attribute>".into()))
        }),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// property

#[derive(Clone)]
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// Set by `__set_name__` (used in error messages).
    pub name: Value,
}

pub fn as_property(v: &Value) -> Option<PropertyData> {
    with_native::<PropertyData, _>(&unwrap_builtin(v), |p| p.clone())
}

fn kwarg<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

fn property_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 4 {
        return Err(PyErr::type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len()
        )));
    }
    for (k, _) in kw {
        if !matches!(k.as_str(), "fget" | "fset" | "fdel" | "doc") {
            return Err(PyErr::type_error(format!(
                "property() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let get = |i: usize, n: &str| -> Value {
        args.get(i)
            .cloned()
            .or_else(|| kwarg(kw, n).cloned())
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = vm
            .getattr_opt(&fget, &intern("__doc__"))?
            .unwrap_or(Value::None);
    }
    let p = PropertyData {
        fget,
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc,
        name: Value::None,
    };
    Ok(Instance::native(vm.types.property.clone(), p))
}

fn property_copy(vm: &mut Vm, args: &[Value], which: usize, what: &str) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            what,
            args.len().saturating_sub(1)
        )));
    }
    let mut p = as_property(&args[0])
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'property' object"))?;
    match which {
        0 => p.fget = args[1].clone(),
        1 => p.fset = args[1].clone(),
        _ => p.fdel = args[1].clone(),
    }
    if which == 0 && p.doc.is_none() {
        p.doc = vm
            .getattr_opt(&args[1], &intern("__doc__"))?
            .unwrap_or(Value::None);
    }
    let cls = vm.type_of(&args[0]);
    if cls.flags.heap {
        let v = vm.call(
            &Value::Type(cls),
            &[
                p.fget.clone(),
                p.fset.clone(),
                p.fdel.clone(),
                p.doc.clone(),
            ],
        )?;
        return Ok(v);
    }
    Ok(Instance::native(vm.types.property.clone(), p))
}

fn property_getter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_copy(vm, a, 0, "getter")
}
fn property_setter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_copy(vm, a, 1, "setter")
}
fn property_deleter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    property_copy(vm, a, 2, "deleter")
}

/// The "property 'x' of 'C' object" prefix of property errors.
fn property_what(vm: &Vm, p: &PropertyData, obj: &Value) -> String {
    let owner = type_name_of(vm, obj);
    match &p.name {
        Value::Str(n) => format!("property '{}' of '{}' object", n.as_str(), owner),
        _ => format!("property of '{}' object", owner),
    }
}

/// `property.__get__(obj)` for an instance `obj`.
pub fn property_get(vm: &mut Vm, p: &PropertyData, obj: &Value) -> PyResult<Value> {
    if p.fget.is_none() {
        return Err(PyErr::attribute_error(format!(
            "{} has no getter",
            property_what(vm, p, obj)
        )));
    }
    vm.call(&p.fget, &[obj.clone()])
}

/// `property.__set__` / `__delete__` (`value` None deletes).
pub fn property_set(
    vm: &mut Vm,
    p: &PropertyData,
    obj: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    match value {
        Some(v) => {
            if p.fset.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "{} has no setter",
                    property_what(vm, p, obj)
                )));
            }
            vm.call(&p.fset, &[obj.clone(), v])?;
        }
        None => {
            if p.fdel.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "{} has no deleter",
                    property_what(vm, p, obj)
                )));
            }
            vm.call(&p.fdel, &[obj.clone()])?;
        }
    }
    Ok(())
}

fn property_dunder_get(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = a
        .first()
        .and_then(as_property)
        .ok_or_else(|| PyErr::type_error("descriptor '__get__' requires a 'property' object"))?;
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(obj) => property_get(vm, &p, obj),
    }
}
fn property_dunder_set(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = a
        .first()
        .and_then(as_property)
        .ok_or_else(|| PyErr::type_error("descriptor '__set__' requires a 'property' object"))?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    property_set(vm, &p, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}
fn property_dunder_delete(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = a
        .first()
        .and_then(as_property)
        .ok_or_else(|| PyErr::type_error("descriptor '__delete__' requires a 'property' object"))?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    property_set(vm, &p, &a[1], None)?;
    Ok(Value::None)
}
fn property_set_name(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            a.len().saturating_sub(1)
        )));
    }
    if let Value::Instance(i) = unwrap_builtin(&a[0]) {
        i.with_native_mut::<PropertyData, _>(|p| p.name = a[2].clone());
    }
    Ok(Value::None)
}

pub const PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__get__", property_dunder_get),
    ("__set__", property_dunder_set),
    ("__delete__", property_dunder_delete),
    ("__set_name__", property_set_name),
];

pub fn property_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, v| Ok(format!("<property object at {:#x}>", v.id()))),
        hash: Some(|_, v| Ok(super::class::identity_hash(v))),
        new: Some(property_new),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// staticmethod / classmethod

pub struct StaticMethod(pub Value);
pub struct ClassMethod(pub Value);

/// The function inside a `staticmethod` object.
pub fn staticmethod_func(v: &Value) -> Option<Value> {
    with_native::<StaticMethod, _>(&unwrap_builtin(v), |s| s.0.clone())
}
/// The function inside a `classmethod` object.
pub fn classmethod_func(v: &Value) -> Option<Value> {
    with_native::<ClassMethod, _>(&unwrap_builtin(v), |s| s.0.clone())
}

pub fn new_staticmethod(vm: &Vm, f: Value) -> Value {
    Instance::native(vm.types.staticmethod.clone(), StaticMethod(f))
}
pub fn new_classmethod(vm: &Vm, f: Value) -> Value {
    Instance::native(vm.types.classmethod.clone(), ClassMethod(f))
}

fn one_arg(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{} expected 1 argument, got {}",
            name,
            args.len()
        )));
    }
    Ok(args[0].clone())
}

/// `staticmethod.__get__` / `__init__`: heap subclasses (`abc.abstractstaticmethod`) bind
/// through these (the builtin type itself is special-cased in `attr::descr_get`).
pub const STATICMETHOD_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", staticmethod_dunder_get),
    ("__init__", wrapper_init),
];

/// `classmethod.__get__` / `__init__` (see `STATICMETHOD_METHODS`).
pub const CLASSMETHOD_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", classmethod_dunder_get),
    ("__init__", wrapper_init),
];

/// `staticmethod.__get__(self, obj, type=None)`: the wrapped callable.
fn staticmethod_dunder_get(_vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__get__' needs an argument"))?;
    staticmethod_func(this)
        .ok_or_else(|| PyErr::type_error("descriptor '__get__' requires a 'staticmethod' object"))
}

/// `classmethod.__get__(self, obj, type=None)`: the callable bound to `type` (or `type(obj)`).
fn classmethod_dunder_get(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__get__' needs an argument"))?;
    let f = classmethod_func(this)
        .ok_or_else(|| PyErr::type_error("descriptor '__get__' requires a 'classmethod' object"))?;
    let cls = match (a.get(1), a.get(2)) {
        (_, Some(Value::Type(t))) => t.clone(),
        (Some(o), _) if !o.is_none() => vm.type_of(o),
        _ => return Err(PyErr::type_error("__get__(None, None) is invalid")),
    };
    classmethod_bind(vm, &f, &cls)
}

/// A classmethod's callable bound to `cls` (CPython 3.11's `cm_descr_get`): chained through
/// the callable's own `__get__(cls, cls)` when it is a descriptor, else a method of `cls`
/// (so `classmethod(SomeType)`, as in `__class_getitem__ = classmethod(GenericAlias)`, binds).
pub fn classmethod_bind(vm: &mut Vm, f: &Value, cls: &Rc<PyType>) -> PyResult<Value> {
    let cls_v = Value::Type(cls.clone());
    let has_get = match f {
        Value::Function(_) | Value::Builtin(_) => true,
        Value::Instance(i) => {
            let t = &vm.types;
            Rc::ptr_eq(&i.class, &t.staticmethod)
                || Rc::ptr_eq(&i.class, &t.classmethod)
                || Rc::ptr_eq(&i.class, &t.property)
                || Rc::ptr_eq(&i.class, &t.getset_descriptor)
                || (i.class.flags.heap && i.class.lookup(&t.names.get.clone()).is_some())
        }
        _ => false,
    };
    if has_get {
        return super::attr::descr_get(vm, f, Some(&cls_v), cls);
    }
    Ok(Value::BoundMethod(Rc::new(super::BoundMethod {
        func: f.clone(),
        receiver: cls_v,
    })))
}

/// `staticmethod.__init__` / `classmethod.__init__`: `__new__` already stored the callable;
/// checks the argument count like CPython's `sm_init` / `cm_init`.
fn wrapper_init(_vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__init__' needs an argument"))?;
    let name = if classmethod_func(this).is_some() {
        "classmethod"
    } else {
        "staticmethod"
    };
    one_arg(name, &a[1..], kw)?;
    Ok(Value::None)
}

pub fn staticmethod_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| {
            let f = staticmethod_func(v).unwrap_or(Value::None);
            Ok(format!("<staticmethod({})>", vm.repr(&f)?.as_str()))
        }),
        new: Some(|vm, a, k| Ok(new_staticmethod(vm, one_arg("staticmethod", a, k)?))),
        ..TypeSlots::default()
    }
}

pub fn classmethod_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| {
            let f = classmethod_func(v).unwrap_or(Value::None);
            Ok(format!("<classmethod({})>", vm.repr(&f)?.as_str()))
        }),
        new: Some(|vm, a, k| Ok(new_classmethod(vm, one_arg("classmethod", a, k)?))),
        ..TypeSlots::default()
    }
}

/// Bind `f` (found in a type dict) for a call on the class `t` itself: classmethods bind to
/// `t`, staticmethods unwrap, functions stay unbound (CPython's `tp_descr_get(f, NULL, t)`).
pub fn bind_for_class(vm: &mut Vm, f: &Value, t: &Rc<PyType>) -> PyResult<Value> {
    super::attr::descr_get(vm, f, None, t)
}

/// `bind_for_class` where the class is given as a value (a metaclass).
pub fn bind_for_class_value(vm: &mut Vm, f: &Value, t: &Value) -> PyResult<Value> {
    match t {
        Value::Type(t) => bind_for_class(vm, f, t),
        _ => Ok(f.clone()),
    }
}

// ---------------------------------------------------------------------------------------------
// super

pub struct SuperData {
    /// The class whose MRO successor the lookup starts after.
    pub thisclass: Rc<PyType>,
    /// The bound object (an instance or a subclass), or None for unbound super.
    pub obj: Value,
    /// `type(obj)` for instances, `obj` for classes.
    pub obj_type: Option<Rc<PyType>>,
}

/// `super(type, obj)` checks (CPython's `supercheck`).
fn supercheck(vm: &Vm, t: &Rc<PyType>, obj: &Value) -> PyResult<Rc<PyType>> {
    if let Value::Type(ot) = obj {
        if ot.is_subtype(t) {
            return Ok(ot.clone());
        }
    }
    let ot = vm.type_of(obj);
    if ot.is_subtype(t) {
        return Ok(ot);
    }
    Err(PyErr::type_error(
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

fn super_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    let (t, obj) = match args.len() {
        0 => vm.super_args()?,
        1 | 2 => (args[0].clone(), args.get(1).cloned().unwrap_or(Value::None)),
        n => {
            return Err(PyErr::type_error(format!(
                "super() takes at most 2 arguments ({} given)",
                n
            )))
        }
    };
    let t = match t {
        Value::Type(t) => t,
        other => {
            return Err(PyErr::type_error(format!(
                "super() argument 1 must be a type, not {}",
                type_name_of(vm, &other)
            )))
        }
    };
    let obj_type = if obj.is_none() {
        None
    } else {
        Some(supercheck(vm, &t, &obj)?)
    };
    Ok(Instance::native(
        vm.types.super_.clone(),
        SuperData {
            thisclass: t,
            obj,
            obj_type,
        },
    ))
}

/// `super(...).name` (CPython's `super_getattro`): search the MRO of the bound object's type
/// after `thisclass`, binding what is found. `Ok(None)` when not found there.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let data = with_native::<SuperData, _>(sup, |s| {
        (s.thisclass.clone(), s.obj.clone(), s.obj_type.clone())
    });
    let (this, obj, start) = match data {
        Some((t, o, Some(st))) => (t, o, st),
        _ => return Ok(None),
    };
    if name.as_str() == "__class__" {
        return Ok(None);
    }
    let mro = start.mro_with_self();
    let mut i = 0;
    while i < mro.len() && !Rc::ptr_eq(&mro[i], &this) {
        i += 1;
    }
    i += 1;
    for t in mro.iter().skip(i) {
        if let Some(res) = t.dict.get_str(name) {
            // Bind to obj, or to nothing if obj is the start type itself (a class).
            let inst = match &obj {
                Value::Type(ot) if Rc::ptr_eq(ot, &start) => None,
                o => Some(o.clone()),
            };
            return super::attr::descr_get(vm, &res, inst.as_ref(), &start).map(Some);
        }
    }
    Ok(None)
}

pub fn super_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| {
            let d = with_native::<SuperData, _>(v, |s| (s.thisclass.clone(), s.obj_type.clone()));
            Ok(match d {
                Some((t, Some(ot))) => format!(
                    "<super: <class '{}'>, <{} object>>",
                    type_name(&t),
                    type_name(&ot)
                ),
                Some((t, None)) => format!("<super: <class '{}'>, NULL>", type_name(&t)),
                None => {
                    let _ = vm;
                    "<super>".into()
                }
            })
        }),
        new: Some(super_new),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// mappingproxy (read-only view of a class dict)

pub struct MappingProxy(pub Rc<PyDict>);

pub fn new_mappingproxy(vm: &Vm, d: Rc<PyDict>) -> Value {
    Instance::native(vm.types.mappingproxy.clone(), MappingProxy(d))
}

fn proxy_dict(v: &Value) -> PyResult<Rc<PyDict>> {
    with_native::<MappingProxy, _>(v, |m| m.0.clone())
        .ok_or_else(|| PyErr::type_error("expected a mappingproxy"))
}

fn mp_delegate(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let d = proxy_dict(a.first().unwrap_or(&Value::None))?;
    let f = vm.getattr(&Value::Dict(d), &intern(name))?;
    vm.call(&f, a.get(1..).unwrap_or(&[]))
}
fn mp_keys(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    mp_delegate(vm, a, "keys")
}
fn mp_values(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    mp_delegate(vm, a, "values")
}
fn mp_items(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    mp_delegate(vm, a, "items")
}
fn mp_get(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let d = proxy_dict(a.first().unwrap_or(&Value::None))?;
    let key = a
        .get(1)
        .ok_or_else(|| PyErr::type_error("get expected at least 1 argument, got 0"))?;
    let h = vm.hash(key)?;
    Ok(d.get_hashed(key, h)
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}
fn mp_copy(_vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let d = proxy_dict(a.first().unwrap_or(&Value::None))?;
    let nd = PyDict::new();
    for (k, v) in d.items() {
        if let Value::Str(s) = &k {
            let h = s.hash();
            nd.set_hashed(k.clone(), h, v);
        }
    }
    Ok(Value::Dict(Rc::new(nd)))
}

pub const MAPPINGPROXY_METHODS: &[(&str, NativeFn)] = &[
    ("keys", mp_keys),
    ("values", mp_values),
    ("items", mp_items),
    ("get", mp_get),
    ("copy", mp_copy),
];

/// `types.MappingProxyType(mapping)` (CPython's mappingproxy_new) over a dict or dict
/// subclass instance (the views coil can hold).
fn mappingproxy_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut arg = a.first().cloned();
    for (k, v) in kw {
        if k.as_str() == "mapping" && arg.is_none() {
            arg = Some(v.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "mappingproxy() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let Some(m) = arg else {
        return Err(PyErr::type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        ));
    };
    let d = match &m {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.payload {
            super::class::Payload::Builtin(Value::Dict(d)) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    };
    match d {
        Some(d) => Ok(new_mappingproxy(vm, d)),
        None => Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_of(&m).name().as_str()
        ))),
    }
}

pub fn mappingproxy_slots() -> TypeSlots {
    TypeSlots {
        new: Some(mappingproxy_new),
        repr: Some(|vm, v| {
            let d = proxy_dict(v)?;
            let r = vm.repr(&Value::Dict(d))?;
            Ok(format!("mappingproxy({})", r.as_str()))
        }),
        // str() of a mappingproxy is str() of the mapping (CPython's mappingproxy_str).
        str: Some(|vm, v| {
            let d = proxy_dict(v)?;
            Ok(vm.str(&Value::Dict(d))?.as_str().to_string())
        }),
        len: Some(|_, v| Ok(proxy_dict(v)?.len())),
        getitem: Some(|vm, v, k| {
            let d = proxy_dict(v)?;
            let h = vm.hash(k)?;
            d.get_hashed(k, h)
                .ok_or_else(|| PyErr::key_error(k.clone()))
        }),
        contains: Some(|vm, v, k| {
            let d = proxy_dict(v)?;
            let h = vm.hash(k)?;
            Ok(d.get_hashed(k, h).is_some())
        }),
        iter: Some(|vm, v| {
            let d = proxy_dict(v)?;
            vm.iter(&Value::list(d.keys()))
        }),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Getsets of the descriptor types.

pub fn add_descr_getsets(types: &super::builtin_types::BuiltinTypes) {
    use super::builtin_types::add_getsets;
    use super::class::Getter;
    fn prop(v: &Value) -> PyResult<PropertyData> {
        as_property(v).ok_or_else(|| PyErr::type_error("descriptor requires a 'property' object"))
    }
    let p: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        ("fget", |_, v| Ok(prop(v)?.fget), None),
        ("fset", |_, v| Ok(prop(v)?.fset), None),
        ("fdel", |_, v| Ok(prop(v)?.fdel), None),
        ("__doc__", |_, v| Ok(prop(v)?.doc), None),
        (
            "__isabstractmethod__",
            |vm, v| {
                let p = prop(v)?;
                for f in [&p.fget, &p.fset, &p.fdel] {
                    if let Some(x) = vm.getattr_opt(f, &intern("__isabstractmethod__"))? {
                        if vm.truthy(&x)? {
                            return Ok(Value::Bool(true));
                        }
                    }
                }
                Ok(Value::Bool(false))
            },
            None,
        ),
    ];
    add_getsets(&types.property, p.into_iter());
    let sm: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        (
            "__func__",
            |_, v| staticmethod_func(v).ok_or_else(|| PyErr::type_error("expected staticmethod")),
            None,
        ),
        (
            "__wrapped__",
            |_, v| staticmethod_func(v).ok_or_else(|| PyErr::type_error("expected staticmethod")),
            None,
        ),
        (
            "__isabstractmethod__",
            |vm, v| {
                let f = staticmethod_func(v).unwrap_or(Value::None);
                Ok(vm
                    .getattr_opt(&f, &intern("__isabstractmethod__"))?
                    .unwrap_or(Value::Bool(false)))
            },
            None,
        ),
    ];
    add_getsets(&types.staticmethod, sm.into_iter());
    let cm: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        (
            "__func__",
            |_, v| classmethod_func(v).ok_or_else(|| PyErr::type_error("expected classmethod")),
            None,
        ),
        (
            "__wrapped__",
            |_, v| classmethod_func(v).ok_or_else(|| PyErr::type_error("expected classmethod")),
            None,
        ),
        (
            "__isabstractmethod__",
            |vm, v| {
                let f = classmethod_func(v).unwrap_or(Value::None);
                Ok(vm
                    .getattr_opt(&f, &intern("__isabstractmethod__"))?
                    .unwrap_or(Value::Bool(false)))
            },
            None,
        ),
    ];
    add_getsets(&types.classmethod, cm.into_iter());
    let sup: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        (
            "__thisclass__",
            |_, v| {
                Ok(
                    with_native::<SuperData, _>(v, |s| Value::Type(s.thisclass.clone()))
                        .unwrap_or(Value::None),
                )
            },
            None,
        ),
        (
            "__self__",
            |_, v| Ok(with_native::<SuperData, _>(v, |s| s.obj.clone()).unwrap_or(Value::None)),
            None,
        ),
        (
            "__self_class__",
            |_, v| {
                Ok(with_native::<SuperData, _>(v, |s| {
                    s.obj_type.clone().map(Value::Type).unwrap_or(Value::None)
                })
                .unwrap_or(Value::None))
            },
            None,
        ),
    ];
    add_getsets(&types.super_, sup.into_iter());
    let _ = Payload::None;
}
