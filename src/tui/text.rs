//! Every English word the cashier screen shows, in one place (this file and the few under
//! `text/`): the screen's half of the text a cashier reads. The engine's half, the messages it
//! refuses with (a seat taken, a booking not found, a wrong PIN), which the screen shows as they
//! are, is [`crate::engine::messages`]. A translation (Indonesian first) replaces both and
//! nothing else; that module's doc lists the few domain errors it must cover too.

mod holds;
mod keys;
mod manager;
mod seats;
mod staff;

pub use holds::*;
pub use keys::*;
pub use manager::*;
pub use seats::*;
pub use staff::*;

use crate::domain::selling::SalesState;

/// The mark of a training database in the title line.
pub const TRAINING: &str = "TRAINING";

/// The mark in the title line while the database server is out of reach.
pub const OFFLINE: &str = "NO SERVER";
pub const SERVER_BACK: &str = "Connected to the database server again: selling can go on.";

/// The status line when the database server went away.
#[must_use]
pub fn server_lost(why: &str) -> String {
    format!("No database server: nothing can be sold until it is back; reconnecting by itself… ({why})")
}

pub const APP: &str = "boxoffice";
pub const WELCOME: &str = "Ready. Enter opens a showing's seats; ? shows every key.";
pub const WORKING: &str = "Working…";
pub const LOADING: &str = "Loading…";
pub const SLOW_DATABASE: &str =
    "The database is slow to answer (another counter may be busy); nothing was lost, try again.";
pub const SCREEN: &str = "SCREEN";
pub const NOTHING_SELLS_TODAY: &str = "Nothing sells today any more: here is tomorrow (t goes back to today).";
pub const NO_VENUE: &str =
    "This database has no venue yet: import a venue file (boxoffice import FILE.toml) or try boxoffice demo.";

/// The message shown instead of the screen when the terminal is too small.
#[must_use]
pub fn enlarge(min: (u16, u16), now: (u16, u16)) -> String {
    format!(
        "Please enlarge the window: the box office needs at least {} x {} characters (now {} x {}).",
        min.0, min.1, now.0, now.1
    )
}

// Screen titles.
pub const TITLE_SHOWINGS: &str = "Showings";
pub const TITLE_SEATS: &str = "Seats";
pub const TITLE_CHECKOUT: &str = "Checkout";
pub const TITLE_SOLD: &str = "Sold";
pub const TITLE_BOOKING: &str = "Booking";
pub const TITLE_REFUND: &str = "Refund";
pub const TITLE_HELP: &str = "Keys";
pub const TITLE_FIND: &str = "Find a booking";
pub const TITLE_GO_TO: &str = "Go to a seat";
pub const TITLE_CONFIRM: &str = "Please confirm";
pub const TITLE_SIGN_IN: &str = "Sign in";
pub const TITLE_REPORT: &str = "Report";

// The showings list.
pub const TODAY: &str = "today";
pub const NO_SHOWINGS: &str = "No showings on this day. ← and → change the day.";
pub const COL_TIME: &str = "Time";
pub const COL_FILM: &str = "Film";
pub const COL_RATED: &str = "Rated";
pub const COL_RUNTIME: &str = "Runtime";
pub const COL_AUDITORIUM: &str = "Auditorium";
/// The auditorium column's heading where the column is narrower than the word.
pub const COL_AUDITORIUM_SHORT: &str = "Aud.";
pub const COL_SOLD: &str = "Sold";
pub const COL_STATE: &str = "State";

#[must_use]
pub fn minutes(runtime: u32) -> String {
    format!("{runtime} min")
}

/// The words of a showing's state, as the product uses them.
#[must_use]
pub fn sales_state(state: SalesState) -> &'static str {
    state.as_str()
}

/// A showing's state where it is listed: `sold out` once an open showing has no free seat.
#[must_use]
pub fn listed_state(state: SalesState, free: usize) -> &'static str {
    if state == SalesState::Selling && free == 0 { "sold out" } else { state.as_str() }
}

/// A showing's state in a narrow list: `closed` for `selling closed`, the rest as they are.
#[must_use]
pub fn short_state(state: SalesState) -> &'static str {
    if state == SalesState::SalesClosed { "closed" } else { state.as_str() }
}

