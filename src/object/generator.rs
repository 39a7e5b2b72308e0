//! Generator objects (CPython's `PyGenObject`; coroutines and async generators will share it
//! through `GenKind` in issue 4). A `PyGen` owns its suspended frame; the VM (`vm/gen.rs`,
//! `vm/eval.rs`) moves the frame onto the frame stack to resume it and back on `yield`.
//!
//! Invariants:
//! - `frame` holds the generator's frame (locals, stack and `ip`) exactly while it is
//!   created-but-not-started or suspended; while it runs the same box is on the VM's frame
//!   stack (its `gen` field points back here), and once finished (returned, raised, closed) it
//!   is gone for good (`state == Closed`). Like CPython's frame embedded in `PyGenObject`,
//!   resuming and suspending move one pointer: no frame record is filled per resume, which is
//!   what a value climbing a deep `yield from` chain pays once per level. The values buffer
//!   has exactly the frame's size (locals + max stack), so a suspended generator stays small.
//! - Chains: when a `yield` climbs a `yield from` chain (G0 delegating to G1 ... to Gk, which
//!   yields), the frames of G1..Gk are not parked one by one: they stay together in G0's
//!   `chain` (G1's, linking the others through `Frame::chain_next`: no allocation), each
//!   keeping its `gen`, and each of G1..Gk points to G0 through
//!   `link`; all are `Suspended`. Resuming G0 from the dispatch loop pushes the whole
//!   chain back onto the frame stack at once (`Vm::gen_descend`), so a value sent down or
//!   yielded up a chain of depth k costs k pointer moves, not k frame switches. Any other
//!   access to the frame of a chain member (`send`/`throw`/`close` on an inner generator,
//!   `gi_frame`, `gi_yieldfrom`, a drop) first gives every frame back to its own generator
//!   (`materialize` / `unsplice`), after which the level-by-level paths apply.
//! - `GenExtra::exc_state` holds, while suspended, the exception the generator was handling
//!   when it yielded (None if none); while running, the caller's handled exception.
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

/// `PyGen::resume`'s packed `Resume::Native`.
const RESUME_NATIVE: u32 = 0;

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
    /// The frame while created or suspended (its values buffer has exactly
    /// `nlocals + max_stack` slots reserved; `ip` 0: not started); None while running or
    /// finished.
    pub frame: Cell<Option<Box<Frame>>>,
    pub code: Rc<CodeObject>,
    pub globals: Rc<super::PyDict>,
    /// How the running generator was resumed (`Resume`, packed: see `resume()`).
    resume: Cell<u32>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    /// `MAY_NEED_CLOSE` | `REGISTERED` (see `register_for_exit`).
    pub flags: Cell<u8>,
    /// Rarely used state, allocated on demand: the handled exception and assigned names.
    pub extra: Cell<Option<Box<GenExtra>>>,
    /// One word for the two exclusive roles in a suspended `yield from` chain (see "Chains"
    /// above), 0 for neither: at the top of a chain, an owned `Box<Frame>` (the frame of its
    /// delegate, which links the frames further down through `Frame::chain_next`; the last one
    /// is the generator whose `yield` suspended the chain; each has its `gen` set); with its
    /// frame in another generator's chain, that generator's address with the low bit set.
    /// Accessed only through `take_chain` / `set_chain` / `chain_root` / `set_chain_root`.
    link: Cell<usize>,
}

/// The cold part of a generator.
#[derive(Default)]
pub struct GenExtra {
    /// While suspended: the exception the generator was handling when it yielded. While
    /// running: the resumer's handled exception, restored when it suspends or finishes.
    pub exc_state: Value,
    /// `__name__` / `__qualname__` once assigned (the code's names until then).
    pub names: Option<(Rc<PyStr>, Rc<PyStr>)>,
    /// Async generators: the `sys.set_asyncgen_hooks` finalizer in force at its first
    /// iteration, called instead of closing it when it is dropped unfinished.
    pub finalizer: Option<Value>,
}

