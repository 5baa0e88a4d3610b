use proptest::prelude::*;

use super::*;

/// `s` `p` `w` `c` free seats of those kinds, `X` `P` taken standard and premium, `.` gap.
fn grid(picture: &[&str]) -> Vec<Vec<Cell>> {
    picture
        .iter()
        .map(|row| {
            row.chars()
                .map(|c| match c {
                    'X' => Cell::Seat { kind: SeatKind::Standard, free: false },
                    'P' => Cell::Seat { kind: SeatKind::Premium, free: false },
                    '.' => Cell::Gap,
                    c => Cell::Seat { kind: SeatKind::from_layout_char(c).expect("a seat"), free: true },
                })
                .collect()
        })
        .collect()
}

fn pick(picture: &[&str], count: usize, kind: Kind) -> Choice {
    best_available(&grid(picture), count, kind).expect("room")
}

/// Studio 2 of the demo venue with `sold` rows replaced, front row A first.
fn studio_2(sold: &[(usize, &'static str)]) -> Vec<&'static str> {
    let mut rows = vec![
        "..ssssssssss..",
        ".ssssssssssss.",
        ".ssssssssssss.",
        "ssssss..ssssss",
        "ssssss..ssssss",
        "ssssss..ssssss",
        "ssssss..ssssss",
        "ww..cc..cc..ww",
    ];
    for (row, picture) in sold {
        rows[*row] = picture;
    }
    rows
}

#[test]
fn two_seats_go_to_the_centre_two_thirds_back() {
    let hall = ["ssssssss", "ssssssss", "ssssssss", "ssssssss"];
    assert_eq!(pick(&hall, 2, Kind::Standard).groups, [vec![(2, 3), (2, 4)]]);
}

#[test]
fn a_group_with_no_room_in_any_row_takes_two_rows_not_nine_single_seats() {
    // Issue 8, scene 1: C1-C4 and C9-C12 free, and no row with room for nine.
    let hall = studio_2(&[
        (0, "..XXXXXXXXXX.."),
        (1, ".XXXXXXXXXsss."),
        (2, ".ssssXXXXssss."),
        (3, "XXXXXX..XXXsss"),
        (4, "sssXXX..XXXsss"),
        (5, "XXXXXX..XXXXXX"),
        (6, "ssXXXX..XXXXss"),
    ]);
    let choice = pick(&hall, 9, Kind::Standard);
    assert_eq!(choice.places().len(), 9);
    assert_eq!(choice.groups.len(), 3, "B, C and D hold 3 + 4 + 3: {choice:?}");
    let rows: Vec<usize> = choice.groups.iter().map(|g| g[0].0).collect();
    assert!(rows.windows(2).all(|pair| pair[1] == pair[0] + 1), "adjacent rows: {rows:?}");
}

#[test]
fn a_group_crosses_the_aisle_rather_than_strand_a_seat() {
    // Issue 8, scene 2: nine in row A would leave A10 alone; row D is free across its aisle.
    let hall = studio_2(&[
        (1, ".XXXXXXXXXsss."),
        (2, ".ssssXXXXssss."),
        (4, "sssXXX..XXXsss"),
        (5, "XXXXXX..XXXXXX"),
        (6, "ssXXXX..XXXXss"),
    ]);
    let choice = pick(&hall, 9, Kind::Standard);
    assert!(choice.together());
    assert!(choice.across_aisle());
    assert_eq!(choice.rank.orphans, 0);
    assert_eq!(choice.groups[0][0].0, 3, "row D: {choice:?}");
}

#[test]
fn a_block_stays_within_one_section_when_one_has_room() {
    let choice = pick(&["sss.ss.sss"], 3, Kind::Standard);
    assert!(!choice.across_aisle());
    assert!(choice.groups == [vec![(0, 0), (0, 1), (0, 2)]] || choice.groups == [vec![(0, 7), (0, 8), (0, 9)]]);
}

#[test]
fn standard_seats_are_given_unless_premium_is_asked_for() {
    // Issue 8, scene 3: premium rows at the ideal depth are not given without asking.
    let hall = ["ssssss", "ssssss", "pppppp", "pppppp"];
    assert_eq!(Kind::default_for(&grid(&hall)), Kind::Standard);
    let standard = pick(&hall, 2, Kind::Standard);
    assert!(standard.places().iter().all(|&(row, _)| row < 2));
    let premium = pick(&hall, 2, Kind::Premium);
    assert!(premium.places().iter().all(|&(row, _)| row >= 2));
    assert_eq!(Kind::default_for(&grid(&["pp.pp"])), Kind::Premium, "a premium-only hall sells premium");
}

#[test]
fn a_wheelchair_space_comes_with_its_companion_seat() {
    let hall = ["wc...ssssss...cw", "ww..cc..cc..ww"];
    let choice = pick(&hall, 2, Kind::Wheelchair);
    let kinds: Vec<char> = choice.places().iter().map(|&(r, c)| hall[r].as_bytes()[c] as char).collect();
    assert!(kinds.contains(&'w') && kinds.contains(&'c'), "{kinds:?}");
    assert_eq!(best_available(&grid(&["ssss"]), 2, Kind::Wheelchair), None);
    assert_eq!(best_available(&grid(&["ww"]), 2, Kind::Wheelchair), None, "two spaces, no companion");
    assert!(pick(&["wsssss"], 2, Kind::Standard).places().iter().all(|&(_, c)| c > 0), "not given unasked");
}

#[test]
fn nothing_is_offered_when_only_scattered_seats_are_left() {
    assert_eq!(best_available(&grid(&["sXsXs", "XsXsX"]), 3, Kind::Standard), None);
    assert_eq!(best_available(&grid(&["sXX"]), 2, Kind::Standard), None);
    assert_eq!(best_available(&grid(&["ss"]), 0, Kind::Standard), None);
    assert_eq!(Kind::Standard.free_in(&grid(&["sXsXs", "XsXsX"])), 5);
}

// ---- The oracle: every candidate set, ranked from scratch by the rules. ----

/// The rank of `set` by the rules, computed from the whole picture before and after; `None` when
/// the set is no valid answer (wrong kind, a row with two blocks, rows not adjacent, scattered).
fn oracle_rank(grid: &[Vec<Cell>], set: &[(usize, usize)], kind: Kind) -> Option<Rank> {
    let geometry = Geometry::of(grid);
    let mut rank = Rank::default();
    let mut rows_used = Vec::new();
    let (mut wheelchairs, mut companions) = (0, 0);
    for (row, cells) in grid.iter().enumerate() {
        let seats: Vec<usize> = (0..cells.len()).filter(|&c| matches!(cells[c], Cell::Seat { .. })).collect();
        let chosen: Vec<usize> = (0..seats.len()).filter(|&i| set.contains(&(row, seats[i]))).collect();
        if chosen.is_empty() {
            continue;
        }
        if chosen.windows(2).any(|pair| pair[1] != pair[0] + 1) {
            return None;
        }
        rows_used.push(row);
        for &i in &chosen {
            let Cell::Seat { kind: seat_kind, free: true } = cells[seats[i]] else { return None };
            if !kind.admits(seat_kind) {
                return None;
            }
            wheelchairs += usize::from(seat_kind == SeatKind::Wheelchair);
            companions += usize::from(seat_kind == SeatKind::Companion);
            rank.distance += geometry.distance(row, seats[i]);
        }
        rank.aisles += chosen.windows(2).filter(|pair| seats[pair[1]] > seats[pair[0]] + 1).count();
        let after: Vec<Cell> =
            (0..cells.len())
                .map(|c| {
                    if set.contains(&(row, c)) {
                        Cell::Seat { kind: SeatKind::Standard, free: false }
                    } else {
                        cells[c]
                    }
                })
                .collect();
        let stranded = |row_cells: &[Cell]| -> Vec<bool> {
            (0..row_cells.len())
                .map(|c| {
                    let free = |c: Option<usize>| c.and_then(|c| row_cells.get(c)).is_some_and(|x| x.is_free_seat());
                    row_cells[c].can_be_orphaned() && !free(c.checked_sub(1)) && !free(Some(c + 1))
                })
                .collect()
        };
        let (before, now) = (stranded(cells), stranded(&after));
        rank.orphans += (0..cells.len()).filter(|&c| now[c] && !before[c]).count();
    }
    rank.groups = rows_used.len();
    let adjacent = rows_used.windows(2).all(|pair| pair[1] == pair[0] + 1);
    let wheelchair_ok =
        kind != Kind::Wheelchair || (rank.groups == 1 && wheelchairs > 0 && (set.len() < 2 || companions > 0));
    (adjacent && wheelchair_ok && (rank.groups == 1 || rank.groups <= most_groups(set.len()))).then_some(rank)
}

/// Every set of `count` free places of `kind`, by brute force.
fn oracle_best(grid: &[Vec<Cell>], count: usize, kind: Kind) -> Option<Rank> {
    let free: Vec<(usize, usize)> = grid
        .iter()
        .enumerate()
        .flat_map(|(r, cells)| cells.iter().enumerate().map(move |(c, cell)| ((r, c), *cell)))
        .filter(|(_, cell)| matches!(cell, Cell::Seat { kind: k, free: true } if kind.admits(*k)))
        .map(|(place, _)| place)
        .collect();
    let mut best: Option<Rank> = None;
    let mut set = Vec::with_capacity(count);
    subsets(&free, count, 0, &mut set, &mut |set| {
        if let Some(rank) = oracle_rank(grid, set, kind) {
            best = Some(best.map_or(rank, |b| b.min(rank)));
        }
    });
    best
}

fn subsets<F: FnMut(&[(usize, usize)])>(
    items: &[(usize, usize)],
    count: usize,
    from: usize,
    set: &mut Vec<(usize, usize)>,
    visit: &mut F,
) {
    if set.len() == count {
        visit(set);
        return;
    }
    for i in from..items.len() {
        set.push(items[i]);
        subsets(items, count, i + 1, set, visit);
        set.pop();
    }
}

/// Small random halls: up to 5 rows of up to 7 places, gaps, all kinds, about half taken.
fn small_hall() -> impl Strategy<Value = Vec<Vec<Cell>>> {
    let cell = prop_oneof![
        1 => Just(Cell::Gap),
        6 => (prop_oneof![6 => Just(SeatKind::Standard), 2 => Just(SeatKind::Premium), 1 => Just(SeatKind::Wheelchair), 1 => Just(SeatKind::Companion)], any::<bool>())
            .prop_map(|(kind, free)| Cell::Seat { kind, free }),
    ];
    (1..=5usize, 1..=7usize).prop_flat_map(move |(rows, width)| {
        proptest::collection::vec(proptest::collection::vec(cell.clone(), width), rows)
    })
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![4 => Just(Kind::Standard), 2 => Just(Kind::Premium), 1 => Just(Kind::Wheelchair)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The chosen set is a valid answer, ranked as the rules rank it, and no set of the hall
    /// ranks better: never more blocks, never more new orphans for as many blocks, never farther.
    #[test]
    fn the_choice_is_never_worse_than_any_set_the_oracle_finds(hall in small_hall(), count in 1..=5usize, kind in kind()) {
        let choice = best_available(&hall, count, kind);
        let oracle = oracle_best(&hall, count, kind);
        match choice {
            None => prop_assert_eq!(oracle, None, "the oracle found a choice the search missed"),
            Some(choice) => {
                prop_assert_eq!(choice.places().len(), count);
                prop_assert_eq!(oracle_rank(&hall, &choice.places(), kind), Some(choice.rank), "rank as the rules count it");
                prop_assert_eq!(Some(choice.rank), oracle);
            }
        }
    }

    /// Whenever some row has `count` free seats of the kind side by side, they come together.
    #[test]
    fn a_group_is_together_whenever_a_row_has_room(hall in small_hall(), count in 1..=5usize) {
        let room = hall.iter().any(|cells| {
            let run = cells.iter().filter(|c| matches!(c, Cell::Seat { .. }));
            let mut best = 0;
            let mut current = 0;
            for cell in run {
                current = if matches!(cell, Cell::Seat { kind: SeatKind::Standard, free: true }) { current + 1 } else { 0 };
                best = best.max(current);
            }
            best >= count
        });
        if room {
            let choice = best_available(&hall, count, Kind::Standard);
            prop_assert!(choice.is_some_and(|c| c.together()));
        }
    }
}
