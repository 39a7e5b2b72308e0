//! Type objects (`PyType`: builtin types and classes made by `class`/`type()`) and instances
//! (`Instance`: a class pointer, an optional `__dict__`, and a typed payload for native
//! objects such as exceptions, iterators and generators); class creation (`__build_class__`,
//! `type(name, bases, dict)`, C3 MRO), instantiation (`call_type`: CPython's `type_call`),
//! `isinstance`/`issubclass`, and the methods of `object` and `type`.
//!
//! Invariants: `mro` excludes the type itself (an `Rc` to itself would be a cycle); attribute
//! lookup checks `self.dict` first, then each entry of `mro` in order. Builtin types dispatch
//! through `slots`; heap classes dispatch through dunder lookup (their `slots` are the solid
//! base's, used by the slot wrappers the builtin types expose as `__repr__`, `__len__`, ...).
//! Instances of heap subclasses of builtin data types (`class L(list)`) carry the builtin value
//! in `Payload::Builtin`; builtin methods found on such an instance bind to that value.

use super::builtin_types::BuiltinTypes;
use super::descr;
use super::exception;
use super::exception::ExceptionData;
use super::function::NativeFn;
use super::str::intern;
use super::{ExcType, PyDict, PyErr, PyStr, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// Which builtin a type is (for `type(x)` of unboxed values and for subclass payloads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// A class created by a `class` statement or `type(name, bases, dict)`.
    Heap,
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Code,
    Cell,
    /// A builtin exception class.
    Exception(ExcType),
    /// Any other native type (iterators, property, generator, ...).
    Native,
}

/// CPython's `tp_flags` that matter here.
#[derive(Clone, Copy, Debug, Default)]
pub struct TypeFlags {
    /// Created by `class`/`type()` (`Py_TPFLAGS_HEAPTYPE`): mutable, dispatches via dunders.
    pub heap: bool,
    /// May be subclassed (`Py_TPFLAGS_BASETYPE`).
    pub basetype: bool,
    /// Instances carry a `__dict__`.
    pub instance_dict: bool,
}

pub struct PyType {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub kind: TypeKind,
    /// Direct bases (`__bases__`).
    pub bases: Vec<Rc<PyType>>,
    /// Method resolution order *without* the type itself (C3 linearisation).
    pub mro: Vec<Rc<PyType>>,
    /// The class namespace (`__dict__`).
    pub dict: Rc<PyDict>,
    /// Builtin behaviour: the type's own for builtin types, the solid base's for heap classes.
    pub slots: TypeSlots,
    pub flags: TypeFlags,
    /// The metaclass; `None` means `type`.
    pub meta: Option<Rc<PyType>>,
    /// The first non-`Heap` kind in `[self] + mro` (decides the instance payload).
    pub base_kind: TypeKind,
    /// The name as a `&'static str` for builtin types (owner of builtin methods); "" for heap
    /// classes.
    pub static_name: &'static str,
}

impl std::fmt::Debug for PyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name.borrow().as_str())
    }
}

/// The payload of an `Instance`.
pub enum Payload {
    /// A plain instance of a user class.
    None,
    Exception(RefCell<ExceptionData>),
    /// Any other native object state (iterators, property, generator, file, ...).
    Native(RefCell<Box<dyn Any>>),
    /// An instance of a heap subclass of a builtin data type (`class L(list)`): the builtin
    /// value it extends.
    Builtin(Value),
    /// A builtin iterator (list/tuple/str/range/dict/set iterators, enumerate, zip, map,
    /// filter, reversed...): `object::iter::iter_next` advances it without dynamic dispatch.
    Iter(RefCell<super::iter::IterState>),
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Payload::None => write!(f, "None"),
            Payload::Exception(e) => write!(f, "{:?}", e),
            Payload::Native(_) => write!(f, "<native>"),
            Payload::Builtin(v) => write!(f, "{:?}", v),
            Payload::Iter(_) => write!(f, "<iterator>"),
        }
    }
}

#[derive(Debug)]
pub struct Instance {
    pub class: Rc<PyType>,
    /// `__dict__`, if instances of this class have one.
    pub dict: Option<Rc<PyDict>>,
    pub payload: Payload,
}

