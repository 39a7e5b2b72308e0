//! The virtual machine: `Vm` owns the frame stack, the builtin types and modules, the
//! handled-exception stack and the output sinks. This file is the *protocol API* every native
//! (builtins, type methods, modules) calls back into; the dispatch loop lives in `eval.rs`.
//!
//! Invariants: a Python-to-Python call pushes a heap frame and never recurses in Rust; the only
//! Rust re-entry is `Vm::call` (and the protocol helpers built on it) from native code, counted
//! against the recursion limit.

use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::{PyResult, PyStr, PyType, Value};
use std::rc::Rc;

pub struct Vm {
    _private: (),
}

/// The protocol API for natives. Every method may run Python code (dunder methods), so callers
/// must not hold any `RefCell` borrow across them.
impl Vm {
    /// `f(*args)`.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }
    /// `f(*args, **kwargs)`.
    pub fn call_kw(&mut self, _f: &Value, _args: &[Value], _kwargs: &[(Rc<PyStr>, Value)]) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// `type(v)`.
    pub fn type_of(&self, _v: &Value) -> Rc<PyType> {
        todo!("vm helper")
    }
    /// `repr(v)`.
    pub fn repr(&mut self, _v: &Value) -> PyResult<Rc<PyStr>> {
        todo!("vm helper")
    }
    /// `str(v)`.
    pub fn str(&mut self, _v: &Value) -> PyResult<Rc<PyStr>> {
        todo!("vm helper")
    }
    /// `hash(v)` ("unhashable type: 'list'").
    pub fn hash(&mut self, _v: &Value) -> PyResult<i64> {
        todo!("vm helper")
    }
    /// `a == b` as a bool (identity implies equality, as in CPython containers).
    pub fn eq(&mut self, _a: &Value, _b: &Value) -> PyResult<bool> {
        todo!("vm helper")
    }
    /// Rich comparison `a op b` (may return any object).
    pub fn compare(&mut self, _a: &Value, _b: &Value, _op: CmpKind) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// `bool(v)`.
    pub fn truthy(&mut self, _v: &Value) -> PyResult<bool> {
        todo!("vm helper")
    }
    /// `a op b` for a binary operator.
    pub fn binary_op(&mut self, _a: &Value, _b: &Value, _op: BinOpKind) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// `iter(v)` ("'int' object is not iterable").
    pub fn iter(&mut self, _v: &Value) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, _it: &Value) -> PyResult<Option<Value>> {
        todo!("vm helper")
    }
    /// `list(v)` as a Vec (fast paths for list/tuple/range/str/dict/set).
    pub fn collect(&mut self, _v: &Value) -> PyResult<Vec<Value>> {
        todo!("vm helper")
    }
    /// `getattr(v, name)`.
    pub fn getattr(&mut self, _v: &Value, _name: &Rc<PyStr>) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// `getattr(v, name, None)`-like: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&mut self, _v: &Value, _name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        todo!("vm helper")
    }
    /// `v.__index__()` as an int value (`Value::Int` or `Value::Long`); TypeError
    /// "'float' object cannot be interpreted as an integer".
    pub fn index(&mut self, _v: &Value) -> PyResult<Value> {
        todo!("vm helper")
    }
    /// Write text to `sys.stdout` / `sys.stderr`.
    pub fn write_stdout(&mut self, _s: &str) -> PyResult<()> {
        todo!("vm helper")
    }
    pub fn write_stderr(&mut self, _s: &str) -> PyResult<()> {
        todo!("vm helper")
    }
}
