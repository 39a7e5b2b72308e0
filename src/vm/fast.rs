//! Hot-path helpers for the dispatch loop (owned by the perf work): small `#[inline(always)]`
//! functions that `eval.rs` calls at a few precise points, so the loop body stays readable and
//! the vm's own edits to `eval.rs` rarely conflict with performance work.
//!
//! Invariants:
//! - Every helper here is a pure fast path: it either produces exactly what the generic
//!   protocol would (same value, same exception behaviour, checked against CPython 3.11) or
//!   declines (`None` / `false`) so the caller falls back to the generic code.
//! - Nothing here runs Python code or holds a `RefCell` borrow across a call.

use crate::object::Value;

/// `x ** y` for floats (CPython's `float_pow`) on the one case that cannot raise or return a
/// complex: a positive finite base, a finite exponent and a finite result. `pow` is libm's,
/// as in CPython. Overflow (an infinite result) declines, so the generic path raises
/// OverflowError.
#[inline(always)]
pub fn float_pow(x: f64, y: f64) -> Option<Value> {
    if x > 0.0 && x.is_finite() && y.is_finite() {
        let r = x.powf(y);
        if r.is_finite() {
            return Some(Value::Float(r));
        }
    }
    None
}
