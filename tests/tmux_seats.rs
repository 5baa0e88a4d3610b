//! Issue 8's scenes replayed in a real terminal: a house filling up, the cashier asks for nine
//! seats, and what the screen chooses and says (tmux runs the binary; see `tmux_screen.rs`).
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod tmux_support;

use std::path::Path;

use tmux_support::{BIN, Tmux};

/// Tuesday 11:00 in Jakarta: the next showing that sells is Laskar Pelangi at 11:30, Studio 2.
const NOW: &str = "2026-11-24T11:00:00+07:00";

fn cli(db: &Path, args: &[&str]) -> String {
    let output = tmux_support::cli(db, NOW, args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Studio 2 at 11:30 with scene 1's seats sold at another counter (a hold is as taken).
fn filling_house(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("seats.db");
    cli(&db, &["init", "--demo"]);
    let id = showing_at_1130(&db);
    let range = |row: &str, from: u16, to: u16| (from..=to).map(|n| format!("{row}{n}")).collect::<Vec<_>>();
    let mut sold = Vec::new();
    for (row, from, to) in
        [("A", 1, 10), ("B", 1, 9), ("C", 5, 8), ("D", 1, 9), ("E", 4, 9), ("F", 1, 12), ("G", 3, 10)]
    {
        sold.extend(range(row, from, to));
    }
    let mut args = vec!["--counter", "counter-3", "hold", id.as_str(), "--for", "2h"];
    args.extend(sold.iter().map(String::as_str));
    cli(&db, &args);
    db
}

#[test]
fn nine_seats_in_a_filling_house_come_in_adjacent_rows_and_enter_on_nothing_holds_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = filling_house(dir.path());
    let tmux = Tmux::new(dir.path());
    tmux.start("one", &format!("'{BIN}' --db '{}' --now {NOW} --counter counter-1 tui", db.display()));
    tmux.wait_text("one", "▶ 11:30 Laskar Pelangi");
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "SCREEN");

    // Scene 1: nine single seats were chosen; now the fewest blocks, in adjacent rows, said.
    tmux.keys("one", &["9"]);
    let screen = tmux.wait_text("one", "Best 9:");
    let said = screen.lines().find(|line| line.contains("Best 9:")).expect("the status line");
    assert!(said.contains("(three rows)"), "{said}");
    assert!(screen.contains("Selected 9:"), "{screen}");

    // Scene 8: after Bksp no line about the best seats stays beside "Nothing selected".
    tmux.keys("one", &["BSpace"]);
    let screen = tmux.wait_text("one", "Selection cleared.");
    assert!(!screen.contains("Best 9:"), "{screen}");

    // Scene 4: Enter with nothing selected holds nothing.
    tmux.keys("one", &["Enter"]);
    tmux.wait_text("one", "Nothing held");
    let seats = cli(&db, &["--json", "seats", &showing_at_1130(&db)]);
    assert!(!seats.contains("counter-1"), "no hold was made at this counter");
}

/// The id of the 11:30 showing, where the screen's cursor starts.
fn showing_at_1130(db: &Path) -> String {
    let showings: serde_json::Value = serde_json::from_str(&cli(db, &["--json", "showings"])).expect("JSON");
    showings
        .as_array()
        .and_then(|list| list.iter().find(|s| s["starts_at"].as_str().is_some_and(|t| t.contains("T11:30"))))
        .and_then(|s| s["id"].as_i64())
        .expect("the 11:30 showing")
        .to_string()
}

/// The code in the checkout's `Booking K7QM3X` line.
fn code_on(screen: &str) -> String {
    let line = screen.lines().find(|line| line.contains("Booking ")).expect("the booking line");
    let code = line.split("Booking ").nth(1).expect("after the word");
    code.chars().take_while(char::is_ascii_alphanumeric).collect()
}

#[test]
fn a_hold_survives_a_killed_screen_and_is_paid_after_the_restart() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("seats.db");
    cli(&db, &["init", "--demo"]);
    let tmux = Tmux::new(dir.path());
    let screen = format!("'{BIN}' --db '{}' --now {NOW} --counter counter-1 tui", db.display());
    tmux.start("one", &screen);
    tmux.wait_text("one", "▶ 11:30 Laskar Pelangi");
    tmux.keys("one", &["Enter", "2", "Enter"]);
    let checkout = tmux.wait_text("one", "Hold expires in");
    let code = code_on(&checkout);
    // The screen dies mid-sale: no chance to release the hold or restore anything.
    let pid = tmux.program_pid("one");
    assert!(std::process::Command::new("kill").args(["-KILL", &pid]).status().expect("kill").success());

    tmux.start("two", &screen);
    let listed = tmux.wait_text("two", "A hold left open here");
    assert!(listed.contains(&code), "the hold is listed with its code:\n{listed}");
    tmux.keys("two", &["$"]);
    tmux.wait_text("two", &format!("Back to {code}, held until"));
    tmux.keys("two", &["Enter"]);
    tmux.wait_text("two", "Sold");
    let booking: serde_json::Value =
        serde_json::from_str(&cli(&db, &["--json", "booking", &code])).expect("the booking as JSON");
    assert_eq!(booking["status"], "paid", "{booking}");
}

#[test]
fn a_cancelled_showing_reads_cancelled_and_a_finished_one_keeps_its_sold_count() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("seats.db");
    cli(&db, &["init", "--demo"]);
    let id = showing_at_1130(&db);
    let held: serde_json::Value =
        serde_json::from_str(&cli(&db, &["--json", "hold", &id, "E5", "E6", "E7"])).expect("JSON");
    let code = held["booking"].as_str().expect("a code").to_owned();
    cli(&db, &["sell", &code, "--payment", "cash"]);
    let tmux = Tmux::new(dir.path());

    // The 12:30 showing is cancelled at the counter: its map says so before any key.
    tmux.start("one", &format!("'{BIN}' --db '{}' --now {NOW} --counter counter-1 tui", db.display()));
    tmux.wait_text("one", "▶ 11:30 Laskar Pelangi");
    tmux.keys("one", &["Down", "C", "1", "Enter", "y"]);
    tmux.wait_text("one", "holds released");
    tmux.keys("one", &["Enter"]);
    let map = tmux.wait_text("one", "CANCELLED · no seat for sale");
    assert!(!map.contains(" o "), "no seat drawn free:\n{map}");

    // That evening (a later screen): the 11:30 showing finished long ago; the screen's tick
    // restocks it, freeing its seats, and says so.
    let evening = "2026-11-24T19:00:00+07:00";
    tmux.start("late", &format!("'{BIN}' --db '{}' --now {evening} --counter counter-1 tui", db.display()));
    let list = tmux.wait_for("late", tmux_support::PATIENCE, "the restocked 11:30 row", |screen| {
        screen.contains("finished showings were restocked")
            && screen.lines().any(|line| line.contains("11:30 Laskar Pelangi") && line.contains("finished"))
    });
    let row = list.lines().find(|line| line.contains("11:30 Laskar Pelangi")).expect("the row");
    assert!(row.contains("3/90"), "its three tickets, not 0/90:\n{list}");
}
