//! Staff at the screen, key by key against the real engine: signing in and out, the PIN
//! lockout, a manager's approval on the spot (and who may not give it), the cash shift.

use super::harness::Harness;
use crate::domain::{BookingStatus, ClaimState, Role};
use crate::tui::app::{Overlay, Screen, ShiftMode, Tone};
use crate::tui::event::Command;

fn sold_code(h: &Harness) -> String {
    h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("a sale on screen")
}

/// The status line: the bottom line of the screen.
fn status_line(h: &Harness) -> String {
    h.screen(120, 40).lines().last().unwrap_or_default().to_owned()
}

/// Signs `who` in and opens the shift with a float of 500,000.
fn at_work(name: &str, who: &str) -> Harness {
    let mut h = Harness::with_staff(name);
    h.sign_in(who);
    h.press("S 500000 Enter");
    assert!(h.app.shift.is_some(), "{}", h.app.message.text);
    h
}

/// Sells two seats of the 10:45, which started a quarter of an hour ago (sales close at 11:05),
/// and opens the booking's refund form with the second seat chosen alone.
fn refund_after_the_start(h: &mut Harness) -> String {
    h.press("Up Enter 2 Enter Enter");
    let code = sold_code(h);
    h.press(&format!("Esc / {code} Enter r Space 1 Enter"));
    code
}

#[test]
fn with_staff_the_screen_starts_on_sign_in_and_keys_go_to_the_form() {
    let mut h = Harness::with_staff("sign_in_first");
    assert_eq!(h.app.screen, Screen::SignIn);
    h.press("q ? /");
    assert!(!h.quit, "q is a letter of a name here");
    assert_eq!(h.app.session.form.name.value, "q?/");
    h.press("Esc");
    assert!(h.app.session.form.name.value.is_empty(), "Esc clears the form");
}

#[test]
fn signing_in_shows_the_name_beside_the_counter() {
    let mut h = Harness::with_staff("sign_in_ok");
    h.press("Budi Tab 2222");
    assert!(h.screen(120, 40).contains("▶ PIN   ••••_"), "the PIN is masked");
    assert!(!h.screen(120, 40).contains("2222"));
    h.press("Enter");
    assert_eq!(h.app.screen, Screen::Showings);
    assert_eq!(
        h.app.session.who.as_ref().map(|w| (w.name().to_owned(), w.role())),
        Some(("Budi".into(), Role::Cashier))
    );
    assert!(
        status_line(&h).starts_with(" counter-1 · Budi │ 11:00:00 │ no shift │ Signed in: Budi"),
        "{}",
        status_line(&h)
    );
    // The desk engine acts for Budi now.
    assert!(h.log.iter().any(|c| matches!(c, Command::SignIn { name, .. } if name == "Budi")));
}

#[test]
fn a_wrong_pin_is_said_and_the_pin_typed_again() {
    let mut h = Harness::with_staff("sign_in_wrong");
    h.press("Budi Tab 9999 Enter");
    assert_eq!(h.app.screen, Screen::SignIn);
    assert_eq!(h.app.message.text, "wrong PIN for Budi (1 of 5)");
    assert_eq!(h.app.message.tone, Tone::Error);
    assert_eq!(h.app.session.form.name.value, "Budi", "the name stays");
    assert!(h.app.session.form.pin.is_empty(), "the PIN is cleared");
    h.press("2222 Enter");
    assert_eq!(h.app.screen, Screen::Showings);
}

#[test]
fn five_wrong_pins_lock_the_name_and_the_screen_says_for_how_long() {
    let mut h = Harness::with_staff("sign_in_lockout");
    h.press("Budi Tab");
    for _ in 0..4 {
        h.press("9999 Enter");
    }
    assert_eq!(h.app.message.text, "wrong PIN for Budi (4 of 5)");
    h.press("9999 Enter");
    assert_eq!(h.app.message.text, "Budi is locked after 5 wrong PINs; try again in 60 s");
    h.press("2222 Enter");
    assert_eq!(h.app.screen, Screen::SignIn, "locked even with the right PIN");
    assert!(h.app.message.text.contains("locked"), "{}", h.app.message.text);
}

