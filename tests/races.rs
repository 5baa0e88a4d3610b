//! Counters racing on one database (a SQLite file, or a PostgreSQL server), as separate processes released at the same moment:
//! sixteen `boxoffice hold` commands for one seat (exactly one wins), and eight counters making a
//! thousand random attempts each over ten seats (no seat is ever held or sold twice, no
//! `SQLITE_BUSY` reaches a cashier, and `verify` stays clean).
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use boxoffice::clock::Clock;
use boxoffice::domain::{PaymentMethod, SeatLabel, ShowingId};
use boxoffice::engine::{Actor, Engine, EngineError, RefundRequest};
use chrono::{DateTime, Utc};
use common::workers::{Gate, Reaper, finish, gate_launcher, report, reports, worker_command};
use common::{Boxoffice, SHOW_STARTS, text};
use serde_json::{Value, json};

const COUNTERS: usize = 16;

fn sixteen_counters_racing_for_one_seat_exactly_one_wins() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    for seat in ["A1", "B5", "C8"] {
        let gate = Gate::new(&bo.dir().join(seat));
        let mut children = Reaper(Vec::new());
        for counter in 0..COUNTERS {
            let args = json!([
                "--db",
                bo.db(),
                "--now",
                bo.now(),
                "--counter",
                format!("counter-{counter}"),
                "hold",
                show.to_string(),
                seat
            ]);
            let child = gate_launcher("boxoffice_launcher", &gate, counter, &args).spawn().expect("start a counter");
            children.0.push(child);
        }
        gate.open_when_ready(COUNTERS, &mut children.0);
        let finished = finish(&mut children, Duration::from_mins(1));

        let winners: Vec<_> = finished.iter().filter(|f| f.code == Some(0)).collect();
        assert_eq!(winners.len(), 1, "exactly one counter gets {seat}: {finished:#?}");
        for loser in finished.iter().filter(|f| f.code != Some(0)) {
            assert_eq!(loser.code, Some(3), "the others are told the seat is taken: {loser:#?}");
            common::assert_one_clean_line(&loser.stderr);
            assert!(loser.stderr.contains("taken"), "{loser:#?}");
            let lower = loser.stderr.to_lowercase();
            assert!(!lower.contains("busy") && !lower.contains("locked"), "{loser:#?}");
        }
        let holder = bo.seat(show, seat);
        assert_eq!(holder["status"], "reserved");
        assert!(winners[0].stdout.contains(&text(&holder["booking"])), "the winner's code holds it: {winners:#?}");
    }
    let events = bo.events();
    assert_eq!(events.iter().filter(|e| e["kind"] == "held").count(), 3, "one hold per race on record");
    common::replay::replay(&events).expect("no seat held twice");
    bo.assert_verified();
}

/// Started by the races of whole commands: waits at the gate, then becomes `boxoffice ARGS`.
#[test]
#[ignore = "a worker process, started by the races of whole boxoffice commands"]
fn boxoffice_launcher() {
    common::workers::launch_boxoffice_at_the_gate();
}

fn counters_starting_on_one_new_database_at_once_all_succeed() {
    // Starts staggered over a few milliseconds, for several rounds: some counter must open the
    // file while another is in the middle of creating it.
    const ROUNDS: usize = 10;
    for round in 0..ROUNDS {
        // The last round also imports the demo twelve times at once.
        let demo = round == ROUNDS - 1;
        let bo = Boxoffice::empty();
        let gate = Gate::new(bo.dir());
        let mut children = Reaper(Vec::new());
        for counter in 0..12 {
            let counter_name = format!("counter-{counter}");
            let mut args =
                vec!["--db", bo.db().to_str().expect("utf-8"), "--now", bo.now(), "--counter", &counter_name];
            args.extend(if demo { &["init", "--demo"][..] } else { &["init", "--training"] });
            let child = gate_launcher("boxoffice_launcher", &gate, counter, &json!(args))
                .env("RACE_DELAY_US", (counter * 700).to_string())
                .spawn()
                .expect("start a counter");
            children.0.push(child);
        }
        gate.open_when_ready(12, &mut children.0);
        for (counter, finished) in finish(&mut children, Duration::from_mins(2)).iter().enumerate() {
            assert_eq!(finished.code, Some(0), "round {round}, counter {counter} could not start: {finished:#?}");
        }
        if demo {
            let once = Boxoffice::empty();
            once.json(&["init", "--demo"]);
            assert_eq!(bo.all_showings(), once.all_showings(), "twelve imports of the demo at once add it once");
        }
        bo.assert_verified();
    }
}

/// Ten seats in one row, and a showing far in the future so it sells by the real clock.
const TEN_SEATS: &str = r#"[venue]
name = "Race"
timezone = "Asia/Jakarta"
currency = "IDR"
currency_decimals = 0

