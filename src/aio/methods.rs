//! The native methods and reprs of `Future` and `Task`, and `FutureIter` (what `await fut`
//! iterates): CPython's `_asyncio` C methods (Modules/_asynciomodule.c).

use super::future::{is_task, with_fut, DoneCb, FState};
pub(super) use super::repr::{fut_repr, task_repr};
use crate::builtins::args::{self, Kwargs};
use crate::object::class::Instance;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

// ---------------------------------------------------------------------------------------------
// Future / Task methods.

pub(super) fn this(a: &[Value]) -> Value {
    a.first().cloned().unwrap_or(Value::None)
}

/// The type the C methods are defined on, as their argument errors name it.
fn owner(a: &[Value]) -> &'static str {
    if is_task(&this(a)) {
        "Task"
    } else {
        "Future"
    }
}

/// METH_NOARGS: "Future.result() takes no arguments (1 given)".
fn noargs(a: &[Value], kw: Kwargs, m: &str) -> PyResult<()> {
    args::no_args(&format!("{}.{m}", owner(a)), &a[1.min(a.len())..], kw)
}

/// METH_O: "Future.set_result() takes exactly one argument (0 given)".
fn onearg(a: &[Value], kw: Kwargs, m: &str) -> PyResult<Value> {
    args::one_arg(&format!("{}.{m}", owner(a)), &a[1.min(a.len())..], kw).cloned()
}

pub(super) fn fut_result_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "result")?;
    vm.fut_result(&this(a))
}

pub(super) fn fut_exception_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "exception")?;
    let f = this(a);
    let (st, exc) = with_fut(&f, |s| (s.state, s.exception.clone()))
        .ok_or_else(|| PyErr::type_error("expected a Future"))?;
    match st {
        FState::Cancelled => Err(PyErr::from_object(vm.fut_cancelled_error(&f))),
        FState::Pending => {
            let t = vm.aio().invalid_state_error.clone();
            let e = vm.new_exception_object(t, vec![Value::str("Exception is not set.")]);
            Err(PyErr::from_object(e))
        }
        FState::Finished => {
            with_fut(&f, |s| s.log_tb = false);
            Ok(exc)
        }
    }
}

pub(super) fn fut_done_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "done")?;
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state != FState::Pending).unwrap_or(false),
    ))
}

pub(super) fn fut_cancelled_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "cancelled")?;
    Ok(Value::Bool(
        with_fut(&this(a), |s| s.state == FState::Cancelled).unwrap_or(false),
    ))
}

pub(super) fn fut_get_loop_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "get_loop")?;
    super::loop_obj::fut_get_loop(vm, a, kw)
}

/// `cancel(msg=None)`'s argument (argument clinic: "cancel() takes at most 1 argument").
pub(super) fn cancel_msg_arg(a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = a.len().saturating_sub(1) + kw.len();
    if n > 1 {
        return Err(PyErr::type_error(format!(
            "cancel() takes at most 1 argument ({n} given)"
        )));
    }
    if let Some((k, v)) = kw.first() {
        if k.as_str() != "msg" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for cancel()",
                k.as_str()
            )));
        }
        return Ok(v.clone());
    }
    Ok(a.get(1).cloned().unwrap_or(Value::None))
}

pub(super) fn fut_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw)?;
    Ok(Value::Bool(vm.fut_cancel(&f, msg)))
}

pub(super) fn task_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = this(a);
    let msg = cancel_msg_arg(a, kw)?;
    Ok(Value::Bool(vm.task_cancel(&f, msg)))
}

pub(super) fn fut_set_result_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = onearg(a, kw, "set_result")?;
    vm.fut_set_result(&this(a), v)?;
    Ok(Value::None)
}

/// `Future.set_exception(exc)`: a class is instantiated; StopIteration is refused.
pub(super) fn fut_set_exception_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = onearg(a, kw, "set_exception")?;
    let f = this(a);
    if with_fut(&f, |s| s.state) != Some(FState::Pending) {
        return Err(vm.invalid_state_error());
    }
    let exc = match &v {
        Value::Type(t) if crate::vm::unwind::is_exception_type(t) => vm.call(&v, &[])?,
        _ => v.clone(),
    };
    if crate::vm::unwind::exc_data(&exc).is_none() {
        return Err(PyErr::type_error("invalid exception object"));
    }
    let et = vm.type_of(&exc);
    if crate::vm::unwind::type_is_exc(&et, crate::object::ExcType::StopIteration)
        && crate::object::class::type_name(&et) == "StopIteration"
    {
        return Err(PyErr::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    vm.fut_set_exception(&f, exc)?;
    Ok(Value::None)
}

/// `Task.set_result` / `Task.set_exception`: refused.
pub(super) fn task_set_result_m(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::runtime_error(
        "Task does not support set_result operation",
    ))
}

