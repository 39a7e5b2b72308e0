//! The event loops inside the VM (`AioState`), the callbacks they run, `run_forever`'s
//! iterations, the event loop policy (`get_event_loop`/`set_event_loop`), and the module
//! functions that need the running loop (`create_task`, `all_tasks`, `current_task`).
//! `asyncio.run`/`Runner` are in `runners.rs`; `sleep`, `gather`, the loop object and the
//! Future/Task methods live in their own files beside this one.
//!
//! Several loops (`new_event_loop()`), one core on the hot path: `AioState::lp` holds the
//! shared clock and the queues of the *active* loop (the running one, or the last one that
//! ran), so the tasks and timers of the running loop are one field away from `vm.aio()`. The
//! queues of every other loop are parked in its loop object (`loop_obj::LoopObj::parked`);
//! `activate_loop` swaps them when another loop starts running. Scheduling on a loop that is
//! not the active one (a future of another loop completing, `other_loop.call_soon`) pushes to
//! its parked queues. Futures and tasks know their loop by id (`FutState::loop_id`, a `u32`
//! that fits in the state's padding); `AioState::loops` maps ids back to loop objects.
//!
//! Invariants: at most one loop runs at a time, and the running loop is the active one;
//! callbacks run only from `run_forever`'s iterations, one `_run_once` batch at a time
//! (`aio::Loop::take_due`); nothing here resumes a coroutine re-entrantly.

use super::future::{with_fut, FState};
use super::gather::GatherState;
use super::loop_obj::{loop_types, with_loop, LoopObj};
use super::methods::*;
use super::{Clock, HandleId, Loop};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A scheduled callback.
pub enum Callback {
    /// `Task.__step(exc)`.
    Step(Value, Option<Value>),
    /// `Task.__wakeup(fut)`.
    Wakeup(Value, Value),
    /// A Python callable with its arguments (`call_soon(cb, *args)`, done callbacks).
    Call(Value, Vec<Value>),
    /// `call_later`/`call_at`'s callable, arguments and deadline (a `TimerHandle`).
    TimerCall(Value, Vec<Value>, f64),
    /// A Python callable with its arguments, run in a `contextvars.Context` (None: an empty
    /// context captured while no ContextVar existed; see `contextvars::run_in_context`).
    CallCtx(
        Value,
        Vec<Value>,
        Option<Rc<crate::object::class::Instance>>,
    ),
    /// A `gather` child finished.
    GatherChild(Rc<RefCell<GatherState>>, Value),
    /// `futures._set_result_unless_cancelled(fut, result)` (what `sleep` schedules).
    SetResultUnlessCancelled(Value, Value),
}

/// The asyncio state of a VM: the active loop's queues, the loops, the types, the running task.
pub struct AioState {
    /// The clock and the active loop's queues.
    pub lp: Loop<Callback>,
    /// The id of the loop whose queues are in `lp` (0: none yet).
    pub active: u32,
    /// That loop's object.
    pub active_obj: Option<Value>,
    /// The active loop is running (`run_forever`).
    pub running: bool,
    pub current_task: Value,
    /// The global task counter behind `Task-N` names (CPython's `_task_name_counter`).
    pub task_counter: u64,
    pub future_type: Rc<PyType>,
    pub task_type: Rc<PyType>,
    pub future_iter_type: Rc<PyType>,
    pub cancelled_error: Rc<PyType>,
    pub invalid_state_error: Rc<PyType>,
    /// Every task created (weakly: CPython's `_all_tasks` WeakSet), for `all_tasks(loop)`, the
    /// cancellation of leftovers at the end of `run`, and the report of pending tasks at exit.
    pub tasks: Vec<Weak<Instance>>,
    /// Every loop created, by id (weakly).
    pub loops: Vec<(u32, Weak<Instance>)>,
    pub next_loop_id: u32,
    /// The event loop policy's current loop (`set_event_loop`) and whether it was ever set.
    pub policy_loop: Option<Value>,
    pub policy_set_called: bool,
    /// `asyncio.runners`' namespace (`runners.py`), once loaded.
    pub helpers: Option<Rc<crate::object::PyDict>>,
    /// The done callback `run_until_complete` adds (`_run_until_complete_cb`).
    pub stop_cb: Option<Value>,
    /// Interpreter exit with callbacks still scheduled on the policy's loop: CPython tears
    /// `__main__` down too late for finalisation reports to show, so they are dropped.
    pub exit_quiet: bool,
    /// Some loop has a task factory (`asyncio.create_task` then asks the running loop).
    pub task_factories: bool,
    /// A policy set with `set_event_loop_policy` (other than a plain default one).
    pub custom_policy: Option<Value>,
}

