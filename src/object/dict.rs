//! `dict`: an insertion-ordered hash map (IndexMap) keyed by `(hash, key)`, its slots and
//! methods, and the `dict_keys`/`dict_values`/`dict_items` views. The Python hash is computed
//! by the caller (`Vm::hash`, which may run `__hash__`). `get_hashed`/`set_hashed` never run
//! Python code: their key equality is `key_eq` (exact for builtin key types, identity for other
//! objects). The vm-aware `get_item`/`set_item`/`del_item`/`find_key` add CPython's `__eq__`
//! semantics: same-hash keys needing Python code are collected during the probe and compared
//! with `vm.eq` after the borrow ends.
//! Invariant: `version` increases on every insertion or removal so iterators can raise
//! "dictionary changed size during iteration" / "dictionary keys changed during iteration".

use super::{PyStr, Value};
use indexmap::map::raw_entry_v1::{RawEntryApiV1, RawEntryMut};
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

/// A borrowed lookup key (no refcount traffic on lookups).
struct KeyRef<'a> {
    hash: i64,
    key: &'a Value,
}
impl Hash for KeyRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}
impl indexmap::Equivalent<DictKey> for KeyRef<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        self.hash == k.hash && key_eq(self.key, &k.key)
    }
}

/// A lookup key that also collects same-hash keys whose equality needs Python code.
struct Collect<'a> {
    hash: i64,
    key: &'a Value,
    cands: RefCell<Vec<Value>>,
}
impl Hash for Collect<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}
impl indexmap::Equivalent<DictKey> for Collect<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        if self.hash != k.hash {
            return false;
        }
        match super::set::simple_eq(&k.key, self.key) {
            Some(r) => r,
            None => {
                self.cands.borrow_mut().push(k.key.clone());
                false
            }
        }
    }
}

/// A borrowed lookup key for the vm-aware fast paths: equality without Python code via
/// `simple_eq`; a same-hash stored key needing `__eq__` only sets `slow` (the caller then
/// falls back to `find_key`), so the common probe clones nothing.
struct Probe<'a> {
    hash: i64,
    key: &'a Value,
    slow: Cell<bool>,
}
impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}
impl indexmap::Equivalent<DictKey> for Probe<'_> {
    #[inline]
    fn equivalent(&self, k: &DictKey) -> bool {
        if self.hash != k.hash {
            return false;
        }
        match super::set::simple_eq(&k.key, self.key) {
            Some(r) => r,
            None => {
                self.slow.set(true);
                false
            }
        }
    }
}

/// A borrowed str lookup key (globals, attributes).
struct StrRef<'a> {
    hash: i64,
    s: &'a Rc<PyStr>,
}
impl Hash for StrRef<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}
impl indexmap::Equivalent<DictKey> for StrRef<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        self.hash == k.hash
            && match &k.key {
                Value::Str(y) => Rc::ptr_eq(self.s, y) || self.s.as_str() == y.as_str(),
                _ => false,
            }
    }
}

/// Equality used for dict/set keys without running Python code.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (*x as f64) == *y && (*y as i128) == (*x as i128)
        }
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
                    && x.items
                        .iter()
                        .zip(y.items.iter())
                        .all(|(p, q)| key_eq(p, q)))
        }
        (FrozenSet(x), FrozenSet(y)) => Rc::ptr_eq(x, y) || x.set_eq(y),
        _ => a.is(b),
    }
}

#[derive(Debug, Default)]
pub struct PyDict {
    pub map: RefCell<Map>,
    pub version: Cell<u64>,
    /// The last key probed successfully, by identity: (that key object, the version then, the
    /// entry's index). `if key in d: d[key] += 1` and `d[w] = d.get(w, 0) + 1` probe the same
    /// key object two or three times in a row; while the version is unchanged no entry moved,
    /// so the same object finds the same index without hashing or probing. Only str keys and
    /// tuples of strs/immediates are remembered (holding one of those alive a little longer
    /// cannot be observed: they have no finalisers).
    last: RefCell<Option<(Value, u64, usize)>>,
}

