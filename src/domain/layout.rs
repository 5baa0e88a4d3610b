//! The seat plan of an auditorium, parsed from the text picture of the venue file.
//!
//! ```text
//! A ssss.ssssssss.ssss
//! D ww..cc....cc..ww
//! ```
//! Front row (nearest the screen) first; the row label, one space, then one character per place.
//! Seats are numbered from 1 left to right as the audience sees them; gaps are not counted.

use super::seat::{SeatKind, SeatLabel, is_row_label};

/// The most places (seats and gaps) one row may have.
pub const MAX_ROW_WIDTH: usize = 200;
/// The most rows an auditorium may have.
pub const MAX_ROWS: usize = 100;

/// A parsed auditorium plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    rows: Vec<LayoutRow>,
}

/// One row of the plan, front to back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutRow {
    pub label: String,
    pub places: Vec<Place>,
}

/// One character of a row: a seat or a gap (aisle).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Gap,
    Seat { number: u16, kind: SeatKind },
}

/// A seat with its position in the picture, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedSeat {
    pub label: SeatLabel,
    pub kind: SeatKind,
    /// Row index from the front, from 0.
    pub grid_row: usize,
    /// Place index within the row (gaps counted), from 0.
    pub grid_col: usize,
}

/// What is wrong with a layout, and on which of its lines (1-based, blank lines counted).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LayoutError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Layout {
    /// Parses the text picture.
    ///
    /// # Errors
    /// A malformed row (bad label, unknown character, no seats, too wide), a duplicate row
    /// label, or no rows at all; the error names the line and column.
    pub fn parse(text: &str) -> Result<Self, LayoutError> {
        let mut rows: Vec<LayoutRow> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            let error = |column: usize, message: String| LayoutError { line: line_no, column, message };
            if line.trim().is_empty() {
                continue;
            }
            let (label, places_text) = line
                .trim_end()
                .split_once(' ')
                .ok_or_else(|| error(1, format!("row {:?} needs a label, a space, then its places", line.trim())))?;
            if !is_row_label(label) || label.bytes().any(|b| b.is_ascii_lowercase()) {
                return Err(error(1, format!("row label {label:?} must be 1 to 3 capital letters")));
            }
            if rows.iter().any(|row| row.label == label) {
                return Err(error(1, format!("row {label} appears twice")));
            }
            if rows.len() == MAX_ROWS {
                return Err(error(1, format!("an auditorium has at most {MAX_ROWS} rows")));
            }
            let places =
                parse_places(places_text).map_err(|(offset, message)| error(label.len() + 2 + offset, message))?;
            rows.push(LayoutRow { label: label.to_owned(), places });
        }
        if rows.is_empty() {
            return Err(LayoutError { line: 1, column: 1, message: "the layout has no rows".to_owned() });
        }
        Ok(Self { rows })
    }

    /// The rows, front first.
    #[must_use]
    pub fn rows(&self) -> &[LayoutRow] {
        &self.rows
    }

    /// The widest row, in places: the width of the picture.
    #[must_use]
    pub fn width(&self) -> usize {
        self.rows.iter().map(|row| row.places.len()).max().unwrap_or(0)
    }

    /// Every seat with its label, kind and grid position, front row first, left to right.
    ///
    /// # Panics
    /// Never: the parser has checked every label this builds.
    #[must_use]
    pub fn seats(&self) -> Vec<PlacedSeat> {
        let mut seats = Vec::new();
        for (grid_row, row) in self.rows.iter().enumerate() {
            for (grid_col, place) in row.places.iter().enumerate() {
                if let Place::Seat { number, kind } = *place {
                    #[expect(clippy::expect_used, reason = "parse() checked the label and numbered the seats from 1")]
                    let label = SeatLabel::new(&row.label, number).expect("layout labels are valid"); // invariant: checked by parse()
                    seats.push(PlacedSeat { label, kind, grid_row, grid_col });
                }
            }
        }
        seats
    }

    /// The layout written back in the venue file's notation (what the store keeps).
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        for row in &self.rows {
            text.push_str(&row.label);
            text.push(' ');
            for place in &row.places {
                text.push(match place {
                    Place::Gap => '.',
                    Place::Seat { kind, .. } => kind.layout_char(),
                });
            }
            text.push('\n');
        }
        text
    }
}

fn parse_places(text: &str) -> Result<Vec<Place>, (usize, String)> {
    if text.chars().count() > MAX_ROW_WIDTH {
        return Err((0, format!("a row has at most {MAX_ROW_WIDTH} places")));
    }
    let mut places = Vec::new();
    let mut number: u16 = 0;
    for (offset, c) in text.chars().enumerate() {
        if c == '.' {
            places.push(Place::Gap);
            continue;
        }
        let kind = SeatKind::from_layout_char(c)
            .ok_or_else(|| (offset, format!("{c:?} is not a place; use s p w c x for seats and . for a gap")))?;
        number += 1;
        places.push(Place::Seat { number, kind });
    }
    if number == 0 {
        return Err((0, "a row needs at least one seat".to_owned()));
    }
    Ok(places)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STUDIO: &str = "A ssss.ssss\nB pppp.pppp\n\nD ww..cc\n";

    #[test]
    fn seats_are_numbered_left_to_right_skipping_gaps() {
        let layout = Layout::parse(STUDIO).expect("valid");
        let row_d: Vec<String> = layout
            .seats()
            .iter()
            .filter(|seat| seat.label.row() == "D")
            .map(|seat| format!("{}:{}@{}", seat.label, seat.kind.layout_char(), seat.grid_col))
            .collect();
        assert_eq!(row_d, ["D1:w@0", "D2:w@1", "D3:c@4", "D4:c@5"]);
        assert_eq!(layout.seats().len(), 8 + 8 + 4);
        assert_eq!(layout.width(), 9);
    }

    #[test]
    fn the_text_form_round_trips() {
        let layout = Layout::parse(STUDIO).expect("valid");
        assert_eq!(Layout::parse(&layout.to_text()).expect("valid"), layout);
    }

    #[test]
    fn malformed_rows_are_refused_with_their_line_and_column() {
        let cases = [
            ("A ssqs", 1, 5),
            ("A ss\nB sz", 2, 4),
            ("a ss", 1, 1),
            ("A ss\nA ss", 2, 1),
            ("A ...", 1, 3),
            ("Ass", 1, 1),
            ("", 1, 1),
            ("A1 ss", 1, 1),
        ];
        for (text, line, column) in cases {
            let error = Layout::parse(text).expect_err(text);
            assert_eq!((error.line, error.column), (line, column), "{text:?}: {error}");
        }
    }

    #[test]
    fn oversized_layouts_are_refused() {
        assert!(Layout::parse(&format!("A {}", "s".repeat(MAX_ROW_WIDTH + 1))).is_err());
        let too_many: String = (0..=MAX_ROWS).map(|i| format!("{} s\n", row_name(i))).collect();
        assert!(Layout::parse(&too_many).is_err());
    }

    fn row_name(index: usize) -> String {
        let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let first = letters[index / 26 % 26] as char;
        let second = letters[index % 26] as char;
        format!("{first}{second}")
    }
}
