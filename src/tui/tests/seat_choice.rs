//! Choosing seats at the counter without traps: what a digit, `p`, `w`, Bksp and Enter do on
//! the map, and that the status line never contradicts it (issue 8).

use super::harness::Harness;
use crate::domain::SeatKind;
use crate::domain::selling::SalesState;
use crate::tui::app::{Screen, Tone};
use crate::tui::event::Command;
use crate::tui::text;

fn selected_kinds(h: &Harness) -> Vec<SeatKind> {
    h.app.seats.as_ref().expect("a map").selected().iter().map(|s| s.kind).collect()
}

fn holds_sent(h: &Harness) -> usize {
    h.log.iter().filter(|c| matches!(c, Command::Hold { .. })).count()
}

#[test]
fn enter_with_nothing_selected_holds_nothing_and_says_how_to_pick() {
    let mut h = Harness::new("enter_nothing");
    h.press("Enter Enter");
    assert_eq!(h.app.screen, Screen::Seats);
    assert_eq!(holds_sent(&h), 0, "the seat under the cursor is not held behind the cashier's back");
    assert_eq!(h.app.message.text, text::select_first());
}

#[test]
fn a_digit_gives_standard_seats_and_p_switches_to_premium() {
    let mut h = Harness::new("kind_switch");
    h.press("Down Enter 2");
    assert_eq!(selected_kinds(&h), [SeatKind::Standard; 2], "premium only when asked for");
    assert!(h.app.message.text.starts_with("Best 2: "), "says what was chosen: {}", h.app.message.text);
    h.press("p 2");
    assert_eq!(selected_kinds(&h), [SeatKind::Premium; 2]);
    h.press("p 2");
    assert_eq!(selected_kinds(&h), [SeatKind::Standard; 2], "p switches back");
}

#[test]
fn w_picks_a_wheelchair_space_with_its_companion_seat() {
    let mut h = Harness::new("wheelchair");
    h.press("Down Enter w");
    let mut kinds = selected_kinds(&h);
    kinds.sort();
    assert_eq!(kinds, [SeatKind::Wheelchair, SeatKind::Companion], "{}", h.app.message.text);
    h.press("2");
    assert_eq!(selected_kinds(&h), [SeatKind::Standard; 2], "w does not change what a digit picks");
}

#[test]
fn digits_refuse_at_once_where_sales_have_closed() {
    let mut h = Harness::new("closed_digits");
    // 11:00: the 10:00 showing's sales closed at 10:20.
    h.press("Up Up Enter");
    let seats = h.app.seats.as_ref().expect("a map");
    assert_eq!(seats.map.sales_at(h.now), SalesState::SalesClosed);
    h.press("2");
    assert!(selected_kinds(&h).is_empty(), "nothing picked for a sale that cannot happen");
    assert_eq!(h.app.message.text, text::not_selling(SalesState::SalesClosed));
    assert_eq!(h.app.message.tone, Tone::Error);
}

#[test]
fn clearing_the_selection_clears_the_line_about_it() {
    let mut h = Harness::new("bksp_line");
    h.press("Enter 2 Bksp");
    assert!(selected_kinds(&h).is_empty());
    assert_eq!(h.app.message.text, text::selection_cleared(), "no 'Best 2' beside 'Nothing selected'");
}

#[test]
fn a_seat_taken_note_goes_once_the_seat_is_free_again() {
    let mut h = Harness::new("taken_note");
    h.press("Enter 2");
    let seats = h.app.seats.as_ref().expect("a map");
    let showing = seats.map.showing.id;
    let first = seats.selected()[0].label.clone();
    let mut other = h.other_counter("counter-3");
    let hold = other.hold(showing, std::slice::from_ref(&first), None, h.now).expect("held");
    h.refresh();
    assert!(h.app.message.text.contains("just taken at counter-3"), "{}", h.app.message.text);
    other.cancel(&hold.booking, h.now).expect("cancelled");
    h.refresh();
    assert!(!h.app.message.text.contains("just taken"), "stale: {}", h.app.message.text);
}

#[test]
fn find_and_report_in_checkout_say_to_finish_the_sale_first() {
    let mut h = Harness::new("checkout_keys");
    h.press("Enter 2 Enter");
    assert_eq!(h.app.screen, Screen::Checkout);
    h.press("/");
    assert_eq!(h.app.message.text, text::finish_sale_first());
    h.press("R");
    assert_eq!((h.app.screen, h.app.message.text.as_str()), (Screen::Checkout, text::finish_sale_first().as_str()));
}