/// Keys `PyDict::last` may hold.
#[inline]
fn rememberable(key: &Value) -> bool {
    match key {
        Value::Str(_) => true,
        Value::Tuple(t) => t.items.iter().all(|v| {
            matches!(
                v,
                Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::None
            )
        }),
        _ => false,
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut());
        if map.is_empty() {
            return;
        }
        let mut items = Vec::with_capacity(map.len() * 2);
        for (k, v) in map {
            items.push(k.key);
            items.push(v);
        }
        super::list::drop_values(items);
    }
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
    /// The index `key` (this very object) was found at by the last probe, if still valid.
    #[inline]
    fn last_index(&self, key: &Value) -> Option<usize> {
        match &*self.last.borrow() {
            Some((k, ver, idx)) if *ver == self.version.get() && k.is(key) => Some(*idx),
            _ => None,
        }
    }
    /// Remember that `key` was found at `idx` (see `last`).
    #[inline]
    fn remember(&self, key: &Value, idx: usize) {
        if rememberable(key) {
            let old = self
                .last
                .replace(Some((key.clone(), self.version.get(), idx)));
            drop(old);
        }
    }
    pub(crate) fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }
    /// Lookup by a key whose Python hash is known.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> Option<Value> {
        self.map.borrow().get(&KeyRef { hash, key }).cloned()
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
        let old = self.map.borrow_mut().shift_remove(&KeyRef { hash, key });
        if old.is_some() {
            self.bump();
        }
        old
    }
    /// Fast path for str keys (globals, attributes, kwargs).
    pub fn get_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        let hash = key.hash();
        self.map.borrow().get(&StrRef { hash, s: key }).cloned()
    }
    /// `get_str` that first tries insertion index `hint` (instances of one class usually share
    /// their attribute order; CPython's LOAD_ATTR_WITH_HINT). Returns a new reference to the
    /// value as 16 opaque bytes, and the index it was found at.
    #[inline]
    pub fn get_str_hinted(
        &self,
        key: &Rc<PyStr>,
        hint: usize,
    ) -> Option<(crate::vm::fastpath::RawValue, usize)> {
        let m = self.map.borrow();
        if let Some((k, v)) = m.get_index(hint) {
            if let Value::Str(ks) = &k.key {
                if Rc::ptr_eq(ks, key) {
                    return Some((crate::vm::fastpath::clone_raw(v), hint));
                }
            }
        }
        let hash = key.hash();
        m.get_full(&StrRef { hash, s: key })
            .map(|(i, _, v)| (crate::vm::fastpath::clone_raw(v), i))
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
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }
    /// The entry at insertion index `i` (for iterators).
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .borrow()
            .get_index(i)
            .map(|(k, v)| (k.key.clone(), v.clone()))
    }
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        self.bump();
        drop(old);
    }
}

// ---------------------------------------------------------------------------------------------
// Slots, methods and views (`dict_keys` / `dict_values` / `dict_items`).

use super::class::{Payload, TypeSlots};
use super::iter::{dict_iter_state, new_iter, DictIterKind, IterState};
use super::{PyErr, PyResult};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;

