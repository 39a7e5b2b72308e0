//! The methods and attributes of `object` and `type` themselves (CPython's `object_*` and
//! `type_*` functions in `Objects/typeobject.c`): `object.__new__`/`__init__` with their
//! excess-argument rules, the default `__repr__`/`__hash__`/`__eq__`/`__ne__`, generic
//! `__setattr__`/`__getattribute__`, `type.__call__`/`__new__`/`mro`, and the `type` getsets
//! (`__name__`, `__qualname__`, `__mro__`, `__bases__`, `__module__`, `__dict__`, ...).
//! Invariant: these natives are compared by function pointer (`class::is_native`) to detect
//! "not overridden", so each must stay a distinct `fn`.

use super::builtin_types::BuiltinTypes;
use super::class::{
    is_native, new_instance, type_call, type_name, type_name_of, type_new, Getter, PyType,
    TypeKind, TypeSlots,
};
use super::descr;
use super::function::NativeFn;
use super::str::intern;
use super::{PyDict, PyErr, PyStr, Value};
use std::rc::Rc;

type Vm = crate::vm::Vm;
type R<T> = super::PyResult<T>;

// ---------------------------------------------------------------------------------------------
// `object`

fn want_self<'a>(args: &'a [Value], what: &str) -> R<&'a Value> {
    args.first().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' of 'object' object needs an argument",
            what
        ))
    })
}

/// The default `repr`: `<__main__.C object at 0x7f...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let q = t.qualname.borrow().as_str().to_string();
    match t.module_name() {
        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, q, v.id()),
        _ => format!("<{} object at {:#x}>", q, v.id()),
    }
}

/// The identity hash (CPython's `_Py_HashPointer`: the address rotated by 4 bits).
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.id() as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub(crate) fn object_new_native(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let cls = match args.first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name_of(vm, other)
            )))
        }
        None => return Err(PyErr::type_error("object.__new__(): not enough arguments")),
    };
    if args.len() > 1 || !kwargs.is_empty() {
        let new = cls.lookup(&vm.types.names.new.clone());
        let init = cls.lookup(&vm.types.names.init.clone());
        if !new.as_ref().is_none_or(|n| is_native(n, object_new_native)) {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init
            .as_ref()
            .is_none_or(|i| is_native(i, object_init_native))
        {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                type_name(&cls)
            )));
        }
    }
    if !cls.flags.heap && cls.kind != TypeKind::Object {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_name(&cls),
            type_name(&cls)
        )));
    }
    new_instance(vm, &cls, &args[1..])
}

pub(crate) fn object_init_native(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let this = want_self(args, "__init__")?;
    if args.len() > 1 || !kwargs.is_empty() {
        let t = vm.type_of(this);
        let new = t.lookup(&vm.types.names.new.clone());
        let init = t.lookup(&vm.types.names.init.clone());
        if !init
            .as_ref()
            .is_none_or(|i| is_native(i, object_init_native))
        {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new.as_ref().is_none_or(|n| is_native(n, object_new_native)) {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name(&t)
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let this = want_self(args, "__repr__")?;
    Ok(Value::from_string(default_repr(vm, this)))
}

fn object_str_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let this = want_self(args, "__str__")?;
    // CPython's object_str calls tp_repr unchecked: a heap class's `__repr__` result goes
    // back to `str()`, which reports "__str__ returned non-string".
    let t = vm.type_of(this);
    if t.flags.heap {
        let name = vm.types.names.repr.clone();
        if let Some(f) = super::attr::lookup_cached(vm, &t, &name) {
            let bound = super::attr::descr_get(vm, &f, Some(this), &t)?;
            return vm.call(&bound, &[]);
        }
    }
    Ok(Value::Str(vm.repr(this)?))
}

fn object_hash_native(_vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let this = want_self(args, "__hash__")?;
    Ok(Value::Int(identity_hash(this)))
}

fn object_eq_native(_vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    // By default __ne__ delegates to __eq__ and inverts the result.
    let eq = vm.types.names.eq.clone();
    let t = vm.type_of(&args[0]);
    let r = match t.lookup(&eq) {
        Some(f) if !is_native(&f, object_eq_native) => {
            vm.call(&f, &[args[0].clone(), args[1].clone()])?
        }
        _ => {
            if t.flags.heap || t.slots.richcompare.is_none() {
                if args[0].is(&args[1]) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                }
            } else {
                let rc = t
                    .slots
                    .richcompare
                    .unwrap_or(|_, _, _, _| Ok(Value::NotImplemented));
                rc(vm, &args[0], &args[1], crate::bytecode::CmpKind::Eq)?
            }
        }
    };
    match r {
        Value::NotImplemented => Ok(r),
        other => Ok(Value::Bool(!vm.truthy(&other)?)),
    }
}

fn object_cmp_notimpl(_vm: &mut Vm, _args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    Ok(Value::NotImplemented)
}

pub(crate) fn object_setattr_native(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if args.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = attr_name(vm, &args[1])?;
    super::attr::generic_setattr(vm, &args[0], &name, Some(args[2].clone()))?;
    Ok(Value::None)
}

pub(crate) fn object_delattr_native(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = attr_name(vm, &args[1])?;
    super::attr::generic_setattr(vm, &args[0], &name, None)?;
    Ok(Value::None)
}

pub(crate) fn object_getattribute_native(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = attr_name(vm, &args[1])?;
    match super::attr::generic_getattr(vm, &args[0], &name)? {
        Some(v) => Ok(v),
        None => Err(super::attr::no_attribute(vm, &args[0], &name)),
    }
}

/// An attribute name argument: "attribute name must be string, not 'int'".
pub fn attr_name(vm: &Vm, v: &Value) -> R<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(intern(s.as_str())),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(vm, other)
        ))),
    }
}

