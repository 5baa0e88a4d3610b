//! `verify` against someone with the database file and a raw SQLite client: every table is
//! compared with the event log, and a seal kept on paper exposes a rewritten or rolled-back log.
#![expect(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use std::path::{Path, PathBuf};

use boxoffice::domain::Role;
use boxoffice::engine::{Actor, Engine};
use boxoffice::store::StoredEvent;
use common::{BIN, Boxoffice, text};
use rusqlite::Connection;
use serde_json::Value;

/// A training venue with a cash shift, a paid booking (A1, A2 of showing 1), a held one (B1),
/// and staff: Ayu the manager, Budi the cashier. Returns it and the paid booking's code.
fn busy_counter() -> (Boxoffice, String) {
    let bo = Boxoffice::jakarta();
    bo.json(&["shift", "open", "--float", "100000"]);
    let paid = bo.buy(1, &["A1", "A2"]);
    bo.hold(1, &["B1"]);
    let now = chrono::DateTime::parse_from_rfc3339(common::BEFORE_SHOW).unwrap().to_utc();
    let mut engine = Engine::open(bo.db(), Actor::counter("counter-1")).expect("open");
    engine.add_staff("Ayu", Role::Manager, "1111", now).expect("manager");
    engine.sign_in("Ayu", "1111", now).expect("sign in");
    engine.add_staff("Budi", Role::Cashier, "2222", now).expect("cashier");
    (bo, paid)
}

/// `verify --json` on a database file: its exit code and its report.
fn verify(db: &Path, seal: Option<&str>) -> (i32, Value) {
    let mut command = std::process::Command::new(BIN);
    command.arg("--db").arg(db).args(["--now", common::BEFORE_SHOW, "--json", "verify"]);
    if let Some(seal) = seal {
        command.args(["--seal", seal]);
    }
    let output = command.output().expect("run verify");
    (output.status.code().unwrap(), serde_json::from_slice(&output.stdout).expect("a verify report"))
}

/// A copy of the database with `sql` run on it by a raw client, and what verify says broke:
/// each rule with its details.
fn breaches(bo: &Boxoffice, name: &str, sql: &str) -> Vec<(String, Vec<String>)> {
    let copy: PathBuf = bo.dir().join(format!("{name}.db"));
    std::fs::copy(bo.db(), &copy).expect("copy");
    Connection::open(&copy).expect("raw").execute_batch(sql).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (code, report) = verify(&copy, None);
    assert_eq!(code, 1, "{name}: verify must fail: {report}");
    let details = |b: &Value| b["details"].as_array().unwrap().iter().map(text).collect();
    report["breaches"].as_array().unwrap().iter().map(|b| (text(&b["rule"]), details(b))).collect()
}

/// The rules verify says broke on a tampered copy.
fn tampered(bo: &Boxoffice, name: &str, sql: &str) -> Vec<String> {
    breaches(bo, name, sql).into_iter().map(|(rule, _)| rule).collect()
}

/// What the replay of the event log names on a tampered copy (its own rules only, so these
/// tests prove the replay catches the tampering whatever the other checks do).
fn replay_names(bo: &Boxoffice, name: &str, sql: &str) -> Vec<String> {
    let found = breaches(bo, name, sql);
    found.iter().filter(|(rule, _)| rule.contains("the event log, replayed")).flat_map(|(_, d)| d.clone()).collect()
}

fn assert_said(details: &[String], words: &str) {
    assert!(details.iter().any(|d| d.contains(words)), "expected the replay to say {words:?}, got {details:#?}");
}

fn assert_named(rules: &[String], words: &str) {
    assert!(rules.iter().any(|rule| rule.contains(words)), "expected a breach about {words:?}, got {rules:#?}");
}

