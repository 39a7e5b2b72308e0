//! The native `_collections` module: `deque` (CPython's `collections.deque`, a double-ended
//! queue over a `VecDeque<Value>`) and its `_deque_iterator`/`_deque_reverse_iterator`. The
//! Python-level `collections` package (`py/collections.py`) re-exports it.
//!
//! Invariants: the `RefCell` around a deque's state is never borrowed across Python code
//! (comparisons, reprs, iteration of arguments): items are cloned out, the borrow released,
//! and the state re-borrowed afterwards. `state` counts structural mutations (CPython's
//! `deque->state`): appends, pops, inserts, deletions, rotations and clears bump it, item
//! assignment and `reverse` do not; iterators and `count`/`index`/`remove`/`in` compare it to
//! detect "deque mutated during iteration". `maxlen` is enforced on every growth: appending at
//! one end drops items from the other. Error messages copy CPython 3.11's `_collectionsmodule.c`.

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::class::{Instance, Payload, PyType, TypeKind, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::OnceCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A deque's state (the native payload of a `collections.deque`).
pub struct Deque {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    pub state: u64,
}

/// A deque iterator: `counter` items are left; `state` is the deque's state at creation.
struct DequeIter {
    deque: Value,
    index: usize,
    counter: usize,
    state: u64,
    reverse: bool,
}

thread_local! {
    static TYPES: [OnceCell<Rc<PyType>>; 3] = Default::default();
}

const DEQUE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("rotate", rotate),
    ("__reversed__", dunder_reversed),
    ("__iter__", dunder_iter),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__contains__", dunder_contains),
];

const ITER_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__next__", iter_dunder_next),
    ("__iter__", iter_dunder_iter),
];

/// The `collections.deque` type.
pub fn deque_type(vm: &Vm) -> Rc<PyType> {
    TYPES.with(|t| {
        t[0].get_or_init(|| {
            let slots = TypeSlots {
                new: Some(deque_new),
                repr: Some(deque_repr),
                hash_none: true,
                richcompare: Some(deque_richcompare),
                binary_op: Some(deque_binary_op),
                len: Some(slot_len),
                getitem: Some(slot_getitem),
                setitem: Some(slot_setitem),
                contains: Some(slot_contains),
                iter: Some(slot_iter),
                ..TypeSlots::default()
            };
            let ty = crate::object::builtin_types::make_builtin_type(
                "deque",
                TypeKind::Native,
                Some(&vm.types.object),
                slots,
                DEQUE_METHODS,
                &[("maxlen", get_maxlen)],
                false,
            );
            crate::modules::set(&ty.dict, "__module__", Value::str("collections"));
            crate::modules::set(&ty.dict, "__hash__", Value::None);
            crate::object::builtin_types::add_classmethods(
                &vm.types,
                &ty,
                crate::object::genericalias::CLASS_GETITEM,
            );
            // CPython's tp_name is "collections.deque": error messages show it.
            *ty.name.borrow_mut() = crate::object::str::intern("collections.deque");
            ty
        })
        .clone()
    })
}

fn iter_type(vm: &Vm, reverse: bool) -> Rc<PyType> {
    let k = if reverse { 2 } else { 1 };
    TYPES.with(|t| {
        t[k].get_or_init(|| {
            let slots = TypeSlots {
                iter: Some(iter_slot_iter),
                next: Some(iter_slot_next),
                ..TypeSlots::default()
            };
            let name = if reverse {
                "_deque_reverse_iterator"
            } else {
                "_deque_iterator"
            };
            let ty = crate::object::builtin_types::new_native_type(
                name,
                &vm.types.object,
                slots,
                ITER_METHODS,
            );
            let dotted = format!("_collections.{name}");
            *ty.name.borrow_mut() = crate::object::str::intern(&dotted);
            ty
        })
        .clone()
    })
}

/// The native `_collections` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = crate::modules::new_module("_collections", &[]);
    crate::modules::set(&dict, "deque", Value::Type(deque_type(vm)));
    Ok(m)
}

