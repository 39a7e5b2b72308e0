//! The running event loop inside the VM (`AioState`), the callbacks it runs, and the
//! `asyncio` functions built on it: `run` (CPython's `asyncio.runners.run`: create the loop,
//! run the main task to completion, cancel the tasks left over), `sleep`, `gather`,
//! `create_task`, `current_task`, plus the native methods of `Future`, `Task` and the iterator
//! `await` uses on a future.
//!
//! Invariant: callbacks run only from `run_until_complete`'s loop, one `_run_once` batch at a
//! time (`aio::Loop::take_due`); nothing here resumes a coroutine re-entrantly.

use super::future::{is_future, state_name, with_fut, DoneCb, FState};
use super::{Clock, Loop};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A scheduled callback.
pub enum Callback {
    /// `Task.__step(exc)`.
    Step(Value, Option<Value>),
    /// `Task.__wakeup(fut)`.
    Wakeup(Value, Value),
    /// A Python callable with its arguments (`call_soon(cb, *args)`, done callbacks).
    Call(Value, Vec<Value>),
    /// A `gather` child finished.
    GatherChild(Rc<RefCell<GatherState>>, Value),
    /// `futures._set_result_unless_cancelled(fut, result)` (what `sleep` schedules).
    SetResultUnlessCancelled(Value, Value),
}

/// The asyncio state of a VM: the loop, the types, the running task.
pub struct AioState {
    pub lp: Loop<Callback>,
    pub running: bool,
    pub current_task: Value,
    pub task_counter: u64,
    pub future_type: Rc<PyType>,
    pub task_type: Rc<PyType>,
    pub future_iter_type: Rc<PyType>,
    pub cancelled_error: Rc<PyType>,
    pub invalid_state_error: Rc<PyType>,
    /// Every task created (weakly: CPython's `_all_tasks` WeakSet), for `all_tasks` and the
    /// cancellation of leftovers at the end of `run`.
    pub tasks: Vec<std::rc::Weak<crate::object::class::Instance>>,
    /// `loop.close()` was called.
    pub closed: bool,
    /// The Python loop object (one per loop: `get_running_loop() is loop`).
    pub loop_obj: Option<Value>,
}

impl AioState {
    /// The live tasks that are not done, in creation order.
    pub fn pending_tasks(&mut self) -> Vec<Value> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Instance)
            .filter(|t| with_fut(t, |s| s.state == FState::Pending).unwrap_or(false))
            .collect()
    }
}

/// Whether the loop runs on the virtual clock (`coil --virtual-time`, `COIL_VIRTUAL_TIME=1`).
pub fn virtual_time_requested() -> bool {
    std::env::var("COIL_VIRTUAL_TIME").is_ok_and(|v| !v.is_empty() && v != "0")
}

