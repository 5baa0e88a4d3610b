//! `boxoffice copy SOURCE DEST`: a whole database moves between a SQLite file and a PostgreSQL
//! server, either way, into an empty destination only, with every event's hash unchanged.
#![allow(clippy::expect_used, clippy::unwrap_used, reason = "a test stops at the first surprise")]

mod common;

use common::postgres_support::Server;
use common::{Boxoffice, SHOW_STARTS};

#[test]
fn a_database_copied_to_a_server_and_back_verifies_and_reads_the_same_events() {
    let file = Boxoffice::jakarta();
    let show = file.showing_starting(SHOW_STARTS);
    let paid = file.buy(show, &["A1", "A2"]);
    file.json(&["refund", &paid, "--seats", "A2", "--reason", "changed plans"]);
    file.hold(show, &["B1"]);
    let server = Boxoffice::at(&Server::shared().fresh_database());
    let db = |bo: &Boxoffice| bo.db().to_str().unwrap().to_owned();

    let copied = file.json(&["copy", &db(&file), &db(&server)]);
    assert_eq!(copied["rows"]["event"], file.events().len());
    server.assert_verified();
    assert_eq!(server.events(), file.events(), "the feed reads the same, hashes and all");
    assert_eq!(server.booking(&paid), file.booking(&paid));

    let back = Boxoffice::at(&file.dir().join("back.db").to_string_lossy());
    file.json(&["copy", &db(&server), &db(&back)]);
    back.assert_verified();
    assert_eq!(back.events(), file.events());

    // The copy carries on where the original left off: new rows get new ids.
    let next = server.hold(show, &["C1"]);
    assert_eq!(server.status(show, "C1"), "reserved", "{next}");
    server.assert_verified();
}

#[test]
fn a_copy_never_merges_into_a_database_that_holds_something() {
    let source = Boxoffice::jakarta();
    let dest = Boxoffice::jakarta();
    let line = source.refused(&["copy", source.db().to_str().unwrap(), dest.db().to_str().unwrap()], 2);
    assert!(line.contains("copy only into an empty database"), "{line}");
    assert_eq!(dest.events().len(), Boxoffice::jakarta().events().len(), "nothing was added");
}