pub(super) fn task_set_exception_m(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::runtime_error(
        "Task does not support set_exception operation",
    ))
}

/// `add_done_callback(fn, *, context=None)`.
pub(super) fn fut_add_done_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = a.len().saturating_sub(1);
    if n + kw.len() > 2 {
        return Err(PyErr::type_error(format!(
            "add_done_callback() takes at most 2 arguments ({} given)",
            n + kw.len()
        )));
    }
    let mut context = Value::None;
    let mut cb = a.get(1).cloned();
    for (k, v) in kw.iter() {
        match k.as_str() {
            "context" => context = v.clone(),
            "fn" if cb.is_none() => cb = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for add_done_callback()"
                )))
            }
        }
    }
    if n > 1 {
        return Err(PyErr::type_error(format!(
            "add_done_callback() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let Some(cb) = cb else {
        return Err(PyErr::type_error(
            "add_done_callback() takes exactly 1 positional argument (0 given)",
        ));
    };
    let ctx = crate::modules::contextvars::callback_context(vm, &context)?;
    vm.fut_add_done(&this(a), DoneCb::Py(cb, ctx));
    Ok(Value::None)
}

pub(super) fn fut_remove_done_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let cb = onearg(a, kw, "remove_done_callback")?;
    let cbs = with_fut(&this(a), |s| s.callbacks.clone()).unwrap_or_default();
    // `==` as CPython compares callbacks (bound methods compare equal when equivalent).
    let mut keep = Vec::with_capacity(cbs.len());
    let mut n = 0;
    for c in cbs {
        let matches = match &c {
            DoneCb::Py(f, _) => f.is(&cb) || vm.eq(f, &cb)?,
            _ => false,
        };
        if matches {
            n += 1;
        } else {
            keep.push(c);
        }
    }
    if n > 0 {
        with_fut(&this(a), |s| s.callbacks = keep);
    }
    Ok(Value::Int(n as i64))
}

pub(super) fn fut_await_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "__await__")?;
    let t = vm.aio().future_iter_type.clone();
    Ok(Instance::native(t, this(a)))
}

pub(super) fn task_get_name_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "get_name")?;
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.name.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

pub(super) fn task_set_name_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = onearg(a, kw, "set_name")?;
    let s = vm.str(&v)?;
    with_fut(&this(a), |st| {
        if let Some(t) = st.task.as_mut() {
            t.name = Value::Str(s);
        }
    });
    Ok(Value::None)
}

pub(super) fn task_cancelling_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "cancelling")?;
    Ok(Value::Int(
        with_fut(&this(a), |s| {
            s.task.as_ref().map_or(0, |t| t.num_cancels_requested)
        })
        .unwrap_or(0) as i64,
    ))
}

pub(super) fn task_uncancel_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "uncancel")?;
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

pub(super) fn task_get_coro_m(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(a, kw, "get_coro")?;
    Ok(
        with_fut(&this(a), |s| s.task.as_ref().map(|t| t.coro.clone()))
            .flatten()
            .unwrap_or(Value::None),
    )
}

/// `limit=` of `get_stack`/`print_stack` (None: no limit), and `file=` for `print_stack`.
fn stack_kwargs(
    vm: &mut Vm,
    a: &[Value],
    kw: Kwargs,
    m: &str,
    with_file: bool,
) -> PyResult<(Option<i64>, Value)> {
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{m}() takes no positional arguments"
        )));
    }
    let (mut limit, mut file) = (None, Value::None);
    for (k, v) in kw.iter() {
        match k.as_str() {
            "limit" if !v.is_none() => match vm.index(v)? {
                Value::Int(i) => limit = Some(i),
                _ => limit = Some(i64::MAX),
            },
            "limit" => {}
            "file" if with_file => file = v.clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "{m}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok((limit, file))
}

/// The frames `Task.get_stack` sees: the suspended (or running) coroutine's frame; none once
/// it finished (coil's frames have no `f_back`: a coroutine's frame is the whole stack).
fn task_frames(vm: &mut Vm, task: &Value, limit: Option<i64>) -> PyResult<Vec<Value>> {
    let coro = with_fut(task, |s| s.task.as_ref().map(|t| t.coro.clone()))
        .flatten()
        .unwrap_or(Value::None);
    if limit.is_some_and(|l| l <= 0) {
        return Ok(Vec::new());
    }
    match &coro {
        Value::Gen(g) if vm.gen_frame_line(g).is_some() => {
            Ok(vec![crate::vm::gen_type::gi_frame(vm, &coro)?])
        }
        _ => Ok(Vec::new()),
    }
}

/// `Task.get_stack(*, limit=None)`.
pub(super) fn task_get_stack_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (limit, _) = stack_kwargs(vm, a, kw, "get_stack", false)?;
    Ok(Value::list(task_frames(vm, &this(a), limit)?))
}

