//! The model of the model-based test: the seat lifecycle's rules as plain data, a seat → state
//! map per showing and the bookings, with no database and no engine. Each method predicts what the
//! engine must answer and, when it succeeds, does the same to the model.

use std::collections::BTreeMap;

use boxoffice::domain::{BookingStatus, ShowingId};
use boxoffice::engine::Conflict;
use chrono::{DateTime, Duration, Utc};

/// The venue of the model: A1–A4 standard, B1 premium, B2 out of service, B3 a wheelchair space;
/// two 20-minute showings whose sales close late enough that a hold may outlive its showing.
pub const VENUE: &str = r#"
[venue]
name = "Model"
timezone = "Asia/Jakarta"
currency = "IDR"
currency_decimals = 0
hold_minutes = 5
sales_close_minutes = 25
cleanup_minutes = 10

[[auditorium]]
name = "Small"
rows = """
A ss.ss
B pxw
"""

[[film]]
title = "Short"
runtime_minutes = 20

[[price_list]]
name = "regular"
adult = { standard = 50000, premium = 75000 }
child = { standard = 35000, premium = 60000 }

[[showing]]
film = "Short"
auditorium = "Small"
starts_at = "2026-11-24 17:20"
price_list = "regular"

[[showing]]
film = "Short"
auditorium = "Small"
starts_at = "2026-11-24 18:40"
price_list = "regular"
"#;

/// The seats, front to back; B2 is out of service.
pub const LABELS: [&str; 7] = ["A1", "A2", "A3", "A4", "B1", "B2", "B3"];
pub const BLOCKED: usize = 5;
/// Minutes, as the venue file above says.
pub const RUNTIME: i64 = 20;
pub const SALES_CLOSE: i64 = 25;
pub const CLEANUP: i64 = 10;
pub const HOLD: i64 = 5;

/// What a ticket costs: B1 is premium, the wheelchair space B3 costs as standard.
pub fn price(seat: usize, child: bool) -> i64 {
    match (seat == 4, child) {
        (true, false) => 75_000,
        (true, true) => 60_000,
        (false, false) => 50_000,
        (false, true) => 35_000,
    }
}

/// An answer, reduced to what the model predicts: done, or refused and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Done,
    BadInput,
    NotFound,
    Conflict(Conflict),
    Failed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    Free,
    Blocked,
    Held { booking: usize, until: DateTime<Utc> },
    Sold { booking: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    Held,
    Released,
    Sold { price: i64, child: bool },
    Refunded { price: i64, child: bool },
}

#[derive(Debug, Clone)]
pub struct Booking {
    pub code: String,
    pub show: usize,
    pub status: BookingStatus,
    pub until: DateTime<Utc>,
    pub claims: BTreeMap<usize, Claim>,
    pub total: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Show {
    pub id: ShowingId,
    pub starts: DateTime<Utc>,
    pub finished: bool,
    pub seats: Vec<Seat>,
}

/// What happened in a run, so the test can show it explored what it must.
#[derive(Debug, Default, Clone, Copy)]
pub struct Seen {
    pub takeovers: usize,
    pub late_payments: usize,
    pub lost_holds: usize,
    pub partial_refunds: usize,
    pub full_refunds: usize,
    pub tick_expiries: usize,
    pub restocks: usize,
    pub restock_expiries: usize,
    pub sales_closed: usize,
    pub showing_over: usize,
    pub taken: usize,
}

pub struct Model {
    pub now: DateTime<Utc>,
    pub shows: Vec<Show>,
    pub bookings: Vec<Booking>,
    pub seen: Seen,
}

impl Model {
    pub fn ends(&self, show: usize) -> DateTime<Utc> {
        self.shows[show].starts + Duration::minutes(RUNTIME)
    }

    pub fn over(&self, show: usize) -> bool {
        self.shows[show].finished || self.now >= self.ends(show) + Duration::minutes(CLEANUP)
    }

