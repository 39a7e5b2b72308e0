//! Slot wrappers: the `__repr__`, `__len__`, `__add__`, `__eq__`, `__new__`, ... entries of
//! builtin type dicts, generated from `TypeSlots` (CPython's `slotdefs` / `wrapperdescr`). They
//! let Python code call `int.__add__(1, 2)`, `super().__eq__(o)` or `dict.__getitem__(d, k)`,
//! and let heap subclasses of builtin types inherit builtin behaviour through ordinary dunder
//! lookup.
//!
//! Invariant: a wrapper dispatches to the slot of the first *builtin* type in the receiver's
//! MRO that has that slot, never back through dunder lookup (which would loop), and unwraps a
//! `Payload::Builtin` receiver (`class L(list)`) to the builtin value first.

use super::builtin_types::{BuiltinTypes, BINOP_DUNDERS};
use super::class::{Payload, PyType, TypeSlots, UnaryKind};
use super::function::NativeFn;
use super::str::intern;
use super::{PyErr, PyResult, PyStr, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

/// The builtin value behind `v` (itself unless `v` is an instance of `class L(list)`).
pub fn unwrap_builtin(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        if let Payload::Builtin(inner) = &i.payload {
            return inner.clone();
        }
    }
    v.clone()
}

/// The slots of the first builtin type in `type(v)`'s MRO for which `has` is true.
fn find_slots(vm: &Vm, v: &Value, has: impl Fn(&TypeSlots) -> bool) -> Option<TypeSlots> {
    let t = vm.type_of(v);
    if !t.flags.heap && has(&t.slots) {
        return Some(t.slots);
    }
    t.mro
        .iter()
        .find(|m| !m.flags.heap && has(&m.slots))
        .map(|m| m.slots)
}

fn recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.first()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{}' needs an argument", name)))
}

