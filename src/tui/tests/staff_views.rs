//! The staff and manager views as whole-screen snapshots, at 120 x 40 and 60 x 16 like the
//! others: sign-in, the manager's approval, the shift form in its three states, the reason form
//! for blocking seats and cancelling a showing, the question before a cancellation, the report.

use std::path::PathBuf;

use insta::assert_snapshot;

use super::harness::{Harness, in_every_language, snapshots};
use crate::tui::app::{Overlay, ShiftMode};

/// Snapshots the screen at both sizes under `name`, in the language the screen speaks.
fn snap(h: &mut Harness, name: &str) {
    for (name, screen) in snapshots(h, name) {
        assert_snapshot!(name, screen);
    }
}

/// Budi at work: signed in, the shift open with a float of 500,000.
fn budi_at_work(name: &str) -> Harness {
    let mut h = Harness::with_staff(name);
    h.sign_in("Budi");
    h.press("S 500000 Enter");
    h
}

#[test]
fn sign_in_with_a_wrong_pin_said() {
    in_every_language(|| {
        let mut h = Harness::with_staff("snap_sign_in");
        h.press("Budi Tab 1234 Enter 22");
        snap(&mut h, "sign_in");
    });
}

#[test]
fn approval_asked_for_a_refund_after_the_start() {
    in_every_language(|| {
        let mut h = budi_at_work("snap_approval");
        h.press("Up Enter 2 Enter Enter");
        let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
        h.press(&format!("Esc / {code} Enter r Space 1 Enter Budi Tab 2222 Enter Tab Bksp Bksp Bksp Bksp Ayu Tab 11"));
        snap(&mut h, "approval");
    });
}

#[test]
fn shift_open_close_and_closed() {
    in_every_language(|| {
        let mut h = Harness::with_staff("snap_shift");
        h.sign_in("Budi");
        h.press("S 500,000");
        snap(&mut h, "shift_open");
        h.press("Enter Enter 2 Enter Enter");
        let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
        h.press(&format!("Esc Esc / {code} Enter r Space 1 Enter Esc S 544000"));
        snap(&mut h, "shift_close");
        h.press("Enter");
        // The report's real path is in a temporary folder; a fixed one keeps the snapshot stable.
        if let Some(Overlay::Shift(form)) = h.app.overlay.as_mut()
            && let ShiftMode::Closed(closed) = &mut form.mode
        {
            closed.file = Ok(PathBuf::from("/srv/boxoffice/shifts/shift-1.txt"));
        }
        h.app.message.text = crate::tui::text::shift_closed(1, "/srv/boxoffice/shifts/shift-1.txt");
        snap(&mut h, "shift_closed");
    });
}

#[test]
fn block_reason_and_cancel_showing_question() {
    in_every_language(|| {
        let mut h = Harness::with_staff("snap_manage");
        h.sign_in("Ayu");
        h.press("S 100000 Enter Enter 2 b 2");
        snap(&mut h, "block_reason");
        h.press("Esc Esc C 5 film Space reel Space damaged");
        snap(&mut h, "cancel_showing_reason");
        h.press("Esc Enter 3 Enter Enter Esc Esc C 1 Enter");
        snap(&mut h, "cancel_showing_confirm");
    });
}

#[test]
fn the_days_report_with_sales_and_an_approved_refund() {
    in_every_language(|| {
        let mut h = budi_at_work("snap_report");
        h.press("Up Enter 2 Enter Enter");
        let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
        h.press(&format!("Esc / {code} Enter r Space 1 Enter Ayu Tab 1111 Enter Esc Esc"));
        h.press("Down Enter 3 Enter Right Tab Enter Esc Esc R");
        snap(&mut h, "report");
        h.press("j j j j j j j j j j j j");
        snap(&mut h, "report_scrolled");
    });
}
