//! The only module that speaks SQL. It opens the database (one place sets every pragma), keeps
//! the schema current, and offers typed reads and writes inside short transactions.
//!
//! Every write goes through [`Store::write`], one `BEGIN IMMEDIATE` transaction: a deferred
//! transaction that later upgrades to a write can fail with `SQLITE_BUSY` that no timeout cures.

mod bookings;
mod catalogue;
mod connection;
mod copy;
mod events;
mod fault;
mod inventory;
mod migrations;
pub mod postgres;
#[cfg(test)]
mod query_plans;
mod report;
mod rows;
mod setting;
mod shifts;
mod showings;
pub(crate) mod sql;
mod sqlite;
mod staff;
mod tickets;
mod verify;

pub use verify::Breach;

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use rusqlite::{Connection, TransactionBehavior};

pub use bookings::NewBooking;
pub use catalogue::{AuditoriumRow, FilmRow, VenueRow};
pub use connection::{OpenError, OpenMode};
pub use events::{NewEvent, Stored as StoredEvent};
pub use copy::{CopyCounts, CopyRefused};
pub use fault::StorageFault;
pub use inventory::{InventorySeat, SeatMapRow};
pub use migrations::LATEST_VERSION;
pub use report::{RefundLine, ShowingFigures};
pub use staff::{StaffRow, pin_fingerprint};
pub use tickets::{AdmissionRow, Document};

/// An open boxoffice database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

/// A transaction in progress on either backend; every typed query of the store hangs off it and
/// runs through [`sql::Sql`], written once for both.
pub struct Tx<'c> {
    sql: &'c dyn sql::Sql,
}

impl Store {
    /// Opens (and in [`OpenMode::Create`], creates) the database file, refusing anything that is
    /// not a boxoffice database or was written by a newer version.
    ///
    /// # Errors
    /// See [`OpenError`].
    pub fn open(path: &Path, mode: OpenMode) -> Result<Self, OpenError> {
        let conn = connection::open_file(path, mode)?;
        Ok(Self { conn, path: Some(path.to_owned()) })
    }

    /// A private database in memory, for tests and benchmarks of logic.
    ///
    /// # Errors
    /// When SQLite cannot set it up.
    pub fn open_in_memory() -> anyhow::Result<Self> {
        let conn = connection::open_memory()?;
        Ok(Self { conn, path: None })
    }

    /// Where the database lives (`None` in memory).
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `work` in one `BEGIN IMMEDIATE` transaction: committed if it returns `Ok`, rolled back
    /// otherwise (also on panic, by the transaction's drop).
    ///
    /// # Errors
    /// `work`'s own error, or the store's when the transaction cannot begin or commit.
    pub fn write<T, E>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<anyhow::Error>,
    {
        let tx = connection::begin(&self.conn, TransactionBehavior::Immediate)?;
        let value = work(&Tx { sql: &sqlite::Sqlite(&tx) })?;
        tx.commit().context("could not commit the change").map_err(E::from)?;
        Ok(value)
    }

    /// Runs `work` in one read transaction, so it sees a single consistent moment. It is never
    /// kept open longer than the call: an idle reader would let the WAL grow without bound.
    ///
    /// # Errors
    /// `work`'s own error, or the store's when the transaction cannot begin.
    pub fn read<T, E>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<anyhow::Error>,
    {
        let tx = connection::begin(&self.conn, TransactionBehavior::Deferred)?;
        let value = work(&Tx { sql: &sqlite::Sqlite(&tx) })?;
        // Ending a read-only transaction cannot lose anything; a failure here is not the caller's.
        drop(tx.commit());
        Ok(value)
    }

    /// SQLite's `data_version`: it changes when another connection commits a write. The screen
    /// polls it each tick to know when to reload, without holding a transaction open.
    ///
    /// # Errors
    /// When SQLite cannot answer.
    pub fn data_version(&self) -> anyhow::Result<i64> {
        self.conn.query_row("PRAGMA data_version", [], |row| row.get(0)).context("could not read data_version")
    }
}
