//! What only a server can do to a counter: go away and come back, and ask for a transaction to be
//! run again. On a real throwaway PostgreSQL server.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use std::path::Path;

use boxoffice::domain::{SeatLabel, ShowingId};
use boxoffice::engine::{Actor, Engine, EngineError};
use boxoffice::store::{Failure, OpenMode, StorageFault, Store};
use common::postgres_support::Server;
use common::{Boxoffice, SHOW_STARTS};

#[test]
fn a_lost_server_is_named_keeps_nothing_half_done_and_the_counter_reconnects_by_itself() {
    let server = Server::start();
    let bo = Boxoffice::at(&server.url());
    bo.json(&["init", "--training"]);
    bo.json(&["import", bo.write_file("venue.toml", common::JAKARTA).to_str().unwrap()]);
    let show = bo.showing_starting(SHOW_STARTS);
    let now = chrono::DateTime::parse_from_rfc3339(common::BEFORE_SHOW).unwrap().to_utc();
    let mut engine = Engine::open(Path::new(&server.url()), Actor::counter("counter-1")).expect("open");
    let seat = |number| vec![SeatLabel::new("A", number).unwrap()];
    engine.hold(ShowingId(show), &seat(1), None, now).expect("a hold while the server is up");

    server.stop();
    let error = engine.hold(ShowingId(show), &seat(2), None, now).expect_err("no server");
    let EngineError::Failed(cause) = &error else { panic!("a storage failure, not {error:?}") };
    assert_eq!(StorageFault::of(cause), Some(StorageFault::ServerLost), "{error:#}");
    assert_eq!(error.exit_code(), 1);
    assert!(error.to_string().contains("lost the connection to the database server"), "{error}");
    assert!(engine.changed_elsewhere().is_err(), "the screen's poll says so at once too");

    server.restart();
    let receipt = engine.hold(ShowingId(show), &seat(2), None, now).expect("the same engine reconnected by itself");
    assert_eq!(bo.status(show, "A2"), "reserved");
    assert_eq!(bo.status(show, "A1"), "reserved", "what was confirmed before the loss is kept");
    assert!(receipt.booking.len() >= 4);
    bo.assert_verified();
}

#[test]
fn a_write_the_server_asks_to_repeat_is_run_again_and_never_reaches_the_cashier() {
    let server = Server::shared();
    let url = server.fresh_database();
    let mut store = Store::open(Path::new(&url), OpenMode::Create).expect("open");
    let mut attempts = 0;
    let answer = store.write(|tx| {
        attempts += 1;
        tx.mark_training()?;
        if attempts < 3 {
            // What the server says on a serialization failure or a deadlock (40001, 40P01).
            return Err(anyhow::anyhow!("could not serialize access").context(Failure::Retry));
        }
        Ok("done")
    });
    assert_eq!(answer.expect("the third attempt commits"), "done");
    assert_eq!(attempts, 3);

    let mut always = 0;
    let error = store
        .write(|_tx| -> anyhow::Result<()> {
            always += 1;
            Err(anyhow::anyhow!("deadlock detected").context(Failure::Retry))
        })
        .expect_err("a failure that never clears is reported in the end");
    assert_eq!(Failure::of(&error), Some(Failure::Retry));
    assert!(always > 1 && always < 10, "a few attempts, not forever: {always}");

    let mut other = 0;
    let _ = store.write(|_tx| -> anyhow::Result<()> {
        other += 1;
        anyhow::bail!("a refusal of the engine's own")
    });
    assert_eq!(other, 1, "only the server's serialization failures are retried");
}
