//! coil's event loop core (issue 5): the scheduling data structures behind `asyncio`, in Rust
//! and free of Python objects' semantics, so their ordering rules can be tested on their own.
//!
//! It copies the scheduling of CPython's `BaseEventLoop._run_once` (Lib/asyncio/base_events.py):
//! - a FIFO ready queue of callbacks; one iteration runs exactly the callbacks that were ready
//!   when it started (callbacks they schedule wait for the next iteration);
//! - a timer heap ordered by deadline, ties broken by scheduling order (CPython's deadlines
//!   come from a clock that advances between two `call_later`s, so equal deadlines only occur
//!   under the virtual clock, where scheduling order is what a real run shows);
//! - before running the ready callbacks, every timer due by `now + clock_resolution` moves to
//!   the ready queue, in deadline order; cancelled timers are dropped from the head of the heap
//!   (and skipped if they are already in the ready queue);
//! - with nothing ready, the loop waits for the first deadline: on the real clock it sleeps, on
//!   the virtual clock (`coil --virtual-time`) time jumps there at once.
//!
//! Invariants: `Loop` never runs Python code itself: `run_once` hands each due callback to the
//! caller, which may schedule more (re-entrantly through `&mut Loop` after the callback
//! returns). Handles are ids; cancelling is O(1) (a flag checked when the handle comes up).

pub mod clock;
pub mod future;
pub mod gather;
pub mod loop_obj;
pub mod methods;
pub mod repr;
pub mod runner;
pub mod sleep;

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashSet, VecDeque};

pub use clock::Clock;
pub use runner::{AioState, Callback};

/// A scheduled callback's id (CPython's `Handle`/`TimerHandle` identity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HandleId(pub u64);

/// A timer waiting in the heap: due at `when`, `seq` breaks ties (scheduling order).
#[derive(Debug)]
struct Timer<C> {
    when: f64,
    seq: u64,
    id: HandleId,
    callback: C,
}

impl<C> PartialEq for Timer<C> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl<C> Eq for Timer<C> {}
impl<C> PartialOrd for Timer<C> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<C> Ord for Timer<C> {
    /// Reversed: `BinaryHeap` is a max-heap and the earliest deadline must come out first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .when
            .total_cmp(&self.when)
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

/// The loop's queues and clock; `C` is what a callback is (the VM stores Python callables and
/// their arguments there).
pub struct Loop<C> {
    pub clock: Clock,
    ready: VecDeque<(HandleId, C)>,
    timers: BinaryHeap<Timer<C>>,
    cancelled: HashSet<HandleId>,
    next_id: u64,
    /// Set by `stop()`: the loop finishes the current iteration and `run_forever` returns.
    pub stopping: bool,
}

/// CPython's `time.get_clock_info('monotonic').resolution` on Linux.
pub const CLOCK_RESOLUTION: f64 = 1e-09;

impl<C> Loop<C> {
    pub fn new(clock: Clock) -> Loop<C> {
        Loop {
            clock,
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            cancelled: HashSet::new(),
            next_id: 1,
            stopping: false,
        }
    }

    fn new_id(&mut self) -> HandleId {
        let id = HandleId(self.next_id);
        self.next_id += 1;
        id
    }

    /// `loop.time()`.
    pub fn time(&self) -> f64 {
        self.clock.now()
    }

    /// `loop.call_soon(callback)`.
    pub fn call_soon(&mut self, callback: C) -> HandleId {
        let id = self.new_id();
        self.ready.push_back((id, callback));
        id
    }

    /// `loop.call_at(when, callback)`.
    pub fn call_at(&mut self, when: f64, callback: C) -> HandleId {
        let id = self.new_id();
        self.timers.push(Timer {
            when,
            seq: id.0,
            id,
            callback,
        });
        id
    }

    /// `loop.call_later(delay, callback)`.
    pub fn call_later(&mut self, delay: f64, callback: C) -> HandleId {
        let when = self.time() + delay;
        self.call_at(when, callback)
    }

    /// `Handle.cancel()`: the callback will not run (a no-op once it ran).
    pub fn cancel(&mut self, id: HandleId) {
        self.cancelled.insert(id);
    }

