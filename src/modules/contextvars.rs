//! `contextvars` (CPython's `_contextvars`, PEP 567): `ContextVar`, `Token`, `Context`,
//! `copy_context`, and the current context of the interpreter, which asyncio enters around
//! every task step and every callback (`run_in_context`).
//!
//! A context's mapping is an `Rc<Vec<(var, value)>>` shared copy-on-write: `copy_context()`
//! is O(1), the first `set` after a copy clones the (small) vector. Variables are keys by
//! identity.
//!
//! Invariants:
//! - The current context lives in a thread-local (`CURRENT`), created on first use; `None`
//!   stands for an empty context nobody has looked at yet.
//! - While no `ContextVar` was ever created (`USED` false) every context is empty, so
//!   asyncio captures no context (`Option::None`) and task steps skip entering one: the fast
//!   path costs one thread-local flag read.
//! - A context is entered at most once at a time (`entered`); `exit` restores the context that
//!   was current when it was entered.
//! - No `RefCell` borrow is held while Python code runs (`run` calls out with none held).

use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{ExcType, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A context's variables and their values, by variable identity.
type Mapping = Rc<Vec<(Value, Value)>>;

/// The payload of a `Context`.
pub struct CtxObj {
    vars: RefCell<Mapping>,
    entered: Cell<bool>,
    /// The context that was current when this one was entered.
    prev: RefCell<Option<Rc<Instance>>>,
}

/// The payload of a `ContextVar`.
struct VarObj {
    name: Rc<PyStr>,
    /// `Value::Null`: no default.
    default: Value,
}

/// The payload of a `Token`.
struct TokenObj {
    ctx: Rc<Instance>,
    var: Value,
    /// `Value::Null`: `Token.MISSING`.
    old: Value,
    used: Cell<bool>,
}

/// The payload of `Token.MISSING`.
struct MissingObj;

struct Types {
    var: Rc<PyType>,
    token: Rc<PyType>,
    context: Rc<PyType>,
    missing: Value,
}

thread_local! {
    static TYPES: std::mem::ManuallyDrop<RefCell<Option<Rc<Types>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
    static CURRENT: std::mem::ManuallyDrop<RefCell<Option<Rc<Instance>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
    static USED: Cell<bool> = const { Cell::new(false) };
}

/// True once a `ContextVar` exists (before that, every context is empty).
#[inline]
pub fn used() -> bool {
    USED.with(|u| u.get())
}

fn types(vm: &Vm) -> Rc<Types> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = &vm.types.object;
    let var = crate::object::builtin_types::new_native_type(
        "_contextvars.ContextVar",
        object,
        TypeSlots {
            repr: Some(var_repr),
            new: Some(var_new),
            ..TypeSlots::default()
        },
        &[("get", var_get), ("set", var_set), ("reset", var_reset)],
    );
    crate::object::builtin_types::add_getsets(
        &var,
        [(
            "name",
            var_name as crate::object::class::Getter,
            Some(readonly as crate::object::descr::Setter),
        )]
        .into_iter(),
    );
    let token = crate::object::builtin_types::new_native_type(
        "_contextvars.Token",
        object,
        TypeSlots {
            repr: Some(token_repr),
            new: Some(token_new),
            ..TypeSlots::default()
        },
        &[],
    );
    crate::object::builtin_types::add_getsets(
        &token,
        [
            (
                "var",
                token_var as crate::object::class::Getter,
                Some(readonly as crate::object::descr::Setter),
            ),
            ("old_value", token_old, Some(readonly)),
        ]
        .into_iter(),
    );
    let context = crate::object::builtin_types::new_native_type(
        "_contextvars.Context",
        object,
        TypeSlots {
            new: Some(ctx_new),
            getitem: Some(ctx_getitem_slot),
            contains: Some(ctx_contains_slot),
            len: Some(ctx_len_slot),
            iter: Some(ctx_iter_slot),
            richcompare: Some(ctx_richcompare),
            hash: Some(ctx_hash),
            ..TypeSlots::default()
        },
        &[
            ("run", ctx_run),
            ("copy", ctx_copy),
            ("get", ctx_get),
            ("keys", ctx_keys),
            ("values", ctx_values),
            ("items", ctx_items),
        ],
    );
    let missing_t = crate::object::builtin_types::new_native_type(
        "Token.MISSING",
        object,
        TypeSlots {
            repr: Some(|_, _| Ok("<Token.MISSING>".to_string())),
            ..TypeSlots::default()
        },
        &[],
    );
    let missing = Instance::native(missing_t, MissingObj);
    token
        .dict
        .set_str(crate::object::str::intern("MISSING"), missing.clone());
    let t = Rc::new(Types {
        var,
        token,
        context,
        missing,
    });
    TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn readonly(_vm: &mut Vm, _v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(PyErr::attribute_error("readonly attribute"))
}

// ---------------------------------------------------------------------------------------------
// Contexts.

fn new_ctx(vm: &Vm, vars: Mapping) -> Rc<Instance> {
    let t = types(vm).context.clone();
    match Instance::native(
        t,
        CtxObj {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
            prev: RefCell::new(None),
        },
    ) {
        Value::Instance(i) => i,
        // `Instance::native` always builds an instance.
        _ => unreachable!("Instance::native returns an instance"),
    }
}

fn ctx_of(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(i) if i.with_native::<CtxObj, ()>(|_| ()).is_some() => Some(i),
        _ => None,
    }
}

