//! `dict`: `PyDict` (a `DictKeys` compact table, see `dictkeys.rs`, plus a version), the
//! remembered last probe (`LAST`), its slots and methods, and the
//! `dict_keys`/`dict_values`/`dict_items` views. The Python hash is computed by the caller
//! (`Vm::hash`, which may run `__hash__`). `get_hashed`/`set_hashed`/`del_hashed` never run
//! Python code: their key equality is `key_eq` (exact for builtin key types, identity for other
//! objects). The vm-aware `lookup`/`set_item`/`del_item`/`find_key` add CPython's `__eq__`
//! semantics through `lookdict` (`_Py_dict_lookup`): the probe stops at a same-hash key whose
//! equality needs Python code, the borrow ends, `vm.eq(stored, key)` runs, and the probe
//! resumes, or restarts when the comparison rebuilt the table or replaced that key.
//! Invariants: `version` changes on every insertion or removal and is drawn from one
//! per-thread counter (`NEXT_VERSION`), so a (dict, version) pair names one state of one dict
//! for the life of the thread, even when a freed dict's address is reused: an entry index seen
//! at one version is valid while the version is unchanged, which the LOAD_GLOBAL/attribute
//! caches and `LAST` rely on. An empty dict may keep version 0. A dict marked as a type's
//! namespace (`TYPE_DICT` bit, kept across bumps) also advances `TYPE_EPOCH` on every change,
//! value replacements included, before the replaced value is dropped (the attribute caches of
//! `vm/attrcache.rs`). No `RefCell` borrow of `keys` is held across Python code or a drop of
//! a removed value.

use super::dictkeys::{Cmp, Cursor, DictKeys, Entry, Step};
use super::{PyStr, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

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

/// The probe comparison of the vm-aware paths: `simple_eq(stored, key)`, `Cmp::Slow` when
/// Python `__eq__` is needed.
#[inline(always)]
fn simple_cmp(key: &Value) -> impl FnMut(&Entry) -> Cmp + '_ {
    move |e| {
        // Two strs (the common case) without the call.
        if let (Value::Str(x), Value::Str(y)) = (&*e.key(), key) {
            return if Rc::ptr_eq(x, y) || x.as_str() == y.as_str() {
                Cmp::Eq
            } else {
                Cmp::Ne
            };
        }
        match super::set::simple_eq(&*e.key(), key) {
            Some(true) => Cmp::Eq,
            Some(false) => Cmp::Ne,
            None => Cmp::Slow,
        }
    }
}

/// A str key compared by identity, then by text.
#[inline(always)]
fn str_eq(s: &Rc<PyStr>) -> impl FnMut(&Value) -> bool + '_ {
    move |k| match k {
        Value::Str(y) => Rc::ptr_eq(s, y) || s.as_str() == y.as_str(),
        _ => false,
    }
}

#[derive(Debug, Default)]
pub struct PyDict {
    /// The table (CPython's `ma_keys` plus `ma_used`).
    pub keys: RefCell<DictKeys>,
    pub version: Cell<u64>,
}

/// The last key probed in some dict, by identity (`LAST`).
struct LastProbe {
    dict: *const PyDict,
    /// The dict's version then; `| MISSED` when the key was missing.
    tag: u64,
    key: Value,
    /// The entry index after a hit, the key's hash after a miss.
    data: i64,
}

thread_local! {
    /// Every dict version comes from here (see the module invariants).
    static NEXT_VERSION: Cell<u64> = const { Cell::new(0) };
    /// The last probe: `if key in d: d[key] += 1`, `d[w] = d.get(w, 0) + 1`,
    /// `if k not in d: d[k] = v` and `for k in d: d[k]` (the key iterator remembers each key
    /// it yields) probe one dict with one key object two or three times in a row; while the
    /// dict's version is unchanged no entry moved, so the same object finds the same index
    /// (or inserts with the same hash) without hashing or probing. Only str keys and tuples of
    /// strs/immediates are remembered (holding one of those alive a little longer cannot be
    /// observed: they have no finalisers). One slot per thread rather than one per dict keeps
    /// every dict (and so every instance) 40 bytes smaller.
    static LAST: RefCell<Option<LastProbe>> = const { RefCell::new(None) };
}

/// Marks a remembered miss in `LastProbe::tag` (versions never reach bit 63).
const MISSED: u64 = 1 << 63;

