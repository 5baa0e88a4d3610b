//! The tick: expire holds that ran out and restock showings that have finished. Idempotent and
//! cron-friendly. It works in small batches, one short transaction each, so a tick with a lot to
//! do never keeps other counters (or the screen) waiting for long; and with nothing to do it
//! takes no write lock at all.

use crate::domain::EventKind;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::expire::expire_booking;
use super::{Engine, EngineError};
use crate::domain::BookingStatus;

/// Holds expired per transaction: about a millisecond of work each.
const EXPIRE_BATCH: usize = 200;

/// What one tick did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TickReport {
    pub expired_holds: usize,
    pub released_seats: usize,
    pub restocked_showings: usize,
}

impl Engine {
    /// One pass: expire holds whose time is up, then restock showings whose film ended more than
    /// the cleanup time ago.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn tick(&mut self, now: DateTime<Utc>) -> Result<TickReport, EngineError> {
        let mut report = TickReport::default();
        if !self.tick_has_work(now)? {
            return Ok(report);
        }
        let actor = self.actor.clone();
        loop {
            let (holds, seats) = self.store.write(|tx| -> Result<_, EngineError> {
                let expired = tx.expired_holds(now, EXPIRE_BATCH)?;
                let mut seats = 0;
                for booking in &expired {
                    seats += expire_booking(tx, *booking, now, &actor, "hold time ran out")?;
                }
                Ok((expired.len(), seats))
            })?;
            report.expired_holds += holds;
            report.released_seats += seats;
            if holds < EXPIRE_BATCH {
                break;
            }
        }
        // One showing per transaction: restocking a large auditorium is a few thousand rows.
        loop {
            let restocked = self.store.write(|tx| -> Result<_, EngineError> {
                let Some(venue) = tx.venue()? else { return Ok(None) };
                let ended_by = now - Duration::minutes(i64::from(venue.cleanup_minutes));
                let Some(showing) = tx.showings_ended_by(ended_by, 1)?.into_iter().next() else { return Ok(None) };
                let mut released = 0;
                let holds = tx.bookings_of_showing(showing, BookingStatus::Held)?;
                for booking in &holds {
                    released += expire_booking(tx, *booking, now, &actor, "the showing finished")?;
                }
                released += tx.restock_inventory(showing)?;
                tx.mark_finished(showing, now)?;
                tx.append_event(&actor.event(
                    now,
                    EventKind::Restocked,
                    Some(showing),
                    None,
                    json!({ "showing": showing.0, "released_seats": released }),
                ))?;
                Ok(Some((released, holds.len())))
            })?;
            match restocked {
                Some((seats, holds)) => {
                    report.restocked_showings += 1;
                    report.expired_holds += holds;
                    report.released_seats += seats;
                }
                None => break,
            }
        }
        Ok(report)
    }

    /// A read-only look, so an idle tick costs two index probes and no write lock.
    fn tick_has_work(&mut self, now: DateTime<Utc>) -> Result<bool, EngineError> {
        self.store.read(|tx| -> Result<bool, EngineError> {
            if !tx.expired_holds(now, 1)?.is_empty() {
                return Ok(true);
            }
            let Some(venue) = tx.venue()? else { return Ok(false) };
            let ended_by = now - Duration::minutes(i64::from(venue.cleanup_minutes));
            Ok(!tx.showings_ended_by(ended_by, 1)?.is_empty())
        })
    }
}