fn vars_of(c: &Instance) -> Mapping {
    c.with_native::<CtxObj, Mapping>(|c| c.vars.borrow().clone())
        .unwrap_or_default()
}

/// The current context, created (empty) on first use.
pub fn current(vm: &Vm) -> Rc<Instance> {
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = new_ctx(vm, Rc::default());
    CURRENT.with(|cur| *cur.borrow_mut() = Some(c.clone()));
    c
}

/// `contextvars.copy_context()` as a Rust value.
pub fn copy_current(vm: &Vm) -> Rc<Instance> {
    let vars = CURRENT
        .with(|c| c.borrow().as_ref().map(|c| vars_of(c)))
        .unwrap_or_default();
    new_ctx(vm, vars)
}

/// A fresh empty context.
pub fn empty_context(vm: &Vm) -> Rc<Instance> {
    new_ctx(vm, Rc::default())
}

/// The context a callback scheduled now runs in (`Handle`'s `context=`): `context` when given
/// (it must be a `Context`), else a copy of the current one; `None` (empty, not materialised)
/// while no `ContextVar` exists.
pub fn callback_context(vm: &mut Vm, context: &Value) -> PyResult<Option<Rc<Instance>>> {
    if context.is_none() {
        return Ok(if used() { Some(copy_current(vm)) } else { None });
    }
    match ctx_of(context) {
        Some(c) => Ok(Some(c.clone())),
        None => Err(PyErr::type_error(format!(
            "a Context object was expected, got {}",
            crate::object::class::type_name_of(vm, context)
        ))),
    }
}

/// Enter `ctx` (`Context.run`'s first half): "cannot enter context: ... is already entered".
pub fn enter(vm: &mut Vm, ctx: &Rc<Instance>) -> PyResult<()> {
    let was = ctx
        .with_native::<CtxObj, bool>(|c| c.entered.replace(true))
        .unwrap_or(false);
    if was {
        let r = vm.repr(&Value::Instance(ctx.clone()))?;
        return Err(PyErr::runtime_error(format!(
            "cannot enter context: {} is already entered",
            r.as_str()
        )));
    }
    let prev = CURRENT.with(|c| c.borrow_mut().replace(ctx.clone()));
    ctx.with_native::<CtxObj, ()>(|c| *c.prev.borrow_mut() = prev);
    Ok(())
}

/// Leave `ctx`, making the context current at its `enter` current again.
pub fn exit(ctx: &Rc<Instance>) {
    let prev = ctx
        .with_native::<CtxObj, Option<Rc<Instance>>>(|c| {
            c.entered.set(false);
            c.prev.borrow_mut().take()
        })
        .flatten();
    CURRENT.with(|c| *c.borrow_mut() = prev);
}