impl PyDict {
    /// The stored key equal to `key` and its value. Keys whose equality needs Python code
    /// (`__eq__` of user objects) are collected during the probe and compared afterwards with
    /// `vm.eq`, outside any borrow (CPython's `lookdict` calls `PyObject_RichCompare`).
    pub fn find_key(
        &self,
        vm: &mut Vm,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<(Value, Value)>> {
        let c = Collect {
            hash,
            key,
            cands: RefCell::new(Vec::new()),
        };
        let hit = self
            .map
            .borrow()
            .get_key_value(&c)
            .map(|(k, v)| (k.key.clone(), v.clone()));
        if hit.is_some() {
            return Ok(hit);
        }
        for cand in c.cands.into_inner() {
            if vm.eq(&cand, key)? {
                if let Some(v) = self.get_hashed(&cand, hash) {
                    return Ok(Some((cand, v)));
                }
            }
        }
        Ok(None)
    }
    /// `d[key]` with the key hashed by `vm.hash`; `Ok(None)` when missing.
    #[inline]
    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let v = self.lookup(vm, key)?;
        Ok(if v.is_null() { None } else { Some(v) })
    }
    /// `d[key]` with the key hashed by `vm.hash`; `Value::Null` when missing (no `Option`
    /// around the value: the hot callers move it straight into their result).
    pub fn lookup(&self, vm: &mut Vm, key: &Value) -> PyResult<Value> {
        if let Some(i) = self.last_index(key) {
            if let Some((_, v)) = self.map.borrow().get_index(i) {
                return Ok(v.clone());
            }
        }
        let h = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        let p = Probe {
            hash: h,
            key,
            slow: Cell::new(false),
        };
        let found = self
            .map
            .borrow()
            .get_full(&p)
            .map(|(i, _, v)| (i, v.clone()));
        if let Some((i, v)) = found {
            self.remember(key, i);
            return Ok(v);
        }
        if !p.slow.get() {
            return Ok(Value::Null);
        }
        Ok(self.find_key(vm, key, h)?.map_or(Value::Null, |(_, v)| v))
    }
    /// `key in d` (no clone of the key or value on the fast path).
    pub fn contains_item(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        if self.last_index(key).is_some() {
            return Ok(true);
        }
        let h = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        let p = Probe {
            hash: h,
            key,
            slow: Cell::new(false),
        };
        let hit = self.map.borrow().get_index_of(&p);
        if let Some(i) = hit {
            self.remember(key, i);
            return Ok(true);
        }
        if !p.slow.get() {
            return Ok(false);
        }
        Ok(self.find_key(vm, key, h)?.is_some())
    }
    /// `d[key] = value` (an existing equal key keeps its identity, as in CPython).
    #[inline]
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        self.set_item_ref(vm, &key, value)
    }
    /// `d[key] = value` with a borrowed key: cloned only when a new entry is inserted.
    pub fn set_item_ref(&self, vm: &mut Vm, key: &Value, value: Value) -> PyResult<()> {
        if let Some(i) = self.last_index(key) {
            let mut m = self.map.borrow_mut();
            if let Some((_, slot)) = m.get_index_mut(i) {
                let old = std::mem::replace(slot, value);
                drop(m);
                crate::vm::eval::discard(old);
                return Ok(());
            }
        }
        let h = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        // One probe: replace in place when an equal key is found without Python code.
        let p = Probe {
            hash: h,
            key,
            slow: Cell::new(false),
        };
        let mut m = self.map.borrow_mut();
        match m.raw_entry_mut_v1().from_key(&p) {
            RawEntryMut::Occupied(mut e) => {
                let old = std::mem::replace(e.get_mut(), value);
                drop(m);
                crate::vm::eval::discard(old);
                return Ok(());
            }
            RawEntryMut::Vacant(e) => {
                if !p.slow.get() {
                    e.insert(
                        DictKey {
                            hash: h,
                            key: crate::vm::eval::clone_fast(key),
                        },
                        value,
                    );
                    drop(m);
                    self.bump();
                    return Ok(());
                }
            }
        }
        drop(m);
        let key = match self.find_key(vm, key, h)? {
            Some((k, _)) => k,
            None => key.clone(),
        };
        let old = self.set_hashed(key, h, value);
        drop(old);
        Ok(())
    }
    /// `del d[key]`; `Ok(None)` when missing.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        match self.find_key(vm, key, h)? {
            Some((k, _)) => Ok(self.del_hashed(&k, h)),
            None => Ok(None),
        }
    }
    /// A shallow copy.
    pub fn copy(&self) -> PyDict {
        PyDict {
            map: RefCell::new(self.map.borrow().clone()),
            version: Cell::new(0),
            last: RefCell::new(None),
        }
    }
    /// Remove and return the last item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = self.map.borrow_mut().pop();
        if r.is_some() {
            self.bump();
        }
        r.map(|(k, v)| (k.key, v))
    }
}

