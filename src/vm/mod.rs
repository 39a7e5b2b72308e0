//! The virtual machine: `Vm` owns the frame stack, the builtin types and modules, the
//! handled-exception stack and the output sinks. The protocol API natives call back into lives in
//! `protocol.rs`; the dispatch loop lives in `eval.rs`, calls in `call.rs`.
//!
//! Invariants: a Python-to-Python call pushes a heap frame and never recurses in Rust; the only
//! Rust re-entry is `Vm::call` (and the protocol helpers built on it) from native code, counted
//! against the recursion limit.

use crate::object::PyResult;

pub struct Vm {
    _private: (),
    /// The builtin type registry (objects helper).
    pub types: crate::object::builtin_types::BuiltinTypes,
}

pub mod call;
pub mod protocol;

impl Vm {
    /// Write text to `sys.stdout` / `sys.stderr`.
    pub fn write_stdout(&mut self, _s: &str) -> PyResult<()> {
        todo!("vm helper")
    }
    pub fn write_stderr(&mut self, _s: &str) -> PyResult<()> {
        todo!("vm helper")
    }
}
