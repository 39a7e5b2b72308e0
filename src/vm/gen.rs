//! Generators in the VM (CPython's `Objects/genobject.c`): creating the generator object for a
//! call of a generator function, resuming it (`gen_enter` for the stackless paths of the
//! dispatch loop, `gen_send_ex` for native code), `send`/`throw`/`close`, `yield from`
//! delegation (`_PyGen_yf`), finalisation of dropped generators, and the `generator` type.
//!
//! Invariants:
//! - Resuming from bytecode (FOR_ITER, SEND, `g.send()`/`next(g)` calls) never recurses in
//!   Rust: `gen_enter` hands the frame to the loop, which pushes the resumer on `Vm::frames`
//!   and runs the generator's frame in hand; `YIELD_VALUE` moves it back into the `PyGen` and
//!   pushes the value on the resumer's stack; `RETURN_VALUE` acts on `PyGen::resume`.
//! - Resuming from native code (`gen_send_ex`) runs a nested `run_frame` counted against the
//!   recursion limit and `MAX_NATIVE_DEPTH`.
//! - A running generator's frame has `frame.gen` set and the generator's `exc_state` holds the
//!   resumer's handled exception (swapped back on suspension).

use super::fastpath::{pop_raw, push_raw, RawValue};
use super::frame::Frame;
use super::Vm;
use crate::bytecode::code_flags;
use crate::object::exception::TracebackEntry;
use crate::object::generator::{GenKind, GenState, PyGen, Resume};
use crate::object::{ExcType, Function, PyErr, PyResult, PyStr, Value};
use std::rc::Rc;

type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// Code flags that make a function call return a generator-like object.
pub const GEN_FLAGS: u32 =
    code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;

/// `None` as a `RawValue` (read from constant memory as one 16-byte word).
pub(crate) const NONE_RAW: RawValue = RawValue::new(Value::None);

/// What a native resumption produced.
pub enum GenResult {
    /// The generator yielded this value (it is suspended).
    Yield(Value),
    /// The generator returned this value (it is closed).
    Return(Value),
}

impl Vm {
    /// A call of a generator function: the bound frame becomes a new generator object
    /// (CPython's RETURN_GENERATOR). The frame is not counted against the recursion limit
    /// until it runs.
    pub fn make_generator(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        let code = &func.code;
        let nlocals = code.nlocalsplus();
        let mut frame = self.frame_pool.get_gen(code, &func.globals, &self.builtins);
        let values = &mut frame.values;
        values.resize(nlocals, Value::Null);
        if kwargs.is_empty()
            && code.kwonlyargcount == 0
            && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
            && args.len() == code.argcount as usize
        {
            for (slot, a) in values.iter_mut().zip(args) {
                *slot = a.clone();
            }
        } else if let Err(e) = super::call::bind_args(func, values, args, kwargs) {
            self.frame_pool.put(frame);
            return Err(e);
        }
        super::call::init_cells(func, values);
        let flags = code.flags;
        let kind = if flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let g = PyGen::new(code.clone(), func.globals.clone(), frame, kind);
        let (may, same_names) = self.gen_code_info(func);
        if may {
            g.flags.set(crate::object::generator::MAY_NEED_CLOSE);
        }
        let g = Rc::new(g);
        if may {
            crate::object::generator::register_for_exit(&g);
        }
        // The generator takes the function's (possibly reassigned) names.
        if !same_names {
            let name = func.name.borrow();
            let qualname = func.qualname.borrow();
            if *name.as_str() != *code.name || *qualname.as_str() != *code.qualname {
                g.set_names(Some(name.clone()), Some(qualname.clone()));
            }
        }
        Ok(Value::Gen(g))
    }

    /// `make_generator` for a call from the dispatch loop whose callable (a generator function,
    /// `is_simple_gen_call`) sits at `values[fpos]` with its `n` arguments above it: the
    /// arguments are moved into the generator's values, callable and arguments popped.
    pub(crate) fn make_generator_from_stack(
        &mut self,
        values: &mut Vec<Value>,
        fpos: usize,
        n: usize,
    ) -> Value {
        let Value::Function(func) = std::mem::take(&mut values[fpos]) else {
            return Value::None;
        };
        let code = &func.code;
        let nlocals = code.nlocalsplus();
        let mut frame = self.frame_pool.get_gen(code, &func.globals, &self.builtins);
        let locals = &mut frame.values;
        let start = fpos + 1;
        if start + n == values.len() && n <= locals.capacity() {
            // The arguments are the top `n` values: move them over as bytes.
            // SAFETY: both ranges are in bounds (checked above; `locals` is empty); `values`
            // is shortened first, so each moved value has exactly one owner (`locals`).
            unsafe {
                values.set_len(start);
                std::ptr::copy_nonoverlapping(values.as_ptr().add(start), locals.as_mut_ptr(), n);
                locals.set_len(n);
            }
        } else {
            locals.extend(values.drain(start..start + n));
        }
        values.truncate(fpos);
        if locals.len() < nlocals {
            locals.resize(nlocals, Value::Null);
        }
        if !(code.cellvars.is_empty() && code.freevars.is_empty()) {
            super::call::init_cells(&func, locals);
        }
        let kind = if code.flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let g = PyGen::new(code.clone(), func.globals.clone(), frame, kind);
        let (may, same_names) = self.gen_code_info(&func);
        if may {
            g.flags.set(crate::object::generator::MAY_NEED_CLOSE);
        }
        let g = Rc::new(g);
        if may {
            crate::object::generator::register_for_exit(&g);
        }
        if !same_names {
            let name = func.name.borrow();
            let qualname = func.qualname.borrow();
            if *name.as_str() != *code.name || *qualname.as_str() != *code.qualname {
                g.set_names(Some(name.clone()), Some(qualname.clone()));
            }
        }
        Value::Gen(g)
    }

