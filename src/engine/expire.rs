//! Ending holds and giving seats back: a hold that ran out (shared by the tick and by any hold or
//! sale that finds an expired hold on a seat it wants; lazy expiry means the tick only tidies
//! up), a hold cancelled, and sold seats refunded.

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::{Actor, EngineError};
use crate::domain::records::ClaimRecord;
use crate::domain::{BookingId, BookingStatus, ClaimState, RefundId, SeatLabel, ShowingId};
use crate::store::Tx;

/// Ends a held booking with `status` (expired or cancelled): its reserved seats become
/// available and its claims released. Returns the seats it held and how many were freed.
pub(super) fn end_hold(
    tx: &Tx<'_>,
    booking: BookingId,
    status: BookingStatus,
) -> anyhow::Result<(Vec<SeatLabel>, usize)> {
    let seats: Vec<SeatLabel> = tx
        .claims(booking)?
        .into_iter()
        .filter(|claim| claim.state == ClaimState::Held)
        .map(|claim| claim.label)
        .collect();
    let released = tx.release_reserved(booking)?;
    tx.move_claims(booking, ClaimState::Held, ClaimState::Released)?;
    tx.set_booking_status(booking, status)?;
    Ok((seats, released))
}

/// Marks sold seats of a booking refunded by `refund` and makes them available again. Each
/// must be occupied by the booking as recorded; anything else is a broken invariant.
pub(super) fn refund_seats(
    tx: &Tx<'_>,
    booking: BookingId,
    showing: ShowingId,
    code: &str,
    seats: &[&ClaimRecord],
    refund: RefundId,
) -> Result<(), EngineError> {
    for claim in seats {
        let refunded = tx.refund_claim(booking, claim.seat_id, refund)?;
        let released = tx.release_occupied(showing, claim.seat_id, booking)?;
        if !(refunded && released) {
            return Err(EngineError::Failed(anyhow::anyhow!(
                "seat {} of booking {code} was not occupied as recorded",
                claim.label
            )));
        }
    }
    Ok(())
}

/// Expires a held booking: its seats become available, its claims released, an `expired`
/// event appended. Returns how many seats it freed.
pub(super) fn expire_booking(
    tx: &Tx<'_>,
    booking: BookingId,
    now: DateTime<Utc>,
    actor: &Actor,
    cause: &str,
) -> anyhow::Result<usize> {
    let row = tx.booking(booking)?;
    if row.status != BookingStatus::Held {
        return Ok(0);
    }
    let (seats, released) = end_hold(tx, booking, BookingStatus::Expired)?;
    let seats: Vec<String> = seats.iter().map(ToString::to_string).collect();
    tx.append_event(&actor.event(
        now,
        EventKind::Expired,
        Some(row.showing_id),
        Some(booking),
        json!({ "booking": row.code, "seats": seats, "released": released, "cause": cause }),
    ))?;
    Ok(released)
}
