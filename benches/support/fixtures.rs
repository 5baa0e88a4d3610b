//! The databases the benchmarks run on, built once and cached under `target/bench-data/`
//! (keyed by [`VERSION`] and the schema version), then copied to a scratch file for each
//! benchmark that writes, so every benchmark starts from the same state.
//!
//! - empty: the bench venue freshly imported with one week of showings (the bench week), no sales;
//! - year: 365 days of the same venue (10,950 showings, about 2M inventory rows), nine months of
//!   history before "now", advance sales and live holds in the week before the bench week;
//! - each of them again with 10,000 expired holds on the bench week, for the tick.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use chrono::{NaiveDate, TimeZone as _, Utc};
use chrono_tz::Asia::Jakarta;

use boxoffice::domain::venue_file;
use boxoffice::domain::{PriceList, ShowingId};
use boxoffice::engine::{Actor, Engine};
use boxoffice::store::LATEST_VERSION;

use super::venue::{BENCH_WEEK_DAYS, YEAR_DAYS, bench_now, bench_week_start, venue_toml, year_start};
use super::{history, holds};

/// Bump when the generator changes: cached databases of another version are built anew.
pub const VERSION: u32 = 2;

/// Held bookings whose holds have run out, for the busy tick.
pub const EXPIRED_HOLDS: usize = 10_000;

/// Which database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Empty,
    Year,
}

impl Db {
    pub fn name(self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Year => "year",
        }
    }
}

/// Where cached databases live: `target/bench-data/`.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("target/tmp has a parent").join("bench-data")
}

/// The cached database, built first if missing. `expired_holds` adds the tick's 10,000 holds.
pub fn template(db: Db, expired_holds: bool) -> PathBuf {
    let suffix = if expired_holds { "-holds" } else { "" };
    let path = data_dir().join(format!("{}{suffix}-v{VERSION}-schema{LATEST_VERSION}.db", db.name()));
    if !path.exists() {
        std::fs::create_dir_all(data_dir()).expect("create target/bench-data");
        let started = Instant::now();
        let built = if expired_holds { build_with_holds(db, &path) } else { build(db, &path) };
        built.unwrap_or_else(|error| panic!("could not build the {} database: {error:#}", db.name()));
        eprintln!("built {} in {:.1} s", path.display(), started.elapsed().as_secs_f64());
    }
    path
}

/// A private copy of a cached database: a file in a scratch folder (on the same disk as
/// `target/`, never a RAM disk: the fsync is the point), removed when dropped; or a database on
/// the run's PostgreSQL server, cloned from the cached one.
pub enum Scratch {
    File { dir: tempfile::TempDir, template: PathBuf },
    Server { url: String },
}

impl Scratch {
    pub fn copy_of(template: &Path) -> Self {
        let dir = tempfile::Builder::new().prefix("scratch-").tempdir_in(data_dir()).expect("a scratch folder");
        let scratch = Self::File { dir, template: template.to_owned() };
        scratch.reset();
        scratch
    }

    /// A fresh database on the run's PostgreSQL server holding what `db` holds.
    pub fn on_postgres(db: Db) -> Self {
        Self::Server { url: super::postgres::scratch(db) }
    }

    /// The database file, or the server's URL.
    pub fn path(&self) -> PathBuf {
        match self {
            Self::File { dir, .. } => dir.path().join("bench.db"),
            Self::Server { url } => PathBuf::from(url),
        }
    }

    /// Copies the template over the scratch database again (no connection may be open on it).
    /// The copy is flushed to disk before anything is timed: hundreds of megabytes of dirty
    /// pages being written back would slow the fsyncs being measured.
    pub fn reset(&self) {
        let Self::File { template, .. } = self else { panic!("only a file is reset") };
        let path = self.path();
        for extra in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{extra}", path.display()));
        }
        std::fs::copy(template, &path).expect("copy the cached database");
        std::fs::File::open(&path).and_then(|file| file.sync_all()).expect("flush the copy");
    }

    /// An engine on the scratch database.
    pub fn engine(&self) -> Engine {
        Engine::open(&self.path(), Actor::counter("bench")).expect("open the scratch database")
    }
}

/// `SELECT sqlite_version()` of the SQLite the engine is built with (rusqlite's bundled one).
pub fn sqlite_version() -> String {
    rusqlite::Connection::open_in_memory()
        .and_then(|conn| conn.query_row("SELECT sqlite_version()", [], |row| row.get(0)))
        .expect("SQLite answers")
}