    /// For a call of generator function `func`: whether its generators may need a close, and
    /// whether the function still has its code's name and qualname (the generator then reads
    /// them from the code). Cached for the last code object.
    #[inline]
    fn gen_code_info(&mut self, func: &Function) -> (bool, bool) {
        let code = &func.code;
        let hit = matches!(&self.gen_close_cache, Some((c, ..)) if Rc::ptr_eq(c, code));
        if !hit {
            let may = crate::object::generator::code_may_need_close(code);
            let n = super::name(&code.name);
            let q = super::name(&code.qualname);
            self.gen_close_cache = Some((code.clone(), may, n, q));
        }
        let Some((_, may, n, q)) = &self.gen_close_cache else {
            return (true, false);
        };
        let same = Rc::ptr_eq(&func.name.borrow(), n) && Rc::ptr_eq(&func.qualname.borrow(), q);
        (*may, same)
    }

    /// Take `g`'s frame to run it with `arg` as the value of the suspended `yield` (CPython's
    /// `gen_send_ex2` up to the eval call): `Ok(None)` when the generator is finished.
    /// The returned frame is counted against the recursion limit, has `gen` set, and the
    /// handled-exception state is swapped in.
    #[inline(always)]
    pub(crate) fn gen_enter(
        &mut self,
        g: &Rc<PyGen>,
        arg: Value,
        mode: Resume,
    ) -> PyResult<Option<Box<Frame>>> {
        self.gen_enter_raw(g, RawValue::new(arg), mode)
    }

    /// `gen_enter` with the sent value as a `RawValue` that owns its reference (consumed on
    /// every path): it reaches the generator's stack as one 16-byte move (see `RawValue`).
    #[inline(always)]
    pub(crate) fn gen_enter_raw(
        &mut self,
        g: &Rc<PyGen>,
        arg: RawValue,
        mode: Resume,
    ) -> PyResult<Option<Box<Frame>>> {
        let state = g.state.get();
        if self.depth >= self.recursion_limit {
            // SAFETY: `arg` owns its reference (the caller handed it over).
            return self.gen_enter_slow(g, unsafe { arg.assume_init() }, mode);
        }
        if state != GenState::Suspended {
            // SAFETY: `arg` is initialised (it owns its reference).
            let none = unsafe { arg.assume_init_ref() }.is_none();
            if state != GenState::Created || !none {
                // SAFETY: as above.
                return self.gen_enter_slow(g, unsafe { arg.assume_init() }, mode);
            }
            // Starting a generator: its first instruction receives nothing (`arg` is None,
            // an immediate: nothing to drop).
            let Some(f) = g.frame.take() else {
                // SAFETY: as above.
                return self.gen_enter_slow(g, unsafe { arg.assume_init() }, mode);
            };
            self.depth += 1;
            g.state.set(GenState::Running);
            g.set_resume(mode);
            self.swap_exc_in(g);
            let mut f = f;
            f.gen = Some(g.clone());
            return Ok(Some(f));
        }
        let Some(mut f) = g.frame.take() else {
            // SAFETY: as above.
            return self.gen_enter_slow(g, unsafe { arg.assume_init() }, mode);
        };
        self.depth += 1;
        push_raw(&mut f.values, arg);
        g.state.set(GenState::Running);
        g.set_resume(mode);
        self.swap_exc_in(g);
        f.gen = Some(g.clone());
        Ok(Some(f))
    }

