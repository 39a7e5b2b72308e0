//! The event loop's clock: the OS monotonic clock, or a virtual one (`coil --virtual-time`,
//! `COIL_VIRTUAL_TIME=1`) that only moves when the loop has nothing ready and jumps straight
//! to the next deadline, so a program that sleeps for an hour finishes at once and prints the
//! same elapsed times on every run.
//!
//! The virtual time is one per thread (`VIRTUAL_NOW`), shared by every loop and by
//! `time.monotonic()`/`time.perf_counter()` (`modules/time.rs`), which report it under the
//! virtual clock; `time.sleep` then advances it instead of blocking.
//!
//! Invariant: `now()` never decreases.

use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static VIRTUAL_NOW: Cell<f64> = const { Cell::new(0.0) };
    /// 0: not read yet; 1: real clock; 2: virtual clock.
    static VIRTUAL_MODE: Cell<u8> = const { Cell::new(0) };
}

/// Whether the loop runs on the virtual clock (`coil --virtual-time`, `COIL_VIRTUAL_TIME=1`),
/// read once per thread.
pub fn virtual_time_requested() -> bool {
    VIRTUAL_MODE.with(|m| {
        if m.get() == 0 {
            let v = std::env::var("COIL_VIRTUAL_TIME").is_ok_and(|v| !v.is_empty() && v != "0");
            m.set(if v { 2 } else { 1 });
        }
        m.get() == 2
    })
}

/// The virtual clock's reading.
pub fn virtual_now() -> f64 {
    VIRTUAL_NOW.with(|c| c.get())
}

/// Move the virtual clock forward by `dt` seconds (`time.sleep` under the virtual clock).
pub fn virtual_advance(dt: f64) {
    if dt > 0.0 {
        VIRTUAL_NOW.with(|c| c.set(c.get() + dt));
    }
}

/// Real or virtual time in seconds (the scale of `time.monotonic()`).
#[derive(Debug)]
pub enum Clock {
    /// Seconds since `origin` plus `base` (the monotonic reading at creation).
    Real { origin: Instant, base: f64 },
    /// The thread's virtual time (`VIRTUAL_NOW`).
    Virtual,
}

impl Clock {
    /// The OS clock, reading `base` now (pass `time.monotonic()`'s value to share its scale).
    pub fn real(base: f64) -> Clock {
        Clock::Real {
            origin: Instant::now(),
            base,
        }
    }

    /// The virtual clock, set to `t`.
    pub fn virtual_at(t: f64) -> Clock {
        VIRTUAL_NOW.with(|c| c.set(t));
        Clock::Virtual
    }

    /// The virtual clock at its current reading.
    pub fn virtual_shared() -> Clock {
        Clock::Virtual
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual)
    }

    pub fn now(&self) -> f64 {
        match self {
            Clock::Real { origin, base } => base + origin.elapsed().as_secs_f64(),
            Clock::Virtual => virtual_now(),
        }
    }

    /// Wait until `deadline`: sleep on the real clock, jump on the virtual one.
    pub fn wait_until(&mut self, deadline: f64) {
        match self {
            Clock::Real { .. } => {
                let dt = deadline - self.now();
                if dt > 0.0 {
                    // Returns early on Ctrl-C (the loop's iteration then raises it).
                    crate::vm::interrupt::sleep(std::time::Duration::from_secs_f64(dt));
                }
            }
            Clock::Virtual => VIRTUAL_NOW.with(|t| {
                if deadline > t.get() {
                    t.set(deadline);
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_clock_jumps_and_never_goes_back() {
        let mut c = Clock::virtual_at(10.0);
        c.wait_until(12.5);
        assert_eq!(c.now(), 12.5);
        c.wait_until(11.0);
        assert_eq!(c.now(), 12.5);
    }

    #[test]
    fn real_clock_sleeps_until_the_deadline() {
        let mut c = Clock::real(0.0);
        let t0 = c.now();
        c.wait_until(t0 + 0.01);
        assert!(c.now() >= t0 + 0.01);
    }
}
