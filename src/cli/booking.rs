//! The booking commands: hold, sell, cancel, refund, and looking a booking up.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::{Output, time};
use crate::domain::best_available::Kind;
use crate::domain::calendar;
use crate::domain::text::padded;
use crate::domain::time::local_date;
use crate::domain::time::parse_duration;
use crate::domain::{PaymentMethod, SeatLabel, ShowingId, TicketType};
use crate::engine::{BestSeats, Engine, EngineError, HoldReceipt, RefundRequest};
use crate::i18n::errors::Localized as _;
use crate::i18n::{self, words};
use crate::tr;

fn bad(error: impl std::fmt::Display) -> EngineError {
    EngineError::BadInput(error.to_string())
}

fn labels(list: &[SeatLabel]) -> Vec<String> {
    list.iter().map(ToString::to_string).collect()
}

pub fn hold(
    engine: &mut Engine,
    showing: i64,
    seats: &[String],
    length: Option<&str>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let seats = SeatLabel::parse_list(seats.iter().map(String::as_str)).map_err(|e| bad(e.localized()))?;
    let length = length.map(parse_duration).transpose().map_err(|e| bad(e.localized()))?;
    let receipt = engine.hold(ShowingId(showing), &seats, length, now)?;
    held(engine, &receipt, None, now, out)
}

/// `hold SHOWING --best N`: holds exactly what `best` suggests.
pub fn hold_best(
    engine: &mut Engine,
    showing: i64,
    count: usize,
    kind: Option<Kind>,
    length: Option<&str>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let length = length.map(parse_duration).transpose().map_err(|e| bad(e.localized()))?;
    let (best, receipt) = engine.hold_best(ShowingId(showing), count, kind, length, now)?;
    held(engine, &receipt, Some(&best), now, out)
}

fn held(
    engine: &mut Engine,
    receipt: &HoldReceipt,
    best: Option<&BestSeats>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
    let mut answer = json!({
        "booking": receipt.booking,
        "showing": receipt.showing.0,
        "seats": labels(&receipt.seats),
        "status": "held",
        "expires_at": time(zone, receipt.expires_at),
    });
    if let Some(best) = best {
        answer["groups"] = json!(best.groups.iter().map(|group| labels(group)).collect::<Vec<_>>());
        answer["kind"] = json!(best.kind.as_str());
    }
    out.answer(&answer, || {
        let chosen = best.map(|best| format!("{}\n", best.describe())).unwrap_or_default();
        // A hold that outlives today says which day it ends.
        let expires = receipt.expires_at.with_timezone(&zone);
        let until = if local_date(zone, receipt.expires_at) == local_date(zone, now) {
            expires.format("%H:%M:%S").to_string()
        } else {
            format!("{} {}", calendar::day(i18n::lang(), expires.date_naive()), expires.format("%H:%M:%S"))
        };
        let line = tr!(
            "cli-held",
            seats = labels(&receipt.seats).join(", "),
            showing = receipt.showing.to_string(),
            until = until,
            booking = receipt.booking.as_str(),
        );
        format!("{}\n{chosen}{line}", receipt.booking)
    });
    Ok(())
}

pub fn sell(
    engine: &mut Engine,
    code: &str,
    payment: &str,
    types: Option<&str>,
    age_confirmed: bool,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let payment: PaymentMethod = payment
        .trim()
        .to_ascii_lowercase()
        .parse()
        .map_err(|_| bad(tr!("cli-bad-payment", payment = format!("{payment:?}"))))?;
    let types: Option<Vec<TicketType>> = types
        .map(|text| text.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::parse).collect::<Result<_, _>>())
        .transpose()
        .map_err(|e: crate::domain::pricing::BadTicketType| bad(e.localized()))?;
    let receipt = engine.sell_confirmed(code, payment, types.as_deref(), age_confirmed, now)?;
    let currency = engine.venue()?.map(|venue| venue.currency);
    let money = |amount: i64| currency.as_ref().map_or(amount.to_string(), |c| c.format_in(i18n::lang(), amount));
    let seats: Vec<String> = receipt.tickets.iter().map(|t| t.seat.to_string()).collect();
    out.answer(
        &json!({
            "booking": receipt.booking,
            "status": "paid",
            "total": receipt.total,
            "payment": receipt.payment.as_str(),
            "seats": seats,
            "tickets": receipt.tickets.iter().map(|t| json!({ "seat": t.seat.to_string(), "ticket_type": t.ticket_type.as_str(), "price": t.price })).collect::<Vec<_>>(),
            "currency": currency.as_ref().map(crate::domain::money::Currency::code),
        }),
        || {
            let mut text = tr!(
                "cli-paid",
                booking = receipt.booking.as_str(),
                payment = words::payment(receipt.payment.as_str()),
                total = money(receipt.total),
            );
            text.push('\n');
            for ticket in &receipt.tickets {
                let (seat, kind) = (ticket.seat.to_string(), ticket.ticket_type.as_str());
                text.push_str(&format!("  {seat:<5} {kind:<8} {}\n", money(ticket.price)));
            }
            text
        },
    );
    Ok(())
}

