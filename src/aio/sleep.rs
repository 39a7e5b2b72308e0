//! `asyncio.sleep` as a native awaitable (CPython's `tasks.sleep`): `sleep(0)` is one bare
//! yield; a positive delay is a future completed by a timer (`_set_result_unless_cancelled`).

use super::future::with_fut;
use super::methods::fi_slot_iter;
use super::runner::Callback;
use crate::builtins::args::Kwargs;
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `asyncio.sleep(delay, result=None)`: a bare yield for a delay <= 0, else a future the loop
/// completes at the deadline.
pub fn sleep(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut delay_arg = a.first().cloned();
    let mut result = a.get(1).cloned();
    for (k, v) in kw.iter() {
        match k.as_str() {
            "delay" => delay_arg = Some(v.clone()),
            "result" => result = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "sleep() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let Some(delay_arg) = delay_arg else {
        return Err(PyErr::type_error(
            "sleep() missing 1 required positional argument: 'delay'",
        ));
    };
    let delay = match &delay_arg {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        other => {
            return Err(PyErr::type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                crate::object::class::type_name_of(vm, other)
            )))
        }
    };
    let result = result.unwrap_or(Value::None);
    let aw = SleepAwaitable {
        delay,
        result,
        state: 0,
        fut: Value::None,
    };
    let t = sleep_type(vm);
    Ok(Instance::native(t, RefCell::new(aw)))
}

/// The awaitable `sleep` returns (CPython's `sleep` is a coroutine; coil's is this small
/// iterator, stepping exactly as that coroutine would).
pub(super) struct SleepAwaitable {
    delay: f64,
    result: Value,
    /// 0: not started; 1: suspended once (bare yield or waiting for the future); 2: done.
    state: u8,
    fut: Value,
}

impl Drop for SleepAwaitable {
    /// "coroutine 'sleep' was never awaited", as CPython's `sleep` coroutine warns.
    fn drop(&mut self) {
        if self.state == 0 {
            crate::vm::coro::note_unawaited_name(crate::object::str::intern("sleep"));
        }
    }
}

thread_local! {
    static SLEEP_TYPE: std::mem::ManuallyDrop<RefCell<Option<Rc<PyType>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

pub(super) fn sleep_type(vm: &Vm) -> Rc<PyType> {
    if let Some(t) = SLEEP_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let slots = TypeSlots {
        iter: Some(fi_slot_iter),
        next: Some(sleep_slot_next),
        ..TypeSlots::default()
    };
    let t = crate::object::builtin_types::new_native_type(
        "coroutine",
        &vm.types.object,
        slots,
        &[
            ("__await__", sleep_await),
            ("send", sleep_send),
            ("throw", sleep_throw),
            ("__next__", sleep_next_m),
        ],
    );
    SLEEP_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// True for the awaitable `asyncio.sleep` returns.
pub fn is_sleep(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.with_native::<RefCell<SleepAwaitable>, ()>(|_| ()).is_some())
}

pub(super) fn sleep_state<R>(v: &Value, f: impl FnOnce(&mut SleepAwaitable) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i
            .with_native::<RefCell<SleepAwaitable>, R>(|c| f(&mut c.borrow_mut()))
            .ok_or_else(|| PyErr::type_error("expected a sleep awaitable")),
        _ => Err(PyErr::type_error("expected a sleep awaitable")),
    }
}

pub(super) fn sleep_await(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

pub(super) fn sleep_step(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let (delay, state, fut) = sleep_state(this, |s| (s.delay, s.state, s.fut.clone()))?;
    match state {
        0 => {
            if delay <= 0.0 {
                sleep_state(this, |s| s.state = 1)?;
                return Ok(Value::None);
            }
            if !vm.aio().running {
                sleep_state(this, |s| s.state = 2)?;
                return Err(PyErr::runtime_error("no running event loop"));
            }
            let f = vm.new_future();
            let result = sleep_state(this, |s| s.result.clone())?;
            let when = vm.aio().lp.time() + delay;
            vm.aio()
                .lp
                .call_at(when, Callback::SetResultUnlessCancelled(f.clone(), result));
            with_fut(&f, |s| s.blocking = true);
            sleep_state(this, |s| {
                s.state = 1;
                s.fut = f.clone();
            })?;
            Ok(f)
        }
        _ => {
            sleep_state(this, |s| s.state = 2)?;
            let v = if fut.is_none() {
                sleep_state(this, |s| s.result.clone())?
            } else {
                vm.fut_result(&fut)?
            };
            Err(crate::vm::gen::stop_iteration_with(v))
        }
    }
}

pub(super) fn sleep_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    sleep_step(vm, v).map(Some)
}

pub(super) fn sleep_next_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    sleep_step(vm, &this)
}

pub(super) fn sleep_send(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    sleep_step(vm, &this)
}

pub(super) fn sleep_throw(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    let fut = sleep_state(&this, |s| {
        s.state = 2;
        s.fut.clone()
    })?;
    if !fut.is_none() {
        vm.fut_cancel(&fut, Value::None);
    }
    let exc = vm.throw_args(&a[1..])?;
    Err(PyErr::from_object(exc))
}
