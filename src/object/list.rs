//! `list`: a mutable sequence payload and its methods. Invariant: never hold `items` borrowed
//! across a call that may run Python code (sort keys, `__eq__`, `__repr__`).

use super::Value;
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList { items: RefCell::new(items) }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
}
