//! The cashier screen in a real terminal: tmux runs the binary on a temporary database, keys are
//! sent as a cashier would type them, the screen is read back with `capture-pane`, and the
//! database is checked through the command line. A second tmux window on the same database must
//! see the first one's sale and refund within two seconds, with no key pressed there.
//!
//! A panic on the screen's own thread gives the terminal back too, with one line on stderr.
//!
//! `.ci/run` installs tmux, so this test runs in CI; it fails (rather than skips) without it.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod tmux_support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use tmux_support::{BIN, PATIENCE, Tmux, assert_terminal_given_back};

/// Tuesday 11:00 in Jakarta: the next showing that sells is Laskar Pelangi at 11:30, Studio 2.
const NOW: &str = "2026-11-24T11:00:00+07:00";

fn cli(db: &Path, args: &[&str]) -> Output {
    tmux_support::cli(db, NOW, args)
}

fn screen_command(db: &Path, counter: &str) -> String {
    format!("'{BIN}' --db '{}' --now {NOW} --counter {counter} tui", db.display())
}

/// The free count in the seat map's heading: `… · open · 88 of 90 free`.
fn free_seats(screen: &str) -> Option<u32> {
    let line = screen.lines().find(|line| line.contains(" free"))?;
    let before = line.split(" of ").next()?;
    before.rsplit(' ').next()?.parse().ok()
}

#[test]
fn two_counters_sell_and_refund_in_real_terminals() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("counter.db");
    let init = cli(&db, &["init", "--demo"]);
    assert!(init.status.success(), "{}", String::from_utf8_lossy(&init.stderr));

    let tmux = Tmux::new(dir.path());
    tmux.start("one", &screen_command(&db, "counter-1"));
    tmux.start("two", &screen_command(&db, "counter-2"));
    for window in ["one", "two"] {
        tmux.wait_text(window, "▶ 11:30 Laskar Pelangi");
    }
    // Counter 2 opens the same showing's seats and then touches nothing.
    tmux.keys("two", &["Enter"]);
    let before = tmux.wait_text("two", "90 of 90 free");

    // Counter 1 sells the two best seats for cash: Enter, 2, Enter, Enter.
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "SCREEN");
    tmux.keys("one", &["2"]);
    tmux.wait_text("one", "Best 2:");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "Hold expires in");
    tmux.keys("one", &["Enter"]);
    // The status line is written last in a frame: once it says so, the whole frame is there.
    tmux.wait_text("one", "│ Sold ");
    let sold = tmux.capture("one");
    let sold_at = Instant::now();
    let code = sold
        .lines()
        .find_map(|line| line.split("Booking code ").nth(1))
        .map(|rest| rest.trim().to_owned())
        .expect("the booking code on screen");
    assert_eq!(code.len(), 6, "{sold}");
    assert!(sold.contains("Receipt: "), "{sold}");
    assert!(dir.path().join("receipts").join(format!("{code}.txt")).exists(), "the receipt file");

    // Counter 2 sees the sale within two seconds, without a key.
    tmux.wait_for("two", Duration::from_secs(2), "the sale from counter 1", |s| free_seats(s) == Some(88));
    assert!(sold_at.elapsed() <= Duration::from_secs(2));
    assert_eq!(free_seats(&before), Some(90));

    // Counter 1 refunds one of the two seats: find the booking, r, Space, 1, Enter.
    tmux.open_refund("one", &code);
    tmux.keys("one", &["Space", "1", "Enter"]);
    tmux.wait_text("one", &format!("of {code}: IDR 45,000."));
    // The booking on screen follows a moment later, from the watcher's reload.
    tmux.wait_text("one", "\"customer changed plans\" · counter-1");
    let refund_at = Instant::now();
    tmux.wait_for("two", Duration::from_secs(2), "the refund from counter 1", |s| free_seats(s) == Some(89));
    assert!(refund_at.elapsed() <= Duration::from_secs(2));

    // The command line agrees: one seat sold, one refunded, every rule intact.
    let booking = cli(&db, &["--json", "booking", &code]);
    assert!(booking.status.success(), "{}", String::from_utf8_lossy(&booking.stderr));
    let booking: serde_json::Value = serde_json::from_slice(&booking.stdout).expect("JSON");
    assert_eq!(booking["status"], "paid");
    assert_eq!(booking["payment"], "cash");
    assert_eq!(booking["counter"], "counter-1");
    let states: Vec<&str> =
        booking["seats"].as_array().expect("seats").iter().filter_map(|s| s["state"].as_str()).collect();
    assert_eq!(states, ["sold", "refunded"], "Space unchose the first seat: the second was refunded");
    assert_eq!(booking["refunds"][0]["reason"], "customer changed plans");
    assert!(cli(&db, &["verify"]).status.success());

    // q quits and gives the terminal back; SIGTERM does the same for counter 2.
    tmux.keys("one", &["q"]);
    assert_terminal_given_back(&tmux, "one");
    let pid = tmux.program_pid("two");
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    assert_terminal_given_back(&tmux, "two");
}

#[test]
fn a_panic_gives_the_terminal_back_says_one_line_and_exits_non_zero() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("counter.db");
    let init = cli(&db, &["init", "--demo"]);
    assert!(init.status.success(), "{}", String::from_utf8_lossy(&init.stderr));
    let tmux = Tmux::new(dir.path());
    // The test-only switch: F12 panics on the screen's own thread.
    tmux.start("one", &format!("BOXOFFICE_TEST_PANIC_KEY=F12 {}", screen_command(&db, "counter-1")));
    tmux.wait_text("one", "▶ 11:30 Laskar Pelangi");
    assert_eq!(tmux.alternate_screen("one"), "1", "the screen draws on the alternate screen");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "SCREEN");
    tmux.keys("one", &["F12"]);
    let after = tmux.wait_for("one", PATIENCE, "the exit and stty's verdict", |screen| {
        screen.lines().any(|line| matches!(line.trim(), "icanon" | "-icanon"))
    });
    let exit = after.lines().find_map(|line| line.strip_prefix("exited with ")).expect("the exit code");
    assert_ne!(exit.trim(), "0", "a panic is not a success:\n{after}");
    let reports: Vec<&str> = after.lines().filter(|line| line.starts_with("boxoffice: internal error:")).collect();
    assert_eq!(reports.len(), 1, "one line on stderr:\n{after}");
    assert!(!after.contains("panicked at") && !after.contains("RUST_BACKTRACE"), "no Rust panic text:\n{after}");
    assert!(after.lines().any(|line| line.trim() == "icanon"), "raw mode left on:\n{after}");
    assert!(after.lines().any(|line| line.trim() == "echo"), "echo left off:\n{after}");
    assert_eq!(tmux.alternate_screen("one"), "0", "the alternate screen was left");
    assert!(!after.contains("SCREEN"), "the seat map is gone from the terminal:\n{after}");
}
