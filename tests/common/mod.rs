//! Shared helpers of the integration tests: [`Boxoffice`] runs the real binary on a temporary
//! database at a fixed time and checks the command-line contract on every failure (exit code,
//! exactly one line on stderr, never a panic); the venue files the tests import; small time
//! helpers; and a replay of the event feed that checks no seat was ever held or sold twice.
#![expect(dead_code, reason = "each test file uses its own part of the helpers")]

#[path = "../postgres_support/mod.rs"]
pub mod postgres_support;
pub mod replay;
pub mod workers;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Duration, FixedOffset, SecondsFormat};
use serde_json::Value;
use tempfile::TempDir;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_boxoffice");

/// An hour before the first showing of [`JAKARTA`], in the venue's own offset.
pub const BEFORE_SHOW: &str = "2026-11-24T18:00:00+07:00";
/// The start of the first showing of [`JAKARTA`].
pub const SHOW_STARTS: &str = "2026-11-24T19:00:00+07:00";

/// A small Jakarta venue (IDR, no minor unit) with one auditorium and two showings of a 125-minute
/// film: 24 Nov 19:00 (sales close 19:20, ends 21:05, finished 21:20) and 25 Nov 19:00.
/// Row D: D1 wheelchair, D2 companion, D3 out of service, D4 companion, D5 wheelchair.
pub const JAKARTA: &str = r#"[venue]
name = "Bioskop Uji"
timezone = "Asia/Jakarta"
currency = "IDR"
currency_decimals = 0
hold_minutes = 10
sales_close_minutes = 20
cleanup_minutes = 15

[[auditorium]]
name = "Studio 1"
rows = """
A ssss.ssss
B ssss.ssss
C pppp.pppp
D wc..x..cw
"""

[[film]]
title = "Laskar Pelangi"
runtime_minutes = 125
rating = "SU"

[[price_list]]
name = "regular"
adult = { standard = 50000, premium = 75000 }
child = { standard = 35000, premium = 60000 }

[[showing]]
film = "Laskar Pelangi"
auditorium = "Studio 1"
starts_at = "2026-11-24 19:00"
price_list = "regular"

[[showing]]
film = "Laskar Pelangi"
auditorium = "Studio 1"
starts_at = "2026-11-25 19:00"
price_list = "regular"
"#;

/// A Berlin venue in euros (2 decimals) with one showing on 15 Jan 2026 20:00 (+01:00) and one
/// on 15 Jul 2026 20:00 (+02:00, summer time).
pub const BERLIN_EUR: &str = r#"[venue]
name = "Kino Test"
timezone = "Europe/Berlin"
currency = "EUR"
currency_decimals = 2
hold_minutes = 10
sales_close_minutes = 15
cleanup_minutes = 10

[[auditorium]]
name = "Saal 1"
rows = """
A ssssss
B pppppp
"""

[[film]]
title = "Der Test"
runtime_minutes = 100

[[price_list]]
name = "normal"
erwachsene = { standard = 1250, premium = 1575 }
kind = { standard = 899, premium = 1099 }

[[showing]]
film = "Der Test"
auditorium = "Saal 1"
starts_at = "2026-01-15 20:00"
price_list = "normal"

[[showing]]
film = "Der Test"
auditorium = "Saal 1"
starts_at = "2026-07-15 20:00"
price_list = "normal"
"#;

/// `base` (RFC 3339) moved by `seconds`, written with the same offset.
pub fn seconds_after(base: &str, seconds: i64) -> String {
    let at: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(base).expect("a valid RFC 3339 time");
    (at + Duration::seconds(seconds)).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// `base` (RFC 3339) moved by `minutes`, written with the same offset.
pub fn minutes_after(base: &str, minutes: i64) -> String {
    seconds_after(base, minutes * 60)
}

/// What one run of the binary did.
#[derive(Debug, Clone)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Self {
        Self {
            code: output.status.code().expect("boxoffice exits rather than dying by a signal"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

impl Run {
    /// Asserts the contract of a refusal: `code`, nothing half-printed on stdout, exactly one
    /// line on stderr, and no panic or backtrace. Returns that line.
    pub fn refused(&self, code: i32) -> &str {
        assert_eq!(self.code, code, "expected exit {code}: {self:#?}");
        assert_one_clean_line(&self.stderr);
        assert!(self.stdout.is_empty(), "a refusal prints nothing on stdout: {self:#?}");
        self.stderr.trim_end()
    }
}

/// Exactly one non-empty line, no panic, no backtrace hint.
pub fn assert_one_clean_line(stderr: &str) {
    assert!(!stderr.contains("panicked"), "a panic reached the user: {stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "a backtrace hint reached the user: {stderr}");
    let line = stderr.strip_suffix('\n').unwrap_or(stderr);
    assert!(!line.trim().is_empty(), "an error must say something on stderr");
    assert!(!line.contains('\n'), "an error is exactly one line, got:\n{stderr}");
}

/// Which backend the tests of this thread run on; [`both_backends!`] sets it per test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

thread_local! {
    static BACKEND: std::cell::Cell<Backend> = const { std::cell::Cell::new(Backend::Sqlite) };
}

/// The backend of this thread's test.
pub fn backend() -> Backend {
    BACKEND.get()
}

/// Runs one test body on `backend`.
pub fn on(backend: Backend, body: fn()) {
    BACKEND.set(backend);
    body();
}

/// A new database location on this thread's backend: a file path in `dir` (not created yet), or
/// a fresh, empty database on the test binary's shared PostgreSQL server.
pub fn database_in(dir: &Path, file: &str) -> PathBuf {
    match backend() {
        Backend::Sqlite => dir.join(file),
        Backend::Postgres => PathBuf::from(postgres_support::Server::shared().fresh_database()),
    }
}

/// One `#[test]` per backend for each named body: `both_backends!(a, b)` makes `sqlite::a`,
/// `postgres::a`, `sqlite::b`, `postgres::b`, each running the one body `a` or `b`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                $crate::common::on($crate::common::Backend::Sqlite, super::$name);
            })+
        }
        mod postgres {
            $(#[test]
            fn $name() {
                $crate::common::on($crate::common::Backend::Postgres, super::$name);
            })+
        }
    };
}

