//! What the event loop reports on stderr, as CPython does: the default exception handler
//! (`BaseEventLoop.default_exception_handler`, logging through the `asyncio` logger's last
//! resort: the message, `key: repr(value)` lines for the other context keys in sorted order,
//! then the exception's traceback), the finalisation reports of futures and tasks ("Task
//! exception was never retrieved", "Future exception was never retrieved", "Task was destroyed
//! but it is pending!"), the callback description of "Exception in callback ..."
//! (`format_helpers._format_callback_source` with `reprlib` arguments), and the deadlock
//! report of the virtual clock.
//!
//! Finalisation: coil has no `__del__`; a `FutState` that must report is moved out of its
//! object when it drops (`on_drop`, called by `FutState`'s `Drop`) onto a thread-local queue
//! and the VM is asked to finalise (`FINALIZE_PENDING`); `Vm::report_dropped_futures` (from
//! `run_pending_finalizers`, at the next instruction boundary) puts each one back in a fresh
//! Future/Task object and calls its loop's exception handler with it, as CPython's
//! `Future.__del__`/`TaskObj_finalize` do. Tasks kept alive by reference cycles (which CPython
//! collects at exit) are reported by `report_at_exit`, except those still scheduled on the
//! policy's open loop (which CPython never collects).
//!
//! Invariant: a state reports once: the re-created object has `log_tb` and
//! `log_destroy_pending` cleared before it can drop again.

use super::future::{with_fut, FState, FutState};
use crate::object::class::Instance;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;

thread_local! {
    static DROPPED: RefCell<Vec<FutState>> = const { RefCell::new(Vec::new()) };
}

/// Whether dropping `s` must report it.
#[inline]
fn must_report(s: &FutState) -> bool {
    (s.log_tb && s.state == FState::Finished && !s.exception.is_none())
        || (s.task.is_some() && s.state == FState::Pending && s.log_destroy_pending)
}

/// Called when a `FutState` drops: queue it for its report (see the module doc).
#[inline]
pub fn on_drop(s: &mut FutState) {
    if !must_report(s) {
        return;
    }
    queue_dropped(s);
}

#[cold]
#[inline(never)]
fn queue_dropped(s: &mut FutState) {
    let taken = std::mem::replace(s, FutState::new(None));
    let mut slot = Some(taken);
    let _ = DROPPED.try_with(|d| {
        if let Ok(mut d) = d.try_borrow_mut() {
            if let Some(t) = slot.take() {
                d.push(t);
            }
        }
    });
    match slot {
        // No queue (thread teardown): drop it silently.
        Some(mut t) => {
            t.log_tb = false;
            t.log_destroy_pending = false;
        }
        None => crate::object::generator::FINALIZE_PENDING
            .store(true, std::sync::atomic::Ordering::Relaxed),
    }
}

/// A context dict from `(key, value)` pairs.
pub fn context(vm: &mut Vm, items: &[(&str, Value)]) -> Value {
    let d = crate::object::PyDict::new();
    for (k, v) in items {
        d.set_str(crate::object::str::intern(k), v.clone());
    }
    let _ = vm;
    Value::Dict(std::rc::Rc::new(d))
}

/// SystemExit and KeyboardInterrupt: never swallowed by the loop.
pub fn is_fatal(vm: &mut Vm, exc: &Value) -> bool {
    let t = vm.type_of(exc);
    crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::SystemExit)
        || crate::vm::unwind::type_is_exc(&t, crate::object::ExcType::KeyboardInterrupt)
}

