//! The event log: append-only (triggers refuse changes), the audit trail and the feed for
//! integrations. Each row carries the hash of the row before it and of its own content, so an
//! edit or a deletion made around the triggers (a raw SQLite client) shows up in `verify`.

use std::fmt::Write as _;

use super::sql::{Params, Row, Sql, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};
use sha2::{Digest as _, Sha256};

use super::Tx;
use super::rows::to_ts;
use crate::domain::records::EventRecord;
use crate::domain::{BookingId, EventId, EventKind, ShowingId};

/// An event to append.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub at: DateTime<Utc>,
    pub kind: EventKind,
    pub showing: Option<ShowingId>,
    pub booking: Option<BookingId>,
    pub staff: Option<&'a str>,
    pub counter: Option<&'a str>,
    /// The manager who approved the action, where one had to.
    pub approver: Option<&'a str>,
    pub data: serde_json::Value,
}

/// The stored fields of one event row, as the hash covers them. Public so that tools writing
/// events in bulk (the benchmark generator) chain them exactly as the store does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub at: i64,
    pub kind: String,
    pub showing: Option<i64>,
    pub booking: Option<i64>,
    pub staff: Option<String>,
    pub counter: Option<String>,
    pub approver: Option<String>,
    /// The `data` column's JSON text, exactly as stored.
    pub data: String,
}

impl Stored {
    /// SHA-256 over the previous row's hash and this row's fields, in hex. The fields are framed
    /// as a JSON array so no choice of text can make two different rows hash alike.
    #[must_use]
    pub fn hash(&self, prev_hash: &str) -> String {
        let content = serde_json::json!([
            self.id,
            self.at,
            self.kind,
            self.showing,
            self.booking,
            self.staff,
            self.counter,
            self.approver,
            self.data
        ]);
        let digest = Sha256::new()
            .chain_update(prev_hash.as_bytes())
            .chain_update(b"\n")
            .chain_update(content.to_string())
            .finalize();
        digest.iter().fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
    }

    fn read(row: &Row) -> anyhow::Result<Self> {
        Ok(Self {
            id: row.get(0)?,
            at: row.get(1)?,
            kind: row.get(2)?,
            showing: row.get(3)?,
            booking: row.get(4)?,
            staff: row.get(5)?,
            counter: row.get(6)?,
            approver: row.get(7)?,
            data: row.get(8)?,
        })
    }
}

const STORED_FIELDS: &str = "id, at, kind, showing_id, booking_id, staff, counter, approver, data";

