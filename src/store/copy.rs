//! Copying a whole database into an empty one, on either backend: how a theater moves from one
//! PC's SQLite file to a PostgreSQL server (or back, or to a spare PC).
//!
//! Rows move unchanged, ids included, so bookings keep their codes, tickets already printed still
//! admit (the ticket secret moves too), and the event log keeps its hashes: `verify` on the copy
//! checks the same chain as on the original. Columns are matched by name, never by position: the
//! two schemas grew in the same order but a copy must not depend on it.

use anyhow::Context as _;

use super::Tx;
use super::sql::{Dialect, Params, Value};

/// Every table, parents before the rows that refer to them. `setting` and `ticket_secret` are the
/// database's own one-row tables, made with the schema: they are overwritten, not added to.
const TABLES: &[&str] = &[
    "venue",
    "auditorium",
    "seat",
    "film",
    "price_list",
    "price",
    "showing",
    "staff",
    "shift",
    "booking",
    "refund",
    "booking_seat",
    "inventory",
    "event",
    "admission",
    "print_record",
];

/// Rows per INSERT: few enough that the widest table stays far below both backends' limits on
/// parameters in one statement (32,766 for SQLite, 65,535 for PostgreSQL).
const BATCH_ROWS: usize = 500;

/// Tables of exactly one row that every new database already has.
const ONE_ROW_TABLES: &[&str] = &["setting", "ticket_secret"];

/// How many rows of each table were copied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CopyCounts {
    pub tables: Vec<(&'static str, u64)>,
}

impl CopyCounts {
    /// The rows of one table.
    #[must_use]
    pub fn of(&self, table: &str) -> u64 {
        self.tables.iter().find(|(name, _)| *name == table).map_or(0, |(_, rows)| *rows)
    }
}

/// Why a copy was refused before anything was written.
#[derive(Debug, thiserror::Error)]
pub enum CopyRefused {
    #[error("the destination already holds a theater (its {0} table has rows); copy only into an empty database")]
    NotEmpty(String),
    #[error("table {table} differs between the two databases ({detail}); upgrade boxoffice on both first")]
    SchemaDiffers { table: &'static str, detail: String },
}

impl Tx<'_> {
    /// Copies everything `self` holds into `to`, which must be empty (no venue, staff, shift or
    /// event). Run it inside a read of the source and one write of the destination, so the copy is
    /// a single moment of the source and lands whole or not at all.
    pub fn copy_into(&self, to: &Tx<'_>) -> anyhow::Result<CopyCounts> {
        if let Some(what) = to.first_content()? {
            return Err(CopyRefused::NotEmpty(what).into());
        }
        let mut counts = CopyCounts::default();
        for &table in TABLES {
            let columns = self.same_columns(to, table)?;
            let rows = self.copy_rows(to, table, &columns, to.sql.dialect())?;
            counts.tables.push((table, rows));
        }
        for &table in ONE_ROW_TABLES {
            let columns = self.same_columns(to, table)?;
            to.sql.execute(&format!("DELETE FROM {table}"), Params::NONE)?;
            self.copy_rows(to, table, &columns, to.sql.dialect())?;
        }
        if to.sql.dialect() == Dialect::Postgres {
            for &table in TABLES {
                to.restart_identity(table)?;
            }
        }
        Ok(counts)
    }

    /// What makes this database non-empty, if anything: the first table with a row.
    fn first_content(&self) -> anyhow::Result<Option<String>> {
        for table in ["venue", "staff", "shift", "event", "showing", "booking"] {
            let found = self.sql.optional(&format!("SELECT 1 FROM {table} LIMIT 1"), Params::NONE)?;
            if found.is_some() {
                return Ok(Some(table.to_owned()));
            }
        }
        Ok(None)
    }

    /// The table's columns, the same set on both sides (a copy that dropped one would lose data).
    fn same_columns(&self, to: &Tx<'_>, table: &'static str) -> anyhow::Result<Vec<String>> {
        let mut mine = self.columns(table)?;
        let mut theirs = to.columns(table)?;
        let order = mine.clone();
        mine.sort();
        theirs.sort();
        if mine != theirs {
            let detail = format!("{} here, {} there", mine.join(","), theirs.join(","));
            return Err(CopyRefused::SchemaDiffers { table, detail }.into());
        }
        Ok(order)
    }

    /// The names of a table's columns, in their order.
    fn columns(&self, table: &str) -> anyhow::Result<Vec<String>> {
        let sql = match self.sql.dialect() {
            Dialect::Sqlite => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
            Dialect::Postgres => {
                "SELECT column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
            }
        };
        let names: Vec<String> = self
            .sql
            .query(sql, Params::Positional(&[Value::Text(table.to_owned())]))?
            .iter()
            .map(|row| row.get(0))
            .collect::<anyhow::Result<_>>()?;
        anyhow::ensure!(!names.is_empty(), "the database has no table {table}");
        Ok(names)
    }

    /// Streams every row of `table` into `to`, in id order, [`BATCH_ROWS`] rows per INSERT (one
    /// round trip to a server for each, not one per row); returns how many.
    fn copy_rows(&self, to: &Tx<'_>, table: &str, columns: &[String], dialect: Dialect) -> anyhow::Result<u64> {
        let list = columns.join(", ");
        let insert = |rows: usize| {
            let tuples: Vec<String> = (0..rows)
                .map(|row| {
                    let numbers: Vec<String> =
                        (1..=columns.len()).map(|column| format!("?{}", row * columns.len() + column)).collect();
                    format!("({})", numbers.join(", "))
                })
                .collect();
            format!(
                "INSERT INTO {table} ({list}) {} VALUES {}",
                if table == "event" { dialect.overriding_identity() } else { "" },
                tuples.join(", ")
            )
        };
        let full_batch = insert(BATCH_ROWS);
        let mut pending: Vec<Value> = Vec::with_capacity(BATCH_ROWS * columns.len());
        let mut rows = 0;
        self.sql
            .for_each(&format!("SELECT {list} FROM {table} ORDER BY 1"), Params::NONE, &mut |row| {
                for column in 0..columns.len() {
                    pending.push(row.get(column)?);
                }
                rows += 1;
                if pending.len() == BATCH_ROWS * columns.len() {
                    to.sql.execute(&full_batch, Params::Positional(&pending))?;
                    pending.clear();
                }
                Ok(())
            })
            .with_context(|| format!("could not copy the table {table}"))?;
        if !pending.is_empty() {
            to.sql
                .execute(&insert(pending.len() / columns.len()), Params::Positional(&pending))
                .with_context(|| format!("could not copy the table {table}"))?;
        }
        Ok(rows)
    }

    /// Sets a PostgreSQL table's id generator past the copied ids, so the next booking or event
    /// does not collide with one that came over.
    fn restart_identity(&self, table: &str) -> anyhow::Result<()> {
        let has_identity: bool = self
            .sql
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name = ?1 AND column_name = 'id' AND is_identity = 'YES')",
                Params::Positional(&[Value::Text(table.to_owned())]),
            )?
            .get(0)?;
        if has_identity {
            self.sql.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} HAVING max(id) IS NOT NULL"
                ),
                Params::NONE,
            )?;
        }
        Ok(())
    }
}
