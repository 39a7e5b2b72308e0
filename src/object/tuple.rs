//! `tuple`: an immutable sequence payload and its methods.

use super::Value;

#[derive(Debug)]
pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items: items.into_boxed_slice() }
    }
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }
}