// ---------------------------------------------------------------- state access

fn not_deque() -> PyErr {
    PyErr::type_error("descriptor requires a 'collections.deque' object")
}

/// Run `f` on `v`'s deque state (no Python code may run inside `f`).
fn with<R>(v: &Value, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    let Value::Instance(i) = v else {
        return Err(not_deque());
    };
    let Payload::Native(n) = &i.payload else {
        return Err(not_deque());
    };
    let mut b = n
        .try_borrow_mut()
        .map_err(|_| PyErr::runtime_error("deque is busy"))?;
    let d = b.downcast_mut::<Deque>().ok_or_else(not_deque)?;
    Ok(f(d))
}

fn is_deque(v: &Value) -> bool {
    crate::object::class::with_native::<Deque, ()>(v, |_| ()).is_some()
}

fn new_deque(vm: &Vm, class: Rc<PyType>, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let _ = vm;
    Instance::native(
        class,
        Deque {
            items,
            maxlen,
            state: 0,
        },
    )
}

fn this<'a>(vm: &Vm, name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    match a.first() {
        Some(v) if is_deque(v) => Ok(v),
        Some(v) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
            args::type_name(vm, v)
        ))),
        None => Err(PyErr::type_error(format!(
            "unbound method deque.{name}() needs an argument"
        ))),
    }
}

/// Push `x` at the right (or left), dropping from the other end when full.
fn push(d: &mut Deque, x: Value, left: bool) -> Option<Value> {
    if d.maxlen == Some(0) {
        return Some(x);
    }
    d.state = d.state.wrapping_add(1);
    let full = d.maxlen.is_some_and(|m| d.items.len() >= m);
    if left {
        let old = if full { d.items.pop_back() } else { None };
        d.items.push_front(x);
        old
    } else {
        let old = if full { d.items.pop_front() } else { None };
        d.items.push_back(x);
        old
    }
}

// ---------------------------------------------------------------- construction

fn deque_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = deque_type(vm);
    if a.len() + kw.len() > 2 {
        return Err(PyErr::type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    let mut iterable = a.first().cloned();
    let mut maxlen_v = a.get(1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "iterable" if a.is_empty() => iterable = Some(v.clone()),
            "maxlen" if a.len() < 2 => maxlen_v = Some(v.clone()),
            "iterable" | "maxlen" => {
                return Err(PyErr::type_error(format!(
                    "argument for deque() given by name ('{}') and position ({})",
                    k.as_str(),
                    if k.as_str() == "iterable" { 1 } else { 2 }
                )))
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for deque()"
                )))
            }
        }
    }
    let maxlen = parse_maxlen(vm, maxlen_v)?;
    let d = new_deque(vm, class, VecDeque::new(), maxlen);
    if let Some(it) = iterable {
        extend_impl(vm, &d, &it, false)?;
    }
    Ok(d)
}

