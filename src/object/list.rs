//! `list`: a mutable sequence payload, its slots and methods, plus helpers shared by every
//! sequence (the repr recursion guard `repr_enter`/`repr_leave`, lexicographic
//! `seq_richcompare`, `repeat_count`). Invariant: never hold `items` borrowed across a call
//! that may run Python code (sort keys, `__eq__`, `__repr__`): copy the values out first.
//! `sort` is a stable merge sort over a fallible `<`, detecting mutation during the sort
//! ("list modified during sort") like CPython's `list.sort`.

use super::class::TypeSlots;
use super::{PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

/// True for values whose drop may recurse (containers and instances).
#[inline]
pub(crate) fn may_nest(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_)
    )
}

thread_local! {
    static DROP_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static DROP_PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drop container items without deep native recursion: past a nesting depth of 64, items
/// are parked in a thread-local list that the outermost drop drains iteratively (a
/// 100000-deep `x = [x]` chain frees without overflowing the Rust stack).
pub fn drop_values(items: Vec<Value>) {
    if !items.iter().any(may_nest) {
        return;
    }
    drop_nested(items, |items, parked| parked.extend(items));
}

/// Drop `x` (a container's contents, some of which may own other containers) one nesting
/// level deeper; past a depth of 64, `park` moves its values onto the thread-local list the
/// outermost drop drains iteratively instead.
pub fn drop_nested<T>(x: T, park: impl FnOnce(T, &mut Vec<Value>)) {
    // During thread-local destruction at exit (a type cached in another thread-local being
    // freed) these thread-locals may already be gone: drop directly, nothing can be deep then.
    let Ok(depth) = DROP_DEPTH.try_with(|d| d.get()) else {
        drop(x);
        return;
    };
    if depth >= 64 {
        let mut x = Some(x);
        let _ = DROP_PENDING.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if let Some(x) = x.take() {
                    park(x, &mut p);
                }
            }
        });
        drop(x);
        return;
    }
    let _ = DROP_DEPTH.try_with(|d| d.set(depth + 1));
    drop(x);
    if depth == 0 {
        loop {
            let batch = DROP_PENDING
                .try_with(|p| {
                    p.try_borrow_mut()
                        .map(|mut p| std::mem::take(&mut *p))
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            if batch.is_empty() {
                break;
            }
            drop(batch);
        }
    }
    let _ = DROP_DEPTH.try_with(|d| d.set(depth));
}

/// `drop_values` releasing the items last first, as CPython's `list_dealloc`, `_list_clear` and
/// `tupledealloc` do (`while (--i >= 0) Py_XDECREF(item[i])`): observable when the items are
/// suspended generators whose `finally` blocks run as they are dropped. Items that may own
/// other objects go through `drop_values` (reversed first) for its depth guard; otherwise they
/// are popped off the end.
pub fn drop_values_last_first(mut items: Vec<Value>) {
    if items.iter().any(may_nest) {
        items.reverse();
        drop_values(items);
    } else {
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        drop_values_last_first(items);
    }
}

thread_local! {
    /// Objects whose repr is in progress (`Py_ReprEnter`), by id.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `Py_ReprEnter`: false if `v`'s repr is already in progress (print `[...]`). Also
/// `Py_EnterRecursiveCall(" while getting the repr of an object")`: nested reprs count
/// against the recursion limit, so a 100000-deep list raises RecursionError as in CPython.
pub fn repr_enter(vm: &Vm, v: &Value) -> PyResult<bool> {
    let id = v.id();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() + vm.depth >= vm.recursion_limit {
            return Err(PyErr::new(
                super::ExcType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if s.contains(&id) {
            Ok(false)
        } else {
            s.push(id);
            Ok(true)
        }
    })
}

/// `Py_ReprLeave`.
pub fn repr_leave(v: &Value) {
    let id = v.id();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == id) {
            s.remove(p);
        }
    });
}

/// `<` without Python code for the common builtin pairs; `None` when Python code is needed.
fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => Some((*x as f64) < *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => Some(*x < (*y as f64)),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        _ => None,
    }
}

/// `a < b` as a bool (`PyObject_RichCompareBool(a, b, Py_LT)`).
pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_lt(a, b) {
        return Ok(r);
    }
    let r = vm.compare(a, b, CmpKind::Lt)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => vm.truthy(&other),
    }
}

