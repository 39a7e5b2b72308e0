//! Hot-path helpers for the dispatch loop (owned by the perf work): small `#[inline(always)]`
//! functions that `eval.rs` calls at a few precise points, so the loop body stays readable and
//! the vm's own edits to `eval.rs` rarely conflict with performance work.
//!
//! Invariants:
//! - Every helper here is a pure fast path: it either produces exactly what the generic
//!   protocol would (same value, same exception behaviour, checked against CPython 3.11) or
//!   declines (`None` / `false`) so the caller falls back to the generic code.
//! - Nothing here runs Python code or holds a `RefCell` borrow across a call.

use crate::bytecode::Instr;
use crate::object::Value;
use std::rc::Rc;

/// `a + b` / `a += b` for two exact strs without the binary-op protocol (CPython's
/// `unicode_concatenate` in `BINARY_OP_INPLACE_ADD_UNICODE`). `op` is the `BinaryOp`
/// argument (0 = `+`, 13 = `+=`); `next` is the instruction after it and `locals` the frame's
/// values. When `next` is `StoreFast(i)` and local `i` holds this very str, the local is
/// cleared first (it is about to be overwritten and nothing can run in between), so a str
/// referenced only by that local is appended to in place instead of copied. Any other
/// operands come back as `Err(a)` for the generic path.
#[inline(always)]
pub fn str_add(
    locals: &mut [Value],
    next: Option<&Instr>,
    a: Value,
    b: &Value,
    op: u32,
) -> Result<Value, Value> {
    if op != 0 && op != 13 {
        return Err(a);
    }
    let y = match b {
        Value::Str(y) => y,
        _ => return Err(a),
    };
    let mut x = match a {
        Value::Str(x) => x,
        other => return Err(other),
    };
    if let Some(Instr::StoreFast(i)) = next {
        if let Some(slot) = locals.get_mut(*i as usize) {
            if matches!(slot, Value::Str(l) if Rc::ptr_eq(l, &x)) {
                *slot = Value::Null;
            }
        }
    }
    // Empty operands keep CPython's identities (`'' + s is s`): str_concat handles them.
    if !y.as_str().is_empty() && !x.as_str().is_empty() {
        if let Some(s) = Rc::get_mut(&mut x) {
            s.append_in_place(y);
            return Ok(Value::Str(x));
        }
    }
    Ok(crate::object::str::str_concat(&x, y))
}

/// Write a clone of `c[k]` to `dst` when `c` is a list or tuple and `k` an in-range index
/// (negative counts from the end); false (nothing written) otherwise. The item goes straight
/// from the container to `dst` (no `Option<Value>` round trip through the Rust stack).
///
/// # Safety
/// `dst` must be valid for a 16-byte write and hold nothing that needs dropping; it must not
/// alias `c`'s storage.
#[inline(always)]
unsafe fn seq_item_to(c: &Value, k: i64, dst: *mut Value) -> bool {
    match c {
        Value::List(l) => {
            let items = l.items.borrow();
            let n = items.len() as i64;
            let j = if k < 0 { k + n } else { k };
            if j >= 0 && j < n {
                std::ptr::write(
                    dst,
                    super::eval::clone_fast(items.get_unchecked(j as usize)),
                );
                true
            } else {
                false
            }
        }
        Value::Tuple(t) => {
            let n = t.items.len() as i64;
            let j = if k < 0 { k + n } else { k };
            if j >= 0 && j < n {
                std::ptr::write(
                    dst,
                    super::eval::clone_fast(t.items.get_unchecked(j as usize)),
                );
                true
            } else {
                false
            }
        }
        _ => false,
    }
}

/// `BINARY_SUBSCR` of the list/tuple in `values[c]` by the int `k`: pushes the item and
/// returns true, or returns false with nothing changed (the caller takes the generic path).
#[inline(always)]
pub fn push_subscr_local(values: &mut Vec<Value>, c: usize, k: i64) -> bool {
    let len = values.len();
    if c >= len || len == values.capacity() {
        return false;
    }
    let base = values.as_mut_ptr();
    // SAFETY: `c < len` and `len < capacity`: the container is a live element and the write
    // goes to the spare slot just past the end, which the length then covers.
    unsafe {
        if seq_item_to(&*base.add(c), k, base.add(len)) {
            values.set_len(len + 1);
            true
        } else {
            false
        }
    }
}

/// The read half of `a[c] op= v` (`LOAD_FAST a; LOAD_CONST c; COPY 2; COPY 2;
/// BINARY_SUBSCR`): pushes `a`, `c` and `a[c]` when local `a` is a list/tuple and the int
/// constant `c` indexes it; false with nothing changed otherwise.
#[inline(always)]
pub fn push_subscr_keep(values: &mut Vec<Value>, a: usize, c: &Value) -> bool {
    let k = match c {
        Value::Int(k) => *k,
        _ => return false,
    };
    let len = values.len();
    if a >= len || len + 3 > values.capacity() {
        return false;
    }
    let base = values.as_mut_ptr();
    // SAFETY: `a < len` and three spare slots exist past the end; they are written (item
    // first, so a miss leaves them unused) before the length covers them.
    unsafe {
        let cont = &*base.add(a);
        if !seq_item_to(cont, k, base.add(len + 2)) {
            return false;
        }
        std::ptr::write(base.add(len), super::eval::clone_fast(cont));
        super::fastpath::write_imm(base.add(len + 1), super::fastpath::TAG_INT, k as u64);
        values.set_len(len + 3);
    }
    true
}

