//! The dispatch loop's fast paths, kept out of `eval.rs`: drop/clone helpers that skip the
//! enum's drop glue for immediates, arithmetic and comparison on unboxed ints and floats
//! (`Num` results built in place), truthiness of common values, and the LOAD_GLOBAL cache.
//!
//! Invariants: a fast path never raises and never runs Python code; when it does not apply
//! it returns `None` and the loop falls back to the protocol (`Vm::binary_op`, ...), which
//! produces CPython's errors.

use super::Vm;
use crate::object::class::PyType;
use crate::object::{ExcType, PyDict, PyErr, PyStr, Value};
use std::rc::Rc;

/// Drop a value, skipping the drop glue for immediates (the common case on the hot paths).
#[inline(always)]
pub fn discard(v: Value) {
    // One range check on the tag for the immediates (no jump table on the hot path).
    if is_immediate(&v) {
        std::mem::forget(v)
    } else {
        drop_heap(v)
    }
}

/// `true` for the variants that own no heap data (a bitwise copy is an independent value).
#[inline(always)]
pub fn is_immediate(v: &Value) -> bool {
    matches!(
        v,
        Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
    )
}

/// The strong count of a heap value's `Rc`: every non-immediate variant holds exactly one
/// `Rc<T>` (a thin pointer to std's `#[repr(C)] RcInner { strong, weak, value }`) as its
/// payload at offset 8 (`Value` is `repr(C, u8)`), so the count is the first word behind it.
/// Checked by `tests::rc_count_layout`.
#[inline(always)]
fn strong_count_of(v: &Value) -> *mut usize {
    // SAFETY: only called on non-immediates, whose payload word is a live `Rc` pointer.
    unsafe { *(v as *const Value as *const usize).add(1) as *mut usize }
}

#[inline(always)]
fn drop_heap(v: Value) {
    // Not the last reference (the common case): one decrement, no jump table on the tag.
    let count = strong_count_of(&v);
    // SAFETY: `v` owns one strong reference, so the count is >= 1 and the pointer is live.
    unsafe {
        if *count > 1 {
            *count -= 1;
            std::mem::forget(v);
            return;
        }
    }
    drop(v)
}

/// Pop the top of a frame's value stack (`Value::Null` on underflow, which only a compiler bug
/// could cause). A plain 16-byte read: `Vec::pop`'s `Option<Value>` made the compiler shuffle
/// the value bytewise through the stack.
#[inline(always)]
pub fn pop_value(values: &mut Vec<Value>) -> Value {
    let len = values.len();
    if len == 0 {
        return Value::Null;
    }
    // SAFETY: `len - 1` is in bounds; shrinking the length first transfers ownership of the
    // last element to the returned value exactly once.
    unsafe {
        values.set_len(len - 1);
        std::ptr::read(values.as_ptr().add(len - 1))
    }
}

/// Clone a value with the immediates handled inline.
#[inline(always)]
pub fn clone_fast(v: &Value) -> Value {
    if is_immediate(v) {
        // SAFETY: immediates own no heap data, so a bitwise copy is an independent, valid
        // `Value` (a plain 16-byte copy instead of rebuilding the enum field by field).
        return unsafe { std::ptr::read(v) };
    }
    clone_heap(v)
}

#[inline(always)]
fn clone_heap(v: &Value) -> Value {
    // One increment of the `Rc`'s strong count whatever the variant (no jump table on the
    // tag), then a bitwise copy owning the new reference.
    // SAFETY: `v` is a live heap value (see `strong_count_of`); the copy owns the reference
    // just taken.
    unsafe {
        *strong_count_of(v) += 1;
        std::ptr::read(v)
    }
}

/// A `Value` moved as 16 opaque bytes: holding a value in this form (across a frame switch,
/// out of a cache) keeps the compiler from splitting it into tag + payload pieces, which it
/// then reloads as one 16-byte word (a store-forwarding stall).
pub(crate) type RawValue = std::mem::MaybeUninit<Value>;

