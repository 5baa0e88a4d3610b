//! Showings: adding them with their per-showing seat inventory, finding overlaps, listing a day
//! with seat counts, and the state changes of the restock and of a cancellation.

use super::sql::{Row, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::records::{ShowingListing, ShowingRecord};
use crate::domain::{AuditoriumId, FilmId, PriceListId, SeatKind, SeatStatus, ShowingId};

/// The tick's look-up of showings to restock; `store::query_plans` checks it uses
/// `showing_open_by_end`.
pub(crate) const SHOWINGS_ENDED_BY_SQL: &str =
    "SELECT id FROM showing WHERE status = 'open' AND ends_at <= ?1 ORDER BY ends_at LIMIT ?2";

const SHOWING_FIELDS: &str = "s.id, f.title, f.rating, f.runtime_minutes, a.id, a.name, s.price_list_id, \
     s.starts_at, s.ends_at, s.status, s.restocked_at";
const SHOWING_JOINS: &str =
    "FROM showing s JOIN film f ON f.id = s.film_id JOIN auditorium a ON a.id = s.auditorium_id";

fn showing_row(row: &Row) -> anyhow::Result<ShowingRecord> {
    Ok(ShowingRecord {
        id: row.get(0)?,
        film: row.get(1)?,
        rating: row.get(2)?,
        runtime_minutes: row.get(3)?,
        auditorium_id: row.get(4)?,
        auditorium: row.get(5)?,
        price_list_id: row.get(6)?,
        starts_at: row.time(7)?,
        ends_at: row.time(8)?,
        status: row.word(9)?,
        restocked_at: row.optional_time(10)?,
    })
}

impl Tx<'_> {
    /// Showings (not cancelled) of an auditorium that occupy any part of `[from, to)`, counting
    /// each showing's cleanup time after its end.
    pub fn overlapping_showings(
        &self,
        auditorium: AuditoriumId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        cleanup_minutes: u32,
    ) -> anyhow::Result<Vec<ShowingRecord>> {
        // No showing runs longer than a day, which bounds the index range scanned.
        let sql = format!(
            "SELECT {SHOWING_FIELDS} {SHOWING_JOINS} WHERE s.auditorium_id = ?1 AND s.status != 'cancelled' \
             AND s.starts_at < ?3 AND s.starts_at > CAST(?2 AS BIGINT) - 86400 AND s.ends_at + ?4 > ?2 ORDER BY s.starts_at"
        );
        self.sql
            .rows(&sql, params![auditorium, to_ts(from), to_ts(to), i64::from(cleanup_minutes) * 60], showing_row)
            .context("could not look for overlapping showings")
    }

    /// The showing of an auditorium that starts exactly then, if any.
    pub fn showing_starting(
        &self,
        auditorium: AuditoriumId,
        starts_at: DateTime<Utc>,
    ) -> anyhow::Result<Option<ShowingRecord>> {
        let sql = format!("SELECT {SHOWING_FIELDS} {SHOWING_JOINS} WHERE s.auditorium_id = ?1 AND s.starts_at = ?2");
        self.sql.maybe(&sql, params![auditorium, to_ts(starts_at)], showing_row)
    }

    /// Adds a showing and one inventory row per seat (out-of-service seats start blocked).
    pub fn insert_showing(
        &self,
        film: FilmId,
        auditorium: AuditoriumId,
        price_list: PriceListId,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> anyhow::Result<ShowingId> {
        let id: ShowingId = self.sql.value("INSERT INTO showing (film_id, auditorium_id, price_list_id, starts_at, ends_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id", params![film, auditorium, price_list, to_ts(starts_at), to_ts(ends_at)])
            .context("could not add the showing")?;
        self.sql
            .execute(
                "INSERT INTO inventory (showing_id, seat_id, status) \
                 SELECT ?1, id, CASE kind WHEN ?3 THEN ?4 ELSE ?5 END FROM seat WHERE auditorium_id = ?2",
                params![
                    id,
                    auditorium,
                    SeatKind::OutOfService.as_str(),
                    SeatStatus::Blocked.as_str(),
                    SeatStatus::Available.as_str()
                ],
            )
            .context("could not add the showing's seats")?;
        Ok(id)
    }

    /// One showing.
    pub fn showing(&self, id: ShowingId) -> anyhow::Result<Option<ShowingRecord>> {
        let sql = format!("SELECT {SHOWING_FIELDS} {SHOWING_JOINS} WHERE s.id = ?1");
        self.sql.maybe(&sql, params![id], showing_row).context("could not read the showing")
    }

    /// Showings starting in `[from, to)` (all of them when both are `None`), with seat counts as
    /// of `now`.
    pub fn showing_summaries(
        &self,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<ShowingListing>> {
        let sql = format!(
            "SELECT {SHOWING_FIELDS}, \
               (SELECT count(*) FROM inventory i WHERE i.showing_id = s.id AND (i.status = 'available' OR (i.status = 'reserved' AND i.hold_expires_at <= ?3))), \
               (SELECT count(*) FROM inventory i WHERE i.showing_id = s.id AND i.status = 'reserved' AND i.hold_expires_at > ?3), \
               (SELECT count(*) FROM inventory i WHERE i.showing_id = s.id AND i.status = 'occupied'), \
               (SELECT count(*) FROM inventory i WHERE i.showing_id = s.id AND i.status = 'blocked'), \
               (SELECT count(*) FROM booking_seat b WHERE b.showing_id = s.id AND b.state IN ('held', 'sold') AND b.state = 'sold') \
             {SHOWING_JOINS} WHERE s.starts_at >= ?1 AND s.starts_at < ?2 ORDER BY s.starts_at, a.name"
        );
        let from = from.map_or(i64::MIN, to_ts);
        let to = to.map_or(i64::MAX, to_ts);
        self.sql
            .rows(&sql, params![from, to, to_ts(now)], |row| {
                Ok(ShowingListing {
                    showing: showing_row(row)?,
                    available: row.get(11)?,
                    reserved: row.get(12)?,
                    occupied: row.get(13)?,
                    blocked: row.get(14)?,
                    tickets: row.get(15)?,
                })
            })
            .context("could not list the showings")
    }

    /// Open showings whose film ended at or before `ended_by`: the ones to restock.
    pub fn showings_ended_by(&self, ended_by: DateTime<Utc>, limit: usize) -> anyhow::Result<Vec<ShowingId>> {
        self.sql
            .rows(SHOWINGS_ENDED_BY_SQL, params![to_ts(ended_by), limit], |row| row.get(0))
            .context("could not look for finished showings")
    }

    /// Marks an open showing cancelled.
    pub fn mark_cancelled(&self, showing: ShowingId) -> anyhow::Result<()> {
        self.sql
            .execute("UPDATE showing SET status = 'cancelled' WHERE id = ?1 AND status = 'open'", params![showing])
            .context("could not cancel the showing")?;
        Ok(())
    }

    /// Marks a showing finished (restocked) at `now`.
    pub fn mark_finished(&self, showing: ShowingId, now: DateTime<Utc>) -> anyhow::Result<()> {
        self.sql
            .execute(
                "UPDATE showing SET status = 'finished', restocked_at = ?2 WHERE id = ?1 AND status = 'open'",
                params![showing, to_ts(now)],
            )
            .context("could not mark the showing finished")?;
        Ok(())
    }
}
