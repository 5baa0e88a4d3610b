//! Staff, signing in and approvals.
//!
//! The `*ING` constants name an action that needs a manager; they fill the `what` of
//! [`needs_manager`] and [`own_approval`], which show them in the process's language.

use crate::tr;

/// What needs a manager: blocking seats.
pub const BLOCKING_SEATS: &str = "blocking seats";
/// What needs a manager: unblocking seats.
pub const UNBLOCKING_SEATS: &str = "unblocking seats";
/// What needs a manager: cancelling a showing.
pub const CANCELLING_A_SHOWING: &str = "cancelling a showing";
/// What needs a manager: importing a venue file.
pub const IMPORTING_A_VENUE_FILE: &str = "importing a venue file";
/// What needs a manager: a refund once the showing started.
pub const REFUNDING_AFTER_START: &str = "a refund after the showing started";
/// What needs a manager: a refund of less than was paid.
pub const REFUNDING_ANOTHER_AMOUNT: &str = "a refund of another amount than was paid";
/// What needs a manager: adding staff.
pub const ADDING_STAFF: &str = "adding staff";
/// What needs a manager: disabling staff.
pub const DISABLING_STAFF: &str = "disabling staff";
/// What a cashier needs a manager for: closing a shift someone else opened.
pub const CLOSING_ANOTHERS_SHIFT: &str = "closing another cashier's shift";

/// One of the `*ING` actions in the language shown (the constants stay the same in any).
fn action(what: &str) -> String {
    match what {
        BLOCKING_SEATS => tr!("action-blocking-seats"),
        UNBLOCKING_SEATS => tr!("action-unblocking-seats"),
        CANCELLING_A_SHOWING => tr!("action-cancelling-showing"),
        IMPORTING_A_VENUE_FILE => tr!("action-importing-venue"),
        REFUNDING_AFTER_START => tr!("action-refund-after-start"),
        REFUNDING_ANOTHER_AMOUNT => tr!("action-refund-other-amount"),
        ADDING_STAFF => tr!("action-adding-staff"),
        DISABLING_STAFF => tr!("action-disabling-staff"),
        CLOSING_ANOTHERS_SHIFT => tr!("action-closing-others-shift"),
        other => other.to_owned(),
    }
}

/// Any change, once staff are set up, with nobody signed in.
#[must_use]
pub fn sign_in_first() -> String {
    tr!("staff-sign-in-first")
}

/// Any change by a signed-in staff member who was disabled since.
#[must_use]
pub fn no_longer_active(name: &str) -> String {
    tr!("staff-no-longer-active", name = name)
}

/// An approval by the same person who asks for `what`.
#[must_use]
pub fn own_approval(what: &str) -> String {
    tr!("staff-own-approval", what = action(what))
}

/// An approval by someone who is not (or no longer) an active manager.
#[must_use]
pub fn cannot_approve(name: &str) -> String {
    tr!("staff-cannot-approve", name = name)
}

/// A cashier doing `what` without a manager's approval.
#[must_use]
pub fn needs_manager(what: &str) -> String {
    tr!("staff-needs-manager", what = action(what))
}

/// The signed-in staff member entering their own name as the approver.
#[must_use]
pub fn own_action() -> String {
    tr!("staff-own-action")
}

/// A cashier's name and PIN entered as an approval.
#[must_use]
pub fn cashier_cannot_approve(name: &str) -> String {
    tr!("staff-cashier-cannot-approve", name = name)
}

/// Adding the first staff member as a cashier.
#[must_use]
pub fn first_must_be_manager() -> String {
    tr!("staff-first-manager")
}

/// Adding a staff member under a name already used.
#[must_use]
pub fn staff_name_taken(name: &str) -> String {
    tr!("staff-name-taken", name = name)
}

/// Disabling a name that is not a staff member.
#[must_use]
pub fn no_staff_named(name: &str) -> String {
    tr!("staff-none-named", name = name)
}

/// Disabling the only active manager.
#[must_use]
pub fn last_manager(name: &str) -> String {
    tr!("staff-last-manager", name = name)
}

/// Signing in (or approving) under a name that is not an active staff member.
#[must_use]
pub fn no_active_staff_named(name: &str) -> String {
    tr!("staff-no-active-named", name = format!("{name:?}"))
}

/// A wrong PIN, the `failed`th in a row of the `max` allowed.
#[must_use]
pub fn wrong_pin(name: &str, failed: u32, max: u32) -> String {
    tr!("staff-wrong-pin", name = name, failed = failed, max = max)
}

/// Signing in under a name locked after `max` wrong PINs, `seconds` before it unlocks.
#[must_use]
pub fn locked_out(name: &str, max: u32, seconds: i64) -> String {
    tr!("staff-locked-out", name = name, max = max, seconds = seconds)
}

/// Adding a staff member whose name is empty, too long or not printable.
#[must_use]
pub fn bad_staff_name() -> String {
    tr!("staff-bad-name")
}

/// Adding a staff member whose PIN is not 4 to 12 digits.
#[must_use]
pub fn bad_pin() -> String {
    tr!("staff-bad-pin")
}
