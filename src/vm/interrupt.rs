//! Ctrl-C: the SIGINT flag and what polls it (CPython's `signal_handler` + eval breaker,
//! reduced to the one signal coil handles).
//!
//! The handler only stores `true` into a static (async-signal-safe). The dispatch loop polls
//! it about where CPython checks its eval breaker: taken jumps (every loop's back edge is one;
//! forward ones are polled too, as skipping them needs a compare that measured slower) and
//! Python calls (unbounded recursion-free work such as `fib(40)` goes through them), with a
//! single relaxed load of the static and nothing else. Blocking waits (`time.sleep`, the event
//! loop's real-clock wait) sleep in short slices and return early once the flag is set.
//!
//! Invariant: whoever turns the flag into an exception clears it (`take_error`), so one Ctrl-C
//! raises one `KeyboardInterrupt`.

use crate::object::{ExcType, PyErr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// How long a blocking wait sleeps before it looks at the flag again (well under the 200 ms
/// within which Ctrl-C must be seen).
const SLICE: Duration = Duration::from_millis(20);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler unless SIGINT is ignored (a process started in the background
/// by a non-interactive shell), as CPython's `signal` module does at start-up.
pub fn install_handler() {
    // SAFETY: plain libc calls on a zeroed `sigaction`; the handler only stores an atomic.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0 {
            return;
        }
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Whether Ctrl-C was pressed and not yet turned into an exception (one relaxed load).
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forget a pending Ctrl-C (the REPL does this before it reads a new entry).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

/// Mark a Ctrl-C as pending (what the signal handler does; for tests and embedders).
pub fn raise_pending() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Clear the flag and return the `KeyboardInterrupt` to raise.
#[cold]
pub fn take_error() -> PyErr {
    clear();
    PyErr::with_args(ExcType::KeyboardInterrupt, Vec::new())
}

/// `Err(KeyboardInterrupt)` if Ctrl-C is pending (clearing it).
#[inline]
pub fn check() -> Result<(), PyErr> {
    if pending() {
        Err(take_error())
    } else {
        Ok(())
    }
}

/// Sleep for `dur` unless Ctrl-C comes first; true when interrupted (the flag stays set).
pub fn sleep(dur: Duration) -> bool {
    let end = Instant::now() + dur;
    loop {
        if pending() {
            return true;
        }
        let now = Instant::now();
        if now >= end {
            return false;
        }
        std::thread::sleep((end - now).min(SLICE));
    }
}

/// Leave the process the way CPython does after an uncaught `KeyboardInterrupt`: re-raise
/// SIGINT with the default action, so the parent sees "killed by SIGINT" (status 130 in a
/// shell); exit 130 if that somehow returns.
pub fn exit_sigint() -> ! {
    // SAFETY: restoring the default disposition and raising a signal at ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}
