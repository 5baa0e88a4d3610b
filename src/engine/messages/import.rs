//! Importing a venue file: each refusal names the line and column it is about.

/// A refusal about one place in the venue file.
#[must_use]
pub fn at_line(line: usize, column: usize, message: &str) -> String {
    format!("line {line}, column {column}: {message}")
}

/// Changing the venue's currency after money was taken in the old one.
#[must_use]
pub fn currency_locked(old_code: &str, old_decimals: u8, new_code: &str, new_decimals: u8) -> String {
    format!(
        "the venue already took money in {old_code} with {old_decimals} decimals; \
         its currency cannot become {new_code} with {new_decimals}"
    )
}

/// Importing a first venue file that has no `[venue]` section.
#[must_use]
pub fn first_file_needs_venue() -> String {
    "the first venue file needs a [venue] section".to_owned()
}

/// Changing the layout of an auditorium that already has showings.
#[must_use]
pub fn layout_in_use(auditorium: &str) -> String {
    format!("{auditorium} already has showings, so its layout cannot change; give the new layout another name")
}

/// A showing or schedule naming a film the file and database do not have.
#[must_use]
pub fn unknown_film(title: &str) -> String {
    format!("unknown film {title:?}")
}

/// A showing or schedule naming an auditorium the file and database do not have.
#[must_use]
pub fn unknown_auditorium(name: &str) -> String {
    format!("unknown auditorium {name:?}")
}

/// A showing or schedule naming a price list the file and database do not have.
#[must_use]
pub fn unknown_price_list(name: &str) -> String {
    format!("unknown price list {name:?}")
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
    format!(
        "{} at {} in {} overlaps showing {} ({} at {}, until {} with {} minutes of cleanup)",
        o.film, o.starts, o.auditorium, o.other_showing, o.other_film, o.other_starts, o.other_until, o.cleanup_minutes
    )
}
