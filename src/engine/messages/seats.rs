//! Choosing, holding and blocking seats.

use super::list;

/// Why a seat cannot be blocked when it is blocked in the layout itself.
pub const OUT_OF_SERVICE_IN_LAYOUT: &str = "out of service in the layout";

/// Blocking or unblocking with no seat named.
#[must_use]
pub fn no_seats_named() -> String {
    "name at least one seat, like B7".to_owned()
}

/// What best-available chose, one range per block: `Best 9: D1–D5 and E1–E4 (two rows)`,
/// `Best 8: D3–D10 across the aisle`.
#[must_use]
pub fn best_chosen(count: usize, blocks: &[String], across_aisle: bool) -> String {
    let places = match blocks {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    let rows = match blocks.len() {
        0 | 1 => String::new(),
        2 => " (two rows)".to_owned(),
        3 => " (three rows)".to_owned(),
        n => format!(" ({n} rows)"),
    };
    let aisle = if across_aisle { " across the aisle" } else { "" };
    format!("Best {count}: {places}{rows}{aisle}")
}

/// No block nor split fits: `No 9 standard seats together or in adjacent rows; 5 are free.`
#[must_use]
pub fn no_room_for(count: usize, kind: &str, free: usize) -> String {
    let seats = if count == 1 { "seat" } else { "seats" };
    let left = match free {
        0 => format!("no {kind} seat is free"),
        1 => format!("only 1 {kind} seat is free"),
        n if n < count => format!("only {n} {kind} seats are free"),
        n => format!("{n} {kind} seats are free, too scattered"),
    };
    format!("no {count} {kind} {seats} together or in adjacent rows: {left}")
}

/// Asking best-available for no seats or too many at once.
#[must_use]
pub fn best_count_out_of_range(max: usize) -> String {
    format!("ask for 1 to {max} seats")
}

/// Holding with no seat named.
#[must_use]
pub fn no_seats_to_hold() -> String {
    "name at least one seat to hold, like B7".to_owned()
}

/// Holding more seats than one booking may have.
#[must_use]
pub fn too_many_seats(max: usize) -> String {
    format!("one booking holds at most {max} seats")
}

/// Holding with the same seat named twice.
#[must_use]
pub fn seat_named_twice() -> String {
    "a seat is named twice".to_owned()
}

/// A hold (or an extension) asked for with a length of zero or less.
#[must_use]
pub fn hold_not_positive() -> String {
    "a hold must last a positive time".to_owned()
}

/// Seats named that the showing's auditorium does not have.
#[must_use]
pub fn no_such_seats(auditorium: &str, seats: &[String]) -> String {
    format!("{auditorium} has no seat {}", list(seats))
}

/// Holding seats that are blocked.
#[must_use]
pub fn seats_out_of_service(seats: &[String]) -> String {
    format!("{} {} out of service", list(seats), if seats.len() == 1 { "is" } else { "are" })
}

/// Holding seats another hold or sale has (`counters`: where, when known): `B7 was just taken at
/// counter-2`.
#[must_use]
pub fn seat_taken(seats: &[String], counters: &[String]) -> String {
    let verb = if seats.len() == 1 { "was" } else { "were" };
    let at = if counters.is_empty() { String::new() } else { format!(" at {}", list(counters)) };
    format!("{} {verb} just taken{at}", list(seats))
}

/// Paying for an expired hold when some of its seats were taken since.
#[must_use]
pub fn hold_lost(code: &str, seats: &[String]) -> String {
    let verb = if seats.len() == 1 { "was" } else { "were" };
    format!("the hold of booking {code} expired and {} {verb} taken since; hold other seats", list(seats))
}

/// One seat in a refused block or unblock, with why: `B7 (reserved)`.
#[must_use]
pub fn seat_refused(seat: &str, why: &str) -> String {
    format!("{seat} ({why})")
}

/// Blocking seats some of which are not free; `refused` as from [`seat_refused`].
#[must_use]
pub fn cannot_block(refused: &[String]) -> String {
    format!("cannot block {}", list(refused))
}

/// Unblocking seats some of which are not blocked; `refused` as from [`seat_refused`].
#[must_use]
pub fn cannot_unblock(refused: &[String]) -> String {
    format!("cannot unblock {}", list(refused))
}
