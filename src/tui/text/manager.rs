//! Words for the manager's side: blocking seats, cancelling a showing, the day report.

// Blocking and unblocking seats, cancelling a showing.
pub const TITLE_BLOCK: &str = "Block seats";
pub const TITLE_UNBLOCK: &str = "Unblock seats";
pub const TITLE_CANCEL_SHOWING: &str = "Cancel a showing";
pub const REASON: &str = "Reason:";
pub const REASON_OTHER: &str = "other (type it)";
pub const REASON_HINT: &str = "1-4 picks · 5 types one · Enter goes on · Esc back";
pub const REASON_FIRST: &str = "A reason is required: 1-4 picks a common one, 5 types another.";
/// Picked with 1-4 when blocking seats.
pub const BLOCK_REASONS: [&str; 4] = ["house seats", "seat broken", "kept for guests", "cleaning"];
/// Picked with 1-4 when making blocked seats available again.
pub const UNBLOCK_REASONS: [&str; 4] = ["repaired", "released for sale", "guests did not come", "blocked by mistake"];
/// Picked with 1-4 when cancelling a showing.
pub const CANCEL_SHOWING_REASONS: [&str; 4] =
    ["projector failure", "power cut", "film not delivered", "too few customers"];
pub const BLOCK_WHAT: &str = "b blocks free seats: put the cursor on one or select some (Space).";
pub const UNBLOCK_WHAT: &str = "u unblocks blocked seats (#): put the cursor on one or select some (Space).";
pub const BLOCKED_SELECTED: &str =
    "Blocked seats are selected: u unblocks them, Space or Bksp takes them out of the selection.";
pub const CONFIRM_CANCEL_SHOWING_HINT: &str = "y cancels the showing and refunds it · n keeps it";

#[must_use]
pub fn block_what(block: bool, names: &[String]) -> String {
    let verb = if block { "Block" } else { "Unblock" };
    format!("{verb} {} for this showing.", names.join(", "))
}

pub const CANCEL_SHOWING_EFFECT: &str = "Every paid booking is refunded in full; holds are released.";

#[must_use]
pub fn cancel_what(title: &str) -> String {
    format!("Cancel {title}.")
}

#[must_use]
pub fn showing_title(time: &str, film: &str, auditorium: &str) -> String {
    format!("the {time} {film} in {auditorium}")
}

#[must_use]
pub fn showing_already(state: &str) -> String {
    format!("This showing is {state}: there is nothing to cancel.")
}

#[must_use]
pub fn blocked(block: bool, names: &[String]) -> String {
    if block {
        format!("Blocked {} for this showing.", names.join(", "))
    } else {
        format!("{} available again.", names.join(", "))
    }
}

#[must_use]
pub fn confirm_cancel_showing(title: &str, bookings: usize, seats: usize, holds: usize, reason: &str) -> String {
    let bookings = match bookings {
        0 => "No paid booking needs a refund".to_owned(),
        1 => format!("1 paid booking ({seats} seats) will be refunded in full"),
        n => format!("{n} paid bookings ({seats} seats) will be refunded in full"),
    };
    let holds = match holds {
        0 => String::new(),
        1 => " and 1 hold released".to_owned(),
        n => format!(" and {n} holds released"),
    };
    format!("Cancel {title} ({reason})? {bookings}{holds}.")
}

#[must_use]
pub fn showing_cancelled(showing: i64, bookings: usize, total: &str, holds: usize) -> String {
    format!("Showing {showing} cancelled: {bookings} bookings refunded in full ({total}), {holds} holds released.")
}

// The day report.
pub const REPORT_OCCUPANCY: &str = "Occupancy of the showings starting this day";
pub const REPORT_BY_PAYMENT: &str = "Money this day, by payment method";
pub const REPORT_BY_TICKET: &str = "Tickets by type";
pub const REPORT_REFUNDS: &str = "Refunds";
pub const REPORT_NONE: &str = "none";
pub const COL_METHOD: &str = "method";
pub const COL_SALES: &str = "sales";
pub const COL_AMOUNT: &str = "amount";
pub const COL_REFUNDS: &str = "refunds";
pub const COL_NET: &str = "net";

#[must_use]
pub fn report_amounts_in(code: &str) -> String {
    format!("amounts in {code}")
}

#[must_use]
pub fn refund_by(staff: Option<&str>, approver: Option<&str>) -> String {
    let mut text = format!("cashier {}", staff.unwrap_or("-"));
    if let Some(approver) = approver {
        text.push_str(&format!(" · {}", super::staff::approved_by(approver)));
    }
    text
}

#[must_use]
pub fn report_totals(sales: &str, refunds: &str, net: &str) -> String {
    format!("Sales {sales} · Refunds {refunds} · Net {net}")
}
