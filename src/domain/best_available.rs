//! "Give me the N best seats": the seats a cashier would pick for a customer who says
//! "two good seats, together".
//!
//! Best means: a block of N adjacent free seats in one row, as near as possible to two-thirds of
//! the way back and to the centre line; not across an aisle unless no row section has room; and
//! never leaving a single free seat stranded between taken seats (or an aisle) when another
//! choice exists. With no room together anywhere, the N best single seats are offered apart.

use super::seat::SeatKind;

/// One place of the picture, as best-available sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Gap,
    Seat { kind: SeatKind, free: bool },
}

impl Cell {
    /// Free and a seat a customer may be given without asking (not a wheelchair space or a
    /// companion seat, which are kept for those who need them).
    fn pickable(self) -> bool {
        matches!(self, Self::Seat { kind: SeatKind::Standard | SeatKind::Premium, free: true })
    }

    fn is_free_seat(self) -> bool {
        matches!(self, Self::Seat { free: true, .. })
    }
}

/// The seats chosen, as (row index, place index) in the picture, left to right, front first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub places: Vec<(usize, usize)>,
    /// False when no block of N fitted and the seats are apart.
    pub together: bool,
}

/// Picks `count` seats; `None` when fewer than `count` pickable seats are free.
#[must_use]
pub fn best_available(grid: &[Vec<Cell>], count: usize) -> Option<Choice> {
    if count == 0 {
        return None;
    }
    let geometry = Geometry::of(grid);
    let within_sections = blocks(grid, count, false).min_by_key(|block| geometry.cost(grid, block));
    let across_aisles = || blocks(grid, count, true).min_by_key(|block| geometry.cost(grid, block) + ACROSS_AISLE);
    if let Some(places) = within_sections.or_else(across_aisles) {
        return Some(Choice { places, together: true });
    }
    apart(grid, count, &geometry).map(|places| Choice { places, together: false })
}

/// Costs are in half-seat units so a centre between two seats stays an integer.
const PER_ROW: i64 = 3;
const STRANDED: i64 = 1_000;
const ACROSS_AISLE: i64 = 10_000;

struct Geometry {
    ideal_row: i64,
    centre_col2: i64,
}

impl Geometry {
    fn of(grid: &[Vec<Cell>]) -> Self {
        let rows = i64::try_from(grid.len()).unwrap_or(i64::MAX);
        let width = grid.iter().map(Vec::len).max().unwrap_or(0);
        Self {
            // Two-thirds of the way back, counted from the front row.
            ideal_row: (2 * (rows - 1) + 1) / 3,
            centre_col2: i64::try_from(width).unwrap_or(i64::MAX) - 1,
        }
    }

    fn cost(&self, grid: &[Vec<Cell>], block: &[(usize, usize)]) -> i64 {
        let (row, first) = block[0];
        let last = block[block.len() - 1].1;
        let row_distance = (to_i64(row) - self.ideal_row).abs();
        let centre_distance2 = (to_i64(first + last) - self.centre_col2).abs();
        let stranded = strands_left(&grid[row], first) as i64 + strands_right(&grid[row], last) as i64;
        // Rows count more than columns: one row nearer the ideal is worth ~1.5 seats sideways.
        row_distance * PER_ROW * 2 + centre_distance2 + stranded * STRANDED
    }
}

fn to_i64(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Every run of `count` pickable seats in one row; `across_aisles` lets a run skip gaps.
fn blocks(grid: &[Vec<Cell>], count: usize, across_aisles: bool) -> impl Iterator<Item = Vec<(usize, usize)>> + '_ {
    grid.iter().enumerate().flat_map(move |(row, cells)| {
        (0..cells.len()).filter_map(move |start| {
            let mut block = Vec::with_capacity(count);
            for (col, cell) in cells.iter().enumerate().skip(start) {
                match cell {
                    Cell::Gap if across_aisles && !block.is_empty() => {}
                    cell if cell.pickable() => block.push((row, col)),
                    _ => return None,
                }
                if block.len() == count {
                    return Some(block);
                }
            }
            None
        })
    })
}

