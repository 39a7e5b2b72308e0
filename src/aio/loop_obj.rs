//! The loop object (`new_event_loop()`, `get_running_loop()`), its methods (lifecycle:
//! `run_until_complete`/`run_forever`/`stop`/`close`; scheduling; the exception handler; the
//! task factory; the async generator hooks and shutdown coroutines), `Handle`/`TimerHandle`,
//! and the event loop policy functions (`get_event_loop`, `set_event_loop`, `new_event_loop`,
//! consulting a policy set with `set_event_loop_policy`, `runners.py`): CPython's
//! `BaseEventLoop` (Lib/asyncio/base_events.py) and events.py.
//!
//! Invariants: a loop object's `parked` queues are empty while it is the active loop (its
//! queues are then `vm.aio().lp.q`, see `runner.rs`); no borrow of a loop object's payload is
//! held while Python code runs.

use super::future::{is_future, with_fut, DoneCb, FState};
use super::methods::this;
use super::runner::{loop_id_of, task_kwargs, Callback};
use super::{HandleId, Queues};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::function::BuiltinFunction;
use crate::object::generator::PyGen;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The loop, `Handle` and `TimerHandle` types.
type LoopTypes = (Rc<PyType>, Rc<PyType>, Rc<PyType>);

thread_local! {
    static LOOP_TYPES: std::mem::ManuallyDrop<RefCell<Option<LoopTypes>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// A loop object's state (CPython's `BaseEventLoop` attributes).
pub struct LoopObj {
    pub id: u32,
    /// The loop's queues while it is not the active loop.
    pub parked: RefCell<Queues<Callback>>,
    pub closed: bool,
    pub debug: bool,
    /// `set_exception_handler`'s handler (None: the default one).
    pub handler: Value,
    /// The async generators first iterated on this loop (`_asyncgens`, a WeakSet).
    pub asyncgens: Vec<Weak<PyGen>>,
    pub asyncgens_shutdown_called: bool,
    pub executor_shutdown_called: bool,
    /// `set_task_factory`'s factory (None: `Task`).
    pub task_factory: Value,
}

impl LoopObj {
    pub fn new(id: u32) -> LoopObj {
        LoopObj {
            id,
            parked: RefCell::new(Queues::default()),
            closed: false,
            debug: false,
            handler: Value::None,
            asyncgens: Vec::new(),
            asyncgens_shutdown_called: false,
            executor_shutdown_called: false,
            task_factory: Value::None,
        }
    }
}

/// Run `f` on the state of loop object `l` (None when `l` is not a loop).
pub fn with_loop<R>(l: &Value, f: impl FnOnce(&mut LoopObj) -> R) -> Option<R> {
    match l {
        Value::Instance(i) => i.with_native_mut::<LoopObj, R>(f),
        _ => None,
    }
}

fn the_loop(a: &[Value]) -> PyResult<Value> {
    let l = this(a);
    if with_loop(&l, |_| ()).is_none() {
        return Err(PyErr::type_error(
            "descriptor requires an event loop object",
        ));
    }
    Ok(l)
}

/// A `Handle`/`TimerHandle`: its id in its loop, the deadline for timers, the callback (for
/// the repr; cleared by `cancel()` as CPython does).
pub(super) struct HandleObj {
    id: HandleId,
    when: Option<f64>,
    loop_id: u32,
    cancelled: bool,
    callback: Value,
    args: Vec<Value>,
}

pub(super) fn loop_types(vm: &Vm) -> LoopTypes {
    if let Some(t) = LOOP_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = &vm.types.object;
    // CPython's `_UnixSelectorEventLoop` (`SelectorEventLoop`), `Handle`, `TimerHandle` (plain
    // names: CPython's are Python classes, whose messages show the bare name).
    let lt = crate::object::builtin_types::new_native_type(
        "_UnixSelectorEventLoop",
        object,
        TypeSlots {
            repr: Some(loop_repr),
            new: Some(loop_new),
            ..TypeSlots::default()
        },
        &[
            ("time", loop_time),
            ("create_future", loop_create_future),
            ("create_task", loop_create_task),
            ("call_soon", loop_call_soon),
            ("call_soon_threadsafe", loop_call_soon),
            ("set_task_factory", loop_set_task_factory),
            ("get_task_factory", loop_get_task_factory),
            ("call_later", loop_call_later),
            ("call_at", loop_call_at),
            ("is_running", loop_is_running),
            ("is_closed", loop_is_closed),
            ("run_until_complete", loop_run_until_complete),
            ("run_forever", loop_run_forever),
            ("stop", loop_stop),
            ("close", loop_close),
            ("get_debug", loop_get_debug),
            ("set_debug", loop_set_debug),
            ("call_exception_handler", loop_call_exception_handler),
            ("set_exception_handler", loop_set_exception_handler),
            ("get_exception_handler", loop_get_exception_handler),
            ("default_exception_handler", loop_default_exception_handler),
            ("shutdown_asyncgens", loop_shutdown_asyncgens),
            ("shutdown_default_executor", loop_shutdown_default_executor),
            ("_asyncgen_firstiter_hook", loop_asyncgen_firstiter_hook),
            ("_asyncgen_finalizer_hook", loop_asyncgen_finalizer_hook),
            ("_coil_take_asyncgens", loop_take_asyncgens),
            ("_coil_mark_executor_shutdown", loop_mark_executor_shutdown),
        ],
    );
    let ht = crate::object::builtin_types::new_native_type(
        "Handle",
        object,
        TypeSlots {
            repr: Some(handle_repr),
            ..TypeSlots::default()
        },
        &[("cancel", handle_cancel), ("cancelled", handle_cancelled)],
    );
    let tht = crate::object::builtin_types::new_native_type(
        "TimerHandle",
        &ht,
        TypeSlots {
            repr: Some(handle_repr),
            ..TypeSlots::default()
        },
        &[("when", handle_when)],
    );
    let t = (lt, ht, tht);
    LOOP_TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

/// `SelectorEventLoop(selector=None)`: a new loop (`new_event_loop()`'s class).
fn loop_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("SelectorEventLoop", a, &[], 0, 1)?;
    for (k, _) in kw.iter() {
        if k.as_str() != "selector" {
            return Err(PyErr::type_error(format!(
                "BaseSelectorEventLoop.__init__() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    Ok(vm.new_loop_object())
}

// ---------------------------------------------------------------------------------------------
// The policy and module functions.

/// The running loop's object, if a loop runs.
pub fn running_loop(vm: &mut Vm) -> Option<Value> {
    let aio = vm.aio();
    if aio.running {
        aio.active_obj.clone()
    } else {
        None
    }
}

/// `asyncio.get_running_loop()`.
pub fn get_running_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_running_loop", a, kw)?;
    running_loop(vm).ok_or_else(|| PyErr::runtime_error("no running event loop"))
}

/// `asyncio._get_running_loop()`: the running loop or None.
pub fn get_running_loop_or_none(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("_get_running_loop", a, kw)?;
    Ok(running_loop(vm).unwrap_or(Value::None))
}

/// `asyncio.get_event_loop()`: the running loop, else the policy's current loop.
pub fn get_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("get_event_loop", a, kw)?;
    if let Some(l) = running_loop(vm) {
        return Ok(l);
    }
    if let Some(p) = vm.aio().custom_policy.clone() {
        let m = vm.getattr(&p, &crate::vm::name("get_event_loop"))?;
        return vm.call(&m, &[]);
    }
    policy_get_event_loop(vm, &[], &[])
}

/// A policy set with `set_event_loop_policy` (None: the default one).
fn custom_policy_method(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    match vm.aio().custom_policy.clone() {
        Some(p) => Ok(Some(vm.getattr(&p, &crate::vm::name(name))?)),
        None => Ok(None),
    }
}

/// `_policy_reset(policy)`: a new policy takes over (its own, fresh, current loop).
pub(super) fn policy_reset(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let p = a.first().cloned().unwrap_or(Value::None);
    let aio = vm.aio();
    aio.custom_policy = if p.is_none() { None } else { Some(p) };
    aio.policy_loop = None;
    aio.policy_set_called = false;
    Ok(Value::None)
}

/// The default policy's `get_event_loop()` (3.11.7: in the main thread, a loop is created and
/// set, silently, the first time when none was ever set).
pub(super) fn policy_get_event_loop(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let aio = vm.aio();
    if aio.policy_loop.is_none() && !aio.policy_set_called {
        let l = vm.new_loop_object();
        let aio = vm.aio();
        aio.policy_set_called = true;
        aio.policy_loop = Some(l);
    }
    vm.aio().policy_loop.clone().ok_or_else(|| {
        PyErr::runtime_error("There is no current event loop in thread 'MainThread'.")
    })
}

/// `asyncio.set_event_loop(loop)`.
pub fn set_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = args::one_arg("set_event_loop", a, kw)?.clone();
    if let Some(m) = custom_policy_method(vm, "set_event_loop")? {
        return vm.call(&m, &[l]);
    }
    policy_set_event_loop(vm, &[l], &[])
}

/// The default policy's `set_event_loop(loop)`.
pub(super) fn policy_set_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = args::one_arg("set_event_loop", a, kw)?.clone();
    if !l.is_none() && with_loop(&l, |_| ()).is_none() {
        return Err(PyErr::type_error(format!(
            "loop must be an instance of AbstractEventLoop or None, not '{}'",
            crate::object::class::type_name_of(vm, &l)
        )));
    }
    let aio = vm.aio();
    aio.policy_set_called = true;
    aio.policy_loop = if l.is_none() { None } else { Some(l) };
    Ok(Value::None)
}

/// `asyncio.new_event_loop()`: a distinct loop.
pub fn new_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("new_event_loop", a, kw)?;
    if let Some(m) = custom_policy_method(vm, "new_event_loop")? {
        return vm.call(&m, &[]);
    }
    Ok(vm.new_loop_object())
}

/// The default policy's `new_event_loop()`.
pub(super) fn policy_new_event_loop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("new_event_loop", a, kw)?;
    Ok(vm.new_loop_object())
}

