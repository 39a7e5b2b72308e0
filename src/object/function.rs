//! Callables: Python functions (`Function`: code + globals + defaults + closure), builtin
//! functions implemented in Rust (`BuiltinFunction`), and bound methods; their reprs
//! (`<function C.m at 0x...>`, `<built-in method append of list object at 0x...>`,
//! `<bound method C.m of <__main__.C object at 0x...>>`) and attributes (`__name__`,
//! `__qualname__`, `__doc__`, `__module__`, `__dict__`, `__defaults__`, `__code__`, ...).
//! Calling them is the VM's job (`vm/call.rs`).

use super::{PyCell, PyDict, PyStr, PyTuple, Value};
use crate::bytecode::CodeObject;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The native calling convention: positional args (for methods, `args[0]` is self) and
/// keyword args as (name, value) pairs in call order. Natives that take no keywords must
/// raise CPython's "f() takes no keyword arguments" when `kwargs` is non-empty.
pub type NativeFn =
    fn(vm: &mut Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> super::PyResult<Value>;

#[derive(Debug)]
pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Positional defaults (`__defaults__`).
    pub defaults: RefCell<Option<Rc<PyTuple>>>,
    /// Keyword-only defaults (`__kwdefaults__`).
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// One cell per `code.freevars` entry.
    pub closure: Option<Box<[Rc<PyCell>]>>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub doc: RefCell<Value>,
    pub module: Value,
    /// `__annotations__`: a dict, or `Value::Null` until first read (then an empty dict).
    pub annotations: RefCell<Value>,
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For builtin methods bound at lookup time (`[].append`): the receiver. None for plain
    /// functions and for unbound method descriptors stored in a type dict.
    pub bound: Option<Value>,
    /// The type name for methods (`list` in `<method 'append' of 'list' objects>`), or "".
    pub owner: &'static str,
}

impl std::fmt::Debug for BuiltinFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<builtin {}>", self.name)
    }
}

#[derive(Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

// ---------------------------------------------------------------------------------------------
// Reprs and attributes.

use super::class::{identity_hash, type_name_of, Getter, TypeSlots};
use super::descr::Setter;
use super::{PyErr, PyResult};

fn func_of(v: &Value) -> PyResult<&Rc<Function>> {
    match v {
        Value::Function(f) => Ok(f),
        _ => Err(PyErr::type_error("descriptor requires a 'function' object")),
    }
}

/// `repr(f)`: `<function f at 0x...>` (qualname).
pub fn function_repr(f: &Rc<Function>) -> String {
    format!(
        "<function {} at {:#x}>",
        f.qualname.borrow().as_str(),
        Rc::as_ptr(f) as *const u8 as usize
    )
}

pub fn function_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, v| Ok(func_of(v).map(function_repr).unwrap_or_default())),
        hash: Some(|_, v| Ok(identity_hash(v))),
        ..TypeSlots::default()
    }
}

/// `repr` of a builtin: `<built-in function len>`, `<built-in method append of list object at
/// 0x...>`, or `<method 'append' of 'list' objects>` for an unbound method descriptor.
/// True for a builtin that CPython implements as a slot wrapper (`list.__len__`,
/// `(1).__add__`, `g.__next__`): its type is `wrapper_descriptor` / `method-wrapper`.
pub fn is_slotish(b: &BuiltinFunction) -> bool {
    const SLOT_NAMES: &[&str] = &[
        "__init__",
        "__repr__",
        "__str__",
        "__hash__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__setattr__",
        "__delattr__",
        "__getattribute__",
        "__call__",
        "__next__",
        "__iter__",
    ];
    !b.owner.is_empty()
        && (super::slotwrap::is_slot_wrapper(b.func) || SLOT_NAMES.contains(&b.name))
}

pub fn builtin_repr(vm: &Vm, b: &BuiltinFunction) -> String {
    let slotish = is_slotish(b);
    if slotish {
        return match &b.bound {
            None => format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner),
            Some(recv) => format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.name,
                type_name_of(vm, recv),
                recv.id()
            ),
        };
    }
    match &b.bound {
        Some(Value::Module(_)) | None if b.owner.is_empty() => {
            format!("<built-in function {}>", b.name)
        }
        None => format!("<method '{}' of '{}' objects>", b.name, b.owner),
        Some(Value::Module(_)) => format!("<built-in function {}>", b.name),
        Some(recv) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            type_name_of(vm, recv),
            recv.id()
        ),
    }
}

