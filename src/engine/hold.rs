//! Holding seats: available → reserved, all or nothing.

use crate::domain::EventKind;
use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::expire::expire_booking;
use super::{Conflict, Engine, EngineError, ensure_selling, existing_showing, messages, venue};
use crate::domain::{BookingId, SeatLabel, SeatStatus, ShowingId, booking_code};
use crate::store::{InventorySeat, NewBooking, Tx};

/// The most seats one booking may hold: a school trip, not a block booking of the house.
pub const MAX_SEATS_PER_BOOKING: usize = 60;

/// A hold that was placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldReceipt {
    pub booking: String,
    pub showing: ShowingId,
    pub seats: Vec<SeatLabel>,
    pub expires_at: DateTime<Utc>,
}

impl Engine {
    /// Holds `seats` of a showing for `length` (default: the venue's `hold_minutes`). Either
    /// every seat is held or none is; a seat whose hold has expired counts as free.
    ///
    /// # Errors
    /// Bad input (no seats, too many, unknown seat), not found (showing), or a conflict (a seat
    /// taken or blocked, sales closed, showing over).
    pub fn hold(
        &mut self,
        showing: ShowingId,
        seats: &[SeatLabel],
        length: Option<Duration>,
        now: DateTime<Utc>,
    ) -> Result<HoldReceipt, EngineError> {
        check_request(seats, length)?;
        self.change(|tx, actor, _| {
            let venue = venue(tx)?;
            let show = existing_showing(tx, showing)?;
            ensure_selling(&show, &venue, now)?;
            let expires_at = now + length.unwrap_or_else(|| Duration::minutes(i64::from(venue.hold_minutes)));
            let found = find_seats(tx, showing, seats, &show.auditorium)?;
            refuse_unavailable(tx, &found, now)?;
            // Lazy expiry: end any expired hold on these seats properly before taking them.
            let expired_holders: BTreeSet<BookingId> = found
                .iter()
                .filter(|seat| seat.status == SeatStatus::Reserved)
                .filter_map(|seat| seat.booking_id)
                .collect();
            for holder in expired_holders {
                expire_booking(tx, holder, now, actor, "seat taken by a new hold")?;
            }
            let (booking, code) = insert_booking(tx, showing, now, expires_at, actor)?;
            let seat_ids: Vec<_> = found.iter().map(|seat| seat.seat_id).collect();
            let won = tx.reserve_seats(showing, &seat_ids, booking, expires_at, now)?;
            if won.len() != seat_ids.len() {
                // Not reachable inside this transaction unless the engine has a bug; the
                // conditional UPDATE is the rule's last line of defence.
                let lost = found.iter().filter(|seat| !won.contains(&seat.seat_id)).map(|seat| seat.label.to_string());
                return Err(taken(lost.collect(), &[]));
            }
            tx.insert_claims(booking, showing, &seat_ids)?;
            let labels: Vec<SeatLabel> = found.iter().map(|seat| seat.label.clone()).collect();
            tx.append_event(&actor.event(
                now,
                EventKind::Held,
                Some(showing),
                Some(booking),
                json!({
                    "booking": code,
                    "seats": labels.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    "expires_at": crate::domain::time::rfc3339(venue.zone, expires_at),
                }),
            ))?;
            Ok(HoldReceipt { booking: code, showing, seats: labels, expires_at })
        })
    }
}

fn check_request(seats: &[SeatLabel], length: Option<Duration>) -> Result<(), EngineError> {
    if seats.is_empty() {
        return Err(EngineError::BadInput(messages::no_seats_to_hold()));
    }
    if seats.len() > MAX_SEATS_PER_BOOKING {
        return Err(EngineError::BadInput(messages::too_many_seats(MAX_SEATS_PER_BOOKING)));
    }
    let distinct: BTreeSet<&SeatLabel> = seats.iter().collect();
    if distinct.len() != seats.len() {
        return Err(EngineError::BadInput(messages::seat_named_twice()));
    }
    if length.is_some_and(|length| length <= Duration::zero()) {
        return Err(EngineError::BadInput(messages::hold_not_positive()));
    }
    Ok(())
}

/// The inventory rows of the requested seats, sorted front to back, or which labels do not exist.
pub(super) fn find_seats(
    tx: &Tx<'_>,
    showing: ShowingId,
    seats: &[SeatLabel],
    auditorium: &str,
) -> Result<Vec<InventorySeat>, EngineError> {
    let mut sorted = seats.to_vec();
    sorted.sort();
    let rows = tx.inventory_seats(showing, &sorted)?;
    let missing: Vec<String> =
        sorted.iter().zip(&rows).filter(|(_, row)| row.is_none()).map(|(label, _)| label.to_string()).collect();
    if !missing.is_empty() {
        return Err(EngineError::BadInput(messages::no_such_seats(auditorium, &missing)));
    }
    Ok(rows.into_iter().flatten().collect())
}

/// Refuses seats that are blocked, sold, or held by a hold still running.
fn refuse_unavailable(tx: &Tx<'_>, seats: &[InventorySeat], now: DateTime<Utc>) -> Result<(), EngineError> {
    let blocked: Vec<String> =
        seats.iter().filter(|s| s.status == SeatStatus::Blocked).map(|s| s.label.to_string()).collect();
    if !blocked.is_empty() {
        return Err(EngineError::Conflict {
            conflict: Conflict::SeatBlocked,
            message: messages::seats_out_of_service(&blocked),
            seats: blocked,
        });
    }
    let mut taken_seats = Vec::new();
    let mut where_taken = BTreeSet::new();
    for seat in seats {
        let live = match seat.status {
            SeatStatus::Occupied => true,
            SeatStatus::Reserved => seat.hold_expires_at.is_some_and(|expiry| expiry > now),
            SeatStatus::Available | SeatStatus::Blocked => false,
        };
        if live {
            taken_seats.push(seat.label.to_string());
            if let Some(holder) = seat.booking_id
                && let Some(counter) = tx.booking(holder)?.counter
            {
                where_taken.insert(counter);
            }
        }
    }
    if taken_seats.is_empty() {
        return Ok(());
    }
    let counters: Vec<String> = where_taken.into_iter().collect();
    Err(taken(taken_seats, &counters))
}

/// The "seat taken" conflict: `B7 was just taken at counter-2`, naming the counters where known.
pub(super) fn taken(seats: Vec<String>, counters: &[String]) -> EngineError {
    EngineError::Conflict { conflict: Conflict::SeatTaken, message: messages::seat_taken(&seats, counters), seats }
}

/// Adds the booking under a fresh code, drawing again on the rare clash.
fn insert_booking(
    tx: &Tx<'_>,
    showing: ShowingId,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    actor: &super::Actor,
) -> Result<(BookingId, String), EngineError> {
    for _ in 0..16 {
        let code = booking_code::generate(|n| fastrand::usize(..n));
        let new = NewBooking {
            code: &code,
            showing,
            now,
            hold_expires_at: expires_at,
            staff: actor.staff.as_deref(),
            counter: Some(&actor.counter),
        };
        if let Some(id) = tx.insert_booking(&new)? {
            return Ok((id, code));
        }
    }
    Err(EngineError::Failed(anyhow::anyhow!("could not draw an unused booking code")))
}