fn object_format_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "object.__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::Str(vm.str(&args[0])?)),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name_of(vm, &args[0])
        ))),
        other => Err(PyErr::type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name_of(vm, other)
        ))),
    }
}

fn object_init_subclass_native(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if !kwargs.is_empty() {
        let name = match args.first() {
            Some(Value::Type(t)) => type_name(t),
            _ => "object".into(),
        };
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            name
        )));
    }
    if args.len() > 1 {
        let _ = vm;
        return Err(PyErr::type_error(format!(
            "__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_dir_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let this = want_self(args, "__dir__")?;
    Ok(Value::list(super::attr::dir_names(vm, this)?))
}

fn object_reduce_ex_native(_vm: &mut Vm, _args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    Err(PyErr::type_error("cannot pickle objects"))
}

fn object_sizeof_native(_vm: &mut Vm, _args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
    Ok(Value::Int(16))
}

/// `object`'s methods (it has no slot wrappers of its own: these are the real thing).
/// `object.__subclasshook__(C)`: NotImplemented (the `abc` protocol's default answer). A
/// classmethod in CPython; here it ignores its arguments, so it answers the same however it
/// is reached.
fn object_subclasshook_native(
    _vm: &mut Vm,
    _args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    Ok(Value::NotImplemented)
}

pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", object_new_native),
    ("__init__", object_init_native),
    ("__repr__", object_repr_native),
    ("__str__", object_str_native),
    ("__hash__", object_hash_native),
    ("__eq__", object_eq_native),
    ("__ne__", object_ne_native),
    ("__lt__", object_cmp_notimpl),
    ("__le__", object_cmp_notimpl),
    ("__gt__", object_cmp_notimpl),
    ("__ge__", object_cmp_notimpl),
    ("__setattr__", object_setattr_native),
    ("__delattr__", object_delattr_native),
    ("__getattribute__", object_getattribute_native),
    ("__format__", object_format_native),
    ("__init_subclass__", object_init_subclass_native),
    ("__subclasshook__", object_subclasshook_native),
    ("__dir__", object_dir_native),
    ("__reduce_ex__", object_reduce_ex_native),
    ("__getstate__", super::member::object_getstate_native),
    ("__sizeof__", object_sizeof_native),
];

/// `object`'s slots: the default repr and identity hash.
pub fn object_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| Ok(default_repr(vm, v))),
        hash: Some(|_, v| Ok(identity_hash(v))),
        ..TypeSlots::default()
    }
}

/// `type(None)()` and friends: the singleton itself; any argument is CPython's TypeError.
fn singleton_new(
    tname: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    v: Value,
) -> super::PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(PyErr::type_error(format!("{tname} takes no arguments")));
    }
    Ok(v)
}

pub fn none_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("None".into())),
        bool: Some(|_, _| Ok(false)),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| singleton_new("NoneType", args, kw, Value::None)),
        ..TypeSlots::default()
    }
}

pub fn notimpl_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("NotImplemented".into())),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| {
            singleton_new("NotImplementedType", args, kw, Value::NotImplemented)
        }),
        ..TypeSlots::default()
    }
}

pub fn ellipsis_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("Ellipsis".into())),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| singleton_new("ellipsis", args, kw, Value::Ellipsis)),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// `type`

fn type_of_arg(vm: &Vm, v: &Value, what: &str) -> R<Rc<PyType>> {
    match v {
        Value::Type(t) => Ok(t.clone()),
        other => Err(PyErr::type_error(format!(
            "descriptor '{}' for 'type' objects doesn't apply to a '{}' object",
            what,
            type_name_of(vm, other)
        ))),
    }
}

pub(crate) fn type_call_native(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first()
            .ok_or_else(|| PyErr::type_error("unbound method type.__call__() needs an argument"))?,
        "__call__",
    )?;
    type_call(vm, &t, &args[1..], kwargs)
}

