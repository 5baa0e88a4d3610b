//! Bounded input: a venue file is a regular file of sane size with sane prices, and amounts
//! planted too large to add up are named by verify instead of breaking it.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

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

#[test]
fn escapes_and_card_numbers_are_refused_in_everything_stored() {
    let bo = Boxoffice::jakarta();
    let retitled = JAKARTA.replace("name = \"Bioskop Uji\"", "name = \"Bioskop\\u001b]0;pwned\\u0007\"");
    let path = bo.write_file("escape.toml", &retitled);
    bo.refused(&["import", path.to_str().unwrap()], 2);
    let rated = JAKARTA.replace("rating = \"SU\"", "rating = \"SU\\u001b[2J\"");
    let path = bo.write_file("rating.toml", &rated);
    bo.refused(&["import", path.to_str().unwrap()], 2);
    for (counter, words) in [("c2\u{1b}]0;x\u{7}", "printable"), ("4111 1111 1111 1111", "card number")] {
        let run = std::process::Command::new(common::BIN)
            .arg("--db")
            .arg(bo.db())
            .args(["--now", bo.now(), "--counter", counter, "showings"])
            .output()
            .unwrap();
        assert!(common::Run::from(run).refused(2).contains(words), "{counter:?}");
    }

    let show = bo.showing_starting(SHOW_STARTS);
    let code = bo.buy(show, &["A1"]);
    let show = show.to_string();
    for card in ["4111.1111.1111.1111", "4111_1111_1111_1111", "4111/1111/1111/1111", "4111 - 1111 - 1111 - 1111"] {
        bo.refused(&["refund", &code, "--reason", card], 2);
        bo.refused(&["block", &show, "B1", "--reason", card], 2);
        bo.refused(&["cancel-showing", &show, "--reason", card], 2);
    }
    let wide = "\u{FF14}\u{FF11}\u{FF11}\u{FF11} \u{FF11}\u{FF11}\u{FF11}\u{FF11} \u{FF11}\u{FF11}\u{FF11}\u{FF11} \u{FF11}\u{FF11}\u{FF11}\u{FF11}";
    bo.refused(&["refund", &code, "--reason", wide], 2);
    bo.assert_verified();
}

#[test]
fn escapes_planted_in_the_database_never_reach_the_terminal() {
    let bo = Boxoffice::jakarta();
    let conn = rusqlite::Connection::open(bo.db()).unwrap();
    conn.execute("UPDATE film SET title = 'Laskar' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J'", [])
        .unwrap();
    conn.execute("UPDATE venue SET name = 'Bioskop' || char(27) || '[2J'", []).unwrap();
    drop(conn);
    for args in [&["showings", "--all"][..], &["report", "--date", "2026-11-24"], &["seats", "1"]] {
        let out = bo.ok(args);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{args:?}: {out:?}");
    }
}

#[test]
fn a_long_argument_is_not_echoed_back_whole() {
    let bo = Boxoffice::jakarta();
    let long = "x".repeat(130_000);
    let line = bo.refused(&["showings", "--date", &long], 2);
    assert!(line.len() < 1_000, "{} characters", line.len());
}

#[test]
fn a_hold_that_ends_on_another_day_says_which_day() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS).to_string();
    let out = bo.ok(&["hold", &show, "C1", "--for", "24h"]);
    assert!(out.contains("until Wed 25 Nov 18:00:00"), "{out}");
    let out = bo.ok(&["hold", &show, "C2"]);
    assert!(out.contains("until 18:10:00"), "{out}");
}