    #[cold]
    #[inline(never)]
    fn gen_enter_slow(
        &mut self,
        g: &Rc<PyGen>,
        arg: Value,
        mode: Resume,
    ) -> PyResult<Option<Box<Frame>>> {
        match g.state.get() {
            GenState::Suspended => {}
            GenState::Created => {
                if !arg.is_none() {
                    return Err(PyErr::type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind_name(g.kind)
                    )));
                }
            }
            GenState::Running => {
                return Err(PyErr::value_error(format!(
                    "{} already executing",
                    kind_name(g.kind)
                )))
            }
            GenState::Closed => {
                // A finished coroutine cannot be resumed (`gen_send_ex2`); a generator just
                // reports its end.
                if g.kind == GenKind::Coroutine {
                    return Err(super::coro::reuse_error());
                }
                return Ok(None);
            }
        }
        g.materialize();
        let Some(mut f) = g.frame.take() else {
            return Err(PyErr::new(ExcType::SystemError, "generator frame missing"));
        };
        if let Err(e) = self.enter_frame() {
            // CPython fails the recursion check on entering the frame, after the generator
            // started executing: the frame is cleared without running anything (no handler),
            // and the generator is finished.
            g.state.set(GenState::Closed);
            self.frame_pool.put(f);
            drop(arg);
            return Err(e);
        }
        if g.state.get() == GenState::Suspended {
            f.values.push(arg);
        }
        g.state.set(GenState::Running);
        g.set_resume(mode);
        self.swap_exc_in(g);
        f.gen = Some(g.clone());
        Ok(Some(f))
    }

    /// Suspend: the frame (its `ip` at the suspension point) goes back into its generator.
    #[inline(always)]
    pub(crate) fn gen_park(&mut self, g: &PyGen, f: Box<Frame>) {
        debug_assert!(f.gen.is_none());
        g.frame.set(Some(f));
    }

    /// Park `g`'s frame in it after a yield; `chain` is the frame of its delegate when the
    /// same yield suspended a `yield from` chain below it (linked through `chain_next`), kept
    /// in `g` (see "Chains").
    #[inline(always)]
    pub(crate) fn gen_park_top(&mut self, g: Rc<PyGen>, f: Box<Frame>, chain: Option<Box<Frame>>) {
        self.gen_park(&g, f);
        if let Some(c) = chain {
            let top: *const PyGen = Rc::as_ptr(&g);
            let mut cur: Option<&Frame> = Some(&c);
            while let Some(fi) = cur {
                if let Some(gi) = &fi.gen {
                    gi.set_chain_root(top);
                }
                cur = fi.chain_next.as_deref();
            }
            g.set_chain(c);
        }
    }

    /// Resuming: the generator's own handled exception (if any) becomes current; the
    /// resumer's is kept in `exc_state` until the generator suspends or finishes.
    #[inline(always)]
    fn swap_exc_in(&mut self, g: &PyGen) {
        if matches!(self.exc_info, Value::None) && g.extra_is_empty() {
            return;
        }
        let own = g.take_exc();
        self.swap_exc_in_slow(g, own);
    }

    #[cold]
    #[inline(never)]
    fn swap_exc_in_slow(&mut self, g: &PyGen, own: Value) {
        let caller = if own.is_none() {
            self.exc_info.clone()
        } else {
            std::mem::replace(&mut self.exc_info, own)
        };
        g.set_exc(caller);
    }

    /// `YIELD_VALUE`: detach the running generator from `frame` (which the caller then parks
    /// in it), restoring the resumer's handled exception. The caller has already popped the
    /// value and written `frame.ip`.
    #[inline(always)]
    pub(crate) fn gen_suspend(&mut self, frame: &mut Frame) -> Option<Rc<PyGen>> {
        let g = frame.gen.take()?;
        g.state.set(GenState::Suspended);
        if matches!(self.exc_info, Value::None) && g.extra_is_empty() {
            return Some(g);
        }
        let caller = g.take_exc();
        self.swap_exc_out_slow(&g, caller);
        Some(g)
    }

    #[cold]
    #[inline(never)]
    fn swap_exc_out_slow(&mut self, g: &PyGen, caller: Value) {
        let cur = std::mem::replace(&mut self.exc_info, caller);
        let own = if cur.is(&self.exc_info) {
            Value::None
        } else {
            cur
        };
        g.set_exc(own);
    }

    /// The running generator of `frame` finished (returned or raised): mark it closed and
    /// restore the resumer's handled exception.
    #[inline]
    pub(crate) fn gen_finish(&mut self, g: &PyGen) {
        g.state.set(GenState::Closed);
        if matches!(self.exc_info, Value::None) && g.extra_is_empty() {
            return;
        }
        let caller = g.take_exc();
        let old = std::mem::replace(&mut self.exc_info, caller);
        drop(old);
    }

    /// `generator.send` / `generator.__next__` for LOAD_METHOD on a generator (None for any
    /// other name: the generic lookup handles it).
    #[inline]
    pub(crate) fn gen_method(&mut self, key: &PyStr) -> Option<Value> {
        let k = match key.as_str() {
            "send" => 0,
            "__next__" => 1,
            _ => return None,
        };
        if self.gen_methods.is_none() {
            let t = self.types.generator.clone();
            let send = t.dict.get_str(&super::name("send"))?;
            let next = t.dict.get_str(&super::name("__next__"))?;
            self.gen_methods = Some(Box::new([send, next]));
        }
        self.gen_methods.as_ref().map(|m| m[k].clone())
    }

    /// Resume fast path for `yield from` chains: while the frame about to run is suspended
    /// in a `yield from` over a generator (`YIELD_VALUE 1; JUMP send; ... SEND target`), do
    /// its `JUMP` + `SEND` here: push it as the delegate's resumer (at `SEND + 1`) and take
    /// the delegate's frame instead, so a value sent down a chain costs no dispatch per
    /// level. Anything unusual (closed/running delegate, recursion limit) falls back to
    /// running the instructions.
    #[inline(never)]
    pub(crate) fn gen_descend(&mut self, mut f: Box<Frame>) -> Box<Frame> {
        if let Some(g) = &f.gen {
            if g.has_chain() {
                match self.chain_resume(f) {
                    Ok(leaf) => return leaf,
                    Err(back) => f = back,
                }
            }
        }
        loop {
            let code = &f.code;
            if f.ip == 0
                || !matches!(
                    code.instrs.get(f.ip as usize - 1),
                    Some(crate::bytecode::Instr::YieldValue(1))
                )
            {
                return f;
            }
            let send = match code.instrs.get(f.ip as usize) {
                Some(crate::bytecode::Instr::Jump(s)) => *s as usize,
                _ => return f,
            };
            let target = match code.instrs.get(send) {
                Some(crate::bytecode::Instr::Send(t)) => *t,
                _ => return f,
            };
            let n = f.values.len();
            let inner = match f.values.get(n.wrapping_sub(2)) {
                Some(Value::Gen(g)) if g.state.get() == GenState::Suspended => g.clone(),
                _ => return f,
            };
            if self.depth >= self.recursion_limit {
                return f;
            }
            let arg = pop_raw(&mut f.values);
            // Cannot fail: the delegate is suspended and the depth is below the limit.
            if let Ok(Some(fi)) = self.gen_enter_raw(&inner, arg, Resume::Send(target)) {
                f.ip = send as u32 + 1;
                self.frames.push(f);
                f = fi;
            } else {
                return f;
            }
        }
    }

    /// The chain fast path of `gen_descend` (see "Chains" in `object/generator.rs`): `f` is
    /// the frame of a chain's top generator, just entered with the sent value on its stack.
    /// Pushes it and the chain's frames (all but the innermost) as resumers waiting in their
    /// `SEND`, marks every level running, and returns the innermost frame with the sent value
    /// on its stack. `Err(f)` (chain given back to its generators) when the recursion limit
    /// would be reached: the level-by-level path then raises where CPython does.
    #[inline(always)]
    fn chain_resume(&mut self, mut f: Box<Frame>) -> Result<Box<Frame>, Box<Frame>> {
        let Some(root) = f.gen.as_ref() else {
            return Err(f);
        };
        let Some(mut fi) = root.take_chain() else {
            return Err(f);
        };
        // The chain's length, against the recursion limit (it is short or the limit is high).
        let mut n = 1;
        let mut cur = fi.chain_next.as_deref();
        while let Some(c) = cur {
            n += 1;
            cur = c.chain_next.as_deref();
        }
        if self.depth + n >= self.recursion_limit {
            root.set_chain(fi);
            crate::object::generator::unsplice(root);
            return Err(f);
        }
        let arg = pop_raw(&mut f.values);
        // Parked after its `YIELD_VALUE 1`: back at it, as a resumer waiting in `SEND`.
        f.ip -= 1;
        self.frames.push(f);
        loop {
            if let Some(g) = fi.gen.as_ref() {
                g.set_chain_root(std::ptr::null());
                g.state.set(GenState::Running);
                self.swap_exc_in(g);
            }
            self.depth += 1;
            match fi.chain_next.take() {
                Some(next) => {
                    fi.ip -= 1;
                    self.frames.push(fi);
                    fi = next;
                }
                None => {
                    push_raw(&mut fi.values, arg);
                    return Ok(fi);
                }
            }
        }
    }

    /// Resume `g` from native code (CPython's `gen_send_ex`): send `arg`, or raise `exc` at
    /// the suspension point. Runs a nested dispatch loop.
    pub fn gen_send_ex(
        &mut self,
        g: &Rc<PyGen>,
        arg: Value,
        exc: Option<PyErr>,
    ) -> PyResult<GenResult> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH {
            return Err(super::call::recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let created = g.state.get() == GenState::Created;
        let frame = match self.gen_enter(g, arg, Resume::Native)? {
            Some(f) => f,
            None => {
                return match exc {
                    Some(e) => Err(e),
                    None => Ok(GenResult::Return(Value::None)),
                }
            }
        };
        if created {
            if let Some(e) = exc {
                // Thrown into a just-created generator: raised before any of its code (no
                // handler of its body applies), the traceback showing its `def` line; it
                // finishes at once, PEP 479 still turning a StopIteration into RuntimeError.
                let code = frame.code.clone();
                let mut frame = frame;
                frame.gen = None;
                self.depth -= 1;
                self.gen_finish(g);
                self.frame_pool.put(frame);
                let exc = self.exception_object(e);
                let ip = code.instrs.len() as u32;
                self.prepend_traceback(
                    &exc,
                    vec![TracebackEntry {
                        code: code.clone(),
                        ip,
                    }],
                );
                let exc = self.stop_iteration_error(exc, code.flags);
                return Err(PyErr::from_object(exc));
            }
        }
        let mut frame = frame;
        if let Some(e) = exc {
            if let Err(exc) = self.throw_into_frame(&mut frame, e) {
                // No handler: the generator is finished.
                frame.gen = None;
                self.depth -= 1;
                self.gen_finish(g);
                self.frame_pool.put(frame);
                return Err(PyErr::from_object(exc));
            }
        }
        self.native_depth += 1;
        let r = self.run_frame(frame);
        self.native_depth -= 1;
        let v = r?;
        Ok(if g.state.get() == GenState::Suspended {
            GenResult::Yield(v)
        } else {
            GenResult::Return(v)
        })
    }

    /// Raise `err` in a resumed generator frame at its suspension point (CPython's
    /// `throwflag` path into `exception_unwind`): on a handler, the frame is set up to run
    /// it; otherwise the exception object (with the frame's traceback entry) is returned.
    fn throw_into_frame(&mut self, frame: &mut Frame, err: PyErr) -> Result<(), Value> {
        let exc = self.normalize_raised(err, true);
        let code = frame.code.clone();
        let lasti = (frame.ip as usize).saturating_sub(1);
        let tb = vec![TracebackEntry {
            code: code.clone(),
            ip: lasti as u32,
        }];
        self.prepend_traceback(&exc, tb);
        let Some(h) = code.find_handler(lasti as u32).copied() else {
            return Err(exc);
        };
        let keep = frame.nlocals() + h.depth as usize;
        while frame.values.len() > keep {
            let v = frame.values.pop();
            drop(v);
        }
        if h.push_lasti {
            frame.values.push(Value::Int(lasti as i64));
        }
        frame.values.push(exc);
        frame.ip = h.target;
        Ok(())
    }

    /// `next(g)` for natives: `Ok(None)` when the generator is exhausted.
    pub fn gen_next(&mut self, g: &Rc<PyGen>) -> PyResult<Option<Value>> {
        match self.gen_send_ex(g, Value::None, None)? {
            GenResult::Yield(v) => Ok(Some(v)),
            GenResult::Return(_) => Ok(None),
        }
    }

    /// `g.close()` (CPython's `gen_close`).
    pub fn gen_close(&mut self, g: &Rc<PyGen>) -> PyResult<Value> {
        match g.state.get() {
            GenState::Closed => return Ok(Value::None),
            GenState::Created => {
                g.state.set(GenState::Closed);
                g.clear_values();
                return Ok(Value::None);
            }
            GenState::Running => {
                return Err(PyErr::value_error(format!(
                    "{} already executing",
                    kind_name(g.kind)
                )))
            }
            GenState::Suspended => {}
        }
        let mut err = None;
        if let Some(yf) = g.yield_from() {
            g.state.set(GenState::Running);
            let r = self.gen_close_iter(&yf);
            g.state.set(GenState::Suspended);
            if let Err(e) = r {
                err = Some(e);
            }
        }
        if err.is_none() {
            let needs = crate::object::generator::needs_close(&g.code, g.ip());
            if !needs {
                g.state.set(GenState::Closed);
                g.clear_values();
                let _ = g.take_exc();
                return Ok(Value::None);
            }
        }
        let exc = err.unwrap_or_else(|| PyErr::with_args(ExcType::GeneratorExit, vec![]));
        match self.gen_send_ex(g, Value::None, Some(exc)) {
            Ok(GenResult::Yield(_)) => Err(PyErr::runtime_error(format!(
                "{} ignored GeneratorExit",
                kind_name(g.kind)
            ))),
            Ok(GenResult::Return(_)) => Ok(Value::None),
            Err(e)
                if self.err_matches(&e, ExcType::StopIteration)
                    || self.err_matches(&e, ExcType::GeneratorExit) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// Close a `yield from` delegate (CPython's `gen_close_iter`).
    fn gen_close_iter(&mut self, yf: &Value) -> PyResult<()> {
        if let Value::Gen(g) = yf {
            let g = g.clone();
            return self.gen_close(&g).map(|_| ());
        }
        match self.getattr_opt(yf, &super::name("close"))? {
            Some(m) => self.call(&m, &[]).map(|_| ()),
            None => Ok(()),
        }
    }

    /// `g.throw(exc)` with `exc` already an exception object (CPython's `_gen_throw`).
    /// `args` are `throw()`'s original arguments, passed as they are to a delegate that is not
    /// a generator (CPython calls its `throw(typ, val, tb)`); `[exc]` when None.
    pub fn gen_throw(
        &mut self,
        g: &Rc<PyGen>,
        exc: Value,
        close_on_genexit: bool,
        args: Option<&[Value]>,
    ) -> PyResult<GenResult> {
        if let Some(yf) = g.yield_from() {
            let t = self.type_of(&exc);
            let is_genexit = super::unwind::type_is_exc(&t, ExcType::GeneratorExit);
            if is_genexit && close_on_genexit {
                g.state.set(GenState::Running);
                let r = self.gen_close_iter(&yf);
                g.state.set(GenState::Suspended);
                if let Err(e) = r {
                    // As CPython's `_gen_throw`, the delegate is released before the error
                    // is raised in the delegator (its unwinding may then finalise it).
                    drop(yf);
                    return self.gen_send_ex(g, Value::None, Some(e));
                }
            } else {
                g.state.set(GenState::Running);
                let r = match &yf {
                    Value::Gen(inner) => {
                        let inner = inner.clone();
                        // The delegator's handled exception is current while the throw runs
                        // in the delegate (CPython's exception-state chain).
                        let own = g.take_exc();
                        let saved = if own.is_none() {
                            None
                        } else {
                            Some(std::mem::replace(&mut self.exc_info, own))
                        };
                        let r = self.gen_throw(&inner, exc.clone(), close_on_genexit, args);
                        if let Some(saved) = saved {
                            let own = std::mem::replace(&mut self.exc_info, saved);
                            g.set_exc(own);
                        }
                        r
                    }
                    _ => match self.getattr_opt(&yf, &super::name("throw")) {
                        Ok(Some(m)) => {
                            let r = match args {
                                Some(a) => self.call(&m, a),
                                None => self.call(&m, &[exc.clone()]),
                            };
                            r.map(GenResult::Yield)
                        }
                        Ok(None) => {
                            g.state.set(GenState::Suspended);
                            drop(yf);
                            return self.gen_send_ex(g, Value::None, Some(PyErr::from_object(exc)));
                        }
                        Err(e) => Err(e),
                    },
                };
                g.state.set(GenState::Suspended);
                drop(yf);
                return match r {
                    Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
                    Ok(GenResult::Return(v)) => {
                        // The delegate finished: the `yield from` evaluates to its value
                        // (through CLEANUP_THROW's StopIteration handling).
                        let e = stop_iteration_with(v);
                        self.gen_send_ex(g, Value::None, Some(e))
                    }
                    Err(e) => self.gen_send_ex(g, Value::None, Some(e)),
                };
            }
        }
        self.gen_send_ex(g, Value::None, Some(PyErr::from_object(exc)))
    }

    /// `throw()` with invalid arguments (CPython's `_gen_throw` validates them where the
    /// exception would be raised: in the innermost generator of a `yield from` chain, whose
    /// failure then surfaces in its delegator's frame, as a delegate's `throw()` error).
    pub(crate) fn gen_throw_invalid(&mut self, g: &Rc<PyGen>, err: PyErr) -> PyResult<GenResult> {
        let Some(yf) = g.yield_from() else {
            return Err(err);
        };
        let r = match &yf {
            Value::Gen(inner) => {
                let inner = inner.clone();
                g.state.set(GenState::Running);
                let r = self.gen_throw_invalid(&inner, err);
                g.state.set(GenState::Suspended);
                r
            }
            _ => Err(err),
        };
        drop(yf);
        match r {
            Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Return(v)) => {
                self.gen_send_ex(g, Value::None, Some(stop_iteration_with(v)))
            }
            Err(e) => self.gen_send_ex(g, Value::None, Some(e)),
        }
    }

    /// Close every generator dropped while suspended inside a handler (see
    /// `object/generator.rs`). Errors are reported as unraisable, as CPython does.
    /// `at` is the instruction running when the drop happened (the traceback of an error
    /// that has none of its own, as CPython reports the current frame).
    #[cold]
    #[inline(never)]
    pub fn run_pending_finalizers(
        &mut self,
        at: Option<(&Rc<crate::bytecode::CodeObject>, usize)>,
    ) {
        self.report_unawaited(at);
        // Futures and tasks dropped with something to report (`aio/reports.rs`).
        self.report_dropped_futures();
        loop {
            // Instances whose `__del__` is due (`object/class.rs`, `Drop for Instance`).
            let ran_dels = self.run_pending_dels(at);
            let pending = crate::object::generator::take_pending();
            if pending.is_empty() {
                if ran_dels {
                    continue;
                }
                return;
            }
            for g in pending {
                let flags = g.flags.get();
                if flags & crate::object::generator::AG_FINALIZE != 0 {
                    g.flags.set(flags & !crate::object::generator::AG_FINALIZE);
                    let hook = g.take_finalizer();
                    if let Some(hook) = hook {
                        let gv = Value::Gen(g.clone());
                        if let Err(e) = self.call(&hook, &[gv.clone()]) {
                            self.write_unraisable(e, &hook, at);
                        }
                    }
                    continue;
                }
                if let Err(e) = self.gen_close(&g) {
                    self.write_unraisable(e, &Value::Gen(g.clone()), at);
                }
                // Finalised once: whatever state it was left in (it may have ignored
                // GeneratorExit), its frame is cleared without running anything more.
                g.state.set(GenState::Closed);
                g.clear_values();
            }
        }
    }

    /// Move the generators waiting for finalisation to `deferred_finalizers` (a frame was
    /// unwound by an exception).
    #[inline]
    pub(crate) fn defer_pending_finalizers(&mut self) {
        if crate::object::generator::finalize_pending() {
            let p = crate::object::generator::take_pending();
            self.deferred_finalizers.extend(p);
            // Locals with `__del__` stay alive with the exception's traceback (in the order
            // the frame released them: first local first, as CPython's frame clear).
            let dels = crate::object::class::take_pending_dels();
            self.deferred_dels.extend(dels);
        }
    }

    /// The exception that unwound the frames is handled: their generators may close now.
    #[cold]
    pub(crate) fn undefer_finalizers(&mut self) {
        let d = std::mem::take(&mut self.deferred_finalizers);
        crate::object::generator::push_pending(d);
    }

    /// CPython's `PyErr_WriteUnraisable`: "Exception ignored in: <obj>", the exception's
    /// traceback (or the current frame's) and its line, without the chained exceptions.
    pub fn write_unraisable(
        &mut self,
        e: PyErr,
        obj: &Value,
        at: Option<(&Rc<crate::bytecode::CodeObject>, usize)>,
    ) {
        let exc = self.exception_object(e);
        if crate::modules::sys_info::call_user_unraisablehook(self, &exc, obj) {
            return;
        }
        let r = match self.repr(obj) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<object repr() failed>".to_string(),
        };
        let mut tb = super::unwind::exc_data(&exc)
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        if tb.is_empty() {
            if let Some((code, ip)) = at {
                tb.push(TracebackEntry {
                    code: code.clone(),
                    ip: ip as u32,
                });
            }
        }
        let mut text = format!("Exception ignored in: {r}\n");
        if !tb.is_empty() {
            text.push_str("Traceback (most recent call last):\n");
            let mut t = String::new();
            crate::traceback::format_tb(&tb, &mut t);
            if self.at_exit {
                // CPython can no longer read source lines while shutting down.
                for line in t.lines().filter(|l| !l.starts_with("    ")) {
                    text.push_str(line);
                    text.push('\n');
                }
            } else {
                text.push_str(&t);
            }
        }
        let t = self.type_of(&exc);
        text.push_str(&crate::traceback::exception_line(self, &exc, &t));
        let _ = self.write_stderr(&text);
    }

    /// Interpreter exit: clear `__main__`'s namespace the way CPython's `_PyModule_ClearDict`
    /// does (names starting with one underscore first, then the rest, `__builtins__` kept),
    /// so suspended generators held there are closed, then close what is pending.
    pub fn finalize_main(&mut self, globals: &Rc<crate::object::PyDict>) {
        self.undefer_finalizers();
        self.run_pending_finalizers(None);
        // asyncio tasks still pending (or failed unretrieved) are finalised first, before
        // their coroutines are closed, as CPython's teardown destroys the task first
        // (`aio/reports.rs`).
        if self.aio.is_some() {
            self.report_tasks_at_exit();
        }
        self.at_exit = true;
        // Live generators suspended in a handler are closed in creation order while the
        // globals are intact (CPython's final garbage collection finalises them: they are in
        // reference cycles through their frame's globals).
        let registry = crate::object::generator::take_exit_registry();
        // Delegates of registered generators are closed through their delegator.
        let delegates: Vec<usize> = registry
            .iter()
            .filter_map(|g| match g.yield_from() {
                Some(Value::Gen(d)) => Some(Rc::as_ptr(&d) as usize),
                _ => None,
            })
            .collect();
        for g in registry {
            if delegates.contains(&(Rc::as_ptr(&g) as usize)) {
                continue;
            }
            if g.state.get() == GenState::Suspended && g.needs_close() {
                if let Err(e) = self.gen_close(&g) {
                    self.write_unraisable(e, &Value::Gen(g.clone()), None);
                }
                g.state.set(GenState::Closed);
                g.clear_values();
                self.run_pending_finalizers(None);
            }
        }
        let keys = globals.keys();
        {
            for k in &keys {
                let Value::Str(s) = k else { continue };
                let name = s.as_str();
                if name == "__builtins__" {
                    continue;
                }
                if let Some(old) = globals.get_str(s) {
                    if matches!(
                        old,
                        Value::Gen(_)
                            | Value::Instance(_)
                            | Value::List(_)
                            | Value::Dict(_)
                            | Value::Tuple(_)
                    ) {
                        globals.set_str(s.clone(), Value::None);
                        drop(old);
                        self.run_pending_finalizers(None);
                    }
                }
            }
        }
        self.run_pending_finalizers(None);
        // Instances with `__del__` kept alive by cycles (`protocol.rs`).
        self.run_exit_dels();
    }
}

