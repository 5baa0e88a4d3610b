//! Cancelling a hold: reserved → available, no money involved.

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::expire::end_hold;
use super::{Conflict, Engine, EngineError, messages};
use crate::domain::{BookingStatus, SeatLabel};

/// A cancelled hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelReceipt {
    pub booking: String,
    pub released: Vec<SeatLabel>,
}

impl Engine {
    /// Cancels a held booking and frees its seats. A hold that has expired but was not tidied
    /// yet is cancelled the same way.
    ///
    /// # Errors
    /// Bad input (malformed code), not found, or a conflict (paid, already ended).
    pub fn cancel(&mut self, code: &str, now: DateTime<Utc>) -> Result<CancelReceipt, EngineError> {
        let code = super::queries::normalize_code(code)?;
        self.change(|tx, actor, _| {
            let booking = super::queries::booking_row(tx, &code)?;
            let refuse = |message: String| Err(EngineError::conflict(Conflict::WrongState, message));
            match booking.status {
                BookingStatus::Held => {}
                BookingStatus::Paid => return refuse(messages::cancel_paid(&code)),
                BookingStatus::Cancelled => return refuse(messages::cancel_cancelled(&code)),
                BookingStatus::Expired => return refuse(messages::cancel_expired(&code)),
                BookingStatus::Refunded => return refuse(messages::cancel_refunded(&code)),
            }
            let (released, _) = end_hold(tx, booking.id, BookingStatus::Cancelled)?;
            tx.append_event(&actor.event(
                now,
                EventKind::Cancelled,
                Some(booking.showing_id),
                Some(booking.id),
                json!({ "booking": code, "released": released.iter().map(ToString::to_string).collect::<Vec<_>>() }),
            ))?;
            Ok(CancelReceipt { booking: code.clone(), released })
        })
    }
}
