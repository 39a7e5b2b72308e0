//! Asynchronous generators (CPython's `PyAsyncGenObject`, Objects/genobject.c): the
//! `async_generator` type, its `asend`/`athrow` awaitables (`async_generator_asend`,
//! `async_generator_athrow`), and the `anext()` / `aiter()` builtins with `anext_awaitable`.
//!
//! An async generator is a `PyGen` of kind `GenKind::AsyncGenerator`. It is never resumed
//! directly: `__anext__()`/`asend(v)` return an awaitable whose `send` resumes it
//! (`async_gen_asend_send`), and `athrow()`/`aclose()` one that throws into it
//! (`async_gen_athrow_send`). A `yield` in the body sets `AG_YIELDED` (CPython wraps the value
//! instead): the awaitable then finishes with `StopIteration(value)`, while a value yielded
//! by an `await` inside the body passes through to whoever drives the awaitable (the event
//! loop). A return ends the iteration with StopAsyncIteration.
//!
//! Invariants: `AG_RUNNING_ASYNC` is set from the first `send` of an awaitable until it
//! finishes; `AG_CLOSED` once the generator finished or `aclose()` started; an awaitable is
//! single use ("cannot reuse already awaited ...").

use super::gen::{stop_iteration_with, GenResult};
use super::Vm;
use crate::builtins::args::Kwargs;
use crate::object::class::{Getter, PyType, TypeSlots};
use crate::object::descr::Setter;
use crate::object::generator::{
    GenKind, GenState, PyGen, AG_CLOSED, AG_HOOKS_INITED, AG_RUNNING_ASYNC, AG_YIELDED,
};
use crate::object::{ExcType, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's `AWAITABLE_STATE_*`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: `__anext__()` (sendval None) or `asend(v)`.
struct ASend {
    gen: Rc<PyGen>,
    sendval: Value,
    state: AwState,
}

/// `async_generator_athrow`: `athrow(...)` (args) or `aclose()` (no args).
struct AThrow {
    gen: Rc<PyGen>,
    args: Option<Vec<Value>>,
    state: AwState,
}

/// `anext_awaitable`: `anext(ait, default)`.
struct AnextAwaitable {
    wrapped: Value,
    default: Value,
}

thread_local! {
    // Never dropped: type objects must not be freed during thread-local teardown.
    static TYPES: std::mem::ManuallyDrop<RefCell<Option<[Rc<PyType>; 3]>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

fn flag(g: &PyGen, f: u8) -> bool {
    g.flags.get() & f != 0
}

fn set_flag(g: &PyGen, f: u8, on: bool) {
    let v = g.flags.get();
    g.flags.set(if on { v | f } else { v & !f });
}

fn gen_of(v: &Value) -> PyResult<Rc<PyGen>> {
    match v {
        Value::Gen(g) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires an 'async_generator' object",
        )),
    }
}

/// `async_gen_unwrap_value`: the outcome of resuming the generator, as the awaitable's.
fn unwrap_value(g: &PyGen, r: PyResult<GenResult>, vm: &mut Vm) -> PyResult<Value> {
    match r {
        Ok(GenResult::Yield(v)) => {
            if flag(g, AG_YIELDED) {
                set_flag(g, AG_YIELDED, false);
                set_flag(g, AG_RUNNING_ASYNC, false);
                Err(stop_iteration_with(v))
            } else {
                Ok(v)
            }
        }
        Ok(GenResult::Return(_)) => {
            set_flag(g, AG_CLOSED, true);
            set_flag(g, AG_RUNNING_ASYNC, false);
            Err(PyErr::with_args(ExcType::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            if vm.err_matches(&e, ExcType::StopAsyncIteration)
                || vm.err_matches(&e, ExcType::GeneratorExit)
            {
                set_flag(g, AG_CLOSED, true);
            }
            set_flag(g, AG_RUNNING_ASYNC, false);
            Err(e)
        }
    }
}

fn asend_of<R>(v: &Value, f: impl FnOnce(&mut ASend) -> R) -> PyResult<R> {
    native_mut(v, "async_generator_asend", f)
}

fn athrow_of<R>(v: &Value, f: impl FnOnce(&mut AThrow) -> R) -> PyResult<R> {
    native_mut(v, "async_generator_athrow", f)
}

fn native_mut<T: 'static, R>(v: &Value, what: &str, f: impl FnOnce(&mut T) -> R) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let crate::object::class::Payload::Native(p) = &i.payload {
            if let Ok(mut b) = p.try_borrow_mut() {
                if let Some(x) = b.downcast_mut::<T>() {
                    return Ok(f(x));
                }
            }
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a '{what}' object"
    )))
}

