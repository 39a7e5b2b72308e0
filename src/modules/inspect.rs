//! A native subset of the `inspect` module: the generator/coroutine predicates
//! (`isgenerator`, `isgeneratorfunction`, `iscoroutine`, `iscoroutinefunction`, `isasyncgen`,
//! `isasyncgenfunction`, `isawaitable`), `getgeneratorstate` with the `GEN_*` constants,
//! `getgeneratorlocals`, and the simple kind tests (`isfunction`, `ismethod`, `isclass`,
//! `isbuiltin`, `isroutine`, `ismodule`, `iscode`, `isframe`, `istraceback`,
//! `ismemberdescriptor`, `isgetsetdescriptor`, `isdatadescriptor`). Frames:
//! `currentframe` (`object/frame_obj.rs`); `stack`, `trace`, `getframeinfo`,
//! `getouterframes`, `getinnerframes` forward to the Python half `_coil_inspect`
//! (`py/_coil_inspect.py`, imported on first use so `import inspect` stays cheap).
//!
//! Invariants: every predicate takes exactly one positional argument named `object` (CPython's
//! messages for missing arguments) and never raises for an unexpected kind of object.

use crate::builtins::args::Kwargs;
use crate::bytecode::code_flags;
use crate::object::generator::{GenKind, GenState};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `f(object)`: the single argument, with CPython's message when it is missing.
/// `inspect.currentframe()`: the caller's frame object (`sys._getframe()`).
fn currentframe(
    vm: &mut Vm,
    a: &[Value],
    kw: &[(std::rc::Rc<crate::object::PyStr>, Value)],
) -> PyResult<Value> {
    if let Some((k, _)) = kw.first() {
        return Err(PyErr::type_error(format!(
            "currentframe() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if !a.is_empty() {
        return Err(PyErr::type_error(format!(
            "currentframe() takes 0 positional arguments but {} {} given",
            a.len(),
            if a.len() == 1 { "was" } else { "were" }
        )));
    }
    crate::object::frame_obj::getframe(vm, 0)
}

fn object_arg<'a>(
    name: &str,
    a: &'a [Value],
    kw: &'a [(std::rc::Rc<crate::object::PyStr>, Value)],
) -> PyResult<&'a Value> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "object") {
        return Err(PyErr::type_error(format!(
            "{name}() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if let Some((_, v)) = kw.first() {
        if a.is_empty() {
            return Ok(v);
        }
        return Err(PyErr::type_error(format!(
            "{name}() got multiple values for argument 'object'"
        )));
    }
    match a.len() {
        1 => Ok(&a[0]),
        0 => Err(PyErr::type_error(format!(
            "{name}() missing 1 required positional argument: 'object'"
        ))),
        n => Err(PyErr::type_error(format!(
            "{name}() takes 1 positional argument but {n} were given"
        ))),
    }
}

/// The code flags of a function (through bound methods), CPython's `_has_code_flag`.
fn code_flags_of(v: &Value) -> Option<u32> {
    match v {
        Value::Function(f) => Some(f.code.flags),
        Value::BoundMethod(m) => code_flags_of(&m.func),
        _ => None,
    }
}

/// CPython 3.11's `_has_code_flag`: bound methods are unwrapped to their function, then
/// `functools.partial` objects to the function they wrap (`functools._unwrap_partial`).
fn has_flag(vm: &mut Vm, v: &Value, flag: u32) -> PyResult<bool> {
    let mut f = v.clone();
    while let Value::BoundMethod(m) = &f {
        let inner = m.func.clone();
        f = inner;
    }
    let partial = match vm.modules.get_str(&crate::object::str::intern("functools")) {
        Some(m @ Value::Module(_)) => vm.getattr_opt(&m, &crate::object::str::intern("partial"))?,
        _ => None,
    };
    if let Some(Value::Type(pt)) = partial {
        let func = crate::object::str::intern("func");
        while matches!(f, Value::Instance(_)) && vm.isinstance(&f, &pt) {
            f = vm.getattr(&f, &func)?;
        }
    }
    Ok(code_flags_of(&f).map_or(false, |fl| fl & flag != 0))
}

fn gen_kind(v: &Value) -> Option<GenKind> {
    match v {
        Value::Gen(g) => Some(g.kind),
        _ => None,
    }
}

fn isgenerator(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isgenerator", a, kw)?;
    Ok(Value::Bool(gen_kind(v) == Some(GenKind::Generator)))
}

fn iscoroutine(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("iscoroutine", a, kw)?;
    Ok(Value::Bool(gen_kind(v) == Some(GenKind::Coroutine)))
}

fn isasyncgen(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isasyncgen", a, kw)?;
    Ok(Value::Bool(gen_kind(v) == Some(GenKind::AsyncGenerator)))
}

fn isgeneratorfunction(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isgeneratorfunction", a, kw)?;
    Ok(Value::Bool(has_flag(vm, v, code_flags::GENERATOR)?))
}

fn iscoroutinefunction(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("iscoroutinefunction", a, kw)?;
    Ok(Value::Bool(has_flag(vm, v, code_flags::COROUTINE)?))
}

fn isasyncgenfunction(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isasyncgenfunction", a, kw)?;
    Ok(Value::Bool(has_flag(vm, v, code_flags::ASYNC_GENERATOR)?))
}

fn isawaitable(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isawaitable", a, kw)?;
    let r = match v {
        Value::Gen(g) => g.kind == GenKind::Coroutine || crate::vm::coro::is_iterable_coroutine(g),
        _ => {
            let t = vm.type_of(v);
            t.lookup(&crate::vm::name("__await__")).is_some()
        }
    };
    Ok(Value::Bool(r))
}

fn getgeneratorstate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("getgeneratorstate", a, kw)?;
    let Value::Gen(g) = v else {
        // Anything else: CPython 3.11 reads gi_running, gi_suspended and gi_frame.
        let g = v.clone();
        let intern = crate::object::str::intern;
        let running = vm.getattr(&g, &intern("gi_running"))?;
        if vm.truthy(&running)? {
            return Ok(Value::Str(intern("GEN_RUNNING")));
        }
        let suspended = vm.getattr(&g, &intern("gi_suspended"))?;
        if vm.truthy(&suspended)? {
            return Ok(Value::Str(intern("GEN_SUSPENDED")));
        }
        if vm.getattr(&g, &intern("gi_frame"))?.is_none() {
            return Ok(Value::Str(intern("GEN_CLOSED")));
        }
        return Ok(Value::Str(intern("GEN_CREATED")));
    };
    let s = match g.state.get() {
        GenState::Created => "GEN_CREATED",
        GenState::Running => "GEN_RUNNING",
        GenState::Suspended => "GEN_SUSPENDED",
        GenState::Closed => "GEN_CLOSED",
    };
    Ok(Value::Str(crate::object::str::intern(s)))
}

fn getgeneratorlocals(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("getgeneratorlocals", a, kw)?;
    let Value::Gen(g) = v else {
        return Err(PyErr::type_error(format!(
            "{} is not a Python generator",
            vm.repr(v)?.as_str()
        )));
    };
    if g.state.get() == GenState::Running || g.state.get() == GenState::Closed {
        return Ok(Value::Dict(std::rc::Rc::new(crate::object::PyDict::new())));
    }
    let frame = vm.getattr(v, &crate::vm::name("gi_frame"))?;
    vm.getattr(&frame, &crate::vm::name("f_locals"))
}

/// `inspect.getcoroutinestate(coro)`: CORO_CREATED / RUNNING / SUSPENDED / CLOSED, from
/// `cr_running`, `cr_suspended` and `cr_frame` for objects other than coroutines.
fn getcoroutinestate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("getcoroutinestate", a, kw)?;
    let intern = crate::object::str::intern;
    if let Value::Gen(g) = v {
        let s = match g.state.get() {
            GenState::Created => "CORO_CREATED",
            GenState::Running => "CORO_RUNNING",
            GenState::Suspended => "CORO_SUSPENDED",
            GenState::Closed => "CORO_CLOSED",
        };
        return Ok(Value::Str(intern(s)));
    }
    let c = v.clone();
    let running = vm.getattr(&c, &intern("cr_running"))?;
    if vm.truthy(&running)? {
        return Ok(Value::Str(intern("CORO_RUNNING")));
    }
    let suspended = vm.getattr(&c, &intern("cr_suspended"))?;
    if vm.truthy(&suspended)? {
        return Ok(Value::Str(intern("CORO_SUSPENDED")));
    }
    if vm.getattr(&c, &intern("cr_frame"))?.is_none() {
        return Ok(Value::Str(intern("CORO_CLOSED")));
    }
    Ok(Value::Str(intern("CORO_CREATED")))
}

/// `inspect.getcoroutinelocals(coro)`: the locals of its frame, `{}` without one.
fn getcoroutinelocals(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("getcoroutinelocals", a, kw)?;
    let frame = vm.getattr_opt(v, &crate::vm::name("cr_frame"))?;
    match frame {
        Some(f) if !f.is_none() => vm.getattr(&f, &crate::vm::name("f_locals")),
        _ => Ok(Value::Dict(std::rc::Rc::new(crate::object::PyDict::new()))),
    }
}

fn isfunction(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isfunction", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Function(_))))
}

fn ismethod(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("ismethod", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::BoundMethod(_))))
}

