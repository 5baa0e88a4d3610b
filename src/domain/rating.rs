//! Film classification and who may watch: Indonesia's ratings are `SU` (all ages), `13+`, `17+`
//! and `21+`. A child ticket for a film rated for 17 or older is sold only when the cashier has
//! confirmed the buyer's age: this is the one rule the engine, the command line and the screen
//! all ask.

use super::pricing::TicketType;

/// The youngest age a film rated 17+ or above is for: from here on, a child ticket needs a
/// confirmation.
pub const CONFIRM_FROM_AGE: u32 = 17;

/// Ticket type names that mean a child, in the price lists' own words (English and Indonesian).
const CHILD_TYPES: [&str; 5] = ["child", "children", "kid", "kids", "anak"];

/// The minimum age a rating names (`17+` → 17, `D 21+` → 21); `None` for all-ages ratings such
/// as `SU` and for ratings that name no age.
#[must_use]
pub fn minimum_age(rating: &str) -> Option<u32> {
    let compact: String = rating.chars().filter(|c| !c.is_whitespace()).collect();
    let digits: String = compact.strip_suffix('+')?.chars().rev().take_while(char::is_ascii_digit).collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

/// Whether a ticket type is sold to children (`child`, `kids`, `anak`…).
#[must_use]
pub fn is_child_ticket(ticket: &TicketType) -> bool {
    CHILD_TYPES.contains(&ticket.as_str())
}

/// Whether selling these tickets for a film with this rating needs the cashier to confirm the
/// buyer's age first: a child ticket for a film rated 17+ or 21+.
#[must_use]
pub fn needs_age_confirmation<'t>(rating: Option<&str>, tickets: impl IntoIterator<Item = &'t TicketType>) -> bool {
    let restricted = rating.and_then(minimum_age).is_some_and(|age| age >= CONFIRM_FROM_AGE);
    restricted && tickets.into_iter().any(is_child_ticket)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(names: &[&str]) -> Vec<TicketType> {
        names.iter().map(|n| n.parse().expect("a ticket type name")).collect()
    }

    #[test]
    fn ratings_name_their_minimum_age() {
        assert_eq!(minimum_age("SU"), None);
        assert_eq!(minimum_age("13+"), Some(13));
        assert_eq!(minimum_age("17+"), Some(17));
        assert_eq!(minimum_age(" 21 + "), Some(21));
        assert_eq!(minimum_age("D 17+"), Some(17));
        assert_eq!(minimum_age("+"), None);
        assert_eq!(minimum_age("PG-13"), None);
    }

    #[test]
    fn a_child_ticket_for_a_17_or_21_plus_film_needs_a_confirmation() {
        assert!(needs_age_confirmation(Some("17+"), &types(&["adult", "child"])));
        assert!(needs_age_confirmation(Some("21+"), &types(&["child"])));
        assert!(needs_age_confirmation(Some("21+"), &types(&["anak"])));
    }

    #[test]
    fn adults_all_ages_films_and_13_plus_need_none() {
        assert!(!needs_age_confirmation(Some("17+"), &types(&["adult", "student"])));
        assert!(!needs_age_confirmation(Some("13+"), &types(&["child"])));
        assert!(!needs_age_confirmation(Some("SU"), &types(&["child"])));
        assert!(!needs_age_confirmation(None, &types(&["child"])));
        assert!(!needs_age_confirmation(Some("21+"), &types(&[])));
    }
}
