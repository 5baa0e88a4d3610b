//! The cashier's tasks, key by key, against the real engine; the database is checked through the
//! engine afterwards.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::harness::{Harness, keys};
use crate::domain::{BookingStatus, ClaimState, PaymentMethod, SeatLabel, ShowingId};
use crate::tui::app::{Confirm, Overlay, Screen, Tone};
use crate::tui::event::{Command, Done, Event, Failure, Loaded, Watched};

fn sold_code(h: &Harness) -> String {
    h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("a sale on screen")
}

fn open_showing(h: &Harness) -> ShowingId {
    h.app.open_showing.expect("a showing open")
}

#[test]
fn the_cursor_starts_on_the_next_showing_that_still_sells() {
    let h = Harness::new("next_showing");
    let list = h.app.showings.as_ref().expect("loaded");
    let current = list.current().expect("a showing");
    // 11:00: the 10:00 has closed, the 10:45 started already; the 11:30 is next.
    assert_eq!(current.showing.starts_at.with_timezone(&h.app.zone).format("%H:%M").to_string(), "11:30");
}

#[test]
fn two_best_seats_for_cash_take_four_keys_from_the_showings_list() {
    let mut h = Harness::new("two_for_cash");
    let script = "Enter 2 Enter Enter";
    assert_eq!(keys(script).len(), 4);
    h.press(script);
    assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
    let code = sold_code(&h);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    assert_eq!(detail.booking.status, BookingStatus::Paid);
    assert_eq!(detail.booking.payment, Some(PaymentMethod::Cash));
    assert_eq!(detail.seats.len(), 2);
    assert!(
        detail
            .seats
            .iter()
            .all(|s| s.ticket_type.as_ref().map(crate::domain::pricing::TicketType::as_str) == Some("adult"))
    );
    let rows: Vec<&str> = detail.seats.iter().map(|s| s.label.row()).collect();
    assert_eq!(rows[0], rows[1], "together in one row");
    assert!(h.engine.verify().expect("verify").is_empty());
}

#[test]
fn a_child_ticket_takes_one_key_more() {
    let mut h = Harness::new("child_ticket");
    h.press("Enter 2 Enter Right Enter");
    let detail = h.engine.booking(&sold_code(&h), h.now).expect("booking");
    let types: Vec<&str> = detail
        .seats
        .iter()
        .filter_map(|s| s.ticket_type.as_ref().map(crate::domain::pricing::TicketType::as_str))
        .collect();
    assert_eq!(types, ["child", "adult"]);
    assert_eq!(detail.booking.total, Some(35_000 + 45_000));
}

#[test]
fn cash_tendered_gives_the_change_and_too_little_is_refused() {
    let mut h = Harness::new("tendered");
    h.press("Enter 2 Enter 50000 Enter");
    assert_eq!(h.app.screen, Screen::Checkout, "IDR 50,000 does not pay IDR 90,000");
    assert_eq!(h.app.message.tone, Tone::Error);
    h.press("Bksp Bksp Bksp Bksp Bksp 100000 Enter");
    let sold = h.app.sold.as_ref().expect("sold");
    assert_eq!(sold.change(), Some(10_000));
}

#[test]
fn a_sale_writes_a_receipt_named_after_the_booking() {
    let mut h = Harness::new("receipt");
    h.press("Enter 1 Enter Enter");
    let sold = h.app.sold.as_ref().expect("sold");
    let path = sold.sale.receipt_file.as_ref().expect("written");
    let text = std::fs::read_to_string(path).expect("readable");
    assert!(text.contains(&sold.sale.receipt.booking));
    assert!(text.contains("IDR 45,000"));
    assert!(h.app.message.text.contains(&path.display().to_string()), "the path is in the status line");
}

#[test]
fn keys_typed_before_the_database_answers_are_kept_in_order() {
    let mut h = Harness::new("typeahead");
    h.hold_back();
    h.press("Enter 2 Enter Enter");
    assert_eq!(h.app.screen, Screen::Seats, "still waiting for the map");
    h.release();
    assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
}

