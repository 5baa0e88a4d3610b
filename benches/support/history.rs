//! A year of box-office history over the catalogue that `import` created: every showing that
//! ended before "now" sold a realistic share of its seats (matinees less, evenings and weekends
//! more), had a few cancelled and expired holds and the odd refund, and was restocked by the
//! tick. Showings of the next week already have advance sales and a few live holds; from the
//! bench week on they are empty, as in the empty database, since the benchmarks act on them.

use std::collections::HashMap;

use anyhow::Context as _;
use chrono::{DateTime, Datelike as _, Utc, Weekday};
use chrono_tz::Asia::Jakarta;
use fastrand::Rng;
use rusqlite::{Connection, Transaction};
use serde_json::json;

use boxoffice::domain::{PriceList, SeatKind, TicketType};

use super::writer::{Claim, NewBooking, Seat, Who, Writer, labels};

const COUNTERS: [&str; 3] = ["counter-1", "counter-2", "counter-3"];
const STAFF: [Option<&str>; 4] = [Some("Ayu"), Some("Budi"), Some("Citra"), None];
const REASONS: [&str; 4] = ["customer unwell", "wrong showing booked", "projector fault", "double charge"];
const CLEANUP: i64 = 15 * 60;
const HOLD: i64 = 10 * 60;
const DAY: i64 = 86_400;

/// What the history holds, for the report.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub finished_showings: usize,
    pub bookings: usize,
    pub tickets: usize,
    pub refunds: usize,
    pub events: usize,
}

struct Showing {
    id: i64,
    auditorium: i64,
    price_list: i64,
    starts_at: i64,
    ends_at: i64,
}

struct Filler<'t> {
    w: Writer<'t>,
    rng: Rng,
    now: i64,
    quiet_from: i64,
}

/// Writes the history into the database at `path` in one transaction with `synchronous=OFF`.
/// Showings from `quiet_from` on get no advance sales: the benchmarks act on them.
pub fn fill(
    path: &std::path::Path,
    prices: &HashMap<i64, PriceList>,
    now: DateTime<Utc>,
    quiet_from: DateTime<Utc>,
) -> anyhow::Result<Counts> {
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    let tx = conn.transaction()?;
    let rows = seat_rows(&tx)?;
    let showings = showings(&tx)?;
    let mut filler = Filler {
        w: Writer::new(&tx, 0),
        rng: Rng::with_seed(2026),
        now: now.timestamp(),
        quiet_from: quiet_from.timestamp(),
    };
    for showing in &showings {
        let prices = &prices[&showing.price_list];
        let rows = &rows[&showing.auditorium];
        if showing.ends_at + CLEANUP <= filler.now {
            filler.past(showing, rows, prices)?;
        } else {
            filler.open(showing, rows, prices)?;
        }
    }
    tx.commit()?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    counts_of(&conn)
}

fn counts_of(conn: &Connection) -> anyhow::Result<Counts> {
    let count = |sql: &str| -> anyhow::Result<usize> {
        let n: i64 = conn.query_row(sql, [], |row| row.get(0)).with_context(|| sql.to_owned())?;
        Ok(usize::try_from(n)?)
    };
    Ok(Counts {
        finished_showings: count("SELECT count(*) FROM showing WHERE status = 'finished'")?,
        bookings: count("SELECT count(*) FROM booking")?,
        tickets: count("SELECT count(*) FROM booking_seat WHERE state IN ('sold', 'refunded')")?,
        refunds: count("SELECT count(*) FROM refund")?,
        events: count("SELECT count(*) FROM event")?,
    })
}

/// Each auditorium's sellable seats, row by row, left to right.
fn seat_rows(tx: &Transaction<'_>) -> anyhow::Result<HashMap<i64, Vec<Vec<Seat>>>> {
    let mut rows: HashMap<i64, Vec<Vec<Seat>>> = HashMap::new();
    let mut select = tx.prepare(
        "SELECT auditorium_id, grid_row, id, label, kind FROM seat ORDER BY auditorium_id, grid_row, grid_col",
    )?;
    let mut cursor = select.query([])?;
    let mut last_row = None;
    while let Some(row) = cursor.next()? {
        let auditorium: i64 = row.get(0)?;
        let grid_row: i64 = row.get(1)?;
        let kind: SeatKind = row.get::<_, String>(4)?.parse().map_err(|e| anyhow::anyhow!("seat kind: {e}"))?;
        let seat = Seat { id: row.get(2)?, label: row.get(3)?, kind };
        let rows = rows.entry(auditorium).or_default();
        if last_row != Some((auditorium, grid_row)) {
            rows.push(Vec::new());
            last_row = Some((auditorium, grid_row));
        }
        if kind.is_sellable() {
            rows.last_mut().expect("a row was pushed").push(seat);
        }
    }
    Ok(rows)
}

