//! Model-based test: random sequences of hold, sell, cancel, refund and tick at advancing times,
//! run against the library engine on a temporary database (a SQLite file, or a fresh database on
//! a throwaway PostgreSQL server) and against a plain in-memory model of
//! the rules (seat → state, booking → state). After every step the seat maps, every booking and
//! every answer (or refusal) must agree with the model, and `verify` must find no breach.
//!
//! The venue is tiny so seats collide often: A1–A4 standard, B1 premium, B2 out of service, B3 a
//! wheelchair space; two short showings, so time runs through holds expiring, late payments,
//! sales closing, showings finishing and the tick restocking them.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::cell::RefCell;

use boxoffice::domain::{BookingStatus, ClaimState, PaymentMethod, SeatLabel, SeatStatus, TicketType};
use boxoffice::engine::{Actor, Conflict, Engine, EngineError, RefundRequest};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};

#[path = "model/rules.rs"]
mod rules;

use rules::{Answer, BLOCKED, Claim, LABELS, Model, Seat, Seen, Show, VENUE, price};

/// When each case starts (UTC), and the showings' starts (17:20 and 18:40 in Jakarta).
const START: &str = "2026-11-24T10:00:00Z";
const SHOW_STARTS: [&str; 2] = ["2026-11-24T10:20:00Z", "2026-11-24T11:40:00Z"];

fn time(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("a valid time").to_utc()
}

#[derive(Debug, Clone)]
enum Op {
    Advance(i64),
    Hold {
        show: usize,
        seats: Vec<usize>,
        minutes: Option<i64>,
    },
    /// The next customer wants the seats of an earlier booking.
    HoldAgain {
        booking: usize,
        minutes: Option<i64>,
    },
    Sell {
        booking: usize,
        child: bool,
    },
    Cancel {
        booking: usize,
    },
    Refund {
        booking: usize,
        seats: Option<Vec<usize>>,
        percent: Option<i64>,
    },
    Tick,
}

fn op() -> impl Strategy<Value = Op> {
    let seats = proptest::sample::subsequence((0..LABELS.len()).collect::<Vec<_>>(), 1..=3);
    // Mostly short holds; now and then one long enough to outlive its showing.
    let minutes = || proptest::option::of(prop_oneof![4 => 1_i64..=10, 1 => 30_i64..=90]);
    let picks = prop_oneof![1 => Just(Vec::new()), 6 => proptest::sample::subsequence(vec![0_usize, 1, 2], 1..=2)];
    prop_oneof![
        2 => (1_i64..=300).prop_map(Op::Advance),
        1 => (300_i64..=2400).prop_map(Op::Advance),
        4 => (0..2_usize, seats, minutes())
            .prop_map(|(show, seats, minutes)| Op::Hold { show, seats, minutes }),
        2 => (any::<usize>(), minutes())
            .prop_map(|(booking, minutes)| Op::HoldAgain { booking, minutes }),
        3 => (any::<usize>(), any::<bool>()).prop_map(|(booking, child)| Op::Sell { booking, child }),
        1 => any::<usize>().prop_map(|booking| Op::Cancel { booking }),
        2 => (any::<usize>(), proptest::option::weighted(0.7, picks), proptest::option::of(0_i64..=120))
            .prop_map(|(booking, seats, percent)| Op::Refund { booking, seats, percent }),
        2 => Just(Op::Tick),
    ]
}

fn answer<T>(result: &Result<T, EngineError>) -> Answer {
    match result {
        Ok(_) => Answer::Done,
        Err(EngineError::BadInput(_)) => Answer::BadInput,
        Err(EngineError::NotFound(_)) => Answer::NotFound,
        Err(EngineError::Conflict { conflict, .. }) => Answer::Conflict(*conflict),
        Err(_) => Answer::Failed,
    }
}

fn label(seat: usize) -> SeatLabel {
    LABELS[seat].parse().expect("a valid label")
}

fn labels(seats: &[usize]) -> Vec<SeatLabel> {
    seats.iter().map(|seat| label(*seat)).collect()
}

