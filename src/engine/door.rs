//! The door: a scanned ticket admits its seat once, inside the showing's door window.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::{Conflict, Engine, EngineError, messages, venue};
use crate::domain::ticket_payload::{self, PayloadError};
use crate::domain::{ClaimState, SeatLabel, ShowingId, ShowingStatus};

/// A ticket that was let in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Admission {
    pub booking: String,
    pub seat: SeatLabel,
    pub showing: ShowingId,
    pub film: String,
    pub auditorium: String,
    pub starts_at: DateTime<Utc>,
    /// Seats of this showing admitted so far, this one included.
    pub admitted: i64,
}

impl Engine {
    /// Admits the seat a scanned ticket names, once. `door_showing` is the showing this door
    /// lets in, when it is set to one. Admitting needs no staff PIN: it moves no money, and a
    /// ticket admits once whoever scans it.
    ///
    /// # Errors
    /// Bad input for a scan that is not a ticket or whose signature does not match; a conflict
    /// for a ticket already admitted, refunded, never paid, for another showing or outside the
    /// door window; not found when the booking is gone (a ticket of another database).
    pub fn admit(
        &mut self,
        scanned: &str,
        door_showing: Option<ShowingId>,
        now: DateTime<Utc>,
    ) -> Result<Admission, EngineError> {
        let payload = ticket_payload::parse(scanned).map_err(bad_ticket)?;
        let actor = self.actor.clone();
        self.store.write(|tx| {
            payload.check(&tx.ticket_secret()?).map_err(bad_ticket)?;
            let venue = venue(tx)?;
            let local = |at: DateTime<Utc>| at.with_timezone(&venue.zone).format("%H:%M").to_string();
            let (code, seat) = (payload.booking.as_str(), payload.seat.to_string());
            let booking = super::queries::booking_row(tx, code)?;
            let claim = tx
                .claims(booking.id)?
                .into_iter()
                .find(|claim| claim.label == payload.seat)
                .ok_or_else(|| EngineError::NotFound(messages::no_such_ticket(&seat, code)))?;
            match claim.state {
                ClaimState::Sold => {}
                ClaimState::Refunded => {
                    return Err(refused(Conflict::TicketRefunded, messages::ticket_refunded(&seat, code)));
                }
                ClaimState::Held | ClaimState::Released => {
                    return Err(refused(Conflict::WrongState, messages::ticket_not_paid(&seat, code)));
                }
            }
            if let Some(earlier) = tx.admission(booking.id, claim.seat_id)? {
                let door = earlier.door.unwrap_or_else(|| "-".to_owned());
                let at = earlier.at.with_timezone(&venue.zone).format("%H:%M:%S").to_string();
                return Err(refused(Conflict::AlreadyAdmitted, messages::already_admitted(&seat, code, &at, &door)));
            }
            let show = super::existing_showing(tx, booking.showing_id)?;
            let starts = crate::domain::calendar::day_time(
                crate::i18n::lang(),
                show.starts_at.with_timezone(&venue.zone).naive_local(),
            );
            if door_showing.is_some_and(|door| door != show.id) {
                return Err(refused(
                    Conflict::OtherShowing,
                    messages::other_showing(&show.film, &show.auditorium, &starts),
                ));
            }
            if show.status == ShowingStatus::Cancelled {
                return Err(refused(Conflict::ShowingOver, messages::showing_cancelled_at_door(&show.film)));
            }
            let opens = show.starts_at - Duration::minutes(i64::from(venue.door_opens_minutes));
            let closes = show.starts_at + Duration::minutes(i64::from(venue.door_closes_minutes));
            if now < opens {
                return Err(refused(Conflict::TooEarly, messages::too_early(&show.film, &local(opens))));
            }
            if now > closes {
                return Err(refused(Conflict::TooLate, messages::too_late(&show.film, &local(closes))));
            }
            // The IMMEDIATE transaction already orders two doors; the primary key is the backstop.
            if !tx.insert_admission(booking.id, claim.seat_id, show.id, now, &actor.counter, actor.staff.as_deref())? {
                return Err(refused(
                    Conflict::AlreadyAdmitted,
                    messages::already_admitted(&seat, code, &local(now), "-"),
                ));
            }
            let data = json!({ "booking": code, "seat": seat, "door": actor.counter });
            tx.append_event(&actor.event(now, "admitted", Some(show.id), Some(booking.id), data))?;
            Ok(Admission {
                booking: code.to_owned(),
                seat: payload.seat.clone(),
                showing: show.id,
                film: show.film,
                auditorium: show.auditorium,
                starts_at: show.starts_at,
                admitted: tx.admitted_count(show.id)?,
            })
        })
    }

    /// How many seats of a showing were admitted so far.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn admitted_count(&mut self, showing: ShowingId) -> Result<i64, EngineError> {
        self.store.read(|tx| Ok(tx.admitted_count(showing)?))
    }
}

fn bad_ticket(error: PayloadError) -> EngineError {
    EngineError::BadInput(error.to_string())
}

fn refused(conflict: Conflict, message: String) -> EngineError {
    EngineError::conflict(conflict, message)
}