#[test]
fn enter_on_a_sold_seat_opens_its_booking() {
    let mut h = Harness::new("enter_sold");
    h.press("Enter 2 Enter Enter");
    assert_eq!(h.app.screen, Screen::Sold);
    let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
    // Back to the map, whose cursor stands on the first seat just sold.
    h.press("Esc");
    assert_eq!(h.app.screen, Screen::Seats);
    let seats = h.app.seats.as_ref().expect("a map");
    assert_eq!(seats.cursor_seat().and_then(|s| s.booking.clone()).as_deref(), Some(code.as_str()));
    h.press("Enter");
    assert_eq!(h.app.screen, Screen::Booking, "{}", h.app.message.text);
    assert_eq!(h.app.booking.as_ref().map(|b| b.detail.booking.code.clone()), Some(code));
    assert_eq!(holds_sent(&h), 1, "only the sale's own hold");
}

#[test]
fn g_and_a_label_put_the_cursor_on_that_seat() {
    let mut h = Harness::new("go_to");
    h.press("Enter g c9 Enter");
    let seats = h.app.seats.as_ref().expect("a map");
    assert_eq!(seats.cursor_seat().map(|s| s.label.to_string()).as_deref(), Some("C9"));
    assert!(h.app.overlay.is_none(), "the prompt closed");
    h.press("g Z99 Enter");
    assert_eq!(h.app.message.text, text::no_seat_here("Z99"));
    assert!(h.app.overlay.is_some(), "the prompt stays open to correct the label");
    h.press("Esc");
    let seats = h.app.seats.as_ref().expect("a map");
    assert_eq!(seats.cursor_seat().map(|s| s.label.to_string()).as_deref(), Some("C9"), "unmoved");
}

#[test]
fn checkout_of_nine_seats_at_60x16_keeps_total_payment_and_change_on_screen() {
    let mut h = Harness::new("checkout_small");
    h.press("Enter 9 Enter");
    assert_eq!(h.app.screen, Screen::Checkout, "{}", h.app.message.text);
    h.press("100000");
    for step in 0..9 {
        let screen = h.screen(60, 16);
        for always in [text::total(), text::payment(), text::tendered()] {
            assert!(screen.contains(&always), "{always} off screen at step {step}:\n{screen}");
        }
        assert!(screen.contains('▶'), "the seat being edited is on screen at step {step}:\n{screen}");
        h.press("Down");
    }
}

#[test]
fn checkout_warns_once_when_the_hold_has_a_minute_left() {
    let mut h = Harness::new("hold_warning");
    h.press("Enter 2 Enter");
    assert_eq!(h.app.screen, Screen::Checkout);
    h.wait(8 * 60);
    assert!(!h.app.message.text.contains("left on this hold"), "two minutes left: {}", h.app.message.text);
    h.wait(61);
    assert!(h.app.message.text.contains("59 s left on this hold"), "{}", h.app.message.text);
    assert_eq!(h.app.message.tone, Tone::Error);
    assert_eq!(h.app.screen, Screen::Checkout, "still selling");
}

#[test]
fn a_hold_left_by_a_killed_screen_at_this_counter_shows_as_held_here() {
    let mut h = Harness::new("stranded_hold");
    h.press("Enter");
    let showing = h.app.seats.as_ref().expect("a map").map.showing.id;
    // The screen before the crash, at the same counter.
    let label: crate::domain::SeatLabel = "C3".parse().expect("label");
    let held = h.other_counter("counter-1").hold(showing, std::slice::from_ref(&label), None, h.now).expect("held");
    h.refresh();
    let seats = h.app.seats.as_ref().expect("a map");
    let place = seats.place_of(Some(&label)).expect("C3");
    assert!(
        matches!(seats.plan.spot(place), crate::tui::seat_map::Spot::Seat { look: crate::tui::theme::Look::Mine, .. }),
        "not 'held elsewhere'"
    );
    h.press("g C3 Enter Enter");
    assert_eq!(h.app.screen, Screen::Booking, "{}", h.app.message.text);
    assert_eq!(h.app.booking.as_ref().map(|b| b.detail.booking.code.clone()), Some(held.booking));
}
