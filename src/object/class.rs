//! Type objects (`PyType`: builtin types and classes made by `class`/`type()`) and instances
//! (`Instance`: a class pointer, an optional `__dict__`, and a typed payload for native
//! objects such as exceptions, iterators and generators). Invariant: `mro` excludes the type
//! itself (an `Rc` to itself would be a cycle); attribute lookup checks `self.dict` first,
//! then each entry of `mro` in order.

use super::exception::ExceptionData;
use super::{ExcType, PyDict, PyStr};
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

