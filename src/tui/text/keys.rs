//! The key help: the two lines at the bottom of each screen, and `?`'s full list. The keys are
//! the same letters in every language; what they do is said in the counter's.

use super::tr;

/// (keys, what they do), in the order they are shown.
pub type Keys = Vec<(String, String)>;

/// A key bar from (keys, what they do).
fn bar<const N: usize>(keys: [(&str, String); N]) -> Keys {
    keys.into_iter().map(|(key, what)| (key.to_owned(), what)).collect()
}

#[must_use]
pub fn keys_showings() -> Keys {
    bar([
        ("↑↓", tr("screen-key-showing", &[])),
        ("←→", tr("screen-key-day", &[])),
        ("t", tr("screen-key-today", &[])),
        ("Enter", tr("screen-key-seats", &[])),
        ("/", tr("screen-key-find-booking", &[])),
        ("?", tr("screen-key-all-keys", &[])),
        ("q", tr("screen-key-quit", &[])),
        ("R", tr("screen-key-report", &[])),
        ("S", tr("screen-key-shift", &[])),
        ("C", tr("screen-key-cancel-showing", &[])),
    ])
}

/// Added to the showings' keys when staff sign in here.
#[must_use]
pub fn keys_sign_out() -> Keys {
    bar([("O", tr("screen-key-sign-out", &[]))])
}

#[must_use]
pub fn keys_seats() -> Keys {
    bar([
        ("←↑↓→ hjkl", tr("screen-key-move", &[])),
        ("Space", tr("screen-key-select", &[])),
        ("1-9", tr("screen-key-best-seats", &[])),
        ("Enter", tr("screen-key-hold-pay", &[])),
        ("Bksp", tr("screen-key-clear", &[])),
        ("Esc", tr("screen-key-back", &[])),
        ("/", tr("screen-key-find", &[])),
        ("?", tr("screen-key-keys", &[])),
        ("q", tr("screen-key-quit", &[])),
        ("b", tr("screen-key-block", &[])),
        ("u", tr("screen-key-unblock", &[])),
    ])
}

#[must_use]
pub fn keys_checkout() -> Keys {
    bar([
        ("Enter", tr("screen-key-confirm-sale", &[])),
        ("↑↓", tr("screen-key-seat", &[])),
        ("←→", tr("screen-key-ticket-type", &[])),
        ("Tab", tr("screen-key-payment", &[])),
        ("0-9", tr("screen-key-cash-tendered", &[])),
        ("e", tr("screen-key-extend-hold", &[])),
        ("Esc", tr("screen-key-release", &[])),
        ("?", tr("screen-key-keys", &[])),
    ])
}

#[must_use]
pub fn keys_sold() -> Keys {
    bar([
        ("Enter", tr("screen-key-next-customer", &[])),
        ("Esc", tr("screen-key-back-to-the-seats", &[])),
        ("/", tr("screen-key-find-booking", &[])),
        ("q", tr("screen-key-quit", &[])),
    ])
}

#[must_use]
pub fn keys_booking() -> Keys {
    bar([
        ("$", tr("screen-key-pay-hold", &[])),
        ("r", tr("screen-key-refund", &[])),
        ("c", tr("screen-key-cancel-hold", &[])),
        ("p", tr("screen-key-reprint", &[])),
        ("Esc", tr("screen-key-back", &[])),
        ("/", tr("screen-key-find-another", &[])),
        ("q", tr("screen-key-quit", &[])),
    ])
}

#[must_use]
pub fn keys_refund() -> Keys {
    bar([
        ("Enter", tr("screen-key-refund", &[])),
        ("Space", tr("screen-key-choose-seat", &[])),
        ("1-4", tr("screen-key-reason", &[])),
        ("5", tr("screen-key-other-reason", &[])),
        ("Tab", tr("screen-key-next-field", &[])),
        ("Esc", tr("screen-key-back", &[])),
    ])
}

#[must_use]
pub fn keys_help() -> Keys {
    vec![
        ("↑↓".to_owned(), tr("screen-key-scroll", &[])),
        (tr("screen-key-name-any-other-key", &[]), tr("screen-key-close", &[])),
    ]
}

