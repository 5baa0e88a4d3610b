//! Staff and rights: sign-in, the PIN lockout, what a cashier may do alone and what needs a
//! manager's approval, and that nobody approves themself.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod engine_support;

use boxoffice::domain::{PaymentMethod, Role};
use boxoffice::engine::{EngineError, RefundRequest};
use chrono::Duration;
use engine_support::{Theater, morning, seats};

fn refund(code: &str, list: &str, reason: &str, amount: Option<i64>) -> RefundRequest {
    RefundRequest { code: code.to_owned(), seats: Some(seats(list)), reason: reason.to_owned(), amount }
}

fn is_unauthorized<T: std::fmt::Debug>(result: Result<T, EngineError>) -> String {
    match result {
        Err(error @ EngineError::Unauthorized(_)) => {
            assert_eq!(error.exit_code(), 2);
            error.to_string()
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// A paid booking of three seats of a later showing, sold by the signed-in cashier.
fn sold_booking(theater: &mut Theater) -> (String, chrono::DateTime<chrono::Utc>) {
    let now = morning();
    let (showing, starts_at) = theater.later_showing(now);
    theater.engine.open_shift(100_000, now).expect("shift");
    let hold = theater.engine.hold(showing, &seats("F5,F6,F7"), None, now).expect("hold");
    theater.engine.sell(&hold.booking, PaymentMethod::Cash, None, now).expect("sell");
    (hold.booking, starts_at)
}

#[test]
fn without_staff_the_counter_works_as_before() {
    let mut theater = Theater::new();
    let (showing, _) = theater.later_showing(morning());
    let hold = theater.engine.hold(showing, &seats("A1"), None, morning()).expect("hold without signing in");
    theater.engine.sell(&hold.booking, PaymentMethod::Card, None, morning()).expect("sell without a shift");
}

#[test]
fn once_staff_exist_every_change_needs_a_signed_in_staff_member() {
    let mut theater = Theater::new();
    theater.engine.add_staff("Ayu", Role::Manager, "1111", morning()).expect("first manager");
    let (showing, _) = theater.later_showing(morning());
    let message = is_unauthorized(theater.counter("counter-2").hold(showing, &seats("A1"), None, morning()));
    assert!(message.contains("sign in"), "{message}");
}

#[test]
fn the_first_staff_member_must_be_a_manager() {
    let mut theater = Theater::new();
    assert!(matches!(
        theater.engine.add_staff("Budi", Role::Cashier, "2222", morning()),
        Err(EngineError::BadInput(_))
    ));
}

#[test]
fn pins_are_never_stored_only_their_argon2id_hashes() {
    let mut theater = Theater::new();
    theater.engine.add_staff("Ayu", Role::Manager, "482915", morning()).expect("add");
    theater.engine.sign_in("Ayu", "482915", morning()).expect("sign in");
    drop(theater.engine);
    let mut bytes = Vec::new();
    for suffix in ["", "-wal"] {
        let path = format!("{}{suffix}", theater.dir.path().join("box.db").display());
        if let Ok(content) = std::fs::read(&path) {
            bytes.extend(content);
        }
    }
    assert!(!bytes.windows(6).any(|w| w == b"482915"), "the PIN appears in the database file");
    assert!(bytes.windows(10).any(|w| w == b"$argon2id$"), "no Argon2id hash was stored");
}

#[test]
fn five_wrong_pins_lock_a_name_for_sixty_seconds() {
    let mut theater = Theater::new();
    theater.engine.add_staff("Ayu", Role::Manager, "1111", morning()).expect("add");
    let mut other = theater.counter("counter-2");
    for attempt in 1..=4 {
        let message = is_unauthorized(other.sign_in("Ayu", "9999", morning()));
        assert!(message.contains(&format!("{attempt} of 5")), "{message}");
    }
    assert!(is_unauthorized(other.sign_in("Ayu", "9999", morning())).contains("locked"));
    let message = is_unauthorized(other.sign_in("Ayu", "1111", morning() + Duration::seconds(59)));
    assert!(
        message.contains("locked") && message.contains("in 1 s"),
        "the right PIN does not open a locked name: {message}"
    );
    other.sign_in("Ayu", "1111", morning() + Duration::seconds(60)).expect("unlocked after 60 s");
    let lockouts = other
        .events(boxoffice::domain::EventId(0), 1000)
        .expect("events")
        .into_iter()
        .filter(|e| e.kind.as_str() == "lockout")
        .count();
    assert_eq!(lockouts, 1);
}

#[test]
fn a_cashier_refunds_in_full_before_the_start_alone() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, _) = sold_booking(&mut theater);
    let receipt = theater.engine.refund(&refund(&code, "F5", "changed plans", None), morning()).expect("refund");
    assert_eq!(receipt.approver, None);
}

#[test]
fn a_cashier_refund_after_the_start_is_refused_until_a_manager_approves() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, starts_at) = sold_booking(&mut theater);
    let late = starts_at + Duration::minutes(5);
    let message = is_unauthorized(theater.engine.refund(&refund(&code, "F5", "projector broke", None), late));
    assert!(message.contains("approval"), "{message}");
    let approval = theater.engine.approve("Ayu", "1111", late).expect("manager approves");
    let receipt = theater
        .engine
        .with_approval(approval, |engine| engine.refund(&refund(&code, "F5", "projector broke", None), late))
        .expect("approved refund");
    assert_eq!(receipt.approver.as_deref(), Some("Ayu"));
    let event = theater
        .engine
        .events(boxoffice::domain::EventId(0), 1000)
        .expect("events")
        .into_iter()
        .rfind(|e| e.kind.as_str() == "refunded")
        .expect("event");
    assert_eq!((event.staff.as_deref(), event.approver.as_deref()), (Some("Budi"), Some("Ayu")));
    // The approval was for that refund only.
    is_unauthorized(theater.engine.refund(&refund(&code, "F6", "projector broke", None), late));
}

