//! Hot-path helpers for the dispatch loop (owned by the perf work): small `#[inline(always)]`
//! functions that `eval.rs` calls at a few precise points, so the loop body stays readable and
//! the vm's own edits to `eval.rs` rarely conflict with performance work.
//!
//! Invariants:
//! - Every helper here is a pure fast path: it either produces exactly what the generic
//!   protocol would (same value, same exception behaviour, checked against CPython 3.11) or
//!   declines (`None` / `false`) so the caller falls back to the generic code.
//! - Nothing here runs Python code or holds a `RefCell` borrow across a call.

use crate::bytecode::{code_flags, CodeObject};
use crate::object::{Function, Value};

/// A function the `Call`/`CallMethod` fast path can enter directly when it is given exactly
/// `argcount` positional arguments: no keyword-only parameters, no `*args`/`**kwargs`, no
/// cell variables (their cells would have to be created from the arguments). Free variables
/// are allowed: `fill_freevars` copies the closure's cells in (CPython's `COPY_FREE_VARS`).
#[inline(always)]
pub fn is_fast_call(code: &CodeObject) -> bool {
    code.kwonlyargcount == 0
        && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        && code.cellvars.is_empty()
}

/// Copy `func`'s closure cells into the freevar slots of a freshly pushed callee's locals
/// (`values[varnames.len() + cellvars.len()..]`, all `Value::Null` at this point).
#[inline]
pub fn fill_freevars(func: &Function, values: &mut [Value]) {
    let code = &func.code;
    if code.freevars.is_empty() {
        return;
    }
    if let Some(closure) = &func.closure {
        let base = code.varnames.len() + code.cellvars.len();
        for (j, c) in closure.iter().enumerate() {
            if let Some(slot) = values.get_mut(base + j) {
                *slot = Value::Cell(c.clone());
            }
        }
    }
}

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