impl AioState {
    pub fn new(vm: &mut Vm) -> AioState {
        let object = vm.types.object.clone();
        let future_type = super::future::make_type("Future", &object, FUTURE_METHODS, fut_repr);
        let task_type = super::future::make_type("Task", &future_type, TASK_METHODS, task_repr);
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
            Clock::virtual_at(0.0)
        } else {
            Clock::real(0.0)
        };
        AioState {
            lp: Loop::new(clock),
            running: false,
            current_task: Value::None,
            task_counter: 0,
            future_type,
            task_type,
            future_iter_type,
            cancelled_error,
            invalid_state_error,
            tasks: Vec::new(),
            closed: false,
            loop_obj: None,
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

/// Shared state of one `gather()` call.
pub struct GatherState {
    pub outer: Value,
    pub children: Vec<Value>,
    /// Distinct children (an awaitable given twice shares its future).
    pub nfuts: usize,
    pub nfinished: usize,
    pub return_exceptions: bool,
}

impl Vm {
    /// Run one callback.
    pub(crate) fn run_callback(&mut self, cb: Callback) -> PyResult<()> {
        match cb {
            Callback::Step(task, exc) => self.task_step(&task, exc),
            Callback::Wakeup(task, fut) => self.task_wakeup(&task, &fut),
            Callback::Call(f, a) => {
                if let Err(e) = self.call(&f, &a) {
                    let r = self
                        .repr(&f)
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default();
                    self.write_unraisable(e, &Value::from_string(format!("callback {r}")), None);
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

    /// `loop.run_until_complete(fut)`: run callbacks until `fut` is done.
    pub fn run_until_complete(&mut self, fut: &Value) -> PyResult<Value> {
        loop {
            if with_fut(fut, |s| s.state) != Some(FState::Pending) {
                return self.fut_result(fut);
            }
            let batch = match self.aio().lp.take_due() {
                Some(b) => b,
                None => {
                    return Err(PyErr::runtime_error(
                        "Event loop stopped before Future completed.",
                    ))
                }
            };
            for (_, cb) in batch {
                self.run_callback(cb)?;
            }
        }
    }

    /// `asyncio.runners._cancel_all_tasks`: cancel the tasks still pending and run the loop
    /// until they have finished.
    fn cancel_all_tasks(&mut self) -> PyResult<()> {
        let to_cancel = self.aio().pending_tasks();
        if to_cancel.is_empty() {
            return Ok(());
        }
        for t in &to_cancel {
            self.task_cancel(t, Value::None);
        }
        let kw: Vec<(Rc<crate::object::PyStr>, Value)> = vec![(
            crate::object::str::intern("return_exceptions"),
            Value::Bool(true),
        )];
        let g = gather(self, &to_cancel, &kw)?;
        self.run_until_complete(&g)?;
        Ok(())
    }

    /// `gather`'s `_done_callback`.
    fn gather_child_done(&mut self, g: &Rc<RefCell<GatherState>>, fut: &Value) -> PyResult<()> {
        let (outer, done_all, return_exceptions) = {
            let mut st = g.borrow_mut();
            st.nfinished += 1;
            (
                st.outer.clone(),
                st.nfinished == st.nfuts,
                st.return_exceptions,
            )
        };
        if with_fut(&outer, |s| s.state) != Some(FState::Pending) {
            // Mark the child's exception retrieved.
            with_fut(fut, |s| s.log_tb = false);
            return Ok(());
        }
        if !return_exceptions {
            let (st, exc, msg) = with_fut(fut, |s| {
                (s.state, s.exception.clone(), s.cancel_msg.clone())
            })
            .unwrap_or((FState::Finished, Value::None, Value::None));
            if st == FState::Cancelled {
                let e = self.cancelled_error(&msg);
                return self.fut_set_exception(&outer, e);
            }
            if !exc.is_none() {
                with_fut(fut, |s| s.log_tb = false);
                return self.fut_set_exception(&outer, exc);
            }
        }
        if done_all {
            let children = g.borrow().children.clone();
            let mut results = Vec::with_capacity(children.len());
            for c in &children {
                let (st, res, exc, msg) = with_fut(c, |s| {
                    s.log_tb = false;
                    (
                        s.state,
                        s.result.clone(),
                        s.exception.clone(),
                        s.cancel_msg.clone(),
                    )
                })
                .unwrap_or((
                    FState::Finished,
                    Value::None,
                    Value::None,
                    Value::None,
                ));
                results.push(match st {
                    FState::Cancelled => {
                        let m = if msg.is_none() { Value::str("") } else { msg };
                        self.cancelled_error(&m)
                    }
                    _ if !exc.is_none() => exc,
                    _ => res,
                });
            }
            self.fut_set_result(&outer, Value::list(results))?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Module functions.

thread_local! {
    static RUNNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `asyncio.run(main, *, debug=None)`.
pub fn run(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
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
    let is_coro =
        matches!(main, Value::Gen(g) if g.kind == crate::object::generator::GenKind::Coroutine);
    if !is_coro {
        let r = vm.repr(main)?;
        return Err(PyErr::value_error(format!(
            "a coroutine was expected, got {}",
            r.as_str()
        )));
    }
    RUNNING.with(|r| r.set(true));
    vm.aio().running = true;
    let task = vm.new_task(main.clone(), Value::None);
    let r = match task {
        Ok(t) => {
            let r = vm.run_until_complete(&t);
            if let Err(e) = vm.cancel_all_tasks() {
                vm.aio().running = false;
                RUNNING.with(|r| r.set(false));
                return Err(e);
            }
            r
        }
        Err(e) => Err(e),
    };
    vm.aio().running = false;
    RUNNING.with(|r| r.set(false));
    r
}

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
struct SleepAwaitable {
    delay: f64,
    result: Value,
    /// 0: not started; 1: suspended once (bare yield or waiting for the future); 2: done.
    state: u8,
    fut: Value,
}

thread_local! {
    static SLEEP_TYPE: std::mem::ManuallyDrop<RefCell<Option<Rc<PyType>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

fn sleep_type(vm: &Vm) -> Rc<PyType> {
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

fn sleep_state<R>(v: &Value, f: impl FnOnce(&mut SleepAwaitable) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i
            .with_native::<RefCell<SleepAwaitable>, R>(|c| f(&mut c.borrow_mut()))
            .ok_or_else(|| PyErr::type_error("expected a sleep awaitable")),
        _ => Err(PyErr::type_error("expected a sleep awaitable")),
    }
}

fn sleep_await(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}

fn sleep_step(vm: &mut Vm, this: &Value) -> PyResult<Value> {
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

fn sleep_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    sleep_step(vm, v).map(Some)
}

fn sleep_next_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    sleep_step(vm, &this)
}

fn sleep_send(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a.first().cloned().unwrap_or(Value::None);
    sleep_step(vm, &this)
}

fn sleep_throw(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

/// `asyncio.create_task(coro, *, name=None)`.
pub fn create_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("create_task", a, &[], 1, 1)?;
    let mut name = Value::None;
    for (k, v) in kw.iter() {
        match k.as_str() {
            "name" => name = v.clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "create_task() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if !vm.aio().running {
        return Err(PyErr::runtime_error("no running event loop"));
    }
    vm.new_task(a[0].clone(), name)
}

/// `asyncio.gather(*aws, return_exceptions=False)`.
pub fn gather(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut return_exceptions = false;
    for (k, v) in kw.iter() {
        match k.as_str() {
            "return_exceptions" => return_exceptions = vm.truthy(v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "gather() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let outer = vm.new_future();
    if a.is_empty() {
        vm.fut_set_result(&outer, Value::list(vec![]))?;
        return Ok(outer);
    }
    let mut children: Vec<Value> = Vec::with_capacity(a.len());
    let mut seen: Vec<(Value, Value)> = Vec::new();
    let mut unique: Vec<Value> = Vec::new();
    for arg in a {
        if let Some((_, f)) = seen.iter().find(|(k, _)| k.is(arg)) {
            children.push(f.clone());
            continue;
        }
        let fut = if is_future(arg) {
            arg.clone()
        } else {
            vm.new_task(arg.clone(), Value::None)?
        };
        seen.push((arg.clone(), fut.clone()));
        unique.push(fut.clone());
        children.push(fut);
    }
    let st = Rc::new(RefCell::new(GatherState {
        outer: outer.clone(),
        children,
        nfuts: unique.len(),
        nfinished: 0,
        return_exceptions,
    }));
    for f in unique {
        vm.fut_add_done(&f, DoneCb::Gather(st.clone()));
    }
    Ok(outer)
}

/// `asyncio.all_tasks()`: the pending tasks of the running loop.
pub fn all_tasks(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("all_tasks", a, kw, 0, 1)?;
    if !vm.aio().running {
        return Err(PyErr::runtime_error("no running event loop"));
    }
    let tasks = vm.aio().pending_tasks();
    let set_type = Value::Type(vm.types.set.clone());
    vm.call(&set_type, &[Value::list(tasks)])
}

/// `asyncio.current_task()`.
pub fn current_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("current_task", a, kw, 0, 1)?;
    Ok(vm.aio().current_task.clone())
}

// ---------------------------------------------------------------------------------------------
// Future / Task methods.

fn this(a: &[Value]) -> Value {
    a.first().cloned().unwrap_or(Value::None)
}

fn fut_result_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.fut_result(&this(a))
}

fn fut_exception_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

fn fut_done_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state != FState::Pending).unwrap_or(false),
    ))
}

fn fut_cancelled_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state == FState::Cancelled).unwrap_or(false),
    ))
}

fn cancel_msg_arg(a: &[Value], kw: Kwargs) -> Value {
    a.get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| k.as_str() == "msg")
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::None)
}

fn fut_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw);
    Ok(Value::Bool(vm.fut_cancel(&f, msg)))
}

