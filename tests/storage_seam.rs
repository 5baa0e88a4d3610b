//! The store's own rules, on both backends through the one seam: the unique constraint on a
//! booking's code decides a collision, and the transaction goes on to the next code.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use boxoffice::domain::ShowingId;
use boxoffice::store::{NewBooking, OpenMode, Store};
use chrono::{DateTime, Utc};
use common::{BEFORE_SHOW, Boxoffice, SHOW_STARTS};

fn a_taken_booking_code_is_refused_by_its_constraint_and_the_transaction_goes_on() {
    let bo = Boxoffice::jakarta();
    let show = ShowingId(bo.showing_starting(SHOW_STARTS));
    let taken = bo.hold(show.0, &["A1"]);
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(BEFORE_SHOW).unwrap().to_utc();
    let booking = |code| NewBooking {
        code,
        showing: show,
        now,
        hold_expires_at: now + chrono::Duration::minutes(10),
        staff: None,
        counter: Some("counter-1"),
    };
    let mut store = Store::open(bo.db(), OpenMode::Existing).expect("open");
    let (again, next) = store
        .write(|tx| -> anyhow::Result<_> {
            let again = tx.insert_booking(&booking(&taken))?;
            // On PostgreSQL a failed statement would have aborted the transaction here.
            let next = tx.insert_booking(&booking("ZZZZZZ"))?;
            Ok((again, next))
        })
        .expect("one transaction, both inserts");
    assert_eq!(again, None, "the code {taken} is taken");
    assert!(next.is_some(), "the next code is added in the same transaction");
    assert_eq!(bo.booking("ZZZZZZ")["status"], "held");
}

crate::both_backends!(a_taken_booking_code_is_refused_by_its_constraint_and_the_transaction_goes_on);