/// `BaseEventLoop.default_exception_handler(context)`.
pub fn default_exception_handler(vm: &mut Vm, ctx: &Value) -> PyResult<()> {
    let get = vm.getattr(ctx, &crate::vm::name("get"))?;
    let message = vm.call(&get, &[Value::str("message")])?;
    let mut text = if vm.truthy(&message)? {
        match &message {
            Value::Str(s) => s.as_str().to_string(),
            // `'\n'.join(log_lines)` with a message that is not a str.
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item 0: expected str instance, {} found",
                    crate::object::class::type_name_of(vm, other)
                )))
            }
        }
    } else {
        "Unhandled exception in event loop".to_string()
    };
    let exception = vm.call(&get, &[Value::str("exception")])?;
    let keys = crate::builtins::seq::builtin_sorted(vm, std::slice::from_ref(ctx), &[])?;
    let keys = match keys {
        Value::List(l) => l.items.borrow().clone(),
        _ => Vec::new(),
    };
    for k in keys {
        if let Value::Str(s) = &k {
            if s.as_str() == "message" || s.as_str() == "exception" {
                continue;
            }
        }
        let v = vm.getitem(ctx, &k)?;
        let ks = vm.str(&k)?;
        let vr = vm.repr(&v)?;
        text.push('\n');
        text.push_str(ks.as_str());
        text.push_str(": ");
        text.push_str(vr.as_str());
    }
    text.push('\n');
    if crate::vm::unwind::exc_data(&exception).is_some() {
        let tb = crate::traceback::format_exception(vm, &exception);
        text.push_str(&tb);
        if !tb.ends_with('\n') {
            text.push('\n');
        }
    }
    vm.write_stderr(&text)
}

// ---------------------------------------------------------------------------------------------
// `format_helpers._format_callback_source` (with `reprlib` arguments) is shared with the
// Future/Task reprs: `repr.rs`.

pub use super::repr::format_callback_source;

// ---------------------------------------------------------------------------------------------
// Finalisation reports.

