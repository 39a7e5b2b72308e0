//! `tuple`: an immutable sequence payload, its slots (CPython 3.8+'s xxHash-based `tuplehash`,
//! lexicographic comparison, concat/repeat, slicing) and methods (`index`, `count`).

use super::class::TypeSlots;
use super::list::{repeat_count, repr_enter, repr_leave, seq_richcompare};
use super::{PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::rc::Rc;

/// The items, stored inline up to two (one allocation for the common pair: `(a, b)` keys,
/// `divmod` results, `enumerate` items).
pub type TupleItems = smallvec::SmallVec<[Value; 2]>;

#[derive(Debug)]
pub struct PyTuple {
    pub items: TupleItems,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        if items.len() > 2 {
            return PyTuple {
                items: TupleItems::from_vec(items),
            };
        }
        let mut it = items.into_iter();
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => PyTuple::pair(a, b),
            (Some(a), None) => {
                let mut items = TupleItems::new();
                items.push(a);
                PyTuple { items }
            }
            _ => PyTuple {
                items: TupleItems::new(),
            },
        }
    }
    /// `(a, b)` without an intermediate vector.
    #[inline]
    pub fn pair(a: Value, b: Value) -> PyTuple {
        PyTuple {
            items: TupleItems::from_buf([a, b]),
        }
    }
    /// A tuple of clones of `items`.
    pub fn from_slice(items: &[Value]) -> PyTuple {
        PyTuple {
            items: items.iter().cloned().collect(),
        }
    }
    /// A tuple of the last `n` values of `stack`, moved out (BUILD_TUPLE).
    #[inline]
    pub fn from_stack(stack: &mut Vec<Value>, n: usize) -> PyTuple {
        if n == 2 {
            let b = stack.pop().unwrap_or_default();
            let a = stack.pop().unwrap_or_default();
            return PyTuple::pair(a, b);
        }
        let start = stack.len() - n;
        let items: TupleItems = if n < 2 {
            stack.drain(start..).collect()
        } else {
            TupleItems::from_vec(stack.drain(start..).collect())
        };
        PyTuple { items }
    }
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }
}

/// The value `(a, b)` (one allocation).
#[inline]
pub fn pair_value(a: Value, b: Value) -> Value {
    Value::Tuple(Rc::new(PyTuple::pair(a, b)))
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        // Items that cannot own containers (nor run code when freed: generators) drop in
        // place; others go last first through `drop_values` (CPython's tupledealloc order;
        // deep nesting must not recurse natively).
        if self
            .items
            .iter()
            .any(|v| super::list::may_nest(v) || matches!(v, Value::Gen(_)))
        {
            let items = RevDrop(std::mem::take(&mut self.items));
            super::list::drop_nested(items, |mut items, parked| {
                parked.extend(std::mem::take(&mut items.0).into_iter().rev())
            });
        }
    }
}

/// Tuple items released last first when dropped (no vector copy).
struct RevDrop(TupleItems);

impl Drop for RevDrop {
    fn drop(&mut self) {
        while let Some(v) = self.0.pop() {
            drop(v);
        }
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// `tuplehash` over already-computed item hashes.
pub fn tuple_hash_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn this(v: &Value) -> PyResult<&Rc<PyTuple>> {
    match v {
        Value::Tuple(t) => Ok(t),
        _ => Err(PyErr::type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let t = this(v)?;
    hash_items(vm, &t.items)
}

/// CPython's `tuplehash` over `items` (str hashes come from their cache, small ints are
/// their own hash, anything else goes through `vm.hash`).
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for x in items.iter() {
        let h = match x {
            Value::Str(s) => s.hash(),
            Value::Int(i) if (*i as u64) < (1u64 << 61) - 1 => *i,
            _ => vm.hash(x)?,
        };
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let t = this(v)?.clone();
    if t.items.is_empty() {
        return Ok("()".into());
    }
    if !repr_enter(vm, v)? {
        return Ok("(...)".into());
    }
    let r = (|| {
        let mut out = String::from("(");
        for (i, x) in t.items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(x)?.as_str());
        }
        if t.items.len() == 1 {
            out.push(',');
        }
        out.push(')');
        Ok(out)
    })();
    repr_leave(v);
    r
}

fn tuple_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (Value::Tuple(x), Value::Tuple(y)) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (x.clone(), y.clone());
    seq_richcompare(
        vm,
        &|i| x.items.get(i).cloned(),
        &|i| y.items.get(i).cloned(),
        x.items.len(),
        y.items.len(),
        op,
    )
}

fn tuple_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    match op.base() {
        BinOpKind::Add => match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => {
                if y.items.is_empty() {
                    return Ok(a.clone());
                }
                if x.items.is_empty() {
                    return Ok(b.clone());
                }
                let mut v = Vec::with_capacity(x.items.len() + y.items.len());
                v.extend_from_slice(&x.items);
                v.extend_from_slice(&y.items);
                Ok(Value::tuple(v))
            }
            (Value::Tuple(_), Value::Instance(_))
            | (Value::Instance(_), _)
            | (_, Value::Tuple(_)) => Ok(Value::NotImplemented),
            (Value::Tuple(_), _) => Err(PyErr::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                args::type_name(vm, b)
            ))),
            _ => Ok(Value::NotImplemented),
        },
        BinOpKind::Multiply => {
            let (t, n) = match (a, b) {
                (Value::Tuple(t), n) | (n, Value::Tuple(t)) => (t.clone(), n),
                _ => return Ok(Value::NotImplemented),
            };
            let Some(n) = repeat_count(vm, n)? else {
                return Ok(Value::NotImplemented);
            };
            if n == 1 {
                return Ok(Value::Tuple(t));
            }
            Ok(Value::tuple(repeat_items(&t.items, n)?))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `items * n` with CPython's MemoryError guard.
pub fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(n)
        .filter(|t| *t <= (isize::MAX as usize) / 16);
    let Some(total) = total else {
        return Err(PyErr::new(super::ExcType::MemoryError, ""));
    };
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn tuple_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v)?.items.len())
}

