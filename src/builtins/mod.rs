//! Builtin functions (`print`, `len`, `sorted`, ...) and their registration:
//! `builtin_functions()` lists every builtin function by name; the VM puts them (and the type
//! objects) into the builtins namespace. `args` holds the argument-checking helpers shared by
//! every native.

pub mod args;

/// Register the builtin functions and types in `vm.builtins` (called once by `Vm::new`).
pub fn init(_vm: &mut crate::vm::Vm) {}
