//! The storage backstops, checked by going around the engine with raw SQL: the partial unique
//! index that makes a double sale impossible to store, the append-only event log, migrations that
//! change nothing the second time, and a database file (and its WAL) private to its owner.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::os::unix::fs::PermissionsExt as _;

use boxoffice::engine::{Actor, Engine};
use boxoffice::store::{LATEST_VERSION, OpenMode, Store};
use common::{Boxoffice, SHOW_STARTS};
use rusqlite::{Connection, params};

/// The Jakarta venue with A1 held by a booking, and a raw connection to its file.
fn held_seat() -> (Boxoffice, Connection, i64, i64) {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS);
    bo.hold(show, &["A1"]);
    let conn = Connection::open(bo.db()).expect("open the database");
    let seat: i64 = conn
        .query_row(
            "SELECT st.id FROM seat st JOIN showing sh ON sh.auditorium_id = st.auditorium_id \
             WHERE sh.id = ?1 AND st.label = 'A1'",
            [show],
            |row| row.get(0),
        )
        .expect("seat A1");
    (bo, conn, show, seat)
}

/// A second booking of the showing, written by hand.
fn another_booking(conn: &Connection, show: i64, code: &str, status: &str) -> i64 {
    let paid = status == "paid";
    conn.execute(
        "INSERT INTO booking (code, showing_id, status, created_at, hold_expires_at, paid_at, payment, total) \
         VALUES (?1, ?2, ?3, 0, 0, ?4, ?5, ?6)",
        params![code, show, status, paid.then_some(0), paid.then_some("cash"), paid.then_some(50_000)],
    )
    .expect("add a booking by hand");
    conn.last_insert_rowid()
}

fn is_unique_violation(error: &rusqlite::Error) -> bool {
    error.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation)
        && error.to_string().contains("UNIQUE constraint failed: booking_seat.showing_id, booking_seat.seat_id")
}

#[test]
fn the_unique_index_refuses_a_second_live_hold_of_one_seat() {
    let (_bo, conn, show, seat) = held_seat();
    let other = another_booking(&conn, show, "ZZZZZZ", "held");
    let error = conn
        .execute(
            "INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (?1, ?2, ?3, 'held')",
            params![other, seat, show],
        )
        .expect_err("a second live hold of A1 must not be stored");
    assert!(is_unique_violation(&error), "{error}");
}

#[test]
fn the_unique_index_refuses_a_second_live_ticket_of_one_seat() {
    let (_bo, conn, show, seat) = held_seat();
    let other = another_booking(&conn, show, "ZZZZZZ", "paid");
    let error = conn
        .execute(
            "INSERT INTO booking_seat (booking_id, seat_id, showing_id, state, ticket_type, price) \
             VALUES (?1, ?2, ?3, 'sold', 'adult', 50000)",
            params![other, seat, show],
        )
        .expect_err("a ticket for a seat someone holds must not be stored");
    assert!(is_unique_violation(&error), "{error}");
}

#[test]
fn the_unique_index_leaves_ended_claims_and_other_showings_alone() {
    let (bo, conn, show, seat) = held_seat();
    // History is not a live claim: a released hold and a refunded ticket of the same seat are fine.
    let released = another_booking(&conn, show, "YYYYYY", "cancelled");
    conn.execute(
        "INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (?1, ?2, ?3, 'released')",
        params![released, seat, show],
    )
    .expect("a released claim is history");
    // The same seat of another showing is another seat of inventory.
    let tomorrow = bo.showing_starting("2026-11-25T19:00:00+07:00");
    let held = another_booking(&conn, tomorrow, "XXXXXX", "held");
    conn.execute(
        "INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (?1, ?2, ?3, 'held')",
        params![held, seat, tomorrow],
    )
    .expect("A1 of tomorrow's showing is free");
}

#[test]
fn the_event_log_refuses_update_and_delete() {
    let (_bo, conn, _, _) = held_seat();
    let count = || -> i64 { conn.query_row("SELECT count(*) FROM event", [], |row| row.get(0)).expect("count") };
    let before = count();
    assert!(before >= 2, "the import and the hold are on record");
    for sql in
        ["UPDATE event SET kind = 'sold'", "UPDATE event SET data = '{}' WHERE kind = 'held'", "DELETE FROM event"]
    {
        let error = conn.execute(sql, []).expect_err(sql);
        assert!(error.to_string().contains("append-only"), "{sql}: {error}");
    }
    assert_eq!(count(), before);
    conn.execute("INSERT INTO event (at, kind) VALUES (0, 'note')", []).expect("appending is allowed");
    assert_eq!(count(), before + 1);
}

/// The schema as SQLite keeps it, the schema version and the application id.
fn schema(path: &std::path::Path) -> (Vec<String>, i64, i64) {
    let conn = Connection::open(path).expect("open");
    let mut statement = conn
        .prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_schema ORDER BY type, name")
        .expect("prepare");
    let objects = statement.query_map([], |row| row.get(0)).expect("query").collect::<Result<_, _>>().expect("rows");
    let version = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).expect("user_version");
    let application = conn.query_row("PRAGMA application_id", [], |row| row.get(0)).expect("application_id");
    (objects, version, application)
}

#[test]
fn migrations_run_twice_change_nothing() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("twice.db");
    drop(Store::open(&path, OpenMode::Create).expect("create"));
    let first = schema(&path);
    assert_eq!(first.1, LATEST_VERSION);
    assert_eq!(first.2, 0x424F_584F, "the file is marked as boxoffice's");
    assert!(first.0.iter().any(|o| o.starts_with("index one_live_claim_per_seat")), "{:?}", first.0);
    assert!(first.0.iter().any(|o| o.starts_with("trigger event_refuses_delete")), "{:?}", first.0);

    drop(Store::open(&path, OpenMode::Create).expect("open again, may create"));
    drop(Store::open(&path, OpenMode::Existing).expect("open again"));
    assert_eq!(schema(&path), first);
}

#[test]
fn a_database_and_its_wal_are_private_to_their_owner() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("new").join("private.db");
    let mut engine = Engine::create(&path, Actor::counter("test")).expect("create");
    let file = boxoffice::domain::venue_file::parse(common::JAKARTA).expect("a valid venue");
    let now = chrono::DateTime::parse_from_rfc3339(common::BEFORE_SHOW).expect("a time").to_utc();
    engine.import(&file, now.date_naive(), 0, now).expect("import");
    // While the engine is open, the write-ahead log holds the latest writes: it must be as private.
    for suffix in ["", "-wal", "-shm"] {
        let file = dir.path().join("new").join(format!("private.db{suffix}"));
        let mode = std::fs::metadata(&file).expect("the file exists").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} has mode {mode:o}", file.display());
    }
    let conn = Connection::open(&path).expect("open");
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |row| row.get(0)).expect("journal_mode");
    assert_eq!(journal, "wal", "the database is in WAL mode for every connection");
}

#[test]
fn a_database_made_by_init_is_private_to_its_owner() {
    let bo = Boxoffice::empty();
    bo.json(&["init", "--training"]);
    let mode = std::fs::metadata(bo.db()).expect("created").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
}