#[test]
fn an_approval_not_passed_to_an_action_approves_nothing() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, starts_at) = sold_booking(&mut theater);
    let late = starts_at + Duration::minutes(5);
    // Asked for, then not handed to the refund: the engine keeps no approval behind the scenes.
    let _unused = theater.engine.approve("Ayu", "1111", late).expect("manager approves");
    let message = is_unauthorized(theater.engine.refund(&refund(&code, "F5", "projector broke", None), late));
    assert!(message.contains("approval"), "{message}");
}

#[test]
fn a_refund_of_a_lower_amount_needs_a_manager() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, _) = sold_booking(&mut theater);
    is_unauthorized(theater.engine.refund(&refund(&code, "F5", "partial", Some(10_000)), morning()));
    let approval = theater.engine.approve("Ayu", "1111", morning()).expect("approve");
    assert_eq!(
        theater
            .engine
            .with_approval(approval, |engine| engine.refund(&refund(&code, "F5", "partial", Some(10_000)), morning()))
            .expect("refund")
            .amount,
        10_000
    );
}

#[test]
fn a_manager_cannot_approve_their_own_refund() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, starts_at) = sold_booking(&mut theater);
    theater.engine.sign_out();
    theater.engine.sign_in("Ayu", "1111", morning()).expect("manager");
    let message = is_unauthorized(theater.engine.approve("Ayu", "1111", starts_at));
    assert!(message.contains("nobody approves"), "{message}");
    // A cashier cannot approve anybody either.
    assert!(is_unauthorized(theater.engine.approve("Budi", "2222", starts_at)).contains("cashier"));
    let _ = code;
}

#[test]
fn blocking_seats_is_a_managers_call_and_blocked_seats_do_not_sell() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (showing, _) = theater.later_showing(morning());
    is_unauthorized(theater.engine.block(showing, &seats("B5"), "house seat", morning()));
    let approval = theater.engine.approve("Ayu", "1111", morning()).expect("approve");
    theater.engine.with_approval(approval, |e| e.block(showing, &seats("B5"), "house seat", morning())).expect("block");
    let taken = theater.engine.hold(showing, &seats("B5"), None, morning());
    assert!(matches!(taken, Err(EngineError::Conflict { .. })), "{taken:?}");
    let approval = theater.engine.approve("Ayu", "1111", morning()).expect("approve");
    theater
        .engine
        .with_approval(approval, |e| e.unblock(showing, &seats("B5"), "released", morning()))
        .expect("unblock");
    theater.engine.open_shift(0, morning()).expect("shift");
    theater.engine.hold(showing, &seats("B5"), None, morning()).expect("sells again");
    assert!(theater.engine.verify().expect("verify").is_empty());
}

