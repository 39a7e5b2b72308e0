//! `set` / `frozenset` storage: a port of CPython 3.11's `Objects/setobject.c` hash table, so
//! iteration order (and therefore every printed set) matches CPython exactly. The table has a
//! power-of-two size (initially `PySet_MINSIZE` = 8), probes `LINEAR_PROBES` = 9 neighbouring
//! slots before perturbing (`i = i*5 + 1 + (perturb >>= 5)`), keeps `fill` (active + dummy) and
//! `used` (active) counts, leaves dummies on delete and resizes when `fill*5 >= mask*3`.
//!
//! Invariants: an empty slot is `(0, Null)`, a dummy slot is `(-1, Null)`, an active slot holds
//! a real key and its Python hash (never -1). Equality that needs Python code (`__eq__` of user
//! objects) runs with the table *unborrowed*; `version` changes on every mutation so a probe
//! restarts when the comparison mutated the set (as CPython's "table changed" check does).
//! The methods and operators live in `set_methods.rs`.

use super::{PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub const PYSET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Key equality for table probes. `Vm` implements it with `vm.eq`; tests use `dict::key_eq`.
pub trait KeyEq {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
}

/// Equality decidable without running Python code, in one pass: `Some(answer)` for builtin
/// value types (numbers, str, bytes, None, tuples/frozensets of those) and identity-compared
/// objects, `None` when a user `__eq__` may be involved (instances).
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    // The dict/set probe's common case first: two strs (identity, then the bytes).
    if let (Value::Str(x), Value::Str(y)) = (a, b) {
        return Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str());
    }
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => None,
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            let mut unknown = false;
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match simple_eq(p, q) {
                    Some(true) => {}
                    Some(false) => return Some(false),
                    None => unknown = true,
                }
            }
            if unknown {
                None
            } else {
                Some(true)
            }
        }
        (Value::FrozenSet(x), Value::FrozenSet(y)) => {
            let simple = |s: &PySet| {
                s.table
                    .borrow()
                    .iter()
                    .all(|(_, k)| !matches!(k, Value::Instance(_)))
            };
            if simple(x) && simple(y) {
                Some(x.set_eq(y))
            } else {
                None
            }
        }
        _ => Some(super::dict::key_eq(a, b)),
    }
}

/// Pure key equality for tests and for tables of builtin keys (never runs Python code).
pub struct PureEq;
impl KeyEq for PureEq {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(super::dict::key_eq(a, b))
    }
}

impl KeyEq for crate::vm::Vm {
    fn key_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match simple_eq(a, b) {
            Some(r) => Ok(r),
            None => self.eq(a, b),
        }
    }
}

/// The raw table (`setentry *table` plus `fill`/`used`/`mask`/`finger`).
#[derive(Clone, Debug)]
pub struct SetTable {
    entries: Vec<(i64, Value)>,
    fill: usize,
    used: usize,
    mask: usize,
    /// Search finger for `pop()`.
    finger: usize,
    /// Bumped on every mutation (probes restart when it changes under them).
    version: u64,
}

impl Drop for SetTable {
    /// Release the keys with one range check per slot (most slots are empty or hold an
    /// immediate), not a `Value` drop through its jump table.
    fn drop(&mut self) {
        let len = self.entries.len();
        let p = self.entries.as_mut_ptr();
        // SAFETY: the length is zeroed first, so each slot's key is moved out exactly once.
        unsafe {
            self.entries.set_len(0);
            for k in 0..len {
                let (_, v) = std::ptr::read(p.add(k));
                crate::vm::fastpath::discard(v);
            }
        }
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

#[inline]
fn is_empty_slot(e: &(i64, Value)) -> bool {
    e.1.is_null() && e.0 == 0
}

/// `n` empty slots (hash 0, `Null` key) written as zero bytes: `Value::Null` is the tag-0
/// variant with no payload (checked by `tests::empty_slots_are_null`), so an all-zero slot
/// is `(0, Value::Null)`. `vec![(0, Value::Null); n]` cloned the pair slot by slot.
fn empty_slots(n: usize) -> Vec<(i64, Value)> {
    let mut v: Vec<(i64, Value)> = Vec::with_capacity(n);
    // SAFETY: `n` slots of capacity are zeroed, and the all-zero bit pattern of `(i64, Value)`
    // is `(0, Value::Null)` (a `repr(C, u8)` enum whose tag 0 is the payload-less `Null`).
    unsafe {
        std::ptr::write_bytes(v.as_mut_ptr(), 0, n);
        v.set_len(n);
    }
    v
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            entries: empty_slots(PYSET_MINSIZE),
            fill: 0,
            used: 0,
            mask: PYSET_MINSIZE - 1,
            finger: 0,
            version: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn mask(&self) -> usize {
        self.mask
    }
    pub fn fill(&self) -> usize {
        self.fill
    }
    pub fn version(&self) -> u64 {
        self.version
    }
    /// Active `(hash, key)` entries in table (= iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = &(i64, Value)> + '_ {
        self.entries.iter().filter(|e| !e.1.is_null())
    }
    /// The raw slot at `i` (for iterators): `Some(key)` when active.
    pub fn slot(&self, i: usize) -> Option<&(i64, Value)> {
        self.entries.get(i)
    }
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    /// All active keys, in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.1.clone()).collect()
    }