impl AioState {
    /// The live tasks of loop `loop_id` that are not done, in creation order.
    pub fn pending_tasks_of(&mut self, loop_id: u32) -> Vec<Value> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Instance)
            .filter(|t| {
                with_fut(t, |s| s.state == FState::Pending && s.loop_id == loop_id).unwrap_or(false)
            })
            .collect()
    }

    /// The live tasks that are not done (of the active loop), in creation order.
    pub fn pending_tasks(&mut self) -> Vec<Value> {
        let id = self.active;
        self.pending_tasks_of(id)
    }
}

/// Whether the loop runs on the virtual clock (`coil --virtual-time`, `COIL_VIRTUAL_TIME=1`).
pub fn virtual_time_requested() -> bool {
    super::clock::virtual_time_requested()
}

impl AioState {
    pub fn new(vm: &mut Vm) -> AioState {
        let object = vm.types.object.clone();
        let future_type = super::future::make_type("Future", &object, FUTURE_METHODS, fut_repr);
        let task_type = super::future::make_type("Task", &future_type, TASK_METHODS, task_repr);
        for t in [&future_type, &task_type] {
            crate::object::builtin_types::add_classmethods(
                &vm.types,
                t,
                crate::object::genericalias::CLASS_GETITEM,
            );
        }
        let future_iter_type = {
            let slots = TypeSlots {
                iter: Some(fi_slot_iter),
                next: Some(fi_slot_next),
                ..TypeSlots::default()
            };
            crate::object::builtin_types::new_native_type(
                "FutureIter",
                &object,
                slots,
                &[
                    ("send", fi_send),
                    ("throw", fi_throw),
                    ("__next__", fi_next),
                ],
            )
        };
        let base_exc = Value::Type(vm.exc_type_object(crate::object::ExcType::BaseException));
        let exc = Value::Type(vm.exc_type_object(crate::object::ExcType::Exception));
        let cancelled_error = new_exc_class(vm, "CancelledError", base_exc);
        let invalid_state_error = new_exc_class(vm, "InvalidStateError", exc);
        let clock = if virtual_time_requested() {
            Clock::virtual_shared()
        } else {
            Clock::real(crate::modules::time::real_monotonic())
        };
        AioState {
            lp: Loop::new(clock),
            active: 0,
            active_obj: None,
            running: false,
            current_task: Value::None,
            task_counter: 0,
            future_type,
            task_type,
            future_iter_type,
            cancelled_error,
            invalid_state_error,
            tasks: Vec::new(),
            loops: Vec::new(),
            next_loop_id: 1,
            policy_loop: None,
            policy_set_called: false,
            helpers: None,
            stop_cb: None,
            exit_quiet: false,
            task_factories: false,
            custom_policy: None,
        }
    }
}

/// `class NAME(base): __module__ = 'asyncio.exceptions'`.
fn new_exc_class(vm: &mut Vm, name: &str, base: Value) -> Rc<PyType> {
    let ns = Rc::new(crate::object::PyDict::new());
    ns.set_str(
        crate::object::str::intern("__module__"),
        Value::str("asyncio.exceptions"),
    );
    let type_type = Value::Type(vm.types.type_.clone());
    let r = vm.call(
        &type_type,
        &[Value::str(name), Value::tuple(vec![base]), Value::Dict(ns)],
    );
    match r {
        Ok(Value::Type(t)) => t,
        _ => vm.exc_type_object(crate::object::ExcType::Exception),
    }
}

/// The id of loop object `l` (0 if it is not one).
pub fn loop_id_of(l: &Value) -> u32 {
    with_loop(l, |o| o.id).unwrap_or(0)
}

