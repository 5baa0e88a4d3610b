//! Finding a booking, cancelling, extending and paying for it.

use crate::tr;

/// A typed booking code that cannot be one; `typed` is what was typed (cut short), `length` how
/// many characters a code has.
#[must_use]
pub fn not_a_booking_code(typed: &str, length: usize) -> String {
    tr!("booking-bad-code", typed = format!("{typed:?}"), length = length)
}

/// A booking code that matches no booking.
#[must_use]
pub fn no_booking(code: &str) -> String {
    tr!("booking-none", code = code)
}

/// Selling a child ticket for a film rated 17+ or 21+ without the cashier confirming the age.
#[must_use]
pub fn age_not_confirmed(film: &str, rating: &str) -> String {
    tr!("sell-age-not-confirmed", film = film, rating = rating)
}

/// Cancelling a hold that is already paid.
#[must_use]
pub fn cancel_paid(code: &str) -> String {
    tr!("cancel-paid", code = code)
}

/// Cancelling a booking that is already cancelled.
#[must_use]
pub fn cancel_cancelled(code: &str) -> String {
    tr!("cancel-cancelled", code = code)
}

/// Cancelling a hold that already expired.
#[must_use]
pub fn cancel_expired(code: &str) -> String {
    tr!("cancel-expired", code = code)
}

/// Cancelling a booking that was refunded.
#[must_use]
pub fn cancel_refunded(code: &str) -> String {
    tr!("cancel-refunded", code = code)
}

/// Extending a booking that is not a running hold; `state` is its state word.
#[must_use]
pub fn not_a_running_hold(code: &str, state: &str) -> String {
    tr!("extend-not-running", code = code, state = super::state_word(state))
}

/// Paying for a booking that is already paid (or refunded).
#[must_use]
pub fn already_paid(code: &str) -> String {
    tr!("sell-already-paid", code = code)
}

/// Paying for a booking that was cancelled.
#[must_use]
pub fn pay_cancelled(code: &str) -> String {
    tr!("sell-cancelled", code = code)
}

/// Paying for seats of a showing whose price list has no ticket types.
#[must_use]
pub fn no_ticket_types(price_list: &str) -> String {
    tr!("sell-no-ticket-types", price_list = price_list)
}

/// Paying with neither one ticket type for all seats nor one per seat.
#[must_use]
pub fn ticket_type_count(seats: usize, given: usize) -> String {
    tr!("sell-ticket-type-count", seats = seats, given = given)
}

/// Paying with a ticket type that has no price for a seat's kind; `known` are the list's types.
#[must_use]
pub fn no_price(price_list: &str, ticket_type: &str, seat_kind: &str, known: &[String]) -> String {
    tr!(
        "sell-no-price",
        price_list = price_list,
        ticket_type = ticket_type,
        seat_kind = super::kind_word(seat_kind),
        known = super::list(known),
    )
}