#[test]
fn signing_out_goes_back_to_sign_in_but_not_with_a_hold_open() {
    let mut h = at_work("sign_out", "Budi");
    h.press("Enter 2 Enter O");
    assert_eq!(h.app.screen, Screen::Checkout, "refused with a hold open");
    assert_eq!(h.app.message.tone, Tone::Error);
    h.press("Esc y Esc O");
    assert_eq!(h.app.screen, Screen::SignIn);
    assert!(h.app.session.who.is_none());
    assert!(h.app.message.text.starts_with("Budi signed out."), "{}", h.app.message.text);
    assert!(status_line(&h).starts_with(" counter-1 │"), "{}", status_line(&h));
    h.sign_in("Citra");
}

#[test]
fn without_staff_nobody_signs_in_or_out() {
    let mut h = Harness::new("no_staff");
    assert_eq!(h.app.screen, Screen::Showings);
    h.press("O");
    assert_eq!(h.app.message.text, crate::tui::text::no_staff());
    assert_eq!(status_line(&h).split('│').count(), 3, "no shift word on a single-user till: {}", status_line(&h));
}

#[test]
fn a_refund_after_the_start_asks_a_manager_then_goes_through_with_their_approval() {
    let mut h = at_work("approval", "Budi");
    let code = refund_after_the_start(&mut h);
    let Some(Overlay::Approval(form)) = &h.app.overlay else { panic!("no approval dialog: {}", h.app.message.text) };
    assert!(matches!(form.action, Command::Refund(_)));
    assert!(matches!(form.back.as_deref(), Some(Overlay::Refund(_))), "the refund form waits underneath");
    h.press("Ayu Tab 1111 Enter");
    assert_eq!(h.app.overlay, None, "{}", h.app.message.text);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    let states: Vec<ClaimState> = detail.seats.iter().map(|s| s.state).collect();
    assert_eq!(states, [ClaimState::Sold, ClaimState::Refunded]);
    assert_eq!(detail.refunds[0].approver.as_deref(), Some("Ayu"));
    assert_eq!(detail.refunds[0].staff.as_deref(), Some("Budi"));
    assert!(h.app.message.text.starts_with("Refunded"), "{}", h.app.message.text);
}

#[test]
fn nobody_approves_themself_and_a_cashier_cannot_approve() {
    let mut h = at_work("approval_refused", "Budi");
    let code = refund_after_the_start(&mut h);
    h.press("Budi Tab 2222 Enter");
    assert_eq!(h.app.message.text, "nobody approves their own action: ask another manager");
    let Some(Overlay::Approval(form)) = &h.app.overlay else { panic!("the dialog stays open") };
    assert_eq!(form.refused.as_deref(), Some("nobody approves their own action: ask another manager"));
    h.press("Tab Bksp Bksp Bksp Bksp Citra Tab 3333 Enter");
    assert_eq!(h.app.message.text, "Citra is a cashier; only a manager approves");
    h.press("Esc");
    assert!(matches!(h.app.overlay, Some(Overlay::Refund(_))), "Esc abandons, back to the refund form");
    assert_eq!(h.engine.booking(&code, h.now).expect("booking").refunds.len(), 0, "nothing was refunded");
}

#[test]
fn a_manager_refunds_after_the_start_without_a_dialog() {
    let mut h = at_work("manager_refund", "Ayu");
    let code = refund_after_the_start(&mut h);
    assert_eq!(h.app.overlay, None, "{}", h.app.message.text);
    let detail = h.engine.booking(&code, h.now).expect("booking");
    assert_eq!(detail.refunds.len(), 1);
    assert_eq!(detail.refunds[0].approver, None, "a manager's own authority needs no approver");
}