impl Instance {
    pub fn exception_data(&self) -> Option<&RefCell<ExceptionData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
    /// A native object of `class` with payload `data` and no `__dict__`.
    pub fn native<T: Any>(class: Rc<PyType>, data: T) -> Value {
        Value::Instance(Rc::new(Instance {
            class,
            dict: None,
            payload: Payload::Native(RefCell::new(Box::new(data))),
        }))
    }
    /// Run `f` on the native payload if it is a `T`. The borrow ends before this returns, so
    /// `f` must not run Python code.
    pub fn with_native<T: Any, U>(&self, f: impl FnOnce(&T) -> U) -> Option<U> {
        match &self.payload {
            Payload::Native(b) => b.borrow().downcast_ref::<T>().map(f),
            _ => None,
        }
    }
    /// Like `with_native`, mutably.
    pub fn with_native_mut<T: Any, U>(&self, f: impl FnOnce(&mut T) -> U) -> Option<U> {
        match &self.payload {
            Payload::Native(b) => b.borrow_mut().downcast_mut::<T>().map(f),
            _ => None,
        }
    }
}

/// Run `f` on `v`'s native payload if `v` is a native instance holding a `T`.
pub fn with_native<T: Any, U>(v: &Value, f: impl FnOnce(&T) -> U) -> Option<U> {
    match v {
        Value::Instance(i) => i.with_native(f),
        _ => None,
    }
}

/// Unary operators for the `unary` slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryKind {
    Neg,
    Pos,
    Invert,
    Abs,
}

type Vm = crate::vm::Vm;
type R<T> = super::PyResult<T>;

/// Per-type behaviour for builtin types, after CPython's `tp_*`/`nb_*`/`sq_*`/`mp_*` slots.
/// Every builtin type module (`int.rs`, `list.rs`, ...) exports `pub fn slots() -> TypeSlots`,
/// `pub const METHODS: &[(&str, NativeFn)]` (methods get self as `args[0]`) and
/// `pub const GETSETS: &[(&str, Getter)]` (read-only attributes such as `range.start`);
/// `object/class.rs` builds the type objects from them. The protocol functions in
/// `vm/protocol.rs` dispatch through these slots (with direct fast paths for the hottest
/// cases). In every slot the receiver (`this`) is an instance of the slot's type.
#[derive(Clone, Copy, Default)]
pub struct TypeSlots {
    /// `repr(this)`.
    pub repr: Option<fn(&mut Vm, &Value) -> R<String>>,
    /// `str(this)`; falls back to `repr` when None.
    pub str: Option<fn(&mut Vm, &Value) -> R<String>>,
    /// `hash(this)`; None means "use identity" unless the type is unhashable (`hash_none`).
    pub hash: Option<fn(&mut Vm, &Value) -> R<i64>>,
    /// True for unhashable types (list, dict, set): "unhashable type: 'list'".
    pub hash_none: bool,
    /// `this op other`; return `Value::NotImplemented` when unsupported.
    pub richcompare: Option<fn(&mut Vm, &Value, &Value, crate::bytecode::CmpKind) -> R<Value>>,
    /// `a op b` where `a` or `b` (or both) is of this type (CPython's `nb_*` convention);
    /// return `Value::NotImplemented` when unsupported. Inplace kinds may be handled (list `+=`);
    /// unhandled inplace kinds must return NotImplemented so the protocol falls back to the
    /// plain operator.
    pub binary_op: Option<fn(&mut Vm, &Value, &Value, crate::bytecode::BinOpKind) -> R<Value>>,
    /// `-this`, `+this`, `~this`, `abs(this)`; NotImplemented when unsupported.
    pub unary: Option<fn(&mut Vm, &Value, UnaryKind) -> R<Value>>,
    /// `bool(this)`; None falls back to `len`, then True.
    pub bool: Option<fn(&mut Vm, &Value) -> R<bool>>,
    /// `len(this)`.
    pub len: Option<fn(&mut Vm, &Value) -> R<usize>>,
    /// `this[key]`.
    pub getitem: Option<fn(&mut Vm, &Value, &Value) -> R<Value>>,
    /// `this[key] = value`, or `del this[key]` when value is None.
    pub setitem: Option<fn(&mut Vm, &Value, &Value, Option<Value>) -> R<()>>,
    /// `item in this`; None falls back to iteration.
    pub contains: Option<fn(&mut Vm, &Value, &Value) -> R<bool>>,
    /// `iter(this)`.
    pub iter: Option<fn(&mut Vm, &Value) -> R<Value>>,
    /// `next(this)` for iterators: `Ok(None)` when exhausted.
    pub next: Option<fn(&mut Vm, &Value) -> R<Option<Value>>>,
    /// `Type(*args, **kwargs)`: construct a new value. `args` exclude the type itself.
    pub new: Option<super::NativeFn>,
}

