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
    /// A Python callable, called with the future in its context (None: see
    /// `contextvars::run_in_context`).
    Py(Value, Option<Rc<Instance>>),
    /// `Task.__wakeup` of the task awaiting this future.
    Wakeup(Value),
    /// A `gather` child finished (the shared gathering state).
    Gather(Rc<std::cell::RefCell<super::gather::GatherState>>),
}

impl DoneCb {
    /// The loop callback that runs this done callback for `fut`.
    fn into_callback(self, fut: &Value) -> Callback {
        match self {
            DoneCb::Py(f, ctx) => Callback::CallCtx(f, vec![fut.clone()], ctx),
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
    /// The context every step runs in (None: empty, created at the first step that needs it).
    pub context: Option<Rc<Instance>>,
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
    /// `_log_destroy_pending`: a task dropped while pending reports it.
    pub log_destroy_pending: bool,
    /// The id of the loop the future belongs to (`runner.rs`; fits in the padding).
    pub loop_id: u32,
    pub task: Option<TaskPart>,
    /// A `gather()` outer future: the gathering state, for `cancel` (cleared once done).
    pub gather: Option<Rc<std::cell::RefCell<super::gather::GatherState>>>,
}

impl Drop for FutState {
    /// "... exception was never retrieved" / "Task was destroyed but it is pending!"
    /// (`aio/reports.rs`).
    #[inline]
    fn drop(&mut self) {
        super::reports::on_drop(self);
    }
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
            log_destroy_pending: true,
            loop_id: 0,
            task,
            gather: None,
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

    /// A new pending future of the running loop (else the policy's, `runner.rs`).
    pub fn new_future(&mut self) -> Value {
        let id = self.default_loop_id();
        self.new_future_on(id)
    }

    /// A new pending future of loop `loop_id` (`loop.create_future()`).
    pub fn new_future_on(&mut self, loop_id: u32) -> Value {
        let t = self.aio().future_type.clone();
        let mut s = FutState::new(None);
        s.loop_id = loop_id;
        Instance::native(t, s)
    }

    /// `Future.__schedule_callbacks`: every done callback goes to the ready queue.
    fn schedule_callbacks(&mut self, fut: &Value) {
        let (cbs, id) =
            with_fut(fut, |s| (std::mem::take(&mut s.callbacks), s.loop_id)).unwrap_or_default();
        for cb in cbs {
            self.loop_call_soon(id, cb.into_callback(fut));
        }
    }

    /// `Future.set_result`.
    pub fn fut_set_result(&mut self, fut: &Value, v: Value) -> PyResult<()> {
        self.fut_finish(fut, |s| s.result = v)
    }

    /// Move a pending future to Finished (`set` stores its outcome) and schedule its done
    /// callbacks; InvalidStateError if it is done already.
    fn fut_finish(&mut self, fut: &Value, set: impl FnOnce(&mut FutState)) -> PyResult<()> {
        let ok = with_fut(fut, |s| {
            if s.state != FState::Pending {
                return false;
            }
            set(s);
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
        self.fut_finish(fut, |s| {
            s.exception = exc;
            s.log_tb = true;
        })
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

    /// `fut.cancel(msg=msg)` as the object's own `cancel` does it: a task's, a `gather()`
    /// outer future's (cancel the children), or a plain future's.
    pub fn cancel_any(&mut self, fut: &Value, msg: Value) -> bool {
        if is_task(fut) {
            return self.task_cancel(fut, msg);
        }
        match with_fut(fut, |s| s.gather.clone()).flatten() {
            Some(g) => self.gather_cancel(fut, &g, msg),
            None => self.fut_cancel(fut, msg),
        }
    }

    /// `Task.cancel(msg)`: cancel what the task awaits, or cancel it at its next step.
    pub fn task_cancel(&mut self, task: &Value, msg: Value) -> bool {
        let (pending, waiter) = with_fut(task, |s| {
            s.log_tb = false;
            let waiter = s.task.as_ref().map(|t| t.fut_waiter.clone());
            let pending = s.state == FState::Pending;
            if let Some(t) = s.task.as_mut().filter(|_| pending) {
                t.num_cancels_requested += 1;
            }
            (pending, waiter.unwrap_or(Value::None))
        })
        .unwrap_or((false, Value::None));
        if !pending {
            return false;
        }
        if !waiter.is_none() {
            let cancelled = self.cancel_any(&waiter, msg.clone());
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
        self.invalid_state_error()
    }

    /// `InvalidStateError('invalid state')`.
    pub fn invalid_state_error(&mut self) -> PyErr {
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

    /// `_make_cancelled_error()` of a cancelled future: the CancelledError its task's
    /// coroutine ended with (once), else `CancelledError(msg)`.
    pub fn fut_cancelled_error(&mut self, fut: &Value) -> Value {
        let (kept, msg) = with_fut(fut, |s| {
            (
                std::mem::replace(&mut s.exception, Value::None),
                s.cancel_msg.clone(),
            )
        })
        .unwrap_or((Value::None, Value::None));
        if !kept.is_none() {
            return kept;
        }
        self.cancelled_error(&msg)
    }

    /// `Future.result()`.
    pub fn fut_result(&mut self, fut: &Value) -> PyResult<Value> {
        let (st, res, exc) = with_fut(fut, |s| {
            s.log_tb = false;
            (s.state, s.result.clone(), s.exception.clone())
        })
        .ok_or_else(|| PyErr::type_error("expected an asyncio.Future"))?;
        match st {
            FState::Cancelled => Err(PyErr::from_object(self.fut_cancelled_error(fut))),
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
        let (done, id) = with_fut(fut, |s| {
            if s.state == FState::Pending {
                s.callbacks.push(cb.clone());
                (false, s.loop_id)
            } else {
                (true, s.loop_id)
            }
        })
        .unwrap_or((false, 0));
        if done {
            self.loop_call_soon(id, cb.into_callback(fut));
        }
    }

    /// A new task running `coro` on the running loop (else the policy's), scheduled to start,
    /// in a copy of the current context.
    pub fn new_task(&mut self, coro: Value, name: Value) -> PyResult<Value> {
        let id = self.default_loop_id();
        self.new_task_on(id, coro, name)
    }

    /// A new task running `coro` on loop `loop_id`, scheduled to start (`loop.create_task`).
    pub fn new_task_on(&mut self, loop_id: u32, coro: Value, name: Value) -> PyResult<Value> {
        self.new_task_ctx(loop_id, coro, name, Value::None)
    }

    /// `Task(coro, loop=..., name=name, context=context)`: a new task on loop `loop_id`,
    /// scheduled to start; it runs in `context` (a `contextvars.Context`) or, when None, in a
    /// copy of the current context.
    pub fn new_task_ctx(
        &mut self,
        loop_id: u32,
        coro: Value,
        name: Value,
        context: Value,
    ) -> PyResult<Value> {
        let s = self.task_state(loop_id, coro, name, context)?;
        let t = self.aio().task_type.clone();
        let task = Instance::native(t, s);
        self.start_task(&task, loop_id);
        Ok(task)
    }

    /// The state of a new task running `coro` on loop `loop_id` (checks `coro`, names the
    /// task `Task-N` unless `name` is given, captures the context).
    pub fn task_state(
        &mut self,
        loop_id: u32,
        coro: Value,
        name: Value,
        context: Value,
    ) -> PyResult<FutState> {
        // CPython 3.11's `coroutines.iscoroutine` also accepts generators.
        let ok = matches!(&coro, Value::Gen(g) if g.kind == GenKind::Coroutine
            || g.kind == GenKind::Generator
            || crate::vm::coro::is_iterable_coroutine(g))
            || super::sleep::is_sleep(&coro)
            || self.is_coroutine_abc(&coro);
        if !ok {
            let r = self.repr(&coro)?;
            return Err(PyErr::type_error(format!(
                "a coroutine was expected, got {}",
                r.as_str()
            )));
        }
        let context = crate::modules::contextvars::callback_context(self, &context)?;
        let name = match name {
            Value::None | Value::Str(_) => name,
            other => Value::Str(self.str(&other)?),
        };
        let aio = self.aio();
        aio.task_counter += 1;
        let n = aio.task_counter;
        let name = if name.is_none() {
            Value::from_string(format!("Task-{n}"))
        } else {
            name
        };
        let mut s = FutState::new(Some(TaskPart {
            coro,
            fut_waiter: Value::None,
            must_cancel: false,
            name,
            num_cancels_requested: 0,
            context,
        }));
        s.loop_id = loop_id;
        Ok(s)
    }

    /// Register `task` (whose state `task_state` made) and schedule its first step.
    pub fn start_task(&mut self, task: &Value, loop_id: u32) {
        self.register_task(task);
        self.loop_call_soon(loop_id, Callback::Step(task.clone(), None));
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
        let ctx = match with_fut(task, |s| s.task.as_ref().and_then(|t| t.context.clone())) {
            Some(Some(c)) => Some(c),
            _ if crate::modules::contextvars::used() => {
                // An empty context captured before any ContextVar existed: materialise it
                // now, once, so the task's own `set`s persist across its steps.
                let c = crate::modules::contextvars::empty_context(self);
                with_fut(task, |s| {
                    if let Some(t) = s.task.as_mut() {
                        t.context = Some(c.clone());
                    }
                });
                Some(c)
            }
            _ => None,
        };
        if let Some(c) = &ctx {
            crate::modules::contextvars::enter(self, c)?;
        }
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
        if let Some(c) = &ctx {
            crate::modules::contextvars::exit(c);
        }
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
                    // `super().cancel()`: no message; the CancelledError itself is kept and
                    // handed out once by the next `_make_cancelled_error()` (`_cancelled_exc`,
                    // kept in the unused `exception` slot of a cancelled future).
                    self.fut_cancel(task, Value::None);
                    with_fut(task, |s| s.exception = ev);
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
                let cancelled = self.cancel_any(&v, msg);
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

/// The `context=` keyword of `create_task`/`call_soon`/... (None when absent).
pub fn context_kw(kw: crate::builtins::args::Kwargs) -> Value {
    kw.iter()
        .find(|(k, _)| k.as_str() == "context")
        .map(|(_, v)| v.clone())
        .unwrap_or(Value::None)
}

/// The loop callback for `call_soon(f, *args, context=...)` (`kw`: the call's keywords): it
/// runs in the given context, else in a copy of the current one (`Handle.__init__`); a plain
/// call while no ContextVar exists.
pub fn call_in_context(
    vm: &mut Vm,
    f: Value,
    args: Vec<Value>,
    kw: crate::builtins::args::Kwargs,
) -> PyResult<Callback> {
    let context = context_kw(kw);
    if context.is_none() && !crate::modules::contextvars::used() {
        return Ok(Callback::Call(f, args));
    }
    let ctx = crate::modules::contextvars::callback_context(vm, &context)?;
    Ok(Callback::CallCtx(f, args, ctx))
}

/// The state shown in reprs: `pending`, `finished`, `cancelled`.
pub fn state_name(v: &Value) -> &'static str {
    match state_of(v) {
        Ok(FState::Pending) => "pending",
        Ok(FState::Finished) => "finished",
        _ => "cancelled",
    }
}

/// The native state of an instance of a heap subclass of `Future` or `Task` (`class
/// MyFuture(asyncio.Future)`, called by `object::class::new_instance`): a pending future on
/// the default loop, which `Future.__init__`/`Task.__init__` then complete. None for any
/// other base type.
pub fn subclass_state(vm: &mut Vm, base: &Rc<PyType>) -> Option<Box<dyn std::any::Any>> {
    let aio = vm.aio.as_deref()?;
    if !Rc::ptr_eq(base, &aio.future_type) && !Rc::ptr_eq(base, &aio.task_type) {
        return None;
    }
    let mut s = FutState::new(None);
    s.loop_id = vm.default_loop_id();
    Some(Box::new(s))
}

/// A native type for futures or tasks.
pub fn make_type(
    name: &'static str,
    base: &Rc<PyType>,
    methods: &[(&'static str, crate::object::NativeFn)],
    repr: fn(&mut Vm, &Value) -> PyResult<String>,
) -> Rc<PyType> {
    use super::methods as m;
    // `Future(...)` and `Task(...)` construct; other future types (`_GatheringFuture`) do not.
    let new: Option<crate::object::NativeFn> = match name {
        "Future" => Some(m::future_new),
        "Task" => Some(m::task_new),
        _ => None,
    };
    let slots = TypeSlots {
        repr: Some(repr),
        new,
        ..TypeSlots::default()
    };
    // CPython's tp_name: `_asyncio.Future` (`__name__` 'Future', `__module__` '_asyncio').
    let tp_name = match name {
        "Future" => "_asyncio.Future",
        "Task" => "_asyncio.Task",
        other => other,
    };
    // Future and Task may be subclassed (their instances then carry a `__dict__` beside the
    // state: `subclass_state`).
    let t = crate::object::builtin_types::make_builtin_type(
        tp_name,
        crate::object::class::TypeKind::Native,
        Some(base),
        slots,
        methods,
        &[],
        matches!(name, "Future" | "Task"),
    );
    if name == "Future" {
        crate::object::builtin_types::add_getsets(
            &t,
            [
                (
                    "_asyncio_future_blocking",
                    m::get_blocking as crate::object::class::Getter,
                    Some(m::set_blocking as crate::object::descr::Setter),
                ),
                ("_state", m::get_state, None),
            ]
            .into_iter(),
        );
    }
    t
}
