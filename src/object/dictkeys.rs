//! `DictKeys`: the hash table behind `dict`, CPython 3.11's compact dict (`PyDictKeysObject`
//! in Objects/dictobject.c). `entries` holds `(hash, key, value)` in insertion order (32
//! bytes each: see `Entry`); `indices` is a power-of-two open-addressing table of small
//! signed ints (i8/i16/i32 by size, as `DK_IXSIZE`; the 8-slot table is stored inline)
//! pointing into `entries`, `DKIX_EMPTY` (-1) or `DKIX_DUMMY` (-2), probed with
//! CPython's perturbation recurrence (`i = (i*5 + perturb + 1) & mask; perturb >>= 5`).
//! Invariants: every live entry (key not `Null`) has exactly one index slot pointing at it;
//! a deleted entry keeps its place with `key = value = Null` (a tombstone) and its slot becomes
//! DUMMY, so entry indices are stable until the next `dictresize`, which compacts the entries
//! and rebuilds the indices (`build_indices`) and bumps `gen`. `entries.len()` is
//! `dk_nentries`, `used` is `ma_used` (live entries) and `usable` is `dk_usable` (entries
//! that may still be appended before a resize; `USABLE_FRACTION` = 2/3 of the index table).
//! Nothing here runs Python code: key comparison is the caller's closure (`probe`), which
//! may answer `Cmp::Slow` to stop the probe at an entry whose equality needs `__eq__`; the
//! caller compares outside any borrow and resumes with the same `Cursor` (see
//! `PyDict::lookdict`).

use super::Value;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};

/// `DKIX_EMPTY`: a never-used index slot (ends a probe).
pub const DKIX_EMPTY: isize = -1;
/// `DKIX_DUMMY`: the slot of a deleted entry (probes continue past it; insertions reuse it).
pub const DKIX_DUMMY: isize = -2;
const PERTURB_SHIFT: u32 = 5;
/// `PyDict_LOG_MINSIZE`: the smallest index table has 8 slots (5 usable entries).
const LOG_MINSIZE: u32 = 3;

/// `USABLE_FRACTION(n)`: at most 2/3 of the index slots hold entries.
#[inline]
pub fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize`: the smallest table (at least 8 slots) with `minsize` slots.
pub fn calculate_log2_keysize(minsize: usize) -> u32 {
    let mut log2 = LOG_MINSIZE;
    while (1usize << log2) < minsize {
        log2 += 1;
    }
    log2
}

/// `estimate_log2_keysize`: a table whose usable part holds `n` entries.
pub fn estimate_log2_keysize(n: usize) -> u32 {
    calculate_log2_keysize((n * 3 + 1) / 2)
}

/// One slot of `entries` (`PyDictKeyEntry`): the hash, then the key and the value each kept
/// as its tag byte and its 8 payload bytes (a `Value` is `#[repr(C, u8)]`: tag at byte 0,
/// payload at bytes 8..16, 7 padding bytes between), so an entry is 32 bytes instead of 40
/// and never straddles two cache lines. The entry owns the key and value it packs; a
/// deleted entry holds `Null`/`Null` (tag 0). `key()`/`value()` lend a `Value` view.
pub struct Entry {
    pub hash: i64,
    ktag: u8,
    vtag: u8,
    kbits: MaybeUninit<u64>,
    vbits: MaybeUninit<u64>,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16 && std::mem::size_of::<Entry>() == 32);

/// The tag of `Value::Null` (the first variant of a `#[repr(C, u8)]` enum).
const NULL_TAG: u8 = 0;

/// A value's tag byte and payload bytes, ownership moving into them.
#[inline(always)]
fn split(v: Value) -> (u8, MaybeUninit<u64>) {
    let v = ManuallyDrop::new(v);
    let p = &*v as *const Value as *const u8;
    // SAFETY: a `#[repr(C, u8)]` enum of 16 bytes has its tag at byte 0 and its (at most
    // 8-byte) payload at byte 8; the payload is copied as possibly-uninitialised bytes.
    unsafe { (*p, std::ptr::read(p.add(8) as *const MaybeUninit<u64>)) }
}