// ---------------------------------------------------------------------------------------------
// asend

/// `async_gen_asend_send`.
fn asend_send_impl(vm: &mut Vm, this: &Value, arg: Value) -> PyResult<Value> {
    let (g, arg) = asend_of(this, |a| -> PyResult<(Rc<PyGen>, Value)> {
        if a.state == AwState::Closed {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let mut arg = arg;
        if a.state == AwState::Init {
            if flag(&a.gen, AG_RUNNING_ASYNC) {
                return Err(PyErr::runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if arg.is_none() {
                arg = a.sendval.clone();
            }
            a.state = AwState::Iter;
        }
        Ok((a.gen.clone(), arg))
    })??;
    set_flag(&g, AG_RUNNING_ASYNC, true);
    let r = vm.gen_send_ex(&g, arg, None);
    let r = unwrap_value(&g, r, vm);
    if r.is_err() {
        asend_of(this, |a| a.state = AwState::Closed)?;
    }
    r
}

fn asend_send(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let v = crate::builtins::args::one_arg("send", &args[1..], kw)?.clone();
    asend_send_impl(vm, &this, v)
}

fn asend_next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("__next__", &args[1..], kw)?;
    asend_send_impl(vm, &this, Value::None)
}

/// `async_gen_asend_throw`.
fn asend_throw(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::positional("throw", &args[1..], kw, 1, 3)?;
    let g = asend_of(&this, |a| -> PyResult<Rc<PyGen>> {
        if a.state == AwState::Closed {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        Ok(a.gen.clone())
    })??;
    let exc = vm.throw_args(&args[1..])?;
    let r = vm.gen_throw(&g, exc, true, Some(&args[1..]));
    let r = unwrap_value(&g, r, vm);
    if r.is_err() {
        asend_of(&this, |a| a.state = AwState::Closed)?;
    }
    r
}

fn asend_close(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("close", &args[1..], kw)?;
    asend_of(&this, |a| a.state = AwState::Closed)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// athrow / aclose

const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

/// `async_gen_athrow_send`.
fn athrow_send_impl(vm: &mut Vm, this: &Value, arg: Value) -> PyResult<Value> {
    let (g, state, args) = athrow_of(this, |a| (a.gen.clone(), a.state, a.args.clone()))?;
    if state == AwState::Closed {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if g.state.get() == GenState::Closed {
        athrow_of(this, |a| a.state = AwState::Closed)?;
        return Err(PyErr::with_args(ExcType::StopIteration, vec![]));
    }
    let set_state = |st: AwState| athrow_of(this, |a| a.state = st);
    let aclose = args.is_none();
    if state == AwState::Init {
        if flag(&g, AG_RUNNING_ASYNC) {
            set_state(AwState::Closed)?;
            return Err(PyErr::runtime_error(if aclose {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if flag(&g, AG_CLOSED) {
            set_state(AwState::Closed)?;
            return Err(PyErr::with_args(ExcType::StopAsyncIteration, vec![]));
        }
        if !arg.is_none() {
            return Err(PyErr::runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        set_state(AwState::Iter)?;
        set_flag(&g, AG_RUNNING_ASYNC, true);
        let r = match &args {
            None => {
                set_flag(&g, AG_CLOSED, true);
                let ge = vm.exc_type_object(ExcType::GeneratorExit);
                let exc = vm.throw_args(&[Value::Type(ge)])?;
                let r = vm.gen_throw(&g, exc, false, None);
                if let Ok(GenResult::Yield(_)) = &r {
                    if flag(&g, AG_YIELDED) {
                        set_flag(&g, AG_YIELDED, false);
                        return yield_close(&g, this);
                    }
                }
                aclose_result(r)
            }
            Some(a) => {
                let exc = vm.throw_args(a)?;
                let r = vm.gen_throw(&g, exc, false, Some(a));
                unwrap_value(&g, r, vm)
            }
        };
        return check_error(vm, &g, this, aclose, r);
    }
    let r = vm.gen_send_ex(&g, arg, None);
    let r = if aclose {
        if let Ok(GenResult::Yield(_)) = &r {
            if flag(&g, AG_YIELDED) {
                set_flag(&g, AG_YIELDED, false);
                return yield_close(&g, this);
            }
        }
        aclose_result(r)
    } else {
        unwrap_value(&g, r, vm)
    };
    check_error(vm, &g, this, aclose, r)
}

/// aclose() mode: a value passing through from an `await` is returned; an end is an error.
fn aclose_result(r: PyResult<GenResult>) -> PyResult<Value> {
    match r {
        Ok(GenResult::Yield(v)) => Ok(v),
        Ok(GenResult::Return(_)) => Err(PyErr::with_args(ExcType::StopAsyncIteration, vec![])),
        Err(e) => Err(e),
    }
}

/// The `yield_close` label: the generator yielded a value while being closed.
fn yield_close(g: &PyGen, this: &Value) -> PyResult<Value> {
    set_flag(g, AG_RUNNING_ASYNC, false);
    athrow_of(this, |a| a.state = AwState::Closed)?;
    Err(PyErr::runtime_error(IGNORED_EXIT))
}

/// The `check_error` label: on an error the awaitable is done; aclose() turns the expected
/// endings (StopAsyncIteration, GeneratorExit) into a plain StopIteration.
fn check_error(
    vm: &mut Vm,
    g: &PyGen,
    this: &Value,
    aclose: bool,
    r: PyResult<Value>,
) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            set_flag(g, AG_RUNNING_ASYNC, false);
            athrow_of(this, |a| a.state = AwState::Closed)?;
            if aclose
                && (vm.err_matches(&e, ExcType::StopAsyncIteration)
                    || vm.err_matches(&e, ExcType::GeneratorExit))
            {
                return Err(PyErr::with_args(ExcType::StopIteration, vec![]));
            }
            Err(e)
        }
    }
}

fn athrow_send(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let v = crate::builtins::args::one_arg("send", &args[1..], kw)?.clone();
    athrow_send_impl(vm, &this, v)
}

fn athrow_next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("__next__", &args[1..], kw)?;
    athrow_send_impl(vm, &this, Value::None)
}

/// `async_gen_athrow_throw`.
fn athrow_throw(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::positional("throw", &args[1..], kw, 1, 3)?;
    let (g, state, aclose) = athrow_of(&this, |a| (a.gen.clone(), a.state, a.args.is_none()))?;
    if state == AwState::Closed {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let exc = vm.throw_args(&args[1..])?;
    let r = vm.gen_throw(&g, exc, true, Some(&args[1..]));
    if !aclose {
        return unwrap_value(&g, r, vm);
    }
    match r {
        Ok(GenResult::Yield(v)) => {
            if flag(&g, AG_YIELDED) {
                set_flag(&g, AG_YIELDED, false);
                set_flag(&g, AG_RUNNING_ASYNC, false);
                athrow_of(&this, |a| a.state = AwState::Closed)?;
                return Err(PyErr::runtime_error(IGNORED_EXIT));
            }
            Ok(v)
        }
        Ok(GenResult::Return(_)) => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
        Err(e)
            if vm.err_matches(&e, ExcType::StopAsyncIteration)
                || vm.err_matches(&e, ExcType::GeneratorExit) =>
        {
            Err(PyErr::with_args(ExcType::StopIteration, vec![]))
        }
        Err(e) => Err(e),
    }
}

fn athrow_close(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("close", &args[1..], kw)?;
    athrow_of(&this, |a| a.state = AwState::Closed)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// anext_awaitable

fn anext_aw_send_impl(vm: &mut Vm, this: &Value, how: Resume) -> PyResult<Value> {
    let (wrapped, default) = native_mut(this, "anext_awaitable", |a: &mut AnextAwaitable| {
        (a.wrapped.clone(), a.default.clone())
    })?;
    // CPython's `anextawaitable_getiter`: the awaitable's iterator (`__await__`).
    let it = vm.get_awaitable_iter(&wrapped)?;
    let r = match how {
        Resume::Send(v) => vm.iter_send(&it, v).map(|r| match r {
            GenResult::Yield(v) => Ok(v),
            GenResult::Return(v) => Err(stop_iteration_with(v)),
        }),
        Resume::Throw(a) => {
            let m = vm.getattr(&it, &super::name("throw"))?;
            Ok(vm.call(&m, &a))
        }
        Resume::Close => {
            return match vm.getattr_opt(&it, &super::name("close"))? {
                Some(m) => vm.call(&m, &[]),
                None => Ok(Value::None),
            }
        }
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => Err(e),
    };
    match r {
        Err(e) if vm.err_matches(&e, ExcType::StopAsyncIteration) => {
            Err(stop_iteration_with(default))
        }
        other => other,
    }
}

enum Resume {
    Send(Value),
    Throw(Vec<Value>),
    Close,
}

fn anext_aw_send(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let v = crate::builtins::args::one_arg("send", &args[1..], kw)?.clone();
    anext_aw_send_impl(vm, &this, Resume::Send(v))
}

fn anext_aw_next(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("__next__", &args[1..], kw)?;
    anext_aw_send_impl(vm, &this, Resume::Send(Value::None))
}

fn anext_aw_throw(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::positional("throw", &args[1..], kw, 1, 3)?;
    anext_aw_send_impl(vm, &this, Resume::Throw(args[1..].to_vec()))
}

fn anext_aw_close(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    crate::builtins::args::no_args("close", &args[1..], kw)?;
    anext_aw_send_impl(vm, &this, Resume::Close)
}

// ---------------------------------------------------------------------------------------------
// The async_generator type.

fn self_arg(args: &[Value], name: &str) -> PyResult<Rc<PyGen>> {
    match args.first() {
        Some(v) => gen_of(v),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'async_generator' object needs an argument"
        ))),
    }
}

/// `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`, remember the
/// finalizer hook in force and call the firstiter hook with the generator.
fn init_hooks(vm: &mut Vm, g: &Rc<PyGen>) -> PyResult<()> {
    if flag(g, AG_HOOKS_INITED) {
        return Ok(());
    }
    set_flag(g, AG_HOOKS_INITED, true);
    let finalizer = vm.asyncgen_finalizer.clone();
    if !finalizer.is_none() {
        g.set_finalizer(finalizer);
    }
    let firstiter = vm.asyncgen_firstiter.clone();
    if !firstiter.is_none() {
        vm.call(&firstiter, &[Value::Gen(g.clone())])?;
    }
    Ok(())
}

fn ag_aiter(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = self_arg(args, "__aiter__")?;
    crate::builtins::args::no_args("__aiter__", &args[1..], kw)?;
    Ok(Value::Gen(g))
}

fn ag_anext(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = self_arg(args, "__anext__")?;
    crate::builtins::args::no_args("__anext__", &args[1..], kw)?;
    init_hooks(vm, &g)?;
    Ok(new_asend(vm, g, Value::None))
}

fn ag_asend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = self_arg(args, "asend")?;
    let v = crate::builtins::args::one_arg("asend", &args[1..], kw)?.clone();
    init_hooks(vm, &g)?;
    Ok(new_asend(vm, g, v))
}

fn ag_athrow(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = self_arg(args, "athrow")?;
    crate::builtins::args::positional("athrow", &args[1..], kw, 1, 3)?;
    init_hooks(vm, &g)?;
    Ok(new_athrow(vm, g, Some(args[1..].to_vec())))
}

fn ag_aclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = self_arg(args, "aclose")?;
    crate::builtins::args::no_args("aclose", &args[1..], kw)?;
    init_hooks(vm, &g)?;
    Ok(new_athrow(vm, g, None))
}

fn ag_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = gen_of(v)?;
    Ok(Value::Bool(flag(&g, AG_RUNNING_ASYNC)))
}

fn types(vm: &Vm) -> [Rc<PyType>; 3] {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = &vm.types.object;
    let mk = |name: &'static str,
              methods: &[(&'static str, crate::object::NativeFn)],
              iter: bool|
     -> Rc<PyType> {
        let slots = TypeSlots {
            repr: Some(aw_repr),
            iter: if iter { Some(aw_slot_iter) } else { None },
            next: if iter { Some(aw_slot_next) } else { None },
            ..TypeSlots::default()
        };
        crate::object::builtin_types::new_native_type(name, object, slots, methods)
    };
    let asend = mk(
        "async_generator_asend",
        &[
            ("send", asend_send),
            ("throw", asend_throw),
            ("close", asend_close),
            ("__next__", asend_next),
            ("__iter__", aw_iter),
            ("__await__", aw_iter),
        ],
        true,
    );
    let athrow = mk(
        "async_generator_athrow",
        &[
            ("send", athrow_send),
            ("throw", athrow_throw),
            ("close", athrow_close),
            ("__next__", athrow_next),
            ("__iter__", aw_iter),
            ("__await__", aw_iter),
        ],
        true,
    );
    let anext_aw = mk(
        "anext_awaitable",
        &[
            ("send", anext_aw_send),
            ("throw", anext_aw_throw),
            ("close", anext_aw_close),
            ("__next__", anext_aw_next),
            ("__iter__", aw_iter),
            ("__await__", aw_iter),
        ],
        true,
    );
    let t = [asend, athrow, anext_aw];
    TYPES.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn aw_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let t = vm.type_of(v);
    Ok(format!("<{} object at {:#x}>", t.name().as_str(), v.id()))
}

fn aw_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn aw_slot_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

/// `__next__` through the type slot: dispatch on which awaitable `v` is.
fn aw_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let t = vm.type_of(v);
    let [asend, athrow, _] = types(vm);
    let r = if Rc::ptr_eq(&t, &asend) {
        asend_send_impl(vm, v, Value::None)
    } else if Rc::ptr_eq(&t, &athrow) {
        athrow_send_impl(vm, v, Value::None)
    } else {
        anext_aw_send_impl(vm, v, Resume::Send(Value::None))
    };
    r.map(Some)
}

fn new_asend(vm: &Vm, gen: Rc<PyGen>, sendval: Value) -> Value {
    let t = types(vm)[0].clone();
    crate::object::class::Instance::native(
        t,
        ASend {
            gen,
            sendval,
            state: AwState::Init,
        },
    )
}

fn new_athrow(vm: &Vm, gen: Rc<PyGen>, args: Option<Vec<Value>>) -> Value {
    let t = types(vm)[1].clone();
    crate::object::class::Instance::native(
        t,
        AThrow {
            gen,
            args,
            state: AwState::Init,
        },
    )
}

/// The `async_generator` type object (registered as `vm.types.async_generator`).
pub fn make_async_generator_type(object: &Rc<PyType>) -> Rc<PyType> {
    use super::gen_type as g;
    let slots = TypeSlots {
        repr: Some(g::gen_repr),
        ..TypeSlots::default()
    };
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__aiter__", ag_aiter),
        ("__anext__", ag_anext),
        ("asend", ag_asend),
        ("athrow", ag_athrow),
        ("aclose", ag_aclose),
        ("__del__", g::gen_del_native),
    ];
    let t =
        crate::object::builtin_types::new_native_type("async_generator", object, slots, methods);
    let getsets: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        ("ag_running", ag_running, None),
        ("ag_code", g::gi_code, Some(g::readonly_member)),
        ("ag_await", g::gi_yieldfrom, None),
        ("ag_frame", g::gi_frame, None),
        ("__name__", g::gen_name, Some(g::set_gen_name)),
        ("__qualname__", g::gen_qualname, Some(g::set_gen_qualname)),
    ];
    crate::object::builtin_types::add_getsets(&t, getsets.into_iter());
    t
}

// ---------------------------------------------------------------------------------------------
// Builtins.

/// `anext(aiterator[, default])`.
pub fn builtin_anext(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    crate::builtins::args::positional("anext", a, kw, 1, 2)?;
    let ait = &a[0];
    let (m, tn) = vm.type_dunder(ait, "__anext__");
    let Some(m) = m else {
        return Err(PyErr::type_error(format!(
            "'{tn}' object is not an async iterator"
        )));
    };
    let awaitable = vm.call_bound_dunder(&m, ait)?;
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => {
            let t = types(vm)[2].clone();
            Ok(crate::object::class::Instance::native(
                t,
                AnextAwaitable {
                    wrapped: awaitable,
                    default: d.clone(),
                },
            ))
        }
    }
}

/// `aiter(async_iterable)`.
pub fn builtin_aiter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let obj = crate::builtins::args::one_arg("aiter", a, kw)?;
    vm.aiter_with(
        obj,
        |t| format!("'{t}' object is not an async iterable"),
        |t| format!("aiter() returned not an async iterator of type '{t}'"),
    )
}

