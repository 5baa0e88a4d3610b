//! What the cashier changes on the seat map: the cursor, the selection and the scroll position.
//! Every change here is plain arithmetic over the [`Plan`]: a cursor move never touches the
//! database.

use super::plan::{Plan, Spot};
use crate::domain::best_available::{Choice, Kind, best_available};

/// A cursor move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// What Space did to the seat under the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toggle {
    Selected,
    Unselected,
    /// Not a free or blocked seat (held, sold, or no seat at all): nothing changed.
    NotFree,
}

/// The cursor, the selection and the scroll position, in (row, place) coordinates of the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeatMapState {
    pub cursor: (usize, usize),
    /// The first row and place on screen.
    pub offset: (usize, usize),
    /// Selected places, sorted front to back, left to right.
    selected: Vec<(usize, usize)>,
    /// The kind of seat a digit picks: standard unless the cashier switched.
    pub kind: Kind,
}

impl SeatMapState {
    /// A state with the cursor on the best single free seat (where most customers will sit), or
    /// on the first seat of the house when nothing is free.
    #[must_use]
    pub fn new(plan: &Plan) -> Self {
        let cells = plan.cells();
        let kind = Kind::default_for(&cells);
        let best = best_available(&cells, 1, kind).and_then(|choice| choice.places().first().copied());
        let first =
            plan.rows.iter().enumerate().find_map(|(row, r)| {
                r.places.iter().position(|s| matches!(s, Spot::Seat { .. })).map(|col| (row, col))
            });
        Self { cursor: best.or(first).unwrap_or((0, 0)), offset: (0, 0), selected: Vec::new(), kind }
    }

    /// A state with the cursor at `cursor` and nothing selected (a map only being looked at).
    #[must_use]
    pub fn at(cursor: (usize, usize)) -> Self {
        Self { cursor, ..Self::default() }
    }

    /// The selected places, front to back.
    #[must_use]
    pub fn selected(&self) -> &[(usize, usize)] {
        &self.selected
    }

    #[must_use]
    pub fn is_selected(&self, place: (usize, usize)) -> bool {
        self.selected.binary_search(&place).is_ok()
    }

    /// Moves the cursor to the next seat that way, skipping gaps; it stays put at the edge.
    pub fn move_cursor(&mut self, plan: &Plan, direction: Direction) {
        let (row, col) = self.cursor;
        let seat_at = |r: usize, c: usize| matches!(plan.spot((r, c)), Spot::Seat { .. });
        let next = match direction {
            Direction::Left => (0..col).rev().find(|&c| seat_at(row, c)).map(|c| (row, c)),
            Direction::Right => {
                let width = plan.rows.get(row).map_or(0, |r| r.places.len());
                (col + 1..width).find(|&c| seat_at(row, c)).map(|c| (row, c))
            }
            Direction::Up => (0..row).rev().find_map(|r| nearest_seat(plan, r, col).map(|c| (r, c))),
            Direction::Down => (row + 1..plan.rows.len()).find_map(|r| nearest_seat(plan, r, col).map(|c| (r, c))),
        };
        if let Some(next) = next {
            self.cursor = next;
        }
    }

    /// Space: selects or unselects the seat under the cursor. A blocked seat may be selected
    /// too, to unblock it with others.
    pub fn toggle(&mut self, plan: &Plan) -> Toggle {
        match self.selected.binary_search(&self.cursor) {
            Ok(index) => {
                self.selected.remove(index);
                Toggle::Unselected
            }
            Err(index) if plan.spot(self.cursor).is_selectable() => {
                self.selected.insert(index, self.cursor);
                Toggle::Selected
            }
            Err(_) => Toggle::NotFree,
        }
    }

    /// Replaces the selection with the `count` best free seats of the chosen kind and returns
    /// the choice; `None` (and nothing changed) when no choice fits.
    pub fn select_best(&mut self, plan: &Plan, count: usize) -> Option<Choice> {
        let choice = best_available(&plan.cells(), count, self.kind)?;
        self.selected = choice.places();
        if let Some(first) = self.selected.first() {
            self.cursor = *first;
        }
        Some(choice)
    }

    /// Drops one place from the selection, if it is there.
    pub fn unselect(&mut self, place: (usize, usize)) {
        self.selected.retain(|selected| *selected != place);
    }

    pub fn clear_selection(&mut self) {
        self.selected.clear();
    }

    /// Keeps only selected places that are still free (or blocked) in a fresh plan; returns the
    /// ones dropped (someone else took them meanwhile).
    pub fn keep_free(&mut self, plan: &Plan) -> Vec<(usize, usize)> {
        let (kept, lost): (Vec<_>, Vec<_>) = self.selected.iter().partition(|place| plan.spot(**place).is_selectable());
        self.selected = kept;
        lost
    }

    /// Scrolls so the cursor is on screen, for a viewport of `rows` x `places`.
    pub fn follow_cursor(&mut self, plan: &Plan, (rows, places): (usize, usize)) {
        self.offset = (
            follow(self.offset.0, self.cursor.0, rows, plan.rows.len()),
            follow(self.offset.1, self.cursor.1, places, plan.width),
        );
    }
}

