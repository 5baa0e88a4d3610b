//! The manager's actions on a showing: block and unblock seats, cancel the showing.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::Output;
use crate::domain::{SeatLabel, ShowingId};
use crate::engine::{Engine, EngineError};
use crate::i18n::errors::Localized as _;
use crate::tr;

fn reason_given(reason: Option<&str>) -> Result<&str, EngineError> {
    reason.map(str::trim).filter(|r| !r.is_empty()).ok_or_else(|| EngineError::BadInput(tr!("cli-reason-required")))
}

pub fn block(
    engine: &mut Engine,
    showing: i64,
    seats: &[String],
    reason: Option<&str>,
    block: bool,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let reason = reason_given(reason)?;
    let seats =
        SeatLabel::parse_list(seats.iter().map(String::as_str)).map_err(|e| EngineError::BadInput(e.localized()))?;
    let changed = if block {
        engine.block(ShowingId(showing), &seats, reason, now)?
    } else {
        engine.unblock(ShowingId(showing), &seats, reason, now)?
    };
    let labels: Vec<String> = changed.iter().map(ToString::to_string).collect();
    let state = if block { "blocked" } else { "available" };
    out.answer(&json!({ "showing": showing, "seats": labels, "status": state, "reason": reason }), || {
        let seats = labels.join(", ");
        if block {
            tr!("cli-blocked", seats = seats, count = labels.len(), showing = showing)
        } else {
            tr!("cli-unblocked", seats = seats, count = labels.len(), showing = showing)
        }
    });
    Ok(())
}

pub fn cancel_showing(
    engine: &mut Engine,
    showing: i64,
    reason: Option<&str>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let reason = reason_given(reason)?;
    let done = engine.cancel_showing(ShowingId(showing), reason, now)?;
    let currency = engine.venue()?.map(|venue| venue.currency);
    out.answer(
        &json!({
            "showing": showing,
            "status": "cancelled",
            "holds_cancelled": done.holds_cancelled,
            "bookings_refunded": done.bookings_refunded,
            "refunded_total": done.refunded_total,
        }),
        || {
            tr!(
                "cli-showing-cancelled",
                showing = showing,
                holds = done.holds_cancelled,
                bookings = done.bookings_refunded,
                total = currency
                    .map_or(done.refunded_total.to_string(), |c| c.format_in(crate::i18n::lang(), done.refunded_total)),
            )
        },
    );
    Ok(())
}
