//! `boxoffice best` and `hold --best`, through the real binary: the suggestion holds nothing,
//! `hold --best` holds exactly that, and a request that cannot be met is a conflict (exit 3).
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use common::{Boxoffice, SHOW_STARTS, keys, minutes_after, strings};

fn best_suggests_without_holding_and_hold_best_holds_exactly_that() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let since = bo.last_event_id();
    let best = bo.json(&["best", &show.to_string(), "3"]);
    assert_eq!(keys(&best), ["groups", "kind", "seats", "showing"]);
    assert_eq!(best["showing"], show);
    assert_eq!(best["kind"], "standard", "standard unless premium is asked for");
    let seats = strings(&best["seats"]);
    assert_eq!(seats.len(), 3);
    assert_eq!(best["groups"].as_array().map(Vec::len), Some(1), "three fit side by side: {best}");
    assert!(bo.events_since(since).is_empty(), "best holds nothing");
    assert!(seats.iter().all(|label| bo.status(show, label) == "available"));

    let held = bo.json(&["hold", &show.to_string(), "--best", "3"]);
    assert_eq!(strings(&held["seats"]), seats, "hold --best holds what best suggested");
    assert_eq!(held["groups"], best["groups"]);
    assert_eq!(held["status"], "held");
    assert!(seats.iter().all(|label| bo.status(show, label) == "reserved"));
}

fn premium_and_wheelchair_places_are_given_only_when_asked_for() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let premium = bo.json(&["best", &show.to_string(), "2", "--kind", "premium"]);
    assert!(strings(&premium["seats"]).iter().all(|label| label.starts_with('C')), "{premium}");
    assert_eq!(premium["kind"], "premium");
    let standard = bo.json(&["best", &show.to_string(), "2"]);
    assert!(strings(&standard["seats"]).iter().all(|label| label.starts_with(['A', 'B'])), "{standard}");
    // Row D is `wc..x..cw`: a wheelchair space comes with the companion seat beside it.
    let wheelchair = bo.json(&["best", &show.to_string(), "2", "--kind", "wheelchair"]);
    let seats = strings(&wheelchair["seats"]);
    assert!(seats == ["D1", "D2"] || seats == ["D4", "D5"], "{wheelchair}");
}

fn no_room_of_that_kind_is_a_conflict_and_holds_nothing() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    bo.hold(show, &["C1", "C2", "C3", "C5", "C6", "C8"]);
    let since = bo.last_event_id();
    let error = bo.refused_json(&["best", &show.to_string(), "2", "--kind", "premium"], 3);
    assert_eq!(error["error"], "conflict");
    let message = error["message"].as_str().unwrap_or_default();
    assert!(message.contains("2 premium seats are free"), "says what is left: {message}");
    bo.refused(&["hold", &show.to_string(), "--best", "2", "--kind", "premium"], 3);
    assert!(bo.events_since(since).is_empty(), "nothing was held");
    // One of the two scattered seats is still there for a customer alone.
    let one = bo.json(&["best", &show.to_string(), "1", "--kind", "premium"]);
    assert_eq!(strings(&one["seats"]).len(), 1);
}

fn a_bad_request_is_refused_with_the_contract_exit_codes() {
    let (mut bo, show) = Boxoffice::jakarta_first_showing();
    let show_text = show.to_string();
    bo.refused(&["best", &show_text, "0"], 2);
    bo.refused(&["best", &show_text, "2", "--kind", "vip"], 2);
    bo.refused(&["hold", &show_text, "A1", "--kind", "premium"], 2);
    bo.refused(&["hold", &show_text, "A1", "--best", "2"], 2);
    bo.refused(&["best", "999", "2"], 4);
    bo.set_now(&minutes_after(SHOW_STARTS, 30));
    bo.refused(&["best", &show_text, "2"], 3);
}

// Every rule above holds the same on both backends.
crate::both_backends!(
    best_suggests_without_holding_and_hold_best_holds_exactly_that,
    premium_and_wheelchair_places_are_given_only_when_asked_for,
    no_room_of_that_kind_is_a_conflict_and_holds_nothing,
    a_bad_request_is_refused_with_the_contract_exit_codes,
);