/// Version bit of a dict that is (or was) a type's `__dict__` (`PyDict::mark_type_dict`):
/// every change to such a dict, value replacements included, and its drop advance
/// `TYPE_EPOCH`. Kept through `bump`; counter versions never reach bit 62.
pub const TYPE_DICT: u64 = 1 << 62;

/// CPython's type version tags, made global: advanced on every change to a marked type dict
/// (see `TYPE_DICT`) and when a type is dropped, so an attribute cache entry stamped with the
/// epoch at fill time stays exact while the epoch is unchanged: no dict along the MRO it
/// looked at gained, lost or rebound a key, and no type was freed (its address reused).
/// Shared by all threads (a bump only ever invalidates more).
pub static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The current type epoch (see `TYPE_EPOCH`).
#[inline(always)]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidate every attribute cache entry (see `TYPE_EPOCH`).
#[inline(never)]
pub fn type_epoch_bump() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// A version no dict has had yet.
#[inline]
fn fresh_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// The remembered probe's data if it was `key` (this very object) in `dict` at `tag`.
#[inline(always)]
fn last_probe(dict: &PyDict, tag: u64, key: &Value) -> Option<i64> {
    LAST.try_with(|l| match &*l.borrow() {
        Some(p) if p.tag == tag && std::ptr::eq(p.dict, dict) && p.key.is(key) => Some(p.data),
        _ => None,
    })
    .ok()
    .flatten()
}

/// Remember a probe (see `LAST`).
#[inline(always)]
fn set_last_probe(dict: &PyDict, tag: u64, key: &Value, data: i64) {
    if rememberable(key) {
        let new = LastProbe {
            dict,
            tag,
            key: key.clone(),
            data,
        };
        let old = LAST.try_with(|l| l.borrow_mut().replace(new));
        drop(old);
    }
}

/// Keys `LAST` may hold.
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

/// Drop a table's keys and values flat (`list::drop_values`), so deeply nested containers
/// cannot overflow the Rust stack.
fn drop_keys(t: DictKeys) {
    if t.is_empty() {
        return;
    }
    // Entries are released in order, key then value (CPython's `free_keys_object`).
    if !t
        .iter()
        .any(|e| super::list::may_nest(&e.key()) || super::list::may_nest(&e.value()))
    {
        drop(t);
        return;
    }
    super::list::drop_nested(t, |t, parked| {
        for e in t.into_entries() {
            let (_, k, v) = e.into_parts();
            parked.push(k);
            parked.push(v);
        }
    });
}