fn task_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw);
    Ok(Value::Bool(vm.task_cancel(&f, msg)))
}

fn fut_set_result_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    vm.fut_set_result(&this(a), v)?;
    Ok(Value::None)
}

fn fut_set_exception_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let exc = vm.throw_args(&[v])?;
    vm.fut_set_exception(&this(a), exc)?;
    Ok(Value::None)
}

fn fut_add_done_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    vm.fut_add_done(&this(a), DoneCb::Py(cb));
    Ok(Value::None)
}

fn fut_remove_done_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

fn fut_await_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let t = vm.aio().future_iter_type.clone();
    Ok(Instance::native(t, this(a)))
}

fn task_get_name_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.name.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

fn task_set_name_m(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let s = vm.str(&v)?;
    with_fut(&this(a), |st| {
        if let Some(t) = st.task.as_mut() {
            t.name = Value::Str(s);
        }
    });
    Ok(Value::None)
}

fn task_cancelling_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(
        with_fut(&this(a), |s| {
            s.task.as_ref().map_or(0, |t| t.num_cancels_requested)
        })
        .unwrap_or(0) as i64,
    ))
}

fn task_uncancel_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

fn task_get_coro_m(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.coro.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

const FUTURE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("result", fut_result_m),
    ("exception", fut_exception_m),
    ("done", fut_done_m),
    ("cancelled", fut_cancelled_m),
    ("cancel", fut_cancel_m),
    ("set_result", fut_set_result_m),
    ("set_exception", fut_set_exception_m),
    ("add_done_callback", fut_add_done_m),
    ("remove_done_callback", fut_remove_done_m),
    ("__await__", fut_await_m),
    ("__iter__", fut_await_m),
];