impl GenExtra {
    /// True while something other than the exception state needs keeping.
    fn keep(&self) -> bool {
        self.names.is_some() || self.finalizer.is_some()
    }
}

impl std::fmt::Debug for PyGen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator {}>", self.code.qualname)
    }
}

impl PyGen {
    /// A new (created, not started) generator over `frame` (bound arguments and cells, `ip` 0).
    pub fn new(
        code: Rc<CodeObject>,
        globals: Rc<super::PyDict>,
        frame: Box<Frame>,
        kind: GenKind,
    ) -> PyGen {
        PyGen {
            frame: Cell::new(Some(frame)),
            code,
            globals,
            resume: Cell::new(RESUME_NATIVE),
            state: Cell::new(GenState::Created),
            kind,
            flags: Cell::new(0),
            extra: Cell::new(None),
            link: Cell::new(0),
        }
    }

    /// How the running generator was resumed.
    #[inline(always)]
    pub fn resume(&self) -> Resume {
        let r = self.resume.get();
        match r & 3 {
            0 => Resume::Native,
            1 => Resume::Call,
            2 => Resume::ForIter(r >> 2),
            _ => Resume::Send(r >> 2),
        }
    }

    #[inline(always)]
    pub fn set_resume(&self, mode: Resume) {
        self.resume.set(match mode {
            Resume::Native => RESUME_NATIVE,
            Resume::Call => 1,
            Resume::ForIter(t) => (t << 2) | 2,
            Resume::Send(t) => (t << 2) | 3,
        });
    }

    /// True when this generator is the top of a suspended chain.
    #[inline(always)]
    pub fn has_chain(&self) -> bool {
        let l = self.link.get();
        l != 0 && l & 1 == 0
    }

    /// Take the chain this generator tops (None if it tops none).
    #[inline(always)]
    pub fn take_chain(&self) -> Option<Box<Frame>> {
        if !self.has_chain() {
            return None;
        }
        let p = self.link.replace(0) as *mut Frame;
        // SAFETY: a chain link is a pointer from `Box::into_raw` (`set_chain`), owned by this
        // field and taken out exactly once (the field is cleared first).
        Some(unsafe { Box::from_raw(p) })
    }

    /// Make this generator the top of `chain` (it must top none and be in none).
    #[inline(always)]
    pub fn set_chain(&self, chain: Box<Frame>) {
        debug_assert!(self.link.get() == 0);
        self.link.set(Box::into_raw(chain) as usize);
    }

    /// The generator whose chain holds this generator's frame (null if none).
    #[inline(always)]
    pub fn chain_root(&self) -> *const PyGen {
        let l = self.link.get();
        if l & 1 != 0 {
            (l & !1) as *const PyGen
        } else {
            std::ptr::null()
        }
    }

    /// Record that `root`'s chain holds this generator's frame (null: it no longer does).
    #[inline(always)]
    pub fn set_chain_root(&self, root: *const PyGen) {
        debug_assert!(!self.has_chain());
        self.link
            .set(if root.is_null() { 0 } else { root as usize | 1 });
    }

    /// Make this generator's frame its own again if a `yield from` chain holds it (see
    /// "Chains" in the module notes): every accessor of `frame` other than the VM's chain
    /// resume calls this first.
    #[inline]
    pub fn materialize(&self) {
        // SAFETY: reads the Option discriminant only; no reference escapes.
        if self.has_chain() {
            unsplice(self);
        } else {
            let root = self.chain_root();
            if !root.is_null() {
                // SAFETY: a generator whose frame is in `root`'s chain is reachable from
                // `root`, which unsplices its chain before it is dropped (`Drop`), so `root`
                // is live while `link` points to it.
                unsplice(unsafe { &*root });
            }
        }
    }

