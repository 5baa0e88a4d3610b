//! The rules that never bend (DESIGN.md), through the binary: a taken seat stays taken, holds are
//! all or nothing, expiry needs no tick, late payment is checked, finished and cancelled showings
//! and closed sales sell nothing, and a booking moves only along the lifecycle.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use common::{BEFORE_SHOW, Boxoffice, SHOW_STARTS, minutes_after, seconds_after, text};
use serde_json::json;

fn hold_over_a_reserved_seat_is_a_conflict() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["A1"]);
    let since = bo.last_event_id();

    let line = bo.refused(&["hold", &show.to_string(), "A1"], 3);
    assert!(line.contains("taken"), "the cashier is told the seat is taken: {line}");
    let error = bo.refused_json(&["hold", &show.to_string(), "A1"], 3);
    assert_eq!(error["error"], "conflict");
    assert_eq!(error["reason"], "seat_taken");
    assert_eq!(error["seats"], json!(["A1"]));
    assert!(text(&error["message"]).contains("taken"), "{error}");

    assert_eq!(bo.seat(show, "A1")["booking"], code.as_str(), "the first hold keeps the seat");
    assert!(bo.events_since(since).is_empty(), "a refused hold writes nothing");
}

fn hold_over_an_occupied_seat_is_a_conflict() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.buy(show, &["A1"]);
    let error = bo.refused_json(&["hold", &show.to_string(), "A1"], 3);
    assert_eq!(error["reason"], "seat_taken");
    assert_eq!(bo.seat(show, "A1")["booking"], code.as_str());
    assert_eq!(bo.status(show, "A1"), "occupied");
}

fn a_multi_seat_hold_is_all_or_nothing() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    bo.hold(show, &["A2"]);
    let since = bo.last_event_id();
    let error = bo.refused_json(&["hold", &show.to_string(), "A1", "A2", "A3"], 3);
    assert_eq!(error["seats"], json!(["A2"]), "the answer names the seat that was taken");
    assert_eq!(bo.status(show, "A1"), "available");
    assert_eq!(bo.status(show, "A3"), "available");
    assert!(bo.events_since(since).is_empty(), "nothing of the refused hold was written");
}

fn an_expired_hold_is_free_to_a_new_hold_at_once_without_a_tick() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let first = bo.json(&["hold", &show.to_string(), "A1", "A2", "--for", "2m"]);
    let first = text(&first["booking"]);

    bo.set_now(&seconds_after(BEFORE_SHOW, 119));
    bo.refused_json(&["hold", &show.to_string(), "A1"], 3);

    bo.set_now(&minutes_after(BEFORE_SHOW, 2));
    let since = bo.last_event_id();
    let second = bo.hold(show, &["A1"]);
    assert_eq!(bo.seat(show, "A1")["booking"], second.as_str());
    assert_eq!(bo.booking(&first)["status"], "expired");
    assert_eq!(bo.status(show, "A2"), "available", "the whole expired booking is ended, not just the seat taken");
    assert_eq!(bo.event_kinds_since(since), ["expired", "held"], "the takeover ends the old hold on record first");
    bo.assert_verified();
}

fn paying_an_expired_hold_succeeds_when_its_seats_are_still_free() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let untidied = text(&bo.json(&["hold", &show.to_string(), "A1", "--for", "2m"])["booking"]);
    let tidied = text(&bo.json(&["hold", &show.to_string(), "A2", "--for", "2m"])["booking"]);
    bo.set_now(&minutes_after(BEFORE_SHOW, 30));

    assert_eq!(bo.json(&["sell", &untidied, "--payment", "cash"])["status"], "paid", "no tick ran");
    assert_eq!(bo.json(&["tick"])["expired_holds"], 1);
    assert_eq!(bo.booking(&tidied)["status"], "expired");
    assert_eq!(bo.json(&["sell", &tidied, "--payment", "cash"])["status"], "paid", "after the tick ended it");
    assert_eq!(bo.status(show, "A1"), "occupied");
    assert_eq!(bo.status(show, "A2"), "occupied");
    common::replay::replay(&bo.events()).expect("consistent feed");
    bo.assert_verified();
}