/// Whether taking seats up to `first` leaves exactly one free seat on its left before a taken
/// seat, an aisle or the wall.
fn strands_left(cells: &[Cell], first: usize) -> bool {
    first >= 1 && cells[first - 1].is_free_seat() && (first < 2 || !cells[first - 2].is_free_seat())
}

fn strands_right(cells: &[Cell], last: usize) -> bool {
    cells.get(last + 1).is_some_and(|c| c.is_free_seat()) && !cells.get(last + 2).is_some_and(|c| c.is_free_seat())
}

fn apart(grid: &[Vec<Cell>], count: usize, geometry: &Geometry) -> Option<Vec<(usize, usize)>> {
    let mut singles: Vec<(i64, (usize, usize))> = grid
        .iter()
        .enumerate()
        .flat_map(|(row, cells)| cells.iter().enumerate().filter(|(_, c)| c.pickable()).map(move |(col, _)| (row, col)))
        .map(|place| (geometry.cost(grid, &[place]), place))
        .collect();
    if singles.len() < count {
        return None;
    }
    singles.sort_unstable();
    let mut places: Vec<(usize, usize)> = singles.into_iter().take(count).map(|(_, place)| place).collect();
    places.sort_unstable();
    Some(places)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` free seat, `X` taken, `w` free wheelchair space, `.` gap.
    fn grid(picture: &[&str]) -> Vec<Vec<Cell>> {
        picture
            .iter()
            .map(|row| {
                row.chars()
                    .map(|c| match c {
                        's' => Cell::Seat { kind: SeatKind::Standard, free: true },
                        'X' => Cell::Seat { kind: SeatKind::Standard, free: false },
                        'w' => Cell::Seat { kind: SeatKind::Wheelchair, free: true },
                        _ => Cell::Gap,
                    })
                    .collect()
            })
            .collect()
    }

    fn pick(picture: &[&str], count: usize) -> Choice {
        best_available(&grid(picture), count).expect("room")
    }

    #[test]
    fn two_seats_go_to_the_centre_two_thirds_back() {
        let hall = ["ssssssss", "ssssssss", "ssssssss", "ssssssss"];
        assert_eq!(pick(&hall, 2), Choice { places: vec![(2, 3), (2, 4)], together: true });
    }

    #[test]
    fn a_block_stays_within_one_section_when_one_has_room() {
        // Centre section is 2 wide: three seats must not straddle the aisles while a side has room.
        let hall = ["sss.ss.sss"];
        let choice = pick(&hall, 3);
        assert!(choice.together);
        assert!(choice.places == vec![(0, 0), (0, 1), (0, 2)] || choice.places == vec![(0, 7), (0, 8), (0, 9)]);
    }

    #[test]
    fn a_block_crosses_an_aisle_only_when_it_must() {
        let hall = ["ss.ss"];
        assert_eq!(pick(&hall, 3).places.len(), 3);
        assert!(pick(&hall, 3).together);
    }

    #[test]
    fn no_single_seat_is_stranded_when_another_choice_exists() {
        // Taking the centre pair [3,4] would leave seat 2 alone between X and the pair.
        let hall = ["XXsssssXX"];
        let choice = pick(&hall, 2);
        let stranded_one = choice.places == vec![(0, 3), (0, 4)] || choice.places == vec![(0, 4), (0, 5)];
        assert!(!stranded_one, "{choice:?} strands a seat");
    }

    #[test]
    fn wheelchair_spaces_are_not_given_out() {
        let hall = ["wwsXs"];
        assert_eq!(best_available(&grid(&hall), 3), None);
        assert_eq!(pick(&hall, 2), Choice { places: vec![(0, 2), (0, 4)], together: false });
    }

    #[test]
    fn seats_are_offered_apart_when_no_block_fits() {
        let hall = ["sXsXs", "XsXsX"];
        let choice = pick(&hall, 3);
        assert!(!choice.together);
        assert_eq!(choice.places.len(), 3);
    }

    #[test]
    fn nothing_is_offered_when_the_house_is_too_full() {
        assert_eq!(best_available(&grid(&["sXX"]), 2), None);
        assert_eq!(best_available(&grid(&["ss"]), 0), None);
    }
}
