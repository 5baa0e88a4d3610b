//! Refunds and the reasons given for refunds, blocks and cancelled showings.

/// A refund, block or cancelled showing with an empty reason.
#[must_use]
pub fn reason_required() -> String {
    "a reason is required".to_owned()
}

/// A reason longer than one line of `max` characters.
#[must_use]
pub fn reason_too_long(max: usize) -> String {
    format!("a reason is one line of at most {max} characters")
}

/// A reason that looks like it holds a card number.
#[must_use]
pub fn reason_has_card_number() -> String {
    "that looks like a card number; boxoffice never stores card data, describe the reason without it".to_owned()
}

/// A refund asked for without a reason.
#[must_use]
pub fn refund_needs_reason() -> String {
    "a refund needs a reason".to_owned()
}

/// A refund of a negative amount.
#[must_use]
pub fn negative_refund() -> String {
    "a refund amount cannot be negative".to_owned()
}

/// Refunding a booking that is already refunded in full.
#[must_use]
pub fn already_refunded(code: &str) -> String {
    format!("booking {code} is already fully refunded")
}

/// Refunding a booking that is still a hold.
#[must_use]
pub fn not_paid_yet(code: &str) -> String {
    format!("booking {code} is not paid yet; cancel it instead")
}

/// Refunding a booking that ended without payment; `state` is its state word.
#[must_use]
pub fn never_paid(code: &str, state: &str) -> String {
    format!("booking {code} was never paid ({state})")
}

/// Refunding more than the seats cost; both amounts as `Currency::format` writes them.
#[must_use]
pub fn refund_over_paid(amount: &str, paid: &str) -> String {
    format!("{amount} is more than was paid for those seats ({paid})")
}

/// Refunding with an empty list of seats (rather than none, which means every seat).
#[must_use]
pub fn no_seats_to_refund(code: &str) -> String {
    format!("no seats named to refund from booking {code}; name them like A1, or none at all to refund every seat")
}

/// Refunding a seat the booking does not have (or never paid for).
#[must_use]
pub fn seat_not_in_booking(seat: &str, code: &str) -> String {
    format!("seat {seat} is not part of booking {code}")
}

/// Refunding a seat that was refunded before.
#[must_use]
pub fn seat_already_refunded(seat: &str, code: &str) -> String {
    format!("seat {seat} of booking {code} is already refunded")
}

/// Refunding with the same seat named twice.
#[must_use]
pub fn refund_seat_named_twice(seat: &str) -> String {
    format!("seat {seat} is named twice")
}
