//! Price lists: what a ticket type costs on each kind of seat.

use std::fmt;
use std::str::FromStr;

use super::seat::SeatKind;

/// A ticket type such as `adult` or `child`, as the price list names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TicketType(String);

/// Why a ticket type name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a ticket type name (lower-case letters, digits, - and _)")]
pub struct BadTicketType(String);

impl BadTicketType {
    /// What was typed (cut short), for a message in another language.
    #[must_use]
    pub fn shown(&self) -> &str {
        &self.0
    }
}

impl TicketType {
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for TicketType {
    type Err = BadTicketType;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim().to_ascii_lowercase();
        let valid = (1..=24).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if valid { Ok(Self(text)) } else { Err(BadTicketType(text.chars().take(24).collect())) }
    }
}

impl fmt::Display for TicketType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One price: a ticket type on a seat kind, in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Price {
    pub ticket_type: TicketType,
    pub seat_kind: SeatKind,
    pub amount: i64,
}

/// A named price list. The first ticket type listed is the default one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceList {
    pub name: String,
    pub prices: Vec<Price>,
}

impl PriceList {
    /// The ticket types in the order the venue file lists them.
    #[must_use]
    pub fn ticket_types(&self) -> Vec<TicketType> {
        let mut types: Vec<TicketType> = Vec::new();
        for price in &self.prices {
            if !types.contains(&price.ticket_type) {
                types.push(price.ticket_type.clone());
            }
        }
        types
    }

    /// The ticket type a sale uses when the cashier names none: the first listed.
    #[must_use]
    pub fn default_ticket_type(&self) -> Option<TicketType> {
        self.prices.first().map(|price| price.ticket_type.clone())
    }

    /// What a ticket type costs on a seat kind. Wheelchair spaces and companion seats cost as
    /// standard unless the list prices them; every other kind must be listed.
    #[must_use]
    pub fn price(&self, ticket_type: &TicketType, kind: SeatKind) -> Option<i64> {
        let find = |kind: SeatKind| {
            self.prices
                .iter()
                .find(|price| &price.ticket_type == ticket_type && price.seat_kind == kind)
                .map(|price| price.amount)
        };
        find(kind).or_else(|| match kind {
            SeatKind::Wheelchair | SeatKind::Companion => find(SeatKind::Standard),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular() -> PriceList {
        let price =
            |ticket: &str, seat_kind, amount| Price { ticket_type: ticket.parse().expect("valid"), seat_kind, amount };
        PriceList {
            name: "regular".to_owned(),
            prices: vec![
                price("adult", SeatKind::Standard, 50_000),
                price("adult", SeatKind::Premium, 75_000),
                price("child", SeatKind::Standard, 35_000),
            ],
        }
    }

    #[test]
    fn wheelchair_and_companion_places_cost_as_standard() {
        let adult: TicketType = "adult".parse().expect("valid");
        assert_eq!(regular().price(&adult, SeatKind::Wheelchair), Some(50_000));
        assert_eq!(regular().price(&adult, SeatKind::Companion), Some(50_000));
        assert_eq!(regular().price(&adult, SeatKind::Premium), Some(75_000));
    }

    #[test]
    fn an_unlisted_premium_price_is_not_guessed() {
        let child: TicketType = "child".parse().expect("valid");
        assert_eq!(regular().price(&child, SeatKind::Premium), None);
        assert_eq!(regular().price(&child, SeatKind::OutOfService), None);
    }

    #[test]
    fn the_first_listed_type_is_the_default() {
        assert_eq!(regular().default_ticket_type().map(|t| t.to_string()), Some("adult".to_owned()));
        let names: Vec<String> = regular().ticket_types().iter().map(ToString::to_string).collect();
        assert_eq!(names, ["adult", "child"]);
    }

    #[test]
    fn ticket_type_names_are_checked() {
        assert_eq!("Adult".parse::<TicketType>().map(|t| t.to_string()), Ok("adult".to_owned()));
        assert!("".parse::<TicketType>().is_err());
        assert!("9lives".parse::<TicketType>().is_err());
        assert!("adult;drop".parse::<TicketType>().is_err());
    }
}
