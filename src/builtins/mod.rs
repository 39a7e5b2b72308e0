//! Builtin functions (`print`, `len`, `sorted`, ...) and their registration in the builtins
//! namespace.
