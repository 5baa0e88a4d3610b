//! Bookings, the seats they claim (holds and tickets) and refunds.

use super::sql::{Params, Row, ToValue, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::records::{BookingRecord, ClaimRecord, RefundRecord};
use crate::domain::{BookingId, BookingStatus, ClaimState, PaymentMethod, RefundId, SeatId, ShowingId, TicketType};

/// What a new hold records about its booking.
#[derive(Debug, Clone)]
pub struct NewBooking<'a> {
    pub code: &'a str,
    pub showing: ShowingId,
    pub now: DateTime<Utc>,
    pub hold_expires_at: DateTime<Utc>,
    pub staff: Option<&'a str>,
    pub counter: Option<&'a str>,
}

/// The tick's look-up of holds that ran out; `store::query_plans` checks it uses
/// `booking_held_by_expiry`.
pub(crate) const EXPIRED_HOLDS_SQL: &str =
    "SELECT id FROM booking WHERE status = 'held' AND hold_expires_at <= ?1 ORDER BY hold_expires_at LIMIT ?2";

const BOOKING_COLUMNS: &str =
    "id, code, showing_id, status, created_at, hold_expires_at, paid_at, payment, total, staff, counter FROM booking";

fn booking_row(row: &Row) -> anyhow::Result<BookingRecord> {
    Ok(BookingRecord {
        id: row.get(0)?,
        code: row.get(1)?,
        showing_id: row.get(2)?,
        status: row.word(3)?,
        created_at: row.time(4)?,
        hold_expires_at: row.time(5)?,
        paid_at: row.optional_time(6)?,
        payment: row.optional_word(7)?,
        total: row.get(8)?,
        staff: row.get(9)?,
        counter: row.get(10)?,
    })
}

