//! Coroutines (CPython's `PyCoroObject`, Objects/genobject.c): the `coroutine` and
//! `coroutine_wrapper` types, the awaitable protocol (`GET_AWAITABLE`, CPython's
//! `_PyCoro_GetAwaitableIter` and `format_awaitable_error`), and the "coroutine ... was never
//! awaited" RuntimeWarning.
//!
//! A coroutine is a `PyGen` of kind `GenKind::Coroutine`: it runs, suspends and delegates
//! (`await` is `GET_AWAITABLE; SEND; YIELD_VALUE 1`) exactly like a generator in `yield from`,
//! stacklessly, through `vm/gen.rs`. What differs is only the surface: no `__next__`/`__iter__`
//! (`__await__` returns a `coroutine_wrapper` iterator instead), `cr_*` attributes, "cannot
//! reuse already awaited coroutine" when a finished coroutine is resumed, and the warning when a
//! coroutine is dropped without ever having started.
//!
//! Invariants: `GET_AWAITABLE` leaves on the stack an object `SEND` can drive: a coroutine, a
//! generator-based coroutine (`CO_ITERABLE_COROUTINE`), or the iterator `__await__` returned.
//! A never-awaited coroutine is reported once per (file, line, message) like the warnings
//! module's "default" action, at the instruction boundary where it was dropped
//! (`report_unawaited`, polled through the finalisation flag).

