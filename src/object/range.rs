//! `range`: start/stop/step over i64 (arguments outside i64 raise OverflowError) with its
//! slots (repr, len, O(1) `in` for ints, slicing to a new range, CPython's `range_hash` and
//! `range_equals`) and methods (`index`, `count`).

use super::class::TypeSlots;
use super::iter::{new_iter, IterState};
use super::{PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::CmpKind;
use crate::vm::Vm;
use std::rc::Rc;

#[derive(Debug, Clone, Copy)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// `len(range)`.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The i-th item (0 <= i < len).
    pub fn item(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
    /// Whether the int `x` is in the range.
    pub fn contains_int(&self, x: i64) -> bool {
        let (x, start, stop, step) = (
            x as i128,
            self.start as i128,
            self.stop as i128,
            self.step as i128,
        );
        let inside = if step > 0 {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        inside && (x - start) % step == 0
    }
}

/// CPython's integer hash for an i64 (modulo 2**61 - 1).
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

fn this(v: &Value) -> PyResult<&Rc<PyRange>> {
    match v {
        Value::Range(r) => Ok(r),
        _ => Err(PyErr::type_error("descriptor requires a 'range' object")),
    }
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match vm.index(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(PyErr::overflow_error(
                "Python int too large to convert to C long",
            )),
        },
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("range", a, kw, 1, 3)?;
    let r = match a {
        [stop] => PyRange {
            start: 0,
            stop: range_arg(vm, stop)?,
            step: 1,
        },
        [start, stop] => PyRange {
            start: range_arg(vm, start)?,
            stop: range_arg(vm, stop)?,
            step: 1,
        },
        [start, stop, step] => {
            let (start, stop, step) = (
                range_arg(vm, start)?,
                range_arg(vm, stop)?,
                range_arg(vm, step)?,
            );
            if step == 0 {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            PyRange { start, stop, step }
        }
        _ => unreachable!("checked above"),
    };
    Ok(Value::Range(Rc::new(r)))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = this(v)?;
    Ok(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    })
}

fn range_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = this(v)?;
    let n = r.len();
    // `None` hashes by address in CPython 3.11; use a fixed stand-in.
    const NONE_HASH: i64 = 0x1000 >> 4;
    let hs = match n {
        0 => [int_hash(0), NONE_HASH, NONE_HASH],
        1 => [int_hash(1), int_hash(r.start), NONE_HASH],
        _ => [int_hash(n), int_hash(r.start), int_hash(r.step)],
    };
    Ok(super::tuple::tuple_hash_of(hs.into_iter()))
}

/// `range_equals`.
pub fn range_equals(a: &PyRange, b: &PyRange) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    n == 1 || a.step == b.step
}

fn range_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (Value::Range(x), Value::Range(y)) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    match op {
        CmpKind::Eq => Ok(Value::Bool(range_equals(x, y))),
        CmpKind::Ne => Ok(Value::Bool(!range_equals(x, y))),
        _ => Ok(Value::NotImplemented),
    }
}

fn range_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!this(v)?.is_empty())
}

fn range_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v)?.len() as usize)
}

fn range_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let r = **this(v)?;
    let n = r.len();
    if let Value::Slice(s) = key {
        let (mut start, mut stop, step) = super::slice::slice_unpack(vm, s)?;
        super::slice::adjust_indices(n, &mut start, &mut stop, step);
        let conv = |i: i64| -> PyResult<i64> {
            i64::try_from(r.start as i128 + i as i128 * r.step as i128)
                .map_err(|_| PyErr::overflow_error("Python int too large to convert to C long"))
        };
        let new_step = r
            .step
            .checked_mul(step)
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
        return Ok(Value::Range(Rc::new(PyRange {
            start: conv(start)?,
            stop: conv(stop)?,
            step: new_step,
        })));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Instance(_) | Value::Long(_) => match vm.index(key) {
            Ok(Value::Int(i)) => i,
            Ok(_) => return Err(PyErr::index_error("range object index out of range")),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "range indices must be integers or slices, not {}",
                    args::type_name(vm, key)
                )))
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "range indices must be integers or slices, not {}",
                args::type_name(vm, key)
            )))
        }
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(Value::Int(r.item(j)))
}

fn range_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = **this(v)?;
    match x {
        Value::Int(i) => Ok(r.contains_int(*i)),
        Value::Bool(b) => Ok(r.contains_int(*b as i64)),
        Value::Long(_) => Ok(false),
        _ => {
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.item(k)), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn range_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = this(v)?;
    Ok(new_iter(IterState::Range {
        next: r.start,
        step: r.step,
        remaining: r.len() as u64,
    }))
}

/// `reversed(range)`.
pub fn range_reversed(r: &PyRange) -> Value {
    let n = r.len();
    if n == 0 {
        return new_iter(IterState::Range {
            next: 0,
            step: 1,
            remaining: 0,
        });
    }
    new_iter(IterState::Range {
        next: r.item(n - 1),
        step: r.step.wrapping_neg(),
        remaining: n as u64,
    })
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcompare: Some(range_richcompare),
        bool: Some(range_bool),
        len: Some(range_len),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(range_iter),
        new: Some(range_new),
        ..Default::default()
    }
}

fn range_index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = args::one_arg("range.index", &a[a.len().min(1)..], kw)?;
    let r = **this(&a[0])?;
    let found = match x {
        Value::Int(i) if r.contains_int(*i) => {
            Some((*i as i128 - r.start as i128) / r.step as i128)
        }
        Value::Bool(b) if r.contains_int(*b as i64) => {
            Some((*b as i128 - r.start as i128) / r.step as i128)
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => None,
        _ => {
            let mut f = None;
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.item(k)), x)? {
                    f = Some(k as i128);
                    break;
                }
            }
            f
        }
    };
    match found {
        Some(k) => Ok(Value::Int(k as i64)),
        None => {
            let s = vm.repr(x)?;
            Err(PyErr::value_error(format!(
                "{} is not in range",
                s.as_str()
            )))
        }
    }
}

fn range_count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = args::one_arg("range.count", &a[a.len().min(1)..], kw)?;
    let r = **this(&a[0])?;
    match x {
        Value::Int(i) => Ok(Value::Int(r.contains_int(*i) as i64)),
        Value::Bool(b) => Ok(Value::Int(r.contains_int(*b as i64) as i64)),
        _ => {
            let mut n = 0;
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.item(k)), x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn range_dunder_reversed(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(range_reversed(this(&a[0])?))
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("index", range_index),
    ("count", range_count),
    ("__reversed__", range_dunder_reversed),
];

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(v)?.start))
}
fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(v)?.stop))
}
fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(v)?.step))
}

pub const GETSETS: &[(&str, super::class::Getter)] =
    &[("start", get_start), ("stop", get_stop), ("step", get_step)];
