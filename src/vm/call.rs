//! Calling: argument binding for Python functions with CPython's messages; calling natives,
//! classes and bound methods. `call`/`call_kw` are the only Rust re-entry into the VM.

use super::Vm;
use crate::object::{PyResult, PyStr, Value};
use std::rc::Rc;

impl Vm {
    /// `f(*args)`.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }
    /// `f(*args, **kwargs)`.
    pub fn call_kw(
        &mut self,
        _f: &Value,
        _args: &[Value],
        _kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        todo!("vm helper")
    }
}