fn paying_an_expired_hold_fails_when_a_seat_was_taken_meanwhile() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let late = text(&bo.json(&["hold", &show.to_string(), "A1", "A2", "--for", "2m"])["booking"]);
    let sold_late = text(&bo.json(&["hold", &show.to_string(), "B1", "B2", "--for", "2m"])["booking"]);
    bo.set_now(&minutes_after(BEFORE_SHOW, 5));
    let other = bo.hold(show, &["A2"]);
    let buyer = bo.buy(show, &["B2"]);
    let since = bo.last_event_id();

    let error = bo.refused_json(&["sell", &late, "--payment", "cash"], 3);
    assert_eq!(error["reason"], "hold_lost");
    assert_eq!(error["seats"], json!(["A2"]));
    assert_eq!(bo.status(show, "A1"), "available", "no seat of a refused payment is sold");
    assert_eq!(bo.seat(show, "A2")["booking"], other.as_str());
    assert_ne!(bo.booking(&late)["status"], "paid");

    let error = bo.refused_json(&["sell", &sold_late, "--payment", "cash"], 3);
    assert_eq!(error["seats"], json!(["B2"]));
    assert_eq!(bo.seat(show, "B2")["booking"], buyer.as_str());
    assert_eq!(bo.status(show, "B1"), "available");
    assert!(bo.events_since(since).is_empty());

    // Once the other hold lets go, the late payment goes through.
    bo.json(&["cancel", &other]);
    assert_eq!(bo.json(&["sell", &late, "--payment", "cash"])["status"], "paid");
    bo.assert_verified();
}

fn a_finished_showing_sells_and_refunds_nothing() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let paid = bo.buy(show, &["A1", "A2"]);
    let held = text(&bo.json(&["hold", &show.to_string(), "B1", "--for", "24h"])["booking"]);

    // Finished at 21:20 by the clock, before any tick; then again once the tick restocked it.
    for tick in [false, true] {
        bo.set_now("2026-11-24T21:20:00+07:00");
        if tick {
            assert_eq!(bo.json(&["tick"])["restocked_showings"], 1);
        }
        let since = bo.last_event_id();
        let error = bo.refused_json(&["hold", &show.to_string(), "A3"], 3);
        assert_eq!(error["reason"], "showing_over", "{error}");
        let error = bo.refused_json(&["refund", &paid, "--reason", "too late"], 3);
        assert_eq!(error["reason"], "showing_over", "{error}");
        if !tick {
            let error = bo.refused_json(&["sell", &held, "--payment", "cash"], 3);
            assert_eq!(error["reason"], "showing_over", "{error}");
        }
        bo.refused_json(&["sell", &held, "--payment", "cash"], 3);
        assert!(bo.events_since(since).is_empty(), "nothing was written");
        assert_eq!(bo.booking(&paid)["status"], "paid");
    }
}

fn a_cancelled_showing_sells_and_refunds_nothing() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let paid = bo.buy(show, &["A1"]);
    let held = bo.hold(show, &["A2"]);
    // No command cancels a showing yet, so the test goes around the engine to do it.
    bo.raw_sql(&format!("UPDATE showing SET status = 'cancelled' WHERE id = {show}"));

    let since = bo.last_event_id();
    for args in [
        vec!["hold".to_owned(), show.to_string(), "A3".to_owned()],
        vec!["sell".to_owned(), held.clone(), "--payment".to_owned(), "cash".to_owned()],
        vec!["refund".to_owned(), paid.clone(), "--reason".to_owned(), "show cancelled".to_owned()],
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let error = bo.refused_json(&args, 3);
        assert_eq!(error["reason"], "showing_over", "{args:?}: {error}");
    }
    assert!(bo.events_since(since).is_empty());
    assert_eq!(bo.status(show, "A1"), "occupied");
    assert_eq!(bo.booking(&paid)["status"], "paid");
}

