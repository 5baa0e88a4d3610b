//! The demo venue shipped with the program, so a new installation shows a working box office at
//! once.

use chrono::{DateTime, Utc};

use super::{Engine, EngineError, ImportReport};
use crate::domain::time::local_date;
use crate::domain::venue_file;

/// The demo venue file (`assets/demo-venue.toml`), built into the binary.
pub const DEMO_VENUE: &str = include_str!("../../assets/demo-venue.toml");

/// Days of showings the demo (and `import` of a schedule) creates: today and the next six.
pub const SCHEDULE_DAYS: u32 = 7;

impl Engine {
    /// Loads the demo venue with showings from today (venue time). Running it again on a later
    /// day adds that day's showings and leaves every sale in place.
    ///
    /// # Errors
    /// Only when the database fails: the built-in file is checked by the tests.
    pub fn install_demo(&mut self, now: DateTime<Utc>) -> Result<ImportReport, EngineError> {
        let file = venue_file::parse(DEMO_VENUE)
            .map_err(|e| EngineError::Failed(anyhow::anyhow!("the built-in demo venue is broken: {e}")))?;
        let zone = file.venue.as_ref().map_or(chrono_tz::UTC, |venue| venue.zone);
        self.import(&file, local_date(zone, now), SCHEDULE_DAYS, now)
    }
}
