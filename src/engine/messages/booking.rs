//! Finding a booking, cancelling, extending and paying for it.

/// A typed booking code that cannot be one; `typed` is what was typed (cut short), `length` how
/// many characters a code has.
#[must_use]
pub fn not_a_booking_code(typed: &str, length: usize) -> String {
    format!("{typed:?} is not a booking code ({length} letters and digits, like K7QM3X)")
}

/// A booking code that matches no booking.
#[must_use]
pub fn no_booking(code: &str) -> String {
    format!("there is no booking {code}")
}

/// Selling a child ticket for a film rated 17+ or 21+ without the cashier confirming the age.
#[must_use]
pub fn age_not_confirmed(film: &str, rating: &str) -> String {
    format!(
        "{film} is rated {rating}: confirm the buyer is old enough before selling a child ticket (sell --confirm-age)"
    )
}

/// Cancelling a hold that is already paid.
#[must_use]
pub fn cancel_paid(code: &str) -> String {
    format!("booking {code} is paid; refund it instead")
}

/// Cancelling a booking that is already cancelled.
#[must_use]
pub fn cancel_cancelled(code: &str) -> String {
    format!("booking {code} is already cancelled")
}

/// Cancelling a hold that already expired.
#[must_use]
pub fn cancel_expired(code: &str) -> String {
    format!("booking {code} already expired; its seats are free again")
}

/// Cancelling a booking that was refunded.
#[must_use]
pub fn cancel_refunded(code: &str) -> String {
    format!("booking {code} was refunded")
}

/// Extending a booking that is not a running hold; `state` is its state word.
#[must_use]
pub fn not_a_running_hold(code: &str, state: &str) -> String {
    format!("booking {code} is {state}, not a running hold; it cannot be extended")
}

/// Paying for a booking that is already paid (or refunded).
#[must_use]
pub fn already_paid(code: &str) -> String {
    format!("booking {code} is already paid")
}

/// Paying for a booking that was cancelled.
#[must_use]
pub fn pay_cancelled(code: &str) -> String {
    format!("booking {code} was cancelled; hold the seats again")
}

/// Paying for seats of a showing whose price list has no ticket types.
#[must_use]
pub fn no_ticket_types(price_list: &str) -> String {
    format!("price list {price_list} has no ticket types")
}

/// Paying with neither one ticket type for all seats nor one per seat.
#[must_use]
pub fn ticket_type_count(seats: usize, given: usize) -> String {
    format!("give one ticket type for all {seats} seats or one per seat, not {given}")
}

/// Paying with a ticket type that has no price for a seat's kind; `known` are the list's types.
#[must_use]
pub fn no_price(price_list: &str, ticket_type: &str, seat_kind: &str, known: &[String]) -> String {
    format!(
        "price list {price_list} has no {ticket_type} price for {seat_kind} seats (ticket types: {})",
        super::list(known)
    )
}