fn fail(error: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(error.to_string())
}

/// One random run: a fresh database and model, the steps, and a comparison after each.
fn run(ops: &[Op]) -> Result<Seen, TestCaseError> {
    // The model checks logic, not durability (the crash test does that on disk): a RAM-backed
    // folder, where there is one, spares the fsync of every step.
    let ram = std::path::Path::new("/dev/shm");
    let dir = if ram.is_dir() { tempfile::tempdir_in(ram) } else { tempfile::tempdir() }.map_err(fail)?;
    let db = common::database_in(dir.path(), "model.db");
    let mut engine = Engine::create(&db, Actor::counter("model")).map_err(fail)?;
    let file = boxoffice::domain::venue_file::parse(VENUE).map_err(fail)?;
    let now = time(START);
    engine.import(&file, now.date_naive(), 0, now).map_err(fail)?;
    let listing = engine.showings(None, now).map_err(fail)?;
    let shows = listing
        .showings
        .iter()
        .zip(SHOW_STARTS)
        .map(|((summary, _), starts)| Show {
            id: summary.showing.id,
            starts: time(starts),
            finished: false,
            seats: (0..LABELS.len()).map(|seat| if seat == BLOCKED { Seat::Blocked } else { Seat::Free }).collect(),
        })
        .collect();
    let mut model = Model { now, shows, bookings: Vec::new(), seen: Seen::default() };
    compare(&mut engine, &model)?;
    for (index, op) in ops.iter().enumerate() {
        step(&mut engine, &mut model, op).map_err(|e| fail(format!("step {index} {op:?} at {}: {e}", model.now)))?;
        compare(&mut engine, &model).map_err(|e| fail(format!("after step {index} {op:?} at {}: {e}", model.now)))?;
    }
    Ok(model.seen)
}

