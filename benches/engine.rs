//! The engine against its budgets (DESIGN.md, "Budgets"): a 4-seat hold, a sale, a cancel and a
//! refund next to an empty `BEGIN IMMEDIATE` write transaction with the same pragmas, on an empty
//! database and on a year of a six-screen theater; an idle tick and a tick that expires 10,000
//! holds. Every database is a file on disk with WAL and `synchronous=FULL`: the fsync is the point.
//!
//! Run with `cargo bench --bench engine`. The first run builds the databases (about a minute)
//! and caches them under `target/bench-data/`. Each operation is timed alone: whatever it needs
//! (a hold to sell, a sale to refund) is made untimed before it, and whatever it leaves behind is
//! undone untimed after it, so every iteration starts from the same state.

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};

use boxoffice::domain::{PaymentMethod, SeatLabel, ShowingId};
use boxoffice::engine::{Engine, EngineError, RefundRequest, TickReport};
use support::fixtures::{Db, EXPIRED_HOLDS, Scratch, bench_showings, template};
use support::venue::{bench_now, bench_week_start, seat_blocks};

const DBS: [Db; 2] = [Db::Empty, Db::Year];

/// Walks the bench week's showings and their four-seat blocks, one showing after another, so
/// successive operations touch different parts of the inventory as a day at the counters does.
struct Blocks {
    showings: Vec<ShowingId>,
    blocks: Vec<Vec<SeatLabel>>,
    next: usize,
}

impl Blocks {
    fn new(engine: &mut Engine) -> Self {
        Self { showings: bench_showings(engine), blocks: seat_blocks(), next: 0 }
    }

    fn next(&mut self) -> (ShowingId, &[SeatLabel]) {
        let n = self.next;
        self.next += 1;
        let showing = self.showings[n % self.showings.len()];
        (showing, &self.blocks[(n / self.showings.len()) % self.blocks.len()])
    }
}

/// What a benchmark of one database works on: a fresh copy of it, an engine, the blocks.
struct Bench {
    /// Kept for its drop, which removes the copy.
    _scratch: Scratch,
    engine: Engine,
    blocks: Blocks,
}

impl Bench {
    fn new(db: Db) -> Self {
        let scratch = Scratch::copy_of(&template(db, false));
        let mut engine = scratch.engine();
        let blocks = Blocks::new(&mut engine);
        Self { _scratch: scratch, engine, blocks }
    }
}

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

/// Times `iters` calls of `operation` in one stretch, for operations that leave nothing to undo.
fn stretch<T>(iters: u64, mut operation: impl FnMut() -> T) -> Duration {
    let started = Instant::now();
    for _ in 0..iters {
        black_box(operation());
    }
    started.elapsed()
}

/// Runs `iters` rounds of `round`, which returns the time of the one operation it measures.
fn rounds(iters: u64, mut round: impl FnMut() -> Duration) -> Duration {
    (0..iters).map(|_| round()).sum()
}

fn timed<T>(operation: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = black_box(operation());
    (value, started.elapsed())
}

fn refund_all(code: &str) -> RefundRequest {
    RefundRequest { code: code.to_owned(), seats: None, reason: "bench".to_owned(), amount: None }
}

/// The floor: an empty IMMEDIATE write transaction (SQLite writes and syncs nothing for it), and
/// one that changes a single row (the venue's name, back and forth), which must append to the WAL
/// and fsync it: the true price of one durable commit.
fn baseline(c: &mut Criterion) {
    eprintln!("SQLite {}", rusqlite::version());
    let mut group = c.benchmark_group("empty_write_tx");
    per_db(&mut group, Bench::new, |bench, iters| {
        stretch(iters, || bench.engine.store_mut().write(|_tx| Ok::<_, anyhow::Error>(())).expect("empty write"))
    });
    group.finish();
    let mut group = c.benchmark_group("one_row_write_tx");
    per_db(&mut group, Bench::new, |bench, iters| {
        let mut venue = bench.engine.venue().expect("venue").expect("a venue");
        let names = [venue.name.clone(), format!("{} (renamed)", venue.name)];
        let mut n = 0;
        stretch(iters, || {
            n += 1;
            venue.name.clone_from(&names[n % 2]);
            bench.engine.store_mut().write(|tx| tx.put_venue(&venue)).expect("one-row write");
        })
    });
    group.finish();
}

