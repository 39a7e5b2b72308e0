//! The reprs of `Future` and `Task` exactly as CPython 3.11 prints them: the info list of
//! `base_futures._future_repr_info` / `base_tasks._task_repr_info`, the done-callback
//! summaries of `format_helpers._format_callback_source`, `coroutines._format_coroutine`
//! ("running at FILE:LINE" / "done, defined at FILE:LINE"), and the `reprlib.repr` rules
//! (`reprlib.Repr` with its default limits) that shorten a future's result.
//!
//! Invariant: no future state borrow is held while a repr calls back into Python code (the
//! state is cloned out first).

use super::future::{with_fut, DoneCb, FState};
use crate::object::class::type_name_of;
use crate::object::generator::GenState;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::{name, Vm};

/// `reprlib.Repr`'s default limits.
const MAXLEVEL: usize = 6;
const MAXTUPLE: usize = 6;
const MAXLIST: usize = 6;
const MAXDICT: usize = 4;
const MAXSET: usize = 6;
const MAXDEQUE: usize = 6;
const MAXSTRING: usize = 30;
const MAXLONG: usize = 40;
const MAXOTHER: usize = 30;
const FILL: &str = "...";

/// `s[:i] + '...' + s[len(s)-j:]` with `reprlib`'s split of `max` characters.
fn shorten(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let i = max.saturating_sub(3) / 2;
    let j = max.saturating_sub(3).saturating_sub(i);
    let head: String = s.chars().take(i).collect();
    let tail: String = s.chars().skip(n - j).collect();
    format!("{head}{FILL}{tail}")
}

/// `reprlib.repr(x)` (CPython's `reprlib.aRepr.repr`).
pub fn reprlib_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    repr1(vm, v, MAXLEVEL)
}

/// `_possibly_sorted(x)`: sorted when the items compare, else in iteration order.
fn possibly_sorted(vm: &mut Vm, mut items: Vec<Value>) -> Vec<Value> {
    let orig = items.clone();
    match crate::object::list::sort_values(vm, &mut items, None, false) {
        Ok(()) => items,
        Err(_) => orig,
    }
}

fn repr_iterable(
    vm: &mut Vm,
    items: &[Value],
    level: usize,
    left: &str,
    right: &str,
    maxiter: usize,
    trail: &str,
) -> PyResult<String> {
    let n = items.len();
    let mut right = right.to_string();
    let s = if level == 0 && n > 0 {
        FILL.to_string()
    } else {
        let mut pieces = Vec::with_capacity(n.min(maxiter) + 1);
        for x in items.iter().take(maxiter) {
            pieces.push(repr1(vm, x, level.saturating_sub(1))?);
        }
        if n > maxiter {
            pieces.push(FILL.to_string());
        }
        if n == 1 && !trail.is_empty() {
            right = format!("{trail}{right}");
        }
        pieces.join(", ")
    };
    Ok(format!("{left}{s}{right}"))
}

