//! The only module that speaks SQL. It opens the database (one place sets every pragma), keeps
//! the schema current, and offers typed reads and writes inside short transactions, on either
//! backend: a SQLite file (`store/sqlite.rs`, `store/connection.rs`) or a PostgreSQL server
//! (`store/postgres.rs`). The typed queries are written once, against [`sql::Sql`].
//!
//! Every write goes through [`Store::write`], one transaction that excludes every other writer:
//! on SQLite `BEGIN IMMEDIATE` (a deferred transaction that later upgrades to a write can fail
//! with `SQLITE_BUSY` that no timeout cures), on PostgreSQL a transaction-level advisory lock
//! taken first. Writers in single file keep the event hash chain from forking and its clock from
//! running backwards; the conditional UPDATE still decides who wins a seat.

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

pub use sql::Failure;

pub use bookings::NewBooking;
pub use catalogue::{AuditoriumRow, FilmRow, VenueRow};
pub use connection::{OpenError, OpenMode};
pub use copy::{CopyCounts, CopyRefused};
pub use events::{NewEvent, Stored as StoredEvent};
pub use fault::StorageFault;
pub use inventory::{InventorySeat, SeatMapRow};
pub use migrations::LATEST_VERSION;
pub use report::{RefundLine, ShowingFigures};
pub use staff::{StaffRow, pin_fingerprint};
pub use tickets::{AdmissionRow, Document};

/// An open boxoffice database, on one of the two backends.
pub struct Store {
    backend: Backend,
}

enum Backend {
    Sqlite {
        conn: Connection,
        path: Option<PathBuf>,
        /// The last `data_version` seen, to tell another connection's commit.
        seen: Option<i64>,
    },
    Postgres(Box<postgres::Server>),
}

/// A transaction in progress on either backend; every typed query of the store hangs off it and
/// runs through [`sql::Sql`], written once for both.
pub struct Tx<'c> {
    sql: &'c dyn sql::Sql,
}

/// An error a write can be retried on: the engine's own error type says whether the store's
/// failure inside it was one the server asks to run again.
pub trait Retry: From<anyhow::Error> {
    /// The store's failure behind this error, if any.
    fn failure(&self) -> Option<Failure>;
}

impl Retry for anyhow::Error {
    fn failure(&self) -> Option<Failure> {
        Failure::of(self)
    }
}

/// How often a write the server gave up on (a serialization failure or a deadlock) is run again
/// before the cashier hears of it.
const WRITE_ATTEMPTS: usize = 5;

impl Store {
    /// Opens (and in [`OpenMode::Create`], creates) the database: a `postgres://` or
    /// `postgresql://` URL is a PostgreSQL server, anything else a SQLite file. Anything that is
    /// not a boxoffice database, or was written by a newer version, is refused.
    ///
    /// # Errors
    /// See [`OpenError`].
    pub fn open(path: &Path, mode: OpenMode) -> Result<Self, OpenError> {
        if let Some(url) = path.to_str().filter(|db| postgres::is_url(db)) {
            let server = postgres::Server::open(url, mode)?;
            return Ok(Self { backend: Backend::Postgres(Box::new(server)) });
        }
        let conn = connection::open_file(path, mode)?;
        Ok(Self { backend: Backend::Sqlite { conn, path: Some(path.to_owned()), seen: None } })
    }

    /// A private database in memory, for tests and benchmarks of logic.
    ///
    /// # Errors
    /// When SQLite cannot set it up.
    pub fn open_in_memory() -> anyhow::Result<Self> {
        let conn = connection::open_memory()?;
        Ok(Self { backend: Backend::Sqlite { conn, path: None, seen: None } })
    }

    /// The database file (`None` in memory and on a server).
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        match &self.backend {
            Backend::Sqlite { path, .. } => path.as_deref(),
            Backend::Postgres(_) => None,
        }
    }

    /// Whether the database is on a server (PostgreSQL) rather than in a file or in memory.
    #[must_use]
    pub fn is_server(&self) -> bool {
        matches!(self.backend, Backend::Postgres(_))
    }

    /// Where the database is, for messages: the file, or the server's URL without its password.
    #[must_use]
    pub fn location(&self) -> String {
        match &self.backend {
            Backend::Sqlite { path: Some(path), .. } => path.display().to_string(),
            Backend::Sqlite { path: None, .. } => "memory".to_owned(),
            Backend::Postgres(server) => server.location(),
        }
    }

    /// Runs `work` in one write transaction that excludes every other writer: committed if it
    /// returns `Ok`, rolled back otherwise (also on panic, by the transaction's drop). On
    /// PostgreSQL a transaction the server gave up on (serialization failure, deadlock) is run
    /// again, so `work` may run more than once; what it did in a failed attempt was rolled back.
    ///
    /// # Errors
    /// `work`'s own error, or the store's when the transaction cannot begin or commit.
    pub fn write<T, E: Retry>(&mut self, mut work: impl FnMut(&Tx<'_>) -> Result<T, E>) -> Result<T, E> {
        match &mut self.backend {
            Backend::Sqlite { conn, .. } => {
                let tx = connection::begin(conn, TransactionBehavior::Immediate)?;
                let value = work(&Tx { sql: &sqlite::Sqlite(&tx) })?;
                tx.commit().context("could not commit the change").map_err(E::from)?;
                Ok(value)
            }
            Backend::Postgres(server) => {
                let mut attempt = 1;
                loop {
                    match server.write(&mut work) {
                        Err(error) if error.failure() == Some(Failure::Retry) && attempt < WRITE_ATTEMPTS => {
                            tracing::warn!(attempt, "the server asked to run the write again");
                            attempt += 1;
                        }
                        outcome => return outcome,
                    }
                }
            }
        }
    }

    /// Runs `work` in one read transaction, so it sees a single consistent moment. It is never
    /// kept open longer than the call: an idle reader would let the WAL grow without bound.
    ///
    /// # Errors
    /// `work`'s own error, or the store's when the transaction cannot begin.
    pub fn read<T, E: Retry>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E> {
        match &mut self.backend {
            Backend::Sqlite { conn, .. } => {
                let tx = connection::begin(conn, TransactionBehavior::Deferred)?;
                let value = work(&Tx { sql: &sqlite::Sqlite(&tx) })?;
                // Ending a read-only transaction cannot lose anything; a failure here is not the caller's.
                drop(tx.commit());
                Ok(value)
            }
            Backend::Postgres(server) => server.read(work),
        }
    }

    /// Whether another connection committed a write since the last call (the first call says
    /// yes). Cheap enough to ask every few milliseconds: SQLite compares its `data_version`,
    /// PostgreSQL looks for a `NOTIFY boxoffice` that every write sends at its commit, without
    /// waiting for one.
    ///
    /// # Errors
    /// When the database cannot answer (on PostgreSQL: the connection is gone).
    pub fn changed_elsewhere(&mut self) -> anyhow::Result<bool> {
        match &mut self.backend {
            Backend::Sqlite { conn, seen, .. } => {
                let version: i64 = conn
                    .query_row("PRAGMA data_version", [], |row| row.get(0))
                    .context("could not read data_version")?;
                Ok(seen.replace(version) != Some(version))
            }
            Backend::Postgres(server) => server.changed_elsewhere(),
        }
    }
}
