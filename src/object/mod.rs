//! The object model: the 16-byte `Value` enum, the error type `PyErr`, and the payload types
//! (one file per type). Invariants:
//! - `Value` is 16 bytes (`tests/sizes.rs`): None/bool/int/float are unboxed; every heap object
//!   is one thin `Rc` pointer, so cloning is a non-atomic increment and dropping the last
//!   reference runs finalisation at CPython's moment.
//! - `Value::Int` holds every integer that fits in i64; `Value::Long` only those that do not
//!   (results are demoted back to `Int` whenever they fit), so equal ints have one representation.
//! - `Value::Null` is an internal sentinel (an unbound local, a NULL stack slot); it never
//!   reaches Python code.
//! - `RefCell`s live only inside mutable payloads (list, dict, set, instance dicts, cells,
//!   generators). Never hold a borrow across anything that may run Python code: copy the
//!   `Value`s out first.

pub mod attr;
pub mod builtin_types;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod descr;
pub mod dict;
pub mod dictkeys;
pub mod exc_print;
pub mod exc_suggest;
pub mod exception;
pub mod float;
pub mod format;
pub mod frame_obj;
pub mod function;
pub mod generator;
pub mod genericalias;
pub mod int;
pub mod int_methods;
pub mod isinstance;
pub mod iter;
pub mod list;
pub mod listsort;
pub mod member;
pub mod module;
pub mod ns_util;
pub mod pyhash;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod slotwrap;
pub mod str;
pub mod str_methods;
pub mod traceback_obj;
pub mod tuple;
pub mod typeobj;
pub mod unicode_tables;

use num_bigint::BigInt;
use std::rc::Rc;

pub use self::bytes::PyBytes;
pub use self::cell::PyCell;
pub use self::class::{Instance, PyType};
pub use self::dict::PyDict;
pub use self::exception::ExcType;
pub use self::function::{BoundMethod, BuiltinFunction, Function, NativeFn};
pub use self::list::PyList;
pub use self::module::Module;
pub use self::range::PyRange;
pub use self::set::PySet;
pub use self::slice::PySlice;
pub use self::str::PyStr;
pub use self::tuple::PyTuple;

/// A Python value. 16 bytes: a one-byte tag, then every payload at offset 8
/// (`repr(C, u8)`), so a copy is one plain 16-byte move and a value built as tag + payload can
/// be reloaded whole without a store-forwarding stall. The tag's unused values remain a niche
/// (`Option<Value>` and `PyResult<Value>` stay 16 bytes).
#[derive(Debug, Default)]
#[repr(C, u8)]
pub enum Value {
    /// Internal sentinel: unbound local / NULL stack slot. Never visible to Python code.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside the i64 range.
    Long(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<PyType>),
    /// Instances of user classes, exceptions, and every other native object (iterators,
    /// properties, files, generators...): a class pointer plus a typed payload.
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Code(Rc<crate::bytecode::CodeObject>),
    Cell(Rc<PyCell>),
    /// Generators (and, from issue 4, coroutines and async generators: `PyGen::kind`).
    Gen(Rc<generator::PyGen>),
}

/// The result of anything that can raise.
impl Clone for Value {
    /// Branch-light clone (the derived one dispatches on the tag through a jump table): see
    /// `vm::fastpath::clone_fast`.
    #[inline(always)]
    fn clone(&self) -> Value {
        crate::vm::fastpath::clone_fast(self)
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// A raised exception. Either lazy (a builtin exception type and its args, materialised only
/// when Python code sees it; cheap to create without a `Vm`) or an exception object.
/// Boxed so `PyResult<Value>` stays small.
#[derive(Clone, Debug)]
pub struct PyErr(pub Box<PyErrRepr>);

#[derive(Clone, Debug)]
pub enum PyErrRepr {
    /// `kind(*args)`, not yet materialised.
    Lazy { kind: ExcType, args: Vec<Value> },
    /// An exception instance (`Value::Instance` whose class derives from BaseException).
    Object(Value),
}

impl PyErr {
    /// `kind(msg)`.
    pub fn new(kind: ExcType, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(PyErrRepr::Lazy {
            kind,
            args: vec![Value::str(&msg.into())],
        }))
    }
    /// `kind(*args)`.
    pub fn with_args(kind: ExcType, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(PyErrRepr::Lazy { kind, args }))
    }
    /// An already-materialised exception object.
    pub fn from_object(exc: Value) -> PyErr {
        PyErr(Box::new(PyErrRepr::Object(exc)))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::IndexError, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcType::KeyError, vec![key])
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::OverflowError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::ZeroDivisionError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::AttributeError, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::RuntimeError, msg)
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        PyErr::with_args(ExcType::StopIteration, value.into_iter().collect())
    }
    /// The lazy kind, if this error has not been materialised.
    pub fn lazy_kind(&self) -> Option<ExcType> {
        match &*self.0 {
            PyErrRepr::Lazy { kind, .. } => Some(*kind),
            PyErrRepr::Object(_) => None,
        }
    }
}

impl Value {
    /// A new (non-interned) str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn from_string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }
    /// An int from a BigInt, demoted to `Int` when it fits in i64.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Long(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// Identity (`is`): pointer equality for heap objects, value equality for immediates
    /// (CPython caches small ints and the singletons, so `is` on them is value-like enough).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Long(a), Long(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Gen(a), Gen(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
    /// `id(v)`: the heap address for heap objects; a stable synthetic id for immediates.
    pub fn id(&self) -> usize {
        use Value::*;
        fn p<T: ?Sized>(r: &Rc<T>) -> usize {
            Rc::as_ptr(r) as *const u8 as usize
        }
        match self {
            Null => 0,
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 16,
            Int(i) => 0x2000_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Float(f) => 0x4000_0000_0000usize ^ (f.to_bits() as usize),
            Long(r) => p(r),
            Str(r) => p(r),
            Bytes(r) => p(r),
            Tuple(r) => p(r),
            List(r) => p(r),
            Dict(r) => p(r),
            Set(r) | FrozenSet(r) => p(r),
            Range(r) => p(r),
            Slice(r) => p(r),
            Function(r) => p(r),
            Builtin(r) => p(r),
            BoundMethod(r) => p(r),
            Type(r) => p(r),
            Instance(r) => p(r),
            Module(r) => p(r),
            Code(r) => p(r),
            Cell(r) => p(r),
            Gen(r) => p(r),
        }
    }
}
#[cfg(test)]
mod tests_objects;
