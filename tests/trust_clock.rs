//! A fixed clock is a training tool: `--now` and `BOXOFFICE_NOW` work only on a training
//! database, and a real database records time in order whatever the computer's clock says.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use boxoffice::domain::EventId;
use boxoffice::engine::{Actor, Engine, EngineError};
use boxoffice::store::LATEST_VERSION;
use chrono::Duration;
use common::{Boxoffice, JAKARTA};
use rusqlite::Connection;

/// A real database (made without `--now`) with the Jakarta venue, whose showings are in the past.
fn real_database() -> Boxoffice {
    let bo = Boxoffice::empty();
    assert_eq!(bo.run_on_system_clock(&["init"]).code, 0);
    let venue = bo.write_file("venue.toml", JAKARTA);
    let run = bo.run_on_system_clock(&["--json", "import", venue.to_str().expect("utf-8")]);
    assert_eq!(run.code, 0, "{run:#?}");
    bo
}

fn event_count(bo: &Boxoffice) -> usize {
    bo.run_on_system_clock(&["events"]).stdout.lines().count()
}

#[test]
fn a_fixed_clock_is_refused_on_a_real_database_and_changes_nothing() {
    let bo = real_database();
    let before = event_count(&bo);
    for args in [&["tick"][..], &["showings", "--all"], &["hold", "1", "A1"], &["verify"], &["tui"]] {
        let line = bo.refused(args, 2);
        assert!(line.contains("training database"), "{args:?}: {line}");
    }
    let run = bo.command_on_system_clock().env("BOXOFFICE_NOW", "2099-01-01T00:00:00Z").arg("tick").output();
    let run = common::Run::from(run.expect("run boxoffice"));
    assert!(run.refused(2).contains("BOXOFFICE_NOW"), "{run:#?}");
    assert_eq!(event_count(&bo), before, "a refused clock restocked or expired nothing");
}

#[test]
fn a_training_database_keeps_its_fixed_clock_and_says_training_on_its_reports() {
    let bo = Boxoffice::jakarta();
    let table = bo.ok(&["report", "--date", "2026-11-24"]);
    assert!(table.starts_with("TRAINING"), "{table}");
    let json = bo.json(&["report", "--date", "2026-11-24"]);
    assert_eq!(json["training"], true);
    let csv = bo.ok(&["report", "--date", "2026-11-24", "--format", "csv"]);
    assert!(csv.contains("TRAINING"), "{csv}");
}

#[test]
fn a_database_with_real_records_cannot_become_a_training_one() {
    let bo = real_database();
    let line = bo.refused(&["init", "--training"], 2);
    assert!(line.contains("real records"), "{line}");
    assert_eq!(bo.run_on_system_clock(&["--json", "init"]).code, 0, "still a real database");
}

#[test]
fn recorded_time_never_runs_backwards_in_a_real_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut engine = Engine::create(&dir.path().join("real.db"), Actor::counter("c1")).expect("open");
    assert!(!engine.is_training());
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T11:00:00+07:00").expect("valid").to_utc();
    engine.install_demo(now).expect("demo");
    let show = engine.showings(None, now).expect("showings").showings[3].0.showing.id;
    let seats = boxoffice::domain::SeatLabel::parse_list(["A1"]).expect("seats");
    let hold = engine.hold(show, &seats, None, now).expect("hold");
    // The clock is set back an hour before the cancel.
    engine.cancel(&hold.booking, now - Duration::hours(1)).expect("cancel");
    let events = engine.events(EventId(0), 1000).expect("events");
    assert!(events.windows(2).all(|pair| pair[0].at <= pair[1].at), "{events:#?}");
    assert!(engine.verify().expect("verify").is_empty());
}

#[test]
fn upgrading_from_version_two_gives_a_real_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("v2.db");
    {
        let conn = Connection::open(&path).expect("create");
        conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql")).expect("version 1");
        conn.execute_batch(include_str!("../src/store/migrations/002_staff_shifts_audit.sql")).expect("version 2");
        conn.execute_batch(
            "CREATE TRIGGER event_refuses_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'append-only'); END;
             CREATE TRIGGER event_refuses_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'append-only'); END;
             PRAGMA user_version = 2; PRAGMA application_id = 1112496207;",
        )
        .expect("a version 2 database");
    }
    let mut engine = Engine::open(&path, Actor::counter("c")).expect("upgrade");
    assert!(!engine.is_training(), "an upgraded database holds real takings");
    assert!(engine.verify().expect("verify").is_empty());
    let version: i64 = Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, LATEST_VERSION);
}

#[test]
fn a_database_one_version_newer_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("new.db");
    drop(Engine::create(&path, Actor::counter("c")).expect("create"));
    Connection::open(&path).unwrap().pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    match Engine::open(&path, Actor::counter("c")) {
        Err(error @ EngineError::BadDatabase(_)) => assert!(error.to_string().contains("newer"), "{error}"),
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
}