    /// Why a showing does not sell now, if it does not.
    pub fn not_selling(&mut self, show: usize) -> Option<Conflict> {
        if self.over(show) {
            self.seen.showing_over += 1;
            Some(Conflict::ShowingOver)
        } else if self.now > self.shows[show].starts + Duration::minutes(SALES_CLOSE) {
            self.seen.sales_closed += 1;
            Some(Conflict::SalesClosed)
        } else {
            None
        }
    }

    /// Ends a held booking: its seats free again, its claims released. Returns the seats freed.
    pub fn expire(&mut self, booking: usize) -> usize {
        let show = self.bookings[booking].show;
        let mut freed = 0;
        for (seat, claim) in &mut self.bookings[booking].claims {
            if *claim == Claim::Held {
                *claim = Claim::Released;
                if matches!(self.shows[show].seats[*seat], Seat::Held { booking: b, .. } if b == booking) {
                    self.shows[show].seats[*seat] = Seat::Free;
                    freed += 1;
                }
            }
        }
        self.bookings[booking].status = BookingStatus::Expired;
        freed
    }

    pub fn hold(&mut self, show: usize, seats: &[usize], minutes: Option<i64>) -> Result<DateTime<Utc>, Answer> {
        if let Some(why) = self.not_selling(show) {
            return Err(Answer::Conflict(why));
        }
        let states: Vec<Seat> = seats.iter().map(|s| self.shows[show].seats[*s]).collect();
        if states.contains(&Seat::Blocked) {
            return Err(Answer::Conflict(Conflict::SeatBlocked));
        }
        let live =
            |s: &Seat| matches!(s, Seat::Sold { .. }) || matches!(s, Seat::Held { until, .. } if *until > self.now);
        if states.iter().any(live) {
            return Err(Answer::Conflict(Conflict::SeatTaken));
        }
        Ok(self.now + Duration::minutes(minutes.unwrap_or(HOLD)))
    }

    pub fn apply_hold(&mut self, show: usize, seats: &[usize], until: DateTime<Utc>, code: String) {
        let booking = self.bookings.len();
        for seat in seats {
            if let Seat::Held { booking: old, .. } = self.shows[show].seats[*seat] {
                self.seen.takeovers += 1;
                self.expire(old);
            }
            self.shows[show].seats[*seat] = Seat::Held { booking, until };
        }
        let claims = seats.iter().map(|seat| (*seat, Claim::Held)).collect();
        self.bookings.push(Booking { code, show, status: BookingStatus::Held, until, claims, total: None });
    }

    /// Takes payment; returns the total, or why not.
    pub fn sell(&mut self, booking: usize, child: bool) -> Result<i64, Answer> {
        if !matches!(self.bookings[booking].status, BookingStatus::Held | BookingStatus::Expired) {
            return Err(Answer::Conflict(Conflict::WrongState));
        }
        let show = self.bookings[booking].show;
        if let Some(why) = self.not_selling(show) {
            return Err(Answer::Conflict(why));
        }
        let seats: Vec<usize> = self.bookings[booking].claims.keys().copied().collect();
        let mut others = Vec::new();
        for seat in &seats {
            match self.shows[show].seats[*seat] {
                Seat::Free => {}
                Seat::Held { booking: b, .. } if b == booking => {}
                Seat::Held { booking: other, until } if until <= self.now => others.push(other),
                _ => {
                    self.seen.lost_holds += 1;
                    return Err(Answer::Conflict(Conflict::HoldLost));
                }
            }
        }
        if self.bookings[booking].status == BookingStatus::Expired || self.bookings[booking].until <= self.now {
            self.seen.late_payments += 1;
        }
        for other in others {
            self.expire(other);
        }
        let mut total = 0;
        for seat in &seats {
            let price = price(*seat, child);
            total += price;
            self.shows[show].seats[*seat] = Seat::Sold { booking };
            self.bookings[booking].claims.insert(*seat, Claim::Sold { price, child });
        }
        let b = &mut self.bookings[booking];
        b.status = BookingStatus::Paid;
        b.total = Some(total);
        Ok(total)
    }

