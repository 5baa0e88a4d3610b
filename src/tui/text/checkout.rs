//! Checkout and the sale: the lines, the payment, the hold's countdown, the sold screen.

use super::tr;

// Checkout.
words! {
    col_seat = tr("screen-col-seat");
    col_kind = tr("screen-col-kind");
    col_ticket = tr("screen-col-ticket");
    col_price = tr("screen-col-price");
    total = tr("screen-total");
    payment = tr("screen-payment");
    tendered = tr("screen-tendered");
    tendered_exact = tr("screen-tendered-exact");
    change_due = tr("screen-change-due");
    no_price_short = tr("screen-no-price-short");
    no_price = tr("screen-no-price");
    tendered_cash_only = tr("screen-tendered-cash-only");
    extend_hint = tr("screen-extend-hint");
}

#[must_use]
pub fn booking_line(code: &str) -> String {
    tr("screen-booking-line", &[("code", code.into())])
}

#[must_use]
pub fn hold_countdown(seconds: i64) -> String {
    tr("screen-hold-countdown", &[("left", format!("{:02}:{:02}", seconds / 60, seconds % 60).into())])
}

/// The hold in checkout has its last minute left.
#[must_use]
pub fn hold_ending(seconds: i64) -> String {
    tr("screen-hold-ending", &[("seconds", seconds.into())])
}

#[must_use]
pub fn short_by(amount: &str) -> String {
    tr("screen-short-by", &[("amount", amount.into())])
}

#[must_use]
pub fn extended(until: &str) -> String {
    tr("screen-extended", &[("until", until.into())])
}

#[must_use]
pub fn hold_ran_out(names: &[String]) -> String {
    tr("screen-hold-ran-out", &[("seats", names.join(", ").into())])
}

#[must_use]
pub fn payment_name(method: crate::domain::PaymentMethod) -> String {
    crate::i18n::words::payment(method.as_str())
}

// After the sale.
words! {
    booking_code = tr("screen-booking-code");
    receipt = tr("screen-receipt");
    paid_by = tr("screen-paid-by");
}

#[must_use]
pub fn sold(code: &str, path: &str) -> String {
    tr("screen-sold", &[("code", code.into()), ("path", path.into())])
}

#[must_use]
pub fn sold_without_receipt(code: &str, why: &str) -> String {
    tr("screen-sold-without-receipt", &[("code", code.into()), ("why", why.into())])
}

#[must_use]
pub fn change_line(tendered: &str, change: &str) -> String {
    tr("screen-change-line", &[("tendered", tendered.into()), ("change", change.into())])
}
