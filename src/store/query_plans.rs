//! The tick is O(what expired): its two look-ups go through the partial indexes
//! `booking_held_by_expiry` and `showing_open_by_end`, never a scan of the history. `EXPLAIN
//! QUERY PLAN` shows it, on an empty database and on one with a long history and fresh
//! statistics (which is when a planner is most tempted to choose differently).

use rusqlite::Connection;

use super::bookings::EXPIRED_HOLDS_SQL;
use super::connection::open_memory;
use super::showings::SHOWINGS_ENDED_BY_SQL;

/// The plan's detail lines for `sql` with its two parameters (a time and a limit).
fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut statement = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("prepare the plan");
    statement
        .query_map([1_800_000_000_i64, 200], |row| row.get::<_, String>(3))
        .expect("run the plan")
        .collect::<Result<_, _>>()
        .expect("read the plan")
}

/// One search through `index`, with no table scan and no sort of its own.
fn assert_uses(conn: &Connection, sql: &str, table: &str, index: &str) {
    let plan = plan(conn, sql);
    assert!(
        plan.iter().any(|line| line.starts_with(&format!("SEARCH {table} USING"))
            && line.contains(&format!("INDEX {index} "))),
        "{sql}\nshould search {index}, but the plan is {plan:#?}"
    );
    assert!(!plan.iter().any(|line| line.starts_with("SCAN")), "{sql}\nscans: {plan:#?}");
    assert!(!plan.iter().any(|line| line.contains("TEMP B-TREE")), "{sql}\nsorts on its own: {plan:#?}");
}

#[test]
fn the_tick_uses_the_partial_indexes_on_an_empty_database() {
    let conn = open_memory().expect("a database");
    assert_uses(&conn, EXPIRED_HOLDS_SQL, "booking", "booking_held_by_expiry");
    assert_uses(&conn, SHOWINGS_ENDED_BY_SQL, "showing", "showing_open_by_end");
}

#[test]
fn the_tick_uses_the_partial_indexes_with_a_long_history() {
    let conn = open_memory().expect("a database");
    // A year of history: thousands of finished showings and paid or ended bookings, a few live.
    conn.execute_batch(
        "INSERT INTO auditorium (id, name, layout) VALUES (1, 'Studio 1', 'A s');
         INSERT INTO film (id, title, runtime_minutes) VALUES (1, 'Film', 100);
         INSERT INTO price_list (id, name) VALUES (1, 'regular');
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO showing (id, film_id, auditorium_id, price_list_id, starts_at, ends_at, status, restocked_at)
         SELECT i, 1, 1, 1, i * 10000, i * 10000 + 6000,
                CASE WHEN i > 4990 THEN 'open' ELSE 'finished' END,
                CASE WHEN i > 4990 THEN NULL ELSE i * 10000 + 7000 END FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
         INSERT INTO booking (code, showing_id, status, created_at, hold_expires_at, paid_at, payment, total)
         SELECT 'B' || i, i % 5000 + 1, CASE WHEN i % 5000 = 0 THEN 'held' WHEN i % 3 = 0 THEN 'expired' ELSE 'paid' END,
                i * 1000, i * 1000 + 600,
                CASE WHEN i % 5000 != 0 AND i % 3 != 0 THEN i * 1000 + 60 END,
                CASE WHEN i % 5000 != 0 AND i % 3 != 0 THEN 'cash' END,
                CASE WHEN i % 5000 != 0 AND i % 3 != 0 THEN 50000 END FROM n;
         ANALYZE;",
    )
    .expect("a long history");
    assert_uses(&conn, EXPIRED_HOLDS_SQL, "booking", "booking_held_by_expiry");
    assert_uses(&conn, SHOWINGS_ENDED_BY_SQL, "showing", "showing_open_by_end");
}
