//! The dispatch loop's call helpers, out of `eval.rs`: moving a simple Python call's
//! arguments into a pooled callee frame (`push_simple_call`, CPython's
//! `CALL_PY_EXACT_ARGS`), and calling a native function on arguments taken straight from the
//! caller's stack (`call_native_from_stack`, a method descriptor's vectorcall).
//!
//! Invariants: arguments are moved bitwise, each with exactly one owner at any time; the
//! caller frame sits on `Vm::frames` while a native runs (tracebacks, re-entrant calls).

use super::eval::discard;
use super::fastpath::pop_value;
use super::frame::Frame;
use super::Vm;
use crate::object::{Function, PyResult, Value};
use std::rc::Rc;

impl Vm {
    /// Push a frame for a simple Python function whose `n` arguments sit at
    /// `caller.values[start..]` (the callable just below, at `start - 1`, or the method at
    /// `start - 1` for `CallMethod`): the arguments are moved, not cloned.
    #[inline(always)]
    pub(super) fn push_simple_call(
        &mut self,
        caller: &mut Box<Frame>,
        func: &Rc<Function>,
        start: usize,
        n: usize,
    ) -> PyResult<Box<Frame>> {
        self.enter_frame()?;
        let fcode = &func.code;
        let nlocals = fcode.nlocalsplus();
        let mut callee = self
            .frame_pool
            .get_empty(fcode, &func.globals, &self.builtins);
        let len = caller.values.len();
        debug_assert!(len == start + n && n <= nlocals && start >= 1);
        debug_assert!(callee.values.is_empty() && callee.values.capacity() >= nlocals);
        // SAFETY: `get_empty` hands out an empty buffer with room for `nlocals` (and the
        // stack). The `n` arguments are moved bitwise (the caller's length drops below them
        // first, so each has exactly one owner), the other locals are written as `Null`.
        // The callable's slot (`start - 1`) was emptied by the caller (taken out as `func`)
        // and holds a `Null`, which needs no drop.
        unsafe {
            let dst = callee.values.as_mut_ptr();
            caller.values.set_len(start - 1);
            // A plain loop: `copy_nonoverlapping` with a run-time length became a memcpy call.
            let src = caller.values.as_ptr().add(start);
            for k in 0..len - start {
                std::ptr::write(dst.add(k), std::ptr::read(src.add(k)));
            }
            for k in n..nlocals {
                std::ptr::write(dst.add(k), Value::Null);
            }
            callee.values.set_len(nlocals);
        }
        if !(callee.code.cellvars.is_empty() && callee.code.freevars.is_empty()) {
            super::call::init_cells(func, &mut callee.values);
        }
        Ok(callee)
    }
}

