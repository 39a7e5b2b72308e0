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

use super::descr;
use super::exception;
use super::exception::ExceptionData;
use super::function::NativeFn;
use super::str::intern;
pub use super::typeobj::{
    add_type_getsets, attr_name, default_repr, ellipsis_slots, identity_hash, none_slots,
    notimpl_slots, object_slots, type_slots, OBJECT_METHODS, TYPE_METHODS,
};
use super::typeobj::{
    object_delattr_native, object_getattribute_native, object_init_native, object_new_native,
    object_setattr_native, type_call_native, type_prepare_native,
};
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
    /// Attribute hooks defined by a heap class (`ATTR_HOOK_*` bits), computed at class creation
    /// and when the class's own dunders are reassigned; lets attribute access skip the lookups.
    pub attr_hooks: std::cell::Cell<u8>,
    /// For classes whose instances have no `__dict__` because of `__slots__` (in this class and
    /// every heap base): the attribute names instances may hold. None means unrestricted.
    pub slot_names: Option<Box<[Rc<PyStr>]>>,
    /// How many `__slots__` members (member descriptors) the instance layout has, the bases'
    /// included (CPython's `tp_basicsize` growth): instances of plain classes get that many
    /// cells in `Payload::Slots`.
    pub slot_count: u32,
    /// CPython's `Py_TPFLAGS_IS_ABSTRACT`: set by assigning a non-empty `__abstractmethods__`
    /// (what `abc.ABCMeta` does); `object.__new__` then refuses to instantiate the class.
    pub is_abstract: std::cell::Cell<bool>,
    /// Direct subclasses, weakly (CPython's `tp_subclasses`), in creation order; dead entries
    /// are pruned when the vector would grow. `type.__subclasses__()` reads it.
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// Heap classes: CPython's `Py_TPFLAGS_SEQUENCE` (`COLLECTION_SEQUENCE`) and
    /// `Py_TPFLAGS_MAPPING` (`COLLECTION_MAPPING`) deciding `match` sequence/mapping patterns;
    /// inherited from the best base, set by `collections.abc` (`__abc_tpflags__`, `register`).
    /// Builtin types are decided by `kind` instead.
    pub collection_flags: std::cell::Cell<u8>,
    /// The most attributes an instance's `__dict__` held when the instance was freed (capped
    /// at `ATTRS_HINT_MAX`): new instances get a dict with room for that many at once, the
    /// role of CPython's shared keys (`ht_cached_keys`) in sizing instance dicts.
    pub attrs_hint: std::cell::Cell<u8>,
}

/// The largest `PyType::attrs_hint`.
pub const ATTRS_HINT_MAX: usize = 30;

impl Drop for PyType {
    /// A freed type's address may be reused by a new type: attribute cache entries keyed by
    /// type pointer must not survive it (`dict::TYPE_EPOCH`).
    fn drop(&mut self) {
        crate::object::dict::type_epoch_bump();
    }
}

/// `collection_flags` bit: instances match sequence patterns.
pub const COLLECTION_SEQUENCE: u8 = 1;
/// `collection_flags` bit: instances match mapping patterns.
pub const COLLECTION_MAPPING: u8 = 2;

/// The collection flags a builtin type's kind implies (CPython's static type flags).
fn kind_collection_flags(t: &PyType) -> u8 {
    if t.flags.heap {
        return t.collection_flags.get();
    }
    match t.kind {
        TypeKind::List | TypeKind::Tuple | TypeKind::Range => COLLECTION_SEQUENCE,
        TypeKind::Dict => COLLECTION_MAPPING,
        _ => 0,
    }
}

/// `attr_hooks` bit: a `__getattribute__` other than `object`'s.
pub const ATTR_HOOK_GETATTRIBUTE: u8 = 1;
/// `attr_hooks` bit: a `__getattr__`.
pub const ATTR_HOOK_GETATTR: u8 = 2;
/// `attr_hooks` bit: a `__setattr__` or `__delattr__` other than `object`'s.
pub const ATTR_HOOK_SETATTR: u8 = 4;
/// `attr_hooks` bit: a `__class__` other than `object`'s (a proxy's property): `isinstance`
/// must consult it (CPython's `object_isinstance`).
pub const ATTR_HOOK_CLASS: u8 = 8;

impl std::fmt::Debug for PyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name.borrow().as_str())
    }
}

