//! Taking payment: reserved → occupied, one ticket per seat with its type and price.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::expire::expire_booking;
use super::hold::taken;
use super::{Conflict, Engine, EngineError, ensure_selling, existing_showing, messages, shift_for_money, venue};
use crate::domain::rating::needs_age_confirmation;
use crate::domain::{
    BookingId, BookingStatus, ClaimState, PaymentMethod, PriceList, SeatLabel, SeatStatus, ShowingId, TicketType,
};
use crate::store::{BookingRow, ClaimRow, Tx};

/// One ticket of a sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub seat: SeatLabel,
    pub ticket_type: TicketType,
    pub price: i64,
}

/// A completed sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaleReceipt {
    pub booking: String,
    pub showing: ShowingId,
    pub tickets: Vec<Ticket>,
    pub total: i64,
    pub payment: PaymentMethod,
    pub paid_at: DateTime<Utc>,
}

impl Engine {
    /// Takes payment for a held booking, refusing a child ticket for a film rated 17+ or 21+
    /// (see [`Engine::sell_confirmed`]).
    ///
    /// # Errors
    /// As [`Engine::sell_confirmed`].
    pub fn sell(
        &mut self,
        code: &str,
        payment: PaymentMethod,
        ticket_types: Option<&[TicketType]>,
        now: DateTime<Utc>,
    ) -> Result<SaleReceipt, EngineError> {
        self.sell_confirmed(code, payment, ticket_types, false, now)
    }

    /// Takes payment for a held booking. `ticket_types` gives one type for every seat, or one per
    /// seat front to back; `None` sells the price list's first type. A hold that has expired is
    /// still sold if none of its seats was taken meanwhile, checked in the same transaction.
    ///
    /// # Errors
    /// Bad input (malformed code, wrong number of ticket types, a type with no price), not found
    /// (booking), or a conflict (already paid, cancelled, a seat lost, sales closed). A child
    /// ticket for a film rated 17+ or 21+ is bad input unless `age_confirmed` says the cashier
    /// confirmed the buyer's age ([`crate::domain::rating::needs_age_confirmation`]).
    pub fn sell_confirmed(
        &mut self,
        code: &str,
        payment: PaymentMethod,
        ticket_types: Option<&[TicketType]>,
        age_confirmed: bool,
        now: DateTime<Utc>,
    ) -> Result<SaleReceipt, EngineError> {
        let code = super::queries::normalize_code(code)?;
        self.change(|tx, actor, _| {
            let venue = venue(tx)?;
            let booking = super::queries::booking_row(tx, &code)?;
            match booking.status {
                BookingStatus::Held | BookingStatus::Expired => {}
                BookingStatus::Paid | BookingStatus::Refunded => {
                    return Err(EngineError::conflict(Conflict::WrongState, messages::already_paid(&code)));
                }
                BookingStatus::Cancelled => {
                    return Err(EngineError::conflict(Conflict::WrongState, messages::pay_cancelled(&code)));
                }
            }
            let show = existing_showing(tx, booking.showing_id)?;
            ensure_selling(&show, &venue, now)?;
            let shift = shift_for_money(tx, actor)?;
            let claims: Vec<ClaimRow> = tx
                .claims(booking.id)?
                .into_iter()
                .filter(|c| matches!(c.state, ClaimState::Held | ClaimState::Released))
                .collect();
            claim_seats_back(tx, &booking, &claims, now, actor)?;
            let prices = tx.price_list(show.price_list_id)?;
            let tickets = price_tickets(&prices, &claims, ticket_types)?;
            if !age_confirmed && needs_age_confirmation(show.rating.as_deref(), tickets.iter().map(|t| &t.ticket_type))
            {
                let rating = show.rating.as_deref().unwrap_or_default();
                return Err(EngineError::BadInput(messages::age_not_confirmed(&show.film, rating)));
            }
            for (claim, ticket) in claims.iter().zip(&tickets) {
                if !tx.occupy_seat(booking.showing_id, claim.seat_id, booking.id, now)? {
                    return Err(taken(vec![claim.label.to_string()], &[]));
                }
                tx.sell_claim(booking.id, claim.seat_id, &ticket.ticket_type, ticket.price)?;
            }
            let total = crate::domain::money::checked_total(tickets.iter().map(|t| t.price))
                .ok_or_else(|| EngineError::BadInput(crate::tr!("sell-total-overflow")))?;
            tx.mark_paid(booking.id, now, payment, total)?;
            if let Some(shift) = shift {
                tx.set_booking_shift(booking.id, shift)?;
            }
            let lines: Vec<_> = tickets
                .iter()
                .map(|t| json!({ "seat": t.seat.to_string(), "ticket_type": t.ticket_type.as_str(), "price": t.price }))
                .collect();
            let data = json!({
                "booking": code,
                "seats": tickets.iter().map(|t| t.seat.to_string()).collect::<Vec<_>>(),
                "tickets": lines,
                "total": total,
                "payment": payment.as_str(),
            });
            tx.append_event(&actor.event(now, "sold", Some(booking.showing_id), Some(booking.id), data))?;
            Ok(SaleReceipt {
                booking: code.clone(),
                showing: booking.showing_id,
                tickets,
                total,
                payment,
                paid_at: now,
            })
        })
    }
}