fn arity(args: &[Value], n: usize, name: &str) -> PyResult<()> {
    if args.len() != n + 1 {
        let want = if n == 1 { "1 argument" } else { "arguments" };
        let _ = name;
        return Err(PyErr::type_error(format!(
            "expected {}{}, got {}",
            if n == 0 { "0 arguments" } else { "" },
            if n == 0 { "" } else { want },
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn missing(name: &str) -> PyErr {
    PyErr::type_error(format!("slot wrapper '{}' does not apply", name))
}

fn w_repr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__repr__")?;
    let s = find_slots(vm, this, |s| s.repr.is_some())
        .and_then(|s| s.repr)
        .ok_or_else(|| missing("__repr__"))?;
    let inner = unwrap_builtin(this);
    let r = s(vm, &inner)?;
    // CPython's set_repr names a subclass: `S({1, 2})`, `S()`.
    if let (Value::Instance(i), Value::Set(_) | Value::FrozenSet(_)) = (this, &inner) {
        let name = i.class.name();
        let body = r
            .strip_prefix("frozenset(")
            .and_then(|b| b.strip_suffix(')'))
            .unwrap_or(&r);
        return Ok(Value::from_string(match body {
            "set()" | "" => format!("{}()", name.as_str()),
            b => format!("{}({})", name.as_str(), b),
        }));
    }
    Ok(Value::from_string(r))
}
fn w_str(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__str__")?;
    let inner = unwrap_builtin(this);
    match find_slots(vm, this, |s| s.str.is_some()).and_then(|s| s.str) {
        Some(f) => Ok(Value::from_string(f(vm, &inner)?)),
        None => Ok(Value::Str(vm.repr(this)?)),
    }
}
fn w_hash(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__hash__")?;
    let s = find_slots(vm, this, |s| s.hash.is_some())
        .and_then(|s| s.hash)
        .ok_or_else(|| missing("__hash__"))?;
    Ok(Value::Int(s(vm, &unwrap_builtin(this))?))
}
fn w_bool(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__bool__")?;
    let s = find_slots(vm, this, |s| s.bool.is_some())
        .and_then(|s| s.bool)
        .ok_or_else(|| missing("__bool__"))?;
    Ok(Value::Bool(s(vm, &unwrap_builtin(this))?))
}
fn w_len(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__len__")?;
    arity(a, 0, "__len__")?;
    let s = find_slots(vm, this, |s| s.len.is_some())
        .and_then(|s| s.len)
        .ok_or_else(|| missing("__len__"))?;
    Ok(Value::Int(s(vm, &unwrap_builtin(this))? as i64))
}
fn w_getitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__getitem__")?;
    arity(a, 1, "__getitem__")?;
    let s = find_slots(vm, this, |s| s.getitem.is_some())
        .and_then(|s| s.getitem)
        .ok_or_else(|| missing("__getitem__"))?;
    let inner = unwrap_builtin(this);
    match s(vm, &inner, &a[1]) {
        // dict subclasses: a missing key goes to `__missing__` (CPython's `dict_subscript`).
        Err(e)
            if matches!(inner, Value::Dict(_))
                && !inner.is(this)
                && vm.err_matches(&e, super::ExcType::KeyError) =>
        {
            let t = vm.type_of(this);
            match t.lookup(&vm.types.names.missing.clone()) {
                Some(m) => {
                    let f = super::attr::descr_get(vm, &m, Some(this), &t)?;
                    vm.call(&f, &a[1..2])
                }
                None => Err(e),
            }
        }
        r => r,
    }
}
fn w_setitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__setitem__")?;
    arity(a, 2, "__setitem__")?;
    let s = find_slots(vm, this, |s| s.setitem.is_some())
        .and_then(|s| s.setitem)
        .ok_or_else(|| missing("__setitem__"))?;
    s(vm, &unwrap_builtin(this), &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}
fn w_delitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__delitem__")?;
    arity(a, 1, "__delitem__")?;
    let s = find_slots(vm, this, |s| s.setitem.is_some())
        .and_then(|s| s.setitem)
        .ok_or_else(|| missing("__delitem__"))?;
    s(vm, &unwrap_builtin(this), &a[1], None)?;
    Ok(Value::None)
}
fn w_contains(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__contains__")?;
    arity(a, 1, "__contains__")?;
    let s = find_slots(vm, this, |s| s.contains.is_some())
        .and_then(|s| s.contains)
        .ok_or_else(|| missing("__contains__"))?;
    Ok(Value::Bool(s(vm, &unwrap_builtin(this), &a[1])?))
}
fn w_iter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__iter__")?;
    let s = find_slots(vm, this, |s| s.iter.is_some())
        .and_then(|s| s.iter)
        .ok_or_else(|| missing("__iter__"))?;
    s(vm, &unwrap_builtin(this))
}
fn w_next(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = recv(a, "__next__")?;
    let s = find_slots(vm, this, |s| s.next.is_some())
        .and_then(|s| s.next)
        .ok_or_else(|| missing("__next__"))?;
    match s(vm, &unwrap_builtin(this))? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}

macro_rules! unary_wrappers {
    ($( $f:ident = $kind:ident ),*) => { $(
        fn $f(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
            let this = recv(a, stringify!($f))?;
            let s = find_slots(vm, this, |s| s.unary.is_some()).and_then(|s| s.unary).ok_or_else(|| missing(stringify!($f)))?;
            s(vm, &unwrap_builtin(this), UnaryKind::$kind)
        }
    )* };
}
unary_wrappers!(w_neg = Neg, w_pos = Pos, w_invert = Invert, w_abs = Abs);

macro_rules! cmp_wrappers {
    ($( $f:ident = $kind:ident ),*) => { $(
        fn $f(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
            let this = recv(a, stringify!($f))?;
            arity(a, 1, stringify!($f))?;
            let s = find_slots(vm, this, |s| s.richcompare.is_some()).and_then(|s| s.richcompare).ok_or_else(|| missing(stringify!($f)))?;
            s(vm, &unwrap_builtin(this), &unwrap_builtin(&a[1]), CmpKind::$kind)
        }
    )* };
}
cmp_wrappers!(
    w_lt = Lt,
    w_le = Le,
    w_eq = Eq,
    w_ne = Ne,
    w_gt = Gt,
    w_ge = Ge
);

fn binop(vm: &mut Vm, a: &[Value], op: BinOpKind, reflected: bool) -> PyResult<Value> {
    let this = recv(a, "binary operator")?;
    arity(a, 1, "binary operator")?;
    let s = find_slots(vm, this, |s| s.binary_op.is_some())
        .and_then(|s| s.binary_op)
        .ok_or_else(|| missing(op.symbol()))?;
    let (x, y) = (unwrap_builtin(this), unwrap_builtin(&a[1]));
    if reflected {
        // `fmt % obj` keeps the subclass instance it formats.
        if op == BinOpKind::Remainder {
            return s(vm, &y, this, op);
        }
        s(vm, &y, &x, op)
    } else {
        let y = if op == BinOpKind::Remainder {
            a[1].clone()
        } else {
            y
        };
        let r = s(vm, &x, &y, op)?;
        // An inplace operator that mutated the wrapped builtin returns it: the subclass
        // instance itself is the result (`super().__iadd__(o)` in `class L(list)`).
        if op.is_inplace()
            && !matches!(this, Value::List(_) | Value::Dict(_) | Value::Set(_))
            && r.is(&x)
        {
            return Ok(this.clone());
        }
        Ok(r)
    }
}

macro_rules! binop_wrappers {
    ($( ($f:ident, $rf:ident, $if:ident) = $kind:ident / $ikind:ident ),*) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> { binop(vm, a, BinOpKind::$kind, false) }
            fn $rf(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> { binop(vm, a, BinOpKind::$kind, true) }
            fn $if(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> { binop(vm, a, BinOpKind::$ikind, false) }
        )*
        /// (plain, reflected, inplace) wrappers in `BinOpKind` order.
        const BINOP_WRAPPERS: [(NativeFn, NativeFn, NativeFn); 13] = [ $( ($f, $rf, $if) ),* ];
    };
}
binop_wrappers!(
    (w_add, w_radd, w_iadd) = Add / InplaceAdd,
    (w_and, w_rand, w_iand) = And / InplaceAnd,
    (w_floordiv, w_rfloordiv, w_ifloordiv) = FloorDivide / InplaceFloorDivide,
    (w_lshift, w_rlshift, w_ilshift) = Lshift / InplaceLshift,
    (w_matmul, w_rmatmul, w_imatmul) = MatrixMultiply / InplaceMatrixMultiply,
    (w_mul, w_rmul, w_imul) = Multiply / InplaceMultiply,
    (w_mod, w_rmod, w_imod) = Remainder / InplaceRemainder,
    (w_or, w_ror, w_ior) = Or / InplaceOr,
    (w_pow, w_rpow, w_ipow) = Power / InplacePower,
    (w_rshift, w_rrshift, w_irshift) = Rshift / InplaceRshift,
    (w_sub, w_rsub, w_isub) = Subtract / InplaceSubtract,
    (w_truediv, w_rtruediv, w_itruediv) = TrueDivide / InplaceTrueDivide,
    (w_xor, w_rxor, w_ixor) = Xor / InplaceXor
);

/// `T.__new__(cls, *args, **kwargs)` for a builtin type with a `new` slot
/// (CPython's `tp_new_wrapper`).
fn w_new(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => return Err(PyErr::type_error("__new__(X): X is not a type object")),
    };
    let base = super::class::solid_base(&cls);
    let new = base.slots.new.ok_or_else(|| {
        PyErr::type_error(format!(
            "cannot create '{}' instances",
            super::class::type_name(&cls)
        ))
    })?;
    if !cls.flags.heap {
        return new(vm, &a[1..], k);
    }
    // A heap subclass: build the builtin value, then wrap it. Mutable containers are filled by
    // `__init__` (so a subclass `__init__` with other parameters works).
    let mutable = matches!(
        base.kind,
        super::class::TypeKind::List | super::class::TypeKind::Dict | super::class::TypeKind::Set
    );
    let inner = if mutable {
        new(vm, &[], &[])?
    } else {
        new(vm, &a[1..], k)?
    };
    Ok(Value::Instance(Rc::new(super::class::Instance {
        class: cls.clone(),
        dict: Some(Rc::new(super::PyDict::new())),
        payload: Payload::Builtin(inner),
    })))
}

