//! The SQLite side of the seam: statements run through rusqlite's per-connection statement
//! cache, values cross as [`Value`]s, and SQLite's constraint codes become typed [`Failure`]s.

use anyhow::Context as _;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ffi};

use super::sql::{Dialect, Failure, Params, Row, Sql, Value};

/// A SQLite connection (inside a transaction the store began) seen through the seam.
pub struct Sqlite<'c>(pub &'c Connection);

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Self::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Self::Integer(number) => ToSqlOutput::Borrowed(ValueRef::Integer(*number)),
            Self::Text(text) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
            Self::Blob(bytes) => ToSqlOutput::Borrowed(ValueRef::Blob(bytes)),
        })
    }
}

fn value(column: ValueRef<'_>) -> Value {
    match column {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(number) => Value::Integer(number),
        // The schema stores no floating point; a stray one is kept as its text.
        ValueRef::Real(number) => Value::Text(number.to_string()),
        ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
        ValueRef::Blob(bytes) => Value::Blob(bytes.to_vec()),
    }
}

/// Binds the parameters: by number, or by name (SQLite reads `:name` itself).
fn bind(statement: &mut rusqlite::CachedStatement<'_>, params: Params<'_>) -> anyhow::Result<()> {
    match params {
        Params::Positional(values) => {
            for (index, value) in values.iter().enumerate() {
                statement.raw_bind_parameter(index + 1, value)?;
            }
        }
        Params::Named(pairs) => {
            for (name, value) in pairs {
                let index = statement
                    .parameter_index(name)?
                    .with_context(|| format!("the statement has no placeholder {name}"))?;
                statement.raw_bind_parameter(index, value)?;
            }
        }
    }
    Ok(())
}

/// Names the failures the store acts on, keeping SQLite's own error underneath.
fn typed(error: rusqlite::Error) -> anyhow::Error {
    let failure = match &error {
        rusqlite::Error::SqliteFailure(code, message)
            if code.extended_code == ffi::SQLITE_CONSTRAINT_UNIQUE
                || code.extended_code == ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
        {
            // SQLite names the columns ("UNIQUE constraint failed: booking.code"), not the index.
            let columns = message.as_deref().and_then(|m| m.rsplit_once(": ")).map_or("", |(_, c)| c);
            Some(Failure::Unique(columns.to_owned()))
        }
        _ => None,
    };
    match failure {
        Some(failure) => anyhow::Error::new(error).context(failure),
        None => anyhow::Error::new(error),
    }
}

impl Sql for Sqlite<'_> {
    fn execute(&self, sql: &str, params: Params<'_>) -> anyhow::Result<usize> {
        let mut statement = self.0.prepare_cached(sql).map_err(typed)?;
        bind(&mut statement, params)?;
        statement.raw_execute().map_err(typed)
    }

    fn for_each(
        &self,
        sql: &str,
        params: Params<'_>,
        each: &mut dyn FnMut(&Row) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut statement = self.0.prepare_cached(sql).map_err(typed)?;
        bind(&mut statement, params)?;
        let columns = statement.column_count();
        let mut rows = statement.raw_query();
        while let Some(row) = rows.next().map_err(typed)? {
            let values = (0..columns).map(|index| row.get_ref(index).map(value)).collect::<rusqlite::Result<_>>()?;
            each(&Row::new(values))?;
        }
        Ok(())
    }

    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sql::{named, params};

    #[test]
    fn values_round_trip_and_named_and_numbered_placeholders_bind() {
        let conn = Connection::open_in_memory().unwrap();
        let sql = Sqlite(&conn);
        conn.execute_batch("CREATE TABLE t (n INTEGER, s TEXT, b BLOB, x INTEGER)").unwrap();
        let changed = sql
            .execute("INSERT INTO t VALUES (?1, ?2, ?3, ?4)", params![7_i64, "seven", vec![7_u8], None::<i64>])
            .unwrap();
        assert_eq!(changed, 1);
        let row = sql
            .query_one("SELECT n, s, b, x FROM t WHERE n = :n AND s = :s", named! {":n": 7_i64, ":s": "seven"})
            .unwrap();
        assert_eq!(row.get::<i64>(0).unwrap(), 7);
        assert_eq!(row.get::<String>(1).unwrap(), "seven");
        assert_eq!(row.get::<Vec<u8>>(2).unwrap(), vec![7]);
        assert_eq!(row.get::<Option<i64>>(3).unwrap(), None);
    }

    #[test]
    fn a_duplicate_is_recognised_by_its_constraint() {
        let conn = Connection::open_in_memory().unwrap();
        let sql = Sqlite(&conn);
        conn.execute_batch("CREATE TABLE booking (code TEXT UNIQUE)").unwrap();
        sql.execute("INSERT INTO booking VALUES (?1)", params!["K7Q2"]).unwrap();
        let error = sql.execute("INSERT INTO booking VALUES (?1)", params!["K7Q2"]).unwrap_err();
        assert_eq!(Failure::of(&error), Some(Failure::Unique("booking.code".into())));
    }
}
