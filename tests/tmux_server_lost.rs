//! A counter on another PC loses the PostgreSQL server: the real screen, in tmux, on a
//! throwaway server that the test stops and starts again. The screen says so at once (NO SERVER
//! in the title), sells nothing while it is gone, finds the server again by itself, and then
//! sells as before, with no key pressed to reconnect.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod postgres_support;
mod tmux_support;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use postgres_support::Server;
use tmux_support::{BIN, Tmux};

/// Tuesday 11:00 in Jakarta: the next showing that sells is Laskar Pelangi at 11:30, Studio 2.
const NOW: &str = "2026-11-24T11:00:00+07:00";

fn cli(url: &str, args: &[&str]) -> Output {
    tmux_support::cli(Path::new(url), NOW, args)
}

/// The seats of the 11:30 showing that are not available, by the command line.
fn taken_seats(url: &str, showing: &str) -> usize {
    let out = cli(url, &["--json", "seats", showing]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let seats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    seats["seats"].as_array().expect("seats").iter().filter(|seat| seat["status"] != "available").count()
}

#[test]
fn a_counter_that_loses_the_server_says_so_sells_nothing_and_comes_back_by_itself() {
    let server = Server::start();
    let url = server.url();
    let init = cli(&url, &["init", "--demo"]);
    assert!(init.status.success(), "{}", String::from_utf8_lossy(&init.stderr));
    let listed = cli(&url, &["--json", "showings", "--date", "2026-11-24"]);
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    let showing = listed
        .as_array()
        .expect("showings")
        .iter()
        .find(|s| s["film"] == "Laskar Pelangi" && s["starts_at"].as_str().is_some_and(|at| at.contains("T11:30")))
        .map(|s| s["id"].to_string())
        .expect("the 11:30 showing");

    let dir = tempfile::tempdir().expect("a temporary folder");
    let tmux = Tmux::new(dir.path());
    tmux.start("till", &format!("'{BIN}' --db '{url}' --now {NOW} --counter till-2 tui"));
    tmux.wait_text("till", "▶ 11:30 Laskar Pelangi");

    server.stop();
    let lost =
        tmux.wait_for("till", Duration::from_secs(5), "the lost server in the title", |s| s.contains("NO SERVER"));
    assert!(lost.contains("nothing can be sold until it is back"), "{lost}");

    // The cashier tries to sell anyway: Enter, 2, Enter, Enter. Nothing may be sold.
    for key in ["Enter", "2", "Enter", "Enter"] {
        tmux.keys("till", &[key]);
        std::thread::sleep(Duration::from_millis(300));
    }
    let refused = tmux.capture("till");
    assert!(!refused.contains("│ Sold "), "a sale with no server:\n{refused}");

    server.restart();
    let back = tmux.wait_for("till", Duration::from_secs(10), "the server found again", |s| !s.contains("NO SERVER"));
    assert_eq!(taken_seats(&url, &showing), 0, "nothing was sold or held while the server was gone:\n{back}");

    // Selling goes on, with no key pressed to reconnect.
    tmux.keys("till", &["Escape"]);
    tmux.keys("till", &["Escape"]);
    tmux.wait_text("till", "▶ 11:30 Laskar Pelangi");
    tmux.keys("till", &["Enter"]);
    tmux.wait_text("till", "SCREEN");
    tmux.keys("till", &["2"]);
    tmux.wait_text("till", "Best 2:");
    tmux.keys("till", &["Enter"]);
    tmux.wait_text("till", "Hold expires in");
    tmux.keys("till", &["Enter"]);
    tmux.wait_text("till", "│ Sold ");
    assert_eq!(taken_seats(&url, &showing), 2, "the sale after the server came back");
}