/// A digit, `w` or Enter on the map of a showing that sells nothing now: refused at once.
#[must_use]
pub fn not_selling(state: SalesState) -> &'static str {
    match state {
        SalesState::SalesClosed => "Sales are closed for this showing: refunds only (/ finds a booking).",
        SalesState::Finished => "This showing has finished: it sells nothing.",
        SalesState::Cancelled => "This showing was cancelled: it sells nothing.",
        SalesState::Selling => "",
    }
}

/// A seat kind as the screen names it (the product's own words; a translation maps them).
#[must_use]
pub fn seat_kind(kind: crate::domain::SeatKind) -> &'static str {
    use crate::domain::SeatKind;
    match kind {
        SeatKind::Standard => "standard",
        SeatKind::Premium => "premium",
        SeatKind::Wheelchair => "wheelchair",
        SeatKind::Companion => "companion",
        SeatKind::OutOfService => "out of service",
    }
}

/// A booking's state, as the screen names it.
#[must_use]
pub fn booking_status(status: crate::domain::BookingStatus) -> &'static str {
    status.as_str()
}

/// A seat's state within a booking (held, sold, released, refunded).
#[must_use]
pub fn claim_state(state: crate::domain::ClaimState) -> &'static str {
    state.as_str()
}

// Checkout.
pub const COL_SEAT: &str = "Seat";
pub const COL_KIND: &str = "Kind";
pub const COL_TICKET: &str = "Ticket";
pub const COL_PRICE: &str = "Price";
pub const TOTAL: &str = "Total";
pub const PAYMENT: &str = "Payment";
pub const TENDERED: &str = "Tendered";
pub const TENDERED_EXACT: &str = "(exact; type an amount for change)";
pub const CHANGE_DUE: &str = "Change due";
pub const NO_PRICE_SHORT: &str = "no price";
pub const NO_PRICE: &str = "A seat has no price for its ticket type; choose another type with ← →.";
pub const TENDERED_CASH_ONLY: &str = "An amount tendered is only for cash; Tab changes the payment method.";

#[must_use]
pub fn booking_line(code: &str) -> String {
    format!("Booking {code}")
}

#[must_use]
pub fn hold_countdown(seconds: i64) -> String {
    format!("Hold expires in {:02}:{:02}", seconds / 60, seconds % 60)
}

pub const EXTEND_HINT: &str = "(e extends it)";

/// The hold in checkout has its last minute left.
#[must_use]
pub fn hold_ending(seconds: i64) -> String {
    format!("{seconds} s left on this hold: Enter to sell now, e to extend it.")
}

#[must_use]
pub fn short_by(amount: &str) -> String {
    format!("The amount tendered is {amount} short of the total.")
}

#[must_use]
pub fn extended(until: &str) -> String {
    format!("Hold extended until {until}.")
}

#[must_use]
pub fn hold_ran_out(names: &[String]) -> String {
    format!("The hold on {} ran out; the seats are free again.", names.join(", "))
}

#[must_use]
pub fn payment_name(method: crate::domain::PaymentMethod) -> &'static str {
    match method {
        crate::domain::PaymentMethod::Cash => "cash",
        crate::domain::PaymentMethod::Card => "card",
        crate::domain::PaymentMethod::Qris => "QRIS",
        crate::domain::PaymentMethod::Other => "other",
    }
}

// After the sale.
pub const BOOKING_CODE: &str = "Booking code";
pub const RECEIPT: &str = "Receipt";
pub const PAID_BY: &str = "paid by";

#[must_use]
pub fn sold(code: &str, path: &str) -> String {
    format!("Sold {code}. Receipt: {path}")
}

#[must_use]
pub fn sold_without_receipt(code: &str, why: &str) -> String {
    format!("Sold {code}, but the receipt could not be written: {why}")
}

#[must_use]
pub fn change_line(tendered: &str, change: &str) -> String {
    format!("Tendered {tendered} · change {change}")
}

// Bookings.
pub const FIND_PROMPT: &str = "Booking code:";
pub const FIND_HINT: &str = "6 letters and digits · Enter finds · Esc cancels";
pub const GO_TO_PROMPT: &str = "Seat:";
pub const GO_TO_HINT: &str = "a label like C9 · Enter goes there · Esc cancels";

/// `g` and a label this showing's hall does not have.
#[must_use]
pub fn no_seat_here(label: &str) -> String {
    format!("This hall has no seat {label}.")
}
pub const SEATS: &str = "Seats";
pub const REFUNDS: &str = "Refunds";
pub const NO_REFUNDS: &str = "none";