#[must_use]
pub fn keys_sign_in() -> Keys {
    bar([
        ("Tab", tr("screen-key-name-pin", &[])),
        ("Enter", tr("screen-key-sign-in", &[])),
        ("Esc", tr("screen-key-clear", &[])),
        ("Ctrl-C", tr("screen-key-quit", &[])),
    ])
}

#[must_use]
pub fn keys_approval() -> Keys {
    bar([
        ("Tab", tr("screen-key-name-pin", &[])),
        ("Enter", tr("screen-key-approve", &[])),
        ("Esc", tr("screen-key-abandon", &[])),
    ])
}

#[must_use]
pub fn keys_shift() -> Keys {
    bar([
        ("0-9", tr("screen-key-amount", &[])),
        ("Enter", tr("screen-key-confirm", &[])),
        ("Esc", tr("screen-key-back", &[])),
    ])
}

#[must_use]
pub fn keys_shift_closed() -> Keys {
    vec![(tr("screen-key-name-any-key", &[]), tr("screen-key-close", &[]))]
}

#[must_use]
pub fn keys_reason() -> Keys {
    bar([
        ("1-4", tr("screen-key-reason", &[])),
        ("5", tr("screen-key-type-one", &[])),
        ("Enter", tr("screen-key-confirm", &[])),
        ("Esc", tr("screen-key-back", &[])),
    ])
}

#[must_use]
pub fn keys_report() -> Keys {
    bar([
        ("←→", tr("screen-key-day", &[])),
        ("t", tr("screen-key-today", &[])),
        ("↑↓", tr("screen-key-scroll", &[])),
        ("Esc", tr("screen-key-back", &[])),
        ("S", tr("screen-key-shift", &[])),
        ("/", tr("screen-key-find", &[])),
        ("?", tr("screen-key-keys", &[])),
        ("q", tr("screen-key-quit", &[])),
    ])
}

/// One screen's part of `?`: `screen` names it for the tests, `title` for the cashier.
pub struct HelpSection {
    pub screen: &'static str,
    pub title: String,
    pub keys: Keys,
}

