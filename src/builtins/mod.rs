//! Builtin functions (`print`, `len`, `sorted`, ...) and their registration in the builtins
//! namespace.

/// Register the builtin functions and types in `vm.builtins` (called once by `Vm::new`).
pub fn init(_vm: &mut crate::vm::Vm) {}
