//! Extending a hold: the customer is still digging for cash, so the seats stay reserved longer.

use crate::domain::EventKind;
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::{Conflict, Engine, EngineError, ensure_selling, existing_showing, messages, venue};
use crate::domain::BookingStatus;

/// A hold whose expiry moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtendReceipt {
    pub booking: String,
    pub expires_at: DateTime<Utc>,
}

impl Engine {
    /// Gives a running hold a fresh `length` from `now` (default: the venue's `hold_minutes`).
    /// An expiry is never moved earlier: extending a hold that has more time left keeps it.
    ///
    /// # Errors
    /// Bad input (malformed code, a length that is not positive), not found, or a conflict (the
    /// booking is not held, its hold already ran out, sales have closed).
    pub fn extend_hold(
        &mut self,
        code: &str,
        length: Option<Duration>,
        now: DateTime<Utc>,
    ) -> Result<ExtendReceipt, EngineError> {
        let code = super::queries::normalize_code(code)?;
        if length.is_some_and(|length| length <= Duration::zero()) {
            return Err(EngineError::BadInput(messages::hold_not_positive()));
        }
        self.change(|tx, actor, _| {
            let venue = venue(tx)?;
            let booking = super::queries::booking_row(tx, &code)?;
            // An expired hold may already have lost its seats; extending it would hide that.
            if booking.status != BookingStatus::Held || booking.hold_expires_at <= now {
                let state = if booking.status == BookingStatus::Held { BookingStatus::Expired } else { booking.status };
                return Err(EngineError::conflict(
                    Conflict::WrongState,
                    messages::not_a_running_hold(&code, state.as_str()),
                ));
            }
            let show = existing_showing(tx, booking.showing_id)?;
            ensure_selling(&show, &venue, now)?;
            let fresh = now + length.unwrap_or_else(|| Duration::minutes(i64::from(venue.hold_minutes)));
            let expires_at = fresh.max(booking.hold_expires_at);
            tx.set_hold_expiry(booking.id, expires_at)?;
            tx.extend_reserved(booking.id, expires_at)?;
            tx.append_event(&actor.event(
                now,
                EventKind::Extended,
                Some(booking.showing_id),
                Some(booking.id),
                json!({
                    "booking": code,
                    "expires_at": crate::domain::time::rfc3339(venue.zone, expires_at),
                }),
            ))?;
            Ok(ExtendReceipt { booking: code.clone(), expires_at })
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone as _, Utc};

    use crate::domain::{SeatLabel, SeatStatus, ShowingId};
    use crate::engine::{Actor, Conflict, Engine, EngineError};
    use crate::store::Store;

    fn engine() -> (Engine, chrono::DateTime<Utc>) {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 1, 0, 0).single().expect("valid");
        let mut engine = Engine::new(Store::open_in_memory().expect("memory"), Actor::counter("counter-1"));
        engine.install_demo(now).expect("demo");
        (engine, now)
    }

    fn first_selling(engine: &mut Engine, now: chrono::DateTime<Utc>) -> ShowingId {
        let day = engine.showings(None, now).expect("showings");
        day.showings.iter().find(|(s, _)| s.showing.starts_at > now).map(|(s, _)| s.showing.id).expect("one")
    }

    #[test]
    fn extending_a_running_hold_moves_its_seats_expiry_too() {
        let (mut engine, now) = engine();
        let showing = first_selling(&mut engine, now);
        let seats: Vec<SeatLabel> = vec!["C5".parse().expect("label")];
        let hold = engine.hold(showing, &seats, Some(Duration::minutes(2)), now).expect("hold");
        let later = now + Duration::minutes(1);
        let extended = engine.extend_hold(&hold.booking, None, later).expect("extend");
        assert_eq!(extended.expires_at, later + Duration::minutes(10));
        let map = engine.seat_map(showing, now + Duration::minutes(5)).expect("map");
        let seat = map.seats.iter().find(|s| s.label == seats[0]).expect("seat");
        assert_eq!(seat.status, SeatStatus::Reserved, "still held after the old expiry");
        assert!(engine.verify().expect("verify").is_empty());
    }

    #[test]
    fn an_expired_hold_cannot_be_extended() {
        let (mut engine, now) = engine();
        let showing = first_selling(&mut engine, now);
        let hold =
            engine.hold(showing, &["C6".parse().expect("label")], Some(Duration::minutes(1)), now).expect("hold");
        let error = engine.extend_hold(&hold.booking, None, now + Duration::minutes(2)).expect_err("expired");
        assert!(matches!(error, EngineError::Conflict { conflict: Conflict::WrongState, .. }), "{error}");
    }
}