/// The open showings of the bench week, which sell at [`bench_now`] in both databases.
pub fn bench_showings(engine: &mut Engine) -> Vec<ShowingId> {
    let mut showings = Vec::new();
    for day in bench_week_start().iter_days().take(BENCH_WEEK_DAYS as usize) {
        let listed = engine.showings(Some(day), bench_now()).expect("list the showings");
        showings.extend(listed.showings.iter().map(|(summary, _)| summary.showing.id));
    }
    assert_eq!(showings.len(), 30 * BENCH_WEEK_DAYS as usize, "six auditoriums, five showings a day");
    showings
}

fn setup_engine(path: &Path) -> anyhow::Result<Engine> {
    Ok(Engine::create(path, Actor::counter("bench-setup"))?)
}

/// Builds into a partial file, checks it, then renames it into place.
fn build(db: Db, path: &Path) -> anyhow::Result<()> {
    let partial = path.with_extension("partial");
    remove_database(&partial);
    let file = venue_file::parse(&venue_toml()).map_err(|e| anyhow::anyhow!("the bench venue file: {e}"))?;
    let mut engine = setup_engine(&partial)?;
    let started = Instant::now();
    let (from, days, import_now) = match db {
        Db::Empty => (bench_week_start(), BENCH_WEEK_DAYS, bench_now()),
        Db::Year => (year_start(), YEAR_DAYS, local_at(year_start().pred_opt().expect("a day before"), 9)),
    };
    // A training database: the benchmarks run at a fixed clock, honoured only there.
    engine.make_training(import_now)?;
    let report = engine.import(&file, from, days, import_now)?;
    eprintln!("{}: imported {} showings in {:.1} s", db.name(), report.showings_added, started.elapsed().as_secs_f64());
    let prices = price_lists(&mut engine)?;
    drop(engine);
    if db == Db::Year {
        let started = Instant::now();
        let quiet_from = local_at(bench_week_start(), 0);
        let counts = history::fill(&partial, &prices, bench_now(), quiet_from)?;
        eprintln!(
            "year: history of {} finished showings, {} bookings, {} tickets, {} refunds, {} events in {:.1} s",
            counts.finished_showings,
            counts.bookings,
            counts.tickets,
            counts.refunds,
            counts.events,
            started.elapsed().as_secs_f64()
        );
        anyhow::ensure!(counts.finished_showings > 8_000, "the past part of the year is missing");
    }
    verify(&partial)?;
    std::fs::rename(&partial, path).context("move the database into place")?;
    Ok(())
}

fn build_with_holds(db: Db, path: &Path) -> anyhow::Result<()> {
    let partial = path.with_extension("partial");
    remove_database(&partial);
    std::fs::copy(template(db, false), &partial)?;
    let showings: Vec<i64> = {
        let mut engine = setup_engine(&partial)?;
        bench_showings(&mut engine).into_iter().map(|id| id.0).collect()
    };
    holds::add_expired_holds(&partial, &showings, EXPIRED_HOLDS, bench_now())?;
    verify(&partial)?;
    std::fs::rename(&partial, path).context("move the database into place")?;
    Ok(())
}

/// The generated file must be a valid boxoffice database: `verify` finds no breach.
fn verify(path: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut engine = setup_engine(path)?;
    let breaches = engine.verify()?;
    anyhow::ensure!(breaches.is_empty(), "the generated database breaks rules: {breaches:#?}");
    drop(engine);
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    anyhow::ensure!(!wal.exists() || std::fs::metadata(&wal)?.len() == 0, "the WAL was not checkpointed on close");
    eprintln!("verified {} in {:.1} s: no breach", path.display(), started.elapsed().as_secs_f64());
    Ok(())
}

fn price_lists(engine: &mut Engine) -> anyhow::Result<HashMap<i64, PriceList>> {
    engine.store_for_benchmark().read(|tx| -> anyhow::Result<_> {
        let id = tx.price_list_by_name("regular")?.context("the bench price list")?;
        Ok(HashMap::from([(id.0, tx.price_list(id)?)]))
    })
}

/// That hour of a venue-local day, in UTC.
fn local_at(day: NaiveDate, hour: u32) -> chrono::DateTime<Utc> {
    let local = day.and_hms_opt(hour, 0, 0).expect("a valid time");
    Jakarta.from_local_datetime(&local).single().expect("Jakarta has no DST").with_timezone(&Utc)
}

fn remove_database(path: &Path) {
    for extra in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{extra}", path.display()));
    }
}
