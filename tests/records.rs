//! What the box office records, through the binary: money in the currency's minor unit, times in
//! RFC 3339 with the venue's offset, an event for every transition, a tick that may run any
//! number of times, a live event feed, and a `verify` that passes on a healthy database and fails
//! on a broken one.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use common::{BEFORE_SHOW, BERLIN_EUR, Boxoffice, SHOW_STARTS, minutes_after, strings, text};
use serde_json::{Value, json};

fn money_is_kept_in_the_currency_minor_unit() {
    let mut bo = Boxoffice::with_venue(BERLIN_EUR);
    bo.set_now("2026-01-15T19:00:00+01:00");
    let show = bo.showing_starting("2026-01-15T20:00:00+01:00");
    let code = bo.hold(show, &["A1", "B1", "B2"]);
    let sale = bo.json(&["sell", &code, "--payment", "card", "--types", "erwachsene,erwachsene,kind"]);
    assert_eq!(sale["total"], 1250 + 1575 + 1099, "12.50 + 15.75 + 10.99 in cents");
    assert_eq!(sale["currency"], "EUR");
    let human = bo.ok(&["booking", &code]);
    assert!(human.contains("EUR 39.24"), "people read euros with two decimals:\n{human}");

    let refund = bo.json(&["refund", &code, "--seats", "A1", "--amount", "12.50", "--reason", "late"]);
    assert_eq!(refund["amount"], 1250);
    let error = bo.refused_json(&["refund", &code, "--seats", "B1", "--amount", "15.76", "--reason", "x"], 2);
    assert!(text(&error["message"]).contains("EUR 15.75"), "the refusal says what was paid: {error}");
    // One money grammar: a decimal part has exactly the currency's two digits, by either mark.
    for hostile in ["12.505", "-1.00", "1e3", "15.7", "15,7", "1,5,7", ",75", "NaN", ""] {
        bo.refused_json(&["refund", &code, "--seats", "B1", "--amount", hostile, "--reason", "x"], 2);
    }
    assert_eq!(bo.json(&["refund", &code, "--seats", "B1", "--amount", "15,70", "--reason", "x"])["amount"], 1570);
    assert_eq!(bo.json(&["refund", &code, "--reason", "x"])["amount"], 1099);
    let refunds: Vec<i64> = bo.booking(&code)["refunds"]
        .as_array()
        .expect("refunds")
        .iter()
        .map(|r| r["amount"].as_i64().expect("an integer amount"))
        .collect();
    assert_eq!(refunds, [1250, 1570, 1099]);
    bo.assert_verified();
}

fn a_currency_without_decimals_refuses_a_fraction() {
    let bo = Boxoffice::jakarta();
    let code = bo.buy(bo.showing_starting(SHOW_STARTS), &["A1"]);
    for mistaken in ["12.50", "45,00", "1,2,3", ",5"] {
        bo.refused_json(&["refund", &code, "--amount", mistaken, "--reason", "x"], 2);
    }
    assert_eq!(bo.json(&["refund", &code, "--amount", "12.500", "--reason", "x"])["amount"], 12_500);
}

fn times_are_rfc3339_with_the_venue_offset() {
    let mut bo = Boxoffice::with_venue(BERLIN_EUR);
    let listing = bo.all_showings();
    let times: Vec<(String, String)> =
        listing.as_array().expect("showings").iter().map(|s| (text(&s["starts_at"]), text(&s["ends_at"]))).collect();
    assert_eq!(
        times,
        [
            ("2026-01-15T20:00:00+01:00".to_owned(), "2026-01-15T21:40:00+01:00".to_owned()),
            ("2026-07-15T20:00:00+02:00".to_owned(), "2026-07-15T21:40:00+02:00".to_owned()),
        ],
        "winter and summer time each in their own offset"
    );

    // --now may be given in any offset; answers come back in the venue's.
    bo.set_now("2026-07-15T17:00:00Z");
    let show = bo.showing_starting("2026-07-15T20:00:00+02:00");
    let held = bo.json(&["hold", &show.to_string(), "A1"]);
    assert_eq!(held["expires_at"], "2026-07-15T19:10:00+02:00");
    assert_eq!(bo.seat(show, "A1")["hold_expires_at"], "2026-07-15T19:10:00+02:00");
    let booking = bo.booking(&text(&held["booking"]));
    assert_eq!(booking["created_at"], "2026-07-15T19:00:00+02:00");
    assert_eq!(booking["starts_at"], "2026-07-15T20:00:00+02:00");
    let events = bo.events();
    let held = events.last().expect("the held event");
    assert_eq!(held["at"], "2026-07-15T19:00:00+02:00");
    assert_eq!(held["data"]["expires_at"], "2026-07-15T19:10:00+02:00", "the feed's own times too");
}

