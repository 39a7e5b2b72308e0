//! Top-level `await` at the prompt: one event loop for the whole session (CPython's
//! `python3 -m asyncio` keeps one too), made the current loop (`asyncio.set_event_loop`) and
//! run only while an awaiting entry runs. An entry whose code is a coroutine
//! (`entry::Compiled::is_coroutine`) becomes a task on that loop, and
//! `loop.run_until_complete(task)` runs it together with every task created earlier, so tasks
//! started at the prompt make progress during later `await`s. Plain entries run with no loop
//! running, so `asyncio.run(...)` still works at the prompt.
//!
//! Uses only asyncio's public API (`new_event_loop`, `set_event_loop`, `loop.create_task`,
//! `loop.run_until_complete`, `task.cancel`), so it follows the runtime's changes.

use crate::object::generator::{GenKind, PyGen};
use crate::object::{ExcType, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The session's loop (made on the first awaiting entry).
#[derive(Default)]
pub struct ReplLoop {
    loop_obj: Option<Value>,
}

/// The coroutine that running `code` (a module-level `CO_COROUTINE` code object) makes, with
/// `globals` as its globals and locals (CPython's `eval(code, globals)` under
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`).
pub fn coroutine_from_code(
    vm: &mut Vm,
    code: &Rc<crate::bytecode::CodeObject>,
    globals: &Rc<PyDict>,
) -> Value {
    let builtins = vm.builtins.clone();
    let mut frame = vm.frame_pool.get_gen(code, globals, &builtins);
    frame.values.resize(code.nlocalsplus(), Value::Null);
    frame.locals = Some(Box::new(Value::Dict(globals.clone())));
    Value::Gen(Rc::new(PyGen::new(
        code.clone(),
        globals.clone(),
        frame,
        GenKind::Coroutine,
    )))
}

fn asyncio_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let import = vm
        .builtins
        .get_str(&crate::vm::name("__import__"))
        .unwrap_or(Value::None);
    let m = vm.call(&import, &[Value::str("asyncio")])?;
    vm.getattr(&m, &crate::vm::name(name))
}

fn is_closed(vm: &mut Vm, l: &Value) -> PyResult<bool> {
    let closed = method(vm, l, "is_closed", &[])?;
    vm.truthy(&closed)
}

fn method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = vm.getattr(obj, &crate::vm::name(name))?;
    vm.call(&f, args)
}

impl ReplLoop {
    /// The session's loop, set as current. The first awaiting entry adopts the current event
    /// loop (so futures scheduled at the prompt before it, with `ensure_future`, run on it) or
    /// makes one; a closed loop is replaced.
    fn get(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let reuse = match &self.loop_obj {
            Some(l) => !is_closed(vm, l)?,
            None => false,
        };
        if !reuse {
            let get_loop = asyncio_attr(vm, "get_event_loop")?;
            let l = match vm.call(&get_loop, &[]) {
                Ok(l) if !is_closed(vm, &l)? => l,
                _ => {
                    let new_loop = asyncio_attr(vm, "new_event_loop")?;
                    vm.call(&new_loop, &[])?
                }
            };
            self.loop_obj = Some(l);
        }
        let l = self.loop_obj.clone().unwrap_or(Value::None);
        let set = asyncio_attr(vm, "set_event_loop")?;
        vm.call(&set, std::slice::from_ref(&l))?;
        Ok(l)
    }

    /// Before a plain entry: make the session's loop current again (an `asyncio.run` at the
    /// prompt leaves no current loop behind), so `ensure_future` there schedules on it.
    pub fn make_current(&mut self, vm: &mut Vm) -> PyResult<()> {
        if let Some(l) = self.loop_obj.clone() {
            if !is_closed(vm, &l)? {
                let set = asyncio_attr(vm, "set_event_loop")?;
                vm.call(&set, &[l])?;
            }
        }
        Ok(())
    }

    /// Run an awaiting entry's coroutine on the session's loop until it finishes; on Ctrl-C
    /// (or any exception escaping the loop) the entry's task is cancelled.
    pub fn run(&mut self, vm: &mut Vm, coro: Value) -> PyResult<Value> {
        let l = self.get(vm)?;
        let task = method(vm, &l, "create_task", &[coro])?;
        match method(vm, &l, "run_until_complete", std::slice::from_ref(&task)) {
            Ok(v) => Ok(v),
            Err(e) => {
                let exc = vm.exception_object(e);
                let t = vm.type_of(&exc);
                if crate::vm::unwind::type_is_exc(&t, ExcType::KeyboardInterrupt) {
                    let _ = method(vm, &task, "cancel", &[]);
                }
                Err(PyErr::from_object(exc))
            }
        }
    }
}