#[test]
fn every_tampering_of_the_issue_is_named_by_verify() {
    let (bo, code) = busy_counter();
    assert_eq!(verify(bo.db(), None).0, 0, "the untouched database is clean");
    let booking = format!("(SELECT id FROM booking WHERE code = '{code}')");
    let moved = format!(
        "UPDATE inventory SET status = 'available', booking_id = NULL WHERE booking_id = {booking};
         UPDATE booking_seat SET seat_id = seat_id + 6 WHERE booking_id = {booking};
         UPDATE inventory SET status = 'occupied', booking_id = {booking}
           WHERE showing_id = 1 AND seat_id IN (SELECT seat_id FROM booking_seat WHERE booking_id = {booking});"
    );
    assert_named(&tampered(&bo, "moved", &moved), "seats are the seats its hold recorded");
    let card = format!("UPDATE booking SET payment = 'card' WHERE id = {booking}");
    assert_named(&tampered(&bo, "card", &card), "a sale is what the log recorded");
    let child = format!("UPDATE booking_seat SET ticket_type = 'child' WHERE booking_id = {booking}");
    assert_named(&tampered(&bo, "child", &child), "a sale is what the log recorded");
    let later = "UPDATE showing SET starts_at = starts_at + 30 * 86400, ends_at = ends_at + 30 * 86400 WHERE id = 2";
    assert_named(&tampered(&bo, "later", later), "a showing is where its import put it");
    let deleted = "UPDATE inventory SET status = 'available', booking_id = NULL, hold_expires_at = NULL
           WHERE booking_id = (SELECT id FROM booking WHERE status = 'held');
         DELETE FROM booking_seat WHERE booking_id = (SELECT id FROM booking WHERE status = 'held');
         DELETE FROM booking WHERE status = 'held';";
    assert_named(&tampered(&bo, "deleted", deleted), "names a booking that exists");
    assert_named(&tampered(&bo, "float", "UPDATE shift SET float = 0"), "a shift is what the log opened");
    assert_named(&tampered(&bo, "triggers", "DROP TRIGGER event_refuses_update"), "its triggers are in place");
    let forged = "INSERT INTO staff (name, role, pin_hash, created_at)
         SELECT 'Eve', 'manager', pin_hash, created_at FROM staff WHERE name = 'Budi'";
    assert_named(&tampered(&bo, "forged", forged), "is the one the log added");
    let promoted = "UPDATE staff SET role = 'manager' WHERE name = 'Budi'";
    assert_named(&tampered(&bo, "promoted", promoted), "is the one the log added");
    let swapped = "UPDATE staff SET pin_hash = (SELECT pin_hash FROM staff WHERE name = 'Ayu') WHERE name = 'Budi'";
    assert_named(&tampered(&bo, "swapped", swapped), "PIN is the one the log recorded");
}

#[test]
fn the_replay_names_a_seat_flipped_to_available_under_a_paid_booking() {
    let (bo, code) = busy_counter();
    let flipped = "UPDATE inventory SET status = 'available', booking_id = NULL
         WHERE showing_id = 1 AND seat_id = (SELECT id FROM seat WHERE label = 'A1')";
    assert_said(
        &replay_names(&bo, "flipped", flipped),
        &format!("showing 1 seat A1 is available but the log leaves it occupied by booking {code}"),
    );
}

#[test]
fn the_replay_names_a_seat_taken_or_blocked_without_an_event() {
    let (bo, code) = busy_counter();
    let taken = format!(
        "UPDATE inventory SET status = 'occupied', booking_id = (SELECT id FROM booking WHERE code = '{code}')
         WHERE showing_id = 1 AND seat_id = (SELECT id FROM seat WHERE label = 'C1')"
    );
    assert_said(&replay_names(&bo, "taken", &taken), "showing 1 seat C1 is occupied by booking");
    let blocked = "UPDATE inventory SET status = 'blocked' WHERE showing_id = 2
         AND seat_id = (SELECT id FROM seat WHERE label = 'A4')";
    assert_said(&replay_names(&bo, "blocked", blocked), "showing 2 seat A4 is blocked but the log leaves it available");
}

#[test]
fn the_replay_names_a_booking_or_showing_whose_state_was_changed() {
    let (bo, code) = busy_counter();
    // A held booking quietly ended in every table at once, as a careful forger would.
    let ended = "UPDATE inventory SET status = 'available', booking_id = NULL, hold_expires_at = NULL
           WHERE booking_id = (SELECT id FROM booking WHERE status = 'held');
         UPDATE booking_seat SET state = 'released' WHERE booking_id = (SELECT id FROM booking WHERE status = 'held');
         UPDATE booking SET status = 'expired' WHERE status = 'held';";
    let details = replay_names(&bo, "ended", ended);
    assert_said(&details, "is expired but the log leaves it held");
    assert_said(&details, "seat B1 is available but the log leaves it reserved by booking");
    let refunded = format!("UPDATE booking SET status = 'refunded' WHERE code = '{code}'");
    assert_said(
        &replay_names(&bo, "refunded", &refunded),
        &format!("booking {code} is refunded but the log leaves it paid"),
    );
    let cancelled = "UPDATE showing SET status = 'cancelled' WHERE id = 2";
    assert_said(&replay_names(&bo, "cancelled", cancelled), "showing 2 is cancelled but the log leaves it open");
}

