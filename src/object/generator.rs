//! Generator objects (CPython's `PyGenObject`; coroutines and async generators will share it
//! through `GenKind` in issue 4). A `PyGen` owns its suspended frame; the VM (`vm/gen.rs`,
//! `vm/eval.rs`) moves the frame onto the frame stack to resume it and back on `yield`.
//!
//! Invariants:
//! - `frame` is `Some` exactly while the generator is created-but-not-started or suspended;
//!   while it runs the frame is on the VM's frame stack (its `gen` field points back here), and
//!   once finished (returned, raised, closed) it is gone for good (`state == Closed`).
//! - `exc_state` holds, while suspended, the exception the generator was handling when it
//!   yielded (None if none); while running, the caller's handled exception to restore.
//! - Dropping the last reference to a suspended generator whose suspension point is covered by
//!   a real handler (`finally`, `with`, `except`) cannot run Python code from `Drop`: the frame
//!   is moved into a fresh `PyGen` on the thread-local `PENDING` list and the VM closes it at
//!   the next drop-prone instruction boundary (`Vm::run_pending_finalizers`). A suspension
//!   point covered only by the PEP 479 wrapper needs no close and is dropped on the spot.

use super::{PyStr, Value};
use crate::bytecode::{CodeObject, Instr, Intrinsic1};
use crate::vm::frame::Frame;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Generator, coroutine or async generator (CPython's three object types over one layout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// CPython's `gi_frame_state`, reduced to what is observable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

/// How the code that resumed a running generator waits for it: what a `return` in the
/// generator turns into for the resumer (a `yield` always pushes the value onto the resumer's
/// stack, or returns it to native code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resume {
    /// A nested `run_frame` from native code (`gen_send_ex`).
    Native,
    /// `FOR_ITER target` in the resumer: a return ends the loop.
    ForIter(u32),
    /// `SEND target` in the resumer: a return replaces the receiver with the value.
    Send(u32),
    /// `next(g)` / `g.send(v)` called from bytecode: a return raises StopIteration(value).
    Call,
}

pub struct PyGen {
    pub frame: Cell<Option<Box<Frame>>>,
    pub code: Rc<CodeObject>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    pub resume: Cell<Resume>,
    pub exc_state: Cell<Value>,
    /// `__name__` / `__qualname__` once assigned (the code's names until then).
    pub names: RefCell<Option<Box<(Rc<PyStr>, Rc<PyStr>)>>>,
}

impl std::fmt::Debug for PyGen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator {}>", self.code.qualname)
    }
}

impl PyGen {
    pub fn new(frame: Box<Frame>, kind: GenKind) -> PyGen {
        PyGen {
            code: frame.code.clone(),
            frame: Cell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            kind,
            resume: Cell::new(Resume::Native),
            exc_state: Cell::new(Value::None),
            names: RefCell::new(None),
        }
    }

    pub fn name(&self) -> Rc<PyStr> {
        match &*self.names.borrow() {
            Some(b) => b.0.clone(),
            None => super::str::intern(&self.code.name),
        }
    }

    pub fn qualname(&self) -> Rc<PyStr> {
        match &*self.names.borrow() {
            Some(b) => b.1.clone(),
            None => super::str::intern(&self.code.qualname),
        }
    }

    pub fn set_names(&self, name: Option<Rc<PyStr>>, qualname: Option<Rc<PyStr>>) {
        let (n, q) = (
            name.unwrap_or_else(|| self.name()),
            qualname.unwrap_or_else(|| self.qualname()),
        );
        *self.names.borrow_mut() = Some(Box::new((n, q)));
    }

    /// Run `f` on the suspended frame, if any (the frame stays owned by the generator).
    pub fn with_frame<R>(&self, f: impl FnOnce(&Frame) -> R) -> Option<R> {
        let fr = self.frame.take();
        let r = fr.as_deref().map(f);
        self.frame.set(fr);
        r
    }

    /// The delegate of a generator suspended in `yield from`/`await` (CPython's `_PyGen_yf`):
    /// the receiver on top of the stack when the last instruction was `YIELD_VALUE 1`.
    pub fn yield_from(&self) -> Option<Value> {
        if self.state.get() != GenState::Suspended {
            return None;
        }
        self.with_frame(|f| {
            if f.ip == 0 {
                return None;
            }
            match f.code.instrs.get(f.ip - 1) {
                Some(Instr::YieldValue(1)) => f.values.last().cloned(),
                _ => None,
            }
        })
        .flatten()
    }
}

/// True when closing a generator suspended at `ip` (the instruction after its `YIELD_VALUE`)
/// could run Python code: some handler other than the PEP 479 wrapper and the `yield from`
/// `CLEANUP_THROW` (which re-raises GeneratorExit to the enclosing handler) covers it.
pub fn needs_close(code: &CodeObject, ip: usize) -> bool {
    let mut at = ip.saturating_sub(1) as u32;
    for _ in 0..4 {
        let Some(h) = code.find_handler(at) else {
            return false;
        };
        match code.instrs.get(h.target as usize) {
            Some(Instr::CleanupThrow) => at = h.target,
            Some(Instr::CallIntrinsic1(k)) if *k == Intrinsic1::StopIterationError as u32 => {
                return false
            }
            _ => return true,
        }
    }
    true
}

/// Set whenever a generator is parked on some thread's pending-finalisation list; the VM
/// polls it (a relaxed load) at drop-prone instruction boundaries.
pub static FINALIZE_PENDING: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Generators dropped while suspended in a handler, waiting for `close()`.
    pub static PENDING: RefCell<Vec<Rc<PyGen>>> = const { RefCell::new(Vec::new()) };
}

/// True when some generator awaits finalisation (cheap; see `FINALIZE_PENDING`).
#[inline(always)]
pub fn finalize_pending() -> bool {
    FINALIZE_PENDING.load(Ordering::Relaxed)
}

/// Take the generators waiting for finalisation on this thread.
pub fn take_pending() -> Vec<Rc<PyGen>> {
    FINALIZE_PENDING.store(false, Ordering::Relaxed);
    PENDING
        .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
        .unwrap_or_default()
}

/// Queue generators for finalisation (the VM's deferred list coming due).
pub fn push_pending(gens: Vec<Rc<PyGen>>) {
    if gens.is_empty() {
        return;
    }
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(gens);
        }
    });
    FINALIZE_PENDING.store(true, Ordering::Relaxed);
}

impl Drop for PyGen {
    fn drop(&mut self) {
        let Some(frame) = self.frame.take() else {
            return;
        };
        if self.state.get() == GenState::Suspended && needs_close(&frame.code, frame.ip) {
            // Resurrect the frame in a fresh generator object for the VM to close.
            let g = PyGen {
                code: self.code.clone(),
                frame: Cell::new(Some(frame)),
                state: Cell::new(GenState::Suspended),
                kind: self.kind,
                resume: Cell::new(Resume::Native),
                exc_state: Cell::new(self.exc_state.take()),
                names: RefCell::new(self.names.borrow_mut().take()),
            };
            let mut slot = Some(Rc::new(g));
            let _ = PENDING.try_with(|p| {
                if let Ok(mut p) = p.try_borrow_mut() {
                    if let Some(g) = slot.take() {
                        p.push(g);
                    }
                }
            });
            match slot {
                // No list to park it on (thread teardown): drop it unfinalised.
                Some(g) => g.state.set(GenState::Closed),
                None => FINALIZE_PENDING.store(true, Ordering::Relaxed),
            }
            return;
        }
        // Nothing to run: drop the frame's values one by one (a deep chain of delegating
        // generators drops recursively, one level per generator).
        drop(frame);
    }
}
