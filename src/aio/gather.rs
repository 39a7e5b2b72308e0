//! `asyncio.gather` (CPython's `tasks.gather` and its `_GatheringFuture`): one outer future,
//! a done callback on each distinct child, results in argument order.

use super::future::{is_future, with_fut, DoneCb, FState};
use crate::builtins::args::Kwargs;
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
}

impl Vm {
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
            vm.new_task(arg.clone(), Value::None)?
        };
        seen.insert(arg.id(), fut.clone());
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
