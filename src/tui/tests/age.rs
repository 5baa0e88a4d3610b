//! A child ticket for a film rated 17+ or 21+ is sold only once the cashier has confirmed the
//! buyer's age: choosing it asks (Enter or y confirms, Esc goes back to the type it had), in
//! either language, and the engine is told what the cashier confirmed.

use insta::assert_snapshot;

use super::harness::{Harness, in_every_language, snapshots};
use crate::tui::app::{Confirm, Overlay, Screen};
use crate::tui::text;

/// A hall showing a 17+ horror film at 11:45 with adult and child prices, the list's cursor on it.
fn horror_at_11_45(name: &str) -> Harness {
    let mut h = Harness::with_venue_file(
        name,
        r#"[[auditorium]]
name = "Studio 7"
rows = "A ssssss\nB ssssss\n"

[[film]]
title = "Malam Jumat"
runtime_minutes = 98
rating = "17+"

[[price_list]]
name = "horror"
adult = { standard = 50000 }
child = { standard = 30000 }

[[showing]]
film = "Malam Jumat"
auditorium = "Studio 7"
price_list = "horror"
starts_at = "2026-11-24 11:45"
"#,
    );
    // 11:30 is the first showing that sells; 11:45 comes next.
    h.press("Down");
    let film = h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.film.clone());
    assert_eq!(film.as_deref(), Some("Malam Jumat"));
    h
}

fn asking(h: &Harness) -> bool {
    matches!(h.app.overlay, Some(Overlay::Confirm(Confirm::ChildTicket { .. })))
}

fn ticket_types(h: &Harness) -> Vec<String> {
    let checkout = h.app.checkout.as_ref().expect("in checkout");
    checkout.lines.iter().map(|line| line.ticket.as_ref().map(ToString::to_string).unwrap_or_default()).collect()
}

#[test]
fn choosing_a_child_ticket_for_a_17_plus_film_asks_and_esc_goes_back_to_adult() {
    in_every_language(|| {
        let mut h = horror_at_11_45("age_esc");
        h.press("Enter 2 Enter Right");
        assert!(asking(&h), "a child ticket for 17+ asks: {}", h.screen(120, 40));
        for (name, screen) in snapshots(&mut h, "child_ticket_question") {
            assert_snapshot!(name, screen);
        }
        h.press("Esc");
        assert!(!asking(&h));
        assert_eq!(ticket_types(&h), ["adult", "adult"], "Esc puts the adult ticket back");
        h.press("Enter");
        assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
    });
}

#[test]
fn enter_confirms_the_age_and_the_child_ticket_is_sold() {
    in_every_language(|| {
        let mut h = horror_at_11_45("age_enter");
        h.press("Enter 2 Enter Right Enter");
        assert!(!asking(&h));
        assert_eq!(ticket_types(&h), ["child", "adult"]);
        // Asked once per sale: the second seat's child ticket goes through without a question.
        h.press("Down Right");
        assert!(!asking(&h), "the age was already confirmed for this sale");
        h.press("Enter");
        assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
        let sold = h.app.sold.as_ref().expect("sold");
        let types: Vec<String> = sold.sale.receipt.tickets.iter().map(|t| t.ticket_type.to_string()).collect();
        assert_eq!(types, ["child", "child"]);
    });
}

#[test]
fn y_confirms_too_and_the_question_names_the_film_and_its_rating() {
    in_every_language(|| {
        let mut h = horror_at_11_45("age_y");
        h.press("Enter 1 Enter Right");
        let screen = h.screen(120, 40);
        assert!(screen.contains(&text::confirm_child_ticket("Malam Jumat", "17+")[..30]), "{screen}");
        assert!(screen.contains(&text::confirm_or_back()), "{screen}");
        h.press("y");
        assert!(!asking(&h));
        assert_eq!(ticket_types(&h), ["child"]);
    });
}

#[test]
fn a_child_ticket_for_an_all_ages_film_asks_nothing() {
    let mut h = Harness::new("age_su");
    // The 11:30 Laskar Pelangi, where the cursor starts, is rated SU (all ages).
    h.press("Enter 2 Enter Right");
    assert!(!asking(&h));
    assert_eq!(ticket_types(&h), ["child", "adult"]);
}
