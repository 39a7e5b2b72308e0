//! `slice` objects and index normalisation shared by every sequence (list, tuple, str, bytes,
//! range): `slice_unpack` is `PySlice_Unpack`, `adjust_indices` is `PySlice_AdjustIndices`,
//! and `slice_indices` combines them (`PySlice_GetIndicesEx`). `seq_index` normalises an
//! integer subscript (`x[-1]`) for sequences.

use super::class::TypeSlots;
use super::{PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::CmpKind;
use crate::vm::Vm;
use std::rc::Rc;

#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// `_PyEval_SliceIndex`: None → `None`; ints (and `__index__`) clamped to the i64 range.
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Long(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Value::Instance(_) => match vm.index(v) {
            Ok(Value::Int(i)) => Ok(Some(i)),
            Ok(Value::Long(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            Ok(_) | Err(_) => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `PySlice_Unpack`: (start, stop, step) with None filled in; "slice step cannot be zero".
pub fn slice_unpack(vm: &mut Vm, s: &PySlice) -> PyResult<(i64, i64, i64)> {
    let step = match slice_index(vm, &s.step)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        Some(st) => st.max(-i64::MAX),
    };
    let start = match slice_index(vm, &s.start)? {
        None => {
            if step < 0 {
                i64::MAX
            } else {
                0
            }
        }
        Some(v) => v,
    };
    let stop = match slice_index(vm, &s.stop)? {
        None => {
            if step < 0 {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Some(v) => v,
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clamp to `len` and return the slice length.
pub fn adjust_indices(len: i64, start: &mut i64, stop: &mut i64, step: i64) -> i64 {
    if *start < 0 {
        *start += len;
        if *start < 0 {
            *start = if step < 0 { -1 } else { 0 };
        }
    } else if *start >= len {
        *start = if step < 0 { len - 1 } else { len };
    }
    if *stop < 0 {
        *stop += len;
        if *stop < 0 {
            *stop = if step < 0 { -1 } else { 0 };
        }
    } else if *stop >= len {
        *stop = if step < 0 { len - 1 } else { len };
    }
    if step < 0 {
        if *stop < *start {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if *start < *stop {
        return (*stop - *start - 1) / step + 1;
    }
    0
}

/// `PySlice_GetIndicesEx`: (start, stop, step, slicelength) for a sequence of length `len`.
pub fn slice_indices(vm: &mut Vm, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (mut start, mut stop, step) = slice_unpack(vm, s)?;
    let n = adjust_indices(len as i64, &mut start, &mut stop, step);
    Ok((start, stop, step, n as usize))
}

/// The indices selected by a normalised slice.
pub fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n as i64).map(move |k| (start + k * step) as usize)
}

/// A sequence subscript: an int index normalised against `len`, `Ok(None)` if out of range.
/// `what` names the type for "list indices must be integers or slices, not str".
pub fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Long(_) => {
            return Err(PyErr::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                args::type_name(vm, key)
            )))
        }
        Value::Instance(_) => match vm.index(key) {
            Ok(Value::Int(i)) => i,
            Ok(_) => {
                return Err(PyErr::index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    args::type_name(vm, key)
                )))
            }
            // `__index__` itself failed (or returned a non-int): its error stands.
            Err(e) if vm.type_of(key).lookup_str("__index__").is_some() => return Err(e),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    args::type_name(vm, key)
                )))
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "{what} indices must be integers or slices, not {}",
                args::type_name(vm, key)
            )))
        }
    };
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    Ok(if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    })
}

fn this(v: &Value) -> PyResult<&Rc<PySlice>> {
    match v {
        Value::Slice(s) => Ok(s),
        _ => Err(PyErr::type_error("descriptor requires a 'slice' object")),
    }
}

fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = this(v)?.clone();
    let a = vm.repr(&s.start)?;
    let b = vm.repr(&s.stop)?;
    let c = vm.repr(&s.step)?;
    Ok(format!(
        "slice({}, {}, {})",
        a.as_str(),
        b.as_str(),
        c.as_str()
    ))
}

fn slice_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (Value::Slice(x), Value::Slice(y)) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    let ta = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let tb = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    vm.compare(&ta, &tb, op)
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_new(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("slice", a, kw, 1, 3)?;
    let s = match a {
        [stop] => PySlice {
            start: Value::None,
            stop: stop.clone(),
            step: Value::None,
        },
        [start, stop] => PySlice {
            start: start.clone(),
            stop: stop.clone(),
            step: Value::None,
        },
        [start, stop, step] => PySlice {
            start: start.clone(),
            stop: stop.clone(),
            step: step.clone(),
        },
        _ => unreachable!("checked above"),
    };
    Ok(Value::Slice(Rc::new(s)))
}

/// `slice.indices(length)` (exact for lengths within i64).
fn slice_indices_method(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let len = args::one_arg("indices", &a[a.len().min(1)..], kw)?;
    let s = this(&a[0])?.clone();
    let len = args::index_i64(vm, len)?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (mut start, mut stop, step) = slice_unpack(vm, &s)?;
    adjust_indices(len, &mut start, &mut stop, step);
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(slice_repr),
        hash_none: true,
        richcompare: Some(slice_richcompare),
        new: Some(slice_new),
        ..Default::default()
    }
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[("indices", slice_indices_method)];

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.start.clone())
}
fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.stop.clone())
}
fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.step.clone())
}

pub const GETSETS: &[(&str, super::class::Getter)] =
    &[("start", get_start), ("stop", get_stop), ("step", get_step)];

#[cfg(test)]
mod tests {
    use super::adjust_indices;

    fn idx(len: i64, start: i64, stop: i64, step: i64) -> (i64, i64, i64, i64) {
        let (mut a, mut b) = (start, stop);
        let n = adjust_indices(len, &mut a, &mut b, step);
        (a, b, step, n)
    }

    #[test]
    fn slice_indices_match_cpython() {
        // python3: slice(1,None,-2).indices(10) == (1, -1, -2); len 2
        assert_eq!(idx(10, 1, i64::MIN, -2), (1, -1, -2, 1));
        // slice(None).indices(5) == (0, 5, 1)
        assert_eq!(idx(5, 0, i64::MAX, 1), (0, 5, 1, 5));
        // slice(-100,100,3).indices(7) == (0, 7, 3); len(range(7)[::3]) == 3
        assert_eq!(idx(7, -100, 100, 3), (0, 7, 3, 3));
        // [::-1] of 4 items: (3, -1, -1), 4 items
        assert_eq!(idx(4, i64::MAX, i64::MIN, -1), (3, -1, -1, 4));
    }
}