/// Run `f` inside `ctx` (asyncio's `Handle._run`: `context.run(callback, *args)`). `None`
/// means an empty context captured while no `ContextVar` existed: a fresh empty one is
/// entered if variables exist by now, else `f` runs as is.
pub fn run_in_context<R>(
    vm: &mut Vm,
    ctx: Option<&Rc<Instance>>,
    f: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    let owned;
    let ctx = match ctx {
        Some(c) => c,
        None if used() => {
            owned = empty_context(vm);
            &owned
        }
        None => return f(vm),
    };
    enter(vm, ctx)?;
    let r = f(vm);
    exit(ctx);
    r
}

fn this_ctx(a: &[Value]) -> PyResult<Rc<Instance>> {
    a.first()
        .and_then(ctx_of)
        .cloned()
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_contextvars.Context' object"))
}

fn ctx_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !a.is_empty() || !kw.is_empty() {
        return Err(PyErr::type_error("Context() does not accept any arguments"));
    }
    Ok(Value::Instance(empty_context(vm)))
}

/// `ctx[var]`'s key check: "a ContextVar key was expected, got 1".
fn check_var(vm: &Vm, v: &Value) -> PyResult<()> {
    if var_payload(v, |_| ()).is_none() {
        return Err(PyErr::type_error(format!(
            "a ContextVar key was expected, got {}",
            match v {
                Value::Int(i) => i.to_string(),
                _ => crate::object::class::type_name_of(vm, v),
            }
        )));
    }
    Ok(())
}

fn lookup(vars: &Mapping, var: &Value) -> Option<Value> {
    vars.iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
}

