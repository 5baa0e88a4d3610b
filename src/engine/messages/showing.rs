//! The venue and its showings: none imported yet, not found, no longer selling.

use crate::domain::ShowingId;
use crate::tr;

/// Any use of a database into which no venue file was imported yet.
#[must_use]
pub fn no_venue_yet() -> String {
    tr!("venue-none-yet")
}

/// Opening a database file that does not exist (for a command that needs one).
#[must_use]
pub fn no_database(path: &str) -> String {
    tr!("database-missing", path = path)
}

/// Opening a file that is not a boxoffice database.
#[must_use]
pub fn foreign_database(path: &str) -> String {
    tr!("database-foreign", path = path)
}

/// Opening a database a newer boxoffice wrote (`found` > `known` schema versions).
#[must_use]
pub fn newer_database(path: &str, found: i64, known: i64) -> String {
    tr!("database-newer", path = path, found = found, known = known)
}

/// A PostgreSQL URL given to a version that runs on SQLite only.
#[must_use]
pub fn postgres_not_yet() -> String {
    tr!("postgres-not-yet")
}

/// A showing number that does not exist.
#[must_use]
pub fn no_showing(showing: ShowingId) -> String {
    tr!("showing-none", showing = showing.to_string())
}

/// Selling or holding after the showing's sales closed; `local_start` is its start in venue time.
#[must_use]
pub fn sales_closed(showing: ShowingId, local_start: &str, minutes: u32) -> String {
    tr!("showing-sales-closed", showing = showing.to_string(), start = local_start, minutes = minutes)
}

/// Selling or holding for a showing that has finished.
#[must_use]
pub fn showing_finished(showing: ShowingId, local_start: &str) -> String {
    tr!("showing-finished", showing = showing.to_string(), start = local_start)
}

/// Selling or holding for a showing that was cancelled.
#[must_use]
pub fn showing_was_cancelled(showing: ShowingId, local_start: &str) -> String {
    tr!("showing-was-cancelled", showing = showing.to_string(), start = local_start)
}

/// Blocking or unblocking seats of a showing that finished or was cancelled.
#[must_use]
pub fn showing_over(showing: ShowingId) -> String {
    tr!("showing-over", showing = showing.to_string())
}

/// Refunding a booking of a showing that finished or was cancelled.
#[must_use]
pub fn showing_refunds_nothing(showing: ShowingId) -> String {
    tr!("showing-refunds-nothing", showing = showing.to_string())
}

/// Cancelling a showing that is no longer open; `status` is its state word (finished, cancelled).
#[must_use]
pub fn showing_already(showing: ShowingId, status: &str) -> String {
    tr!("showing-already", showing = showing.to_string(), status = super::state_word(status))
}
