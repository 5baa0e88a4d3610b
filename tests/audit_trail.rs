//! The audit trail: every event says who, where, when and who approved; the chain of hashes
//! shows any row edited or deleted behind the triggers' back; the schema upgrade chains the
//! events that existed before; the database file is private to its owner.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod engine_support;

use boxoffice::domain::{EventId, PaymentMethod};
use boxoffice::engine::{Actor, Engine};
use engine_support::{Theater, morning, seats};
use rusqlite::Connection;

/// A theater with a few transitions recorded.
fn busy_theater() -> Theater {
    let mut theater = Theater::new();
    let (showing, _) = theater.later_showing(morning());
    let hold = theater.engine.hold(showing, &seats("D4,D5"), None, morning()).expect("hold");
    theater.engine.sell(&hold.booking, PaymentMethod::Qris, None, morning()).expect("sell");
    let other = theater.engine.hold(showing, &seats("E1"), None, morning()).expect("hold");
    theater.engine.cancel(&other.booking, morning()).expect("cancel");
    theater
}

fn raw(theater: &Theater) -> Connection {
    Connection::open(theater.db()).expect("raw connection")
}

fn breaches(theater: &Theater) -> Vec<String> {
    let mut engine = Engine::open(&theater.db(), Actor::counter("auditor")).expect("open");
    engine.verify().expect("verify").into_iter().flat_map(|breach| breach.details).collect()
}

#[test]
fn every_event_says_who_where_and_when() {
    let mut theater = busy_theater();
    let events = theater.engine.events(EventId(0), 100).expect("events");
    assert!(events.len() >= 4);
    for event in events {
        assert_eq!(event.counter.as_deref(), Some("counter-1"), "{event:?}");
        assert_eq!(event.at, morning());
        assert_eq!(event.hash.as_deref().map(str::len), Some(64), "{event:?}");
    }
}

#[test]
fn the_triggers_refuse_changes_to_the_event_log() {
    let theater = busy_theater();
    let conn = raw(&theater);
    assert!(conn.execute("UPDATE event SET kind = 'nothing'", []).is_err());
    assert!(conn.execute("DELETE FROM event", []).is_err());
}

#[test]
fn an_event_edited_around_the_triggers_is_named_by_verify() {
    let theater = busy_theater();
    assert!(breaches(&theater).is_empty());
    let conn = raw(&theater);
    let sold: i64 =
        conn.query_row("SELECT id FROM event WHERE kind = 'sold'", [], |row| row.get(0)).expect("sold event");
    conn.execute_batch("DROP TRIGGER event_refuses_update").expect("drop trigger");
    conn.execute("UPDATE event SET counter = 'elsewhere' WHERE id = ?1", [sold]).expect("tamper");
    drop(conn);
    let found = breaches(&theater);
    assert!(found.iter().any(|b| b.contains(&format!("event {sold} (sold) was altered"))), "{found:?}");
}

#[test]
fn an_event_deleted_around_the_triggers_is_named_by_verify() {
    let theater = busy_theater();
    let conn = raw(&theater);
    conn.execute_batch("DROP TRIGGER event_refuses_delete; DELETE FROM event WHERE id = 2").expect("tamper");
    drop(conn);
    let found = breaches(&theater);
    assert!(found.iter().any(|b| b.contains("event 2 is missing")), "{found:?}");
}

#[test]
fn deleting_the_last_events_is_noticed_too() {
    let theater = busy_theater();
    let conn = raw(&theater);
    let last: i64 = conn.query_row("SELECT max(id) FROM event", [], |row| row.get(0)).expect("last");
    conn.execute_batch("DROP TRIGGER event_refuses_delete").expect("drop trigger");
    conn.execute("DELETE FROM event WHERE id = ?1", [last]).expect("tamper");
    drop(conn);
    let found = breaches(&theater);
    assert!(found.iter().any(|b| b.contains("the last ones were deleted")), "{found:?}");
}

#[test]
fn upgrading_from_version_one_chains_the_existing_events() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.db");
    {
        let conn = Connection::open(&path).expect("create");
        conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql")).expect("version 1 schema");
        conn.execute_batch(
            "PRAGMA user_version = 1; PRAGMA application_id = 1112496207;
             INSERT INTO event (at, kind, data) VALUES (1, 'imported', '{}'), (2, 'imported', '{\"again\":true}');",
        )
        .expect("old events");
    }
    let mut engine = Engine::open(&path, Actor::counter("c")).expect("upgrade");
    let events = engine.events(EventId(0), 10).expect("events");
    assert_eq!(events.len(), 2);
    assert!(events.iter().all(|e| e.hash.is_some()));
    assert!(engine.verify().expect("verify").is_empty());
    let conn = Connection::open(&path).expect("raw");
    assert!(conn.execute("DELETE FROM event", []).is_err(), "the triggers are back after the upgrade");
}

#[cfg(unix)]
#[test]
fn the_database_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let theater = Theater::new();
    let mode = std::fs::metadata(theater.db()).expect("metadata").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}