const TASK_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("cancel", task_cancel_m),
    ("get_name", task_get_name_m),
    ("set_name", task_set_name_m),
    ("get_coro", task_get_coro_m),
    ("cancelling", task_cancelling_m),
    ("uncancel", task_uncancel_m),
];

fn fut_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
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

fn task_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
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

fn fi_fut(v: &Value) -> PyResult<Value> {
    match v {
        Value::Instance(i) => i
            .with_native::<Value, Value>(|f| f.clone())
            .ok_or_else(|| PyErr::type_error("expected a FutureIter")),
        _ => Err(PyErr::type_error("expected a FutureIter")),
    }
}

/// `FutureIter.__next__`: yield the future while it is pending, then its result.
fn fi_step(vm: &mut Vm, it: &Value) -> PyResult<Value> {
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

fn fi_slot_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn fi_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    fi_step(vm, v).map(Some)
}

fn fi_next(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fi_step(vm, &this(a))
}

fn fi_send(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    fi_step(vm, &this(a))
}

fn fi_throw(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

// ---------------------------------------------------------------------------------------------
// The loop object (`asyncio.get_running_loop()`) and handles.

thread_local! {
    static LOOP_TYPES: std::mem::ManuallyDrop<RefCell<Option<(Rc<PyType>, Rc<PyType>, Rc<PyType>)>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The loop object: one per VM (a marker; the state is `vm.aio`).
struct LoopObj;

/// A `Handle`/`TimerHandle`: its id in the loop, and the deadline for timers.
struct HandleObj {
    id: super::HandleId,
    when: Option<f64>,
    cancelled: std::cell::Cell<bool>,
}

fn loop_types(vm: &Vm) -> (Rc<PyType>, Rc<PyType>, Rc<PyType>) {
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
fn loop_object(vm: &mut Vm) -> Value {
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

fn loop_repr(vm: &mut Vm, _v: &Value) -> PyResult<String> {
    let running = vm.aio().running;
    Ok(format!(
        "<_UnixSelectorEventLoop running={} closed=False debug=False>",
        if running { "True" } else { "False" }
    ))
}

fn loop_time(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.aio().lp.time()))
}

fn loop_create_future(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(vm.new_future())
}

fn loop_create_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    create_task(vm, &a[1..], kw)
}

fn loop_is_running(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.aio().running))
}