/// The value a `split` took apart (not owned: the caller decides who drops it).
///
/// # Safety
/// `tag` and `bits` must come from one `split` whose value is still owned by the caller.
#[inline(always)]
unsafe fn join(tag: u8, bits: MaybeUninit<u64>) -> ManuallyDrop<Value> {
    let mut v = MaybeUninit::<Value>::uninit();
    let p = v.as_mut_ptr() as *mut u8;
    *p = tag;
    std::ptr::write(p.add(8) as *mut MaybeUninit<u64>, bits);
    ManuallyDrop::new(v.assume_init())
}

/// A `Value` lent out of an entry (a bitwise view: no reference count taken; valid while
/// the entry is borrowed).
pub struct ValRef<'a>(ManuallyDrop<Value>, PhantomData<&'a Entry>);

impl std::ops::Deref for ValRef<'_> {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

impl Entry {
    #[inline(always)]
    pub fn new(hash: i64, key: Value, value: Value) -> Entry {
        let (ktag, kbits) = split(key);
        let (vtag, vbits) = split(value);
        Entry {
            hash,
            ktag,
            vtag,
            kbits,
            vbits,
        }
    }
    /// The key (a view; `Null` for a deleted entry).
    #[inline(always)]
    pub fn key(&self) -> ValRef<'_> {
        // SAFETY: the entry owns the value packed in `ktag`/`kbits`.
        ValRef(unsafe { join(self.ktag, self.kbits) }, PhantomData)
    }
    /// The value (a view).
    #[inline(always)]
    pub fn value(&self) -> ValRef<'_> {
        // SAFETY: the entry owns the value packed in `vtag`/`vbits`.
        ValRef(unsafe { join(self.vtag, self.vbits) }, PhantomData)
    }
    /// Push a new reference to the value onto `values` as ONE 16-byte store
    /// (`fastpath::write_imm`): rebuilding the enum on the Rust stack from the tag and payload
    /// and then copying it whole costs a store-forwarding stall on the attribute fast paths.
    #[inline(always)]
    pub fn push_value(&self, values: &mut Vec<Value>) {
        let tag = self.vtag;
        let bits = match tag {
            // Payload-less variants: no bits to copy.
            0..=3 => 0,
            // SAFETY: a bool's payload is its first byte; the rest is padding.
            4 => (unsafe { self.vbits.assume_init() }) & 0xff,
            // SAFETY: ints and floats use the whole payload word.
            5 | 6 => unsafe { self.vbits.assume_init() },
            _ => {
                // SAFETY: every other variant holds one live `Rc` whose pointer is the
                // payload word; its strong count (the first word behind it) gets the new
                // reference the pushed copy owns (see `fastpath::strong_count_of`).
                unsafe {
                    let p = self.vbits.assume_init() as *mut usize;
                    *p += 1;
                    p as u64
                }
            }
        };
        let len = values.len();
        if len == values.capacity() {
            values.reserve(1);
        }
        // SAFETY: `len < capacity`: the spare slot is written whole, then covered.
        unsafe {
            crate::vm::fastpath::write_imm(values.as_mut_ptr().add(len), tag, bits);
            values.set_len(len + 1);
        }
    }
    /// Whether the key is this very str object (pointer identity, no text compare).
    #[inline(always)]
    pub fn key_is_str(&self, key: &std::rc::Rc<super::PyStr>) -> bool {
        // Tag of `Value::Str` (checked by `vm::fastpath` tests of the layout).
        const TAG_STR: u8 = 8;
        // SAFETY: a str key's payload word is its `Rc`'s pointer, which is also the one word
        // of an `Rc` itself.
        self.ktag == TAG_STR
            && unsafe { self.kbits.assume_init() }
                == unsafe { *(key as *const std::rc::Rc<super::PyStr> as *const u64) }
    }
    /// False for a deleted entry.
    #[inline(always)]
    pub fn is_live(&self) -> bool {
        self.ktag != NULL_TAG
    }
    /// Store a new value; the old one is returned (drop it outside any borrow).
    #[inline(always)]
    pub fn replace_value(&mut self, v: Value) -> Value {
        let (tag, bits) = split(v);
        // SAFETY: the old packed value is owned by the entry and moves out here.
        let old = unsafe { ManuallyDrop::into_inner(join(self.vtag, self.vbits)) };
        self.vtag = tag;
        self.vbits = bits;
        old
    }
    /// Move the key and value out, leaving a deleted entry.
    #[inline]
    pub fn take(&mut self) -> (Value, Value) {
        // SAFETY: both packed values are owned by the entry and move out here; `Null` has
        // no payload to own.
        let kv = unsafe {
            (
                ManuallyDrop::into_inner(join(self.ktag, self.kbits)),
                ManuallyDrop::into_inner(join(self.vtag, self.vbits)),
            )
        };
        self.ktag = NULL_TAG;
        self.vtag = NULL_TAG;
        kv
    }
    /// The hash, key and value, moved out.
    #[inline]
    pub fn into_parts(mut self) -> (i64, Value, Value) {
        let (k, v) = self.take();
        (self.hash, k, v)
    }
}