/// A read-only attribute getter (`range.start`, `int.real`).
pub type Getter = fn(&mut Vm, &Value) -> R<Value>;

/// `T(*args, **kwargs)`: run `__new__` then `__init__` (CPython's `type_call`). The VM's call
/// path delegates every call of a type object here.
pub fn call_type(
    vm: &mut Vm,
    t: &Rc<PyType>,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    // A metaclass overriding __call__ takes over (`type.__call__` is the default below).
    if let Some(meta) = &t.meta {
        if meta.flags.heap {
            let call = vm.types.names.call.clone();
            if let Some(c) = meta.lookup(&call) {
                if !is_native(&c, type_call_native) {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(Value::Type(t.clone()));
                    full.extend_from_slice(args);
                    return vm.call_kw(&c, &full, kwargs);
                }
            }
        }
    }
    type_call(vm, t, args, kwargs)
}

/// `type.__call__(t, *args, **kwargs)` without the metaclass check.
pub fn type_call(
    vm: &mut Vm,
    t: &Rc<PyType>,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if !t.flags.heap {
        match t.kind {
            TypeKind::Type => {
                if args.len() == 1 && kwargs.is_empty() {
                    return Ok(Value::Type(vm.type_of(&args[0])));
                }
                if args.len() != 3 {
                    return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
                }
                let ty = vm.types.type_.clone();
                return type_new(vm, &ty, args, kwargs);
            }
            TypeKind::Exception(_) => {
                let obj = exception::exc_new(vm, t, args)?;
                let is_group = matches!(vm.type_of(&obj).base_kind, TypeKind::Exception(k) if k.is_subclass_of(ExcType::BaseExceptionGroup));
                if !is_group {
                    exception::exception_init(vm, &obj, args, kwargs)?;
                }
                return Ok(obj);
            }
            TypeKind::Object => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(PyErr::type_error("object() takes no arguments"));
                }
                return new_instance(vm, t, args);
            }
            _ => {}
        }
        if let Some(new) = t.slots.new {
            return new(vm, args, kwargs);
        }
        return Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            type_name(t)
        )));
    }
    // Heap class: __new__ ...
    let names_new = vm.types.names.new.clone();
    let names_init = vm.types.names.init.clone();
    let new = t.lookup(&names_new);
    let init = t.lookup(&names_init);
    let new_is_object = new
        .as_ref()
        .map_or(true, |n| is_native(n, object_new_native));
    let init_is_object = init
        .as_ref()
        .map_or(true, |i| is_native(i, object_init_native));
    let obj = if new_is_object {
        if (!args.is_empty() || !kwargs.is_empty()) && init_is_object {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                type_name(t)
            )));
        }
        new_instance(vm, t, args)?
    } else {
        let new = new.unwrap_or(Value::None);
        let new = unwrap_staticmethod(&new);
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(Value::Type(t.clone()));
        full.extend_from_slice(args);
        let obj = vm.call_kw(&new, &full, kwargs)?;
        // __init__ runs only when __new__ returned an instance of t.
        let ot = vm.type_of(&obj);
        if !ot.is_subtype(t) {
            return Ok(obj);
        }
        obj
    };
    // ... then __init__.
    if init_is_object {
        if !new_is_object && (!args.is_empty() || !kwargs.is_empty()) {
            // object.__init__ with excess args and an overridden __new__ is fine.
        }
        return Ok(obj);
    }
    if let Some(init) = init {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        let r = vm.call_kw(&init, &full, kwargs)?;
        if !r.is_none() {
            let rt = vm.type_of(&r);
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(&rt)
            )));
        }
    }
    Ok(obj)
}