#[test]
fn a_cursor_move_asks_nothing_of_the_database() {
    let mut h = Harness::new("cursor");
    h.press("Enter");
    for key in keys("Left Right Up Down h j k l Space Space Down Down Up") {
        let commands = h.app.update(Event::Key(key));
        assert!(commands.is_empty(), "{key:?} asked for {commands:?}");
    }
}

#[test]
fn left_and_right_change_the_day_and_t_comes_back_to_today() {
    let mut h = Harness::new("days");
    let today = h.app.showings.as_ref().expect("loaded").day;
    h.press("Right");
    assert_eq!(h.app.showings.as_ref().expect("loaded").day, today.succ_opt().expect("a day"));
    h.press("Left Left");
    assert_eq!(h.app.showings.as_ref().expect("loaded").day, today.pred_opt().expect("a day"));
    h.press("t");
    assert_eq!(h.app.showings.as_ref().expect("loaded").day, today);
}

#[test]
fn a_selected_seat_taken_at_another_counter_is_dropped_and_the_cashier_told() {
    let mut h = Harness::new("taken_meanwhile");
    h.press("Enter 2");
    let showing = open_showing(&h);
    let seats = h.app.seats.as_ref().expect("map");
    let first: SeatLabel = seats.selected()[0].label.clone();
    let mut other = h.other_counter("counter-2");
    other.hold(showing, std::slice::from_ref(&first), None, h.now).expect("the other counter holds it");
    h.refresh();
    let seats = h.app.seats.as_ref().expect("map");
    assert_eq!(seats.selected().len(), 1);
    assert_eq!(h.app.message.text, format!("{first} was just taken at counter-2."));
}

#[test]
fn holding_a_seat_someone_just_took_says_where_and_holds_nothing() {
    let mut h = Harness::new("hold_conflict");
    h.press("Enter 2");
    let showing = open_showing(&h);
    let first = h.app.seats.as_ref().expect("map").selected()[0].label.clone();
    let mut other = h.other_counter("counter-2");
    other.hold(showing, std::slice::from_ref(&first), None, h.now).expect("held there first");
    h.hold_back();
    h.press("Enter");
    h.release();
    assert_eq!(h.app.screen, Screen::Seats);
    assert_eq!(h.app.message.text, format!("{first} was just taken at counter-2"));
    assert!(h.app.checkout.is_none());
}

#[test]
fn esc_in_checkout_asks_then_releases_the_hold() {
    let mut h = Harness::new("release");
    h.press("Enter 2 Enter");
    let code = h.app.checkout.as_ref().expect("checkout").code.clone();
    h.press("Esc");
    assert_eq!(h.app.overlay, Some(Overlay::Confirm(Confirm::Release)));
    h.press("n");
    assert_eq!(h.app.screen, Screen::Checkout, "n keeps the hold");
    h.press("Esc y");
    assert_eq!(h.app.screen, Screen::Seats);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    assert_eq!(detail.booking.status, BookingStatus::Cancelled);
}

#[test]
fn q_quits_at_once_without_a_hold_and_asks_first_with_one() {
    let mut h = Harness::new("quit_plain");
    h.press("q");
    assert!(h.quit);

    let mut h = Harness::new("quit_hold");
    h.press("Enter 2 Enter q");
    assert!(!h.quit, "asks first");
    assert_eq!(h.app.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    let code = h.app.checkout.as_ref().expect("checkout").code.clone();
    h.press("y");
    assert!(h.quit);
    let released = h.log.iter().position(|c| *c == Command::Cancel { code: code.clone() }).expect("released");
    assert!(released < h.log.iter().position(|c| *c == Command::Quit).expect("quit"), "released before quitting");
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Cancelled);
}

#[test]
fn ctrl_c_quits_even_from_a_text_field_and_a_signal_releases_the_hold() {
    let mut h = Harness::new("ctrl_c");
    h.press("/ AB C-c");
    assert!(h.quit);

    let mut h = Harness::new("signal");
    h.press("Enter 1 Enter");
    let code = h.app.checkout.as_ref().expect("checkout").code.clone();
    h.send(Event::Signal);
    assert!(h.quit);
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Cancelled);
}

