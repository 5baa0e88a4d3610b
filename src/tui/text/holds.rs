//! The words about holds this counter left open, and taking one back to checkout.

/// The heading over the showings list's open holds.
pub const OPEN_HOLDS: &str = "Holds left open at this counter ($ takes the first back to checkout):";

/// One open hold in the showings list: `AB12CD  Laskar Pelangi 19:00  D5 D6  until 18:52`.
#[must_use]
pub fn open_hold_line(code: &str, film: &str, starts: &str, seats: &[String], until: &str) -> String {
    format!("{code}  {film} {starts}  {}  until {until}", seats.join(" "))
}

/// The status line when holds left open are found (at start, or after signing in).
#[must_use]
pub fn holds_left_open(count: usize) -> String {
    if count == 1 {
        "A hold left open here: $ takes it back to checkout.".to_owned()
    } else {
        format!("{count} holds left open here: $ takes the first back to checkout.")
    }
}

pub const NO_OPEN_HOLDS: &str = "No hold of this counter is open.";

/// Checkout reopened on a hold placed earlier.
#[must_use]
pub fn resumed(code: &str, until: &str) -> String {
    format!("Back to {code}, held until {until}: Enter sells.")
}

/// `$` on a booking that is not a running hold.
#[must_use]
pub fn nothing_to_pay(status: &str) -> String {
    format!("Only a running hold can be paid; this booking is {status}.")
}