fn parse_maxlen(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = match &v {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                Value::Long(_) => {
                    return Err(PyErr::overflow_error(
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                _ => {
                    if vm
                        .getattr_opt(&v, &crate::object::str::intern("__index__"))?
                        .is_none()
                    {
                        return Err(PyErr::type_error("an integer is required"));
                    }
                    args::index_i64(vm, &v)?
                }
            };
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

fn get_maxlen(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with(v, |d| match d.maxlen {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

// ---------------------------------------------------------------- methods

/// The hot-path receiver check: one borrow and downcast of `a[0]` (no allocation).
#[inline]
fn with_self<R>(vm: &Vm, name: &str, a: &[Value], f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    if let Some(Value::Instance(i)) = a.first() {
        if let Payload::Native(n) = &i.payload {
            if let Ok(mut b) = n.try_borrow_mut() {
                if let Some(d) = b.downcast_mut::<Deque>() {
                    return Ok(f(d));
                }
            }
        }
    }
    this(vm, name, a)?;
    Err(PyErr::runtime_error("deque is busy"))
}

fn append(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        this(vm, "append", a)?;
        args::one_arg("deque.append", &a[1..], kw)?;
    }
    let old = with_self(vm, "append", a, |d| push(d, a[1].clone(), false))?;
    drop(old);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        this(vm, "appendleft", a)?;
        args::one_arg("deque.appendleft", &a[1..], kw)?;
    }
    let old = with_self(vm, "appendleft", a, |d| push(d, a[1].clone(), true))?;
    drop(old);
    Ok(Value::None)
}

fn pop_impl(
    vm: &Vm,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    qual: &str,
    left: bool,
) -> PyResult<Value> {
    if a.len() != 1 || !kw.is_empty() {
        this(vm, name, a)?;
        args::no_args(qual, &a[1..], kw)?;
    }
    let v = with_self(vm, name, a, |d| {
        let v = if left {
            d.items.pop_front()
        } else {
            d.items.pop_back()
        };
        if v.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        v
    })?;
    v.ok_or_else(|| PyErr::index_error("pop from an empty deque"))
}

fn pop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pop_impl(vm, a, kw, "pop", "deque.pop", false)
}

fn popleft(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pop_impl(vm, a, kw, "popleft", "deque.popleft", true)
}

/// `deque.extend`/`extendleft`: items pulled one at a time (the borrow is released while the
/// argument's iterator runs). Extending a deque by itself iterates over a copy.
fn extend_impl(vm: &mut Vm, d: &Value, it: &Value, left: bool) -> PyResult<()> {
    if it.is(d) {
        let items: Vec<Value> = with(d, |d| d.items.iter().cloned().collect())?;
        for x in items {
            let old = with(d, |d| push(d, x, left))?;
            drop(old);
        }
        return Ok(());
    }
    let iter = vm.iter(it)?;
    while let Some(x) = vm.next(&iter)? {
        let old = with(d, |d| push(d, x, left))?;
        drop(old);
    }
    Ok(())
}

fn extend(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "extend", a)?;
    let x = args::one_arg("deque.extend", &a[1..], kw)?;
    extend_impl(vm, d, x, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "extendleft", a)?;
    let x = args::one_arg("deque.extendleft", &a[1..], kw)?;
    extend_impl(vm, d, x, true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "clear", a)?;
    args::no_args("deque.clear", &a[1..], kw)?;
    let old = with(d, |d| {
        d.state = d.state.wrapping_add(1);
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "copy", a)?;
    args::no_args("deque.copy", &a[1..], kw)?;
    let (items, maxlen) = with(d, |d| (d.items.clone(), d.maxlen))?;
    let class = vm.type_of(d);
    Ok(new_deque(vm, class, items, maxlen))
}

/// Items and state, copied out so Python code can run while walking them.
fn snapshot(d: &Value) -> PyResult<(Vec<Value>, u64)> {
    with(d, |d| (d.items.iter().cloned().collect(), d.state))
}

fn state_of(d: &Value) -> PyResult<u64> {
    with(d, |d| d.state)
}

fn count(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "count", a)?;
    let x = args::one_arg("deque.count", &a[1..], kw)?;
    let (items, st) = snapshot(d)?;
    let mut n = 0i64;
    for v in &items {
        let eq = vm.eq(v, x)?;
        if state_of(d)? != st {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
        n += eq as i64;
    }
    Ok(Value::Int(n))
}

/// A `start`/`stop` argument of `index`, clamped as CPython's `_PyEval_SliceIndexNotNone`.
fn slice_index(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Long(l) => {
            if l.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => {
            if vm
                .getattr_opt(v, &crate::object::str::intern("__index__"))?
                .is_none()
            {
                return Err(PyErr::type_error(
                    "slice indices must be integers or have an __index__ method",
                ));
            }
            args::index_i64(vm, v)?
        }
    };
    let len = len as i64;
    let n = if n < 0 { (n + len).max(0) } else { n.min(len) };
    Ok(n as usize)
}

fn index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "index", a)?;
    args::no_kwargs("index", kw)?;
    args::check_positional("index", a.len() - 1, 1, 3)?;
    let x = &a[1];
    let (items, st) = snapshot(d)?;
    let start = match a.get(2) {
        Some(v) => slice_index(vm, v, items.len())?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => slice_index(vm, v, items.len())?,
        None => items.len(),
    };
    let mut i = start;
    while i < stop && i < items.len() {
        let eq = vm.eq(&items[i], x)?;
        if state_of(d)? != st {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(PyErr::value_error(format!(
        "{} is not in deque",
        r.as_str()
    )))
}

fn insert(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "insert", a)?;
    args::no_kwargs("insert", kw)?;
    args::check_positional("insert", a.len() - 1, 2, 2)?;
    let i = match &a[1] {
        Value::Long(l) => {
            if l.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        v => args::index_i64(vm, v)?,
    };
    let x = a[2].clone();
    let full = with(d, |d| {
        if d.maxlen.is_some_and(|m| d.items.len() >= m) {
            return true;
        }
        let len = d.items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.state = d.state.wrapping_add(1);
        d.items.insert(at as usize, x);
        false
    })?;
    if full {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "remove", a)?;
    let x = args::one_arg("deque.remove", &a[1..], kw)?;
    let (items, st) = snapshot(d)?;
    for (i, v) in items.iter().enumerate() {
        let eq = vm.eq(v, x)?;
        if state_of(d)? != st {
            return Err(PyErr::index_error("deque mutated during iteration"));
        }
        if eq {
            let old = with(d, |d| {
                d.state = d.state.wrapping_add(1);
                d.items.remove(i)
            })?;
            drop(old);
            return Ok(Value::None);
        }
    }
    let r = vm.repr(x)?;
    Err(PyErr::value_error(format!(
        "{} is not in deque",
        r.as_str()
    )))
}

fn reverse(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "reverse", a)?;
    args::no_args("deque.reverse", &a[1..], kw)?;
    with(d, |d| d.items.make_contiguous().reverse())?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "rotate", a)?;
    args::no_kwargs("rotate", kw)?;
    args::check_positional("rotate", a.len() - 1, 0, 1)?;
    let n = match a.get(1) {
        None => 1,
        Some(Value::Long(_)) => {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
        Some(v) => args::index_i64(vm, v)?,
    };
    with(d, |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            d.state = d.state.wrapping_add(1);
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

// ---------------------------------------------------------------- sequence protocol

fn slot_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    with(v, |d| d.items.len())
}

fn dunder_len(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__len__", a)?;
    args::no_args("deque.__len__", &a[1..], kw)?;
    Ok(Value::Int(slot_len(vm, d)? as i64))
}

/// A subscript as an in-range position; IndexError "deque index out of range" otherwise.
fn item_index(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Long(_) => {
            return Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {
            if vm
                .getattr_opt(key, &crate::object::str::intern("__index__"))?
                .is_none()
            {
                return Err(PyErr::type_error(format!(
                    "sequence index must be integer, not '{}'",
                    args::type_name(vm, key)
                )));
            }
            args::index_i64(vm, key)?
        }
    };
    let len = slot_len(vm, d)? as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn slot_getitem(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Value> {
    let i = item_index(vm, d, key)?;
    with(d, |d| d.items.get(i).cloned())?
        .ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn slot_setitem(vm: &mut Vm, d: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let i = item_index(vm, d, key)?;
    let old = with(d, |d| match value {
        Some(v) => d.items.get_mut(i).map(|slot| std::mem::replace(slot, v)),
        None => {
            d.state = d.state.wrapping_add(1);
            d.items.remove(i)
        }
    })?;
    drop(old);
    Ok(())
}

fn dunder_getitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__getitem__", a)?;
    let k = args::one_arg("deque.__getitem__", &a[1..], kw)?;
    slot_getitem(vm, d, k)
}

fn dunder_setitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__setitem__", a)?;
    args::no_kwargs("__setitem__", kw)?;
    args::check_positional("__setitem__", a.len() - 1, 2, 2)?;
    slot_setitem(vm, d, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__delitem__", a)?;
    let k = args::one_arg("deque.__delitem__", &a[1..], kw)?;
    slot_setitem(vm, d, k, None)?;
    Ok(Value::None)
}

fn slot_contains(vm: &mut Vm, d: &Value, x: &Value) -> PyResult<bool> {
    let (items, st) = snapshot(d)?;
    for v in &items {
        let eq = vm.eq(v, x)?;
        if state_of(d)? != st {
            return Err(PyErr::runtime_error("deque mutated during iteration"));
        }
        if eq {
            return Ok(true);
        }
    }
    Ok(false)
}

fn dunder_contains(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__contains__", a)?;
    let x = args::one_arg("deque.__contains__", &a[1..], kw)?;
    Ok(Value::Bool(slot_contains(vm, d, x)?))
}

// ---------------------------------------------------------------- repr, comparison, operators

fn deque_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if !crate::object::list::repr_enter(vm, v)? {
        return Ok("[...]".into());
    }
    let r = (|| {
        let (items, maxlen) = with(v, |d| {
            (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
        })?;
        let mut out = String::new();
        let name = {
            let t = vm.type_of(v);
            let n = t.name.borrow().as_str().to_string();
            n.rsplit('.').next().unwrap_or("deque").to_string()
        };
        out.push_str(&name);
        out.push_str("([");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(x)?.as_str());
        }
        out.push(']');
        if let Some(m) = maxlen {
            out.push_str(&format!(", maxlen={m}"));
        }
        out.push(')');
        Ok(out)
    })();
    crate::object::list::repr_leave(v);
    r
}

/// CPython's `deque_richcompare`: lengths first for `==`/`!=`, then the first differing item.
fn deque_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    if !is_deque(a) || !is_deque(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, _) = snapshot(a)?;
    let (y, _) = snapshot(b)?;
    if x.len() != y.len() && matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::Bool(op == CmpKind::Ne));
    }
    let mut i = 0;
    while i < x.len() && i < y.len() {
        if !vm.eq(&x[i], &y[i])? {
            break;
        }
        i += 1;
    }
    if i >= x.len() || i >= y.len() {
        let (lx, ly) = (x.len(), y.len());
        let r = match op {
            CmpKind::Lt => lx < ly,
            CmpKind::Le => lx <= ly,
            CmpKind::Eq => lx == ly,
            CmpKind::Ne => lx != ly,
            CmpKind::Gt => lx > ly,
            CmpKind::Ge => lx >= ly,
        };
        return Ok(Value::Bool(r));
    }
    match op {
        CmpKind::Eq => Ok(Value::Bool(false)),
        CmpKind::Ne => Ok(Value::Bool(true)),
        _ => vm.compare(&x[i], &y[i], op),
    }
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Long(_) => Err(PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) => {
            if vm
                .getattr_opt(n, &crate::object::str::intern("__index__"))?
                .is_none()
            {
                return Ok(None);
            }
            Ok(Some(args::index_i64(vm, n)?))
        }
        _ => Ok(None),
    }
}

