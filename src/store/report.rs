//! The figures of a day, computed from bookings, tickets and refunds (never from the events, so
//! that the events can cross-check them).

use super::sql::params;
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::ShowingId;
use crate::domain::records::Subtotal;

/// One showing's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowingFigures {
    pub showing: ShowingId,
    pub film: String,
    pub auditorium: String,
    pub starts_at: DateTime<Utc>,
    pub status: crate::domain::ShowingStatus,
    /// Seats that can be sold (out-of-service places excluded).
    pub capacity: i64,
    /// Tickets sold, including those refunded later.
    pub sold: i64,
    pub refunded: i64,
    /// Seats let in at the door.
    pub admitted: i64,
    pub revenue: i64,
    pub refunded_amount: i64,
}

/// One refund, as the manager reviews it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundLine {
    pub at: DateTime<Utc>,
    pub booking: String,
    pub showing: ShowingId,
    pub film: String,
    pub seats: String,
    pub amount: i64,
    pub payment: String,
    pub reason: String,
    pub staff: Option<String>,
    pub approver: Option<String>,
    pub counter: Option<String>,
}

fn tallies(tx: &Tx<'_>, sql: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<Subtotal>> {
    tx.sql
        .rows(sql, params![to_ts(from), to_ts(to)], |row| {
            Ok(Subtotal {
                key: row.get::<Option<String>>(0)?.unwrap_or_default(),
                count: row.get(1)?,
                amount: row.get(2)?,
            })
        })
        .context("could not add up the day's figures")
}

impl Tx<'_> {
    /// Sales paid in `[from, to)`, by payment method.
    pub fn sales_by_payment(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<Subtotal>> {
        tallies(
            self,
            "SELECT payment, count(*), CAST(sum(total) AS BIGINT) FROM booking WHERE paid_at >= ?1 AND paid_at < ?2 GROUP BY payment ORDER BY payment",
            from,
            to,
        )
    }

    /// Refunds made in `[from, to)`, by the payment method of the booking they pay back.
    pub fn refunds_by_payment(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<Subtotal>> {
        tallies(
            self,
            "SELECT b.payment, count(*), CAST(sum(r.amount) AS BIGINT) FROM refund r JOIN booking b ON b.id = r.booking_id \
             WHERE r.created_at >= ?1 AND r.created_at < ?2 GROUP BY b.payment ORDER BY b.payment",
            from,
            to,
        )
    }

    /// Tickets paid in `[from, to)`, by ticket type.
    pub fn tickets_by_type(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<Subtotal>> {
        tallies(
            self,
            "SELECT bs.ticket_type, count(*), CAST(sum(bs.price) AS BIGINT) FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id \
             WHERE b.paid_at >= ?1 AND b.paid_at < ?2 AND bs.state IN ('sold', 'refunded') GROUP BY bs.ticket_type ORDER BY bs.ticket_type",
            from,
            to,
        )
    }

    /// Tickets paid in `[from, to)`, by film.
    pub fn tickets_by_film(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<Subtotal>> {
        tallies(
            self,
            "SELECT f.title, count(*), CAST(sum(bs.price) AS BIGINT) FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id \
             JOIN showing s ON s.id = b.showing_id JOIN film f ON f.id = s.film_id \
             WHERE b.paid_at >= ?1 AND b.paid_at < ?2 AND bs.state IN ('sold', 'refunded') GROUP BY f.title ORDER BY f.title",
            from,
            to,
        )
    }

    /// Figures of the showings starting in `[from, to)`.
    pub fn showing_figures(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<ShowingFigures>> {
        self.sql.rows("SELECT s.id, f.title, a.name, s.starts_at, s.status, \
                   (SELECT count(*) FROM seat st WHERE st.auditorium_id = s.auditorium_id AND st.kind != 'out_of_service'), \
                   (SELECT count(*) FROM booking_seat bs WHERE bs.showing_id = s.id AND bs.state IN ('sold', 'refunded')), \
                   (SELECT count(*) FROM booking_seat bs WHERE bs.showing_id = s.id AND bs.state = 'refunded'), \
                   (SELECT CAST(COALESCE(sum(bs.price), 0) AS BIGINT) FROM booking_seat bs WHERE bs.showing_id = s.id AND bs.state IN ('sold', 'refunded')), \
                   (SELECT CAST(COALESCE(sum(r.amount), 0) AS BIGINT) FROM refund r JOIN booking b ON b.id = r.booking_id WHERE b.showing_id = s.id), \
                   (SELECT count(*) FROM admission ad WHERE ad.showing_id = s.id) \
                 FROM showing s JOIN film f ON f.id = s.film_id JOIN auditorium a ON a.id = s.auditorium_id \
                 WHERE s.starts_at >= ?1 AND s.starts_at < ?2 ORDER BY s.starts_at, a.name", params![to_ts(from), to_ts(to)], |row| {
                Ok(ShowingFigures {
                    showing: row.get(0)?,
                    film: row.get(1)?,
                    auditorium: row.get(2)?,
                    starts_at: row.time(3)?,
                    status: row.word(4)?,
                    capacity: row.get(5)?,
                    sold: row.get(6)?,
                    refunded: row.get(7)?,
                    revenue: row.get(8)?,
                    refunded_amount: row.get(9)?,
                    admitted: row.get(10)?,
                })
            })
            .context("could not read the showings' figures")
    }

    /// Every refund made in `[from, to)`, oldest first.
    pub fn refund_lines(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> anyhow::Result<Vec<RefundLine>> {
        let sql = format!(
            "SELECT r.created_at, b.code, b.showing_id, f.title, \
               (SELECT {} FROM booking_seat bs JOIN seat st ON st.id = bs.seat_id WHERE bs.refund_id = r.id), \
               r.amount, b.payment, r.reason, r.staff, r.approver, r.counter \
             FROM refund r JOIN booking b ON b.id = r.booking_id JOIN showing s ON s.id = b.showing_id JOIN film f ON f.id = s.film_id \
             WHERE r.created_at >= ?1 AND r.created_at < ?2 ORDER BY r.created_at, r.id",
            self.sql.dialect().joined("st.label", " ")
        );
        self.sql
            .rows(&sql, params![to_ts(from), to_ts(to)], |row| {
                Ok(RefundLine {
                    at: row.time(0)?,
                    booking: row.get(1)?,
                    showing: row.get(2)?,
                    film: row.get(3)?,
                    seats: row.get::<Option<String>>(4)?.unwrap_or_default(),
                    amount: row.get(5)?,
                    payment: row.get(6)?,
                    reason: row.get(7)?,
                    staff: row.get(8)?,
                    approver: row.get(9)?,
                    counter: row.get(10)?,
                })
            })
            .context("could not list the refunds")
    }
}