#[expect(clippy::too_many_lines, reason = "one arm per operation of the model, side by side")]
fn step(engine: &mut Engine, model: &mut Model, op: &Op) -> Result<(), TestCaseError> {
    let now = model.now;
    // Half the time one of the last three bookings, so holds go on to be paid and refunded.
    let pick = |booking: usize| {
        let count = model.bookings.len();
        (count > 0)
            .then(|| if booking.is_multiple_of(2) { count - 1 - (booking / 2) % count.min(3) } else { booking % count })
    };
    let again;
    let op = match op {
        Op::HoldAgain { booking, minutes } => {
            let Some(booking) = pick(*booking) else { return Ok(()) };
            let earlier = &model.bookings[booking];
            again = Op::Hold { show: earlier.show, seats: earlier.claims.keys().copied().collect(), minutes: *minutes };
            &again
        }
        op => op,
    };
    match op {
        Op::Advance(seconds) => model.now += Duration::seconds(*seconds),
        Op::HoldAgain { .. } => unreachable!("turned into a hold above"),
        Op::Hold { show, seats, minutes } => {
            let expected = model.hold(*show, seats, *minutes);
            let got = engine.hold(model.shows[*show].id, &labels(seats), minutes.map(Duration::minutes), now);
            prop_assert_eq!(answer(&got), expected.map_or_else(|a| a, |_| Answer::Done), "{:?}", got.as_ref().err());
            if let (Ok(until), Ok(receipt)) = (expected, got) {
                prop_assert_eq!(&receipt.seats, &labels(seats));
                prop_assert_eq!(receipt.expires_at, until);
                model.apply_hold(*show, seats, until, receipt.booking);
            } else if expected == Err(Answer::Conflict(Conflict::SeatTaken)) {
                model.seen.taken += 1;
            }
        }
        Op::Sell { booking, child } => {
            let Some(booking) = pick(*booking) else { return Ok(()) };
            let code = model.bookings[booking].code.clone();
            let ticket: TicketType = if *child { "child" } else { "adult" }.parse().map_err(fail)?;
            let expected = model.sell(booking, *child);
            let got = engine.sell(&code, PaymentMethod::Cash, Some(&[ticket]), now);
            prop_assert_eq!(answer(&got), expected.map_or_else(|a| a, |_| Answer::Done), "{:?}", got.as_ref().err());
            if let (Ok(total), Ok(receipt)) = (expected, got) {
                prop_assert_eq!(receipt.total, total);
                let tickets: Vec<(String, i64)> =
                    receipt.tickets.iter().map(|t| (t.seat.to_string(), t.price)).collect();
                let want: Vec<(String, i64)> =
                    model.bookings[booking].claims.keys().map(|s| (LABELS[*s].to_owned(), price(*s, *child))).collect();
                prop_assert_eq!(tickets, want);
            }
        }
        Op::Cancel { booking } => {
            let Some(booking) = pick(*booking) else { return Ok(()) };
            let code = model.bookings[booking].code.clone();
            let expected = model.cancel(booking);
            let got = engine.cancel(&code, now);
            prop_assert_eq!(
                answer(&got),
                expected.as_ref().map_or_else(|a| *a, |_| Answer::Done),
                "{:?}",
                got.as_ref().err()
            );
            if let (Ok(released), Ok(receipt)) = (expected, got) {
                prop_assert_eq!(receipt.released, labels(&released));
            }
        }
        Op::Refund { booking, seats, percent } => {
            let Some(booking) = pick(*booking) else { return Ok(()) };
            let b = &model.bookings[booking];
            let own: Vec<usize> = b.claims.keys().copied().collect();
            let picks: Option<Vec<usize>> = seats.as_ref().map(|picks| {
                let mut chosen: Vec<usize> = Vec::new();
                for seat in picks.iter().map(|p| own[p % own.len()]) {
                    if !chosen.contains(&seat) {
                        chosen.push(seat);
                    }
                }
                chosen
            });
            let cost = |seat: &usize| match b.claims[seat] {
                Claim::Sold { price, .. } | Claim::Refunded { price, .. } => price,
                Claim::Held | Claim::Released => 0,
            };
            let paid_for: i64 = match &picks {
                Some(picks) => picks.iter().map(cost).sum(),
                None => b.claims.iter().filter(|(_, c)| matches!(c, Claim::Sold { .. })).map(|(s, _)| cost(s)).sum(),
            };
            let amount = percent.map(|p| paid_for * p / 100);
            let request = RefundRequest {
                code: b.code.clone(),
                seats: picks.as_deref().map(labels),
                reason: "model".to_owned(),
                amount,
            };
            let expected = model.refund(booking, picks.as_deref(), amount);
            let got = engine.refund(&request, now);
            prop_assert_eq!(
                answer(&got),
                expected.as_ref().map_or_else(|a| *a, |_| Answer::Done),
                "{:?}",
                got.as_ref().err()
            );
            if let (Ok((seats, amount, none_left)), Ok(receipt)) = (expected, got) {
                prop_assert_eq!(receipt.seats, labels(&seats));
                prop_assert_eq!(receipt.amount, amount);
                prop_assert_eq!(receipt.fully_refunded, none_left);
            }
        }
        Op::Tick => {
            let (expired, released, restocked) = model.tick();
            let report = engine.tick(now).map_err(fail)?;
            prop_assert_eq!(
                (report.expired_holds, report.released_seats, report.restocked_showings),
                (expired, released, restocked)
            );
        }
    }
    Ok(())
}

