//! Type objects (`PyType`: builtin types and classes made by `class`/`type()`) and instances
//! (`Instance`: a class pointer, an optional `__dict__`, and a typed payload for native
//! objects such as exceptions, iterators and generators). Invariant: `mro` excludes the type
//! itself (an `Rc` to itself would be a cycle); attribute lookup checks `self.dict` first,
//! then each entry of `mro` in order.

use super::exception::ExceptionData;
use super::{ExcType, PyDict, PyStr, Value};
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

#[derive(Debug)]
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
}

/// The payload of an `Instance`.
pub enum Payload {
    /// A plain instance of a user class.
    None,
    Exception(RefCell<ExceptionData>),
    /// Any other native object state (iterators, property, generator, file, ...).
    Native(RefCell<Box<dyn Any>>),
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Payload::None => write!(f, "None"),
            Payload::Exception(e) => write!(f, "{:?}", e),
            Payload::Native(_) => write!(f, "<native>"),
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