#[test]
fn a_hold_that_runs_out_closes_checkout_and_tells_the_cashier() {
    let mut h = Harness::new("expiry");
    h.press("Enter 2 Enter");
    let code = h.app.checkout.as_ref().expect("checkout").code.clone();
    h.wait(9 * 60);
    assert_eq!(h.app.screen, Screen::Checkout);
    h.wait(61);
    assert_eq!(h.app.screen, Screen::Seats);
    assert!(h.app.message.text.contains("ran out"), "{}", h.app.message.text);
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Expired);
}

#[test]
fn extending_the_hold_gives_it_a_fresh_ten_minutes() {
    let mut h = Harness::new("extend");
    h.press("Enter 2 Enter");
    h.wait(8 * 60);
    h.press("e");
    let checkout = h.app.checkout.as_ref().expect("checkout");
    assert_eq!(checkout.seconds_left(h.now), 10 * 60);
    h.wait(5 * 60);
    assert_eq!(h.app.screen, Screen::Checkout, "still held after the first ten minutes");
}

#[test]
fn refund_one_seat_with_a_common_reason() {
    let mut h = Harness::new("refund_one");
    h.press("Enter 2 Enter Enter");
    let code = sold_code(&h);
    h.press(&format!("Esc / {code} Enter"));
    assert_eq!(h.app.screen, Screen::Booking);
    let script = "r Space 1 Enter";
    h.press(script);
    assert_eq!(h.app.overlay, None, "{}", h.app.message.text);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    let states: Vec<ClaimState> = detail.seats.iter().map(|s| s.state).collect();
    assert_eq!(states, [ClaimState::Sold, ClaimState::Refunded], "the first seat was unchosen");
    assert_eq!(detail.refunds[0].reason, "customer changed plans");
    assert_eq!(detail.refunds[0].amount, 45_000);
    // The booking on screen follows without a reload key.
    let shown = h.app.booking.as_ref().expect("booking on screen");
    assert_eq!(shown.detail.refunds.len(), 1);
}

#[test]
fn a_refund_needs_a_reason_and_may_be_lowered_but_not_raised() {
    let mut h = Harness::new("refund_rules");
    h.press("Enter 1 Enter Enter");
    let code = sold_code(&h);
    h.press(&format!("/ {code} Enter r Enter"));
    assert_eq!(h.app.message.text, crate::tui::text::REFUND_NO_REASON);
    h.press("5 late Tab 50000 Enter");
    assert!(h.app.message.text.contains("at most"), "{}", h.app.message.text);
    h.press("Bksp Bksp Bksp Bksp Bksp 20000 Enter");
    let detail = h.engine.booking(&code, h.now).expect("booking");
    assert_eq!(detail.refunds[0].amount, 20_000);
    assert_eq!(detail.refunds[0].reason, "late");
    assert_eq!(detail.booking.status, BookingStatus::Refunded);
}

#[test]
fn a_hold_found_by_its_code_can_be_cancelled() {
    let mut h = Harness::new("cancel_found");
    let showing = h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("a showing");
    let mut other = h.other_counter("counter-2");
    let hold = other.hold(showing, &["C3".parse().expect("label")], None, h.now).expect("held");
    let script = format!("/ {} Enter c y", hold.booking.to_lowercase());
    assert_eq!(keys(&script).len(), 10);
    h.press(&script);
    assert_eq!(h.engine.booking(&hold.booking, h.now).expect("booking").booking.status, BookingStatus::Cancelled);
    assert_eq!(h.app.screen, Screen::Booking);
    assert_eq!(h.app.booking.as_ref().expect("shown").detail.effective_status, BookingStatus::Cancelled);
}