impl Vm {
    /// A new loop object (`new_event_loop()`), its queues parked in it.
    pub(crate) fn new_loop_object(&mut self) -> Value {
        let lt = loop_types(self).0;
        let aio = self.aio();
        let id = aio.next_loop_id;
        aio.next_loop_id += 1;
        let l = Instance::native(lt, LoopObj::new(id));
        if let Value::Instance(i) = &l {
            let aio = self.aio();
            if aio.loops.len() >= 64 && aio.loops.len().is_power_of_two() {
                aio.loops.retain(|(_, w)| w.strong_count() > 0);
            }
            aio.loops.push((id, Rc::downgrade(i)));
        }
        l
    }

    /// The loop object with id `id`, if it is alive.
    pub fn loop_by_id(&mut self, id: u32) -> Option<Value> {
        let aio = self.aio();
        if id == aio.active {
            if let Some(l) = &aio.active_obj {
                return Some(l.clone());
            }
        }
        aio.loops
            .iter()
            .rev()
            .find(|(i, _)| *i == id)
            .and_then(|(_, w)| w.upgrade())
            .map(Value::Instance)
    }

    /// Make `l` the active loop: park the active loop's queues in its object and take `l`'s.
    /// Never while a loop runs (only `run_forever` activates).
    pub(crate) fn activate_loop(&mut self, l: &Value) {
        let id = loop_id_of(l);
        if id == 0 || self.aio().active == id {
            return;
        }
        let incoming = with_loop(l, |o| std::mem::take(&mut *o.parked.borrow_mut()));
        let Some(incoming) = incoming else { return };
        let aio = self.aio();
        let outgoing = std::mem::replace(&mut aio.lp.q, incoming);
        let old = aio.active_obj.replace(l.clone());
        aio.active = id;
        if let Some(old) = old {
            // A loop object no longer referenced anywhere drops its queues here.
            with_loop(&old, |o| *o.parked.borrow_mut() = outgoing);
        }
    }

    /// The loop a future created without one belongs to: the running loop, else the policy's
    /// (`get_event_loop()`, created if none was ever set), else the active one.
    pub fn default_loop_id(&mut self) -> u32 {
        let aio = self.aio();
        if aio.running {
            return aio.active;
        }
        if let Some(l) = &aio.policy_loop {
            return loop_id_of(l);
        }
        if !aio.policy_set_called || aio.active == 0 {
            let l = self.new_loop_object();
            let aio = self.aio();
            aio.policy_set_called = true;
            aio.policy_loop = Some(l.clone());
            return loop_id_of(&l);
        }
        aio.active
    }

    /// `loop.call_soon(cb)` on loop `id` (the active one, or parked).
    #[inline]
    pub fn loop_call_soon(&mut self, id: u32, cb: Callback) -> HandleId {
        let aio = self.aio();
        if id == aio.active || id == 0 {
            return aio.lp.call_soon(cb);
        }
        self.parked_call_soon(id, cb)
    }

    #[cold]
    fn parked_call_soon(&mut self, id: u32, cb: Callback) -> HandleId {
        let hid = self.aio().lp.new_id();
        match self.loop_by_id(id) {
            Some(l) => {
                let mut cb = Some(cb);
                with_loop(&l, |o| {
                    if let Some(cb) = cb.take() {
                        o.parked.borrow_mut().push_ready(hid, cb)
                    }
                });
            }
            // The loop is gone: nothing will ever run it.
            None => drop(cb),
        }
        hid
    }

    /// An instance of `collections.abc.Coroutine` by structure (`__await__`, `send`, `throw`,
    /// `close`: an async generator's `aclose()` awaitable, a coroutine-like class), which
    /// CPython's `iscoroutine` accepts for a task.
    #[cold]
    pub(crate) fn is_coroutine_abc(&mut self, v: &Value) -> bool {
        if !matches!(v, Value::Instance(_) | Value::Gen(_)) {
            return false;
        }
        ["__await__", "send", "throw", "close"]
            .iter()
            .all(|n| matches!(self.getattr_opt(v, &crate::vm::name(n)), Ok(Some(_))))
    }

