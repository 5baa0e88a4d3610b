//! Words for who is at the counter: signing in and out, a manager's approval, the shift.

use super::tr;
use crate::domain::Role;
use crate::tui::event::Command;

// Signing in and out.
words! {
    sign_in_please = tr("screen-sign-in-please");
    sign_in_at = tr("screen-sign-in-at");
    field_name = tr("screen-field-name");
    field_pin = tr("screen-field-pin");
    sign_in_hint = tr("screen-sign-in-hint");
    name_first = tr("screen-name-first");
    pin_first = tr("screen-pin-first");
    no_staff = tr("screen-no-staff");
    sign_out_hold_open = tr("screen-sign-out-hold-open");
}

#[must_use]
pub fn role_name(role: Role) -> String {
    crate::i18n::words::role(role.as_str())
}

#[must_use]
pub fn signed_in(name: &str, role: &str, shift: Option<i64>) -> String {
    let (name, role) = (name.into(), role.into());
    match shift {
        Some(id) => tr("screen-signed-in-shift", &[("name", name), ("role", role), ("shift", id.to_string().into())]),
        None => tr("screen-signed-in", &[("name", name), ("role", role)]),
    }
}

#[must_use]
pub fn signed_out(name: &str) -> String {
    tr("screen-signed-out", &[("name", name.into())])
}

// A manager's approval.
words! {
    title_approval = tr("screen-title-approval");
    approval_who = tr("screen-approval-who");
    approval_hint = tr("screen-approval-hint");
    not_approved = tr("screen-not-approved");
}

/// What an action is, for the approval dialog.
#[must_use]
pub fn action_name(action: &Command) -> String {
    let labels =
        |seats: &[crate::domain::SeatLabel]| seats.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    match action {
        Command::Refund(request) => tr("screen-action-refund", &[("code", request.code.clone().into())]),
        Command::Block { seats, .. } => tr("screen-action-block", &[("seats", labels(seats).into())]),
        Command::Unblock { seats, .. } => tr("screen-action-unblock", &[("seats", labels(seats).into())]),
        Command::CancelShowing { showing, .. } => {
            tr("screen-action-cancel-showing", &[("showing", showing.to_string().into())])
        }
        _ => tr("screen-action-this", &[]),
    }
}

#[must_use]
pub fn approved_by(name: &str) -> String {
    tr("screen-approved-by", &[("name", name.into())])
}

#[must_use]
pub fn approval_needed(what: &str) -> String {
    tr("screen-approval-needed", &[("action", what.into())])
}

// The shift.
words! {
    no_shift = tr("screen-no-shift");
    no_shift_offer = tr("screen-no-shift-offer");
    shift_not_opened = tr("screen-shift-not-opened");
    shift_open_intro = tr("screen-shift-open-intro");
    shift_float = tr("screen-shift-float");
    shift_counted = tr("screen-shift-counted");
    shift_open_hint = tr("screen-shift-open-hint");
    shift_close_hint = tr("screen-shift-close-hint");
    shift_closed_hint = tr("screen-shift-closed-hint");
    shift_line_float = tr("screen-shift-line-float");
    shift_line_expected = tr("screen-shift-line-expected");
    shift_line_counted = tr("screen-shift-line-counted");
    shift_report = tr("screen-shift-report");
}

#[must_use]
pub fn shift_open(id: i64) -> String {
    tr("screen-shift-open", &[("shift", id.to_string().into())])
}

#[must_use]
pub fn type_amount(float: bool) -> String {
    if float { tr("screen-type-float", &[]) } else { tr("screen-type-counted", &[]) }
}

#[must_use]
pub fn title_open_shift(counter: &str) -> String {
    tr("screen-title-open-shift", &[("counter", counter.into())])
}

#[must_use]
pub fn title_shift(counter: &str) -> String {
    tr("screen-title-shift", &[("counter", counter.into())])
}

#[must_use]
pub fn title_close_shift(id: i64, counter: &str) -> String {
    tr("screen-title-close-shift", &[("shift", id.to_string().into()), ("counter", counter.into())])
}

#[must_use]
pub fn title_closed_shift(id: i64, counter: &str) -> String {
    tr("screen-title-closed-shift", &[("shift", id.to_string().into()), ("counter", counter.into())])
}

#[must_use]
pub fn shift_opened_by(at: &str, staff: Option<&str>) -> String {
    match staff {
        Some(name) => tr("screen-shift-opened-by", &[("at", at.into()), ("name", name.into())]),
        None => tr("screen-shift-opened-at", &[("at", at.into())]),
    }
}

#[must_use]
pub fn cash_sales(count: i64) -> String {
    tr("screen-cash-sales", &[("count", count.into())])
}

#[must_use]
pub fn cash_refunds(count: i64) -> String {
    tr("screen-cash-refunds", &[("count", count.into())])
}

/// Counted less expected, in words: `balanced`, `over by IDR 5,000`, `short by IDR 5,000`.
#[must_use]
pub fn over_short(difference: i64, amount: &str) -> String {
    match difference {
        0 => tr("screen-balanced", &[]),
        d if d > 0 => tr("screen-over-by", &[("amount", amount.into())]),
        _ => tr("screen-short-by-amount", &[("amount", amount.into())]),
    }
}

#[must_use]
pub fn shift_opened(id: i64, float: &str) -> String {
    tr("screen-shift-opened", &[("shift", id.to_string().into()), ("float", float.into())])
}

#[must_use]
pub fn shift_closed(id: i64, path: &str) -> String {
    tr("screen-shift-closed", &[("shift", id.to_string().into()), ("path", path.into())])
}

#[must_use]
pub fn shift_closed_without_file(id: i64, why: &str) -> String {
    tr("screen-shift-closed-without-file", &[("shift", id.to_string().into()), ("why", why.into())])
}
