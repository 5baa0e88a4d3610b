//! Every row of the seat lifecycle (DESIGN.md), driven through the real binary with a fixed
//! clock, checking the JSON contract of each answer, the seat map, the booking and the event that
//! each transition appends.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use common::{BEFORE_SHOW, Boxoffice, SHOW_STARTS, assert_has_keys, keys, minutes_after, seconds_after, strings, text};
use serde_json::json;

fn hold_makes_available_seats_reserved_until_the_hold_expires() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let since = bo.last_event_id();
    let held = bo.json(&["hold", &show.to_string(), "A2", "a1"]);
    assert_eq!(keys(&held), ["booking", "expires_at", "seats", "showing", "status"]);
    assert_eq!(held["status"], "held");
    assert_eq!(held["showing"], show);
    assert_eq!(strings(&held["seats"]), ["A1", "A2"], "seats come back front to back, upper case");
    assert_eq!(held["expires_at"], "2026-11-24T18:10:00+07:00", "hold_minutes = 10, in the venue's offset");
    let code = text(&held["booking"]);
    assert_eq!(code.len(), 6, "a booking code is six characters: {code}");

    for label in ["A1", "A2"] {
        let seat = bo.seat(show, label);
        assert_eq!(seat["status"], "reserved", "{seat}");
        assert_eq!(seat["booking"], code.as_str());
        assert_eq!(seat["hold_expires_at"], "2026-11-24T18:10:00+07:00");
    }
    assert_eq!(bo.status(show, "A3"), "available");
    assert_eq!(bo.booking(&code)["status"], "held");
    let events = bo.events_since(since);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["kind"], "held");
    assert_eq!(events[0]["booking"], code.as_str());
    assert_eq!(events[0]["showing"], show);
    assert_eq!(events[0]["data"]["seats"], json!(["A1", "A2"]));
}

fn a_hold_lasts_as_long_as_asked() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let held = bo.json(&["hold", &show.to_string(), "B4", "--for", "90s"]);
    assert_eq!(held["expires_at"], "2026-11-24T18:01:30+07:00");
    let held = bo.json(&["hold", &show.to_string(), "B5", "--for", "1h"]);
    assert_eq!(held["expires_at"], "2026-11-24T19:00:00+07:00");
}

fn sell_makes_reserved_seats_occupied_with_one_ticket_per_seat() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["D2", "C1", "A1", "D1"]);
    let since = bo.last_event_id();
    // Types go front to back: A1 adult, C1 child (premium), D1 adult (wheelchair), D2 child (companion).
    let sale = bo.json(&["sell", &code, "--payment", "card", "--types", "adult,child,adult,child"]);
    assert_has_keys(&sale, &["booking", "status", "total", "payment", "seats"]);
    assert_eq!(sale["booking"], code.as_str());
    assert_eq!(sale["status"], "paid");
    assert_eq!(sale["payment"], "card");
    assert_eq!(strings(&sale["seats"]), ["A1", "C1", "D1", "D2"]);
    let tickets: Vec<(String, String, i64)> = sale["tickets"]
        .as_array()
        .expect("tickets")
        .iter()
        .map(|t| (text(&t["seat"]), text(&t["ticket_type"]), t["price"].as_i64().expect("an integer price")))
        .collect();
    assert_eq!(
        tickets,
        [
            ("A1".to_owned(), "adult".to_owned(), 50_000),
            ("C1".to_owned(), "child".to_owned(), 60_000),
            ("D1".to_owned(), "adult".to_owned(), 50_000),
            ("D2".to_owned(), "child".to_owned(), 35_000),
        ],
        "wheelchair and companion places cost as standard"
    );
    assert_eq!(sale["total"], 195_000);

    for label in ["A1", "C1", "D1", "D2"] {
        let seat = bo.seat(show, label);
        assert_eq!(seat["status"], "occupied", "{seat}");
        assert_eq!(seat["booking"], code.as_str());
        assert_eq!(seat["hold_expires_at"], json!(null));
    }
    let booking = bo.booking(&code);
    assert_eq!(booking["status"], "paid");
    assert_eq!(booking["payment"], "card");
    assert_eq!(booking["total"], 195_000);
    assert_eq!(booking["paid_at"], BEFORE_SHOW);
    let events = bo.events_since(since);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["kind"], "sold");
    assert_eq!(events[0]["data"]["total"], 195_000);
}

