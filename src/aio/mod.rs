//! coil's event loop core (issue 5): the scheduling data structures behind `asyncio`, in Rust
//! and free of Python objects' semantics, so their ordering rules can be tested on their own.
//!
//! It copies the scheduling of CPython's `BaseEventLoop._run_once` (Lib/asyncio/base_events.py):
//! - a FIFO ready queue of callbacks; one iteration runs exactly the callbacks that were ready
//!   when it started (callbacks they schedule wait for the next iteration);
//! - a timer heap with `heapq`'s exact sift algorithm (`_siftdown`/`_siftup`/`heapify`), so that
//!   timers with *equal* deadlines come out in the order CPython's heap of `TimerHandle`s (which
//!   compare `when` only; heapq is not stable) gives them. Equal deadlines under the real clock
//!   only come from `call_at` with one value; timers scheduled relative to now (`call_later`,
//!   `sleep`) carry their scheduling sequence as a second key, because under the virtual clock
//!   two of them may get the same deadline where a real run's clock would have moved on
//!   between them (so the earlier-scheduled one is due first, as in a real run);
//! - before running the ready callbacks, every timer due by `now + clock_resolution` moves to
//!   the ready queue, in deadline order; cancelled timers are dropped from the head of the heap
//!   (or the heap is rebuilt when more than half of over 100 timers are cancelled) and skipped
//!   if they are already in the ready queue;
//! - with nothing ready, the loop waits for the first deadline: on the real clock it sleeps, on
//!   the virtual clock (`coil --virtual-time`) time jumps there at once.
//!
//! Several loops: `Loop` holds the clock (one per interpreter, shared by every loop, as
//! `time.monotonic()` is) and the *active* loop's `Queues`; the queues of the other loops are
//! parked in their loop objects and swapped in when one of them runs (`aio/runner.rs`).
//!
//! Invariants: `Loop` never runs Python code itself: `take_due` hands each due callback to the
//! caller, which may schedule more (re-entrantly through `&mut Loop` after the callback
//! returns). Handles are ids, unique across loops; cancelling is O(1) (a flag checked when the
//! handle comes up).

pub mod clock;
pub mod future;
pub mod gather;
pub mod loop_obj;
pub mod methods;
pub mod reports;
pub mod repr;
pub mod runner;
pub mod runners;
pub mod sleep;

use std::collections::{HashSet, VecDeque};

pub use clock::Clock;
pub use runner::{AioState, Callback};

/// A scheduled callback's id (CPython's `Handle`/`TimerHandle` identity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HandleId(pub u64);

/// A timer waiting in the heap: due at `when`; `key` is 0 for `call_at` (ties compare equal, as
/// CPython's `TimerHandle.__lt__`) and the scheduling sequence for relative timers.
#[derive(Debug)]
pub struct Timer<C> {
    when: f64,
    key: u64,
    id: HandleId,
    callback: C,
}

impl<C> Timer<C> {
    /// `heapq`'s `<`.
    #[inline(always)]
    fn lt(&self, other: &Self) -> bool {
        self.when < other.when || (self.when == other.when && self.key < other.key)
    }
}

/// heapq's `_siftdown(heap, startpos, pos)`.
fn sift_down<C>(heap: &mut [Timer<C>], start: usize, mut pos: usize) {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if heap[pos].lt(&heap[parent]) {
            heap.swap(pos, parent);
            pos = parent;
            continue;
        }
        break;
    }
}

/// heapq's `_siftup(heap, pos)`: move the smaller child up until a leaf, then sift down.
fn sift_up<C>(heap: &mut [Timer<C>], mut pos: usize) {
    let end = heap.len();
    let start = pos;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !heap[child].lt(&heap[right]) {
            child = right;
        }
        heap.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(heap, start, pos);
}

fn heap_pop<C>(heap: &mut Vec<Timer<C>>) -> Option<Timer<C>> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    sift_up(heap, 0);
    Some(top)
}

/// CPython's `_MIN_SCHEDULED_TIMER_HANDLES` and `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`.
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

/// One loop's queues: what is swapped when another loop becomes the active one.
pub struct Queues<C> {
    ready: VecDeque<(HandleId, C)>,
    timers: Vec<Timer<C>>,
    cancelled: HashSet<HandleId>,
    /// CPython's `_timer_cancelled_count` (cancelled timers still in the heap, approximately).
    timer_cancelled_count: usize,
    /// Set by `stop()`: the loop finishes the current iteration and `run_forever` returns.
    pub stopping: bool,
}

impl<C> Default for Queues<C> {
    fn default() -> Self {
        Queues {
            ready: VecDeque::new(),
            timers: Vec::new(),
            cancelled: HashSet::new(),
            timer_cancelled_count: 0,
            stopping: false,
        }
    }
}

