//! Best-available's budget (DESIGN.md): under 1 ms for up to 10 seats on a 40 x 60 hall (three
//! sections split by two aisles) with half its seats sold at random.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use boxoffice::domain::SeatKind;
use boxoffice::domain::best_available::{Cell, Kind, best_available};

/// 40 rows of 10 + 40 + 10 seats with an aisle either side of the middle block; each seat sold
/// with probability one half, the same halls every run.
fn half_sold_hall(seed: u64) -> Vec<Vec<Cell>> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..40)
        .map(|_| {
            (0..62)
                .map(|col| {
                    if col == 10 || col == 51 {
                        Cell::Gap
                    } else {
                        Cell::Seat { kind: SeatKind::Standard, free: rng.bool() }
                    }
                })
                .collect()
        })
        .collect()
}

fn best(c: &mut Criterion) {
    let hall = half_sold_hall(8);
    let mut group = c.benchmark_group("best_available_40x60_half_sold");
    for count in [1, 2, 4, 6, 8, 10] {
        group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, &count| {
            b.iter(|| best_available(black_box(&hall), count, Kind::Standard));
        });
    }
    group.finish();
}

criterion_group!(benches, best);
criterion_main!(benches);
