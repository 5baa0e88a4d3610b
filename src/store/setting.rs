//! The database's one row of settings: whether it is a training database.

use anyhow::Context as _;

use super::sql::Params;
use super::{Store, Tx};

impl Store {
    /// Whether this is a training database (a fixed clock allowed, TRAINING on every page). A
    /// file whose settings cannot be read counts as real: the stricter answer.
    #[must_use]
    pub fn is_training(&mut self) -> bool {
        self.read(|tx: &Tx<'_>| -> anyhow::Result<bool> { tx.is_training() }).unwrap_or(false)
    }
}

impl Tx<'_> {
    /// Whether this is a training database, as of this transaction.
    pub fn is_training(&self) -> anyhow::Result<bool> {
        self.sql
            .value("SELECT COALESCE((SELECT training FROM setting WHERE id = 1), 0)", Params::NONE)
            .context("could not read the settings")
    }

    /// Marks the database as a training one. Only ever done once, on a database with no history.
    pub fn mark_training(&self) -> anyhow::Result<()> {
        self.sql
            .execute("UPDATE setting SET training = 1 WHERE id = 1", Params::NONE)
            .context("could not mark a training database")?;
        Ok(())
    }

    /// Whether anything was ever recorded (events or staff): then the database is a real one.
    pub fn has_history(&self) -> anyhow::Result<bool> {
        let sql = format!(
            "SELECT COALESCE({}, 0) > 0 OR EXISTS (SELECT 1 FROM staff)",
            self.sql.dialect().event_high_water()
        );
        self.sql.value(&sql, Params::NONE).context("could not look at the history")
    }
}

impl Tx<'_> {
    /// When the last event was recorded, if any.
    pub fn last_event_at(&self) -> anyhow::Result<Option<chrono::DateTime<chrono::Utc>>> {
        let at: Option<i64> = self
            .sql
            .value("SELECT (SELECT at FROM event ORDER BY id DESC LIMIT 1)", Params::NONE)
            .context("could not read the last event's time")?;
        Ok(at.and_then(|at| chrono::DateTime::from_timestamp(at, 0)))
    }
}
