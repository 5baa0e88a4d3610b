//! Writes bookings, tickets, refunds and events straight through SQL, the way the engine would
//! have left them, for building benchmark data in bulk. Going through the engine costs one fsync
//! per sale: a year of a multiplex that way would take hours. The result must still pass
//! `Engine::verify`, which the generator checks.

use anyhow::Context as _;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Transaction, params};
use serde_json::{Value, json};

use boxoffice::domain::booking_code;

/// One seat of an auditorium.
#[derive(Debug, Clone)]
pub struct Seat {
    pub id: i64,
    pub label: String,
    pub kind: boxoffice::domain::SeatKind,
}

/// Who made a booking: the counters and staff of the history.
#[derive(Debug, Clone, Copy)]
pub struct Who {
    pub counter: &'static str,
    pub staff: Option<&'static str>,
}

/// A booking row to insert.
pub struct NewBooking<'a> {
    pub showing: i64,
    pub status: &'a str,
    pub created_at: i64,
    pub hold_expires_at: i64,
    /// paid_at, payment, total for a paid or refunded booking.
    pub paid: Option<(i64, &'a str, i64)>,
    pub who: Who,
}

/// One claim of a booking: the seat, its state, and its ticket once sold.
pub struct Claim<'a> {
    pub seat: &'a Seat,
    pub state: &'a str,
    pub ticket: Option<(&'a str, i64)>,
    pub refund: Option<i64>,
}

/// Bulk writer over one open transaction. Booking codes are drawn from a counter through a
/// bijection of the code space, so every code is distinct and none looks sequential.
pub struct Writer<'t> {
    tx: &'t Transaction<'t>,
    next_code: u64,
    /// The id and hash of the last event, to chain the next one to (as the store does).
    last_event: Option<(i64, String)>,
}

/// Unix seconds as the engine writes them into event data.
pub fn rfc3339(seconds: i64) -> String {
    DateTime::<Utc>::from_timestamp(seconds, 0).expect("a time in range").to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl<'t> Writer<'t> {
    /// A writer whose booking codes start at the `first_code`-th code.
    pub fn new(tx: &'t Transaction<'t>, first_code: u64) -> Self {
        Self { tx, next_code: first_code, last_event: None }
    }

    /// A fresh booking code.
    pub fn code(&mut self) -> String {
        const SPACE: u64 = 887_503_681; // 31^6
        let alphabet = booking_code::ALPHABET;
        // 1_000_003 is prime and not 31, so n -> n * 1_000_003 mod 31^6 is one-to-one.
        let mut x = (self.next_code * 1_000_003 + 7) % SPACE;
        self.next_code += 1;
        let mut code = String::with_capacity(6);
        for _ in 0..6 {
            code.push(char::from(alphabet[(x % 31) as usize]));
            x /= 31;
        }
        code
    }

    /// Inserts a booking, returning its id.
    pub fn booking(&mut self, code: &str, new: &NewBooking<'_>) -> anyhow::Result<i64> {
        let (paid_at, payment, total) = match new.paid {
            Some((at, payment, total)) => (Some(at), Some(payment), Some(total)),
            None => (None, None, None),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO booking (code, showing_id, status, created_at, hold_expires_at, paid_at, payment, total, staff, counter) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                code,
                new.showing,
                new.status,
                new.created_at,
                new.hold_expires_at,
                paid_at,
                payment,
                total,
                new.who.staff,
                new.who.counter
            ])
            .context("insert booking")?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Inserts the claims of a booking.
    pub fn claims(&mut self, booking: i64, showing: i64, claims: &[Claim<'_>]) -> anyhow::Result<()> {
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO booking_seat (booking_id, seat_id, showing_id, state, ticket_type, price, refund_id) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for claim in claims {
            let (ticket_type, price) = claim.ticket.map_or((None, None), |(t, p)| (Some(t), Some(p)));
            insert
                .execute(params![booking, claim.seat.id, showing, claim.state, ticket_type, price, claim.refund])
                .context("insert claim")?;
        }
        Ok(())
    }

    /// Inserts a refund row, returning its id.
    pub fn refund(&mut self, booking: i64, amount: i64, reason: &str, at: i64, who: Who) -> anyhow::Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO refund (booking_id, amount, reason, created_at, staff, counter) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![booking, amount, reason, at, who.staff, who.counter])
            .context("insert refund")?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Appends an event.
    pub fn event(
        &mut self,
        at: i64,
        kind: &str,
        showing: i64,
        booking: Option<i64>,
        who: Who,
        data: &Value,
    ) -> anyhow::Result<()> {
        let (last_id, prev_hash) = match self.last_event.take() {
            Some(last) => last,
            None => self
                .tx
                .query_row(
                    "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'event'), \
                     (SELECT hash FROM event ORDER BY id DESC LIMIT 1)",
                    [],
                    |row| {
                        Ok((
                            row.get::<_, Option<i64>>(0)?.unwrap_or(0),
                            row.get::<_, Option<String>>(1)?.unwrap_or_default(),
                        ))
                    },
                )
                .context("read the end of the event log")?,
        };
        // Chained exactly as the store chains them, so `verify` accepts the bulk history.
        let event = boxoffice::store::StoredEvent {
            id: last_id + 1,
            at,
            kind: kind.to_owned(),
            showing: Some(showing),
            booking,
            staff: who.staff.map(str::to_owned),
            counter: Some(who.counter.to_owned()),
            approver: None,
            data: data.to_string(),
        };
        let hash = event.hash(&prev_hash);
        self.tx
            .prepare_cached(
                "INSERT INTO event (id, at, kind, showing_id, booking_id, staff, counter, data, prev_hash, hash) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![event.id, at, kind, showing, booking, who.staff, who.counter, event.data, prev_hash, hash])
            .context("insert event")?;
        self.last_event = Some((event.id, hash));
        Ok(())
    }

    /// The `held` event of a new booking.
    pub fn held_event(
        &mut self,
        booking: i64,
        code: &str,
        new: &NewBooking<'_>,
        seats: &[&Seat],
    ) -> anyhow::Result<()> {
        let data = json!({ "booking": code, "seats": labels(seats), "expires_at": rfc3339(new.hold_expires_at) });
        self.event(new.created_at, "held", new.showing, Some(booking), new.who, &data)
    }

    /// Sets one inventory row (a seat of an open showing held or sold now).
    pub fn inventory(
        &mut self,
        showing: i64,
        seat: i64,
        status: &str,
        booking: i64,
        hold_expires_at: Option<i64>,
    ) -> anyhow::Result<()> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE inventory SET status = ?3, booking_id = ?4, hold_expires_at = ?5 \
                 WHERE showing_id = ?1 AND seat_id = ?2 AND status = 'available'",
            )?
            .execute(params![showing, seat, status, booking, hold_expires_at])
            .context("update inventory")?;
        anyhow::ensure!(changed == 1, "seat {seat} of showing {showing} was not available");
        Ok(())
    }

    /// Marks a past showing finished and restocked, with its event.
    pub fn restocked(&mut self, showing: i64, at: i64, released: usize, who: Who) -> anyhow::Result<()> {
        self.tx
            .prepare_cached("UPDATE showing SET status = 'finished', restocked_at = ?2 WHERE id = ?1")?
            .execute(params![showing, at])
            .context("finish showing")?;
        self.event(at, "restocked", showing, None, who, &json!({ "showing": showing, "released_seats": released }))
    }
}

/// Seat labels as event data lists them.
pub fn labels(seats: &[&Seat]) -> Vec<String> {
    seats.iter().map(|seat| seat.label.clone()).collect()
}
