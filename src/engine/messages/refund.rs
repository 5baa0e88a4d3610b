//! Refunds and the reasons given for refunds, blocks and cancelled showings.

use crate::tr;

/// A refund, block or cancelled showing with an empty reason.
#[must_use]
pub fn reason_required() -> String {
    tr!("reason-required")
}

/// A reason longer than one line of `max` characters.
#[must_use]
pub fn reason_too_long(max: usize) -> String {
    tr!("reason-too-long", max = max)
}

/// A reason that looks like it holds a card number.
#[must_use]
pub fn reason_has_card_number() -> String {
    tr!("reason-card-number")
}

/// A refund asked for without a reason.
#[must_use]
pub fn refund_needs_reason() -> String {
    tr!("refund-needs-reason")
}

/// A refund of a negative amount.
#[must_use]
pub fn negative_refund() -> String {
    tr!("refund-negative")
}

/// Refunding a booking that is already refunded in full.
#[must_use]
pub fn already_refunded(code: &str) -> String {
    tr!("refund-already", code = code)
}

/// Refunding a booking that is still a hold.
#[must_use]
pub fn not_paid_yet(code: &str) -> String {
    tr!("refund-not-paid-yet", code = code)
}

/// Refunding a booking that ended without payment; `state` is its state word.
#[must_use]
pub fn never_paid(code: &str, state: &str) -> String {
    tr!("refund-never-paid", code = code, state = super::state_word(state))
}

/// Refunding more than the seats cost; both amounts as `Currency::format_in` writes them.
#[must_use]
pub fn refund_over_paid(amount: &str, paid: &str) -> String {
    tr!("refund-over-paid", amount = amount, paid = paid)
}

/// Refunding with an empty list of seats (rather than none, which means every seat).
#[must_use]
pub fn no_seats_to_refund(code: &str) -> String {
    tr!("refund-no-seats", code = code)
}

/// Refunding a seat the booking does not have (or never paid for).
#[must_use]
pub fn seat_not_in_booking(seat: &str, code: &str) -> String {
    tr!("refund-seat-not-in-booking", seat = seat, code = code)
}

/// Refunding a seat that was refunded before.
#[must_use]
pub fn seat_already_refunded(seat: &str, code: &str) -> String {
    tr!("refund-seat-already", seat = seat, code = code)
}

/// Refunding with the same seat named twice.
#[must_use]
pub fn refund_seat_named_twice(seat: &str) -> String {
    tr!("refund-seat-twice", seat = seat)
}