/// `object.__new__(cls)`: a fresh instance of `cls` with the payload its solid base needs
/// (exception data for exception subclasses, the builtin value for `class L(list)`).
pub fn new_instance(vm: &mut Vm, cls: &Rc<PyType>, args: &[Value]) -> R<Value> {
    let dict = if cls.flags.instance_dict || cls.flags.heap {
        Some(Rc::new(PyDict::new()))
    } else {
        None
    };
    let payload = match cls.base_kind {
        TypeKind::Object => Payload::None,
        TypeKind::Exception(_) => Payload::Exception(RefCell::new(ExceptionData {
            args: Value::tuple(args.to_vec()),
            ..Default::default()
        })),
        TypeKind::Native | TypeKind::Heap => Payload::None,
        _ => {
            let base = solid_base(cls);
            match base.slots.new {
                Some(new) => Payload::Builtin(new(vm, &[], &[])?),
                None => {
                    return Err(PyErr::type_error(format!(
                        "cannot create '{}' instances",
                        type_name(cls)
                    )))
                }
            }
        }
    };
    Ok(Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict,
        payload,
    })))
}

/// The first builtin type in `[t] + t.mro` (CPython's `solid_base`, roughly).
pub fn solid_base(t: &Rc<PyType>) -> Rc<PyType> {
    if !t.flags.heap {
        return t.clone();
    }
    for m in &t.mro {
        if !m.flags.heap {
            return m.clone();
        }
    }
    t.clone()
}

/// True if `v` is the builtin function `f` (compares function pointers).
pub fn is_native(v: &Value, f: NativeFn) -> bool {
    match v {
        Value::Builtin(b) => b.func as usize == f as usize,
        _ => false,
    }
}

/// The function inside a `staticmethod`, or `v` itself.
pub fn unwrap_staticmethod(v: &Value) -> Value {
    descr::staticmethod_func(v).unwrap_or_else(|| v.clone())
}

/// The type's `__name__` as an owned `String`.
pub fn type_name(t: &PyType) -> String {
    t.name.borrow().as_str().to_string()
}

/// `type(v).__name__` (for error messages).
pub fn type_name_of(vm: &Vm, v: &Value) -> String {
    type_name(&vm.type_of(v))
}

// ---------------------------------------------------------------------------------------------
// Class creation.

