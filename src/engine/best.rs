//! Best-available on a showing as it stands: what `boxoffice best` prints, what `hold --best`
//! holds, and (through [`SeatMap::cells`]) what a digit on the seat map selects. All three call
//! [`crate::domain::best_available::best_available`].

use chrono::{DateTime, Duration, Utc};

use super::hold::MAX_SEATS_PER_BOOKING;
use super::{Conflict, Engine, EngineError, HoldReceipt, SeatMap, ensure_selling, messages};
use crate::domain::best_available::{Cell, Choice, Kind, best_available};
use crate::domain::{SeatLabel, SeatStatus, ShowingId};

/// How often `hold --best` suggests again when another counter took a suggested seat first.
const HOLD_BEST_TRIES: usize = 3;

/// The suggestion for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BestSeats {
    pub showing: ShowingId,
    pub kind: Kind,
    /// The blocks, front row first, each left to right.
    pub groups: Vec<Vec<SeatLabel>>,
    pub across_aisle: bool,
}

impl BestSeats {
    /// Every seat, front to back.
    #[must_use]
    pub fn seats(&self) -> Vec<SeatLabel> {
        self.groups.iter().flatten().cloned().collect()
    }

    /// What was chosen, for the cashier: `Best 9: D1–D5 and E1–E4 (two rows)`.
    #[must_use]
    pub fn describe(&self) -> String {
        let blocks: Vec<String> = self.groups.iter().map(|group| range(group)).collect();
        messages::best_chosen(self.groups.iter().map(Vec::len).sum(), &blocks, self.across_aisle)
    }
}

/// `D1–D5` for a block, `D5` for one seat.
fn range(group: &[SeatLabel]) -> String {
    match group {
        [first, .., last] => format!("{first}–{last}"),
        [one] => one.to_string(),
        [] => String::new(),
    }
}

impl SeatMap {
    /// The picture as best-available sees it: which places are free seats of which kind.
    #[must_use]
    pub fn cells(&self) -> Vec<Vec<Cell>> {
        let mut grid: Vec<Vec<Cell>> = self.layout.rows().iter().map(|row| vec![Cell::Gap; row.places.len()]).collect();
        for seat in &self.seats {
            if let Some(cell) = grid.get_mut(seat.grid_row).and_then(|row| row.get_mut(seat.grid_col)) {
                *cell = Cell::Seat { kind: seat.kind, free: seat.status == SeatStatus::Available };
            }
        }
        grid
    }

    /// The seat labels of a choice made on [`Self::cells`].
    #[must_use]
    pub fn labels_of(&self, choice: &Choice, kind: Kind) -> BestSeats {
        let label = |place: &(usize, usize)| {
            self.seats.iter().find(|s| (s.grid_row, s.grid_col) == *place).map(|s| s.label.clone())
        };
        BestSeats {
            showing: self.showing.id,
            kind,
            groups: choice.groups.iter().map(|group| group.iter().filter_map(label).collect()).collect(),
            across_aisle: choice.across_aisle(),
        }
    }

    /// The best `count` seats of `kind` (default: standard, or premium in a premium-only hall).
    ///
    /// # Errors
    /// Bad input for a count out of range; a conflict when the showing is not selling or no
    /// choice fits (the message says how many seats of that kind are free).
    pub fn best(&self, count: usize, kind: Option<Kind>, now: DateTime<Utc>) -> Result<BestSeats, EngineError> {
        if !(1..=MAX_SEATS_PER_BOOKING).contains(&count) {
            return Err(EngineError::BadInput(messages::best_count_out_of_range(MAX_SEATS_PER_BOOKING)));
        }
        ensure_selling(&self.showing, &self.venue, now)?;
        let cells = self.cells();
        let kind = kind.unwrap_or_else(|| Kind::default_for(&cells));
        let choice = best_available(&cells, count, kind).ok_or_else(|| {
            EngineError::conflict(
                Conflict::SeatTaken,
                messages::no_room_for(count, kind.as_str(), kind.free_in(&cells)),
            )
        })?;
        Ok(self.labels_of(&choice, kind))
    }
}

impl Engine {
    /// The best `count` seats of a showing now, holding nothing.
    ///
    /// # Errors
    /// As [`SeatMap::best`], and not found for an unknown showing.
    pub fn best(
        &mut self,
        showing: ShowingId,
        count: usize,
        kind: Option<Kind>,
        now: DateTime<Utc>,
    ) -> Result<BestSeats, EngineError> {
        self.seat_map(showing, now)?.best(count, kind, now)
    }

    /// Holds exactly what [`Self::best`] suggests. Another counter may take a suggested seat
    /// between the two steps; then the suggestion is made again on the new picture, a few times,
    /// before the hold refuses as any hold of a taken seat does.
    ///
    /// # Errors
    /// As [`Self::best`] and [`Self::hold`].
    pub fn hold_best(
        &mut self,
        showing: ShowingId,
        count: usize,
        kind: Option<Kind>,
        length: Option<Duration>,
        now: DateTime<Utc>,
    ) -> Result<(BestSeats, HoldReceipt), EngineError> {
        let mut tries = 1;
        loop {
            let best = self.best(showing, count, kind, now)?;
            match self.hold(showing, &best.seats(), length, now) {
                Ok(receipt) => return Ok((best, receipt)),
                Err(EngineError::Conflict { conflict: Conflict::SeatTaken, .. }) if tries < HOLD_BEST_TRIES => {
                    tries += 1;
                }
                Err(error) => return Err(error),
            }
        }
    }
}
