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

/// The list/tuple item at an int index (negative counts from the end), if in range.
#[inline(always)]
fn seq_item(c: &Value, k: &Value) -> Option<Value> {
    let k = match k {
        Value::Int(k) => *k,
        _ => return None,
    };
    match c {
        Value::List(l) => {
            let items = l.items.borrow();
            let n = items.len() as i64;
            let j = if k < 0 { k + n } else { k };
            if j >= 0 && j < n {
                Some(super::eval::clone_fast(&items[j as usize]))
            } else {
                None
            }
        }
        Value::Tuple(t) => {
            let n = t.items.len() as i64;
            let j = if k < 0 { k + n } else { k };
            if j >= 0 && j < n {
                Some(super::eval::clone_fast(&t.items[j as usize]))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Superinstruction for the read half of `c[k] op= v`: `COPY 2; COPY 2; BINARY_SUBSCR` on a
/// stack ending `[c, k]` pushes `c[k]` when `c` is a list or tuple and `k` an in-range int.
/// Returns false (stack untouched) otherwise. The caller checks the instruction pattern.
#[inline(always)]
pub fn copy2_subscr(values: &mut Vec<Value>) -> bool {
    let len = values.len();
    if len < 2 {
        return false;
    }
    match seq_item(&values[len - 2], &values[len - 1]) {
        Some(v) => {
            values.push(v);
            true
        }
        None => false,
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
