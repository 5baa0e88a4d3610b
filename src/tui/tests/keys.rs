//! The `?` help and the key handling cannot drift apart: every key a screen answers is listed
//! under that screen, and every key the help lists does something there (issue 8). The forms'
//! sections (refund, reasons, sign-in, shift) are left out: there any letter is typed text.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::harness::Harness;
use crate::i18n::Lang;
use crate::tui::app::{App, Screen};
use crate::tui::text;

/// One of the help's key words as the keys it names: `↑↓ jk`, `1-9, 0`, `Enter $`, `S-Tab`.
fn named(word: &str) -> Vec<KeyCode> {
    let word = if word.len() > 1 { word.trim_end_matches(',') } else { word };
    let code = match word {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "S-Tab" => KeyCode::BackTab,
        "Space" => KeyCode::Char(' '),
        "Bksp" => KeyCode::Backspace,
        "Del" => KeyCode::Delete,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        range if range.chars().count() == 3 && range.chars().nth(1) == Some('-') => {
            let (from, to) = (range.chars().next(), range.chars().last());
            return match (from, to) {
                (Some(from), Some(to)) => (from..=to).map(KeyCode::Char).collect(),
                _ => Vec::new(),
            };
        }
        chars => {
            return chars
                .chars()
                .map(|c| match c {
                    '↑' => KeyCode::Up,
                    '↓' => KeyCode::Down,
                    '←' => KeyCode::Left,
                    '→' => KeyCode::Right,
                    other => KeyCode::Char(other),
                })
                .collect();
        }
    };
    vec![code]
}

/// Every key the help lists under `section`.
fn listed(section: &str) -> Vec<KeyCode> {
    let help = text::help();
    let found = help.iter().find(|found| found.screen == section).unwrap_or_else(|| panic!("no {section} in ?"));
    found
        .keys
        .iter()
        .filter(|(keys, _)| keys != "Ctrl-C")
        .flat_map(|(keys, _)| keys.split(' ').flat_map(named))
        .collect()
}

/// Every key a cashier can press without a modifier.
fn keyboard() -> Vec<KeyCode> {
    let mut keys: Vec<KeyCode> = (' '..='~').map(KeyCode::Char).collect();
    keys.extend([
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
    ]);
    keys
}

fn key(code: KeyCode) -> KeyEvent {
    let modifiers = if code == KeyCode::BackTab { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
    KeyEvent::new(code, modifiers)
}

/// The screens with a section of their own in `?`, each reached the way a cashier would.
fn screens() -> Vec<(&'static str, App)> {
    let mut h = Harness::new("keys_help");
    let at = |h: &mut Harness, script: &str, screen: Screen| {
        h.press(script);
        assert_eq!(h.app.screen, screen, "{script}: {}", h.app.message.text);
        h.app.clone()
    };
    let showings = at(&mut h, "", Screen::Showings);
    let seats = at(&mut h, "Enter", Screen::Seats);
    let checkout = at(&mut h, "2 Enter", Screen::Checkout);
    let sold = at(&mut h, "Enter", Screen::Sold);
    let code = h.app.sold.as_ref().map(|sold| sold.sale.receipt.booking.clone()).expect("a sale");
    let booking = at(&mut h, &format!("/ {code} Enter"), Screen::Booking);
    let report = at(&mut h, "Esc Esc R", Screen::Report);
    vec![
        ("Showings", showings),
        ("Seats", seats),
        ("Checkout", checkout),
        ("Sold", sold),
        ("Booking", booking),
        ("Report", report),
    ]
}

#[test]
fn every_key_a_screen_answers_is_listed_under_it_in_the_help_in_every_language() {
    let mut unlisted = Vec::new();
    for (lang, (section, app)) in Lang::ALL.into_iter().flat_map(|lang| {
        text::speak(lang);
        screens().into_iter().map(move |screen| (lang, screen))
    }) {
        text::speak(lang);
        let listed = listed(section);
        for code in keyboard() {
            if app.handles(key(code)).0 && !listed.contains(&code) {
                unlisted.push(format!("{code:?} on {section} ({lang})"));
            }
        }
    }
    assert!(unlisted.is_empty(), "keys that do something where ? does not list them: {unlisted:?}");
}

#[test]
fn every_key_the_help_lists_does_something_where_it_says_in_every_language() {
    let mut idle = Vec::new();
    for (lang, (section, app)) in Lang::ALL.into_iter().flat_map(|lang| {
        text::speak(lang);
        screens().into_iter().map(move |screen| (lang, screen))
    }) {
        text::speak(lang);
        let everywhere = listed("Everywhere");
        for code in listed(section).iter().chain(&everywhere) {
            let (on_screen, anywhere) = app.handles(key(*code));
            if !on_screen && !anywhere {
                idle.push(format!("{code:?} on {section} ({lang})"));
            }
        }
    }
    assert!(idle.is_empty(), "keys ? lists that do nothing there: {idle:?}");
}

#[test]
fn the_key_lines_under_each_screen_name_only_keys_its_help_lists_in_every_language() {
    let mut strays = Vec::new();
    for lang in Lang::ALL {
        text::speak(lang);
        let everywhere = listed("Everywhere");
        for (section, line) in [
            ("Showings", text::keys_showings()),
            ("Seats", text::keys_seats()),
            ("Checkout", text::keys_checkout()),
            ("Sold", text::keys_sold()),
            ("Booking", text::keys_booking()),
            ("Report", text::keys_report()),
        ] {
            let help = listed(section);
            for (keys, _) in line {
                let codes: Vec<KeyCode> = keys.split(' ').flat_map(named).collect();
                if codes.iter().any(|code| !help.contains(code) && !everywhere.contains(code)) {
                    strays.push(format!("{keys} on {section} ({lang})"));
                }
            }
        }
    }
    assert!(strays.is_empty(), "the bottom lines show keys ? does not list: {strays:?}");
}
