//! The loop object (`asyncio.get_running_loop()`, `new_event_loop()`), its methods, and
//! `Handle`/`TimerHandle` (CPython's `BaseEventLoop`, Lib/asyncio/base_events.py, events.py).

use super::future::is_future;
use super::methods::this;
use super::runner::{create_task, AioState, Callback, RUNNING};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

// ---------------------------------------------------------------------------------------------
// The loop object (`asyncio.get_running_loop()`) and handles.

thread_local! {
    static LOOP_TYPES: std::mem::ManuallyDrop<RefCell<Option<(Rc<PyType>, Rc<PyType>, Rc<PyType>)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The loop object: one per VM (a marker; the state is `vm.aio`).
pub(super) struct LoopObj;

/// A `Handle`/`TimerHandle`: its id in the loop, and the deadline for timers.
pub(super) struct HandleObj {
    id: super::HandleId,
    when: Option<f64>,
    cancelled: std::cell::Cell<bool>,
}

pub(super) fn loop_types(vm: &Vm) -> (Rc<PyType>, Rc<PyType>, Rc<PyType>) {
    if let Some(t) = LOOP_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = &vm.types.object;
    let lt = crate::object::builtin_types::new_native_type(
        "_UnixSelectorEventLoop",
        object,
        TypeSlots {
            repr: Some(loop_repr),
            ..TypeSlots::default()
        },
        &[
            ("time", loop_time),
            ("create_future", loop_create_future),
            ("create_task", loop_create_task),
            ("call_soon", loop_call_soon),
            ("call_later", loop_call_later),
            ("call_at", loop_call_at),
            ("is_running", loop_is_running),
            ("is_closed", loop_is_closed),
            ("run_until_complete", loop_run_until_complete),
            ("run_forever", loop_run_forever),
            ("stop", loop_stop),
            ("close", loop_close),
            ("get_debug", loop_get_debug),
        ],
    );
    let ht = crate::object::builtin_types::new_native_type(
        "Handle",
        object,
        TypeSlots::default(),
        &[("cancel", handle_cancel), ("cancelled", handle_cancelled)],
    );
    let tht = crate::object::builtin_types::new_native_type(
        "TimerHandle",
        &ht,
        TypeSlots::default(),
        &[("when", handle_when)],
    );
    let t = (lt, ht, tht);
    LOOP_TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// `asyncio.get_running_loop()`.
pub fn get_running_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_running_loop", a, kw)?;
    if !vm.aio().running {
        return Err(PyErr::runtime_error("no running event loop"));
    }
    Ok(loop_object(vm))
}

/// The loop's Python object.
pub(super) fn loop_object(vm: &mut Vm) -> Value {
    if let Some(l) = &vm.aio().loop_obj {
        return l.clone();
    }
    let lt = loop_types(vm).0;
    let l = Instance::native(lt, LoopObj);
    vm.aio().loop_obj = Some(l.clone());
    l
}

/// `asyncio._get_running_loop()`: the running loop or None.
pub fn get_running_loop_or_none(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("_get_running_loop", a, kw)?;
    if !vm.aio().running {
        return Ok(Value::None);
    }
    Ok(loop_object(vm))
}

/// `asyncio.get_event_loop()`: the running loop, else the current (last created) one.
pub fn get_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_event_loop", a, kw)?;
    Ok(loop_object(vm))
}

/// `asyncio.set_event_loop(loop)` (one loop per interpreter: nothing to switch).
pub fn set_event_loop(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::one_arg("set_event_loop", a, kw)?;
    Ok(Value::None)
}

pub(super) fn loop_repr(vm: &mut Vm, _v: &Value) -> PyResult<String> {
    let running = vm.aio().running;
    Ok(format!(
        "<_UnixSelectorEventLoop running={} closed=False debug=False>",
        if running { "True" } else { "False" }
    ))
}

pub(super) fn loop_time(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.aio().lp.time()))
}

pub(super) fn loop_create_future(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(vm.new_future())
}

pub(super) fn loop_create_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    create_task(vm, &a[1..], kw)
}

pub(super) fn loop_is_running(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.aio().running))
}

pub(super) fn loop_is_closed(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.aio().closed))
}