fn every_transition_appends_an_event() {
    let mut bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    let start = bo.last_event_id();
    assert!(start > 0, "the import itself is on record");

    let sold = bo.buy(show, &["A1", "A2"]);
    bo.json(&["refund", &sold, "--seats", "A2", "--reason", "x"]);
    let cancelled = bo.hold(show, &["B1"]);
    bo.json(&["cancel", &cancelled]);
    let expired = text(&bo.json(&["hold", &show.to_string(), "B2", "--for", "1m"])["booking"]);
    bo.set_now(&minutes_after(BEFORE_SHOW, 1));
    bo.json(&["tick"]);
    bo.set_now("2026-11-24T21:20:00+07:00");
    bo.json(&["tick"]);

    let events = bo.events_since(start);
    let seen: Vec<(String, Value)> = events.iter().map(|e| (text(&e["kind"]), e["booking"].clone())).collect();
    assert_eq!(
        seen,
        [
            ("held".to_owned(), json!(sold)),
            ("sold".to_owned(), json!(sold)),
            ("refunded".to_owned(), json!(sold)),
            ("held".to_owned(), json!(cancelled)),
            ("cancelled".to_owned(), json!(cancelled)),
            ("held".to_owned(), json!(expired)),
            ("expired".to_owned(), json!(expired)),
            ("restocked".to_owned(), Value::Null),
        ]
    );
    assert!(events.iter().all(|e| e["showing"] == show), "each names its showing");
    assert!(events.iter().all(|e| e["counter"] == "counter-1"), "each names the counter");
    let ids: Vec<i64> = events.iter().map(|e| e["id"].as_i64().expect("an id")).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "ids only grow: {ids:?}");
    assert_eq!(bo.events_since(ids[5]).len(), 2, "--since gives only what came after");
    assert_eq!(strings(&events[2]["data"]["seats"]), ["A2"]);
    assert_eq!(events[2]["data"]["amount"], 50_000);
    assert_eq!(events[2]["data"]["reason"], "x");
}

fn the_tick_is_idempotent() {
    let mut bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    bo.buy(show, &["A1"]);
    bo.hold(show, &["A2", "A3"]);
    bo.set_now("2026-11-24T21:30:00+07:00");
    let first = bo.json(&["tick"]);
    assert_eq!(first, json!({"expired_holds": 1, "released_seats": 3, "restocked_showings": 1}));
    let events = bo.events();
    let showings = bo.all_showings();
    let seats = bo.statuses(show);

    for _ in 0..2 {
        assert_eq!(bo.json(&["tick"]), json!({"expired_holds": 0, "released_seats": 0, "restocked_showings": 0}));
    }
    assert_eq!(bo.events(), events, "an idle tick writes nothing");
    assert_eq!(bo.all_showings(), showings);
    assert_eq!(bo.statuses(show), seats);
    let human = bo.ok(&["tick"]);
    assert!(human.contains("Expired 0 holds"), "{human}");
}

#[test]
fn verify_passes_on_a_healthy_database_and_fails_on_a_broken_one() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    let sold = bo.buy(show, &["A1", "A2"]);
    bo.json(&["refund", &sold, "--seats", "A1", "--reason", "x"]);
    let held = bo.hold(show, &["B1"]);
    let human = bo.ok(&["verify"]);
    assert!(human.starts_with("ok"), "{human}");
    assert_eq!(bo.json(&["verify"]), json!({"ok": true, "breaches": []}));

    // Break a rule behind the engine's back: the held seat is shown free while its booking holds it.
    let conn = rusqlite::Connection::open(bo.db()).expect("open the database");
    let changed = conn
        .execute(
            "UPDATE inventory SET status = 'available', booking_id = NULL, hold_expires_at = NULL \
             WHERE booking_id = (SELECT id FROM booking WHERE code = ?1)",
            [&held],
        )
        .expect("tamper");
    assert_eq!(changed, 1);
    drop(conn);
    let run = bo.run(&["verify"]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(run.stdout.contains("every live hold or ticket of an open showing is on the seat map"), "{run:#?}");
    assert!(run.stdout.contains(&held), "the breach names the booking: {run:#?}");
    common::assert_one_clean_line(&run.stderr);
}

fn the_staff_and_counter_are_on_record() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS).to_string();
    let held = bo.json(&["--staff", "Ani", "hold", &show, "A1"]);
    let code = text(&held["booking"]);
    bo.json(&["--staff", "Budi", "sell", &code, "--payment", "cash"]);
    let booking = bo.booking(&code);
    assert_eq!(booking["staff"], "Ani");
    assert_eq!(booking["counter"], "counter-1");
    let events = bo.events();
    let staff: Vec<&Value> = events.iter().rev().take(2).map(|e| &e["staff"]).collect();
    assert_eq!(staff, [&json!("Budi"), &json!("Ani")], "each event names who acted");
}

fn the_event_feed_follows_other_counters_writes() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    let since = bo.last_event_id().to_string();
    let mut follower = bo
        .command()
        .args(["events", "--follow", "--since", &since])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("follow the feed");
    let mut reaper = common::workers::Reaper(Vec::new());
    let stdout = follower.stdout.take().expect("the feed");
    reaper.0.push(follower);
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    // Another counter sells while the feed is being followed.
    let code = bo.buy(show, &["A1"]);
    let mut kinds = Vec::new();
    while kinds.len() < 2 {
        let line = received.recv_timeout(Duration::from_secs(20)).expect("the feed shows the new events");
        let event: Value = serde_json::from_str(&line).expect("a JSON line");
        assert_eq!(event["booking"], code.as_str());
        kinds.push(text(&event["kind"]));
    }
    assert_eq!(kinds, ["held", "sold"]);
}

// Every rule above holds the same on both backends (the broken database is broken with a raw
// SQLite connection, so that one runs on a file).
crate::both_backends!(
    money_is_kept_in_the_currency_minor_unit,
    a_currency_without_decimals_refuses_a_fraction,
    times_are_rfc3339_with_the_venue_offset,
    every_transition_appends_an_event,
    the_tick_is_idempotent,
    the_staff_and_counter_are_on_record,
    the_event_feed_follows_other_counters_writes,
);
