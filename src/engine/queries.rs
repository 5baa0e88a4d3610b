//! The reads: showings of a day, the seat map, a booking, the event feed, the integrity check.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Engine, EngineError, existing_showing, messages, sales_state, venue};
use crate::domain::records::{BookingRecord, ClaimRecord, EventRecord, RefundRecord, ShowingListing, ShowingRecord};
use crate::domain::selling::SalesState;
use crate::domain::time::day_span;
use crate::domain::venue_file::VenueSettings;
use crate::domain::{
    BookingStatus, EventId, Layout, PriceList, SeatKind, SeatLabel, SeatStatus, ShowingId, booking_code,
};
use crate::store::{Breach, Tx};

/// The showings of one day (or all), with the venue to show their times.
#[derive(Debug, Clone)]
pub struct ShowingsDay {
    pub venue: VenueSettings,
    pub showings: Vec<(ShowingListing, SalesState)>,
}

/// One seat as the map shows it now: an expired hold already shows as available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatView {
    pub label: SeatLabel,
    pub kind: SeatKind,
    pub status: SeatStatus,
    pub booking: Option<String>,
    pub counter: Option<String>,
    pub hold_expires_at: Option<DateTime<Utc>>,
    pub grid_row: usize,
    pub grid_col: usize,
}

/// Everything needed to draw or print a showing's seats.
#[derive(Debug, Clone)]
pub struct SeatMap {
    pub venue: VenueSettings,
    pub showing: ShowingRecord,
    pub sales: SalesState,
    pub layout: Layout,
    pub prices: PriceList,
    /// Front row first, left to right.
    pub seats: Vec<SeatView>,
}

impl SeatMap {
    /// The showing's sales state at `now` (later than the snapshot: "selling closed" shows on
    /// time without a reload).
    #[must_use]
    pub fn sales_at(&self, now: DateTime<Utc>) -> SalesState {
        sales_state(&self.showing, &self.venue, now)
    }
}

/// A booking with everything a cashier may want to see about it.
#[derive(Debug, Clone)]
pub struct BookingDetail {
    pub venue: VenueSettings,
    pub booking: BookingRecord,
    pub showing: ShowingRecord,
    pub sales: SalesState,
    pub seats: Vec<ClaimRecord>,
    pub refunds: Vec<RefundRecord>,
    /// A held booking whose time is up shows as expired before the tick tidies it.
    pub effective_status: BookingStatus,
}

/// Cleans a typed booking code, or says why it cannot be one.
pub(super) fn normalize_code(code: &str) -> Result<String, EngineError> {
    booking_code::normalize(code).ok_or_else(|| {
        let typed: String = code.chars().take(24).collect();
        EngineError::BadInput(messages::not_a_booking_code(&typed, booking_code::LENGTH))
    })
}

/// A booking that must exist.
pub(super) fn booking_row(tx: &Tx<'_>, code: &str) -> Result<BookingRecord, EngineError> {
    tx.booking_by_code(code)?.ok_or_else(|| EngineError::NotFound(messages::no_booking(code)))
}

/// A booking and everything about it, as it stands at `now`.
pub(super) fn booking_detail(tx: &Tx<'_>, code: &str, now: DateTime<Utc>) -> Result<BookingDetail, EngineError> {
    let venue = venue(tx)?;
    let booking = booking_row(tx, code)?;
    let showing = existing_showing(tx, booking.showing_id)?;
    let seats = tx.claims(booking.id)?;
    let refunds = tx.refunds(booking.id)?;
    let effective_status = if booking.status == BookingStatus::Held && booking.hold_expires_at <= now {
        BookingStatus::Expired
    } else {
        booking.status
    };
    let sales = sales_state(&showing, &venue, now);
    Ok(BookingDetail { venue, booking, showing, sales, seats, refunds, effective_status })
}

impl Engine {
    /// The venue settings, if a venue file was imported.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn venue(&mut self) -> Result<Option<VenueSettings>, EngineError> {
        self.store.read(|tx| Ok(tx.venue()?))
    }

    /// The showings starting on a venue-local day, or every showing when `day` is `None`.
    ///
    /// # Errors
    /// Bad input when there is no venue yet; otherwise only database failures.
    pub fn showings(&mut self, day: Option<NaiveDate>, now: DateTime<Utc>) -> Result<ShowingsDay, EngineError> {
        self.store.read(|tx| {
            let venue = venue(tx)?;
            let (from, to) = match day {
                Some(day) => {
                    let (from, to) = day_span(venue.zone, day);
                    (Some(from), Some(to))
                }
                None => (None, None),
            };
            let showings = tx
                .showing_summaries(from, to, now)?
                .into_iter()
                .map(|summary| {
                    let state = sales_state(&summary.showing, &venue, now);
                    (summary, state)
                })
                .collect();
            Ok(ShowingsDay { venue, showings })
        })
    }

    /// The seats of a showing as they stand at `now`.
    ///
    /// # Errors
    /// Not found for an unknown showing.
    pub fn seat_map(&mut self, showing: ShowingId, now: DateTime<Utc>) -> Result<SeatMap, EngineError> {
        self.store.read(|tx| {
            let venue = venue(tx)?;
            let show = existing_showing(tx, showing)?;
            let layout = tx.auditorium(show.auditorium_id)?.layout;
            let prices = tx.price_list(show.price_list_id)?;
            let seats = tx
                .seat_map(showing)?
                .into_iter()
                .map(|row| {
                    let expired =
                        row.seat.status == SeatStatus::Reserved && row.seat.hold_expires_at.is_some_and(|at| at <= now);
                    SeatView {
                        label: row.seat.label,
                        kind: row.seat.kind,
                        status: if expired { SeatStatus::Available } else { row.seat.status },
                        booking: if expired { None } else { row.booking_code },
                        counter: if expired { None } else { row.booking_counter },
                        hold_expires_at: if expired { None } else { row.seat.hold_expires_at },
                        grid_row: row.grid_row,
                        grid_col: row.grid_col,
                    }
                })
                .collect();
            let sales = sales_state(&show, &venue, now);
            Ok(SeatMap { venue, showing: show, sales, layout, prices, seats })
        })
    }

    /// A booking by its code.
    ///
    /// # Errors
    /// Bad input for a malformed code, not found for an unknown one.
    pub fn booking(&mut self, code: &str, now: DateTime<Utc>) -> Result<BookingDetail, EngineError> {
        let code = normalize_code(code)?;
        self.store.read(|tx| booking_detail(tx, &code, now))
    }

    /// Events after `after`, oldest first, at most `limit`.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn events(&mut self, after: EventId, limit: usize) -> Result<Vec<EventRecord>, EngineError> {
        self.store.read(|tx| Ok(tx.events_after(after, limit)?))
    }

    /// Every integrity check and lifecycle rule; an empty list means all hold.
    ///
    /// # Errors
    /// Only when the checks cannot run.
    pub fn verify(&mut self) -> Result<Vec<Breach>, EngineError> {
        self.store.read(|tx| Ok(tx.verify()?))
    }
}
