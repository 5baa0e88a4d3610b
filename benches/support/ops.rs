//! One round of each measured operation on a database, returning the time of that operation
//! alone: whatever it needs first (a hold to sell, a sale to refund) is made untimed before it,
//! and whatever it leaves behind is undone untimed after it, so every round starts from the same
//! state. The criterion benchmarks and the paired runner time exactly these.

use std::hint::black_box;
use std::time::{Duration, Instant};

use boxoffice::domain::venue_file::VenueSettings;
use boxoffice::domain::{PaymentMethod, SeatLabel, ShowingId};
use boxoffice::engine::{Engine, RefundRequest, TickReport};

use super::fixtures::{Db, Scratch, bench_showings, template};
use super::venue::{bench_now, seat_blocks};

/// Walks the bench week's showings and their four-seat blocks, one showing after another, so
/// successive operations touch different parts of the inventory as a day at the counters does.
#[expect(clippy::struct_field_names, reason = "the blocks of seats a benchmark hands out, in order")]
pub struct Blocks {
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

/// What the operations of one database work on: a fresh copy of it, an engine, the blocks.
pub struct Bench {
    /// Kept for its drop, which removes the copy.
    _scratch: Scratch,
    pub engine: Engine,
    blocks: Blocks,
    /// The venue settings, and two names for the one-row write to switch between.
    venue: VenueSettings,
    names: [String; 2],
    rounds: usize,
}

impl Bench {
    /// A fresh copy of the database file; its idle tick is checked to have nothing to do.
    pub fn new(db: Db) -> Self {
        Self::on(Scratch::copy_of(&template(db, false)), db)
    }

    /// A fresh copy of the database on the run's PostgreSQL server.
    pub fn on_postgres(db: Db) -> Self {
        Self::on(Scratch::on_postgres(db), db)
    }

    fn on(scratch: Scratch, db: Db) -> Self {
        let mut engine = scratch.engine();
        let blocks = Blocks::new(&mut engine);
        let report = engine.tick(bench_now()).expect("tick");
        assert_eq!(report, TickReport::default(), "the {} database has nothing to tidy", db.name());
        let venue = engine.venue().expect("venue").expect("a venue");
        let names = [format!("{} (renamed)", venue.name), venue.name.clone()];
        Self { _scratch: scratch, engine, blocks, venue, names, rounds: 0 }
    }
}

/// Times one call.
pub fn timed<T>(operation: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = black_box(operation());
    (value, started.elapsed())
}

fn refund_all(code: &str) -> RefundRequest {
    RefundRequest { code: code.to_owned(), seats: None, reason: "bench".to_owned(), amount: None }
}

/// An empty IMMEDIATE write transaction. SQLite writes and syncs nothing for it in WAL mode: it
/// only takes and releases the write lock.
pub fn empty_write_tx(bench: &mut Bench) -> Duration {
    timed(|| bench.engine.store_for_benchmark().write(|_tx| Ok::<_, anyhow::Error>(())).expect("empty write")).1
}

/// A write transaction that changes one row (the venue's name, back and forth), so it must
/// append a page to the WAL and fsync it: the price of one durable commit.
pub fn one_row_write_tx(bench: &mut Bench) -> Duration {
    bench.rounds += 1;
    bench.venue.name.clone_from(&bench.names[bench.rounds % 2]);
    let Bench { engine, venue, .. } = bench;
    timed(|| engine.store_for_benchmark().write(|tx| tx.put_venue(venue)).expect("one-row write")).1
}

/// Holds four seats side by side (cancelled again, untimed).
pub fn hold(bench: &mut Bench) -> Duration {
    let Bench { engine, blocks, .. } = bench;
    let (showing, seats) = blocks.next();
    let (receipt, time) = timed(|| engine.hold(showing, seats, None, bench_now()));
    engine.cancel(&receipt.expect("hold").booking, bench_now()).expect("cancel after the timed hold");
    time
}

/// Sells a four-seat hold made untimed (refunded again, untimed).
pub fn sell(bench: &mut Bench) -> Duration {
    let Bench { engine, blocks, .. } = bench;
    let (showing, seats) = blocks.next();
    let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the sale").booking;
    let (sale, time) = timed(|| engine.sell(&code, PaymentMethod::Cash, None, bench_now()));
    sale.expect("sell");
    engine.refund(&refund_all(&code), bench_now()).expect("refund after the timed sale");
    time
}

/// Cancels a four-seat hold made untimed.
pub fn cancel(bench: &mut Bench) -> Duration {
    let Bench { engine, blocks, .. } = bench;
    let (showing, seats) = blocks.next();
    let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the cancel").booking;
    let (cancelled, time) = timed(|| engine.cancel(&code, bench_now()));
    cancelled.expect("cancel");
    time
}

/// Refunds all four seats of a sale made untimed.
pub fn refund(bench: &mut Bench) -> Duration {
    let Bench { engine, blocks, .. } = bench;
    let (showing, seats) = blocks.next();
    let code = engine.hold(showing, seats, None, bench_now()).expect("hold before the refund").booking;
    engine.sell(&code, PaymentMethod::Card, None, bench_now()).expect("sell before the refund");
    let (refunded, time) = timed(|| engine.refund(&refund_all(&code), bench_now()));
    refunded.expect("refund");
    time
}

/// A tick with nothing to do: no hold has run out, every showing that ended is restocked.
pub fn tick_idle(bench: &mut Bench) -> Duration {
    let (report, time) = timed(|| bench.engine.tick(bench_now()));
    assert_eq!(report.expect("idle tick"), TickReport::default(), "the tick found work");
    time
}

/// One round of an operation: the time of the operation alone.
pub type Round = fn(&mut Bench) -> Duration;

/// The measured operations, by the names the benchmarks report.
pub const OPERATIONS: [(&str, Round); 7] = [
    ("empty_write_tx", empty_write_tx),
    ("one_row_write_tx", one_row_write_tx),
    ("hold_4_seats", hold),
    ("sell_4_seats", sell),
    ("cancel_4_seats", cancel),
    ("refund_4_seats", refund),
    ("tick_idle", tick_idle),
];