impl Drop for Entry {
    #[inline]
    fn drop(&mut self) {
        if self.ktag != NULL_TAG || self.vtag != NULL_TAG {
            // One decrement per shared key/value, no jump table on the tag.
            let (k, v) = self.take();
            crate::vm::fastpath::discard(k);
            crate::vm::fastpath::discard(v);
        }
    }
}

impl Clone for Entry {
    fn clone(&self) -> Entry {
        Entry::new(self.hash, (*self.key()).clone(), (*self.value()).clone())
    }
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("hash", &self.hash)
            .field("key", &*self.key())
            .field("value", &*self.value())
            .finish()
    }
}

/// The outcome of comparing a stored key (whose hash equals the probe's) with the probe key.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cmp {
    Eq,
    Ne,
    /// Equality needs Python code: stop here and let the caller decide.
    Slow,
}

/// Where a probe ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// The entry index of an equal key.
    Found(usize),
    /// An EMPTY slot: the key is not in the table.
    Empty,
    /// The entry index of a same-hash key whose comparison answered `Cmp::Slow`; probing
    /// again with the same cursor continues after it.
    Slow(usize),
}

/// A probe position: the unmasked slot number and the perturbation (valid while the table's
/// `gen` is unchanged, i.e. while the mask is).
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    i: usize,
    perturb: u64,
}

impl Cursor {
    #[inline(always)]
    pub fn new(hash: i64) -> Cursor {
        Cursor {
            i: hash as usize,
            perturb: hash as u64,
        }
    }
    /// `perturb >>= PERTURB_SHIFT; i = (i*5 + perturb + 1) & mask` (the mask is applied on
    /// access: masking commutes with the wrapping arithmetic).
    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1);
    }
}

/// An index-slot integer type (`int8_t` / `int16_t` / `int32_t` in `dictkeys_get_index`).
trait Ix: Copy {
    const EMPTY: Self;
    fn get(self) -> isize;
    fn make(v: isize) -> Self;
}
macro_rules! impl_ix {
    ($($t:ty),*) => {$(
        impl Ix for $t {
            const EMPTY: $t = -1;
            #[inline(always)]
            fn get(self) -> isize {
                self as isize
            }
            #[inline(always)]
            fn make(v: isize) -> $t {
                v as $t
            }
        }
    )*};
}
impl_ix!(i8, i16, i32);

/// The index table, by slot width (`DK_IXSIZE`); `None` before the first insertion. The
/// smallest table (8 one-byte slots) lives inline: a small dict allocates only its entries.
#[derive(Clone, Debug, Default)]
enum Indices {
    #[default]
    None,
    Small([i8; 8]),
    I8(Box<[i8]>),
    I16(Box<[i16]>),
    I32(Box<[i32]>),
}

/// Run `$body` with `$ix` bound to the index slice of whatever width, or `$none`.
macro_rules! with_ix {
    ($ind:expr, $ix:ident => $body:expr, $none:expr) => {
        match $ind {
            Indices::Small($ix) => $body,
            Indices::I8($ix) => $body,
            Indices::I16($ix) => $body,
            Indices::I32($ix) => $body,
            Indices::None => $none,
        }
    };
}

