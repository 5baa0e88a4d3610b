//! The venue file's own checks, each with the position it reports.

use super::*;

const SMALL: &str = r#"
[venue]
name = "Bioskop Merdeka"
timezone = "Asia/Jakarta"
currency = "IDR"
currency_decimals = 0

[[auditorium]]
name = "Studio 1"
rows = """
A ssss.ssss
B pppp.pppp
"""

[[film]]
title = "Laskar Pelangi"
runtime_minutes = 125
rating = "SU"

[[price_list]]
name = "regular"
adult = { standard = 50000, premium = 75000 }
child = { standard = 35000 }

[[showing]]
film = "Laskar Pelangi"
auditorium = "Studio 1"
starts_at = "2026-11-24 19:00"
price_list = "regular"

[[schedule]]
film = "Laskar Pelangi"
auditorium = "Studio 1"
price_list = "regular"
times = ["13:00", "16:00"]
days = ["sat", "sun"]
"#;

#[test]
fn a_complete_file_parses() {
    let file = parse(SMALL).expect("valid");
    let venue = file.venue.expect("has a venue");
    assert_eq!(venue.zone.name(), "Asia/Jakarta");
    assert_eq!(venue.hold_minutes, DEFAULT_HOLD_MINUTES);
    assert_eq!(file.auditoriums[0].layout.seats().len(), 16);
    assert_eq!(file.price_lists[0].ticket_types().len(), 2);
    assert_eq!(file.showings[0].film.name, "Laskar Pelangi");
    assert_eq!(file.showings[0].film.pos.line, 26);
    assert_eq!(file.schedules[0].days, [Weekday::Sat, Weekday::Sun]);
}

fn error_of(text: &str) -> FileError {
    parse(text).expect_err("should be refused")
}

#[test]
fn a_malformed_layout_row_is_reported_on_its_file_line() {
    let error = error_of(&SMALL.replace("B pppp.pppp", "B ppqp.pppp"));
    assert_eq!(error.pos, Pos { line: 12, column: 5 }, "{error}");
    assert!(error.message.contains("not a place"), "{error}");
}

#[test]
fn a_bad_time_zone_is_reported_where_it_is_written() {
    let error = error_of(&SMALL.replace("Asia/Jakarta", "Asia/Atlantis"));
    assert_eq!(error.pos.line, 4);
    assert!(error.message.contains("Asia/Atlantis"));
}

#[test]
fn toml_syntax_errors_carry_their_position() {
    let error = error_of("[venue\nname = 1");
    assert_eq!(error.pos.line, 1);
}

#[test]
fn unknown_keys_are_refused_rather_than_ignored() {
    let error = error_of(&SMALL.replace("rating = \"SU\"", "ratings = \"SU\""));
    assert!(error.message.contains("ratings"), "{error}");
}

#[test]
fn names_defined_twice_are_refused() {
    let twice = format!("{SMALL}\n[[film]]\ntitle = \"laskar pelangi\"\nruntime_minutes = 90\n");
    assert!(error_of(&twice).message.contains("twice"));
}

#[test]
fn impossible_values_are_refused() {
    assert!(error_of(&SMALL.replace("runtime_minutes = 125", "runtime_minutes = 0")).message.contains("runtime"));
    assert!(error_of(&SMALL.replace("currency_decimals = 0", "currency_decimals = 9")).message.contains("decimals"));
    assert!(
        error_of(&SMALL.replace("child = { standard = 35000 }", "child = { standard = -1 }"))
            .message
            .contains("negative")
    );
    assert!(
        error_of(&SMALL.replace("child = { standard = 35000 }", "child = { premium = 1 }"))
            .message
            .contains("standard price")
    );
    assert!(error_of(&SMALL.replace("\"2026-11-24 19:00\"", "\"tomorrow\"")).message.contains("local time"));
    assert!(error_of(&SMALL.replace("[\"sat\", \"sun\"]", "[\"someday\"]")).message.contains("days"));
}

#[test]
fn the_door_window_defaults_to_half_an_hour_each_way_and_may_be_set() {
    let venue = parse(SMALL).expect("valid").venue.expect("venue");
    assert_eq!((venue.door_opens_minutes, venue.door_closes_minutes), (30, 30), "an older file keeps working");
    let set = SMALL
        .replace("currency_decimals = 0", "currency_decimals = 0\ndoor_opens_minutes = 45\ndoor_closes_minutes = 10");
    let venue = parse(&set).expect("valid").venue.expect("venue");
    assert_eq!((venue.door_opens_minutes, venue.door_closes_minutes), (45, 10));
    let error = error_of(&SMALL.replace("currency_decimals = 0", "currency_decimals = 0\ndoor_closes_minutes = -5"));
    assert!(error.message.contains("door_closes_minutes"), "{}", error.message);
}

#[test]
fn the_venue_language_is_optional_and_must_be_one_the_counter_speaks() {
    assert_eq!(parse(SMALL).expect("valid").venue.expect("venue").language, None, "unset follows the locale");
    let set = SMALL.replace("currency_decimals = 0", "currency_decimals = 0\nlanguage = \"id\"");
    assert_eq!(parse(&set).expect("valid").venue.expect("venue").language, Some(Lang::Id));
    let error = error_of(&SMALL.replace("currency_decimals = 0", "currency_decimals = 0\nlanguage = \"klingon\""));
    assert_eq!(error.pos.line, 7, "{error}");
    assert!(error.message.contains("klingon"), "{error}");
}
