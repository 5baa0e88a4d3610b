//! The seat map's words: the legend, what the cursor is on, the selection and the best seats,
//! and what happened to a hold.

use super::tr;
use crate::domain::best_available::Kind;
use crate::tui::theme::Look;

#[must_use]
pub fn look_name(look: Look) -> String {
    let look = match look {
        Look::Free => "free",
        Look::FreePremium => "premium",
        Look::FreeWheelchair => "wheelchair",
        Look::FreeCompanion => "companion",
        Look::Selected => "selected",
        Look::Mine => "mine",
        Look::Reserved => "reserved",
        Look::Occupied => "sold",
        Look::Blocked => "blocked",
        Look::NotForSale => "not-for-sale",
    };
    tr("screen-look", &[("look", look.into())])
}

words! {
    /// The seat map's heading for a cancelled or finished showing, where the free count goes.
    no_seat_for_sale = tr("screen-no-seat-for-sale");
    legend_cursor = tr("screen-legend-cursor");
}

#[must_use]
pub fn free_of(free: usize, total: usize) -> String {
    tr("screen-free-of", &[("free", free.into()), ("total", total.into())])
}

#[must_use]
pub fn more_rows(above: usize, below: usize) -> String {
    match (above, below) {
        (0, below) => tr("screen-rows-below", &[("below", below.into())]),
        (above, 0) => tr("screen-rows-above", &[("above", above.into())]),
        (above, below) => tr("screen-rows-above-below", &[("above", above.into()), ("below", below.into())]),
    }
}

words! {
    seat_free = tr("screen-seat-free");
    seat_sold = tr("screen-seat-sold");
    seat_blocked = tr("screen-seat-blocked");
}

#[must_use]
pub fn seat_held_by_me(code: &str) -> String {
    tr("screen-seat-held-by-me", &[("code", code.into())])
}

#[must_use]
pub fn seat_held_at(counter: Option<&str>, until: Option<&str>) -> String {
    match (counter, until) {
        (Some(counter), Some(until)) => {
            tr("screen-seat-held-at-until", &[("counter", counter.into()), ("until", until.into())])
        }
        (Some(counter), None) => tr("screen-seat-held-at", &[("counter", counter.into())]),
        (None, Some(until)) => tr("screen-seat-held-until", &[("until", until.into())]),
        (None, None) => tr("screen-seat-held", &[]),
    }
}

#[must_use]
pub fn selected_summary(names: &[String], total: Option<&str>) -> String {
    let text = tr("screen-selected-summary", &[("count", names.len().into()), ("seats", names.join(" ").into())]);
    match total {
        Some(total) => format!("{text} · {total}"),
        None => text,
    }
}

/// The selection line with nothing selected, naming the kind a digit picks and how to switch;
/// short enough for 80 columns.
#[must_use]
pub fn nothing_selected(kind: Kind) -> String {
    let other = if kind == Kind::Premium { Kind::Standard } else { Kind::Premium };
    tr("screen-nothing-selected", &[("kind", kind_name(kind).into()), ("other", kind_name(other).into())])
}

words! {
    selection_cleared = tr("screen-selection-cleared");
    finish_sale_first = tr("screen-finish-sale-first");
    select_first = tr("screen-select-first");
}

/// A kind of best seats as the screen names it.
#[must_use]
pub fn kind_name(kind: Kind) -> String {
    tr("screen-best-kind", &[("kind", kind.as_str().into())])
}

/// After switching kinds with `p`.
#[must_use]
pub fn kind_switched(kind: Kind) -> String {
    tr("screen-kind-switched", &[("kind", kind_name(kind).into())])
}

#[must_use]
pub fn not_free(label: &str, status: &str) -> String {
    tr("screen-not-free", &[("seat", label.into()), ("status", status.into())])
}

/// What a digit (or `w`) chose, as `BestSeats::describe` says it.
#[must_use]
pub fn best_picked(described: &str) -> String {
    tr("screen-best-picked", &[("described", described.into())])
}

#[must_use]
pub fn taken_meanwhile(names: &[String], at: Option<&str>) -> String {
    let (count, seats) = (names.len().into(), names.join(", ").into());
    match at {
        Some(counter) => tr("screen-taken-at", &[("count", count), ("seats", seats), ("counter", counter.into())]),
        None => tr("screen-taken", &[("count", count), ("seats", seats)]),
    }
}

#[must_use]
pub fn held(names: &[String], until: &str) -> String {
    tr("screen-held", &[("seats", names.join(", ").into()), ("until", until.into())])
}
