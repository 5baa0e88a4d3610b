//! Staff at a real terminal: with staff set up by the command line, the screen opens on sign-in;
//! Budi signs in, opens his shift, sells two seats, and refunds one after the showing started,
//! which a cashier may not do alone: the approval dialog appears, Ayu approves on the spot, the
//! refund is done. The command line then shows the refund with Ayu as approver, and `verify`
//! passes.
//!
//! `.ci/run` installs tmux, so this test runs in CI; it fails (rather than skips) without it.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod tmux_support;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use tmux_support::{BIN, Tmux, assert_terminal_given_back};

/// Tuesday 11:35 in Jakarta: Laskar Pelangi at 11:30 in Studio 2 started five minutes ago and
/// still sells (until 11:50); a refund for it now needs a manager.
const NOW: &str = "2026-11-24T11:35:00+07:00";

fn cli(db: &Path, args: &[&str]) -> std::process::Output {
    tmux_support::cli(db, NOW, args)
}

/// `staff add NAME --role ROLE --pin-stdin`, with the PIN piped in, signed in as `by` if given.
fn add_staff(db: &Path, name: &str, role: &str, pin: &str, by: Option<(&str, &str)>) {
    let mut command = Command::new(BIN);
    command.arg("--db").arg(db).args(["--now", NOW]).env_remove("BOXOFFICE_PIN");
    if let Some((signer, signer_pin)) = by {
        command.args(["--staff", signer]).env("BOXOFFICE_PIN", signer_pin);
    }
    let mut child = command
        .args(["staff", "add", name, "--role", role, "--pin-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("boxoffice runs");
    child.stdin.take().expect("stdin").write_all(format!("{pin}\n").as_bytes()).expect("the PIN is piped");
    let output = child.wait_with_output().expect("it ends");
    assert!(output.status.success(), "staff add {name}: {}", String::from_utf8_lossy(&output.stderr));
}

fn json(output: &std::process::Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

#[test]
fn a_cashier_signs_in_sells_and_refunds_after_the_start_with_a_managers_approval() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("counter.db");
    assert!(cli(&db, &["init", "--demo"]).status.success());
    add_staff(&db, "Ayu", "manager", "1111", None);
    add_staff(&db, "Budi", "cashier", "2222", Some(("Ayu", "1111")));

    let tmux = Tmux::new(dir.path());
    tmux.start("one", &format!("'{BIN}' --db '{}' --now {NOW} --counter counter-1 tui", db.display()));
    tmux.wait_text("one", "Sign in at counter-1");

    // A wrong PIN first: said, and typed again.
    tmux.text("one", "Budi");
    tmux.keys("one", &["Tab"]);
    tmux.text("one", "9999");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "wrong PIN for Budi (1 of 5)");
    tmux.text("one", "2222");
    let typed = tmux.wait_text("one", "••••_");
    assert!(!typed.contains("2222"), "the PIN is masked:\n{typed}");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "counter-1 · Budi │");
    tmux.wait_text("one", "│ no shift │");

    // The shift: S, the float, Enter.
    tmux.keys("one", &["S"]);
    tmux.wait_text("one", "Open a shift · counter-1");
    tmux.text("one", "500000");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "│ shift 1 open │");

    // Two seats of the 11:30, which has started: up from the 12:30 the cursor starts on.
    tmux.wait_text("one", "▶ 12:30 Misi Merapi");
    tmux.keys("one", &["Up"]);
    tmux.wait_text("one", "▶ 11:30 Laskar Pelangi");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "SCREEN");
    tmux.keys("one", &["2"]);
    tmux.wait_text("one", "Best 2:");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "Hold expires in");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "│ Sold ");
    let sold = tmux.capture("one");
    let code = sold
        .lines()
        .find_map(|line| line.split("Booking code ").nth(1))
        .map(|rest| rest.trim().to_owned())
        .expect("the booking code on screen");

    // Refund the second seat: refused to a cashier after the start, so a manager is asked for.
    tmux.open_refund("one", &code);
    tmux.keys("one", &["Space", "1", "Enter"]);
    tmux.wait_text("one", &format!("The refund of booking {code} needs a manager's approval."));
    tmux.text("one", "Ayu");
    tmux.keys("one", &["Tab"]);
    tmux.text("one", "1111");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "approved by Ayu.");
    // The booking on screen follows from the watcher's reload: the refund, and who approved it.
    let screen = tmux.wait_for("one", tmux_support::PATIENCE, "the approver on the booking", |screen| {
        screen.lines().any(|line| line.trim() == "approved by Ayu")
    });
    assert!(!screen.contains("Manager approval"), "the dialog closed:\n{screen}");

    // The command line agrees: the refund with its cashier and approver, the event too.
    let booking = json(&cli(&db, &["--json", "booking", &code]));
    let states: Vec<&str> =
        booking["seats"].as_array().expect("seats").iter().filter_map(|s| s["state"].as_str()).collect();
    assert_eq!(states, ["sold", "refunded"]);
    assert_eq!(booking["refunds"][0]["approver"], "Ayu");
    assert_eq!(booking["refunds"][0]["staff"], "Budi");
    assert_eq!(booking["staff"], "Budi");
    let events = cli(&db, &["events"]);
    assert!(events.status.success());
    let refunded = String::from_utf8_lossy(&events.stdout)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("a JSON line"))
        .find(|event| event["kind"] == "refunded")
        .expect("a refunded event");
    assert_eq!((refunded["staff"].as_str(), refunded["approver"].as_str()), (Some("Budi"), Some("Ayu")));
    assert!(cli(&db, &["verify"]).status.success());

    tmux.keys("one", &["q"]);
    assert_terminal_given_back(&tmux, "one");
}