/// `Repr.repr1`: dispatch on the type's name as `reprlib` does.
fn repr1(vm: &mut Vm, v: &Value, level: usize) -> PyResult<String> {
    let tn = type_name_of(vm, v);
    match (tn.as_str(), v) {
        ("tuple", Value::Tuple(t)) => {
            let items = t.items.to_vec();
            repr_iterable(vm, &items, level, "(", ")", MAXTUPLE, ",")
        }
        ("list", Value::List(l)) => {
            let items = l.to_vec();
            repr_iterable(vm, &items, level, "[", "]", MAXLIST, "")
        }
        ("set", Value::Set(s)) => {
            if s.is_empty() {
                return Ok("set()".into());
            }
            let items = possibly_sorted(vm, s.keys());
            repr_iterable(vm, &items, level, "{", "}", MAXSET, "")
        }
        ("frozenset", Value::FrozenSet(s)) => {
            if s.is_empty() {
                return Ok("frozenset()".into());
            }
            let items = possibly_sorted(vm, s.keys());
            repr_iterable(vm, &items, level, "frozenset({", "})", MAXSET, "")
        }
        ("deque", _) => {
            let items = vm.collect(v)?;
            repr_iterable(vm, &items, level, "deque([", "])", MAXDEQUE, "")
        }
        ("dict", Value::Dict(d)) => {
            let n = d.len();
            if n == 0 {
                return Ok("{}".into());
            }
            if level == 0 {
                return Ok(format!("{{{FILL}}}"));
            }
            let keys = possibly_sorted(vm, d.keys());
            let mut pieces = Vec::new();
            for k in keys.iter().take(MAXDICT) {
                let kr = repr1(vm, k, level - 1)?;
                let val = vm.getitem(v, k)?;
                let vr = repr1(vm, &val, level - 1)?;
                pieces.push(format!("{kr}: {vr}"));
            }
            if n > MAXDICT {
                pieces.push(FILL.to_string());
            }
            Ok(format!("{{{}}}", pieces.join(", ")))
        }
        ("str", Value::Str(s)) => {
            let chars: Vec<char> = s.as_str().chars().collect();
            let head: String = chars.iter().take(MAXSTRING).collect();
            let r = vm.repr(&Value::from_string(head))?.as_str().to_string();
            if r.chars().count() <= MAXSTRING {
                return Ok(r);
            }
            let i = (MAXSTRING - 3) / 2;
            let j = MAXSTRING - 3 - i;
            let n = chars.len();
            let mut cut: String = chars.iter().take(i).collect();
            cut.extend(chars.iter().skip(n.saturating_sub(j)));
            let r = vm.repr(&Value::from_string(cut))?.as_str().to_string();
            Ok(shorten_at(&r, i, j))
        }
        ("int", Value::Int(_) | Value::Long(_)) => {
            let r = vm.repr(v)?;
            Ok(shorten(r.as_str(), MAXLONG))
        }
        _ => match vm.repr(v) {
            Ok(r) => Ok(shorten(r.as_str(), MAXOTHER)),
            Err(e) if is_exception(vm, &e) => Ok(format!(
                "<{} instance at {:#x}>",
                type_name_of(vm, v),
                v.id()
            )),
            Err(e) => Err(e),
        },
    }
}

/// `s[:i] + '...' + s[len(s)-j:]`.
fn shorten_at(s: &str, i: usize, j: usize) -> String {
    let n = s.chars().count();
    let head: String = s.chars().take(i).collect();
    let tail: String = s.chars().skip(n.saturating_sub(j)).collect();
    format!("{head}{FILL}{tail}")
}

/// An `Exception` (not a `BaseException` only), which `repr_instance` swallows.
fn is_exception(vm: &mut Vm, e: &PyErr) -> bool {
    vm.err_matches(e, crate::object::ExcType::Exception)
}

// ---------------------------------------------------------------------------------------------
// format_helpers: callbacks.

/// A `functools.partial` object (coil's is the Python class in `functools`).
fn is_partial(vm: &mut Vm, f: &Value) -> bool {
    if !matches!(f, Value::Instance(_)) {
        return false;
    }
    let t = vm.type_of(f);
    std::iter::once(&t).chain(t.mro.iter()).any(|c| {
        c.name.borrow().as_str() == "partial"
            && c.dict
                .get_str(&name("__module__"))
                .is_some_and(|m| matches!(&m, Value::Str(s) if s.as_str() == "functools"))
    })
}

/// `inspect.unwrap(func)`: follow `__wrapped__`.
fn unwrap(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let mut f = f.clone();
    for _ in 0..100 {
        match vm.getattr_opt(&f, &name("__wrapped__"))? {
            Some(w) => f = w,
            None => break,
        }
    }
    Ok(f)
}

/// `format_helpers._get_function_source`: (co_filename, co_firstlineno) of a function.
fn function_source(vm: &mut Vm, f: &Value) -> PyResult<Option<(String, u32)>> {
    let f = unwrap(vm, f)?;
    if let Value::Function(func) = &f {
        return Ok(Some((func.code.source.name.clone(), func.code.first_line)));
    }
    if is_partial(vm, &f) {
        let inner = vm.getattr(&f, &name("func"))?;
        return function_source(vm, &inner);
    }
    Ok(None)
}

