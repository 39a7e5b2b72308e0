//! `_asyncio`, the native half of coil's `asyncio` (`py/asyncio.py` re-exports it and adds
//! the parts written in Python) over coil's event loop (`aio/`): `run`, `sleep`, `gather`,
//! `create_task`, `current_task`, `Future`, `Task`, the asyncio exceptions, `iscoroutine` and
//! `iscoroutinefunction`. The rest of the API (issue 5) is to come.

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::code_flags;
use crate::object::generator::GenKind;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// `asyncio.iscoroutine(obj)`.
fn iscoroutine(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("iscoroutine", a, kw)?;
    // CPython 3.11's `coroutines.iscoroutine` also accepts generators.
    // coil's native `sleep` awaitable stands for CPython's `sleep` coroutine.
    Ok(Value::Bool(
        matches!(v, Value::Gen(g)
        if g.kind == GenKind::Coroutine || g.kind == GenKind::Generator
            || crate::vm::coro::is_iterable_coroutine(g))
            || crate::aio::sleep::is_sleep(v),
    ))
}

/// `asyncio.isfuture(obj)`: a native future, or an object whose class has
/// `_asyncio_future_blocking` and whose value of it is not None (duck-typed futures).
fn isfuture(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("isfuture", a, kw)?;
    if crate::aio::future::is_future(v) {
        return Ok(Value::Bool(true));
    }
    let key = crate::vm::name("_asyncio_future_blocking");
    let cls = Value::Type(vm.type_of(v));
    if vm.getattr_opt(&cls, &key)?.is_none() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(
        vm.getattr_opt(v, &key)?.is_some_and(|b| !b.is_none()),
    ))
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

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    use crate::aio::{gather, loop_obj, methods, runner, sleep};
    let (m, d) = super::new_module(
        "_asyncio",
        &[
            ("sleep", sleep::sleep),
            ("gather", gather::gather),
            ("create_task", runner::create_task),
            ("current_task", runner::current_task),
            ("get_running_loop", loop_obj::get_running_loop),
            ("all_tasks", runner::all_tasks),
            ("new_event_loop", loop_obj::new_event_loop),
            ("get_event_loop", loop_obj::get_event_loop),
            ("set_event_loop", loop_obj::set_event_loop),
            ("_get_running_loop", loop_obj::get_running_loop_or_none),
            ("iscoroutine", iscoroutine),
            ("isfuture", isfuture),
            ("iscoroutinefunction", iscoroutinefunction),
        ],
    );
    for (name, v) in methods::module_types(vm) {
        super::set(&d, name, v);
    }
    let timeout = vm.exc_type_object(crate::object::ExcType::TimeoutError);
    super::set(&d, "TimeoutError", Value::Type(timeout));
    // `Runner` and `run` (asyncio.runners, `aio/runners.rs`).
    crate::aio::runners::install(vm, &m, &d)?;
    Ok(m)
}