// ---------------------------------------------------------------------------------------------
// Loop methods.

fn is_running(vm: &mut Vm, l: &Value) -> bool {
    let aio = vm.aio();
    aio.running && loop_id_of(l) == aio.active
}

pub(super) fn loop_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let running = is_running(vm, v);
    let (closed, debug) = with_loop(v, |o| (o.closed, o.debug)).unwrap_or((false, false));
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(format!(
        "<_UnixSelectorEventLoop running={} closed={} debug={}>",
        b(running),
        b(closed),
        b(debug)
    ))
}

pub(super) fn loop_time(vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.aio().lp.time()))
}

pub(super) fn loop_create_future(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(vm.new_future_on(loop_id_of(&l)))
}

/// `loop.create_task(coro, *, name=None, context=None)`.
pub(super) fn loop_create_task(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    args::positional("create_task", &a[1..], &[], 1, 1)?;
    let name = task_kwargs("create_task", kw)?;
    check_closed(&l)?;
    let context = super::future::context_kw(kw);
    create_task_on(vm, &l, a[1].clone(), name, context)
}

/// `loop.create_task`: a `Task`, or what the loop's task factory makes (then named).
pub(super) fn create_task_on(
    vm: &mut Vm,
    l: &Value,
    coro: Value,
    name: Value,
    context: Value,
) -> PyResult<Value> {
    let factory = with_loop(l, |o| o.task_factory.clone()).unwrap_or(Value::None);
    if factory.is_none() {
        return vm.new_task_ctx(loop_id_of(l), coro, name, context);
    }
    let task = if context.is_none() {
        vm.call(&factory, &[l.clone(), coro])?
    } else {
        let kw = vec![(crate::object::str::intern("context"), context)];
        vm.call_kw(&factory, &[l.clone(), coro], &kw)?
    };
    if !name.is_none() {
        let set_name = vm.getattr(&task, &crate::vm::name("set_name"))?;
        vm.call(&set_name, &[name])?;
    }
    Ok(task)
}

