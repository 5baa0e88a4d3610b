//! Paper and the door: why a ticket does not print, or a scanned one does not admit.

use crate::tr;

/// A seat of a booking that was admitted before; `at` in venue time, `door` the door's name.
#[must_use]
pub fn already_admitted(seat: &str, code: &str, at: &str, door: &str) -> String {
    tr!("door-already-admitted", seat = seat, code = code, at = at, door = door)
}

/// A ticket that was refunded.
#[must_use]
pub fn ticket_refunded(seat: &str, code: &str) -> String {
    tr!("door-refunded", seat = seat, code = code)
}

/// A seat of a booking that was never paid for (a hold, cancelled, expired).
#[must_use]
pub fn ticket_not_paid(seat: &str, code: &str) -> String {
    tr!("door-not-paid", seat = seat, code = code)
}

/// A ticket for another showing than the one at this door.
#[must_use]
pub fn other_showing(film: &str, auditorium: &str, starts: &str) -> String {
    tr!("door-other-showing", film = film, auditorium = auditorium, starts = starts)
}

/// A ticket scanned before the door opens; `opens` the local time it does.
#[must_use]
pub fn too_early(film: &str, opens: &str) -> String {
    tr!("door-too-early", film = film, opens = opens)
}

/// A ticket scanned after the door window closed; `closed` the local time it did.
#[must_use]
pub fn too_late(film: &str, closed: &str) -> String {
    tr!("door-too-late", film = film, closed = closed)
}

/// A ticket of a showing that was cancelled.
#[must_use]
pub fn showing_cancelled_at_door(film: &str) -> String {
    tr!("door-showing-cancelled", film = film)
}

/// A correctly signed ticket whose seat the booking does not have (only a corrupted database).
#[must_use]
pub fn no_such_ticket(seat: &str, code: &str) -> String {
    tr!("door-no-such-ticket", seat = seat, code = code)
}

/// Printing a booking that was never paid.
#[must_use]
pub fn nothing_to_print(code: &str) -> String {
    tr!("print-nothing", code = code)
}

/// Printing a seat that is not a sold ticket of the booking.
#[must_use]
pub fn not_a_sold_seat(seat: &str, code: &str) -> String {
    tr!("print-not-sold", seat = seat, code = code)
}

/// Printing the refund slip of a booking with no refund.
#[must_use]
pub fn no_refund_to_print(code: &str) -> String {
    tr!("print-no-refund", code = code)
}
