//! The `generator` type (CPython's `PyGen_Type` methods and getsets, Objects/genobject.c):
//! `send`/`throw`/`close`/`__next__` natives shared with coroutines and async generators,
//! the `gi_*` getters, the repr, `gi_frame` (a `frame` object from `object/frame_obj.rs`),
//! and PEP 479's StopIteration conversion. The machinery they call (resuming, throwing,
//! closing) is in `vm/gen.rs`.

use super::gen::{stop_iteration_with, type_name_of_kind, GenResult};
use super::Vm;
use crate::builtins::args::Kwargs;
use crate::bytecode::code_flags;
use crate::object::class::{Getter, PyType, TypeSlots};
use crate::object::descr::Setter;
use crate::object::generator::{GenState, PyGen};
use crate::object::{ExcType, PyErr, PyResult, Value};
use std::rc::Rc;

// ---------------------------------------------------------------------------------------------
// The `generator` type.

fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyGen>> {
    match args.first() {
        Some(Value::Gen(g)) => Ok(g.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to a '{}' object",
            crate::object::class::type_name_of(vm, other)
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'generator' object needs an argument"
        ))),
    }
}

/// `generator.send(value)`.
pub fn gen_send_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "send")?;
    let fname = format!("{}.send", type_name_of_kind(g.kind));
    crate::builtins::args::one_arg(&fname, &args[1..], kw)?;
    match vm.gen_send_ex(&g, args[1].clone(), None)? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration_with(v)),
    }
}

/// `generator.__next__()`.
pub fn gen_next_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "__next__")?;
    crate::builtins::args::no_args("generator.__next__", &args[1..], kw)?;
    match vm.gen_send_ex(&g, Value::None, None)? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration_with(v)),
    }
}

fn gen_iter_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "__iter__")?;
    crate::builtins::args::no_args("generator.__iter__", &args[1..], kw)?;
    Ok(Value::Gen(g))
}

/// `generator.throw(typ[, val[, tb]])`.
pub fn gen_throw_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "throw")?;
    crate::builtins::args::positional("throw", &args[1..], kw, 1, 3)?;
    let exc = match vm.throw_args(&args[1..]) {
        Ok(exc) => exc,
        Err(e) => {
            return match vm.gen_throw_invalid(&g, e)? {
                GenResult::Yield(v) => Ok(v),
                GenResult::Return(v) => Err(stop_iteration_with(v)),
            }
        }
    };
    match vm.gen_throw(&g, exc, true, Some(&args[1..]))? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration_with(v)),
    }
}

/// `generator.close()`.
pub fn gen_close_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "close")?;
    let fname = format!("{}.close", type_name_of_kind(g.kind));
    crate::builtins::args::no_args(&fname, &args[1..], kw)?;
    vm.gen_close(&g)
}

/// `generator.__del__()` (CPython's `_PyGen_Finalize`): close, reporting errors as
/// unraisable.
pub(crate) fn gen_del_native(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let g = this(vm, args, "__del__")?;
    let fname = format!("{}.__del__", type_name_of_kind(g.kind));
    crate::builtins::args::no_args(&fname, &args[1..], kw)?;
    if g.state.get() == GenState::Suspended {
        if let Err(e) = vm.gen_close(&g) {
            vm.write_unraisable(e, &Value::Gen(g.clone()), None);
        }
    }
    Ok(Value::None)
}

pub(crate) fn gen_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Gen(g) => Ok(format!(
            "<{} object {} at {:#x}>",
            type_name_of_kind(g.kind),
            g.qualname().as_str(),
            v.id()
        )),
        _ => Err(PyErr::type_error("expected a generator")),
    }
}

fn gen_slot_iter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn gen_slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Gen(g) => {
            let g = g.clone();
            vm.gen_next(&g)
        }
        _ => Err(PyErr::type_error("expected a generator")),
    }
}

pub(crate) fn getter_gen(v: &Value) -> PyResult<&Rc<PyGen>> {
    match v {
        Value::Gen(g) => Ok(g),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'generator' object",
        )),
    }
}

pub(crate) fn gi_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(getter_gen(v)?.state.get() == GenState::Running))
}

