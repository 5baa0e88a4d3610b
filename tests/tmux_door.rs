//! The usher's door view in a real terminal: tickets sold and printed (to a `file:` printer) on
//! the command line are scanned by typing their QR payload and Enter, as a keyboard-wedge scanner
//! does; the view answers ADMIT once, then STOP with the reason, and gives the terminal back.
//!
//! `.ci/run` installs tmux, so this test runs in CI; it fails (rather than skips) without it.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod escpos;
mod tmux_support;

use std::path::Path;
use std::process::Output;

use tmux_support::{BIN, Tmux, assert_terminal_given_back};

/// Tuesday 11:10 in Jakarta: the door of the 11:30 showing opened ten minutes ago.
const NOW: &str = "2026-11-24T11:10:00+07:00";

fn cli(db: &Path, args: &[&str]) -> Output {
    let output = tmux_support::cli(db, NOW, args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn the_usher_scans_a_printed_ticket_and_sees_admit_once_then_stop() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("door.db");
    cli(&db, &["init", "--demo"]);
    let showings = json(&cli(&db, &["--json", "showings"]));
    let show = showings
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["starts_at"].as_str().is_some_and(|at| at.contains("T11:30")))
        .expect("the 11:30 showing");
    let (number, film) = (show["id"].as_i64().unwrap(), show["film"].as_str().unwrap().to_owned());
    let id = number.to_string();
    let map = json(&cli(&db, &["--json", "seats", &id]));
    let seats: Vec<&str> = map["seats"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "available" && s["kind"] == "standard")
        .take(2)
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    let hold = json(&cli(&db, &[&["--json", "hold", &id], &seats[..]].concat()));
    let code = hold["booking"].as_str().unwrap();
    let printer = format!("file:{}", dir.path().join("tickets.bin").display());
    cli(&db, &["--printer", &printer, "sell", code, "--payment", "qris"]);
    let papers = escpos::decode(&std::fs::read(dir.path().join("tickets.bin")).unwrap()).expect("decodable");
    let payload = papers[0].qr_codes[0].clone();

    let tmux = Tmux::new(dir.path());
    tmux.start("door", &format!("'{BIN}' --db '{}' --now {NOW} --counter door-east door --showing {id}", db.display()));
    tmux.wait_text("door", "Scan a ticket");
    tmux.wait_text("door", "0 admitted");
    tmux.text("door", &payload);
    tmux.keys("door", &["Enter"]);
    let admitted = tmux.wait_text("door", &format!("seat {}", seats[0]));
    assert!(admitted.contains(&film) && admitted.contains("1 admitted"), "{admitted}");
    assert!(admitted.contains("█"), "ADMIT in large letters:\n{admitted}");

    tmux.text("door", &payload);
    tmux.keys("door", &["Enter"]);
    let stopped = tmux.wait_text("door", "already admitted");
    assert!(stopped.contains("door-east"), "which door let it in:\n{stopped}");

    tmux.text("door", "not-a-ticket");
    tmux.keys("door", &["Enter"]);
    tmux.wait_text("door", "not a boxoffice ticket");

    tmux.text("door", &papers[1].qr_codes[0]);
    tmux.keys("door", &["Enter"]);
    tmux.wait_text("door", "2 admitted");

    tmux.keys("door", &["Escape"]);
    assert_terminal_given_back(&tmux, "door");
    let report = json(&cli(&db, &["--json", "report"]));
    let figures = report["showings"].as_array().unwrap().iter().find(|s| s["showing"] == number).unwrap();
    assert_eq!(figures["admitted"], 2, "{figures:#}");
}
