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

/// The submodules of the `asyncio` package (`asyncio.futures`, `asyncio.tasks`, ...): each
/// re-exports its names from `asyncio` (the ones coil has), as CPython's package layout has
/// them (`pysrc` embeds them).
pub fn submodule_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "asyncio.futures" => "import asyncio as _a\n__all__ = [_n for _n in ('Future', 'isfuture', 'wrap_future') if hasattr(_a, _n)]\nfor _n in ('Future', 'isfuture', 'wrap_future'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.tasks" => "import asyncio as _a\n__all__ = [_n for _n in ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks') if hasattr(_a, _n)]\nfor _n in ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task', 'all_tasks'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.exceptions" => "import asyncio as _a\n__all__ = [_n for _n in ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError') if hasattr(_a, _n)]\nfor _n in ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.events" => "import asyncio as _a\n__all__ = [_n for _n in ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher', 'set_child_watcher', 'get_running_loop') if hasattr(_a, _n)]\nfor _n in ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher', 'set_child_watcher', '_set_running_loop', 'get_running_loop', '_get_running_loop'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.locks" => "import asyncio as _a\n__all__ = [_n for _n in ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier') if hasattr(_a, _n)]\nfor _n in ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.queues" => "import asyncio as _a\n__all__ = [_n for _n in ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty') if hasattr(_a, _n)]\nfor _n in ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.timeouts" => "import asyncio as _a\n__all__ = [_n for _n in ('Timeout', 'timeout', 'timeout_at') if hasattr(_a, _n)]\nfor _n in ('Timeout', 'timeout', 'timeout_at'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.taskgroups" => "import asyncio as _a\n__all__ = [_n for _n in ('TaskGroup',) if hasattr(_a, _n)]\nfor _n in ('TaskGroup',):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.coroutines" => "import asyncio as _a\n__all__ = [_n for _n in ('iscoroutinefunction', 'iscoroutine') if hasattr(_a, _n)]\nfor _n in ('iscoroutinefunction', 'iscoroutine'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        "asyncio.runners" => "import asyncio as _a\n__all__ = [_n for _n in ('Runner', 'run') if hasattr(_a, _n)]\nfor _n in ('Runner', 'run'):\n    if hasattr(_a, _n):\n        globals()[_n] = getattr(_a, _n)\ndel _a, _n\n",
        _ => return None,
    })
}
