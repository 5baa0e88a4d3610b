//! Shifts belong to people: a cashier at another's counter cannot sell into that drawer or close
//! it; a manager may close any shift.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod common;
mod engine_support;

use boxoffice::domain::PaymentMethod;
use boxoffice::engine::{Conflict, EngineError};
use engine_support::{Theater, morning, seats};

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

#[test]
fn a_report_that_may_not_be_written_leaves_the_shift_open_and_the_target_untouched() {
    let bo = common::Boxoffice::jakarta();
    bo.json(&["shift", "open", "--float", "100000"]);
    bo.buy(1, &["A1"]);
    let victim = bo.write_file("victim.txt", "precious");
    let folder = bo.dir().join("shifts");
    std::fs::create_dir(&folder).unwrap();
    std::os::unix::fs::symlink(&victim, folder.join(".shift-1.txt.partial")).unwrap();

    let line = bo.refused(&["shift", "close", "--counted", "150000"], 1);
    assert!(line.contains("symbolic link"), "{line}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious", "the link's target is untouched");
    let open = bo.json(&["shift", "status"]);
    assert_eq!(open["shift"], 1, "the shift is still open: {open}");
    assert!(open["closed_at"].is_null(), "{open}");

    // With the link gone the same close goes through and its report is on disk.
    std::fs::remove_file(folder.join(".shift-1.txt.partial")).unwrap();
    let closed = bo.json(&["shift", "close", "--counted", "150000"]);
    let report = std::fs::read_to_string(common::text(&closed["report_file"])).unwrap();
    assert!(report.contains("SHIFT 1"), "{report}");
}

#[test]
fn a_symlinked_shifts_folder_refuses_the_close_before_it_happens() {
    let bo = common::Boxoffice::jakarta();
    bo.json(&["shift", "open", "--float", "0"]);
    let elsewhere = bo.dir().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, bo.dir().join("shifts")).unwrap();

    let line = bo.refused(&["shift", "close", "--counted", "0"], 1);
    assert!(line.contains("symbolic link"), "{line}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0, "nothing was written through the link");
    assert!(bo.json(&["shift", "status"])["closed_at"].is_null(), "the shift is still open");
}

// The rights over shifts hold the same on both backends; the report files are a file's own
// (on a server they go to the data folder).
crate::both_backends!(a_cashier_cannot_sell_into_or_close_a_colleagues_shift, a_manager_may_close_a_cashiers_shift,);