/// `d *= n` in place (CPython's `deque_inplace_repeat`).
fn repeat_inplace(d: &Value, n: i64) -> PyResult<()> {
    let old = with(d, |d| {
        if n <= 0 || d.items.is_empty() {
            d.state = d.state.wrapping_add(1);
            return std::mem::take(&mut d.items);
        }
        let base: Vec<Value> = d.items.iter().cloned().collect();
        for _ in 1..n {
            for x in &base {
                if let Some(old) = push(d, x.clone(), false) {
                    drop(old);
                }
            }
            if d.maxlen.is_some_and(|m| d.items.len() >= m) && d.maxlen != Some(0) {
                // Further rounds only rotate the same items through; finish by count.
            }
        }
        VecDeque::new()
    })?;
    drop(old);
    Ok(())
}

fn deque_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    match op {
        BinOpKind::Add => {
            if !is_deque(a) {
                return Ok(Value::NotImplemented);
            }
            if !is_deque(b) {
                return Err(PyErr::type_error(format!(
                    "can only concatenate deque (not \"{}\") to deque",
                    args::type_name(vm, b)
                )));
            }
            let (items, maxlen) = with(a, |d| (d.items.clone(), d.maxlen))?;
            let class = vm.type_of(a);
            let r = new_deque(vm, class, items, maxlen);
            extend_impl(vm, &r, b, false)?;
            Ok(r)
        }
        BinOpKind::InplaceAdd => {
            if !is_deque(a) {
                return Ok(Value::NotImplemented);
            }
            extend_impl(vm, a, b, false)?;
            Ok(a.clone())
        }
        BinOpKind::Multiply | BinOpKind::InplaceMultiply => {
            let (d, n) = if is_deque(a) { (a, b) } else { (b, a) };
            let Some(n) = repeat_count(vm, n)? else {
                if matches!(n, Value::Instance(i) if i.class.flags.heap) {
                    return Ok(Value::NotImplemented);
                }
                // sq_repeat: the other operand's own `*` had its chance first.
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    args::type_name(vm, n)
                )));
            };
            if op == BinOpKind::InplaceMultiply && d.is(a) {
                repeat_inplace(d, n)?;
                return Ok(d.clone());
            }
            let (items, maxlen) = with(d, |d| (d.items.clone(), d.maxlen))?;
            let class = vm.type_of(d);
            let r = new_deque(vm, class, items, maxlen);
            repeat_inplace(&r, n)?;
            Ok(r)
        }
        _ => Ok(Value::NotImplemented),
    }
}

