//! Loading a venue file through the binary: idempotent by names, and all or nothing. Every
//! refusal exits 2 with one line that names the line and column of the file, and writes nothing:
//! the showings and the event feed are the same before and after.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;

use common::{BERLIN_EUR, Boxoffice, JAKARTA};

/// Line and column (from 1) where `needle` first appears in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the file"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |tail| tail.chars().count()) + 1;
    (line, column)
}

/// Imports `file` into `bo` and asserts the refusal: exit 2, one line naming `line` and
/// `column`, and nothing written. Returns the line.
fn refused_import(bo: &Boxoffice, file: &str, line: usize, column: usize) -> String {
    let showings = bo.all_showings();
    let events = bo.events();
    let path = bo.write_file("refused.toml", file);
    let message = bo.refused(&["import", path.to_str().expect("utf-8 path")], 2);
    assert!(
        message.contains(&format!("line {line}, column {column}:")),
        "expected line {line}, column {column}: {message}"
    );
    assert!(message.contains("refused.toml"), "the message names the file: {message}");
    assert_eq!(bo.all_showings(), showings, "a refused import writes no showing");
    assert_eq!(bo.events(), events, "a refused import writes no event");
    bo.assert_verified();
    message
}

/// A valid new film and showing, so that a refusal later in the file has something to undo.
const VALID_START: &str = r#"[[film]]
title = "Film Baru"
runtime_minutes = 90

[[showing]]
film = "Film Baru"
auditorium = "Studio 1"
starts_at = "2026-11-30 10:00"
price_list = "regular"
"#;

fn showing(film: &str, auditorium: &str, starts_at: &str, price_list: &str) -> String {
    format!(
        "\n[[showing]]\nfilm = \"{film}\"\nauditorium = \"{auditorium}\"\nstarts_at = \"{starts_at}\"\nprice_list = \"{price_list}\"\n"
    )
}

fn importing_the_same_file_twice_changes_nothing() {
    let bo = Boxoffice::jakarta();
    let showings = bo.all_showings();
    assert_eq!(showings.as_array().map(Vec::len), Some(2));
    let path = bo.write_file("again.toml", JAKARTA);
    let report = bo.json(&["import", path.to_str().expect("utf-8 path")]);
    assert_eq!(report["showings_added"], 0, "{report}");
    assert_eq!(report["showings_existing"], 2, "{report}");
    assert_eq!(report["auditoriums_added"], 0, "{report}");
    assert_eq!(bo.all_showings(), showings);
}

fn importing_a_weekly_schedule_twice_changes_nothing() {
    let bo = Boxoffice::empty();
    bo.json(&["init", "--training"]);
    let demo = bo.write_file("demo.toml", include_str!("../assets/demo-venue.toml"));
    let demo = demo.to_str().expect("utf-8 path");
    let first = bo.json(&["import", demo]);
    let added = first["showings_added"].as_u64().expect("a count");
    assert!(added > 50, "a week of the demo schedule: {first}");
    let showings = bo.all_showings();
    let second = bo.json(&["import", demo]);
    assert_eq!(second["showings_added"], 0);
    assert_eq!(second["showings_existing"], added);
    assert_eq!(bo.all_showings(), showings);
}

fn an_import_may_add_to_an_existing_venue() {
    let bo = Boxoffice::jakarta();
    let path = bo.write_file("more.toml", VALID_START);
    assert_eq!(bo.json(&["import", path.to_str().expect("utf-8 path")])["showings_added"], 1);
    assert_eq!(bo.all_showings().as_array().map(Vec::len), Some(3));
}

fn an_unknown_film_auditorium_or_price_list_is_refused() {
    let bo = Boxoffice::jakarta();
    for (bad, needle) in [
        (showing("Nonexistent", "Studio 1", "2026-11-30 19:00", "regular"), "\"Nonexistent\""),
        (showing("Film Baru", "Studio 9", "2026-11-30 19:00", "regular"), "\"Studio 9\""),
        (showing("Film Baru", "Studio 1", "2026-11-30 19:00", "vip"), "\"vip\""),
    ] {
        let file = format!("{VALID_START}{bad}");
        let (line, column) = position_of(&file, needle);
        let message = refused_import(&bo, &file, line, column);
        assert!(message.contains(needle), "the message names what is unknown: {message}");
    }
}

fn overlapping_showings_are_refused() {
    let bo = Boxoffice::jakarta();
    // 20:00 in Studio 1 overlaps the imported 19:00 showing (125 minutes + 15 of cleanup).
    let file = format!("{VALID_START}{}", showing("Film Baru", "Studio 1", "2026-11-24 20:00", "regular"));
    let (line, column) =
        position_of(&file, "[[showing]]\nfilm = \"Film Baru\"\nauditorium = \"Studio 1\"\nstarts_at = \"2026-11-24");
    let message = refused_import(&bo, &file, line, column);
    assert!(message.contains("overlaps"), "{message}");

    // Two showings of the same file: 10:00 runs until 11:45 with cleanup, so 11:40 overlaps it.
    let file = format!("{VALID_START}{}", showing("Film Baru", "Studio 1", "2026-11-30 11:40", "regular"));
    let (line, column) = position_of(
        &file,
        "[[showing]]\nfilm = \"Film Baru\"\nauditorium = \"Studio 1\"\nstarts_at = \"2026-11-30 11:40",
    );
    refused_import(&bo, &file, line, column);

    // Cleanup time included: 11:45 is the first minute the auditorium is free again.
    let file = format!("{VALID_START}{}", showing("Film Baru", "Studio 1", "2026-11-30 11:45", "regular"));
    let path = bo.write_file("fits.toml", &file);
    assert_eq!(bo.json(&["import", path.to_str().expect("utf-8 path")])["showings_added"], 2);
}

