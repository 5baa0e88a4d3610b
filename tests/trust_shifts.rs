//! Shifts belong to people: a cashier at another's counter cannot sell into that drawer or close
//! it; a manager may close any shift.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod engine_support;

use boxoffice::domain::PaymentMethod;
use boxoffice::engine::{Conflict, EngineError};
use engine_support::{Theater, morning, seats};

#[test]
fn a_cashier_cannot_sell_into_or_close_a_colleagues_shift() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    let (showing, _) = theater.later_showing(morning());
    let mut ayus = theater.counter("c2");
    ayus.sign_in("Ayu", "1111", morning()).expect("Ayu at c2");
    ayus.open_shift(0, morning()).expect("Ayu's drawer");

    let mut budi_at_c2 = theater.counter("c2");
    budi_at_c2.sign_in("Budi", "2222", morning()).expect("Budi walks over to c2");
    let hold = budi_at_c2.hold(showing, &seats("C1,C2"), None, morning()).expect("holding takes no money");
    match budi_at_c2.sell(&hold.booking, PaymentMethod::Cash, None, morning()) {
        Err(EngineError::Conflict { conflict: Conflict::WrongState, message, .. }) => {
            assert!(message.contains("Ayu's"), "{message}");
        }
        other => panic!("Budi sold into Ayu's drawer: {other:?}"),
    }
    match budi_at_c2.close_shift(0, morning()) {
        Err(EngineError::Unauthorized(message)) => assert!(message.contains("Ayu's"), "{message}"),
        other => panic!("Budi closed Ayu's shift: {other:?}"),
    }
    assert!(ayus.current_shift().expect("shift").is_some(), "Ayu's shift is still open");
    ayus.sell(&hold.booking, PaymentMethod::Cash, None, morning()).expect("Ayu sells into her own drawer");
    assert!(ayus.verify().expect("verify").is_empty());
}

#[test]
fn a_manager_may_close_a_cashiers_shift() {
    let mut theater = Theater::new();
    theater.with_staff(morning());
    theater.engine.open_shift(50_000, morning()).expect("Budi's drawer at counter-1");
    let mut manager = theater.counter("counter-1");
    manager.sign_in("Ayu", "1111", morning()).expect("Ayu");
    let closed = manager.close_shift(50_000, morning()).expect("a manager closes any shift");
    assert_eq!(closed.over_short, Some(0));
    assert_eq!(closed.shift.closed_by.as_deref(), Some("Ayu"));
}