/// C3 linearisation of `bases` (CPython's `mro_implementation`), excluding the new type.
pub fn c3_mro(bases: &[Rc<PyType>]) -> R<Vec<Rc<PyType>>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                type_name(b)
            )));
        }
    }
    if bases.len() == 1 {
        let mut m = vec![bases[0].clone()];
        m.extend(bases[0].mro.iter().cloned());
        return Ok(m);
    }
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases
        .iter()
        .map(|b| {
            let mut m = vec![b.clone()];
            m.extend(b.mro.iter().cloned());
            m
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut pos = vec![0usize; seqs.len()];
    let mut out: Vec<Rc<PyType>> = Vec::new();
    loop {
        let mut any_left = false;
        let mut found: Option<Rc<PyType>> = None;
        for (i, s) in seqs.iter().enumerate() {
            if pos[i] >= s.len() {
                continue;
            }
            any_left = true;
            let cand = &s[pos[i]];
            // A candidate is good if it is in no other sequence's tail.
            let in_tail = seqs.iter().enumerate().any(|(j, t)| {
                t[(pos[j] + 1).min(t.len())..]
                    .iter()
                    .any(|x| Rc::ptr_eq(x, cand))
            });
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        if !any_left {
            return Ok(out);
        }
        match found {
            Some(c) => {
                for (i, s) in seqs.iter().enumerate() {
                    if pos[i] < s.len() && Rc::ptr_eq(&s[pos[i]], &c) {
                        pos[i] += 1;
                    }
                }
                out.push(c);
            }
            None => {
                let mut heads: Vec<Rc<PyType>> = Vec::new();
                for (i, s) in seqs.iter().enumerate() {
                    if pos[i] < s.len() && !heads.iter().any(|h| Rc::ptr_eq(h, &s[pos[i]])) {
                        heads.push(s[pos[i]].clone());
                    }
                }
                let names: Vec<String> = heads.iter().map(|h| type_name(h)).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// The most derived metaclass of `meta` and the bases' metaclasses
/// (CPython's `_PyType_CalculateMetaclass`).
pub fn calculate_metaclass(vm: &Vm, meta: &Rc<PyType>, bases: &[Rc<PyType>]) -> R<Rc<PyType>> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.meta.clone().unwrap_or_else(|| vm.types.type_.clone());
        if winner.is_subtype(&bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)` (CPython's `type_new`). `args` are
/// `(name, bases, ns)`.
pub fn type_new(
    vm: &mut Vm,
    meta: &Rc<PyType>,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let name = match &args[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name_of(vm, other)
            )))
        }
    };
    let bases_v: Vec<Value> = match &args[1] {
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name_of(vm, other)
            )))
        }
    };
    let ns = match &args[2] {
        Value::Dict(d) => d.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name_of(vm, other)
            )))
        }
    };
    let mut bases: Vec<Rc<PyType>> = Vec::with_capacity(bases_v.len());
    for b in &bases_v {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    type_name_of(vm, other)
                )))
            }
        }
    }
    for b in &bases {
        if !b.flags.basetype {
            return Err(PyErr::type_error(format!(
                "type '{}' is not an acceptable base type",
                type_name(b)
            )));
        }
    }
    let meta = calculate_metaclass(vm, meta, &bases)?;
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    // Instance layout: at most one builtin data base (besides object and exceptions chains).
    let mut base_kind = TypeKind::Object;
    let mut solid: Option<Rc<PyType>> = None;
    for b in &bases {
        let sb = solid_base(b);
        if sb.kind == TypeKind::Object {
            continue;
        }
        match &solid {
            None => {
                solid = Some(sb.clone());
                base_kind = b.base_kind;
            }
            Some(s) => {
                if sb.is_subtype(s) {
                    solid = Some(sb.clone());
                    base_kind = b.base_kind;
                } else if !s.is_subtype(&sb) {
                    return Err(PyErr::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        }
    }
    let mro = c3_mro(&bases)?;
    let dict = Rc::new(PyDict::new());
    for (k, v) in ns.items() {
        if let Value::Str(s) = &k {
            dict.set_str(intern(s.as_str()), v);
        } else {
            let h = vm.hash(&k)?;
            dict.set_hashed(k, h, v);
        }
    }
    let n = &vm.types.names;
    let (qualname_key, classcell_key, doc_key, new_key, init_sub_key, eq_key, hash_key) = (
        n.qualname.clone(),
        n.classcell.clone(),
        n.doc.clone(),
        n.new.clone(),
        n.init_subclass.clone(),
        n.eq.clone(),
        n.hash.clone(),
    );
    let qualname = match dict.del_str(&qualname_key) {
        Some(Value::Str(q)) => q,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                type_name_of(vm, &other)
            )))
        }
        None => name.clone(),
    };
    if let Some(f @ Value::Function(_)) = dict.get_str(&new_key) {
        dict.set_str(new_key, descr::new_staticmethod(vm, f));
    }
    if let Some(f @ Value::Function(_)) = dict.get_str(&init_sub_key) {
        dict.set_str(init_sub_key, descr::new_classmethod(vm, f));
    }
    let cgi = intern("__class_getitem__");
    if let Some(f @ Value::Function(_)) = dict.get_str(&cgi) {
        dict.set_str(cgi, descr::new_classmethod(vm, f));
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dict.get_str(&eq_key).is_some() && dict.get_str(&hash_key).is_none() {
        dict.set_str(hash_key, Value::None);
    }
    let cell = dict.del_str(&classcell_key);
    let solid = solid.unwrap_or_else(|| vm.types.object.clone());
    let is_type_meta = Rc::ptr_eq(&meta, &vm.types.type_);
    let t = Rc::new(PyType {
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        kind: TypeKind::Heap,
        bases,
        mro,
        dict,
        slots: solid.slots,
        flags: TypeFlags {
            heap: true,
            basetype: true,
            instance_dict: true,
        },
        meta: if is_type_meta { None } else { Some(meta) },
        base_kind: if base_kind == TypeKind::Heap {
            TypeKind::Object
        } else {
            base_kind
        },
        static_name: "",
    });
    if t.bases
        .iter()
        .all(|b| !b.flags.heap && !matches!(b.base_kind, TypeKind::Exception(_)))
    {
        // The first heap class in a hierarchy owns the instance `__dict__` descriptor.
        let gs: Vec<(&'static str, Getter, Option<descr::Setter>)> = vec![
            (
                "__dict__",
                super::attr::dict_getset_get,
                Some(super::attr::dict_getset_set),
            ),
            ("__weakref__", |_, _| Ok(Value::None), None),
        ];
        let dk = intern("__dict__");
        if t.dict.get_str(&dk).is_none() {
            super::builtin_types::add_getsets(&t, gs.into_iter());
        }
    }
    if t.dict.get_str(&doc_key).is_none() {
        t.dict.set_str(doc_key, Value::None);
    }
    let tv = Value::Type(t.clone());
    if let Some(cell) = cell {
        match &cell {
            Value::Cell(c) => c.set(tv.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    type_name(&vm.type_of(other))
                )))
            }
        }
    }
    // __set_name__ on every attribute that defines it.
    let set_name = vm.types.names.set_name.clone();
    for (k, v) in t.dict.items() {
        let vt = vm.type_of(&v);
        if let Some(sn) = vt.lookup(&set_name) {
            vm.call(&sn, &[v.clone(), tv.clone(), k.clone()])
                .map_err(|e| e)?;
        }
    }
    // super(t, t).__init_subclass__(**kwargs)
    let init_sub = vm.types.names.init_subclass.clone();
    let mut found = None;
    for m in &t.mro {
        if let Some(f) = m.dict.get_str(&init_sub) {
            found = Some(f);
            break;
        }
    }
    if let Some(f) = found {
        let bound = descr::bind_for_class(vm, &f, &t)?;
        vm.call_kw(&bound, &[], kwargs)?;
    }
    Ok(tv)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: the native behind the
/// `class` statement (CPython's `builtin___build_class__`). Runs the body with a fresh
/// namespace through `Vm::run_class_body`, then calls the metaclass.
pub fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = match &args[0] {
        Value::Function(f) => f.clone(),
        _ => {
            return Err(PyErr::type_error(
                "__build_class__: func must be a function",
            ))
        }
    };
    let name = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(PyErr::type_error("__build_class__: name is not a string")),
    };
    let orig_bases = &args[2..];
    // __mro_entries__ is not supported; bases must be types or have a metaclass-compatible type.
    let mut meta: Option<Value> = None;
    let mut rest: Vec<(Rc<PyStr>, Value)> = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    let mut base_types = Vec::with_capacity(orig_bases.len());
    for b in orig_bases {
        if let Value::Type(t) = b {
            base_types.push(t.clone());
        }
    }
    let is_class = meta.as_ref().map_or(true, |m| matches!(m, Value::Type(_)));
    let meta_v = match meta {
        None => {
            let first = match orig_bases.first() {
                Some(b) => vm.type_of(b),
                None => vm.types.type_.clone(),
            };
            Value::Type(calculate_metaclass(vm, &first, &base_types)?)
        }
        Some(Value::Type(m)) => Value::Type(calculate_metaclass(vm, &m, &base_types)?),
        Some(other) => other,
    };
    let bases_tuple = Value::tuple(orig_bases.to_vec());
    // __prepare__
    let ns: Value = {
        let prep = vm.types.names.prepare.clone();
        let custom = match &meta_v {
            Value::Type(m) if m.flags.heap => m
                .lookup(&prep)
                .filter(|p| !is_native(p, type_prepare_native)),
            Value::Type(_) => None,
            other => vm.getattr_opt(other, &prep)?,
        };
        match custom {
            Some(p) => {
                let p = descr::bind_for_class_value(vm, &p, &meta_v)?;
                vm.call_kw(&p, &[Value::Str(name.clone()), bases_tuple.clone()], &rest)?
            }
            None => Value::Dict(Rc::new(PyDict::new())),
        }
    };
    let ns_dict = match &ns {
        Value::Dict(d) => d.clone(),
        other => {
            let mname = if is_class {
                match &meta_v {
                    Value::Type(t) => type_name(t),
                    _ => String::from("<metaclass>"),
                }
            } else {
                String::from("<metaclass>")
            };
            return Err(PyErr::type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                mname,
                type_name_of(vm, other)
            )));
        }
    };
    let cell = vm.run_class_body(&func, &ns_dict)?;
    let cls = vm.call_kw(&meta_v, &[Value::Str(name), bases_tuple, ns], &rest)?;
    if let (Value::Cell(c), Value::Type(_)) = (&cell, &cls) {
        let cur = c.get();
        if !cur.is(&cls) {
            if cur.is_null() {
                return Err(PyErr::runtime_error(format!(
                    "__class__ not set defining '{}' as {}. Was __classcell__ propagated to type.__new__?",
                    vm.repr(&cls)?.as_str(),
                    vm.repr(&cls)?.as_str()
                )));
            }
            return Err(PyErr::type_error(format!(
                "__class__ set to {} defining '{}' as {}",
                vm.repr(&cur)?.as_str(),
                vm.repr(&cls)?.as_str(),
                vm.repr(&cls)?.as_str()
            )));
        }
    }
    Ok(cls)
}

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass

/// `isinstance(v, cls)` where `cls` may be a type or a (nested) tuple of types; honours a
/// metaclass `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> R<bool> {
    match cls {
        Value::Type(t) => {
            let vt = vm.type_of(v);
            if Rc::ptr_eq(&vt, t) {
                return Ok(true);
            }
            if let Some(meta) = &t.meta {
                if meta.flags.heap {
                    let name = vm.types.names.instancecheck.clone();
                    if let Some(f) = meta.lookup(&name) {
                        let r = vm.call(&f, &[cls.clone(), v.clone()])?;
                        return vm.truthy(&r);
                    }
                }
            }
            if vt.is_subtype(t) {
                return Ok(true);
            }
            // `__class__` may differ from type() (proxies); not supported.
            Ok(false)
        }
        Value::Tuple(items) => {
            for c in items.items.iter() {
                if isinstance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(c, cls)`.
pub fn issubclass(vm: &mut Vm, c: &Value, cls: &Value) -> R<bool> {
    match cls {
        Value::Type(t) => {
            if let Some(meta) = &t.meta {
                if meta.flags.heap {
                    let name = vm.types.names.subclasscheck.clone();
                    if let Some(f) = meta.lookup(&name) {
                        let r = vm.call(&f, &[cls.clone(), c.clone()])?;
                        return vm.truthy(&r);
                    }
                }
            }
            match c {
                Value::Type(ct) => Ok(ct.is_subtype(t)),
                _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
            }
        }
        Value::Tuple(items) => {
            for x in items.items.iter() {
                if issubclass(vm, c, x)? {
                    return Ok(true);
                }
            }
            if !matches!(c, Value::Type(_)) {
                return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
            }
            Ok(false)
        }
        _ => {
            if !matches!(c, Value::Type(_)) {
                return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
            }
            Err(PyErr::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ))
        }
    }
}

impl PyType {
    /// A type object from its parts (used for builtin types; heap classes are made by
    /// `type_new`).
    pub fn new_raw(
        name: Rc<PyStr>,
        kind: TypeKind,
        bases: Vec<Rc<PyType>>,
        mro: Vec<Rc<PyType>>,
        slots: TypeSlots,
        flags: TypeFlags,
    ) -> Rc<PyType> {
        let static_name: &'static str = Box::leak(name.as_str().to_string().into_boxed_str());
        let base_kind = if kind == TypeKind::Heap {
            mro.iter()
                .map(|m| m.kind)
                .find(|k| *k != TypeKind::Heap)
                .unwrap_or(TypeKind::Object)
        } else {
            kind
        };
        Rc::new(PyType {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(name),
            kind,
            bases,
            mro,
            dict: Rc::new(PyDict::new()),
            slots,
            flags,
            meta: None,
            base_kind,
            static_name,
        })
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    /// The name for builtin-method owners (`list` in `<method 'append' of 'list' objects>`).
    pub fn static_name(&self) -> &'static str {
        self.static_name
    }

    /// Find `name` in the type's dict, then along the MRO (CPython's `_PyType_Lookup`).
    #[inline]
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for t in &self.mro {
            if let Some(v) = t.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup` by a Rust string (interns it).
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&intern(name))
    }

    /// `issubclass(self, other)` by the MRO.
    #[inline]
    pub fn is_subtype(&self, other: &Rc<PyType>) -> bool {
        std::ptr::eq(self, Rc::as_ptr(other)) || self.mro.iter().any(|m| Rc::ptr_eq(m, other))
    }

    /// `__module__` for reprs: the dict entry for heap classes, "builtins" otherwise.
    pub fn module_name(&self) -> Option<String> {
        if !self.flags.heap {
            return match self.kind {
                TypeKind::Native => None,
                _ => Some("builtins".into()),
            };
        }
        match self.dict.get_str(&intern("__module__")) {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        }
    }

    /// `repr(cls)`: `<class 'int'>`, `<class '__main__.C'>`.
    pub fn repr(&self) -> String {
        let q = self.qualname.borrow().as_str().to_string();
        match self.module_name() {
            Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, q),
            _ => format!("<class '{}'>", q),
        }
    }

    /// `__mro__` as a list including the type itself.
    pub fn mro_with_self(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut v = Vec::with_capacity(self.mro.len() + 1);
        v.push(self.clone());
        v.extend(self.mro.iter().cloned());
        v
    }
}

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

fn object_new_native(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
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
        if !new
            .as_ref()
            .map_or(true, |n| is_native(n, object_new_native))
        {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init
            .as_ref()
            .map_or(true, |i| is_native(i, object_init_native))
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

fn object_init_native(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let this = want_self(args, "__init__")?;
    if args.len() > 1 || !kwargs.is_empty() {
        let t = vm.type_of(this);
        let new = t.lookup(&vm.types.names.new.clone());
        let init = t.lookup(&vm.types.names.init.clone());
        if !init
            .as_ref()
            .map_or(true, |i| is_native(i, object_init_native))
        {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new
            .as_ref()
            .map_or(true, |n| is_native(n, object_new_native))
        {
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

fn object_setattr_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
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

fn object_delattr_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
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

fn object_getattribute_native(vm: &mut Vm, args: &[Value], _kw: &[(Rc<PyStr>, Value)]) -> R<Value> {
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
    ("__dir__", object_dir_native),
    ("__reduce_ex__", object_reduce_ex_native),
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

pub fn none_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("None".into())),
        bool: Some(|_, _| Ok(false)),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| {
            if !args.is_empty() || !kw.is_empty() {
                return Err(PyErr::type_error("NoneType takes no arguments"));
            }
            Ok(Value::None)
        }),
        ..TypeSlots::default()
    }
}

pub fn notimpl_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("NotImplemented".into())),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| {
            if !args.is_empty() || !kw.is_empty() {
                return Err(PyErr::type_error("NotImplementedType takes no arguments"));
            }
            Ok(Value::NotImplemented)
        }),
        ..TypeSlots::default()
    }
}

pub fn ellipsis_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, _| Ok("Ellipsis".into())),
        hash: Some(|_, v| Ok(identity_hash(v))),
        new: Some(|_, args, kw| {
            if !args.is_empty() || !kw.is_empty() {
                return Err(PyErr::type_error("ellipsis takes no arguments"));
            }
            Ok(Value::Ellipsis)
        }),
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

fn type_call_native(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(vm, args.first().unwrap_or(&Value::None), "__call__")?;
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

fn type_prepare_native(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

fn type_mro_native(vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(vm, args.first().unwrap_or(&Value::None), "mro")?;
    Ok(Value::list(
        t.mro_with_self().into_iter().map(Value::Type).collect(),
    ))
}

fn type_instancecheck_native(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(
            "__instancecheck__() takes exactly one argument",
        ));
    }
    let t = type_of_arg(vm, &args[0], "__instancecheck__")?;
    Ok(Value::Bool(vm.type_of(&args[1]).is_subtype(&t)))
}

fn type_subclasscheck_native(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(
            "__subclasscheck__() takes exactly one argument",
        ));
    }
    let t = type_of_arg(vm, &args[0], "__subclasscheck__")?;
    match &args[1] {
        Value::Type(c) => Ok(Value::Bool(c.is_subtype(&t))),
        _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_subclasses_native(
    _vm: &mut Vm,
    _args: &[Value],
    _kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    // Subclass lists need weak references; not tracked.
    Ok(Value::list(Vec::new()))
}

fn type_repr_native(vm: &mut Vm, args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let t = type_of_arg(vm, args.first().unwrap_or(&Value::None), "__repr__")?;
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

/// Install the `type` getsets (`__name__`, `__qualname__`, `__mro__`, `__bases__`, ...) and
/// `object.__class__`.
pub fn add_type_getsets(types: &BuiltinTypes) {
    use super::builtin_types::add_getsets;
    use super::descr::Setter;
    let gs: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        (
            "__name__",
            |_, v| Ok(Value::Str(get_type(v)?.name())),
            Some(|vm, v, x| set_name_attr(vm, v, x, "__name__")),
        ),
        (
            "__qualname__",
            |_, v| Ok(Value::Str(get_type(v)?.qualname.borrow().clone())),
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
                Ok(Value::str("builtins"))
            },
            Some(|_, v, x| {
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
            None,
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
            None,
        ),
    ];
    add_getsets(&types.type_, gs.into_iter());
    let cls: Vec<(&'static str, Getter, Option<Setter>)> =
        vec![("__class__", |vm, v| Ok(Value::Type(vm.type_of(v))), None)];
    add_getsets(&types.object, cls.into_iter());
}