fn tuple_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let t = this(v)?.clone();
    if let Value::Slice(s) = key {
        let (start, _, step, n) = super::slice::slice_indices(vm, s, t.items.len())?;
        if step == 1 && n == t.items.len() {
            return Ok(v.clone());
        }
        let items = super::slice::slice_positions(start, step, n)
            .map(|i| t.items[i].clone())
            .collect();
        return Ok(Value::tuple(items));
    }
    match super::slice::seq_index(vm, key, t.items.len(), "tuple")? {
        Some(i) => Ok(t.items[i].clone()),
        None => Err(PyErr::index_error("tuple index out of range")),
    }
}

fn tuple_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let t = this(v)?.clone();
    for x in t.items.iter() {
        if x.is(item) || vm.eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this(v)?.clone();
    Ok(super::iter::new_iter(super::iter::IterState::Tuple {
        tuple: t,
        idx: 0,
    }))
}

/// `tuple(iterable=())`.
pub fn tuple_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("tuple", kw)?;
    args::check_positional("tuple", a.len(), 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(Vec::new())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(tuple_repr),
        hash: Some(tuple_hash),
        richcompare: Some(tuple_richcompare),
        binary_op: Some(tuple_binary_op),
        len: Some(tuple_len),
        getitem: Some(tuple_getitem),
        contains: Some(tuple_contains),
        iter: Some(tuple_iter),
        new: Some(tuple_new),
        ..Default::default()
    }
}

/// `seq.index(x[, start[, stop]])` over a snapshot (shared with list).
pub fn seq_index_method(
    vm: &mut Vm,
    get: &dyn Fn(usize) -> Option<Value>,
    len: &dyn Fn() -> usize,
    a: &[Value],
    not_found: &dyn Fn(&mut Vm, &Value) -> PyResult<PyErr>,
) -> PyResult<Value> {
    let x = &a[0];
    let n = len() as i64;
    let norm = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i
        }
    };
    let start = match a.get(1) {
        Some(v) => norm(slice_arg(vm, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => norm(slice_arg(vm, v)?),
        None => n,
    };
    let mut i = start;
    while i < stop && (i as usize) < len() {
        let Some(item) = get(i as usize) else { break };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(not_found(vm, x)?)
}

/// `_PyEval_SliceIndexNotNone`: clamp an int argument.
fn slice_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Long(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => match vm.index(v) {
            Ok(Value::Int(i)) => Ok(i),
            Ok(Value::Long(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            _ => Err(PyErr::type_error(
                "slice indices must be integers or have an __index__ method",
            )),
        },
    }
}

fn tuple_index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("tuple.index", kw)?;
    args::check_positional("index", a.len().saturating_sub(1), 1, 3)?;
    let t = this(&a[0])?.clone();
    let t2 = t.clone();
    seq_index_method(
        vm,
        &|i| t.items.get(i).cloned(),
        &|| t2.items.len(),
        &a[1..],
        &|_, _| Ok(PyErr::value_error("tuple.index(x): x not in tuple")),
    )
}

fn tuple_count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = args::one_arg("tuple.count", &a[a.len().min(1)..], kw)?;
    let t = this(&a[0])?.clone();
    let mut n = 0;
    for item in t.items.iter() {
        if item.is(x) || vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_getnewargs(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = this(a.first().unwrap_or(&Value::None))?.clone();
    Ok(Value::tuple(vec![Value::tuple(t.items.to_vec())]))
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("index", tuple_index),
    ("count", tuple_count),
    ("__getnewargs__", tuple_getnewargs),
];

pub const GETSETS: &[(&str, super::class::Getter)] = &[];

#[cfg(test)]
mod tests {
    use super::tuple_hash_of;

    #[test]
    fn tuple_hash_matches_cpython() {
        // python3 -c 'print(hash((1,2)), hash(()), hash((1,)))'
        assert_eq!(tuple_hash_of([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(tuple_hash_of([].into_iter()), 5740354900026072187);
        assert_eq!(tuple_hash_of([1i64].into_iter()), -6644214454873602895);
    }
}