    /// `set_insert_clean`: insert a key known to be absent into a table without dummies.
    fn insert_clean(entries: &mut [(i64, Value)], mask: usize, key: Value, hash: i64) {
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if entries[i].1.is_null() {
                entries[i] = (hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if entries[i + j].1.is_null() {
                        entries[i + j] = (hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// `set_table_resize`: the smallest power of two > `minused` (at least 8); dummies dropped.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = PYSET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == PYSET_MINSIZE && self.entries.len() == PYSET_MINSIZE && self.fill == self.used
        {
            // "No dummies, so no point doing anything": the small table keeps its layout.
            return;
        }
        let old = std::mem::replace(&mut self.entries, empty_slots(newsize));
        self.mask = newsize - 1;
        self.fill = self.used;
        self.version = self.version.wrapping_add(1);
        for (h, k) in old {
            if !k.is_null() {
                SetTable::insert_clean(&mut self.entries, self.mask, k, h);
            }
        }
    }

    /// Resize after an insertion filled an empty slot, if the load factor demands it.
    fn maybe_grow(&mut self) {
        if self.fill * 5 >= self.mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// `set_clear_internal`.
    pub fn clear(&mut self) -> Vec<(i64, Value)> {
        self.fill = 0;
        self.used = 0;
        self.mask = PYSET_MINSIZE - 1;
        self.version = self.version.wrapping_add(1);
        std::mem::replace(&mut self.entries, empty_slots(PYSET_MINSIZE))
    }

    /// `set_pop`: remove and return the key at the search finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while self.entries[i].1.is_null() {
            i += 1;
            if i > self.mask {
                i = 0;
            }
        }
        let (_, key) = std::mem::replace(&mut self.entries[i], (-1, Value::Null));
        self.used -= 1;
        self.finger = i + 1;
        self.version = self.version.wrapping_add(1);
        Some(key)
    }

    /// Remove the active entry at slot `i` (leaves a dummy).
    fn remove_at(&mut self, i: usize) -> Value {
        let (_, key) = std::mem::replace(&mut self.entries[i], (-1, Value::Null));
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        key
    }

    /// The table layout of `set_merge` into an empty table: a copy of `other` (same mask, no
    /// dummies) or a clean re-insertion.
    fn copy_from(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask == other.mask && other.fill == other.used {
            self.entries.clone_from(&other.entries);
            self.fill = other.fill;
            self.used = other.used;
            self.version = self.version.wrapping_add(1);
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            self.version = self.version.wrapping_add(1);
            for (h, k) in other.iter() {
                SetTable::insert_clean(&mut self.entries, self.mask, k.clone(), *h);
            }
        }
    }

    /// xor of CPython's `_shuffle_bits` over active hashes: the order-independent core of
    /// `frozenset_hash`.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle(*h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}

/// A set or frozenset. `hash` caches the frozenset hash (-1 = not computed).
#[derive(Debug)]
pub struct PySet {
    pub table: RefCell<SetTable>,
    pub hash: Cell<i64>,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl Clone for PySet {
    fn clone(&self) -> Self {
        PySet {
            table: RefCell::new(self.copy_table()),
            hash: Cell::new(-1),
        }
    }
}

/// Outcome of a probe that may have to restart.
enum Probe {
    /// Active entry at this slot.
    Found(usize),
    /// Not present; `slot` is the empty slot reached, `free` the first dummy seen.
    Missing { slot: usize, free: Option<usize> },
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            hash: Cell::new(-1),
        }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Active keys in iteration order (a snapshot).
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }
    /// Active `(hash, key)` pairs in iteration order (a snapshot).
    pub fn entries(&self) -> Vec<(i64, Value)> {
        let t = self.table.borrow();
        let mut v = Vec::with_capacity(t.used);
        v.extend(t.iter().cloned());
        v
    }
    /// `set_next`: the first active entry at slot `pos` or after, with its slot (a fresh
    /// borrow per call, so a comparison between two calls may run Python code).
    #[inline]
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, Value)> {
        let t = self.table.borrow();
        let mut i = pos;
        while let Some(e) = t.entries.get(i) {
            if !e.1.is_null() {
                return Some((i, e.0, e.1.clone()));
            }
            i += 1;
        }
        None
    }
    /// `set_copy`'s table: what `make_new_set(type, self)` builds.
    pub fn copy_table(&self) -> SetTable {
        let mut t = SetTable::new();
        t.copy_from(&self.table.borrow());
        t
    }
    pub fn from_table(t: SetTable) -> PySet {
        PySet {
            table: RefCell::new(t),
            hash: Cell::new(-1),
        }
    }

    /// Set equality without running Python code (same size, every key of one in the other).
    pub fn set_eq(&self, other: &PySet) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let entries = self.entries();
        entries
            .iter()
            .all(|(h, k)| other.contains_entry(&mut PureEq, k, *h).unwrap_or(false))
    }

    /// The shared probe loop of `set_lookkey` / `set_add_entry`.
    fn probe<E: KeyEq + ?Sized>(&self, e: &mut E, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            // One borrow for the whole walk, released only around a Python-level comparison.
            let mut t = self.table.borrow();
            let (mask, version) = (t.mask, t.version);
            let mut perturb = hash as u64 as usize;
            let mut i = (hash as u64 as usize) & mask;
            let mut free = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let entry = &t.entries[j];
                    if is_empty_slot(entry) {
                        return Ok(Probe::Missing { slot: j, free });
                    }
                    if entry.0 == hash {
                        let startkey = &entry.1;
                        let quick = match (startkey, key) {
                            (Value::Int(a), Value::Int(b)) => Some(a == b),
                            (Value::Str(a), Value::Str(b)) if Rc::ptr_eq(a, b) => Some(true),
                            _ => simple_eq(startkey, key),
                        };
                        match quick {
                            Some(true) => return Ok(Probe::Found(j)),
                            Some(false) => {}
                            None => {
                                let sk = startkey.clone();
                                drop(t);
                                let r = e.key_eq(&sk, key)?;
                                t = self.table.borrow();
                                let same = t.version == version;
                                if r && same {
                                    return Ok(Probe::Found(j));
                                }
                                if !same {
                                    // CPython: "table changed size during comparison" → restart.
                                    continue 'restart;
                                }
                            }
                        }
                    } else if entry.0 == -1 && entry.1.is_null() {
                        // CPython keeps the *last* dummy seen on the probe path.
                        free = Some(j);
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
            }
        }
    }