/// Lexicographic rich comparison of two sequences (`list_richcompare` / `tuplerichcompare`).
/// The getters re-read the sequences each step, since `__eq__` may mutate them.
pub fn seq_richcompare(
    vm: &mut Vm,
    a: &dyn Fn(usize) -> Option<Value>,
    b: &dyn Fn(usize) -> Option<Value>,
    alen: usize,
    blen: usize,
    op: CmpKind,
) -> PyResult<Value> {
    if alen != blen && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    let mut i = 0;
    let (x, y) = loop {
        let (Some(x), Some(y)) = (a(i), b(i)) else {
            break (None, None);
        };
        if !(x.is(&y) || vm.eq(&x, &y)?) {
            break (Some(x), Some(y));
        }
        i += 1;
    };
    let (Some(x), Some(y)) = (x, y) else {
        // One sequence is exhausted: compare the sizes (re-read: they may have changed).
        let (mut la, mut lb) = (0, 0);
        while a(la).is_some() {
            la += 1;
        }
        while b(lb).is_some() {
            lb += 1;
        }
        let r = match op {
            CmpKind::Lt => la < lb,
            CmpKind::Le => la <= lb,
            CmpKind::Eq => la == lb,
            CmpKind::Ne => la != lb,
            CmpKind::Gt => la > lb,
            CmpKind::Ge => la >= lb,
        };
        return Ok(Value::Bool(r));
    };
    match op {
        CmpKind::Eq => Ok(Value::Bool(false)),
        CmpKind::Ne => Ok(Value::Bool(true)),
        _ => vm.compare(&x, &y, op),
    }
}

/// The repeat count of `seq * n`: `Ok(None)` (NotImplemented) for objects that may implement
/// the reflected operator, TypeError "can't multiply sequence by non-int of type 'float'".
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    match n {
        Value::Int(i) => Ok(Some((*i).max(0) as usize)),
        Value::Bool(b) => Ok(Some(*b as usize)),
        Value::Long(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                Ok(Some(0))
            } else {
                Err(PyErr::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
        Value::Instance(_) => match vm.index(n) {
            Ok(Value::Int(i)) => Ok(Some(i.max(0) as usize)),
            Ok(_) => Err(PyErr::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            )),
            Err(_) => Ok(None),
        },
        _ => Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            args::type_name(vm, n)
        ))),
    }
}

fn this(v: &Value) -> PyResult<&Rc<PyList>> {
    match v {
        Value::List(l) => Ok(l),
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

fn list_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let l = this(v)?.clone();
    if l.is_empty() {
        return Ok("[]".into());
    }
    if !repr_enter(vm, v)? {
        return Ok("[...]".into());
    }
    let r = (|| {
        let mut out = String::from("[");
        let mut i = 0;
        while let Some(x) = l.get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(&x)?.as_str());
            i += 1;
        }
        out.push(']');
        Ok(out)
    })();
    repr_leave(v);
    r
}

fn list_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (Value::List(x), Value::List(y)) = (a, b) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (x.clone(), y.clone());
    let (lx, ly) = (x.len(), y.len());
    seq_richcompare(vm, &|i| x.get(i), &|i| y.get(i), lx, ly, op)
}

fn list_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    match op {
        BinOpKind::Add => match (a, b) {
            (Value::List(x), Value::List(y)) => {
                let mut v = x.to_vec();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Value::list(v))
            }
            (Value::List(_), Value::Instance(_))
            | (Value::Instance(_), _)
            | (_, Value::List(_)) => Ok(Value::NotImplemented),
            (Value::List(_), _) => Err(PyErr::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                args::type_name(vm, b)
            ))),
            _ => Ok(Value::NotImplemented),
        },
        BinOpKind::InplaceAdd => match a {
            Value::List(x) => {
                let x = x.clone();
                list_extend_with(vm, &x, b)?;
                Ok(a.clone())
            }
            _ => Ok(Value::NotImplemented),
        },
        BinOpKind::Multiply => {
            let (l, n) = match (a, b) {
                (Value::List(l), n) | (n, Value::List(l)) => (l.clone(), n),
                _ => return Ok(Value::NotImplemented),
            };
            let Some(n) = repeat_count(vm, n)? else {
                return Ok(Value::NotImplemented);
            };
            let items = l.to_vec();
            Ok(Value::list(super::tuple::repeat_items(&items, n)?))
        }
        BinOpKind::InplaceMultiply => {
            let Value::List(l) = a else {
                return Ok(Value::NotImplemented);
            };
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(Value::NotImplemented);
            };
            let items = l.to_vec();
            let new = super::tuple::repeat_items(&items, n)?;
            let old = std::mem::replace(&mut *l.items.borrow_mut(), new);
            drop(old);
            Ok(a.clone())
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `list.extend(iterable)` / `+=`.
pub fn list_extend_with(vm: &mut Vm, l: &Rc<PyList>, iterable: &Value) -> PyResult<()> {
    let items = match iterable {
        Value::List(o) => o.to_vec(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => vm.collect(iterable)?,
    };
    l.items.borrow_mut().extend(items);
    Ok(())
}

fn list_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v)?.len())
}

