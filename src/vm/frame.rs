//! Frames: one activation of a code object (CPython's `_PyInterpreterFrame`) and the frame pool.
//!
//! Invariants:
//! - `values` holds the fast locals (`varnames ++ cellvars ++ freevars`, "localsplus") in its
//!   first `nlocals` slots and the value stack above them, so one allocation serves both and
//!   the stack depth is `values.len() - nlocals`. Its capacity is reserved for
//!   `nlocals + max_stack` when the frame is set up, so pushes never reallocate.
//! - A frame holds no pointer into any other frame: cells are heap objects (`Value::Cell`), the
//!   caller is found by position on `Vm::frames`. A frame can therefore be detached from the
//!   frame stack and moved (generators: `object/generator.rs`) and moved back.
//! - `ip` is the index of the next instruction; while an instruction runs, `ip - 1` is the
//!   instruction itself (used for tracebacks and `lasti`).

use crate::bytecode::CodeObject;
use crate::object::{PyDict, Value};
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction to execute.
    pub ip: u32,
    /// `localsplus ++ value stack`.
    pub values: Vec<Value>,
    /// `code.nlocalsplus()`, with `INIT_FRAME` set on a class call's `__init__` frame.
    pub nlocals: u32,
    pub globals: Rc<PyDict>,
    pub builtins: Rc<PyDict>,
    /// The locals mapping for module and class bodies (`LoadName`/`StoreName`), `None` for
    /// optimised function frames.
    pub locals: Option<Box<Value>>,
    /// The generator this frame belongs to, while it runs (None for plain frames and for a
    /// suspended generator's frame, which its `PyGen` owns), and while the frame waits in a
    /// `yield from` chain (`PyGen::chain`).
    pub gen: Option<Rc<crate::object::generator::PyGen>>,
    /// In a suspended `yield from` chain: the frame of this frame's delegate (the next one
    /// down the chain); None otherwise.
    pub chain_next: Option<Box<Frame>>,
}

/// `Frame::nlocals` bit of an `__init__` frame run for a class call (`Prepared::Init`): its
/// caller holds the new instance on top of its stack, and RETURN_VALUE checks that
/// `__init__` returned None instead of pushing the value (`class::init_returned_error`).
pub const INIT_FRAME: u32 = 1 << 31;

impl Frame {
    /// The number of fast locals (`code.nlocalsplus()`).
    #[inline(always)]
    pub fn nlocals(&self) -> usize {
        (self.nlocals & !INIT_FRAME) as usize
    }
    /// Module code: the locals mapping is the globals dict itself (LOAD_NAME/STORE_NAME
    /// are then LOAD_GLOBAL/STORE_GLOBAL).
    #[inline]
    pub fn is_module_level(&self) -> bool {
        matches!(self.locals.as_deref(), Some(Value::Dict(l)) if Rc::ptr_eq(l, &self.globals))
    }
    /// The value stack (above the fast locals).
    pub fn stack(&self) -> &[Value] {
        &self.values[self.nlocals()..]
    }
    pub fn stack_len(&self) -> usize {
        self.values.len() - self.nlocals()
    }
    /// The 1-based source line of the instruction currently executing.
    pub fn line(&self) -> u32 {
        self.code.line_of((self.ip as usize).saturating_sub(1))
    }
}

/// Recycles frame allocations (the `values` buffer and the box) so calls do not allocate.
#[derive(Default)]
pub struct FramePool {
    free: Vec<Box<Frame>>,
}

const POOL_MAX: usize = 256;

impl FramePool {
    /// A frame for `code` with all locals unbound (`Value::Null`) and an empty stack.
    #[inline]
    pub fn get(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<PyDict>,
        builtins: Rc<PyDict>,
        locals: Option<Value>,
    ) -> Box<Frame> {
        let nlocals = code.nlocalsplus();
        let need = nlocals + code.max_stack as usize + 1;
        match self.free.pop() {
            Some(mut f) => {
                if f.values.capacity() < need {
                    f.values.reserve(need);
                }
                for _ in 0..nlocals {
                    f.values.push(Value::Null);
                }
                f.code = code;
                f.ip = 0;
                f.nlocals = nlocals as u32;
                f.globals = globals;
                f.builtins = builtins;
                f.locals = locals.map(Box::new);
                f
            }
            None => {
                let mut values = Vec::with_capacity(need.max(16));
                values.resize(nlocals, Value::Null);
                Box::new(Frame {
                    code,
                    ip: 0,
                    values,
                    nlocals: nlocals as u32,
                    globals,
                    builtins,
                    locals: locals.map(Box::new),
                    gen: None,
                    chain_next: None,
                })
            }
        }
    }

