//! `_types`: the native half of coil's `types` module (`py/types.py`): the interpreter's
//! builtin type objects that Python code cannot reach by name, and
//! `_mark_iterable_coroutine`, which `types.coroutine` uses to make a generator function's
//! generators awaitable (CPython replaces the function's code with a copy flagged
//! `CO_ITERABLE_COROUTINE`; coil flags the shared code object: `CodeObject::iterable_coroutine`).

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::code_flags;
use crate::object::{PyResult, Value};
use crate::vm::Vm;

/// `_types._mark_iterable_coroutine(func)`: for a generator function, flag its code and return
/// True; False for anything else (the caller wraps it instead).
fn mark_iterable_coroutine(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = args::one_arg("_mark_iterable_coroutine", a, kw)?;
    let Value::Function(func) = f else {
        return Ok(Value::Bool(false));
    };
    let flags = func.code.flags;
    if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) != 0
        || func.code.iterable_coroutine.get()
    {
        return Ok(Value::Bool(true));
    }
    if flags & code_flags::GENERATOR != 0 && flags & code_flags::ASYNC_GENERATOR == 0 {
        func.code.iterable_coroutine.set(true);
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(false))
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "_types",
        &[("_mark_iterable_coroutine", mark_iterable_coroutine)],
    );
    let t = &vm.types;
    let entries = [
        ("GeneratorType", &t.generator),
        ("CoroutineType", &t.coroutine),
        ("AsyncGeneratorType", &t.async_generator),
        ("FunctionType", &t.function),
        ("CodeType", &t.code),
        ("CellType", &t.cell),
        ("MethodType", &t.method),
        ("BuiltinFunctionType", &t.builtin_function),
        ("ModuleType", &t.module),
        ("MappingProxyType", &t.mappingproxy),
        ("TracebackType", &t.traceback),
        ("GetSetDescriptorType", &t.getset_descriptor),
        ("MemberDescriptorType", &t.member_descriptor),
        ("WrapperDescriptorType", &t.wrapper_descriptor),
        ("MethodWrapperType", &t.method_wrapper),
        ("NoneType", &t.none),
        ("NotImplementedType", &t.not_implemented),
        ("EllipsisType", &t.ellipsis),
    ];
    for (name, ty) in entries {
        super::set(&d, name, Value::Type(ty.clone()));
    }
    Ok(m)
}