fn a_sale_without_ticket_types_sells_the_first_listed_type() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["B1", "C2"]);
    assert_eq!(bo.json(&["sell", &code, "--payment", "cash"])["total"], 50_000 + 75_000);
    let code = bo.hold(show, &["B2", "C3"]);
    let sale = bo.json(&["sell", &code, "--payment", "qris", "--types", "child"]);
    assert_eq!(sale["total"], 35_000 + 60_000, "one type given applies to every seat");
    assert_eq!(sale["payment"], "qris");
}

fn cancel_makes_reserved_seats_available_again() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["A1", "A2"]);
    let since = bo.last_event_id();
    let cancelled = bo.json(&["cancel", &code]);
    assert_eq!(keys(&cancelled), ["booking", "released", "status"]);
    assert_eq!(cancelled["booking"], code.as_str());
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(strings(&cancelled["released"]), ["A1", "A2"]);
    assert_eq!(bo.status(show, "A1"), "available");
    assert_eq!(bo.status(show, "A2"), "available");
    assert_eq!(bo.booking(&code)["status"], "cancelled");
    assert_eq!(bo.event_kinds_since(since), ["cancelled"]);
    bo.hold(show, &["A1"]);
}

fn an_expired_hold_is_released_by_the_tick() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["A1", "A2"]);
    let since = bo.last_event_id();

    bo.set_now(&seconds_after(BEFORE_SHOW, 10 * 60 - 1));
    assert_eq!(bo.json(&["tick"]), json!({"expired_holds": 0, "released_seats": 0, "restocked_showings": 0}));
    assert_eq!(bo.status(show, "A1"), "reserved");

    bo.set_now(&minutes_after(BEFORE_SHOW, 10));
    // Before any tick, an expired hold already shows as free and its booking as expired.
    assert_eq!(bo.status(show, "A1"), "available");
    assert_eq!(bo.booking(&code)["status"], "expired");
    assert_eq!(bo.json(&["tick"]), json!({"expired_holds": 1, "released_seats": 2, "restocked_showings": 0}));
    assert_eq!(bo.status(show, "A1"), "available");
    assert_eq!(bo.status(show, "A2"), "available");
    assert_eq!(bo.booking(&code)["status"], "expired");
    let events = bo.events_since(since);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["kind"], "expired");
    assert_eq!(events[0]["booking"], code.as_str());
    bo.assert_verified();
}

fn refund_of_some_seats_makes_them_available_and_keeps_the_rest_sold() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.buy(show, &["A1", "A2", "C1"]);
    let since = bo.last_event_id();

    let first = bo.json(&["refund", &code, "--seats", "C1", "--reason", "wrong seat"]);
    assert_eq!(
        keys(&first).into_iter().filter(|k| k != "fully_refunded").collect::<Vec<_>>(),
        ["amount", "booking", "reason", "refund", "seats"]
    );
    assert_eq!(first["booking"], code.as_str());
    assert_eq!(strings(&first["seats"]), ["C1"]);
    assert_eq!(first["amount"], 75_000, "the amount defaults to what those seats cost");
    assert_eq!(first["reason"], "wrong seat");
    assert!(first["refund"].is_i64(), "{first}");
    assert_eq!(bo.status(show, "C1"), "available");
    assert_eq!(bo.status(show, "A1"), "occupied");
    assert_eq!(bo.status(show, "A2"), "occupied");
    assert_eq!(bo.booking(&code)["status"], "paid", "a partly refunded booking stays paid");

    let rest = bo.json(&["refund", &code, "--reason", "the family left"]);
    assert_eq!(strings(&rest["seats"]), ["A1", "A2"], "without --seats every seat still sold is refunded");
    assert_eq!(rest["amount"], 100_000);
    assert_ne!(rest["refund"], first["refund"]);
    for label in ["A1", "A2", "C1"] {
        assert_eq!(bo.status(show, label), "available");
    }
    let booking = bo.booking(&code);
    assert_eq!(booking["status"], "refunded");
    assert_eq!(booking["total"], 175_000, "the sale itself stays on record");
    assert_eq!(booking["refunds"].as_array().map(Vec::len), Some(2), "{booking}");
    assert_eq!(bo.event_kinds_since(since), ["refunded", "refunded"]);
    bo.assert_verified();
}