/// The seat of `row` nearest to column `col`, the left one on a tie.
fn nearest_seat(plan: &Plan, row: usize, col: usize) -> Option<usize> {
    plan.rows
        .get(row)?
        .places
        .iter()
        .enumerate()
        .filter(|(_, spot)| matches!(spot, Spot::Seat { .. }))
        .min_by_key(|(c, _)| c.abs_diff(col))
        .map(|(c, _)| c)
}

/// The smallest move of `offset` that keeps `cursor` within `visible` of `total` positions.
#[must_use]
pub fn follow(offset: usize, cursor: usize, visible: usize, total: usize) -> usize {
    if visible == 0 {
        return cursor;
    }
    let mut offset = offset.min(total.saturating_sub(visible));
    if cursor < offset {
        offset = cursor;
    } else if cursor >= offset + visible {
        offset = cursor + 1 - visible;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::seat_map::plan::PlanRow;
    use crate::tui::theme::Look;

    /// `o` free, `X` sold, `#` blocked, `.` gap.
    fn plan(picture: &[&str]) -> Plan {
        let rows: Vec<PlanRow> = picture
            .iter()
            .enumerate()
            .map(|(r, line)| PlanRow {
                label: ((b'A' + u8::try_from(r).expect("small")) as char).to_string(),
                places: line
                    .chars()
                    .enumerate()
                    .map(|(c, ch)| match ch {
                        'o' => Spot::Seat { index: r * 100 + c, number: 1, look: Look::Free },
                        'X' => Spot::Seat { index: r * 100 + c, number: 1, look: Look::Occupied },
                        '#' => Spot::Seat { index: r * 100 + c, number: 1, look: Look::Blocked },
                        _ => Spot::Gap,
                    })
                    .collect(),
            })
            .collect();
        let width = rows.iter().map(|r| r.places.len()).max().unwrap_or(0);
        Plan { rows, width, label_width: 1, for_sale: true }
    }

    #[test]
    fn the_cursor_skips_aisles_and_stops_at_the_walls() {
        let plan = plan(&["oo..oo"]);
        let mut state = SeatMapState { cursor: (0, 1), ..SeatMapState::default() };
        state.move_cursor(&plan, Direction::Right);
        assert_eq!(state.cursor, (0, 4));
        state.move_cursor(&plan, Direction::Right);
        state.move_cursor(&plan, Direction::Right);
        assert_eq!(state.cursor, (0, 5));
        state.move_cursor(&plan, Direction::Left);
        state.move_cursor(&plan, Direction::Left);
        assert_eq!(state.cursor, (0, 1));
    }

    #[test]
    fn moving_between_rows_lands_on_the_nearest_seat() {
        let plan = plan(&["oooooo", "..oo..", "o....o"]);
        let mut state = SeatMapState { cursor: (0, 0), ..SeatMapState::default() };
        state.move_cursor(&plan, Direction::Down);
        assert_eq!(state.cursor, (1, 2));
        state.cursor = (1, 3);
        state.move_cursor(&plan, Direction::Down);
        assert_eq!(state.cursor, (2, 5));
        state.move_cursor(&plan, Direction::Up);
        state.move_cursor(&plan, Direction::Up);
        assert_eq!(state.cursor, (0, 3));
    }

    #[test]
    fn only_free_seats_can_be_selected() {
        let plan = plan(&["oX"]);
        let mut state = SeatMapState::default();
        assert_eq!(state.toggle(&plan), Toggle::Selected);
        assert_eq!(state.toggle(&plan), Toggle::Unselected);
        state.cursor = (0, 1);
        assert_eq!(state.toggle(&plan), Toggle::NotFree);
        assert!(state.selected().is_empty());
    }

    #[test]
    fn a_blocked_seat_can_be_selected_to_unblock_it_and_stays_out_of_best_seats() {
        let plan = plan(&["o#"]);
        let mut state = SeatMapState { cursor: (0, 1), ..SeatMapState::default() };
        assert_eq!(state.toggle(&plan), Toggle::Selected);
        assert!(state.keep_free(&plan).is_empty(), "still blocked: still selected");
        assert!(state.select_best(&plan, 1).is_some());
        assert_eq!(state.selected(), [(0, 0)], "best seats are free seats");
    }

    #[test]
    fn a_digit_selects_seats_together_and_a_full_house_refuses() {
        let plan = plan(&["oooo", "oooo", "oooo", "XXoX"]);
        let mut state = SeatMapState::default();
        assert!(state.select_best(&plan, 3).is_some());
        assert_eq!(state.selected().len(), 3);
        assert!(state.selected().iter().all(|(row, _)| *row == state.selected()[0].0), "one row");
        assert!(state.select_best(&plan, 14).is_none());
        assert_eq!(state.selected().len(), 3, "unchanged");
    }

    #[test]
    fn scrolling_follows_the_cursor_by_the_smallest_step() {
        assert_eq!(follow(0, 5, 10, 40), 0);
        assert_eq!(follow(0, 12, 10, 40), 3);
        assert_eq!(follow(20, 12, 10, 40), 12);
        assert_eq!(follow(35, 39, 10, 40), 30, "never past the end");
        assert_eq!(follow(3, 2, 0, 40), 2, "no room at all");
    }
}