    /// `set_add_entry`: insert `key` (with its hash); returns true if it was added.
    pub fn add_entry<E: KeyEq + ?Sized>(&self, e: &mut E, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(e, &key, hash)? {
            Probe::Found(_) => Ok(false),
            Probe::Missing { slot, free } => {
                let mut t = self.table.borrow_mut();
                t.version = t.version.wrapping_add(1);
                t.used += 1;
                if let Some(f) = free {
                    // `found_unused_or_dummy` with a freeslot: reuse the dummy, fill unchanged.
                    t.entries[f] = (hash, key);
                } else {
                    t.fill += 1;
                    t.entries[slot] = (hash, key);
                    t.maybe_grow();
                }
                Ok(true)
            }
        }
    }

    /// `set_contains_entry`.
    pub fn contains_entry<E: KeyEq + ?Sized>(
        &self,
        e: &mut E,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        Ok(matches!(self.probe(e, key, hash)?, Probe::Found(_)))
    }

    /// `set_discard_entry`: remove `key`; returns the removed key if it was present.
    pub fn discard_entry<E: KeyEq + ?Sized>(
        &self,
        e: &mut E,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        match self.probe(e, key, hash)? {
            Probe::Found(i) => Ok(Some(self.table.borrow_mut().remove_at(i))),
            Probe::Missing { .. } => Ok(None),
        }
    }