impl Tx<'_> {
    /// Appends an event, chained to the one before it.
    pub fn append_event(&self, event: &NewEvent<'_>) -> anyhow::Result<EventId> {
        let dialect = self.sql.dialect();
        let sql = format!(
            "SELECT {}, last.hash, last.at, COALESCE((SELECT training FROM setting WHERE id = 1), 0) \
             FROM (SELECT 1) one LEFT JOIN (SELECT hash, at FROM event ORDER BY id DESC LIMIT 1) last ON TRUE",
            dialect.event_high_water()
        );
        let (sequence, prev_hash, last_at, training): (Option<i64>, Option<String>, Option<i64>, bool) = self
            .sql
            .one(&sql, Params::NONE, |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
            .context("could not read the end of the event log")?;
        let stored = Stored {
            id: sequence.unwrap_or(0) + 1,
            at: in_time_order(to_ts(event.at), last_at, training),
            kind: event.kind.as_str().to_owned(),
            showing: event.showing.map(|s| s.0),
            booking: event.booking.map(|b| b.0),
            staff: event.staff.map(str::to_owned),
            counter: event.counter.map(str::to_owned),
            approver: event.approver.map(str::to_owned),
            data: event.data.to_string(),
        };
        let prev_hash = prev_hash.unwrap_or_default();
        let hash = stored.hash(&prev_hash);
        let insert = format!(
            "INSERT INTO event (id, at, kind, showing_id, booking_id, staff, counter, approver, data, prev_hash, hash) {} \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            dialect.overriding_identity()
        );
        self.sql
            .execute(
                &insert,
                params![
                    stored.id,
                    stored.at,
                    stored.kind,
                    stored.showing,
                    stored.booking,
                    stored.staff,
                    stored.counter,
                    stored.approver,
                    stored.data,
                    prev_hash,
                    hash
                ],
            )
            .context("could not append the event")?;
        Ok(EventId(stored.id))
    }

    /// Events with an id above `after`, oldest first, at most `limit`.
    pub fn events_after(&self, after: EventId, limit: usize) -> anyhow::Result<Vec<EventRecord>> {
        self.sql
            .rows(
                "SELECT e.id, e.at, e.kind, e.showing_id, b.code, e.staff, e.counter, e.approver, e.data, e.hash \
                 FROM event e LEFT JOIN booking b ON b.id = e.booking_id WHERE e.id > ?1 ORDER BY e.id LIMIT ?2",
                params![after, limit],
                |row| {
                    let data: String = row.get(8)?;
                    Ok(EventRecord {
                        id: row.get(0)?,
                        at: row.time(1)?,
                        kind: row.word(2)?,
                        showing: row.get(3)?,
                        booking: row.get(4)?,
                        staff: row.get(5)?,
                        counter: row.get(6)?,
                        approver: row.get(7)?,
                        data: serde_json::from_str(&data).unwrap_or(serde_json::Value::String(data)),
                        hash: row.get(9)?,
                    })
                },
            )
            .context("could not read the events")
    }

    /// Walks the whole chain and describes every place where it does not hold: a row whose
    /// content no longer matches its hash (edited), a row that does not follow its predecessor
    /// (one deleted or inserted), or a log that ends before the counter says it should.
    pub fn verify_event_chain(&self, limit: usize) -> anyhow::Result<Vec<String>> {
        let mut breaches = Vec::new();
        let mut previous: Option<(i64, String)> = None;
        let sql = format!("SELECT {STORED_FIELDS}, prev_hash, hash FROM event ORDER BY id");
        // Streamed: a year of events need not fit in memory at once.
        self.sql.for_each(&sql, Params::NONE, &mut |row| {
            if breaches.len() >= limit {
                return Ok(());
            }
            let stored = Stored::read(row)?;
            let prev_hash: Option<String> = row.get(9)?;
            let hash: Option<String> = row.get(10)?;
            let expected_prev = previous.as_ref().map_or(String::new(), |(_, hash)| hash.clone());
            let expected_id = previous.as_ref().map_or(1, |(id, _)| id + 1);
            if stored.id != expected_id {
                breaches.push(format!(
                    "event {} follows event {}: {} missing",
                    stored.id,
                    expected_id - 1,
                    if stored.id == expected_id + 1 {
                        format!("event {expected_id} is")
                    } else {
                        format!("events {expected_id} to {} are", stored.id - 1)
                    }
                ));
            } else if prev_hash.as_deref() != Some(expected_prev.as_str()) {
                breaches.push(format!(
                    "event {} does not chain to event {}: a row was replaced",
                    stored.id,
                    expected_id - 1
                ));
            }
            let actual = stored.hash(prev_hash.as_deref().unwrap_or_default());
            if hash.as_deref() != Some(actual.as_str()) {
                breaches.push(format!(
                    "event {} ({}) was altered: its content does not match its hash",
                    stored.id, stored.kind
                ));
            }
            previous = Some((stored.id, hash.unwrap_or_default()));
            Ok(())
        })?;
        if breaches.len() >= limit {
            breaches.truncate(limit);
            return Ok(breaches);
        }
        let sequence: Option<i64> =
            self.sql.value(&format!("SELECT {}", self.sql.dialect().event_high_water()), Params::NONE)?;
        let last = previous.map_or(0, |(id, _)| id);
        if let Some(sequence) = sequence.filter(|seq| *seq > last) {
            breaches.push(format!(
                "the log ends at event {last} but events up to {sequence} were written: the last ones were deleted"
            ));
        }
        Ok(breaches)
    }
}

/// When an event is recorded: in a real database never before the last one, so a clock set back
/// (by mistake or to date a refund before its sale) cannot reorder the log. A training database
/// keeps the time it was given: there the clock is a teaching tool.
fn in_time_order(at: i64, last_at: Option<i64>, training: bool) -> i64 {
    match last_at {
        Some(last) if at < last && !training => {
            tracing::warn!(
                clock = at,
                last_event = last,
                "the clock is behind the last recorded event; recording at its time"
            );
            last
        }
        _ => at,
    }
}

/// Computes the chain for every stored event (the migration that introduced it).
pub fn rechain_all(tx: &rusqlite::Transaction<'_>) -> anyhow::Result<()> {
    let sqlite = super::sqlite::Sqlite(tx);
    let sql: &dyn Sql = &sqlite;
    let rows = sql.rows(&format!("SELECT {STORED_FIELDS} FROM event ORDER BY id"), Params::NONE, Stored::read)?;
    let mut prev_hash = String::new();
    for row in rows {
        let hash = row.hash(&prev_hash);
        sql.execute("UPDATE event SET prev_hash = ?2, hash = ?3 WHERE id = ?1", params![row.id, prev_hash, hash])?;
        prev_hash = hash;
    }
    Ok(())
}

impl Tx<'_> {
    /// The head of the chain: the last event's id and hash (`None` before any event).
    pub fn chain_head(&self) -> anyhow::Result<Option<(i64, String)>> {
        self.sql
            .maybe("SELECT id, COALESCE(hash, '') FROM event ORDER BY id DESC LIMIT 1", Params::NONE, |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .context("could not read the head of the event log")
    }

    /// The stored hash of one event, if the event is there.
    pub fn event_hash(&self, id: i64) -> anyhow::Result<Option<String>> {
        self.sql
            .maybe("SELECT COALESCE(hash, '') FROM event WHERE id = ?1", params![id], |row| row.get(0))
            .context("could not read the sealed event")
    }
}