    /// True when no exception state or names are stored (the common case).
    #[inline(always)]
    pub fn extra_is_empty(&self) -> bool {
        // SAFETY: reads the Option discriminant only; no reference escapes.
        unsafe { (*self.extra.as_ptr()).is_none() }
    }

    fn with_extra<R>(&self, f: impl FnOnce(&mut Option<Box<GenExtra>>) -> R) -> R {
        let mut e = self.extra.take();
        let r = f(&mut e);
        self.extra.set(e);
        r
    }

    /// Take the finalizer hook (async generators; see `GenExtra::finalizer`).
    pub fn take_finalizer(&self) -> Option<Value> {
        self.with_extra(|e| e.as_mut().and_then(|b| b.finalizer.take()))
    }

    /// Record the finalizer hook (async generators).
    pub fn set_finalizer(&self, f: Value) {
        self.with_extra(|e| e.get_or_insert_with(Default::default).finalizer = Some(f));
    }

    /// Take the stored exception state (None when there is none).
    #[inline]
    pub fn take_exc(&self) -> Value {
        let e = self.extra.take();
        match e {
            None => Value::None,
            Some(mut b) => {
                let v = std::mem::replace(&mut b.exc_state, Value::None);
                if b.keep() {
                    self.extra.set(Some(b));
                }
                v
            }
        }
    }

    /// Store the exception state.
    #[inline]
    pub fn set_exc(&self, v: Value) {
        if v.is_none() {
            if let Some(mut b) = self.extra.take() {
                b.exc_state = Value::None;
                if b.keep() {
                    self.extra.set(Some(b));
                }
            }
            return;
        }
        self.with_extra(|e| e.get_or_insert_with(Default::default).exc_state = v);
    }

    /// While running: the resumer's handled exception (None when it has none).
    pub fn resumer_exc(&self) -> Value {
        self.with_extra(|e| match e {
            Some(b) => b.exc_state.clone(),
            None => Value::None,
        })
    }

    pub fn name(&self) -> Rc<PyStr> {
        self.with_extra(|e| match e.as_ref().and_then(|b| b.names.as_ref()) {
            Some(n) => n.0.clone(),
            None => super::str::intern(&self.code.name),
        })
    }

    pub fn qualname(&self) -> Rc<PyStr> {
        self.with_extra(|e| match e.as_ref().and_then(|b| b.names.as_ref()) {
            Some(n) => n.1.clone(),
            None => super::str::intern(&self.code.qualname),
        })
    }

    pub fn set_names(&self, name: Option<Rc<PyStr>>, qualname: Option<Rc<PyStr>>) {
        let (n, q) = (
            name.unwrap_or_else(|| self.name()),
            qualname.unwrap_or_else(|| self.qualname()),
        );
        self.with_extra(|e| e.get_or_insert_with(Default::default).names = Some((n, q)));
    }

    /// Run `f` on the suspended frame's values (empty while running or finished).
    pub fn with_values<R>(&self, f: impl FnOnce(&[Value]) -> R) -> R {
        self.materialize();
        let fr = self.frame.take();
        let r = f(fr.as_ref().map_or(&[], |fr| &fr.values[..]));
        self.frame.set(fr);
        r
    }

    /// True when closing this suspended generator could run Python code (see
    /// `needs_close_values`).
    pub fn needs_close(&self) -> bool {
        self.materialize();
        let fr = self.frame.take();
        let r = fr
            .as_ref()
            .is_some_and(|f| needs_close_values(&self.code, f.ip as usize, &f.values));
        self.frame.set(fr);
        r
    }

    /// The suspended frame's `ip` (the instruction after its `YIELD_VALUE`); 0 before it
    /// starts, and while it runs or once it is finished.
    pub fn ip(&self) -> usize {
        self.materialize();
        // SAFETY: reads a field of the boxed frame if present; no reference escapes.
        unsafe { (*self.frame.as_ptr()).as_ref().map_or(0, |f| f.ip as usize) }
    }

