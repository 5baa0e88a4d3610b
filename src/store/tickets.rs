//! Paper and the door: the ticket-signing secret, admissions, and the record of every printed
//! document.

use super::sql::{Params, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::{BookingId, SeatId, ShowingId};

/// A seat that was admitted: when, and at which door.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdmissionRow {
    pub at: DateTime<Utc>,
    pub door: Option<String>,
}

/// One document sent to a printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Ticket(SeatId),
    Receipt,
    RefundSlip,
}

impl Document {
    fn word(self) -> &'static str {
        match self {
            Self::Ticket(_) => "ticket",
            Self::Receipt => "receipt",
            Self::RefundSlip => "refund_slip",
        }
    }

    fn seat(self) -> Option<SeatId> {
        match self {
            Self::Ticket(seat) => Some(seat),
            Self::Receipt | Self::RefundSlip => None,
        }
    }
}

impl Tx<'_> {
    /// The secret that signs ticket payloads (made with the database by migration 004).
    pub fn ticket_secret(&self) -> anyhow::Result<Vec<u8>> {
        self.sql
            .one("SELECT secret FROM ticket_secret WHERE id = 1", Params::NONE, |row| row.get(0))
            .context("could not read the ticket secret")
    }

    /// The admission of one seat of a booking, if it was admitted.
    pub fn admission(&self, booking: BookingId, seat: SeatId) -> anyhow::Result<Option<AdmissionRow>> {
        self.sql
            .maybe(
                "SELECT at, door FROM admission WHERE booking_id = ?1 AND seat_id = ?2",
                params![booking, seat],
                |row| Ok(AdmissionRow { at: row.time(0)?, door: row.get(1)? }),
            )
            .context("could not read the admission")
    }

    /// Records an admission; `false` if that seat of that booking was admitted already.
    pub fn insert_admission(
        &self,
        booking: BookingId,
        seat: SeatId,
        showing: ShowingId,
        at: DateTime<Utc>,
        door: &str,
        staff: Option<&str>,
    ) -> anyhow::Result<bool> {
        let changed = self.sql.execute("INSERT INTO admission (booking_id, seat_id, showing_id, at, door, staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                 ON CONFLICT DO NOTHING", params![booking, seat, showing, to_ts(at), door, staff])
            .context("could not record the admission")?;
        Ok(changed == 1)
    }

    /// How many seats of a showing were admitted.
    pub fn admitted_count(&self, showing: ShowingId) -> anyhow::Result<i64> {
        self.sql
            .one("SELECT count(*) FROM admission WHERE showing_id = ?1", params![showing], |row| row.get(0))
            .context("could not count the admissions")
    }

    /// Records that a document of a booking is being printed; returns which copy it is (1 for
    /// the first).
    pub fn record_print(
        &self,
        booking: BookingId,
        document: Document,
        at: DateTime<Utc>,
        counter: &str,
        staff: Option<&str>,
    ) -> anyhow::Result<u32> {
        let copy: u32 = self
            .sql
            .one(
                "SELECT count(*) + 1 FROM print_record WHERE booking_id = ?1 AND document = ?2 AND seat_id IS ?3",
                params![booking, document.word(), document.seat()],
                |row| row.get(0),
            )
            .context("could not count earlier prints")?;
        self.sql
            .execute(
                "INSERT INTO print_record (booking_id, document, seat_id, copy, at, counter, staff) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![booking, document.word(), document.seat(), copy, to_ts(at), counter, staff],
            )
            .context("could not record the print")?;
        Ok(copy)
    }
}
