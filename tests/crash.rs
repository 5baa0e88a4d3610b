//! kill -9 in mid-write, fifty times on one database (a SQLite file, or a PostgreSQL server): a worker process streams holds,
//! sales, cancels and refunds and reports each sale and refund once it is confirmed; it is killed
//! at a random moment. After each kill `boxoffice verify` must pass on the file as the crash left
//! it, and every sale and refund the worker reported must be in the database.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use boxoffice::domain::{BookingStatus, ClaimState, PaymentMethod, SeatLabel, SeatStatus, ShowingId};
use boxoffice::engine::{Actor, Engine, RefundRequest};
use chrono::{DateTime, Utc};
use common::workers::{REPORT, Reaper, report, worker_command};
use common::{Boxoffice, text};
use serde_json::{Value, json};

const ROUNDS: usize = 50;

/// Thirty seats and one showing; each round runs an hour after the previous one, so holds a
/// killed worker left behind have expired by the next.
const VENUE: &str = r#"[venue]
name = "Crash"
timezone = "Asia/Jakarta"
currency = "IDR"
currency_decimals = 0

[[auditorium]]
name = "Hall"
rows = """
A ssssssssss
B ssssssssss
C pppppppppp
"""

[[film]]
title = "Crash"
runtime_minutes = 100

[[price_list]]
name = "regular"
adult = { standard = 40000, premium = 60000 }

[[showing]]
film = "Crash"
auditorium = "Hall"
starts_at = "2026-12-31 19:00"
price_list = "regular"
"#;

fn round_time(round: usize) -> DateTime<Utc> {
    let start = DateTime::parse_from_rfc3339("2026-11-24T10:00:00+07:00").expect("a time").to_utc();
    start + chrono::Duration::hours(i64::try_from(round).expect("a small number"))
}

fn confirmed_sales_survive_kill_9_and_the_database_stays_sound() {
    let bo = Boxoffice::with_venue(VENUE);
    let show = bo.showing_starting("2026-12-31T19:00:00+07:00");
    let seed = fastrand::u64(..);
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut sales, mut refunds, mut killed_mid_stream) = (0, 0, 0);
    for round in 0..ROUNDS {
        let child = worker_command("crash_worker")
            .env("CRASH_DB", bo.db())
            .env("CRASH_SHOWING", show.to_string())
            .env("CRASH_NOW", round_time(round).to_rfc3339())
            .env("CRASH_SEED", (seed + round as u64).to_string())
            .env_remove("RUST_BACKTRACE")
            .spawn()
            .expect("start the worker");
        let mut children = Reaper(vec![child]);
        let stdout = children.0[0].stdout.take().expect("the worker's stdout");
        let (lines, received) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let mut seen = Vec::new();
        loop {
            let line = received.recv_timeout(Duration::from_secs(30)).expect("the worker gets ready");
            let ready = line.contains("\"ready\"");
            seen.push(line);
            if ready {
                break;
            }
        }
        // A change on the server takes a few round trips where SQLite takes one call: the worker
        // gets the same number of changes in before the kill when its window is wider there.
        let window = if common::backend() == common::Backend::Postgres { 15..=240 } else { 5..=80 };
        std::thread::sleep(Duration::from_millis(rng.u64(window)));
        children.0[0].kill().expect("kill -9 the worker");
        let status = children.0[0].wait().expect("reap the worker");
        if status.code().is_none() {
            killed_mid_stream += 1;
        }
        reader.join().expect("the reader");
        seen.extend(received.try_iter());
        // The kill may cut the last line short: every whole line is a report.
        let reported: Vec<Value> = seen
            .iter()
            .filter_map(|line| line.split_once(REPORT))
            .filter_map(|(_, json)| serde_json::from_str(json).ok())
            .collect();

        let verify = bo.run(&["verify"]);
        assert_eq!(verify.code, 0, "round {round} (seed {seed}): verify after kill -9: {verify:#?}");

        let mut engine = Engine::open(bo.db(), Actor::counter("check")).expect("open");
        let now = round_time(round);
        for line in &reported {
            let booking = line["booking"].as_str().unwrap_or_default().to_owned();
            match line["op"].as_str() {
                Some("sold") => {
                    sales += 1;
                    let detail = engine.booking(&booking, now).expect("a reported sale is on record");
                    assert!(
                        matches!(detail.booking.status, BookingStatus::Paid | BookingStatus::Refunded),
                        "round {round}: sale {booking} was confirmed but is {:?}",
                        detail.booking.status
                    );
                    assert_eq!(detail.booking.total, line["total"].as_i64(), "round {round}: {booking}");
                }
                Some("refunded") => {
                    refunds += 1;
                    let detail = engine.booking(&booking, now).expect("a reported refund is on record");
                    let seats: BTreeSet<String> = line["seats"].as_array().expect("seats").iter().map(text).collect();
                    let refunded: BTreeSet<String> = detail
                        .seats
                        .iter()
                        .filter(|claim| claim.state == ClaimState::Refunded)
                        .map(|claim| claim.label.to_string())
                        .collect();
                    assert!(
                        seats.is_subset(&refunded),
                        "round {round}: refund of {seats:?} of {booking} was confirmed"
                    );
                }
                _ => {}
            }
        }
        drop(engine);
    }
    eprintln!("seed {seed}: {sales} confirmed sales, {refunds} refunds, {killed_mid_stream} kills mid-stream");
    assert_eq!(killed_mid_stream, ROUNDS, "every worker died by the kill, in the middle of its stream");
    assert!(sales > 10, "the workers sold ({sales} confirmed sales)");
    assert!(refunds > 0, "the workers refunded");
    common::replay::replay(&bo.events()).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
}