/// Superinstruction for the read half of `c[k] op= v`: `COPY 2; COPY 2; BINARY_SUBSCR` on a
/// stack ending `[c, k]` pushes `c[k]` when `c` is a list or tuple and `k` an in-range int.
/// Returns false (stack untouched) otherwise. The caller checks the instruction pattern.
#[inline(always)]
pub fn copy2_subscr(values: &mut Vec<Value>) -> bool {
    let len = values.len();
    if len < 2 || len == values.capacity() {
        return false;
    }
    let k = match &values[len - 1] {
        Value::Int(k) => *k,
        _ => return false,
    };
    let base = values.as_mut_ptr();
    // SAFETY: `len - 2` is a live element; the write goes to the spare slot past the end.
    unsafe {
        if seq_item_to(&*base.add(len - 2), k, base.add(len)) {
            values.set_len(len + 1);
            true
        } else {
            false
        }
    }
}

/// Superinstruction for the write half of `c[k] op= v`: `SWAP 3; SWAP 2; STORE_SUBSCR` on a
/// stack ending `[c, k, v]` does `c[k] = v` and pops all three when `c` is a list and `k` an
/// in-range int. Returns false (stack untouched) otherwise. The replaced item is dropped after
/// the list borrow ends (its drop may run arbitrary code).
#[inline(always)]
pub fn swap_store_subscr(values: &mut Vec<Value>) -> bool {
    use super::eval::{discard, pop_value};
    let len = values.len();
    if len < 3 {
        return false;
    }
    let j = match (&values[len - 3], &values[len - 2]) {
        (Value::List(l), Value::Int(k)) => {
            let n = l.len() as i64;
            let j = if *k < 0 { *k + n } else { *k };
            if j < 0 || j >= n {
                return false;
            }
            j as usize
        }
        _ => return false,
    };
    let v = pop_value(values);
    let k = pop_value(values);
    let c = pop_value(values);
    if let Value::List(l) = &c {
        let old = match l.items.borrow_mut().get_mut(j) {
            Some(slot) => std::mem::replace(slot, v),
            None => v,
        };
        discard(old);
    }
    discard(k);
    discard(c);
    true
}

/// `BINARY_OP op; SWAP 3; SWAP 2; STORE_SUBSCR` (the write half of `c[k] op= v`) on a stack
/// ending `[c, k, x, y]`: when `x op y` has a fast result, `c` is a list and `k` an in-range
/// int, stores the result into `c[k]`, pops all four and returns true; otherwise false with
/// nothing changed.
#[inline(always)]
pub fn binop_store_subscr(values: &mut Vec<Value>, op: u32) -> bool {
    use super::fastpath::{discard, fast_binop, write_imm};
    let len = values.len();
    if len < 4 {
        return false;
    }
    let n = match fast_binop(&values[len - 2], &values[len - 1], op) {
        Some(n) => n,
        None => return false,
    };
    let old = match (&values[len - 4], &values[len - 3]) {
        (Value::List(l), Value::Int(k)) => {
            let Ok(mut items) = l.items.try_borrow_mut() else {
                return false;
            };
            let n_items = items.len() as i64;
            let j = if *k < 0 { *k + n_items } else { *k };
            if j < 0 || j >= n_items {
                return false;
            }
            let slot: *mut Value = &mut items[j as usize];
            let (tag, bits) = n.parts();
            // SAFETY: `slot` is a live element of the borrowed list; its old value is moved
            // out before the 16-byte overwrite and dropped after the borrow ends.
            unsafe {
                let old = std::ptr::read(slot);
                write_imm(slot, tag, bits);
                old
            }
        }
        _ => return false,
    };
    // SAFETY: the four top slots are [list, int, imm, imm]: shrinking the length by four and
    // reading the list out transfers its ownership; the other three need no drop.
    let c = unsafe {
        values.set_len(len - 4);
        std::ptr::read(values.as_ptr().add(len - 4))
    };
    discard(old);
    discard(c);
    true
}

/// What `for_iter_fast` did.
pub enum IterStep {
    /// Advanced: the item was stored; skip this many following instructions (the fused
    /// STORE_FAST / UNPACK_SEQUENCE + STORE_FASTs), 0 when it was pushed.
    Next(usize),
    /// The iterator is exhausted (not popped yet).
    Exhausted,
    /// Not a range/list iterator (or nothing fits): take the generic path.
    Slow,
}