impl Vm {
    /// `type(obj).__aiter__(obj)`, which must have `__anext__`; the two failures worded by
    /// `no_aiter` / `no_anext` (given the offending type's name).
    fn aiter_with(
        &mut self,
        obj: &Value,
        no_aiter: impl FnOnce(&str) -> String,
        no_anext: impl FnOnce(&str) -> String,
    ) -> PyResult<Value> {
        let (m, tn) = self.type_dunder(obj, "__aiter__");
        let Some(m) = m else {
            return Err(PyErr::type_error(no_aiter(&tn)));
        };
        let it = self.call_bound_dunder(&m, obj)?;
        let (next, itn) = self.type_dunder(&it, "__anext__");
        if next.is_none() {
            return Err(PyErr::type_error(no_anext(&itn)));
        }
        Ok(it)
    }

    /// `GET_AITER`: `type(obj).__aiter__(obj)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, obj: &Value) -> PyResult<Value> {
        self.aiter_with(
            obj,
            |t| format!("'async for' requires an object with __aiter__ method, got {t}"),
            |t| {
                format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
                )
            },
        )
    }

    /// `GET_ANEXT`: the awaitable `type(ait).__anext__(ait)` returns, made awaitable.
    pub fn get_anext(&mut self, ait: &Value) -> PyResult<Value> {
        if let Value::Gen(g) = ait {
            if g.kind == GenKind::AsyncGenerator {
                let g = g.clone();
                init_hooks(self, &g)?;
                return Ok(new_asend(self, g, Value::None));
            }
        }
        let (m, tn) = self.type_dunder(ait, "__anext__");
        let Some(m) = m else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let next = self.call_bound_dunder(&m, ait)?;
        match self.get_awaitable_iter(&next) {
            Ok(aw) => Ok(aw),
            Err(cause) => {
                let nt = self.type_of(&next);
                let e = PyErr::type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    nt.name().as_str()
                ));
                Err(self.error_from_cause(e, cause))
            }
        }
    }
}