impl Indices {
    /// An all-EMPTY table of `1 << log2` slots of the narrowest width that holds every entry
    /// index (`new_keys_object`).
    fn new(log2: u32) -> Indices {
        let size = 1usize << log2;
        if log2 == LOG_MINSIZE {
            Indices::Small([i8::EMPTY; 8])
        } else if log2 < 8 {
            Indices::I8(vec![i8::EMPTY; size].into_boxed_slice())
        } else if log2 < 16 {
            Indices::I16(vec![i16::EMPTY; size].into_boxed_slice())
        } else {
            Indices::I32(vec![i32::EMPTY; size].into_boxed_slice())
        }
    }
    fn size(&self) -> usize {
        with_ix!(self, ix => ix.len(), 0)
    }
}

/// `dictkeys_get_index` with the mask applied (`ix.len()` is a power of two).
#[inline(always)]
fn slot_get<T: Ix>(ix: &[T], i: usize) -> isize {
    let m = i & (ix.len() - 1);
    // SAFETY: `m < ix.len()` because the length is a nonzero power of two.
    unsafe { ix.get_unchecked(m) }.get()
}

/// `find_empty_slot`: the first EMPTY or DUMMY slot on `hash`'s probe sequence.
#[inline]
fn find_empty_slot<T: Ix>(ix: &[T], hash: i64) -> usize {
    let mask = ix.len() - 1;
    let mut c = Cursor::new(hash);
    while slot_get(ix, c.i) >= 0 {
        c.advance();
    }
    c.i & mask
}

/// `lookdict_index`: the slot holding entry index `index`, if any.
fn lookdict_index<T: Ix>(ix: &[T], hash: i64, index: usize) -> Option<usize> {
    let mask = ix.len() - 1;
    let mut c = Cursor::new(hash);
    loop {
        let e = slot_get(ix, c.i);
        if e == index as isize {
            return Some(c.i & mask);
        }
        if e == DKIX_EMPTY {
            return None;
        }
        c.advance();
    }
}

/// `build_indices`: point a fresh table at every entry (all live, no duplicates).
fn build_indices<T: Ix>(ix: &mut [T], entries: &[Entry]) {
    for (n, e) in entries.iter().enumerate() {
        let i = find_empty_slot(ix, e.hash);
        ix[i] = T::make(n as isize);
    }
}

/// The probe loop of `dictkeys_generic_lookup` over one index width.
#[inline(always)]
fn probe_in<T: Ix, F: FnMut(&Entry) -> Cmp>(
    ix: &[T],
    entries: &[Entry],
    hash: i64,
    cur: &mut Cursor,
    eq: &mut F,
) -> Step {
    loop {
        let e = slot_get(ix, cur.i);
        if e >= 0 {
            if let Some(en) = entries.get(e as usize) {
                if en.hash == hash {
                    match eq(en) {
                        Cmp::Eq => return Step::Found(e as usize),
                        Cmp::Ne => {}
                        Cmp::Slow => {
                            cur.advance();
                            return Step::Slow(e as usize);
                        }
                    }
                }
            }
        } else if e == DKIX_EMPTY {
            return Step::Empty;
        }
        cur.advance();
    }
}

/// The table (`PyDictKeysObject`) plus `ma_used`.
#[derive(Clone, Debug, Default)]
pub struct DictKeys {
    indices: Indices,
    entries: Vec<Entry>,
    /// Live entries (`ma_used`).
    used: usize,
    /// Entries that may still be appended before a resize (`dk_usable`).
    usable: u32,
    /// Bumped whenever the table is rebuilt (CPython's `dk == mp->ma_keys` check after a
    /// comparison that ran Python code).
    gen: u32,
}

