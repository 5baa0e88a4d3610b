//! Every view on ratatui's `TestBackend`, as whole-screen text snapshots: at 120 x 40 (a normal
//! counter terminal) and at 60 x 16 (the smallest the screen is laid out for). Colour is off, so
//! the snapshots also show that every state reads by glyph alone.

use insta::assert_snapshot;

use super::harness::{Harness, in_every_language, snapshots, spoken};
use crate::domain::PaymentMethod;

const NORMAL: (u16, u16) = (120, 40);
const SMALL: (u16, u16) = (60, 16);

/// Snapshots the screen at both sizes under `name`, in the language the screen speaks.
fn snap(h: &mut Harness, name: &str) {
    for (name, screen) in snapshots(h, name) {
        assert_snapshot!(name, screen);
    }
}

/// The 12:30 showing in Studio 1, where counter-2 holds two premium seats and sold two more.
fn busy_studio_1(name: &str) -> Harness {
    let mut h = Harness::new(name);
    h.press("Down");
    let showing = h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("12:30");
    let mut other = h.other_counter("counter-2");
    let labels = |list: &str| crate::domain::SeatLabel::parse_list([list]).expect("labels");
    other.hold(showing, &labels("H3,H4"), None, h.now).expect("held");
    let sold = other.hold(showing, &labels("J11,J12"), None, h.now).expect("held");
    other.sell(&sold.booking, PaymentMethod::Card, None, h.now).expect("sold");
    h.refresh();
    h
}

#[test]
fn showings_of_the_day() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_showings");
        snap(&mut h, "showings");
    });
}

#[test]
fn seat_map_with_every_kind_and_state() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_seats");
        h.press("Enter 2");
        snap(&mut h, "seats");
    });
}

#[test]
fn checkout_with_a_child_ticket_and_cash_tendered() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_checkout");
        // Misi Merapi is 17+: the child ticket asks for the buyer's age, and y confirms it.
        h.press("Enter 2 Enter Right y 200000");
        snap(&mut h, "checkout");
    });
}

#[test]
fn sold_with_the_code_large() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_sold");
        h.press("Enter 2 Enter 200000 Enter");
        snap(&mut h, "sold");
    });
}

#[test]
fn booking_after_a_partial_refund_and_the_refund_form() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_booking");
        h.press("Enter 3 Enter Enter");
        let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
        h.press(&format!("Esc / {code} Enter r Space 4 Enter"));
        snap(&mut h, "booking");
        h.press("r Tab");
        snap(&mut h, "refund_form");
    });
}

#[test]
fn help_find_and_questions() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_overlays");
        h.press("?");
        snap(&mut h, "help");
        h.press("j j j j j j j j j j");
        snap(&mut h, "help_scrolled");
        h.press("Esc / k7q");
        snap(&mut h, "find");
        h.press("Esc Enter 1 Enter Esc");
        snap(&mut h, "confirm_release");
    });
}

#[test]
fn a_large_auditorium_scrolls_to_follow_the_cursor() {
    in_every_language(|| {
        let mut h = Harness::big("snap_big");
        // The 11:15 in the big hall is just above the 11:30 the cursor starts on.
        h.press("Up Enter");
        assert_eq!(h.app.seats.as_ref().map(|s| s.map.seats.len()), Some(40 * 60));
        snap(&mut h, "big_map_centre");
        h.press("l l l l l l l l l l l l l l l l l l l l l l l l l l l l l l j j j j j j j j j j j j j j j j j j j j");
        snap(&mut h, "big_map_corner");
    });
}

#[test]
fn too_small_a_terminal_asks_to_be_enlarged() {
    in_every_language(|| {
        let h = Harness::new("snap_tiny");
        assert_snapshot!(format!("{}_40x10", spoken("too_small")), h.screen(40, 10));
        assert_snapshot!(format!("{}_59x16", spoken("too_small")), h.screen(59, 16));
    });
}

#[test]
fn go_to_a_seat_asks_for_its_label() {
    in_every_language(|| {
        let mut h = busy_studio_1("snap_go_to");
        h.press("Enter g C9");
        snap(&mut h, "go_to");
    });
}

#[test]
fn with_no_color_nothing_is_coloured_and_the_words_and_glyphs_are_the_same() {
    use ratatui::style::Color;
    let mut h = busy_studio_1("snap_no_color");
    // Premium asked for, so the selection lands in row H beside the seats held elsewhere.
    h.press("Enter p 2");
    let plain = super::harness::draw(&h.app, 120, 40);
    assert!(
        plain.content.iter().all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
        "a colour was drawn with NO_COLOR"
    );
    h.app.theme = crate::tui::theme::Theme { color: true };
    let coloured = super::harness::draw(&h.app, 120, 40);
    assert!(coloured.content.iter().any(|cell| cell.fg != Color::Reset), "colour is on");
    let symbols =
        |buffer: &ratatui::buffer::Buffer| buffer.content.iter().map(|c| c.symbol().to_owned()).collect::<String>();
    assert_eq!(symbols(&plain), symbols(&coloured), "colour only repeats what the glyphs say");
    let screen = h.screen(120, 40);
    let row =
        |label: &str| screen.lines().find(|l| l.trim_start().starts_with(&format!("{label}  "))).unwrap_or_default();
    assert!(row("H").contains("P  P  r  r") && row("H").contains("[*] *"), "held elsewhere, selected: {}", row("H"));
    assert!(row("J").contains("X  X"), "sold: {}", row("J"));
    assert!(row("L").starts_with("L  W  C") || row("L").contains("L  W  C"), "wheelchair, companion: {}", row("L"));
    assert!(row("L").contains('#') && row("A").contains("o  o"), "blocked, free");
}

#[test]
fn a_training_database_says_training_on_the_title_line() {
    let mut h = Harness::new("training_title");
    assert!(!h.screen(NORMAL.0, NORMAL.1).lines().next().unwrap_or_default().contains("TRAINING"));
    h.app.training = true;
    for (width, height) in [NORMAL, SMALL] {
        let screen = h.screen(width, height);
        assert!(screen.lines().next().unwrap_or_default().contains("TRAINING"), "{screen}");
    }
}
