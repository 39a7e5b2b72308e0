//! The protocol API natives call back into (`repr`, `hash`, `getattr`, `binary_op`, ...):
//! CPython's abstract object layer (`PyObject_Repr`, `PyNumber_Add`, ...). Owned by the objects
//! helper. Every method may run Python code (dunder methods), so callers must not hold any
//! `RefCell` borrow across them.

use super::Vm;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::class::UnaryKind;
use crate::object::{ExcType, PyErr, PyResult, PyStr, PyType, Value};
use std::rc::Rc;

/// The protocol API for natives. Every method may run Python code (dunder methods), so callers
/// must not hold any `RefCell` borrow across them.
impl Vm {
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

    // --- contract: added by the vm helper (the dispatch loop needs them). ---
    /// `obj[key]` (`PyObject_GetItem`).
    pub fn getitem(&mut self, _obj: &Value, _key: &Value) -> PyResult<Value> {
        Err(PyErr::new(
            ExcType::SystemError,
            "getitem: not implemented yet",
        ))
    }
    /// `obj[key] = value` (`PyObject_SetItem`).
    pub fn setitem(&mut self, _obj: &Value, _key: &Value, _value: Value) -> PyResult<()> {
        Err(PyErr::new(
            ExcType::SystemError,
            "setitem: not implemented yet",
        ))
    }
    /// `del obj[key]` (`PyObject_DelItem`).
    pub fn delitem(&mut self, _obj: &Value, _key: &Value) -> PyResult<()> {
        Err(PyErr::new(
            ExcType::SystemError,
            "delitem: not implemented yet",
        ))
    }
    /// `obj.name = value` (`PyObject_SetAttr`).
    pub fn setattr(&mut self, _obj: &Value, _name: &Rc<PyStr>, _value: Value) -> PyResult<()> {
        Err(PyErr::new(
            ExcType::SystemError,
            "setattr: not implemented yet",
        ))
    }
    /// `del obj.name`.
    pub fn delattr(&mut self, _obj: &Value, _name: &Rc<PyStr>) -> PyResult<()> {
        Err(PyErr::new(
            ExcType::SystemError,
            "delattr: not implemented yet",
        ))
    }
    /// `item in container` (`PySequence_Contains`).
    pub fn contains(&mut self, _container: &Value, _item: &Value) -> PyResult<bool> {
        Err(PyErr::new(
            ExcType::SystemError,
            "contains: not implemented yet",
        ))
    }
    /// `-v`, `+v`, `~v`, `abs(v)` ("bad operand type for unary -: 'str'").
    pub fn unary(&mut self, _v: &Value, _op: UnaryKind) -> PyResult<Value> {
        Err(PyErr::new(
            ExcType::SystemError,
            "unary: not implemented yet",
        ))
    }
    /// `format(v, spec)` (`PyObject_Format`).
    pub fn format(&mut self, _v: &Value, _spec: &str) -> PyResult<Rc<PyStr>> {
        Err(PyErr::new(
            ExcType::SystemError,
            "format: not implemented yet",
        ))
    }
    /// `len(v)`.
    pub fn len(&mut self, _v: &Value) -> PyResult<usize> {
        Err(PyErr::new(ExcType::SystemError, "len: not implemented yet"))
    }
    /// `isinstance(v, t)` for a type `t` (subclass check through the mro; no
    /// `__instancecheck__`).
    pub fn isinstance(&mut self, v: &Value, t: &Rc<PyType>) -> bool {
        let vt = self.type_of(v);
        Rc::ptr_eq(&vt, t) || vt.mro.iter().any(|m| Rc::ptr_eq(m, t))
    }
}