fn hold(c: &mut Criterion) {
    let mut group = c.benchmark_group("hold_4_seats");
    per_db(&mut group, Bench::new, |Bench { engine, blocks, .. }, iters| {
        rounds(iters, || {
            let (showing, seats) = blocks.next();
            let (receipt, time) = timed(|| engine.hold(showing, seats, None, bench_now()));
            let receipt = receipt.expect("hold");
            engine.cancel(&receipt.booking, bench_now()).expect("cancel after the timed hold");
            time
        })
    });
    group.finish();
}

fn sell(c: &mut Criterion) {
    let mut group = c.benchmark_group("sell_4_seats");
    per_db(&mut group, Bench::new, |Bench { engine, blocks, .. }, iters| {
        rounds(iters, || {
            let (showing, seats) = blocks.next();
            let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the sale").booking;
            let (sale, time) = timed(|| engine.sell(&code, PaymentMethod::Cash, None, bench_now()));
            sale.expect("sell");
            engine.refund(&refund_all(&code), bench_now()).expect("refund after the timed sale");
            time
        })
    });
    group.finish();
}

fn cancel(c: &mut Criterion) {
    let mut group = c.benchmark_group("cancel_4_seats");
    per_db(&mut group, Bench::new, |Bench { engine, blocks, .. }, iters| {
        rounds(iters, || {
            let (showing, seats) = blocks.next();
            let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the cancel").booking;
            let (cancelled, time) = timed(|| engine.cancel(&code, bench_now()));
            cancelled.expect("cancel");
            time
        })
    });
    group.finish();
}

fn refund(c: &mut Criterion) {
    let mut group = c.benchmark_group("refund_4_seats");
    per_db(&mut group, Bench::new, |Bench { engine, blocks, .. }, iters| {
        rounds(iters, || {
            let (showing, seats) = blocks.next();
            let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the refund").booking;
            engine.sell(&code, PaymentMethod::Card, None, bench_now()).expect("sell before the refund");
            let (refunded, time) = timed(|| engine.refund(&refund_all(&code), bench_now()));
            refunded.expect("refund");
            time
        })
    });
    group.finish();
}

/// A tick with nothing to do: no hold has run out, every showing that ended is restocked.
fn tick_idle(c: &mut Criterion) {
    let mut group = c.benchmark_group("tick_idle");
    let setup = |db: Db| {
        let mut bench = Bench::new(db);
        let report = bench.engine.tick(bench_now()).expect("tick");
        assert_eq!(report, TickReport::default(), "the {} database has nothing to tidy", db.name());
        bench
    };
    per_db(&mut group, setup, |bench, iters| stretch(iters, || bench.engine.tick(bench_now()).expect("idle tick")));
    group.finish();
}

/// A tick that expires 10,000 holds (two seats each), on a fresh copy of the database each time.
fn tick_expiring(c: &mut Criterion) {
    let mut group = c.benchmark_group("tick_expire_10k_holds");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(30));
    per_db(
        &mut group,
        |db| Scratch::copy_of(&template(db, true)),
        |scratch, iters| {
            rounds(iters, || {
                scratch.reset();
                let mut engine = scratch.engine();
                let (report, time) = timed(|| engine.tick(bench_now()));
                let report = report.expect("busy tick");
                assert_eq!((report.expired_holds, report.restocked_showings), (EXPIRED_HOLDS, 0));
                time
            })
        },
    );
    group.finish();
}

/// What the screen needs before its first frame: open the database (pragmas, schema check),
/// list a day's showings with their seat counts, and read the first one's seat map. The day is
/// the first of the bench week, which has the same 30 showings in both databases.
fn first_screen(c: &mut Criterion) {
    let mut group = c.benchmark_group("open_and_first_screen");
    let today = bench_week_start();
    per_db(
        &mut group,
        |db| Scratch::copy_of(&template(db, false)),
        |scratch, iters| {
            stretch(iters, || -> Result<(), EngineError> {
                let mut engine = scratch.engine();
                let showings = engine.showings(Some(today), bench_now())?;
                let (first, _) = showings.showings.first().expect("the day has showings");
                black_box(engine.seat_map(first.showing.id, bench_now())?);
                Ok(())
            })
        },
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(8)).noise_threshold(0.05);
    targets = baseline, hold, sell, cancel, refund, tick_idle, tick_expiring, first_screen
}
criterion_main!(benches);