#[test]
fn cancelling_a_showing_refunds_every_paid_booking_in_full() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, _) = sold_booking(&mut theater);
    let (showing, _) = theater.later_showing(morning());
    let held = theater.engine.hold(showing, &seats("G1,G2"), None, morning()).expect("a hold too");
    let approval = theater.engine.approve("Ayu", "1111", morning()).expect("approve");
    let done = theater
        .engine
        .with_approval(approval, |e| e.cancel_showing(showing, "projector failure", morning()))
        .expect("cancel");
    assert_eq!((done.holds_cancelled, done.bookings_refunded, done.refunded_total), (1, 1, 3 * 45_000));
    let booking = theater.engine.booking(&code, morning()).expect("booking");
    assert_eq!(booking.booking.status.as_str(), "refunded");
    assert_eq!(theater.engine.booking(&held.booking, morning()).expect("hold").booking.status.as_str(), "cancelled");
    let again = theater.engine.hold(showing, &seats("A1"), None, morning());
    assert!(matches!(again, Err(EngineError::Conflict { .. })), "a cancelled showing sells nothing: {again:?}");
    assert!(theater.engine.verify().expect("verify").is_empty());
}

#[test]
fn money_needs_an_open_shift_once_staff_exist() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (showing, _) = theater.later_showing(morning());
    let hold = theater.engine.hold(showing, &seats("C3"), None, morning()).expect("holding needs no shift");
    let refused = theater.engine.sell(&hold.booking, PaymentMethod::Cash, None, morning());
    assert!(
        matches!(&refused, Err(EngineError::Conflict { conflict, .. }) if conflict.as_str() == "no_shift"),
        "{refused:?}"
    );
    theater.engine.open_shift(50_000, morning()).expect("shift");
    theater.engine.sell(&hold.booking, PaymentMethod::Cash, None, morning()).expect("sells with a shift");
}

#[test]
fn disabled_staff_cannot_sign_in_and_the_last_manager_stays() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    theater.engine.sign_out();
    theater.engine.sign_in("Ayu", "1111", morning()).expect("manager");
    assert!(matches!(theater.engine.disable_staff("Ayu", morning()), Err(EngineError::BadInput(_))));
    theater.engine.disable_staff("Budi", morning()).expect("disable");
    is_unauthorized(theater.counter("counter-2").sign_in("Budi", "2222", morning()));
}

#[test]
fn reasons_that_look_like_card_numbers_are_refused() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (code, _) = sold_booking(&mut theater);
    let refused = theater.engine.refund(&refund(&code, "F5", "refund to card 4111 1111 1111 1111", None), morning());
    assert!(matches!(&refused, Err(EngineError::BadInput(m)) if m.contains("card number")), "{refused:?}");
    theater.engine.sign_out();
    theater.engine.sign_in("Ayu", "1111", morning()).expect("manager");
    let (showing, _) = theater.later_showing(morning());
    assert!(matches!(
        theater.engine.block(showing, &seats("A1"), "5555555555554444", morning()),
        Err(EngineError::BadInput(_))
    ));
    assert!(matches!(
        theater.engine.cancel_showing(showing, "378282246310005", morning()),
        Err(EngineError::BadInput(_))
    ));
}

#[test]
fn a_showing_that_has_ended_cannot_be_cancelled_even_before_the_tick() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (showing, starts_at) = theater.later_showing(morning());
    theater.engine.sign_out();
    theater.engine.sign_in("Ayu", "1111", morning()).expect("manager");
    let long_after = starts_at + Duration::hours(6);
    match theater.engine.cancel_showing(showing, "too late", long_after) {
        Err(EngineError::Conflict { message, .. }) => assert!(message.contains("already finished"), "{message}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
}
