//! The `operator` module (also importable as `_operator`), after CPython 3.11's
//! `_operator.c`: the operator functions (`add`, `lt`, `not_`, `getitem`, `iadd`, ...) with
//! their dunder aliases (`__add__` is `add`), `countOf`/`indexOf`/`length_hint`/`call`, and
//! the callable types `itemgetter`, `attrgetter` (dotted names) and `methodcaller` with
//! CPython's reprs. Every function goes through the VM's protocol helpers (`binary_op`,
//! `compare`, `unary`, `getitem`, ...), so its semantics are exactly the operator's.
//! Arity errors copy the C functions' styles: `_PyArg_CheckPositional` ("add expected 2
//! arguments, got 1") for the two-argument functions, METH_O ("_operator.neg() takes exactly
//! one argument (0 given)") for the one-argument ones.
//!
//! Invariants: the getter types keep immutable payloads (names, items, arguments), so no
//! borrow is held while a call runs user code.

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::class::{Instance, PyType, TypeSlots, UnaryKind};
use crate::object::str::intern;
use crate::object::{ExcType, NativeFn, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::cell::OnceCell;
use std::rc::Rc;

/// `operator.itemgetter(*items)`.
#[derive(Clone)]
struct ItemGetter {
    items: Rc<[Value]>,
}

/// `operator.attrgetter(*names)`: each name split at dots.
#[derive(Clone)]
struct AttrGetter {
    names: Rc<[Rc<PyStr>]>,
    paths: Rc<[Vec<Rc<PyStr>>]>,
}

/// `operator.methodcaller(name, /, *args, **kwargs)`.
#[derive(Clone)]
struct MethodCaller {
    name: Rc<PyStr>,
    args: Rc<[Value]>,
    kwargs: Rc<[(Rc<PyStr>, Value)]>,
}

thread_local! {
    static TYPES: [OnceCell<Rc<PyType>>; 3] = Default::default();
}

fn getter_type(vm: &Vm, k: usize) -> Rc<PyType> {
    TYPES.with(|t| {
        t[k].get_or_init(|| {
            let (name, new, repr, call): (&'static str, NativeFn, _, NativeFn) = match k {
                0 => (
                    "itemgetter",
                    itemgetter_new as NativeFn,
                    itemgetter_repr as fn(&mut Vm, &Value) -> PyResult<String>,
                    itemgetter_call as NativeFn,
                ),
                1 => (
                    "attrgetter",
                    attrgetter_new,
                    attrgetter_repr,
                    attrgetter_call,
                ),
                _ => (
                    "methodcaller",
                    methodcaller_new,
                    methodcaller_repr,
                    methodcaller_call,
                ),
            };
            let slots = TypeSlots {
                new: Some(new),
                repr: Some(repr),
                ..TypeSlots::default()
            };
            let ty = crate::object::builtin_types::new_native_type(
                name,
                &vm.types.object,
                slots,
                &[("__call__", call), ("__reduce__", getter_reduce)],
            );
            crate::modules::set(&ty.dict, "__module__", Value::str("operator"));
            *ty.name.borrow_mut() = intern(&format!("operator.{name}"));
            ty
        })
        .clone()
    })
}

macro_rules! binops {
    ($($f:ident, $py:literal, $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            let (x, y) = two($py, a, kw)?;
            vm.binary_op(x, y, BinOpKind::$kind)
        })*
    };
}

binops! {
    add, "add", Add; sub, "sub", Subtract; mul, "mul", Multiply; truediv, "truediv", TrueDivide;
    floordiv, "floordiv", FloorDivide; mod_, "mod", Remainder; pow, "pow", Power;
    lshift, "lshift", Lshift; rshift, "rshift", Rshift; and_, "and_", And; or_, "or_", Or;
    xor, "xor", Xor; matmul, "matmul", MatrixMultiply;
    iadd, "iadd", InplaceAdd; isub, "isub", InplaceSubtract; imul, "imul", InplaceMultiply;
    itruediv, "itruediv", InplaceTrueDivide; ifloordiv, "ifloordiv", InplaceFloorDivide;
    imod, "imod", InplaceRemainder; ipow, "ipow", InplacePower; ilshift, "ilshift", InplaceLshift;
    irshift, "irshift", InplaceRshift; iand, "iand", InplaceAnd; ior, "ior", InplaceOr;
    ixor, "ixor", InplaceXor; imatmul, "imatmul", InplaceMatrixMultiply;
}

macro_rules! cmps {
    ($($f:ident, $py:literal, $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            let (x, y) = two($py, a, kw)?;
            vm.compare(x, y, CmpKind::$kind)
        })*
    };
}

