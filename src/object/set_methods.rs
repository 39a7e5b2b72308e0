//! `set` / `frozenset` slots, methods and operators, following `Objects/setobject.c` step by
//! step (which set is iterated, which is probed, when a copy is made first), because those
//! choices decide the iteration order of every result. The hash table itself is in `set.rs`.

use super::class::TypeSlots;
use super::set::{new_frozenset, new_set, KeyEq, PySet, SetTable};
use super::{PyDict, PyErr, PyResult, Value};
use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::rc::Rc;

fn anyset(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&Rc<PySet>> {
    anyset(v).ok_or_else(|| PyErr::type_error("descriptor requires a 'set' object"))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v, Value::FrozenSet(_))
}

/// A set or frozenset value (the type of `like`) holding `t`.
fn same_type(like: &Value, t: SetTable) -> Value {
    if is_frozen(like) {
        new_frozenset(t)
    } else {
        new_set(t)
    }
}

/// The hash of a set element; a `set` key is looked up as the equal frozenset (`set_contains`).
fn elem_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    match key {
        Value::Set(s) => Ok(s.table.borrow().frozenset_hash()),
        _ => vm.hash(key),
    }
}

/// `set_update_internal(so, other)`.
pub fn set_update_internal(vm: &mut Vm, so: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = anyset(other) {
        return so.merge(vm, o);
    }
    if let Value::Dict(d) = other {
        so.presize_for(d.len());
        let entries: Vec<(i64, Value)> = d.hashed_keys();
        for (h, k) in entries {
            so.add_entry(vm, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        so.add_entry(vm, k, h)?;
    }
    Ok(())
}

/// `make_new_set(type, iterable)`.
pub fn set_from_iterable(vm: &mut Vm, iterable: &Value, frozen: bool) -> PyResult<Value> {
    let s = PySet::new();
    set_update_internal(vm, &s, iterable)?;
    let t = s.table.into_inner();
    Ok(if frozen { new_frozenset(t) } else { new_set(t) })
}

fn table_of(v: Value) -> SetTable {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => match Rc::try_unwrap(s) {
            Ok(s) => s.table.into_inner(),
            Err(s) => s.copy_table(),
        },
        _ => SetTable::new(),
    }
}

/// `set_intersection(so, other)`: the result's table.
pub fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<SetTable> {
    if let Some(o) = anyset(other) {
        return intersection_sets(vm, so, o);
    }
    let result = PySet::new();
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if so.contains_entry(vm, &k, h)? {
            result.add_entry(vm, k, h)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result.table.into_inner())
}

/// `set_intersection(so, other)` for two sets: iterate the smaller, probe the larger.
pub fn intersection_sets<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    o: &Rc<PySet>,
) -> PyResult<SetTable> {
    if Rc::ptr_eq(so, o) {
        return Ok(so.copy_table());
    }
    let result = PySet::new();
    let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
    let mut pos = 0;
    while let Some((i, h, k)) = small.next_entry(pos) {
        pos = i + 1;
        if big.contains_entry(e, &k, h)? {
            result.add_entry(e, k, h)?;
        }
    }
    Ok(result.table.into_inner())
}

/// `set_difference_update_internal(so, other)` for a set `other`.
pub fn difference_update_sets<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    o: &Rc<PySet>,
) -> PyResult<()> {
    if Rc::ptr_eq(so, o) {
        so.clear();
        return Ok(());
    }
    let entries = if (o.len() >> 3) > so.len() {
        let t = intersection_sets(e, so, o)?;
        t.iter().cloned().collect::<Vec<_>>()
    } else {
        o.entries()
    };
    for (h, k) in entries {
        so.discard_entry(e, &k, h)?;
    }
    so.shrink_dummies();
    Ok(())
}

/// `set_difference(so, other)` for a set `other`.
pub fn difference_sets<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    o: &Rc<PySet>,
) -> PyResult<SetTable> {
    if (so.len() >> 2) > o.len() {
        let r = Rc::new(PySet::from_table(so.copy_table()));
        difference_update_sets(e, &r, o)?;
        return Ok(table_of(Value::Set(r)));
    }
    let result = PySet::new();
    for (h, k) in so.entries() {
        if !o.contains_entry(e, &k, h)? {
            result.add_entry(e, k, h)?;
        }
    }
    Ok(result.table.into_inner())
}