/// A new reference to `v` as a `RawValue` (every `Value` variant is an immediate or one `Rc`,
/// so a clone is bitwise identical to the original: take the reference count, copy the bytes).
#[inline(always)]
pub(crate) fn clone_raw(v: &Value) -> RawValue {
    std::mem::forget(clone_fast(v));
    // SAFETY: reading 16 bytes of a live value into an opaque `MaybeUninit`.
    unsafe { std::ptr::read(v as *const Value as *const RawValue) }
}

/// Push a `RawValue` that owns its reference (from `clone_raw` / `pop_raw`).
#[inline(always)]
pub(crate) fn push_raw(values: &mut Vec<Value>, v: RawValue) {
    let len = values.len();
    if len == values.capacity() {
        values.reserve(1);
    }
    // SAFETY: `len < capacity`; the slot is written whole, then covered by the length.
    unsafe {
        std::ptr::write(values.as_mut_ptr().add(len) as *mut RawValue, v);
        values.set_len(len + 1);
    }
}

/// Pop the top of the stack as a `RawValue` (the caller takes over its reference).
/// The stack must not be empty (compiler-guaranteed depths).
#[inline(always)]
pub(crate) fn pop_raw(values: &mut Vec<Value>) -> RawValue {
    let len = values.len();
    assert!(len > 0, "value stack underflow");
    // SAFETY: `len - 1` is live; shrinking the length first hands its ownership over.
    unsafe {
        values.set_len(len - 1);
        std::ptr::read(values.as_ptr().add(len - 1) as *const RawValue)
    }
}

/// One slot of the LOAD_GLOBAL cache (see `Vm::load_global`). The pointers are identities
/// only, never dereferenced; a hit is re-validated by checking the key stored at `idx`.
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    name: *const PyStr,
    globals: *const PyDict,
    builtins: *const PyDict,
    gver: u64,
    bver: u64,
    idx: u32,
    in_builtins: bool,
}

impl Default for GlobalCacheEntry {
    fn default() -> Self {
        GlobalCacheEntry {
            name: std::ptr::null(),
            globals: std::ptr::null(),
            builtins: std::ptr::null(),
            gver: 0,
            bver: 0,
            idx: 0,
            in_builtins: false,
        }
    }
}

pub const GLOBAL_CACHE_SIZE: usize = 256;

/// Look `name` up on a type and its mro (`_PyType_Lookup`), without descriptors.
pub fn lookup_type_attr(t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
    if let Some(v) = t.dict.get_str(name) {
        return Some(v);
    }
    for m in &t.mro {
        if let Some(v) = m.dict.get_str(name) {
            return Some(v);
        }
    }
    None
}

pub(crate) fn name_str(v: &Value) -> Rc<PyStr> {
    match v {
        Value::Str(s) => s.clone(),
        _ => super::name("?"),
    }
}

#[cold]
#[inline(never)]
pub(crate) fn unbound_local(code: &crate::bytecode::CodeObject, i: usize) -> PyErr {
    let n = code.varnames.get(i).map(|s| &**s).unwrap_or("?");
    PyErr::new(
        ExcType::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            n
        ),
    )
}

#[cold]
#[inline(never)]
pub(crate) fn unbound_deref(code: &crate::bytecode::CodeObject, i: usize) -> PyErr {
    let nc = code.cellvars.len();
    if i < nc {
        PyErr::new(
            ExcType::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                code.cellvars[i]
            ),
        )
    } else {
        let n = code.freevars.get(i - nc).map(|s| &**s).unwrap_or("?");
        PyErr::new(
            ExcType::NameError,
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                n
            ),
        )
    }
}

#[cold]
pub(crate) fn name_error(name: &Rc<PyStr>) -> PyErr {
    PyErr::new(
        ExcType::NameError,
        format!("name '{}' is not defined", name.as_str()),
    )
}

#[cold]
pub(crate) fn not_supported(what: &str) -> PyErr {
    PyErr::new(ExcType::SystemError, format!("{} not supported yet", what))
}