impl Tx<'_> {
    /// Adds a held booking. `None` when the code is already taken (the caller draws another).
    /// The unique constraint on the code decides, through `ON CONFLICT … DO NOTHING` rather than
    /// a failed statement: on PostgreSQL a failed statement aborts the whole transaction, and
    /// the caller must go on in it with the next code.
    pub fn insert_booking(&self, new: &NewBooking<'_>) -> anyhow::Result<Option<BookingId>> {
        self.sql
            .maybe(
                "INSERT INTO booking (code, showing_id, status, created_at, hold_expires_at, staff, counter) \
                 VALUES (?1, ?2, 'held', ?3, ?4, ?5, ?6) ON CONFLICT (code) DO NOTHING RETURNING id",
                params![new.code, new.showing, to_ts(new.now), to_ts(new.hold_expires_at), new.staff, new.counter],
                |row| row.get(0),
            )
            .context("could not add the booking")
    }

    /// How many bookings exist at all.
    pub fn booking_count(&self) -> anyhow::Result<i64> {
        self.sql.one("SELECT count(*) FROM booking", Params::NONE, |row| row.get(0)).context("could not count bookings")
    }

    /// A booking by its code.
    pub fn booking_by_code(&self, code: &str) -> anyhow::Result<Option<BookingRecord>> {
        let sql = format!("SELECT {BOOKING_COLUMNS} WHERE code = ?1");
        self.sql.maybe(&sql, params![code], booking_row).context("could not look up the booking")
    }

    /// A booking by id.
    pub fn booking(&self, id: BookingId) -> anyhow::Result<BookingRecord> {
        let sql = format!("SELECT {BOOKING_COLUMNS} WHERE id = ?1");
        self.sql.one(&sql, params![id], booking_row).context("could not read the booking")
    }

    /// The seats a booking claims, front row first.
    pub fn claims(&self, booking: BookingId) -> anyhow::Result<Vec<ClaimRecord>> {
        self.sql.rows("SELECT bs.seat_id, st.label, st.kind, bs.state, bs.ticket_type, bs.price, bs.refund_id \
                 FROM booking_seat bs JOIN seat st ON st.id = bs.seat_id WHERE bs.booking_id = ?1 ORDER BY st.grid_row, st.grid_col", params![booking], |row| {
                Ok(ClaimRecord {
                    seat_id: row.get(0)?,
                    label: row.word(1)?,
                    kind: row.word(2)?,
                    state: row.word(3)?,
                    ticket_type: row.optional_word(4)?,
                    price: row.get(5)?,
                    refund_id: row.get(6)?,
                })
            })
            .context("could not read the booking's seats")
    }

    /// Records the seats a new hold claims.
    pub fn insert_claims(&self, booking: BookingId, showing: ShowingId, seats: &[SeatId]) -> anyhow::Result<()> {
        if seats.is_empty() {
            return Ok(());
        }
        // One statement for all the seats: on a server each statement is a round trip.
        let tuples: Vec<String> = (0..seats.len()).map(|n| format!("(?1, ?{}, ?2, 'held')", n + 3)).collect();
        let sql =
            format!("INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES {}", tuples.join(", "));
        let mut values = vec![booking.to_value(), showing.to_value()];
        values.extend(seats.iter().map(ToValue::to_value));
        self.sql.execute(&sql, Params::Positional(&values)).context("could not record the held seats")?;
        Ok(())
    }

    /// Moves every claim of a booking in state `from` to `to`. Returns how many moved.
    pub fn move_claims(&self, booking: BookingId, from: ClaimState, to: ClaimState) -> anyhow::Result<usize> {
        self.sql
            .execute(
                "UPDATE booking_seat SET state = ?3 WHERE booking_id = ?1 AND state = ?2",
                params![booking, from.as_str(), to.as_str()],
            )
            .context("could not update the booking's seats")
    }

    /// Turns one claim into a ticket of the given type and price.
    pub fn sell_claim(
        &self,
        booking: BookingId,
        seat: SeatId,
        ticket_type: &TicketType,
        price: i64,
    ) -> anyhow::Result<()> {
        let changed = self
            .sql
            .execute(
                "UPDATE booking_seat SET state = 'sold', ticket_type = ?3, price = ?4 \
                 WHERE booking_id = ?1 AND seat_id = ?2 AND state IN ('held', 'released')",
                params![booking, seat, ticket_type.as_str(), price],
            )
            .context("could not record the ticket")?;
        anyhow::ensure!(changed == 1, "the seat claim to sell was not found");
        Ok(())
    }

    /// Records the payment of a booking.
    pub fn mark_paid(
        &self,
        booking: BookingId,
        now: DateTime<Utc>,
        payment: PaymentMethod,
        total: i64,
    ) -> anyhow::Result<()> {
        self.sql
            .execute(
                "UPDATE booking SET status = 'paid', paid_at = ?2, payment = ?3, total = ?4 WHERE id = ?1",
                params![booking, to_ts(now), payment.as_str(), total],
            )
            .context("could not record the payment")?;
        Ok(())
    }

    /// Sets a booking's state.
    pub fn set_booking_status(&self, booking: BookingId, status: BookingStatus) -> anyhow::Result<()> {
        self.sql
            .execute("UPDATE booking SET status = ?2 WHERE id = ?1", params![booking, status.as_str()])
            .context("could not update the booking")?;
        Ok(())
    }

    /// Moves a held booking's expiry.
    pub fn set_hold_expiry(&self, booking: BookingId, expires_at: DateTime<Utc>) -> anyhow::Result<()> {
        self.sql
            .execute("UPDATE booking SET hold_expires_at = ?2 WHERE id = ?1", params![booking, to_ts(expires_at)])
            .context("could not extend the hold")?;
        Ok(())
    }

    /// Records a refund; its seats are attached with [`Tx::refund_claim`].
    pub fn insert_refund(
        &self,
        booking: BookingId,
        amount: i64,
        reason: &str,
        now: DateTime<Utc>,
        staff: Option<&str>,
        counter: Option<&str>,
    ) -> anyhow::Result<RefundId> {
        self.sql.value("INSERT INTO refund (booking_id, amount, reason, created_at, staff, counter) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", params![booking, amount, reason, to_ts(now), staff, counter])
            .context("could not record the refund")
    }

    /// Marks one sold seat of a booking refunded. Returns whether it was sold.
    pub fn refund_claim(&self, booking: BookingId, seat: SeatId, refund: RefundId) -> anyhow::Result<bool> {
        let changed = self.sql.execute("UPDATE booking_seat SET state = 'refunded', refund_id = ?3 WHERE booking_id = ?1 AND seat_id = ?2 AND state = 'sold'", params![booking, seat, refund])
            .context("could not mark the seat refunded")?;
        Ok(changed == 1)
    }

    /// The refunds of a booking, oldest first, with their seats.
    pub fn refunds(&self, booking: BookingId) -> anyhow::Result<Vec<RefundRecord>> {
        let mut refunds = self.sql.rows("SELECT id, amount, reason, created_at, staff, counter, approver FROM refund WHERE booking_id = ?1 ORDER BY id", params![booking], |row| {
                Ok(RefundRecord {
                    id: row.get(0)?,
                    amount: row.get(1)?,
                    reason: row.get(2)?,
                    created_at: row.time(3)?,
                    staff: row.get(4)?,
                    counter: row.get(5)?,
                    approver: row.get(6)?,
                    seats: Vec::new(),
                })
            })
            .context("could not read the refunds")?;
        // The booking's claims are read once, not once per refund.
        let claims = self.claims(booking)?;
        for refund in &mut refunds {
            refund.seats = claims
                .iter()
                .filter(|claim| claim.refund_id == Some(refund.id))
                .map(|claim| claim.label.clone())
                .collect();
        }
        Ok(refunds)
    }

    /// Held bookings whose hold ended at or before `now`, oldest first, at most `limit`.
    pub fn expired_holds(&self, now: DateTime<Utc>, limit: usize) -> anyhow::Result<Vec<BookingId>> {
        self.sql
            .rows(EXPIRED_HOLDS_SQL, params![to_ts(now), limit], |row| row.get(0))
            .context("could not look for expired holds")
    }

    /// This counter's holds still running at `now`, the soonest to run out first (the few held
    /// rows are what `booking_held_by_expiry` indexes).
    pub fn open_holds_at(&self, counter: &str, now: DateTime<Utc>) -> anyhow::Result<Vec<BookingRecord>> {
        let sql = format!(
            "SELECT {BOOKING_COLUMNS} WHERE status = 'held' AND hold_expires_at > ?1 AND counter = ?2 ORDER BY hold_expires_at"
        );
        self.sql
            .rows(&sql, params![to_ts(now), counter], booking_row)
            .context("could not list this counter's open holds")
    }

    /// Bookings of a showing still in the given state.
    pub fn bookings_of_showing(&self, showing: ShowingId, status: BookingStatus) -> anyhow::Result<Vec<BookingId>> {
        self.sql
            .rows(
                "SELECT id FROM booking WHERE showing_id = ?1 AND status = ?2",
                params![showing, status.as_str()],
                |row| row.get(0),
            )
            .context("could not list the showing's bookings")
    }
}