/// `loop.set_task_factory(factory)`.
fn loop_set_task_factory(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let f = args::one_arg("set_task_factory", &a[1..], kw)?.clone();
    if !f.is_none() && !vm.is_callable(&f) {
        return Err(PyErr::type_error("task factory must be a callable or None"));
    }
    if !f.is_none() {
        vm.aio().task_factories = true;
    }
    with_loop(&l, |o| o.task_factory = f);
    Ok(Value::None)
}

/// `loop.get_task_factory()`.
fn loop_get_task_factory(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(with_loop(&l, |o| o.task_factory.clone()).unwrap_or(Value::None))
}

pub(super) fn loop_is_running(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(Value::Bool(is_running(vm, &l)))
}

pub(super) fn loop_is_closed(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(Value::Bool(with_loop(&l, |o| o.closed).unwrap_or(false)))
}

pub(super) fn loop_get_debug(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(Value::Bool(with_loop(&l, |o| o.debug).unwrap_or(false)))
}

pub(super) fn loop_set_debug(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let v = args::one_arg("set_debug", &a[1..], kw)?.clone();
    let b = vm.truthy(&v)?;
    with_loop(&l, |o| o.debug = b);
    Ok(Value::None)
}

/// `_check_closed`.
pub(super) fn check_closed(l: &Value) -> PyResult<()> {
    if with_loop(l, |o| o.closed).unwrap_or(false) {
        return Err(PyErr::runtime_error("Event loop is closed"));
    }
    Ok(())
}