impl Drop for PyDict {
    fn drop(&mut self) {
        self.type_changed();
        drop_keys(std::mem::take(self.keys.get_mut()));
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
    /// The value under the str key whose text is `s`, found by a scan (for small dicts such
    /// as a function's `__kwdefaults__`, looked up by parameter name: no interning, no hash).
    pub fn get_by_str(&self, s: &str) -> Option<Value> {
        let t = self.keys.borrow();
        let found = t.iter().find_map(|e| match &*e.key() {
            Value::Str(k) if k.as_str() == s => Some((*e.value()).clone()),
            _ => None,
        });
        found
    }
    /// An instance's empty `__dict__` with room for the `n` attributes its class's instances
    /// last had (`PyType::attrs_hint`): one allocation of exactly `n` entries.
    pub fn for_instance(n: usize) -> PyDict {
        if n == 0 {
            return PyDict::new();
        }
        PyDict::from_keys(DictKeys::with_entries(n))
    }
    /// The number of items, or 0 while the table is borrowed.
    #[inline]
    pub fn len_if_free(&self) -> usize {
        self.keys.try_borrow().map(|k| k.len()).unwrap_or(0)
    }
    /// An empty dict with room for `n` entries (`_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> PyDict {
        PyDict::from_keys(DictKeys::with_capacity(n))
    }
    fn from_keys(keys: DictKeys) -> PyDict {
        PyDict {
            keys: RefCell::new(keys),
            version: Cell::new(fresh_version()),
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.keys.borrow().len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.keys.borrow().is_empty()
    }
    /// Entry positions (live or deleted) iterators may visit: `dk_nentries`.
    pub fn nentries(&self) -> usize {
        self.keys.borrow().nentries()
    }
    /// The index `key` (this very object) was found at by the last probe, if still valid.
    #[inline]
    fn last_index(&self, key: &Value) -> Option<usize> {
        last_probe(self, self.version.get(), key).map(|i| i as usize)
    }
    /// The hash of `key` (this very object) if the last probe found it missing and nothing
    /// changed since.
    #[inline]
    fn last_miss(&self, key: &Value) -> Option<i64> {
        last_probe(self, self.version.get() | MISSED, key)
    }
    /// Remember that `key` was found at `idx` (see `LAST`).
    #[inline]
    fn remember(&self, key: &Value, idx: usize) {
        set_last_probe(self, self.version.get(), key, idx as i64);
    }
    /// Remember that `key` (with hash `hash`) is missing (see `LAST`).
    #[inline]
    fn remember_miss(&self, key: &Value, hash: i64) {
        set_last_probe(self, self.version.get() | MISSED, key, hash);
    }
    pub(crate) fn bump(&self) {
        let marked = self.version.get() & TYPE_DICT;
        self.version.set(fresh_version() | marked);
        self.type_changed();
    }
    /// Mark this dict as a type's namespace (see `TYPE_DICT`): from now on its changes
    /// advance `TYPE_EPOCH`. Attribute caches mark every dict they depend on before filling.
    #[inline]
    pub fn mark_type_dict(&self) {
        if self.version.get() & TYPE_DICT == 0 {
            self.version.set(fresh_version() | TYPE_DICT);
        }
    }
    /// Advance `TYPE_EPOCH` if this is a marked type dict (any change: insertion, removal,
    /// value replacement; called before the replaced value is dropped).
    #[inline(always)]
    fn type_changed(&self) {
        if self.version.get() & TYPE_DICT != 0 {
            type_epoch_bump();
        }
    }
    /// Lookup by a key whose Python hash is known.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> Option<Value> {
        let t = self.keys.borrow();
        let i = t.find(hash, |k| key_eq(k, key))?;
        t.entry(i).map(|e| (*e.value()).clone())
    }
    /// Insert or replace; returns the previous value (drop it outside any borrow).
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> Option<Value> {
        let mut t = self.keys.borrow_mut();
        if let Some(i) = t.find(hash, |k| key_eq(k, &key)) {
            let old = t.entry_mut(i).map(|e| e.replace_value(value));
            drop(t);
            self.type_changed();
            return old;
        }
        t.insert_new(hash, key, value);
        drop(t);
        self.bump();
        None
    }
    /// Remove a key, keeping the order of the others; returns the removed value.
    pub fn del_hashed(&self, key: &Value, hash: i64) -> Option<Value> {
        let removed = {
            let mut t = self.keys.borrow_mut();
            let i = t.find(hash, |k| key_eq(k, key))?;
            t.remove_at(i)
        };
        let (k, v) = removed?;
        self.bump();
        drop(k);
        Some(v)
    }
    /// Fast path for str keys (globals, attributes, kwargs).
    pub fn get_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        let t = self.keys.borrow();
        let i = t.find(key.hash(), str_eq(key))?;
        t.entry(i).map(|e| (*e.value()).clone())
    }
    /// `get_str` with the entry index and whether the stored key is this very string object
    /// (the LOAD_GLOBAL / type-attribute caches re-validate a cached index by pointer).
    pub fn get_str_full(&self, key: &Rc<PyStr>) -> Option<(usize, Value, bool)> {
        let t = self.keys.borrow();
        let i = t.find(key.hash(), str_eq(key))?;
        t.entry(i).map(|e| {
            let same = matches!(&*e.key(), Value::Str(s) if Rc::ptr_eq(s, key));
            (i, (*e.value()).clone(), same)
        })
    }
    /// `get_str` that first tries entry index `hint` (instances of one class usually share
    /// their attribute order; CPython's LOAD_ATTR_WITH_HINT). Returns a new reference to the
    /// value as 16 opaque bytes, and the index it was found at.
    #[inline]
    pub fn get_str_hinted(
        &self,
        key: &Rc<PyStr>,
        hint: usize,
    ) -> Option<(crate::vm::fastpath::RawValue, usize)> {
        let t = self.keys.borrow();
        if let Some(e) = t.entry(hint) {
            if let Value::Str(ks) = &*e.key() {
                if Rc::ptr_eq(ks, key) {
                    return Some((crate::vm::fastpath::clone_raw(&*e.value()), hint));
                }
            }
        }
        let i = t.find(key.hash(), str_eq(key))?;
        t.entry(i)
            .map(|e| (crate::vm::fastpath::clone_raw(&*e.value()), i))
    }
    /// LOAD_ATTR's instance-dict read: pushes a new reference to the value of `key` onto
    /// `values` (entry `hint` is tried first: its key is this very string object) and returns
    /// the entry index, or None (nothing pushed) when the key is missing.
    #[inline(always)]
    pub fn push_str_hinted(
        &self,
        key: &Rc<PyStr>,
        hint: usize,
        values: &mut Vec<Value>,
    ) -> Option<usize> {
        // SAFETY: the table is only read; nothing below can run code or mutate the dict
        // (`push_value` takes a reference count and writes the stack).
        let t = unsafe { self.keys.try_borrow_unguarded() }.ok()?;
        if let Some(e) = t.entry(hint) {
            if e.key_is_str(key) {
                e.push_value(values);
                return Some(hint);
            }
        }
        self.push_str_probe(key, values)
    }
    #[inline(never)]
    fn push_str_probe(&self, key: &Rc<PyStr>, values: &mut Vec<Value>) -> Option<usize> {
        let t = self.keys.borrow();
        let i = t.find(key.hash(), str_eq(key))?;
        t.entry(i)?.push_value(values);
        Some(i)
    }
    /// Push a new reference to the value at entry index `i` onto `values` if its key is this
    /// very string object (the LOAD_GLOBAL cache's re-validation; one 16-byte store).
    #[inline(always)]
    pub fn push_at_if_key(&self, i: usize, key: &Rc<PyStr>, values: &mut Vec<Value>) -> bool {
        // SAFETY: the table is only read; pushing takes a reference count and runs no code.
        let Ok(t) = (unsafe { self.keys.try_borrow_unguarded() }) else {
            return false;
        };
        match t.entry(i) {
            Some(e) if e.key_is_str(key) => {
                e.push_value(values);
                true
            }
            _ => false,
        }
    }
    /// Whether `key` is in the dict (a str key; no value cloned).
    #[inline(always)]
    pub fn contains_str(&self, key: &Rc<PyStr>) -> bool {
        // SAFETY: the table is only read, and the comparison runs no code.
        match unsafe { self.keys.try_borrow_unguarded() } {
            Ok(t) => !t.is_empty() && t.find(key.hash(), str_eq(key)).is_some(),
            Err(_) => self.get_str(key).is_some(),
        }
    }
    /// `f` of the value at entry index `i` if its key is this very string object (the
    /// caches' re-validation of a remembered index).
    #[inline(always)]
    pub fn with_value_at_if_key<R>(
        &self,
        i: usize,
        key: &Rc<PyStr>,
        f: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        let t = self.keys.borrow();
        let e = t.entry(i)?;
        match &*e.key() {
            Value::Str(ks) if Rc::ptr_eq(ks, key) => Some(f(&*e.value())),
            _ => None,
        }
    }
    /// `set_str` that first tries entry index `hint` (STORE_ATTR's per-site hint): replaces the
    /// value in place when the key there is this very string. The replaced value is dropped
    /// after the store (CPython's order); returns the entry index the key now has.
    #[inline(always)]
    pub fn set_str_hinted(&self, key: &Rc<PyStr>, hint: usize, value: Value) -> usize {
        // SAFETY: no other borrow is live (the dict code never holds one across a call that
        // could reach here), and the borrow ends before the old value is dropped.
        if let Ok(t) = unsafe { self.keys.try_borrow_unguarded() } {
            if t.entry(hint).is_some_and(|e| e.key_is_str(key)) {
                let mut t = self.keys.borrow_mut();
                if let Some(e) = t.entry_mut(hint) {
                    let old = e.replace_value(value);
                    drop(t);
                    self.type_changed();
                    crate::vm::eval::discard(old);
                    return hint;
                }
                drop(t);
                return self.set_str_probe(key, value);
            }
        }
        self.set_str_probe(key, value)
    }
    #[inline(never)]
    fn set_str_probe(&self, key: &Rc<PyStr>, value: Value) -> usize {
        let h = key.hash();
        let mut t = self.keys.borrow_mut();
        if let Some(i) = t.find(h, str_eq(key)) {
            let old = t.entry_mut(i).map(|e| e.replace_value(value));
            drop(t);
            self.type_changed();
            drop(old);
            return i;
        }
        let i = t.insert_new(h, Value::Str(key.clone()), value);
        drop(t);
        self.bump();
        i
    }
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) -> Option<Value> {
        let h = key.hash();
        self.set_hashed(Value::Str(key), h, value)
    }
    pub fn del_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        let removed = {
            let mut t = self.keys.borrow_mut();
            let i = t.find(key.hash(), str_eq(key))?;
            t.remove_at(i)
        };
        let (k, v) = removed?;
        self.bump();
        drop(k);
        Some(v)
    }
    pub fn keys(&self) -> Vec<Value> {
        self.keys
            .borrow()
            .iter()
            .map(|e| (*e.key()).clone())
            .collect()
    }
    /// The keys with their hashes (sets built from a dict reuse the hashes).
    pub fn hashed_keys(&self) -> Vec<(i64, Value)> {
        self.keys
            .borrow()
            .iter()
            .map(|e| (e.hash, (*e.key()).clone()))
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.keys
            .borrow()
            .iter()
            .map(|e| (*e.value()).clone())
            .collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.keys
            .borrow()
            .iter()
            .map(|e| ((*e.key()).clone(), (*e.value()).clone()))
            .collect()
    }
    /// The first live entry at position `i` or later: its position, key and value (forward
    /// iterators; positions run up to `nentries`).
    pub fn next_entry(&self, i: usize) -> Option<(usize, Value, Value)> {
        self.keys
            .borrow()
            .next_live(i)
            .map(|(n, e)| (n, (*e.key()).clone(), (*e.value()).clone()))
    }
    /// `next_entry` for the key iterator: the key is also remembered (see `LAST`), so the
    /// `d[k]` of `for k in d: ... d[k] ...` neither hashes nor probes.
    pub fn next_key(&self, i: usize) -> Option<(usize, Value)> {
        let (n, k) = {
            let t = self.keys.borrow();
            let (n, e) = t.next_live(i)?;
            (n, (*e.key()).clone())
        };
        self.remember(&k, n);
        Some((n, k))
    }
    /// The last live entry before position `i` (reverse iterators).
    pub fn prev_entry(&self, i: usize) -> Option<(usize, Value, Value)> {
        self.keys
            .borrow()
            .prev_live(i)
            .map(|(n, e)| (n, (*e.key()).clone(), (*e.value()).clone()))
    }
    pub fn clear(&self) {
        let old = self.take_keys();
        drop_keys(old);
    }
    /// Move the table out, leaving an empty one (`dict.clear()`, `__init__` re-runs).
    pub fn take_keys(&self) -> DictKeys {
        self.replace_keys(DictKeys::new())
    }
    /// Install `new` as the table; the old one is returned (drop it outside any borrow).
    pub fn replace_keys(&self, mut new: DictKeys) -> DictKeys {
        let mut t = self.keys.borrow_mut();
        new.set_gen(t.gen().wrapping_add(1));
        let old = std::mem::replace(&mut *t, new);
        drop(t);
        self.bump();
        old
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
    /// `_Py_dict_lookup` / `dictkeys_generic_lookup`: the entry index of `key`. A same-hash
    /// stored key whose equality needs Python code is compared with `vm.eq(stored, key)`
    /// after the borrow ends; if that comparison rebuilt the table or replaced the stored key
    /// the lookup restarts ("the dict was mutated"), otherwise the probe goes on from there.
    pub fn lookdict(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'top: loop {
            let mut cur = Cursor::new(hash);
            loop {
                let (ix, startkey, gen) = {
                    let t = self.keys.borrow();
                    match t.probe(hash, &mut cur, simple_cmp(key)) {
                        Step::Found(i) => return Ok(Some(i)),
                        Step::Empty => return Ok(None),
                        Step::Slow(i) => match t.entry(i) {
                            Some(e) => (i, (*e.key()).clone(), t.gen()),
                            None => return Ok(None),
                        },
                    }
                };
                let cmp = vm.eq(&startkey, key)?;
                let t = self.keys.borrow();
                let same = t.gen() == gen && t.entry(ix).is_some_and(|e| e.key().is(&startkey));
                drop(t);
                drop(startkey);
                if !same {
                    continue 'top;
                }
                if cmp {
                    return Ok(Some(ix));
                }
            }
        }
    }
    /// The stored key equal to `key` and its value (CPython's `lookdict` semantics: see
    /// `lookdict`).
    pub fn find_key(
        &self,
        vm: &mut Vm,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<(Value, Value)>> {
        let Some(i) = self.lookdict(vm, key, hash)? else {
            return Ok(None);
        };
        Ok(self
            .keys
            .borrow()
            .entry(i)
            .filter(|e| e.is_live())
            .map(|e| ((*e.key()).clone(), (*e.value()).clone())))
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
            if let Some(e) = self.keys.borrow().entry(i) {
                return Ok((*e.value()).clone());
            }
        }
        let h = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        let t = self.keys.borrow();
        match t.probe(h, &mut Cursor::new(h), simple_cmp(key)) {
            Step::Found(i) => {
                if let Some(e) = t.entry(i) {
                    // The value leaves as 16 opaque bytes (no tag/payload split on the way
                    // into the result).
                    let v = crate::vm::fastpath::clone_raw(&*e.value());
                    drop(t);
                    self.remember(key, i);
                    // SAFETY: `clone_raw` returned an owned, initialised value.
                    return Ok(unsafe { v.assume_init() });
                }
            }
            Step::Empty => {
                drop(t);
                self.remember_miss(key, h);
                return Ok(Value::Null);
            }
            Step::Slow(_) => drop(t),
        }
        // No borrow here: `find_key` runs `__eq__`.
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
        let step = {
            let t = self.keys.borrow();
            t.probe(h, &mut Cursor::new(h), simple_cmp(key))
        };
        match step {
            Step::Found(i) => {
                self.remember(key, i);
                Ok(true)
            }
            Step::Empty => {
                self.remember_miss(key, h);
                Ok(false)
            }
            Step::Slow(_) => Ok(self.lookdict(vm, key, h)?.is_some()),
        }
    }
    /// `d[key] = value` (an existing equal key keeps its identity, as in CPython).
    #[inline]
    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        self.set_item_ref(vm, &key, value)
    }
    /// `d[key] = value` with a borrowed key: cloned only when a new entry is inserted
    /// (`insertdict`).
    pub fn set_item_ref(&self, vm: &mut Vm, key: &Value, value: Value) -> PyResult<()> {
        if let Some(i) = self.last_index(key) {
            let mut t = self.keys.borrow_mut();
            if let Some(e) = t.entry_mut(i) {
                let old = e.replace_value(value);
                drop(t);
                self.type_changed();
                crate::vm::eval::discard(old);
                return Ok(());
            }
        }
        if let Some(h) = self.last_miss(key) {
            // Just probed missing: append without hashing or probing for the key again.
            let i = self
                .keys
                .borrow_mut()
                .insert_new(h, crate::vm::eval::clone_fast(key), value);
            self.bump();
            self.remember(key, i);
            return Ok(());
        }
        let h = match key {
            Value::Str(s) => s.hash(),
            _ => vm.hash(key)?,
        };
        // One probe: replace in place or append when no Python code is needed.
        let mut t = self.keys.borrow_mut();
        let step = t.probe(h, &mut Cursor::new(h), simple_cmp(key));
        let found = match step {
            Step::Found(i) => Some(i),
            Step::Empty => {
                t.insert_new(h, crate::vm::eval::clone_fast(key), value);
                drop(t);
                self.bump();
                return Ok(());
            }
            Step::Slow(_) => {
                drop(t);
                let found = self.lookdict(vm, key, h)?;
                t = self.keys.borrow_mut();
                found
            }
        };
        match found.and_then(|i| t.entry_mut(i)) {
            Some(e) => {
                let old = e.replace_value(value);
                drop(t);
                self.type_changed();
                crate::vm::eval::discard(old);
            }
            None => {
                t.insert_new(h, key.clone(), value);
                drop(t);
                self.bump();
            }
        }
        Ok(())
    }
    /// `del d[key]`; `Ok(None)` when missing.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let h = vm.hash(key)?;
        let Some(i) = self.lookdict(vm, key, h)? else {
            return Ok(None);
        };
        let removed = self.keys.borrow_mut().remove_at(i);
        let Some((k, v)) = removed else {
            return Ok(None);
        };
        self.bump();
        drop(k);
        Ok(Some(v))
    }
    /// A shallow copy.
    pub fn copy(&self) -> PyDict {
        PyDict::from_keys(self.keys.borrow().copy())
    }
    /// Remove and return the last item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = self.keys.borrow_mut().pop_last();
        if r.is_some() {
            self.bump();
        }
        r
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
        while let Some((n, k, x)) = d.next_entry(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(&k)?.as_str());
            out.push_str(": ");
            out.push_str(vm.repr(&x)?.as_str());
            i = n + 1;
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
        let entries: Vec<Entry> = o.keys.borrow().iter().cloned().collect();
        for e in entries {
            let (hash, key, value) = e.into_parts();
            let key = match &key {
                Value::Str(_) | Value::Int(_) => key,
                _ => match d.find_key(vm, &key, hash)? {
                    Some((existing, _)) => existing,
                    None => key,
                },
            };
            let old = d.set_hashed(key, hash, value);
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
        idx: d.nentries(),
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
        idx: d.nentries(),
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
