//! Shared by the tmux tests: a private tmux server whose windows run the real binary in a
//! 120 x 40 terminal, keys sent as a cashier types them, the screen read back, and what the
//! shell saw when the program ended (its exit code and whether the terminal left raw mode).
//!
//! `.ci/run` installs tmux, so these tests run in CI; they fail (rather than skip) without it.
#![allow(dead_code, reason = "each tmux test file uses its own part of the helpers")]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_boxoffice");
/// How long a screen may take to show what a key asked for.
pub const PATIENCE: Duration = Duration::from_secs(5);

/// A private tmux server (its socket in the test's folder), killed when the test ends however
/// it ends.
pub struct Tmux {
    socket: std::path::PathBuf,
}

impl Tmux {
    pub fn new(dir: &Path) -> Self {
        Self { socket: dir.join("tmux.sock") }
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs (install it: .ci/run does)")
    }

    /// Starts `command` in window `name` of a 120 x 40 terminal; when it ends, the shell says
    /// how, and whether the terminal left raw mode (`icanon` and `echo` back on).
    pub fn start(&self, name: &str, command: &str) {
        let shell = format!(
            "{command}; echo \"exited with $?\"; stty -a | tr ' ' '\\n' | grep -x -e '-*echo' -e '-*icanon'; sleep 60"
        );
        let output = if self.run(&["has-session"]).status.success() {
            self.run(&["new-window", "-d", "-n", name, &shell])
        } else {
            self.run(&["new-session", "-d", "-s", "counter", "-n", name, "-x", "120", "-y", "40", &shell])
        };
        assert!(output.status.success(), "tmux: {}", String::from_utf8_lossy(&output.stderr));
    }

    pub fn keys(&self, window: &str, keys: &[&str]) {
        let target = format!("counter:{window}");
        for key in keys {
            let output = self.run(&["send-keys", "-t", &target, key]);
            assert!(output.status.success(), "send-keys {key}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }

    pub fn text(&self, window: &str, text: &str) {
        let target = format!("counter:{window}");
        assert!(self.run(&["send-keys", "-t", &target, "-l", text]).status.success());
    }

    pub fn capture(&self, window: &str) -> String {
        let target = format!("counter:{window}");
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", &target]).stdout).into_owned()
    }

    /// Polls the window until `done` holds, within `within`; the screen is in the failure.
    pub fn wait_for(&self, window: &str, within: Duration, what: &str, done: impl Fn(&str) -> bool) -> String {
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

    pub fn wait_text(&self, window: &str, needle: &str) -> String {
        self.wait_for(window, PATIENCE, needle, |screen| screen.contains(needle))
    }

    /// `1` while the window shows the alternate screen (a full-screen program's), else `0`.
    /// From a seat map: back to it, find a paid booking by its code with `/`, and ask to refund
    /// one of its seats (`r`), stopping at the seat choice.
    pub fn open_refund(&self, window: &str, code: &str) {
        self.keys(window, &["Escape"]);
        self.wait_text(window, "SCREEN");
        self.keys(window, &["/"]);
        self.wait_text(window, "Booking code:");
        self.text(window, code);
        self.keys(window, &["Enter"]);
        self.wait_text(window, &format!("Booking {code} · paid"));
        self.keys(window, &["r"]);
        self.wait_text(window, "Seats to refund");
    }

    pub fn alternate_screen(&self, window: &str) -> String {
        let target = format!("counter:{window}");
        let output = self.run(&["display-message", "-p", "-t", &target, "#{alternate_on}"]);
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// The process id of the program running in a window (the shell's child).
    pub fn program_pid(&self, window: &str) -> String {
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

/// The program exited with 0 and the shell after it found the terminal out of raw mode.
pub fn assert_terminal_given_back(tmux: &Tmux, window: &str) {
    let after = tmux.wait_for(window, PATIENCE, "the exit and stty's verdict", |screen| {
        screen.lines().any(|line| matches!(line.trim(), "icanon" | "-icanon"))
    });
    assert!(after.contains("exited with 0"), "{after}");
    assert!(after.lines().any(|line| line.trim() == "icanon"), "raw mode left on:\n{after}");
}

/// The binary at a fixed time on `db`, which must succeed: its standard output.
pub fn cli_ok(db: &Path, now: &str, args: &[&str]) -> String {
    let output = cli(db, now, args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The id of the demo's 11:30 showing, where the screen's cursor starts at 11:00.
pub fn showing_at_1130(db: &Path, now: &str) -> String {
    let showings: serde_json::Value = serde_json::from_str(&cli_ok(db, now, &["--json", "showings"])).expect("JSON");
    showings
        .as_array()
        .and_then(|list| list.iter().find(|s| s["starts_at"].as_str().is_some_and(|t| t.contains("T11:30"))))
        .and_then(|s| s["id"].as_i64())
        .expect("the 11:30 showing")
        .to_string()
}

/// The binary at a fixed time on `db`.
pub fn cli(db: &Path, now: &str, args: &[&str]) -> Output {
    Command::new(BIN).arg("--db").arg(db).args(["--now", now]).args(args).output().expect("boxoffice runs")
}