impl Vm {
    /// Report the futures and tasks dropped since the last call (see the module doc).
    #[cold]
    #[inline(never)]
    pub fn report_dropped_futures(&mut self) {
        loop {
            let batch = DROPPED
                .try_with(|d| {
                    d.try_borrow_mut()
                        .map(|mut d| std::mem::take(&mut *d))
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            if batch.is_empty() {
                return;
            }
            for s in batch {
                self.report_state(s);
            }
        }
    }

    fn report_state(&mut self, mut s: FutState) {
        if self.aio.is_none() || self.aio().exit_quiet {
            s.log_tb = false;
            s.log_destroy_pending = false;
            return;
        }
        let is_task = s.task.is_some();
        let t = if is_task {
            self.aio().task_type.clone()
        } else {
            self.aio().future_type.clone()
        };
        let obj = Instance::native(t, s);
        self.report_finalized(&obj);
    }

    /// `TaskObj_finalize` + `FutureObj_finalize` for `obj`; marks it reported.
    fn report_finalized(&mut self, obj: &Value) {
        let Some((destroyed_pending, never_retrieved, exc, is_task, lid)) = with_fut(obj, |s| {
            let d = s.task.is_some() && s.state == FState::Pending && s.log_destroy_pending;
            let n = s.log_tb && s.state == FState::Finished && !s.exception.is_none();
            s.log_destroy_pending = false;
            s.log_tb = false;
            (d, n, s.exception.clone(), s.task.is_some(), s.loop_id)
        }) else {
            return;
        };
        let l = self.loop_by_id(lid);
        if destroyed_pending {
            let ctx = context(
                self,
                &[
                    ("task", obj.clone()),
                    (
                        "message",
                        Value::str("Task was destroyed but it is pending!"),
                    ),
                ],
            );
            self.report_to_handler(l.as_ref(), &ctx);
        }
        if never_retrieved {
            let name = if is_task { "Task" } else { "Future" };
            let ctx = context(
                self,
                &[
                    (
                        "message",
                        Value::from_string(format!("{name} exception was never retrieved")),
                    ),
                    ("exception", exc),
                    ("future", obj.clone()),
                ],
            );
            self.report_to_handler(l.as_ref(), &ctx);
        }
    }

    /// Call the exception handler from a finaliser: errors are unraisable.
    fn report_to_handler(&mut self, l: Option<&Value>, ctx: &Value) {
        if let Err(e) = self.call_exception_handler(l, ctx) {
            let f = Value::str("finalizer");
            self.write_unraisable(e, &f, None);
        }
    }

    /// Interpreter exit: report the tasks CPython's final garbage collection would finalise
    /// (alive only through reference cycles), in creation order.
    pub fn report_tasks_at_exit(&mut self) {
        self.report_dropped_futures();
        if self.aio.is_none() {
            return;
        }
        let policy = self.aio().policy_loop.clone();
        let (policy_id, policy_open) = match &policy {
            Some(l) => (
                super::runner::loop_id_of(l),
                super::loop_obj::with_loop(l, |o| !o.closed).unwrap_or(false),
            ),
            None => (0, false),
        };
        if policy_open {
            // Callbacks scheduled on the policy's loop keep `__main__` alive until CPython can
            // no longer report anything: nothing is reported from here on.
            let busy = if self.aio().active == policy_id {
                self.aio().lp.has_work()
            } else {
                policy
                    .as_ref()
                    .and_then(|l| super::loop_obj::with_loop(l, |o| o.parked.borrow().has_work()))
                    .unwrap_or(false)
            };
            if busy {
                self.aio().exit_quiet = true;
                return;
            }
        }
        let tasks: Vec<Value> = self
            .aio()
            .tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .map(Value::Instance)
            .collect();
        for t in tasks {
            let skip = with_fut(&t, |s| {
                !must_report(s) || (policy_open && s.loop_id == policy_id)
            })
            .unwrap_or(true);
            if !skip {
                self.report_finalized(&t);
            }
        }
        self.report_dropped_futures();
    }
}

// ---------------------------------------------------------------------------------------------
// Deadlocks.

/// The loop has nothing scheduled and was not stopped. CPython blocks in `select` forever;
/// so does coil on the real clock. Under the virtual clock nothing could ever happen again:
/// report the pending tasks with where each one waits, and exit with status 1.
pub fn deadlock(vm: &mut Vm) -> PyResult<()> {
    if !super::clock::virtual_time_requested() {
        let _ = vm.flush_stdout();
        loop {
            std::thread::sleep(std::time::Duration::from_secs(86400));
        }
    }
    let _ = vm.flush_stdout();
    let id = vm.aio().active;
    let tasks = vm.aio().pending_tasks_of(id);
    let now = vm.aio().lp.time();
    let mut text = format!(
        "coil: deadlock at virtual time {:.6}: no callback is scheduled and no timer is pending, \
         so nothing can wake the {} pending task{} (python3 would wait forever here)\n",
        now,
        tasks.len(),
        if tasks.len() == 1 { "" } else { "s" }
    );
    for t in &tasks {
        let r = vm.repr(t)?;
        text.push_str(&format!("{}\n", r.as_str()));
        let coro = with_fut(t, |s| s.task.as_ref().map(|p| p.coro.clone()))
            .flatten()
            .unwrap_or(Value::None);
        text.push_str(&suspension_stack(&coro));
    }
    vm.write_stderr(&text)?;
    let _ = vm.flush_stdout();
    std::process::exit(1)
}

/// `  File "x.py", line N, in f` + the source line, for each coroutine of an await chain.
fn suspension_stack(coro: &Value) -> String {
    let mut out = String::new();
    let mut cur = coro.clone();
    for _ in 0..64 {
        let Value::Gen(g) = &cur else { break };
        if g.state.get() != crate::object::generator::GenState::Suspended {
            break;
        }
        let code = &g.code;
        let ip = g.ip();
        let line = code.line_of(ip.saturating_sub(1));
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            code.source.name, line, code.name
        ));
        let text = code.source.line_text(line).trim();
        if !text.is_empty() {
            out.push_str(&format!("    {text}\n"));
        }
        match g.yield_from() {
            Some(next) => cur = next,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::future::FutState;

    #[test]
    fn loop_id_and_log_destroy_pending_fit_in_future_state_padding() {
        // The state byte, three bools and the u32 loop id share one word: the size is that of
        // the pointer-sized fields plus one word.
        use super::super::future::TaskPart;
        type G = Option<std::rc::Rc<std::cell::RefCell<super::super::gather::GatherState>>>;
        let words = 3 * std::mem::size_of::<crate::object::Value>()
            + std::mem::size_of::<Vec<super::super::future::DoneCb>>()
            + std::mem::size_of::<Option<TaskPart>>()
            + std::mem::size_of::<G>()
            + 8;
        assert_eq!(std::mem::size_of::<FutState>(), words);
    }
}