/// The payload of an `Instance`.
pub enum Payload {
    /// A plain instance of a user class.
    None,
    /// Boxed: keeps `Instance` (every user object) small.
    Exception(Box<RefCell<ExceptionData>>),
    /// Any other native object state (iterators, property, generator, file, ...).
    Native(RefCell<Box<dyn Any>>),
    /// An instance of a heap subclass of a builtin data type (`class L(list)`): the builtin
    /// value it extends.
    Builtin(Value),
    /// A builtin iterator (list/tuple/str/range/dict/set iterators, enumerate, zip, map,
    /// filter, reversed...): `object::iter::iter_next` advances it without dynamic dispatch.
    /// Boxed, as `Exception`.
    Iter(Box<RefCell<super::iter::IterState>>),
    /// The `__slots__` values of an instance of a plain slotted class (`object/member.rs`):
    /// one cell per member descriptor of the layout, `Value::Null` while unset.
    Slots(Box<[std::cell::Cell<Value>]>),
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Payload::None => write!(f, "None"),
            Payload::Exception(e) => write!(f, "{:?}", e),
            Payload::Native(_) => write!(f, "<native>"),
            Payload::Builtin(v) => write!(f, "{:?}", v),
            Payload::Iter(_) => write!(f, "<iterator>"),
            Payload::Slots(s) => write!(f, "<{} slots>", s.len()),
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

/// `attr_hooks` bit: the class defines `__del__` (dropping an instance queues it for
/// `Vm::run_pending_dels`).
pub const ATTR_HOOK_DEL: u8 = 16;

impl Drop for Instance {
    /// CPython's `slot_tp_finalize`: the last reference to an instance of a class with
    /// `__del__` went away. The instance is resurrected (its class, dict and payload moved into
    /// a fresh `Instance`) and queued; the VM calls `__del__` at the next drop-prone
    /// instruction boundary (`Vm::run_pending_dels`), once per object.
    #[inline]
    fn drop(&mut self) {
        if self.class.attr_hooks.get() & ATTR_HOOK_DEL != 0 {
            queue_del(self);
        }
        if let Some(d) = &self.dict {
            let n = d.len_if_free();
            if n > self.class.attrs_hint.get() as usize && n <= ATTRS_HINT_MAX {
                self.class.attrs_hint.set(n as u8);
            }
        }
    }
}

thread_local! {
    /// Instances whose `__del__` is due (see `Drop for Instance`).
    static PENDING_DEL: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of queued (resurrected) instances: their next drop must not queue again.
    static FINALIZED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

#[cold]
#[inline(never)]
fn queue_del(inst: &mut Instance) {
    let me = inst as *const Instance as usize;
    let again = FINALIZED
        .try_with(|f| {
            let mut f = f.borrow_mut();
            match f.iter().position(|&p| p == me) {
                Some(i) => {
                    f.swap_remove(i);
                    true
                }
                None => false,
            }
        })
        .unwrap_or(true);
    if again {
        return;
    }
    let revived = Rc::new(Instance {
        class: inst.class.clone(),
        dict: inst.dict.take(),
        payload: std::mem::replace(&mut inst.payload, Payload::None),
    });
    let addr = Rc::as_ptr(&revived) as usize;
    let queued = PENDING_DEL
        .try_with(|p| {
            p.borrow_mut().push(revived);
        })
        .is_ok();
    if queued {
        let _ = FINALIZED.try_with(|f| f.borrow_mut().push(addr));
        super::generator::FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

thread_local! {
    /// Every instance created of a class with `__del__` (weakly): those still alive at exit
    /// (kept by reference cycles) are finalised then, as CPython's final collection does.
    static LIVE_DEL: RefCell<Vec<std::rc::Weak<Instance>>> = const { RefCell::new(Vec::new()) };
}

#[cold]
#[inline(never)]
fn register_del(inst: &Rc<Instance>) {
    let _ = LIVE_DEL.try_with(|l| {
        let mut l = l.borrow_mut();
        if l.len() >= 64 && l.len().is_power_of_two() {
            l.retain(|w| w.strong_count() > 0);
        }
        l.push(Rc::downgrade(inst));
    });
}

/// Interpreter exit: the instances with `__del__` still alive, in creation order; each is
/// marked so that its eventual drop does not queue `__del__` again.
pub fn take_live_dels() -> Vec<Rc<Instance>> {
    let live: Vec<Rc<Instance>> = LIVE_DEL
        .try_with(|l| {
            std::mem::take(&mut *l.borrow_mut())
                .iter()
                .filter_map(|w| w.upgrade())
                .collect()
        })
        .unwrap_or_default();
    let _ = FINALIZED.try_with(|f| {
        let mut f = f.borrow_mut();
        for i in &live {
            f.push(Rc::as_ptr(i) as usize);
        }
    });
    live
}

/// Whether some `__del__` is due; if so, (re)arm the VM's finalisation flag (an exception's
/// unwinding may have cleared it while deferring generator finalisers). `POP_EXCEPT` asks,
/// so that locals freed by the unwinding are finalised when the handler ends, as CPython's
/// traceback frees them then.
pub fn rearm_pending_dels() -> bool {
    let due = PENDING_DEL
        .try_with(|p| !p.borrow().is_empty())
        .unwrap_or(false);
    if due {
        super::generator::FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    due
}

/// Queue again instances taken by `take_pending_dels` (a dead exception's `kept_alive`): their
/// `__del__` is due now.
pub fn requeue_dels(dels: Vec<Rc<Instance>>) {
    if dels.is_empty() {
        return;
    }
    let _ = PENDING_DEL.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(dels);
        }
    });
    super::generator::FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Take the instances whose `__del__` is due.
pub fn take_pending_dels() -> Vec<Rc<Instance>> {
    PENDING_DEL
        .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
        .unwrap_or_default()
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
    match type_call_heap(vm, t, args, kwargs)? {
        TypeCall::Done(v) => Ok(v),
        TypeCall::Init { obj, init } => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            let r = vm.call_kw(&init, &full, kwargs)?;
            if !r.is_none() {
                return Err(init_returned_error(vm, &r));
            }
            Ok(obj)
        }
    }
}

/// The outcome of `type_call_prepare`: the finished value, or an instance whose `__init__`
/// the caller must still run as `init(obj, *args, **kwargs)` (the VM pushes it as a frame
/// instead of re-entering Rust), then check the result with `init_returned_error`.
pub enum TypeCall {
    Done(Value),
    Init { obj: Value, init: Value },
}

/// "__init__() should return None, not 'int'".
pub fn init_returned_error(vm: &Vm, r: &Value) -> PyErr {
    PyErr::type_error(format!(
        "__init__() should return None, not '{}'",
        type_name_of(vm, r)
    ))
}

/// `type_call` for a heap class up to (not including) running a Python `__init__`: runs
/// `__new__` and decides whether `__init__` must run. Builtin types and metaclass `__call__`
/// overrides are handled completely (`Done`). Use this from the VM's CALL to avoid a nested
/// dispatch loop for `__init__`.
pub fn type_call_prepare(
    vm: &mut Vm,
    t: &Rc<PyType>,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<TypeCall> {
    if !t.flags.heap {
        return type_call(vm, t, args, kwargs).map(TypeCall::Done);
    }
    if let Some(meta) = &t.meta {
        if meta.flags.heap {
            let call = vm.types.names.call.clone();
            if let Some(c) = super::attr::lookup_cached(vm, meta, &call) {
                if !is_native(&c, type_call_native) {
                    return call_type(vm, t, args, kwargs).map(TypeCall::Done);
                }
            }
        }
    }
    type_call_heap(vm, t, args, kwargs)
}

/// `type_call_prepare` for a heap class, without the metaclass `__call__` check.
fn type_call_heap(
    vm: &mut Vm,
    t: &Rc<PyType>,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<TypeCall> {
    let names_new = vm.types.names.new.clone();
    let names_init = vm.types.names.init.clone();
    let new = super::attr::lookup_cached(vm, t, &names_new);
    let init = super::attr::lookup_cached(vm, t, &names_init);
    let new_is_object = new.as_ref().is_none_or(|n| is_native(n, object_new_native));
    let init_is_object = init
        .as_ref()
        .is_none_or(|i| is_native(i, object_init_native));
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
        if !vm.type_of(&obj).is_subtype(t) {
            return Ok(TypeCall::Done(obj));
        }
        obj
    };
    match init {
        Some(init) if !init_is_object => {
            // Bind through descriptors other than plain functions (rare).
            let init = match &init {
                Value::Function(_) | Value::Builtin(_) => init,
                other => {
                    let bound = super::attr::descr_get(vm, other, Some(&obj), t)?;
                    let r = vm.call_kw(&bound, args, kwargs)?;
                    if !r.is_none() {
                        return Err(init_returned_error(vm, &r));
                    }
                    return Ok(TypeCall::Done(obj));
                }
            };
            Ok(TypeCall::Init { obj, init })
        }
        _ => Ok(TypeCall::Done(obj)),
    }
}

/// The nearest class in `[t] + t.mro` whose own `__slots__` is non-empty (it fixes the
/// instance layout, CPython's `solid_base` for slotted classes).
fn slotted_base(t: &Rc<PyType>) -> Option<Rc<PyType>> {
    std::iter::once(t).chain(t.mro.iter()).find_map(|c| {
        if !c.flags.heap || c.slot_names.is_none() {
            return None;
        }
        let non_empty = match c.dict.get_str(&intern("__slots__")) {
            Some(Value::Str(s)) => !s.as_str().is_empty(),
            Some(Value::Tuple(t)) => !t.as_slice().is_empty(),
            Some(Value::List(l)) => !l.is_empty(),
            _ => false,
        };
        non_empty.then(|| c.clone())
    })
}

/// "multiple bases have instance lay-out conflict" between two bases slotted independently
/// (`class Both(S1, S2)` with `S1.__slots__ = ('p',)`, `S2.__slots__ = ('q',)`).
fn slots_layout_check(bases: &[Rc<PyType>]) -> R<()> {
    let mut found: Option<Rc<PyType>> = None;
    for b in bases {
        let Some(s) = slotted_base(b) else { continue };
        match &found {
            None => found = Some(s),
            Some(f) => {
                if s.is_subtype(f) {
                    found = Some(s);
                } else if !f.is_subtype(&s) {
                    return Err(PyErr::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The payload of an instance of a heap subclass of a subclassable native type (`class
/// Q(collections.deque)`, `class F(asyncio.Future)`): the base's fresh native state, so the
/// base's methods (which downcast the payload) work on the instance itself and its `__dict__`
/// sits beside it. asyncio's future types build theirs through `aio::future::subclass_state`
/// (their `__init__` fills it in); other bases through their `new` slot with no arguments,
/// taking the payload out of the throwaway instance (their `__init__` refills it).
fn native_subclass_payload(vm: &mut Vm, cls: &Rc<PyType>) -> R<Payload> {
    let base = solid_base(cls);
    if Rc::ptr_eq(&base, cls) || base.kind != TypeKind::Native {
        return Ok(Payload::None);
    }
    if let Some(state) = crate::aio::future::subclass_state(vm, &base) {
        return Ok(Payload::Native(RefCell::new(state)));
    }
    let Some(new) = base.slots.new else {
        return Ok(Payload::None);
    };
    match new(vm, &[], &[])? {
        Value::Instance(rc) => match Rc::try_unwrap(rc) {
            Ok(mut inst) => Ok(std::mem::replace(&mut inst.payload, Payload::None)),
            Err(rc) => Ok(Payload::Builtin(Value::Instance(rc))),
        },
        other => Ok(Payload::Builtin(other)),
    }
}

/// `object.__new__(cls)`: a fresh instance of `cls` with the payload its solid base needs
/// (exception data for exception subclasses, the builtin value for `class L(list)`).
pub fn new_instance(vm: &mut Vm, cls: &Rc<PyType>, args: &[Value]) -> R<Value> {
    if cls.is_abstract.get()
        && matches!(
            cls.base_kind,
            TypeKind::Object | TypeKind::Native | TypeKind::Heap
        )
    {
        return Err(abstract_instantiation_error(vm, cls));
    }
    // Plain classes: a `__dict__` unless `__slots__` (in the class and every base) left it
    // out, and the slot cells of the layout (`object/member.rs`). Other payloads keep slot
    // values in a hidden instance dict.
    let plain = matches!(cls.base_kind, TypeKind::Object | TypeKind::Heap);
    let dict =
        if cls.flags.instance_dict || (cls.flags.heap && !(plain && cls.slot_names.is_some())) {
            Some(Rc::new(PyDict::for_instance(cls.attrs_hint.get() as usize)))
        } else {
            None
        };
    let payload = match cls.base_kind {
        TypeKind::Object | TypeKind::Heap if cls.slot_count > 0 => {
            super::member::new_slots(cls.slot_count)
        }
        TypeKind::Object => Payload::None,
        TypeKind::Exception(_) => Payload::Exception(Box::new(RefCell::new(ExceptionData {
            args: Value::tuple(args.to_vec()),
            ..Default::default()
        }))),
        TypeKind::Native => native_subclass_payload(vm, cls)?,
        TypeKind::Heap => Payload::None,
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
    let inst = Rc::new(Instance {
        class: cls.clone(),
        dict,
        payload,
    });
    if cls.attr_hooks.get() & ATTR_HOOK_DEL != 0 {
        register_del(&inst);
    }
    Ok(Value::Instance(inst))
}

/// "Can't instantiate abstract class C with abstract methods a, b" (CPython's `object_new`
/// for a class flagged abstract): the sorted `__abstractmethods__`.
fn abstract_instantiation_error(vm: &mut Vm, cls: &Rc<PyType>) -> PyErr {
    let methods = cls
        .dict
        .get_str(&intern("__abstractmethods__"))
        .unwrap_or(Value::None);
    let names = match vm.collect(&methods) {
        Ok(n) => n,
        Err(e) => return e,
    };
    let mut strs: Vec<String> = Vec::with_capacity(names.len());
    for n in &names {
        match n {
            Value::Str(s) => strs.push(s.as_str().to_string()),
            other => match vm.str(other) {
                Ok(s) => strs.push(s.as_str().to_string()),
                Err(e) => return e,
            },
        }
    }
    strs.sort();
    PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        type_name(cls),
        if strs.len() > 1 { "s" } else { "" },
        strs.join(", ")
    ))
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

/// The `ATTR_HOOK_*` bits for `t` (heap classes only).
pub fn compute_attr_hooks(t: &PyType) -> u8 {
    if !t.flags.heap {
        return 0;
    }
    let mut h = 0;
    match t.lookup_str("__getattribute__") {
        Some(f) if !is_native(&f, object_getattribute_native) => h |= ATTR_HOOK_GETATTRIBUTE,
        _ => {}
    }
    if t.lookup_str("__getattr__").is_some() {
        h |= ATTR_HOOK_GETATTR;
    }
    match t.lookup_str("__setattr__") {
        Some(f) if !is_native(&f, object_setattr_native) => h |= ATTR_HOOK_SETATTR,
        _ => {}
    }
    match t.lookup_str("__delattr__") {
        Some(f) if !is_native(&f, object_delattr_native) => h |= ATTR_HOOK_SETATTR,
        _ => {}
    }
    match t.lookup_str("__class__") {
        Some(f) if descr::as_getset(&f).is_some_and(|g| g.owner.as_str() == "object") => {}
        _ => h |= ATTR_HOOK_CLASS,
    }
    if t.lookup_str("__del__").is_some() {
        h |= ATTR_HOOK_DEL;
    }
    h
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
        // A dict subclass (a `__prepare__` namespace): its dict contents.
        Value::Instance(i) if matches!(&i.payload, Payload::Builtin(Value::Dict(_))) => {
            match &i.payload {
                Payload::Builtin(Value::Dict(d)) => d.clone(),
                _ => Rc::new(PyDict::new()),
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name_of(vm, other)
            )))
        }
    };
    // The metaclass is computed from every base's type first (CPython's
    // _PyType_CalculateMetaclass runs before the bases are checked).
    {
        let mut winner = meta.clone();
        for b in &bases_v {
            let bm = vm.type_of(b);
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
    }
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
    // `__module__` defaults to the calling frame's `__name__` (CPython's type_new_set_module).
    let module_key = vm.types.names.module.clone();
    let module_given = dict.get_str(&module_key).is_some();
    if !module_given {
        if let Some(modname) = vm
            .current_globals()
            .and_then(|g| g.get_str(&vm.types.names.name))
        {
            dict.set_str(module_key, modname);
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
    let spec = super::member::type_new_slots(vm, &name, &dict, &bases, base_kind, module_given)?;
    let slot_names = spec.slot_names.clone();
    slots_layout_check(&bases)?;
    let slot_count = spec.slot_count(&bases);
    let instance_dict_flag = slot_names.is_none();
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
            instance_dict: instance_dict_flag,
        },
        meta: if is_type_meta { None } else { Some(meta) },
        base_kind: if base_kind == TypeKind::Heap {
            TypeKind::Object
        } else {
            base_kind
        },
        static_name: "",
        attr_hooks: std::cell::Cell::new(0),
        slot_names,
        slot_count,
        is_abstract: std::cell::Cell::new(false),
        subclasses: RefCell::new(Vec::new()),
        collection_flags: std::cell::Cell::new(0),
        attrs_hint: std::cell::Cell::new(0),
    });
    t.attr_hooks.set(compute_attr_hooks(&t));
    crate::object::dict::type_epoch_bump();
    for b in &t.bases {
        b.add_subclass(&t);
    }
    // CPython's inherit_patma_flags from the best base (the first base sharing the solid base).
    let solid_t = solid_base(&t);
    if let Some(b) = t
        .bases
        .iter()
        .find(|b| Rc::ptr_eq(&solid_base(b), &solid_t))
    {
        t.collection_flags.set(kind_collection_flags(b));
    }
    super::member::type_new_descriptors(vm, &t, spec);
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
            if let Err(e) = vm.call(&sn, &[v.clone(), tv.clone(), k.clone()]) {
                // CPython 3.11 wraps the error (type_new_set_names).
                let cause = vm.materialize(&e);
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    type_name(&vt),
                    vm.repr(&k)?.as_str(),
                    type_name(&t)
                );
                let cls = vm.types.exc(ExcType::RuntimeError).clone();
                let err = exception::new_exception(vm, &cls, vec![Value::from_string(msg)]);
                if let Some(d) = exception::exception_data(&err) {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                return Err(PyErr::from_object(err));
            }
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
    // PEP 560 (CPython's `update_bases`): a non-type base with `__mro_entries__` is replaced
    // by the tuple it returns (`class L(list[int])` derives from `list`).
    let resolved = update_bases(vm, orig_bases)?;
    let orig_bases_tuple = resolved.as_ref().map(|_| Value::tuple(orig_bases.to_vec()));
    let orig_bases: &[Value] = resolved.as_deref().unwrap_or(orig_bases);
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
    let is_class = meta.as_ref().is_none_or(|m| matches!(m, Value::Type(_)));
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
        Value::Dict(d) => Some(d.clone()),
        // Any other mapping (a dict subclass recording its `__setitem__` calls): the class
        // body stores through it (CPython accepts whatever has `__getitem__`).
        other if vm.type_of(other).lookup(&intern("__getitem__")).is_some() => None,
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
    let cell = match &ns_dict {
        Some(d) => {
            if let Some(ob) = orig_bases_tuple {
                d.set_str(intern("__orig_bases__"), ob);
            }
            vm.run_class_body(&func, d)?
        }
        None => {
            if let Some(ob) = orig_bases_tuple {
                vm.setitem(&ns, &Value::str("__orig_bases__"), ob)?;
            }
            vm.run_class_body_mapping(&func, ns.clone())?
        }
    };
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

/// CPython's `update_bases`: `None` when no base has `__mro_entries__` (the common case, no
/// allocation), else the bases with each such entry replaced by the tuple it returned.
fn update_bases(vm: &mut Vm, bases: &[Value]) -> R<Option<Vec<Value>>> {
    if bases.iter().all(|b| matches!(b, Value::Type(_))) {
        return Ok(None);
    }
    let name = intern("__mro_entries__");
    let mut out: Vec<Value> = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if matches!(b, Value::Type(_)) {
            out.push(b.clone());
            continue;
        }
        let Some(meth) = vm.getattr_opt(b, &name)? else {
            out.push(b.clone());
            continue;
        };
        let r = vm.call(&meth, &[Value::tuple(bases.to_vec())])?;
        match &r {
            Value::Tuple(t) => out.extend(t.items.iter().cloned()),
            _ => return Err(PyErr::type_error("__mro_entries__ must return a tuple")),
        }
        changed = true;
    }
    Ok(changed.then_some(out))
}

pub use super::isinstance::{isinstance, issubclass};

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
        let t = Rc::new(PyType {
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
            attr_hooks: std::cell::Cell::new(0),
            slot_names: None,
            slot_count: 0,
            is_abstract: std::cell::Cell::new(false),
            subclasses: RefCell::new(Vec::new()),
            collection_flags: std::cell::Cell::new(0),
            attrs_hint: std::cell::Cell::new(0),
        });
        for b in &t.bases {
            b.add_subclass(&t);
        }
        t
    }

    /// Record `sub` as a direct subclass (pruning dead entries instead of growing).
    pub fn add_subclass(&self, sub: &Rc<PyType>) {
        let mut v = self.subclasses.borrow_mut();
        if v.len() == v.capacity() {
            v.retain(|w| w.strong_count() > 0);
        }
        v.push(Rc::downgrade(sub));
    }

    /// The live direct subclasses, in creation order (`type.__subclasses__()`).
    pub fn live_subclasses(&self) -> Vec<Rc<PyType>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
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
        // CPython's type_repr: `module.qualname`, or `tp_name` (the __name__) for builtins.
        match self.module_name() {
            Some(m) if m != "builtins" => {
                format!("<class '{}.{}'>", m, self.qualname.borrow().as_str())
            }
            _ => format!("<class '{}'>", self.name.borrow().as_str()),
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