fn this(v: &Value) -> PyResult<&Rc<PyDict>> {
    match v {
        Value::Dict(d) => Ok(d),
        // An instance of a dict subclass (`dict.pop(od, k)` in `class OD(dict)`): its dict.
        Value::Instance(i) => match &i.payload {
            super::class::Payload::Builtin(Value::Dict(d)) => Ok(d),
            _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn self_and_rest(a: &[Value]) -> PyResult<(&Rc<PyDict>, &[Value])> {
    match a.split_first() {
        Some((s, rest)) => Ok((this(s)?, rest)),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let d = this(v)?.clone();
    if d.is_empty() {
        return Ok("{}".into());
    }
    if !super::list::repr_enter(vm, v)? {
        return Ok("{...}".into());
    }
    let r = (|| {
        let mut out = String::from("{");
        let mut i = 0;
        while let Some((k, x)) = d.entry_at(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(&k)?.as_str());
            out.push_str(": ");
            out.push_str(vm.repr(&x)?.as_str());
            i += 1;
        }
        out.push('}');
        Ok(out)
    })();
    super::list::repr_leave(v);
    r
}

/// `dict_equal`: same size and every key maps to an equal value.
pub fn dict_equal(vm: &mut Vm, a: &Rc<PyDict>, b: &Rc<PyDict>) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        let Some(w) = b.get_item(vm, &k)? else {
            return Ok(false);
        };
        if !(v.is(&w) || vm.eq(&v, &w)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    // Either side may be a dict subclass instance (its dict payload compares).
    let (Ok(x), Ok(y)) = (this(a), this(b)) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (x.clone(), y.clone());
    let (x, y) = (&x, &y);
    match op {
        CmpKind::Eq => Ok(Value::Bool(dict_equal(vm, x, y)?)),
        CmpKind::Ne => Ok(Value::Bool(!dict_equal(vm, x, y)?)),
        _ => Ok(Value::NotImplemented),
    }
}

fn dict_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    match op {
        BinOpKind::Or => match (a, b) {
            (Value::Dict(x), Value::Dict(y)) => {
                let d = Rc::new(x.copy());
                dict_merge(vm, &d, b)?;
                let _ = y;
                Ok(Value::Dict(d))
            }
            _ => Ok(Value::NotImplemented),
        },
        BinOpKind::InplaceOr => match a {
            Value::Dict(x) => {
                dict_update_arg(vm, x, b)?;
                Ok(a.clone())
            }
            _ => Ok(Value::NotImplemented),
        },
        _ => Ok(Value::NotImplemented),
    }
}

fn dict_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v)?.len())
}

fn dict_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let d = this(v)?;
    let x = d.lookup(vm, key)?;
    if x.is_null() {
        return Err(PyErr::key_error(key.clone()));
    }
    Ok(x)
}

fn dict_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let d = this(v)?.clone();
    match value {
        Some(x) => d.set_item(vm, key.clone(), x),
        None => match d.del_item(vm, key)? {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(PyErr::key_error(key.clone())),
        },
    }
}

fn dict_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let d = this(v)?;
    d.contains_item(vm, key)
}

fn dict_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = this(v)?;
    Ok(new_iter(dict_iter_state(d, DictIterKind::Keys)))
}