#[test]
fn opening_and_closing_the_shift_shows_what_the_drawer_should_hold_and_the_difference() {
    let mut h = at_work("shift", "Budi");
    assert!(status_line(&h).contains("│ shift 1 open │"), "{}", status_line(&h));
    h.press("Enter 2 Enter Enter Enter");
    let report = h.app.shift.as_ref().expect("open");
    assert_eq!(report.expected_cash, 500_000 + 90_000);
    h.press("S");
    assert!(matches!(&h.app.overlay, Some(Overlay::Shift(form)) if form.mode == ShiftMode::Close));
    h.press("600000");
    assert!(h.screen(120, 40).contains("over by IDR 10,000"), "the difference shows while typing");
    h.press("Enter");
    let Some(Overlay::Shift(form)) = &h.app.overlay else { panic!("the closed shift stays on screen") };
    let ShiftMode::Closed(closed) = &form.mode else { panic!("closed: {:?}", form.mode) };
    assert_eq!(closed.report.over_short, Some(10_000));
    let path = closed.file.as_ref().expect("the report was written");
    assert!(path.ends_with("shifts/shift-1.txt"), "{}", path.display());
    let paper = std::fs::read_to_string(path).expect("readable");
    assert!(paper.contains("over") && paper.contains("IDR 10,000"), "{paper}");
    assert!(h.app.message.text.contains("shifts/shift-1.txt"), "the path is in the status line");
    assert!(h.app.shift.is_none());
    h.press("x");
    assert_eq!(h.app.overlay, None, "any key puts the figures away");
    assert!(status_line(&h).contains("│ no shift │"));
}

#[test]
fn a_sale_without_a_shift_offers_to_open_one_and_then_goes_through() {
    let mut h = Harness::with_staff("no_shift");
    h.sign_in("Budi");
    h.press("Enter 2 Enter Enter");
    let Some(Overlay::Shift(form)) = &h.app.overlay else { panic!("no shift offered: {}", h.app.message.text) };
    assert_eq!(form.mode, ShiftMode::Open);
    assert!(matches!(form.then, Some(Command::Sell { .. })));
    assert_eq!(h.app.screen, Screen::Checkout, "the hold is still there");
    h.press("250000 Enter");
    assert_eq!(h.app.screen, Screen::Sold, "{}", h.app.message.text);
    let detail = h.engine.booking(&sold_code(&h), h.now).expect("booking");
    assert_eq!(detail.booking.status, BookingStatus::Paid);
    assert_eq!(h.app.shift.as_ref().map(|s| s.shift.float), Some(250_000));
}

#[test]
fn esc_on_the_shift_offer_leaves_the_hold_in_checkout() {
    let mut h = Harness::with_staff("no_shift_esc");
    h.sign_in("Budi");
    h.press("Enter 2 Enter Enter Esc");
    assert_eq!(h.app.overlay, None);
    assert_eq!(h.app.screen, Screen::Checkout);
    assert_eq!(h.app.message.text, crate::tui::text::shift_not_opened());
}

#[test]
fn a_shift_report_that_may_not_be_written_leaves_the_shift_open_at_the_screen() {
    let mut h = at_work("shift_link", "Budi");
    let beside = h.db.parent().expect("a folder").to_owned();
    let elsewhere = beside.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("a folder to point at");
    // A planted link where the reports go: writing through it would put the report anywhere.
    std::os::unix::fs::symlink(&elsewhere, beside.join("shifts")).expect("a planted link");
    h.press("S 500000 Enter");
    assert!(h.app.shift.is_some(), "the shift is still open: {}", h.app.message.text);
    assert!(h.app.message.text.contains("shifts"), "the folder is named: {}", h.app.message.text);
    assert_eq!(std::fs::read_dir(&elsewhere).expect("read").count(), 0, "nothing was written through the link");
}