    /// True while anything is scheduled (ready or timed, cancelled ones aside).
    pub fn has_work(&self) -> bool {
        self.ready
            .iter()
            .any(|(id, _)| !self.cancelled.contains(id))
            || self.timers.iter().any(|t| !self.cancelled.contains(&t.id))
    }

    /// The deadline of the first live timer.
    pub fn next_deadline(&mut self) -> Option<f64> {
        self.drop_cancelled_timers();
        self.timers.peek().map(|t| t.when)
    }

    fn drop_cancelled_timers(&mut self) {
        while let Some(t) = self.timers.peek() {
            if !self.cancelled.contains(&t.id) {
                break;
            }
            let t = self.timers.pop();
            if let Some(t) = t {
                self.cancelled.remove(&t.id);
            }
        }
    }

    /// One `_run_once` up to running callbacks: wait for (or jump to) the first deadline when
    /// nothing is ready, move the due timers to the ready queue, and return the callbacks to run
    /// now, in order (cancelled ones removed). `None` when there is nothing at all to do.
    pub fn take_due(&mut self) -> Option<Vec<(HandleId, C)>> {
        self.drop_cancelled_timers();
        if self.ready.is_empty() && !self.stopping {
            let deadline = self.timers.peek().map(|t| t.when)?;
            self.clock.wait_until(deadline);
        }
        let end = self.time() + CLOCK_RESOLUTION;
        while let Some(t) = self.timers.peek() {
            if t.when >= end {
                break;
            }
            if let Some(t) = self.timers.pop() {
                self.ready.push_back((t.id, t.callback));
            }
        }
        let n = self.ready.len();
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            if let Some((id, cb)) = self.ready.pop_front() {
                if self.cancelled.remove(&id) {
                    continue;
                }
                out.push((id, cb));
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(l: &mut Loop<&'static str>) -> Vec<&'static str> {
        let mut seen = Vec::new();
        while let Some(batch) = l.take_due() {
            if batch.is_empty() && !l.has_work() {
                break;
            }
            seen.extend(batch.into_iter().map(|(_, c)| c));
        }
        seen
    }

    #[test]
    fn ready_callbacks_run_fifo() {
        let mut l = Loop::new(Clock::virtual_at(0.0));
        l.call_soon("a");
        l.call_soon("b");
        l.call_soon("c");
        assert_eq!(order(&mut l), ["a", "b", "c"]);
    }

    #[test]
    fn timers_by_deadline_then_scheduling_order() {
        let mut l = Loop::new(Clock::virtual_at(0.0));
        l.call_later(0.2, "late");
        l.call_later(0.1, "first tie");
        l.call_later(0.1, "second tie");
        l.call_soon("now");
        assert_eq!(order(&mut l), ["now", "first tie", "second tie", "late"]);
        assert!((l.time() - 0.2).abs() < 1e-12);
    }

    #[test]
    fn cancelled_handles_do_not_run() {
        let mut l = Loop::new(Clock::virtual_at(0.0));
        let a = l.call_soon("a");
        l.call_soon("b");
        let t = l.call_later(1.0, "timer");
        l.cancel(a);
        l.cancel(t);
        assert_eq!(order(&mut l), ["b"]);
        // The cancelled timer did not make the clock jump.
        assert_eq!(l.time(), 0.0);
    }

    #[test]
    fn one_iteration_runs_only_what_was_ready() {
        let mut l = Loop::new(Clock::virtual_at(0.0));
        l.call_soon("a");
        let first = l.take_due().unwrap_or_default();
        l.call_soon("scheduled by a");
        assert_eq!(first.len(), 1);
        let second = l.take_due().unwrap_or_default();
        assert_eq!(
            second.into_iter().map(|(_, c)| c).collect::<Vec<_>>(),
            ["scheduled by a"]
        );
    }

    #[test]
    fn nothing_scheduled_means_no_iteration() {
        let mut l: Loop<&str> = Loop::new(Clock::virtual_at(5.0));
        assert!(l.take_due().is_none());
    }
}