pub fn cancel(engine: &mut Engine, code: &str, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let receipt = engine.cancel(code, now)?;
    out.answer(
        &json!({ "booking": receipt.booking, "status": "cancelled", "released": labels(&receipt.released) }),
        || {
            tr!(
                "cli-cancelled",
                booking = receipt.booking.as_str(),
                seats = labels(&receipt.released).join(", "),
                count = receipt.released.len(),
            )
        },
    );
    Ok(())
}

pub fn refund(
    engine: &mut Engine,
    code: &str,
    seats: Option<&str>,
    reason: Option<&str>,
    amount: Option<&str>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty()).ok_or_else(|| bad(tr!("cli-refund-needs-reason")))?;
    let seats = seats.map(|text| SeatLabel::parse_list([text])).transpose().map_err(|e| bad(e.localized()))?;
    let currency = engine.venue()?.map(|venue| venue.currency);
    let amount = match (amount, &currency) {
        (None, _) => None,
        (Some(text), Some(currency)) => Some(currency.parse_amount(text).map_err(|e| bad(e.localized()))?),
        (Some(_), None) => return Err(bad(crate::engine::messages::no_venue_yet())),
    };
    let request = RefundRequest { code: code.to_owned(), seats, reason: reason.to_owned(), amount };
    let receipt = engine.refund(&request, now)?;
    let money = |amount: i64| currency.as_ref().map_or(amount.to_string(), |c| c.format_in(i18n::lang(), amount));
    out.answer(
        &json!({
            "booking": receipt.booking,
            "refund": receipt.refund.0,
            "seats": labels(&receipt.seats),
            "amount": receipt.amount,
            "reason": receipt.reason,
            "fully_refunded": receipt.fully_refunded,
        }),
        || {
            tr!(
                "cli-refunded",
                seats = labels(&receipt.seats).join(", "),
                count = receipt.seats.len(),
                booking = receipt.booking.as_str(),
                rest = if receipt.fully_refunded { "none" } else { "some" },
                amount = money(receipt.amount),
                reason = receipt.reason.as_str(),
            )
        },
    );
    Ok(())
}

pub fn show(engine: &mut Engine, code: &str, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let detail = engine.booking(code, now)?;
    let zone = detail.venue.zone;
    let currency = &detail.venue.currency;
    let lang = i18n::lang();
    let money = |amount: i64| currency.format_in(lang, amount);
    let booking = &detail.booking;
    let value = json!({
        "booking": booking.code,
        "status": detail.effective_status.as_str(),
        "showing": booking.showing_id.0,
        "film": detail.showing.film,
        "auditorium": detail.showing.auditorium,
        "starts_at": time(zone, detail.showing.starts_at),
        "created_at": time(zone, booking.created_at),
        "hold_expires_at": time(zone, booking.hold_expires_at),
        "paid_at": booking.paid_at.map(|at| time(zone, at)),
        "payment": booking.payment.map(crate::domain::status::PaymentMethod::as_str),
        "total": booking.total,
        "counter": booking.counter,
        "staff": booking.staff,
        "seats": detail.seats.iter().map(|s| json!({
            "label": s.label.to_string(), "kind": s.kind.as_str(), "state": s.state.as_str(),
            "ticket_type": s.ticket_type.as_ref().map(TicketType::as_str), "price": s.price,
        })).collect::<Vec<_>>(),
        "refunds": detail.refunds.iter().map(|r| json!({
            "refund": r.id.0, "amount": r.amount, "reason": r.reason, "at": time(zone, r.created_at),
            "seats": labels(&r.seats), "staff": r.staff, "counter": r.counter, "approver": r.approver,
        })).collect::<Vec<_>>(),
    });
    out.answer(&value, || {
        let mut text = tr!(
            "cli-booking-heading",
            code = booking.code.as_str(),
            state = words::state(detail.effective_status.as_str()),
            showing = booking.showing_id.to_string(),
            film = detail.showing.film.as_str(),
            auditorium = detail.showing.auditorium.as_str(),
            starts = calendar::day_time(lang, detail.showing.starts_at.with_timezone(&zone).naive_local()),
        );
        text.push('\n');
        for seat in &detail.seats {
            let ticket = match (&seat.ticket_type, seat.price) {
                (Some(t), Some(p)) => format!("{t} {}", money(p)),
                _ => String::new(),
            };
            let state = padded(&words::state(seat.state.as_str()), 9, true);
            text.push_str(&format!("  {:<5} {state} {ticket}\n", seat.label.to_string()));
        }
        if let (Some(total), Some(payment)) = (booking.total, booking.payment) {
            let line = tr!("cli-booking-paid", total = money(total), payment = words::payment(payment.as_str()));
            text.push_str(&format!("  {line}\n"));
        }
        for refund in &detail.refunds {
            let (id, amount, seats) = (refund.id.to_string(), money(refund.amount), labels(&refund.seats).join(", "));
            let reason = refund.reason.as_str();
            let line = match &refund.approver {
                None => tr!("cli-booking-refund", refund = id, amount = amount, seats = seats, reason = reason),
                Some(approver) => tr!(
                    "cli-booking-refund-approved",
                    refund = id,
                    amount = amount,
                    seats = seats,
                    reason = reason,
                    approver = approver.as_str(),
                ),
            };
            text.push_str(&format!("  {line}\n"));
        }
        text
    });
    Ok(())
}
