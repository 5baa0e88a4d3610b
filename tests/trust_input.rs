//! Bounded input: a venue file is a regular file of sane size with sane prices, and amounts
//! planted too large to add up are named by verify instead of breaking it.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use common::{Boxoffice, JAKARTA, SHOW_STARTS, text};

#[test]
fn import_refuses_a_device_and_an_oversized_file() {
    let bo = Boxoffice::jakarta();
    let line = bo.refused(&["import", "/dev/zero"], 2);
    assert!(line.contains("not a regular file"), "{line}");
    let big = bo.dir().join("big.toml");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(11 * 1024 * 1024).unwrap();
    let line = bo.refused(&["import", big.to_str().unwrap()], 2);
    assert!(line.contains("larger than a venue file"), "{line}");
}

#[test]
fn import_refuses_a_price_above_the_maximum() {
    let bo = Boxoffice::jakarta();
    let venue = JAKARTA.replace("adult = { standard = 50000", "adult = { standard = 4611686018427387904");
    let path = bo.write_file("greedy.toml", &venue);
    let line = bo.refused(&["import", path.to_str().unwrap()], 2);
    assert!(line.contains("above the most a ticket may cost"), "{line}");
}

#[test]
fn amounts_planted_too_large_are_named_by_verify_and_report_says_why() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    bo.buy(show, &["A1"]);
    bo.buy(show, &["A2"]);
    let conn = rusqlite::Connection::open(bo.db()).unwrap();
    conn.execute_batch(
        "UPDATE booking SET total = 4611686018427387904; UPDATE booking_seat SET price = 4611686018427387904;",
    )
    .unwrap();
    drop(conn);
    let run = bo.run(&["--json", "verify"]);
    assert_eq!(run.code, 1, "{run:#?}");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("verify still reports");
    let rules: Vec<String> = report["breaches"].as_array().unwrap().iter().map(|b| text(&b["rule"])).collect();
    assert!(rules.iter().any(|r| r.contains("within what a venue file may set")), "{rules:#?}");
    let line = bo.refused(&["report", "--date", "2026-11-24"], 1);
    assert!(line.contains("too large to add up") && line.contains("verify"), "{line}");
}