/// `Task.print_stack(*, limit=None, file=None)` (`base_tasks._task_print_stack`): the
/// coroutine's frame, or the traceback of the exception it ended with.
pub(super) fn task_print_stack_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (limit, file) = stack_kwargs(vm, a, kw, "print_stack", true)?;
    let task = this(a);
    let mut entries: Vec<(String, u32, String, String)> = Vec::new();
    let push = |entries: &mut Vec<_>, code: &crate::bytecode::CodeObject, line: u32| {
        entries.push((
            code.source.name.clone(),
            line,
            code.name.to_string(),
            code.source.line_text(line).trim().to_string(),
        ));
    };
    let coro = with_fut(&task, |s| s.task.as_ref().map(|t| t.coro.clone()))
        .flatten()
        .unwrap_or(Value::None);
    let exc = with_fut(&task, |s| {
        if s.state == FState::Finished {
            s.exception.clone()
        } else {
            Value::None
        }
    })
    .unwrap_or(Value::None);
    let frame_line = match &coro {
        Value::Gen(g) => vm.gen_frame_line(g).map(|l| (g.clone(), l)),
        _ => None,
    };
    let max = limit.map_or(usize::MAX, |l| l.max(0) as usize);
    if let Some((g, line)) = frame_line {
        if max > 0 {
            push(&mut entries, &g.code, line);
        }
    } else if let Some(d) = crate::vm::unwind::exc_data(&exc) {
        let tb = d.borrow().traceback.clone();
        for e in tb.iter().take(max) {
            push(&mut entries, &e.code, e.code.line_of(e.ip as usize));
        }
    }
    let r = vm.repr(&task)?;
    let head = if entries.is_empty() {
        format!("No stack for {}\n", r.as_str())
    } else if !exc.is_none() {
        format!("Traceback for {} (most recent call last):\n", r.as_str())
    } else {
        format!("Stack for {} (most recent call last):\n", r.as_str())
    };
    let mut list = String::new();
    for (file, line, name, text) in &entries {
        list.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
        if !text.is_empty() {
            list.push_str(&format!("    {text}\n"));
        }
    }
    let mut tail = String::new();
    if !exc.is_none() {
        let t = vm.type_of(&exc);
        tail.push_str(&crate::traceback::exception_line(vm, &exc, &t));
        if !tail.ends_with('\n') {
            tail.push('\n');
        }
    }
    if file.is_none() {
        // As CPython: `print(..., file=None)` writes to stdout, `traceback.print_list(...,
        // file=None)` to stderr.
        vm.write_stdout(&head)?;
        vm.write_stderr(&list)?;
        vm.write_stdout(&tail)?;
    } else {
        let w = vm.getattr(&file, &crate::vm::name("write"))?;
        vm.call(&w, &[Value::from_string(head + &list + &tail)])?;
    }
    Ok(Value::None)
}

pub(super) const FUTURE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__init__", future_init),
    // For heap subclasses, which dispatch through dunders.
    ("__repr__", |vm, a, _| {
        let me = this(a);
        fut_repr(vm, &me).map(Value::from_string)
    }),
    ("result", fut_result_m),
    ("exception", fut_exception_m),
    ("done", fut_done_m),
    ("cancelled", fut_cancelled_m),
    ("cancel", fut_cancel_m),
    ("set_result", fut_set_result_m),
    ("set_exception", fut_set_exception_m),
    ("add_done_callback", fut_add_done_m),
    ("remove_done_callback", fut_remove_done_m),
    ("get_loop", fut_get_loop_m),
    ("__await__", fut_await_m),
    ("__iter__", fut_await_m),
];

pub(super) const TASK_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__init__", task_init),
    ("__repr__", |vm, a, _| {
        let me = this(a);
        task_repr(vm, &me).map(Value::from_string)
    }),
    ("cancel", task_cancel_m),
    ("set_result", task_set_result_m),
    ("set_exception", task_set_exception_m),
    ("get_name", task_get_name_m),
    ("set_name", task_set_name_m),
    ("get_coro", task_get_coro_m),
    ("cancelling", task_cancelling_m),
    ("uncancel", task_uncancel_m),
    ("get_stack", task_get_stack_m),
    ("print_stack", task_print_stack_m),
];

