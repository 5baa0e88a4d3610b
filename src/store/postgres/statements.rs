//! The PostgreSQL side of the seam: statements written with SQLite's placeholders are numbered
//! `$N` once and kept in a per-connection cache; values adapt to the type PostgreSQL inferred for
//! each placeholder; SQLSTATEs become typed [`Failure`]s.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;

use anyhow::Context as _;
use bytes::BytesMut;
use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator as _;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use postgres::{Statement, Transaction};

use crate::store::sql::{Dialect, Failure, Params, Row, Sql, Value, placeholders};

/// Prepared statements by their text as the store wrote it, with the order of their names.
pub type Cache = HashMap<String, (Statement, Vec<String>)>;

/// A PostgreSQL transaction seen through the seam. The `postgres` crate wants `&mut` for every
/// statement while the seam hands out `&`: one transaction is used by one thread at a time, so a
/// `RefCell` is all the exclusivity needed.
pub struct Postgres<'c> {
    tx: RefCell<Option<Transaction<'c>>>,
    cache: &'c RefCell<Cache>,
}

impl<'c> Postgres<'c> {
    pub fn new(tx: Transaction<'c>, cache: &'c RefCell<Cache>) -> Self {
        Self { tx: RefCell::new(Some(tx)), cache }
    }

    /// Commits the transaction.
    ///
    /// # Errors
    /// When the server refuses or the connection is gone.
    pub fn commit(self) -> anyhow::Result<()> {
        match self.tx.into_inner() {
            Some(tx) => tx.commit().map_err(typed).context("could not commit the change"),
            None => Ok(()),
        }
    }

    fn with<T>(&self, work: impl FnOnce(&mut Transaction<'c>) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut slot = self.tx.borrow_mut();
        let tx = slot.as_mut().context("the transaction is over")?;
        work(tx)
    }

    fn statement(&self, tx: &mut Transaction<'c>, sql: &str) -> anyhow::Result<(Statement, Vec<String>)> {
        if let Some(found) = self.cache.borrow().get(sql) {
            return Ok(found.clone());
        }
        let numbered = placeholders::number(sql, '$');
        let statement = tx.prepare(&numbered.sql).map_err(typed).with_context(|| format!("could not prepare {sql}"))?;
        let entry = (statement, numbered.names);
        self.cache.borrow_mut().insert(sql.to_owned(), entry.clone());
        Ok(entry)
    }
}

impl Sql for Postgres<'_> {
    fn execute(&self, sql: &str, params: Params<'_>) -> anyhow::Result<usize> {
        self.with(|tx| {
            let (statement, names) = self.statement(tx, sql)?;
            let values = params.ordered(&names)?;
            let refs: Vec<&(dyn ToSql + Sync)> = values.into_iter().map(|value| value as &(dyn ToSql + Sync)).collect();
            let changed = tx.execute(&statement, &refs).map_err(typed)?;
            Ok(usize::try_from(changed)?)
        })
    }

    fn for_each(
        &self,
        sql: &str,
        params: Params<'_>,
        each: &mut dyn FnMut(&Row) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        self.with(|tx| {
            let (statement, names) = self.statement(tx, sql)?;
            let values = params.ordered(&names)?;
            let mut rows = tx.query_raw(&statement, values).map_err(typed)?;
            while let Some(row) = rows.next().map_err(typed)? {
                each(&read(&row)?)?;
            }
            Ok(())
        })
    }

    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }
}

/// One row, each column by the type the server reports.
fn read(row: &postgres::Row) -> anyhow::Result<Row> {
    let values = (0..row.len())
        .map(|index| {
            let ty = row.columns()[index].type_();
            let value = match *ty {
                Type::INT8 => row.try_get::<_, Option<i64>>(index)?.map(Value::Integer),
                Type::INT4 => row.try_get::<_, Option<i32>>(index)?.map(|n| Value::Integer(n.into())),
                Type::INT2 => row.try_get::<_, Option<i16>>(index)?.map(|n| Value::Integer(n.into())),
                Type::BOOL => row.try_get::<_, Option<bool>>(index)?.map(|b| Value::Integer(b.into())),
                Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(index)?.map(Value::Blob),
                Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR | Type::UNKNOWN => {
                    row.try_get::<_, Option<String>>(index)?.map(Value::Text)
                }
                // SUM of BIGINT is NUMERIC on PostgreSQL: the store's SQL casts it back to BIGINT.
                _ => anyhow::bail!("column {index} has type {ty}, which the store does not read; cast it"),
            };
            Ok(value.unwrap_or(Value::Null))
        })
        .collect::<anyhow::Result<_>>()?;
    Ok(Row::new(values))
}

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        match (self, ty) {
            (Self::Null, _) => Ok(IsNull::Yes),
            (Self::Integer(n), &Type::INT8) => n.to_sql(ty, out),
            (Self::Integer(n), &Type::INT4) => i32::try_from(*n)?.to_sql(ty, out),
            (Self::Integer(n), &Type::INT2) => i16::try_from(*n)?.to_sql(ty, out),
            (Self::Integer(n), &Type::BOOL) => (*n != 0).to_sql(ty, out),
            (Self::Integer(n), &Type::TEXT | &Type::VARCHAR | &Type::UNKNOWN) => n.to_string().to_sql(ty, out),
            (Self::Text(text), &Type::TEXT | &Type::VARCHAR | &Type::NAME | &Type::BPCHAR | &Type::UNKNOWN) => {
                text.as_str().to_sql(ty, out)
            }
            (Self::Text(text), &Type::INT8) => text.parse::<i64>()?.to_sql(ty, out),
            (Self::Blob(bytes), &Type::BYTEA) => bytes.as_slice().to_sql(ty, out),
            (value, ty) => Err(format!("a {value:?} cannot be sent as {ty}").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Names the failures the store acts on from the SQLSTATE, keeping the server's error underneath.
pub fn typed(error: postgres::Error) -> anyhow::Error {
    let failure = match error.code() {
        Some(code) if *code == SqlState::UNIQUE_VIOLATION => {
            let constraint = error.as_db_error().and_then(|db| db.constraint()).unwrap_or_default();
            Some(Failure::Unique(constraint.to_owned()))
        }
        Some(code) if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED => {
            Some(Failure::Retry)
        }
        Some(code) if code.code().starts_with("08") || *code == SqlState::ADMIN_SHUTDOWN => Some(Failure::Lost),
        None if error.is_closed() || error.source().is_some_and(<dyn std::error::Error>::is::<std::io::Error>) => {
            Some(Failure::Lost)
        }
        _ => None,
    };
    match failure {
        Some(failure) => anyhow::Error::new(error).context(failure),
        None => anyhow::Error::new(error),
    }
}