fn loop_is_closed(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.aio().closed))
}

fn loop_get_debug(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn check_open(vm: &mut Vm) -> PyResult<()> {
    if vm.aio().closed {
        return Err(PyErr::runtime_error("Event loop is closed"));
    }
    Ok(())
}

fn check_not_running(vm: &mut Vm) -> PyResult<()> {
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
fn loop_run_until_complete(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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
fn loop_run_forever(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

fn loop_stop(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    vm.aio().lp.stopping = true;
    Ok(Value::None)
}

fn loop_close(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
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

fn new_handle(vm: &Vm, id: super::HandleId, when: Option<f64>) -> Value {
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

fn loop_call_soon(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let f = a.get(1).cloned().unwrap_or(Value::None);
    let rest = a.get(2..).map(|r| r.to_vec()).unwrap_or_default();
    let id = vm.aio().lp.call_soon(Callback::Call(f, rest));
    Ok(new_handle(vm, id, None))
}

fn number(vm: &mut Vm, v: &Value) -> PyResult<f64> {
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

fn loop_call_later(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let delay = number(vm, a.get(1).unwrap_or(&Value::None))?;
    let f = a.get(2).cloned().unwrap_or(Value::None);
    let rest = a.get(3..).map(|r| r.to_vec()).unwrap_or_default();
    let when = vm.aio().lp.time() + delay;
    let id = vm.aio().lp.call_at(when, Callback::Call(f, rest));
    Ok(new_handle(vm, id, Some(when)))
}

fn loop_call_at(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_open(vm)?;
    let when = number(vm, a.get(1).unwrap_or(&Value::None))?;
    let f = a.get(2).cloned().unwrap_or(Value::None);
    let rest = a.get(3..).map(|r| r.to_vec()).unwrap_or_default();
    let id = vm.aio().lp.call_at(when, Callback::Call(f, rest));
    Ok(new_handle(vm, id, Some(when)))
}

fn with_handle<R>(v: &Value, f: impl FnOnce(&HandleObj) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i
            .with_native::<HandleObj, R>(f)
            .ok_or_else(|| PyErr::type_error("expected a Handle")),
        _ => Err(PyErr::type_error("expected a Handle")),
    }
}

fn handle_cancel(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let id = with_handle(&this(a), |h| {
        h.cancelled.set(true);
        h.id
    })?;
    vm.aio().lp.cancel(id);
    Ok(Value::None)
}

fn handle_cancelled(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(with_handle(&this(a), |h| h.cancelled.get())?))
}

fn handle_when(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(with_handle(&this(a), |h| {
        h.when.unwrap_or(0.0)
    })?))
}
