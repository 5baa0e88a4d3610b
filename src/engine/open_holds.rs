//! This counter's holds still running: what a screen killed mid-sale left behind, to be taken
//! back to checkout after a restart.

use chrono::{DateTime, Utc};

use super::{Engine, EngineError, existing_showing};
use crate::domain::SeatLabel;
use crate::domain::records::ShowingRecord;

/// A hold this counter placed that has not run out, been paid or been cancelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenHold {
    pub code: String,
    pub showing: ShowingRecord,
    /// Front row first.
    pub seats: Vec<SeatLabel>,
    pub expires_at: DateTime<Utc>,
}

impl Engine {
    /// The open holds of this engine's counter at `now`, the soonest to run out first.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn open_holds(&mut self, now: DateTime<Utc>) -> Result<Vec<OpenHold>, EngineError> {
        let counter = self.actor.counter.clone();
        self.store.read(|tx| {
            let mut holds = Vec::new();
            for booking in tx.open_holds_at(&counter, now)? {
                let seats = tx.claims(booking.id)?.into_iter().map(|claim| claim.label).collect();
                let showing = existing_showing(tx, booking.showing_id)?;
                holds.push(OpenHold { code: booking.code, showing, seats, expires_at: booking.hold_expires_at });
            }
            Ok(holds)
        })
    }
}