/// `dict_merge(a, b, override=1)`: `b` is a dict or a mapping with `keys()`.
pub fn dict_merge(vm: &mut Vm, d: &Rc<PyDict>, other: &Value) -> PyResult<()> {
    if let Value::Dict(o) = other {
        if Rc::ptr_eq(d, o) {
            return Ok(());
        }
        let entries: Vec<(DictKey, Value)> = o
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            let key = match &k.key {
                Value::Str(_) | Value::Int(_) => k.key,
                _ => match d.find_key(vm, &k.key, k.hash)? {
                    Some((existing, _)) => existing,
                    None => k.key,
                },
            };
            let old = d.set_hashed(key, k.hash, v);
            drop(old);
        }
        return Ok(());
    }
    let keys_name = super::str::intern("keys");
    let keys = vm.getattr(other, &keys_name)?;
    let keys = vm.call(&keys, &[])?;
    let keys = vm.collect(&keys)?;
    for k in keys {
        let v = vm.getitem(other, &k)?;
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

/// `dict_merge_from_seq2`: an iterable of key/value pairs.
pub fn dict_merge_seq2(vm: &mut Vm, d: &Rc<PyDict>, seq: &Value) -> PyResult<()> {
    let it = vm.iter(seq)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.to_vec(),
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_) => match vm.collect(&item) {
                Ok(v) => v,
                Err(e) if args::err_is(vm, &e, super::ExcType::TypeError) => {
                    return Err(PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
                Err(e) => return Err(e),
            },
            _ => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().unwrap_or(Value::None),
            pair.next().unwrap_or(Value::None),
        );
        d.set_item(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

/// The positional argument of `dict(x)` / `d.update(x)` / `d |= x`.
pub fn dict_update_arg(vm: &mut Vm, d: &Rc<PyDict>, arg: &Value) -> PyResult<()> {
    if let Value::Dict(_) = arg {
        return dict_merge(vm, d, arg);
    }
    let keys_name = super::str::intern("keys");
    let has_keys = match arg {
        Value::Instance(_) | Value::Module(_) | Value::Type(_) => {
            vm.getattr_opt(arg, &keys_name)?.is_some()
        }
        _ => false,
    };
    if has_keys {
        dict_merge(vm, d, arg)
    } else {
        dict_merge_seq2(vm, d, arg)
    }
}

/// `dict(**kwargs)`, `dict(mapping, **kwargs)`, `dict(iterable, **kwargs)`.
pub fn dict_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::check_positional("dict", a.len(), 0, 1)?;
    let d = Rc::new(PyDict::new());
    if let Some(arg) = a.first() {
        dict_update_arg(vm, &d, arg)?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::Dict(d))
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(dict_repr),
        hash_none: true,
        richcompare: Some(dict_richcompare),
        binary_op: Some(dict_binary_op),
        len: Some(dict_len),
        getitem: Some(dict_getitem),
        setitem: Some(dict_setitem),
        contains: Some(dict_contains),
        iter: Some(dict_iter),
        new: Some(dict_new),
        ..Default::default()
    }
}

fn dict_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::positional("get", rest, kw, 1, 2)?;
    // `a` is owned by the caller for the whole call: no guard clone of the dict needed.
    let v = d.lookup(vm, &rest[0])?;
    if v.is_null() {
        return Ok(rest.get(1).map_or(Value::None, crate::vm::eval::clone_fast));
    }
    Ok(v)
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::positional("setdefault", rest, kw, 1, 2)?;
    let d = d.clone();
    let h = vm.hash(&rest[0])?;
    if let Some((_, v)) = d.find_key(vm, &rest[0], h)? {
        return Ok(v);
    }
    let dflt = rest.get(1).cloned().unwrap_or(Value::None);
    d.set_hashed(rest[0].clone(), h, dflt.clone());
    Ok(dflt)
}