/// Truthiness without a Vm for the common immediates; `None` when a protocol call is needed.
#[inline(always)]
pub(crate) fn fast_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        Value::Float(f) => Some(*f != 0.0),
        Value::Str(s) => Some(!s.as_str().is_empty()),
        Value::List(l) => Some(!l.is_empty()),
        Value::Tuple(t) => Some(!t.items.is_empty()),
        Value::Dict(d) => Some(!d.is_empty()),
        _ => None,
    }
}

/// `a op b` for two i64/f64 immediates, when it cannot raise; `None` sends the operation to
/// the protocol (`binary_op`).
/// A fast-path arithmetic result, pushed with `push_num!` so the `Value` is built in place
/// (returning `Option<Value>` made the compiler assemble it in a temporary and reload it as
/// one 16-byte word, a store-forwarding stall on every arithmetic instruction).
#[derive(Clone, Copy)]
pub(crate) enum Num {
    I(i64),
    F(f64),
}

impl Num {
    /// The `Value` tag and 8-byte payload of this result (see `write_imm`).
    #[inline(always)]
    pub(crate) fn parts(self) -> (u8, u64) {
        match self {
            Num::I(i) => (TAG_INT, i as u64),
            Num::F(f) => (TAG_FLOAT, f.to_bits()),
        }
    }
}

/// `Value`'s tags for the immediates `write_imm` builds (`Value` is `repr(C, u8)`: the tag is
/// the first byte, every payload sits at offset 8; `tests::imm_layout` checks these).
pub(crate) const TAG_BOOL: u8 = 4;
pub(crate) const TAG_INT: u8 = 5;
pub(crate) const TAG_FLOAT: u8 = 6;

/// Write the immediate `tag`/`payload` (`Value::Bool`, `Int` or `Float`) to `dst` as ONE
/// 16-byte store. Building the enum in place writes the tag byte and the payload separately,
/// and the next 16-byte load of that slot (a pop, a move) then cannot be store-forwarded
/// (a ~12-cycle stall per arithmetic result on the hot paths).
///
/// # Safety
/// `dst` must be valid for a 16-byte write; whatever it held is overwritten without a drop.
/// `tag` and `payload` must form a valid value (`value_parts`): the tag's padding bytes are
/// written as zeros.
#[inline(always)]
pub(crate) unsafe fn write_imm(dst: *mut Value, tag: u8, payload: u64) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
        _mm_storeu_si128(
            dst as *mut __m128i,
            _mm_set_epi64x(payload as i64, tag as i64),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let v = match tag {
            TAG_BOOL => Value::Bool(payload != 0),
            TAG_INT => Value::Int(payload as i64),
            _ => Value::Float(f64::from_bits(payload)),
        };
        std::ptr::write(dst, v);
    }
}

/// A value as its tag byte and payload word (0 for payload-less variants, the byte for a
/// bool, the bits for ints and floats, the `Rc` pointer for the rest): a borrowed view that
/// `push_parts_clone` turns back into a new reference with one 16-byte store.
#[inline(always)]
pub(crate) fn value_parts(v: &Value) -> (u8, u64) {
    let bits = match v {
        Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis => 0,
        Value::Bool(b) => *b as u64,
        Value::Int(i) => *i as u64,
        Value::Float(f) => f.to_bits(),
        _ => strong_count_of(v) as u64,
    };
    (value_tag(v), bits)
}

/// Push a new reference to the value whose parts (`value_parts`, or a dict entry's tag and
/// payload) are given, as ONE 16-byte store.
///
/// # Safety
/// `(tag, bits)` must describe a live value: for heap tags `bits` is a live `Rc`'s pointer.
#[inline(always)]
pub(crate) unsafe fn push_parts_clone(values: &mut Vec<Value>, tag: u8, bits: u64) {
    if tag > TAG_FLOAT {
        *(bits as *mut usize) += 1;
    }
    let len = values.len();
    if len == values.capacity() {
        values.reserve(1);
    }
    write_imm(values.as_mut_ptr().add(len), tag, bits);
    values.set_len(len + 1);
}