/// True when a just-resumed frame is suspended in a `yield from` (its last instruction was
/// `YIELD_VALUE 1`): `Vm::gen_descend` may then resume the delegate directly.
#[inline(always)]
pub fn may_descend(f: &Frame) -> bool {
    f.ip > 0
        && matches!(
            f.code.instrs.get(f.ip as usize - 1),
            Some(crate::bytecode::Instr::YieldValue(1))
        )
}

/// True when a call of a function with this code and `n` positional arguments creates a plain
/// generator whose arguments bind by position (`Vm::make_generator_from_stack`).
#[inline(always)]
pub fn is_simple_gen_call(code: &crate::bytecode::CodeObject, n: usize) -> bool {
    matches!(
        code.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR),
        code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR
    ) && code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
        && code.argcount as usize == n
}

/// PUSH_EXC_INFO in a generator frame: the previous handled exception to save, `Value::Null`
/// when it is the resumer's (CPython's per-generator `exc_state` chained to the resumer's).
pub fn gen_exc_prev(g: &PyGen, prev: Value) -> Value {
    let resumer = g.resumer_exc();
    if prev.is(&resumer) {
        Value::Null
    } else {
        prev
    }
}

/// POP_EXCEPT restoring a `Value::Null` saved by `gen_exc_prev`: the current resumer's handled
/// exception (None outside a generator).
pub fn gen_resumer_exc(g: Option<&PyGen>) -> Value {
    match g {
        Some(g) => g.resumer_exc(),
        None => Value::None,
    }
}

