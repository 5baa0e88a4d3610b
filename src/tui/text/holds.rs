//! The words about holds this counter left open, and taking one back to checkout.

use super::tr;

words! {
    /// The heading over the showings list's open holds.
    open_holds = tr("screen-open-holds");
}

/// One open hold in the showings list: `AB12CD  Laskar Pelangi 19:00  D5 D6  until 18:52`.
#[must_use]
pub fn open_hold_line(code: &str, film: &str, starts: &str, seats: &[String], until: &str) -> String {
    tr(
        "screen-open-hold-line",
        &[
            ("code", code.into()),
            ("film", film.into()),
            ("starts", starts.into()),
            ("seats", seats.join(" ").into()),
            ("until", until.into()),
        ],
    )
}

/// The status line when holds left open are found (at start, or after signing in).
#[must_use]
pub fn holds_left_open(count: usize) -> String {
    tr("screen-holds-left-open", &[("count", count.into())])
}

words! {
    no_open_holds = tr("screen-no-open-holds");
}

/// Checkout reopened on a hold placed earlier.
#[must_use]
pub fn resumed(code: &str, until: &str) -> String {
    tr("screen-resumed", &[("code", code.into()), ("until", until.into())])
}

/// `$` on a booking that is not a running hold.
#[must_use]
pub fn nothing_to_pay(status: &str) -> String {
    tr("screen-nothing-to-pay", &[("status", status.into())])
}
