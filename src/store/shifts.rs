//! Cash shifts: a drawer opened with a float and closed with the counted cash. Sales and refunds
//! belong to the shift open at their counter when they happened.

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension as _, params};

use super::Tx;
use super::rows::{optional_time, time, to_ts, word};
use crate::domain::records::{ShiftRecord, ShiftTakings};

const SHIFT_COLUMNS: &str = "id, counter, staff, opened_at, float, closed_at, closed_by, expected, counted FROM shift";

fn shift_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ShiftRecord> {
    Ok(ShiftRecord {
        id: row.get(0)?,
        counter: row.get(1)?,
        staff: row.get(2)?,
        opened_at: time(row, 3)?,
        float: row.get(4)?,
        closed_at: optional_time(row, 5)?,
        closed_by: row.get(6)?,
        expected: row.get(7)?,
        counted: row.get(8)?,
    })
}

impl Tx<'_> {
    /// The open shift of a counter, if any.
    pub fn open_shift(&self, counter: &str) -> anyhow::Result<Option<ShiftRecord>> {
        self.tx
            .prepare_cached(&format!("SELECT {SHIFT_COLUMNS} WHERE counter = ?1 AND closed_at IS NULL"))?
            .query_row([counter], shift_row)
            .optional()
            .context("could not look up the open shift")
    }

    /// A shift by id.
    pub fn shift(&self, id: i64) -> anyhow::Result<Option<ShiftRecord>> {
        self.tx
            .prepare_cached(&format!("SELECT {SHIFT_COLUMNS} WHERE id = ?1"))?
            .query_row([id], shift_row)
            .optional()
            .context("could not read the shift")
    }

    /// Opens a shift at a counter; returns its id.
    pub fn insert_shift(
        &self,
        counter: &str,
        staff: Option<&str>,
        float: i64,
        now: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        self.tx
            .prepare_cached("INSERT INTO shift (counter, staff, opened_at, float) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![counter, staff, to_ts(now), float])
            .context("could not open the shift")?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Closes a shift with the expected and counted cash.
    pub fn close_shift(
        &self,
        id: i64,
        now: DateTime<Utc>,
        closed_by: Option<&str>,
        expected: i64,
        counted: i64,
    ) -> anyhow::Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE shift SET closed_at = ?2, closed_by = ?3, expected = ?4, counted = ?5 WHERE id = ?1 AND closed_at IS NULL",
            )?
            .execute(params![id, to_ts(now), closed_by, expected, counted])
            .context("could not close the shift")?;
        Ok(())
    }

    /// Sales and refunds of a shift, by payment method.
    pub fn shift_takings(&self, id: i64) -> anyhow::Result<ShiftTakings> {
        let sales = self
            .tx
            .prepare_cached(
                "SELECT payment, count(*), sum(total) FROM booking WHERE shift_id = ?1 AND paid_at IS NOT NULL GROUP BY payment ORDER BY payment",
            )?
            .query_map([id], |row| Ok((word(row, 0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .context("could not add up the shift's sales")?;
        let refunds = self
            .tx
            .prepare_cached(
                "SELECT b.payment, count(*), sum(r.amount) FROM refund r JOIN booking b ON b.id = r.booking_id \
                 WHERE r.shift_id = ?1 GROUP BY b.payment ORDER BY b.payment",
            )?
            .query_map([id], |row| Ok((word(row, 0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .context("could not add up the shift's refunds")?;
        Ok(ShiftTakings { sales, refunds })
    }

    /// Attaches a paid booking to a shift.
    pub fn set_booking_shift(&self, booking: crate::domain::BookingId, shift: i64) -> anyhow::Result<()> {
        self.tx.prepare_cached("UPDATE booking SET shift_id = ?2 WHERE id = ?1")?.execute(params![booking, shift])?;
        Ok(())
    }

    /// Attaches a refund to a shift and records who approved it.
    pub fn set_refund_context(
        &self,
        refund: crate::domain::RefundId,
        shift: Option<i64>,
        approver: Option<&str>,
    ) -> anyhow::Result<()> {
        self.tx
            .prepare_cached("UPDATE refund SET shift_id = ?2, approver = ?3 WHERE id = ?1")?
            .execute(params![refund, shift, approver])?;
        Ok(())
    }
}
