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