fn list_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let l = this(v)?.clone();
    if let Value::Int(i) = key {
        let items = l.items.borrow();
        let n = items.len() as i64;
        let j = if *i < 0 { i + n } else { *i };
        return if j >= 0 && j < n {
            Ok(items[j as usize].clone())
        } else {
            Err(PyErr::index_error("list index out of range"))
        };
    }
    if let Value::Slice(s) = key {
        let (start, _, step, n) = super::slice::slice_indices(vm, s, l.len())?;
        let items = l.items.borrow();
        let out: Vec<Value> = super::slice::slice_positions(start, step, n)
            .filter_map(|i| items.get(i).cloned())
            .collect();
        return Ok(Value::list(out));
    }
    let len = l.len();
    match super::slice::seq_index(vm, key, len, "list")? {
        Some(i) => l
            .get(i)
            .ok_or_else(|| PyErr::index_error("list index out of range")),
        None => Err(PyErr::index_error("list index out of range")),
    }
}

fn list_setitem(vm: &mut Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let l = this(v)?.clone();
    if let Value::Slice(s) = key {
        return list_ass_slice(vm, &l, s, value);
    }
    let len = l.len();
    let Some(i) = super::slice::seq_index(vm, key, len, "list")? else {
        return Err(PyErr::index_error("list assignment index out of range"));
    };
    let old = {
        let mut items = l.items.borrow_mut();
        if i >= items.len() {
            return Err(PyErr::index_error("list assignment index out of range"));
        }
        match value {
            Some(x) => std::mem::replace(&mut items[i], x),
            None => items.remove(i),
        }
    };
    drop(old);
    Ok(())
}

/// `list_ass_subscript` with a slice key (assignment or deletion).
fn list_ass_slice(
    vm: &mut Vm,
    l: &Rc<PyList>,
    s: &super::PySlice,
    value: Option<Value>,
) -> PyResult<()> {
    let (start, stop, step, n) = super::slice::slice_indices(vm, s, l.len())?;
    let Some(value) = value else {
        // Deletion.
        let removed: Vec<Value>;
        {
            let mut items = l.items.borrow_mut();
            if step == 1 {
                let (a, b) = (start as usize, (stop.max(start)) as usize);
                let end = b.min(items.len());
                removed = items.drain(a.min(end)..end).collect();
            } else {
                let mut drop_mask = vec![false; items.len()];
                for p in super::slice::slice_positions(start, step, n) {
                    if let Some(m) = drop_mask.get_mut(p) {
                        *m = true;
                    }
                }
                let old = std::mem::take(&mut *items);
                let mut keep = Vec::with_capacity(old.len().saturating_sub(n));
                let mut gone = Vec::with_capacity(n);
                for (x, d) in old.into_iter().zip(drop_mask) {
                    if d {
                        gone.push(x)
                    } else {
                        keep.push(x)
                    }
                }
                *items = keep;
                removed = gone;
            }
        }
        drop(removed);
        return Ok(());
    };
    let seq = match &value {
        Value::List(o) => o.to_vec(),
        Value::Tuple(t) => t.items.to_vec(),
        Value::Instance(_) => vm.collect(&value)?,
        _ => match vm.collect(&value) {
            Ok(v) => v,
            Err(e) if args::err_is(vm, &e, super::ExcType::TypeError) => {
                return Err(PyErr::type_error("can only assign an iterable"))
            }
            Err(e) => Err(e)?,
        },
    };
    if step == 1 {
        let old: Vec<Value> = {
            let mut items = l.items.borrow_mut();
            let a = (start as usize).min(items.len());
            let b = (stop.max(start) as usize).min(items.len());
            items.splice(a..b, seq).collect()
        };
        drop(old);
        return Ok(());
    }
    if seq.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            seq.len(),
            n
        )));
    }
    let mut old = Vec::with_capacity(n);
    {
        let mut items = l.items.borrow_mut();
        for (p, x) in super::slice::slice_positions(start, step, n).zip(seq) {
            if let Some(slot) = items.get_mut(p) {
                old.push(std::mem::replace(slot, x));
            }
        }
    }
    drop(old);
    Ok(())
}

