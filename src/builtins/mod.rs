//! Builtin functions (`print`, `len`, `sorted`, ...) and their registration:
//! `builtin_functions()` lists every builtin function by name and `init` puts them into
//! `vm.builtins` (the type objects `int`, `list`, ... are registered by the objects helper).
//! `args` holds the argument-checking helpers shared by every native. Files by theme:
//! `core` (object protocol builtins), `num` (numeric builtins), `seq` (iteration builtins),
//! `io` (print/input/open and file objects), `exec` (compile/exec/eval/globals/locals/import).

pub mod args;
pub mod core;
pub mod exec;
pub mod io;
pub mod num;
pub mod seq;

use crate::object::{BuiltinFunction, NativeFn, Value};
use std::rc::Rc;

/// Every builtin function, by name.
pub fn builtin_functions() -> &'static [(&'static str, NativeFn)] {
    &[
        ("print", io::builtin_print),
        ("input", io::builtin_input),
        ("open", io::builtin_open),
        ("len", core::builtin_len),
        ("repr", core::builtin_repr),
        ("ascii", core::builtin_ascii),
        ("hash", core::builtin_hash),
        ("id", core::builtin_id),
        ("callable", core::builtin_callable),
        ("isinstance", core::builtin_isinstance),
        ("issubclass", core::builtin_issubclass),
        ("getattr", core::builtin_getattr),
        ("setattr", core::builtin_setattr),
        ("hasattr", core::builtin_hasattr),
        ("delattr", core::builtin_delattr),
        ("iter", core::builtin_iter),
        ("next", core::builtin_next),
        ("anext", crate::vm::asyncgen::builtin_anext),
        ("aiter", crate::vm::asyncgen::builtin_aiter),
        ("vars", core::builtin_vars),
        ("dir", core::builtin_dir),
        ("format", core::builtin_format),
        ("chr", num::builtin_chr),
        ("ord", num::builtin_ord),
        ("hex", num::builtin_hex),
        ("oct", num::builtin_oct),
        ("bin", num::builtin_bin),
        ("abs", num::builtin_abs),
        ("divmod", num::builtin_divmod),
        ("pow", num::builtin_pow),
        ("round", num::builtin_round),
        ("sorted", seq::builtin_sorted),
        ("min", seq::builtin_min),
        ("max", seq::builtin_max),
        ("sum", seq::builtin_sum),
        ("any", seq::builtin_any),
        ("all", seq::builtin_all),
        ("enumerate", crate::object::iter::enumerate_new),
        ("zip", crate::object::iter::zip_new),
        ("map", crate::object::iter::map_new),
        ("filter", crate::object::iter::filter_new),
        ("reversed", crate::object::iter::reversed_new),
        ("compile", exec::builtin_compile),
        ("exec", exec::builtin_exec),
        ("eval", exec::builtin_eval),
        ("globals", exec::builtin_globals),
        ("locals", exec::builtin_locals),
        ("__import__", exec::builtin_import),
    ]
}

/// Register the builtin functions in `vm.builtins` (called once by `Vm::new`). Names already
/// present (e.g. type objects registered first by the objects helper) are not overwritten.
pub fn init(vm: &mut crate::vm::Vm) {
    let b = vm.builtins.clone();
    for (name, f) in builtin_functions() {
        let key = crate::object::str::intern(name);
        if b.get_str(&key).is_none() {
            b.set_str(
                key,
                Value::Builtin(Rc::new(BuiltinFunction {
                    name,
                    func: *f,
                    bound: None,
                    owner: "",
                })),
            );
        }
    }
}
