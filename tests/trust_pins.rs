//! PIN guesses counted atomically: thirty processes guessing one name at the same moment get at
//! most five "wrong PIN" answers between them; the rest find the name locked, and so does the
//! right PIN afterwards.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;
mod engine_support;

use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::time::Duration;

use common::BIN;
use common::workers::{Gate, Reaper, finish, gate_launcher};
use engine_support::{Theater, morning};
use serde_json::json;

const GUESSERS: usize = 30;
const MORNING: &str = "2026-11-27T11:00:00+07:00";

#[test]
fn thirty_parallel_guesses_get_at_most_five_wrong_answers() {
    let mut theater = Theater::training();
    theater.with_staff(morning());
    let db = theater.db();
    let gate = Gate::new(theater.dir.path());
    let mut children = Reaper(Vec::new());
    for guesser in 0..GUESSERS {
        let pin = (7280 + guesser).to_string();
        let args = json!(["--db", db, "--now", MORNING, "--counter", "c1", "--staff", "Budi", "shift", "status"]);
        let child = gate_launcher("pin_guesser", &gate, guesser, &args)
            .env("BOXOFFICE_PIN", pin)
            .spawn()
            .expect("start a guesser");
        children.0.push(child);
    }
    gate.open_when_ready(GUESSERS, &mut children.0);
    let finished = finish(&mut children, Duration::from_mins(2));
    let wrong = finished.iter().filter(|f| f.stderr.contains("wrong PIN for")).count();
    let locked = finished.iter().filter(|f| f.stderr.contains("is locked")).count();
    assert!(wrong <= 5, "{wrong} wrong answers came back: {finished:#?}");
    assert_eq!(wrong + locked, GUESSERS, "every other guess was told the name is locked: {finished:#?}");
    assert!(finished.iter().all(|f| f.code == Some(2)), "{finished:#?}");

    let right = std::process::Command::new(BIN)
        .args(["--db", db.to_str().unwrap(), "--now", MORNING, "--counter", "c1", "--staff", "Budi", "shift", "status"])
        .env("BOXOFFICE_PIN", "2222")
        .output()
        .expect("run");
    assert_eq!(right.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&right.stderr).contains("is locked"), "the lock holds for the right PIN too");
}

/// A guesser: waits at the gate, then becomes `boxoffice ARGS` with its PIN in the environment.
#[test]
#[ignore = "a worker process, started by the parallel guessing test"]
fn pin_guesser() {
    let Some(gate) = std::env::var_os("RACE_GATE") else { return };
    let worker = std::env::var("RACE_WORKER").expect("RACE_WORKER");
    let args: Vec<String> = serde_json::from_str(&std::env::var("RACE_ARGS").expect("RACE_ARGS")).expect("args");
    Gate::wait(Path::new(&gate), &worker);
    let error = std::process::Command::new(BIN).args(args).exec();
    panic!("could not start boxoffice: {error}");
}