/// Makes sure every seat of the booking is still its own or free again; expired holds of other
/// bookings on those seats are ended first. A seat someone else holds or bought is a conflict.
fn claim_seats_back(
    tx: &Tx<'_>,
    booking: &BookingRow,
    claims: &[ClaimRow],
    now: DateTime<Utc>,
    actor: &super::Actor,
) -> Result<(), EngineError> {
    let labels: Vec<SeatLabel> = claims.iter().map(|c| c.label.clone()).collect();
    let seats = super::hold::find_seats(tx, booking.showing_id, &labels, "the auditorium")?;
    let mut lost = Vec::new();
    let mut expired_others: BTreeSet<BookingId> = BTreeSet::new();
    for seat in &seats {
        let mine = seat.booking_id == Some(booking.id);
        let expired = seat.hold_expires_at.is_some_and(|expiry| expiry <= now);
        match seat.status {
            SeatStatus::Available => {}
            SeatStatus::Reserved if mine => {}
            SeatStatus::Reserved if expired => expired_others.extend(seat.booking_id),
            SeatStatus::Reserved | SeatStatus::Occupied | SeatStatus::Blocked => lost.push(seat.label.to_string()),
        }
    }
    if !lost.is_empty() {
        return Err(EngineError::Conflict {
            conflict: Conflict::HoldLost,
            message: messages::hold_lost(&booking.code, &lost),
            seats: lost,
        });
    }
    for other in expired_others {
        expire_booking(tx, other, now, actor, "seat taken by a late payment")?;
    }
    Ok(())
}

/// Each seat's ticket type and price.
fn price_tickets(
    prices: &PriceList,
    claims: &[ClaimRow],
    ticket_types: Option<&[TicketType]>,
) -> Result<Vec<Ticket>, EngineError> {
    let default =
        prices.default_ticket_type().ok_or_else(|| EngineError::BadInput(messages::no_ticket_types(&prices.name)))?;
    let types: Vec<TicketType> = match ticket_types {
        None | Some([]) => vec![default; claims.len()],
        Some([one]) => vec![one.clone(); claims.len()],
        Some(many) if many.len() == claims.len() => many.to_vec(),
        Some(many) => {
            return Err(EngineError::BadInput(messages::ticket_type_count(claims.len(), many.len())));
        }
    };
    claims
        .iter()
        .zip(types)
        .map(|(claim, ticket_type)| {
            let price = prices.price(&ticket_type, claim.kind).ok_or_else(|| {
                let known: Vec<String> = prices.ticket_types().iter().map(ToString::to_string).collect();
                EngineError::BadInput(messages::no_price(
                    &prices.name,
                    ticket_type.as_str(),
                    claim.kind.as_str(),
                    &known,
                ))
            })?;
            Ok(Ticket { seat: claim.label.clone(), ticket_type, price })
        })
        .collect()
}