    /// The delegate of a generator suspended in `yield from`/`await` (CPython's `_PyGen_yf`):
    /// the receiver on top of the stack when the last instruction was `YIELD_VALUE 1`.
    pub fn yield_from(&self) -> Option<Value> {
        if self.state.get() != GenState::Suspended {
            return None;
        }
        let ip = self.ip();
        if ip == 0 {
            return None;
        }
        match self.code.instrs.get(ip - 1) {
            Some(Instr::YieldValue(1)) => self.with_values(|v| v.last().cloned()),
            _ => None,
        }
    }

    /// Drop the frame's values (a created or suspended generator being closed without
    /// running anything). Values are released last to first, as a frame clears its locals.
    pub fn clear_values(&self) {
        self.materialize();
        if let Some(mut f) = self.frame.take() {
            while let Some(x) = f.values.pop() {
                drop(x);
            }
        }
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

/// `PyGen::flags`: the code has handlers other than the PEP 479 wrapper and `yield from`
/// cleanups, so some suspension points need a close.
pub const MAY_NEED_CLOSE: u8 = 1;
/// `PyGen::flags`: on the exit registry.
pub const REGISTERED: u8 = 2;
/// `PyGen::flags` (async generators): an `asend`/`athrow` awaitable is driving it (CPython's
/// `ag_running_async`).
pub const AG_RUNNING_ASYNC: u8 = 4;
/// `PyGen::flags` (async generators): closed by `aclose()` or finished (`ag_closed`).
pub const AG_CLOSED: u8 = 8;
/// `PyGen::flags` (async generators): its last suspension was a `yield` (a value for the
/// `async for`), not an `await` passing a value through to the event loop (CPython wraps the
/// value in an `_PyAsyncGenWrappedValue`).
pub const AG_YIELDED: u8 = 16;
/// `PyGen::flags` (async generators): `sys.set_asyncgen_hooks` applied (`ag_hooks_inited`).
pub const AG_HOOKS_INITED: u8 = 32;
/// `PyGen::flags` (async generators): resurrected by a drop for its finalizer hook to be
/// called (`Vm::run_pending_finalizers`).
pub const AG_FINALIZE: u8 = 64;

/// True when some handler of `code` is a real one (`finally`, `with`, `except`).
pub fn code_may_need_close(code: &CodeObject) -> bool {
    code.exc_table.iter().any(|h| {
        !matches!(
            code.instrs.get(h.target as usize),
            Some(Instr::CleanupThrow)
        ) && !matches!(
            code.instrs.get(h.target as usize),
            Some(Instr::CallIntrinsic1(k)) if *k == Intrinsic1::StopIterationError as u32
        )
    })
}

thread_local! {
    /// Generators whose code has real handlers, in creation order: at interpreter exit the ones
    /// still alive and suspended in a handler are closed, as CPython's final garbage
    /// collection does.
    static EXIT_REGISTRY: RefCell<Vec<std::rc::Weak<PyGen>>> = const { RefCell::new(Vec::new()) };
}

/// Put `g` (its code has handlers that may need a close) on the exit registry, which keeps
/// creation order.
#[cold]
#[inline(never)]
pub fn register_for_exit(g: &Rc<PyGen>) {
    g.flags.set(g.flags.get() | REGISTERED);
    let _ = EXIT_REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            if r.len() >= 1024 && r.len().is_power_of_two() {
                // Drop the entries of freed generators (amortised).
                r.retain(|w| w.strong_count() > 0);
            }
            r.push(Rc::downgrade(g));
        }
    });
}

/// The registered generators still alive.
pub fn take_exit_registry() -> Vec<Rc<PyGen>> {
    EXIT_REGISTRY
        .try_with(|r| {
            std::mem::take(&mut *r.borrow_mut())
                .into_iter()
                .filter_map(|w| w.upgrade())
                .collect()
        })
        .unwrap_or_default()
}

