//! The picture of one showing's seats, built once when a snapshot arrives so that drawing and
//! cursor moves only index into it: no lookups, no database.

use std::collections::BTreeSet;

use crate::domain::best_available::Cell;
use crate::domain::selling::SalesState;
use crate::domain::{Place, SeatKind, SeatStatus};
use crate::engine::{SeatMap, SeatView};
use crate::tui::theme::Look;

/// One place of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// An aisle or any other gap: drawn as blank, skipped by the cursor.
    Gap,
    /// A seat: its index in [`SeatMap::seats`], its number in the row and how it looks before any
    /// selection of this cashier is applied.
    Seat { index: usize, number: u16, look: Look },
}

impl Spot {
    /// Whether a customer may have this place: a free seat of any kind.
    #[must_use]
    pub fn is_free(self) -> bool {
        matches!(
            self,
            Self::Seat { look: Look::Free | Look::FreePremium | Look::FreeWheelchair | Look::FreeCompanion, .. }
        )
    }

    /// Whether Space may select this place: a free seat (to sell or block) or a blocked one (to
    /// unblock).
    #[must_use]
    pub fn is_selectable(self) -> bool {
        self.is_free() || matches!(self, Self::Seat { look: Look::Blocked, .. })
    }
}

/// One row, front to back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow {
    pub label: String,
    pub places: Vec<Spot>,
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub rows: Vec<PlanRow>,
    /// The widest row, in places.
    pub width: usize,
    /// The longest row label, in characters.
    pub label_width: usize,
    /// False for a cancelled or finished showing: its free seats are drawn not for sale.
    pub for_sale: bool,
}

impl Plan {
    /// Builds the picture of `map`. A seat held by one of `my_codes` (bookings this counter made
    /// in this session) looks like "mine"; any other hold is "reserved". A cancelled or finished
    /// showing sells nothing: its available seats (all of them, once restocked) look not for sale.
    #[must_use]
    pub fn new(map: &SeatMap, my_codes: &BTreeSet<String>) -> Self {
        let for_sale = !matches!(map.sales, SalesState::Cancelled | SalesState::Finished);
        let mut rows: Vec<PlanRow> = map
            .layout
            .rows()
            .iter()
            .map(|row| PlanRow { label: row.label.clone(), places: vec![Spot::Gap; row.places.len()] })
            .collect();
        for (index, seat) in map.seats.iter().enumerate() {
            let Some(place) = rows.get_mut(seat.grid_row).and_then(|row| row.places.get_mut(seat.grid_col)) else {
                continue;
            };
            let number = match map.layout.rows()[seat.grid_row].places[seat.grid_col] {
                Place::Seat { number, .. } => number,
                Place::Gap => seat.label.number(),
            };
            let look = match look_of(seat, my_codes) {
                Look::Free | Look::FreePremium | Look::FreeWheelchair | Look::FreeCompanion if !for_sale => {
                    Look::NotForSale
                }
                look => look,
            };
            *place = Spot::Seat { index, number, look };
        }
        let width = rows.iter().map(|row| row.places.len()).max().unwrap_or(0);
        let label_width = rows.iter().map(|row| crate::tui::cells::width(&row.label)).max().unwrap_or(1).max(1);
        Self { rows, width, label_width, for_sale }
    }

    /// The place at `(row, col)`, a gap outside the picture.
    #[must_use]
    pub fn spot(&self, (row, col): (usize, usize)) -> Spot {
        self.rows.get(row).and_then(|r| r.places.get(col)).copied().unwrap_or(Spot::Gap)
    }

    /// The picture as best-available sees it: which places are free seats of which kind.
    #[must_use]
    pub fn cells(&self) -> Vec<Vec<Cell>> {
        self.rows
            .iter()
            .map(|row| {
                row.places
                    .iter()
                    .map(|spot| match *spot {
                        Spot::Gap => Cell::Gap,
                        Spot::Seat { look, .. } => Cell::Seat { kind: kind_of(look), free: spot.is_free() },
                    })
                    .collect()
            })
            .collect()
    }
}

/// How a seat looks before this cashier's selection.
fn look_of(seat: &SeatView, my_codes: &BTreeSet<String>) -> Look {
    match seat.status {
        SeatStatus::Available => match seat.kind {
            SeatKind::Standard => Look::Free,
            SeatKind::Premium => Look::FreePremium,
            SeatKind::Wheelchair => Look::FreeWheelchair,
            SeatKind::Companion => Look::FreeCompanion,
            SeatKind::OutOfService => Look::Blocked,
        },
        SeatStatus::Reserved if seat.booking.as_ref().is_some_and(|code| my_codes.contains(code)) => Look::Mine,
        SeatStatus::Reserved => Look::Reserved,
        SeatStatus::Occupied => Look::Occupied,
        SeatStatus::Blocked => Look::Blocked,
    }
}

/// The seat kind best-available needs; only free seats' kinds matter to it.
fn kind_of(look: Look) -> SeatKind {
    match look {
        Look::FreePremium => SeatKind::Premium,
        Look::FreeWheelchair => SeatKind::Wheelchair,
        Look::FreeCompanion => SeatKind::Companion,
        _ => SeatKind::Standard,
    }
}
