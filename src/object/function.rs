//! Callables: Python functions (`Function`: code + globals + defaults + closure), builtin
//! functions implemented in Rust (`BuiltinFunction`), and bound methods.

use super::{PyCell, PyDict, PyStr, PyTuple, Value};
use crate::bytecode::CodeObject;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The native calling convention: positional args (for methods, `args[0]` is self) and
/// keyword args as (name, value) pairs in call order. Natives that take no keywords must
/// raise CPython's "f() takes no keyword arguments" when `kwargs` is non-empty.
pub type NativeFn = fn(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> super::PyResult<Value>;

#[derive(Debug)]
pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Positional defaults (`__defaults__`).
    pub defaults: Option<Rc<PyTuple>>,
    /// Keyword-only defaults (`__kwdefaults__`).
    pub kwdefaults: Option<Rc<PyDict>>,
    /// One cell per `code.freevars` entry.
    pub closure: Option<Box<[Rc<PyCell>]>>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For builtin methods bound at lookup time (`[].append`): the receiver. None for plain
    /// functions and for unbound method descriptors stored in a type dict.
    pub bound: Option<Value>,
    /// The type name for methods (`list` in `<method 'append' of 'list' objects>`), or "".
    pub owner: &'static str,
}

impl std::fmt::Debug for BuiltinFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<builtin {}>", self.name)
    }
}

#[derive(Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
