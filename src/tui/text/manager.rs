//! Words for the manager's side: blocking seats, cancelling a showing, the day report.

use super::tr;

// Blocking and unblocking seats, cancelling a showing.
words! {
    title_block = tr("screen-title-block");
    title_unblock = tr("screen-title-unblock");
    title_cancel_showing = tr("screen-title-cancel-showing");
    reason = tr("screen-reason");
    reason_other = tr("screen-reason-other");
    reason_hint = tr("screen-reason-hint");
    reason_first = tr("screen-reason-first");
}

/// Picked with 1-4 when blocking seats.
#[must_use]
pub fn block_reasons() -> [String; 4] {
    [
        tr("screen-block-reason-house", &[]),
        tr("screen-block-reason-broken", &[]),
        tr("screen-block-reason-guests", &[]),
        tr("screen-block-reason-cleaning", &[]),
    ]
}

/// Picked with 1-4 when making blocked seats available again.
#[must_use]
pub fn unblock_reasons() -> [String; 4] {
    [
        tr("screen-unblock-reason-repaired", &[]),
        tr("screen-unblock-reason-for-sale", &[]),
        tr("screen-unblock-reason-no-guests", &[]),
        tr("screen-unblock-reason-mistake", &[]),
    ]
}

/// Picked with 1-4 when cancelling a showing.
#[must_use]
pub fn cancel_showing_reasons() -> [String; 4] {
    [
        tr("screen-cancel-reason-projector", &[]),
        tr("screen-cancel-reason-power", &[]),
        tr("screen-cancel-reason-no-film", &[]),
        tr("screen-cancel-reason-too-few", &[]),
    ]
}

words! {
    block_how = tr("screen-block-how");
    unblock_how = tr("screen-unblock-how");
    blocked_selected = tr("screen-blocked-selected");
    confirm_cancel_showing_hint = tr("screen-confirm-cancel-showing-hint");
}

#[must_use]
pub fn block_what(block: bool, names: &[String]) -> String {
    let seats = [("seats", names.join(", ").into())];
    if block { tr("screen-block-what", &seats) } else { tr("screen-unblock-what", &seats) }
}

words! {
    cancel_showing_effect = tr("screen-cancel-showing-effect");
}

#[must_use]
pub fn cancel_what(title: &str) -> String {
    tr("screen-cancel-what", &[("showing", title.into())])
}

#[must_use]
pub fn showing_title(time: &str, film: &str, auditorium: &str) -> String {
    tr("screen-showing-title", &[("time", time.into()), ("film", film.into()), ("auditorium", auditorium.into())])
}

#[must_use]
pub fn showing_already(state: &str) -> String {
    tr("screen-showing-already", &[("state", state.into())])
}

#[must_use]
pub fn blocked(block: bool, names: &[String]) -> String {
    let seats = [("seats", names.join(", ").into())];
    if block { tr("screen-blocked", &seats) } else { tr("screen-unblocked", &seats) }
}

#[must_use]
pub fn confirm_cancel_showing(title: &str, bookings: usize, seats: usize, holds: usize, reason: &str) -> String {
    tr(
        "screen-confirm-cancel-showing",
        &[
            ("showing", title.into()),
            ("reason", reason.into()),
            ("bookings", bookings.into()),
            ("seats", seats.into()),
            ("holds", holds.into()),
        ],
    )
}

#[must_use]
pub fn showing_cancelled(showing: i64, bookings: usize, total: &str, holds: usize) -> String {
    tr(
        "screen-showing-cancelled",
        &[("showing", showing.into()), ("bookings", bookings.into()), ("total", total.into()), ("holds", holds.into())],
    )
}

// The day report.
words! {
    report_occupancy = tr("screen-report-occupancy");
    report_by_payment = tr("screen-report-by-payment");
    report_by_ticket = tr("screen-report-by-ticket");
    report_refunds = tr("screen-report-refunds");
    report_none = tr("screen-report-none");
    col_method = tr("screen-col-method");
    col_sales = tr("screen-col-sales");
    col_amount = tr("screen-col-amount");
    col_refunds = tr("screen-col-refunds");
    col_net = tr("screen-col-net");
}

#[must_use]
pub fn report_amounts_in(code: &str) -> String {
    tr("screen-report-amounts-in", &[("currency", code.into())])
}

#[must_use]
pub fn refund_by(staff: Option<&str>, approver: Option<&str>) -> String {
    let cashier = tr("screen-refund-by", &[("staff", staff.unwrap_or("-").into())]);
    match approver {
        Some(approver) => format!("{cashier} · {}", super::staff::approved_by(approver)),
        None => cashier,
    }
}

#[must_use]
pub fn report_totals(sales: &str, refunds: &str, net: &str) -> String {
    tr("screen-report-totals", &[("sales", sales.into()), ("refunds", refunds.into()), ("net", net.into())])
}