/// A generator starting to delegate to one on the exit registry joins it (once).
#[cold]
#[inline(never)]
pub fn register_delegator(outer: Option<&Rc<PyGen>>) {
    if let Some(o) = outer {
        if o.flags.get() & crate::object::generator::REGISTERED == 0 {
            crate::object::generator::register_for_exit(o);
        }
    }
}

/// True for the builtin `next` (its one-argument call on a generator is resumed by the
/// dispatch loop without a native call).
#[inline]
pub fn is_next_builtin(f: crate::object::NativeFn) -> bool {
    f as usize == crate::builtins::core::builtin_next as *const () as usize
}

/// True for `generator.send` with one argument and `generator.__next__` with none.
#[inline]
pub fn is_gen_resume_method(f: crate::object::NativeFn, nargs: usize) -> bool {
    let f = f as usize;
    (nargs == 1 && f == super::gen_type::gen_send_native as *const () as usize)
        || (nargs == 0 && f == super::gen_type::gen_next_native as *const () as usize)
}

/// `StopIteration(v)` (no args when `v` is None), CPython's `_PyGen_SetStopIterationValue`.
pub fn stop_iteration_with(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::with_args(ExcType::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcType::StopIteration, vec![v])
    }
}

/// "generator" / "coroutine" / "async generator" for messages.
/// The type name of a generator of kind `k` (`generator`, `coroutine`, `async_generator`).
pub fn type_name_of_kind(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    }
}