// ---------------------------------------------------------------- iteration

fn make_iter(vm: &Vm, d: &Value, reverse: bool) -> PyResult<Value> {
    let (len, state) = with(d, |d| (d.items.len(), d.state))?;
    Ok(Instance::native(
        iter_type(vm, reverse),
        DequeIter {
            deque: d.clone(),
            index: 0,
            counter: len,
            state,
            reverse,
        },
    ))
}

fn slot_iter(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    make_iter(vm, d, false)
}

fn dunder_iter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__iter__", a)?;
    args::no_args("deque.__iter__", &a[1..], kw)?;
    make_iter(vm, d, false)
}

fn dunder_reversed(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = this(vm, "__reversed__", a)?;
    args::no_args("deque.__reversed__", &a[1..], kw)?;
    make_iter(vm, d, true)
}

fn iter_slot_iter(_vm: &mut Vm, it: &Value) -> PyResult<Value> {
    Ok(it.clone())
}

fn iter_slot_next(_vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(i) = it else {
        return Err(PyErr::type_error("not a deque iterator"));
    };
    let Payload::Native(n) = &i.payload else {
        return Err(PyErr::type_error("not a deque iterator"));
    };
    let mut b = n.borrow_mut();
    let Some(st) = b.downcast_mut::<DequeIter>() else {
        return Err(PyErr::type_error("not a deque iterator"));
    };
    let r = with(&st.deque, |d| {
        if d.state != st.state {
            return Err(());
        }
        if st.counter == 0 {
            return Ok(None);
        }
        let len = d.items.len();
        let pos = if st.reverse {
            len.checked_sub(st.index + 1)
        } else {
            Some(st.index)
        };
        Ok(pos.and_then(|p| d.items.get(p).cloned()))
    })?;
    match r {
        Err(()) => {
            st.counter = 0;
            Err(PyErr::runtime_error("deque mutated during iteration"))
        }
        Ok(Some(v)) => {
            st.index += 1;
            st.counter -= 1;
            Ok(Some(v))
        }
        Ok(None) => Ok(None),
    }
}

fn iter_dunder_iter(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    a.first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("descriptor '__iter__' needs an argument"))
}

fn iter_dunder_next(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("__next__", &a[a.len().min(1)..], kw)?;
    let Some(it) = a.first() else {
        return Err(PyErr::type_error("descriptor '__next__' needs an argument"));
    };
    match iter_slot_next(vm, it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}