/// `Value::Tuple`'s tag (checked by `tests::imm_layout`).
pub(crate) const TAG_TUPLE: u8 = 10;
/// `Value::Instance`'s tag (checked by `tests::imm_layout`).
pub(crate) const TAG_INSTANCE: u8 = 21;

/// Push `Value::Tuple(t)` as ONE 16-byte store (see `write_imm`: building the enum on the
/// Rust stack and copying it costs a store-forwarding stall).
#[inline(always)]
pub(crate) fn push_tuple(values: &mut Vec<Value>, t: Rc<crate::object::PyTuple>) {
    let len = values.len();
    if len == values.capacity() {
        values.reserve(1);
    }
    // SAFETY: `len < capacity`; the slot is written whole (tag word + the `Rc` pointer, the
    // layout of `Value::Tuple` under `repr(C, u8)`), then covered by the length.
    unsafe {
        let dst = values.as_mut_ptr().add(len);
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
            // `Value::Tuple`'s payload is the `Rc` itself (one pointer): move its bits.
            let p = std::mem::transmute::<Rc<crate::object::PyTuple>, i64>(t);
            _mm_storeu_si128(dst as *mut __m128i, _mm_set_epi64x(p, TAG_TUPLE as i64));
        }
        #[cfg(not(target_arch = "x86_64"))]
        std::ptr::write(dst, Value::Tuple(t));
        values.set_len(len + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rc_count_layout() {
        let t = Rc::new(crate::object::PyTuple::new(vec![]));
        let s = Rc::new(crate::object::PyStr::new("x"));
        let vt = Value::Tuple(t.clone());
        let vs = Value::Str(s.clone());
        let (ct, cs) = (clone_fast(&vt), clone_fast(&vs));
        assert_eq!(Rc::strong_count(&t), 3);
        assert_eq!(Rc::strong_count(&s), 3);
        discard(ct);
        discard(cs);
        discard(vt);
        assert_eq!(Rc::strong_count(&t), 1);
        assert_eq!(Rc::strong_count(&s), 2);
        // The last reference goes through the real drop.
        let only = Value::Tuple(Rc::new(crate::object::PyTuple::new(vec![Value::Str(
            s.clone(),
        )])));
        discard(only);
        assert_eq!(Rc::strong_count(&s), 2);
        drop(vs);
        assert_eq!(Rc::strong_count(&s), 1);
    }

    fn bytes(v: &Value) -> [u8; 16] {
        let mut out = [0u8; 16];
        // SAFETY: reading the 16 bytes of a live Value; only the tag and payload bytes are
        // compared below (padding is never looked at).
        unsafe {
            std::ptr::copy_nonoverlapping(v as *const Value as *const u8, out.as_mut_ptr(), 16)
        };
        out
    }

    #[test]
    fn imm_layout() {
        assert_eq!(bytes(&Value::Bool(true))[0], TAG_BOOL);
        let t = Rc::new(crate::object::PyTuple::new(vec![]));
        let tv = Value::Tuple(t.clone());
        assert_eq!(bytes(&tv)[0], TAG_TUPLE);
        let cls = crate::object::class::PyType::new_raw(
            crate::object::str::intern("C"),
            crate::object::class::TypeKind::Heap,
            vec![],
            vec![],
            Default::default(),
            crate::object::class::TypeFlags {
                heap: true,
                basetype: true,
                instance_dict: false,
            },
        );
        let inst = crate::object::class::Instance::native(cls, ());
        assert!(matches!(inst, Value::Instance(_)));
        assert_eq!(bytes(&inst)[0], TAG_INSTANCE);
        let mut pushed = Vec::with_capacity(1);
        push_tuple(&mut pushed, t.clone());
        // The tag byte and the payload word (bytes 1..8 are padding).
        assert_eq!(bytes(&pushed[0])[0], bytes(&tv)[0]);
        assert_eq!(bytes(&pushed[0])[8..], bytes(&tv)[8..]);
        assert!(matches!(&pushed[0], Value::Tuple(p) if Rc::ptr_eq(p, &t)));
        assert_eq!(bytes(&Value::Bool(true))[8], 1);
        assert_eq!(bytes(&Value::Int(-2))[0], TAG_INT);
        assert_eq!(bytes(&Value::Int(-2))[8..], (-2i64).to_ne_bytes());
        assert_eq!(bytes(&Value::Float(1.5))[0], TAG_FLOAT);
        assert_eq!(
            bytes(&Value::Float(1.5))[8..],
            1.5f64.to_bits().to_ne_bytes()
        );
        for (tag, payload, want) in [
            (TAG_BOOL, 1u64, Value::Bool(true)),
            (TAG_BOOL, 0, Value::Bool(false)),
            (TAG_INT, (-7i64) as u64, Value::Int(-7)),
            (TAG_FLOAT, 2.25f64.to_bits(), Value::Float(2.25)),
        ] {
            let mut v = Value::None;
            // SAFETY: `v` is a live 16-byte Value holding an immediate (no drop needed).
            unsafe { write_imm(&mut v, tag, payload) };
            assert!(v.is(&want), "{:?} vs {:?}", v, want);
        }
    }
}

// BinOpKind numbering: Add 0, And 1, FloorDivide 2, Lshift 3, MatrixMultiply 4, Multiply 5,
// Remainder 6, Or 7, Power 8, Rshift 9, Subtract 10, TrueDivide 11, Xor 12; inplace = +13.
#[inline(always)]
pub(crate) fn fast_binop(a: &Value, b: &Value, op: u32) -> Option<Num> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                0 | 13 => x.checked_add(y).map(Num::I),
                10 | 23 => x.checked_sub(y).map(Num::I),
                5 | 18 => x.checked_mul(y).map(Num::I),
                1 | 14 => Some(Num::I(x & y)),
                7 | 20 => Some(Num::I(x | y)),
                12 | 25 => Some(Num::I(x ^ y)),
                // Floor division/modulo for a positive divisor, written out (`div_euclid`
                // was an out-of-line call); no overflow is possible with y > 0.
                // A power-of-two divisor is a shift / mask (floor semantics for any sign).
                2 | 15 if y > 0 => {
                    if y & (y - 1) == 0 {
                        return Some(Num::I(x >> y.trailing_zeros()));
                    }
                    let (q, r) = (x / y, x % y);
                    Some(Num::I(if r < 0 { q - 1 } else { q }))
                }
                6 | 19 if y > 0 => {
                    if y & (y - 1) == 0 {
                        return Some(Num::I(x & (y - 1)));
                    }
                    let r = x % y;
                    Some(Num::I(if r < 0 { r + y } else { r }))
                }
                9 | 22 if (0..64).contains(&y) => Some(Num::I(x >> y)),
                8 | 21 if (0..64).contains(&y) => x.checked_pow(y as u32).map(Num::I),
                11 | 24
                    if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
                {
                    Some(Num::F(x as f64 / y as f64))
                }
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => fast_float(*x, *y, op),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            fast_float(*x, *y as f64, op)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            fast_float(*x as f64, *y, op)
        }
        _ => None,
    }
}