    /// `set_merge(self, other)`: add every key of `other` (CPython's fast paths preserved,
    /// since they decide the resulting layout).
    pub fn merge<E: KeyEq + ?Sized>(&self, e: &mut E, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if t.fill == 0 {
                t.copy_from(&other.table.borrow());
                return Ok(());
            }
            let (fill, used, oused) = (t.fill, t.used, other.len());
            if (fill + oused) * 5 >= t.mask * 3 {
                t.resize((used + oused) * 2);
            }
        }
        for (h, k) in other.entries() {
            self.add_entry(e, k, h)?;
        }
        Ok(())
    }

    /// Pre-size before adding `n` keys from a dict (`set_update_internal`'s dict path).
    pub fn presize_for(&self, n: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + n) * 5 >= t.mask * 3 {
            let used = t.used;
            t.resize((used + n) * 2);
        }
    }

    /// After bulk discards: "if more than 1/4th are dummies, then resize them away".
    pub fn shrink_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask / 4 {
            let n = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            t.resize(n);
        }
    }

    /// `set_pop`.
    pub fn pop(&self) -> Option<Value> {
        self.table.borrow_mut().pop()
    }
    /// `set_clear_internal` (old keys dropped after the borrow ends).
    pub fn clear(&self) {
        let old = self.table.borrow_mut().clear();
        drop(old);
    }
    /// `set_swap_bodies` for `&=` and friends: take `other`'s table.
    pub fn replace_table(&self, t: SetTable) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), t);
        let v = old.version.wrapping_add(1);
        self.table.borrow_mut().version = v;
        drop(old);
    }

    /// `frozenset_hash` (cached).
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = self.table.borrow().frozenset_hash();
        self.hash.set(h);
        h
    }
}

/// The hash of a constant (int, float, str, bytes, bool, None, tuples and frozensets of
/// those) without a `Vm`; `None` for anything else.
pub fn const_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Int(i) => super::int::hash_i64(*i),
        Value::Long(b) => super::int::hash_big(b),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => super::float::hash_f64(*f),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => super::bytes::bytes_hash(&b.data),
        Value::None | Value::Ellipsis => super::typeobj::identity_hash(v),
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                hs.push(const_hash(x)?);
            }
            super::tuple::tuple_hash_of(hs.into_iter())
        }
        Value::FrozenSet(s) => s.frozen_hash(),
        _ => return None,
    })
}

/// The frozenset constant CPython 3.11's compiler makes for a set display of more than two
/// constants (`{33, 1, 65, 97}`): `PyFrozenSet_New(tuple)` in `starunpack_helper`, then
/// rebuilt from its own iteration order by `merge_consts_recursive`. Its table layout is what
/// `SET_UPDATE` copies, so the printed order matches CPython only when built this way.
/// `None` if an item is not a hashable constant.
pub fn const_frozenset(items: &[Value]) -> Option<Value> {
    let first = PySet::new();
    for v in items {
        let h = const_hash(v)?;
        first.add_entry(&mut PureEq, v.clone(), h).ok()?;
    }
    let second = PySet::new();
    for (h, k) in first.entries() {
        second.add_entry(&mut PureEq, k, h).ok()?;
    }
    Some(Value::FrozenSet(Rc::new(second)))
}

