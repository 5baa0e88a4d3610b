//! Indonesia's classification at the counter: a child ticket for a film rated 17+ or 21+ is sold
//! only once the cashier confirms the buyer's age (`sell --confirm-age`).
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use common::{Boxoffice, JAKARTA};

fn rated(rating: &str) -> (Boxoffice, i64) {
    let bo = Boxoffice::with_venue(&JAKARTA.replace("rating = \"SU\"", &format!("rating = \"{rating}\"")));
    let show = bo.showing_starting("2026-11-24T19:00:00+07:00");
    (bo, show)
}

fn a_child_ticket_for_a_17_plus_film_is_refused_without_the_confirmation() {
    let (bo, show) = rated("17+");
    let code = bo.hold(show, &["A1", "A2"]);
    let line = bo.refused(&["sell", &code, "--payment", "cash", "--types", "adult,child"], 2);
    assert!(line.contains("17+") && line.contains("--confirm-age"), "{line}");
    assert_eq!(bo.booking(&code)["status"], "held", "nothing was sold");
    let sale = bo.json(&["sell", &code, "--payment", "cash", "--types", "adult,child", "--confirm-age"]);
    assert_eq!(sale["status"], "paid");
}

fn a_21_plus_film_asks_too_but_adults_and_13_plus_films_sell_as_before() {
    let (bo, show) = rated("21+");
    let child = bo.hold(show, &["B1"]);
    bo.refused(&["sell", &child, "--payment", "cash", "--types", "child"], 2);
    let adult = bo.hold(show, &["B2"]);
    assert_eq!(bo.json(&["sell", &adult, "--payment", "cash", "--types", "adult"])["status"], "paid");

    let (bo, show) = rated("13+");
    let child = bo.hold(show, &["B1"]);
    assert_eq!(bo.json(&["sell", &child, "--payment", "cash", "--types", "child"])["status"], "paid");
}

// Every rule above holds the same on both backends.
crate::both_backends!(
    a_child_ticket_for_a_17_plus_film_is_refused_without_the_confirmation,
    a_21_plus_film_asks_too_but_adults_and_13_plus_films_sell_as_before,
);