#[test]
fn the_replay_agrees_with_a_day_of_every_kind_of_change() {
    let mut bo = Boxoffice::jakarta();
    let refunded = bo.buy(1, &["A1", "A2", "A3"]);
    bo.json(&["refund", &refunded, "--seats", "A1", "--reason", "changed plans"]);
    let whole = bo.buy(1, &["B1"]);
    bo.json(&["refund", &whole, "--reason", "ill"]);
    let cancelled = bo.hold(1, &["C1"]);
    bo.json(&["cancel", &cancelled]);
    bo.hold(1, &["C2", "C3"]);
    bo.json(&["block", "2", "A1", "A2", "--reason", "house seats"]);
    bo.json(&["unblock", "2", "A2", "--reason", "not needed"]);
    bo.buy(2, &["B4"]);
    bo.json(&["cancel-showing", "2", "--reason", "projector broken"]);
    // Past the first showing's end: the tick expires the hold on C2, C3 and restocks it.
    bo.set_now("2026-11-24T22:00:00+07:00");
    bo.json(&["tick"]);
    let (code, report) = verify(bo.db(), None);
    assert_eq!(code, 0, "the replay of an honest day finds nothing: {report}");
}

fn seal_of_report(bo: &Boxoffice) -> String {
    let report = bo.json(&["report", "--date", "2026-11-24"]);
    format!("{}:{}", report["seal"]["event"], text(&report["seal"]["hash"]))
}

#[test]
fn a_seal_from_the_report_holds_and_a_rolled_back_copy_fails_it() {
    let bo = Boxoffice::jakarta();
    let earlier = bo.dir().join("earlier.db");
    std::fs::copy(bo.db(), &earlier).expect("a copy of the morning");
    bo.buy(1, &["A1", "A2"]);
    let seal = seal_of_report(&bo);
    let (code, report) = verify(bo.db(), Some(&seal));
    assert_eq!(code, 0, "{report}");
    let (code, report) = verify(&earlier, Some(&seal));
    assert_eq!(code, 1, "{report}");
    assert!(report.to_string().contains("rolled back"), "{report}");
}

#[test]
fn a_rewritten_and_rehashed_log_fails_the_seal() {
    let bo = Boxoffice::jakarta();
    bo.buy(1, &["A1", "A2"]);
    let seal = seal_of_report(&bo);
    let conn = Connection::open(bo.db()).expect("raw");
    conn.execute_batch(
        "DROP TRIGGER event_refuses_update;
         UPDATE event SET data = json_set(data, '$.payment', 'card') WHERE kind = 'sold';
         UPDATE booking SET payment = 'card';",
    )
    .expect("rewrite");
    // Recompute every hash, as anyone with the file can.
    let rows: Vec<StoredEvent> = conn
        .prepare("SELECT id, at, kind, showing_id, booking_id, staff, counter, approver, data FROM event ORDER BY id")
        .unwrap()
        .query_map([], |r| {
            Ok(StoredEvent {
                id: r.get(0)?,
                at: r.get(1)?,
                kind: r.get(2)?,
                showing: r.get(3)?,
                booking: r.get(4)?,
                staff: r.get(5)?,
                counter: r.get(6)?,
                approver: r.get(7)?,
                data: r.get(8)?,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = String::new();
    for row in rows {
        let hash = row.hash(&prev);
        conn.execute("UPDATE event SET prev_hash = ?2, hash = ?3 WHERE id = ?1", (row.id, &prev, &hash)).unwrap();
        prev = hash;
    }
    conn.execute_batch(
        "CREATE TRIGGER event_refuses_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(verify(bo.db(), None).0, 0, "without the paper the rewrite is consistent");
    let (code, report) = verify(bo.db(), Some(&seal));
    assert_eq!(code, 1, "{report}");
    assert!(report.to_string().contains("rewritten"), "{report}");
}

#[test]
fn a_closed_shift_report_prints_its_seal() {
    let bo = Boxoffice::jakarta();
    bo.json(&["shift", "open", "--float", "100000"]);
    bo.buy(1, &["A1"]);
    let closed = bo.json(&["shift", "close", "--counted", "150000"]);
    let seal = format!("{}:{}", closed["seal"]["event"], text(&closed["seal"]["hash"]));
    let paper = std::fs::read_to_string(text(&closed["report_file"])).expect("the shift report");
    assert!(paper.contains(&format!("seal {seal}")), "{paper}");
    assert_eq!(verify(bo.db(), Some(&seal)).0, 0);
}