pub fn builtin_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| match v {
            Value::Builtin(b) => Ok(builtin_repr(vm, b)),
            _ => Ok(String::new()),
        }),
        hash: Some(|_, v| Ok(identity_hash(v))),
        richcompare: Some(|_, a, b, op| {
            use crate::bytecode::CmpKind;
            let eq = match (a, b) {
                (Value::Builtin(x), Value::Builtin(y)) => {
                    x.func as usize == y.func as usize
                        && x.name == y.name
                        && match (&x.bound, &y.bound) {
                            (Some(p), Some(q)) => p.is(q),
                            (None, None) => true,
                            _ => false,
                        }
                }
                _ => return Ok(Value::NotImplemented),
            };
            Ok(match op {
                CmpKind::Eq => Value::Bool(eq),
                CmpKind::Ne => Value::Bool(!eq),
                _ => Value::NotImplemented,
            })
        }),
        ..TypeSlots::default()
    }
}

/// `repr(bound method)`: `<bound method C.m of <__main__.C object at 0x...>>`.
pub fn method_repr(vm: &mut Vm, m: &BoundMethod) -> PyResult<String> {
    let name = match &m.func {
        Value::Function(f) => f.qualname.borrow().as_str().to_string(),
        Value::Builtin(b) => {
            if let Value::Type(t) = &m.receiver {
                let _ = t;
                return Ok(format!(
                    "<built-in method {} of type object at {:#x}>",
                    b.name,
                    m.receiver.id()
                ));
            }
            b.name.to_string()
        }
        other => match vm.getattr_opt(other, &super::str::intern("__qualname__"))? {
            Some(q) => vm.str(&q)?.as_str().to_string(),
            None => "?".into(),
        },
    };
    let r = vm.repr(&m.receiver)?;
    Ok(format!("<bound method {} of {}>", name, r.as_str()))
}

pub fn method_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| match v {
            Value::BoundMethod(m) => method_repr(vm, m),
            _ => Ok(String::new()),
        }),
        hash: Some(|vm, v| match v {
            Value::BoundMethod(m) => {
                let a = identity_hash(&m.receiver);
                let b = vm.hash(&m.func)?;
                let h = a ^ b;
                Ok(if h == -1 { -2 } else { h })
            }
            _ => Ok(0),
        }),
        richcompare: Some(|_, a, b, op| {
            use crate::bytecode::CmpKind;
            let eq = match (a, b) {
                (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                    x.func.is(&y.func) && x.receiver.is(&y.receiver)
                }
                _ => return Ok(Value::NotImplemented),
            };
            Ok(match op {
                CmpKind::Eq => Value::Bool(eq),
                CmpKind::Ne => Value::Bool(!eq),
                _ => Value::NotImplemented,
            })
        }),
        ..TypeSlots::default()
    }
}

pub fn code_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|_, v| match v {
            Value::Code(c) => Ok(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.id(),
                c.source.name,
                c.first_line
            )),
            _ => Ok(String::new()),
        }),
        hash: Some(|_, v| Ok(identity_hash(v))),
        ..TypeSlots::default()
    }
}

fn set_str_attr(v: Option<Value>, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "{} must be set to a string object",
            what
        ))),
    }
}

fn module_key() -> Rc<PyStr> {
    super::str::intern("__module__")
}

