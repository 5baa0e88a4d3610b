//! The event log replayed into a fresh state: every seat's status and booking, every booking's
//! status and every showing's status as the log alone says they must be, compared with the
//! `inventory`, `booking` and `showing` tables. A row edited around the log (a seat flipped to
//! available under a paid booking, a booking marked refunded) differs from the replay.
//!
//! The events stream in id order and the state lives in hash maps keyed by showing: a year of
//! history is read once, and only the seats the log took are held in memory.

use std::collections::HashMap;

use anyhow::Context as _;
use serde::Deserialize;

use super::Breach;
use crate::store::Tx;
use crate::store::sql::{Params, params};

/// A seat as the log left it; a seat the log never took is available (or blocked, when the
/// layout puts it out of service).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seat {
    Reserved(i64),
    Occupied(i64),
    Blocked,
}

/// The fields of an event's data the replay reads; serde skips the rest.
#[derive(Deserialize, Default)]
struct Data {
    #[serde(default)]
    seats: Vec<String>,
    seat: Option<String>,
}

#[derive(Default)]
struct Replay {
    /// Showing id → seat label → the seat, for every seat the log left not available.
    seats: HashMap<i64, HashMap<String, Seat>>,
    /// Booking id → its status word.
    bookings: HashMap<i64, &'static str>,
    /// Booking id → the showing and the seats (sorted) its hold recorded.
    held: HashMap<i64, (i64, Vec<String>)>,
    /// Showing id → `finished` or `cancelled` (open otherwise).
    showings: HashMap<i64, &'static str>,
    /// What the log says that cannot have happened (an admission of a seat it never sold).
    impossible: Vec<String>,
}

impl Replay {
    fn apply(&mut self, id: i64, kind: &str, showing: i64, booking: Option<i64>, data: Data) {
        let seats = self.seats.entry(showing).or_default();
        match (kind, booking) {
            ("held", Some(booking)) => {
                for label in &data.seats {
                    // A seat another booking still has stays theirs: the final comparison names
                    // whichever table row disagrees.
                    seats.entry(label.clone()).or_insert(Seat::Reserved(booking));
                }
                let mut labels = data.seats;
                labels.sort_unstable();
                self.held.insert(booking, (showing, labels));
                self.bookings.insert(booking, "held");
            }
            ("sold", Some(booking)) => {
                for label in data.seats {
                    let seat = seats.entry(label).or_insert(Seat::Occupied(booking));
                    if *seat == Seat::Reserved(booking) {
                        *seat = Seat::Occupied(booking);
                    }
                }
                self.bookings.insert(booking, "paid");
            }
            ("cancelled" | "expired", Some(booking)) => {
                seats.retain(|_, seat| *seat != Seat::Reserved(booking));
                self.bookings.insert(booking, if kind == "cancelled" { "cancelled" } else { "expired" });
            }
            ("refunded", Some(booking)) => {
                for label in &data.seats {
                    if seats.get(label) == Some(&Seat::Occupied(booking)) {
                        seats.remove(label);
                    }
                }
                let still_sold = seats.values().any(|seat| *seat == Seat::Occupied(booking));
                self.bookings.insert(booking, if still_sold { "paid" } else { "refunded" });
            }
            ("blocked", _) => {
                for label in data.seats {
                    seats.entry(label).or_insert(Seat::Blocked);
                }
            }
            ("unblocked", _) => {
                for label in &data.seats {
                    if seats.get(label) == Some(&Seat::Blocked) {
                        seats.remove(label);
                    }
                }
            }
            ("restocked", _) => {
                seats.retain(|_, seat| *seat == Seat::Blocked);
                self.showings.insert(showing, "finished");
            }
            ("showing_cancelled", _) => {
                self.showings.insert(showing, "cancelled");
            }
            ("admitted", Some(booking)) => {
                let seat = data.seat.unwrap_or_default();
                // A restocked showing has forgotten who sat where; admissions come before that.
                if seats.get(&seat) != Some(&Seat::Occupied(booking)) && !self.showings.contains_key(&showing) {
                    self.impossible.push(format!("event {id} admits seat {seat}, which its booking did not hold sold"));
                }
            }
            _ => {}
        }
    }
}

/// The kinds of event that move a seat, a booking or a showing.
const KINDS: &str = "'held', 'sold', 'cancelled', 'expired', 'refunded', 'blocked', 'unblocked', 'restocked', \
    'showing_cancelled', 'admitted'";

