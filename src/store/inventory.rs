//! The seat inventory of each showing: the rows the counters race on. Every change here is a
//! conditional UPDATE whose changed-row count tells the engine whether it won.

use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use super::sql::{Params, Row, ToValue, Value, named, params};
use crate::domain::{BookingId, SeatId, SeatKind, SeatLabel, SeatStatus, ShowingId};

/// One seat of a showing as it stands in the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventorySeat {
    pub seat_id: SeatId,
    pub label: SeatLabel,
    pub kind: SeatKind,
    pub status: SeatStatus,
    pub booking_id: Option<BookingId>,
    pub hold_expires_at: Option<DateTime<Utc>>,
}

/// One seat of a showing for drawing the map: where it is and who has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatMapRow {
    pub seat: InventorySeat,
    pub grid_row: usize,
    pub grid_col: usize,
    pub booking_code: Option<String>,
    pub booking_counter: Option<String>,
}

/// Seats a hold may take: free, or reserved by a hold that has expired (lazy expiry).
const TAKEABLE: &str = "(status = 'available' OR (status = 'reserved' AND hold_expires_at <= :now))";

fn inventory_seat(row: &Row) -> anyhow::Result<InventorySeat> {
    Ok(InventorySeat {
        seat_id: row.get(0)?,
        label: row.word(1)?,
        kind: row.word(2)?,
        status: row.word(3)?,
        booking_id: row.get(4)?,
        hold_expires_at: row.optional_time(5)?,
    })
}