/// Install the attributes of functions, builtins, methods and code objects.
pub fn add_function_getsets(types: &super::builtin_types::BuiltinTypes) {
    use super::builtin_types::add_getsets;
    type G = (&'static str, Getter, Option<Setter>);
    let f: Vec<G> = vec![
        (
            "__name__",
            |_, v| Ok(Value::Str(func_of(v)?.name.borrow().clone())),
            Some(|_, v, x| {
                let s = set_str_attr(x, "__name__")?;
                *func_of(v)?.name.borrow_mut() = s;
                Ok(())
            }),
        ),
        (
            "__qualname__",
            |_, v| Ok(Value::Str(func_of(v)?.qualname.borrow().clone())),
            Some(|_, v, x| {
                let s = set_str_attr(x, "__qualname__")?;
                *func_of(v)?.qualname.borrow_mut() = s;
                Ok(())
            }),
        ),
        (
            "__doc__",
            |_, v| Ok(func_of(v)?.doc.borrow().clone()),
            Some(|_, v, x| {
                let old =
                    std::mem::replace(&mut *func_of(v)?.doc.borrow_mut(), x.unwrap_or(Value::None));
                drop(old);
                Ok(())
            }),
        ),
        (
            "__module__",
            |_, v| {
                let f = func_of(v)?;
                if let Some(d) = f.dict.borrow().as_ref() {
                    if let Some(m) = d.get_str(&module_key()) {
                        return Ok(m);
                    }
                }
                Ok(f.module.clone())
            },
            Some(|_, v, x| {
                let f = func_of(v)?;
                let d = super::attr::instance_dict(v, true)
                    .ok_or_else(|| PyErr::type_error("no dict"))?;
                let _ = f;
                d.set_str(module_key(), x.unwrap_or(Value::None));
                Ok(())
            }),
        ),
        (
            "__dict__",
            super::attr::dict_getset_get,
            Some(super::attr::dict_getset_set),
        ),
        (
            "__defaults__",
            |_, v| {
                Ok(func_of(v)?
                    .defaults
                    .borrow()
                    .as_ref()
                    .map(|t| Value::Tuple(t.clone()))
                    .unwrap_or(Value::None))
            },
            // func_set_defaults: a tuple, or None / `del` for none.
            Some(|_, v, x| {
                let new = match x {
                    None | Some(Value::None) => None,
                    Some(Value::Tuple(t)) => Some(t),
                    Some(_) => {
                        return Err(PyErr::type_error(
                            "__defaults__ must be set to a tuple object",
                        ))
                    }
                };
                let old = std::mem::replace(&mut *func_of(v)?.defaults.borrow_mut(), new);
                drop(old);
                Ok(())
            }),
        ),
        (
            "__kwdefaults__",
            |_, v| {
                Ok(func_of(v)?
                    .kwdefaults
                    .borrow()
                    .as_ref()
                    .map(|d| Value::Dict(d.clone()))
                    .unwrap_or(Value::None))
            },
            // func_set_kwdefaults: a dict, or None / `del` for none.
            Some(|_, v, x| {
                let new = match x {
                    None | Some(Value::None) => None,
                    Some(Value::Dict(d)) => Some(d),
                    Some(_) => {
                        return Err(PyErr::type_error(
                            "__kwdefaults__ must be set to a dict object",
                        ))
                    }
                };
                let old = std::mem::replace(&mut *func_of(v)?.kwdefaults.borrow_mut(), new);
                drop(old);
                Ok(())
            }),
        ),
        (
            "__code__",
            |_, v| Ok(Value::Code(func_of(v)?.code.clone())),
            None,
        ),
        (
            "__globals__",
            |_, v| Ok(Value::Dict(func_of(v)?.globals.clone())),
            None,
        ),
        (
            "__closure__",
            |_, v| {
                Ok(match &func_of(v)?.closure {
                    Some(cells) => {
                        Value::tuple(cells.iter().map(|c| Value::Cell(c.clone())).collect())
                    }
                    None => Value::None,
                })
            },
            None,
        ),
        (
            "__annotations__",
            |_, v| {
                let f = func_of(v)?;
                let cur = f.annotations.borrow().clone();
                if !cur.is_null() {
                    return Ok(cur);
                }
                let a = Value::Dict(Rc::new(PyDict::new()));
                *f.annotations.borrow_mut() = a.clone();
                Ok(a)
            },
            // func_set_annotations: a dict, or `del` (None here) resets to "unset".
            Some(|_, v, x| {
                let new = match x {
                    None => Value::Null,
                    Some(d @ Value::Dict(_)) => d,
                    Some(_) => {
                        return Err(PyErr::type_error(
                            "__annotations__ must be set to a dict object",
                        ))
                    }
                };
                let old = std::mem::replace(&mut *func_of(v)?.annotations.borrow_mut(), new);
                drop(old);
                Ok(())
            }),
        ),
        (
            "__builtins__",
            |_, v| {
                let f = func_of(v)?;
                Ok(f.globals
                    .get_str(&super::str::intern("__builtins__"))
                    .unwrap_or(Value::None))
            },
            None,
        ),
    ];
    add_getsets(&types.function, f.into_iter());
    fn bf(v: &Value) -> PyResult<&Rc<BuiltinFunction>> {
        match v {
            Value::Builtin(b) => Ok(b),
            _ => Err(PyErr::type_error(
                "descriptor requires a 'builtin_function_or_method' object",
            )),
        }
    }
    let b: Vec<G> = vec![
        ("__name__", |_, v| Ok(Value::str(bf(v)?.name)), None),
        (
            "__qualname__",
            |_, v| {
                let b = bf(v)?;
                Ok(if b.owner.is_empty() {
                    Value::str(b.name)
                } else {
                    Value::from_string(format!("{}.{}", b.owner, b.name))
                })
            },
            None,
        ),
        ("__doc__", |_, _| Ok(Value::None), None),
        (
            "__self__",
            |vm, v| {
                let b = bf(v)?;
                Ok(match &b.bound {
                    Some(x) => x.clone(),
                    None if b.owner.is_empty() => {
                        let _ = vm;
                        Value::None
                    }
                    None => Value::None,
                })
            },
            None,
        ),
        (
            "__module__",
            |_, v| {
                let b = bf(v)?;
                Ok(if b.owner.is_empty() && b.bound.is_none() {
                    Value::str("builtins")
                } else {
                    Value::None
                })
            },
            None,
        ),
        ("__text_signature__", |_, _| Ok(Value::None), None),
    ];
    add_getsets(&types.builtin_function, b.into_iter());
    fn bm(v: &Value) -> PyResult<&Rc<BoundMethod>> {
        match v {
            Value::BoundMethod(m) => Ok(m),
            _ => Err(PyErr::type_error("descriptor requires a 'method' object")),
        }
    }
    let m: Vec<G> = vec![
        ("__self__", |_, v| Ok(bm(v)?.receiver.clone()), None),
        ("__func__", |_, v| Ok(bm(v)?.func.clone()), None),
    ];
    add_getsets(&types.method, m.into_iter());
    fn code(v: &Value) -> PyResult<&Rc<CodeObject>> {
        match v {
            Value::Code(c) => Ok(c),
            _ => Err(PyErr::type_error("descriptor requires a 'code' object")),
        }
    }
    fn names(v: &[Rc<str>]) -> Value {
        Value::tuple(v.iter().map(|s| Value::str(s)).collect())
    }
    let c: Vec<G> = vec![
        ("co_name", |_, v| Ok(Value::str(&code(v)?.name)), None),
        (
            "co_qualname",
            |_, v| Ok(Value::str(&code(v)?.qualname)),
            None,
        ),
        (
            "co_filename",
            |_, v| Ok(Value::str(&code(v)?.source.name)),
            None,
        ),
        (
            "co_firstlineno",
            |_, v| Ok(Value::Int(code(v)?.first_line as i64)),
            None,
        ),
        (
            "co_argcount",
            |_, v| Ok(Value::Int(code(v)?.argcount as i64)),
            None,
        ),
        (
            "co_posonlyargcount",
            |_, v| Ok(Value::Int(code(v)?.posonlyargcount as i64)),
            None,
        ),
        (
            "co_kwonlyargcount",
            |_, v| Ok(Value::Int(code(v)?.kwonlyargcount as i64)),
            None,
        ),
        (
            "co_flags",
            |_, v| {
                let c = code(v)?;
                let extra = if c.iterable_coroutine.get() { 0x100 } else { 0 };
                Ok(Value::Int((c.flags | extra) as i64))
            },
            None,
        ),
        ("co_varnames", |_, v| Ok(names(&code(v)?.varnames)), None),
        ("co_cellvars", |_, v| Ok(names(&code(v)?.cellvars)), None),
        ("co_freevars", |_, v| Ok(names(&code(v)?.freevars)), None),
        (
            "co_names",
            |_, v| Ok(Value::tuple(code(v)?.names.clone())),
            None,
        ),
        (
            "co_consts",
            |_, v| Ok(Value::tuple(code(v)?.consts.clone())),
            None,
        ),
        (
            "co_nlocals",
            |_, v| Ok(Value::Int(code(v)?.varnames.len() as i64)),
            None,
        ),
        (
            "co_stacksize",
            |_, v| Ok(Value::Int(code(v)?.max_stack as i64)),
            None,
        ),
    ];
    add_getsets(&types.code, c.into_iter());
}