pub(crate) fn gi_suspended(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        getter_gen(v)?.state.get() == GenState::Suspended,
    ))
}

pub(crate) fn gi_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Code(getter_gen(v)?.code.clone()))
}

/// `gi_code` is a read-only member in CPython (not a getset): its own message.
pub(crate) fn readonly_member(_vm: &mut Vm, _v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(PyErr::attribute_error("readonly attribute"))
}

pub(crate) fn gi_yieldfrom(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(getter_gen(v)?.yield_from().unwrap_or(Value::None))
}

pub(crate) fn gi_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = getter_gen(v)?;
    if g.state.get() == GenState::Closed {
        return Ok(Value::None);
    }
    Ok(frame_object(vm, g))
}

pub(crate) fn gen_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Str(getter_gen(v)?.name()))
}

pub(crate) fn gen_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Str(getter_gen(v)?.qualname()))
}

pub(crate) fn set_gen_name(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let g = getter_gen(v)?;
    match x {
        Some(Value::Str(s)) => {
            g.set_names(Some(s), None);
            Ok(())
        }
        _ => Err(PyErr::type_error("__name__ must be set to a string object")),
    }
}

pub(crate) fn set_gen_qualname(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let g = getter_gen(v)?;
    match x {
        Some(Value::Str(s)) => {
            g.set_names(None, Some(s));
            Ok(())
        }
        _ => Err(PyErr::type_error(
            "__qualname__ must be set to a string object",
        )),
    }
}

/// The `generator` type object (registered as `vm.types.generator`).
pub fn make_generator_type(object: &Rc<PyType>) -> Rc<PyType> {
    let slots = TypeSlots {
        repr: Some(gen_repr),
        iter: Some(gen_slot_iter),
        next: Some(gen_slot_next),
        ..TypeSlots::default()
    };
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("send", gen_send_native),
        ("throw", gen_throw_native),
        ("close", gen_close_native),
        ("__next__", gen_next_native),
        ("__iter__", gen_iter_native),
        ("__del__", gen_del_native),
    ];
    let t = crate::object::builtin_types::new_native_type("generator", object, slots, methods);
    let getsets: Vec<(&'static str, Getter, Option<Setter>)> = vec![
        ("gi_running", gi_running, None),
        ("gi_suspended", gi_suspended, None),
        ("gi_code", gi_code, Some(readonly_member)),
        ("gi_yieldfrom", gi_yieldfrom, None),
        ("gi_frame", gi_frame, None),
        ("__name__", gen_name, Some(set_gen_name)),
        ("__qualname__", gen_qualname, Some(set_gen_qualname)),
    ];
    crate::object::builtin_types::add_getsets(&t, getsets.into_iter());
    t
}

/// `gi_frame`: the `frame` object viewing a generator's frame (`object/frame_obj.rs`).
fn frame_object(vm: &mut Vm, g: &Rc<PyGen>) -> Value {
    crate::object::frame_obj::gen_frame(vm, g)
}

impl Vm {
    /// `CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR` (PEP 479): a StopIteration escaping a
    /// generator body becomes RuntimeError("generator raised StopIteration") caused by it.
    pub(crate) fn stop_iteration_error(&mut self, exc: Value, flags: u32) -> Value {
        let t = self.type_of(&exc);
        let what = if flags & code_flags::COROUTINE != 0 {
            "coroutine"
        } else if flags & code_flags::ASYNC_GENERATOR != 0 {
            "async generator"
        } else {
            "generator"
        };
        let msg = if super::unwind::type_is_exc(&t, ExcType::StopIteration) {
            format!("{what} raised StopIteration")
        } else if flags & code_flags::ASYNC_GENERATOR != 0
            && super::unwind::type_is_exc(&t, ExcType::StopAsyncIteration)
        {
            "async generator raised StopAsyncIteration".to_string()
        } else {
            return exc;
        };
        let rt = self.exc_type_object(ExcType::RuntimeError);
        let err = self.new_exception_object(rt, vec![Value::from_string(msg)]);
        if let Some(d) = super::unwind::exc_data(&err) {
            let mut d = d.borrow_mut();
            d.cause = exc.clone();
            d.context = exc;
            d.suppress_context = true;
        }
        err
    }
}