/// The crash test's worker: refunds what earlier workers sold, then holds, sells, cancels and
/// refunds without end, reporting each confirmed sale and refund, until it is killed.
#[test]
#[ignore = "a worker process, started by confirmed_sales_survive_kill_9_and_the_database_stays_sound"]
fn crash_worker() {
    let Some(db) = std::env::var_os("CRASH_DB") else { return };
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set"));
    let show = ShowingId(var("CRASH_SHOWING").parse().expect("a showing"));
    let now = DateTime::parse_from_rfc3339(&var("CRASH_NOW")).expect("a time").to_utc();
    let mut rng = fastrand::Rng::with_seed(var("CRASH_SEED").parse().expect("a seed"));
    let mut engine = Engine::open(Path::new(&db), Actor::counter("crash")).expect("open");
    let map = engine.seat_map(show, now).expect("the seat map");
    let mut sold: Vec<String> =
        map.seats.iter().filter(|s| s.status == SeatStatus::Occupied).filter_map(|s| s.booking.clone()).collect();
    sold.sort();
    sold.dedup();
    report(&json!({"op": "ready"}));
    for _ in 0..1_000_000 {
        if !sold.is_empty() && rng.u8(..100) < 45 {
            let code = sold.swap_remove(rng.usize(..sold.len()));
            let request = RefundRequest { code, seats: None, reason: "crash test".to_owned(), amount: None };
            if let Ok(receipt) = engine.refund(&request, now) {
                let seats: Vec<String> = receipt.seats.iter().map(ToString::to_string).collect();
                report(&json!({"op": "refunded", "booking": receipt.booking, "seats": seats}));
            }
            continue;
        }
        let row = ["A", "B", "C"][rng.usize(..3)];
        let first = rng.u16(1..=8);
        let seats: Vec<SeatLabel> =
            (first..first + rng.u16(1..=3)).map(|n| SeatLabel::new(row, n).expect("a seat")).collect();
        let Ok(hold) = engine.hold(show, &seats, None, now) else { continue };
        match rng.u8(..10) {
            0 => {
                let _ = engine.cancel(&hold.booking, now);
            }
            1 => {} // walk away: the hold is left to expire
            _ => {
                if let Ok(sale) = engine.sell(&hold.booking, PaymentMethod::Cash, None, now) {
                    report(&json!({"op": "sold", "booking": sale.booking, "total": sale.total}));
                    sold.push(sale.booking);
                }
            }
        }
    }
}

// On PostgreSQL the killed process is a client: the server rolls its open transaction back.
crate::both_backends!(confirmed_sales_survive_kill_9_and_the_database_stays_sound);
