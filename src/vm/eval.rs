//! The dispatch loop (CPython's `_PyEval_EvalFrameDefault`): one `loop { match instr }` over
//! the current frame, held in hand as a local `Box<Frame>`; `Vm::frames` holds the frames
//! below it.
//!
//! Invariants:
//! - A Python-to-Python call pushes the caller's box onto `Vm::frames`, makes the callee the
//!   frame in hand and continues the loop; `ReturnValue` puts the callee back into the pool and
//!   takes the caller back. No Rust recursion.
//! - `run_frame` returns when the frame it was started with returns or raises (its callers,
//!   if any, are below `base` on `Vm::frames` and belong to an outer loop): this is the nested
//!   loop natives re-enter through `Vm::call`.
//! - Natives called from `Call*` see the calling frame on top of `Vm::frames` (for
//!   `globals()`, `super()`, ...): the loop pushes it around the call.
//! - `ip` is kept in a local while a frame runs and written back to `frame.ip` before the frame
//!   is set aside; errors are handled at `'dispatch` exit with the local `ip` (the instruction
//!   that failed is `ip - 1`).
//! - Generators (`vm/gen.rs`) run stacklessly too: FOR_ITER and SEND on a generator push the
//!   resumer and take the generator's frame in hand; YIELD_VALUE parks it back in its
//!   `PyGen` and pushes the value on the resumer; RETURN_VALUE of a generator frame acts on
//!   `PyGen::resume`. Drop-prone instructions poll `finalize_pending` (`fin_check!`).
//! - Superinstructions (`Instr::BinaryOpFF` ... `BinaryOpF`, made by `assemble::fuse`) run
//!   their whole sequence only when nothing can raise; otherwise they do exactly the
//!   instruction they replaced and continue with the next original one. The fused return forms
//!   exist only in plain (non-generator) code and use `plain_return!`.
//! - Hot paths move values as whole 16-byte words (`write_imm`, `RawValue`) so a slot is never
//!   written in pieces and then reloaded whole (store-forwarding stalls; see fastpath.rs).

use super::call::{is_simple, Prepared};
use super::eval_calls::NATIVE_ARGS_MAX;
use super::frame::Frame;
use super::gen::GenResult;
use super::Vm;
use crate::bytecode::{format_flags, BinOpKind, CmpKind, Instr};
use crate::object::class::UnaryKind;
use crate::object::generator::{GenKind, Resume};
use crate::object::{ExcType, PyDict, PyErr, PyResult, PyStr, PyTuple, Value};
use smallvec::SmallVec;
use std::rc::Rc;

pub(super) type Args = SmallVec<[Value; 8]>;

pub use super::fastpath::*;

impl Vm {
    /// An `__init__` frame (`frame::INIT_FRAME`) returned `v` to its caller, whose stack holds
    /// the new instance: None leaves the instance as the call's result; anything else is
    /// CPython's "__init__() should return None, not 'int'", raised in the caller (whose
    /// unwinding drops the instance).
    #[inline(never)]
    fn init_return(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let e = crate::object::class::init_returned_error(self, &v);
        drop(v);
        Err(e)
    }

