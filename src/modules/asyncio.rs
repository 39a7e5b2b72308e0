//! `asyncio`, first stage: `asyncio.run` for a single coroutine driven to completion on the
//! calling thread, `iscoroutine` and `iscoroutinefunction`. The event loop proper (tasks,
//! futures, timers, the rest of the API) is issue 5; until then a coroutine that suspends on
//! anything but a bare `yield` (what `asyncio.sleep(0)` does) gets CPython's "Task got bad
//! yield" error thrown in, as a task would.
//!
//! Invariant: `run` is not re-entrant ("asyncio.run() cannot be called from a running event
//! loop"), like CPython's.

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::code_flags;
use crate::object::generator::GenKind;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::gen::GenResult;
use crate::vm::Vm;
use std::cell::Cell;

thread_local! {
    /// True while `asyncio.run` drives a coroutine on this thread.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// `asyncio.run(main, *, debug=None)`.
fn run(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "run() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    for (k, _) in kw.iter() {
        if k.as_str() != "debug" {
            return Err(PyErr::type_error(format!(
                "run() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    if RUNNING.with(|r| r.get()) {
        return Err(PyErr::runtime_error(
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let main = &a[0];
    let coro = match main {
        Value::Gen(g) if g.kind == GenKind::Coroutine => g.clone(),
        _ => {
            let r = vm.repr(main)?;
            return Err(PyErr::value_error(format!(
                "a coroutine was expected, got {}",
                r.as_str()
            )));
        }
    };
    RUNNING.with(|r| r.set(true));
    let result = drive(vm, &coro);
    RUNNING.with(|r| r.set(false));
    result
}

/// Send None into `coro` until it returns (a task's `__step` loop, with nothing else to run).
fn drive(vm: &mut Vm, coro: &std::rc::Rc<crate::object::generator::PyGen>) -> PyResult<Value> {
    let mut throw: Option<PyErr> = None;
    loop {
        let r = match throw.take() {
            None => vm.gen_send_ex(coro, Value::None, None)?,
            Some(e) => {
                let exc = vm.exception_object(e);
                vm.gen_throw(coro, exc, true, None)?
            }
        };
        match r {
            GenResult::Return(v) => return Ok(v),
            GenResult::Yield(v) if v.is_none() => {}
            GenResult::Yield(v) => {
                let r = vm.repr(&v)?;
                throw = Some(PyErr::runtime_error(format!(
                    "Task got bad yield: {}",
                    r.as_str()
                )));
            }
        }
    }
}

/// `asyncio.iscoroutine(obj)`.
fn iscoroutine(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("iscoroutine", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Gen(g)
        if g.kind == GenKind::Coroutine || crate::vm::coro::is_iterable_coroutine(g))))
}

/// `asyncio.iscoroutinefunction(func)`.
fn iscoroutinefunction(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("iscoroutinefunction", a, kw)?;
    let code = match v {
        Value::Function(f) => Some(f.code.clone()),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(f) => Some(f.code.clone()),
            _ => None,
        },
        _ => None,
    };
    Ok(Value::Bool(code.is_some_and(|c| {
        c.flags & code_flags::COROUTINE != 0 || c.iterable_coroutine.get()
    })))
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _d) = super::new_module(
        "asyncio",
        &[
            ("run", run),
            ("iscoroutine", iscoroutine),
            ("iscoroutinefunction", iscoroutinefunction),
        ],
    );
    Ok(m)
}
