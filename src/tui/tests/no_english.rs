//! An Indonesian counter shows no English: every view, walked as a cashier and a manager would,
//! is searched for the English words of the screen's own catalogue (`## screen` in en.ftl). Film
//! titles, venue and staff names are data, not catalogue words; key names and the words both
//! languages write alike are listed below.

use std::collections::BTreeSet;

use super::harness::Harness;
use crate::i18n::{Lang, SOURCES};
use crate::tui::text;

/// Words the English catalogue uses that are Indonesian too (or names of keys and things).
const SHARED: &[&str] = &[
    "boxoffice",
    "bksp",
    "ctrl",
    "del",
    "demo",
    "end",
    "enter",
    "esc",
    "file",
    "film",
    "home",
    "import",
    "label",
    "pgdn",
    "pgup",
    "pin",
    "premium",
    "printer",
    "qris",
    "shift",
    "space",
    "status",
    "studio",
    "tab",
    "target",
    "toml",
    "total",
];

/// The words of `source`'s `## screen` section: message text only, without ids, variables,
/// selectors and variant keys.
fn catalogue_words(source: &str) -> BTreeSet<String> {
    let section = source.split("## screen").nth(1).unwrap_or_default();
    let mut words = BTreeSet::new();
    for line in section.lines().filter(|line| !line.starts_with('#')) {
        let text = line.split_once(" = ").map_or(line, |(_, text)| text);
        let text = text.trim_start().trim_start_matches('*');
        let text = if text.starts_with('[') { text.split_once(']').map_or("", |(_, rest)| rest) } else { text };
        words.extend(plain_words(&outside_placeables(text)));
    }
    words
}

/// `text` without its `{ … }` placeables (variables, selectors).
fn outside_placeables(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// The words of `text`, lower case: runs of letters, leaving out anything with a digit in it
/// (`counter-1`, `C12`, `K7QM3X`) and single letters (keys).
fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|token| !token.chars().any(|c| c.is_ascii_digit()))
        .flat_map(|token| token.split(['-', '\'']))
        .filter(|word| word.chars().count() > 1)
        .map(str::to_lowercase)
        .collect()
}

/// Every view at both sizes, reached the way the counter reaches it. (The harnesses' names go
/// into receipt paths on screen, so they are no English words.)
fn every_view() -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut shoot = |h: &mut Harness, name: &str| {
        for (width, height) in [(120, 40), (60, 16)] {
            h.send(crate::tui::event::Event::Resize(width, height));
            screens.push((format!("{name} {width}x{height}"), h.screen(width, height)));
        }
        h.send(crate::tui::event::Event::Resize(120, 40));
    };
    let mut h = Harness::new("walk1");
    shoot(&mut h, "showings");
    h.press("?");
    shoot(&mut h, "help");
    h.press("j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j");
    shoot(&mut h, "help scrolled to the end");
    h.press("Esc Down Enter");
    shoot(&mut h, "seats");
    h.press("g");
    shoot(&mut h, "go to a seat");
    h.press("Esc 2");
    shoot(&mut h, "seats with best seats chosen");
    h.press("Enter Right 200000");
    shoot(&mut h, "checkout");
    h.press("Esc");
    shoot(&mut h, "release question");
    h.press("n Enter");
    shoot(&mut h, "sold");
    let code = h.app.sold.as_ref().map(|sold| sold.sale.receipt.booking.clone()).expect("sold");
    // The receipt the desk wrote for that sale speaks the counter's language too.
    let detail = h.engine.booking(&code, h.now).expect("the sale");
    let receipt = crate::tui::receipt::text(&detail, Some(200_000));
    h.press("Esc /");
    shoot(&mut h, "find");
    h.press(&format!("{code} Enter"));
    shoot(&mut h, "booking");
    h.press("r");
    shoot(&mut h, "refund form");
    h.press("Space 1 Enter");
    shoot(&mut h, "booking after a refund");
    h.press("Esc Esc R");
    shoot(&mut h, "report");
    h.press("Esc q");
    let mut h = Harness::with_staff("walk2");
    shoot(&mut h, "sign in");
    h.press("Budi Tab 1234 Enter");
    shoot(&mut h, "sign in refused");
    h.press("Esc");
    h.sign_in("Ayu");
    h.press("S");
    shoot(&mut h, "shift open");
    h.press("500000 Enter Enter 2 b");
    shoot(&mut h, "block reason");
    h.press("1 Enter Esc Esc C");
    shoot(&mut h, "cancel showing reason");
    h.press("1 Enter");
    shoot(&mut h, "cancel showing question");
    h.press("n S 500000");
    shoot(&mut h, "shift close");
    h.press("Enter");
    shoot(&mut h, "shift closed");
    screens.push(("receipt".to_owned(), receipt));
    screens
}

#[test]
fn an_indonesian_counter_shows_no_english_word_of_the_catalogue() {
    let english = catalogue_words(SOURCES[0].1);
    assert!(english.contains("refund") && english.contains("seats"), "the catalogue's words were read");
    let english: BTreeSet<&String> = english.iter().filter(|word| !SHARED.contains(&word.as_str())).collect();
    text::speak(Lang::Id);
    let mut found = Vec::new();
    for (view, screen) in every_view() {
        let left: BTreeSet<String> =
            screen.lines().flat_map(plain_words).filter(|word| english.contains(word)).collect();
        if !left.is_empty() {
            found.push(format!("{view}: {left:?}"));
        }
    }
    assert!(found.is_empty(), "English on the Indonesian screen:\n{}", found.join("\n"));
}

#[test]
fn the_walk_would_see_english_on_an_english_counter() {
    // The same walk in English finds the catalogue's words: the check above can fail.
    let english = catalogue_words(SOURCES[0].1);
    text::speak(Lang::En);
    let seen: usize = every_view()
        .iter()
        .map(|(_, screen)| screen.lines().flat_map(plain_words).filter(|word| english.contains(word)).count())
        .sum();
    assert!(seen > 100, "only {seen} catalogue words seen in English");
}

/// The one-line messages of `source`'s `## screen` section, by id.
fn one_liners(source: &str) -> std::collections::BTreeMap<&str, &str> {
    let section = source.split("## screen").nth(1).unwrap_or_default();
    section.lines().filter_map(|line| line.split_once(" = ")).filter(|(id, _)| id.starts_with("screen-")).collect()
}

#[test]
fn no_indonesian_message_is_the_english_one_left_untranslated() {
    let english = one_liners(SOURCES[0].1);
    let indonesian = one_liners(SOURCES[1].1);
    let copies: Vec<&str> = english
        .iter()
        .filter(|(id, text)| indonesian.get(*id) == Some(*text))
        .filter(|(_, text)| plain_words(&outside_placeables(text)).iter().any(|word| !SHARED.contains(&word.as_str())))
        .map(|(id, _)| *id)
        .collect();
    assert!(copies.is_empty(), "copied from English, not translated: {copies:?}");
}