/// `needs_close` for a generator frame with these values, following a `yield from` chain:
/// a delegating frame needs a close when its delegate does (a suspended generator needing one,
/// or any iterator other than the builtin ones, whose `close()` may run code), so that the
/// chain is closed from the outside in, as CPython's `gen_close` does.
pub fn needs_close_values(code: &CodeObject, ip: usize, values: &[Value]) -> bool {
    fn delegating(code: &CodeObject, ip: usize) -> bool {
        ip > 0 && matches!(code.instrs.get(ip - 1), Some(Instr::YieldValue(1)))
    }
    /// `Some(answer)` when the delegate decides without looking further down.
    fn delegate(v: Option<&Value>) -> Result<Rc<PyGen>, bool> {
        match v {
            Some(Value::Gen(g)) => Ok(g.clone()),
            Some(Value::Instance(i)) => Err(!matches!(i.payload, super::class::Payload::Iter(_))),
            Some(_) => Err(true),
            None => Err(false),
        }
    }
    if needs_close(code, ip) {
        return true;
    }
    if !delegating(code, ip) {
        return false;
    }
    let mut cur = match delegate(values.last()) {
        Ok(g) => g,
        Err(answer) => return answer,
    };
    // Look a bounded way down the chain (dropping a deep chain level by level must stay
    // linear); past that, close conservatively (closing a chain is linear too).
    for _ in 0..32 {
        if cur.state.get() != GenState::Suspended {
            return false;
        }
        let ip = cur.ip();
        if needs_close(&cur.code, ip) {
            return true;
        }
        if !delegating(&cur.code, ip) {
            return false;
        }
        let next = cur.with_values(|v| delegate(v.last()));
        cur = match next {
            Ok(g) => g,
            Err(answer) => return answer,
        };
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

/// Give the frames of `root`'s chain back to their generators (each one parked at its
/// suspension point, as if the chain had suspended level by level).
#[cold]
#[inline(never)]
pub fn unsplice(root: &PyGen) {
    let mut next = root.take_chain();
    while let Some(mut f) = next {
        next = f.chain_next.take();
        if let Some(g) = f.gen.take() {
            g.set_chain_root(std::ptr::null());
            g.frame.set(Some(f));
        }
    }
}

impl Drop for PyGen {
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine && self.state.get() == GenState::Created {
            crate::vm::coro::note_unawaited(self);
        }
        self.materialize();
        let Some(mut frame) = self.frame.take() else {
            return;
        };
        // An async generator with a finalizer hook that has not finished: the hook gets it
        // (`_PyGen_Finalize`).
        let ag_hook = self.kind == GenKind::AsyncGenerator
            && self.flags.get() & AG_CLOSED == 0
            // SAFETY: reads through the cell without moving it; no reference escapes.
            && unsafe { (*self.extra.as_ptr()).as_ref() }.is_some_and(|e| e.finalizer.is_some());
        if ag_hook
            || self.state.get() == GenState::Suspended
                && needs_close_values(&self.code, frame.ip as usize, &frame.values)
        {
            // Resurrect the frame in a fresh generator object for the VM to close.
            let g = PyGen {
                frame: Cell::new(Some(frame)),
                code: self.code.clone(),
                globals: self.globals.clone(),
                resume: Cell::new(RESUME_NATIVE),
                state: Cell::new(self.state.get()),
                kind: self.kind,
                flags: Cell::new(if ag_hook {
                    (self.flags.get() & (AG_HOOKS_INITED | AG_CLOSED)) | AG_FINALIZE
                } else {
                    0
                }),
                extra: Cell::new(self.extra.take()),
                link: Cell::new(0),
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
        // Nothing to run: release the values (a deep chain of delegating generators drops
        // recursively, one level per generator).
        while let Some(x) = frame.values.pop() {
            drop(x);
        }
    }
}