    /// Run a frame in a nested dispatch loop from native code (`Vm::call`, `exec`), guarding
    /// the Rust stack. The frame's recursion depth must already be counted.
    pub(crate) fn run_frame_reentrant(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if self.native_depth >= super::MAX_NATIVE_DEPTH {
            self.frame_pool.put(frame);
            self.depth -= 1;
            return Err(super::call::recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.native_depth += 1;
        let r = self.run_frame(frame);
        self.native_depth -= 1;
        r
    }

    /// Run module-level code (`exec`-style) with the given globals as locals, counting the
    /// frame against the recursion limit.
    pub fn run_code(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: Rc<PyDict>,
    ) -> PyResult<Value> {
        let locals = Some(Value::Dict(globals.clone()));
        let frame = self
            .frame_pool
            .get(code, globals, self.builtins.clone(), locals);
        if let Err(e) = self.enter_frame() {
            self.frame_pool.put(frame);
            return Err(e);
        }
        self.run_frame_reentrant(frame)
    }

    /// The dispatch loop. Runs `frame` (and everything it calls, stacklessly) until it returns
    /// or an exception escapes it.
    pub(crate) fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let base = self.frames.len();
        let mut frame = frame;
        let mut code = frame.code.clone();
        // `code.instrs`' base, kept in hand so a fetch is one load (updated with `code`).
        let mut iptr: *const Instr = code.instrs.as_ptr();
        let mut ip = frame.ip as usize;

        macro_rules! push {
            ($v:expr) => {
                frame.values.push($v)
            };
        }
        macro_rules! pop {
            () => {
                pop_value(&mut frame.values)
            };
        }
        // Switch to a resumed generator's frame `f` (from `gen_enter`): the current frame
        // becomes its caller, and a delegating chain descends to its innermost generator.
        macro_rules! enter_gen_frame {
            ($f:expr) => {{
                frame.ip = ip as u32;
                let caller = std::mem::replace(&mut frame, $f);
                self.frames.push(caller);
                if super::gen::may_descend(&frame) {
                    frame = self.gen_descend(frame);
                }
                code = frame.code.clone();
                iptr = code.instrs.as_ptr();
                ip = frame.ip as usize;
            }};
        }
        // Push an immediate built by `write_imm` (one 16-byte store, see fastpath.rs).
        macro_rules! push_imm {
            ($tag:expr, $bits:expr) => {{
                let (tag, bits): (u8, u64) = ($tag, $bits);
                let len = frame.values.len();
                if len == frame.values.capacity() {
                    frame.values.reserve(1);
                }
                // SAFETY: `len < capacity`: the spare slot is written, then covered.
                unsafe {
                    write_imm(frame.values.as_mut_ptr().add(len), tag, bits);
                    frame.values.set_len(len + 1);
                }
            }};
        }
        macro_rules! push_num {
            ($n:expr) => {{
                let (tag, bits) = Num::parts($n);
                push_imm!(tag, bits)
            }};
        }
        // Overwrite fast local `$j` with a fast-path number (the old value dropped after).
        macro_rules! store_num {
            ($j:expr, $n:expr) => {{
                let (tag, bits) = Num::parts($n);
                let slot: *mut Value = &mut frame.values[$j as usize];
                // SAFETY: `slot` is a live element: its value is moved out, then overwritten.
                let old = unsafe {
                    let old = std::ptr::read(slot);
                    write_imm(slot, tag, bits);
                    old
                };
                discard(old);
            }};
        }
        macro_rules! top {
            () => {
                match frame.values.last() {
                    Some(v) => v,
                    None => &Value::Null,
                }
            };
        }
        // A borrowed instance as an `Rc` that is never dropped (a copy of the pointer word):
        // the caller guarantees the place keeps it alive while the copy is used.
        macro_rules! inst_of {
            ($v:expr) => {
                match $v {
                    Value::Instance(i) => Some(std::mem::ManuallyDrop::new(unsafe {
                        std::ptr::read(i as *const Rc<crate::object::class::Instance>)
                    })),
                    _ => None,
                }
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                &frame.values[frame.values.len() - $n]
            };
        }
        // After a drop that may have released the last reference to a suspended generator:
        // close the generators waiting for it (`object/generator.rs`).
        macro_rules! fin_check {
            () => {
                if crate::object::generator::finalize_pending() {
                    self.run_pending_finalizers(Some((&code, ip.saturating_sub(1))));
                }
            };
        }

        loop {
            // `skip_tb`: the raise keeps the traceback as is (RERAISE, bare `raise`).
            let mut skip_tb = false;
            let err: PyErr = 'dispatch: loop {
                macro_rules! tr {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                // Call `$callable` with `$args` (an `Args`) and `$kw`; pushes a frame for a
                // Python function, else pushes the result.
                macro_rules! do_call {
                    ($callable:expr, $args:expr, $kw:expr) => {{
                        frame.ip = ip as u32;
                        self.frames.push(frame);
                        let r = self.prepare_call(&$callable, &$args, $kw);
                        drop($args);
                        match r {
                            Ok(Prepared::Frame(f)) => {
                                frame = f;
                                code = frame.code.clone();
                                iptr = code.instrs.as_ptr();
                                ip = 0;
                            }
                            Ok(Prepared::Init(f, obj)) => {
                                // The instance waits on the caller's stack for `__init__`.
                                if let Some(caller) = self.frames.last_mut() {
                                    caller.values.push(obj);
                                }
                                frame = f;
                                code = frame.code.clone();
                                iptr = code.instrs.as_ptr();
                                ip = 0;
                            }
                            Ok(Prepared::Done(v)) => {
                                frame = self.frames.pop().expect("caller frame");
                                push!(v);
                                fin_check!();
                            }
                            Err(e) => {
                                frame = self.frames.pop().expect("caller frame");
                                break 'dispatch e;
                            }
                        }
                    }};
                }

                // Continue in a pushed callee frame (`Ok(frame)` of the call helpers), the
                // current frame becoming its caller; or raise the binding error.
                macro_rules! enter_callee {
                    ($r:expr) => {{
                        match $r {
                            Ok(callee) => {
                                frame.ip = ip as u32;
                                let caller = std::mem::replace(&mut frame, callee);
                                self.frames.push(caller);
                                code = frame.code.clone();
                                iptr = code.instrs.as_ptr();
                                ip = 0;
                                continue;
                            }
                            Err(e) => break 'dispatch e,
                        }
                    }};
                }

                // LOAD_FAST (also the fallback of the superinstructions that replace one).
                macro_rules! load_fast {
                    ($i:expr) => {{
                        let i = $i as usize;
                        let src = &frame.values[i];
                        if src.is_null() {
                            break 'dispatch unbound_local(&code, i);
                        }
                        let v = clone_raw(src);
                        push_raw(&mut frame.values, v);
                    }};
                }
                // BINARY_OP through the protocol (also the fallback of the fused forms).
                macro_rules! binary_op_slow {
                    ($op:expr) => {{
                        let op: u32 = $op;
                        let b = pop!();
                        let a = pop!();
                        let v = match super::fast::str_add(
                            &mut frame.values,
                            code.instrs.get(ip),
                            a,
                            &b,
                            op,
                        ) {
                            Ok(v) => v,
                            Err(a) => tr!(self.binary_op(&a, &b, BinOpKind::from_u8(op as u8))),
                        };
                        push!(v);
                    }};
                }
                // The fast path of BINARY_OP on the top two values, in place.
                macro_rules! fast_binop_top {
                    ($op:expr) => {{
                        let len = frame.values.len();
                        match fast_binop(&frame.values[len - 2], &frame.values[len - 1], $op) {
                            Some(n) => {
                                let (tag, bits) = n.parts();
                                // SAFETY: both operands are immediates (no drop); the lower
                                // slot is overwritten with the result.
                                unsafe {
                                    frame.values.set_len(len - 1);
                                    write_imm(frame.values.as_mut_ptr().add(len - 2), tag, bits);
                                }
                                true
                            }
                            None => false,
                        }
                    }};
                }
                // Where the conditional jump at `code.instrs[$at]` goes for condition `$r`
                // (None when that instruction is not POP_JUMP_IF_FALSE/TRUE).
                macro_rules! cond_jump {
                    ($at:expr, $r:expr) => {{
                        let at: usize = $at;
                        match code.instrs.get(at) {
                            Some(Instr::PopJumpIfFalse(t)) => {
                                Some(if $r { at + 1 } else { *t as usize })
                            }
                            Some(Instr::PopJumpIfTrue(t)) => {
                                Some(if $r { *t as usize } else { at + 1 })
                            }
                            _ => None,
                        }
                    }};
                }

                // RETURN_VALUE of a plain (non-generator) frame, for the fused return forms
                // (the RETURN_VALUE arm itself also handles generator frames).
                // The value is a `RawValue` owning its reference.
                macro_rules! plain_return {
                    ($v:expr) => {{
                        let v: RawValue = $v;
                        self.depth -= 1;
                        if self.frames.len() <= base {
                            // The frame this loop was started with returned.
                            self.frame_pool.put(frame);
                            fin_check!();
                            // SAFETY: `v` holds an owned, initialised value.
                            return Ok(unsafe { v.assume_init() });
                        }
                        let is_init = frame.nlocals & super::frame::INIT_FRAME != 0;
                        let caller = self.frames.pop().expect("caller");
                        let done = std::mem::replace(&mut frame, caller);
                        self.frame_pool.put_inline(done);
                        code = frame.code.clone();
                        iptr = code.instrs.as_ptr();
                        ip = frame.ip as usize;
                        if is_init {
                            // SAFETY: `v` holds an owned, initialised value.
                            let v = unsafe { v.assume_init() };
                            if let Err(e) = self.init_return(v) {
                                break 'dispatch e;
                            }
                        } else {
                            push_raw(&mut frame.values, v);
                        }
                        fin_check!();
                    }};
                }

                // SAFETY: `ip` is always a valid index: the assembler ends every code object
                // with a terminator (no fall-through past the end) and every jump target and
                // exception-table handler is an instruction index (`assemble`), and a frame's
                // `ip` is only ever set from those or advanced by one past a non-terminator.
                debug_assert!(ip < code.instrs.len() && iptr == code.instrs.as_ptr());
                let instr = unsafe { *iptr.add(ip) };
                ip += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        let v = pop!();
                        discard(v);
                        fin_check!();
                    }
                    Instr::PushNull => push!(Value::Null),
                    Instr::Copy(n) => {
                        // perf superinstruction: COPY 2; COPY 2; BINARY_SUBSCR (`c[k] op= v`).
                        if n == 2
                            && matches!(code.instrs.get(ip), Some(Instr::Copy(2)))
                            && matches!(code.instrs.get(ip + 1), Some(Instr::BinarySubscr))
                            && super::fast::copy2_subscr(&mut frame.values)
                        {
                            ip += 2;
                            continue;
                        }
                        let v = clone_fast(peek!(n as usize));
                        push!(v);
                    }
                    Instr::Swap(n) => {
                        // perf superinstruction: SWAP 3; SWAP 2; STORE_SUBSCR (`c[k] op= v`).
                        if n == 3
                            && matches!(code.instrs.get(ip), Some(Instr::Swap(2)))
                            && matches!(code.instrs.get(ip + 1), Some(Instr::StoreSubscr))
                            && super::fast::swap_store_subscr(&mut frame.values)
                        {
                            ip += 2;
                            continue;
                        }
                        let len = frame.values.len();
                        frame.values.swap(len - 1, len - n as usize);
                    }
                    Instr::LoadConst(i) => {
                        let v = clone_raw(&code.consts[i as usize]);
                        push_raw(&mut frame.values, v);
                    }
                    Instr::LoadFast(i) => {
                        load_fast!(i)
                    }
                    // The fused attribute forms (`assemble::fuse`): the site's cached path
                    // through the borrowed operand, else the first instruction only.
                    Instr::LoadFastAttr(a, n, st) => {
                        // SAFETY (`inst_of!`): the local keeps the instance alive, and the
                        // cached path runs no Python code and writes no local.
                        if let (Some(inst), Value::Str(key)) =
                            (inst_of!(&frame.values[a as usize]), &code.names[n as usize])
                        {
                            if let Some(site) = code.ic.site_at(&code.instrs, st) {
                                if self.load_attr_ic(site, &inst, key, &mut frame.values) {
                                    ip += 1;
                                    continue;
                                }
                            }
                        }
                        load_fast!(a)
                    }
                    Instr::LoadFastMethod(a, n, st) => {
                        // SAFETY: as for LoadFastAttr (the cached path only takes reference
                        // counts and pushes).
                        if let (Some(inst), Value::Str(key)) =
                            (inst_of!(&frame.values[a as usize]), &code.names[n as usize])
                        {
                            if let Some(site) = code.ic.site_at(&code.instrs, st) {
                                if self.load_method_ic_local(site, &inst, key, &mut frame.values) {
                                    ip += 1;
                                    continue;
                                }
                            }
                        }
                        load_fast!(a)
                    }
                    Instr::LoadFastStoreAttr(a, n, st) => {
                        // SAFETY: the local keeps the instance alive while the store runs;
                        // the replaced value is dropped after the store, and no finaliser can
                        // unbind a fast local.
                        if let (Some(inst), Value::Str(key)) =
                            (inst_of!(&frame.values[a as usize]), &code.names[n as usize])
                        {
                            if let Some(site) = code.ic.site_at(&code.instrs, st) {
                                let v = pop!();
                                match self.store_attr_ic(site, &inst, key, v) {
                                    Ok(()) => {
                                        ip += 1;
                                        fin_check!();
                                        continue;
                                    }
                                    Err(v) => push!(v),
                                }
                            }
                        }
                        load_fast!(a)
                    }
                    Instr::CopyLoadAttr(n, st) => {
                        // SAFETY: the stack keeps the instance alive and the cached path only
                        // pushes above it.
                        if let (Some(inst), Value::Str(key)) =
                            (inst_of!(peek!(1)), &code.names[n as usize])
                        {
                            if let Some(site) = code.ic.site_at(&code.instrs, st) {
                                if self.load_attr_ic(site, &inst, key, &mut frame.values) {
                                    ip += 1;
                                    continue;
                                }
                            }
                        }
                        let v = clone_fast(peek!(1));
                        push!(v);
                    }
                    Instr::SwapStoreAttr(n, st) => {
                        // SAFETY: `obj` stays on the stack until the store is done; it is
                        // popped and released below.
                        if let (Some(inst), Value::Str(key)) =
                            (inst_of!(peek!(2)), &code.names[n as usize])
                        {
                            if let Some(site) = code.ic.site_at(&code.instrs, st) {
                                let v = pop!();
                                match self.store_attr_ic(site, &inst, key, v) {
                                    Ok(()) => {
                                        let obj = pop!();
                                        discard(obj);
                                        ip += 1;
                                        fin_check!();
                                        continue;
                                    }
                                    Err(v) => push!(v),
                                }
                            }
                        }
                        let len = frame.values.len();
                        frame.values.swap(len - 1, len - 2);
                    }
                    Instr::StoreFast(i) => {
                        let v = pop_raw(&mut frame.values);
                        let slot: *mut Value = &mut frame.values[i as usize];
                        // SAFETY: `slot` is a live local: its value is moved out, then the
                        // slot is overwritten whole with the popped (owned) value.
                        let old = unsafe {
                            let old = std::ptr::read(slot);
                            std::ptr::write(slot as *mut RawValue, v);
                            old
                        };
                        discard(old);
                        fin_check!();
                    }
                    // Cold opcodes run out of line (eval_cold.rs).
                    Instr::GetAIter
                    | Instr::GetANext
                    | Instr::BeforeAsyncWith
                    | Instr::DeleteFast(..)
                    | Instr::DeleteDeref(..)
                    | Instr::LoadClassDeref(..)
                    | Instr::DeleteGlobal(..)
                    | Instr::LoadName(..)
                    | Instr::StoreName(..)
                    | Instr::DeleteName(..)
                    | Instr::DeleteAttr(..)
                    | Instr::DeleteSubscr
                    | Instr::BuildSlice(..)
                    | Instr::UnaryInvert
                    | Instr::BuildSet(..)
                    | Instr::BuildMap(..)
                    | Instr::BuildString(..)
                    | Instr::SetAdd(..)
                    | Instr::MapAdd(..)
                    | Instr::ListExtend(..)
                    | Instr::SetUpdate(..)
                    | Instr::DictUpdate(..)
                    | Instr::DictMerge(..)
                    | Instr::ListToTuple
                    | Instr::UnpackEx(..)
                    | Instr::MakeFunction(..)
                    | Instr::LoadBuildClass
                    | Instr::ImportName(..)
                    | Instr::ImportFrom(..)
                    | Instr::CheckEgMatch
                    | Instr::PrepReraiseStar
                    | Instr::BeforeWith
                    | Instr::WithExceptStart
                    | Instr::LoadAssertionError
                    | Instr::SetupAnnotations
                    | Instr::CallIntrinsic1(..)
                    | Instr::MatchClass(..)
                    | Instr::MatchMapping
                    | Instr::MatchSequence
                    | Instr::MatchKeys
                    | Instr::GetLen
                    | Instr::CopyDictWithoutKeys
                    | Instr::GetYieldFromIter => {
                        tr!(self.exec_cold(instr, &mut frame, &code));
                        fin_check!();
                    }
                    Instr::LoadDeref(i) => {
                        let slot = code.varnames.len() + i as usize;
                        let v = match &frame.values[slot] {
                            Value::Cell(c) => {
                                let inner = c.value.borrow();
                                if inner.is_null() {
                                    None
                                } else {
                                    Some(clone_raw(&inner))
                                }
                            }
                            _ => None,
                        };
                        match v {
                            Some(v) => push_raw(&mut frame.values, v),
                            None => break 'dispatch unbound_deref(&code, i as usize),
                        }
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!();
                        let slot = code.varnames.len() + i as usize;
                        if let Value::Cell(c) = &frame.values[slot] {
                            c.set(v);
                        }
                    }
                    Instr::LoadClosure(i) => {
                        let slot = code.varnames.len() + i as usize;
                        let v = frame.values[slot].clone();
                        push!(v);
                    }
                    Instr::LoadGlobal(i) => match &code.names[i as usize] {
                        Value::Str(key) => {
                            let Frame {
                                globals,
                                builtins,
                                values,
                                ..
                            } = &mut *frame;
                            if !self.load_global_push(globals, builtins, key, values) {
                                break 'dispatch name_error(key);
                            }
                        }
                        _ => push!(Value::None),
                    },
                    Instr::StoreGlobal(i) => {
                        let v = pop!();
                        match &code.names[i as usize] {
                            Value::Str(key) => self.store_global(&frame.globals, key, v),
                            _ => drop(v),
                        }
                        fin_check!();
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!();
                        if let (Value::Instance(inst), Value::Str(key)) =
                            (&obj, &code.names[i as usize])
                        {
                            if let Some(site) = code.ic.site(&code.instrs, ip - 1) {
                                if self.load_attr_ic(site, inst, key, &mut frame.values) {
                                    discard(obj);
                                    continue;
                                }
                            }
                        }
                        let key = name_str(&code.names[i as usize]);
                        match self.load_attr_fast(&obj, &key) {
                            Some(v) => push_raw(&mut frame.values, v),
                            None => {
                                let v = tr!(self.getattr(&obj, &key));
                                push!(v);
                            }
                        }
                        discard(obj);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        let v = match (&obj, &code.names[i as usize]) {
                            (Value::Instance(inst), Value::Str(key)) => {
                                match code.ic.site(&code.instrs, ip - 1) {
                                    Some(site) => match self.store_attr_ic(site, inst, key, v) {
                                        Ok(()) => {
                                            discard(obj);
                                            fin_check!();
                                            continue;
                                        }
                                        Err(v) => v,
                                    },
                                    None => v,
                                }
                            }
                            _ => v,
                        };
                        let key = name_str(&code.names[i as usize]);
                        if let Err(v) = self.store_attr_fast(&obj, &key, v) {
                            tr!(self.setattr(&obj, &key, v));
                        }
                        discard(obj);
                        fin_check!();
                    }
                    Instr::LoadMethod(i) => {
                        if let (Some(Value::Instance(_)), Value::Str(key)) =
                            (frame.values.last(), &code.names[i as usize])
                        {
                            if let Some(site) = code.ic.site(&code.instrs, ip - 1) {
                                if self.load_method_ic(site, key, &mut frame.values) {
                                    continue;
                                }
                            }
                        }
                        if let (Some(Value::Gen(g)), Value::Str(k)) =
                            (frame.values.last(), &code.names[i as usize])
                        {
                            // `g.send` / `g.__next__` of a plain generator (a coroutine's
                            // methods differ: the generic lookup finds them).
                            let m = if g.kind == GenKind::Generator {
                                self.gen_method(k)
                            } else {
                                None
                            };
                            if let Some(m) = m {
                                let obj = pop!();
                                push!(m);
                                push!(obj);
                                continue;
                            }
                        }
                        let key = name_str(&code.names[i as usize]);
                        let obj = pop!();
                        // `math.sqrt(x)`, `random.random()`: a module's own global, found in
                        // its dict, is the attribute (the module type's data descriptors are
                        // all dunders, which take the generic path).
                        if let Value::Module(m) = &obj {
                            if !key.as_str().starts_with("__") {
                                if let Some(v) = m.dict.get_str(&key) {
                                    drop(obj);
                                    push!(v);
                                    push!(Value::Null);
                                    continue;
                                }
                            }
                        }
                        // Builtin receivers (`d.get`, `lst.append`): an immutable-type cache
                        // hit is pushed as one 16-byte move.
                        if let Some(m) = self.builtin_method_ref(&obj, &key) {
                            let m = clone_raw(m);
                            push_raw(&mut frame.values, m);
                            push!(obj);
                            continue;
                        }
                        // Cached fast path for plain functions on plain classes; everything
                        // else goes through the objects helper's descriptor-aware lookup
                        // (super, user __getattribute__, builtin subclasses).
                        match self.method_lookup(&obj, &key) {
                            Some(meth) => {
                                push!(meth);
                                push!(obj);
                            }
                            None => match crate::object::attr::load_method(self, &obj, &key) {
                                Ok((meth, Some(recv))) => {
                                    push!(meth);
                                    push!(recv);
                                }
                                Ok((v, None)) => {
                                    push!(v);
                                    push!(Value::Null);
                                }
                                Err(e) => break 'dispatch e,
                            },
                        }
                    }
                    Instr::BinarySubscr => {
                        let key = pop!();
                        let container = pop!();
                        if let Value::Int(i) = &key {
                            let i = *i;
                            let hit = match &container {
                                Value::List(l) => {
                                    let items = l.items.borrow();
                                    let n = items.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        push!(clone_fast(&items[j as usize]));
                                        true
                                    } else {
                                        false
                                    }
                                }
                                Value::Tuple(t) => {
                                    let n = t.items.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        push!(clone_fast(&t.items[j as usize]));
                                        true
                                    } else {
                                        false
                                    }
                                }
                                _ => false,
                            };
                            if hit {
                                drop(container);
                                continue;
                            }
                        }
                        let v = tr!(self.getitem(&container, &key));
                        push!(v);
                    }
                    Instr::StoreSubscr => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        if let (Value::List(l), Value::Int(i)) = (&container, &key) {
                            let mut items = l.items.borrow_mut();
                            let n = items.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                let old = std::mem::replace(&mut items[j as usize], v);
                                drop(items);
                                drop(old);
                                continue;
                            }
                        }
                        tr!(self.setitem(&container, &key, v));
                        fin_check!();
                    }
                    Instr::BinaryOp(op) => {
                        if !fast_binop_top!(op) {
                            binary_op_slow!(op);
                        }
                    }
                    Instr::UnaryNegative => {
                        let v = pop!();
                        let r = match &v {
                            Value::Int(i) if *i != i64::MIN => Value::Int(-*i),
                            Value::Float(f) => Value::Float(-*f),
                            _ => tr!(self.unary(&v, UnaryKind::Neg)),
                        };
                        push!(r);
                    }
                    Instr::UnaryNot => {
                        let v = pop!();
                        let t = match fast_truth(&v) {
                            Some(t) => t,
                            None => tr!(self.truthy(&v)),
                        };
                        push_imm!(TAG_BOOL, (!t) as u64);
                    }
                    Instr::CompareOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        match fast_compare(&a, &b, op) {
                            Some(r) => {
                                discard(a);
                                discard(b);
                                push_imm!(TAG_BOOL, r as u64);
                            }
                            None => {
                                let kind = cmp_kind(op);
                                let v = tr!(self.compare(&a, &b, kind));
                                push!(v);
                            }
                        }
                    }
                    Instr::IsOp(inv) => {
                        let b = pop!();
                        let a = pop!();
                        push_imm!(TAG_BOOL, (a.is(&b) != (inv == 1)) as u64);
                        discard(a);
                        discard(b);
                        fin_check!();
                    }
                    Instr::ContainsOp(inv) => {
                        let container = pop!();
                        let item = pop!();
                        let r = tr!(self.contains(&container, &item));
                        push_imm!(TAG_BOOL, (r != (inv == 1)) as u64);
                        drop(container);
                        fin_check!();
                    }
                    Instr::BuildTuple(n) => {
                        let t = if n == 2 {
                            let len = frame.values.len();
                            let mut rc = Rc::<PyTuple>::new_uninit();
                            // SAFETY: the two top values are initialised; they move bitwise
                            // into the fresh (uniquely owned) allocation, written in place.
                            unsafe {
                                frame.values.set_len(len - 2);
                                let src = frame.values.as_ptr().add(len - 2);
                                let a = std::ptr::read(src);
                                let b = std::ptr::read(src.add(1));
                                Rc::get_mut(&mut rc)
                                    .unwrap_unchecked()
                                    .as_mut_ptr()
                                    .write(PyTuple::pair(a, b));
                                rc.assume_init()
                            }
                        } else {
                            Rc::new(PyTuple::from_stack(&mut frame.values, n as usize))
                        };
                        push_tuple(&mut frame.values, t);
                    }
                    Instr::BuildList(n) => {
                        let start = frame.values.len() - n as usize;
                        let items: Vec<Value> = frame.values.drain(start..).collect();
                        push!(Value::list(items));
                    }
                    Instr::ListAppend(i) => {
                        let v = pop!();
                        if let Value::List(l) = peek!(i as usize) {
                            l.items.borrow_mut().push(v);
                        }
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!();
                        tr!(self.unpack_sequence(&mut frame.values, seq, n as usize));
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & format_flags::HAVE_SPEC != 0 {
                            Some(pop!())
                        } else {
                            None
                        };
                        let v = pop!();
                        let v = match flags & format_flags::CONV_MASK {
                            format_flags::CONV_STR => Value::Str(tr!(self.str(&v))),
                            format_flags::CONV_REPR => Value::Str(tr!(self.repr(&v))),
                            format_flags::CONV_ASCII => {
                                let r = tr!(self.repr(&v));
                                Value::from_string(ascii_escape(r.as_str()))
                            }
                            _ => v,
                        };
                        // No spec: an exact str passes through; everything else is
                        // `format(v, "")` (no interning of the empty spec per f-string).
                        let out = match (&v, &spec) {
                            (Value::Str(_), None) => v,
                            (_, Some(Value::Str(sp))) => {
                                Value::Str(tr!(self.format(&v, sp.as_str())))
                            }
                            _ => Value::Str(tr!(self.format(&v, ""))),
                        };
                        push!(out);
                    }
                    Instr::GetIter => {
                        let v = pop!();
                        let it = tr!(self.iter(&v));
                        push!(it);
                    }
                    Instr::ForIter(target) => {
                        if let Some(Value::Gen(g)) = frame.values.last() {
                            // A generator: resume it stacklessly (its frame runs in hand).
                            match self.gen_enter_raw(
                                g,
                                super::gen::NONE_RAW,
                                Resume::ForIter(target),
                            ) {
                                Ok(Some(f)) => {
                                    enter_gen_frame!(f);
                                }
                                Ok(None) => {
                                    let it = pop!();
                                    drop(it);
                                    ip = target as usize;
                                }
                                Err(e) => break 'dispatch e,
                            }
                            continue;
                        }
                        // Fast paths: range and list iterators advance inline, fused with the
                        // loop target (STORE_FAST, or UNPACK_SEQUENCE 2 + 2 x STORE_FAST).
                        let at = |k: usize| code.instrs.get(k).copied().unwrap_or(Instr::Nop);
                        match super::fast::for_iter_fast(
                            &mut frame.values,
                            at(ip),
                            at(ip + 1),
                            at(ip + 2),
                        ) {
                            super::fast::IterStep::Next(skip) => {
                                ip += skip;
                                continue;
                            }
                            super::fast::IterStep::Exhausted => {
                                let it = pop!();
                                drop(it);
                                ip = target as usize;
                                continue;
                            }
                            super::fast::IterStep::Slow => {}
                        }
                        let it = top!().clone();
                        match tr!(self.next(&it)) {
                            Some(v) => push!(v),
                            None => {
                                let it = pop!();
                                drop(it);
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::Jump(t) => {
                        // Poll Ctrl-C on every taken jump (every loop iteration takes one; testing only back
                        // edges cost an extra compare in the hot loop and measured slower).
                        if super::interrupt::pending() {
                            break 'dispatch super::interrupt::take_error();
                        }
                        ip = t as usize
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let b = match fast_truth(&v) {
                            Some(b) => b,
                            None => tr!(self.truthy(&v)),
                        };
                        discard(v);
                        if !b {
                            if super::interrupt::pending() {
                                break 'dispatch super::interrupt::take_error();
                            }
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let b = match fast_truth(&v) {
                            Some(b) => b,
                            None => tr!(self.truthy(&v)),
                        };
                        if b {
                            // Poll Ctrl-C (the back edge of a `while cond:` loop).
                            if super::interrupt::pending() {
                                break 'dispatch super::interrupt::take_error();
                            }
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfNone(t) => {
                        let v = pop!();
                        if v.is_none() {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfNotNone(t) => {
                        let v = pop!();
                        if !v.is_none() {
                            ip = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let b = match fast_truth(top!()) {
                            Some(b) => b,
                            None => {
                                let v = top!().clone();
                                tr!(self.truthy(&v))
                            }
                        };
                        if !b {
                            ip = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let b = match fast_truth(top!()) {
                            Some(b) => b,
                            None => {
                                let v = top!().clone();
                                tr!(self.truthy(&v))
                            }
                        };
                        if b {
                            ip = t as usize;
                        } else {
                            pop!();
                        }
                    }
                    Instr::Call(n) => {
                        let n = n as usize;
                        let fpos = frame.values.len() - n - 1;
                        // Fast path: a simple Python function with exactly its positional args.
                        if let Value::Function(func) = &frame.values[fpos] {
                            if is_simple(&func.code) && func.code.argcount as usize == n {
                                let func = match std::mem::take(&mut frame.values[fpos]) {
                                    Value::Function(f) => f,
                                    _ => unreachable!("checked above"),
                                };
                                enter_callee!(self.push_simple_call(&mut frame, &func, fpos + 1, n))
                            }
                            // A generator function with exactly its positional args: the
                            // arguments move into the new generator.
                            if super::gen::is_simple_gen_call(&func.code, n) {
                                let g = self.make_generator_from_stack(&mut frame.values, fpos, n);
                                push!(g);
                                continue;
                            }
                            // Defaults, keyword-only defaults, `*args`: bound from the stack.
                            let func = func.clone();
                            if let Some(r) = self.push_kw_call(&mut frame, &func, fpos + 1, n, &[])
                            {
                                enter_callee!(r)
                            }
                        }
                        // Plain builtin function (`len(u)`), or a builtin type whose call is
                        // exactly its native constructor (`range(n)`): call it on a stack array.
                        let native = match &frame.values[fpos] {
                            Value::Builtin(b) if b.bound.is_none() => Some(b.func),
                            Value::Type(t) => super::call::native_constructor(t),
                            _ => None,
                        };
                        if let Some(f) = native {
                            if n <= NATIVE_ARGS_MAX {
                                // `next(g)`: resume the generator stacklessly.
                                if n == 1
                                    && matches!(&frame.values[fpos + 1], Value::Gen(g) if g.kind == GenKind::Generator)
                                    && super::gen::is_next_builtin(f)
                                {
                                    let recv = pop!();
                                    if let Value::Builtin(b) = pop!() {
                                        drop(b);
                                    }
                                    let Value::Gen(g) = recv else {
                                        unreachable!("checked above")
                                    };
                                    match self.gen_enter(&g, Value::None, Resume::Call) {
                                        Ok(Some(f)) => {
                                            enter_gen_frame!(f);
                                            continue;
                                        }
                                        Ok(None) => {
                                            break 'dispatch super::gen::stop_iteration_with(
                                                Value::None,
                                            )
                                        }
                                        Err(e) => break 'dispatch e,
                                    }
                                }
                                let (fr, r) =
                                    self.call_native_from_stack(frame, ip, f, fpos + 1, n);
                                frame = fr;
                                if let Err(e) = r {
                                    break 'dispatch e;
                                }
                                fin_check!();
                                continue;
                            }
                        }
                        let args: Args = frame.values.drain(fpos + 1..).collect();
                        let callable = pop!();
                        do_call!(callable, args, &[]);
                    }
                    Instr::CallMethod(n) => {
                        let n = n as usize;
                        let spos = frame.values.len() - n - 1;
                        if frame.values[spos].is_null() {
                            // A module's native function (`math.sqrt(x)`): drop the NULL by
                            // moving the callable up a slot, then call straight from the
                            // stack as for a method descriptor.
                            if let Value::Builtin(b) = &frame.values[spos - 1] {
                                if b.bound.is_none() && n <= NATIVE_ARGS_MAX {
                                    let f = b.func;
                                    let callable =
                                        std::mem::replace(&mut frame.values[spos - 1], Value::Null);
                                    frame.values[spos] = callable;
                                    let (fr, r) =
                                        self.call_native_from_stack(frame, ip, f, spos + 1, n);
                                    frame = fr;
                                    if let Err(e) = r {
                                        break 'dispatch e;
                                    }
                                    // [.., NULL, result] -> [.., result]
                                    let v = pop!();
                                    let null = pop!();
                                    debug_assert!(null.is_null());
                                    push!(v);
                                    fin_check!();
                                    continue;
                                }
                            }
                            let args: Args = frame.values.drain(spos + 1..).collect();
                            pop!();
                            let callable = pop!();
                            do_call!(callable, args, &[]);
                        } else {
                            if let Value::Function(func) = &frame.values[spos - 1] {
                                if is_simple(&func.code) && func.code.argcount as usize == n + 1 {
                                    let func = match std::mem::take(&mut frame.values[spos - 1]) {
                                        Value::Function(f) => f,
                                        _ => unreachable!("checked above"),
                                    };
                                    enter_callee!(self.push_simple_call(
                                        &mut frame,
                                        &func,
                                        spos,
                                        n + 1
                                    ))
                                }
                                // Defaults, keyword-only defaults, `*args`.
                                if func.code.flags & super::gen::GEN_FLAGS == 0 {
                                    let func = func.clone();
                                    if let Some(r) =
                                        self.push_kw_call(&mut frame, &func, spos, n + 1, &[])
                                    {
                                        enter_callee!(r)
                                    }
                                }
                            }
                            // Unbound builtin method descriptor (`counts.get(w, 0)`,
                            // `out.append(x)`): move receiver + args into a stack array and call
                            // the native function directly (no SmallVec, no prepare_call).
                            if let Value::Builtin(b) = &frame.values[spos - 1] {
                                if b.bound.is_none() && n < NATIVE_ARGS_MAX {
                                    let f = b.func;
                                    // `g.send(v)` / `g.__next__()`: resume the generator
                                    // stacklessly.
                                    if n <= 1
                                        && matches!(frame.values[spos], Value::Gen(_))
                                        && super::gen::is_gen_resume_method(f, n)
                                    {
                                        let arg = if n == 1 { pop!() } else { Value::None };
                                        let recv = pop!();
                                        if let Value::Builtin(b) = pop!() {
                                            drop(b);
                                        }
                                        let Value::Gen(g) = recv else {
                                            unreachable!("checked above")
                                        };
                                        match self.gen_enter(&g, arg, Resume::Call) {
                                            Ok(Some(f)) => {
                                                enter_gen_frame!(f);
                                                continue;
                                            }
                                            Ok(None) => {
                                                break 'dispatch super::gen::stop_iteration_with(
                                                    Value::None,
                                                )
                                            }
                                            Err(e) => break 'dispatch e,
                                        }
                                    }
                                    let (fr, r) =
                                        self.call_native_from_stack(frame, ip, f, spos, n + 1);
                                    frame = fr;
                                    if let Err(e) = r {
                                        break 'dispatch e;
                                    }
                                    fin_check!();
                                    continue;
                                }
                            }
                            let args: Args = frame.values.drain(spos..).collect();
                            let callable = pop!();
                            do_call!(callable, args, &[]);
                        }
                    }
                    Instr::CallKw(n) | Instr::CallMethodKw(n) => {
                        let is_method = matches!(instr, Instr::CallMethodKw(_));
                        let kwnames = pop!();
                        // A Python function (or a method with its receiver): bind straight
                        // from the stack into the callee frame.
                        if let Value::Tuple(names) = &kwnames {
                            let len = frame.values.len();
                            let n = n as usize;
                            let (start, count) = if is_method {
                                match frame.values.get(len - n - 1) {
                                    Some(v) if !v.is_null() => (len - n - 1, n + 1),
                                    _ => (0, 0),
                                }
                            } else {
                                (len - n, n)
                            };
                            if start > 0 {
                                if let Value::Function(func) = &frame.values[start - 1] {
                                    let func = func.clone();
                                    if let Some(r) = self.push_kw_call(
                                        &mut frame,
                                        &func,
                                        start,
                                        count,
                                        &names.items,
                                    ) {
                                        enter_callee!(r)
                                    }
                                }
                            }
                        }
                        let names: &[Value] = match &kwnames {
                            Value::Tuple(t) => &t.items,
                            _ => &[],
                        };
                        let n = n as usize;
                        let nkw = names.len();
                        let start = frame.values.len() - n;
                        let mut all: Args = frame.values.drain(start..).collect();
                        let kw: Vec<(Rc<PyStr>, Value)> = names
                            .iter()
                            .zip(all.drain(n - nkw..))
                            .map(|(k, v)| (name_str(k), v))
                            .collect();
                        let mut args = all;
                        if is_method {
                            let s = pop!();
                            if !s.is_null() {
                                args.insert(0, s);
                            }
                        }
                        let callable = pop!();
                        do_call!(callable, args, &kw);
                    }
                    Instr::CallFunctionEx(flag) => {
                        let kwargs = if flag & 1 != 0 { Some(pop!()) } else { None };
                        let args_v = pop!();
                        let callable = pop!();
                        let args: Args = match &args_v {
                            Value::Tuple(t) => t.items.iter().cloned().collect(),
                            Value::List(l) => l.items.borrow().iter().cloned().collect(),
                            _ => match self.collect(&args_v) {
                                Ok(v) => v.into_iter().collect(),
                                Err(e) => {
                                    if e.lazy_kind() == Some(ExcType::TypeError)
                                        && self.iter(&args_v).is_err()
                                    {
                                        break 'dispatch PyErr::type_error(format!(
                                            "{} argument after * must be an iterable, not {}",
                                            super::ops::function_str(&callable),
                                            self.type_name(&args_v)
                                        ));
                                    }
                                    break 'dispatch e;
                                }
                            },
                        };
                        let kw: Vec<(Rc<PyStr>, Value)> = match &kwargs {
                            Some(Value::Dict(d)) => {
                                let mut kw = Vec::with_capacity(d.len());
                                for (k, v) in d.items() {
                                    match k {
                                        Value::Str(s) => kw.push((s, v)),
                                        _ => {
                                            break 'dispatch PyErr::type_error(
                                                "keywords must be strings",
                                            )
                                        }
                                    }
                                }
                                kw
                            }
                            _ => Vec::new(),
                        };
                        do_call!(callable, args, &kw);
                    }
                    Instr::ReturnValue => {
                        let v = pop!();
                        self.depth -= 1;
                        if let Some(g) = frame.gen.take() {
                            // A generator returned: what happens next depends on how it was
                            // resumed (`PyGen::resume`).
                            self.gen_finish(&g);
                            if self.frames.len() <= base {
                                self.frame_pool.put(frame);
                                return Ok(v);
                            }
                            let caller = self.frames.pop().expect("resumer frame");
                            let done = std::mem::replace(&mut frame, caller);
                            self.frame_pool.put(done);
                            code = frame.code.clone();
                            iptr = code.instrs.as_ptr();
                            ip = frame.ip as usize;
                            match g.resume() {
                                Resume::ForIter(t) => {
                                    let it = pop!();
                                    drop(it);
                                    drop(v);
                                    ip = t as usize;
                                    fin_check!();
                                }
                                Resume::Send(t) => {
                                    let r = pop!();
                                    drop(r);
                                    push!(v);
                                    ip = t as usize;
                                }
                                Resume::Call | Resume::Native => {
                                    break 'dispatch super::gen::stop_iteration_with(v);
                                }
                            }
                            continue;
                        }
                        if self.frames.len() <= base {
                            // The frame this loop was started with returned.
                            self.frame_pool.put(frame);
                            fin_check!();
                            return Ok(v);
                        }
                        let is_init = frame.nlocals & super::frame::INIT_FRAME != 0;
                        let caller = self.frames.pop().expect("caller");
                        let done = std::mem::replace(&mut frame, caller);
                        self.frame_pool.put_inline(done);
                        code = frame.code.clone();
                        iptr = code.instrs.as_ptr();
                        ip = frame.ip as usize;
                        if is_init {
                            if let Err(e) = self.init_return(v) {
                                break 'dispatch e;
                            }
                        } else {
                            push!(v);
                        }
                        fin_check!();
                    }
                    Instr::RaiseVarargs(n) => {
                        let e = match n {
                            0 => {
                                // Re-raising keeps the traceback; "No active exception" is a
                                // new error and gets an entry.
                                skip_tb = !self.exc_info.is_none() && !self.exc_info.is_null();
                                self.reraise_current()
                            }
                            1 => {
                                let exc = pop!();
                                self.raise_value(exc, None)
                            }
                            _ => {
                                let cause = pop!();
                                let exc = pop!();
                                self.raise_value(exc, Some(cause))
                            }
                        };
                        break 'dispatch e;
                    }
                    Instr::Reraise(n) => {
                        let exc = pop!();
                        // With n != 0 a lasti sits n values below the exception (the frame's
                        // position for the re-raise, only observable through f_lineno). Like
                        // CPython's RERAISE, only the exception is popped: the unwinding
                        // trims the stack to the handler's depth (popping more would lose the
                        // saved exception state a `with` cleanup handler restores).
                        let _ = n;
                        skip_tb = true;
                        break 'dispatch PyErr::from_object(exc);
                    }
                    Instr::PushExcInfo => {
                        let exc = pop!();
                        let mut prev = std::mem::replace(&mut self.exc_info, exc.clone());
                        if let Some(g) = &frame.gen {
                            // A generator with no handled exception of its own sees its
                            // resumer's: save "the resumer's, whoever that is then" (Null).
                            prev = super::gen::gen_exc_prev(g, prev);
                        }
                        push!(prev);
                        push!(exc);
                    }
                    Instr::PopExcept => {
                        let mut prev = pop!();
                        if prev.is_null() {
                            prev = super::gen::gen_resumer_exc(frame.gen.as_deref());
                        }
                        let old = std::mem::replace(&mut self.exc_info, prev);
                        drop(old);
                        if !self.deferred_finalizers.is_empty() {
                            self.undefer_finalizers();
                            fin_check!();
                        } else if crate::object::class::rearm_pending_dels() {
                            // `__del__` of locals the unwinding freed (`object/class.rs`).
                            fin_check!();
                        }
                    }
                    Instr::CheckExcMatch => {
                        let t = pop!();
                        let exc = top!().clone();
                        let r = tr!(self.exception_matches(&exc, &t));
                        push_imm!(TAG_BOOL, (r) as u64);
                    }
                    Instr::BinaryOpFF(a, b, op) => {
                        match fast_binop(
                            &frame.values[a as usize],
                            &frame.values[b as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                push_num!(n);
                                ip += 2;
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::BinaryOpFC(a, c, op) => {
                        match fast_binop(
                            &frame.values[a as usize],
                            &code.consts[c as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                push_num!(n);
                                ip += 2;
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::BinaryOpFFStore(a, b, d, op) => {
                        match fast_binop(
                            &frame.values[a as usize],
                            &frame.values[b as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                store_num!(d, n);
                                ip += 3;
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::BinaryOpFCStore(a, c, d, op) => {
                        match fast_binop(
                            &frame.values[a as usize],
                            &code.consts[c as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                store_num!(d, n);
                                ip += 3;
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::BinaryOpStore(d, op) => {
                        let len = frame.values.len();
                        match fast_binop(&frame.values[len - 2], &frame.values[len - 1], op as u32)
                        {
                            Some(n) => {
                                // SAFETY: both operands are immediates: dropping the length
                                // forgets them.
                                unsafe { frame.values.set_len(len - 2) };
                                store_num!(d, n);
                                ip += 1;
                            }
                            None => binary_op_slow!(op as u32),
                        }
                    }
                    Instr::BinaryOpStoreSubscr(op) => {
                        if super::fast::binop_store_subscr(&mut frame.values, op as u32) {
                            ip += 3;
                        } else {
                            binary_op_slow!(op as u32);
                        }
                    }
                    Instr::SubscrFC(a, c) => {
                        let k = match &code.consts[c as usize] {
                            Value::Int(k) => Some(*k),
                            _ => None,
                        };
                        match k {
                            Some(k)
                                if super::fast::push_subscr_local(
                                    &mut frame.values,
                                    a as usize,
                                    k,
                                ) =>
                            {
                                ip += 2;
                            }
                            _ => load_fast!(a),
                        }
                    }
                    Instr::SubscrFF(a, b) => {
                        let k = match &frame.values[b as usize] {
                            Value::Int(k) => Some(*k),
                            _ => None,
                        };
                        match k {
                            Some(k)
                                if super::fast::push_subscr_local(
                                    &mut frame.values,
                                    a as usize,
                                    k,
                                ) =>
                            {
                                ip += 2;
                            }
                            _ => load_fast!(a),
                        }
                    }
                    Instr::SubscrFCKeep(a, c) => {
                        if super::fast::push_subscr_keep(
                            &mut frame.values,
                            a as usize,
                            &code.consts[c as usize],
                        ) {
                            ip += 4;
                        } else {
                            load_fast!(a);
                        }
                    }
                    Instr::CompareFCJump(a, c, op) => {
                        let to = match fast_compare(
                            &frame.values[a as usize],
                            &code.consts[c as usize],
                            op as u32,
                        ) {
                            Some(r) => cond_jump!(ip + 2, r),
                            None => None,
                        };
                        match to {
                            Some(t) => {
                                if super::interrupt::pending() {
                                    break 'dispatch super::interrupt::take_error();
                                }
                                ip = t
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::CompareFFJump(a, b, op) => {
                        let to = match fast_compare(
                            &frame.values[a as usize],
                            &frame.values[b as usize],
                            op as u32,
                        ) {
                            Some(r) => cond_jump!(ip + 2, r),
                            None => None,
                        };
                        match to {
                            Some(t) => {
                                if super::interrupt::pending() {
                                    break 'dispatch super::interrupt::take_error();
                                }
                                ip = t
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::CompareOpJump(op) => {
                        let len = frame.values.len();
                        let to = match fast_compare(
                            &frame.values[len - 2],
                            &frame.values[len - 1],
                            op as u32,
                        ) {
                            Some(r) => cond_jump!(ip, r),
                            None => None,
                        };
                        match to {
                            Some(t) => {
                                let b = pop!();
                                let a = pop!();
                                discard(a);
                                discard(b);
                                if super::interrupt::pending() {
                                    break 'dispatch super::interrupt::take_error();
                                }
                                ip = t;
                            }
                            None => {
                                let b = pop!();
                                let a = pop!();
                                let v = tr!(self.compare(&a, &b, cmp_kind(op as u32)));
                                push!(v);
                            }
                        }
                    }
                    Instr::ReturnFast(a) => {
                        let src = &frame.values[a as usize];
                        if src.is_null() {
                            break 'dispatch unbound_local(&code, a as usize);
                        }
                        let v = clone_raw(src);
                        plain_return!(v);
                    }
                    Instr::ReturnConst(c) => {
                        let v = clone_raw(&code.consts[c as usize]);
                        plain_return!(v);
                    }
                    Instr::BinaryOpReturn(op) => {
                        if fast_binop_top!(op as u32) {
                            let v = pop_raw(&mut frame.values);
                            plain_return!(v);
                        } else {
                            binary_op_slow!(op as u32);
                        }
                    }
                    Instr::LoadFastLoadFast(a, b) => {
                        let len = frame.values.len();
                        let (a, b) = (a as usize, b as usize);
                        if a < len
                            && b < len
                            && len + 2 <= frame.values.capacity()
                            && !frame.values[a].is_null()
                            && !frame.values[b].is_null()
                        {
                            // SAFETY: both sources are live elements, the two spare slots past
                            // the end are written before the length covers them.
                            unsafe {
                                let p = frame.values.as_mut_ptr();
                                std::ptr::write(p.add(len), clone_fast(&*p.add(a)));
                                std::ptr::write(p.add(len + 1), clone_fast(&*p.add(b)));
                                frame.values.set_len(len + 2);
                            }
                            ip += 1;
                        } else {
                            load_fast!(a);
                        }
                    }
                    Instr::BinaryOpC(c, op) => {
                        let len = frame.values.len();
                        match fast_binop(
                            &frame.values[len - 1],
                            &code.consts[c as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                let (tag, bits) = n.parts();
                                // SAFETY: the left operand is an immediate (no drop); its slot
                                // takes the result.
                                unsafe {
                                    write_imm(frame.values.as_mut_ptr().add(len - 1), tag, bits)
                                };
                                ip += 1;
                            }
                            None => {
                                let v = clone_fast(&code.consts[c as usize]);
                                push!(v);
                            }
                        }
                    }
                    Instr::BinaryOpF(a, op) => {
                        let len = frame.values.len();
                        match fast_binop(
                            &frame.values[len - 1],
                            &frame.values[a as usize],
                            op as u32,
                        ) {
                            Some(n) => {
                                let (tag, bits) = n.parts();
                                // SAFETY: as for BinaryOpC.
                                unsafe {
                                    write_imm(frame.values.as_mut_ptr().add(len - 1), tag, bits)
                                };
                                ip += 1;
                            }
                            None => load_fast!(a),
                        }
                    }
                    Instr::YieldValue(arg) => {
                        let v = pop!();
                        frame.ip = ip as u32;
                        let Some(mut g) = self.gen_suspend(&mut frame) else {
                            break 'dispatch PyErr::new(
                                ExcType::SystemError,
                                "YIELD_VALUE outside a generator",
                            );
                        };
                        if arg == 0 && g.kind == GenKind::AsyncGenerator {
                            // An async generator's own `yield` (CPython wraps the value).
                            g.flags
                                .set(g.flags.get() | crate::object::generator::AG_YIELDED);
                        }
                        // The frames of delegates a `yield from` chain suspends with this
                        // yield, linked outermost first through `chain_next`: they stay
                        // together in the chain's top generator (see "Chains" in
                        // object/generator.rs).
                        let mut chain: Option<Box<Frame>> = None;
                        loop {
                            self.depth -= 1;
                            if self.frames.len() <= base {
                                self.gen_park_top(g, frame, chain);
                                return Ok(v);
                            }
                            let caller = self.frames.pop().expect("resumer frame");
                            let mut done = std::mem::replace(&mut frame, caller);
                            // `yield from` chains: a delegating resumer (at its SEND + 1, a
                            // YIELD_VALUE 1) would only yield the value on: suspend it here.
                            if matches!(g.resume(), Resume::Send(_))
                                && frame.gen.is_some()
                                && matches!(
                                    frame.code.instrs.get(frame.ip as usize),
                                    Some(Instr::YieldValue(1))
                                )
                            {
                                frame.ip += 1;
                                if let Some(g2) = self.gen_suspend(&mut frame) {
                                    done.gen = Some(g);
                                    done.chain_next = chain.take();
                                    chain = Some(done);
                                    g = g2;
                                    continue;
                                }
                                frame.ip -= 1;
                            }
                            self.gen_park_top(g, done, chain);
                            break;
                        }
                        code = frame.code.clone();
                        iptr = code.instrs.as_ptr();
                        ip = frame.ip as usize;
                        push!(v);
                        fin_check!();
                    }
                    Instr::Send(target) => {
                        let v = pop!();
                        if let Some(Value::Gen(g)) = frame.values.last() {
                            if g.flags.get() & crate::object::generator::REGISTERED != 0 {
                                // Delegating to a generator on the exit registry: so is this
                                // one (exit closes the chain from the outside).
                                super::gen::register_delegator(frame.gen.as_ref());
                            }
                            match self.gen_enter(g, v, Resume::Send(target)) {
                                Ok(Some(f)) => {
                                    enter_gen_frame!(f);
                                }
                                Ok(None) => {
                                    let r = pop!();
                                    drop(r);
                                    push!(Value::None);
                                    ip = target as usize;
                                }
                                Err(e) => break 'dispatch e,
                            }
                            continue;
                        }
                        let recv = top!().clone();
                        match tr!(self.iter_send(&recv, v)) {
                            GenResult::Yield(x) => push!(x),
                            GenResult::Return(x) => {
                                let r = pop!();
                                drop(r);
                                push!(x);
                                ip = target as usize;
                            }
                        }
                    }
                    Instr::EndSend => {
                        let v = pop!();
                        let r = pop!();
                        drop(r);
                        push!(v);
                    }
                    Instr::CleanupThrow => {
                        let exc = pop!();
                        let err = PyErr::from_object(exc);
                        match self.fetch_stop_iteration_value(&err) {
                            Some(val) => {
                                let last = pop!();
                                drop(last);
                                let recv = pop!();
                                drop(recv);
                                push!(Value::None);
                                push!(val);
                            }
                            None => {
                                skip_tb = true;
                                break 'dispatch err;
                            }
                        }
                    }
                    Instr::GetAwaitable(w) => {
                        // A coroutine not suspended in an `await` of its own is its own
                        // awaitable iterator (the common case: `await f()`).
                        if let Some(Value::Gen(g)) = frame.values.last() {
                            if g.kind == GenKind::Coroutine
                                && g.state.get() != crate::object::generator::GenState::Suspended
                            {
                                continue;
                            }
                        }
                        let v = pop!();
                        let it = tr!(self.get_awaitable(&v, w));
                        push!(it);
                        fin_check!();
                    }
                    Instr::EndAsyncFor => {
                        // The exception that ended `async for`'s `__anext__` await: the end
                        // of the iteration, or an error re-raised with its traceback.
                        let exc = pop!();
                        let t = self.type_of(&exc);
                        if super::unwind::type_is_exc(&t, ExcType::StopAsyncIteration) {
                            let it = pop!();
                            drop(it);
                            fin_check!();
                        } else {
                            skip_tb = true;
                            break 'dispatch PyErr::from_object(exc);
                        }
                    }
                }
            };

            // --- Unwinding (CPython's `error:` / `exception_unwind:` labels). ---
            let fresh = !skip_tb;
            let exc = self.normalize_raised(err, fresh);
            let mut new_tb: Vec<crate::object::exception::TracebackEntry> = Vec::new();
            let mut add_tb = !skip_tb;
            loop {
                let lasti = ip.saturating_sub(1);
                if add_tb {
                    new_tb.push(crate::object::exception::TracebackEntry {
                        code: code.clone(),
                        ip: lasti as u32,
                    });
                }
                add_tb = true;
                if let Some(h) = code.find_handler(lasti as u32).copied() {
                    self.prepend_traceback(&exc, new_tb);
                    let keep = frame.nlocals() + h.depth as usize;
                    while frame.values.len() > keep {
                        let v = frame.values.pop();
                        drop(v);
                    }
                    if h.push_lasti {
                        frame.values.push(Value::Int(lasti as i64));
                    }
                    frame.values.push(exc);
                    ip = h.target as usize;
                    // Values dropped by the unwinding belong to the raising instruction.
                    if crate::object::generator::finalize_pending() {
                        self.run_pending_finalizers(Some((&code, lasti)));
                    }
                    break;
                }
                // No handler: the frame is done.
                self.depth -= 1;
                if let Some(g) = frame.gen.take() {
                    self.gen_finish(&g);
                }
                if self.frames.len() <= base {
                    self.frame_pool.put(frame);
                    self.defer_pending_finalizers();
                    self.prepend_traceback(&exc, new_tb);
                    return Err(PyErr::from_object(exc));
                }
                let done = std::mem::replace(&mut frame, self.frames.pop().expect("caller"));
                self.frame_pool.put(done);
                self.defer_pending_finalizers();
                code = frame.code.clone();
                iptr = code.instrs.as_ptr();
                ip = frame.ip as usize;
            }
        }
    }
}

pub fn cmp_kind(op: u32) -> CmpKind {
    match op {
        0 => CmpKind::Lt,
        1 => CmpKind::Le,
        2 => CmpKind::Eq,
        3 => CmpKind::Ne,
        4 => CmpKind::Gt,
        _ => CmpKind::Ge,
    }
}

/// True for a (lazy or materialised) KeyError.
pub fn is_key_error(e: &PyErr) -> bool {
    match e.lazy_kind() {
        Some(k) => k == ExcType::KeyError,
        None => match &*e.0 {
            crate::object::PyErrRepr::Object(Value::Instance(i)) => {
                super::unwind::type_is_exc(&i.class, ExcType::KeyError)
            }
            _ => false,
        },
    }
}

/// `ascii()`'s escaping of a repr: non-ASCII characters as `\xhh`, `\uhhhh`, `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}