use super::gen::GenResult;
use super::gen_type::{gen_close_native, gen_send_native, gen_throw_native};
use super::Vm;
use crate::builtins::args::Kwargs;
use crate::object::class::{Getter, PyType, TypeSlots};
use crate::object::descr::Setter;
use crate::object::generator::{GenKind, GenState, PyGen};
use crate::object::{ExcType, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `CO_ITERABLE_COROUTINE`: a generator function decorated with `types.coroutine`.
pub const CO_ITERABLE_COROUTINE: u32 = 0x100;

thread_local! {
    /// Qualified names of coroutines dropped before they started, waiting to be reported.
    static UNAWAITED: RefCell<Vec<Rc<crate::object::PyStr>>> = const { RefCell::new(Vec::new()) };
    // Never dropped: type objects must not be freed during thread-local teardown.
    static WRAPPER_TYPE: std::mem::ManuallyDrop<RefCell<Option<Rc<PyType>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// Called by `PyGen`'s drop for a coroutine that never started (CPython's
/// `_PyErr_WarnUnawaitedCoroutine`, from `_PyGen_Finalize`): the VM reports it at the next
/// instruction boundary (`Vm::report_unawaited`).
pub fn note_unawaited(g: &PyGen) {
    let name = g.qualname();
    let _ = UNAWAITED.try_with(|u| {
        if let Ok(mut u) = u.try_borrow_mut() {
            u.push(name);
        }
    });
    crate::object::generator::FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `note_unawaited` for a native awaitable standing for a coroutine (asyncio's `sleep`),
/// named `name`.
pub fn note_unawaited_name(name: Rc<crate::object::PyStr>) {
    let _ = UNAWAITED.try_with(|u| {
        if let Ok(mut u) = u.try_borrow_mut() {
            u.push(name);
        }
    });
    crate::object::generator::FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// True for a generator-based coroutine (`types.coroutine` on a generator function).
pub fn is_iterable_coroutine(g: &PyGen) -> bool {
    g.kind == GenKind::Generator
        && (g.code.flags & CO_ITERABLE_COROUTINE != 0 || g.code.iterable_coroutine.get())
}

impl Vm {
    /// Print the pending "coroutine ... was never awaited" warnings, located at `at` (the
    /// instruction running when the coroutines were dropped; `sys:1` at interpreter exit, as
    /// CPython reports a warning raised with no Python frame).
    pub(crate) fn report_unawaited(
        &mut self,
        at: Option<(&Rc<crate::bytecode::CodeObject>, usize)>,
    ) {
        let names = UNAWAITED
            .try_with(|u| {
                u.try_borrow_mut()
                    .map(|mut u| std::mem::take(&mut *u))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        for name in names {
            let msg = format!("coroutine '{}' was never awaited", name.as_str());
            let (file, line, text) = match at {
                Some((code, ip)) => {
                    let line = code.line_of(ip);
                    let text = Some(code.source.line_text(line).trim().to_string());
                    (code.source.name.to_string(), line, text)
                }
                None => ("sys".to_string(), 1, None),
            };
            if self.route_native_warning(&file, line, &msg, text.as_deref(), at.is_some(), &name) {
                continue;
            }
            if !self.warn_once(&file, line, &msg) {
                continue;
            }
            let mut out = format!("{file}:{line}: RuntimeWarning: {msg}\n");
            if let Some(t) = text.filter(|t| !t.is_empty()) {
                out.push_str(&format!("  {t}\n"));
            }
            // CPython adds the tracemalloc hint while the interpreter runs, not at shutdown.
            if at.is_some() {
                out.push_str(
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                );
            }
            let _ = self.write_stderr(&out);
        }
    }

    /// Once `warnings` is imported its filters decide (`warnings._warn_native`, CPython's
    /// `PyErr_WarnExplicit` path): true when it handled the warning. An "error" filter makes
    /// the warning an exception, reported as unraisable in the coroutine's finaliser.
    fn route_native_warning(
        &mut self,
        file: &str,
        line: u32,
        msg: &str,
        text: Option<&str>,
        hint: bool,
        coro_name: &crate::object::PyStr,
    ) -> bool {
        let Some(w) = self
            .modules
            .get_str(&crate::object::str::intern("warnings"))
        else {
            return false;
        };
        let Ok(Some(f)) = self.getattr_opt(&w, &crate::object::str::intern("_warn_native")) else {
            return false;
        };
        let category = Value::Type(
            self.types
                .exc(crate::object::ExcType::RuntimeWarning)
                .clone(),
        );
        let module = file.strip_suffix(".py").unwrap_or(file);
        let args = [
            category,
            Value::str(msg),
            Value::str(file),
            Value::Int(line as i64),
            text.map_or(Value::None, Value::str),
            Value::str(module),
            if hint { Value::Bool(true) } else { Value::None },
        ];
        if let Err(e) = self.call(&f, &args) {
            let exc = self.exception_object(e);
            let t = self.type_of(&exc);
            let mut out = format!(
                "Exception ignored in: <coroutine object {}>\n",
                coro_name.as_str()
            );
            out.push_str(&crate::traceback::exception_line(self, &exc, &t));
            let _ = self.write_stderr(&out);
        }
        true
    }

    /// The warnings module's "default" action: true the first time `(file, line, msg)` is
    /// warned about.
    fn warn_once(&mut self, file: &str, line: u32, msg: &str) -> bool {
        self.warned
            .insert((file.to_string(), line, msg.to_string()))
    }

    /// `_PyCoro_GetAwaitableIter`: what `await v` iterates: a coroutine or generator-based
    /// coroutine itself, else the iterator `type(v).__await__(v)` returns.
    pub fn get_awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Gen(g) = v {
            if g.kind == GenKind::Coroutine || is_iterable_coroutine(g) {
                return Ok(v.clone());
            }
        }
        let (m, tn) = self.type_dunder(v, "__await__");
        let Some(m) = m else {
            return Err(PyErr::type_error(format!(
                "object {tn} can't be used in 'await' expression"
            )));
        };
        let res = self.call_bound_dunder(&m, v)?;
        if let Value::Gen(g) = &res {
            if g.kind == GenKind::Coroutine || is_iterable_coroutine(g) {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
        }
        if !self.is_iterator(&res) {
            let rt = self.type_of(&res).name();
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                rt.as_str()
            )));
        }
        Ok(res)
    }

    /// `GET_AWAITABLE where`: `get_awaitable_iter` with the `async with` wording for the
    /// results of `__aenter__` (1) and `__aexit__` (2), and "coroutine is being awaited
    /// already" for a coroutine suspended in an `await` of its own.
    pub fn get_awaitable(&mut self, v: &Value, where_: u32) -> PyResult<Value> {
        let it = match self.get_awaitable_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let (has_await, tn) = self.type_dunder(v, "__await__");
                let has_await = has_await.is_some();
                if !has_await && (where_ == 1 || where_ == 2) {
                    let which = if where_ == 1 {
                        "__aenter__"
                    } else {
                        "__aexit__"
                    };
                    return Err(PyErr::type_error(format!(
                        "'async with' received an object from {which} that does not implement __await__: {tn}"
                    )));
                }
                return Err(e);
            }
        };
        if let Value::Gen(g) = &it {
            if g.kind == GenKind::Coroutine
                && g.state.get() == GenState::Suspended
                && g.yield_from().is_some()
            {
                return Err(PyErr::runtime_error("coroutine is being awaited already"));
            }
        }
        Ok(it)
    }

    /// `_PyErr_FormatFromCause`: `e` raised from `cause` (its `__cause__` and `__context__`).
    pub(crate) fn error_from_cause(&mut self, e: PyErr, cause: PyErr) -> PyErr {
        let cause = self.exception_object(cause);
        let exc = self.exception_object(e);
        if let Some(d) = super::unwind::exc_data(&exc) {
            let mut d = d.borrow_mut();
            d.cause = cause.clone();
            d.context = cause;
            d.suppress_context = true;
        }
        PyErr::from_object(exc)
    }

    /// `BEFORE_ASYNC_WITH`: `(type(mgr).__aexit__ bound, type(mgr).__aenter__(mgr))`.
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__aenter__");
        let Some(enter) = enter else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            )));
        };
        let Some(exit) = self.lookup_special(mgr, "__aexit__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                self.type_name(mgr)
            )));
        };
        let res = self.call(&enter, &[])?;
        Ok((exit, res))
    }

    /// Dunder `name` of `type(obj)` through the MRO (no instance attributes; a `None` value
    /// counts as absent, as CPython's type slots do), with the type's name for messages.
    pub(crate) fn type_dunder(&mut self, obj: &Value, name: &str) -> (Option<Value>, String) {
        let t = self.type_of(obj);
        let m = self.type_lookup(&t, &super::name(name)).map(|(v, _)| v);
        (m.filter(|m| !m.is_none()), t.name().as_str().to_string())
    }

    /// Call a dunder found on the type with `obj` as its receiver (binding descriptors).
    pub(crate) fn call_bound_dunder(&mut self, m: &Value, obj: &Value) -> PyResult<Value> {
        let t = self.type_of(obj);
        let bound = crate::object::attr::descr_get(self, m, Some(obj), &t)?;
        self.call(&bound, &[])
    }
}