fn a_refund_may_return_less_than_was_paid_never_more() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.buy(show, &["A1", "A2"]);
    let since = bo.last_event_id();

    let error = bo.refused_json(&["refund", &code, "--seats", "A1", "--amount", "50001", "--reason", "x"], 2);
    assert_eq!(error["error"], "bad_input");
    assert_eq!(bo.status(show, "A1"), "occupied", "a refused refund changes nothing");
    assert!(bo.events_since(since).is_empty(), "a refused refund writes no event");

    let lower = bo.json(&["refund", &code, "--seats", "A1", "--amount", "20,000", "--reason", "came late"]);
    assert_eq!(lower["amount"], 20_000);
    assert_eq!(bo.status(show, "A1"), "available");
    let exact = bo.json(&["refund", &code, "--seats", "A2", "--amount", "50000", "--reason", "came late"]);
    assert_eq!(exact["amount"], 50_000);
    assert_eq!(bo.booking(&code)["status"], "refunded");
    bo.assert_verified();
}

fn the_tick_restocks_a_finished_showing_and_keeps_its_history() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let tomorrow = bo.showing_starting("2026-11-25T19:00:00+07:00");
    let paid = bo.buy(show, &["A1", "C1"]);
    let early_hold = bo.hold(show, &["B1"]);
    let tomorrow_hold = bo.json(&["hold", &tomorrow.to_string(), "A1", "--for", "24h"]);
    bo.set_now(&minutes_after(SHOW_STARTS, 15));
    let late_hold = text(&bo.json(&["hold", &show.to_string(), "B2", "--for", "3h"])["booking"]);

    // The film ends at 21:05; with 15 minutes of cleanup the showing is finished at 21:20.
    bo.set_now("2026-11-24T21:19:59+07:00");
    let report = bo.json(&["tick"]);
    assert_eq!(report["restocked_showings"], 0, "{report}");
    assert_eq!(report["expired_holds"], 1, "only the early hold ran out: {report}");
    assert_eq!(bo.status(show, "A1"), "occupied");

    bo.set_now("2026-11-24T21:20:00+07:00");
    let since = bo.last_event_id();
    let report = bo.json(&["tick"]);
    assert_eq!(
        report,
        json!({"expired_holds": 1, "released_seats": 3, "restocked_showings": 1}),
        "the hold on B2 still running is ended (expired) and A1, C1 sold are freed"
    );

    let listing = bo.all_showings();
    let finished = listing.as_array().expect("showings").iter().find(|s| s["id"] == show).expect("the showing");
    assert_eq!(finished["status"], "finished");
    assert_eq!(finished["seats"], json!({"available": 28, "reserved": 0, "occupied": 0, "blocked": 1}));
    assert_eq!(finished["tickets"], 2, "the tickets it sold stay counted after the restock");
    for (label, status) in bo.statuses(show) {
        let expected = if label == "D3" { "blocked" } else { "available" };
        assert_eq!(status, expected, "{label} after the restock");
    }
    let history = bo.booking(&paid);
    assert_eq!(history["status"], "paid", "the restock keeps the sale as history");
    assert_eq!(history["total"], 125_000);
    let tickets: Vec<(String, String)> =
        history["seats"].as_array().expect("seats").iter().map(|s| (text(&s["label"]), text(&s["state"]))).collect();
    assert_eq!(tickets, [("A1".to_owned(), "sold".to_owned()), ("C1".to_owned(), "sold".to_owned())]);
    assert_eq!(bo.booking(&early_hold)["status"], "expired");
    assert_eq!(bo.booking(&late_hold)["status"], "expired", "a hold still running when the showing ends is ended");
    assert_eq!(bo.status(tomorrow, "A1"), "reserved", "the restock touches only the finished showing");
    assert_eq!(bo.booking(&text(&tomorrow_hold["booking"]))["status"], "held");
    let kinds = bo.event_kinds_since(since);
    assert_eq!(kinds, ["expired", "restocked"]);
    bo.assert_verified();
}