fn list_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let l = this(v)?.clone();
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if x.is(item) || vm.eq(&x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let l = this(v)?.clone();
    Ok(super::iter::new_iter(super::iter::IterState::List {
        list: l,
        idx: 0,
    }))
}

/// `list(iterable=())`.
pub fn list_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("list", kw)?;
    args::check_positional("list", a.len(), 0, 1)?;
    match a.first() {
        None => Ok(Value::list(Vec::new())),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(list_repr),
        hash_none: true,
        richcompare: Some(list_richcompare),
        binary_op: Some(list_binary_op),
        len: Some(list_len),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        contains: Some(list_contains),
        iter: Some(list_iter),
        new: Some(list_new),
        ..Default::default()
    }
}

fn self_and_rest<'a>(a: &'a [Value]) -> PyResult<(&'a Rc<PyList>, &'a [Value])> {
    match a.split_first() {
        Some((s, rest)) => Ok((this(s)?, rest)),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn list_append(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    let x = args::one_arg("list.append", rest, kw)?;
    l.push(x.clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    let x = args::one_arg("list.extend", rest, kw)?;
    list_extend_with(vm, &l.clone(), x)?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::positional("insert", rest, kw, 2, 2)?;
    let i = args::index_i64(vm, &rest[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, rest[1].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::positional("pop", rest, kw, 0, 1)?;
    let i = match rest.first() {
        Some(v) => args::index_i64(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn list_remove(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    let x = args::one_arg("list.remove", rest, kw)?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if item.is(x) || vm.eq(&item, x)? {
            let old = {
                let mut items = l.items.borrow_mut();
                if i < items.len() {
                    Some(items.remove(i))
                } else {
                    None
                }
            };
            drop(old);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::positional("index", rest, kw, 1, 3)?;
    let (l1, l2) = (l.clone(), l.clone());
    super::tuple::seq_index_method(vm, &|i| l1.get(i), &|| l2.len(), rest, &|vm, x| {
        let r = vm.repr(x)?;
        Ok(PyErr::value_error(format!("{} is not in list", r.as_str())))
    })
}

fn list_count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    let x = args::one_arg("list.count", rest, kw)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if item.is(x) || vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::no_args("list.reverse", rest, kw)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::no_args("list.copy", rest, kw)?;
    Ok(Value::list(l.to_vec()))
}

fn list_clear(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    args::no_args("list.clear", rest, kw)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop_values_last_first(old);
    Ok(Value::None)
}

/// Stable merge sort of `v` by the fallible `less` (binary-insertion runs, then merges).
pub fn merge_sort<C: ?Sized, T: Clone>(
    vm: &mut C,
    v: &mut [T],
    less: &mut dyn FnMut(&mut C, &T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    const RUN: usize = 32;
    // Binary insertion sort on each run (like CPython's `binarysort`).
    let mut lo = 0;
    while lo < n {
        let hi = (lo + RUN).min(n);
        for i in lo + 1..hi {
            let pivot = v[i].clone();
            let (mut l, mut r) = (lo, i);
            while l < r {
                let m = l + (r - l) / 2;
                if less(vm, &pivot, &v[m])? {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            v[l..=i].rotate_right(1);
        }
        lo = hi;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid < end {
                buf.clear();
                let (mut i, mut j) = (start, mid);
                while i < mid && j < end {
                    // Take from the right only if strictly less: keeps the sort stable.
                    if less(vm, &v[j], &v[i])? {
                        buf.push(v[j].clone());
                        j += 1;
                    } else {
                        buf.push(v[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..end]);
                v[start..end].clone_from_slice(&buf);
            }
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

/// Sort homogeneous int or str keys without Python-level comparisons (stable, like the
/// general path). Returns false when the values are not all of one such type.
fn sort_homogeneous<T>(v: &mut [T], key: impl Fn(&T) -> &Value) -> bool {
    match v.first().map(&key) {
        Some(Value::Int(_)) if v.iter().all(|x| matches!(key(x), Value::Int(_))) => {
            v.sort_by_key(|x| match key(x) {
                Value::Int(i) => *i,
                _ => 0,
            });
            true
        }
        Some(Value::Str(_)) if v.iter().all(|x| matches!(key(x), Value::Str(_))) => {
            v.sort_by(|a, b| match (key(a), key(b)) {
                (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
                _ => std::cmp::Ordering::Equal,
            });
            true
        }
        _ => false,
    }
}

/// Sort `items` in place with optional key and reverse (shared by `list.sort` and `sorted`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    let r = match key {
        None if sort_homogeneous(items, |v| v) => Ok(()),
        None => merge_sort(vm, items, &mut |vm, a, b| lt(vm, a, b)),
        Some(f) => {
            let mut pairs = Vec::with_capacity(items.len());
            for x in items.iter() {
                let k = vm.call(f, std::slice::from_ref(x))?;
                pairs.push((k, x.clone()));
            }
            let r = if sort_homogeneous(&mut pairs, |p| &p.0) {
                Ok(())
            } else {
                merge_sort(vm, &mut pairs, &mut |vm, a, b| lt(vm, &a.0, &b.0))
            };
            if r.is_ok() {
                for (slot, (_, x)) in items.iter_mut().zip(pairs) {
                    *slot = x;
                }
            }
            r
        }
    };
    if reverse {
        items.reverse();
    }
    r
}

fn list_sort(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (l, rest) = self_and_rest(a)?;
    if !rest.is_empty() {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    // Argument Clinic's wording for list.sort: "'foo' is an invalid keyword argument for sort()".
    if kw.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            kw.len()
        )));
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse")
    {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            k.as_str()
        )));
    }
    let [key, reverse] = args::take_kwargs("sort", kw, ["key", "reverse"])?;
    let key = key.filter(|k| !k.is_none());
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let l = l.clone();
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.is_empty();
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reversed(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (l, _) = self_and_rest(a)?;
    let idx = l.len() as isize - 1;
    Ok(super::iter::new_iter(super::iter::IterState::ListRev {
        list: l.clone(),
        idx,
    }))
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("reverse", list_reverse),
    ("sort", list_sort),
    ("copy", list_copy),
    ("clear", list_clear),
    ("__reversed__", list_reversed),
];

pub const GETSETS: &[(&str, super::class::Getter)] = &[];

#[cfg(test)]
mod tests {
    use super::merge_sort;

    #[test]
    fn sort_is_stable_like_cpython() {
        // python3: data = [(i * 7919) % 13 for i in range(100)];
        //          [i for i in sorted(range(100), key=lambda i: data[i])][:12]
        let data: Vec<i64> = (0..100).map(|i| (i * 7919) % 13).collect();
        let mut idx: Vec<usize> = (0..100).collect();
        merge_sort(&mut (), &mut idx, &mut |_, a, b| Ok(data[*a] < data[*b])).unwrap();
        assert_eq!(&idx[..12], &[0, 13, 26, 39, 52, 65, 78, 91, 7, 20, 33, 46]);
        assert!(idx
            .windows(2)
            .all(|w| data[w[0]] < data[w[1]] || (data[w[0]] == data[w[1]] && w[0] < w[1])));
    }

    #[test]
    fn deeply_nested_containers_drop_without_stack_overflow() {
        use crate::object::Value;
        let mut x = Value::list(vec![]);
        for i in 0..200_000 {
            x = match i % 3 {
                0 => Value::list(vec![x]),
                1 => Value::tuple(vec![x, Value::Int(1)]),
                _ => {
                    let d = crate::object::PyDict::new();
                    d.set_hashed(Value::Int(0), 0, x);
                    Value::Dict(std::rc::Rc::new(d))
                }
            };
        }
        drop(x);
    }
}