[[auditorium]]
name = "Tiny"
rows = "A ssssssssss"

[[film]]
title = "Race"
runtime_minutes = 90

[[price_list]]
name = "regular"
adult = { standard = 40000 }

[[showing]]
film = "Race"
auditorium = "Tiny"
starts_at = "2099-01-01 19:00"
price_list = "regular"
"#;

const WORKERS: usize = 8;
const ATTEMPTS: usize = 1_000;

fn eight_counters_hammering_ten_seats_never_hold_or_sell_a_seat_twice() {
    let bo = Boxoffice::with_venue(TEN_SEATS);
    let show = bo.showing_starting("2099-01-01T19:00:00+07:00");
    let gate = Gate::new(bo.dir());
    let seed = fastrand::u64(..);
    let epoch = Utc::now().timestamp_millis();
    let mut children = Reaper(Vec::new());
    for worker in 0..WORKERS {
        let child = worker_command("race_worker")
            .env("RACE_GATE", gate.path())
            .env("RACE_DB", bo.db())
            .env("RACE_SHOWING", show.to_string())
            .env("RACE_WORKER", worker.to_string())
            .env("RACE_SEED", (seed + worker as u64).to_string())
            .env("RACE_EPOCH_MS", epoch.to_string())
            .spawn()
            .expect("start a worker");
        children.0.push(child);
    }
    gate.open_when_ready(WORKERS, &mut children.0);
    let finished = finish(&mut children, Duration::from_mins(5));

    let mut done: BTreeSet<(String, String)> = BTreeSet::new();
    let mut conflicts = 0;
    for (worker, output) in finished.iter().enumerate() {
        assert_eq!(output.code, Some(0), "worker {worker} (seed {seed}) failed: {output:#?}");
        let lines = reports(&output.stdout);
        for line in &lines {
            let op = text(&line["op"]);
            assert!(op != "failed" && op != "unexpected", "worker {worker} (seed {seed}): {line}");
            if ["held", "sold", "cancelled", "refunded"].contains(&op.as_str()) {
                done.insert((op, text(&line["booking"])));
            }
        }
        let last = lines.last().expect("a final report");
        assert_eq!(last["op"], "done", "worker {worker} did not finish: {last}");
        assert_eq!(last["attempts"], ATTEMPTS);
        conflicts += last["conflicts"].as_u64().expect("a count");
    }

    let events = bo.events();
    let replayed = common::replay::replay(&events).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    let recorded: BTreeSet<(String, String)> = events
        .iter()
        .filter(|e| ["held", "sold", "cancelled", "refunded"].contains(&e["kind"].as_str().unwrap_or_default()))
        .map(|e| (text(&e["kind"]), text(&e["booking"])))
        .collect();
    let unreported: Vec<_> = recorded.difference(&done).collect();
    let unrecorded: Vec<_> = done.difference(&recorded).collect();
    assert!(
        unreported.is_empty() && unrecorded.is_empty(),
        "every success a counter was told about is on record, and nothing else (seed {seed}): \
         on record but never reported {unreported:?}; reported but not on record {unrecorded:?}"
    );
    eprintln!("seed {seed}: {conflicts} conflicts, {replayed:?}");
    assert!(replayed.sold > 50 && replayed.refunded > 10, "the race sold and refunded: {replayed:?}");
    assert!(conflicts > 100, "the counters really competed ({conflicts} conflicts)");
    let takeovers =
        events.iter().filter(|e| e["kind"] == "expired" && e["data"]["cause"] == "seat taken by a new hold").count();
    let expiry: BTreeMap<String, String> = events
        .iter()
        .filter(|e| e["kind"] == "held")
        .map(|e| (text(&e["booking"]), text(&e["data"]["expires_at"])))
        .collect();
    let late_payments = events.iter().filter(|e| {
        e["kind"] == "sold" && {
            let at = chrono::DateTime::parse_from_rfc3339(&text(&e["at"])).expect("a time");
            let until = chrono::DateTime::parse_from_rfc3339(&expiry[&text(&e["booking"])]).expect("a time");
            at >= until
        }
    });
    let late_payments = late_payments.count();
    eprintln!("{takeovers} takeovers of expired holds, {late_payments} late payments");
    assert!(takeovers > 0, "expired holds were taken over without a tick");
    assert!(late_payments > 0, "expired holds were paid late");
    bo.assert_verified();
}

/// The race's clock: the real one sped up a hundred times from a moment all workers share, so that
/// holds of a few seconds run out, are taken over and paid late while the race is on.
fn race_clock(epoch_ms: i64) -> DateTime<Utc> {
    let start = DateTime::parse_from_rfc3339("2026-11-24T10:00:00Z").expect("a time").to_utc();
    let elapsed = Utc::now().timestamp_millis() - epoch_ms;
    Clock::Fixed(start + chrono::Duration::milliseconds(elapsed * 100)).now()
}