/// `_check_running`.
pub(super) fn check_running(vm: &mut Vm, l: &Value) -> PyResult<()> {
    if is_running(vm, l) {
        return Err(PyErr::runtime_error("This event loop is already running"));
    }
    if vm.aio().running {
        return Err(PyErr::runtime_error(
            "Cannot run the event loop while another loop is running",
        ));
    }
    Ok(())
}

/// `_run_until_complete_cb(fut)`: stop the future's loop.
fn run_until_complete_cb(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let fut = a.first().cloned().unwrap_or(Value::None);
    let (id, exc) = with_fut(&fut, |s| {
        let exc = if s.state == FState::Finished {
            // `fut.exception()`: retrieved.
            s.log_tb = false;
            s.exception.clone()
        } else {
            Value::None
        };
        (s.loop_id, exc)
    })
    .unwrap_or((0, Value::None));
    // SystemExit/KeyboardInterrupt: run_forever already finished (bpo-22429).
    if !exc.is_none() && super::reports::is_fatal(vm, &exc) {
        return Ok(Value::None);
    }
    stop_loop_id(vm, id);
    Ok(Value::None)
}

fn stop_loop_id(vm: &mut Vm, id: u32) {
    if id == vm.aio().active {
        vm.aio().lp.q.stopping = true;
    } else if let Some(l) = vm.loop_by_id(id) {
        with_loop(&l, |o| o.parked.borrow_mut().stopping = true);
    }
}

fn stop_cb(vm: &mut Vm) -> Value {
    if let Some(f) = &vm.aio().stop_cb {
        return f.clone();
    }
    let f = Value::Builtin(Rc::new(BuiltinFunction {
        name: "_run_until_complete_cb",
        func: run_until_complete_cb,
        bound: None,
        owner: "",
    }));
    vm.aio().stop_cb = Some(f.clone());
    f
}

