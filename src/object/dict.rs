//! `dict`: an insertion-ordered hash map (IndexMap) keyed by `(hash, key)`. The Python hash
//! is computed by the caller (`Vm::hash`, which may run `__hash__`), so this file never runs
//! Python code. Key equality here is `key_eq`: exact for builtin key types (numbers compare
//! across int/float/bool, strings, bytes, tuples of those) and identity for other objects.
//! Invariant: `version` increases on every insertion or removal so iterators can raise
//! "dictionary changed size during iteration".

use super::{PyStr, Value};
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

/// A dict key with its precomputed Python hash.
#[derive(Clone, Debug)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && key_eq(&self.key, &other.key)
    }
}
impl Eq for DictKey {}

/// Pass-through hasher: the Python hash is already well mixed.
#[derive(Default)]
pub struct PassHasher(u64);
impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_i64(&mut self, i: i64) {
        // Spread the bits: small ints hash to themselves in Python.
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub type Map = IndexMap<DictKey, Value, BuildHasherDefault<PassHasher>>;

/// Equality used for dict/set keys without running Python code.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i128) == (*x as i128),
        (Float(x), Float(y)) => x == y || (x.is_nan() && y.is_nan() && x.to_bits() == y.to_bits()),
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Long(x), Long(y)) => x == y,
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            Rc::ptr_eq(x, y)
                || (x.items.len() == y.items.len()
                    && x.items.iter().zip(y.items.iter()).all(|(p, q)| key_eq(p, q)))
        }
        (FrozenSet(x), FrozenSet(y)) => Rc::ptr_eq(x, y) || x.set_eq(y),
        _ => a.is(b),
    }
}

#[derive(Debug, Default)]
pub struct PyDict {
    pub map: RefCell<Map>,
    pub version: Cell<u64>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }
    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }
    /// Lookup by a key whose Python hash is known.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> Option<Value> {
        let k = DictKey { hash, key: key.clone() };
        self.map.borrow().get(&k).cloned()
    }
    /// Insert or replace; returns the previous value (drop it outside any borrow).
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> Option<Value> {
        let k = DictKey { hash, key };
        let mut m = self.map.borrow_mut();
        let len = m.len();
        let old = m.insert(k, value);
        if m.len() != len {
            drop(m);
            self.bump();
        }
        old
    }
    /// Remove a key, keeping the order of the others; returns the removed value.
    pub fn del_hashed(&self, key: &Value, hash: i64) -> Option<Value> {
        let k = DictKey { hash, key: key.clone() };
        let old = self.map.borrow_mut().shift_remove(&k);
        if old.is_some() {
            self.bump();
        }
        old
    }
    /// Fast path for str keys (globals, attributes, kwargs).
    pub fn get_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        self.get_hashed(&Value::Str(key.clone()), key.hash())
    }
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) -> Option<Value> {
        let h = key.hash();
        self.set_hashed(Value::Str(key), h, value)
    }
    pub fn del_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        self.del_hashed(&Value::Str(key.clone()), key.hash())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map.borrow().iter().map(|(k, v)| (k.key.clone(), v.clone())).collect()
    }
    /// The entry at insertion index `i` (for iterators).
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map.borrow().get_index(i).map(|(k, v)| (k.key.clone(), v.clone()))
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        self.bump();
        drop(old);
    }
}
