//! The search behind [`super::best_available`]: the best block of each length in each row, then
//! the best combination over adjacent rows. Ranks add up block by block (each row's orphans,
//! aisles and distance depend on that row alone), so combining per-row bests is exact; the
//! brute-force oracle in the tests checks that claim on small halls.

use super::{Cell, Choice, Geometry, Kind, Rank, most_groups};
use crate::domain::seat::SeatKind;

/// A hall seen by one request.
pub(super) struct Hall<'a> {
    grid: &'a [Vec<Cell>],
    kind: Kind,
    count: usize,
    geometry: Geometry,
    /// The columns of each row's seats (gaps skipped), left to right.
    seats: Vec<Vec<usize>>,
}

/// A run of seats side by side in one row (aisles between them allowed).
#[derive(Debug, Clone, Copy)]
struct Block {
    rank: Rank,
    row: usize,
    /// Index of the first seat in the row's `seats`.
    start: usize,
    len: usize,
}

/// Per row, the best block of each length from 0 to `count` (0 is never used).
type RowBests = Vec<Option<Block>>;

impl<'a> Hall<'a> {
    pub(super) fn new(grid: &'a [Vec<Cell>], kind: Kind, count: usize) -> Self {
        let seats = grid
            .iter()
            .map(|cells| {
                cells.iter().enumerate().filter(|(_, c)| matches!(c, Cell::Seat { .. })).map(|(i, _)| i).collect()
            })
            .collect();
        Self { grid, kind, count, geometry: Geometry::of(grid), seats }
    }

    pub(super) fn best(&self) -> Option<Choice> {
        if self.kind.free_in(self.grid) < self.count {
            return None;
        }
        let bests: Vec<RowBests> = (0..self.grid.len()).map(|row| self.row_bests(row)).collect();
        let together = bests.iter().filter_map(|row| row[self.count]).min_by_key(|block| block.rank);
        if let Some(block) = together {
            return Some(self.choice(&[block]));
        }
        // A wheelchair space goes with its companion seat: split up, they are no use.
        if self.kind == Kind::Wheelchair {
            return None;
        }
        for groups in 2..=most_groups(self.count).min(bests.len()) {
            let best = bests.windows(groups).filter_map(|rows| self.split(rows)).min_by_key(|(rank, _)| *rank);
            if let Some((_, blocks)) = best {
                return Some(self.choice(&blocks));
            }
        }
        None
    }

    /// The best block of each length in `row`.
    fn row_bests(&self, row: usize) -> RowBests {
        let (cells, seats) = (&self.grid[row], &self.seats[row]);
        let mut bests: RowBests = vec![None; self.count + 1];
        for start in 0..seats.len() {
            let mut rank = Rank { groups: 1, ..Rank::default() };
            let (mut wheelchairs, mut companions) = (0, 0);
            for end in start..seats.len().min(start + self.count) {
                let col = seats[end];
                let Cell::Seat { kind, free: true } = cells[col] else { break };
                if !self.kind.admits(kind) {
                    break;
                }
                match kind {
                    SeatKind::Wheelchair => wheelchairs += 1,
                    SeatKind::Companion => companions += 1,
                    _ => {}
                }
                if end > start && col > seats[end - 1] + 1 {
                    rank.aisles += 1;
                }
                rank.distance += self.geometry.distance(row, col);
                let len = end - start + 1;
                if self.kind == Kind::Wheelchair && (wheelchairs == 0 || (len > 1 && companions == 0)) {
                    continue;
                }
                let block =
                    Block { rank: Rank { orphans: orphans(cells, seats[start], col), ..rank }, row, start, len };
                if bests[len].is_none_or(|best| block.rank < best.rank) {
                    bests[len] = Some(block);
                }
            }
        }
        bests
    }

    /// The best way to seat everyone in exactly these adjacent rows, one block in each.
    fn split(&self, rows: &[RowBests]) -> Option<(Rank, Vec<Block>)> {
        let longest = |row: &RowBests| row.iter().rposition(Option::is_some).unwrap_or(0);
        if rows.iter().map(longest).sum::<usize>() < self.count {
            return None;
        }
        // table[m]: the best way to seat m people in the rows so far.
        let mut table: Vec<Option<(Rank, Vec<Block>)>> =
            rows[0].iter().map(|block| block.map(|b| (b.rank, vec![b]))).collect();
        for row in &rows[1..] {
            let mut next: Vec<Option<(Rank, Vec<Block>)>> = vec![None; self.count + 1];
            for total in 2..=self.count {
                for len in 1..total.min(longest(row) + 1) {
                    let (Some((rank, so_far)), Some(block)) = (&table[total - len], row[len]) else { continue };
                    let candidate = *rank + block.rank;
                    if next[total].as_ref().is_none_or(|(best, _)| candidate < *best) {
                        let mut blocks = so_far.clone();
                        blocks.push(block);
                        next[total] = Some((candidate, blocks));
                    }
                }
            }
            table = next;
        }
        table.swap_remove(self.count)
    }

    fn choice(&self, blocks: &[Block]) -> Choice {
        let groups = blocks
            .iter()
            .map(|b| self.seats[b.row][b.start..b.start + b.len].iter().map(|&col| (b.row, col)).collect())
            .collect();
        let rank = blocks.iter().map(|b| b.rank).fold(Rank::default(), |sum, rank| sum + rank);
        Choice { groups, rank }
    }
}

/// How many seats taking `first..=last` of a row strands: the seat just outside either end, when
/// it is free and nothing free lies beyond it.
fn orphans(cells: &[Cell], first: usize, last: usize) -> usize {
    let free = |col: Option<usize>| col.and_then(|c| cells.get(c)).is_some_and(|cell| cell.is_free_seat());
    let stranded = |next: Option<usize>, beyond: Option<usize>| {
        next.and_then(|c| cells.get(c)).is_some_and(|cell| cell.can_be_orphaned()) && !free(beyond)
    };
    usize::from(stranded(first.checked_sub(1), first.checked_sub(2)))
        + usize::from(stranded(Some(last + 1), Some(last + 2)))
}
