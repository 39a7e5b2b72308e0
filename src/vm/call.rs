//! Calling: argument binding for Python functions with CPython's exact messages
//! (`initialize_locals` in `Python/ceval.c`), frame set-up (cells, closure copy), and calls of
//! natives, classes and bound methods. `call`/`call_kw` are the only Rust re-entry into the
//! dispatch loop; the loop itself calls Python functions stacklessly via `prepare_call`.

use super::frame::Frame;
use super::Vm;
use crate::bytecode::code_flags;
use crate::object::{ExcType, Function, PyCell, PyDict, PyErr, PyResult, PyStr, PyTuple, Value};
use std::rc::Rc;

/// What `prepare_call` produced: a frame to run (Python function) or a finished result.
pub enum Prepared {
    Frame(Box<Frame>),
    Done(Value),
    /// A class call whose `__init__` is a Python function: the frame running
    /// `__init__(obj, ...)` (marked `frame::INIT_FRAME`) and the new instance, which is the
    /// call's result once `__init__` returns None (CPython 3.12's `CALL_ALLOC_AND_ENTER_INIT`:
    /// no nested dispatch loop).
    Init(Box<Frame>, Value),
}

/// True when a function's arguments can be bound by position alone (no keyword-only
/// parameters, no `*args`/`**kwargs`) and a call runs its frame (not a generator or
/// coroutine function); cells are created afterwards by `init_cells`.
#[inline(always)]
pub fn is_simple(code: &crate::bytecode::CodeObject) -> bool {
    code.kwonlyargcount == 0
        && code.flags
            & (code_flags::VARARGS
                | code_flags::VARKEYWORDS
                | code_flags::GENERATOR
                | code_flags::COROUTINE
                | code_flags::ASYNC_GENERATOR)
            == 0
}

/// The native constructor behind `t(*args)` when calling the type is exactly
/// `t.slots.new(args, kwargs)` (builtin types such as `range`, `str`, `int`, `tuple`, `list`
/// with no metaclass `__call__` override and no `__init__` to run): the dispatch loop can then
/// call it on the value stack like a builtin function (`call_native_from_stack`) instead of
/// collecting an argument vector for `call_type`. `None` for heap classes, `type`, exceptions
/// and `object`, which need `type_call`'s full logic.
#[inline]
pub fn native_constructor(t: &crate::object::PyType) -> Option<crate::object::NativeFn> {
    use crate::object::class::TypeKind;
    if t.flags.heap || t.meta.as_ref().is_some_and(|m| m.flags.heap) {
        return None;
    }
    match t.kind {
        TypeKind::Type | TypeKind::Exception(_) | TypeKind::Object => None,
        _ => t.slots.new,
    }
}