fn isclass(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isclass", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Type(_))))
}

fn isbuiltin(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isbuiltin", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Builtin(_))))
}

fn isroutine(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isroutine", a, kw)?;
    Ok(Value::Bool(matches!(
        v,
        Value::Builtin(_) | Value::Function(_) | Value::BoundMethod(_)
    )))
}

fn ismodule(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("ismodule", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Module(_))))
}

fn iscode(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("iscode", a, kw)?;
    Ok(Value::Bool(matches!(v, Value::Code(_))))
}

/// `inspect.isframe(obj)`: a `frame` object (`object/frame_obj.rs`).
fn isframe(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isframe", a, kw)?;
    Ok(Value::Bool(
        crate::object::class::with_native::<crate::object::frame_obj::FrameObj, _>(v, |_| ())
            .is_some(),
    ))
}

/// `inspect.istraceback(obj)`: a traceback object.
fn istraceback(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("istraceback", a, kw)?;
    Ok(Value::Bool(
        crate::object::class::with_native::<crate::object::exception::TracebackObj, _>(v, |_| ())
            .is_some(),
    ))
}

/// `inspect.ismemberdescriptor(obj)`: a `__slots__` member (`object/member.rs`).
fn ismemberdescriptor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("ismemberdescriptor", a, kw)?;
    let t = vm.type_of(v);
    Ok(Value::Bool(std::rc::Rc::ptr_eq(
        &t,
        &vm.types.member_descriptor,
    )))
}