#[test]
fn an_unknown_or_malformed_code_says_so_and_stays_put() {
    let mut h = Harness::new("unknown_code");
    h.press("/ AAAAAA Enter");
    assert_eq!(h.app.screen, Screen::Showings);
    assert_eq!(h.app.message.text, "there is no booking AAAAAA");
    h.press("/ AB1 Enter");
    assert!(matches!(h.app.overlay, Some(Overlay::Find(_))), "the prompt stays open to correct it");
    assert_eq!(h.app.message.tone, Tone::Error);
}

#[test]
fn a_database_error_is_shown_and_nothing_is_lost() {
    let mut h = Harness::new("db_error");
    h.press("Enter 2");
    let selected = h.app.seats.as_ref().expect("map").selected().len();
    h.hold_back();
    h.press("Enter");
    // The desk answers with the store's error instead of carrying the hold out.
    let message = "the database stayed locked by another counter for too long; nothing was changed, try again";
    h.send(Event::Done(Done::Held(Err(Failure {
        message: message.to_owned(),
        seats: vec![],
        conflict: None,
        unauthorized: false,
    }))));
    assert_eq!(h.app.message.text, message);
    assert_eq!(h.app.screen, Screen::Seats);
    assert_eq!(h.app.seats.as_ref().expect("map").selected().len(), selected, "the selection is kept");
    h.send(Event::Loaded(Loaded::Failed { what: Watched::Tick, message: "disk full".to_owned() }));
    assert_eq!(h.app.message.text, "disk full");
    // Still usable: the next key works.
    let commands = h.app.update(Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    assert!(commands.iter().all(|c| matches!(c, Command::Watch(_))));
    assert_eq!(h.app.screen, Screen::Showings);
}

#[test]
fn another_counters_sale_shows_on_the_next_reload() {
    let mut h = Harness::new("other_sale");
    h.press("Enter");
    let showing = open_showing(&h);
    let mut other = h.other_counter("counter-2");
    let hold = other.hold(showing, &["A5".parse().expect("label")], None, h.now).expect("held");
    other.sell(&hold.booking, PaymentMethod::Card, None, h.now).expect("sold");
    h.refresh();
    let seats = h.app.seats.as_ref().expect("map");
    let a5 = seats.map.seats.iter().find(|s| s.label.to_string() == "A5").expect("A5");
    assert_eq!(a5.status, crate::domain::SeatStatus::Occupied);
}

/// The keystroke table of the README, script by script: the count and that it did the job.
#[test]
fn the_keystroke_counts_in_the_readme_hold() {
    let count = |script: &str| keys(script).len();
    // Sell the 2 best seats of the next showing for cash: 4.
    let mut h = Harness::new("readme_sell");
    assert_eq!(count("Enter 2 Enter Enter"), 4);
    h.press("Enter 2 Enter Enter");
    let code = sold_code(&h);
    // Find a booking: 8.
    let find = format!("/ {code} Enter");
    assert_eq!(count(&find), 8);
    // Refund a whole booking: 11.
    assert_eq!(count(&format!("{find} r 1 Enter")), 11);
    h.press(&format!("{find} r 1 Enter"));
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Refunded);

    // One child ticket: 5.
    let mut h = Harness::new("readme_child");
    assert_eq!(count("Enter 2 Enter Right Enter"), 5);
    h.press("Enter 2 Enter Right Enter");
    let code = sold_code(&h);
    // Refund the first seat of two: 13 (the second: 12, in refund_one_seat_with_a_common_reason).
    let script = format!("Esc / {code} Enter r Down Space 1 Enter");
    assert_eq!(count(&script) - 1, 13, "Esc only leaves the sale screen");
    h.press(&script);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    let states: Vec<ClaimState> = detail.seats.iter().map(|s| s.state).collect();
    assert_eq!(states, [ClaimState::Refunded, ClaimState::Sold]);
    assert_eq!(detail.refunds[0].amount, 35_000, "the child ticket's price");

    // Release the hold being sold: 2.
    let mut h = Harness::new("readme_release");
    h.press("Enter 2 Enter");
    let code = h.app.checkout.as_ref().expect("checkout").code.clone();
    assert_eq!(count("Esc y"), 2);
    h.press("Esc y");
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Cancelled);
}