/// FOR_ITER on a range or list iterator at the top of `values`, fused with the loop target
/// when `next` is `STORE_FAST j` (the item goes straight into local `j`) or, for 2-tuples,
/// `UNPACK_SEQUENCE 2; STORE_FAST; STORE_FAST` (`n2`, `n3`). A replaced local is dropped
/// after every borrow ends.
#[inline(always)]
pub fn for_iter_fast(values: &mut Vec<Value>, next: Instr, n2: Instr, n3: Instr) -> IterStep {
    use super::fastpath::{discard, write_imm, TAG_INT};
    use crate::object::iter::IterState;
    let len = values.len();
    if len == 0 || len == values.capacity() {
        return IterStep::Slow;
    }
    let base = values.as_mut_ptr();
    // SAFETY: `len - 1` is live (the iterator); locals are below it.
    let it = unsafe { &*base.add(len - 1) };
    let Some(cell) = crate::object::iter::as_iter(it) else {
        return IterStep::Slow;
    };
    let Ok(mut st) = cell.try_borrow_mut() else {
        return IterStep::Slow;
    };
    let store = match next {
        Instr::StoreFast(j) if (j as usize) < len - 1 => Some(j as usize),
        _ => None,
    };
    match &mut *st {
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining == 0 {
                return IterStep::Exhausted;
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            drop(st);
            // SAFETY: local `j` is live (moved out before the overwrite) / the spare slot past
            // the end is written before the length covers it.
            unsafe {
                match store {
                    Some(j) => {
                        let old = std::ptr::read(base.add(j));
                        write_imm(base.add(j), TAG_INT, v as u64);
                        discard(old);
                        IterStep::Next(1)
                    }
                    None => {
                        write_imm(base.add(len), TAG_INT, v as u64);
                        values.set_len(len + 1);
                        IterStep::Next(0)
                    }
                }
            }
        }
        IterState::List { list, idx } => {
            let items = list.items.borrow();
            let Some(item) = items.get(*idx) else {
                // The generic path marks the iterator exhausted.
                return IterStep::Slow;
            };
            // `for a, b in list_of_pairs`.
            if let (
                Instr::UnpackSequence(2),
                Instr::StoreFast(ja),
                Instr::StoreFast(jb),
                Value::Tuple(t),
            ) = (next, n2, n3, item)
            {
                if t.items.len() == 2 && (ja as usize) < len - 1 && (jb as usize) < len - 1 {
                    let a = super::eval::clone_fast(&t.items[0]);
                    let b = super::eval::clone_fast(&t.items[1]);
                    *idx += 1;
                    drop(items);
                    drop(st);
                    // SAFETY: both locals are live elements; the old values are moved out
                    // and dropped after the writes.
                    unsafe {
                        let old_a = std::ptr::replace(base.add(ja as usize), a);
                        discard(old_a);
                        let old_b = std::ptr::replace(base.add(jb as usize), b);
                        discard(old_b);
                    }
                    return IterStep::Next(3);
                }
            }
            // SAFETY: as for the range case.
            unsafe {
                match store {
                    Some(j) => {
                        let v = super::eval::clone_fast(item);
                        *idx += 1;
                        drop(items);
                        drop(st);
                        let old = std::ptr::replace(base.add(j), v);
                        discard(old);
                        IterStep::Next(1)
                    }
                    None => {
                        std::ptr::write(base.add(len), super::eval::clone_fast(item));
                        *idx += 1;
                        drop(items);
                        drop(st);
                        values.set_len(len + 1);
                        IterStep::Next(0)
                    }
                }
            }
        }
        IterState::Dict {
            dict,
            idx,
            len: used,
            remaining,
            kind,
        } => {
            // `for k in d` into a local, and `for k, v in d.items()` into two locals (no
            // pair tuple); errors and the end take the generic path.
            use crate::object::iter::DictIterKind;
            if *remaining == 0 || dict.len() != *used {
                return IterStep::Slow;
            }
            match (*kind, store, next, n2, n3) {
                (DictIterKind::Keys, Some(j), ..) => {
                    let Some((n, k)) = dict.next_key(*idx) else {
                        return IterStep::Slow;
                    };
                    *idx = n + 1;
                    *remaining -= 1;
                    drop(st);
                    // SAFETY: local `j` is live; the old value is dropped after the write.
                    unsafe {
                        let old = std::ptr::replace(base.add(j), k);
                        discard(old);
                    }
                    IterStep::Next(1)
                }
                (
                    DictIterKind::Items,
                    None,
                    Instr::UnpackSequence(2),
                    Instr::StoreFast(ja),
                    Instr::StoreFast(jb),
                ) if (ja as usize) < len - 1 && (jb as usize) < len - 1 => {
                    let Some((n, k, v)) = dict.next_entry(*idx) else {
                        return IterStep::Slow;
                    };
                    *idx = n + 1;
                    *remaining -= 1;
                    drop(st);
                    // SAFETY: both locals are live elements; the old values are moved out
                    // and dropped after the writes.
                    unsafe {
                        let old_a = std::ptr::replace(base.add(ja as usize), k);
                        discard(old_a);
                        let old_b = std::ptr::replace(base.add(jb as usize), v);
                        discard(old_b);
                    }
                    IterStep::Next(3)
                }
                _ => IterStep::Slow,
            }
        }
        _ => IterStep::Slow,
    }
}
