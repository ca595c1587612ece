//! The clock a run is timed by: the real, monotonic one, or a fake that
//! tests move by hand.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Monotonic time since some origin.
pub trait Clock {
    fn now(&self) -> Duration;
}

/// The real clock (monotonic; unaffected by changes to the wall clock).
#[derive(Debug)]
pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock for tests: time moves only when told to.
#[derive(Clone, Debug, Default)]
pub struct FakeClock(Rc<Cell<Duration>>);

impl FakeClock {
    pub fn advance(&self, by: Duration) {
        self.0.set(self.0.get() + by);
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Duration {
        self.0.get()
    }
}
