//! Cash shifts: opening, closing, and money that needs one.

use crate::tr;

/// Taking or paying back money at a counter with no open shift, once staff are set up.
#[must_use]
pub fn no_open_shift(counter: &str) -> String {
    tr!("shift-none-open", counter = counter)
}

/// Opening a shift with a negative float.
#[must_use]
pub fn negative_float() -> String {
    tr!("shift-negative-float")
}

/// Opening a shift at a counter that has one open; `since` is when it opened, formatted.
#[must_use]
pub fn shift_already_open(counter: &str, shift: i64, since: &str) -> String {
    tr!("shift-already-open", counter = counter, shift = shift, since = since)
}

/// Closing a shift with a negative count of cash.
#[must_use]
pub fn negative_count() -> String {
    tr!("shift-negative-count")
}

/// Closing a shift at a counter that has none open.
#[must_use]
pub fn no_shift_to_close(counter: &str) -> String {
    tr!("shift-none-to-close", counter = counter)
}

/// Taking money into, or closing, a shift that another cashier opened at this counter.
#[must_use]
pub fn someone_elses_shift(counter: &str, shift: i64, owner: &str) -> String {
    tr!("shift-someone-elses", shift = shift, counter = counter, owner = owner)
}
