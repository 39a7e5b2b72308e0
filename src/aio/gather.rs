//! `asyncio.gather` (CPython's `tasks.gather` and its `_GatheringFuture`): one outer future,
//! a done callback on each distinct child, results in argument order. Cancelling the outer
//! future cancels the children; it then completes with a CancelledError *exception* (so
//! `cancelled()` stays False), whatever `return_exceptions` says.
//!
//! Invariant: the outer future's `FutState::gather` points back at the shared state only while
//! it is pending (the reference cycle is broken when it completes).

use super::future::{is_future, with_fut, DoneCb, FState};
use crate::builtins::args::Kwargs;
use crate::object::class::{Instance, PyType};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Shared state of one `gather()` call.
pub struct GatherState {
    pub outer: Value,
    pub children: Vec<Value>,
    /// Distinct children (an awaitable given twice shares its future).
    pub nfuts: usize,
    pub nfinished: usize,
    pub return_exceptions: bool,
    /// `_GatheringFuture._cancel_requested`.
    pub cancel_requested: bool,
}

impl Vm {
    /// `_GatheringFuture.cancel(msg)`: cancel every child; True if any was cancelled.
    pub(super) fn gather_cancel(
        &mut self,
        outer: &Value,
        g: &Rc<RefCell<GatherState>>,
        msg: Value,
    ) -> bool {
        if with_fut(outer, |s| s.state) != Some(FState::Pending) {
            return false;
        }
        let children = g.borrow().children.clone();
        let mut ret = false;
        for c in &children {
            if self.cancel_any(c, msg.clone()) {
                ret = true;
            }
        }
        if ret {
            g.borrow_mut().cancel_requested = true;
        }
        ret
    }

    /// Complete the outer future and break its link to the gathering state.
    fn gather_finish(&mut self, outer: &Value, r: Result<Value, Value>) -> PyResult<()> {
        with_fut(outer, |s| s.gather = None);
        match r {
            Ok(v) => self.fut_set_result(outer, v),
            Err(e) => self.fut_set_exception(outer, e),
        }
    }

    /// `gather`'s `_done_callback`.
    pub(super) fn gather_child_done(
        &mut self,
        g: &Rc<RefCell<GatherState>>,
        fut: &Value,
    ) -> PyResult<()> {
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
            let (st, exc) = with_fut(fut, |s| (s.state, s.exception.clone()))
                .unwrap_or((FState::Finished, Value::None));
            if st == FState::Cancelled {
                let e = self.fut_cancelled_error(fut);
                return self.gather_finish(&outer, Err(e));
            }
            if !exc.is_none() {
                with_fut(fut, |s| s.log_tb = false);
                return self.gather_finish(&outer, Err(exc));
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
            if g.borrow().cancel_requested {
                // The cancellation propagates whatever `return_exceptions` says: the
                // CancelledError of the child that finished last.
                let (st, msg) = with_fut(fut, |s| (s.state, s.cancel_msg.clone()))
                    .unwrap_or((FState::Finished, Value::None));
                let e = if st == FState::Cancelled {
                    self.fut_cancelled_error(fut)
                } else {
                    self.cancelled_error(&msg)
                };
                return self.gather_finish(&outer, Err(e));
            }
            self.gather_finish(&outer, Ok(Value::list(results)))?;
        }
        Ok(())
    }
}

/// (the `Future` type it derives from, `_GatheringFuture`).
type GatheringTypes = Option<(Rc<PyType>, Rc<PyType>)>;

thread_local! {
    static GATHERING_TYPE: std::mem::ManuallyDrop<RefCell<GatheringTypes>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// `_GatheringFuture.cancel(msg=None)`.
fn gathering_cancel_m(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = super::methods::this(a);
    let msg = super::methods::cancel_msg_arg(a, kw)?;
    Ok(Value::Bool(vm.cancel_any(&f, msg)))
}

/// The `_GatheringFuture` type (a `Future` whose `cancel` cancels the children).
fn gathering_type(vm: &mut Vm) -> Rc<PyType> {
    let base = vm.aio().future_type.clone();
    if let Some((b, t)) = GATHERING_TYPE.with(|t| t.borrow().clone()) {
        if Rc::ptr_eq(&b, &base) {
            return t;
        }
    }
    let t = super::future::make_type(
        "_GatheringFuture",
        &base,
        &[("cancel", gathering_cancel_m)],
        super::methods::fut_repr,
    );
    GATHERING_TYPE.with(|c| *c.borrow_mut() = Some((base, t.clone())));
    t
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
    if a.is_empty() {
        let outer = vm.new_future();
        vm.fut_set_result(&outer, Value::list(vec![]))?;
        return Ok(outer);
    }
    let t = gathering_type(vm);
    let outer = Instance::native(t, super::future::FutState::new(None));
    let mut children: Vec<Value> = Vec::with_capacity(a.len());
    // arg identity -> its future (an awaitable given twice shares one future).
    let mut seen: std::collections::HashMap<usize, Value> = std::collections::HashMap::new();
    let mut unique: Vec<Value> = Vec::new();
    for arg in a {
        if let Some(f) = seen.get(&arg.id()) {
            children.push(f.clone());
            continue;
        }
        let fut = if is_future(arg) {
            arg.clone()
        } else {
            // `ensure_future(arg, loop=loop)`: coroutines become tasks, awaitables are wrapped.
            let id = vm.default_loop_id();
            match vm.loop_by_id(id) {
                Some(l) => super::loop_obj::ensure_future_on(vm, arg, &l)?,
                None => vm.new_task(arg.clone(), Value::None)?,
            }
        };
        seen.insert(arg.id(), fut.clone());
        unique.push(fut.clone());
        children.push(fut);
    }
    // The outer future belongs to the children's loop (`futures._get_loop(fut)`).
    if let Some(id) = unique.first().and_then(|f| with_fut(f, |s| s.loop_id)) {
        with_fut(&outer, |s| s.loop_id = id);
    }
    let st = Rc::new(RefCell::new(GatherState {
        outer: outer.clone(),
        children,
        nfuts: unique.len(),
        nfinished: 0,
        return_exceptions,
        cancel_requested: false,
    }));
    with_fut(&outer, |s| s.gather = Some(st.clone()));
    for f in unique {
        vm.fut_add_done(&f, DoneCb::Gather(st.clone()));
    }
    Ok(outer)
}