impl Tx<'_> {
    /// The inventory rows of the given seats of a showing, `None` for a label the auditorium
    /// does not have.
    pub fn inventory_seats(
        &self,
        showing: ShowingId,
        labels: &[SeatLabel],
    ) -> anyhow::Result<Vec<Option<InventorySeat>>> {
        if labels.is_empty() {
            return Ok(Vec::new());
        }
        // One statement for all of them: on a server each statement is a round trip.
        let wanted: Vec<String> = labels.iter().map(ToString::to_string).collect();
        let placeholders: Vec<String> = (2..wanted.len() + 2).map(|n| format!("?{n}")).collect();
        let sql = format!(
            "SELECT st.id, st.label, st.kind, i.status, i.booking_id, i.hold_expires_at \
             FROM showing sh JOIN seat st ON st.auditorium_id = sh.auditorium_id AND st.label IN ({}) \
             JOIN inventory i ON i.showing_id = sh.id AND i.seat_id = st.id WHERE sh.id = ?1",
            placeholders.join(", ")
        );
        let mut values = vec![showing.to_value()];
        values.extend(wanted.iter().map(ToValue::to_value));
        let found =
            self.sql.rows(&sql, Params::Positional(&values), inventory_seat).context("could not read the seats")?;
        Ok(labels.iter().map(|label| found.iter().find(|seat| seat.label == *label).cloned()).collect())
    }

    /// The inventory rows a booking holds or occupies now.
    pub fn inventory_of_booking(&self, booking: BookingId) -> anyhow::Result<Vec<InventorySeat>> {
        self.sql
            .rows(
                "SELECT st.id, st.label, st.kind, i.status, i.booking_id, i.hold_expires_at \
                 FROM inventory i JOIN seat st ON st.id = i.seat_id WHERE i.booking_id = ?1",
                params![booking],
                inventory_seat,
            )
            .context("could not read the booking's seats")
    }

    /// Reserves seats for a booking where nobody else has them (an expired hold counts as
    /// nobody), in one conditional UPDATE. Returns the seats this call won.
    pub fn reserve_seats(
        &self,
        showing: ShowingId,
        seats: &[SeatId],
        booking: BookingId,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Vec<SeatId>> {
        if seats.is_empty() {
            return Ok(Vec::new());
        }
        let names: Vec<String> = (0..seats.len()).map(|n| format!(":seat{n}")).collect();
        let sql = format!(
            "UPDATE inventory SET status = 'reserved', booking_id = :booking, hold_expires_at = :expires \
             WHERE showing_id = :showing AND seat_id IN ({}) AND {TAKEABLE} RETURNING seat_id",
            names.join(", ")
        );
        let mut values: Vec<(&str, Value)> = vec![
            (":booking", booking.to_value()),
            (":expires", to_ts(expires_at).to_value()),
            (":showing", showing.to_value()),
            (":now", to_ts(now).to_value()),
        ];
        values.extend(names.iter().map(String::as_str).zip(seats.iter().map(ToValue::to_value)));
        self.sql.rows(&sql, Params::Named(&values), |row| row.get(0)).context("could not reserve the seats")
    }

    /// Occupies a seat for a booking being paid: its own reservation (expired or not), or a seat
    /// nobody else holds. Returns whether this call got the seat.
    pub fn occupy_seat(
        &self,
        showing: ShowingId,
        seat: SeatId,
        booking: BookingId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<bool> {
        let sql = format!(
            "UPDATE inventory SET status = 'occupied', booking_id = :booking, hold_expires_at = NULL \
             WHERE showing_id = :showing AND seat_id = :seat \
             AND ((status = 'reserved' AND booking_id = :booking) OR {TAKEABLE})"
        );
        let changed = self
            .sql
            .execute(&sql, named! {":booking": booking, ":showing": showing, ":seat": seat, ":now": to_ts(now)})
            .context("could not occupy the seat")?;
        Ok(changed == 1)
    }

    /// Makes every seat a booking still reserves available again. Returns how many.
    pub fn release_reserved(&self, booking: BookingId) -> anyhow::Result<usize> {
        self.sql
            .execute(
                "UPDATE inventory SET status = 'available', booking_id = NULL, hold_expires_at = NULL \
                 WHERE booking_id = ?1 AND status = 'reserved'",
                params![booking],
            )
            .context("could not release the held seats")
    }

    /// Makes one occupied seat of a booking available again (a refund). Returns whether it was.
    pub fn release_occupied(&self, showing: ShowingId, seat: SeatId, booking: BookingId) -> anyhow::Result<bool> {
        let changed = self
            .sql
            .execute(
                "UPDATE inventory SET status = 'available', booking_id = NULL \
                 WHERE showing_id = ?1 AND seat_id = ?2 AND booking_id = ?3 AND status = 'occupied'",
                params![showing, seat, booking],
            )
            .context("could not release the refunded seat")?;
        Ok(changed == 1)
    }

    /// Moves the expiry of every seat a booking reserves.
    pub fn extend_reserved(&self, booking: BookingId, expires_at: DateTime<Utc>) -> anyhow::Result<usize> {
        self.sql
            .execute(
                "UPDATE inventory SET hold_expires_at = ?2 WHERE booking_id = ?1 AND status = 'reserved'",
                params![booking, to_ts(expires_at)],
            )
            .context("could not extend the hold")
    }

    /// Makes every reserved or occupied seat of a showing available (the restock). Blocked
    /// seats stay blocked. Returns how many seats changed.
    pub fn restock_inventory(&self, showing: ShowingId) -> anyhow::Result<usize> {
        self.sql
            .execute(
                "UPDATE inventory SET status = 'available', booking_id = NULL, hold_expires_at = NULL \
                 WHERE showing_id = ?1 AND status IN ('reserved', 'occupied')",
                params![showing],
            )
            .context("could not restock the showing")
    }

    /// Blocks a free seat for one showing (a house seat, a broken seat). Returns whether it was free.
    pub fn block_seat(&self, showing: ShowingId, seat: SeatId) -> anyhow::Result<bool> {
        let changed = self.sql.execute("UPDATE inventory SET status = 'blocked' WHERE showing_id = ?1 AND seat_id = ?2 AND status = 'available'", params![showing, seat])
            .context("could not block the seat")?;
        Ok(changed == 1)
    }

    /// Makes a blocked seat available again. Returns whether it was blocked.
    pub fn unblock_seat(&self, showing: ShowingId, seat: SeatId) -> anyhow::Result<bool> {
        let changed = self.sql.execute("UPDATE inventory SET status = 'available' WHERE showing_id = ?1 AND seat_id = ?2 AND status = 'blocked'", params![showing, seat])
            .context("could not unblock the seat")?;
        Ok(changed == 1)
    }

    /// Every seat of a showing with its place in the picture and its holder, front row first.
    pub fn seat_map(&self, showing: ShowingId) -> anyhow::Result<Vec<SeatMapRow>> {
        self.sql.rows("SELECT st.id, st.label, st.kind, i.status, i.booking_id, i.hold_expires_at, st.grid_row, st.grid_col, b.code, b.counter \
                 FROM inventory i JOIN seat st ON st.id = i.seat_id LEFT JOIN booking b ON b.id = i.booking_id \
                 WHERE i.showing_id = ?1 ORDER BY st.grid_row, st.grid_col", params![showing], |row| {
                Ok(SeatMapRow {
                    seat: inventory_seat(row)?,
                    grid_row: row.get(6)?,
                    grid_col: row.get(7)?,
                    booking_code: row.get(8)?,
                    booking_counter: row.get(9)?,
                })
            })
            .context("could not read the seat map")
    }
}
