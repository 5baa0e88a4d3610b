//! Blocking and unblocking seats of one showing (house seats, a seat broken today): a manager's
//! call, with a reason.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::expire::expire_booking;
use super::hold::find_seats;
use super::refund::check_reason;
use super::staff::Needs;
use super::{Conflict, Engine, EngineError, existing_showing, messages, sales_state};
use crate::domain::selling::SalesState;
use crate::domain::{BookingId, SeatKind, SeatLabel, SeatStatus, ShowingId};
use crate::store::NewEvent;

impl Engine {
    /// Blocks free seats of a showing. A seat held by an expired hold counts as free.
    ///
    /// # Errors
    /// Bad input (no seats, unknown seat, no reason); a conflict when a seat is held, sold or
    /// already blocked, or the showing is over; Unauthorized without a manager's authority.
    pub fn block(
        &mut self,
        showing: ShowingId,
        seats: &[SeatLabel],
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<SeatLabel>, EngineError> {
        self.change_blocks(showing, seats, reason, now, true)
    }

    /// Makes blocked seats of a showing available again. Seats out of service in the layout
    /// stay out of service.
    ///
    /// # Errors
    /// As [`Engine::block`], with a conflict for a seat that is not blocked.
    pub fn unblock(
        &mut self,
        showing: ShowingId,
        seats: &[SeatLabel],
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<SeatLabel>, EngineError> {
        self.change_blocks(showing, seats, reason, now, false)
    }

    fn change_blocks(
        &mut self,
        showing: ShowingId,
        seats: &[SeatLabel],
        reason: &str,
        now: DateTime<Utc>,
        block: bool,
    ) -> Result<Vec<SeatLabel>, EngineError> {
        if seats.is_empty() {
            return Err(EngineError::BadInput(messages::no_seats_named()));
        }
        let reason = reason.trim().to_owned();
        check_reason(&reason)?;
        let what = if block { messages::BLOCKING_SEATS } else { messages::UNBLOCKING_SEATS };
        self.change(|tx, actor, authority| {
            let approver = authority.check(tx, Needs::Manager(what))?;
            let venue = super::venue(tx)?;
            let show = existing_showing(tx, showing)?;
            if matches!(sales_state(&show, &venue, now), SalesState::Finished | SalesState::Cancelled) {
                return Err(EngineError::conflict(Conflict::ShowingOver, messages::showing_over(showing)));
            }
            let found = find_seats(tx, showing, seats, &show.auditorium)?;
            let mut refused = Vec::new();
            let mut expired_holders: BTreeSet<BookingId> = BTreeSet::new();
            for seat in &found {
                let expired_hold =
                    seat.status == SeatStatus::Reserved && seat.hold_expires_at.is_some_and(|at| at <= now);
                let ok = match (block, seat.status) {
                    (true, SeatStatus::Available) => true,
                    (true, SeatStatus::Reserved) if expired_hold => {
                        expired_holders.extend(seat.booking_id);
                        true
                    }
                    (false, SeatStatus::Blocked) => seat.kind != SeatKind::OutOfService,
                    _ => false,
                };
                if !ok {
                    let why = if seat.kind == SeatKind::OutOfService {
                        messages::out_of_service_in_layout()
                    } else {
                        messages::state_word(seat.status.as_str())
                    };
                    refused.push(messages::seat_refused(&seat.label.to_string(), &why));
                }
            }
            if !refused.is_empty() {
                return Err(EngineError::Conflict {
                    conflict: Conflict::SeatTaken,
                    message: if block { messages::cannot_block(&refused) } else { messages::cannot_unblock(&refused) },
                    seats: found.iter().map(|s| s.label.to_string()).collect(),
                });
            }
            for holder in expired_holders {
                expire_booking(tx, holder, now, actor, "seat blocked")?;
            }
            for seat in &found {
                let changed =
                    if block { tx.block_seat(showing, seat.seat_id)? } else { tx.unblock_seat(showing, seat.seat_id)? };
                if !changed {
                    return Err(super::hold::taken(vec![seat.label.to_string()], &[]));
                }
            }
            let labels: Vec<SeatLabel> = found.iter().map(|s| s.label.clone()).collect();
            tx.append_event(&NewEvent {
                approver: approver.as_deref(),
                ..actor.event(
                    now,
                    if block { "blocked" } else { "unblocked" },
                    Some(showing),
                    None,
                    json!({ "seats": labels.iter().map(ToString::to_string).collect::<Vec<_>>(), "reason": reason }),
                )
            })?;
            Ok(labels)
        })
    }
}
