//! The manager's side at the screen, against the real engine: blocking and unblocking seats,
//! cancelling a showing after a question that counts what it refunds, and the day report.

use super::harness::Harness;
use crate::domain::{BookingStatus, SeatLabel, SeatStatus, ShowingId, ShowingStatus};
use crate::tui::app::{Confirm, Overlay, Screen};

fn seat_status(h: &mut Harness, showing: ShowingId, label: &str) -> SeatStatus {
    let map = h.engine.seat_map(showing, h.now).expect("seat map");
    map.seats.iter().find(|s| s.label.to_string() == label).map(|s| s.status).expect("the seat")
}

fn open_showing(h: &Harness) -> ShowingId {
    h.app.open_showing.expect("a showing open")
}

/// Signs `who` in and opens the shift.
fn at_work(name: &str, who: &str) -> Harness {
    let mut h = Harness::with_staff(name);
    h.sign_in(who);
    h.press("S 500000 Enter");
    h
}

#[test]
fn a_manager_blocks_the_cursor_seat_and_unblocks_it_again() {
    let mut h = at_work("block_cursor", "Ayu");
    h.press("Enter");
    let showing = open_showing(&h);
    let seat = h.app.seats.as_ref().and_then(|s| s.cursor_seat()).map(|s| s.label.to_string()).expect("a seat");
    h.press("b");
    assert!(matches!(h.app.overlay, Some(Overlay::Reason(_))));
    h.press("2 Enter");
    assert_eq!(h.app.overlay, None, "{}", h.app.message.text);
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Blocked);
    assert_eq!(h.app.message.text, format!("Blocked {seat} for this showing."));
    h.press("u 1 Enter");
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Available);
    assert_eq!(h.app.message.text, format!("{seat} available again."));
}

#[test]
fn the_selected_seats_are_blocked_together_with_a_typed_reason_and_unblocked_by_selecting_them() {
    let mut h = at_work("block_selection", "Ayu");
    h.press("Enter 2");
    let showing = open_showing(&h);
    let chosen: Vec<String> =
        h.app.seats.as_ref().expect("map").selected().iter().map(|s| s.label.to_string()).collect();
    h.press("b 5 press Space night Enter");
    for seat in &chosen {
        assert_eq!(seat_status(&mut h, showing, seat), SeatStatus::Blocked, "{seat}");
    }
    assert!(h.app.seats.as_ref().expect("map").selected().is_empty(), "the selection is done with");
    // Space selects blocked seats too, and Enter will not hold them.
    h.press("Space");
    assert_eq!(h.app.seats.as_ref().expect("map").selected().len(), 1, "{}", h.app.message.text);
    h.press("Enter");
    assert_eq!(h.app.message.text, crate::tui::text::blocked_selected());
    h.press("Bksp u 1 Enter");
    assert_eq!(seat_status(&mut h, showing, &chosen[0]), SeatStatus::Available, "the cursor seat");
    assert_eq!(seat_status(&mut h, showing, &chosen[1]), SeatStatus::Blocked);
    let events = h.engine.events(crate::domain::EventId(0), 500).expect("events");
    let blocked = events.iter().find(|e| e.kind == crate::domain::EventKind::Blocked).expect("a blocked event");
    assert_eq!(blocked.data["reason"], "press night");
}

#[test]
fn a_cashier_blocks_seats_with_a_managers_approval() {
    let mut h = at_work("block_cashier", "Budi");
    h.press("Enter");
    let showing = open_showing(&h);
    let seat = h.app.seats.as_ref().and_then(|s| s.cursor_seat()).map(|s| s.label.to_string()).expect("a seat");
    h.press("b 1 Enter");
    assert!(matches!(h.app.overlay, Some(Overlay::Approval(_))), "{}", h.app.message.text);
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Available, "not yet");
    h.press("Ayu Tab 1111 Enter");
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Blocked);
    let events = h.engine.events(crate::domain::EventId(0), 500).expect("events");
    let blocked = events.iter().find(|e| e.kind == crate::domain::EventKind::Blocked).expect("a blocked event");
    assert_eq!((blocked.staff.as_deref(), blocked.approver.as_deref()), (Some("Budi"), Some("Ayu")));
    // The approval was used up: the next block asks again.
    h.press("Right b 1 Enter");
    assert!(matches!(h.app.overlay, Some(Overlay::Approval(_))));
}

#[test]
fn cancelling_a_showing_says_how_many_bookings_it_refunds_then_refunds_them() {
    let mut h = at_work("cancel_showing", "Ayu");
    h.press("Enter 2 Enter Enter");
    let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
    let showing = open_showing(&h);
    h.press("Esc Esc");
    assert_eq!(h.app.screen, Screen::Showings);
    h.press("C 1 Enter");
    let Some(Overlay::Confirm(Confirm::CancelShowing(plan))) = &h.app.overlay else {
        panic!("no question: {}", h.app.message.text)
    };
    assert_eq!((plan.preview.bookings, plan.preview.seats, plan.preview.holds), (1, 2, 0));
    assert_eq!(plan.reason, "projector failure");
    assert!(h.screen(120, 40).contains("1 paid booking (2 seats) will be refunded in full"), "{}", h.screen(120, 40));
    h.press("y");
    assert_eq!(h.app.overlay, None);
    assert!(
        h.app.message.text.starts_with(&format!("Showing {showing} cancelled: 1 bookings")),
        "{}",
        h.app.message.text
    );
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").booking.status, BookingStatus::Refunded);
    let list = h.app.showings.as_ref().expect("list");
    assert_eq!(list.current().map(|s| s.showing.status), Some(ShowingStatus::Cancelled));
    h.press("C");
    assert!(h.app.message.text.contains("nothing to cancel"), "{}", h.app.message.text);
}