#[inline(always)]
pub(crate) fn fast_float(x: f64, y: f64, op: u32) -> Option<Num> {
    match op {
        0 | 13 => Some(Num::F(x + y)),
        10 | 23 => Some(Num::F(x - y)),
        5 | 18 => Some(Num::F(x * y)),
        11 | 24 if y != 0.0 => Some(Num::F(x / y)),
        // C pow for a positive finite base, as float_pow does; anything unusual (negative
        // base, overflow, NaN) goes to the protocol for CPython's errors.
        8 | 21 if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if r.is_finite() && r != 0.0 {
                Some(Num::F(r))
            } else {
                None
            }
        }
        _ => None,
    }
}

#[inline(always)]
pub(crate) fn cmp_i64(x: i64, y: i64, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

#[inline(always)]
pub(crate) fn cmp_f64(x: f64, y: f64, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

#[inline(always)]
pub(crate) fn fast_compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_i64(*x, *y, op)),
        (Value::Float(x), Value::Float(y)) => Some(cmp_f64(*x, *y, op)),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            Some(cmp_f64(*x as f64, *y, op))
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            Some(cmp_f64(*x, *y as f64, op))
        }
        (Value::Str(x), Value::Str(y)) if op == 2 || op == 3 => {
            let eq = Rc::ptr_eq(x, y) || x.as_str() == y.as_str();
            Some(eq == (op == 2))
        }
        _ => None,
    }
}

