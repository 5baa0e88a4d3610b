//! The usher's door view: what it says around the big MASUK / TOLAK.

use super::tr;

words! {
    door_title = tr("screen-door-title");
    door_any_showing = tr("screen-door-any-showing");
    door_scan = tr("screen-door-scan");
    /// The big word for a ticket let in; block letters, so A-Z only.
    door_admit = tr("screen-door-admit");
    /// The big word for a ticket refused; block letters, so A-Z only.
    door_stop = tr("screen-door-stop");
    door_checking = tr("screen-door-checking");
    door_scanner = tr("screen-door-scanner");
}

#[must_use]
pub fn door_name(door: &str) -> String {
    tr("screen-door-name", &[("door", door.into())])
}

#[must_use]
pub fn door_showing(showing: &str) -> String {
    tr("screen-door-showing", &[("showing", showing.into())])
}

#[must_use]
pub fn door_admitted(count: i64) -> String {
    tr("screen-door-admitted", &[("count", count.into())])
}

#[must_use]
pub fn door_admitted_to(film: &str, auditorium: &str, seat: &str) -> String {
    tr("screen-door-admitted-to", &[("film", film.into()), ("auditorium", auditorium.into()), ("seat", seat.into())])
}