fn coro_of(v: &Value) -> PyResult<Rc<PyGen>> {
    match v {
        Value::Gen(g) if g.kind == GenKind::Coroutine => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'coroutine' object",
        )),
    }
}

/// `coroutine.__await__()`: a `coroutine_wrapper` iterating the coroutine.
fn coro_await_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = match args.first() {
        Some(v) => coro_of(v)?,
        None => {
            return Err(PyErr::type_error(
                "descriptor '__await__' of 'coroutine' object needs an argument",
            ))
        }
    };
    crate::builtins::args::no_args("coroutine.__await__", &args[1..], kw)?;
    Ok(wrapper_object(vm, g))
}

fn cr_origin(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// The `coroutine` type object (registered as `vm.types.coroutine`).
pub fn make_coroutine_type(object: &Rc<PyType>) -> Rc<PyType> {
    use super::gen_type as g;
    let slots = TypeSlots {
        repr: Some(g::gen_repr),
        ..TypeSlots::default()
    };
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("send", gen_send_native),
        ("throw", gen_throw_native),
        ("close", gen_close_native),
        ("__await__", coro_await_native),
        ("__del__", g::gen_del_native),
    ];
    let t = crate::object::builtin_types::new_native_type("coroutine", object, slots, methods);
    let getsets: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        ("cr_running", g::gi_running, None),
        ("cr_suspended", g::gi_suspended, None),
        ("cr_code", g::gi_code, Some(g::readonly_member)),
        ("cr_await", g::gi_yieldfrom, None),
        ("cr_frame", g::gi_frame, None),
        ("cr_origin", cr_origin, None),
        ("__name__", g::gen_name, Some(g::set_gen_name)),
        ("__qualname__", g::gen_qualname, Some(g::set_gen_qualname)),
    ];
    crate::object::builtin_types::add_getsets(&t, getsets.into_iter());
    t
}

