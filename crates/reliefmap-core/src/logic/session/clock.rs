//! The clock a run is timed by: the real, monotonic one, or a fake that
//! tests move by hand.

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

#[cfg(any(test, feature = "test-support"))]
/// A clock for tests: time moves only when told to.
#[derive(Clone, Debug, Default)]
pub struct FakeClock(std::rc::Rc<std::cell::Cell<Duration>>);

#[cfg(any(test, feature = "test-support"))]
impl FakeClock {
    pub fn advance(&self, by: Duration) {
        self.0.set(self.0.get() + by);
    }
}

#[cfg(any(test, feature = "test-support"))]
impl Clock for FakeClock {
    fn now(&self) -> Duration {
        self.0.get()
    }
}
