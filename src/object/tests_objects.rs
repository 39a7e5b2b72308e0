//! Rust-level tests of the object model through the whole pipeline: run a snippet, then read
//! `repr(result)` (or the raised exception) back through the protocol API.

use crate::object::str::intern;
use crate::object::{PyDict, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Run `src` as `__main__` and return `repr(r)` of the global `r`, or `Type: message` of the
/// uncaught exception.
fn run(src: &str) -> String {
    let mut vm = Vm::new_captured();
    let code = match vm.compile_source(src, "<test>", "exec") {
        Ok(c) => c,
        Err(e) => return format!("compile error: {:?}", e),
    };
    let g = Rc::new(PyDict::new());
    g.set_str(intern("__name__"), Value::str("__main__"));
    match vm.run_code(code, g.clone()) {
        Ok(_) => {}
        Err(e) => {
            let exc = vm.materialize(&e);
            let t = vm.type_of(&exc);
            let msg = vm
                .str(&exc)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            let name = t.name.borrow().as_str().to_string();
            return if msg.is_empty() {
                name
            } else {
                format!("{}: {}", name, msg)
            };
        }
    }
    match g.get_str(&intern("r")) {
        Some(v) => match vm.repr(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(e) => {
                let exc = vm.materialize(&e);
                format!(
                    "repr failed: {:?}",
                    vm.str(&exc).map(|s| s.as_str().to_string())
                )
            }
        },
        None => "<no r>".into(),
    }
}

#[test]
fn smoke_class_instance_attribute() {
    assert_eq!(run("class A:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\nr = A(5).get()\n"), "5");
}