/// `set_symmetric_difference_update` with the other set's entries.
pub fn symmetric_difference_update_entries<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    entries: Vec<(i64, Value)>,
) -> PyResult<()> {
    for (h, k) in entries {
        if so.discard_entry(e, &k, h)?.is_none() {
            so.add_entry(e, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)` for a set `other`: a copy of `other` updated with `so`.
pub fn symmetric_difference_sets<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    o: &Rc<PySet>,
) -> PyResult<SetTable> {
    let r = Rc::new(PySet::from_table(o.copy_table()));
    if Rc::ptr_eq(so, o) {
        r.clear();
    } else {
        symmetric_difference_update_entries(e, &r, so.entries())?;
    }
    Ok(table_of(Value::Set(r)))
}

/// `set_or(so, other)` for two sets: a copy of `so` merged with `other`.
pub fn union_sets<E: KeyEq + ?Sized>(
    e: &mut E,
    so: &Rc<PySet>,
    o: &Rc<PySet>,
) -> PyResult<SetTable> {
    let r = PySet::from_table(so.copy_table());
    if !Rc::ptr_eq(so, o) {
        r.merge(e, o)?;
    }
    Ok(r.table.into_inner())
}

/// `set_difference_update_internal(so, other)`.
pub fn difference_update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = anyset(other) {
        return difference_update_sets(vm, so, o);
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = elem_hash(vm, &k)?;
            so.discard_entry(vm, &k, h)?;
        }
    }
    so.shrink_dummies();
    Ok(())
}

/// `set_difference(so, other)`: the result's table.
pub fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<SetTable> {
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => Some(o.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    let copy_and_difference = |vm: &mut Vm| -> PyResult<SetTable> {
        let r = Rc::new(PySet::from_table(so.copy_table()));
        difference_update_internal(vm, &r, other)?;
        Ok(table_of(Value::Set(r)))
    };
    if let Some(o) = anyset(other) {
        return difference_sets(vm, so, o);
    }
    let Some(other_size) = other_size else {
        return copy_and_difference(vm);
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(vm);
    }
    let result = PySet::new();
    match other {
        Value::Dict(d) => {
            for (h, k) in so.entries() {
                if d.get_hashed(&k, h).is_none() {
                    result.add_entry(vm, k, h)?;
                }
            }
        }
        Value::Set(o) | Value::FrozenSet(o) => {
            for (h, k) in so.entries() {
                if !o.contains_entry(vm, &k, h)? {
                    result.add_entry(vm, k, h)?;
                }
            }
        }
        _ => {}
    }
    Ok(result.table.into_inner())
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = anyset(other) {
        if Rc::ptr_eq(so, o) {
            so.clear();
            return Ok(());
        }
    }
    let entries: Vec<(i64, Value)> = match other {
        Value::Dict(d) => d.hashed_keys(),
        Value::Set(o) | Value::FrozenSet(o) => o.entries(),
        _ => {
            let s = PySet::new();
            set_update_internal(vm, &s, other)?;
            s.entries()
        }
    };
    for (h, k) in entries {
        if so.discard_entry(vm, &k, h)?.is_none() {
            so.add_entry(vm, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other` updated with `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<SetTable> {
    let o = Rc::new(PySet::new());
    set_update_internal(vm, &o, other)?;
    symmetric_difference_update(vm, &o, &Value::Set(so.clone()))?;
    Ok(table_of(Value::Set(o)))
}

/// `set_issubset(so, other)`.
pub fn issubset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let Some(o) = anyset(other) else {
        let t = intersection(vm, so, other)?;
        return Ok(t.len() == so.len());
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in so.entries() {
        if !o.contains_entry(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset(so, other)`.
pub fn issuperset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = anyset(other) {
        return issubset(vm, o, &Value::Set(so.clone()));
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = elem_hash(vm, &k)?;
        if !so.contains_entry(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint(so, other)`.
pub fn isdisjoint(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = anyset(other) {
        if Rc::ptr_eq(so, o) {
            return Ok(so.is_empty());
        }
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in small.entries() {
            if big.contains_entry(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = elem_hash(vm, &k)?;
        if so.contains_entry(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let s = this(v)?.clone();
    let name = if is_frozen(v) { "frozenset" } else { "set" };
    if !super::list::repr_enter(vm, v)? {
        return Ok(format!("{name}(...)"));
    }
    if s.is_empty() {
        super::list::repr_leave(v);
        return Ok(format!("{name}()"));
    }
    let r = vm.repr(&Value::list(s.keys()));
    super::list::repr_leave(v);
    let r = r?;
    let inner = &r.as_str()[1..r.as_str().len() - 1];
    Ok(if is_frozen(v) {
        format!("frozenset({{{inner}}})")
    } else {
        format!("{{{inner}}}")
    })
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(this(v)?.frozen_hash())
}

fn set_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (Some(v), Some(w)) = (anyset(a), anyset(b)) else {
        return Ok(Value::NotImplemented);
    };
    let (v, w) = (v.clone(), w.clone());
    let r = match op {
        CmpKind::Eq | CmpKind::Ne => {
            let eq = if v.len() != w.len() {
                false
            } else if is_frozen(a) && is_frozen(b) && v.frozen_hash() != w.frozen_hash() {
                false
            } else {
                issubset(vm, &v, b)?
            };
            eq == (op == CmpKind::Eq)
        }
        CmpKind::Le => issubset(vm, &v, b)?,
        CmpKind::Ge => issuperset(vm, &v, b)?,
        CmpKind::Lt => v.len() < w.len() && issubset(vm, &v, b)?,
        CmpKind::Gt => v.len() > w.len() && issuperset(vm, &v, b)?,
    };
    Ok(Value::Bool(r))
}

fn set_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    let (Some(so), Some(_)) = (anyset(a), anyset(b)) else {
        return Ok(Value::NotImplemented);
    };
    let so = so.clone();
    let inplace = op.is_inplace() && !is_frozen(a);
    match op.base() {
        BinOpKind::Or => {
            if inplace {
                set_update_internal(vm, &so, b)?;
                return Ok(a.clone());
            }
            let r = PySet::from_table(so.copy_table());
            if !a.is(b) {
                set_update_internal(vm, &r, b)?;
            }
            Ok(same_type(a, r.table.into_inner()))
        }
        BinOpKind::And => {
            let t = intersection(vm, &so, b)?;
            if inplace {
                so.replace_table(t);
                return Ok(a.clone());
            }
            Ok(same_type(a, t))
        }
        BinOpKind::Subtract => {
            if inplace {
                difference_update_internal(vm, &so, b)?;
                return Ok(a.clone());
            }
            let t = difference(vm, &so, b)?;
            Ok(same_type(a, t))
        }
        BinOpKind::Xor => {
            if inplace {
                symmetric_difference_update(vm, &so, b)?;
                return Ok(a.clone());
            }
            let t = symmetric_difference(vm, &so, b)?;
            Ok(same_type(a, t))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn set_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(this(v)?.len())
}

fn set_contains(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<bool> {
    let s = this(v)?.clone();
    let h = elem_hash(vm, key)?;
    s.contains_entry(vm, key, h)
}

fn set_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = this(v)?.clone();
    let used = s.len();
    Ok(super::iter::new_iter(super::iter::IterState::Set {
        set: s,
        pos: 0,
        used,
    }))
}

/// `set(iterable=())`.
pub fn set_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("set", kw)?;
    args::check_positional("set", a.len(), 0, 1)?;
    match a.first() {
        None => Ok(new_set(SetTable::new())),
        Some(v) => set_from_iterable(vm, v, false),
    }
}

/// `frozenset(iterable=())` (a frozenset argument is returned as is).
pub fn frozenset_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("frozenset", kw)?;
    args::check_positional("frozenset", a.len(), 0, 1)?;
    match a.first() {
        None => Ok(new_frozenset(SetTable::new())),
        Some(v @ Value::FrozenSet(_)) => Ok(v.clone()),
        Some(v) => set_from_iterable(vm, v, true),
    }
}

pub fn set_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(set_repr),
        hash_none: true,
        richcompare: Some(set_richcompare),
        binary_op: Some(set_binary_op),
        len: Some(set_len),
        contains: Some(set_contains),
        iter: Some(set_iter),
        new: Some(set_new),
        ..Default::default()
    }
}

pub fn frozenset_slots() -> TypeSlots {
    TypeSlots {
        hash: Some(frozenset_hash),
        hash_none: false,
        new: Some(frozenset_new),
        ..set_slots()
    }
}

fn split(a: &[Value]) -> PyResult<(&Value, &Rc<PySet>, &[Value])> {
    match a.split_first() {
        Some((s, rest)) => Ok((s, this(s)?, rest)),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

fn set_add(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    let k = args::one_arg("set.add", rest, kw)?;
    let h = vm.hash(k)?;
    s.clone().add_entry(vm, k.clone(), h)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    let k = args::one_arg("set.remove", rest, kw)?;
    let h = elem_hash(vm, k)?;
    match s.clone().discard_entry(vm, k, h)? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::key_error(k.clone())),
    }
}

fn set_discard(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    let k = args::one_arg("set.discard", rest, kw)?;
    let h = elem_hash(vm, k)?;
    s.clone().discard_entry(vm, k, h)?;
    Ok(Value::None)
}

fn set_pop(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    args::no_args("set.pop", rest, kw)?;
    s.pop()
        .ok_or_else(|| PyErr::key_error(Value::str("pop from an empty set")))
}

fn set_clear(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    args::no_args("set.clear", rest, kw)?;
    s.clear();
    Ok(Value::None)
}

fn set_copy(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    let name = if is_frozen(v) {
        "frozenset.copy"
    } else {
        "set.copy"
    };
    args::no_args(name, rest, kw)?;
    if is_frozen(v) {
        return Ok(v.clone());
    }
    Ok(new_set(s.copy_table()))
}

fn set_update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    args::no_kwargs("set.update", kw)?;
    let s = s.clone();
    for o in rest {
        set_update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    args::no_kwargs("union", kw)?;
    let r = PySet::from_table(s.copy_table());
    for o in rest {
        if o.is(v) {
            continue;
        }
        set_update_internal(vm, &r, o)?;
    }
    Ok(same_type(v, r.table.into_inner()))
}

fn set_intersection(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    args::no_kwargs("intersection", kw)?;
    if rest.is_empty() {
        return Ok(same_type(v, s.copy_table()));
    }
    let mut cur = s.clone();
    for o in rest {
        let t = intersection(vm, &cur, o)?;
        cur = Rc::new(PySet::from_table(t));
    }
    Ok(same_type(v, table_of(Value::Set(cur))))
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    args::no_kwargs("intersection_update", kw)?;
    let mut cur = s.clone();
    for o in rest {
        let t = intersection(vm, &cur, o)?;
        cur = Rc::new(PySet::from_table(t));
    }
    if !rest.is_empty() {
        s.replace_table(table_of(Value::Set(cur)));
    }
    Ok(Value::None)
}

fn set_difference(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    args::no_kwargs("difference", kw)?;
    let Some((first, others)) = rest.split_first() else {
        return Ok(same_type(v, s.copy_table()));
    };
    let r = Rc::new(PySet::from_table(difference(vm, s, first)?));
    for o in others {
        difference_update_internal(vm, &r, o)?;
    }
    Ok(same_type(v, table_of(Value::Set(r))))
}

fn set_difference_update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    args::no_kwargs("difference_update", kw)?;
    let s = s.clone();
    for o in rest {
        difference_update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    let name = if is_frozen(v) {
        "frozenset.symmetric_difference"
    } else {
        "set.symmetric_difference"
    };
    let o = args::one_arg(name, rest, kw)?;
    let t = symmetric_difference(vm, s, o)?;
    Ok(same_type(v, t))
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (_, s, rest) = split(a)?;
    let o = args::one_arg("set.symmetric_difference_update", rest, kw)?;
    symmetric_difference_update(vm, &s.clone(), o)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    let name = if is_frozen(v) {
        "frozenset.issubset"
    } else {
        "set.issubset"
    };
    let o = args::one_arg(name, rest, kw)?;
    Ok(Value::Bool(issubset(vm, &s.clone(), o)?))
}

fn set_issuperset(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    let name = if is_frozen(v) {
        "frozenset.issuperset"
    } else {
        "set.issuperset"
    };
    let o = args::one_arg(name, rest, kw)?;
    Ok(Value::Bool(issuperset(vm, &s.clone(), o)?))
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (v, s, rest) = split(a)?;
    let name = if is_frozen(v) {
        "frozenset.isdisjoint"
    } else {
        "set.isdisjoint"
    };
    let o = args::one_arg(name, rest, kw)?;
    Ok(Value::Bool(isdisjoint(vm, &s.clone(), o)?))
}

pub const SET_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("intersection_update", set_intersection_update),
    ("difference", set_difference),
    ("difference_update", set_difference_update),
    ("symmetric_difference", set_symmetric_difference),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub const FROZENSET_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// Used by `dict` views: a set built from any iterable.
pub fn dict_keys_set(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<Value> {
    set_from_iterable(vm, &Value::Dict(d.clone()), false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::set::PureEq;

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

    fn build(ops: &str) -> Rc<PySet> {
        let s = Rc::new(PySet::new());
        for op in ops.split_whitespace() {
            let (c, n) = op.split_at(1);
            let k: i64 = n.parse().unwrap();
            if c == "a" {
                s.add_entry(&mut PureEq, Value::Int(k), int_hash(k))
                    .unwrap();
            } else {
                s.discard_entry(&mut PureEq, &Value::Int(k), int_hash(k))
                    .unwrap();
            }
        }
        s
    }

    fn order(t: &SetTable) -> String {
        t.iter()
            .map(|(_, k)| match k {
                Value::Int(i) => i.to_string(),
                _ => unreachable!(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn set_operations_build_results_in_cpython_order() {
        // Expectations from tests/data/gen_set_ops.py (run under python3).
        let data = include_str!("../../tests/data/set_ops.txt");
        let e = &mut PureEq;
        for line in data.lines() {
            let f: Vec<&str> = line.split(" ; ").map(|x| x.trim()).collect();
            assert_eq!(f.len(), 11, "{line}");
            let (a, b) = (build(f[0]), build(f[1]));
            assert_eq!(order(&union_sets(e, &a, &b).unwrap()), f[2], "a|b: {line}");
            assert_eq!(
                order(&intersection_sets(e, &a, &b).unwrap()),
                f[3],
                "a&b: {line}"
            );
            assert_eq!(
                order(&difference_sets(e, &a, &b).unwrap()),
                f[4],
                "a-b: {line}"
            );
            assert_eq!(
                order(&difference_sets(e, &b, &a).unwrap()),
                f[5],
                "b-a: {line}"
            );
            assert_eq!(
                order(&symmetric_difference_sets(e, &a, &b).unwrap()),
                f[6],
                "a^b: {line}"
            );
            assert_eq!(order(&a.copy_table()), f[7], "copy: {line}");
            let c1 = Rc::new(PySet::from_table(a.copy_table()));
            difference_update_sets(e, &c1, &b).unwrap();
            assert_eq!(order(&c1.table.borrow()), f[8], "a-=b: {line}");
            let c2 = Rc::new(PySet::from_table(a.copy_table()));
            let t = intersection_sets(e, &c2, &b).unwrap();
            c2.replace_table(t);
            assert_eq!(order(&c2.table.borrow()), f[9], "a&=b: {line}");
            let c3 = Rc::new(PySet::from_table(a.copy_table()));
            symmetric_difference_update_entries(e, &c3, b.entries()).unwrap();
            assert_eq!(order(&c3.table.borrow()), f[10], "a^=b: {line}");
        }
    }
}
