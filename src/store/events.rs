//! The event log: append-only (the schema's triggers refuse changes), the audit trail and the
//! feed for integrations.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use rusqlite::params;

use super::Tx;
use super::rows::{time, to_ts};
use crate::domain::{BookingId, EventId, ShowingId};

/// An event to append.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub at: DateTime<Utc>,
    pub kind: &'a str,
    pub showing: Option<ShowingId>,
    pub booking: Option<BookingId>,
    pub staff: Option<&'a str>,
    pub counter: Option<&'a str>,
    pub data: serde_json::Value,
}

/// An event as stored, with the booking's code in place of its row id.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: EventId,
    pub at: DateTime<Utc>,
    pub kind: String,
    pub showing: Option<ShowingId>,
    pub booking: Option<String>,
    pub staff: Option<String>,
    pub counter: Option<String>,
    pub data: serde_json::Value,
}

impl Tx<'_> {
    /// Appends an event.
    pub fn append_event(&self, event: &NewEvent<'_>) -> anyhow::Result<EventId> {
        self.tx
            .prepare_cached("INSERT INTO event (at, kind, showing_id, booking_id, staff, counter, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?
            .execute(params![to_ts(event.at), event.kind, event.showing, event.booking, event.staff, event.counter, event.data.to_string()])
            .context("could not append the event")?;
        Ok(EventId(self.tx.last_insert_rowid()))
    }

    /// Events with an id above `after`, oldest first, at most `limit`.
    pub fn events_after(&self, after: EventId, limit: usize) -> anyhow::Result<Vec<EventRow>> {
        self.tx
            .prepare_cached(
                "SELECT e.id, e.at, e.kind, e.showing_id, b.code, e.staff, e.counter, e.data \
                 FROM event e LEFT JOIN booking b ON b.id = e.booking_id WHERE e.id > ?1 ORDER BY e.id LIMIT ?2",
            )?
            .query_map(params![after, limit], |row| {
                let data: String = row.get(7)?;
                Ok(EventRow {
                    id: row.get(0)?,
                    at: time(row, 1)?,
                    kind: row.get(2)?,
                    showing: row.get(3)?,
                    booking: row.get(4)?,
                    staff: row.get(5)?,
                    counter: row.get(6)?,
                    data: serde_json::from_str(&data).unwrap_or(serde_json::Value::String(data)),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
            .context("could not read the events")
    }
}
