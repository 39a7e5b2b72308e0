//! Cells: the heap boxes that closures share (CPython's `PyCellObject`). A frame never hands
//! out pointers into itself, so generator frames can move freely.

use super::Value;
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyCell {
    /// `Value::Null` when empty (unbound).
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> PyCell {
        PyCell { value: RefCell::new(v) }
    }
    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Value) {
        // Take the old value out before dropping it: its drop may run Python finalizers.
        let old = std::mem::replace(&mut *self.value.borrow_mut(), v);
        drop(old);
    }
}
