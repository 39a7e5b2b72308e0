//! `asyncio.Future` and `asyncio.Task` as native objects (CPython's `_asyncio` C module,
//! Modules/_asynciomodule.c, with the semantics of Lib/asyncio/futures.py and tasks.py), and
//! the task step that drives a coroutine (`Task.__step` / `Task.__wakeup`).
//!
//! Invariants:
//! - A future's state moves Pending -> Finished | Cancelled once; completing it schedules its
//!   done callbacks with `call_soon`, in registration order (`__schedule_callbacks`).
//! - A task steps only from a loop callback (`Callback::Step` / `Callback::Wakeup`), never
//!   recursively from another step: the coroutine is resumed with `gen_send_ex`, which returns
//!   at its next suspension, so the Rust stack stays bounded however many tasks run.
//! - No `RefCell` borrow of a future's state is held while Python code runs.

use super::Callback;
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::generator::GenKind;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::gen::GenResult;
use crate::vm::Vm;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FState {
    Pending,
    Finished,
    Cancelled,
}

/// What runs when a future completes.
#[derive(Clone)]
pub enum DoneCb {
    /// A Python callable, called with the future.
    Py(Value),
    /// `Task.__wakeup` of the task awaiting this future.
    Wakeup(Value),
    /// A `gather` child finished (the shared gathering state).
    Gather(Rc<std::cell::RefCell<super::gather::GatherState>>),
}

impl DoneCb {
    /// The loop callback that runs this done callback for `fut`.
    fn into_callback(self, fut: &Value) -> Callback {
        match self {
            DoneCb::Py(f) => Callback::Call(f, vec![fut.clone()]),
            DoneCb::Wakeup(task) => Callback::Wakeup(task, fut.clone()),
            DoneCb::Gather(g) => Callback::GatherChild(g, fut.clone()),
        }
    }
}

/// The state of a task's coroutine (`Task` only).
pub struct TaskPart {
    pub coro: Value,
    pub fut_waiter: Value,
    pub must_cancel: bool,
    pub name: Value,
    pub num_cancels_requested: u32,
}

/// A future's state (`Future` and `Task` objects carry one as their native payload).
pub struct FutState {
    pub state: FState,
    pub result: Value,
    pub exception: Value,
    pub cancel_msg: Value,
    pub callbacks: Vec<DoneCb>,
    /// `_asyncio_future_blocking`: set while a task awaits it.
    pub blocking: bool,
    /// True while an exception was set and nobody retrieved it.
    pub log_tb: bool,
    pub task: Option<TaskPart>,
}

impl FutState {
    pub fn new(task: Option<TaskPart>) -> FutState {
        FutState {
            state: FState::Pending,
            result: Value::None,
            exception: Value::None,
            cancel_msg: Value::None,
            callbacks: Vec::new(),
            blocking: false,
            log_tb: false,
            task,
        }
    }
}

/// Run `f` on the future state of `v` (None when `v` is not a future or task).
pub fn with_fut<R>(v: &Value, f: impl FnOnce(&mut FutState) -> R) -> Option<R> {
    match v {
        Value::Instance(i) => i.with_native_mut::<FutState, R>(f),
        _ => None,
    }
}

pub fn is_future(v: &Value) -> bool {
    with_fut(v, |_| ()).is_some()
}

pub fn is_task(v: &Value) -> bool {
    with_fut(v, |s| s.task.is_some()).unwrap_or(false)
}

fn state_of(v: &Value) -> PyResult<FState> {
    with_fut(v, |s| s.state).ok_or_else(|| PyErr::type_error("expected an asyncio.Future"))
}

impl Vm {
    /// The asyncio state, created on first use.
    pub fn aio(&mut self) -> &mut super::AioState {
        if self.aio.is_none() {
            let s = super::AioState::new(self);
            self.aio = Some(Box::new(s));
        }
        // Present: set just above.
        self.aio.as_mut().expect("asyncio state")
    }

    /// A new pending future (`loop.create_future()`).
    pub fn new_future(&mut self) -> Value {
        let t = self.aio().future_type.clone();
        Instance::native(t, FutState::new(None))
    }

    /// `Future.__schedule_callbacks`: every done callback goes to the ready queue.
    fn schedule_callbacks(&mut self, fut: &Value) {
        let cbs = with_fut(fut, |s| std::mem::take(&mut s.callbacks)).unwrap_or_default();
        for cb in cbs {
            self.aio().lp.call_soon(cb.into_callback(fut));
        }
    }

