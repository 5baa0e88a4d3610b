//! Storage faults through the real binary: each has its own exit code and `--json` kind, one line
//! on stderr, and nothing in the database changed. A read-only file and a full disk cannot be
//! provoked here without mounting or dropping root (chmod changes nothing for root; a file size
//! limit reaches SQLite as an I/O error, not as a full disk): `store::fault`'s tests map SQLite's
//! codes and make a real read-only failure on SQLite's own read-only open.
#![expect(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use common::{Boxoffice, SHOW_STARTS};
use rusqlite::Connection;
use serde_json::Value;

/// The `--json` error object of a refused run, after checking its exit code.
fn json_refusal(bo: &Boxoffice, args: &[&str], code: i32) -> Value {
    let run = bo.run(&[&["--json"], args].concat());
    serde_json::from_str(run.refused(code)).expect("a JSON error object")
}

fn seat_status(bo: &Boxoffice, show: i64, label: &str) -> String {
    let seats = bo.json(&["seats", &show.to_string()]);
    let seat = seats["seats"].as_array().unwrap().iter().find(|seat| seat["label"] == label).unwrap();
    seat["status"].as_str().unwrap().to_owned()
}

#[test]
fn a_lock_held_past_the_busy_timeout_is_exit_5_and_changes_nothing() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    let other_counter = Connection::open(bo.db()).unwrap();
    other_counter.execute_batch("BEGIN IMMEDIATE").unwrap();

    let error = json_refusal(&bo, &["hold", &show.to_string(), "A1"], 5);
    assert_eq!(error["error"], "busy");
    assert!(error["message"].as_str().unwrap().contains("try again"), "{error}");

    other_counter.execute_batch("ROLLBACK").unwrap();
    assert_eq!(seat_status(&bo, show, "A1"), "available", "the refused hold left nothing behind");
}

#[test]
fn a_damaged_database_file_is_exit_8_and_is_not_written() {
    let bo = Boxoffice::jakarta();
    let mut bytes = std::fs::read(bo.db()).unwrap();
    let page = 4096;
    assert!(bytes.len() > 3 * page, "a venue fills several pages");
    // Page 1 (the header and the schema) stays readable, so this is a boxoffice database whose
    // tables are garbage: what a failing disk or a half-copied file looks like.
    for (at, byte) in bytes.iter_mut().enumerate().skip(page) {
        *byte = u8::try_from(at % 251).unwrap();
    }
    std::fs::write(bo.db(), &bytes).unwrap();

    let error = json_refusal(&bo, &["showings", "--all"], 8);
    assert_eq!(error["error"], "damaged_database");
    bo.run(&["hold", "1", "A1"]).refused(8);
    assert_eq!(std::fs::read(bo.db()).unwrap(), bytes, "nothing was written into the damaged file");
}

#[test]
fn a_missing_write_ahead_log_is_exit_8_and_changes_nothing() {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    // Another counter's sale sits in the WAL, not yet copied into the file; then the WAL is lost
    // (deleted by a clean-up script, say) while that counter still runs.
    let other_counter = Connection::open(bo.db()).unwrap();
    other_counter.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    other_counter.execute_batch("UPDATE showing SET starts_at = starts_at; UPDATE seat SET label = label").unwrap();
    let wal = bo.db().with_file_name("boxoffice.db-wal");
    std::fs::remove_file(&wal).unwrap();
    let before = std::fs::read(bo.db()).unwrap();

    let error = json_refusal(&bo, &["hold", &show.to_string(), "A1"], 8);
    assert_eq!(error["error"], "damaged_database");
    assert!(error["message"].as_str().unwrap().contains("-wal"), "{error}");
    assert_eq!(std::fs::read(bo.db()).unwrap(), before, "nothing was written into the database file");
    drop(other_counter);
}