    /// Register a new task (for `all_tasks` and the exit report).
    pub fn register_task(&mut self, task: &Value) {
        if let Value::Instance(i) = task {
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
    }

    /// Run one callback.
    pub(crate) fn run_callback(&mut self, cb: Callback) -> PyResult<()> {
        match cb {
            Callback::Step(task, exc) => self.task_step(&task, exc),
            Callback::Wakeup(task, fut) => self.task_wakeup(&task, &fut),
            Callback::Call(f, a) => {
                if let Err(e) = self.call(&f, &a) {
                    return self.callback_failed(e, f, a, None);
                }
                Ok(())
            }
            Callback::TimerCall(f, a, when) => {
                if let Err(e) = self.call(&f, &a) {
                    return self.callback_failed(e, f, a, Some(when));
                }
                Ok(())
            }
            Callback::CallCtx(f, a, ctx) => {
                let r = crate::modules::contextvars::run_in_context(self, ctx.as_ref(), |vm| {
                    vm.call(&f, &a)
                });
                if let Err(e) = r {
                    return self.callback_failed(e, f, a, None);
                }
                Ok(())
            }
            Callback::GatherChild(g, fut) => self.gather_child_done(&g, &fut),
            Callback::SetResultUnlessCancelled(fut, v) => {
                if with_fut(&fut, |s| s.state) == Some(FState::Pending) {
                    self.fut_set_result(&fut, v)?;
                }
                Ok(())
            }
        }
    }

    /// `Handle._run`'s error path: "Exception in callback ..." to the loop's exception handler
    /// (SystemExit and KeyboardInterrupt propagate).
    #[cold]
    fn callback_failed(
        &mut self,
        e: PyErr,
        f: Value,
        a: Vec<Value>,
        when: Option<f64>,
    ) -> PyResult<()> {
        let exc = self.exception_object(e);
        let t = self.type_of(&exc);
        if crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::SystemExit)
            || crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::KeyboardInterrupt)
        {
            return Err(PyErr::from_object(exc));
        }
        let src = super::reports::format_callback_source(self, &f, &a)?;
        let handle = super::loop_obj::new_handle(self, HandleId(0), when, 0, f, a);
        let l = self.aio().active_obj.clone();
        let ctx = super::reports::context(
            self,
            &[
                (
                    "message",
                    Value::from_string(format!("Exception in callback {src}")),
                ),
                ("exception", exc),
                ("handle", handle),
            ],
        );
        self.call_exception_handler(l.as_ref(), &ctx)
    }

    /// `run_forever` on loop `l`: iterations until `stop()`. The loop must be open and no loop
    /// may be running (`check_runnable`).
    pub(crate) fn run_forever_on(&mut self, l: &Value) -> PyResult<()> {
        self.activate_loop(l);
        let hooks = (
            std::mem::take(&mut self.asyncgen_firstiter),
            std::mem::take(&mut self.asyncgen_finalizer),
        );
        self.asyncgen_firstiter = self
            .getattr(l, &crate::vm::name("_asyncgen_firstiter_hook"))
            .unwrap_or(Value::None);
        self.asyncgen_finalizer = self
            .getattr(l, &crate::vm::name("_asyncgen_finalizer_hook"))
            .unwrap_or(Value::None);
        self.aio().running = true;
        let r = self.run_iterations();
        let aio = self.aio();
        aio.lp.q.stopping = false;
        aio.running = false;
        self.asyncgen_firstiter = hooks.0;
        self.asyncgen_finalizer = hooks.1;
        r
    }

    fn run_iterations(&mut self) -> PyResult<()> {
        let mut batch = Vec::new();
        loop {
            // Ctrl-C while the loop waited for a timer (or between batches).
            crate::vm::interrupt::check()?;
            if !self.aio().lp.take_due_into(&mut batch) {
                // Nothing scheduled at all: CPython would wait forever in `select`.
                return self.nothing_scheduled();
            }
            let mut it = batch.drain(..);
            while let Some((_, cb)) = it.next() {
                if let Err(e) = self.run_callback(cb) {
                    // The rest stays scheduled, as in CPython's `_ready`.
                    self.aio().lp.q.unrun(it);
                    return Err(e);
                }
                // What the callback dropped is finalised now, before the next one runs (a
                // task dropped as its step ends reports "never retrieved" at that moment).
                if crate::object::generator::finalize_pending() {
                    self.report_dropped_futures();
                }
            }
            drop(it);
            if self.aio().lp.q.stopping {
                return Ok(());
            }
        }
    }

    /// The loop has nothing scheduled and was not stopped: a deadlock (under the virtual clock,
    /// reported with the pending tasks; on the real clock CPython blocks forever, and so does
    /// coil).
    #[cold]
    fn nothing_scheduled(&mut self) -> PyResult<()> {
        super::reports::deadlock(self)
    }

    /// `loop.call_exception_handler(context)` on loop `l` (the default handler when `l` is
    /// None or has none set).
    pub fn call_exception_handler(&mut self, l: Option<&Value>, ctx: &Value) -> PyResult<()> {
        let handler = l
            .and_then(|l| with_loop(l, |o| o.handler.clone()))
            .unwrap_or(Value::None);
        use super::reports::default_exception_handler as default_handler;
        if handler.is_none() {
            if let Err(e) = default_handler(self, ctx) {
                let c =
                    self.handler_error_context(e, "Exception in default exception handler", None)?;
                let _ = default_handler(self, &c);
            }
            return Ok(());
        }
        let lv = l.cloned().unwrap_or(Value::None);
        if let Err(e) = self.call(&handler, &[lv, ctx.clone()]) {
            let c =
                self.handler_error_context(e, "Unhandled error in exception handler", Some(ctx))?;
            if let Err(e) = default_handler(self, &c) {
                let c = self.handler_error_context(
                    e,
                    "Exception in default exception handler while handling an unexpected error \
                     in custom exception handler",
                    None,
                )?;
                let _ = default_handler(self, &c);
            }
        }
        Ok(())
    }

    /// The context that reports an exception handler's own failure (the fallbacks of
    /// `BaseEventLoop.call_exception_handler`); SystemExit and KeyboardInterrupt propagate.
    fn handler_error_context(
        &mut self,
        e: PyErr,
        message: &str,
        ctx: Option<&Value>,
    ) -> PyResult<Value> {
        let exc = self.exception_object(e);
        if super::reports::is_fatal(self, &exc) {
            return Err(PyErr::from_object(exc));
        }
        let mut pairs = vec![("message", Value::str(message)), ("exception", exc)];
        if let Some(c) = ctx {
            pairs.push(("context", c.clone()));
        }
        Ok(super::reports::context(self, &pairs))
    }
}