/// `inspect.isgetsetdescriptor(obj)`: a native attribute (`type.__dict__['__name__']`).
fn isgetsetdescriptor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isgetsetdescriptor", a, kw)?;
    let t = vm.type_of(v);
    Ok(Value::Bool(std::rc::Rc::ptr_eq(
        &t,
        &vm.types.getset_descriptor,
    )))
}

/// `inspect.isdatadescriptor(obj)`: not a class, method or function, and its type defines
/// `__set__` or `__delete__` (native attributes count: their type sets them in C).
fn isdatadescriptor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isdatadescriptor", a, kw)?;
    if matches!(
        v,
        Value::Type(_) | Value::Function(_) | Value::BoundMethod(_)
    ) {
        return Ok(Value::Bool(false));
    }
    let t = vm.type_of(v);
    let r = std::rc::Rc::ptr_eq(&t, &vm.types.getset_descriptor)
        || t.lookup_str("__set__").is_some()
        || t.lookup_str("__delete__").is_some();
    Ok(Value::Bool(r))
}

/// Call `name` of the Python half `_coil_inspect` (imported on first use).
fn coil_inspect(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let m = super::import(vm, "_coil_inspect")?;
    let f = vm.getattr(&m, &crate::object::str::intern(name))?;
    vm.call_kw(&f, a, kw)
}