/// One counter of the hammering race: a thousand random holds, sales, cancels, refunds and ticks
/// on its own connection, by the race clock, each success reported.
#[test]
#[ignore = "a worker process, started by eight_counters_hammering_ten_seats_never_hold_or_sell_a_seat_twice"]
fn race_worker() {
    let Some(gate) = std::env::var_os("RACE_GATE") else { return };
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set"));
    let worker = var("RACE_WORKER");
    let show = ShowingId(var("RACE_SHOWING").parse().expect("a showing id"));
    let mut rng = fastrand::Rng::with_seed(var("RACE_SEED").parse().expect("a seed"));
    let epoch: i64 = var("RACE_EPOCH_MS").parse().expect("an epoch");
    let mut engine = Engine::open(Path::new(&var("RACE_DB")), Actor::counter(&format!("worker-{worker}")))
        .expect("open the database");
    Gate::wait(Path::new(&gate), &worker);

    let mut held: Vec<String> = Vec::new();
    // Holds this counter will pay only once they have run out, whatever the machine's speed.
    let mut pay_late: Vec<(String, DateTime<Utc>)> = Vec::new();
    let mut sold: Vec<(String, Vec<SeatLabel>)> = Vec::new();
    let mut conflicts = 0;
    for _ in 0..ATTEMPTS {
        let now = race_clock(epoch);
        let roll = rng.u8(..100);
        let overdue = pay_late.iter().position(|(_, expires_at)| *expires_at < now);
        let outcome: Result<Value, EngineError> = if let Some(index) = overdue {
            let (code, _) = pay_late.swap_remove(index);
            engine.sell(&code, PaymentMethod::Cash, None, now).map(|receipt| {
                let seats = receipt.tickets.iter().map(|t| t.seat.clone()).collect();
                sold.push((receipt.booking.clone(), seats));
                json!({"op": "sold", "booking": receipt.booking})
            })
        } else if roll < 40 || held.is_empty() && sold.is_empty() {
            let first = rng.u16(1..=10);
            let mut seats = vec![SeatLabel::new("A", first).expect("a seat")];
            if rng.bool() {
                seats.push(SeatLabel::new("A", first % 10 + 1).expect("a seat"));
            }
            let length = chrono::Duration::seconds(rng.i64(1..=6));
            engine.hold(show, &seats, Some(length), now).map(|receipt| {
                // Most holds are paid or cancelled soon; some are left to run out (for another
                // counter to take over), some are paid late.
                match rng.u8(..10) {
                    0 => {}
                    1 => pay_late.push((receipt.booking.clone(), receipt.expires_at)),
                    _ => held.push(receipt.booking.clone()),
                }
                json!({"op": "held", "booking": receipt.booking})
            })
        } else if roll < 70 && !held.is_empty() {
            let code = held.swap_remove(rng.usize(..held.len()));
            engine.sell(&code, PaymentMethod::Card, None, now).map(|receipt| {
                let seats = receipt.tickets.iter().map(|t| t.seat.clone()).collect();
                sold.push((receipt.booking.clone(), seats));
                json!({"op": "sold", "booking": receipt.booking})
            })
        } else if roll < 80 && !held.is_empty() {
            let code = held.swap_remove(rng.usize(..held.len()));
            engine.cancel(&code, now).map(|receipt| json!({"op": "cancelled", "booking": receipt.booking}))
        } else if roll < 97 && !sold.is_empty() {
            let (code, seats) = sold.swap_remove(rng.usize(..sold.len()));
            let some = rng.bool() && seats.len() > 1;
            let request = RefundRequest {
                code: code.clone(),
                seats: some.then(|| seats[..1].to_vec()),
                reason: "race".to_owned(),
                amount: None,
            };
            engine.refund(&request, now).map(|receipt| {
                if some {
                    sold.push((code, seats[1..].to_vec()));
                }
                json!({"op": "refunded", "booking": receipt.booking})
            })
        } else {
            engine.tick(now).map(|r| json!({"op": "tick", "expired": r.expired_holds}))
        };
        match outcome {
            Ok(line) => report(&line),
            Err(EngineError::Conflict { .. }) => conflicts += 1,
            Err(error @ (EngineError::BadInput(_) | EngineError::NotFound(_))) => {
                report(&json!({"op": "unexpected", "error": error.to_string()}));
            }
            Err(error) => report(&json!({"op": "failed", "error": error.to_string()})),
        }
    }
    report(&json!({"op": "done", "attempts": ATTEMPTS, "conflicts": conflicts}));
}

// The same races on both backends: real processes, each its own connection.
crate::both_backends!(
    sixteen_counters_racing_for_one_seat_exactly_one_wins,
    counters_starting_on_one_new_database_at_once_all_succeed,
    eight_counters_hammering_ten_seats_never_hold_or_sell_a_seat_twice,
);
