//! `boxoffice copy`: a whole database, row for row, from one backend into an empty one. Rows keep
//! their ids and the events their hashes, so `verify` passes on the copy and the event feed reads
//! the same on both.

use anyhow::Context as _;

use super::sql::{Dialect, Params};
use super::{Store, Tx};

/// Every table, parents before the tables that point to them, with its columns (the same on
/// both backends' schemas).
const TABLES: &[(&str, &str)] = &[
    (
        "venue",
        "id, name, timezone, currency, currency_decimals, hold_minutes, sales_close_minutes, cleanup_minutes, door_opens_minutes, door_closes_minutes",
    ),
    ("setting", "id, training"),
    ("ticket_secret", "id, secret"),
    ("auditorium", "id, name, layout"),
    ("seat", "id, auditorium_id, label, row_label, number, kind, grid_row, grid_col"),
    ("film", "id, title, runtime_minutes, rating"),
    ("price_list", "id, name"),
    ("price", "price_list_id, position, ticket_type, seat_kind, amount"),
    ("showing", "id, film_id, auditorium_id, price_list_id, starts_at, ends_at, status, restocked_at"),
    ("staff", "id, name, role, pin_hash, active, failed_attempts, locked_until, created_at"),
    ("shift", "id, counter, staff, opened_at, float, closed_at, closed_by, expected, counted"),
    (
        "booking",
        "id, code, showing_id, status, created_at, hold_expires_at, paid_at, payment, total, staff, counter, shift_id",
    ),
    ("refund", "id, booking_id, amount, reason, created_at, staff, counter, shift_id, approver"),
    ("booking_seat", "booking_id, seat_id, showing_id, state, ticket_type, price, refund_id"),
    ("inventory", "showing_id, seat_id, status, booking_id, hold_expires_at"),
    ("event", "id, at, kind, showing_id, booking_id, staff, counter, data, approver, prev_hash, hash"),
    ("admission", "booking_id, seat_id, showing_id, at, door, staff"),
    ("print_record", "id, booking_id, document, seat_id, copy, at, counter, staff"),
];

/// Rows copied, per table, in the order copied.
pub type Copied = Vec<(&'static str, usize)>;

impl Store {
    /// Copies everything into `dest`, in one read of this database and one write of `dest`.
    /// `None` when `dest` already holds a venue, staff or events: a copy never merges.
    ///
    /// # Errors
    /// When either database fails.
    pub fn copy_into(&mut self, dest: &mut Self) -> anyhow::Result<Option<Copied>> {
        self.read(|src: &Tx<'_>| -> anyhow::Result<Option<Copied>> {
            dest.write(|dst: &Tx<'_>| -> anyhow::Result<Option<Copied>> {
                if !dst.is_empty_database()? {
                    return Ok(None);
                }
                TABLES
                    .iter()
                    .map(|(table, columns)| Ok((*table, dst.copy_table(src, table, columns)?)))
                    .collect::<anyhow::Result<_>>()
                    .map(Some)
            })
        })
    }
}

impl Tx<'_> {
    /// Whether nothing was ever set up here: no venue, auditorium, staff or event.
    fn is_empty_database(&self) -> anyhow::Result<bool> {
        self.sql.value(
            "SELECT NOT EXISTS (SELECT 1 FROM venue) AND NOT EXISTS (SELECT 1 FROM auditorium) \
             AND NOT EXISTS (SELECT 1 FROM staff) AND NOT EXISTS (SELECT 1 FROM event)",
            Params::NONE,
        )
    }

    /// Copies one table's rows from `src`, streamed; returns how many.
    fn copy_table(&self, src: &Tx<'_>, table: &str, columns: &str) -> anyhow::Result<usize> {
        let dialect = self.sql.dialect();
        if matches!(table, "setting" | "ticket_secret") {
            // A new schema writes its own one row of each; the copy's replaces it.
            self.sql.execute(&format!("DELETE FROM {table}"), Params::NONE)?;
        }
        let count = columns.split(", ").count();
        let placeholders: Vec<String> = (1..=count).map(|n| format!("?{n}")).collect();
        let overriding = if table == "event" { dialect.overriding_identity() } else { "" };
        let insert = format!("INSERT INTO {table} ({columns}) {overriding} VALUES ({})", placeholders.join(", "));
        let mut copied = 0;
        src.sql
            .for_each(&format!("SELECT {columns} FROM {table}"), Params::NONE, &mut |row| {
                self.sql.execute(&insert, Params::Positional(row.values()))?;
                copied += 1;
                Ok(())
            })
            .with_context(|| format!("could not copy the table {table}"))?;
        if dialect == Dialect::Postgres && columns.starts_with("id,") && table != "venue" {
            // Explicit ids leave PostgreSQL's identity counters behind: the next new row would
            // collide with a copied one.
            self.sql.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} HAVING max(id) IS NOT NULL"
                ),
                Params::NONE,
            )?;
        }
        Ok(copied)
    }
}
