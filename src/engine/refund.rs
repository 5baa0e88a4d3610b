//! Refunds: occupied → available for some or all seats of a paid booking, with a reason and an
//! amount that defaults to what those seats cost and may be lower, never higher.

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::expire::refund_seats;
use super::staff::Needs;
use super::{Conflict, Engine, EngineError, existing_showing, is_open, messages, sales_state, shift_for_money, venue};
use crate::domain::card_number::contains_card_number;
use crate::domain::records::ClaimRecord;
use crate::domain::selling::SalesState;
use crate::domain::{BookingStatus, ClaimState, RefundId, SeatLabel};
use crate::store::NewEvent;

/// The longest reason kept; a reason is a sentence, not a letter.
pub const MAX_REASON_CHARS: usize = 200;

/// What the cashier asks to refund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    pub code: String,
    /// The seats to refund; `None` refunds every seat still sold, an empty list is refused.
    pub seats: Option<Vec<SeatLabel>>,
    pub reason: String,
    /// In minor units; `None` refunds what the seats cost.
    pub amount: Option<i64>,
}

/// A refund that was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundReceipt {
    pub booking: String,
    pub refund: RefundId,
    pub seats: Vec<SeatLabel>,
    pub amount: i64,
    pub reason: String,
    /// Whether the whole booking is now refunded.
    pub fully_refunded: bool,
    /// The manager who approved it, where one had to.
    pub approver: Option<String>,
}

/// A reason is one short line, and never holds card data.
pub(super) fn check_reason(reason: &str) -> Result<(), EngineError> {
    if reason.trim().is_empty() {
        return Err(EngineError::BadInput(messages::reason_required()));
    }
    if reason.chars().count() > MAX_REASON_CHARS || reason.chars().any(char::is_control) {
        return Err(EngineError::BadInput(messages::reason_too_long(MAX_REASON_CHARS)));
    }
    if contains_card_number(reason) {
        return Err(EngineError::BadInput(messages::reason_has_card_number()));
    }
    Ok(())
}

impl Engine {
    /// Refunds seats of a paid booking; they become available again.
    ///
    /// # Errors
    /// Bad input (no reason, a seat not in the booking, an amount over what was paid), not found,
    /// or a conflict (not paid, already refunded, the showing finished or cancelled).
    pub fn refund(&mut self, request: &RefundRequest, now: DateTime<Utc>) -> Result<RefundReceipt, EngineError> {
        let code = super::queries::normalize_code(&request.code)?;
        let reason = request.reason.trim().to_owned();
        if reason.is_empty() {
            return Err(EngineError::BadInput(messages::refund_needs_reason()));
        }
        check_reason(&reason)?;
        if request.amount.is_some_and(|amount| amount < 0) {
            return Err(EngineError::BadInput(messages::negative_refund()));
        }
        self.change(|tx, actor, authority| {
            let venue = venue(tx)?;
            let booking = super::queries::booking_row(tx, &code)?;
            match booking.status {
                BookingStatus::Paid => {}
                BookingStatus::Refunded => {
                    return Err(EngineError::conflict(Conflict::WrongState, messages::already_refunded(&code)));
                }
                BookingStatus::Held => {
                    return Err(EngineError::conflict(Conflict::WrongState, messages::not_paid_yet(&code)));
                }
                BookingStatus::Cancelled | BookingStatus::Expired => {
                    let message = messages::never_paid(&code, booking.status.as_str());
                    return Err(EngineError::conflict(Conflict::WrongState, message));
                }
            }
            let show = existing_showing(tx, booking.showing_id)?;
            if !is_open(&show)
                || matches!(sales_state(&show, &venue, now), SalesState::Finished | SalesState::Cancelled)
            {
                return Err(EngineError::conflict(Conflict::ShowingOver, messages::showing_refunds_nothing(show.id)));
            }
            let claims = tx.claims(booking.id)?;
            let chosen = choose_seats(&claims, request.seats.as_deref(), &code)?;
            let paid_for: i64 = chosen.iter().filter_map(|claim| claim.price).sum();
            let amount = request.amount.unwrap_or(paid_for);
            if amount > paid_for {
                return Err(EngineError::BadInput(messages::refund_over_paid(
                    &venue.currency.format(amount),
                    &venue.currency.format(paid_for),
                )));
            }
            // A cashier alone refunds in full before the start; anything else is a manager's call.
            let approver = if now >= show.starts_at {
                authority.check(tx, Needs::Manager(messages::REFUNDING_AFTER_START))?
            } else if amount != paid_for {
                authority.check(tx, Needs::Manager(messages::REFUNDING_ANOTHER_AMOUNT))?
            } else {
                None
            };
            let shift = shift_for_money(tx, actor)?;
            let refund =
                tx.insert_refund(booking.id, amount, &reason, now, actor.staff.as_deref(), Some(&actor.counter))?;
            tx.set_refund_context(refund, shift, approver.as_deref())?;
            refund_seats(tx, booking.id, booking.showing_id, &code, &chosen, refund)?;
            let still_sold = claims.iter().filter(|c| c.state == ClaimState::Sold).count() - chosen.len();
            if still_sold == 0 {
                tx.set_booking_status(booking.id, BookingStatus::Refunded)?;
            }
            let seats: Vec<SeatLabel> = chosen.iter().map(|claim| claim.label.clone()).collect();
            tx.append_event(&NewEvent {
                approver: approver.as_deref(),
                ..actor.event(
                    now,
                    EventKind::Refunded,
                    Some(booking.showing_id),
                    Some(booking.id),
                    json!({
                        "booking": code,
                        "refund": refund.0,
                        "seats": seats.iter().map(ToString::to_string).collect::<Vec<_>>(),
                        "amount": amount,
                        "reason": reason,
                    }),
                )
            })?;
            Ok(RefundReceipt {
                booking: code.clone(),
                refund,
                seats,
                amount,
                reason: reason.clone(),
                fully_refunded: still_sold == 0,
                approver,
            })
        })
    }
}

/// The sold claims to refund: the named ones, or every one still sold when none are named.
fn choose_seats<'a>(
    claims: &'a [ClaimRecord],
    wanted: Option<&[SeatLabel]>,
    code: &str,
) -> Result<Vec<&'a ClaimRecord>, EngineError> {
    let Some(wanted) = wanted else {
        return Ok(claims.iter().filter(|c| c.state == ClaimState::Sold).collect());
    };
    // An empty list (say, from an unset shell variable) must not turn into "every seat".
    if wanted.is_empty() {
        return Err(EngineError::BadInput(messages::no_seats_to_refund(code)));
    }
    let mut chosen = Vec::new();
    for label in wanted {
        let claim = claims
            .iter()
            .find(|c| &c.label == label && matches!(c.state, ClaimState::Sold | ClaimState::Refunded))
            .ok_or_else(|| EngineError::BadInput(messages::seat_not_in_booking(&label.to_string(), code)))?;
        if claim.state == ClaimState::Refunded {
            return Err(EngineError::Conflict {
                conflict: Conflict::WrongState,
                message: messages::seat_already_refunded(&label.to_string(), code),
                seats: vec![label.to_string()],
            });
        }
        if chosen.iter().any(|c: &&ClaimRecord| c.seat_id == claim.seat_id) {
            return Err(EngineError::BadInput(messages::refund_seat_named_twice(&label.to_string())));
        }
        chosen.push(claim);
    }
    Ok(chosen)
}
