//! Builtin iterator objects: list/tuple/str/bytes/range/dict/set iterators, enumerate, zip,
//! map, filter, reversed, the old-style `__getitem__` sequence iterator and `iter(f, sentinel)`.
//! All are `Value::Instance` with `Payload::Iter(RefCell<IterState>)`, so the VM's `FOR_ITER`
//! can call `iter_next` without `dyn Any` downcasts.
//!
//! Invariants: `iter_next` never holds the state borrow across Python code (it clones what it
//! needs, releases the borrow, then calls); an exhausted iterator becomes `IterState::Exhausted`
//! and drops its references, as CPython's iterators do.

use super::class::{Payload, PyType};
use super::{ExcType, PyBytes, PyDict, PyErr, PyList, PyResult, PySet, PyStr, PyTuple, Value};
use crate::builtins::args::{self, native_type, new_native, Kwargs};
use crate::vm::Vm;
use std::rc::Rc;

/// What `dict` iterators yield.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

#[derive(Debug)]
pub enum IterState {
    List {
        list: Rc<PyList>,
        idx: usize,
    },
    ListRev {
        list: Rc<PyList>,
        idx: isize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        idx: usize,
    },
    /// `pos` is a byte offset into the str.
    Str {
        s: Rc<PyStr>,
        pos: usize,
    },
    Bytes {
        b: Rc<PyBytes>,
        idx: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// A range outside i64 (`longrange_iterator`).
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    /// Forward dict iteration (`dictiterobject`): `idx` is the next entry position
    /// (`di_pos`), `len` the dict's size when the iterator was made (`di_used`;
    /// `usize::MAX` once a size change was seen, which makes that error sticky), `remaining`
    /// the items still expected (`di->len`).
    Dict {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
        remaining: usize,
        kind: DictIterKind,
    },
    /// Reverse dict iteration: `idx` counts down (one past the next entry position).
    DictRev {
        dict: Rc<PyDict>,
        idx: usize,
        len: usize,
        kind: DictIterKind,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        used: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Rc<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Rc<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `reversed(seq)` for any sequence with `__len__`/`__getitem__`.
    Reversed {
        seq: Value,
        idx: isize,
    },
    /// Old-style iteration through `__getitem__(0), __getitem__(1), ...`.
    Seq {
        seq: Value,
        idx: usize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

impl IterState {
    /// CPython's type name for this iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListRev { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { s, .. } => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::BigRange { .. } => "longrange_iterator",
            IterState::Dict {
                kind: DictIterKind::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                kind: DictIterKind::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                kind: DictIterKind::Items,
                ..
            } => "dict_itemiterator",
            IterState::DictRev {
                kind: DictIterKind::Keys,
                ..
            } => "dict_reversekeyiterator",
            IterState::DictRev {
                kind: DictIterKind::Values,
                ..
            } => "dict_reversevalueiterator",
            IterState::DictRev {
                kind: DictIterKind::Items,
                ..
            } => "dict_reverseitemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Reversed { .. } => "reversed",
            IterState::Seq { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

/// Methods of every builtin iterator type.
pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__next__", iter_dunder_next),
    ("__iter__", iter_dunder_iter),
    ("__length_hint__", iter_length_hint),
    ("__repr__", iter_dunder_repr),
];

/// The type object for an iterator kind.
pub fn iter_type(state: &IterState) -> Rc<PyType> {
    // The iterators every loop creates skip the registry's name scan.
    let hot = match state {
        IterState::List { .. } => 0,
        IterState::Range { .. } => 1,
        IterState::Str { s, .. } if s.is_ascii() => 2,
        IterState::Tuple { .. } => 3,
        IterState::Dict {
            kind: DictIterKind::Keys,
            ..
        } => 4,
        _ => return native_type(state.type_name(), METHODS),
    };
    HOT_ITER_TYPES.with(|c| {
        c[hot]
            .get_or_init(|| native_type(state.type_name(), METHODS))
            .clone()
    })
}

thread_local! {
    /// `iter_type` for the hot iterator kinds (the registry's types are per thread too).
    static HOT_ITER_TYPES: [std::cell::OnceCell<Rc<PyType>>; 5] = Default::default();
}

/// Wrap a state in a new iterator object.
pub fn new_iter(state: IterState) -> Value {
    let t = iter_type(&state);
    new_native(t, Payload::Iter(Box::new(std::cell::RefCell::new(state))))
}

/// The iterator state of `v`, if it is a builtin iterator.
pub fn as_iter(v: &Value) -> Option<&std::cell::RefCell<IterState>> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Iter(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `iter(v)` for builtin containers (no Python code): `None` when `v` is not one of them.
pub fn builtin_iter(v: &Value) -> Option<Value> {
    let st = match v {
        Value::List(l) => IterState::List {
            list: l.clone(),
            idx: 0,
        },
        Value::Tuple(t) => IterState::Tuple {
            tuple: t.clone(),
            idx: 0,
        },
        Value::Str(s) => IterState::Str {
            s: s.clone(),
            pos: 0,
        },
        Value::Bytes(b) => IterState::Bytes {
            b: b.clone(),
            idx: 0,
        },
        Value::Range(r) => IterState::Range {
            next: r.start,
            step: r.step,
            remaining: r.len() as u64,
        },
        Value::Dict(d) => dict_iter_state(d, DictIterKind::Keys),
        Value::Set(s) | Value::FrozenSet(s) => IterState::Set {
            set: s.clone(),
            pos: 0,
            used: s.len(),
        },
        _ => return None,
    };
    Some(new_iter(st))
}

pub fn dict_iter_state(d: &Rc<PyDict>, kind: DictIterKind) -> IterState {
    IterState::Dict {
        dict: d.clone(),
        idx: 0,
        len: d.len(),
        remaining: d.len(),
        kind,
    }
}

fn dict_entry(kind: DictIterKind, k: Value, v: Value) -> Value {
    match kind {
        DictIterKind::Keys => k,
        DictIterKind::Values => v,
        DictIterKind::Items => crate::object::tuple::pair_value(k, v),
    }
}

/// Work that needs Python code, extracted from the state while it is borrowed.
enum Slow {
    Enumerate(Value, i64),
    Zip(Rc<[Value]>, bool),
    Map(Value, Rc<[Value]>),
    Filter(Value, Value),
    Reversed(Value, isize),
    Seq(Value, usize),
    Callable(Value, Value),
}

/// `next(it)` for a builtin iterator: `Ok(None)` when exhausted. `it` must satisfy `as_iter`.
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(cell) = as_iter(it) else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            args::type_name(vm, it)
        )));
    };
    let slow = {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::List { list, idx } => {
                let item = list.items.borrow().get(*idx).cloned();
                return match item {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::ListRev { list, idx } => {
                let item = if *idx >= 0 {
                    list.items.borrow().get(*idx as usize).cloned()
                } else {
                    None
                };
                return match item {
                    Some(v) => {
                        *idx -= 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::Tuple { tuple, idx } => {
                return match tuple.items.get(*idx).cloned() {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::Str { s, pos } => {
                return match s.as_str()[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        Ok(Some(crate::object::str::char_value(c)))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::Bytes { b, idx } => {
                return match b.data.get(*idx) {
                    Some(&x) => {
                        *idx += 1;
                        Ok(Some(Value::Int(x as i64)))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                if *remaining > 0 {
                    *next = next.wrapping_add(*step);
                }
                return Ok(Some(Value::Int(v)));
            }
            IterState::Dict {
                dict,
                idx,
                len,
                remaining,
                kind,
            } => {
                // `dictiter_iternextkey`: a size change is a sticky error; finding an item
                // after the expected number means keys were replaced.
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                let next = if *kind == DictIterKind::Keys {
                    dict.next_key(*idx).map(|(n, k)| (n, k, Value::Null))
                } else {
                    dict.next_entry(*idx)
                };
                return match next {
                    Some(_) if *remaining == 0 => {
                        *st = IterState::Exhausted;
                        Err(PyErr::runtime_error(
                            "dictionary keys changed during iteration",
                        ))
                    }
                    Some((n, k, v)) => {
                        *idx = n + 1;
                        *remaining -= 1;
                        Ok(Some(dict_entry(*kind, k, v)))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::DictRev {
                dict,
                idx,
                len,
                kind,
            } => {
                // `dictreviter_iternext` (the size-change error is sticky).
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(PyErr::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                return match dict.prev_entry(*idx) {
                    Some((n, k, v)) => {
                        *idx = n;
                        Ok(Some(dict_entry(*kind, k, v)))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                };
            }
            IterState::Set { set, pos, used } => {
                if set.len() != *used {
                    let e = PyErr::runtime_error("Set changed size during iteration");
                    *st = IterState::Exhausted;
                    return Err(e);
                }
                let found = {
                    let t = set.table.borrow();
                    let mut i = *pos;
                    let mut found = None;
                    while i < t.slots() {
                        if let Some((_, k)) = t.slot(i) {
                            if !k.is_null() {
                                found = Some(k.clone());
                                i += 1;
                                break;
                            }
                        }
                        i += 1;
                    }
                    *pos = i;
                    found
                };
                if found.is_none() {
                    *st = IterState::Exhausted;
                }
                return Ok(found);
            }
            IterState::BigRange {
                next,
                step,
                remaining,
            } => {
                use num_traits::Zero;
                if remaining.is_zero() {
                    return Ok(None);
                }
                let v = next.clone();
                *remaining -= 1u32;
                *next += &*step;
                return Ok(Some(Value::from_bigint(v)));
            }
            IterState::Exhausted => return Ok(None),
            IterState::Enumerate { it, count } => Slow::Enumerate(it.clone(), *count),
            IterState::Zip { its, strict } => Slow::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Slow::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Slow::Filter(func.clone(), it.clone()),
            IterState::Reversed { seq, idx } => Slow::Reversed(seq.clone(), *idx),
            IterState::Seq { seq, idx } => Slow::Seq(seq.clone(), *idx),
            IterState::Callable { func, sentinel } => {
                Slow::Callable(func.clone(), sentinel.clone())
            }
        }
    };
    let exhaust = |cell: &std::cell::RefCell<IterState>| {
        let old = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
        drop(old);
    };
    match slow {
        Slow::Enumerate(inner, count) => match vm.next(&inner)? {
            Some(v) => {
                if let IterState::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                    *c = count.wrapping_add(1);
                }
                Ok(Some(crate::object::tuple::pair_value(Value::Int(count), v)))
            }
            None => Ok(None),
        },
        Slow::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            if let [a, b] = &its[..] {
                // The common `zip(xs, ys)`: the pair built in place, no vector.
                let Some(x) = vm.next(a)? else {
                    if strict {
                        return zip_strict_error(vm, &its, 0);
                    }
                    return Ok(None);
                };
                let Some(y) = vm.next(b)? else {
                    drop(x);
                    if strict {
                        return zip_strict_error(vm, &its, 1);
                    }
                    return Ok(None);
                };
                return Ok(Some(crate::object::tuple::pair_value(x, y)));
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    // CPython's zip_next keeps its iterators after a stop (zip is not sticky:
                    // asking again advances them again), so nothing is released here.
                    None => {
                        if strict {
                            return zip_strict_error(vm, &its, i);
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        Slow::Map(func, its) => {
            let mut argv = Vec::with_capacity(its.len());
            for it in its.iter() {
                match vm.next(it)? {
                    Some(v) => argv.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &argv).map(Some)
        }
        Slow::Filter(func, it) => loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = if func.is_none()
                || matches!(&func, Value::Type(t) if t.kind == super::class::TypeKind::Bool)
            {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Slow::Reversed(seq, idx) => {
            if idx < 0 {
                exhaust(cell);
                return Ok(None);
            }
            match vm.getitem(&seq, &Value::Int(idx as i64)) {
                Ok(v) => {
                    if let IterState::Reversed { idx: i, .. } = &mut *cell.borrow_mut() {
                        *i = idx - 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if args::err_is(vm, &e, ExcType::IndexError)
                        || args::err_is(vm, &e, ExcType::StopIteration) =>
                {
                    exhaust(cell);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Slow::Seq(seq, idx) => match vm.getitem(&seq, &Value::Int(idx as i64)) {
            Ok(v) => {
                if let IterState::Seq { idx: i, .. } = &mut *cell.borrow_mut() {
                    *i = idx + 1;
                }
                Ok(Some(v))
            }
            Err(e)
                if args::err_is(vm, &e, ExcType::IndexError)
                    || args::err_is(vm, &e, ExcType::StopIteration) =>
            {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Slow::Callable(func, sentinel) => match vm.call(&func, &[]) {
            Ok(v) => {
                if vm.eq(&v, &sentinel)? {
                    exhaust(cell);
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            Err(e) if args::err_is(vm, &e, ExcType::StopIteration) => {
                exhaust(cell);
                Ok(None)
            }
            Err(e) => Err(e),
        },
    }
}

/// `zip(strict=True)` found argument `i` exhausted: check the others and raise CPython's error.
fn zip_strict_error(vm: &mut Vm, its: &[Value], i: usize) -> PyResult<Option<Value>> {
    if i > 0 {
        let p = if i == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{i}")
        };
        return Err(PyErr::value_error(format!(
            "zip() argument {} is shorter than {p}",
            i + 1
        )));
    }
    for (j, it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            let p = if j == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{j}")
            };
            return Err(PyErr::value_error(format!(
                "zip() argument {} is longer than {p}",
                j + 1
            )));
        }
    }
    Ok(None)
}

fn iter_dunder_next(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("__next__", &a[a.len().min(1)..], kw)?;
    let Some(this) = a.first() else {
        return Err(PyErr::type_error("descriptor '__next__' needs an argument"));
    };
    match iter_next(vm, this)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}

fn iter_dunder_iter(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    a.first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("descriptor '__iter__' needs an argument"))
}

fn iter_dunder_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__repr__' needs an argument"))?;
    Ok(Value::from_string(args::default_repr(vm, this)))
}

/// `__length_hint__`: remaining items for sized iterators.
fn iter_length_hint(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__length_hint__' needs an argument"))?;
    let Some(cell) = as_iter(this) else {
        return Ok(Value::NotImplemented);
    };
    let n = match &*cell.borrow() {
        IterState::List { list, idx } => list.len().saturating_sub(*idx),
        IterState::ListRev { list, idx } => {
            if *idx >= 0 && (*idx as usize) < list.len() {
                *idx as usize + 1
            } else {
                0
            }
        }
        IterState::Tuple { tuple, idx } => tuple.items.len().saturating_sub(*idx),
        IterState::Range { remaining, .. } => *remaining as usize,
        IterState::Dict {
            dict,
            len,
            remaining,
            ..
        } => {
            if dict.len() == *len {
                *remaining
            } else {
                0
            }
        }
        IterState::Set { set, used, .. } => {
            if set.len() == *used {
                *used
            } else {
                0
            }
        }
        IterState::Exhausted => 0,
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::Int(n as i64))
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [it_kw, start_kw] = args::take_kwargs("enumerate", kw, ["iterable", "start"])?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let iterable = match (a.first(), it_kw) {
        (Some(v), None) => v.clone(),
        (None, Some(v)) => v,
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for enumerate() given by name ('iterable') and position (1)",
            ))
        }
        (None, None) => {
            return Err(PyErr::type_error(
                "enumerate() missing required argument 'iterable' (pos 1)",
            ))
        }
    };
    let start = match (a.get(1), start_kw) {
        (Some(v), None) => Some(v.clone()),
        (None, Some(v)) => Some(v),
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for enumerate() given by name ('start') and position (2)",
            ))
        }
        (None, None) => None,
    };
    let count = match start {
        None => 0,
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        Some(v) => {
            let tn = args::type_name(vm, &v);
            match vm.index(&v) {
                Ok(Value::Int(i)) => i,
                Ok(_) => return Err(PyErr::overflow_error("enumerate() start too large")),
                Err(_) => {
                    return Err(PyErr::type_error(format!(
                        "'{tn}' object cannot be interpreted as an integer"
                    )))
                }
            }
        }
    };
    let it = vm.iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { it, count }))
}

/// `zip(*iterables, strict=False)`.
pub fn zip_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [strict] = args::take_kwargs("zip", kw, ["strict"])?;
    let strict = match strict {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(a.len());
    for v in a {
        its.push(vm.iter(v)?);
    }
    Ok(new_iter(IterState::Zip {
        its: its.into(),
        strict,
    }))
}

/// `map(func, *iterables)`.
pub fn map_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("map", kw)?;
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for v in &a[1..] {
        its.push(vm.iter(v)?);
    }
    Ok(new_iter(IterState::Map {
        func: a[0].clone(),
        its: its.into(),
    }))
}

/// `filter(function or None, iterable)`.
pub fn filter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("filter", kw)?;
    args::check_positional("filter", a.len(), 2, 2)?;
    let it = vm.iter(&a[1])?;
    Ok(new_iter(IterState::Filter {
        func: a[0].clone(),
        it,
    }))
}

/// `reversed(seq)`: `__reversed__` first, then the sequence protocol.
pub fn reversed_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("reversed", kw)?;
    args::check_positional("reversed", a.len(), 1, 1)?;
    let seq = &a[0];
    match seq {
        Value::List(l) => {
            return Ok(new_iter(IterState::ListRev {
                list: l.clone(),
                idx: l.len() as isize - 1,
            }))
        }
        Value::Range(r) => return Ok(super::range::range_reversed(r)),
        Value::Dict(d) => {
            return Ok(new_iter(IterState::DictRev {
                dict: d.clone(),
                idx: d.nentries(),
                len: d.len(),
                kind: DictIterKind::Keys,
            }))
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
            let n = vm.len(seq)? as isize;
            return Ok(new_iter(IterState::Reversed {
                seq: seq.clone(),
                idx: n - 1,
            }));
        }
        Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::None
        | Value::Bool(_) => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                args::type_name(vm, seq)
            )));
        }
        _ => {}
    }
    if let Some(view) = super::dict::view_of(seq) {
        return Ok(new_iter(IterState::DictRev {
            dict: view.0.clone(),
            idx: view.0.nentries(),
            len: view.0.len(),
            kind: view.1,
        }));
    }
    let name = crate::object::str::intern("__reversed__");
    if let Some(m) = vm.getattr_opt(seq, &name)? {
        if m.is_none() {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                args::type_name(vm, seq)
            )));
        }
        return vm.call(&m, &[]);
    }
    let gi = crate::object::str::intern("__getitem__");
    if matches!(seq, Value::Instance(_)) && vm.getattr_opt(seq, &gi)?.is_some() {
        let n = vm.len(seq)? as isize;
        return Ok(new_iter(IterState::Reversed {
            seq: seq.clone(),
            idx: n - 1,
        }));
    }
    Err(PyErr::type_error(format!(
        "'{}' object is not reversible",
        args::type_name(vm, seq)
    )))
}

/// An old-style iterator over `seq[0], seq[1], ...` (for objects with only `__getitem__`).
pub fn seq_iter(seq: Value) -> Value {
    new_iter(IterState::Seq { seq, idx: 0 })
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(func: Value, sentinel: Value) -> Value {
    new_iter(IterState::Callable { func, sentinel })
}
