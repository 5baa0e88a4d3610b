//! Bad input through the binary: each refusal has its exit code (2 bad input or usage, 4 not
//! found, 1 a database it must not touch), exactly one line on stderr (one JSON object with
//! `--json`), never a panic, and changes nothing.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use std::path::Path;

use common::{BEFORE_SHOW, Boxoffice, JAKARTA, SHOW_STARTS};

fn setup() -> (Boxoffice, String) {
    let bo = Boxoffice::jakarta();
    let show = bo.showing_starting(SHOW_STARTS).to_string();
    (bo, show)
}

/// Asserts the refusal with `code`, in human text and in JSON (with the given kind), and that
/// nothing was written.
fn refused(bo: &Boxoffice, args: &[&str], code: i32, kind: &str) {
    let events = bo.events();
    let line = bo.refused(args, code);
    assert!(line.starts_with("boxoffice: "), "{args:?}: {line}");
    assert!(line.len() < 400, "{args:?}: the message does not echo hostile input back: {line}");
    let error = bo.refused_json(args, code);
    assert_eq!(error["error"], kind, "{args:?}: {error}");
    assert_eq!(bo.events(), events, "{args:?} wrote something");
}

#[test]
fn an_unknown_showing_or_booking_is_not_found() {
    let (bo, _) = setup();
    refused(&bo, &["hold", "999", "A1"], 4, "not_found");
    refused(&bo, &["seats", "999"], 4, "not_found");
    for args in [
        &["sell", "K7QM3X", "--payment", "cash"][..],
        &["cancel", "K7QM3X"],
        &["refund", "K7QM3X", "--reason", "x"],
        &["booking", "K7QM3X"],
    ] {
        refused(&bo, args, 4, "not_found");
    }
}

#[test]
fn a_malformed_booking_code_is_bad_input() {
    let (bo, _) = setup();
    for code in ["K7QM30", "K7QM3", "K7QM3XY", "'; DROP TABLE booking; --", " ", "ÄÖÜÄÖÜ"] {
        refused(&bo, &["booking", code], 2, "bad_input");
        refused(&bo, &["sell", code, "--payment", "cash"], 2, "bad_input");
        refused(&bo, &["cancel", code], 2, "bad_input");
        refused(&bo, &["refund", code, "--reason", "x"], 2, "bad_input");
    }
}

#[test]
fn bad_or_hostile_seat_labels_are_bad_input() {
    let (bo, show) = setup();
    let long = "A".repeat(10_000);
    for seat in ["", "B0", "ÄÖ", "A1;DROP TABLE seat", long.as_str(), "Z99", "A99", "D6", "A1,a1", ",,", "--db=/tmp/x"]
    {
        refused(&bo, &["hold", &show, "--", seat], 2, "bad_input");
    }
    refused(&bo, &["hold", &show, "A1", "--", "-A2"], 2, "bad_input");
    let too_many: Vec<String> = (1..=61).map(|n| format!("A{n}")).collect();
    let args: Vec<&str> = ["hold", show.as_str()].into_iter().chain(too_many.iter().map(String::as_str)).collect();
    refused(&bo, &args, 2, "bad_input");
    for args in [&["hold", show.as_str(), "-A1"][..], &["hold", show.as_str()], &["hold", "A1"]] {
        refused(&bo, args, 2, "usage");
    }
    for (label, status) in bo.statuses(show.parse().expect("a number")) {
        assert_ne!(status, "reserved", "{label} was held by a refused command");
    }
    bo.assert_verified();
}

#[test]
fn a_hold_length_must_be_positive_and_sensible() {
    let (bo, show) = setup();
    for length in ["-5m", "0m", "0", "-1", "25h", "10x", "", "9999999999m"] {
        refused(&bo, &["hold", &show, "A1", "--for", length], 2, "bad_input");
    }
}

#[test]
fn a_sale_needs_a_known_payment_method_and_ticket_types() {
    let (bo, show) = setup();
    let code = bo.hold(show.parse().expect("a number"), &["A1", "A2"]);
    for payment in ["paypal", "", "cash;card"] {
        refused(&bo, &["sell", &code, "--payment", payment], 2, "bad_input");
    }
    refused(&bo, &["sell", &code], 2, "usage");
    refused(&bo, &["sell", &code, "--payment", "cash", "--types", "senior"], 2, "bad_input");
    refused(&bo, &["sell", &code, "--payment", "cash", "--types", "adult,child,adult"], 2, "bad_input");
    refused(&bo, &["sell", &code, "--payment", "cash", "--types", "adult;drop"], 2, "bad_input");
    assert_eq!(bo.booking(&code)["status"], "held");
}