impl Vm {
    /// `f(*args)`.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, &[])
    }

    /// `f(*args, **kwargs)`. Python functions run in a nested dispatch loop (counted against
    /// the recursion limit); natives and types are called directly.
    pub fn call_kw(
        &mut self,
        f: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        match self.prepare_call(f, args, kwargs)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(frame) => self.run_frame_reentrant(frame),
            Prepared::Init(mut frame, obj) => {
                frame.nlocals &= !super::frame::INIT_FRAME;
                let r = self.run_frame_reentrant(frame)?;
                if !r.is_none() {
                    return Err(crate::object::class::init_returned_error(self, &r));
                }
                Ok(obj)
            }
        }
    }

    /// Resolve a call: bind a Python function's arguments into a new frame (not yet running;
    /// the recursion depth is already counted for it), or call anything else and return its
    /// result.
    pub fn prepare_call(
        &mut self,
        f: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Prepared> {
        match f {
            Value::Function(func) => {
                if func.code.flags & super::gen::GEN_FLAGS != 0 {
                    return self.make_generator(func, args, kwargs).map(Prepared::Done);
                }
                let frame = self.function_frame(func, args, kwargs)?;
                Ok(Prepared::Frame(frame))
            }
            Value::Builtin(b) => {
                let r = match &b.bound {
                    None => (b.func)(self, args, kwargs),
                    Some(recv) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(recv.clone());
                        full.extend_from_slice(args);
                        (b.func)(self, &full, kwargs)
                    }
                };
                r.map(Prepared::Done)
            }
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend_from_slice(args);
                let func = m.func.clone();
                self.prepare_call(&func, &full, kwargs)
            }
            Value::Type(t) => {
                if let Some(new) = native_constructor(t) {
                    return new(self, args, kwargs).map(Prepared::Done);
                }
                let t = t.clone();
                if !t.flags.heap {
                    return crate::object::class::call_type(self, &t, args, kwargs)
                        .map(Prepared::Done);
                }
                use crate::object::class::TypeCall;
                match crate::object::class::type_call_prepare(self, &t, args, kwargs)? {
                    TypeCall::Done(v) => Ok(Prepared::Done(v)),
                    TypeCall::Init {
                        obj,
                        init: Value::Function(init),
                    } if init.code.flags & super::gen::GEN_FLAGS == 0 => {
                        let mut full: smallvec::SmallVec<[Value; 8]> =
                            smallvec::SmallVec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend(args.iter().cloned());
                        let mut frame = self.function_frame(&init, &full, kwargs)?;
                        frame.nlocals |= super::frame::INIT_FRAME;
                        Ok(Prepared::Init(frame, obj))
                    }
                    TypeCall::Init { obj, init } => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend_from_slice(args);
                        let r = self.call_kw(&init, &full, kwargs)?;
                        if !r.is_none() {
                            return Err(crate::object::class::init_returned_error(self, &r));
                        }
                        Ok(Prepared::Done(obj))
                    }
                }
            }
            _ => {
                // Instances with `__call__` (looked up on the type).
                let t = self.type_of(f);
                match super::eval::lookup_type_attr(&t, &super::name("__call__")) {
                    Some(call @ (Value::Function(_) | Value::Builtin(_))) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(f.clone());
                        full.extend_from_slice(args);
                        self.prepare_call(&call, &full, kwargs)
                    }
                    // Any other descriptor (staticmethod, a callable instance) binds first.
                    Some(call) if !call.is_none() => {
                        let bound = crate::object::attr::descr_get(self, &call, Some(f), &t)?;
                        self.prepare_call(&bound, args, kwargs)
                    }
                    _ => Err(PyErr::type_error(format!(
                        "'{}' object is not callable",
                        t.name.borrow().as_str()
                    ))),
                }
            }
        }
    }

    /// Check the recursion limit before a new Python frame starts ("maximum recursion depth
    /// exceeded", raised in the caller as CPython does) and count the frame.
    #[inline(always)]
    /// Also the call-side poll of Ctrl-C (`interrupt::pending`, one relaxed load), as CPython
    /// checks its eval breaker on calls.
    pub(crate) fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit || super::interrupt::pending() {
            return Err(self.enter_frame_failed());
        }
        self.depth += 1;
        Ok(())
    }

    #[cold]
    fn enter_frame_failed(&mut self) -> PyErr {
        if self.depth >= self.recursion_limit {
            recursion_error("maximum recursion depth exceeded")
        } else {
            super::interrupt::take_error()
        }
    }

    /// A new frame for `func` with its arguments bound (CPython's `initialize_locals`), the
    /// cells created and the closure copied in.
    pub fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let mut frame = self.frame_pool.get(
            code.clone(),
            func.globals.clone(),
            self.builtins.clone(),
            None,
        );
        if kwargs.is_empty() && is_simple(code) && args.len() == code.argcount as usize {
            for (slot, a) in frame.values.iter_mut().zip(args) {
                *slot = a.clone();
            }
        } else if let Err(e) = bind_args(func, &mut frame.values, args, kwargs) {
            self.frame_pool.put(frame);
            return Err(e);
        }
        init_cells(func, &mut frame.values);
        if let Err(e) = self.enter_frame() {
            self.frame_pool.put(frame);
            return Err(e);
        }
        Ok(frame)
    }
}