impl Vm {
    /// LOAD_GLOBAL with a direct-mapped cache keyed by (name, globals, builtins) and the two
    /// dicts' versions (which change on every insertion and removal, so an entry's index stays
    /// valid; the value is read fresh from that index), pushing straight onto `values` (no
    /// `Option<Value>` round trip on a cache hit); false when the name is not defined
    /// (nothing pushed).
    #[inline(always)]
    pub(crate) fn load_global_push(
        &mut self,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
        key: &Rc<PyStr>,
        values: &mut Vec<Value>,
    ) -> bool {
        let np = Rc::as_ptr(key);
        let gp = Rc::as_ptr(globals);
        let slot = super::attrcache::pair_slot(np as usize, gp as usize, GLOBAL_CACHE_SIZE);
        let e = &self.global_cache[slot];
        if e.name == np
            && e.globals == gp
            && e.gver == globals.version.get()
            && e.builtins == Rc::as_ptr(builtins)
            && e.bver == builtins.version.get()
        {
            let d = if e.in_builtins { builtins } else { globals };
            if d.push_at_if_key(e.idx as usize, key, values) {
                return true;
            }
        }
        match self.load_global_slow(globals, builtins, key, slot) {
            Some(v) => {
                values.push(v);
                true
            }
            None => false,
        }
    }

    /// STORE_GLOBAL (and STORE_NAME in module code): the value replaced in place at the entry
    /// index the LOAD_GLOBAL cache found for this name in `globals` (re-checked by key
    /// pointer), else a plain store. The old value is dropped after the store.
    #[inline(always)]
    pub(crate) fn store_global(&mut self, globals: &Rc<PyDict>, key: &Rc<PyStr>, v: Value) {
        let np = Rc::as_ptr(key);
        let gp = Rc::as_ptr(globals);
        let slot = super::attrcache::pair_slot(np as usize, gp as usize, GLOBAL_CACHE_SIZE);
        let e = &self.global_cache[slot];
        if e.name == np && e.globals == gp && !e.in_builtins && e.gver == globals.version.get() {
            globals.set_str_hinted(key, e.idx as usize, v);
            return;
        }
        let old = globals.set_str(key.clone(), v);
        drop(old);
    }

    #[inline(never)]
    fn load_global_slow(
        &mut self,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
        key: &Rc<PyStr>,
        slot: usize,
    ) -> Option<Value> {
        let (found, in_builtins) = match globals.get_str_full(key) {
            Some(f) => (Some(f), false),
            None => (builtins.get_str_full(key), true),
        };
        let (idx, v, same_key) = found?;
        // Only cache when the stored key is this very interned string (the re-validation
        // compares pointers).
        if same_key {
            self.global_cache[slot] = GlobalCacheEntry {
                name: Rc::as_ptr(key),
                globals: Rc::as_ptr(globals),
                builtins: Rc::as_ptr(builtins),
                gver: globals.version.get(),
                bver: builtins.version.get(),
                idx: idx as u32,
                in_builtins,
            };
        }
        Some(v)
    }
}

/// The discriminant byte of a value (`Value` is `#[repr(C, u8)]`: the tag is its first byte).
#[inline(always)]
pub(crate) fn value_tag(v: &Value) -> u8 {
    // SAFETY: a `#[repr(C, u8)]` enum starts with its `u8` tag.
    unsafe { *(v as *const Value as *const u8) }
}