/// `format_helpers._format_args_and_kwargs`.
fn format_args_and_kwargs(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let mut items = Vec::new();
    for a in args {
        items.push(reprlib_repr(vm, a)?);
    }
    for (k, v) in kwargs {
        let ks = vm.str(k)?;
        items.push(format!("{}={}", ks.as_str(), reprlib_repr(vm, v)?));
    }
    Ok(format!("({})", items.join(", ")))
}

/// `format_helpers._format_callback(func, args, kwargs, suffix)`.
fn format_callback(
    vm: &mut Vm,
    f: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
    suffix: &str,
) -> PyResult<String> {
    if is_partial(vm, f) {
        let suffix = format!("{}{}", format_args_and_kwargs(vm, args, kwargs)?, suffix);
        let inner = vm.getattr(f, &name("func"))?;
        let pargs = vm.getattr(f, &name("args"))?;
        let pargs = vm.collect(&pargs)?;
        let pkw = vm.getattr(f, &name("keywords"))?;
        let pkw = match &pkw {
            Value::Dict(d) => d.items(),
            _ => Vec::new(),
        };
        return format_callback(vm, &inner, &pargs, &pkw, &suffix);
    }
    let mut r = None;
    for attr in ["__qualname__", "__name__"] {
        if let Some(q) = vm.getattr_opt(f, &name(attr))? {
            if vm.truthy(&q)? {
                r = Some(vm.str(&q)?.as_str().to_string());
                break;
            }
        }
    }
    let mut r = match r {
        Some(r) => r,
        None => vm.repr(f)?.as_str().to_string(),
    };
    r.push_str(&format_args_and_kwargs(vm, args, kwargs)?);
    r.push_str(suffix);
    Ok(r)
}

/// `format_helpers._format_callback_source(func, args)`: `name(args) at FILE:LINE`.
pub fn format_callback_source(vm: &mut Vm, f: &Value, args: &[Value]) -> PyResult<String> {
    let mut r = format_callback(vm, f, args, &[], "")?;
    if let Some((file, line)) = function_source(vm, f)? {
        r.push_str(&format!(" at {file}:{line}"));
    }
    Ok(r)
}

fn format_done_cb(vm: &mut Vm, cb: &DoneCb) -> PyResult<String> {
    match cb {
        // coil's own callbacks have no Python source: named as CPython names a callback
        // written in C (no "at FILE:LINE").
        DoneCb::Py(f, _) if vm.aio().stop_cb.as_ref().is_some_and(|s| s.is(f)) => {
            Ok("_run_until_complete_cb()".into())
        }
        DoneCb::Py(f, _) => format_callback_source(vm, f, &[]),
        DoneCb::Wakeup(_) => Ok("Task.task_wakeup()".into()),
        DoneCb::Gather(_) => Ok("gather.<locals>._done_callback()".into()),
    }
}

/// `base_futures._format_callbacks`: `cb=[first, <N more>, last]`.
fn format_callbacks(vm: &mut Vm, cbs: &[DoneCb]) -> PyResult<String> {
    let inner = match cbs {
        [] => String::new(),
        [a] => format_done_cb(vm, a)?,
        [a, b] => format!("{}, {}", format_done_cb(vm, a)?, format_done_cb(vm, b)?),
        [a, .., z] => format!(
            "{}, <{} more>, {}",
            format_done_cb(vm, a)?,
            cbs.len() - 2,
            format_done_cb(vm, z)?
        ),
    };
    Ok(format!("cb=[{inner}]"))
}

// ---------------------------------------------------------------------------------------------
// Futures and tasks.

/// `base_futures._future_repr_info`: state, result or exception, callbacks.
fn future_repr_info(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    let (st, res, exc, cbs) = with_fut(v, |s| {
        (
            s.state,
            s.result.clone(),
            s.exception.clone(),
            s.callbacks.clone(),
        )
    })
    .ok_or_else(|| PyErr::type_error("expected a Future"))?;
    let mut info = vec![match st {
        FState::Pending => "pending".to_string(),
        FState::Finished => "finished".to_string(),
        FState::Cancelled => "cancelled".to_string(),
    }];
    if st == FState::Finished {
        if !exc.is_none() {
            info.push(format!("exception={}", vm.repr(&exc)?.as_str()));
        } else {
            info.push(format!("result={}", reprlib_repr(vm, &res)?));
        }
    }
    if !cbs.is_empty() {
        info.push(format_callbacks(vm, &cbs)?);
    }
    Ok(info)
}