impl DictKeys {
    pub fn new() -> DictKeys {
        DictKeys::default()
    }
    /// An empty table whose entries vector holds exactly `n` (an instance dict sized by its
    /// class's hint; the index table is the one `n` entries need).
    pub fn with_entries(n: usize) -> DictKeys {
        let log2 = estimate_log2_keysize(n);
        DictKeys {
            indices: Indices::new(log2),
            entries: Vec::with_capacity(n),
            used: 0,
            usable: usable_fraction(1usize << log2) as u32,
            gen: 0,
        }
    }
    /// An empty table with room for `n` entries without resizing.
    pub fn with_capacity(n: usize) -> DictKeys {
        let mut t = DictKeys::new();
        if n > 0 {
            t.dictresize(estimate_log2_keysize(n));
        }
        t
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// `dk_nentries`: entries including tombstones (iterators' positions run up to this).
    #[inline]
    pub fn nentries(&self) -> usize {
        self.entries.len()
    }
    #[inline]
    pub fn gen(&self) -> u32 {
        self.gen
    }
    pub fn set_gen(&mut self, gen: u32) {
        self.gen = gen;
    }
    /// The entry at position `i` (a tombstone has a `Null` key).
    #[inline(always)]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }
    #[inline(always)]
    pub fn entry_mut(&mut self, i: usize) -> Option<&mut Entry> {
        self.entries.get_mut(i)
    }
    /// The first live entry at position `i` or later, with its position.
    pub fn next_live(&self, i: usize) -> Option<(usize, &Entry)> {
        self.entries
            .get(i..)?
            .iter()
            .enumerate()
            .find(|(_, e)| e.is_live())
            .map(|(n, e)| (i + n, e))
    }
    /// The last live entry before position `i`, with its position.
    pub fn prev_live(&self, i: usize) -> Option<(usize, &Entry)> {
        let end = i.min(self.entries.len());
        self.entries[..end]
            .iter()
            .enumerate()
            .rev()
            .find(|(_, e)| e.is_live())
    }
    /// The live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| e.is_live())
    }
    /// Move the live keys and values out (for the flat drop of `PyDict`).
    pub fn into_entries(self) -> impl Iterator<Item = Entry> {
        self.entries.into_iter().filter(|e| e.is_live())
    }

    /// Probe for `hash` from `cur`, asking `eq` about every live entry with that hash.
    #[inline(always)]
    pub fn probe<F: FnMut(&Entry) -> Cmp>(&self, hash: i64, cur: &mut Cursor, mut eq: F) -> Step {
        let entries = &self.entries[..];
        with_ix!(&self.indices, ix => probe_in(ix, entries, hash, cur, &mut eq), Step::Empty)
    }
    /// The entry index of a key `eq` accepts (no Python code).
    #[inline(always)]
    pub fn find<F: FnMut(&Value) -> bool>(&self, hash: i64, mut eq: F) -> Option<usize> {
        match self.probe(hash, &mut Cursor::new(hash), |e| {
            if eq(&e.key()) {
                Cmp::Eq
            } else {
                Cmp::Ne
            }
        }) {
            Step::Found(i) => Some(i),
            _ => None,
        }
    }