cmps! { lt, "lt", Lt; le, "le", Le; eq, "eq", Eq; ne, "ne", Ne; gt, "gt", Gt; ge, "ge", Ge; }

macro_rules! unops {
    ($($f:ident, $py:literal, $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            let x = one($py, a, kw)?;
            vm.unary(x, UnaryKind::$kind)
        })*
    };
}

unops! { neg, "neg", Neg; pos, "pos", Pos; abs, "abs", Abs; invert, "invert", Invert;
inv, "inv", Invert; }

const FUNCS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("matmul", matmul),
    ("iadd", iadd),
    ("isub", isub),
    ("imul", imul),
    ("itruediv", itruediv),
    ("ifloordiv", ifloordiv),
    ("imod", imod),
    ("ipow", ipow),
    ("ilshift", ilshift),
    ("irshift", irshift),
    ("iand", iand),
    ("ior", ior),
    ("ixor", ixor),
    ("imatmul", imatmul),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("gt", gt),
    ("ge", ge),
    ("neg", neg),
    ("pos", pos),
    ("abs", abs),
    ("invert", invert),
    ("inv", inv),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("index", index),
    ("concat", concat),
    ("iconcat", iconcat),
    ("contains", contains),
    ("countOf", count_of),
    ("indexOf", index_of),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("length_hint", length_hint),
    ("call", call),
    ("_abs", abs),
];

/// The dunder aliases CPython's `operator.py` binds (`__add__ = add`).
const ALIASES: &[&str] = &[
    "add",
    "sub",
    "mul",
    "truediv",
    "floordiv",
    "mod",
    "pow",
    "lshift",
    "rshift",
    "and",
    "or",
    "xor",
    "matmul",
    "iadd",
    "isub",
    "imul",
    "itruediv",
    "ifloordiv",
    "imod",
    "ipow",
    "ilshift",
    "irshift",
    "iand",
    "ior",
    "ixor",
    "imatmul",
    "lt",
    "le",
    "eq",
    "ne",
    "gt",
    "ge",
    "neg",
    "pos",
    "abs",
    "invert",
    "inv",
    "not",
    "index",
    "concat",
    "iconcat",
    "contains",
    "getitem",
    "setitem",
    "delitem",
    "call",
];

/// The native `operator` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = crate::modules::new_module("operator", FUNCS);
    for a in ALIASES {
        let src = match *a {
            "and" | "or" | "not" => format!("{a}_"),
            _ => a.to_string(),
        };
        if let Some(f) = dict.get_str(&intern(&src)) {
            crate::modules::set(&dict, &format!("__{a}__"), f);
        }
    }
    for (k, name) in ["itemgetter", "attrgetter", "methodcaller"]
        .iter()
        .enumerate()
    {
        crate::modules::set(&dict, name, Value::Type(getter_type(vm, k)));
    }
    Ok(m)
}

fn two<'a>(name: &str, a: &'a [Value], kw: Kwargs) -> PyResult<(&'a Value, &'a Value)> {
    match (a, kw) {
        ([x, y], []) => Ok((x, y)),
        _ => {
            no_kw(name, kw)?;
            args::check_positional(name, a.len(), 2, 2)?;
            Err(PyErr::type_error(format!("{name}() argument error")))
        }
    }
}

fn one<'a>(name: &str, a: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    match (a, kw) {
        ([x], []) => Ok(x),
        _ => args::one_arg(&format!("_operator.{name}"), a, kw),
    }
}

fn no_kw(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    args::no_kwargs(&format!("_operator.{name}"), kw)
}

fn not_(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("not_", a, kw)?;
    Ok(Value::Bool(!vm.truthy(x)?))
}

fn truth(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("truth", a, kw)?;
    Ok(Value::Bool(vm.truthy(x)?))
}

fn is_(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two("is_", a, kw)?;
    Ok(Value::Bool(x.is(y)))
}

fn is_not(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two("is_not", a, kw)?;
    Ok(Value::Bool(!x.is(y)))
}

fn index(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = one("index", a, kw)?;
    match x {
        Value::Int(_) | Value::Long(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            if vm.lookup_special(x, "__index__").is_none() {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args::type_name(vm, x)
                )));
            }
            vm.index(x)
        }
    }
}

/// `PySequence_Check`: has `__getitem__` and is not a dict.
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_) | Value::Range(_) => {
            true
        }
        Value::Dict(_) => false,
        _ => vm.lookup_special(v, "__getitem__").is_some(),
    }
}

fn concat_impl(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs, op: BinOpKind) -> PyResult<Value> {
    let (x, y) = two(name, a, kw)?;
    if !is_sequence(vm, x) {
        return Err(PyErr::type_error(format!(
            "'{}' object can't be concatenated",
            args::type_name(vm, x)
        )));
    }
    vm.binary_op(x, y, op)
}