fn showings(tx: &Transaction<'_>) -> anyhow::Result<Vec<Showing>> {
    let mut select =
        tx.prepare("SELECT id, auditorium_id, price_list_id, starts_at, ends_at FROM showing ORDER BY starts_at, id")?;
    let showings = select
        .query_map([], |row| {
            Ok(Showing {
                id: row.get(0)?,
                auditorium: row.get(1)?,
                price_list: row.get(2)?,
                starts_at: row.get(3)?,
                ends_at: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(showings)
}

/// A sale being made up: its seats and when it happened.
struct Sale<'s> {
    seats: Vec<&'s Seat>,
    created_at: i64,
}

impl Filler<'_> {
    fn who(&mut self) -> Who {
        Who { counter: COUNTERS[self.rng.usize(..COUNTERS.len())], staff: STAFF[self.rng.usize(..STAFF.len())] }
    }

    /// The share of seats a showing sells: evenings and weekends fill, mornings do not.
    fn occupancy(&mut self, showing: &Showing) -> f64 {
        let local = DateTime::from_timestamp(showing.starts_at, 0).expect("in range").with_timezone(&Jakarta);
        let by_hour = match chrono::Timelike::hour(&local) {
            0..=11 => 0.25,
            12..=16 => 0.4,
            _ => 0.65,
        };
        let weekend = if matches!(local.weekday(), Weekday::Fri | Weekday::Sat | Weekday::Sun) { 1.3 } else { 1.0 };
        (by_hour * weekend * (0.6 + 0.8 * self.rng.f64())).min(0.97)
    }

    /// Seats sold in groups of one to six, side by side in a row, until the target is met.
    fn groups<'s>(&mut self, rows: &'s [Vec<Seat>], target: usize, taken: &mut [Vec<bool>]) -> Vec<Vec<&'s Seat>> {
        let mut groups = Vec::new();
        let (mut sold, mut misses) = (0, 0);
        while sold < target && misses < 200 {
            let size = [1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6][self.rng.usize(..11)];
            let row = self.rng.usize(..rows.len());
            if rows[row].is_empty() {
                misses += 1;
                continue;
            }
            let start = self.rng.usize(..rows[row].len());
            let mut group = Vec::new();
            for (index, seat) in rows[row].iter().enumerate().skip(start).take(size) {
                if taken[row][index] {
                    break;
                }
                taken[row][index] = true;
                group.push(seat);
            }
            if group.is_empty() {
                misses += 1;
                continue;
            }
            sold += group.len();
            groups.push(group);
        }
        groups
    }

    /// Writes one paid booking (perhaps partly or wholly refunded later). Returns its id and its
    /// seats, each with whether it is still sold after any refund.
    fn sale<'s>(
        &mut self,
        showing: &Showing,
        prices: &PriceList,
        sale: &Sale<'s>,
        refund_by: i64,
    ) -> anyhow::Result<(i64, Vec<(&'s Seat, bool)>)> {
        let who = self.who();
        let code = self.w.code();
        let tickets: Vec<(TicketType, i64)> = sale.seats.iter().map(|seat| self.ticket(prices, seat.kind)).collect();
        let total: i64 = tickets.iter().map(|(_, price)| price).sum();
        let paid_at = sale.created_at + 20 + self.rng.i64(0..280);
        let payment = ["cash", "cash", "card", "qris", "qris", "other"][self.rng.usize(..6)];
        // About one booking in thirty is refunded: most wholly, some one seat only.
        let refund_at = paid_at + 60 + self.rng.i64(0..(refund_by - paid_at).max(61));
        let refunded = if self.rng.usize(..30) == 0 && refund_at < refund_by {
            if sale.seats.len() > 1 && self.rng.bool() { 1 } else { sale.seats.len() }
        } else {
            0
        };
        let status = if refunded == sale.seats.len() { "refunded" } else { "paid" };
        let new = NewBooking {
            showing: showing.id,
            status,
            created_at: sale.created_at,
            hold_expires_at: sale.created_at + HOLD,
            paid: Some((paid_at, payment, total)),
            who,
        };
        let booking = self.w.booking(&code, &new)?;
        let refund = if refunded > 0 {
            let cost: i64 = tickets[..refunded].iter().map(|(_, price)| price).sum();
            let amount = if self.rng.usize(..5) == 0 { cost / 2 } else { cost };
            let reason = REASONS[self.rng.usize(..REASONS.len())];
            let id = self.w.refund(booking, amount, reason, refund_at, who)?;
            Some((id, amount, reason))
        } else {
            None
        };
        let claims: Vec<Claim<'_>> = sale
            .seats
            .iter()
            .zip(&tickets)
            .enumerate()
            .map(|(index, (seat, (ticket_type, price)))| Claim {
                seat,
                state: if index < refunded { "refunded" } else { "sold" },
                ticket: Some((ticket_type.as_str(), *price)),
                refund: refund.filter(|_| index < refunded).map(|(id, _, _)| id),
            })
            .collect();
        self.w.claims(booking, showing.id, &claims)?;
        self.w.held_event(booking, &code, &new, &sale.seats)?;
        let sold_data = json!({
            "booking": code,
            "seats": labels(&sale.seats),
            "tickets": sale.seats.iter().zip(&tickets).map(|(seat, (t, price))| json!({"seat": seat.label, "ticket_type": t.as_str(), "price": price})).collect::<Vec<_>>(),
            "total": total,
            "payment": payment,
        });
        self.w.event(paid_at, "sold", showing.id, Some(booking), who, &sold_data)?;
        if let Some((id, amount, reason)) = refund {
            let data = json!({ "booking": code, "refund": id, "seats": labels(&sale.seats[..refunded]), "amount": amount, "reason": reason });
            self.w.event(refund_at, "refunded", showing.id, Some(booking), who, &data)?;
        }
        Ok((booking, sale.seats.iter().enumerate().map(|(index, seat)| (*seat, index >= refunded)).collect()))
    }

    /// A hold that was given up: cancelled at the counter or left to expire. Its seats were
    /// released long ago, so any seats will do.
    fn abandoned(&mut self, showing: &Showing, rows: &[Vec<Seat>], created_at: i64) -> anyhow::Result<()> {
        let row = &rows[self.rng.usize(..rows.len() - 1)];
        let size = 1 + self.rng.usize(..4);
        let start = self.rng.usize(..row.len() - size);
        let seats: Vec<&Seat> = row[start..start + size].iter().collect();
        let who = self.who();
        let code = self.w.code();
        let cancelled = self.rng.bool();
        let status = if cancelled { "cancelled" } else { "expired" };
        let new =
            NewBooking { showing: showing.id, status, created_at, hold_expires_at: created_at + HOLD, paid: None, who };
        let booking = self.w.booking(&code, &new)?;
        let claims: Vec<Claim<'_>> =
            seats.iter().map(|seat| Claim { seat, state: "released", ticket: None, refund: None }).collect();
        self.w.claims(booking, showing.id, &claims)?;
        self.w.held_event(booking, &code, &new, &seats)?;
        if cancelled {
            let data = json!({ "booking": code, "released": labels(&seats) });
            self.w.event(created_at + 30 + self.rng.i64(0..400), "cancelled", showing.id, Some(booking), who, &data)?;
        } else {
            let data = json!({ "booking": code, "seats": labels(&seats), "released": seats.len(), "cause": "hold time ran out" });
            self.w.event(created_at + HOLD + self.rng.i64(0..120), "expired", showing.id, Some(booking), who, &data)?;
        }
        Ok(())
    }

    fn ticket(&mut self, prices: &PriceList, kind: SeatKind) -> (TicketType, i64) {
        let types = prices.ticket_types();
        let pick = match self.rng.usize(..20) {
            0..=14 => 0,
            15..=17 => 1,
            _ => 2,
        };
        let ticket_type = types[pick.min(types.len() - 1)].clone();
        let price = prices.price(&ticket_type, kind).expect("the bench price list prices every seat kind");
        (ticket_type, price)
    }

    /// A finished showing: sold, refunded here and there, restocked by the tick.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a share of a hall's seats and a few days of seconds: small, positive, whole enough"
    )]
    fn past(&mut self, showing: &Showing, rows: &[Vec<Seat>], prices: &PriceList) -> anyhow::Result<()> {
        let sellable: usize = rows.iter().map(Vec::len).sum();
        let target = (sellable as f64 * self.occupancy(showing)) as usize;
        let mut taken: Vec<Vec<bool>> = rows.iter().map(|row| vec![false; row.len()]).collect();
        let mut still_sold = 0;
        for group in self.groups(rows, target, &mut taken) {
            // Most tickets are bought in the last hours, some days ahead.
            let ahead = (self.rng.f64().powi(3) * 10.0 * DAY as f64) as i64 + 300;
            let created_at = showing.starts_at + 600 - ahead;
            let sale = Sale { seats: group, created_at };
            let (_, seats) = self.sale(showing, prices, &sale, showing.starts_at)?;
            still_sold += seats.iter().filter(|(_, sold)| *sold).count();
            if self.rng.usize(..12) == 0 {
                self.abandoned(showing, rows, created_at - 900)?;
            }
        }
        let restocked_at = (showing.ends_at + CLEANUP + self.rng.i64(0..300)).min(self.now);
        let who = self.who();
        self.w.restocked(showing.id, restocked_at, still_sold, who)
    }

    /// A showing still open at "now": advance sales until the quiet week (its seats occupied),
    /// a few live holds on the next two days, nothing after that.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a share of a hall's seats and a few days of seconds: small, positive, whole enough"
    )]
    fn open(&mut self, showing: &Showing, rows: &[Vec<Seat>], prices: &PriceList) -> anyhow::Result<()> {
        if showing.starts_at >= self.quiet_from {
            return Ok(());
        }
        let days_ahead = (showing.starts_at - self.now).div_euclid(DAY);
        let share = match days_ahead {
            ..=0 => 0.5,
            1 => 0.3,
            2 => 0.2,
            _ => 0.08,
        };
        let sellable: usize = rows.iter().map(Vec::len).sum();
        let target = (sellable as f64 * share * (0.6 + 0.8 * self.rng.f64())) as usize;
        let mut taken: Vec<Vec<bool>> = rows.iter().map(|row| vec![false; row.len()]).collect();
        let latest = (showing.starts_at + 600).min(self.now - 60);
        for group in self.groups(rows, target, &mut taken) {
            let created_at = latest - (self.rng.f64().powi(2) * 6.0 * DAY as f64) as i64;
            let sale = Sale { seats: group, created_at };
            let (booking, seats) = self.sale(showing, prices, &sale, self.now - 60)?;
            for (seat, _) in seats.into_iter().filter(|(_, sold)| *sold) {
                self.w.inventory(showing.id, seat.id, "occupied", booking, None)?;
            }
        }
        let selling = showing.starts_at + 20 * 60 > self.now;
        if selling
            && days_ahead <= 1
            && self.rng.bool()
            && let Some(group) = self.groups(rows, 2, &mut taken).into_iter().next()
        {
            self.live_hold(showing, &group)?;
        }
        Ok(())
    }

    /// A hold placed minutes ago that still runs at "now".
    fn live_hold(&mut self, showing: &Showing, seats: &[&Seat]) -> anyhow::Result<()> {
        let created_at = self.now - 60 - self.rng.i64(0..480);
        let who = self.who();
        let code = self.w.code();
        let new = NewBooking {
            showing: showing.id,
            status: "held",
            created_at,
            hold_expires_at: created_at + HOLD,
            paid: None,
            who,
        };
        let booking = self.w.booking(&code, &new)?;
        let claims: Vec<Claim<'_>> =
            seats.iter().map(|seat| Claim { seat, state: "held", ticket: None, refund: None }).collect();
        self.w.claims(booking, showing.id, &claims)?;
        for seat in seats {
            self.w.inventory(showing.id, seat.id, "reserved", booking, Some(new.hold_expires_at))?;
        }
        self.w.held_event(booking, &code, &new, seats)
    }
}