/// A new set value holding `t`.
pub fn new_set(t: SetTable) -> Value {
    Value::Set(Rc::new(PySet::from_table(t)))
}
pub fn new_frozenset(t: SetTable) -> Value {
    Value::FrozenSet(Rc::new(PySet::from_table(t)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty_slots_are_null() {
        let v = super::empty_slots(8);
        assert!(v.iter().all(|(h, k)| *h == 0 && k.is_null()));
    }

    use super::*;

    /// CPython's int hash for i64.
    fn int_hash(i: i64) -> i64 {
        let m: u64 = (1 << 61) - 1;
        let a = (i.unsigned_abs() % m) as i64;
        let h = if i < 0 { -a } else { a };
        if h == -1 {
            -2
        } else {
            h
        }
    }

    fn build(keys: &[i64]) -> PySet {
        let s = PySet::new();
        for &k in keys {
            s.add_entry(&mut PureEq, Value::Int(k), int_hash(k))
                .unwrap();
        }
        s
    }

    fn order(s: &PySet) -> Vec<i64> {
        s.keys()
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn constant_set_displays_use_the_compilers_double_built_frozenset() {
        // python3 -c 'print({33, 1, 65, 97}, {8, 16, 32, 64, 128}, {5, 3, 1, 4, 2})'
        let order_of = |xs: &[i64]| {
            let items: Vec<Value> = xs.iter().map(|&i| Value::Int(i)).collect();
            // BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1 (`set_merge` into an empty set).
            match const_frozenset(&items) {
                Some(Value::FrozenSet(fs)) => {
                    let s = PySet::new();
                    s.merge(&mut PureEq, &fs).unwrap();
                    order(&s)
                }
                _ => vec![],
            }
        };
        assert_eq!(order_of(&[33, 1, 65, 97]), vec![65, 97, 1, 33]);
        assert_eq!(order_of(&[8, 16, 32, 64, 128]), vec![32, 64, 128, 16, 8]);
        assert_eq!(order_of(&[5, 3, 1, 4, 2]), vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn small_int_set_prints_in_cpython_order() {
        // python3 -c 'print(list({100, 5, 33, 9}))'
        assert_eq!(order(&build(&[100, 5, 33, 9])), vec![33, 100, 5, 9]);
    }

    #[test]
    fn set_pop_follows_the_finger() {
        // python3 -c 's=set(range(20)); s.discard(3); print(s.pop(), s.pop())'
        let s = build(&(0..20).collect::<Vec<_>>());
        s.discard_entry(&mut PureEq, &Value::Int(3), 3).unwrap();
        let a = s.pop().unwrap();
        let b = s.pop().unwrap();
        assert!(matches!((a, b), (Value::Int(0), Value::Int(1))));
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        // python3 -c 'print(hash(frozenset({1,2})), hash(frozenset()))'
        assert_eq!(build(&[1, 2]).frozen_hash(), -1826646154956904602);
        assert_eq!(build(&[]).frozen_hash(), 133146708735736);
    }

    #[test]
    fn random_int_sets_iterate_in_cpython_order() {
        // Expectations from tests/data/gen_set_order.py (run under python3).
        let data = include_str!("../../tests/data/set_order.txt");
        for line in data.lines() {
            let (ops, want) = line
                .split_once(" | ")
                .unwrap_or((line.trim_end_matches(" |"), ""));
            let s = PySet::new();
            for op in ops.split(' ') {
                let (c, n) = op.split_at(1);
                match c {
                    "a" => {
                        let k: i64 = n.parse().unwrap();
                        s.add_entry(&mut PureEq, Value::Int(k), int_hash(k))
                            .unwrap();
                    }
                    "d" => {
                        let k: i64 = n.parse().unwrap();
                        s.discard_entry(&mut PureEq, &Value::Int(k), int_hash(k))
                            .unwrap();
                    }
                    _ => {
                        s.pop().unwrap();
                    }
                }
            }
            let want: Vec<i64> = want
                .split_whitespace()
                .map(|x| x.parse().unwrap())
                .collect();
            assert_eq!(order(&s), want, "ops: {ops}");
        }
    }
}

/// `set` type slots (frozenset: `set_methods::frozenset_slots`).
pub fn slots() -> super::class::TypeSlots {
    super::set_methods::set_slots()
}
pub const METHODS: &[(&str, super::NativeFn)] = super::set_methods::SET_METHODS;
pub const GETSETS: &[(&str, super::class::Getter)] = &[];
