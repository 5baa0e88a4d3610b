//! Words for who is at the counter: signing in and out, a manager's approval, the shift.

use crate::domain::Role;
use crate::tui::event::Command;

// Signing in and out.
pub const SIGN_IN_PLEASE: &str = "Staff sign in here: type your name, Tab, your PIN, Enter.";
pub const SIGN_IN_AT: &str = "Sign in at";
pub const FIELD_NAME: &str = "Name";
pub const FIELD_PIN: &str = "PIN";
pub const SIGN_IN_HINT: &str = "Tab name / PIN · Enter signs in · Ctrl-C quits";
pub const NAME_FIRST: &str = "Type the name first.";
pub const PIN_FIRST: &str = "Type the PIN (4 to 12 digits).";
pub const NO_STAFF: &str = "Nobody signs in at this counter: no staff are set up.";
pub const SIGN_OUT_HOLD_OPEN: &str = "A hold is open at this counter: sell or release it (Esc) before signing out.";

#[must_use]
pub fn role_name(role: Role) -> &'static str {
    match role {
        Role::Cashier => "cashier",
        Role::Manager => "manager",
    }
}

#[must_use]
pub fn signed_in(name: &str, role: &str, shift: Option<i64>) -> String {
    match shift {
        Some(id) => format!("Signed in: {name} ({role}). Shift {id} is open at this counter."),
        None => format!("Signed in: {name} ({role}). No shift is open here: S opens one."),
    }
}

#[must_use]
pub fn signed_out(name: &str) -> String {
    format!("{name} signed out. Next, please: name, Tab, PIN, Enter.")
}

// A manager's approval.
pub const TITLE_APPROVAL: &str = "Manager approval";
pub const APPROVAL_WHO: &str = "A manager types their name and PIN:";
pub const APPROVAL_HINT: &str = "Enter approves · Tab name / PIN · Esc abandons";
pub const NOT_APPROVED: &str = "Not done: no manager approved it.";

/// What an action is, for the approval dialog.
#[must_use]
pub fn action_name(action: &Command) -> String {
    let labels =
        |seats: &[crate::domain::SeatLabel]| seats.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    match action {
        Command::Refund(request) => format!("The refund of booking {}", request.code),
        Command::Block { seats, .. } => format!("Blocking {}", labels(seats)),
        Command::Unblock { seats, .. } => format!("Unblocking {}", labels(seats)),
        Command::CancelShowing { showing, .. } => format!("Cancelling showing {showing}"),
        _ => "This".to_owned(),
    }
}

#[must_use]
pub fn approved_by(name: &str) -> String {
    format!("approved by {name}")
}

#[must_use]
pub fn approval_needed(what: &str) -> String {
    format!("{what} needs a manager's approval.")
}

// The shift.
pub const NO_SHIFT: &str = "no shift";
pub const NO_SHIFT_OFFER: &str =
    "No shift is open at this counter: type the float and Enter opens it; the sale then goes on.";
pub const SHIFT_NOT_OPENED: &str = "No shift opened; nothing was sold or refunded.";
pub const SHIFT_OPEN_INTRO: &str = "No shift is open here. Cash in the drawer to start:";
pub const SHIFT_FLOAT: &str = "Float:";
pub const SHIFT_COUNTED: &str = "Counted:";
pub const SHIFT_OPEN_HINT: &str = "Enter opens the shift · Esc back";
pub const SHIFT_CLOSE_HINT: &str = "Count the drawer · Enter closes the shift · Esc back";
pub const SHIFT_CLOSED_HINT: &str = "Any key closes this.";
pub const SHIFT_LINE_FLOAT: &str = "float";
pub const SHIFT_LINE_EXPECTED: &str = "expected in the drawer";
pub const SHIFT_LINE_COUNTED: &str = "counted";
pub const SHIFT_REPORT: &str = "Report";

#[must_use]
pub fn shift_open(id: i64) -> String {
    format!("shift {id} open")
}

#[must_use]
pub fn type_amount(float: bool) -> &'static str {
    if float { "Type the float: the cash in the drawer to start with." } else { "Type the cash counted in the drawer." }
}

#[must_use]
pub fn title_open_shift(counter: &str) -> String {
    format!("Open a shift · {counter}")
}

#[must_use]
pub fn title_shift(counter: &str) -> String {
    format!("Shift · {counter}")
}

#[must_use]
pub fn title_close_shift(id: i64, counter: &str) -> String {
    format!("Close shift {id} · {counter}")
}

#[must_use]
pub fn title_closed_shift(id: i64, counter: &str) -> String {
    format!("Shift {id} closed · {counter}")
}

#[must_use]
pub fn shift_opened_by(at: &str, staff: Option<&str>) -> String {
    match staff {
        Some(name) => format!("opened {at} by {name}"),
        None => format!("opened {at}"),
    }
}

#[must_use]
pub fn cash_sales(count: i64) -> String {
    format!("cash sales ({count})")
}

#[must_use]
pub fn cash_refunds(count: i64) -> String {
    format!("cash refunds ({count})")
}

/// Counted less expected, in words: `balanced`, `over by IDR 5,000`, `short by IDR 5,000`.
#[must_use]
pub fn over_short(difference: i64, amount: &str) -> String {
    match difference {
        0 => "balanced".to_owned(),
        d if d > 0 => format!("over by {amount}"),
        _ => format!("short by {amount}"),
    }
}

#[must_use]
pub fn shift_opened(id: i64, float: &str) -> String {
    format!("Shift {id} opened with a float of {float}.")
}

#[must_use]
pub fn shift_closed(id: i64, path: &str) -> String {
    format!("Shift {id} closed. Report: {path}")
}

#[must_use]
pub fn shift_closed_without_file(id: i64, why: &str) -> String {
    format!("Shift {id} closed, but its report could not be written: {why}")
}
