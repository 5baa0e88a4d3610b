//! The one source of "now". Engine functions take `now` as an argument; this is where it comes
//! from: the system clock, or a fixed instant given by `--now` for scripts, replays and tests.

use chrono::{DateTime, Utc};

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// The current instant, to the second (the database keeps seconds).
    #[must_use]
    pub fn now(self) -> DateTime<Utc> {
        match self {
            Self::System => {
                let now = Utc::now();
                DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
            }
            Self::Fixed(at) => at,
        }
    }

    /// Reads an RFC 3339 instant such as `2026-11-24T19:00:00+07:00`.
    ///
    /// # Errors
    /// Anything else, with a message that shows the expected form.
    pub fn parse_fixed(text: &str) -> Result<Self, String> {
        DateTime::parse_from_rfc3339(text.trim())
            .map(|at| Self::Fixed(at.with_timezone(&Utc)))
            .map_err(|_| format!("{text:?} is not an RFC 3339 time (write it like 2026-11-24T19:00:00+07:00)"))
    }
}
