//! Training databases: the only place a fixed clock is honoured, so that nobody can move time on
//! the real takings (to dodge a lockout, date a refund before the show, or restock tomorrow).

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::{Engine, EngineError};
use crate::clock::Clock;

impl Engine {
    /// Whether this is a training database: a fixed clock works here, and every screen, receipt
    /// and report says TRAINING.
    #[must_use]
    pub fn is_training(&self) -> bool {
        self.training
    }

    /// Makes a new, empty database a training one. Saying so again is harmless; a database that
    /// already holds real records (events or staff) is refused, since it would then accept a
    /// fixed clock.
    ///
    /// # Errors
    /// Bad input for a database with history; a failure of the database.
    pub fn make_training(&mut self, now: DateTime<Utc>) -> Result<(), EngineError> {
        if self.training {
            return Ok(());
        }
        let actor = self.actor.clone();
        self.store.write(|tx| {
            // Another counter running the same `init --training` may have got here first.
            if tx.is_training()? {
                return Ok(());
            }
            if tx.has_history()? {
                return Err(EngineError::BadInput(
                    "this database already holds real records; a training database must start new (give init --training a new --db)"
                        .to_owned(),
                ));
            }
            tx.mark_training()?;
            tx.append_event(&actor.event(now, EventKind::TrainingStarted, None, None, json!({})))?;
            Ok(())
        })?;
        self.training = true;
        Ok(())
    }

    /// The time to record by: a fixed clock only on a training database; on a real one the system
    /// clock, but never before the last recorded event, so records keep time order even when this
    /// computer's clock is set back. The second value says so when that happened.
    ///
    /// # Errors
    /// Bad input for `--now` on a real database.
    pub fn settle_clock(&mut self, clock: Clock) -> Result<(DateTime<Utc>, Option<String>), EngineError> {
        let now = clock.now();
        match clock {
            Clock::Fixed(_) if !self.training => Err(EngineError::BadInput(
                "--now and BOXOFFICE_NOW work only on a training database (boxoffice init --training); this one holds real takings"
                    .to_owned(),
            )),
            Clock::Fixed(_) => Ok((now, None)),
            Clock::System => {
                let last = self.store.read(|tx| Ok::<_, EngineError>(tx.last_event_at()?))?;
                match last.filter(|last| *last > now) {
                    Some(last) => {
                        let warning = format!(
                            "this computer's clock ({}) is behind the last recorded event ({}); recording at that time instead",
                            now.format("%Y-%m-%d %H:%M:%S UTC"),
                            last.format("%Y-%m-%d %H:%M:%S UTC")
                        );
                        tracing::warn!("{warning}");
                        Ok((last, Some(warning)))
                    }
                    None => Ok((now, None)),
                }
            }
        }
    }
}
