//! An independent witness: replays the event feed in order and checks, event by event, that no
//! seat of a showing was ever held or sold by two bookings at once and no booking was paid twice.
//! It relies only on the events (the audit trail), not on the engine's own checks.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// Who has a seat of a showing at this point of the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Owner {
    Held(String),
    Sold(String),
}

/// Counts of what the feed did, for tests to check they were not vacuous.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replayed {
    pub held: usize,
    pub sold: usize,
    pub cancelled: usize,
    pub expired: usize,
    pub refunded: usize,
    pub restocked: usize,
    /// Bookings with a `sold` event.
    pub paid_bookings: BTreeSet<String>,
    /// (booking, seat) pairs refunded.
    pub refunded_seats: BTreeSet<(String, String)>,
}

/// Replays `events` (oldest first); the first impossible step is the error.
pub fn replay(events: &[Value]) -> Result<Replayed, String> {
    let mut seats: BTreeMap<(i64, String), Owner> = BTreeMap::new();
    let mut done = Replayed::default();
    for event in events {
        let kind = event["kind"].as_str().unwrap_or_default();
        let showing = event["showing"].as_i64().unwrap_or(-1);
        let data = &event["data"];
        let booking = data["booking"].as_str().unwrap_or_default().to_owned();
        let labels = |field: &str| -> Vec<String> {
            data[field]
                .as_array()
                .map(|list| list.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
                .unwrap_or_default()
        };
        let fail = |what: String| Err(format!("event {}: {what}\n  {event}", event["id"]));
        match kind {
            "held" => {
                done.held += 1;
                for seat in labels("seats") {
                    if let Some(owner) = seats.get(&(showing, seat.clone())) {
                        return fail(format!("{booking} holds {seat} of showing {showing} already {owner:?}"));
                    }
                    seats.insert((showing, seat), Owner::Held(booking.clone()));
                }
            }
            "sold" => {
                done.sold += 1;
                if !done.paid_bookings.insert(booking.clone()) {
                    return fail(format!("booking {booking} was paid twice"));
                }
                for seat in labels("seats") {
                    match seats.get(&(showing, seat.clone())) {
                        None => {}
                        Some(Owner::Held(holder)) if *holder == booking => {}
                        Some(owner) => {
                            return fail(format!("{booking} sold {seat} of showing {showing} that is {owner:?}"));
                        }
                    }
                    seats.insert((showing, seat), Owner::Sold(booking.clone()));
                }
            }
            "cancelled" | "expired" => {
                if kind == "cancelled" {
                    done.cancelled += 1;
                } else {
                    done.expired += 1;
                }
                let field = if kind == "cancelled" { "released" } else { "seats" };
                for seat in labels(field) {
                    if seats.get(&(showing, seat.clone())) != Some(&Owner::Held(booking.clone())) {
                        return fail(format!("{booking} released {seat} of showing {showing} it did not hold"));
                    }
                    seats.remove(&(showing, seat));
                }
            }
            "refunded" => {
                done.refunded += 1;
                for seat in labels("seats") {
                    if seats.get(&(showing, seat.clone())) != Some(&Owner::Sold(booking.clone())) {
                        return fail(format!("{booking} refunded {seat} of showing {showing} it had not sold"));
                    }
                    seats.remove(&(showing, seat.clone()));
                    done.refunded_seats.insert((booking.clone(), seat));
                }
            }
            "restocked" => {
                done.restocked += 1;
                seats.retain(|(show, _), _| *show != showing);
            }
            _ => {}
        }
    }
    Ok(done)
}