    /// Like `get`, but `values` is left empty (the caller pushes exactly `nlocals` values),
    /// and the code/globals/builtins references of a recycled frame are kept when they are
    /// already the right ones (recursive calls reuse them without refcount traffic).
    #[inline(always)]
    pub fn get_empty(
        &mut self,
        code: &Rc<CodeObject>,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
    ) -> Box<Frame> {
        let nlocals = code.nlocalsplus();
        let need = nlocals + code.max_stack as usize + 1;
        match self.free.pop() {
            Some(mut f) => {
                if f.values.capacity() < need {
                    f.values.reserve(need);
                }
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                if !Rc::ptr_eq(&f.builtins, builtins) {
                    f.builtins = builtins.clone();
                }
                f.ip = 0;
                f.nlocals = nlocals as u32;
                f
            }
            None => Box::new(Frame {
                code: code.clone(),
                ip: 0,
                values: Vec::with_capacity(need.max(16)),
                nlocals: nlocals as u32,
                globals: globals.clone(),
                builtins: builtins.clone(),
                locals: None,
                gen: None,
                chain_next: None,
            }),
        }
    }

    /// A generator's frame with an empty values buffer (the caller pushes exactly
    /// `nlocalsplus` values), `ip` 0. A suspended generator keeps its buffer for as long as it
    /// lives, so a recycled frame is taken only when its buffer is not much bigger than
    /// needed; otherwise the buffer has exactly the frame's size.
    #[inline]
    pub fn get_gen(
        &mut self,
        code: &Rc<CodeObject>,
        globals: &Rc<PyDict>,
        builtins: &Rc<PyDict>,
    ) -> Box<Frame> {
        let nlocals = code.nlocalsplus();
        let need = nlocals + code.max_stack as usize + 1;
        if let Some(top) = self.free.last() {
            if top.values.capacity() <= need.max(8) * 2 {
                let mut f = self.get_empty(code, globals, builtins);
                f.locals = None;
                return f;
            }
        }
        Box::new(Frame {
            code: code.clone(),
            ip: 0,
            values: Vec::with_capacity(need),
            nlocals: nlocals as u32,
            globals: globals.clone(),
            builtins: builtins.clone(),
            locals: None,
            gen: None,
            chain_next: None,
        })
    }

    /// Return a finished frame: its values are dropped now (CPython releases locals when the
    /// frame is cleared), the buffers kept for reuse.
    #[inline(never)]
    pub fn put(&mut self, f: Box<Frame>) {
        self.put_inline(f)
    }

    /// `put`, inlined (for RETURN_VALUE, where the call showed up in profiles).
    #[inline(always)]
    pub fn put_inline(&mut self, mut f: Box<Frame>) {
        // Drop the values one by one while the frame is out of reach of Python code: a drop
        // may free arbitrary objects. Immediates need no drop.
        let len = f.values.len();
        let p = f.values.as_mut_ptr();
        // SAFETY: the length is zeroed first, so each element is moved out exactly once (the
        // first local first, then up the stack, as CPython's `_PyFrame_Clear`); a drop that
        // re-enters sees an empty buffer.
        unsafe {
            f.values.set_len(0);
            for k in 0..len {
                crate::vm::eval::discard(std::ptr::read(p.add(k)));
            }
        }
        if f.locals.is_some() {
            let locals = f.locals.take();
            drop(locals);
        }
        if f.gen.is_some() {
            let g = f.gen.take();
            drop(g);
        }
        if self.free.len() < POOL_MAX && f.values.capacity() <= 4096 {
            self.free.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    /// A suspended generator is a `PyGen` plus its frame: both stay within a small allocator
    /// size class (mem_gen keeps 200,000 of them alive).
    #[test]
    fn frame_and_generator_sizes() {
        assert!(std::mem::size_of::<super::Frame>() <= 80);
        // 48 + the `Rc` header: 64 bytes.
        assert!(std::mem::size_of::<crate::object::generator::PyGen>() <= 48);
    }
}