#[test]
fn a_refund_needs_a_reason_and_no_more_money_than_was_paid() {
    let (bo, show) = setup();
    let code = bo.buy(show.parse().expect("a number"), &["A1", "A2"]);
    let long_reason = "x".repeat(201);
    for args in [
        &["refund", code.as_str()][..],
        &["refund", &code, "--reason", ""],
        &["refund", &code, "--reason", "   "],
        &["refund", &code, "--reason", "two\nlines"],
        &["refund", &code, "--reason", &long_reason],
        &["refund", &code, "--reason", "x", "--amount", "100001"],
        &["refund", &code, "--reason", "x", "--amount", "-5"],
        &["refund", &code, "--reason", "x", "--amount", "lots"],
        &["refund", &code, "--reason", "x", "--seats", "A1", "--amount", "50001"],
        &["refund", &code, "--reason", "x", "--seats", "B1"],
        &["refund", &code, "--reason", "x", "--seats", "A1,A1"],
        &["refund", &code, "--reason", "x", "--seats", "B0"],
    ] {
        refused(&bo, args, 2, "bad_input");
    }
    assert_eq!(bo.booking(&code)["status"], "paid");
}

#[test]
fn a_refund_naming_no_seats_refunds_nothing() {
    // An empty --seats (say, an unset shell variable) must not turn into "every seat".
    let (bo, show) = setup();
    let code = bo.buy(show.parse().expect("a number"), &["A1", "A2"]);
    for seats in ["", ",", " "] {
        refused(&bo, &["refund", &code, "--seats", seats, "--reason", "x"], 2, "bad_input");
    }
    assert_eq!(bo.booking(&code)["status"], "paid");
    assert_eq!(bo.status(show.parse().expect("a number"), "A1"), "occupied");
}

#[test]
fn unknown_options_commands_and_values_are_usage_errors() {
    let (bo, show) = setup();
    refused(&bo, &["hold", &show, "A1", "--frobnicate"], 2, "usage");
    refused(&bo, &["frobnicate"], 2, "usage");
    refused(&bo, &["seats", "one"], 2, "usage");
    refused(&bo, &["showings", "--date", "2026-02-30"], 2, "bad_input");
    refused(&bo, &["events", "--since", "-1"], 2, "usage");
    let run = bo.command().args(["--now", "yesterday", "tick"]).output().expect("run");
    assert_eq!(run.status.code(), Some(2));
    common::assert_one_clean_line(&String::from_utf8_lossy(&run.stderr));
}