fn concat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    concat_impl(vm, "concat", a, kw, BinOpKind::Add)
}

fn iconcat(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    concat_impl(vm, "iconcat", a, kw, BinOpKind::InplaceAdd)
}

fn contains(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two("contains", a, kw)?;
    Ok(Value::Bool(vm.contains(x, y)?))
}

/// `iter(v)` with `PySequence_Count`'s "argument of type 'int' is not iterable".
fn seq_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.iter(v).map_err(|e| {
        if args::err_is(vm, &e, ExcType::TypeError) && vm.lookup_special(v, "__iter__").is_none() {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                args::type_name(vm, v)
            ))
        } else {
            e
        }
    })
}

/// `item is x or item == x`.
fn same(vm: &mut Vm, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || vm.eq(item, x)?)
}

fn count_of(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, x) = two("countOf", a, kw)?;
    let it = seq_iter(vm, s)?;
    let mut n = 0i64;
    while let Some(item) = vm.next(&it)? {
        if same(vm, &item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, x) = two("indexOf", a, kw)?;
    let it = seq_iter(vm, s)?;
    let mut i = 0i64;
    while let Some(item) = vm.next(&it)? {
        if same(vm, &item, x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two("getitem", a, kw)?;
    vm.getitem(x, y)
}

fn setitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("setitem", kw)?;
    args::check_positional("setitem", a.len(), 3, 3)?;
    vm.setitem(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two("delitem", a, kw)?;
    vm.delitem(x, y)?;
    Ok(Value::None)
}

/// `PyObject_LengthHint`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
fn length_hint(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kw("length_hint", kw)?;
    args::check_positional("length_hint", a.len(), 1, 2)?;
    let default = match a.get(1) {
        None => 0,
        Some(d) => {
            if !matches!(d, Value::Int(_) | Value::Bool(_))
                && vm.lookup_special(d, "__index__").is_none()
            {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args::type_name(vm, d)
                )));
            }
            args::index_i64(vm, d)?
        }
    };
    let o = &a[0];
    let t = vm.type_of(o);
    let has_len = t.slots.len.is_some()
        || t.lookup(&intern("__len__")).is_some_and(|f| !f.is_none())
        || matches!(
            o,
            Value::Str(_)
                | Value::Bytes(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
                | Value::Range(_)
        );
    if has_len {
        match vm.len(o) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if args::err_is(vm, &e, ExcType::TypeError) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(f) = vm.lookup_special(o, "__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = match vm.call(&f, &[]) {
        Ok(r) => r,
        Err(e) if args::err_is(vm, &e, ExcType::TypeError) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    match r {
        Value::NotImplemented => Ok(Value::Int(default)),
        Value::Int(n) if n < 0 => Err(PyErr::value_error("__length_hint__() should return >= 0")),
        Value::Int(_) | Value::Bool(_) => Ok(r),
        other => Err(PyErr::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            args::type_name(vm, &other)
        ))),
    }
}

fn call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((f, rest)) = a.split_first() else {
        return Err(PyErr::type_error(
            "call expected at least 1 argument, got 0",
        ));
    };
    vm.call_kw(f, rest, kw)
}

/// `__reduce__` of the getter types (CPython's `itemgetter_reduce`, `attrgetter_reduce`,
/// `methodcaller_reduce`): the type and the constructor arguments; a methodcaller with
/// keyword arguments reduces to `partial(methodcaller, name, **kwargs)` and its positionals.
fn getter_reduce(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(me) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__reduce__' needs an argument",
        ));
    };
    args::no_args("__reduce__", &a[1..], kw)?;
    let ty = Value::Type(vm.type_of(me));
    if let Some(g) = crate::object::class::with_native::<ItemGetter, _>(me, |g| g.clone()) {
        return Ok(Value::tuple(vec![ty, Value::tuple(g.items.to_vec())]));
    }
    if let Some(g) = crate::object::class::with_native::<AttrGetter, _>(me, |g| g.clone()) {
        let names = g.names.iter().map(|n| Value::Str(n.clone())).collect();
        return Ok(Value::tuple(vec![ty, Value::tuple(names)]));
    }
    let g: MethodCaller = payload(me, "methodcaller")?;
    if g.kwargs.is_empty() {
        let mut items = vec![Value::Str(g.name.clone())];
        items.extend(g.args.iter().cloned());
        return Ok(Value::tuple(vec![ty, Value::tuple(items)]));
    }
    let functools = crate::modules::import(vm, "functools")?;
    let partial = vm.getattr(&functools, &intern("partial"))?;
    let p = vm.call_kw(&partial, &[ty, Value::Str(g.name.clone())], &g.kwargs)?;
    Ok(Value::tuple(vec![p, Value::tuple(g.args.to_vec())]))
}

