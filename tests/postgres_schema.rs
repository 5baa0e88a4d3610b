//! The PostgreSQL schema holds the same backstops as SQLite's, on a real throwaway server: the
//! migrations apply once and only once, a newer database is refused, the event log is
//! append-only, one seat of one showing has at most one live claim, and the conditional UPDATE
//! lets exactly one of two racing counters take a seat.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

mod postgres_support;

use std::sync::{Arc, Barrier};
use std::thread;

use boxoffice::store::postgres;
use postgres_support::Server;

/// A venue with one auditorium of two seats and one showing, in plain SQL.
fn seed(client: &mut ::postgres::Client) {
    client
        .batch_execute(
            "INSERT INTO venue VALUES (1, 'Bioskop Uji', 'Asia/Jakarta', 'IDR', 0, 10, 20, 15);
             INSERT INTO auditorium (id, name, layout) VALUES (1, 'Studio 1', 'A ss');
             INSERT INTO seat (id, auditorium_id, label, row_label, number, kind, grid_row, grid_col)
                 VALUES (1, 1, 'A1', 'A', 1, 'standard', 0, 0), (2, 1, 'A2', 'A', 2, 'standard', 0, 1);
             INSERT INTO film (id, title, runtime_minutes) VALUES (1, 'Laskar Pelangi', 125);
             INSERT INTO price_list (id, name) VALUES (1, 'regular');
             INSERT INTO showing (id, film_id, auditorium_id, price_list_id, starts_at, ends_at)
                 VALUES (1, 1, 1, 1, 1000000, 1007500);
             INSERT INTO inventory (showing_id, seat_id, status) VALUES (1, 1, 'available'), (1, 2, 'available');",
        )
        .expect("seed");
}

fn book(client: &mut ::postgres::Client, id: i64, code: &str) {
    client
        .execute(
            "INSERT INTO booking (id, code, showing_id, status, created_at, hold_expires_at)
             VALUES ($1, $2, 1, 'held', 0, 600)",
            &[&id, &code],
        )
        .expect("a booking");
}

#[test]
fn migrations_apply_once_and_again_change_nothing() {
    let server = Server::start();
    let mut client = postgres::open(&server.url()).expect("first open builds the schema");
    seed(&mut client);
    drop(client);
    let mut again = postgres::open(&server.url()).expect("second open finds it current");
    let venues: i64 = again.query_one("SELECT count(*) FROM venue", &[]).expect("count").get(0);
    assert_eq!(venues, 1, "reopening kept the data");
}

#[test]
fn a_database_from_a_newer_boxoffice_is_refused() {
    let server = Server::start();
    let mut client = postgres::open(&server.url()).expect("schema");
    client
        .execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum)
             VALUES (99, 'from_the_future', '2030-01-01T00:00:00Z', '1')",
            &[],
        )
        .expect("a future migration");
    let error = postgres::open(&server.url()).err().expect("refused");
    let message = format!("{error:#}");
    assert!(message.contains("newer boxoffice") && message.contains("from_the_future"), "{message}");
}

#[test]
fn the_event_log_refuses_update_delete_and_truncate() {
    let server = Server::start();
    let mut client = postgres::open(&server.url()).expect("schema");
    client
        .execute("INSERT INTO event (at, kind, data) VALUES (1, 'hold', '{\"seats\":[\"A1\"]}')", &[])
        .expect("append");
    for change in ["UPDATE event SET kind = 'sell'", "DELETE FROM event", "TRUNCATE event"] {
        let error = client.execute(change, &[]).err().unwrap_or_else(|| panic!("{change} was allowed"));
        assert!(error.to_string().contains("append-only") || format!("{error:?}").contains("append-only"), "{error:?}");
    }
    let events: i64 = client.query_one("SELECT count(*) FROM event", &[]).expect("count").get(0);
    assert_eq!(events, 1);
    let bad = client.execute("INSERT INTO event (at, kind, data) VALUES (1, 'hold', 'not json')", &[]);
    assert!(bad.is_err(), "an event's data must be JSON");
}

#[test]
fn one_seat_of_one_showing_has_at_most_one_live_claim() {
    let server = Server::start();
    let mut client = postgres::open(&server.url()).expect("schema");
    seed(&mut client);
    book(&mut client, 1, "AAAAAA");
    book(&mut client, 2, "BBBBBB");
    client
        .execute("INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (1, 1, 1, 'held')", &[])
        .expect("the first claim");
    let second = client
        .execute("INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (2, 1, 1, 'held')", &[]);
    let error = second.expect_err("a second live claim on A1 is refused");
    assert!(format!("{error:?}").contains("one_live_claim_per_seat"), "{error:?}");
    // Once the first claim is released, the seat may be claimed again.
    client.execute("UPDATE booking_seat SET state = 'released' WHERE booking_id = 1", &[]).expect("release");
    client
        .execute("INSERT INTO booking_seat (booking_id, seat_id, showing_id, state) VALUES (2, 1, 1, 'held')", &[])
        .expect("a new claim after the release");
}