impl Vm {
    /// CALL/CALL_KW on a Python function without `**kwargs` (CPython's `initialize_locals`
    /// for its common case): the `n` values at `caller.values[start..]` are the positional
    /// arguments (extra ones go to `*args`) followed by one value per name in `names`; the
    /// callable sits at `start - 1`.
    /// Every binding is planned first; when anything would raise (unknown or repeated
    /// keyword, missing argument, too many positionals) None is returned with nothing
    /// changed, and the generic path reports it with CPython's message. Otherwise the values
    /// are moved into a pooled callee frame, defaults filled in, and the callable dropped.
    pub(super) fn push_kw_call(
        &mut self,
        caller: &mut Box<Frame>,
        func: &Rc<Function>,
        start: usize,
        n: usize,
        names: &[Value],
    ) -> Option<PyResult<Box<Frame>>> {
        use crate::bytecode::code_flags as cf;
        const MAX_KW: usize = 16;
        let code = &func.code;
        if code.flags & (cf::VARKEYWORDS | cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR) != 0
        {
            return None;
        }
        let varargs = code.flags & cf::VARARGS != 0;
        let nkw = names.len();
        let argc = code.argcount as usize;
        let total = argc + code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        if nkw > n || nkw > MAX_KW || total > 64 || caller.values.len() != start + n {
            return None;
        }
        let npos = n - nkw;
        if npos > argc && !varargs {
            return None;
        }
        // Positionals bound to parameters; the rest (`*args`) go into a tuple.
        let nbound = npos.min(argc);
        // The plan: which local each keyword value goes to, and which locals stay unset.
        let mut filled: u64 = if nbound == 64 {
            u64::MAX
        } else {
            (1u64 << nbound) - 1
        };
        let mut slot_of = [0u8; MAX_KW];
        for (k, name) in names.iter().enumerate() {
            let Value::Str(s) = name else { return None };
            let j = (posonly..total).find(|&j| &*code.varnames[j] == s.as_str())?;
            if filled & (1 << j) != 0 {
                return None;
            }
            filled |= 1 << j;
            slot_of[k] = j as u8;
        }
        let defaults_t = func.defaults.borrow().clone();
        let defaults: &[Value] = match &defaults_t {
            Some(t) => &t.items,
            None => &[],
        };
        let first_default = argc.saturating_sub(defaults.len());
        for i in nbound..argc {
            if filled & (1 << i) == 0 && i < first_default {
                return None;
            }
        }
        let mut kwonly_defaults: [Option<Value>; 4] = Default::default();
        for i in argc..total {
            if filled & (1 << i) == 0 {
                let kd = func.kwdefaults.borrow().clone()?;
                let d = kd.get_by_str(&code.varnames[i])?;
                *kwonly_defaults.get_mut(i - argc)? = Some(d);
            }
        }
        if let Err(e) = self.enter_frame() {
            return Some(Err(e));
        }
        let nlocals = code.nlocalsplus();
        let mut extra: Vec<Value> = Vec::with_capacity(npos - nbound);
        let mut callee = self
            .frame_pool
            .get_empty(code, &func.globals, &self.builtins);
        debug_assert!(callee.values.is_empty() && callee.values.capacity() >= nlocals);
        // SAFETY: `get_empty` hands out an empty buffer with room for `nlocals`; every local
        // is first written `Null`, then the `n` argument values are moved bitwise (the caller's
        // length drops below them, so each keeps exactly one owner) into their planned slots,
        // which are distinct and below `total <= nlocals`.
        unsafe {
            let dst = callee.values.as_mut_ptr();
            for k in 0..nlocals {
                std::ptr::write(dst.add(k), Value::Null);
            }
            callee.values.set_len(nlocals);
            caller.values.set_len(start);
            let src = caller.values.as_ptr().add(start);
            for k in 0..nbound {
                std::ptr::write(dst.add(k), std::ptr::read(src.add(k)));
            }
            for k in nbound..npos {
                extra.push(std::ptr::read(src.add(k)));
            }
            for k in 0..nkw {
                std::ptr::write(
                    dst.add(slot_of[k] as usize),
                    std::ptr::read(src.add(npos + k)),
                );
            }
        }
        for i in nbound..argc {
            if filled & (1 << i) == 0 {
                callee.values[i] = defaults[i - first_default].clone();
            }
        }
        if varargs {
            callee.values[total] = Value::Tuple(Rc::new(crate::object::PyTuple::new(extra)));
        }
        for (i, d) in kwonly_defaults.iter_mut().enumerate() {
            if let Some(d) = d.take() {
                callee.values[argc + i] = d;
            }
        }
        let callable = pop_value(&mut caller.values);
        discard(callable);
        if !(code.cellvars.is_empty() && code.freevars.is_empty()) {
            super::call::init_cells(func, &mut callee.values);
        }
        Some(Ok(callee))
    }
}

/// Most arguments (receiver included) `call_native_from_stack` moves into its stack array.
pub(super) const NATIVE_ARGS_MAX: usize = 4;

impl Vm {
    /// Call a native function on the `argc` values at `frame.values[start..]`, popping them and
    /// the callable just below them (CPython's vectorcall of a method descriptor). The values
    /// are moved into a fixed array, so no `Args` is built; as `do_call!`, the caller frame
    /// sits on `self.frames` during the call (tracebacks, re-entrant Python code).
    #[inline(never)]
    pub(super) fn call_native_from_stack(
        &mut self,
        mut frame: Box<Frame>,
        ip: usize,
        f: crate::object::function::NativeFn,
        start: usize,
        argc: usize,
    ) -> (Box<Frame>, PyResult<()>) {
        debug_assert!(argc <= NATIVE_ARGS_MAX && start >= 1);
        assert!(frame.values.len() == start + argc);
        // The arguments move bitwise (whole 16-byte words: no tag-byte writes that a later
        // 16-byte read would stall on) into `buf`, which owns them until the call returns.
        let mut buf = std::mem::MaybeUninit::<[Value; NATIVE_ARGS_MAX]>::uninit();
        let base = buf.as_mut_ptr() as *mut Value;
        // SAFETY: `start + argc == len`, so the `argc` values are initialised and are moved out
        // by shrinking the length first; `buf` has room for NATIVE_ARGS_MAX values.
        unsafe {
            frame.values.set_len(start);
            std::ptr::copy_nonoverlapping(frame.values.as_ptr().add(start), base, argc);
        }
        // Drops the callable.
        let callable = pop_value(&mut frame.values);
        discard(callable);
        frame.ip = ip as u32;
        self.frames.push(frame);
        // SAFETY: the first `argc` slots of `buf` were initialised above.
        let r = f(self, unsafe { std::slice::from_raw_parts(base, argc) }, &[]);
        let mut frame = self.frames.pop().expect("caller frame");
        for k in 0..argc {
            // SAFETY: each initialised slot is read out (and dropped) exactly once.
            discard(unsafe { std::ptr::read(base.add(k)) });
        }
        // The result goes onto the caller's stack here: handing a fresh `PyResult<Value>`
        // back through the return tuple cost a store-forwarding stall per call.
        match r {
            Ok(v) => {
                frame.values.push(v);
                (frame, Ok(()))
            }
            Err(e) => (frame, Err(e)),
        }
    }
}