impl Tx<'_> {
    /// Replays the log and lists, rule by rule, where the tables differ from it.
    pub(super) fn replay_breaches(&self, limit: usize) -> anyhow::Result<Vec<Breach>> {
        let replay = self.replay_log()?;
        let mut breaches = Vec::new();
        let mut push = |rule: &str, mut details: Vec<String>| {
            details.truncate(limit);
            if !details.is_empty() {
                breaches.push(Breach { rule: rule.to_owned(), details });
            }
        };
        push("the event log, replayed, never admits a seat it did not sell", replay.impossible.clone());
        push("every seat is where the event log, replayed, leaves it", self.seats_unlike(&replay, limit)?);
        push("a booking's seats are the seats its hold recorded", self.claims_unlike(&replay, limit)?);
        let bookings = self.states_unlike(
            "SELECT id, code, status FROM booking",
            "booking",
            |id| replay.bookings.get(&id).copied().unwrap_or("never held"),
            limit,
        )?;
        push("every booking is in the state the event log, replayed, leaves it", bookings);
        let showings = self.states_unlike(
            "SELECT id, CAST(id AS TEXT), status FROM showing",
            "showing",
            |id| replay.showings.get(&id).copied().unwrap_or("open"),
            limit,
        )?;
        push("every showing is in the state the event log, replayed, leaves it", showings);
        Ok(breaches)
    }

    fn replay_log(&self) -> anyhow::Result<Replay> {
        let mut replay = Replay::default();
        let sql =
            format!("SELECT id, kind, showing_id, booking_id, data FROM event WHERE kind IN ({KINDS}) ORDER BY id");
        self.sql
            .for_each(&sql, Params::NONE, &mut |row| {
                let id: i64 = row.get(0)?;
                let kind = row.text(1)?;
                let Some(showing) = row.get::<Option<i64>>(2)? else { return Ok(()) };
                // Data that does not parse names no seats; the comparison then shows what is missing.
                let data = serde_json::from_str(row.text(4)?).unwrap_or_default();
                replay.apply(id, kind, showing, row.get(3)?, data);
                Ok(())
            })
            .context("could not read the event log")?;
        Ok(replay)
    }

    fn seats_unlike(&self, replay: &Replay, limit: usize) -> anyhow::Result<Vec<String>> {
        let word = |seat: Option<Seat>, out_of_service: bool| -> anyhow::Result<String> {
            Ok(match seat {
                Some(Seat::Reserved(booking)) => format!("reserved by booking {}", self.code_of(booking)?),
                Some(Seat::Occupied(booking)) => format!("occupied by booking {}", self.code_of(booking)?),
                Some(Seat::Blocked) => "blocked".to_owned(),
                None if out_of_service => "blocked".to_owned(),
                None => "available".to_owned(),
            })
        };
        // The rows stream past (a year holds millions); the few that differ are named after, since
        // naming one asks the database again.
        let mut differ = Vec::new();
        let sql = "SELECT i.showing_id, st.label, st.kind, i.status, i.booking_id FROM inventory i JOIN seat st ON st.id = i.seat_id";
        self.sql.for_each(sql, Params::NONE, &mut |row| {
            let showing: i64 = row.get(0)?;
            let label = row.text(1)?;
            let out_of_service = row.text(2)? == "out_of_service";
            let status = row.text(3)?;
            let booking: Option<i64> = row.get(4)?;
            let stored = match (status, booking) {
                ("reserved", Some(booking)) => Some(Seat::Reserved(booking)),
                ("occupied", Some(booking)) => Some(Seat::Occupied(booking)),
                ("blocked", _) => Some(Seat::Blocked),
                _ => None,
            };
            let expected = replay.seats.get(&showing).and_then(|seats| seats.get(label)).copied();
            let same = expected == stored || (expected.is_none() && out_of_service && stored == Some(Seat::Blocked));
            if !same && differ.len() < limit {
                differ.push((showing, label.to_owned(), stored, expected, out_of_service));
            }
            Ok(())
        })?;
        differ
            .into_iter()
            .map(|(showing, label, stored, expected, out_of_service)| {
                Ok(format!(
                    "showing {showing} seat {label} is {} but the log leaves it {}",
                    word(stored, false)?,
                    word(expected, out_of_service)?
                ))
            })
            .collect()
    }

    /// Bookings whose showing or seats are not the ones their `held` event recorded (a sold
    /// booking moved to other seats in every table at once).
    fn claims_unlike(&self, replay: &Replay, limit: usize) -> anyhow::Result<Vec<String>> {
        let sql = "SELECT b.id, b.code, b.showing_id, st.label FROM booking b \
             LEFT JOIN booking_seat bs ON bs.booking_id = b.id LEFT JOIN seat st ON st.id = bs.seat_id ORDER BY b.id";
        let mut breaches = Vec::new();
        let mut check = |booking: Option<(i64, String, i64)>, mut stored: Vec<String>| {
            let Some((id, code, showing)) = booking else { return };
            stored.sort_unstable();
            let none = || "none".to_owned();
            let breach = match replay.held.get(&id) {
                None => Some(format!("booking {code} has seats {} but no hold recorded any", stored.join(","))),
                Some((recorded, _)) if *recorded != showing => {
                    Some(format!("booking {code} is for showing {showing} but its hold recorded showing {recorded}"))
                }
                Some((_, recorded)) if *recorded != stored => Some(format!(
                    "booking {code} has seats {} but its hold recorded {}",
                    Some(stored.join(",")).filter(|s| !s.is_empty()).unwrap_or_else(none),
                    recorded.join(",")
                )),
                Some(_) => None,
            };
            if let Some(breach) = breach.filter(|_| breaches.len() < limit) {
                breaches.push(breach);
            }
        };
        let mut current: Option<(i64, String, i64)> = None;
        let mut labels = Vec::new();
        self.sql.for_each(sql, Params::NONE, &mut |row| {
            let id: i64 = row.get(0)?;
            if current.as_ref().is_none_or(|(current, _, _)| *current != id) {
                check(current.take(), std::mem::take(&mut labels));
                current = Some((id, row.get(1)?, row.get(2)?));
            }
            labels.extend(row.get::<Option<String>>(3)?);
            Ok(())
        })?;
        check(current, labels);
        Ok(breaches)
    }

    /// Each row `(id, name, status)` of `sql` whose status is not the one the replay gives
    /// (`expected`), in words: "`what` NAME is STATUS but the log leaves it EXPECTED".
    fn states_unlike(
        &self,
        sql: &str,
        what: &str,
        expected: impl Fn(i64) -> &'static str,
        limit: usize,
    ) -> anyhow::Result<Vec<String>> {
        let mut breaches = Vec::new();
        self.sql.for_each(sql, Params::NONE, &mut |row| {
            let expected = expected(row.get(0)?);
            let status = row.text(2)?;
            if status != expected && breaches.len() < limit {
                let name = row.text(1)?;
                breaches.push(format!("{what} {name} is {status} but the log leaves it {expected}"));
            }
            Ok(())
        })?;
        Ok(breaches)
    }

    /// A booking's code, to name it in words; asked only for a seat that differs.
    fn code_of(&self, booking: i64) -> anyhow::Result<String> {
        let code: Option<String> =
            self.sql.maybe("SELECT code FROM booking WHERE id = ?1", params![booking], |row| row.get(0))?;
        Ok(code.unwrap_or_else(|| format!("#{booking}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seats(labels: &[&str]) -> Data {
        Data { seats: labels.iter().map(ToString::to_string).collect(), seat: None }
    }

    fn seat(label: &str) -> Data {
        Data { seats: Vec::new(), seat: Some(label.to_owned()) }
    }

    fn at(replay: &Replay, label: &str) -> Option<Seat> {
        replay.seats.get(&1).and_then(|seats| seats.get(label)).copied()
    }

    #[test]
    fn a_partial_refund_keeps_the_booking_paid_and_the_last_seat_makes_it_refunded() {
        let mut replay = Replay::default();
        replay.apply(1, "held", 1, Some(7), seats(&["A1", "A2"]));
        replay.apply(2, "sold", 1, Some(7), seats(&["A1", "A2"]));
        replay.apply(3, "refunded", 1, Some(7), seats(&["A1"]));
        assert_eq!(
            (replay.bookings[&7], at(&replay, "A1"), at(&replay, "A2")),
            ("paid", None, Some(Seat::Occupied(7)))
        );
        replay.apply(4, "refunded", 1, Some(7), seats(&["A2"]));
        assert_eq!((replay.bookings[&7], at(&replay, "A2")), ("refunded", None));
    }

    #[test]
    fn a_restock_frees_every_seat_but_the_blocked_ones() {
        let mut replay = Replay::default();
        replay.apply(1, "held", 1, Some(7), seats(&["A1"]));
        replay.apply(2, "held", 1, Some(8), seats(&["A2"]));
        replay.apply(3, "sold", 1, Some(8), seats(&["A2"]));
        replay.apply(4, "blocked", 1, None, seats(&["A3"]));
        replay.apply(5, "restocked", 1, None, Data::default());
        assert_eq!((at(&replay, "A1"), at(&replay, "A2"), at(&replay, "A3")), (None, None, Some(Seat::Blocked)));
        assert_eq!(replay.showings[&1], "finished");
    }

    #[test]
    fn a_seat_another_booking_still_has_is_not_given_to_a_second_one() {
        let mut replay = Replay::default();
        replay.apply(1, "held", 1, Some(7), seats(&["A1"]));
        replay.apply(2, "sold", 1, Some(7), seats(&["A1"]));
        replay.apply(3, "held", 1, Some(8), seats(&["A1"]));
        replay.apply(4, "cancelled", 1, Some(8), Data::default());
        assert_eq!(at(&replay, "A1"), Some(Seat::Occupied(7)), "the paid seat stays with its buyer");
    }

    #[test]
    fn an_admission_of_a_seat_never_sold_is_impossible() {
        let mut replay = Replay::default();
        replay.apply(1, "held", 1, Some(7), seats(&["A1"]));
        replay.apply(2, "sold", 1, Some(7), seats(&["A1"]));
        replay.apply(3, "admitted", 1, Some(7), seat("A1"));
        assert!(replay.impossible.is_empty(), "{:?}", replay.impossible);
        replay.apply(4, "admitted", 1, Some(7), seat("A5"));
        assert_eq!(replay.impossible, ["event 4 admits seat A5, which its booking did not hold sold"]);
    }
}
