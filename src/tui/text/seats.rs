//! The seat map's words: the legend, what the cursor is on, the selection and the best seats,
//! and what happened to a hold.

use crate::domain::best_available::Kind;
use crate::tui::theme::Look;

#[must_use]
pub fn look_name(look: Look) -> &'static str {
    match look {
        Look::Free => "free",
        Look::FreePremium => "premium",
        Look::FreeWheelchair => "wheelchair",
        Look::FreeCompanion => "companion",
        Look::Selected => "selected",
        Look::Mine => "held here",
        Look::Reserved => "held elsewhere",
        Look::Occupied => "sold",
        Look::Blocked => "blocked",
        Look::NotForSale => "not for sale",
    }
}

/// The seat map's heading for a cancelled or finished showing, where the free count goes.
pub const NO_SEAT_FOR_SALE: &str = "no seat for sale";

pub const LEGEND_CURSOR: &str = "cursor";

#[must_use]
pub fn free_of(free: usize, total: usize) -> String {
    format!("{free} of {total} free")
}

#[must_use]
pub fn more_rows(above: usize, below: usize) -> String {
    match (above, below) {
        (0, below) => format!("▼ {below} more rows below"),
        (above, 0) => format!("▲ {above} more rows above"),
        (above, below) => format!("▲ {above} rows above · ▼ {below} rows below"),
    }
}

pub const SEAT_FREE: &str = "free";
pub const SEAT_SOLD: &str = "sold";
pub const SEAT_BLOCKED: &str = "out of service";

#[must_use]
pub fn seat_held_by_me(code: &str) -> String {
    format!("held here (booking {code})")
}

#[must_use]
pub fn seat_held_at(counter: Option<&str>, until: Option<&str>) -> String {
    let mut text = "held".to_owned();
    if let Some(counter) = counter {
        text.push_str(&format!(" at {counter}"));
    }
    if let Some(until) = until {
        text.push_str(&format!(" until {until}"));
    }
    text
}

#[must_use]
pub fn selected_summary(names: &[String], total: Option<&str>) -> String {
    let mut text = format!("Selected {}: {}", names.len(), names.join(" "));
    if let Some(total) = total {
        text.push_str(&format!(" · {total}"));
    }
    text
}

/// The selection line with nothing selected, naming the kind a digit picks and how to switch;
/// short enough for 80 columns.
#[must_use]
pub fn nothing_selected(kind: Kind) -> String {
    let other = if kind == Kind::Premium { "standard" } else { "premium" };
    format!("Nothing selected · Space a seat · 1-9 best {kind} · p {other} · w wheelchair")
}

pub const SELECTION_CLEARED: &str = "Selection cleared.";
pub const FINISH_SALE_FIRST: &str = "Finish this sale first: Enter confirms it, Esc releases the hold.";

pub const SELECT_FIRST: &str =
    "Nothing held: select seats first (Space picks one, a digit that many best seats together).";

/// After switching kinds with `p`.
#[must_use]
pub fn kind_switched(kind: Kind) -> String {
    format!("A digit now picks the best {kind} seats.")
}

#[must_use]
pub fn not_free(label: &str, status: &str) -> String {
    format!("{label} is {status}; pick a free seat.")
}

/// What a digit (or `w`) chose, as `BestSeats::describe` says it.
#[must_use]
pub fn best_picked(described: &str) -> String {
    format!("{described}. Enter holds them.")
}

#[must_use]
pub fn taken_meanwhile(names: &[String], at: Option<&str>) -> String {
    let verb = if names.len() == 1 { "was" } else { "were" };
    match at {
        Some(counter) => format!("{} {verb} just taken at {counter}.", names.join(", ")),
        None => format!("{} {verb} just taken.", names.join(", ")),
    }
}

#[must_use]
pub fn held(names: &[String], until: &str) -> String {
    format!("Held {} until {until}. Enter takes the payment.", names.join(", "))
}