#[test]
fn n_keeps_the_showing_and_a_cashier_needs_approval_to_cancel_one() {
    let mut h = at_work("cancel_showing_cashier", "Budi");
    h.press("C 4 Enter n");
    assert_eq!(h.app.overlay, None);
    let showing = h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("a showing");
    h.press("C 4 Enter y");
    assert!(matches!(h.app.overlay, Some(Overlay::Approval(_))), "{}", h.app.message.text);
    h.press("Esc");
    let list = h.engine.showings(None, h.now).expect("showings");
    let row = list.showings.iter().find(|(s, _)| s.showing.id == showing).expect("the showing");
    assert_eq!(row.0.showing.status, ShowingStatus::Open, "abandoned: still on");
    h.press("C 4 Enter y Ayu Tab 1111 Enter");
    let list = h.engine.showings(None, h.now).expect("showings");
    let row = list.showings.iter().find(|(s, _)| s.showing.id == showing).expect("the showing");
    assert_eq!(row.0.showing.status, ShowingStatus::Cancelled);
}

#[test]
fn the_report_follows_the_day_keys_like_the_showings_list() {
    let mut h = at_work("report", "Budi");
    h.press("Enter 2 Enter Enter Esc Esc R");
    assert_eq!(h.app.screen, Screen::Report);
    let data = |h: &Harness| h.app.report.as_ref().and_then(|r| r.data.clone()).expect("loaded");
    let today = data(&h).day;
    assert_eq!(data(&h).sales_total, 90_000);
    assert!(h.screen(120, 40).contains("Sales IDR 90,000 · Refunds IDR 0 · Net IDR 90,000"), "{}", h.screen(120, 40));
    h.press("Right");
    assert_eq!(data(&h).day, today.succ_opt().expect("a day"));
    assert_eq!(data(&h).sales_total, 0);
    h.press("Left Left");
    assert_eq!(data(&h).day, today.pred_opt().expect("a day"));
    assert_eq!(h.app.showings.as_ref().expect("list").day, data(&h).day, "the list follows the day");
    h.press("t");
    assert_eq!(data(&h).day, today);
    h.press("Esc");
    assert_eq!(h.app.screen, Screen::Showings);
    assert!(h.app.report.is_none());
}

#[test]
fn the_labels_picked_by_block_are_the_ones_sent() {
    // A small guard on the plumbing: the reason form sends exactly the seats it shows.
    let mut h = at_work("block_labels", "Ayu");
    h.press("Enter 3 b 1 Enter");
    let sent: Vec<Vec<SeatLabel>> = h
        .log
        .iter()
        .filter_map(|c| match c {
            crate::tui::event::Command::Block { seats, .. } => Some(seats.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].len(), 3);
}

/// The staff rows of the README's keystroke table, script by script: the count and the result.
#[test]
fn the_staff_keystroke_counts_in_the_readme_hold() {
    use super::harness::keys;
    let count = |script: &str| keys(script).len();
    let mut h = Harness::with_staff("readme_staff");
    // Sign in: the name, the PIN and 2.
    assert_eq!(count("Ayu Tab 1111 Enter"), "Ayu".len() + "1111".len() + 2);
    h.press("Ayu Tab 1111 Enter");
    assert_eq!(h.app.screen, Screen::Showings);
    // Open the shift: 2 and the digits.
    assert_eq!(count("S 500000 Enter"), 2 + 6);
    h.press("S 500000 Enter");
    assert_eq!(h.app.shift.as_ref().map(|s| s.shift.float), Some(500_000));
    // Block the cursor's seat as a house seat, then unblock it: 3 each.
    h.press("Enter");
    let showing = open_showing(&h);
    let seat = h.app.seats.as_ref().and_then(|s| s.cursor_seat()).map(|s| s.label.to_string()).expect("a seat");
    assert_eq!(count("b 1 Enter"), 3);
    h.press("b 1 Enter");
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Blocked);
    assert_eq!(count("u 1 Enter"), 3);
    h.press("u 1 Enter");
    assert_eq!(seat_status(&mut h, showing, &seat), SeatStatus::Available);
    // Cancel the highlighted showing: 4.
    h.press("Esc");
    assert_eq!(count("C 1 Enter y"), 4);
    h.press("C 1 Enter y");
    let list = h.app.showings.as_ref().expect("list");
    assert_eq!(list.current().map(|s| s.showing.status), Some(ShowingStatus::Cancelled));
    // The report: 1.
    h.press("R");
    assert_eq!(h.app.screen, Screen::Report);
    // Close the shift: 2 and the digits.
    h.press("Esc");
    assert_eq!(count("S 500000 Enter"), 2 + 6);
    h.press("S 500000 Enter");
    assert!(
        matches!(&h.app.overlay, Some(Overlay::Shift(form)) if matches!(form.mode, crate::tui::app::ShiftMode::Closed(_)))
    );
}