fn ctx_getitem_slot(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<Value> {
    check_var(vm, key)?;
    let vars = ctx_of(c).map(|c| vars_of(c)).unwrap_or_default();
    lookup(&vars, key).ok_or_else(|| PyErr::with_args(ExcType::KeyError, vec![key.clone()]))
}

fn ctx_contains_slot(vm: &mut Vm, c: &Value, key: &Value) -> PyResult<bool> {
    check_var(vm, key)?;
    let vars = ctx_of(c).map(|c| vars_of(c)).unwrap_or_default();
    Ok(lookup(&vars, key).is_some())
}

fn ctx_len_slot(_vm: &mut Vm, c: &Value) -> PyResult<usize> {
    Ok(ctx_of(c).map(|c| vars_of(c).len()).unwrap_or(0))
}

fn ctx_iter_slot(vm: &mut Vm, c: &Value) -> PyResult<Value> {
    let vars = ctx_of(c).map(|c| vars_of(c)).unwrap_or_default();
    let keys: Vec<Value> = vars.iter().map(|(k, _)| k.clone()).collect();
    vm.iter(&Value::list(keys))
}

fn ctx_richcompare(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::bytecode::CmpKind,
) -> PyResult<Value> {
    use crate::bytecode::CmpKind;
    let (Some(x), Some(y)) = (ctx_of(a), ctx_of(b)) else {
        return Ok(Value::NotImplemented);
    };
    if !matches!(op, CmpKind::Eq | CmpKind::Ne) {
        return Ok(Value::NotImplemented);
    }
    let (vx, vy) = (vars_of(x), vars_of(y));
    let mut same = vx.len() == vy.len();
    if same {
        for (k, v) in vx.iter() {
            match lookup(&vy, k) {
                Some(w) if vm.eq(v, &w)? => {}
                _ => {
                    same = false;
                    break;
                }
            }
        }
    }
    Ok(Value::Bool(same == matches!(op, CmpKind::Eq)))
}

fn ctx_hash(_vm: &mut Vm, _v: &Value) -> PyResult<i64> {
    Err(PyErr::type_error("unhashable type: '_contextvars.Context'"))
}

/// `Context.run(callable, *args, **kwargs)`.
fn ctx_run(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let ctx = this_ctx(a)?;
    let Some(f) = a.get(1) else {
        return Err(PyErr::type_error(
            "run() missing 1 required positional argument",
        ));
    };
    enter(vm, &ctx)?;
    let r = vm.call_kw(f, &a[2..], kw);
    exit(&ctx);
    r
}

fn ctx_copy(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("Context.copy", &a[1.min(a.len())..], kw)?;
    let ctx = this_ctx(a)?;
    Ok(Value::Instance(new_ctx(vm, vars_of(&ctx))))
}

/// `Context.get(var, default=None)`.
fn ctx_get(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let ctx = this_ctx(a)?;
    args::positional("get", &a[1..], kw, 1, 2)?;
    check_var(vm, &a[1])?;
    Ok(lookup(&vars_of(&ctx), &a[1]).unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn ctx_keys(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("Context.keys", &a[1.min(a.len())..], kw)?;
    let vars = vars_of(&*this_ctx(a)?);
    Ok(Value::list(vars.iter().map(|(k, _)| k.clone()).collect()))
}

fn ctx_values(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("Context.values", &a[1.min(a.len())..], kw)?;
    let vars = vars_of(&*this_ctx(a)?);
    Ok(Value::list(vars.iter().map(|(_, v)| v.clone()).collect()))
}

fn ctx_items(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("Context.items", &a[1.min(a.len())..], kw)?;
    let vars = vars_of(&*this_ctx(a)?);
    Ok(Value::list(
        vars.iter()
            .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
            .collect(),
    ))
}

/// `contextvars.copy_context()`.
fn copy_context(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("copy_context", a, kw)?;
    Ok(Value::Instance(copy_current(vm)))
}

// ---------------------------------------------------------------------------------------------
// Variables and tokens.

fn var_payload<R>(v: &Value, f: impl FnOnce(&VarObj) -> R) -> Option<R> {
    match v {
        Value::Instance(i) => i.with_native::<VarObj, R>(f),
        _ => None,
    }
}

/// `ContextVar(name, *, default=<no default>)`.
fn var_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "ContextVar() takes at most 1 positional argument ({} given)",
            a.len()
        )));
    }
    let mut name = a.first().cloned();
    let mut default = Value::Null;
    for (k, v) in kw.iter() {
        match k.as_str() {
            "default" => default = v.clone(),
            "name" if name.is_none() => name = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for ContextVar()"
                )))
            }
        }
    }
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(_) => return Err(PyErr::type_error("context variable name must be a str")),
        None => {
            return Err(PyErr::type_error(
                "ContextVar() takes exactly 1 positional argument (0 given)",
            ))
        }
    };
    USED.with(|u| u.set(true));
    let t = types(vm).var.clone();
    Ok(Instance::native(t, VarObj { name, default }))
}

fn var_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    var_payload(v, |p| Value::Str(p.name.clone()))
        .ok_or_else(|| PyErr::type_error("expected a ContextVar"))
}

fn var_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (name, default) = var_payload(v, |p| (p.name.clone(), p.default.clone()))
        .ok_or_else(|| PyErr::type_error("expected a ContextVar"))?;
    let n = vm.repr(&Value::Str(name))?;
    let mut s = format!("<ContextVar name={}", n.as_str());
    if !default.is_null() {
        s.push_str(&format!(" default={}", vm.repr(&default)?.as_str()));
    }
    s.push_str(&format!(" at {:#x}>", v.id()));
    Ok(s)
}

/// `ContextVar.get([default])`.
fn var_get(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("ContextVar.get", kw)?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "get expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let var = a.first().cloned().unwrap_or(Value::None);
    let cur = CURRENT.with(|c| c.borrow().as_ref().map(|c| vars_of(c)));
    if let Some(v) = cur.and_then(|vars| lookup(&vars, &var)) {
        return Ok(v);
    }
    if let Some(d) = a.get(1) {
        return Ok(d.clone());
    }
    let default = var_payload(&var, |p| p.default.clone()).unwrap_or(Value::Null);
    if !default.is_null() {
        return Ok(default);
    }
    Err(PyErr::with_args(ExcType::LookupError, vec![var]))
}

