//! The running event loop inside the VM (`AioState`), the callbacks it runs, `run` (CPython's
//! `asyncio.runners.run`: create the loop, run the main task to completion, cancel the tasks
//! left over), and the module functions that need the running loop (`create_task`,
//! `all_tasks`, `current_task`). `sleep`, `gather`, the loop object and the Future/Task
//! methods live in their own files beside this one.
//!
//! Invariant: callbacks run only from `run_until_complete`'s loop, one `_run_once` batch at a
//! time (`aio::Loop::take_due`); nothing here resumes a coroutine re-entrantly.

use super::future::{with_fut, FState};
use super::gather::{gather, GatherState};
use super::methods::*;
use super::{Clock, Loop};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::{PyType, TypeSlots};
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
            Callback::CallCtx(f, a, ctx) => {
                let r = crate::modules::contextvars::run_in_context(self, ctx.as_ref(), |vm| {
                    vm.call(&f, &a)
                });
                if let Err(e) = r {
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
}

// ---------------------------------------------------------------------------------------------
// Module functions.

thread_local! {
    pub(super) static RUNNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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
