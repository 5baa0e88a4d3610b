//! Ending a hold that ran out, shared by the tick and by any hold or sale that finds an expired
//! hold on a seat it wants (lazy expiry: the tick only tidies up, it is never needed for
//! correctness).

use chrono::{DateTime, Utc};
use serde_json::json;

use super::Actor;
use crate::domain::{BookingId, BookingStatus, ClaimState};
use crate::store::Tx;

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
    let seats: Vec<String> = tx
        .claims(booking)?
        .into_iter()
        .filter(|claim| claim.state == ClaimState::Held)
        .map(|claim| claim.label.to_string())
        .collect();
    let released = tx.release_reserved(booking)?;
    tx.move_claims(booking, ClaimState::Held, ClaimState::Released)?;
    tx.set_booking_status(booking, BookingStatus::Expired)?;
    tx.append_event(&actor.event(
        now,
        "expired",
        Some(row.showing_id),
        Some(booking),
        json!({ "booking": row.code, "seats": seats, "released": released, "cause": cause }),
    ))?;
    Ok(released)
}
