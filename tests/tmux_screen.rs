//! The cashier screen in a real terminal: tmux runs the binary on a temporary database, keys are
//! sent as a cashier would type them, the screen is read back with `capture-pane`, and the
//! database is checked through the command line. A second tmux window on the same database must
//! see the first one's sale and refund within two seconds, with no key pressed there.
//!
//! `.ci/run` installs tmux, so this test runs in CI; it fails (rather than skips) without it.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_boxoffice");
/// Tuesday 11:00 in Jakarta: the next showing that sells is Laskar Pelangi at 11:30, Studio 2.
const NOW: &str = "2026-11-24T11:00:00+07:00";
const PATIENCE: Duration = Duration::from_secs(5);

/// A private tmux server (its socket in the test's folder), killed when the test ends however
/// it ends.
struct Tmux {
    socket: std::path::PathBuf,
}

impl Tmux {
    fn new(dir: &Path) -> Self {
        Self { socket: dir.join("tmux.sock") }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs (install it: .ci/run does)")
    }

    /// Starts `command` in window `name` of a 120 x 40 terminal; when it ends, the shell says
    /// how, and whether the terminal left raw mode (`icanon` back on).
    fn start(&self, name: &str, command: &str) {
        let shell =
            format!("{command}; echo \"exited with $?\"; stty -a | tr ' ' '\\n' | grep -x -- '-*icanon'; sleep 60");
        let output = if self.run(&["has-session"]).status.success() {
            self.run(&["new-window", "-d", "-n", name, &shell])
        } else {
            self.run(&["new-session", "-d", "-s", "counter", "-n", name, "-x", "120", "-y", "40", &shell])
        };
        assert!(output.status.success(), "tmux: {}", String::from_utf8_lossy(&output.stderr));
    }

    fn keys(&self, window: &str, keys: &[&str]) {
        let target = format!("counter:{window}");
        for key in keys {
            let output = self.run(&["send-keys", "-t", &target, key]);
            assert!(output.status.success(), "send-keys {key}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }

    fn text(&self, window: &str, text: &str) {
        let target = format!("counter:{window}");
        assert!(self.run(&["send-keys", "-t", &target, "-l", text]).status.success());
    }

    fn capture(&self, window: &str) -> String {
        let target = format!("counter:{window}");
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", &target]).stdout).into_owned()
    }

    /// Polls the window until `done` holds, within `within`; the screen is in the failure.
    fn wait_for(&self, window: &str, within: Duration, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + within;
        loop {
            let screen = self.capture(window);
            if done(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "window {window}: waited {within:?} for {what}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    fn wait_text(&self, window: &str, needle: &str) -> String {
        self.wait_for(window, PATIENCE, needle, |screen| screen.contains(needle))
    }

    /// The process id of the program running in a window (the shell's child).
    fn program_pid(&self, window: &str) -> String {
        let target = format!("counter:{window}");
        let shell = String::from_utf8_lossy(&self.run(&["list-panes", "-t", &target, "-F", "#{pane_pid}"]).stdout)
            .trim()
            .to_owned();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).expect("children");
        children.split_whitespace().next().expect("the program runs").to_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN).arg("--db").arg(db).args(["--now", NOW]).args(args).output().expect("boxoffice runs")
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
    tmux.wait_text("one", "Best seats:");
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
    tmux.keys("one", &["Escape"]);
    tmux.wait_text("one", "SCREEN");
    tmux.keys("one", &["/"]);
    tmux.wait_text("one", "Booking code:");
    tmux.text("one", &code);
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", &format!("Booking {code} · paid"));
    tmux.keys("one", &["r"]);
    tmux.wait_text("one", "Seats to refund");
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

/// The program exited with 0 and the shell after it found the terminal out of raw mode.
fn assert_terminal_given_back(tmux: &Tmux, window: &str) {
    let after = tmux.wait_for(window, PATIENCE, "the exit and stty's verdict", |screen| {
        screen.lines().any(|line| matches!(line.trim(), "icanon" | "-icanon"))
    });
    assert!(after.contains("exited with 0"), "{after}");
    assert!(after.lines().any(|line| line.trim() == "icanon"), "raw mode left on:\n{after}");
}