fn out_of_service_seats_are_blocked_and_never_held() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let seat = bo.seat(show, "D3");
    assert_eq!(seat["status"], "blocked");
    assert_eq!(seat["kind"], "out_of_service");
    let since = bo.last_event_id();

    let error = bo.refused_json(&["hold", &show.to_string(), "D3"], 3);
    assert_eq!(error["error"], "conflict");
    assert_eq!(error["reason"], "seat_blocked");
    assert_eq!(error["seats"], json!(["D3"]));
    bo.refused_json(&["hold", &show.to_string(), "A1", "D3"], 3);
    assert_eq!(bo.status(show, "A1"), "available", "a hold with a blocked seat holds nothing");
    assert_eq!(bo.status(show, "D3"), "blocked");
    assert!(bo.events_since(since).is_empty());
}

fn a_refunded_seat_can_be_sold_again() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let first = bo.buy(show, &["A1"]);
    bo.json(&["refund", &first, "--reason", "changed plans"]);
    let second = bo.buy(show, &["A1"]);
    assert_eq!(bo.seat(show, "A1")["booking"], second.as_str());
    assert_eq!(bo.booking(&first)["status"], "refunded");
    common::replay::replay(&bo.events()).expect("no seat held or sold twice");
    bo.assert_verified();
}

fn the_seat_map_and_the_showings_answer_in_the_contract_shape() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["B7"]);
    let map = bo.json(&["seats", &show.to_string()]);
    assert_has_keys(&map, &["showing", "seats"]);
    assert_eq!(map["showing"], show);
    let seats = map["seats"].as_array().expect("a seat list");
    assert_eq!(seats.len(), 29, "every seat of the auditorium, gaps left out");
    let b7 = seats.iter().find(|s| s["label"] == "B7").expect("B7");
    assert_has_keys(b7, &["label", "row", "number", "kind", "status", "booking", "hold_expires_at"]);
    assert_eq!((&b7["row"], &b7["number"], &b7["kind"]), (&json!("B"), &json!(7), &json!("standard")));
    assert_eq!(b7["booking"], code.as_str());
    assert_eq!(seats.iter().find(|s| s["label"] == "D5").expect("D5")["kind"], "wheelchair");

    let listing = bo.json(&["showings"]);
    let today = listing.as_array().expect("a list");
    assert_eq!(today.len(), 1, "only today's showing: {listing}");
    assert_has_keys(&today[0], &["id", "film", "auditorium", "starts_at", "ends_at", "status", "seats"]);
    assert_eq!(today[0]["film"], "Laskar Pelangi");
    assert_eq!(today[0]["auditorium"], "Studio 1");
    assert_eq!(today[0]["status"], "open");
    assert_eq!(today[0]["seats"], json!({"available": 27, "reserved": 1, "occupied": 0, "blocked": 1}));
}

fn today_is_the_venue_local_day() {
    let (mut bo, _) = Boxoffice::jakarta_first_showing();
    let day = |bo: &Boxoffice| -> Vec<String> {
        bo.json(&["showings"]).as_array().expect("a list").iter().map(|s| text(&s["starts_at"])).collect()
    };
    // 16:59 UTC is 23:59 in Jakarta on the 24th; a minute later it is the 25th there.
    bo.set_now("2026-11-24T16:59:00Z");
    assert_eq!(day(&bo), ["2026-11-24T19:00:00+07:00"]);
    bo.set_now("2026-11-24T17:00:00Z");
    assert_eq!(day(&bo), ["2026-11-25T19:00:00+07:00"]);
    let on = bo.json(&["showings", "--date", "2026-11-24"]);
    assert_eq!(on.as_array().map(Vec::len), Some(1));
}

// Every rule above holds the same on both backends.
crate::both_backends!(
    hold_makes_available_seats_reserved_until_the_hold_expires,
    a_hold_lasts_as_long_as_asked,
    sell_makes_reserved_seats_occupied_with_one_ticket_per_seat,
    a_sale_without_ticket_types_sells_the_first_listed_type,
    cancel_makes_reserved_seats_available_again,
    an_expired_hold_is_released_by_the_tick,
    refund_of_some_seats_makes_them_available_and_keeps_the_rest_sold,
    a_refund_may_return_less_than_was_paid_never_more,
    the_tick_restocks_a_finished_showing_and_keeps_its_history,
    out_of_service_seats_are_blocked_and_never_held,
    a_refunded_seat_can_be_sold_again,
    the_seat_map_and_the_showings_answer_in_the_contract_shape,
    today_is_the_venue_local_day,
);