/// The engine's view (seat maps, every booking) equals the model's, and `verify` is clean.
fn compare(engine: &mut Engine, model: &Model) -> Result<(), TestCaseError> {
    let now = model.now;
    for show in &model.shows {
        let map = engine.seat_map(show.id, now).map_err(fail)?;
        let got: Vec<(String, SeatStatus, Option<String>)> =
            map.seats.iter().map(|s| (s.label.to_string(), s.status, s.booking.clone())).collect();
        let want: Vec<(String, SeatStatus, Option<String>)> = show
            .seats
            .iter()
            .enumerate()
            .map(|(seat, state)| {
                let (status, booking) = match *state {
                    Seat::Free => (SeatStatus::Available, None),
                    Seat::Blocked => (SeatStatus::Blocked, None),
                    Seat::Held { until, .. } if until <= now => (SeatStatus::Available, None),
                    Seat::Held { booking, .. } => (SeatStatus::Reserved, Some(model.bookings[booking].code.clone())),
                    Seat::Sold { booking } => (SeatStatus::Occupied, Some(model.bookings[booking].code.clone())),
                };
                (LABELS[seat].to_owned(), status, booking)
            })
            .collect();
        prop_assert_eq!(got, want, "seat map of showing {}", show.id);
    }
    for booking in &model.bookings {
        let detail = engine.booking(&booking.code, now).map_err(fail)?;
        let status = if booking.status == BookingStatus::Held && booking.until <= now {
            BookingStatus::Expired
        } else {
            booking.status
        };
        prop_assert_eq!(detail.effective_status, status, "booking {}", booking.code);
        prop_assert_eq!(detail.booking.total, booking.total, "booking {}", booking.code);
        let got: Vec<(String, ClaimState, Option<i64>, Option<String>)> = detail
            .seats
            .iter()
            .map(|c| (c.label.to_string(), c.state, c.price, c.ticket_type.as_ref().map(ToString::to_string)))
            .collect();
        let want: Vec<(String, ClaimState, Option<i64>, Option<String>)> = booking
            .claims
            .iter()
            .map(|(seat, claim)| {
                let kind = |child: bool| Some(if child { "child" } else { "adult" }.to_owned());
                let (state, price, ticket) = match *claim {
                    Claim::Held => (ClaimState::Held, None, None),
                    Claim::Released => (ClaimState::Released, None, None),
                    Claim::Sold { price, child } => (ClaimState::Sold, Some(price), kind(child)),
                    Claim::Refunded { price, child } => (ClaimState::Refunded, Some(price), kind(child)),
                };
                (LABELS[*seat].to_owned(), state, price, ticket)
            })
            .collect();
        prop_assert_eq!(got, want, "seats of booking {}", booking.code);
    }
    let breaches = engine.verify().map_err(fail)?;
    prop_assert!(breaches.is_empty(), "verify: {:?}", breaches);
    Ok(())
}

fn the_engine_behaves_like_the_model() {
    // A fixed seed unless PROPTEST_RNG_SEED asks for another: the same runs every time, so the
    // check below that they explored every path cannot flake. PROPTEST_CASES runs more of them.
    let mut config = Config { cases: 64, failure_persistence: None, ..Config::default() };
    if let Some(cases) = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()) {
        config.cases = cases;
    }
    let default_seed = std::env::var_os("PROPTEST_RNG_SEED").is_none();
    if default_seed {
        config.rng_seed = RngSeed::Fixed(0xB0_0FF1CE);
    }
    let mut runner = TestRunner::new(config);
    let seen = RefCell::new(Seen::default());
    let result = runner.run(&proptest::collection::vec(op(), 5..=40), |ops| {
        let case = run(&ops)?;
        seen.borrow_mut().add(case);
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    // The default runs must go through every path the rules care about (another seed may miss
    // a rare one: it only says what it explored).
    let seen = seen.into_inner();
    eprintln!("explored: {seen:?}");
    if !default_seed {
        return;
    }
    let paths = [
        ("a hold taking over an expired one", seen.takeovers),
        ("a late payment", seen.late_payments),
        ("a late payment refused", seen.lost_holds),
        ("a partial refund", seen.partial_refunds),
        ("a full refund", seen.full_refunds),
        ("a tick expiring holds", seen.tick_expiries),
        ("a restock", seen.restocks),
        ("a restock ending a hold still running", seen.restock_expiries),
        ("sales closed", seen.sales_closed),
        ("a showing over", seen.showing_over),
        ("a seat taken", seen.taken),
    ];
    for (path, count) in paths {
        assert!(count > 0, "no run explored {path}: {seen:?}");
    }
}

crate::both_backends!(the_engine_behaves_like_the_model);
