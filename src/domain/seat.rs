//! Seat labels ("B7") and seat kinds (the characters of a layout row).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// The longest row label a layout may use; "AA" .. "ZZZ" covers any real auditorium.
pub const MAX_ROW_LABEL_LEN: usize = 3;
/// Seat numbers run from 1 to this, left to right.
pub const MAX_SEAT_NUMBER: u16 = 999;

/// A seat as the customer reads it on the ticket: row letters then the seat number, e.g. `B7`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SeatLabel {
    row: String,
    number: u16,
}

/// Why a text is not a seat label. Shown to the cashier as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{shown:?} is not a seat label (expected a row letter and a seat number, like B7)")]
pub struct BadSeatLabel {
    shown: String,
}

impl BadSeatLabel {
    /// What was typed (cut short), for a message in another language.
    #[must_use]
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

impl SeatLabel {
    /// A label from parts already known to be valid (a row of a parsed layout).
    ///
    /// # Errors
    /// When the row is not 1 to 3 letters or the number is outside 1..=999.
    pub fn new(row: &str, number: u16) -> Result<Self, BadSeatLabel> {
        if is_row_label(row) && (1..=MAX_SEAT_NUMBER).contains(&number) {
            Ok(Self { row: row.to_ascii_uppercase(), number })
        } else {
            Err(BadSeatLabel { shown: format!("{row}{number}") })
        }
    }

    /// The row letters, upper case.
    #[must_use]
    pub fn row(&self) -> &str {
        &self.row
    }

    /// The seat number within the row, from 1.
    #[must_use]
    pub fn number(&self) -> u16 {
        self.number
    }

    /// Parses a comma- or space-separated list such as `A1,A2 B3`; duplicates are refused
    /// because a cashier who typed a seat twice almost certainly meant another one.
    ///
    /// # Errors
    /// The first label that does not parse, or a repeated one.
    pub fn parse_list<'a>(items: impl IntoIterator<Item = &'a str>) -> Result<Vec<Self>, BadSeatLabel> {
        let mut labels: Vec<Self> = Vec::new();
        for item in items {
            for part in item.split([',', ' ']).filter(|p| !p.is_empty()) {
                let label: Self = part.parse()?;
                if labels.contains(&label) {
                    return Err(BadSeatLabel { shown: format!("{label} (twice)") });
                }
                labels.push(label);
            }
        }
        Ok(labels)
    }
}

/// Row labels are 1 to 3 ASCII letters.
#[must_use]
pub fn is_row_label(text: &str) -> bool {
    (1..=MAX_ROW_LABEL_LEN).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_alphabetic())
}

impl FromStr for SeatLabel {
    type Err = BadSeatLabel;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadSeatLabel { shown: text.chars().take(24).collect() };
        let trimmed = text.trim();
        // Guard the length first so hostile input never reaches the number parser.
        if trimmed.is_empty() || trimmed.len() > MAX_ROW_LABEL_LEN + 3 || !trimmed.is_ascii() {
            return Err(bad());
        }
        let split = trimmed.find(|c: char| c.is_ascii_digit()).ok_or_else(bad)?;
        let (row, digits) = trimmed.split_at(split);
        if !is_row_label(row) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let number: u16 = digits.parse().map_err(|_| bad())?;
        Self::new(row, number).map_err(|_| bad())
    }
}

impl fmt::Display for SeatLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.row, self.number)
    }
}

impl Ord for SeatLabel {
    /// Front rows first (A before B, Z before AA), then left to right.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.row.len(), &self.row, self.number).cmp(&(other.row.len(), &other.row, other.number))
    }
}

impl PartialOrd for SeatLabel {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// What kind of place a seat is; the venue file writes it as one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SeatKind {
    Standard,
    Premium,
    Wheelchair,
    Companion,
    /// `x` in the layout: out of service or a house seat; never sold.
    OutOfService,
}

impl SeatKind {
    /// Every kind, in the order a legend lists them.
    pub const ALL: [Self; 5] = [Self::Standard, Self::Premium, Self::Wheelchair, Self::Companion, Self::OutOfService];

    /// The kind a layout character stands for; `None` for a gap or an unknown character.
    #[must_use]
    pub fn from_layout_char(c: char) -> Option<Self> {
        match c {
            's' => Some(Self::Standard),
            'p' => Some(Self::Premium),
            'w' => Some(Self::Wheelchair),
            'c' => Some(Self::Companion),
            'x' => Some(Self::OutOfService),
            _ => None,
        }
    }

    /// The layout character of this kind.
    #[must_use]
    pub fn layout_char(self) -> char {
        match self {
            Self::Standard => 's',
            Self::Premium => 'p',
            Self::Wheelchair => 'w',
            Self::Companion => 'c',
            Self::OutOfService => 'x',
        }
    }

    /// The word used in the database, the JSON output and price lists.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Premium => "premium",
            Self::Wheelchair => "wheelchair",
            Self::Companion => "companion",
            Self::OutOfService => "out_of_service",
        }
    }

    /// Whether a customer can buy this place at all.
    #[must_use]
    pub fn is_sellable(self) -> bool {
        self != Self::OutOfService
    }
}

impl FromStr for SeatKind {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text).ok_or_else(|| format!("unknown seat kind {text:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_parse_case_insensitively_and_print_upper_case() {
        let label: SeatLabel = " b7 ".parse().expect("valid");
        assert_eq!(label.row(), "B");
        assert_eq!(label.number(), 7);
        assert_eq!(label.to_string(), "B7");
        assert_eq!("AA12".parse::<SeatLabel>().expect("valid").to_string(), "AA12");
    }

    #[test]
    fn malformed_labels_are_refused() {
        for bad in [
            "",
            "7",
            "B",
            "B0",
            "B-1",
            "1B",
            "B1000",
            "ABCD1",
            "B7x",
            "B 7",
            "Ä1",
            "B١",
            "B99999999999999999999",
            "'; DROP TABLE seat; --",
        ] {
            assert!(bad.parse::<SeatLabel>().is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn labels_sort_front_to_back_then_left_to_right() {
        let mut labels = SeatLabel::parse_list(["AA1,B10,B2,A3,Z1"]).expect("valid");
        labels.sort();
        let shown: Vec<String> = labels.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["A3", "B2", "B10", "Z1", "AA1"]);
    }

    #[test]
    fn a_list_naming_one_seat_twice_is_refused() {
        assert!(SeatLabel::parse_list(["A1,a1"]).is_err());
        assert_eq!(SeatLabel::parse_list(["A1", "A2 A3"]).expect("valid").len(), 3);
    }

    #[test]
    fn kinds_round_trip_through_their_words_and_characters() {
        for kind in SeatKind::ALL {
            assert_eq!(kind.as_str().parse::<SeatKind>(), Ok(kind));
            assert_eq!(SeatKind::from_layout_char(kind.layout_char()), Some(kind));
        }
        assert_eq!(SeatKind::from_layout_char('.'), None);
    }
}