/// `list.__init__` / `dict.__init__` / `set.__init__` for heap subclasses: refill the wrapped
/// container from a freshly constructed one.
fn w_init_container(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let this = recv(a, "__init__")?;
    let inner = unwrap_builtin(this);
    let t = vm.type_of(&inner);
    let new = match t.slots.new {
        Some(n) => n,
        None => return Ok(Value::None),
    };
    let fresh = new(vm, &a[1..], k)?;
    match (&inner, fresh) {
        (Value::List(dst), Value::List(src)) => {
            let items = std::mem::take(&mut *src.items.borrow_mut());
            let old = std::mem::replace(&mut *dst.items.borrow_mut(), items);
            drop(old);
        }
        (Value::Dict(dst), Value::Dict(src)) => {
            let m = src.take_keys();
            let old = dst.replace_keys(m);
            drop(old);
        }
        (Value::Set(dst), Value::Set(src)) => {
            let t = src.copy_table();
            dst.replace_table(t);
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The non-operator wrappers (operators are in `BINOP_WRAPPERS`).
const PLAIN_WRAPPERS: &[NativeFn] = &[
    w_repr,
    w_str,
    w_hash,
    w_bool,
    w_len,
    w_getitem,
    w_setitem,
    w_delitem,
    w_contains,
    w_iter,
    w_next,
    w_neg,
    w_pos,
    w_invert,
    w_abs,
    w_lt,
    w_le,
    w_eq,
    w_ne,
    w_gt,
    w_ge,
    w_new,
    w_init_container,
];

/// True if `f` is one of the slot wrappers (they unwrap `class L(list)` receivers themselves).
pub fn is_slot_wrapper(f: NativeFn) -> bool {
    let p = f as usize;
    PLAIN_WRAPPERS.iter().any(|w| *w as usize == p)
        || BINOP_WRAPPERS
            .iter()
            .any(|(a, b, c)| *a as usize == p || *b as usize == p || *c as usize == p)
}

fn add(t: &Rc<PyType>, name: &'static str, f: NativeFn) {
    let key = intern(name);
    if t.dict.get_str(&key).is_some() {
        return;
    }
    let owner = t.static_name();
    t.dict.set_str(
        key,
        Value::Builtin(Rc::new(super::BuiltinFunction {
            name,
            func: f,
            bound: None,
            owner,
        })),
    );
}

/// Add the wrappers for every slot `t` defines (existing dict entries win).
pub fn add_wrappers_for(t: &Rc<PyType>) {
    let s = t.slots;
    if s.repr.is_some() {
        add(t, "__repr__", w_repr);
    }
    if s.str.is_some() {
        add(t, "__str__", w_str);
    }
    if s.hash_none {
        t.dict.set_str(intern("__hash__"), Value::None);
    } else if s.hash.is_some() {
        add(t, "__hash__", w_hash);
    }
    if s.bool.is_some() {
        add(t, "__bool__", w_bool);
    }
    if s.len.is_some() {
        add(t, "__len__", w_len);
    }
    if s.getitem.is_some() {
        add(t, "__getitem__", w_getitem);
    }
    if s.setitem.is_some() {
        add(t, "__setitem__", w_setitem);
        add(t, "__delitem__", w_delitem);
    }
    if s.contains.is_some() {
        add(t, "__contains__", w_contains);
    }
    if s.iter.is_some() {
        add(t, "__iter__", w_iter);
    }
    if s.next.is_some() {
        add(t, "__next__", w_next);
    }
    if s.unary.is_some() {
        add(t, "__neg__", w_neg);
        add(t, "__pos__", w_pos);
        add(t, "__invert__", w_invert);
        add(t, "__abs__", w_abs);
    }
    if s.richcompare.is_some() {
        add(t, "__lt__", w_lt);
        add(t, "__le__", w_le);
        add(t, "__eq__", w_eq);
        add(t, "__ne__", w_ne);
        add(t, "__gt__", w_gt);
        add(t, "__ge__", w_ge);
    }
    if s.binary_op.is_some() {
        for (i, (p, r, ip)) in BINOP_WRAPPERS.iter().enumerate() {
            let (pn, rn, iname) = BINOP_DUNDERS[i];
            add(t, pn, *p);
            add(t, rn, *r);
            // Only mutable containers define inplace dunders (`list.__iadd__`).
            if matches!(
                t.kind,
                super::class::TypeKind::List
                    | super::class::TypeKind::Dict
                    | super::class::TypeKind::Set
            ) {
                add(t, iname, *ip);
            }
        }
    }
    if s.new.is_some() {
        add(t, "__new__", w_new);
        if matches!(
            t.kind,
            super::class::TypeKind::List
                | super::class::TypeKind::Dict
                | super::class::TypeKind::Set
        ) {
            add(t, "__init__", w_init_container);
        }
    }
}

/// Add slot wrappers to every builtin type in the registry.
pub fn add_slot_wrappers(types: &BuiltinTypes) {
    let all = [
        &types.type_,
        &types.none,
        &types.not_implemented,
        &types.ellipsis,
        &types.int,
        &types.bool,
        &types.float,
        &types.str,
        &types.bytes,
        &types.tuple,
        &types.list,
        &types.dict,
        &types.set,
        &types.frozenset,
        &types.range,
        &types.slice,
        &types.function,
        &types.builtin_function,
        &types.method_wrapper,
        &types.wrapper_descriptor,
        &types.generator,
        &types.method,
        &types.module,
        &types.code,
        &types.cell,
        &types.property,
        &types.staticmethod,
        &types.classmethod,
        &types.super_,
        &types.getset_descriptor,
        &types.member_descriptor,
        &types.mappingproxy,
        &types.iterator,
        &types.list_iterator,
        &types.list_reverseiterator,
        &types.tuple_iterator,
        &types.str_iterator,
        &types.str_ascii_iterator,
        &types.bytes_iterator,
        &types.range_iterator,
        &types.dict_keys,
        &types.dict_values,
        &types.dict_items,
        &types.dict_keyiterator,
        &types.dict_valueiterator,
        &types.dict_itemiterator,
        &types.set_iterator,
        &types.enumerate,
        &types.zip,
        &types.map,
        &types.filter,
        &types.reversed,
        &types.callable_iterator,
    ];
    for t in all {
        add_wrappers_for(t);
    }
    for t in &types.exceptions {
        add_wrappers_for(t);
    }
}
