//! What the engine reads back: showings, bookings, claims, refunds, shifts, money subtotals and
//! events, as the screens and the command line use them. The store fills them in; no backend's
//! rows or column names show through.

use chrono::{DateTime, Utc};

use super::money::saturating_total;
use super::{
    AuditoriumId, BookingId, BookingStatus, ClaimState, EventId, EventKind, PaymentMethod, PriceListId, RefundId,
    SeatId, SeatKind, SeatLabel, ShowingId, ShowingStatus, TicketType,
};

/// A showing with the names a person needs to recognise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowingRecord {
    pub id: ShowingId,
    pub film: String,
    pub rating: Option<String>,
    pub runtime_minutes: u32,
    pub auditorium_id: AuditoriumId,
    pub auditorium: String,
    pub price_list_id: PriceListId,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: ShowingStatus,
    pub restocked_at: Option<DateTime<Utc>>,
}

/// A showing with its seat counts per state (an expired hold counts as available).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowingListing {
    pub showing: ShowingRecord,
    pub available: i64,
    pub reserved: i64,
    pub occupied: i64,
    pub blocked: i64,
    /// Tickets sold and not refunded: the seats' history, which the restock of a finished
    /// showing does not erase (its seats are all available again). The `IN` term lets SQLite
    /// count them on the partial index `one_live_claim_per_seat`.
    pub tickets: i64,
}

/// A booking: its state, and once paid how and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingRecord {
    pub id: BookingId,
    pub code: String,
    pub showing_id: ShowingId,
    pub status: BookingStatus,
    pub created_at: DateTime<Utc>,
    pub hold_expires_at: DateTime<Utc>,
    pub paid_at: Option<DateTime<Utc>>,
    pub payment: Option<PaymentMethod>,
    pub total: Option<i64>,
    pub staff: Option<String>,
    pub counter: Option<String>,
}

/// One seat a booking claims; with a ticket type and price once sold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRecord {
    pub seat_id: SeatId,
    pub label: SeatLabel,
    pub kind: SeatKind,
    pub state: ClaimState,
    pub ticket_type: Option<TicketType>,
    pub price: Option<i64>,
    pub refund_id: Option<RefundId>,
}

/// A refund of some seats of a booking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRecord {
    pub id: RefundId,
    pub amount: i64,
    pub reason: String,
    pub created_at: DateTime<Utc>,
    pub staff: Option<String>,
    pub counter: Option<String>,
    /// The manager who approved it, where one had to.
    pub approver: Option<String>,
    pub seats: Vec<SeatLabel>,
}

/// A counter's shift: who opened it with what float, and how it was closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftRecord {
    pub id: i64,
    pub counter: String,
    pub staff: Option<String>,
    pub opened_at: DateTime<Utc>,
    pub float: i64,
    pub closed_at: Option<DateTime<Utc>>,
    pub closed_by: Option<String>,
    pub expected: Option<i64>,
    pub counted: Option<i64>,
}

/// The money that moved through a shift, by payment method.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ShiftTakings {
    /// (payment method, bookings, total) of sales.
    pub sales: Vec<(PaymentMethod, i64, i64)>,
    /// (payment method, refunds, total) of refunds, by the method the booking was paid with.
    pub refunds: Vec<(PaymentMethod, i64, i64)>,
}

impl ShiftTakings {
    /// How many sales went into the drawer as cash, and how much.
    #[must_use]
    pub fn cash_sales(&self) -> (i64, i64) {
        cash(&self.sales)
    }

    /// How many refunds were paid out of the drawer in cash, and how much.
    #[must_use]
    pub fn cash_refunds(&self) -> (i64, i64) {
        cash(&self.refunds)
    }
}

/// The count and sum of the cash rows; only cash lands in the drawer.
fn cash(rows: &[(PaymentMethod, i64, i64)]) -> (i64, i64) {
    rows.iter()
        .filter(|(method, _, _)| *method == PaymentMethod::Cash)
        .fold((0, 0), |(count, sum), (_, n, total)| (count + n, saturating_total([sum, *total])))
}

/// Money by one key (payment method, film, ticket type): how many and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subtotal {
    pub key: String,
    pub count: i64,
    pub amount: i64,
}

/// An event of the log, with the booking's code in place of its row id.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRecord {
    pub id: EventId,
    pub at: DateTime<Utc>,
    pub kind: EventKind,
    pub showing: Option<ShowingId>,
    pub booking: Option<String>,
    pub staff: Option<String>,
    pub counter: Option<String>,
    pub approver: Option<String>,
    pub data: serde_json::Value,
    pub hash: Option<String>,
}