#[must_use]
pub fn not_a_code(typed: &str) -> String {
    format!("{typed:?} is not a booking code: 6 letters and digits, like K7QM3X.")
}

#[must_use]
pub fn booking_made(at: &str, counter: Option<&str>) -> String {
    match counter {
        Some(counter) => format!("Made {at} at {counter}"),
        None => format!("Made {at}"),
    }
}

#[must_use]
pub fn held_until(until: &str) -> String {
    format!("held until {until}")
}

#[must_use]
pub fn paid_line(at: &str, method: &str, total: &str) -> String {
    format!("paid {at} by {method}, {total}")
}

#[must_use]
pub fn only_holds_cancel(status: &str) -> String {
    format!("Only a running hold can be cancelled; this booking is {status}.")
}

/// The reprint key was pressed; the answer comes when the printer is done.
pub const PRINTING: &str = "Printing the tickets again…";

#[must_use]
pub fn nothing_to_print(status: &str) -> String {
    format!("Nothing to print: this booking is {status}.")
}

/// A print run reached the printer.
#[must_use]
pub fn printed(code: &str, tickets: usize, reprint: bool) -> String {
    let what = if reprint { "Reprinted" } else { "Printed" };
    format!("{what} {tickets} ticket(s) of {code}.")
}

/// A print run failed; the sale or refund it was for stands.
#[must_use]
pub fn not_printed(code: &str, why: &str) -> String {
    format!("{code} did NOT print: {why}. The sale stands; find {code} (/) and press p to reprint.")
}

/// The reprint key on a counter without a printer.
pub const NO_PRINTER: &str = "This counter has no printer (start boxoffice with --printer TARGET).";

#[must_use]
pub fn nothing_to_refund(status: &str) -> String {
    format!("Nothing to refund: this booking is {status}.")
}

#[must_use]
pub fn released(code: &str, names: &[String]) -> String {
    format!("Cancelled {code}; {} free again.", names.join(", "))
}

// Refunds.
pub const REFUND_SEATS: &str = "Seats to refund (Space chooses)";
pub const REFUND_REASON: &str = "Reason (required):";
pub const REFUND_AMOUNT: &str = "Amount:";
pub const REFUND_FULL: &str = "(full price; Tab here to lower it)";
pub const REFUND_NO_SEATS: &str = "Choose at least one seat to refund (Space).";
pub const REFUND_NO_REASON: &str = "A refund needs a reason: press 1-4 for a common one, or 5 and type it.";
/// The preset reasons, picked with 1, 2, 3, 4; the next digit means "other" (typed).
pub const REFUND_REASONS: [&str; 4] =
    ["customer changed plans", "wrong showing sold", "film or sound problem", "customer unwell"];
pub const REFUND_OTHER: &str = "other (type it)";

#[must_use]
pub fn refund_too_much(most: &str) -> String {
    format!("A refund can be at most what the seats cost: {most}.")
}

#[must_use]
pub fn refunded(code: &str, names: &[String], amount: &str, approver: Option<&str>) -> String {
    match approver {
        Some(approver) => format!("Refunded {} of {code}: {amount}, approved by {approver}.", names.join(", ")),
        None => format!("Refunded {} of {code}: {amount}.", names.join(", ")),
    }
}

// Questions.
pub const CONFIRM_QUIT: &str = "A hold is open at this counter. Release it and quit?";
pub const CONFIRM_RELEASE: &str = "Release the hold? Its seats become free for everyone again.";

#[must_use]
pub fn confirm_cancel(code: &str) -> String {
    format!("Cancel the hold {code} and free its seats?")
}

pub const YES_NO: &str = "y yes · n no";

// The tick.
#[must_use]
pub fn restocked(count: usize) -> String {
    format!("{count} finished showings were restocked.")
}

// The receipt file (plain text, 40 columns: it may go to a receipt printer as is).
pub const RECEIPT_BOOKING: &str = "Booking";
pub const RECEIPT_FILM: &str = "Film";
pub const RECEIPT_SHOWING: &str = "Showing";
pub const RECEIPT_TOTAL: &str = "Total";
pub const RECEIPT_PAID_BY: &str = "Paid by";
pub const RECEIPT_TENDERED: &str = "Tendered";
pub const RECEIPT_CHANGE: &str = "Change";
pub const RECEIPT_THANKS: &str = "Thank you, enjoy the film!";

#[must_use]
pub fn receipt_sold(at: &str, counter: &str) -> String {
    format!("Sold {at} at {counter}")
}
