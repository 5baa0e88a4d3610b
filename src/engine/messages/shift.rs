//! Cash shifts: opening, closing, and money that needs one.

/// Taking or paying back money at a counter with no open shift, once staff are set up.
#[must_use]
pub fn no_open_shift(counter: &str) -> String {
    format!("counter {counter} has no open shift; open one first (boxoffice shift open --float AMOUNT)")
}

/// Opening a shift with a negative float.
#[must_use]
pub fn negative_float() -> String {
    "the float cannot be negative".to_owned()
}

/// Opening a shift at a counter that has one open; `since` is when it opened, formatted.
#[must_use]
pub fn shift_already_open(counter: &str, shift: i64, since: &str) -> String {
    format!("counter {counter} already has shift {shift} open since {since}")
}

/// Closing a shift with a negative count of cash.
#[must_use]
pub fn negative_count() -> String {
    "the counted cash cannot be negative".to_owned()
}

/// Closing a shift at a counter that has none open.
#[must_use]
pub fn no_shift_to_close(counter: &str) -> String {
    format!("counter {counter} has no open shift to close")
}

/// Taking money into, or closing, a shift that another cashier opened at this counter.
#[must_use]
pub fn someone_elses_shift(counter: &str, shift: i64, owner: &str) -> String {
    format!("shift {shift} at counter {counter} is {owner}'s; {owner} closes it (or a manager), then open your own")
}
