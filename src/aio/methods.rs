//! The native methods and reprs of `Future` and `Task`, and `FutureIter` (what `await fut`
//! iterates): CPython's `_asyncio` C methods (Modules/_asynciomodule.c).

use super::future::{state_name, with_fut, DoneCb, FState};
use crate::builtins::args::Kwargs;
use crate::object::class::Instance;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

// ---------------------------------------------------------------------------------------------
// Future / Task methods.

pub(super) fn this(a: &[Value]) -> Value {
    a.first().cloned().unwrap_or(Value::None)
}

pub(super) fn fut_result_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.fut_result(&this(a))
}

pub(super) fn fut_exception_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let (st, exc, msg) = with_fut(&f, |s| {
        s.log_tb = false;
        (s.state, s.exception.clone(), s.cancel_msg.clone())
    })
    .ok_or_else(|| PyErr::type_error("expected a Future"))?;
    match st {
        FState::Cancelled => Err(PyErr::from_object(vm.cancelled_error(&msg))),
        FState::Pending => {
            let t = vm.aio().invalid_state_error.clone();
            let e = vm.new_exception_object(t, vec![Value::str("Exception is not set.")]);
            Err(PyErr::from_object(e))
        }
        FState::Finished => Ok(exc),
    }
}

pub(super) fn fut_done_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state != FState::Pending).unwrap_or(false),
    ))
}

pub(super) fn fut_cancelled_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state == FState::Cancelled).unwrap_or(false),
    ))
}

pub(super) fn cancel_msg_arg(a: &[Value], kw: Kwargs) -> Value {
    a.get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == "msg")
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::None)
}

pub(super) fn fut_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw);
    Ok(Value::Bool(vm.fut_cancel(&f, msg)))
}

pub(super) fn task_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw);
    Ok(Value::Bool(vm.task_cancel(&f, msg)))
}

pub(super) fn fut_set_result_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    vm.fut_set_result(&this(a), v)?;
    Ok(Value::None)
}

pub(super) fn fut_set_exception_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let exc = vm.throw_args(&[v])?;
    vm.fut_set_exception(&this(a), exc)?;
    Ok(Value::None)
}

pub(super) fn fut_add_done_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    vm.fut_add_done(&this(a), DoneCb::Py(cb));
    Ok(Value::None)
}

pub(super) fn fut_remove_done_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    let n = with_fut(&this(a), |s| {
        let before = s.callbacks.len();
        s.callbacks
            .retain(|c| !matches!(c, DoneCb::Py(f) if f.is(&cb)));
        before - s.callbacks.len()
    })
    .unwrap_or(0);
    Ok(Value::Int(n as i64))
}

pub(super) fn fut_await_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = vm.aio().future_iter_type.clone();
    Ok(Instance::native(t, this(a)))
}

pub(super) fn task_get_name_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.name.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

pub(super) fn task_set_name_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let s = vm.str(&v)?;
    with_fut(&this(a), |st| {
        if let Some(t) = st.task.as_mut() {
            t.name = Value::Str(s);
        }
    });
    Ok(Value::None)
}

pub(super) fn task_cancelling_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        with_fut(&this(a), |s| {
            s.task.as_ref().map_or(0, |t| t.num_cancels_requested)
        })
        .unwrap_or(0) as i64,
    ))
}

pub(super) fn task_uncancel_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        with_fut(&this(a), |s| {
            s.task.as_mut().map_or(0, |t| {
                if t.num_cancels_requested > 0 {
                    t.num_cancels_requested -= 1;
                }
                t.num_cancels_requested
            })
        })
        .unwrap_or(0) as i64,
    ))
}

pub(super) fn task_get_coro_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.coro.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

pub(super) const FUTURE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("result", fut_result_m),
    ("exception", fut_exception_m),
    ("done", fut_done_m),
    ("cancelled", fut_cancelled_m),
    ("cancel", fut_cancel_m),
    ("set_result", fut_set_result_m),
    ("set_exception", fut_set_exception_m),
    ("add_done_callback", fut_add_done_m),
    ("remove_done_callback", fut_remove_done_m),
    ("get_loop", super::loop_obj::fut_get_loop),
    ("__await__", fut_await_m),
    ("__iter__", fut_await_m),
];

pub(super) const TASK_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("cancel", task_cancel_m),
    ("get_name", task_get_name_m),
    ("set_name", task_set_name_m),
    ("get_coro", task_get_coro_m),
    ("cancelling", task_cancelling_m),
    ("uncancel", task_uncancel_m),
];

pub(super) fn fut_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (st, res, exc) = with_fut(v, |s| (s.state, s.result.clone(), s.exception.clone()))
        .ok_or_else(|| PyErr::type_error("expected a Future"))?;
    Ok(match st {
        FState::Finished if !exc.is_none() => {
            format!("<Future finished exception={}>", vm.repr(&exc)?.as_str())
        }
        FState::Finished => format!("<Future finished result={}>", vm.repr(&res)?.as_str()),
        _ => format!("<Future {}>", state_name(v)),
    })
}

pub(super) fn task_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (name, coro) = with_fut(v, |s| {
        s.task
            .as_ref()
            .map(|t| (t.name.clone(), t.coro.clone()))
            .unwrap_or((Value::None, Value::None))
    })
    .unwrap_or((Value::None, Value::None));
    let n = vm.repr(&name)?;
    let coro_name = match &coro {
        Value::Gen(g) => g.qualname().as_str().to_string(),
        _ => "?".to_string(),
    };
    Ok(format!(
        "<Task {} name={} coro=<{}()>>",
        state_name(v),
        n.as_str(),
        coro_name
    ))
}

// FutureIter: `await fut`.

pub(super) fn fi_fut(v: &Value) -> PyResult<Value> {
    match v {
        Value::Instance(i) => i
            .with_native::<Value, Value>(|f| f.clone())
            .ok_or_else(|| PyErr::type_error("expected a FutureIter")),
        _ => Err(PyErr::type_error("expected a FutureIter")),
    }
}

/// `FutureIter.__next__`: yield the future while it is pending, then its result.
pub(super) fn fi_step(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    let fut = fi_fut(it)?;
    let pending = with_fut(&fut, |s| {
        if s.state == FState::Pending {
            s.blocking = true;
            true
        } else {
            false
        }
    })
    .unwrap_or(false);
    if pending {
        return Ok(fut);
    }
    let v = vm.fut_result(&fut)?;
    Err(crate::vm::gen::stop_iteration_with(v))
}

pub(super) fn fi_slot_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

pub(super) fn fi_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    fi_step(vm, v).map(Some)
}

pub(super) fn fi_next(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fi_step(vm, &this(a))
}

pub(super) fn fi_send(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fi_step(vm, &this(a))
}

pub(super) fn fi_throw(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let exc = vm.throw_args(&a[1..])?;
    Err(PyErr::from_object(exc))
}

/// The `Future`/`Task` types and exception classes, for the module.
pub fn module_types(vm: &mut Vm) -> [(&'static str, Value); 4] {
    let s = vm.aio();
    [
        ("Future", Value::Type(s.future_type.clone())),
        ("Task", Value::Type(s.task_type.clone())),
        ("CancelledError", Value::Type(s.cancelled_error.clone())),
        (
            "InvalidStateError",
            Value::Type(s.invalid_state_error.clone()),
        ),
    ]
}