fn type_new_native(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let meta = match args.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(PyErr::type_error("type.__new__(X): X is not a type object")),
    };
    match args.len() {
        2 if Rc::ptr_eq(&meta, &vm.types.type_) && kwargs.is_empty() => {
            Ok(Value::Type(vm.type_of(&args[1])))
        }
        4 => type_new(vm, &meta, &args[1..], kwargs),
        _ => Err(PyErr::type_error(
            "type.__new__() takes exactly 3 arguments (0 given)",
        )),
    }
}

fn type_init_native(_vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() != 2 && args.len() != 4 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

pub(crate) fn type_prepare_native(
    _vm: &mut Vm,
    _args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

fn type_mro_native(vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first()
            .ok_or_else(|| PyErr::type_error("unbound method type.mro() needs an argument"))?,
        "mro",
    )?;
    Ok(Value::list(
        t.mro_with_self().into_iter().map(Value::Type).collect(),
    ))
}

pub(crate) fn type_instancecheck_native(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first().ok_or_else(|| {
            PyErr::type_error("unbound method type.__instancecheck__() needs an argument")
        })?,
        "__instancecheck__",
    )?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{}.__instancecheck__() takes exactly one argument ({} given)",
            type_name(&t),
            args.len() - 1
        )));
    }
    Ok(Value::Bool(super::isinstance::real_isinstance(
        vm, &args[1], &args[0],
    )?))
}

pub(crate) fn type_subclasscheck_native(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first().ok_or_else(|| {
            PyErr::type_error("unbound method type.__subclasscheck__() needs an argument")
        })?,
        "__subclasscheck__",
    )?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{}.__subclasscheck__() takes exactly one argument ({} given)",
            type_name(&t),
            args.len() - 1
        )));
    }
    Ok(Value::Bool(super::isinstance::real_issubclass(
        vm, &args[1], &args[0],
    )?))
}

fn type_subclasses_native(vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first().ok_or_else(|| {
            PyErr::type_error("unbound method type.__subclasses__() needs an argument")
        })?,
        "__subclasses__",
    )?;
    Ok(Value::list(
        t.live_subclasses().into_iter().map(Value::Type).collect(),
    ))
}

fn type_repr_native(vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(
        vm,
        args.first()
            .ok_or_else(|| PyErr::type_error("unbound method type.__repr__() needs an argument"))?,
        "__repr__",
    )?;
    Ok(Value::from_string(t.repr()))
}

pub const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", type_call_native),
    ("__new__", type_new_native),
    ("__init__", type_init_native),
    ("__prepare__", type_prepare_native),
    ("mro", type_mro_native),
    ("__instancecheck__", type_instancecheck_native),
    ("__subclasscheck__", type_subclasscheck_native),
    ("__subclasses__", type_subclasses_native),
    ("__repr__", type_repr_native),
];

pub fn type_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, v| match v {
            Value::Type(t) => Ok(t.repr()),
            _ => Ok(String::from("<class '?'>")),
        }),
        hash: Some(|_, v| Ok(identity_hash(v))),
        ..TypeSlots::default()
    }
}

fn get_type(v: &Value) -> R<&Rc<PyType>> {
    match v {
        Value::Type(t) => Ok(t),
        _ => Err(PyErr::type_error("descriptor requires a 'type' object")),
    }
}

fn set_name_attr(vm: &mut Vm, v: &Value, val: Option<Value>, which: &str) -> R<()> {
    let t = get_type(v)?;
    if !t.flags.heap {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            which,
            type_name(t)
        )));
    }
    match val {
        Some(Value::Str(s)) => {
            if which == "__name__" {
                *t.name.borrow_mut() = s;
            } else {
                *t.qualname.borrow_mut() = s;
            }
            Ok(())
        }
        Some(other) => Err(PyErr::type_error(format!(
            "can only assign string to {}.{}, not '{}'",
            type_name(t),
            which,
            type_name_of(vm, &other)
        ))),
        None => Err(PyErr::type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            which,
            type_name(t)
        ))),
    }
}