fn a_malformed_row_is_refused_where_it_is() {
    let bo = Boxoffice::jakarta();
    let file = format!("{VALID_START}\n[[auditorium]]\nname = \"Studio 2\"\nrows = \"\"\"\nA ssss\nB ssqs\n\"\"\"\n");
    let (line, column) = position_of(&file, "qs\n");
    refused_import(&bo, &file, line, column);

    let file = format!("{VALID_START}\n[[auditorium]]\nname = \"Studio 2\"\nrows = \"\"\"\nA ssss\n7 ssss\n\"\"\"\n");
    let (line, column) = position_of(&file, "7 ssss");
    refused_import(&bo, &file, line, column);
}

fn a_malformed_row_in_a_one_line_layout_names_its_column() {
    let bo = Boxoffice::jakarta();
    for quoted in ["\"A ssqs\"", "'A ssqs'", "\"\"\"A ssqs\"\"\""] {
        let file = format!("{VALID_START}\n[[auditorium]]\nname = \"Studio 2\"\nrows = {quoted}\n");
        let (line, column) = position_of(&file, "qs");
        refused_import(&bo, &file, line, column);
    }
}

fn a_duplicate_row_label_is_refused() {
    let bo = Boxoffice::jakarta();
    let file =
        format!("{VALID_START}\n[[auditorium]]\nname = \"Studio 2\"\nrows = \"\"\"\nA ssss\nB ssss\nA ss\n\"\"\"\n");
    let (line, column) = position_of(&file, "A ss\n\"\"\"");
    let message = refused_import(&bo, &file, line, column);
    assert!(message.contains("twice"), "{message}");
}

fn a_bad_time_zone_is_refused() {
    let bo = Boxoffice::jakarta();
    let file = JAKARTA.replace("Asia/Jakarta", "Mars/Olympus");
    let (line, column) = position_of(&file, "\"Mars/Olympus\"");
    let message = refused_import(&bo, &file, line, column);
    assert!(message.contains("Mars/Olympus"), "{message}");
    assert_eq!(bo.all_showings()[0]["starts_at"], "2026-11-24T19:00:00+07:00", "the venue keeps its zone");
}

fn a_start_time_the_clocks_skip_is_refused() {
    let bo = Boxoffice::with_venue(BERLIN_EUR);
    let file = format!(
        "[[showing]]\nfilm = \"Der Test\"\nauditorium = \"Saal 1\"\nstarts_at = \"2026-03-29 10:00\"\nprice_list = \"normal\"\n{}",
        showing("Der Test", "Saal 1", "2026-03-29 02:30", "normal")
    );
    let (line, column) =
        position_of(&file, "[[showing]]\nfilm = \"Der Test\"\nauditorium = \"Saal 1\"\nstarts_at = \"2026-03-29 02:30");
    let message = refused_import(&bo, &file, line, column);
    assert!(message.contains("2026-03-29 02:30") && message.contains("daylight saving"), "{message}");
}

fn a_layout_change_of_an_auditorium_with_showings_is_refused() {
    let bo = Boxoffice::jakarta();
    let file = JAKARTA.replace("D wc..x..cw", "D wc..s..cw");
    let (line, column) = position_of(&file, "[[auditorium]]");
    refused_import(&bo, &file, line, column);
    assert_eq!(bo.status(bo.showing_starting(common::SHOW_STARTS), "D3"), "blocked");
}

fn a_refused_import_answers_in_json_when_asked() {
    let bo = Boxoffice::jakarta();
    let path = bo.write_file("bad.toml", &JAKARTA.replace("Asia/Jakarta", "Mars/Olympus"));
    let error = bo.refused_json(&["import", path.to_str().expect("utf-8 path")], 2);
    assert_eq!(error["error"], "bad_input");
    assert!(error["message"].as_str().is_some_and(|m| m.contains("line ")), "{error}");
}

fn the_currency_cannot_change_once_money_was_taken() {
    let bo = Boxoffice::jakarta();
    // Before any sale the currency may still be corrected.
    let path = bo.write_file("fixed.toml", &JAKARTA.replace("currency = \"IDR\"", "currency = \"SGD\""));
    bo.ok(&["import", path.to_str().expect("utf-8 path")]);
    let path = bo.write_file("back.toml", JAKARTA);
    bo.ok(&["import", path.to_str().expect("utf-8 path")]);
    bo.buy(bo.showing_starting(common::SHOW_STARTS), &["A1"]);
    let events = bo.events();
    for changed in [
        JAKARTA.replace("currency = \"IDR\"", "currency = \"SGD\""),
        JAKARTA.replace("currency_decimals = 0", "currency_decimals = 2"),
    ] {
        let path = bo.write_file("changed.toml", &changed);
        let message = bo.refused(&["import", path.to_str().expect("utf-8 path")], 2);
        assert!(message.contains("already took money in IDR"), "{message}");
    }
    assert_eq!(bo.events(), events, "a refused import writes nothing");
    bo.assert_verified();
}

// Every rule above holds the same on both backends.
crate::both_backends!(
    importing_the_same_file_twice_changes_nothing,
    importing_a_weekly_schedule_twice_changes_nothing,
    an_import_may_add_to_an_existing_venue,
    an_unknown_film_auditorium_or_price_list_is_refused,
    overlapping_showings_are_refused,
    a_malformed_row_is_refused_where_it_is,
    a_malformed_row_in_a_one_line_layout_names_its_column,
    a_duplicate_row_label_is_refused,
    a_bad_time_zone_is_refused,
    a_start_time_the_clocks_skip_is_refused,
    a_layout_change_of_an_auditorium_with_showings_is_refused,
    a_refused_import_answers_in_json_when_asked,
    the_currency_cannot_change_once_money_was_taken,
);
