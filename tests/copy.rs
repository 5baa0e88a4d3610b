//! `boxoffice copy SOURCE DEST` moves a whole theater between the backends: a SQLite file with a
//! day of history goes to a throwaway PostgreSQL server and back to a new file, and all three say
//! the same thing (`verify` passes, `events` prints the same lines, every seat is where it was).
//! A destination that holds anything is refused, and a failed copy leaves no file behind.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;
mod escpos;

use common::postgres_support::Server;
use common::{Boxoffice, Run, SHOW_STARTS, minutes_after};

/// Runs the binary on `db` (a file or a URL) at the test's fixed time.
fn on(db: &str, bo: &Boxoffice, args: &[&str]) -> Run {
    on_at(db, bo.now(), args)
}

/// Runs the binary on `db` at `now`, with the shared helpers' clean environment.
fn on_at(db: &str, now: &str, args: &[&str]) -> Run {
    let mut there = Boxoffice::at(db);
    there.set_now(now);
    there.run(args)
}

fn ok(db: &str, bo: &Boxoffice, args: &[&str]) -> String {
    let run = on(db, bo, args);
    assert_eq!(run.code, 0, "{args:?} on {db}: {run:#?}");
    run.stdout
}

/// A theater with some of everything: sales, a partial refund, a cancelled hold, a running hold.
fn theater_with_history() -> (Boxoffice, i64) {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let sold = bo.buy(show, &["A1", "A2", "A3"]);
    bo.ok(&["refund", &sold, "--seats", "A3", "--reason", "wrong seat"]);
    let dropped = bo.hold(show, &["B1"]);
    bo.ok(&["cancel", &dropped]);
    bo.hold(show, &["C1", "C2"]);
    (bo, show)
}

#[test]
fn a_theater_copied_to_postgres_and_back_keeps_every_record_and_hash() {
    let (bo, show) = theater_with_history();
    let file = bo.db().to_str().expect("utf-8 path").to_owned();
    let url = Server::shared().fresh_database();

    let copied: serde_json::Value =
        serde_json::from_str(&ok(&file, &bo, &["--json", "copy", &file, &url])).expect("JSON");
    let events = ok(&file, &bo, &["events"]);
    assert_eq!(copied["tables"]["event"].as_u64(), Some(events.lines().count() as u64), "{copied}");
    assert_eq!(copied["tables"]["booking"].as_u64(), Some(3));

    let back = bo.dir().join("back.db");
    let back = back.to_str().expect("utf-8 path");
    ok(&url, &bo, &["copy", &url, back]);

    let seats = ok(&file, &bo, &["seats", &show.to_string(), "--json"]);
    for db in [url.as_str(), back] {
        assert!(ok(db, &bo, &["verify"]).starts_with("ok"), "verify on {db}");
        assert_eq!(ok(db, &bo, &["events"]), events, "the same log, hashes included, on {db}");
        assert_eq!(ok(db, &bo, &["seats", &show.to_string(), "--json"]), seats, "every seat where it was on {db}");
    }

    // The copy is a working theater, not an archive: its counters go on selling.
    let sold_there = on(&url, &bo, &["hold", &show.to_string(), "D1", "D2"]);
    assert_eq!(sold_there.code, 0, "{sold_there:#?}");
    assert!(ok(&url, &bo, &["verify"]).starts_with("ok"));
}

#[test]
fn a_copy_into_a_database_that_holds_anything_is_refused_and_changes_nothing() {
    let (bo, _) = theater_with_history();
    let file = bo.db().to_str().expect("utf-8 path").to_owned();
    let url = Server::shared().fresh_database();
    ok(&file, &bo, &["copy", &file, &url]);
    let before = ok(&url, &bo, &["events"]);

    let again = on(&file, &bo, &["copy", &file, &url]);
    assert!(again.refused(3).contains("empty database"), "{again:#?}");
    assert_eq!(ok(&url, &bo, &["events"]), before, "nothing was added");

    let onto_itself = on(&file, &bo, &["copy", &file, &file]);
    onto_itself.refused(3);
}

#[test]
fn a_failed_copy_leaves_no_file_behind() {
    let bo = Boxoffice::empty();
    let missing = bo.dir().join("missing.db");
    let target = bo.dir().join("copy.db");
    let run = on(
        bo.db().to_str().expect("utf-8"),
        &bo,
        &["copy", missing.to_str().expect("utf-8"), target.to_str().expect("utf-8")],
    );
    run.refused(4);
    assert!(!target.exists(), "nothing to copy, nothing created");

    // A source that is there, into a server that is not: the new file would be empty, so it goes.
    let (bo, _) = theater_with_history();
    let file = bo.db().to_str().expect("utf-8 path").to_owned();
    let nowhere = "postgres://boxoffice@127.0.0.1:1/boxoffice";
    on(&file, &bo, &["copy", &file, nowhere]).refused(1);
    let unreachable_source = on(&file, &bo, &["copy", nowhere, target.to_str().expect("utf-8")]);
    unreachable_source.refused(1);
    assert!(!target.exists(), "a failed copy leaves no file");
}

#[test]
fn a_ticket_printed_before_the_move_admits_once_on_the_server() {
    let (bo, show) = Boxoffice::jakarta_first_showing();
    let code = bo.hold(show, &["B5"]);
    let paper = bo.dir().join("printer.bin");
    let sold = bo.run(&["--printer", &format!("file:{}", paper.display()), "sell", &code, "--payment", "cash"]);
    assert_eq!(sold.code, 0, "{sold:#?}");
    let printed = escpos::decode(&std::fs::read(&paper).expect("the printed tickets")).expect("ESC/POS");
    let payload = printed.iter().find_map(|page| page.qr_codes.first()).expect("a ticket's QR code").clone();

    let file = bo.db().to_str().expect("utf-8 path").to_owned();
    let url = Server::shared().fresh_database();
    ok(&file, &bo, &["copy", &file, &url]);

    let door = minutes_after(SHOW_STARTS, -10);
    assert_eq!(on_at(&url, &door, &["admit", &payload]).code, 0, "the ticket secret moved with the theater");
    on_at(&url, &door, &["admit", &payload]).refused(3);
}

#[test]
fn a_demo_theater_of_thousands_of_seats_moves_in_batches_and_back() {
    let bo = Boxoffice::empty();
    let file = bo.db().to_str().expect("utf-8 path").to_owned();
    ok(&file, &bo, &["init", "--demo"]);
    let url = Server::shared().fresh_database();
    let copied: serde_json::Value =
        serde_json::from_str(&ok(&file, &bo, &["--json", "copy", &file, &url])).expect("JSON");
    let inventory = copied["tables"]["inventory"].as_u64().expect("inventory rows");
    assert!(inventory > 2_000, "enough seats for several full batches and a last partial one: {inventory}");
    let back = bo.dir().join("back.db");
    let back = back.to_str().expect("utf-8 path");
    let again: serde_json::Value = serde_json::from_str(&ok(&url, &bo, &["--json", "copy", &url, back])).expect("JSON");
    assert_eq!(again["tables"], copied["tables"], "every row came back");
    for db in [url.as_str(), back] {
        assert!(ok(db, &bo, &["verify"]).starts_with("ok"), "verify on {db}");
        assert_eq!(ok(db, &bo, &["showings", "--all", "--json"]), ok(&file, &bo, &["showings", "--all", "--json"]));
    }
}
