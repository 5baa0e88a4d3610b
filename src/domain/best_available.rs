//! "Give me the N best seats": the seats a cashier would pick for a customer who says
//! "nine good seats, together".
//!
//! The rules, in order of preference (each is a field of [`Rank`], compared in that order):
//! 1. one block side by side in one row; failing that, the fewest blocks in adjacent rows, one
//!    block per row, one behind the other (never more than [`most_groups`] blocks: seats are not
//!    scattered one by one);
//! 2. no single free seat left stranded between taken seats, an aisle or a wall (an *orphan*),
//!    unless every choice with that many blocks strands one;
//! 3. not across an aisle unless no block within a section fits;
//! 4. nearest the focal point: the centre line, about two-thirds of the way back.
//!
//! One kind of seat per request ([`Kind`]): standard or premium seats, or wheelchair spaces
//! with their companion seats, which are never given out unless asked for.

mod search;
#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

use super::seat::SeatKind;

/// One place of the picture, as best-available sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Gap,
    Seat { kind: SeatKind, free: bool },
}

impl Cell {
    fn is_free_seat(self) -> bool {
        matches!(self, Self::Seat { free: true, .. })
    }

    /// A free seat that would be hard to sell on its own; wheelchair spaces and companion seats
    /// are sold one or two at a time anyway, so leaving one alone strands nothing.
    fn can_be_orphaned(self) -> bool {
        matches!(self, Self::Seat { kind: SeatKind::Standard | SeatKind::Premium, free: true })
    }
}

/// The kind of seat a request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    #[default]
    Standard,
    Premium,
    /// Wheelchair spaces with a companion seat beside them, in one row.
    Wheelchair,
}

impl Kind {
    /// Every kind, in the order the cashier switches through them.
    pub const ALL: [Self; 3] = [Self::Standard, Self::Premium, Self::Wheelchair];

    /// The word used in the JSON output and on the command line: the seat kind's own word.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => SeatKind::Standard,
            Self::Premium => SeatKind::Premium,
            Self::Wheelchair => SeatKind::Wheelchair,
        }
        .as_str()
    }

    /// Whether a free seat of `kind` may go to this request.
    #[must_use]
    pub fn admits(self, kind: SeatKind) -> bool {
        match self {
            Self::Standard => kind == SeatKind::Standard,
            Self::Premium => kind == SeatKind::Premium,
            Self::Wheelchair => matches!(kind, SeatKind::Wheelchair | SeatKind::Companion),
        }
    }

    /// What a customer gets without asking: standard seats, or premium in a hall that has no
    /// standard seats at all (a premium-only lounge).
    #[must_use]
    pub fn default_for(grid: &[Vec<Cell>]) -> Self {
        let has_standard =
            grid.iter().flatten().any(|cell| matches!(cell, Cell::Seat { kind: SeatKind::Standard, .. }));
        if has_standard || !grid.iter().flatten().any(|cell| matches!(cell, Cell::Seat { kind: SeatKind::Premium, .. }))
        {
            Self::Standard
        } else {
            Self::Premium
        }
    }

    /// How many free places of this kind the hall has: what is left when no choice fits.
    #[must_use]
    pub fn free_in(self, grid: &[Vec<Cell>]) -> usize {
        grid.iter()
            .flatten()
            .filter(|cell| matches!(cell, Cell::Seat { kind, free: true } if self.admits(*kind)))
            .count()
    }

    /// The kind after this one, for the key that switches kinds on the map.
    #[must_use]
    pub fn next(self) -> Self {
        match self {
            Self::Standard => Self::Premium,
            Self::Premium => Self::Wheelchair,
            Self::Wheelchair => Self::Standard,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| format!("unknown seat kind {text:?} (expected standard, premium or wheelchair)"))
    }
}

/// How good a choice is: compared field by field in declaration order, fewer is better in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Rank {
    /// Blocks of seats side by side (one per row).
    pub groups: usize,
    /// Free seats the choice leaves stranded that were not stranded before.
    pub orphans: usize,
    /// Aisles the blocks straddle.
    pub aisles: usize,
    /// Summed distance of the seats to the focal point, in half-seat units.
    pub distance: i64,
}

impl std::ops::Add for Rank {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            groups: self.groups + other.groups,
            orphans: self.orphans + other.orphans,
            aisles: self.aisles + other.aisles,
            distance: self.distance + other.distance,
        }
    }
}

/// The seats chosen, as (row index, place index) in the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The blocks, front row first, each left to right.
    pub groups: Vec<Vec<(usize, usize)>>,
    pub rank: Rank,
}

impl Choice {
    /// Every chosen place, front to back, left to right.
    #[must_use]
    pub fn places(&self) -> Vec<(usize, usize)> {
        self.groups.iter().flatten().copied().collect()
    }

    /// Whether the seats are one block in one row.
    #[must_use]
    pub fn together(&self) -> bool {
        self.groups.len() == 1
    }

    /// Whether a block straddles an aisle.
    #[must_use]
    pub fn across_aisle(&self) -> bool {
        self.rank.aisles > 0
    }
}

/// The most blocks a group of `count` may be split into: two for a pair or a trio, else one
/// block per two seats. Past that the seats would be scattered, and the cashier picks by hand.
#[must_use]
pub fn most_groups(count: usize) -> usize {
    count.div_ceil(2).max(2).min(count)
}

/// Picks `count` seats of `kind` by the rules above; `None` when no choice fits (too few seats
/// of that kind free, or only scattered ones).
#[must_use]
pub fn best_available(grid: &[Vec<Cell>], count: usize, kind: Kind) -> Option<Choice> {
    if count == 0 {
        return None;
    }
    search::Hall::new(grid, kind, count).best()
}

/// Where the audience sees best, and how far a seat is from it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    ideal_row: i64,
    centre_col2: i64,
}

/// One row nearer the ideal is worth two seats sideways (in half-seat units).
const ROW_WEIGHT: i64 = 4;

impl Geometry {
    pub(crate) fn of(grid: &[Vec<Cell>]) -> Self {
        let rows = to_i64(grid.len());
        let width = grid.iter().map(Vec::len).max().unwrap_or(0);
        Self {
            // Two-thirds of the way back, counted from the front row.
            ideal_row: (2 * (rows - 1) + 1) / 3,
            centre_col2: to_i64(width) - 1,
        }
    }

    /// The distance of the seat at (row, col) from the focal point.
    pub(crate) fn distance(self, row: usize, col: usize) -> i64 {
        (to_i64(row) - self.ideal_row).abs() * ROW_WEIGHT + (2 * to_i64(col) - self.centre_col2).abs()
    }
}

fn to_i64(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX / 4)
}