    /// `Future.set_result`.
    pub fn fut_set_result(&mut self, fut: &Value, v: Value) -> PyResult<()> {
        let ok = with_fut(fut, |s| {
            if s.state != FState::Pending {
                return false;
            }
            s.result = v;
            s.state = FState::Finished;
            true
        })
        .unwrap_or(false);
        if !ok {
            return Err(self.invalid_state(fut));
        }
        self.schedule_callbacks(fut);
        Ok(())
    }

    /// `Future.set_exception`.
    pub fn fut_set_exception(&mut self, fut: &Value, exc: Value) -> PyResult<()> {
        let ok = with_fut(fut, |s| {
            if s.state != FState::Pending {
                return false;
            }
            s.exception = exc;
            s.state = FState::Finished;
            s.log_tb = true;
            true
        })
        .unwrap_or(false);
        if !ok {
            return Err(self.invalid_state(fut));
        }
        self.schedule_callbacks(fut);
        Ok(())
    }

    /// `Future.cancel(msg)` (a task's cancel is `task_cancel`).
    pub fn fut_cancel(&mut self, fut: &Value, msg: Value) -> bool {
        let ok = with_fut(fut, |s| {
            s.log_tb = false;
            if s.state != FState::Pending {
                return false;
            }
            s.state = FState::Cancelled;
            s.cancel_msg = msg;
            true
        })
        .unwrap_or(false);
        if ok {
            self.schedule_callbacks(fut);
        }
        ok
    }

    /// `Task.cancel(msg)`: cancel what the task awaits, or cancel it at its next step.
    pub fn task_cancel(&mut self, task: &Value, msg: Value) -> bool {
        let (pending, waiter) = with_fut(task, |s| {
            s.log_tb = false;
            let waiter = s.task.as_ref().map(|t| t.fut_waiter.clone());
            if let Some(t) = s.task.as_mut() {
                t.num_cancels_requested += 1;
            }
            (s.state == FState::Pending, waiter.unwrap_or(Value::None))
        })
        .unwrap_or((false, Value::None));
        if !pending {
            return false;
        }
        if !waiter.is_none() {
            let cancelled = if is_task(&waiter) {
                self.task_cancel(&waiter, msg.clone())
            } else {
                self.fut_cancel(&waiter, msg.clone())
            };
            if cancelled {
                // The waiter's cancellation wakes the task up with CancelledError.
                return true;
            }
        }
        with_fut(task, |s| {
            if let Some(t) = s.task.as_mut() {
                t.must_cancel = true;
            }
            s.cancel_msg = msg;
        });
        true
    }

    fn invalid_state(&mut self, fut: &Value) -> PyErr {
        let _ = fut;
        let t = self.aio().invalid_state_error.clone();
        let e = self.new_exception_object(t, vec![Value::str("invalid state")]);
        PyErr::from_object(e)
    }

    /// `Future._make_cancelled_error()`: CancelledError(msg) (no args without a message).
    pub fn cancelled_error(&mut self, msg: &Value) -> Value {
        let t = self.aio().cancelled_error.clone();
        let args = if msg.is_none() {
            vec![]
        } else {
            vec![msg.clone()]
        };
        self.new_exception_object(t, args)
    }

    /// `Future.result()`.
    pub fn fut_result(&mut self, fut: &Value) -> PyResult<Value> {
        let (st, res, exc, msg) = with_fut(fut, |s| {
            s.log_tb = false;
            (
                s.state,
                s.result.clone(),
                s.exception.clone(),
                s.cancel_msg.clone(),
            )
        })
        .ok_or_else(|| PyErr::type_error("expected an asyncio.Future"))?;
        match st {
            FState::Cancelled => Err(PyErr::from_object(self.cancelled_error(&msg))),
            FState::Pending => {
                let t = self.aio().invalid_state_error.clone();
                let e = self.new_exception_object(t, vec![Value::str("Result is not set.")]);
                Err(PyErr::from_object(e))
            }
            FState::Finished if !exc.is_none() => Err(PyErr::from_object(exc)),
            FState::Finished => Ok(res),
        }
    }

