//! Calling a showing off: it closes, every hold is cancelled and every paid booking refunded in
//! full, all in one transaction, so the showing is never half cancelled.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::expire::{end_hold, refund_seats};
use super::refund::check_reason;
use super::staff::Needs;
use super::{Conflict, Engine, EngineError, existing_showing, is_open, messages, sales_state};
use crate::domain::selling::SalesState;
use crate::domain::{BookingStatus, ClaimState, EventKind, ShowingId};
use crate::store::NewEvent;

/// What cancelling a showing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowingCancellation {
    pub showing: ShowingId,
    pub holds_cancelled: usize,
    pub bookings_refunded: usize,
    pub refunded_total: i64,
}

impl Engine {
    /// Cancels a showing and refunds every paid booking in full.
    ///
    /// # Errors
    /// Not found; bad input without a reason; a conflict for a finished or cancelled showing;
    /// Unauthorized without a manager's authority.
    pub fn cancel_showing(
        &mut self,
        showing: ShowingId,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<ShowingCancellation, EngineError> {
        let reason = reason.trim().to_owned();
        check_reason(&reason)?;
        self.change(|tx, actor, authority| {
            let approver = authority.check(tx, Needs::Manager(messages::CANCELLING_A_SHOWING))?;
            let venue = super::venue(tx)?;
            let show = existing_showing(tx, showing)?;
            if !is_open(&show) || sales_state(&show, &venue, now) == SalesState::Finished {
                return Err(EngineError::conflict(
                    Conflict::ShowingOver,
                    // An open showing whose time is up is finished, whether or not the tick said so.
                    messages::showing_already(showing, if is_open(&show) { "finished" } else { show.status.as_str() }),
                ));
            }
            // Refunds go into this counter's drawer when it has a shift open; a cancelled showing
            // is refunded whether or not one is.
            let shift = tx.open_shift(&actor.counter)?.map(|s| s.id);
            let event = |kind: EventKind, booking, data| NewEvent {
                at: now,
                kind,
                showing: Some(showing),
                booking,
                staff: actor.staff.as_deref(),
                counter: Some(&actor.counter),
                approver: approver.as_deref(),
                data,
            };
            let mut report =
                ShowingCancellation { showing, holds_cancelled: 0, bookings_refunded: 0, refunded_total: 0 };
            for booking in tx.bookings_of_showing(showing, BookingStatus::Held)? {
                let row = tx.booking(booking)?;
                let (released, _) = end_hold(tx, booking, BookingStatus::Cancelled)?;
                let released: Vec<String> = released.iter().map(ToString::to_string).collect();
                tx.append_event(&event(
                    EventKind::Cancelled,
                    Some(booking),
                    json!({ "booking": row.code, "released": released, "cause": "showing cancelled" }),
                ))?;
                report.holds_cancelled += 1;
            }
            for booking in tx.bookings_of_showing(showing, BookingStatus::Paid)? {
                let row = tx.booking(booking)?;
                let sold: Vec<_> = tx.claims(booking)?.into_iter().filter(|c| c.state == ClaimState::Sold).collect();
                let amount: i64 = sold.iter().filter_map(|c| c.price).sum();
                let refund =
                    tx.insert_refund(booking, amount, &reason, now, actor.staff.as_deref(), Some(&actor.counter))?;
                tx.set_refund_context(refund, shift, approver.as_deref())?;
                refund_seats(tx, booking, showing, &row.code, &sold.iter().collect::<Vec<_>>(), refund)?;
                tx.set_booking_status(booking, BookingStatus::Refunded)?;
                tx.append_event(&event(
                    EventKind::Refunded,
                    Some(booking),
                    json!({
                        "booking": row.code,
                        "refund": refund.0,
                        "seats": sold.iter().map(|c| c.label.to_string()).collect::<Vec<_>>(),
                        "amount": amount,
                        "reason": reason,
                    }),
                ))?;
                report.bookings_refunded += 1;
                report.refunded_total += amount;
            }
            tx.mark_cancelled(showing)?;
            tx.append_event(&event(
                EventKind::ShowingCancelled,
                None,
                json!({
                    "showing": showing.0,
                    "reason": reason,
                    "holds_cancelled": report.holds_cancelled,
                    "bookings_refunded": report.bookings_refunded,
                    "refunded_total": report.refunded_total,
                }),
            ))?;
            Ok(report)
        })
    }
}
