//! Builtin functions (`print`, `len`, `sorted`, ...) and their registration:
//! `builtin_functions()` lists every builtin function by name; the VM puts them (and the type
//! objects) into the builtins namespace. `args` holds the argument-checking helpers shared by
//! every native.

pub mod args;
