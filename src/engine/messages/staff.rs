//! Staff, signing in and approvals.
//!
//! The `*ING` constants name an action that needs a manager; they fill the `what` of
//! [`needs_manager`] and [`own_approval`].

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

/// Any change, once staff are set up, with nobody signed in.
#[must_use]
pub fn sign_in_first() -> String {
    "staff are set up here: sign in first (--staff NAME with the PIN in BOXOFFICE_PIN)".to_owned()
}

/// Any change by a signed-in staff member who was disabled since.
#[must_use]
pub fn no_longer_active(name: &str) -> String {
    format!("{name} is no longer an active staff member")
}

/// An approval by the same person who asks for `what`.
#[must_use]
pub fn own_approval(what: &str) -> String {
    format!("nobody approves their own {what}")
}

/// An approval by someone who is not (or no longer) an active manager.
#[must_use]
pub fn cannot_approve(name: &str) -> String {
    format!("{name} cannot approve: not an active manager")
}

/// A cashier doing `what` without a manager's approval.
#[must_use]
pub fn needs_manager(what: &str) -> String {
    format!("{what} needs a manager's approval (--approver NAME with the PIN in BOXOFFICE_APPROVER_PIN)")
}

/// The signed-in staff member entering their own name as the approver.
#[must_use]
pub fn own_action() -> String {
    "nobody approves their own action: ask another manager".to_owned()
}

/// A cashier's name and PIN entered as an approval.
#[must_use]
pub fn cashier_cannot_approve(name: &str) -> String {
    format!("{name} is a cashier; only a manager approves")
}

/// Adding the first staff member as a cashier.
#[must_use]
pub fn first_must_be_manager() -> String {
    "the first staff member must be a manager".to_owned()
}

/// Adding a staff member under a name already used.
#[must_use]
pub fn staff_name_taken(name: &str) -> String {
    format!("there is already a staff member named {name}")
}

/// Disabling a name that is not a staff member.
#[must_use]
pub fn no_staff_named(name: &str) -> String {
    format!("there is no staff member named {name}")
}

/// Disabling the only active manager.
#[must_use]
pub fn last_manager(name: &str) -> String {
    format!("{name} is the last active manager; add another manager first")
}

/// Signing in (or approving) under a name that is not an active staff member.
#[must_use]
pub fn no_active_staff_named(name: &str) -> String {
    format!("no active staff member is named {name:?}")
}

/// A wrong PIN, the `failed`th in a row of the `max` allowed.
#[must_use]
pub fn wrong_pin(name: &str, failed: u32, max: u32) -> String {
    format!("wrong PIN for {name} ({failed} of {max})")
}

/// Signing in under a name locked after `max` wrong PINs, `seconds` before it unlocks.
#[must_use]
pub fn locked_out(name: &str, max: u32, seconds: i64) -> String {
    format!("{name} is locked after {max} wrong PINs; try again in {seconds} s")
}

/// Adding a staff member whose name is empty, too long or not printable.
#[must_use]
pub fn bad_staff_name() -> String {
    "a staff name is 1 to 40 printable characters".to_owned()
}

/// Adding a staff member whose PIN is not 4 to 12 digits.
#[must_use]
pub fn bad_pin() -> String {
    "a PIN is 4 to 12 digits".to_owned()
}
