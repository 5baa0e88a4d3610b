//! The rounds of `benches/engine.rs`, interleaved. Each round runs every operation once on the
//! empty and once on the year-sized database (which one goes first alternates), so a burst of
//! disk activity from elsewhere on a shared machine slows all of them alike. It prints each
//! operation's median and the medians of the per-round ratios that the budgets speak of (to the
//! write transactions, and year to empty), and the means, which include the WAL checkpoints.
//!
//! Run with `cargo bench --bench paired` (2,000 rounds after 100 unrecorded ones; a number after
//! `--` sets the rounds). `cargo bench --bench paired -- --postgres` runs the same rounds on a
//! throwaway PostgreSQL server on this machine (fsync on), the one-row write on that server
//! being the floor the engine's changes are measured against.
#![expect(clippy::expect_used, reason = "a benchmark stops at the first surprise")]

#[allow(dead_code, reason = "shared with the criterion benchmarks, which use all of it")]
mod support;

use std::time::{Duration, Instant};

use support::fixtures::{Db, sqlite_version};
use support::ops::{Bench, OPERATIONS};

const WARM_UP_ROUNDS: usize = 100;

fn main() {
    let rounds: usize = std::env::args().skip(1).find_map(|arg| arg.parse().ok()).unwrap_or(2_000);
    let postgres = std::env::args().any(|arg| arg == "--postgres");
    let mut benches = if postgres {
        [Bench::on_postgres(Db::Empty), Bench::on_postgres(Db::Year)]
    } else {
        [Bench::new(Db::Empty), Bench::new(Db::Year)]
    };
    let backend = if postgres {
        format!("PostgreSQL {}", support::postgres::version())
    } else {
        format!("SQLite {}", sqlite_version())
    };
    let mut samples = vec![[Vec::with_capacity(rounds), Vec::with_capacity(rounds)]; OPERATIONS.len()];
    let started = Instant::now();
    for round in 0..WARM_UP_ROUNDS + rounds {
        for (op, (_, operation)) in OPERATIONS.iter().enumerate() {
            let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
            for db in order {
                let time = operation(&mut benches[db]);
                if round >= WARM_UP_ROUNDS {
                    samples[op][db].push(time);
                }
            }
        }
        if (round + 1) % 500 == 0 {
            eprintln!("{} rounds in {:.0} s", round + 1, started.elapsed().as_secs_f64());
        }
    }
    report(&backend, &samples, rounds, started.elapsed());
}

type Samples = Vec<[Vec<Duration>; 2]>;

fn report(backend: &str, samples: &Samples, rounds: usize, took: Duration) {
    println!("{backend}; {rounds} interleaved rounds in {:.0} s", took.as_secs_f64());
    println!(
        "{:<18} {:>24} {:>24} {:>10} {:>15} {:>15} {:>18}",
        "operation",
        "empty: median (p10-p90)",
        "year: median (p10-p90)",
        "year/empty",
        "/one-row e, y",
        "/empty tx e, y",
        "means e, y; y/e"
    );
    let index = |name: &str| OPERATIONS.iter().position(|(n, _)| *n == name).expect("a known operation");
    let (empty_tx, one_row) = (index("empty_write_tx"), index("one_row_write_tx"));
    for (op, (name, _)) in OPERATIONS.iter().enumerate() {
        let [empty, year] = &samples[op];
        let ratio = |a: &[Duration], b: &[Duration]| {
            median(a.iter().zip(b).map(|(a, b)| a.as_secs_f64() / b.as_secs_f64()).collect())
        };
        // The means carry what a median leaves out: the WAL checkpoint that one commit in a few
        // dozen pays for all of them, and any burst of disk activity from elsewhere.
        let (mean_empty, mean_year) = (mean(empty), mean(year));
        println!(
            "{name:<18} {:>24} {:>24} {:>10.2} {:>6.2}, {:>6.2} {:>6.0}, {:>6.0} {:>5.0}, {:>4.0}; {:.2}",
            spread(empty),
            spread(year),
            ratio(year, empty),
            ratio(empty, &samples[one_row][0]),
            ratio(year, &samples[one_row][1]),
            ratio(empty, &samples[empty_tx][0]),
            ratio(year, &samples[empty_tx][1]),
            mean_empty,
            mean_year,
            mean_year / mean_empty,
        );
    }
}

/// The mean in microseconds.
fn mean(times: &[Duration]) -> f64 {
    times.iter().map(|t| t.as_secs_f64() * 1e6).sum::<f64>() / times.len() as f64
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// "412 µs (301-890)": the median and the 10th to 90th percentile.
fn spread(times: &[Duration]) -> String {
    let mut micros: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1e6).collect();
    micros.sort_by(f64::total_cmp);
    let at = |q: usize| micros[micros.len() * q / 100];
    format!("{:.1} µs ({:.0}-{:.0})", at(50), at(10), at(90))
}