fn sales_close_sales_close_minutes_after_the_start() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    bo.set_now(&minutes_after(SHOW_STARTS, 19));
    let before_close = bo.hold(show, &["A1"]);

    bo.set_now(&minutes_after(SHOW_STARTS, 20));
    let at_close = bo.buy(show, &["A2"]);

    bo.set_now(&seconds_after(SHOW_STARTS, 20 * 60 + 1));
    let error = bo.refused_json(&["hold", &show.to_string(), "A3"], 3);
    assert_eq!(error["reason"], "sales_closed");
    let error = bo.refused_json(&["sell", &before_close, "--payment", "cash"], 3);
    assert_eq!(error["reason"], "sales_closed");
    assert_eq!(bo.status(show, "A3"), "available");

    // A cashier can still give money back while the film runs.
    bo.set_now(&minutes_after(SHOW_STARTS, 60));
    assert_eq!(bo.json(&["refund", &at_close, "--reason", "felt unwell"])["amount"], 50_000);
    bo.assert_verified();
}

fn a_booking_moves_only_along_the_lifecycle() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let paid = bo.buy(show, &["A1"]);
    let cancelled = bo.hold(show, &["A2"]);
    bo.json(&["cancel", &cancelled]);
    let held = bo.hold(show, &["A3"]);
    let refunded = bo.buy(show, &["A4"]);
    bo.json(&["refund", &refunded, "--reason", "asked"]);
    let expired = text(&bo.json(&["hold", &show.to_string(), "A5", "--for", "1m"])["booking"]);
    bo.set_now(&minutes_after(BEFORE_SHOW, 2));
    bo.json(&["tick"]);
    let since = bo.last_event_id();

    let wrong = |args: &[&str]| {
        let error = bo.refused_json(args, 3);
        assert_eq!(error["reason"], "wrong_state", "{args:?}: {error}");
    };
    wrong(&["sell", &paid, "--payment", "cash"]);
    wrong(&["cancel", &paid]);
    wrong(&["sell", &cancelled, "--payment", "cash"]);
    wrong(&["cancel", &cancelled]);
    wrong(&["refund", &cancelled, "--reason", "x"]);
    wrong(&["refund", &held, "--reason", "x"]);
    wrong(&["cancel", &expired]);
    wrong(&["refund", &expired, "--reason", "x"]);
    wrong(&["refund", &refunded, "--reason", "again"]);
    wrong(&["sell", &refunded, "--payment", "cash"]);
    let partly = bo.buy(show, &["B1", "B2"]);
    let since_partly = bo.last_event_id();
    bo.json(&["refund", &partly, "--seats", "B1", "--reason", "x"]);
    wrong(&["refund", &partly, "--seats", "B1", "--reason", "x"]);
    assert_eq!(bo.events_since(since_partly).len(), 1, "only the first refund of B1 was written");
    assert_eq!(bo.events_since(since).iter().filter(|e| e["kind"] != "held" && e["kind"] != "sold").count(), 1);
    bo.assert_verified();
}

// Every rule above holds the same on both backends.
crate::both_backends!(
    hold_over_a_reserved_seat_is_a_conflict,
    hold_over_an_occupied_seat_is_a_conflict,
    a_multi_seat_hold_is_all_or_nothing,
    an_expired_hold_is_free_to_a_new_hold_at_once_without_a_tick,
    paying_an_expired_hold_succeeds_when_its_seats_are_still_free,
    paying_an_expired_hold_fails_when_a_seat_was_taken_meanwhile,
    a_finished_showing_sells_and_refunds_nothing,
    a_cancelled_showing_sells_and_refunds_nothing,
    sales_close_sales_close_minutes_after_the_start,
    a_booking_moves_only_along_the_lifecycle,
);
