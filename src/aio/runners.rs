//! `asyncio.runners` (`Runner`, `run`) and the loop's shutdown coroutines
//! (`shutdown_asyncgens`, `shutdown_default_executor`), written in Python (`runners.py`, coil's
//! own code following CPython 3.11's documented behaviour: the same shutdown order, hence the
//! same task numbering: a second `asyncio.run`'s main task is `Task-4`), and run once per
//! interpreter in a namespace of their own named `asyncio.runners`, with the native
//! `_asyncio` module injected.
//!
//! Invariant: the namespace is loaded by `install` (from `_asyncio`'s creation) before any
//! helper is looked up; `helper` loads it on demand otherwise.

use crate::object::function::BuiltinFunction;
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

const SOURCE: &str = include_str!("runners.py");

/// `_pending_tasks(loop)`: the loop's pending tasks in creation order (what
/// `_cancel_all_tasks` cancels; CPython iterates `all_tasks(loop)`, a set).
fn pending_tasks(vm: &mut Vm, a: &[Value], _kw: crate::builtins::args::Kwargs) -> PyResult<Value> {
    let l = a.first().cloned().unwrap_or(Value::None);
    let id = super::runner::loop_id_of(&l);
    Ok(Value::list(vm.aio().pending_tasks_of(id)))
}

/// Run `runners.py` with `asyncio_mod` (the `_asyncio` module) and export `Runner` and `run`
/// into `exports`.
pub fn install(vm: &mut Vm, asyncio_mod: &Value, exports: &PyDict) -> PyResult<()> {
    let ns = load(vm, asyncio_mod)?;
    let (lt, ht, tht) = super::loop_obj::loop_types(vm);
    exports.set_str(
        crate::object::str::intern("SelectorEventLoop"),
        Value::Type(lt),
    );
    exports.set_str(crate::object::str::intern("Handle"), Value::Type(ht));
    exports.set_str(crate::object::str::intern("TimerHandle"), Value::Type(tht));
    for name in [
        "Runner",
        "run",
        "AbstractEventLoop",
        "AbstractEventLoopPolicy",
        "BaseDefaultEventLoopPolicy",
        "DefaultEventLoopPolicy",
        "get_event_loop_policy",
        "set_event_loop_policy",
    ] {
        let k = crate::object::str::intern(name);
        if let Some(v) = ns.get_str(&k) {
            exports.set_str(k, v);
        }
    }
    Ok(())
}

fn load(vm: &mut Vm, asyncio_mod: &Value) -> PyResult<Rc<PyDict>> {
    if let Some(ns) = &vm.aio().helpers {
        return Ok(ns.clone());
    }
    let ns = Rc::new(PyDict::new());
    let set = |k: &str, v: Value| ns.set_str(crate::object::str::intern(k), v);
    set("__name__", Value::str("asyncio.runners"));
    set("__builtins__", Value::Dict(vm.builtins.clone()));
    set("_asyncio", asyncio_mod.clone());
    set(
        "_pending_tasks",
        Value::Builtin(Rc::new(BuiltinFunction {
            name: "_pending_tasks",
            func: pending_tasks,
            bound: None,
            owner: "",
        })),
    );
    for (n, f) in [
        (
            "_policy_get_event_loop",
            super::loop_obj::policy_get_event_loop as crate::object::NativeFn,
        ),
        (
            "_policy_set_event_loop",
            super::loop_obj::policy_set_event_loop,
        ),
        (
            "_policy_new_event_loop",
            super::loop_obj::policy_new_event_loop,
        ),
        ("_policy_reset", super::loop_obj::policy_reset),
    ] {
        set(
            n,
            Value::Builtin(Rc::new(BuiltinFunction {
                name: n,
                func: f,
                bound: None,
                owner: "",
            })),
        );
    }
    set("_loop_type", Value::Type(super::loop_obj::loop_types(vm).0));
    set("_sleep_type", Value::Type(super::sleep::sleep_type(vm)));
    let code = vm.compile_source(SOURCE, "<frozen asyncio.runners>", "exec")?;
    vm.exec_code(code, ns.clone(), None)?;
    vm.aio().helpers = Some(ns.clone());
    Ok(ns)
}

/// A function of the `asyncio.runners` namespace.
pub fn helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let ns = match &vm.aio().helpers {
        Some(ns) => ns.clone(),
        None => {
            let m = crate::vm::name("_asyncio");
            let asyncio_mod = match vm.modules.get_str(&m) {
                Some(m) => m,
                None => crate::modules::asyncio::make(vm)?,
            };
            load(vm, &asyncio_mod)?
        }
    };
    ns.get_str(&crate::object::str::intern(name))
        .ok_or_else(|| PyErr::runtime_error(format!("asyncio.runners has no {name}")))
}