fn dict_pop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::positional("pop", rest, kw, 1, 2)?;
    let d = d.clone();
    match d.del_item(vm, &rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(PyErr::key_error(rest[0].clone())),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.popitem", rest, kw)?;
    match d.pop_last() {
        Some((k, v)) => Ok(crate::object::tuple::pair_value(k, v)),
        None => Err(PyErr::key_error(Value::str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn dict_update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::check_positional("update", rest.len(), 0, 1)?;
    let d = d.clone();
    if let Some(arg) = rest.first() {
        dict_update_arg(vm, &d, arg)?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

fn dict_copy(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.copy", rest, kw)?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn dict_clear(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.clear", rest, kw)?;
    d.clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; `args[0]` is the class (or an instance).
fn dict_fromkeys(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    // Installed as a classmethod: the class comes first (`dict.fromkeys(d)` iterates `d`).
    let rest = if matches!(a.first(), Some(Value::Type(_))) {
        &a[1..]
    } else {
        a
    };
    args::positional("fromkeys", rest, kw, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    if let Some(Value::Type(t)) = a.first() {
        if !Rc::ptr_eq(t, &vm.types.dict) {
            // A subclass: `cls()` filled through `__setitem__`, as CPython's dict_fromkeys.
            let obj = vm.call(&a[0], &[])?;
            let it = vm.iter(&rest[0])?;
            while let Some(k) = vm.next(&it)? {
                vm.setitem(&obj, &k, value.clone())?;
            }
            return Ok(obj);
        }
    }
    let d = Rc::new(PyDict::new());
    let it = vm.iter(&rest[0])?;
    while let Some(k) = vm.next(&it)? {
        d.set_item(vm, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn make_view(d: &Rc<PyDict>, kind: DictIterKind) -> Value {
    let name = match kind {
        DictIterKind::Keys => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    };
    let methods = if kind == DictIterKind::Values {
        VALUES_METHODS
    } else {
        VIEW_METHODS
    };
    let t = args::native_type(name, methods);
    args::new_native(
        t,
        Payload::Native(RefCell::new(Box::new(DictView {
            dict: d.clone(),
            kind,
        }))),
    )
}

fn dict_keys(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.keys", rest, kw)?;
    Ok(make_view(d, DictIterKind::Keys))
}
fn dict_values(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.values", rest, kw)?;
    Ok(make_view(d, DictIterKind::Values))
}
fn dict_items(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (d, rest) = self_and_rest(a)?;
    args::no_args("dict.items", rest, kw)?;
    Ok(make_view(d, DictIterKind::Items))
}
fn dict_reversed(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, _) = self_and_rest(a)?;
    Ok(new_iter(IterState::DictRev {
        dict: d.clone(),
        idx: d.len(),
        len: d.len(),
        kind: DictIterKind::Keys,
    }))
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__reversed__", dict_reversed),
];

/// Class methods (`dict.fromkeys`): `args[0]` is the class.
pub const CLASSMETHODS: &[(&str, crate::object::NativeFn)] = &[("fromkeys", dict_fromkeys)];

pub const GETSETS: &[(&str, super::class::Getter)] = &[];

/// The payload of `dict_keys` / `dict_values` / `dict_items`.
pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: DictIterKind,
}

/// The dict and kind of a dict view object.
pub fn view_of(v: &Value) -> Option<(Rc<PyDict>, DictIterKind)> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(n) = &i.payload else {
        return None;
    };
    let b = n.borrow();
    b.downcast_ref::<DictView>()
        .map(|dv| (dv.dict.clone(), dv.kind))
}

fn view_this(a: &[Value]) -> PyResult<(Rc<PyDict>, DictIterKind)> {
    a.first()
        .and_then(view_of)
        .ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

fn view_iter(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = view_this(a)?;
    Ok(new_iter(dict_iter_state(&d, kind)))
}
fn view_reversed(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = view_this(a)?;
    Ok(new_iter(IterState::DictRev {
        idx: d.len(),
        len: d.len(),
        dict: d,
        kind,
    }))
}
fn view_len(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, _) = view_this(a)?;
    Ok(Value::Int(d.len() as i64))
}
fn view_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = view_this(a)?;
    let name = match kind {
        DictIterKind::Keys => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    };
    if !super::list::repr_enter(vm, &a[0])? {
        return Ok(Value::from_string("...".into()));
    }
    let items = match kind {
        DictIterKind::Keys => d.keys(),
        DictIterKind::Values => d.values(),
        DictIterKind::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| crate::object::tuple::pair_value(k, v))
            .collect(),
    };
    let r = vm.repr(&Value::list(items));
    super::list::repr_leave(&a[0]);
    Ok(Value::from_string(format!("{name}({})", r?.as_str())))
}
fn view_contains(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (d, kind) = view_this(a)?;
    let x = a
        .get(1)
        .ok_or_else(|| PyErr::type_error("expected 1 argument"))?;
    let r = match kind {
        DictIterKind::Keys => d.get_item(vm, x)?.is_some(),
        DictIterKind::Items => match x {
            Value::Tuple(t) if t.items.len() == 2 => match d.get_item(vm, &t.items[0])? {
                Some(v) => v.is(&t.items[1]) || vm.eq(&v, &t.items[1])?,
                None => false,
            },
            _ => false,
        },
        DictIterKind::Values => {
            let mut found = false;
            for v in d.values() {
                if v.is(x) || vm.eq(&v, x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Value::Bool(r))
}

/// `dictviews_to_set`: a new set from a view (a keys view of a dict takes the dict fast path).
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match view_of(v) {
        Some((d, DictIterKind::Keys)) => {
            super::set_methods::set_from_iterable(vm, &Value::Dict(d), false)
        }
        _ => super::set_methods::set_from_iterable(vm, v, false),
    }
}

/// `dictkeys_contains` / `dictitems_contains`.
fn view_has(vm: &mut Vm, d: &Rc<PyDict>, kind: DictIterKind, x: &Value) -> PyResult<bool> {
    match kind {
        DictIterKind::Items => match x {
            Value::Tuple(t) if t.items.len() == 2 => match d.get_item(vm, &t.items[0])? {
                Some(v) => Ok(v.is(&t.items[1]) || vm.eq(&v, &t.items[1])?),
                None => Ok(false),
            },
            _ => Ok(false),
        },
        _ => Ok(d.get_item(vm, x)?.is_some()),
    }
}

/// `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if view_of(a).is_some() {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let Some((d, _)) = view_of(&this) else {
        return Ok(Value::NotImplemented);
    };
    let len_self = d.len();
    if let Value::Set(_) = &other {
        if len_self <= vm.len(&other)? {
            let m = vm.getattr(&other, &super::str::intern("intersection"))?;
            return vm.call(&m, &[this]);
        }
    }
    if let Some((od, _)) = view_of(&other) {
        if od.len() > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let Some((d, kind)) = view_of(&this) else {
        return Ok(Value::NotImplemented);
    };
    let result = Rc::new(super::PySet::new());
    let it = vm.iter(&other)?;
    while let Some(k) = vm.next(&it)? {
        if view_has(vm, &d, kind, &k)? {
            let h = vm.hash(&k)?;
            result.add_entry(vm, k, h)?;
        }
    }
    Ok(Value::Set(result))
}

fn view_setop(vm: &mut Vm, a: &[Value], op: BinOpKind, reflected: bool) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    // Operands in expression order.
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if op == BinOpKind::And {
        return view_intersect(vm, l, r);
    }
    let is_iterable = |vm: &mut Vm, v: &Value| view_of(v).is_some() || vm.iter(v).is_ok();
    if !is_iterable(vm, l) || !is_iterable(vm, r) {
        return Ok(Value::NotImplemented);
    }
    let result = view_to_set(vm, l)?;
    let Value::Set(rs) = &result else {
        return Ok(Value::NotImplemented);
    };
    let rs = rs.clone();
    match op {
        BinOpKind::Or => super::set_methods::set_update_internal(vm, &rs, r)?,
        BinOpKind::Subtract => super::set_methods::difference_update_internal(vm, &rs, r)?,
        _ => super::set_methods::symmetric_difference_update(vm, &rs, r)?,
    }
    Ok(result)
}
fn view_and(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::And, false)
}
fn view_or(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Or, false)
}
fn view_sub(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Subtract, false)
}
fn view_xor(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Xor, false)
}
fn view_rand(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::And, true)
}
fn view_ror(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Or, true)
}
fn view_rsub(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Subtract, true)
}
fn view_rxor(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_setop(vm, a, BinOpKind::Xor, true)
}
fn view_cmp(vm: &mut Vm, a: &[Value], op: CmpKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    let is_setlike = |v: &Value| {
        matches!(v, Value::Set(_) | Value::FrozenSet(_))
            || matches!(view_of(v), Some((_, k)) if k != DictIterKind::Values)
    };
    if !is_setlike(y) {
        return Ok(Value::NotImplemented);
    }
    let xs = view_to_set(vm, x)?;
    let ys = view_to_set(vm, y)?;
    vm.compare(&xs, &ys, op)
}
fn view_eq(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Eq)
}
fn view_ne(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Ne)
}
fn view_le(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Le)
}
fn view_lt(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Lt)
}
fn view_ge(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Ge)
}
fn view_gt(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    view_cmp(vm, a, CmpKind::Gt)
}
fn view_isdisjoint(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error(
            "isdisjoint() takes exactly one argument (0 given)",
        ));
    };
    let xs = view_to_set(vm, x)?;
    let ys = view_to_set(vm, y)?;
    let inter = vm.binary_op(&xs, &ys, BinOpKind::And)?;
    Ok(Value::Bool(vm.len(&inter)? == 0))
}

/// Methods of `dict_keys` / `dict_items` (set-like views).
pub const VIEW_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__iter__", view_iter),
    ("__reversed__", view_reversed),
    ("__len__", view_len),
    ("__repr__", view_repr),
    ("__contains__", view_contains),
    ("__and__", view_and),
    ("__or__", view_or),
    ("__sub__", view_sub),
    ("__xor__", view_xor),
    ("__rand__", view_rand),
    ("__ror__", view_ror),
    ("__rsub__", view_rsub),
    ("__rxor__", view_rxor),
    ("__eq__", view_eq),
    ("__ne__", view_ne),
    ("__le__", view_le),
    ("__lt__", view_lt),
    ("__ge__", view_ge),
    ("__gt__", view_gt),
    ("isdisjoint", view_isdisjoint),
];

/// Methods of `dict_values` (not set-like).
pub const VALUES_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__iter__", view_iter),
    ("__reversed__", view_reversed),
    ("__len__", view_len),
    ("__repr__", view_repr),
    ("__contains__", view_contains),
];