/// `inspect.stack(context=1)`: a `FrameInfo` for the caller and each frame outwards.
fn stack(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let frame = crate::object::frame_obj::getframe(vm, 0)?;
    let mut args = vec![frame];
    args.extend_from_slice(a);
    coil_inspect(vm, "getouterframes", &args, kw)
}

fn trace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    coil_inspect(vm, "trace", a, kw)
}

fn getframeinfo(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    coil_inspect(vm, "getframeinfo", a, kw)
}

fn getouterframes(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    coil_inspect(vm, "getouterframes", a, kw)
}

fn getinnerframes(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    coil_inspect(vm, "getinnerframes", a, kw)
}

/// `inspect.isabstract(obj)`: a class flagged abstract (a non-empty `__abstractmethods__`).
fn isabstract(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = object_arg("isabstract", a, kw)?;
    Ok(Value::Bool(
        matches!(v, Value::Type(t) if t.is_abstract.get()),
    ))
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "inspect",
        &[
            ("isgenerator", isgenerator),
            ("isgeneratorfunction", isgeneratorfunction),
            ("iscoroutine", iscoroutine),
            ("iscoroutinefunction", iscoroutinefunction),
            ("isasyncgen", isasyncgen),
            ("isasyncgenfunction", isasyncgenfunction),
            ("isawaitable", isawaitable),
            ("getgeneratorstate", getgeneratorstate),
            ("getgeneratorlocals", getgeneratorlocals),
            ("getcoroutinestate", getcoroutinestate),
            ("getcoroutinelocals", getcoroutinelocals),
            ("isfunction", isfunction),
            ("currentframe", currentframe),
            ("ismethod", ismethod),
            ("isclass", isclass),
            ("isbuiltin", isbuiltin),
            ("isroutine", isroutine),
            ("ismodule", ismodule),
            ("iscode", iscode),
            ("isframe", isframe),
            ("istraceback", istraceback),
            ("stack", stack),
            ("trace", trace),
            ("getframeinfo", getframeinfo),
            ("getouterframes", getouterframes),
            ("getinnerframes", getinnerframes),
            ("isabstract", isabstract),
            ("ismemberdescriptor", ismemberdescriptor),
            ("isgetsetdescriptor", isgetsetdescriptor),
            ("isdatadescriptor", isdatadescriptor),
        ],
    );
    for s in [
        "GEN_CREATED",
        "GEN_RUNNING",
        "GEN_SUSPENDED",
        "GEN_CLOSED",
        "CORO_CREATED",
        "CORO_RUNNING",
        "CORO_SUSPENDED",
        "CORO_CLOSED",
    ] {
        super::set(&d, s, Value::Str(crate::object::str::intern(s)));
    }
    for (k, flag) in [
        ("CO_OPTIMIZED", code_flags::OPTIMIZED),
        ("CO_NEWLOCALS", code_flags::NEWLOCALS),
        ("CO_VARARGS", code_flags::VARARGS),
        ("CO_VARKEYWORDS", code_flags::VARKEYWORDS),
        ("CO_NESTED", code_flags::NESTED),
        ("CO_GENERATOR", code_flags::GENERATOR),
        ("CO_NOFREE", code_flags::NOFREE),
        ("CO_COROUTINE", code_flags::COROUTINE),
        ("CO_ITERABLE_COROUTINE", code_flags::ITERABLE_COROUTINE),
        ("CO_ASYNC_GENERATOR", code_flags::ASYNC_GENERATOR),
    ] {
        super::set(&d, k, Value::Int(flag as i64));
    }
    Ok(m)
}