    /// `Future.add_done_callback` for an internal callback.
    pub fn fut_add_done(&mut self, fut: &Value, cb: DoneCb) {
        let done = with_fut(fut, |s| {
            if s.state == FState::Pending {
                s.callbacks.push(cb.clone());
                false
            } else {
                true
            }
        })
        .unwrap_or(false);
        if done {
            self.aio().lp.call_soon(cb.into_callback(fut));
        }
    }

    /// A new task running `coro`, scheduled to start (`loop.create_task`).
    pub fn new_task(&mut self, coro: Value, name: Value) -> PyResult<Value> {
        let ok = matches!(&coro, Value::Gen(g) if g.kind == GenKind::Coroutine
            || crate::vm::coro::is_iterable_coroutine(g))
            || super::sleep::is_sleep(&coro);
        if !ok {
            let r = self.repr(&coro)?;
            return Err(PyErr::type_error(format!(
                "a coroutine was expected, got {}",
                r.as_str()
            )));
        }
        let aio = self.aio();
        aio.task_counter += 1;
        let n = aio.task_counter;
        let name = if name.is_none() {
            Value::from_string(format!("Task-{n}"))
        } else {
            name
        };
        let t = aio.task_type.clone();
        let task = Instance::native(
            t,
            FutState::new(Some(TaskPart {
                coro,
                fut_waiter: Value::None,
                must_cancel: false,
                name,
                num_cancels_requested: 0,
            })),
        );
        if let Value::Instance(i) = &task {
            let w = Rc::downgrade(i);
            let tasks = &mut self.aio().tasks;
            // A `Weak` keeps its task's allocation alive: drop the dead ones when the
            // registry is full, and grow it only if it is still more than half full, so
            // pruning stays amortised O(1) per task (CPython's WeakSet forgets at once).
            if tasks.len() == tasks.capacity() && tasks.len() >= 16 {
                tasks.retain(|w| w.strong_count() > 0);
                if tasks.len() * 2 < tasks.capacity() {
                    let cap = tasks.capacity();
                    tasks.shrink_to(cap / 2);
                }
            }
            tasks.push(w);
        }
        self.aio().lp.call_soon(Callback::Step(task.clone(), None));
        Ok(task)
    }