/// Every key, by screen, for `?`.
#[must_use]
#[allow(clippy::too_many_lines, reason = "one table of every key, read best whole")]
pub fn help() -> Vec<HelpSection> {
    let section = |screen, title, keys| HelpSection { screen, title, keys };
    vec![
        section(
            "Everywhere",
            tr("screen-help-section-everywhere", &[]),
            bar([
                ("?", tr("screen-help-this-list", &[])),
                ("q", tr("screen-help-quit-asks-first-while-a-hold-is-open", &[])),
                ("Ctrl-C", tr("screen-help-quit-also-from-a-text-field", &[])),
                ("/", tr("screen-help-find-a-booking-not-in-checkout", &[])),
                ("R", tr("screen-help-the-day-s-report-not-in-checkout", &[])),
                ("S", tr("screen-help-open-or-close-this-counter-s-shift", &[])),
                ("O", tr("screen-help-sign-out-not-while-a-hold-is-open", &[])),
            ]),
        ),
        section(
            "Showings",
            tr("screen-help-section-showings", &[]),
            bar([
                ("↑↓ jk", tr("screen-help-choose-a-showing", &[])),
                ("g Home", tr("screen-help-the-first-showing", &[])),
                ("G End", tr("screen-help-the-last-showing", &[])),
                ("←→ hl", tr("screen-help-previous-next-day", &[])),
                ("t", tr("screen-help-back-to-today", &[])),
                ("Enter", tr("screen-help-open-its-seat-map", &[])),
                ("C", tr("screen-help-cancel-the-showing-refunding-it-manager", &[])),
                ("$", tr("screen-help-this-counter-s-open-hold-back-to-checkout", &[])),
            ]),
        ),
        section(
            "Seats",
            tr("screen-help-section-seats", &[]),
            bar([
                ("←↑↓→ hjkl", tr("screen-help-move-over-the-seats", &[])),
                ("Space", tr("screen-help-select-unselect-a-seat", &[])),
                ("g", tr("screen-help-go-to-a-seat-g-c9-enter", &[])),
                ("1-9, 0", tr("screen-help-the-1-9-0-10-best-seats-together", &[])),
                ("p", tr("screen-help-best-seats-standard-premium", &[])),
                ("w", tr("screen-help-best-wheelchair-space-companion", &[])),
                ("Bksp Del", tr("screen-help-clear-the-selection", &[])),
                ("Enter", tr("screen-help-hold-the-selection-and-take-payment", &[])),
                ("Enter", tr("screen-help-on-a-sold-or-held-seat-its-booking", &[])),
                ("b", tr("screen-help-block-the-selected-seats-manager", &[])),
                ("u", tr("screen-help-unblock-the-selected-seats-manager", &[])),
                ("Esc", tr("screen-help-back-to-the-showings", &[])),
            ]),
        ),
        section(
            "Checkout",
            tr("screen-help-section-checkout", &[]),
            bar([
                ("↑↓ jk", tr("screen-help-choose-a-seat", &[])),
                ("←→ hl", tr("screen-help-change-its-ticket-type", &[])),
                ("Tab S-Tab", tr("screen-help-payment-cash-card-qris-other", &[])),
                ("0-9 , .", tr("screen-help-amount-tendered-cash", &[])),
                ("Bksp", tr("screen-help-rub-out-a-digit-of-the-amount", &[])),
                ("e", tr("screen-help-extend-the-hold", &[])),
                ("Enter", tr("screen-help-confirm-the-sale", &[])),
                ("Esc", tr("screen-help-release-the-hold-asks-first", &[])),
            ]),
        ),
        section(
            "Sold",
            tr("screen-help-section-sold", &[]),
            bar([
                ("Enter", tr("screen-help-next-customer-back-to-the-showings", &[])),
                ("Esc", tr("screen-help-back-to-the-seats", &[])),
            ]),
        ),
        section(
            "Booking",
            tr("screen-help-section-booking", &[]),
            bar([
                ("Enter $", tr("screen-help-pay-a-running-hold-back-to-checkout", &[])),
                ("r", tr("screen-help-refund-some-or-all-seats", &[])),
                ("c", tr("screen-help-cancel-a-hold", &[])),
                ("p", tr("screen-help-print-the-tickets-again", &[])),
                ("Esc", tr("screen-help-back", &[])),
            ]),
        ),
        section(
            "Refund",
            tr("screen-help-section-refund", &[]),
            bar([
                ("↑↓ Space", tr("screen-help-choose-seats", &[])),
                ("1-4", tr("screen-help-a-common-reason", &[])),
                ("5", tr("screen-help-type-another-reason", &[])),
                ("Tab", tr("screen-help-seats-reason-amount", &[])),
                ("Enter", tr("screen-help-refund", &[])),
                ("Esc", tr("screen-help-back", &[])),
            ]),
        ),
        section(
            "Block, unblock, cancel showing",
            tr("screen-help-section-block-unblock-cancel-showing", &[]),
            bar([
                ("1-4", tr("screen-help-a-common-reason", &[])),
                (&format!("5, {}", tr("screen-key-name-a-letter", &[])), tr("screen-help-type-another-reason", &[])),
                ("Enter", tr("screen-help-go-on", &[])),
                ("Esc", tr("screen-help-back", &[])),
            ]),
        ),
        section(
            "Sign in, manager approval",
            tr("screen-help-section-sign-in-manager-approval", &[]),
            bar([
                ("Tab ↑↓", tr("screen-help-name-pin", &[])),
                ("Enter", tr("screen-help-next-field-then-sign-in-or-approve", &[])),
                ("Esc", tr("screen-help-clear-abandon", &[])),
            ]),
        ),
        section(
            "Shift",
            tr("screen-help-section-shift", &[]),
            bar([
                ("0-9 , .", tr("screen-help-the-float-or-the-counted-cash", &[])),
                ("Enter", tr("screen-help-open-or-close-the-shift", &[])),
                ("Esc", tr("screen-help-back", &[])),
            ]),
        ),
        section(
            "Report",
            tr("screen-help-section-report", &[]),
            bar([
                ("←→ hl", tr("screen-help-previous-next-day", &[])),
                ("t", tr("screen-help-today", &[])),
                ("↑↓ jk", tr("screen-help-scroll", &[])),
                ("PgUp PgDn", tr("screen-help-scroll-a-page", &[])),
                ("g Home", tr("screen-help-back-to-the-top", &[])),
                ("Esc", tr("screen-help-back", &[])),
            ]),
        ),
    ]
}