pub fn kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

impl Vm {
    /// `_PyGen_FetchStopIterationValue`: the value of a StopIteration error (its `value`
    /// attribute; None without args). `None` when `e` is not a StopIteration.
    pub fn fetch_stop_iteration_value(&mut self, e: &PyErr) -> Option<Value> {
        if !self.err_matches(e, ExcType::StopIteration) {
            return None;
        }
        match &*e.0 {
            crate::object::PyErrRepr::Lazy { args, .. } => {
                Some(args.first().cloned().unwrap_or(Value::None))
            }
            crate::object::PyErrRepr::Object(o) => Some(
                super::unwind::exc_data(o)
                    .and_then(|d| d.borrow().attr("value"))
                    .unwrap_or(Value::None),
            ),
        }
    }

    /// One step of `yield from` over a non-generator iterator (SEND's slow path,
    /// `PyIter_Send`): `Ok(Yield(v))` to yield, `Ok(Return(v))` when it is exhausted.
    pub fn iter_send(&mut self, recv: &Value, v: Value) -> PyResult<GenResult> {
        if let Value::Gen(g) = recv {
            let g = g.clone();
            return self.gen_send_ex(&g, v, None);
        }
        let r = if v.is_none() {
            let t = self.type_of(recv);
            if !t.flags.heap
                && t.slots.next.is_some()
                && crate::object::iter::as_iter(recv).is_some()
            {
                return match self.next(recv)? {
                    Some(x) => Ok(GenResult::Yield(x)),
                    None => Ok(GenResult::Return(Value::None)),
                };
            }
            match self.getattr_opt(recv, &super::name("__next__")) {
                Ok(Some(m)) => self.call(&m, &[]),
                Ok(None) => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        crate::object::class::type_name_of(self, recv)
                    )))
                }
                Err(e) => Err(e),
            }
        } else {
            let m = self.getattr(recv, &super::name("send"))?;
            self.call(&m, &[v])
        };
        match r {
            Ok(x) => Ok(GenResult::Yield(x)),
            Err(e) => match self.fetch_stop_iteration_value(&e) {
                Some(val) => Ok(GenResult::Return(val)),
                None => Err(e),
            },
        }
    }

    /// `GET_YIELD_FROM_ITER`: generators pass through, anything else through `iter()`.
    /// `in_coroutine`: the running code is a coroutine or a `types.coroutine` generator,
    /// which may delegate to a coroutine.
    pub fn get_yield_from_iter(&mut self, v: Value, in_coroutine: bool) -> PyResult<Value> {
        match &v {
            Value::Gen(g) if g.kind == GenKind::Coroutine && in_coroutine => Ok(v),
            Value::Gen(g) if g.kind == GenKind::Coroutine => Err(PyErr::type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            )),
            Value::Gen(_) => Ok(v),
            _ => self.iter(&v),
        }
    }

    /// Normalise `throw(typ[, val[, tb]])`'s arguments into an exception object.
    pub(crate) fn throw_args(&mut self, args: &[Value]) -> PyResult<Value> {
        let typ = &args[0];
        let val = args.get(1).cloned().unwrap_or(Value::None);
        if let Some(tb) = args.get(2) {
            if !tb.is_none() && crate::object::class::type_name_of(self, tb) != "traceback" {
                return Err(PyErr::type_error(
                    "throw() third argument must be a traceback object",
                ));
            }
        }
        match typ {
            Value::Type(t) if super::unwind::is_exception_type(t) => {
                if !val.is_none() {
                    let vt = self.type_of(&val);
                    if super::unwind::is_subtype(&vt, t) {
                        return Ok(val);
                    }
                }
                let cargs: Vec<Value> = match &val {
                    Value::None => vec![],
                    Value::Tuple(tp) => tp.items.to_vec(),
                    other => vec![other.clone()],
                };
                let exc = self.call(typ, &cargs)?;
                let et = self.type_of(&exc);
                if !super::unwind::is_subtype(&et, t) && !super::unwind::is_exception_type(&et) {
                    return Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::object::class::type_name(t),
                        crate::object::class::type_name(&et)
                    )));
                }
                Ok(exc)
            }
            _ => {
                let t = self.type_of(typ);
                if super::unwind::is_exception_type(&t) {
                    if !val.is_none() {
                        return Err(PyErr::type_error(
                            "instance exception may not have a separate value",
                        ));
                    }
                    Ok(typ.clone())
                } else {
                    Err(PyErr::type_error(format!(
                        "exceptions must be classes or instances deriving from BaseException, not {}",
                        crate::object::class::type_name(&t)
                    )))
                }
            }
        }
    }
}

impl Vm {
    /// The line a generator's frame is at, as `gi_frame.f_lineno` reads in CPython: while it
    /// runs, the line of the instruction executing (its frame is on the VM's frame stack);
    /// while suspended, the line it is suspended at; before it starts, its `def` line; None
    /// once it has finished (no frame). Used by asyncio's task reprs ("running at FILE:LINE").
    pub fn gen_frame_line(&self, g: &Rc<PyGen>) -> Option<u32> {
        match g.state.get() {
            GenState::Closed => None,
            GenState::Running => self
                .frames
                .iter()
                .rev()
                .find(|f| f.gen.as_ref().is_some_and(|fg| Rc::ptr_eq(fg, g)))
                .map_or(Some(g.code.first_line), |f| Some(f.line())),
            GenState::Created | GenState::Suspended => {
                let ip = g.ip();
                Some(if ip == 0 {
                    g.code.first_line
                } else {
                    g.code.line_of(ip - 1)
                })
            }
        }
    }
}
