//! Cash shifts: a drawer opened with a float and closed with the counted cash. Sales and refunds
//! belong to the shift open at their counter when they happened.

use super::sql::{Row, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::records::{ShiftRecord, ShiftTakings};

const SHIFT_COLUMNS: &str = "id, counter, staff, opened_at, float, closed_at, closed_by, expected, counted FROM shift";

fn shift_row(row: &Row) -> anyhow::Result<ShiftRecord> {
    Ok(ShiftRecord {
        id: row.get(0)?,
        counter: row.get(1)?,
        staff: row.get(2)?,
        opened_at: row.time(3)?,
        float: row.get(4)?,
        closed_at: row.optional_time(5)?,
        closed_by: row.get(6)?,
        expected: row.get(7)?,
        counted: row.get(8)?,
    })
}

impl Tx<'_> {
    /// The open shift of a counter, if any.
    pub fn open_shift(&self, counter: &str) -> anyhow::Result<Option<ShiftRecord>> {
        self.sql
            .maybe(
                &format!("SELECT {SHIFT_COLUMNS} WHERE counter = ?1 AND closed_at IS NULL"),
                params![counter],
                shift_row,
            )
            .context("could not look up the open shift")
    }

    /// A shift by id.
    pub fn shift(&self, id: i64) -> anyhow::Result<Option<ShiftRecord>> {
        self.sql
            .maybe(&format!("SELECT {SHIFT_COLUMNS} WHERE id = ?1"), params![id], shift_row)
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
        self.sql
            .value(
                "INSERT INTO shift (counter, staff, opened_at, float) VALUES (?1, ?2, ?3, ?4) RETURNING id",
                params![counter, staff, to_ts(now), float],
            )
            .context("could not open the shift")
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
        self.sql.execute("UPDATE shift SET closed_at = ?2, closed_by = ?3, expected = ?4, counted = ?5 WHERE id = ?1 AND closed_at IS NULL", params![id, to_ts(now), closed_by, expected, counted])
            .context("could not close the shift")?;
        Ok(())
    }

    /// Sales and refunds of a shift, by payment method.
    pub fn shift_takings(&self, id: i64) -> anyhow::Result<ShiftTakings> {
        let sales = self.sql.rows("SELECT payment, count(*), CAST(sum(total) AS BIGINT) FROM booking WHERE shift_id = ?1 AND paid_at IS NOT NULL GROUP BY payment ORDER BY payment", params![id], |row| Ok((row.word(0)?, row.get(1)?, row.get(2)?)))
            .context("could not add up the shift's sales")?;
        let refunds = self
            .sql
            .rows(
                "SELECT b.payment, count(*), CAST(sum(r.amount) AS BIGINT) FROM refund r JOIN booking b ON b.id = r.booking_id \
                 WHERE r.shift_id = ?1 GROUP BY b.payment ORDER BY b.payment",
                params![id],
                |row| Ok((row.word(0)?, row.get(1)?, row.get(2)?)),
            )
            .context("could not add up the shift's refunds")?;
        Ok(ShiftTakings { sales, refunds })
    }

    /// Attaches a paid booking to a shift.
    pub fn set_booking_shift(&self, booking: crate::domain::BookingId, shift: i64) -> anyhow::Result<()> {
        self.sql.execute("UPDATE booking SET shift_id = ?2 WHERE id = ?1", params![booking, shift])?;
        Ok(())
    }

    /// Attaches a refund to a shift and records who approved it.
    pub fn set_refund_context(
        &self,
        refund: crate::domain::RefundId,
        shift: Option<i64>,
        approver: Option<&str>,
    ) -> anyhow::Result<()> {
        self.sql.execute(
            "UPDATE refund SET shift_id = ?2, approver = ?3 WHERE id = ?1",
            params![refund, shift, approver],
        )?;
        Ok(())
    }
}