/// The binary on one temporary database, at a fixed time set with [`Boxoffice::set_now`].
pub struct Boxoffice {
    dir: TempDir,
    db: PathBuf,
    now: String,
}

impl Boxoffice {
    /// A temporary folder and a database on this thread's backend: a path in the folder, or
    /// an empty database on the shared PostgreSQL server; no schema yet.
    pub fn empty() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = database_in(dir.path(), "boxoffice.db");
        Self { dir, db, now: BEFORE_SHOW.to_owned() }
    }

    /// The binary on the database at `db` (a file path or a server's URL), not created yet.
    pub fn at(db: &str) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        Self { dir, db: PathBuf::from(db), now: BEFORE_SHOW.to_owned() }
    }

    /// A training database (so the fixed clock is honoured) created with `init --training` and
    /// loaded with `venue`, at [`BEFORE_SHOW`].
    pub fn with_venue(venue: &str) -> Self {
        let bo = Self::empty();
        bo.json(&["init", "--training"]);
        let file = bo.write_file("venue.toml", venue);
        bo.json(&["import", file.to_str().expect("utf-8 path")]);
        bo
    }

    /// The small Jakarta venue of [`JAKARTA`].
    pub fn jakarta() -> Self {
        Self::with_venue(JAKARTA)
    }

    /// The Jakarta venue and the id of its first showing (24 Nov 19:00).
    pub fn jakarta_first_showing() -> (Self, i64) {
        let bo = Self::jakarta();
        let show = bo.showing_starting(SHOW_STARTS);
        (bo, show)
    }

    /// Runs SQL on the database around the program (to plant what no command does), on
    /// either backend.
    pub fn raw_sql(&self, sql: &str) {
        let db = self.db.to_str().expect("a UTF-8 location");
        if db.starts_with("postgres://") {
            let mut client = ::postgres::Client::connect(db, ::postgres::NoTls).expect("connect to the database");
            client.batch_execute(sql).expect("run the SQL");
        } else {
            rusqlite::Connection::open(db).and_then(|conn| conn.execute_batch(sql)).expect("run the SQL");
        }
    }

    pub fn set_now(&mut self, now: &str) {
        now.clone_into(&mut self.now);
    }

    pub fn now(&self) -> &str {
        &self.now
    }

    pub fn db(&self) -> &Path {
        &self.db
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file into the temporary folder and returns its path.
    pub fn write_file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write a test file");
        path
    }

    /// The command with `--db`, `--now` and a fixed counter name, and no inherited settings.
    pub fn command(&self) -> Command {
        let mut command = self.command_on_system_clock();
        command.arg("--now").arg(&self.now);
        command
    }

    /// The command with `--db` and a fixed counter name but no `--now`: how a real database runs.
    pub fn command_on_system_clock(&self) -> Command {
        let mut command = Command::new(BIN);
        for var in ["BOXOFFICE_DB", "BOXOFFICE_NOW", "BOXOFFICE_STAFF", "BOXOFFICE_COUNTER", "RUST_BACKTRACE"] {
            command.env_remove(var);
        }
        command.arg("--db").arg(&self.db).arg("--counter").arg("counter-1");
        command
    }

    /// Runs the binary with `args` on the system clock (see [`Boxoffice::command_on_system_clock`]).
    pub fn run_on_system_clock(&self, args: &[&str]) -> Run {
        Run::from(self.command_on_system_clock().args(args).output().expect("run boxoffice"))
    }

    /// Runs the binary with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command().args(args).output().expect("run boxoffice"))
    }

    /// Runs with `--json` (given before the command, so that `--` in `args` cannot swallow it);
    /// asserts success and returns the one JSON document on stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let run = self.run(&[&["--json"], args].concat());
        assert_eq!(run.code, 0, "{args:?} should succeed: {run:#?}");
        assert!(run.stderr.is_empty(), "{args:?} succeeded but wrote to stderr: {run:#?}");
        serde_json::from_str(run.stdout.trim_end())
            .unwrap_or_else(|e| panic!("{args:?}: not one JSON document ({e}): {run:#?}"))
    }

    /// Runs without `--json`; asserts success and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "{args:?} should succeed: {run:#?}");
        run.stdout
    }

    /// Runs without `--json` and asserts a refusal with `code` (see [`Run::refused`]); returns the
    /// stderr line.
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        self.run(args).refused(code).to_owned()
    }

    /// Runs with `--json` and asserts a refusal with `code`; returns the error object from stderr.
    pub fn refused_json(&self, args: &[&str], code: i32) -> Value {
        let run = self.run(&[&["--json"], args].concat());
        let line = run.refused(code);
        let error: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{args:?}: stderr is not JSON ({e}): {line}"));
        assert!(error["error"].is_string(), "an error object names its kind: {error}");
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()), "an error object has a message: {error}");
        error
    }

    /// Holds seats and returns the booking code.
    pub fn hold(&self, showing: i64, seats: &[&str]) -> String {
        let showing = showing.to_string();
        let answer = self.json(&[&["hold", showing.as_str()], seats].concat());
        answer["booking"].as_str().expect("a booking code").to_owned()
    }

    /// Holds and pays seats (default ticket type, cash); returns the booking code.
    pub fn buy(&self, showing: i64, seats: &[&str]) -> String {
        let code = self.hold(showing, seats);
        self.json(&["sell", &code, "--payment", "cash"]);
        code
    }

    /// Every seat of a showing: label → status (as the map shows it now).
    pub fn statuses(&self, showing: i64) -> BTreeMap<String, String> {
        let map = self.json(&["seats", &showing.to_string()]);
        map["seats"]
            .as_array()
            .expect("a seat list")
            .iter()
            .map(|seat| (text(&seat["label"]), text(&seat["status"])))
            .collect()
    }

    /// One seat of the seat map.
    pub fn seat(&self, showing: i64, label: &str) -> Value {
        let map = self.json(&["seats", &showing.to_string()]);
        map["seats"]
            .as_array()
            .expect("a seat list")
            .iter()
            .find(|seat| seat["label"] == label)
            .unwrap_or_else(|| panic!("no seat {label} in {map}"))
            .clone()
    }

    /// The status of one seat now.
    pub fn status(&self, showing: i64, label: &str) -> String {
        text(&self.seat(showing, label)["status"])
    }

    /// A booking as `boxoffice booking CODE --json` shows it.
    pub fn booking(&self, code: &str) -> Value {
        self.json(&["booking", code])
    }

    /// Every event, oldest first.
    pub fn events(&self) -> Vec<Value> {
        self.events_since(0)
    }

    /// The events after `since`, oldest first.
    pub fn events_since(&self, since: i64) -> Vec<Value> {
        let out = self.ok(&["events", "--since", &since.to_string()]);
        out.lines().map(|line| serde_json::from_str(line).expect("each event is a JSON line")).collect()
    }

    /// The kinds of the events after `since`, in order.
    pub fn event_kinds_since(&self, since: i64) -> Vec<String> {
        self.events_since(since).iter().map(|event| text(&event["kind"])).collect()
    }

    /// The id of the latest event (0 when there is none).
    pub fn last_event_id(&self) -> i64 {
        self.events().last().map_or(0, |event| event["id"].as_i64().expect("an event id"))
    }

    /// `showings --all --json`: the whole catalogue with seat counts, for before/after comparisons.
    pub fn all_showings(&self) -> Value {
        self.json(&["showings", "--all"])
    }

    /// The id of the showing starting at `starts_at` (RFC 3339 with the venue's offset).
    pub fn showing_starting(&self, starts_at: &str) -> i64 {
        let all = self.all_showings();
        all.as_array()
            .expect("a showing list")
            .iter()
            .find(|show| show["starts_at"] == starts_at)
            .and_then(|show| show["id"].as_i64())
            .unwrap_or_else(|| panic!("no showing starts at {starts_at}: {all}"))
    }

    /// `verify` must pass.
    pub fn assert_verified(&self) {
        let report = self.json(&["verify"]);
        assert_eq!(report["ok"], true, "verify found breaches: {report}");
    }
}

/// A JSON string value as an owned string (panics on anything else).
pub fn text(value: &Value) -> String {
    value.as_str().unwrap_or_else(|| panic!("expected a string, got {value}")).to_owned()
}

/// The keys of a JSON object, sorted.
pub fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().expect("a JSON object").keys().cloned().collect();
    keys.sort();
    keys
}

/// A list of JSON strings as owned strings.
pub fn strings(value: &Value) -> Vec<String> {
    value.as_array().unwrap_or_else(|| panic!("expected a list, got {value}")).iter().map(text).collect()
}

/// Asserts that every key of `expected` is present (fields may be added, never renamed).
pub fn assert_has_keys(value: &Value, expected: &[&str]) {
    let present = keys(value);
    for key in expected {
        assert!(present.iter().any(|k| k == key), "missing {key:?} in {value}");
    }
}