/// `tasks.ensure_future(aw, loop=l)`.
pub(super) fn ensure_future_on(vm: &mut Vm, aw: &Value, l: &Value) -> PyResult<Value> {
    let id = loop_id_of(l);
    if is_future(aw) {
        if with_fut(aw, |s| s.loop_id).unwrap_or(id) != id {
            return Err(PyErr::value_error(
                "The future belongs to a different loop than the one specified as the loop \
                 argument",
            ));
        }
        return Ok(aw.clone());
    }
    let coro = matches!(aw, Value::Gen(g)
        if g.kind == crate::object::generator::GenKind::Coroutine
            || crate::vm::coro::is_iterable_coroutine(g))
        || super::sleep::is_sleep(aw);
    if coro {
        return vm.new_task_on(id, aw.clone(), Value::None);
    }
    if vm.getattr_opt(aw, &crate::vm::name("__await__"))?.is_some() {
        let wrap = super::runners::helper(vm, "_wrap_awaitable")?;
        let c = vm.call(&wrap, std::slice::from_ref(aw))?;
        return vm.new_task_on(id, c, Value::None);
    }
    Err(PyErr::type_error(
        "An asyncio.Future, a coroutine or an awaitable is required",
    ))
}

/// `loop.run_until_complete(future)`.
pub(super) fn loop_run_until_complete(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let arg = args::one_arg("run_until_complete", &a[1..], kw)?.clone();
    check_closed(&l)?;
    check_running(vm, &l)?;
    let new_task = !is_future(&arg);
    let fut = ensure_future_on(vm, &arg, &l)?;
    if new_task {
        with_fut(&fut, |s| s.log_destroy_pending = false);
    }
    let cb = stop_cb(vm);
    vm.fut_add_done(&fut, DoneCb::Py(cb.clone(), None));
    let r = vm.run_forever_on(&l);
    if r.is_err() && new_task {
        // The error escapes instead of the task's: do not log it as never retrieved.
        with_fut(&fut, |s| {
            if s.state == FState::Finished {
                s.log_tb = false;
            }
        });
    }
    with_fut(&fut, |s| {
        s.callbacks
            .retain(|c| !matches!(c, DoneCb::Py(f, _) if f.is(&cb)))
    });
    r?;
    if with_fut(&fut, |s| s.state) == Some(FState::Pending) {
        return Err(PyErr::runtime_error(
            "Event loop stopped before Future completed.",
        ));
    }
    vm.fut_result(&fut)
}

/// `loop.run_forever()`: run iterations until `loop.stop()`.
pub(super) fn loop_run_forever(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    args::no_args("run_forever", &a[1..], kw)?;
    check_closed(&l)?;
    check_running(vm, &l)?;
    vm.run_forever_on(&l)?;
    Ok(Value::None)
}

pub(super) fn loop_stop(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    stop_loop_id(vm, loop_id_of(&l));
    Ok(Value::None)
}

