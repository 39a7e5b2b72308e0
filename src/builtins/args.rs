//! Argument checking for natives, with CPython's exact messages (`_PyArg_CheckPositional`,
//! `_PyArg_NoKeywords`, METH_O / METH_NOARGS errors), and small shared helpers (type names,
//! exception matching, native type objects). Nothing here runs Python code except `type_name`
//! (which only reads the type).

use crate::object::class::{Instance, Payload, PyType, TypeKind};
use crate::object::{ExcType, NativeFn, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// `type(v).__name__`.
pub fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name.borrow().as_str().to_string()
}

/// "f() takes no keyword arguments".
pub fn no_kwargs(fname: &str, kwargs: Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{fname}() takes no keyword arguments"
        )))
    }
}

/// METH_O: "f() takes exactly one argument (N given)" (also rejects keywords).
pub fn one_arg<'a>(fname: &str, args: &'a [Value], kwargs: Kwargs) -> PyResult<&'a Value> {
    no_kwargs(fname, kwargs)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// METH_NOARGS: "f() takes no arguments (N given)".
pub fn no_args(fname: &str, args: &[Value], kwargs: Kwargs) -> PyResult<()> {
    no_kwargs(fname, kwargs)?;
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `_PyArg_CheckPositional`: "name expected at least 1 argument, got 0".
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    fn s(k: usize) -> &'static str {
        if k == 1 {
            ""
        } else {
            "s"
        }
    }
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(PyErr::type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(PyErr::type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(())
}

/// Positional range check plus "takes no keyword arguments".
pub fn positional(
    name: &str,
    args: &[Value],
    kwargs: Kwargs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    check_positional(name, args.len(), min, max)
}

/// Split keyword arguments by the allowed names; "f() got an unexpected keyword argument 'x'".
pub fn take_kwargs<const N: usize>(
    fname: &str,
    kwargs: Kwargs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

/// True if `err` is an instance of the builtin exception `kind` (or a subclass).
pub fn err_is(vm: &Vm, err: &PyErr, kind: ExcType) -> bool {
    match &*err.0 {
        crate::object::PyErrRepr::Lazy { kind: k, .. } => k.is_subclass_of(kind),
        crate::object::PyErrRepr::Object(obj) => {
            let t = vm.type_of(obj);
            let hit =
                |t: &PyType| matches!(t.kind, TypeKind::Exception(k) if k.is_subclass_of(kind));
            hit(&t) || t.mro.iter().any(|m| hit(m))
        }
    }
}

/// An int argument as i64 via `__index__` (OverflowError for huge values, with `what` naming
/// the C type as CPython does: "Python int too large to convert to C ssize_t").
pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match vm.index(v)? {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(PyErr::overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
        },
    }
}

thread_local! {
    static OBJECT_TYPE: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
    static NATIVE_TYPES: RefCell<HashMap<&'static str, Rc<PyType>>> = RefCell::new(HashMap::new());
    /// `native_type` hits keyed by the name's address (no string hashing on hot paths such
    /// as iterator creation); cleared whenever a type is (re)registered.
    static NATIVE_FAST: RefCell<Vec<((usize, usize), Rc<PyType>)>> = const { RefCell::new(Vec::new()) };
}

/// Called once by whoever builds `object` so native types created here get it as their base.
pub fn set_object_type(t: Rc<PyType>) {
    OBJECT_TYPE.with(|o| *o.borrow_mut() = Some(t));
}

/// Replace (or pre-register) the type object used for native type `name` (the objects helper
/// may build a richer one).
pub fn register_native_type(name: &'static str, t: Rc<PyType>) {
    NATIVE_FAST.with(|f| f.borrow_mut().clear());
    NATIVE_TYPES.with(|m| {
        m.borrow_mut().insert(name, t);
    });
}

/// The type object for a native type owned by this crate area (`list_iterator`, `dict_keys`,
/// `enumerate`, `TextIOWrapper`...), created on first use with `methods` (dunders included)
/// in its dict. Its base is `object` when `set_object_type` was called.
pub fn native_type(name: &'static str, methods: &'static [(&'static str, NativeFn)]) -> Rc<PyType> {
    let addr = (name.as_ptr() as usize, name.len());
    let fast = NATIVE_FAST.with(|f| {
        f.borrow()
            .iter()
            .find(|(a, _)| *a == addr)
            .map(|(_, t)| t.clone())
    });
    if let Some(t) = fast {
        return t;
    }
    if let Some(t) = NATIVE_TYPES.with(|m| m.borrow().get(name).cloned()) {
        NATIVE_FAST.with(|f| {
            let mut f = f.borrow_mut();
            if f.len() < 64 {
                f.push((addr, t.clone()));
            }
        });
        return t;
    }
    let object = OBJECT_TYPE.with(|o| o.borrow().clone());
    let t = crate::object::builtin_types::make_builtin_type(
        name,
        TypeKind::Native,
        object.as_ref(),
        crate::object::class::TypeSlots::default(),
        methods,
        &[],
        false,
    );
    register_native_type(name, t.clone());
    t
}

/// A new native instance of `class` with `payload` (no `__dict__`).
pub fn new_native(class: Rc<PyType>, payload: Payload) -> Value {
    Value::Instance(Rc::new(Instance {
        class,
        dict: None,
        payload,
    }))
}

/// `<NAME object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    format!("<{} object at {:#x}>", type_name(vm, v), v.id())
}
