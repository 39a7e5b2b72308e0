//! Cells: the heap boxes that closures share (CPython's `PyCellObject`), their repr and
//! `cell_contents`. A frame never hands
//! out pointers into itself, so generator frames can move freely.

use super::Value;
use std::cell::RefCell;

#[derive(Debug, Default)]
pub struct PyCell {
    /// `Value::Null` when empty (unbound).
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> PyCell {
        PyCell {
            value: RefCell::new(v),
        }
    }
    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }
    pub fn set(&self, v: Value) {
        // Take the old value out before dropping it: its drop may run Python finalizers.
        let old = std::mem::replace(&mut *self.value.borrow_mut(), v);
        drop(old);
    }
}

use super::class::{type_name_of, Getter, TypeSlots};
use super::descr::Setter;
use super::PyErr;

pub fn cell_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(|vm, v| match v {
            Value::Cell(c) => {
                let inner = c.get();
                if inner.is_null() {
                    Ok(format!("<cell at {:#x}: empty>", v.id()))
                } else {
                    Ok(format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        v.id(),
                        type_name_of(vm, &inner),
                        inner.id()
                    ))
                }
            }
            _ => Ok(String::new()),
        }),
        hash: Some(|_, v| Ok(super::class::identity_hash(v))),
        ..TypeSlots::default()
    }
}

pub fn add_cell_getsets(types: &super::builtin_types::BuiltinTypes) {
    let gs: Vec<(&'static str, Getter, Option<Setter>)> = vec![(
        "cell_contents",
        |_, v| match v {
            Value::Cell(c) => {
                let x = c.get();
                if x.is_null() {
                    Err(PyErr::value_error("Cell is empty"))
                } else {
                    Ok(x)
                }
            }
            _ => Err(PyErr::type_error("descriptor requires a 'cell' object")),
        },
        Some(|_, v, x| match v {
            Value::Cell(c) => {
                c.set(x.unwrap_or(Value::Null));
                Ok(())
            }
            _ => Err(PyErr::type_error("descriptor requires a 'cell' object")),
        }),
    )];
    super::builtin_types::add_getsets(&types.cell, gs.into_iter());
}