// ---------------------------------------------------------------------------------------------
// Module functions.

/// `asyncio.create_task(coro, *, name=None, context=None)`.
pub fn create_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("create_task", a, &[], 1, 1)?;
    let name = task_kwargs("create_task", kw)?;
    if !vm.aio().running {
        return Err(PyErr::runtime_error("no running event loop"));
    }
    let context = super::future::context_kw(kw);
    if vm.aio().task_factories {
        if let Some(l) = vm.aio().active_obj.clone() {
            return super::loop_obj::create_task_on(vm, &l, a[0].clone(), name, context);
        }
    }
    let id = vm.default_loop_id();
    vm.new_task_ctx(id, a[0].clone(), name, context)
}

/// The `name` of `create_task(coro, *, name=None, context=None)` (the context is accepted).
pub(super) fn task_kwargs(fname: &str, kw: Kwargs) -> PyResult<Value> {
    let mut name = Value::None;
    for (k, v) in kw.iter() {
        match k.as_str() {
            "name" => name = v.clone(),
            "context" => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(name)
}

/// The optional `loop` argument (positional or keyword) of `all_tasks`/`current_task`.
fn loop_arg(fname: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional(fname, a, &[], 0, 1)?;
    let mut l = a.first().cloned().unwrap_or(Value::None);
    for (k, v) in kw.iter() {
        match k.as_str() {
            "loop" if a.is_empty() => l = v.clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(l)
}

/// `asyncio.all_tasks(loop=None)`: the pending tasks of the loop (the running one by default).
pub fn all_tasks(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = loop_arg("all_tasks", a, kw)?;
    let id = if l.is_none() {
        if !vm.aio().running {
            return Err(PyErr::runtime_error("no running event loop"));
        }
        vm.aio().active
    } else {
        loop_id_of(&l)
    };
    let tasks = vm.aio().pending_tasks_of(id);
    let set_type = Value::Type(vm.types.set.clone());
    vm.call(&set_type, &[Value::list(tasks)])
}

/// `asyncio.current_task(loop=None)`.
pub fn current_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = loop_arg("current_task", a, kw)?;
    let aio = vm.aio();
    if l.is_none() {
        if !aio.running {
            return Err(PyErr::runtime_error("no running event loop"));
        }
        return Ok(aio.current_task.clone());
    }
    if aio.running && loop_id_of(&l) == aio.active {
        return Ok(aio.current_task.clone());
    }
    Ok(Value::None)
}
