//! The two threads that talk to the database, so that input and drawing never wait on it:
//!
//! - the **desk** carries out the cashier's own actions (hold, sell, cancel, extend, refund; sign
//!   in and out, a manager's approval, blocks, cancelling a showing, the shift) in order, on its
//!   own connection, signed in as the person at the counter, and writes receipts and shift
//!   reports;
//! - the **watcher** runs the tick once a second, asks every 25 ms whether another counter wrote (`data_version` or a notification), and
//!   reloads what the screen looks at whenever the database changed (another counter's sale
//!   shows within a tenth of a second), on a second connection. It needs no PIN: it only reads and tidies up, under the
//!   name of whoever signed in at the desk.
//!
//! Both answer with [`Event`](super::event::Event)s on the screen's one channel. The functions
//! that do the work ([`desk::perform`], [`watcher::load`]) are plain, so tests call them
//! directly, without threads.

pub mod desk;
pub mod watcher;

use chrono::{DateTime, Utc};

use crate::clock::Clock;

/// The screen's clock: the system clock, or a `--now` that then runs on from that instant, so a
/// screen started at a fixed time still counts holds down and lets them expire.
#[derive(Debug, Clone, Copy)]
pub struct ScreenClock {
    base: Clock,
    started: std::time::Instant,
}

impl ScreenClock {
    #[must_use]
    pub fn new(base: Clock) -> Self {
        Self { base, started: std::time::Instant::now() }
    }

    /// Now, to the second.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        match self.base {
            Clock::System => Clock::System.now(),
            Clock::Fixed(at) => {
                let elapsed = chrono::Duration::seconds(i64::try_from(self.started.elapsed().as_secs()).unwrap_or(0));
                at + elapsed
            }
        }
    }
}