/// `_asyncio_future_blocking` (a bool attribute; assigning converts with truth).
pub(super) fn get_blocking(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(with_fut(v, |s| s.blocking).unwrap_or(false)))
}

pub(super) fn set_blocking(vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(x) = x else {
        return Err(PyErr::attribute_error("cannot delete attribute"));
    };
    let b = vm.truthy(&x)?;
    with_fut(v, |s| s.blocking = b);
    Ok(())
}

/// `_state`: 'PENDING', 'FINISHED' or 'CANCELLED'.
pub(super) fn get_state(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::str(match with_fut(v, |s| s.state) {
        Some(FState::Pending) => "PENDING",
        Some(FState::Finished) => "FINISHED",
        _ => "CANCELLED",
    }))
}

/// The loop id `Future(*, loop=None)` and `Future.__init__` bind to: `loop`, else the
/// default loop.
fn future_loop_arg(vm: &mut Vm, kw: Kwargs) -> PyResult<u32> {
    let mut lp = Value::None;
    for (k, v) in kw.iter() {
        if k.as_str() != "loop" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for Future()",
                k.as_str()
            )));
        }
        lp = v.clone();
    }
    Ok(if lp.is_none() {
        vm.default_loop_id()
    } else {
        super::runner::loop_id_of(&lp)
    })
}

/// `Future(*, loop=None)`.
pub(super) fn future_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(PyErr::type_error("Future() takes no positional arguments"));
    }
    let id = future_loop_arg(vm, kw)?;
    Ok(vm.new_future_on(id))
}

/// `Future.__init__(self, *, loop=None)`: what instances of a heap subclass run (`Future(...)`
/// itself is built completely by `future_new`); binds the future to `loop`.
pub(super) fn future_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(a);
    if !super::future::is_future(&me) {
        return Err(PyErr::type_error(
            "descriptor '__init__' requires a '_asyncio.Future' object",
        ));
    }
    if a.len() > 1 {
        return Err(PyErr::type_error("Future() takes no positional arguments"));
    }
    let id = future_loop_arg(vm, kw)?;
    with_fut(&me, |s| s.loop_id = id);
    Ok(Value::None)
}

/// `Task.__init__(self, coro, *, loop=None, name=None, context=None)`: what instances of a
/// heap subclass run (`class MyTask(asyncio.Task)`): gives the pending state its coroutine,
/// then registers and schedules the task itself (so the loop steps the subclass instance).
pub(super) fn task_init(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let me = this(a);
    if !super::future::is_future(&me) {
        return Err(PyErr::type_error(
            "descriptor '__init__' requires a '_asyncio.Task' object",
        ));
    }
    let (id, coro, name, context) = task_args(vm, &a[1..], kw)?;
    let mut s = vm.task_state(id, coro, name, context)?;
    with_fut(&me, |old| {
        old.task = s.task.take();
        old.loop_id = id;
    });
    vm.start_task(&me, id);
    Ok(Value::None)
}

/// `Task(coro, *, loop=None, name=None, context=None)`.
pub(super) fn task_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (id, coro, name, context) = task_args(vm, a, kw)?;
    vm.new_task_ctx(id, coro, name, context)
}

/// The arguments of `Task(...)`: (loop id, coro, name, context).
fn task_args(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<(u32, Value, Value, Value)> {
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Task() takes exactly 1 positional argument ({} given)",
            a.len()
        )));
    }
    let mut coro = a.first().cloned();
    let (mut name, mut context, mut lp) = (Value::None, Value::None, Value::None);
    for (k, v) in kw.iter() {
        match k.as_str() {
            "coro" if coro.is_none() => coro = Some(v.clone()),
            "loop" => lp = v.clone(),
            "name" => name = v.clone(),
            "context" => context = v.clone(),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for Task()"
                )))
            }
        }
    }
    let Some(coro) = coro else {
        return Err(PyErr::type_error(
            "Task() missing required argument 'coro' (pos 1)",
        ));
    };
    let id = if lp.is_none() {
        vm.default_loop_id()
    } else {
        super::runner::loop_id_of(&lp)
    };
    Ok((id, coro, name, context))
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
    // Pending: yield the future once (the awaiting task clears `blocking` when it accepts it);
    // still pending at the next resumption means nobody waited for it.
    let pending = with_fut(&fut, |s| {
        if s.state != FState::Pending {
            return None;
        }
        Some(std::mem::replace(&mut s.blocking, true))
    })
    .flatten();
    match pending {
        Some(false) => return Ok(fut),
        Some(true) => return Err(PyErr::runtime_error("await wasn't used with future")),
        None => {}
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
