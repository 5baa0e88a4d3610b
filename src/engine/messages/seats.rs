//! Choosing, holding and blocking seats.

use super::list;
use crate::tr;

/// Why a seat cannot be blocked when it is blocked in the layout itself.
#[must_use]
pub fn out_of_service_in_layout() -> String {
    tr!("block-out-of-service-in-layout")
}

/// Blocking or unblocking with no seat named.
#[must_use]
pub fn no_seats_named() -> String {
    tr!("block-no-seats")
}

/// What best-available chose, one range per block: `Best 9: D1–D5 and E1–E4 (two rows)`,
/// `Best 8: D3–D10 across the aisle`.
#[must_use]
pub fn best_chosen(count: usize, blocks: &[String], across_aisle: bool) -> String {
    let places = match blocks {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!("list-and", rest = rest.join(", "), last = last.as_str()),
    };
    let rows = if blocks.len() > 1 { format!(" {}", tr!("best-rows", rows = blocks.len())) } else { String::new() };
    let aisle = if across_aisle { format!(" {}", tr!("best-across-aisle")) } else { String::new() };
    tr!("best-chosen", count = count, places = places, rows = rows, aisle = aisle)
}

/// No block nor split fits: `No 9 standard seats together or in adjacent rows; 5 are free.`
#[must_use]
pub fn no_room_for(count: usize, kind: &str, free: usize) -> String {
    let kind = super::kind_word(kind);
    let left = match free {
        0 => tr!("best-none-free", kind = kind.as_str()),
        n if n < count => tr!("best-only-free", free = n, kind = kind.as_str()),
        n => tr!("best-scattered", free = n, kind = kind.as_str()),
    };
    tr!("best-no-room", count = count, kind = kind, left = left)
}

/// Asking best-available for no seats or too many at once.
#[must_use]
pub fn best_count_out_of_range(max: usize) -> String {
    tr!("best-count-range", max = max)
}

/// Holding with no seat named.
#[must_use]
pub fn no_seats_to_hold() -> String {
    tr!("hold-no-seats")
}

/// Holding more seats than one booking may have.
#[must_use]
pub fn too_many_seats(max: usize) -> String {
    tr!("hold-too-many", max = max)
}

/// Holding with the same seat named twice.
#[must_use]
pub fn seat_named_twice() -> String {
    tr!("hold-seat-twice")
}

/// A hold (or an extension) asked for with a length of zero or less.
#[must_use]
pub fn hold_not_positive() -> String {
    tr!("hold-not-positive")
}

/// Seats named that the showing's auditorium does not have.
#[must_use]
pub fn no_such_seats(auditorium: &str, seats: &[String]) -> String {
    tr!("hold-no-such-seats", auditorium = auditorium, seats = list(seats))
}

/// Holding seats that are blocked.
#[must_use]
pub fn seats_out_of_service(seats: &[String]) -> String {
    tr!("hold-out-of-service", seats = list(seats), count = seats.len())
}

/// Holding seats another hold or sale has (`counters`: where, when known): `B7 was just taken at
/// counter-2`.
#[must_use]
pub fn seat_taken(seats: &[String], counters: &[String]) -> String {
    if counters.is_empty() {
        tr!("hold-taken", seats = list(seats), count = seats.len())
    } else {
        tr!("hold-taken-at", seats = list(seats), count = seats.len(), counters = list(counters))
    }
}

/// Paying for an expired hold when some of its seats were taken since.
#[must_use]
pub fn hold_lost(code: &str, seats: &[String]) -> String {
    tr!("hold-lost", code = code, seats = list(seats), count = seats.len())
}

/// One seat in a refused block or unblock, with why (a state word, or
/// [`out_of_service_in_layout`]): `B7 (reserved)`.
#[must_use]
pub fn seat_refused(seat: &str, why: &str) -> String {
    format!("{seat} ({why})")
}

/// Blocking seats some of which are not free; `refused` as from [`seat_refused`].
#[must_use]
pub fn cannot_block(refused: &[String]) -> String {
    tr!("block-refused", seats = list(refused))
}

/// Unblocking seats some of which are not blocked; `refused` as from [`seat_refused`].
#[must_use]
pub fn cannot_unblock(refused: &[String]) -> String {
    tr!("unblock-refused", seats = list(refused))
}