pub(super) fn loop_close(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    if is_running(vm, &l) {
        return Err(PyErr::runtime_error("Cannot close a running event loop"));
    }
    if with_loop(&l, |o| o.closed).unwrap_or(true) {
        return Ok(Value::None);
    }
    with_loop(&l, |o| {
        o.closed = true;
        o.executor_shutdown_called = true;
    });
    let id = loop_id_of(&l);
    // Dropped outside any borrow: the callbacks may hold the last reference to tasks.
    let dropped = if id == vm.aio().active {
        vm.aio().lp.q.clear()
    } else {
        with_loop(&l, |o| o.parked.borrow_mut().clear()).unwrap_or_default()
    };
    drop(dropped);
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// The exception handler.

pub(super) fn loop_call_exception_handler(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let ctx = args::one_arg("call_exception_handler", &a[1..], kw)?.clone();
    vm.call_exception_handler(Some(&l), &ctx)?;
    Ok(Value::None)
}

pub(super) fn loop_set_exception_handler(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let h = args::one_arg("set_exception_handler", &a[1..], kw)?.clone();
    if !h.is_none() && !vm.is_callable(&h) {
        let r = vm.repr(&h)?;
        return Err(PyErr::type_error(format!(
            "A callable object or None is expected, got {}",
            r.as_str()
        )));
    }
    with_loop(&l, |o| o.handler = h);
    Ok(Value::None)
}

pub(super) fn loop_get_exception_handler(
    _vm: &mut Vm,
    a: &[Value],
    _kw: Kwargs,
) -> PyResult<Value> {
    let l = the_loop(a)?;
    Ok(with_loop(&l, |o| o.handler.clone()).unwrap_or(Value::None))
}

pub(super) fn loop_default_exception_handler(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
) -> PyResult<Value> {
    the_loop(a)?;
    let ctx = args::one_arg("default_exception_handler", &a[1..], kw)?.clone();
    super::reports::default_exception_handler(vm, &ctx)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Async generators and shutdown.

/// `loop.shutdown_asyncgens()`: a coroutine closing the loop's live async generators.
pub(super) fn loop_shutdown_asyncgens(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let f = super::runners::helper(vm, "_shutdown_asyncgens")?;
    vm.call(&f, &[l])
}

/// `loop.shutdown_default_executor()`: a coroutine (coil has no executor).
pub(super) fn loop_shutdown_default_executor(
    vm: &mut Vm,
    a: &[Value],
    _kw: Kwargs,
) -> PyResult<Value> {
    let l = the_loop(a)?;
    let f = super::runners::helper(vm, "_shutdown_default_executor")?;
    vm.call(&f, &[l])
}

/// For `_shutdown_asyncgens`: mark the shutdown and take the live async generators.
fn loop_take_asyncgens(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let gens = with_loop(&l, |o| {
        o.asyncgens_shutdown_called = true;
        std::mem::take(&mut o.asyncgens)
    })
    .unwrap_or_default();
    Ok(Value::list(
        gens.into_iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Gen)
            .collect(),
    ))
}

fn loop_mark_executor_shutdown(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    with_loop(&l, |o| o.executor_shutdown_called = true);
    Ok(Value::None)
}

/// `_asyncgen_firstiter_hook(agen)`: remember the generator for `shutdown_asyncgens`.
fn loop_asyncgen_firstiter_hook(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let Some(Value::Gen(g)) = a.get(1) else {
        return Ok(Value::None);
    };
    if with_loop(&l, |o| o.asyncgens_shutdown_called).unwrap_or(false) {
        let r = vm.repr(&Value::Gen(g.clone()))?;
        let msg = format!(
            "asynchronous generator {} was scheduled after loop.shutdown_asyncgens() call",
            r.as_str()
        );
        let _ = vm.write_stderr(&format!("ResourceWarning: {msg}\n"));
    }
    with_loop(&l, |o| {
        if o.asyncgens.len() >= 64 && o.asyncgens.len().is_power_of_two() {
            o.asyncgens.retain(|w| w.strong_count() > 0);
        }
        o.asyncgens.push(Rc::downgrade(g));
    });
    Ok(Value::None)
}

/// `_asyncgen_finalizer_hook(agen)`: close a dropped async generator in a task
/// (`call_soon(create_task, agen.aclose())`).
fn loop_asyncgen_finalizer_hook(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    let agen = a.get(1).cloned().unwrap_or(Value::None);
    if let Value::Gen(g) = &agen {
        let p = Rc::as_ptr(g);
        with_loop(&l, |o| o.asyncgens.retain(|w| w.as_ptr() != p));
    }
    if with_loop(&l, |o| o.closed).unwrap_or(true) {
        return Ok(Value::None);
    }
    let aclose = vm.getattr(&agen, &crate::vm::name("aclose"))?;
    let aw = vm.call(&aclose, &[])?;
    let create = vm.getattr(&l, &crate::vm::name("create_task"))?;
    vm.loop_call_soon(loop_id_of(&l), Callback::Call(create, vec![aw]));
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// Handles.

pub(super) fn new_handle(
    vm: &Vm,
    id: HandleId,
    when: Option<f64>,
    loop_id: u32,
    callback: Value,
    args: Vec<Value>,
) -> Value {
    let (_, ht, tht) = loop_types(vm);
    let t = if when.is_some() { tht } else { ht };
    Instance::native(
        t,
        HandleObj {
            id,
            when,
            loop_id,
            cancelled: false,
            callback,
            args,
        },
    )
}

/// `(callback, *args)` of a `call_soon`/`call_later`/`call_at` call from index `from`.
fn callback_args(a: &[Value], from: usize, what: &str) -> PyResult<(Value, Vec<Value>)> {
    let Some(f) = a.get(from).cloned() else {
        return Err(PyErr::type_error(format!(
            "BaseEventLoop.{what}() missing 1 required positional argument: 'callback'"
        )));
    };
    Ok((f, a.get(from + 1..).map(|r| r.to_vec()).unwrap_or_default()))
}

/// `_check_callback` (debug mode only, as CPython): no coroutines, only callables.
fn check_callback(vm: &mut Vm, l: &Value, f: &Value, method: &str) -> PyResult<()> {
    if !with_loop(l, |o| o.debug).unwrap_or(false) {
        return Ok(());
    }
    let is_coro = matches!(f, Value::Gen(g)
        if g.kind == crate::object::generator::GenKind::Coroutine)
        || matches!(f, Value::Function(func)
            if func.code.flags & crate::bytecode::code_flags::COROUTINE != 0);
    if is_coro {
        return Err(PyErr::type_error(format!(
            "coroutines cannot be used with {method}()"
        )));
    }
    if !vm.is_callable(f) {
        let r = vm.repr(f)?;
        return Err(PyErr::type_error(format!(
            "a callable object was expected by {method}(), got {}",
            r.as_str()
        )));
    }
    Ok(())
}

fn check_call_kwargs(what: &str, kw: Kwargs) -> PyResult<()> {
    for (k, _) in kw.iter() {
        if k.as_str() != "context" {
            return Err(PyErr::type_error(format!(
                "BaseEventLoop.{what}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    Ok(())
}

pub(super) fn loop_call_soon(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    check_call_kwargs("call_soon", kw)?;
    let (f, rest) = callback_args(a, 1, "call_soon")?;
    check_closed(&l)?;
    check_callback(vm, &l, &f, "call_soon")?;
    let lid = loop_id_of(&l);
    let cb = super::future::call_in_context(vm, f.clone(), rest.clone(), kw)?;
    let id = vm.loop_call_soon(lid, cb);
    Ok(new_handle(vm, id, None, lid, f, rest))
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

/// Schedule a timer on loop `l`.
fn schedule_timer(vm: &mut Vm, l: &Value, when: f64, exact: bool, cb: Callback) -> HandleId {
    let lid = loop_id_of(l);
    let aio = vm.aio();
    if lid == aio.active {
        return if exact {
            aio.lp.call_at_exact(when, cb)
        } else {
            aio.lp.call_at(when, cb)
        };
    }
    let mut q = with_loop(l, |o| std::mem::take(&mut *o.parked.borrow_mut())).unwrap_or_default();
    let id = vm.aio().lp.timer_on(&mut q, when, exact, cb);
    with_loop(l, |o| *o.parked.borrow_mut() = q);
    id
}

pub(super) fn loop_call_later(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    check_call_kwargs("call_later", kw)?;
    let d = a.get(1).cloned().unwrap_or(Value::None);
    if d.is_none() {
        return Err(PyErr::type_error("delay must not be None"));
    }
    let delay = number(vm, &d)?;
    schedule_call(vm, &l, a, kw, "call_later", delay, true)
}

pub(super) fn loop_call_at(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = the_loop(a)?;
    check_call_kwargs("call_at", kw)?;
    let w = a.get(1).cloned().unwrap_or(Value::None);
    if w.is_none() {
        return Err(PyErr::type_error("when cannot be None"));
    }
    let when = number(vm, &w)?;
    schedule_call(vm, &l, a, kw, "call_at", when, false)
}

/// The shared tail of `call_later` (`relative`: `t` is a delay from now, ties in scheduling
/// order) and `call_at` (`t` is the deadline, heapq's tie order): check the callback (CPython's
/// `call_later` goes through `call_at`, hence its name in the debug check), schedule it and
/// return its `TimerHandle`.
fn schedule_call(
    vm: &mut Vm,
    l: &Value,
    a: &[Value],
    kw: Kwargs,
    name: &str,
    t: f64,
    relative: bool,
) -> PyResult<Value> {
    let (f, rest) = callback_args(a, 2, name)?;
    check_closed(l)?;
    check_callback(vm, l, &f, "call_at")?;
    let when = if relative { vm.aio().lp.time() + t } else { t };
    let cb = match super::future::call_in_context(vm, f.clone(), rest.clone(), kw)? {
        Callback::Call(f, a) => Callback::TimerCall(f, a, when),
        other => other,
    };
    let id = schedule_timer(vm, l, when, !relative, cb);
    Ok(new_handle(vm, id, Some(when), loop_id_of(l), f, rest))
}

pub(super) fn with_handle<R>(v: &Value, f: impl FnOnce(&mut HandleObj) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i
            .with_native_mut::<HandleObj, R>(f)
            .ok_or_else(|| PyErr::type_error("expected a Handle")),
        _ => Err(PyErr::type_error("expected a Handle")),
    }
}

pub(super) fn handle_cancel(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (id, when, lid, was) = with_handle(&this(a), |h| {
        let was = h.cancelled;
        h.cancelled = true;
        // CPython drops the callback and its arguments (outside debug mode).
        let cb = std::mem::replace(&mut h.callback, Value::None);
        let args = std::mem::take(&mut h.args);
        ((h.id, h.when, h.loop_id, was), cb, args)
    })
    .map(|(info, cb, args)| {
        drop(cb);
        drop(args);
        info
    })?;
    if was || id.0 == 0 {
        return Ok(Value::None);
    }
    let now = vm.aio().lp.time();
    let pending_timer = when.is_some_and(|w| w >= now);
    if lid == vm.aio().active {
        vm.aio().lp.q.cancel(id, pending_timer);
    } else if let Some(l) = vm.loop_by_id(lid) {
        with_loop(&l, |o| o.parked.borrow_mut().cancel(id, pending_timer));
    }
    Ok(Value::None)
}

pub(super) fn handle_cancelled(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(with_handle(&this(a), |h| h.cancelled)?))
}

pub(super) fn handle_when(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(with_handle(&this(a), |h| {
        h.when.unwrap_or(0.0)
    })?))
}

/// `Handle.__repr__`: `<Handle cb(args) at file:line>`, `<TimerHandle when=T ...>`,
/// `<Handle cancelled>`.
pub(super) fn handle_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (when, cancelled, cb, args) = with_handle(v, |h| {
        (h.when, h.cancelled, h.callback.clone(), h.args.clone())
    })?;
    let mut info = vec![if when.is_some() {
        "TimerHandle".to_string()
    } else {
        "Handle".to_string()
    }];
    if cancelled {
        info.push("cancelled".to_string());
    }
    if !cancelled && !cb.is_none() {
        info.push(super::reports::format_callback_source(vm, &cb, &args)?);
    }
    if let Some(w) = when {
        let pos = if cancelled { 2 } else { 1 };
        let r = vm.repr(&Value::Float(w))?;
        info.insert(pos, format!("when={}", r.as_str()));
    }
    Ok(format!("<{}>", info.join(" ")))
}

/// `Future.get_loop()` / `Task.get_loop()`.
pub(super) fn fut_get_loop(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let id = with_fut(&this(a), |s| s.loop_id)
        .ok_or_else(|| PyErr::type_error("expected an asyncio.Future"))?;
    Ok(vm.loop_by_id(id).unwrap_or(Value::None))
}