/// `self.__class__.__name__` (the last part of a dotted native type name).
fn class_name(vm: &Vm, v: &Value) -> String {
    let n = type_name_of(vm, v);
    match n.rsplit_once('.') {
        Some((_, last)) => last.to_string(),
        None => n,
    }
}

thread_local! {
    /// The futures whose repr is being computed (`reprlib.recursive_repr`).
    static IN_REPR: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `reprlib.recursive_repr()`: "..." for a future met again inside its own repr.
fn recursive_guard(
    vm: &mut Vm,
    v: &Value,
    f: fn(&mut Vm, &Value) -> PyResult<String>,
) -> PyResult<String> {
    let id = v.id();
    if IN_REPR.with(|r| r.borrow().contains(&id)) {
        return Ok("...".to_string());
    }
    IN_REPR.with(|r| r.borrow_mut().push(id));
    let out = f(vm, v);
    IN_REPR.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(i) = r.iter().rposition(|x| *x == id) {
            r.remove(i);
        }
    });
    out
}

/// `Future.__repr__`: `<Future pending cb=[...]>`.
pub(super) fn fut_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    recursive_guard(vm, v, fut_repr_inner)
}

fn fut_repr_inner(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let info = future_repr_info(vm, v)?;
    Ok(format!("<{} {}>", class_name(vm, v), info.join(" ")))
}

/// `Task.__repr__` (`base_tasks._task_repr_info`).
pub(super) fn task_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    recursive_guard(vm, v, task_repr_inner)
}

fn task_repr_inner(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let mut info = future_repr_info(vm, v)?;
    let (name_v, coro, waiter, must_cancel) = with_fut(v, |s| {
        s.task.as_ref().map(|t| {
            (
                t.name.clone(),
                t.coro.clone(),
                t.fut_waiter.clone(),
                t.must_cancel,
            )
        })
    })
    .flatten()
    .unwrap_or((Value::None, Value::None, Value::None, false));
    if must_cancel {
        info[0] = "cancelling".into();
    }
    let n = vm.repr(&name_v)?;
    info.insert(1, format!("name={}", n.as_str()));
    let c = format_coroutine(vm, &coro)?;
    info.insert(2, format!("coro=<{c}>"));
    if !waiter.is_none() {
        let w = vm.repr(&waiter)?;
        info.insert(3, format!("wait_for={}", w.as_str()));
    }
    Ok(format!("<{} {}>", class_name(vm, v), info.join(" ")))
}

/// `coroutines._format_coroutine(coro)`.
pub fn format_coroutine(vm: &mut Vm, coro: &Value) -> PyResult<String> {
    if let Value::Gen(g) = coro {
        let q = g.qualname();
        let cname = if q.as_str().is_empty() {
            g.name().as_str().to_string()
        } else {
            q.as_str().to_string()
        };
        let file = if g.code.source.name.is_empty() {
            "<empty co_filename>".to_string()
        } else {
            g.code.source.name.clone()
        };
        return Ok(match vm.gen_frame_line(g) {
            Some(line) if g.state.get() != GenState::Closed => {
                format!("{cname}() running at {file}:{line}")
            }
            _ => format!("{cname}() done, defined at {file}:{}", g.code.first_line),
        });
    }
    // coil's native `sleep` has no frame: shown as CPython shows a coroutine without code.
    if super::sleep::is_sleep(coro) {
        return Ok("sleep()".into());
    }
    // An awaitable without code: its name, as for built-in types.
    let mut cname = None;
    for attr in ["__qualname__", "__name__"] {
        if let Some(q) = vm.getattr_opt(coro, &name(attr))? {
            if vm.truthy(&q)? {
                cname = Some(vm.str(&q)?.as_str().to_string());
                break;
            }
        }
    }
    let cname = match cname {
        Some(c) => c,
        None => format!("<{} without __name__>", type_name_of(vm, coro)),
    };
    Ok(format!("{cname}()"))
}
