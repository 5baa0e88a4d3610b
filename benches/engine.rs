//! The engine against its budgets (DESIGN.md, "Budgets"): a 4-seat hold, a sale, a cancel and a
//! refund next to an empty `BEGIN IMMEDIATE` write transaction with the same pragmas, on an empty
//! database and on a year of a six-screen theater; an idle tick and a tick that expires 10,000
//! holds. Every database is a file on disk with WAL and `synchronous=FULL`: the fsync is the point.
//!
//! Run with `cargo bench --bench engine`. The first run builds the databases (about a minute)
//! and caches them under `target/bench-data/`. Each operation is timed alone (see
//! `support/ops.rs`); `benches/paired.rs` times the same rounds interleaved, for ratios that hold
//! on a noisy machine.
#![expect(clippy::expect_used, reason = "a benchmark stops at the first surprise")]

#[expect(dead_code, reason = "its PostgreSQL fixtures serve the paired benchmark's --postgres runs")]
mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};

use boxoffice::engine::EngineError;
use support::fixtures::{Db, EXPIRED_HOLDS, Scratch, sqlite_version, template};
use support::ops::{Bench, OPERATIONS, timed};
use support::venue::{bench_now, bench_week_start};

const DBS: [Db; 2] = [Db::Empty, Db::Year];

/// Benchmarks `routine` on each database. Criterion calls every benchmark function even when a
/// filter leaves it out, so the state is built only once the benchmark really runs: copying the
/// year database for nothing would cost seconds and stir up the disk under the next fsync.
/// `routine` runs `iters` rounds and returns the time of the operation being measured alone.
fn per_db<S>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    setup: impl Fn(Db) -> S,
    mut routine: impl FnMut(&mut S, u64) -> Duration,
) {
    for db in DBS {
        let mut state: Option<S> = None;
        group.bench_function(BenchmarkId::from_parameter(db.name()), |b| {
            let state = state.get_or_insert_with(|| setup(db));
            b.iter_custom(|iters| routine(state, iters));
        });
    }
}

/// The empty and the one-row write transaction (the floor), the hold, sale, cancel and refund,
/// and the idle tick: one group each, on both databases.
fn operations(c: &mut Criterion) {
    eprintln!("SQLite {}", sqlite_version());
    for (name, operation) in OPERATIONS {
        let mut group = c.benchmark_group(name);
        per_db(&mut group, Bench::new, |bench, iters| (0..iters).map(|_| operation(bench)).sum());
        group.finish();
    }
}

/// A tick that expires 10,000 holds (two seats each), on a fresh copy of the database each time.
fn tick_expiring(c: &mut Criterion) {
    let mut group = c.benchmark_group("tick_expire_10k_holds");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(30));
    per_db(
        &mut group,
        |db| Scratch::copy_of(&template(db, true)),
        |scratch, iters| {
            (0..iters)
                .map(|_| {
                    scratch.reset();
                    let mut engine = scratch.engine();
                    let (report, time) = timed(|| engine.tick(bench_now()));
                    let report = report.expect("busy tick");
                    assert_eq!((report.expired_holds, report.restocked_showings), (EXPIRED_HOLDS, 0));
                    time
                })
                .sum()
        },
    );
    group.finish();
}

/// What the screen needs before its first frame: open the database (pragmas, schema check),
/// list a day's showings with their seat counts, and read the first one's seat map. The day is
/// the first of the bench week, which has the same 30 showings in both databases.
fn first_screen(c: &mut Criterion) {
    let mut group = c.benchmark_group("open_and_first_screen");
    let day = bench_week_start();
    per_db(
        &mut group,
        |db| Scratch::copy_of(&template(db, false)),
        |scratch, iters| {
            let started = Instant::now();
            for _ in 0..iters {
                let screen = || -> Result<(), EngineError> {
                    let mut engine = scratch.engine();
                    let showings = engine.showings(Some(day), bench_now())?;
                    let (first, _) = showings.showings.first().expect("the day has showings");
                    black_box(engine.seat_map(first.showing.id, bench_now())?);
                    Ok(())
                };
                screen().expect("the first screen");
            }
            started.elapsed()
        },
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(8)).noise_threshold(0.05);
    targets = operations, tick_expiring, first_screen
}
criterion_main!(benches);