    pub fn cancel(&mut self, booking: usize) -> Result<Vec<usize>, Answer> {
        if self.bookings[booking].status != BookingStatus::Held {
            return Err(Answer::Conflict(Conflict::WrongState));
        }
        let released: Vec<usize> = self.bookings[booking].claims.keys().copied().collect();
        self.expire(booking);
        self.bookings[booking].status = BookingStatus::Cancelled;
        Ok(released)
    }

    /// Refunds; returns the seats, the amount and whether nothing is left sold.
    pub fn refund(
        &mut self,
        booking: usize,
        picks: Option<&[usize]>,
        amount: Option<i64>,
    ) -> Result<(Vec<usize>, i64, bool), Answer> {
        if self.bookings[booking].status != BookingStatus::Paid {
            return Err(Answer::Conflict(Conflict::WrongState));
        }
        if self.over(self.bookings[booking].show) {
            self.seen.showing_over += 1;
            return Err(Answer::Conflict(Conflict::ShowingOver));
        }
        let b = &self.bookings[booking];
        let sold = |claim: &Claim| matches!(claim, Claim::Sold { .. });
        let seats: Vec<usize> = match picks {
            None => b.claims.iter().filter(|(_, c)| sold(c)).map(|(s, _)| *s).collect(),
            Some([]) => return Err(Answer::BadInput),
            Some(picks) => {
                let chosen: Vec<usize> = picks.to_vec();
                if chosen.iter().any(|seat| !sold(&b.claims[seat])) {
                    return Err(Answer::Conflict(Conflict::WrongState));
                }
                chosen
            }
        };
        let paid_for: i64 = seats
            .iter()
            .map(|seat| match b.claims[seat] {
                Claim::Sold { price, .. } => price,
                _ => 0,
            })
            .sum();
        let amount = amount.unwrap_or(paid_for);
        if amount > paid_for {
            return Err(Answer::BadInput);
        }
        let show = b.show;
        for seat in &seats {
            if let Claim::Sold { price, child } = self.bookings[booking].claims[seat] {
                self.bookings[booking].claims.insert(*seat, Claim::Refunded { price, child });
            }
            self.shows[show].seats[*seat] = Seat::Free;
        }
        let none_left = !self.bookings[booking].claims.values().any(sold);
        if none_left {
            self.bookings[booking].status = BookingStatus::Refunded;
            self.seen.full_refunds += 1;
        } else {
            self.seen.partial_refunds += 1;
        }
        Ok((seats, amount, none_left))
    }

    /// One tick: (expired holds, released seats, restocked showings).
    pub fn tick(&mut self) -> (usize, usize, usize) {
        let (mut expired, mut released, mut restocked) = (0, 0, 0);
        for booking in 0..self.bookings.len() {
            if self.bookings[booking].status == BookingStatus::Held && self.bookings[booking].until <= self.now {
                expired += 1;
                released += self.expire(booking);
            }
        }
        for show in 0..self.shows.len() {
            if self.shows[show].finished || self.now < self.ends(show) + Duration::minutes(CLEANUP) {
                continue;
            }
            for booking in 0..self.bookings.len() {
                if self.bookings[booking].show == show && self.bookings[booking].status == BookingStatus::Held {
                    expired += 1;
                    self.seen.restock_expiries += 1;
                    released += self.expire(booking);
                }
            }
            for seat in &mut self.shows[show].seats {
                if !matches!(seat, Seat::Free | Seat::Blocked) {
                    *seat = Seat::Free;
                    released += 1;
                }
            }
            self.shows[show].finished = true;
            restocked += 1;
        }
        self.seen.tick_expiries += expired;
        self.seen.restocks += restocked;
        (expired, released, restocked)
    }
}

impl Seen {
    pub fn add(&mut self, other: Self) {
        self.takeovers += other.takeovers;
        self.late_payments += other.late_payments;
        self.lost_holds += other.lost_holds;
        self.partial_refunds += other.partial_refunds;
        self.full_refunds += other.full_refunds;
        self.tick_expiries += other.tick_expiries;
        self.restocks += other.restocks;
        self.restock_expiries += other.restock_expiries;
        self.sales_closed += other.sales_closed;
        self.showing_over += other.showing_over;
        self.taken += other.taken;
    }
}
