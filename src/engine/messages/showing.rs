//! The venue and its showings: none imported yet, not found, no longer selling.

use crate::domain::ShowingId;

/// Any use of a database into which no venue file was imported yet.
#[must_use]
pub fn no_venue_yet() -> String {
    "this database has no venue yet; import a venue file first (boxoffice import FILE.toml)".to_owned()
}

/// A showing number that does not exist.
#[must_use]
pub fn no_showing(showing: ShowingId) -> String {
    format!("there is no showing {showing}")
}

/// Selling or holding after the showing's sales closed; `local_start` is its start in venue time.
#[must_use]
pub fn sales_closed(showing: ShowingId, local_start: &str, minutes: u32) -> String {
    format!("sales for showing {showing} ({local_start}) closed {minutes} minutes after the start")
}

/// Selling or holding for a showing that has finished.
#[must_use]
pub fn showing_finished(showing: ShowingId, local_start: &str) -> String {
    format!("showing {showing} ({local_start}) has finished; it sells and refunds nothing")
}

/// Selling or holding for a showing that was cancelled.
#[must_use]
pub fn showing_was_cancelled(showing: ShowingId, local_start: &str) -> String {
    format!("showing {showing} ({local_start}) was cancelled; it sells and refunds nothing")
}

/// Blocking or unblocking seats of a showing that finished or was cancelled.
#[must_use]
pub fn showing_over(showing: ShowingId) -> String {
    format!("showing {showing} is over")
}

/// Refunding a booking of a showing that finished or was cancelled.
#[must_use]
pub fn showing_refunds_nothing(showing: ShowingId) -> String {
    format!("showing {showing} is over; it refunds nothing")
}

/// Cancelling a showing that is no longer open; `status` is its state word (finished, cancelled).
#[must_use]
pub fn showing_already(showing: ShowingId, status: &str) -> String {
    format!("showing {showing} is already {status}")
}