/// `ContextVar.set(value)` -> Token.
fn var_set(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let value = args::one_arg("ContextVar.set", &a[1.min(a.len())..], kw)?.clone();
    let var = a[0].clone();
    let ctx = current(vm);
    let old = ctx
        .with_native::<CtxObj, Value>(|c| {
            let mut vars = c.vars.borrow_mut();
            let m = Rc::make_mut(&mut vars);
            match m.iter_mut().find(|(k, _)| k.is(&var)) {
                Some(slot) => std::mem::replace(&mut slot.1, value),
                None => {
                    m.push((var.clone(), value));
                    Value::Null
                }
            }
        })
        .unwrap_or(Value::Null);
    let t = types(vm).token.clone();
    Ok(Instance::native(
        t,
        TokenObj {
            ctx,
            var,
            old,
            used: Cell::new(false),
        },
    ))
}

fn token_payload<R>(v: &Value, f: impl FnOnce(&TokenObj) -> R) -> Option<R> {
    match v {
        Value::Instance(i) => i.with_native::<TokenObj, R>(f),
        _ => None,
    }
}

/// `ContextVar.reset(token)`.
fn var_reset(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let tok = args::one_arg("ContextVar.reset", &a[1.min(a.len())..], kw)?.clone();
    let var = a[0].clone();
    let Some((ctx, tvar, old, used)) = token_payload(&tok, |t| {
        (t.ctx.clone(), t.var.clone(), t.old.clone(), t.used.get())
    }) else {
        return Err(PyErr::type_error(format!(
            "expected an instance of Token, got {}",
            match &tok {
                Value::Int(i) => i.to_string(),
                _ => crate::object::class::type_name_of(vm, &tok),
            }
        )));
    };
    if used {
        let r = vm.repr(&tok)?;
        return Err(PyErr::runtime_error(format!(
            "{} has already been used once",
            r.as_str()
        )));
    }
    if !tvar.is(&var) {
        let r = vm.repr(&tok)?;
        return Err(PyErr::value_error(format!(
            "{} was created by a different ContextVar",
            r.as_str()
        )));
    }
    let cur = current(vm);
    if !Rc::ptr_eq(&cur, &ctx) {
        let r = vm.repr(&tok)?;
        return Err(PyErr::value_error(format!(
            "{} was created in a different Context",
            r.as_str()
        )));
    }
    token_payload(&tok, |t| t.used.set(true));
    cur.with_native::<CtxObj, ()>(|c| {
        let mut vars = c.vars.borrow_mut();
        let m = Rc::make_mut(&mut vars);
        let pos = m.iter().position(|(k, _)| k.is(&var));
        match (pos, old.is_null()) {
            (Some(i), true) => {
                m.remove(i);
            }
            (Some(i), false) => m[i].1 = old,
            (None, false) => m.push((var.clone(), old)),
            (None, true) => {}
        }
    });
    Ok(Value::None)
}

fn token_new(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::runtime_error(
        "Tokens can only be created by ContextVars",
    ))
}

fn token_var(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    token_payload(v, |t| t.var.clone()).ok_or_else(|| PyErr::type_error("expected a Token"))
}

fn token_old(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let old =
        token_payload(v, |t| t.old.clone()).ok_or_else(|| PyErr::type_error("expected a Token"))?;
    Ok(if old.is_null() {
        types(vm).missing.clone()
    } else {
        old
    })
}

fn token_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (var, used) = token_payload(v, |t| (t.var.clone(), t.used.get()))
        .ok_or_else(|| PyErr::type_error("expected a Token"))?;
    let r = vm.repr(&var)?;
    Ok(format!(
        "<Token{} var={} at {:#x}>",
        if used { " used" } else { "" },
        r.as_str(),
        v.id()
    ))
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module("contextvars", &[("copy_context", copy_context)]);
    let t = types(vm);
    super::set(&d, "ContextVar", Value::Type(t.var.clone()));
    super::set(&d, "Token", Value::Type(t.token.clone()));
    super::set(&d, "Context", Value::Type(t.context.clone()));
    Ok(m)
}