/// A 64-bit FNV-1a digest: enough to tell a changed byte, short enough to print.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Asserts that every command refuses the file at `db` with exit 1 and `message`, and that the
/// folder around it is left exactly as it was, byte for byte.
fn refuses_to_touch(db: &Path, message: &str) {
    let folder = db.parent().expect("a folder");
    let snapshot = || -> Vec<(String, u64, u64)> {
        let mut files: Vec<(String, u64, u64)> = std::fs::read_dir(folder)
            .expect("read the folder")
            .map(|entry| {
                let path = entry.expect("an entry").path();
                let bytes = if path.is_file() { std::fs::read(&path).expect("read") } else { Vec::new() };
                (path.file_name().expect("a name").to_string_lossy().into_owned(), bytes.len() as u64, fnv(&bytes))
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot();
    let venue = folder.join("import-me.toml");
    std::fs::write(&venue, JAKARTA).expect("write the venue file");
    let before_with_venue = snapshot();
    let venue = venue.to_str().expect("utf-8 path");
    for args in [
        &["verify"][..],
        &["init"],
        &["init", "--demo"],
        &["import", venue],
        &["showings", "--all"],
        &["hold", "1", "A1"],
        &["tick"],
        &["events"],
    ] {
        let mut command = std::process::Command::new(common::BIN);
        command.env_remove("BOXOFFICE_DB").env_remove("RUST_BACKTRACE");
        command.arg("--db").arg(db).args(["--now", BEFORE_SHOW]).args(args);
        let output = command.output().expect("run boxoffice");
        let run = common::Run {
            code: output.status.code().expect("an exit code"),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        let line = run.refused(1);
        assert!(line.contains(message), "{args:?}: {line}");
        let json = command.arg("--json").output().expect("run boxoffice");
        let error: serde_json::Value = serde_json::from_slice(&json.stderr).expect("a JSON error");
        assert_eq!(error["error"], "bad_database", "{args:?}: {error}");
        assert_eq!(snapshot(), before_with_venue, "{args:?} changed the files");
    }
    std::fs::remove_file(folder.join("import-me.toml")).expect("remove the venue file");
    assert_eq!(snapshot(), before);
}

#[test]
fn a_garbage_file_is_not_a_boxoffice_database_and_is_left_alone() {
    let dir = tempfile::tempdir().expect("a folder");
    #[expect(clippy::cast_possible_truncation, reason = "keeping the low byte is the point")]
    let mut garbage: Vec<u8> = (0..4096_u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    garbage[..6].copy_from_slice(b"garbag");
    let db = dir.path().join("garbage.db");
    std::fs::write(&db, &garbage).expect("write garbage");
    refuses_to_touch(&db, "not a boxoffice database");

    let db = dir.path().join("notes.txt");
    std::fs::write(&db, "shopping list: popcorn\n").expect("write a text file");
    refuses_to_touch(&db, "not a boxoffice database");
}

#[test]
fn a_foreign_sqlite_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&db).expect("create a foreign database");
    conn.execute_batch("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE booking (id INTEGER);")
        .expect("its own tables");
    drop(conn);
    refuses_to_touch(&db, "not a boxoffice database");
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_alone() {
    let bo = Boxoffice::jakarta();
    let conn = rusqlite::Connection::open(bo.db()).expect("open the database");
    conn.pragma_update(None, "user_version", 99).expect("pretend a newer version wrote it");
    drop(conn);
    refuses_to_touch(bo.db(), "newer boxoffice");
    let run = bo.run(&["verify"]);
    assert!(run.stderr.contains("upgrade"), "the message says what to do: {run:#?}");
}

#[test]
fn a_missing_database_is_named_and_not_created() {
    let bo = Boxoffice::empty();
    for args in [&["verify"][..], &["showings"], &["hold", "1", "A1"], &["tick"], &["booking", "K7QM3X"]] {
        let line = bo.refused(args, 4);
        assert!(line.contains("no database") && line.contains("boxoffice init"), "{args:?}: {line}");
        let error = bo.refused_json(args, 4);
        assert_eq!(error["error"], "no_database");
        assert!(!bo.db().exists(), "{args:?} created the database");
    }
    assert_eq!(std::fs::read_dir(bo.dir()).expect("read the folder").count(), 0, "nothing was created");
}

#[test]
fn commands_before_any_venue_say_to_import_one() {
    let bo = Boxoffice::empty();
    bo.json(&["init", "--training"]);
    let line = bo.refused(&["hold", "1", "A1"], 2);
    assert!(line.contains("import"), "{line}");
    // The screen does not open on a database with nothing to sell: it says what to do instead.
    let line = bo.refused(&["tui"], 2);
    assert!(line.contains("no venue") && line.contains("import"), "{line}");
    bo.assert_verified();
}

#[test]
fn a_postgres_url_never_becomes_a_file_and_its_password_is_never_shown() {
    let bo = Boxoffice::empty();
    for args in [&["init"][..], &["init", "--demo"], &["showings"], &["tick"]] {
        let output = std::process::Command::new(common::BIN)
            .current_dir(bo.dir())
            .env_remove("BOXOFFICE_DB")
            .env_remove("BOXOFFICE_NOW")
            // Nothing listens on port 1: the server cannot be reached.
            .args(["--db", "postgres://till:s3cret@127.0.0.1:1/boxoffice"])
            .args(args)
            .output()
            .expect("run boxoffice");
        let run = common::Run::from(output);
        let line = run.refused(1);
        assert!(
            line.contains("could not connect to the PostgreSQL server at postgres://till:***@127.0.0.1:1/boxoffice"),
            "{args:?}: {line}"
        );
        assert!(!line.contains("s3cret"), "{args:?}: {line}");
    }
    assert_eq!(std::fs::read_dir(bo.dir()).expect("read the folder").count(), 0, "nothing was created");
}