impl<C> Queues<C> {
    pub fn push_ready(&mut self, id: HandleId, callback: C) {
        self.ready.push_back((id, callback));
    }

    /// Put callbacks taken by `take_due` back at the head of the ready queue, in order (an
    /// exception escaped the iteration before they ran).
    pub fn unrun(&mut self, rest: impl DoubleEndedIterator<Item = (HandleId, C)>) {
        for x in rest.rev() {
            self.ready.push_front(x);
        }
    }

    fn push_timer(&mut self, when: f64, key: u64, id: HandleId, callback: C) {
        self.timers.push(Timer {
            when,
            key,
            id,
            callback,
        });
        let n = self.timers.len();
        sift_down(&mut self.timers, 0, n - 1);
    }

    /// `Handle.cancel()`; `pending_timer`: a timer not yet due (counted for the heap rebuild).
    pub fn cancel(&mut self, id: HandleId, pending_timer: bool) {
        if self.cancelled.insert(id) && pending_timer {
            self.timer_cancelled_count += 1;
        }
    }

    /// `loop.close()`: drop everything scheduled (returned, so the caller drops it outside any
    /// borrow: dropping tasks may report them).
    pub fn clear(&mut self) -> (VecDeque<(HandleId, C)>, Vec<Timer<C>>) {
        self.cancelled.clear();
        self.timer_cancelled_count = 0;
        (
            std::mem::take(&mut self.ready),
            std::mem::take(&mut self.timers),
        )
    }

    /// Callbacks that are scheduled (ready or timed), cancelled ones aside.
    pub fn scheduled(&self) -> impl Iterator<Item = &C> {
        self.ready
            .iter()
            .filter(|(id, _)| !self.cancelled.contains(id))
            .map(|(_, c)| c)
            .chain(
                self.timers
                    .iter()
                    .filter(|t| !self.cancelled.contains(&t.id))
                    .map(|t| &t.callback),
            )
    }

    /// True while anything is scheduled (ready or timed, cancelled ones aside).
    pub fn has_work(&self) -> bool {
        self.scheduled().next().is_some()
    }

    /// `_run_once`'s clean-up of cancelled timers: rebuild the heap when most are cancelled,
    /// else pop the cancelled ones at its head.
    fn drop_cancelled_timers(&mut self) {
        let n = self.timers.len();
        if n > MIN_SCHEDULED_TIMER_HANDLES
            && self.timer_cancelled_count as f64 / n as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            let cancelled = &mut self.cancelled;
            self.timers.retain(|t| !cancelled.remove(&t.id));
            // heapq.heapify
            for i in (0..self.timers.len() / 2).rev() {
                sift_up(&mut self.timers, i);
            }
            self.timer_cancelled_count = 0;
            return;
        }
        while let Some(t) = self.timers.first() {
            if !self.cancelled.contains(&t.id) {
                break;
            }
            if let Some(t) = heap_pop(&mut self.timers) {
                self.cancelled.remove(&t.id);
                self.timer_cancelled_count = self.timer_cancelled_count.saturating_sub(1);
            }
        }
    }
}

/// The clock, the id counter and the active loop's queues; `C` is what a callback is (the VM
/// stores Python callables and their arguments there).
pub struct Loop<C> {
    pub clock: Clock,
    pub q: Queues<C>,
    next_id: u64,
}

/// What one loop iteration costs on the virtual clock (seconds) while a timer is pending.
pub const VIRTUAL_ITERATION_COST: f64 = 1e-6;

/// CPython's `time.get_clock_info('monotonic').resolution` on Linux.
pub const CLOCK_RESOLUTION: f64 = 1e-09;

impl<C> Loop<C> {
    pub fn new(clock: Clock) -> Loop<C> {
        Loop {
            clock,
            q: Queues::default(),
            next_id: 1,
        }
    }

    /// A fresh handle id (unique across loops).
    #[inline]
    pub fn new_id(&mut self) -> HandleId {
        let id = HandleId(self.next_id);
        self.next_id += 1;
        id
    }

    /// `loop.time()`.
    pub fn time(&self) -> f64 {
        self.clock.now()
    }

    /// `loop.call_soon(callback)`.
    #[inline]
    pub fn call_soon(&mut self, callback: C) -> HandleId {
        let id = self.new_id();
        self.q.ready.push_back((id, callback));
        id
    }

    /// A timer due at `when`, after the timers already due then (what `call_later` and
    /// `sleep` schedule: see the module doc).
    pub fn call_at(&mut self, when: f64, callback: C) -> HandleId {
        let id = self.new_id();
        self.q.push_timer(when, id.0, id, callback);
        id
    }

