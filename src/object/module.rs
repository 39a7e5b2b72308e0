//! Module objects: a name and a namespace dict; their repr (`<module 'sys' (built-in)>`,
//! `<module 'm' from '/path/m.py'>`), `__dict__`, and `types.ModuleType(name)`.

use super::{PyDict, PyStr};
use std::rc::Rc;

#[derive(Debug)]
pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

use super::class::{Getter, TypeSlots};
use super::descr::Setter;
use super::str::intern;
use super::{PyErr, PyResult, Value};

impl Module {
    /// A module with `__name__` (and `__doc__` None) set in its dict.
    pub fn new(name: &str) -> Module {
        let dict = Rc::new(PyDict::new());
        dict.set_str(intern("__name__"), Value::str(name));
        dict.set_str(intern("__doc__"), Value::None);
        Module {
            name: intern(name),
            dict,
        }
    }
}

fn module_repr(vm: &mut crate::vm::Vm, v: &Value) -> PyResult<String> {
    let m = match v {
        Value::Module(m) => m,
        _ => return Ok(String::new()),
    };
    let name = match m.dict.get_str(&intern("__name__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "?".to_string(),
    };
    match m.dict.get_str(&intern("__file__")) {
        Some(f @ Value::Str(_)) => Ok(format!(
            "<module '{}' from {}>",
            name,
            vm.repr(&f)?.as_str()
        )),
        _ => Ok(format!("<module '{}' (built-in)>", name)),
    }
}

pub fn module_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(module_repr),
        hash: Some(|_, v| Ok(super::class::identity_hash(v))),
        new: Some(|vm, args, _kw| match args.first() {
            Some(Value::Str(s)) => {
                let m = Module::new(s.as_str());
                if let Some(doc) = args.get(1) {
                    m.dict.set_str(intern("__doc__"), doc.clone());
                }
                Ok(Value::Module(Rc::new(m)))
            }
            Some(other) => Err(PyErr::type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                super::class::type_name_of(vm, other)
            ))),
            None => Err(PyErr::type_error(
                "module.__init__() missing required argument 'name' (pos 1)",
            )),
        }),
        ..TypeSlots::default()
    }
}

pub fn add_module_getsets(types: &super::builtin_types::BuiltinTypes) {
    let gs: Vec<(&'static str, Getter, Option<Setter>)> = vec![(
        "__dict__",
        |_, v| match v {
            Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
            _ => Err(PyErr::type_error("descriptor requires a 'module' object")),
        },
        None,
    )];
    super::builtin_types::add_getsets(&types.module, gs.into_iter());
}