    /// `Task.__step(exc)`: resume the coroutine once and act on how it suspends or ends.
    pub fn task_step(&mut self, task: &Value, exc: Option<Value>) -> PyResult<()> {
        let (coro, must_cancel, msg, done) = with_fut(task, |s| {
            let t = s.task.as_mut();
            let (coro, mc) = match t {
                Some(t) => {
                    let mc = t.must_cancel;
                    t.must_cancel = false;
                    t.fut_waiter = Value::None;
                    (t.coro.clone(), mc)
                }
                None => (Value::None, false),
            };
            (coro, mc, s.cancel_msg.clone(), s.state != FState::Pending)
        })
        .unwrap_or((Value::None, false, Value::None, true));
        if done {
            return Ok(());
        }
        let exc = if must_cancel {
            Some(self.cancelled_error(&msg))
        } else {
            exc
        };
        let prev = std::mem::replace(&mut self.aio().current_task, task.clone());
        let r = match (&coro, exc) {
            (Value::Gen(g), None) => self.gen_send_ex(g, Value::None, None),
            (Value::Gen(g), Some(e)) => self.gen_throw(g, e, true, None),
            // `asyncio.sleep(...)` handed to a task directly.
            (_, None) => self.iter_send(&coro, Value::None),
            (_, Some(e)) => self
                .getattr(&coro, &crate::vm::name("throw"))
                .and_then(|m| self.call(&m, &[e]))
                .map(GenResult::Yield)
                .or_else(|e| match self.fetch_stop_iteration_value(&e) {
                    Some(v) => Ok(GenResult::Return(v)),
                    None => Err(e),
                }),
        };
        self.aio().current_task = prev;
        match r {
            Ok(GenResult::Return(v)) => {
                let mc = with_fut(task, |s| s.task.as_ref().is_some_and(|t| t.must_cancel))
                    .unwrap_or(false);
                if mc {
                    let msg = with_fut(task, |s| s.cancel_msg.clone()).unwrap_or(Value::None);
                    self.fut_cancel(task, msg);
                } else {
                    self.fut_set_result(task, v)?;
                }
            }
            Err(e) => {
                let ev = self.exception_object(e);
                let ct = self.aio().cancelled_error.clone();
                let t = self.type_of(&ev);
                if crate::vm::unwind::is_subtype(&t, &ct) {
                    let msg = match crate::vm::unwind::exc_data(&ev)
                        .map(|d| d.borrow().args.clone())
                    {
                        Some(Value::Tuple(t)) => t.items.first().cloned().unwrap_or(Value::None),
                        _ => Value::None,
                    };
                    self.fut_cancel(task, msg);
                } else {
                    let fatal =
                        crate::vm::unwind::type_is_exc(
                            &t,
                            crate::object::ExcType::KeyboardInterrupt,
                        ) || crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::SystemExit);
                    self.fut_set_exception(task, ev.clone())?;
                    if fatal {
                        return Err(PyErr::from_object(ev));
                    }
                }
            }
            Ok(GenResult::Yield(v)) => self.task_yielded(task, v)?,
        }
        Ok(())
    }

    /// What a task's coroutine yielded: a future it waits for, None (a bare `yield`: run again
    /// soon), or an error thrown back in.
    fn task_yielded(&mut self, task: &Value, v: Value) -> PyResult<()> {
        if is_future(&v) {
            let blocking = with_fut(&v, |s| s.blocking).unwrap_or(false);
            if !blocking {
                let r = self.repr(task)?;
                let rv = self.repr(&v)?;
                let e = PyErr::runtime_error(format!(
                    "yield was used instead of yield from in task {} with {}",
                    r.as_str(),
                    rv.as_str()
                ));
                let ev = self.exception_object(e);
                self.aio()
                    .lp
                    .call_soon(Callback::Step(task.clone(), Some(ev)));
                return Ok(());
            }
            if v.is(task) {
                let r = self.repr(task)?;
                let e =
                    PyErr::runtime_error(format!("Task cannot await on itself: {}", r.as_str()));
                let ev = self.exception_object(e);
                self.aio()
                    .lp
                    .call_soon(Callback::Step(task.clone(), Some(ev)));
                return Ok(());
            }
            with_fut(&v, |s| s.blocking = false);
            self.fut_add_done(&v, DoneCb::Wakeup(task.clone()));
            let must_cancel = with_fut(task, |s| {
                if let Some(t) = s.task.as_mut() {
                    t.fut_waiter = v.clone();
                    t.must_cancel
                } else {
                    false
                }
            })
            .unwrap_or(false);
            if must_cancel {
                let msg = with_fut(task, |s| s.cancel_msg.clone()).unwrap_or(Value::None);
                let cancelled = if is_task(&v) {
                    self.task_cancel(&v, msg)
                } else {
                    self.fut_cancel(&v, msg)
                };
                if cancelled {
                    with_fut(task, |s| {
                        if let Some(t) = s.task.as_mut() {
                            t.must_cancel = false;
                        }
                    });
                }
            }
            return Ok(());
        }
        if v.is_none() {
            self.aio().lp.call_soon(Callback::Step(task.clone(), None));
            return Ok(());
        }
        let rv = self.repr(&v)?;
        let e = PyErr::runtime_error(format!("Task got bad yield: {}", rv.as_str()));
        let ev = self.exception_object(e);
        self.aio()
            .lp
            .call_soon(Callback::Step(task.clone(), Some(ev)));
        Ok(())
    }

    /// `Task.__wakeup(future)`: step with the future's exception, or normally.
    pub fn task_wakeup(&mut self, task: &Value, fut: &Value) -> PyResult<()> {
        match self.fut_result(fut) {
            Ok(_) => self.task_step(task, None),
            Err(e) => {
                let ev = self.exception_object(e);
                self.task_step(task, Some(ev))
            }
        }
    }
}

/// The state shown in reprs: `pending`, `finished`, `cancelled`.
pub fn state_name(v: &Value) -> &'static str {
    match state_of(v) {
        Ok(FState::Pending) => "pending",
        Ok(FState::Finished) => "finished",
        _ => "cancelled",
    }
}

/// A native type for futures or tasks.
pub fn make_type(
    name: &'static str,
    base: &Rc<PyType>,
    methods: &[(&'static str, crate::object::NativeFn)],
    repr: fn(&mut Vm, &Value) -> PyResult<String>,
) -> Rc<PyType> {
    let slots = TypeSlots {
        repr: Some(repr),
        ..TypeSlots::default()
    };
    crate::object::builtin_types::new_native_type(name, base, slots, methods)
}