// ---------------------------------------------------------------------------------------------
// `coroutine_wrapper`: the iterator `coroutine.__await__()` returns.

fn wrapped(v: &Value) -> PyResult<Rc<PyGen>> {
    if let Value::Instance(i) = v {
        if let crate::object::class::Payload::Native(p) = &i.payload {
            if let Some(g) = p.borrow().downcast_ref::<Rc<PyGen>>() {
                return Ok(g.clone());
            }
        }
    }
    Err(PyErr::type_error(
        "descriptor requires a 'coroutine_wrapper' object",
    ))
}

fn wrapper_send(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = wrapped(args.first().unwrap_or(&Value::None))?;
    let v = crate::builtins::args::one_arg("send", &args[1..], kw)?.clone();
    resume_result(vm.gen_send_ex(&g, v, None)?)
}

fn wrapper_next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = wrapped(args.first().unwrap_or(&Value::None))?;
    crate::builtins::args::no_args("__next__", &args[1..], kw)?;
    resume_result(vm.gen_send_ex(&g, Value::None, None)?)
}

fn wrapper_throw(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = wrapped(args.first().unwrap_or(&Value::None))?;
    let mut a = vec![Value::Gen(g)];
    a.extend_from_slice(&args[1..]);
    gen_throw_native(vm, &a, kw)
}

fn wrapper_close(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = wrapped(args.first().unwrap_or(&Value::None))?;
    crate::builtins::args::no_args("close", &args[1..], kw)?;
    vm.gen_close(&g)
}

fn wrapper_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn wrapper_slot_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn wrapper_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let g = wrapped(v)?;
    match vm.gen_send_ex(&g, Value::None, None)? {
        GenResult::Yield(v) => Ok(Some(v)),
        GenResult::Return(v) => Err(super::gen::stop_iteration_with(v)),
    }
}

fn wrapper_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(format!("<coroutine_wrapper object at {:#x}>", v.id()))
}

fn resume_result(r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(super::gen::stop_iteration_with(v)),
    }
}

fn wrapper_object(vm: &mut Vm, g: Rc<PyGen>) -> Value {
    let t = WRAPPER_TYPE.with(|t| t.borrow().clone());
    let t = match t {
        Some(t) => t,
        None => {
            let slots = TypeSlots {
                repr: Some(wrapper_repr),
                iter: Some(wrapper_slot_iter),
                next: Some(wrapper_slot_next),
                ..TypeSlots::default()
            };
            let methods: &[(&'static str, crate::object::NativeFn)] = &[
                ("send", wrapper_send),
                ("throw", wrapper_throw),
                ("close", wrapper_close),
                ("__next__", wrapper_next),
                ("__iter__", wrapper_iter),
            ];
            let t = crate::object::builtin_types::new_native_type(
                "coroutine_wrapper",
                &vm.types.object,
                slots,
                methods,
            );
            WRAPPER_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
            t
        }
    };
    crate::object::class::Instance::native(t, g)
}

/// "cannot reuse already awaited coroutine" (a finished coroutine resumed).
pub fn reuse_error() -> PyErr {
    PyErr::new(
        ExcType::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}