#[test]
fn of_two_counters_racing_for_a_seat_the_conditional_update_lets_exactly_one_win() {
    let server = Server::start();
    let mut setup = postgres::open(&server.url()).expect("schema");
    seed(&mut setup);
    book(&mut setup, 1, "AAAAAA");
    book(&mut setup, 2, "BBBBBB");
    let start = Arc::new(Barrier::new(2));
    let racers: Vec<_> = [1_i64, 2]
        .into_iter()
        .map(|booking| {
            let url = server.url();
            let start = Arc::clone(&start);
            thread::spawn(move || {
                let mut client = postgres::open(&url).expect("connect");
                let mut tx = client.transaction().expect("begin");
                start.wait();
                // The engine's hold: take the seat only if it is free or its hold ran out. Under
                // READ COMMITTED the loser waits for the winner's row lock, then re-reads the row,
                // finds it reserved and changes nothing.
                let changed = tx
                    .execute(
                        "UPDATE inventory SET status = 'reserved', booking_id = $1, hold_expires_at = 600
                         WHERE showing_id = 1 AND seat_id = 1
                           AND (status = 'available' OR (status = 'reserved' AND hold_expires_at <= 100))",
                        &[&booking],
                    )
                    .expect("update");
                tx.commit().expect("commit");
                changed
            })
        })
        .collect();
    let mut wins: Vec<u64> = racers.into_iter().map(|racer| racer.join().expect("racer")).collect();
    wins.sort_unstable();
    assert_eq!(wins, vec![0, 1], "exactly one counter took the seat");
    let owner: Option<i64> =
        setup.query_one("SELECT booking_id FROM inventory WHERE seat_id = 1", &[]).expect("owner").get(0);
    assert!(matches!(owner, Some(1 | 2)));
}

#[test]
fn each_database_gets_its_own_ticket_secret_and_a_seat_is_admitted_once() {
    let server = Server::start();
    let mut client = postgres::open(&server.url()).expect("schema");
    seed(&mut client);
    book(&mut client, 1, "AAAAAA");
    let secret = |client: &mut ::postgres::Client| -> Vec<u8> {
        client.query_one("SELECT secret FROM ticket_secret", &[]).expect("a secret").get(0)
    };
    let first = secret(&mut client);
    assert_eq!(first.len(), 32);
    let training: i64 = client.query_one("SELECT training FROM setting", &[]).expect("setting").get(0);
    assert_eq!(training, 0, "a new database is a real one");
    let admit = "INSERT INTO admission (booking_id, seat_id, showing_id, at, door) VALUES (1, 1, 1, 100, 'east')";
    client.execute(admit, &[]).expect("the first scan admits");
    let error = client.execute(admit, &[]).expect_err("the second scan of the seat is refused");
    assert!(format!("{error:?}").contains("admission_pkey"), "{error:?}");
    // Another database on the same server signs with another secret.
    client.batch_execute("CREATE DATABASE other").expect("another database");
    let url = server.url();
    let other_url = format!("{}/other", url.rsplit_once('/').map_or(url.as_str(), |(server, _)| server));
    let mut other = postgres::open(&other_url).expect("its schema");
    assert_ne!(secret(&mut other), first);
}

/// Whether this connection is encrypted, as the server sees it.
fn encrypted(client: &mut ::postgres::Client) -> bool {
    client.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]).expect("pg_stat_ssl").get(0)
}

#[test]
fn sslmode_require_encrypts_and_checks_the_servers_certificate() {
    let server = Server::start_with_tls();
    let ca = server.ca_file();
    let url = format!("{}?sslmode=require&sslrootcert={}", server.url(), ca.display());
    let mut client = postgres::connect(&url).expect("a TLS connection trusting the theater's CA");
    assert!(encrypted(&mut client), "sslmode=require must encrypt");

    // A server whose certificate the counter cannot check is refused, not trusted blindly.
    let stranger = Server::start_with_tls();
    let wrong_ca = format!("{}?sslmode=require&sslrootcert={}", server.url(), stranger.ca_file().display());
    let error = postgres::connect(&wrong_ca).err().expect("a certificate from another CA is refused");
    assert!(format!("{error:#}").contains("certificate"), "the message says why: {error:#}");

    // Without sslmode the connection is plain, so a LAN server with TLS on is still reachable.
    let mut plain = postgres::connect(&server.url()).expect("a plain connection");
    assert!(!encrypted(&mut plain));
}