/// `C.__abstractmethods__ = v` / `del C.__abstractmethods__` (CPython's
/// `type_set_abstractmethods`): stores into the class dict and sets `is_abstract` from the
/// value's truth.
fn set_abstractmethods(vm: &mut Vm, v: &Value, x: Option<Value>) -> R<()> {
    let t = get_type(v)?;
    if !t.flags.heap {
        return Err(PyErr::type_error(format!(
            "cannot set '__abstractmethods__' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    let key = intern("__abstractmethods__");
    let abstract_ = match x {
        Some(x) => {
            let a = vm.truthy(&x)?;
            t.dict.set_str(key, x);
            a
        }
        None => {
            if t.dict.del_str(&key).is_none() {
                return Err(PyErr::attribute_error("__abstractmethods__"));
            }
            false
        }
    };
    super::attr::types_changed(vm);
    t.is_abstract.set(abstract_);
    Ok(())
}

/// Install the `type` getsets (`__name__`, `__qualname__`, `__mro__`, `__bases__`, ...) and
/// `object.__class__`.
pub fn add_type_getsets(types: &BuiltinTypes) {
    use super::builtin_types::add_getsets;
    use super::descr::Setter;
    let gs: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        (
            "__name__",
            |_, v| {
                // A static type's dotted tp_name ("collections.deque") names it "deque".
                let t = get_type(v)?;
                let n = t.name();
                if !t.flags.heap {
                    if let Some((_, last)) = n.as_str().rsplit_once('.') {
                        return Ok(Value::str(last));
                    }
                }
                Ok(Value::Str(n))
            },
            Some(|vm, v, x| set_name_attr(vm, v, x, "__name__")),
        ),
        (
            "__qualname__",
            |_, v| {
                // As `__name__`: a static type's qualname is its tp_name's last part.
                let t = get_type(v)?;
                let q = t.qualname.borrow().clone();
                if !t.flags.heap {
                    if let Some((_, last)) = q.as_str().rsplit_once('.') {
                        return Ok(Value::str(last));
                    }
                }
                Ok(Value::Str(q))
            },
            Some(|vm, v, x| set_name_attr(vm, v, x, "__qualname__")),
        ),
        (
            "__mro__",
            |_, v| {
                Ok(Value::tuple(
                    get_type(v)?
                        .mro_with_self()
                        .into_iter()
                        .map(Value::Type)
                        .collect(),
                ))
            },
            None,
        ),
        (
            "__bases__",
            |_, v| {
                Ok(Value::tuple(
                    get_type(v)?
                        .bases
                        .iter()
                        .cloned()
                        .map(Value::Type)
                        .collect(),
                ))
            },
            None,
        ),
        (
            "__base__",
            |_, v| {
                let t = get_type(v)?;
                Ok(t.bases
                    .first()
                    .cloned()
                    .map(Value::Type)
                    .unwrap_or(Value::None))
            },
            None,
        ),
        (
            "__module__",
            |_, v| {
                let t = get_type(v)?;
                if t.flags.heap {
                    return Ok(t.dict.get_str(&intern("__module__")).unwrap_or(Value::None));
                }
                // CPython's type_module: a static type's dotted tp_name gives its module.
                let n = t.name();
                if let Some((m, _)) = n.as_str().rsplit_once('.') {
                    return Ok(Value::str(m));
                }
                Ok(Value::str("builtins"))
            },
            Some(|vm, v, x| {
                let t = get_type(v)?;
                if !t.flags.heap {
                    return Err(PyErr::type_error(format!(
                        "cannot set '__module__' attribute of immutable type '{}'",
                        type_name(t)
                    )));
                }
                match x {
                    Some(x) => t.dict.set_str(intern("__module__"), x),
                    None => t.dict.del_str(&intern("__module__")),
                };
                super::attr::types_changed(vm);
                Ok(())
            }),
        ),
        (
            "__doc__",
            |vm, v| {
                let t = get_type(v)?;
                match t.dict.get_str(&intern("__doc__")) {
                    Some(d) => {
                        // A descriptor stored as __doc__ (rare) is returned as is.
                        let _ = vm;
                        Ok(d)
                    }
                    None => Ok(Value::None),
                }
            },
            // CPython's type_set_doc (dataclasses sets a class's __doc__).
            Some(|vm, v, x| {
                let t = get_type(v)?;
                if !t.flags.heap {
                    return Err(PyErr::type_error(format!(
                        "cannot set '__doc__' attribute of immutable type '{}'",
                        type_name(t)
                    )));
                }
                match x {
                    Some(x) => t.dict.set_str(intern("__doc__"), x),
                    None => t.dict.del_str(&intern("__doc__")),
                };
                super::attr::types_changed(vm);
                Ok(())
            }),
        ),
        (
            "__dict__",
            |vm, v| Ok(descr::new_mappingproxy(vm, get_type(v)?.dict.clone())),
            None,
        ),
        ("__text_signature__", |_, _| Ok(Value::None), None),
        (
            "__abstractmethods__",
            |_, v| {
                let t = get_type(v)?;
                match t.dict.get_str(&intern("__abstractmethods__")) {
                    Some(x) if t.flags.heap => Ok(x),
                    _ => Err(PyErr::attribute_error("__abstractmethods__")),
                }
            },
            Some(set_abstractmethods),
        ),
    ];
    add_getsets(&types.type_, gs.into_iter());
    let cls: Vec<(&'static str, Getter, Option<Setter>)> =
        vec![("__class__", |vm, v| Ok(Value::Type(vm.type_of(v))), None)];
    add_getsets(&types.object, cls.into_iter());
}