    /// Append a new entry for a key known to be absent (the insertion half of `insertdict`:
    /// `insertion_resize` when no entry is usable, then `find_empty_slot`); its index.
    #[inline]
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        if self.usable == 0 {
            self.insertion_resize();
        }
        let n = self.entries.len();
        if n == self.entries.capacity() {
            // The smallest table holds 3 entries, then all 5 usable ones (a 3-attribute
            // instance dict takes 120 bytes of entries, not 200); resized tables get their
            // whole usable size at once.
            let total = n + self.usable as usize;
            let want = if n < 3 { 3 } else { n * 2 }.min(total);
            self.entries.reserve_exact(want - n);
        }
        let i = with_ix!(&self.indices, ix => find_empty_slot(ix, hash), 0);
        with_ix!(&mut self.indices, ix => ix[i] = Ix::make(n as isize), ());
        self.entries.push(Entry::new(hash, key, value));
        self.used += 1;
        self.usable -= 1;
        n
    }

    /// `insertion_resize`: `dictresize(calculate_log2_keysize(GROWTH_RATE(mp)))` with
    /// `GROWTH_RATE(d) = d->ma_used * 3`.
    #[cold]
    fn insertion_resize(&mut self) {
        self.dictresize(calculate_log2_keysize(self.used * 3));
    }

    /// `dictresize`: a fresh index table of `1 << log2` slots and the live entries compacted
    /// in order (tombstones dropped), then `build_indices`.
    fn dictresize(&mut self, log2: u32) {
        let size = 1usize << log2;
        let usable = usable_fraction(size).max(self.used);
        let old = std::mem::take(&mut self.entries);
        let mut entries;
        if self.used == old.len() && self.used > 0 {
            entries = old;
            if size > 8 {
                entries.reserve_exact(usable - entries.len());
            }
        } else {
            entries = Vec::with_capacity(if size > 8 { usable } else { self.used });
            entries.extend(old.into_iter().filter(|e| e.is_live()));
        }
        let mut indices = Indices::new(log2);
        with_ix!(&mut indices, ix => build_indices(ix, &entries), ());
        self.indices = indices;
        self.usable = (usable - entries.len()) as u32;
        self.entries = entries;
        self.gen = self.gen.wrapping_add(1);
    }

    /// `delitem_common`: turn entry `i`'s slot into DUMMY and the entry into a tombstone;
    /// the removed key and value (drop them outside any borrow).
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let e = self.entries.get(i)?;
        if !e.is_live() {
            return None;
        }
        let hash = e.hash;
        let slot = with_ix!(&self.indices, ix => lookdict_index(ix, hash, i), None)?;
        with_ix!(&mut self.indices, ix => ix[slot] = Ix::make(DKIX_DUMMY), ());
        let kv = self.entries[i].take();
        self.used -= 1;
        Some(kv)
    }

    /// `dict_popitem`: remove the last live entry; entries after it (tombstones) are
    /// forgotten (`dk_nentries = i`; `dk_usable` is not given back, as in CPython).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (i, _) = self.prev_live(self.entries.len())?;
        let kv = self.remove_at(i)?;
        self.entries.truncate(i);
        Some(kv)
    }

    /// A copy for `dict.copy()` (`dict_copy`: a table without deletions is cloned as is,
    /// otherwise the live entries are re-inserted into a table sized for them).
    pub fn copy(&self) -> DictKeys {
        if self.used == self.entries.len() {
            let mut t = self.clone();
            t.gen = 0;
            return t;
        }
        let mut t = DictKeys::with_capacity(self.used);
        for e in self.iter() {
            t.insert_new(e.hash, (*e.key()).clone(), (*e.value()).clone());
        }
        t
    }

    /// The index-table size (for tests and `__sizeof__`-like introspection).
    pub fn table_size(&self) -> usize {
        self.indices.size()
    }

    /// Check the invariants (tests).
    #[cfg(test)]
    fn check(&self) {
        let live = self.entries.iter().filter(|e| e.is_live()).count();
        assert_eq!(live, self.used);
        let size = self.indices.size();
        if size == 0 {
            assert!(self.entries.is_empty());
            return;
        }
        assert!(self.entries.len() + self.usable as usize <= usable_fraction(size).max(self.used));
        let mut seen = vec![false; self.entries.len()];
        with_ix!(&self.indices, ix => {
            for s in ix.iter() {
                let v = s.get();
                if v >= 0 {
                    assert!(!seen[v as usize], "two slots point at one entry");
                    seen[v as usize] = true;
                } else {
                    assert!(v == DKIX_EMPTY || v == DKIX_DUMMY);
                }
            }
        }, ());
        for (n, e) in self.entries.iter().enumerate() {
            assert_eq!(seen[n], e.is_live(), "entry {n}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(&Value) -> bool {
        move |v| matches!(v, Value::Int(x) if *x == k)
    }
    fn insert(t: &mut DictKeys, hash: i64, k: i64) {
        if t.find(hash, int_eq(k)).is_none() {
            t.insert_new(hash, Value::Int(k), Value::Int(k * 10));
        }
    }
    fn remove(t: &mut DictKeys, hash: i64, k: i64) -> bool {
        match t.find(hash, int_eq(k)) {
            Some(i) => t.remove_at(i).is_some(),
            None => false,
        }
    }
    fn keys(t: &DictKeys) -> Vec<i64> {
        t.iter()
            .map(|e| match *e.key() {
                Value::Int(k) => k,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn dictkeys_insert_find_grow_keeps_insertion_order() {
        let mut t = DictKeys::new();
        for k in 0..1000 {
            insert(&mut t, k * 7919, k);
            t.check();
        }
        assert_eq!(t.len(), 1000);
        for k in 0..1000 {
            let i = t.find(k * 7919, int_eq(k)).expect("present");
            assert!(
                matches!(t.entry(i).map(|e| (*e.value()).clone()), Some(Value::Int(v)) if v == k * 10)
            );
        }
        assert!(t.find(5, int_eq(1001)).is_none());
        assert_eq!(keys(&t), (0..1000).collect::<Vec<_>>());
        assert_eq!(t.table_size(), 2048);
    }

    #[test]
    fn dictkeys_delete_leaves_tombstones_until_resize_compacts_them() {
        let mut t = DictKeys::new();
        for k in 0..5 {
            insert(&mut t, k, k);
        }
        assert!(remove(&mut t, 1, 1));
        assert!(remove(&mut t, 3, 3));
        assert!(!remove(&mut t, 3, 3));
        t.check();
        assert_eq!(t.nentries(), 5);
        assert_eq!(keys(&t), vec![0, 2, 4]);
        // Re-inserting a deleted key appends it at the end.
        insert(&mut t, 1, 1);
        t.check();
        assert_eq!(keys(&t), vec![0, 2, 4, 1]);
        assert_eq!(t.nentries(), 4, "the resize compacted the two tombstones");
        assert_eq!(t.table_size(), 16);
        assert_eq!(t.next_live(0).map(|(i, _)| i), Some(0));
        assert_eq!(t.prev_live(usize::MAX).map(|(i, _)| i), Some(3));
    }

    #[test]
    fn dictkeys_many_equal_hashes_probe_past_each_other_and_dummies() {
        let mut t = DictKeys::new();
        for k in 0..200 {
            insert(&mut t, 42, k);
        }
        t.check();
        for k in (0..200).step_by(2) {
            assert!(remove(&mut t, 42, k));
        }
        t.check();
        for k in (1..200).step_by(2) {
            assert!(t.find(42, int_eq(k)).is_some(), "{k}");
        }
        for k in (0..200).step_by(2) {
            assert!(t.find(42, int_eq(k)).is_none(), "{k}");
        }
        for k in 0..50 {
            insert(&mut t, 42, k);
            t.check();
        }
        let mut want: Vec<i64> = (1..200).step_by(2).collect();
        want.extend((0..50).step_by(2));
        assert_eq!(keys(&t), want);
    }

    #[test]
    fn dictkeys_negative_and_extreme_hashes_use_the_perturbation_sequence() {
        let mut t = DictKeys::new();
        let hashes = [i64::MIN, -1, -2, i64::MAX, 0, 1 << 40, -(1 << 40)];
        for (k, h) in hashes.iter().enumerate() {
            insert(&mut t, *h, k as i64);
        }
        t.check();
        for (k, h) in hashes.iter().enumerate() {
            assert!(t.find(*h, int_eq(k as i64)).is_some());
        }
    }

    #[test]
    fn dictkeys_pop_last_skips_tombstones_and_forgets_them() {
        let mut t = DictKeys::new();
        for k in 0..4 {
            insert(&mut t, k, k);
        }
        assert!(remove(&mut t, 3, 3));
        assert!(remove(&mut t, 2, 2));
        let (k, _) = t.pop_last().expect("one left");
        assert!(matches!(k, Value::Int(1)));
        t.check();
        assert_eq!(t.nentries(), 1);
        insert(&mut t, 9, 9);
        t.check();
        assert_eq!(keys(&t), vec![0, 9]);
        assert!(t.pop_last().is_some());
        assert!(t.pop_last().is_some());
        assert!(t.pop_last().is_none());
        t.check();
    }

    #[test]
    fn dictkeys_churn_of_delete_and_reinsert_stays_bounded() {
        let mut t = DictKeys::new();
        for k in 0..10 {
            insert(&mut t, k, k);
        }
        for round in 0..10_000 {
            let k = round % 10;
            assert!(remove(&mut t, k, k));
            insert(&mut t, k, k);
        }
        t.check();
        assert_eq!(t.len(), 10);
        assert!(t.table_size() <= 32, "{}", t.table_size());
    }

    #[test]
    fn dictkeys_copy_of_a_table_with_holes_is_compact() {
        let mut t = DictKeys::new();
        for k in 0..20 {
            insert(&mut t, k, k);
        }
        for k in 0..10 {
            remove(&mut t, k, k);
        }
        let c = t.copy();
        c.check();
        assert_eq!(c.nentries(), 10);
        assert_eq!(keys(&c), (10..20).collect::<Vec<_>>());
        let c2 = c.copy();
        c2.check();
        assert_eq!(keys(&c2), keys(&c));
    }
}
