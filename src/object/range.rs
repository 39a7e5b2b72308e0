//! `range`: start/stop/step over i64 (arguments outside i64 raise OverflowError) with its
//! slots (repr, len, O(1) `in` for ints, slicing to a new range, CPython's `range_hash` and
//! `range_equals`) and methods (`index`, `count`).

use super::class::{Payload, TypeSlots};
use super::iter::{new_iter, IterState};
use super::{PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::builtins::num::to_bigint;
use crate::bytecode::CmpKind;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

#[derive(Debug, Clone, Copy)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// `len(range)`.
    #[inline]
    pub fn len(&self) -> i64 {
        self.len_i128() as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The exact length (may exceed i64 for ranges spanning most of the i64 domain).
    #[inline]
    pub fn len_i128(&self) -> i128 {
        // `range(n)` / `range(a, b)`: a subtraction, no 128-bit division.
        if self.step == 1 {
            return if self.start < self.stop {
                self.stop as i128 - self.start as i128
            } else {
                0
            };
        }
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
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

/// A range outside i64 (`range(10**20)`): a `range` instance with this native payload.
#[derive(Debug, Clone)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = (&self.start, &self.stop, &self.step);
        if step.is_positive() && lo < hi {
            (hi - lo - 1u32) / step + 1u32
        } else if step.is_negative() && lo > hi {
            (lo - hi - 1u32) / (-step) + 1u32
        } else {
            BigInt::zero()
        }
    }
    pub fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && ((x - &self.start) % &self.step).is_zero()
    }
    /// `range_equals`.
    pub fn equals(&self, o: &BigRange) -> bool {
        let n = self.len();
        if n != o.len() {
            return false;
        }
        if n.is_zero() {
            return true;
        }
        if self.start != o.start {
            return false;
        }
        n.is_one() || self.step == o.step
    }
}

/// The big-range payload of `v` (a copy), if it is one.
pub fn as_big(v: &Value) -> Option<BigRange> {
    let Value::Instance(i) = v else { return None };
    let Payload::Native(n) = &i.payload else {
        return None;
    };
    let b = n.try_borrow().ok()?;
    b.downcast_ref::<BigRange>().cloned()
}

/// Any range as a BigRange.
fn to_big(v: &Value) -> Option<BigRange> {
    match v {
        Value::Range(r) => Some(BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        }),
        _ => as_big(v),
    }
}

/// A range value: the i64 `Value::Range` when everything fits, else a big range instance.
pub fn make_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        let r = PyRange {
            start: a,
            stop: b,
            step: c,
        };
        if r.len_i128() <= i64::MAX as i128 {
            return Value::Range(Rc::new(r));
        }
    }
    let class = vm.types.range.clone();
    Value::Instance(Rc::new(super::class::Instance {
        class,
        dict: None,
        payload: Payload::Native(std::cell::RefCell::new(Box::new(BigRange {
            start,
            stop,
            step,
        }))),
    }))
}

fn big_iter(b: &BigRange) -> Value {
    new_iter(IterState::BigRange {
        next: b.start.clone(),
        step: b.step.clone(),
        remaining: b.len(),
    })
}

/// Slice indices against a BigInt length (`PySlice_GetIndicesEx` without clamping).
fn big_slice(vm: &mut Vm, s: &super::PySlice, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let opt = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match to_bigint(vm, v) {
            Ok(b) => Ok(Some(b)),
            Err(_) => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = opt(vm, &s.step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adj = |x: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match x {
            None => dflt.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = adj(opt(vm, &s.start)?, if neg { &upper } else { &lower });
    let stop = adj(opt(vm, &s.stop)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn big_getitem(vm: &mut Vm, b: &BigRange, key: &Value) -> PyResult<Value> {
    let n = b.len();
    if let Value::Slice(s) = key {
        let (start, stop, step) = big_slice(vm, s, &n)?;
        let nstart = &b.start + start * &b.step;
        let nstop = &b.start + stop * &b.step;
        let nstep = &b.step * step;
        return Ok(make_range(vm, nstart, nstop, nstep));
    }
    let i = match key {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_) => {
            match to_bigint(vm, key) {
                Ok(i) => i,
                Err(_) => {
                    return Err(PyErr::type_error(format!(
                        "range indices must be integers or slices, not {}",
                        args::type_name(vm, key)
                    )))
                }
            }
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "range indices must be integers or slices, not {}",
                args::type_name(vm, key)
            )))
        }
    };
    let j = if i.is_negative() { i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(&b.start + j * &b.step))
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

/// `range(stop)` / `range(start, stop[, step])`; arguments outside i64 make a big range.
pub fn range_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("range", a, kw, 1, 3)?;
    let small = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_));
    if a.iter().all(small) {
        let mut x = [0i64; 3];
        for (k, v) in a.iter().enumerate() {
            x[k] = range_arg(vm, v)?;
        }
        let r = match a.len() {
            1 => PyRange {
                start: 0,
                stop: x[0],
                step: 1,
            },
            2 => PyRange {
                start: x[0],
                stop: x[1],
                step: 1,
            },
            _ => PyRange {
                start: x[0],
                stop: x[1],
                step: x[2],
            },
        };
        if r.step == 0 {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        if r.len_i128() <= i64::MAX as i128 {
            return Ok(Value::Range(Rc::new(r)));
        }
    }
    let mut b = Vec::with_capacity(3);
    for v in a {
        b.push(to_bigint(vm, v)?);
    }
    let (start, stop, step) = match b.len() {
        1 => (BigInt::zero(), b[0].clone(), BigInt::one()),
        2 => (b[0].clone(), b[1].clone(), BigInt::one()),
        _ => (b[0].clone(), b[1].clone(), b[2].clone()),
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(vm, start, stop, step))
}

