//! `set` / `frozenset`. Iteration order must match CPython's `Objects/setobject.c` hash table
//! (table size, linear probes, perturbation), because golden output prints sets.

use super::Value;
use std::cell::RefCell;

/// Placeholder storage: (hash, key) pairs. To be replaced by a CPython-order hash table.
#[derive(Debug, Default)]
pub struct PySet {
    pub table: RefCell<Vec<(i64, Value)>>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Set equality without running Python code (same size, every key of one in the other).
    pub fn set_eq(&self, other: &PySet) -> bool {
        let a = self.table.borrow();
        let b = other.table.borrow();
        a.len() == b.len()
            && a.iter().all(|(h, k)| b.iter().any(|(h2, k2)| h == h2 && super::dict::key_eq(k, k2)))
    }
}
