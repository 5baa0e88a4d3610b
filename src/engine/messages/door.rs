//! Paper and the door: why a ticket does not print, or a scanned one does not admit.

/// A seat of a booking that was admitted before; `at` in venue time, `door` the door's name.
#[must_use]
pub fn already_admitted(seat: &str, code: &str, at: &str, door: &str) -> String {
    format!("already admitted: seat {seat} of {code} went in at {at} through {door}")
}

/// A ticket that was refunded.
#[must_use]
pub fn ticket_refunded(seat: &str, code: &str) -> String {
    format!("refunded: seat {seat} of {code} was refunded and no longer admits")
}

/// A seat of a booking that was never paid for (a hold, cancelled, expired).
#[must_use]
pub fn ticket_not_paid(seat: &str, code: &str) -> String {
    format!("not a paid ticket: seat {seat} of {code} was never sold")
}

/// A ticket for another showing than the one at this door.
#[must_use]
pub fn other_showing(film: &str, auditorium: &str, starts: &str) -> String {
    format!("wrong showing: this ticket is for {film}, {auditorium}, {starts}")
}

/// A ticket scanned before the door opens; `opens` the local time it does.
#[must_use]
pub fn too_early(film: &str, opens: &str) -> String {
    format!("too early: the door for {film} opens at {opens}")
}

/// A ticket scanned after the door window closed; `closed` the local time it did.
#[must_use]
pub fn too_late(film: &str, closed: &str) -> String {
    format!("too late: the door for {film} closed at {closed}")
}

/// A ticket of a showing that was cancelled.
#[must_use]
pub fn showing_cancelled_at_door(film: &str) -> String {
    format!("showing cancelled: {film} does not run; send the guest to the counter")
}

/// A correctly signed ticket whose seat the booking does not have (only a corrupted database).
#[must_use]
pub fn no_such_ticket(seat: &str, code: &str) -> String {
    format!("booking {code} has no seat {seat}")
}

/// Printing a booking that was never paid.
#[must_use]
pub fn nothing_to_print(code: &str) -> String {
    format!("booking {code} is not paid: there is no ticket to print")
}

/// Printing a seat that is not a sold ticket of the booking.
#[must_use]
pub fn not_a_sold_seat(seat: &str, code: &str) -> String {
    format!("seat {seat} is not a sold ticket of booking {code}")
}

/// Printing the refund slip of a booking with no refund.
#[must_use]
pub fn no_refund_to_print(code: &str) -> String {
    format!("booking {code} has no refund: there is no slip to print")
}