fn range_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(b) = as_big(v) {
        return Ok(if b.step.is_one() {
            format!("range({}, {})", b.start, b.stop)
        } else {
            format!("range({}, {}, {})", b.start, b.stop, b.step)
        });
    }
    let r = this(v)?;
    Ok(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    })
}

fn range_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(b) = as_big(v) {
        let n = b.len();
        let h = |x: &BigInt| super::int::hash_big(x);
        let hs = [h(&n), h(&b.start), h(&b.step)];
        return Ok(super::tuple::tuple_hash_of(hs.into_iter()));
    }
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
    if as_big(a).is_some() || as_big(b).is_some() {
        let (Some(x), Some(y)) = (to_big(a), to_big(b)) else {
            return Ok(Value::NotImplemented);
        };
        let eq = x.equals(&y);
        return match op {
            CmpKind::Eq => Ok(Value::Bool(eq)),
            CmpKind::Ne => Ok(Value::Bool(!eq)),
            _ => Ok(Value::NotImplemented),
        };
    }
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
    if let Some(b) = as_big(v) {
        return Ok(!b.len().is_zero());
    }
    Ok(!this(v)?.is_empty())
}

fn range_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(b) = as_big(v) {
        return b
            .len()
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(this(v)?.len() as usize)
}

fn range_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    if let Some(b) = as_big(v) {
        let b = b.clone();
        return big_getitem(vm, &b, key);
    }
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
    if let Some(b) = as_big(v) {
        let b = b.clone();
        return match x {
            Value::Int(_) | Value::Bool(_) | Value::Long(_) => Ok(b.contains(&to_bigint(vm, x)?)),
            _ => {
                let it = big_iter(&b);
                while let Some(y) = vm.next(&it)? {
                    if vm.eq(&y, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        };
    }
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
    if let Some(b) = as_big(v) {
        return Ok(big_iter(&b));
    }
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
    if let Some(b) = as_big(&a[0]) {
        let b = b.clone();
        if matches!(x, Value::Int(_) | Value::Bool(_) | Value::Long(_)) {
            let xi = to_bigint(vm, x)?;
            if b.contains(&xi) {
                return Ok(Value::from_bigint((xi - &b.start) / &b.step));
            }
        }
        let r = vm.repr(x)?;
        return Err(PyErr::value_error(format!(
            "{} is not in range",
            r.as_str()
        )));
    }
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
    if let Some(b) = as_big(&a[0]) {
        let b = b.clone();
        let hit = matches!(x, Value::Int(_) | Value::Bool(_) | Value::Long(_))
            && b.contains(&to_bigint(vm, x)?);
        return Ok(Value::Int(hit as i64));
    }
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
    if a.is_empty() {
        return Err(PyErr::type_error(
            "descriptor '__reversed__' of 'range' object needs an argument",
        ));
    }
    if let Some(b) = as_big(&a[0]) {
        let n = b.len();
        if n.is_zero() {
            return Ok(big_iter(&b));
        }
        let last = &b.start + (&n - 1u32) * &b.step;
        let st = IterState::BigRange {
            next: last,
            step: -b.step.clone(),
            remaining: n,
        };
        return Ok(new_iter(st));
    }
    Ok(range_reversed(this(&a[0])?))
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("index", range_index),
    ("count", range_count),
    ("__reversed__", range_dunder_reversed),
];

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = as_big(v) {
        return Ok(Value::from_bigint(b.start.clone()));
    }
    Ok(Value::Int(this(v)?.start))
}
fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = as_big(v) {
        return Ok(Value::from_bigint(b.stop.clone()));
    }
    Ok(Value::Int(this(v)?.stop))
}
fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = as_big(v) {
        return Ok(Value::from_bigint(b.step.clone()));
    }
    Ok(Value::Int(this(v)?.step))
}

pub const GETSETS: &[(&str, super::class::Getter)] =
    &[("start", get_start), ("stop", get_stop), ("step", get_step)];
