//! The event loop's clock: the OS monotonic clock, or a virtual one (`coil --virtual-time`,
//! `COIL_VIRTUAL_TIME=1`) that only moves when the loop has nothing ready and jumps straight
//! to the next deadline, so a program that sleeps for an hour finishes at once and prints the
//! same elapsed times on every run.
//!
//! Invariant: `now()` never decreases.

use std::time::Instant;

/// Real or virtual time in seconds (the scale of `time.monotonic()`).
#[derive(Debug)]
pub enum Clock {
    /// Seconds since `origin` plus `base` (the monotonic reading at creation).
    Real { origin: Instant, base: f64 },
    /// The current virtual time.
    Virtual(f64),
}

impl Clock {
    /// The OS clock, reading `base` now (pass `time.monotonic()`'s value to share its scale).
    pub fn real(base: f64) -> Clock {
        Clock::Real {
            origin: Instant::now(),
            base,
        }
    }

    /// A virtual clock starting at `t`.
    pub fn virtual_at(t: f64) -> Clock {
        Clock::Virtual(t)
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual(_))
    }

    pub fn now(&self) -> f64 {
        match self {
            Clock::Real { origin, base } => base + origin.elapsed().as_secs_f64(),
            Clock::Virtual(t) => *t,
        }
    }

    /// Wait until `deadline`: sleep on the real clock, jump on the virtual one.
    pub fn wait_until(&mut self, deadline: f64) {
        match self {
            Clock::Real { .. } => {
                let dt = deadline - self.now();
                if dt > 0.0 {
                    std::thread::sleep(std::time::Duration::from_secs_f64(dt));
                }
            }
            Clock::Virtual(t) => {
                if deadline > *t {
                    *t = deadline;
                }
            }
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