// ---------------------------------------------------------------- itemgetter

fn itemgetter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("itemgetter", kw)?;
    if a.is_empty() {
        return Err(PyErr::type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(Instance::native(
        getter_type(vm, 0),
        ItemGetter { items: a.into() },
    ))
}

fn payload<T: 'static + Clone>(v: &Value, what: &str) -> PyResult<T> {
    crate::object::class::with_native::<T, T>(v, |p| p.clone()).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '__call__' requires a 'operator.{what}' object"
        ))
    })
}

/// The one object argument of a getter call ("itemgetter expected 1 argument, got 2").
fn call_arg<'a>(name: &str, a: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    args::no_kwargs(name, kw)?;
    args::check_positional(name, a.len(), 1, 1)?;
    Ok(&a[0])
}

fn itemgetter_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = a
        .split_first()
        .ok_or_else(|| PyErr::type_error("descriptor '__call__' needs an argument"))?;
    let g: ItemGetter = payload(me, "itemgetter")?;
    let obj = call_arg("itemgetter", rest, kw)?;
    if g.items.len() == 1 {
        return vm.getitem(obj, &g.items[0]);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in g.items.iter() {
        out.push(vm.getitem(obj, k)?);
    }
    Ok(Value::tuple(out))
}

fn reprs(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        out.push(vm.repr(v)?.as_str().to_string());
    }
    Ok(out)
}

fn itemgetter_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let g: ItemGetter = payload(v, "itemgetter")?;
    Ok(format!(
        "operator.itemgetter({})",
        reprs(vm, &g.items)?.join(", ")
    ))
}

// ---------------------------------------------------------------- attrgetter

fn attrgetter_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("attrgetter", kw)?;
    if a.is_empty() {
        return Err(PyErr::type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut names = Vec::with_capacity(a.len());
    let mut paths = Vec::with_capacity(a.len());
    for v in a {
        let Value::Str(s) = crate::object::ns_util::recv(v) else {
            return Err(PyErr::type_error("attribute name must be a string"));
        };
        names.push(s.clone());
        paths.push(s.as_str().split('.').map(intern).collect());
    }
    Ok(Instance::native(
        getter_type(vm, 1),
        AttrGetter {
            names: names.into(),
            paths: paths.into(),
        },
    ))
}

fn dotted(vm: &mut Vm, obj: &Value, path: &[Rc<PyStr>]) -> PyResult<Value> {
    let mut cur = obj.clone();
    for p in path {
        cur = vm.getattr(&cur, p)?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = a
        .split_first()
        .ok_or_else(|| PyErr::type_error("descriptor '__call__' needs an argument"))?;
    let g: AttrGetter = payload(me, "attrgetter")?;
    let obj = call_arg("attrgetter", rest, kw)?;
    if g.paths.len() == 1 {
        return dotted(vm, obj, &g.paths[0]);
    }
    let mut out = Vec::with_capacity(g.paths.len());
    for p in g.paths.iter() {
        out.push(dotted(vm, obj, p)?);
    }
    Ok(Value::tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let g: AttrGetter = payload(v, "attrgetter")?;
    let names: Vec<Value> = g.names.iter().map(|s| Value::Str(s.clone())).collect();
    Ok(format!(
        "operator.attrgetter({})",
        reprs(vm, &names)?.join(", ")
    ))
}

// ---------------------------------------------------------------- methodcaller

fn methodcaller_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some((name, rest)) = a.split_first() else {
        return Err(PyErr::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Value::Str(s) = crate::object::ns_util::recv(name) else {
        return Err(PyErr::type_error("method name must be a string"));
    };
    Ok(Instance::native(
        getter_type(vm, 2),
        MethodCaller {
            name: intern(s.as_str()),
            args: rest.into(),
            kwargs: kw.into(),
        },
    ))
}

fn methodcaller_call(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = a
        .split_first()
        .ok_or_else(|| PyErr::type_error("descriptor '__call__' needs an argument"))?;
    let g: MethodCaller = payload(me, "methodcaller")?;
    let obj = call_arg("methodcaller", rest, kw)?;
    let f = vm.getattr(obj, &g.name)?;
    vm.call_kw(&f, &g.args, &g.kwargs)
}

fn methodcaller_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let g: MethodCaller = payload(v, "methodcaller")?;
    let mut parts = vec![vm.repr(&Value::Str(g.name.clone()))?.as_str().to_string()];
    parts.extend(reprs(vm, &g.args)?);
    for (k, v) in g.kwargs.iter() {
        parts.push(format!("{}={}", k.as_str(), vm.repr(v)?.as_str()));
    }
    Ok(format!("operator.methodcaller({})", parts.join(", ")))
}
