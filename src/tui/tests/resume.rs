//! A hold survives a crash of the screen (issue 8, trap 6): this counter's open holds are listed
//! and go back to checkout with `$`; any running hold found by its code is paid from its booking.

use insta::assert_snapshot;

use super::harness::Harness;
use crate::domain::selling::SalesState;
use crate::domain::{BookingStatus, PaymentMethod, SeatLabel, ShowingId};
use crate::tui::app::Screen;
use crate::tui::text;

fn labels(list: &str) -> Vec<SeatLabel> {
    SeatLabel::parse_list([list]).expect("labels")
}

/// The 12:30 showing under the cursor (the list opens on the 11:30 one).
fn twelve_thirty(h: &mut Harness) -> ShowingId {
    h.press("Down");
    h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("12:30")
}

/// A hold placed by `counter` through its own engine, as a screen that was then killed would
/// have left it; the screen under test then reads the database afresh.
fn left_open(h: &mut Harness, counter: &str, seats: &str) -> String {
    let showing = twelve_thirty(h);
    let held = h.other_counter(counter).hold(showing, &labels(seats), None, h.now).expect("held");
    h.refresh();
    held.booking
}

fn status_of(h: &mut Harness, code: &str) -> BookingStatus {
    h.engine.booking(code, h.now).expect("the booking").booking.status
}

#[test]
fn a_hold_this_counter_left_open_is_listed_and_dollar_takes_it_back_to_checkout() {
    let mut h = Harness::new("resume_listed");
    let code = left_open(&mut h, "counter-1", "F7,F8");
    assert_eq!(h.app.open_holds.iter().map(|hold| hold.code.as_str()).collect::<Vec<_>>(), [code.as_str()]);
    assert_eq!(h.app.message.text, text::holds_left_open(1), "said before any key");
    assert!(h.screen(120, 40).contains(&code), "listed under the showings");
    h.press("$");
    assert_eq!(h.app.screen, Screen::Checkout, "{}", h.app.message.text);
    let checkout = h.app.checkout.as_ref().expect("checkout");
    assert_eq!(checkout.code, code);
    assert_eq!(checkout.lines.iter().map(|l| l.label.to_string()).collect::<Vec<_>>(), ["F7", "F8"]);
    h.press("Enter");
    assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
    assert_eq!(status_of(&mut h, &code), BookingStatus::Paid);
    assert!(h.app.open_holds.is_empty(), "a paid hold is no longer listed");
}

#[test]
fn another_counters_hold_is_not_offered_here() {
    let mut h = Harness::new("resume_other_counter");
    left_open(&mut h, "counter-2", "F7,F8");
    assert!(h.app.open_holds.is_empty());
    h.press("$");
    assert_eq!(h.app.screen, Screen::Showings);
    assert_eq!(h.app.message.text, text::no_open_holds());
}

#[test]
fn a_hold_that_ran_out_is_no_longer_listed_and_its_end_is_said() {
    let mut h = Harness::new("resume_expired");
    left_open(&mut h, "counter-1", "F7");
    assert_eq!(h.app.open_holds.len(), 1);
    h.wait(10 * 60 + 1);
    assert!(h.app.open_holds.is_empty(), "the venue's 10-minute hold is over");
    assert_eq!(h.app.message.text, text::hold_ran_out(&["F7".to_owned()]), "and the cashier is told");
}

#[test]
fn a_hold_found_by_its_code_is_paid_from_the_booking_view() {
    let mut h = Harness::new("resume_by_code");
    let code = left_open(&mut h, "counter-2", "G1,G2,G3");
    h.press(&format!("/ {code} Enter"));
    assert_eq!(h.app.screen, Screen::Booking);
    h.press("$");
    assert_eq!(h.app.screen, Screen::Checkout, "{}", h.app.message.text);
    h.press("Tab Enter");
    assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
    let detail = h.engine.booking(&code, h.now).expect("the booking");
    assert_eq!((detail.booking.status, detail.booking.payment), (BookingStatus::Paid, Some(PaymentMethod::Card)));
}

#[test]
fn a_paid_booking_is_not_taken_to_checkout_again() {
    let mut h = Harness::new("resume_paid");
    let code = left_open(&mut h, "counter-2", "G1");
    h.other_counter("counter-2").sell(&code, PaymentMethod::Cash, None, h.now).expect("sold");
    h.press(&format!("/ {code} Enter Enter"));
    assert_eq!(h.app.screen, Screen::Booking);
    assert_eq!(h.app.message.text, text::nothing_to_pay(&text::booking_status(BookingStatus::Paid)));
    assert!(h.app.checkout.is_none());
}

#[test]
fn showings_with_a_hold_left_open() {
    super::harness::in_every_language(|| {
        let mut h = Harness::new("snap_resume");
        left_open(&mut h, "counter-1", "F7,F8");
        for (width, height) in [(120, 40), (80, 24)] {
            h.send(crate::tui::event::Event::Resize(width, height));
            let name = super::harness::spoken("open_hold");
            assert_snapshot!(format!("{name}_{width}x{height}"), h.screen(width, height));
        }
    });
}

#[test]
fn after_signing_in_the_counters_open_hold_is_listed_and_paid() {
    let mut h = Harness::with_staff("resume_sign_in");
    let showing = {
        let mut engine = h.other_counter("counter-1");
        let ids = engine.showings(None, h.now).expect("showings");
        ids.showings
            .iter()
            .find(|(s, state)| s.showing.starts_at > h.now && *state == SalesState::Selling)
            .map(|(s, _)| s.showing.id)
    }
    .expect("a showing that sells");
    let mut before_crash = h.other_counter("counter-1");
    before_crash.sign_in("Budi", "2222", h.now).expect("Budi signs in");
    let held = before_crash.hold(showing, &labels("D4,D5"), None, h.now).expect("held");
    h.refresh();
    assert_eq!(h.app.screen, Screen::SignIn);
    h.sign_in("Budi");
    assert!(h.screen(120, 40).contains(&held.booking), "listed once signed in");
    h.press("S 500000 Enter $");
    assert_eq!(h.app.checkout.as_ref().map(|c| c.code.clone()), Some(held.booking.clone()), "{}", h.app.message.text);
    h.press("Enter");
    assert_eq!(status_of(&mut h, &held.booking), BookingStatus::Paid, "{}", h.app.message.text);
}