/// Create the cells for `cellvars` (a cell shadowing a parameter starts out holding the
/// argument) and copy the closure's cells into the freevar slots.
#[inline]
pub fn init_cells(func: &Function, locals: &mut [Value]) {
    let code = &func.code;
    if code.cellvars.is_empty() && code.freevars.is_empty() {
        return;
    }
    let nvar = code.varnames.len();
    for i in 0..code.cellvars.len() {
        let init = match code.cell2arg.get(i).copied().flatten() {
            Some(a) => locals.get(a as usize).cloned().unwrap_or(Value::Null),
            None => Value::Null,
        };
        locals[nvar + i] = Value::Cell(Rc::new(PyCell::new(init)));
    }
    if let Some(closure) = &func.closure {
        let base = nvar + code.cellvars.len();
        for (j, c) in closure.iter().enumerate() {
            if let Some(slot) = locals.get_mut(base + j) {
                *slot = Value::Cell(c.clone());
            }
        }
    }
}

pub fn recursion_error(msg: &str) -> PyErr {
    PyErr::new(ExcType::RecursionError, msg)
}

fn qualname(func: &Function) -> String {
    func.qualname.borrow().as_str().to_string()
}

/// `'x'`, `'x' and 'y'`, `'x', 'y', and 'z'` (CPython's `format_missing`).
fn format_names(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn missing_arguments(func: &Function, kind: &str, names: &[&str]) -> PyErr {
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(func),
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        format_names(names)
    ))
}

/// Bind `args`/`kwargs` into `locals` (all `Null` on entry) following CPython 3.11's
/// `initialize_locals`, including the order in which errors are detected.
pub fn bind_args(
    func: &Function,
    locals: &mut [Value],
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<()> {
    let code = &func.code;
    let co_argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let total_args = co_argcount + kwonly;
    let has_varargs = code.flags & code_flags::VARARGS != 0;
    let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
    let argcount = args.len();

    let kwdict = if has_varkw {
        let d = Rc::new(PyDict::new());
        let idx = total_args + has_varargs as usize;
        locals[idx] = Value::Dict(d.clone());
        Some(d)
    } else {
        None
    };

    let n = argcount.min(co_argcount);
    for (slot, a) in locals.iter_mut().zip(&args[..n]) {
        *slot = a.clone();
    }
    if has_varargs {
        let rest = if argcount > n {
            args[n..].to_vec()
        } else {
            Vec::new()
        };
        locals[total_args] = Value::Tuple(Rc::new(PyTuple::new(rest)));
    }

    for (kname, kval) in kwargs {
        let found = (posonly..total_args).find(|&j| {
            let vn = &code.varnames[j];
            &**vn == kname.as_str()
        });
        match found {
            None => match &kwdict {
                Some(d) => {
                    d.set_str(kname.clone(), kval.clone());
                }
                None => {
                    let posonly_hits: Vec<&str> = kwargs
                        .iter()
                        .filter(|(k, _)| {
                            code.varnames[..posonly].iter().any(|v| &**v == k.as_str())
                        })
                        .map(|(k, _)| k.as_str())
                        .collect();
                    if !posonly_hits.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            qualname(func),
                            posonly_hits.join(", ")
                        )));
                    }
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(func),
                        kname.as_str()
                    )));
                }
            },
            Some(j) => {
                if !locals[j].is_null() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(func),
                        kname.as_str()
                    )));
                }
                locals[j] = kval.clone();
            }
        }
    }

    let defaults_t = func.defaults.borrow().clone();
    let defaults: &[Value] = match &defaults_t {
        Some(t) => &t.items,
        None => &[],
    };
    let defcount = defaults.len();

    if argcount > co_argcount && !has_varargs {
        let kwonly_given = (co_argcount..total_args)
            .filter(|&i| !locals[i].is_null())
            .count();
        let (sig, plural) = if defcount > 0 {
            (
                format!(
                    "from {} to {}",
                    co_argcount - defcount.min(co_argcount),
                    co_argcount
                ),
                true,
            )
        } else {
            (co_argcount.to_string(), co_argcount != 1)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if argcount != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            qualname(func),
            sig,
            if plural { "s" } else { "" },
            argcount,
            kwonly_sig,
            if argcount == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        )));
    }

    if argcount < co_argcount {
        let m = co_argcount.saturating_sub(defcount);
        let missing: Vec<&str> = (argcount..m)
            .filter(|&i| locals[i].is_null())
            .map(|i| &*code.varnames[i])
            .collect();
        if !missing.is_empty() {
            // CPython lists every missing positional parameter from the start.
            let all: Vec<&str> = (0..m)
                .filter(|&i| locals[i].is_null())
                .map(|i| &*code.varnames[i])
                .collect();
            return Err(missing_arguments(func, "positional", &all));
        }
        let start = n.saturating_sub(m);
        for i in start..defcount {
            if m + i < locals.len() && locals[m + i].is_null() {
                locals[m + i] = defaults[i].clone();
            }
        }
    }

    if kwonly > 0 {
        let mut missing: Vec<&str> = Vec::new();
        for i in co_argcount..total_args {
            if !locals[i].is_null() {
                continue;
            }
            let vn = &code.varnames[i];
            let kd = func.kwdefaults.borrow().clone();
            if let Some(kd) = &kd {
                if let Some(d) = kd.get_by_str(vn) {
                    locals[i] = d;
                    continue;
                }
            }
            missing.push(vn);
        }
        if !missing.is_empty() {
            return Err(missing_arguments(func, "keyword-only", &missing));
        }
    }
    Ok(())
}