    /// `loop.call_at(when, callback)`: a timer comparing equal to the others due at exactly
    /// `when` (their order is heapq's).
    pub fn call_at_exact(&mut self, when: f64, callback: C) -> HandleId {
        let id = self.new_id();
        self.q.push_timer(when, 0, id, callback);
        id
    }

    /// Schedule on parked queues (another loop's): `exact` as `call_at_exact`.
    pub fn timer_on(&mut self, q: &mut Queues<C>, when: f64, exact: bool, callback: C) -> HandleId {
        let id = self.new_id();
        q.push_timer(when, if exact { 0 } else { id.0 }, id, callback);
        id
    }

    /// `loop.call_later(delay, callback)`.
    pub fn call_later(&mut self, delay: f64, callback: C) -> HandleId {
        let when = self.time() + delay;
        self.call_at(when, callback)
    }

    /// `Handle.cancel()`: the callback will not run (a no-op once it ran).
    pub fn cancel(&mut self, id: HandleId) {
        self.q.cancel(id, false);
    }

    /// True while anything is scheduled (ready or timed, cancelled ones aside).
    pub fn has_work(&self) -> bool {
        self.q.has_work()
    }

    /// The deadline of the first live timer.
    pub fn next_deadline(&mut self) -> Option<f64> {
        self.q.drop_cancelled_timers();
        self.q.timers.first().map(|t| t.when)
    }

    /// One `_run_once` up to running callbacks: wait for (or jump to) the first deadline when
    /// nothing is ready, move the due timers to the ready queue, and return the callbacks to run
    /// now, in order (cancelled ones removed). `None` when there is nothing at all to do.
    pub fn take_due(&mut self) -> Option<Vec<(HandleId, C)>> {
        let mut out = Vec::new();
        if self.take_due_into(&mut out) {
            Some(out)
        } else {
            None
        }
    }

    /// `take_due` into a reused buffer; false when there is nothing at all to do.
    pub fn take_due_into(&mut self, out: &mut Vec<(HandleId, C)>) -> bool {
        let q = &mut self.q;
        q.drop_cancelled_timers();
        if let Clock::Virtual = self.clock {
            // An iteration that runs callbacks while a timer waits takes a little time (else a
            // task spinning on `sleep(0)` would never let the timer come due). Iterations with
            // no timer pending are free, and an idle loop jumps straight to the deadline, so
            // `await asyncio.sleep(1)` alone measures exactly 1.0.
            if !q.ready.is_empty() && !q.timers.is_empty() {
                clock::virtual_advance(VIRTUAL_ITERATION_COST);
            }
        }
        if q.ready.is_empty() && !q.stopping {
            let Some(deadline) = q.timers.first().map(|t| t.when) else {
                return false;
            };
            self.clock.wait_until(deadline);
        }
        let end = self.clock.now() + CLOCK_RESOLUTION;
        while let Some(t) = q.timers.first() {
            if t.when >= end {
                break;
            }
            if let Some(t) = heap_pop(&mut q.timers) {
                q.ready.push_back((t.id, t.callback));
            }
        }
        let n = q.ready.len();
        out.reserve(n);
        for _ in 0..n {
            if let Some((id, cb)) = q.ready.pop_front() {
                if !q.cancelled.is_empty() && q.cancelled.remove(&id) {
                    continue;
                }
                out.push((id, cb));
            }
        }
        true
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
        assert!((l.time() - 0.2).abs() < 1e-4);
    }

    #[test]
    fn call_at_equal_deadlines_leave_in_heapq_order() {
        // CPython: five call_at(w), one call_at(w - 0.01), a sleep timer: a c b d e.
        let mut l = Loop::new(Clock::virtual_at(0.0));
        for name in ["a", "b", "c", "d", "e"] {
            l.call_at_exact(0.02, name);
        }
        l.call_at_exact(0.01, "earlier");
        l.call_later(0.05, "sleep");
        assert_eq!(order(&mut l), ["earlier", "a", "c", "b", "d", "e", "sleep"]);
    }

    #[test]
    fn parked_queues_keep_their_callbacks_and_share_the_clock() {
        let mut l = Loop::new(Clock::virtual_at(0.0));
        l.call_soon("a1");
        l.call_later(1.0, "a-timer");
        // Another loop becomes active: A's queues are parked.
        let mut parked = std::mem::take(&mut l.q);
        let id = l.new_id();
        l.timer_on(&mut parked, 0.5, true, "a-parked-timer");
        l.call_soon("b1");
        assert_eq!(order(&mut l), ["b1"]);
        // A again: its callbacks, in order, on the same clock.
        let b = std::mem::replace(&mut l.q, parked);
        assert!(!b.has_work());
        assert!(id.0 > 0);
        assert_eq!(order(&mut l), ["a1", "a-parked-timer", "a-timer"]);
        assert!(l.time() >= 1.0);
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
        assert!(l.time() < 1e-3);
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