pub(super) fn loop_get_debug(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

pub(super) fn check_open(vm: &mut Vm) -> PyResult<()> {
    if vm.aio().closed {
        return Err(PyErr::runtime_error("Event loop is closed"));
    }
    Ok(())
}

pub(super) fn check_not_running(vm: &mut Vm) -> PyResult<()> {
    if vm.aio().running {
        return Err(PyErr::runtime_error("This event loop is already running"));
    }
    if RUNNING.with(|r| r.get()) {
        return Err(PyErr::runtime_error(
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

/// `loop.run_until_complete(future)`.
pub(super) fn loop_run_until_complete(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    check_not_running(vm)?;
    let arg = a.get(1).cloned().unwrap_or(Value::None);
    vm.aio().running = true;
    let fut = if is_future(&arg) {
        Ok(arg)
    } else {
        vm.new_task(arg, Value::None)
    };
    let r = match fut {
        Ok(f) => vm.run_until_complete(&f),
        Err(e) => Err(e),
    };
    vm.aio().running = false;
    r
}

/// `loop.run_forever()`: run iterations until `loop.stop()`.
pub(super) fn loop_run_forever(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    check_not_running(vm)?;
    vm.aio().running = true;
    let r = (|| -> PyResult<()> {
        loop {
            let batch = match vm.aio().lp.take_due() {
                Some(b) => b,
                None => return Ok(()),
            };
            for (_, cb) in batch {
                vm.run_callback(cb)?;
            }
            if vm.aio().lp.stopping {
                return Ok(());
            }
        }
    })();
    let st = vm.aio();
    st.lp.stopping = false;
    st.running = false;
    r.map(|_| Value::None)
}

pub(super) fn loop_stop(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.aio().lp.stopping = true;
    Ok(Value::None)
}

pub(super) fn loop_close(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if vm.aio().running {
        return Err(PyErr::runtime_error("Cannot close a running event loop"));
    }
    vm.aio().closed = true;
    Ok(Value::None)
}

/// `asyncio.new_event_loop()`: a fresh loop (coil keeps one loop per interpreter: a closed
/// one is replaced).
pub fn new_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("new_event_loop", a, kw)?;
    if vm.aio().closed {
        let s = AioState::new(vm);
        vm.aio = Some(Box::new(s));
    }
    Ok(loop_object(vm))
}

pub(super) fn new_handle(vm: &Vm, id: super::HandleId, when: Option<f64>) -> Value {
    let (_, ht, tht) = loop_types(vm);
    let t = if when.is_some() { tht } else { ht };
    Instance::native(
        t,
        HandleObj {
            id,
            when,
            cancelled: std::cell::Cell::new(false),
        },
    )
}

pub(super) fn loop_call_soon(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let f = a.get(1).cloned().unwrap_or(Value::None);
    let rest = a.get(2..).map(|r| r.to_vec()).unwrap_or_default();
    let id = vm.aio().lp.call_soon(Callback::Call(f, rest));
    Ok(new_handle(vm, id, None))
}

pub(super) fn number(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'",
            crate::object::class::type_name_of(vm, other)
        ))),
    }
}

pub(super) fn loop_call_later(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let delay = number(vm, a.get(1).unwrap_or(&Value::None))?;
    let f = a.get(2).cloned().unwrap_or(Value::None);
    let rest = a.get(3..).map(|r| r.to_vec()).unwrap_or_default();
    let when = vm.aio().lp.time() + delay;
    let id = vm.aio().lp.call_at(when, Callback::Call(f, rest));
    Ok(new_handle(vm, id, Some(when)))
}

pub(super) fn loop_call_at(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let when = number(vm, a.get(1).unwrap_or(&Value::None))?;
    let f = a.get(2).cloned().unwrap_or(Value::None);
    let rest = a.get(3..).map(|r| r.to_vec()).unwrap_or_default();
    let id = vm.aio().lp.call_at(when, Callback::Call(f, rest));
    Ok(new_handle(vm, id, Some(when)))
}

pub(super) fn with_handle<R>(v: &Value, f: impl FnOnce(&HandleObj) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i
            .with_native::<HandleObj, R>(f)
            .ok_or_else(|| PyErr::type_error("expected a Handle")),
        _ => Err(PyErr::type_error("expected a Handle")),
    }
}

pub(super) fn handle_cancel(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let id = with_handle(&this(a), |h| {
        h.cancelled.set(true);
        h.id
    })?;
    vm.aio().lp.cancel(id);
    Ok(Value::None)
}

pub(super) fn handle_cancelled(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(with_handle(&this(a), |h| h.cancelled.get())?))
}

pub(super) fn handle_when(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(with_handle(&this(a), |h| {
        h.when.unwrap_or(0.0)
    })?))
}