impl Vm {
    /// Run a class body function with `ns` as its locals mapping (LOAD_NAME/STORE_NAME go to
    /// `ns`); returns what the body returns (the `__class__` cell, or None). Used by
    /// `__build_class__`.
    pub fn run_class_body(&mut self, func: &Rc<Function>, ns: &Rc<PyDict>) -> PyResult<Value> {
        let mut frame = self.frame_pool.get(
            func.code.clone(),
            func.globals.clone(),
            self.builtins.clone(),
            Some(Value::Dict(ns.clone())),
        );
        init_cells(func, &mut frame.values);
        if let Err(e) = self.enter_frame() {
            self.frame_pool.put(frame);
            return Err(e);
        }
        self.run_frame_reentrant(frame)
    }

    /// Zero-argument `super()`: `(__class__ cell contents, first argument)` of the calling
    /// Python frame (CPython's `super_init_without_args`).
    pub fn super_args(&mut self) -> PyResult<(Value, Value)> {
        let f = match self.frames.last() {
            Some(f) => f,
            None => return Err(PyErr::runtime_error("super(): no arguments")),
        };
        let code = &f.code;
        if code.argcount == 0 && code.flags & code_flags::VARARGS == 0 {
            return Err(PyErr::runtime_error("super(): no arguments"));
        }
        let nvar = code.varnames.len();
        let mut first = f.values.first().cloned().unwrap_or(Value::Null);
        // A first argument captured by a closure lives in its cell.
        for (i, a) in code.cell2arg.iter().enumerate() {
            if *a == Some(0) {
                if let Some(Value::Cell(c)) = f.values.get(nvar + i) {
                    first = c.get();
                }
            }
        }
        if first.is_null() {
            return Err(PyErr::runtime_error("super(): arg[0] deleted"));
        }
        let pos = code.freevars.iter().position(|n| &**n == "__class__");
        let class = match pos {
            Some(j) => match f.values.get(nvar + code.cellvars.len() + j) {
                Some(Value::Cell(c)) => c.get(),
                _ => Value::Null,
            },
            None => return Err(PyErr::runtime_error("super(): __class__ cell not found")),
        };
        match class {
            Value::Null => Err(PyErr::runtime_error("super(): empty __class__ cell")),
            Value::Type(_) => Ok((class, first)),
            _ => Err(PyErr::runtime_error(
                "super(): __class__ is not a type (NoneType)",
            )),
        }
    }
}
