//! Importing a venue file: each refusal names the line and column it is about.

use crate::tr;

/// A refusal about one place in the venue file.
#[must_use]
pub fn at_line(line: usize, column: usize, message: &str) -> String {
    tr!("import-at-line", line = line, column = column, message = message)
}

/// Changing the venue's currency after money was taken in the old one.
#[must_use]
pub fn currency_locked(old_code: &str, old_decimals: u8, new_code: &str, new_decimals: u8) -> String {
    tr!(
        "import-currency-locked",
        old_code = old_code,
        old_decimals = old_decimals,
        new_code = new_code,
        new_decimals = new_decimals,
    )
}

/// Importing a first venue file that has no `[venue]` section.
#[must_use]
pub fn first_file_needs_venue() -> String {
    tr!("import-needs-venue")
}

/// Changing the layout of an auditorium that already has showings.
#[must_use]
pub fn layout_in_use(auditorium: &str) -> String {
    tr!("import-layout-in-use", auditorium = auditorium)
}

/// A showing or schedule naming a film the file and database do not have.
#[must_use]
pub fn unknown_film(title: &str) -> String {
    tr!("import-unknown-film", title = format!("{title:?}"))
}

/// A showing or schedule naming an auditorium the file and database do not have.
#[must_use]
pub fn unknown_auditorium(name: &str) -> String {
    tr!("import-unknown-auditorium", name = format!("{name:?}"))
}

/// A showing or schedule naming a price list the file and database do not have.
#[must_use]
pub fn unknown_price_list(name: &str) -> String {
    tr!("import-unknown-price-list", name = format!("{name:?}"))
}

/// A new showing that overlaps an existing one (with its cleanup) in the same auditorium.
/// Times are venue-local, formatted.
#[derive(Debug, Clone, Copy)]
pub struct Overlap<'a> {
    pub film: &'a str,
    pub starts: &'a str,
    pub auditorium: &'a str,
    pub other_showing: crate::domain::ShowingId,
    pub other_film: &'a str,
    pub other_starts: &'a str,
    /// When the other showing's cleanup ends.
    pub other_until: &'a str,
    pub cleanup_minutes: u32,
}

/// A showing that would overlap another in its auditorium.
#[must_use]
pub fn overlaps(o: &Overlap<'_>) -> String {
    tr!(
        "import-overlap",
        film = o.film,
        starts = o.starts,
        auditorium = o.auditorium,
        other_showing = o.other_showing.to_string(),
        other_film = o.other_film,
        other_starts = o.other_starts,
        other_until = o.other_until,
        cleanup = o.cleanup_minutes,
    )
}
