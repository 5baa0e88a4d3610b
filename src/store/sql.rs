//! The storage seam: one small, backend-neutral SQL interface that every typed query of the store
//! is written against, once.
//!
//! Why one transaction-level trait at the SQL level rather than a trait per concern (bookings,
//! inventory, events, …) implemented twice: the store holds about a hundred typed queries, and two
//! copies of each would drift apart (a rule tightened in one backend and not the other is a double
//! sale waiting to happen). Both backends speak SQL, so the queries are written once in portable
//! SQL and only the few things that truly differ go through [`Dialect`]. A backend is then small:
//! run a statement with [`Value`] parameters and hand back owned [`Row`]s (`store/sqlite.rs`,
//! `store/postgres.rs`).
//!
//! Placeholders are written SQLite's way (`?1` or `:name`) and [`placeholders::number`] rewrites
//! them to `$N` for PostgreSQL.

pub mod placeholders;
mod value;

pub use value::{FromValue, Row, ToValue, Value};

/// The parameters of one statement: positional (`?1`, `?2`, …) or named (`:name`).
#[derive(Debug, Clone, Copy)]
pub enum Params<'a> {
    Positional(&'a [Value]),
    Named(&'a [(&'a str, Value)]),
}

impl<'a> Params<'a> {
    /// No parameters.
    pub const NONE: Self = Self::Positional(&[]);

    /// The values in the order of the numbered placeholders of the rewritten statement.
    ///
    /// # Errors
    /// When a named placeholder has no value.
    pub fn ordered(self, names: &[String]) -> anyhow::Result<Vec<&'a Value>> {
        match self {
            Self::Positional(values) => Ok(values.iter().collect()),
            Self::Named(pairs) => names
                .iter()
                .map(|name| {
                    pairs
                        .iter()
                        .find(|(key, _)| key.trim_start_matches(':') == name)
                        .map(|(_, value)| value)
                        .ok_or_else(|| anyhow::anyhow!("no value for the placeholder :{name}"))
                })
                .collect(),
        }
    }
}

/// Positional parameters: `params![a, b]` for `?1`, `?2`.
macro_rules! sql_params {
    ($($value:expr),* $(,)?) => {
        $crate::store::sql::Params::Positional(&[$($crate::store::sql::ToValue::to_value(&$value)),*])
    };
}

/// Named parameters: `named!{":now": now, ":seat": seat}` for `:now`, `:seat`.
macro_rules! sql_named {
    ($($name:literal : $value:expr),* $(,)?) => {
        $crate::store::sql::Params::Named(&[$(($name, $crate::store::sql::ToValue::to_value(&$value))),*])
    };
}

pub(crate) use {sql_named as named, sql_params as params};

/// Where the two backends' SQL truly differs; everything else is written once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The highest event id ever handed out. SQLite's AUTOINCREMENT counter remembers a deleted
    /// last row, so the deletion shows as a gap. PostgreSQL's sequences are not transactional
    /// (a rolled-back write would leave a false gap), so there the highest stored id is used;
    /// its triggers refuse DELETE and TRUNCATE, and the chain of hashes still exposes a row
    /// deleted from the middle.
    #[must_use]
    pub fn event_high_water(self) -> &'static str {
        match self {
            Self::Sqlite => "(SELECT seq FROM sqlite_sequence WHERE name = 'event')",
            Self::Postgres => "(SELECT max(id) FROM event)",
        }
    }

    /// An aggregate joining the texts of `expr` with `separator` (a literal without quotes).
    #[must_use]
    pub fn joined(self, expr: &str, separator: &str) -> String {
        match self {
            Self::Sqlite => format!("group_concat({expr}, '{separator}')"),
            Self::Postgres => format!("string_agg({expr}, '{separator}')"),
        }
    }

    /// What an INSERT that sets an identity column itself must say (PostgreSQL's event id is
    /// GENERATED ALWAYS, so a stray INSERT cannot pick its own; the store's chained one must).
    #[must_use]
    pub fn overriding_identity(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => "OVERRIDING SYSTEM VALUE",
        }
    }
}

/// One open transaction on either backend. Every typed query of the store runs through this.
pub trait Sql {
    /// Runs a statement; returns how many rows it changed.
    ///
    /// # Errors
    /// The backend's error, with the statement's failure as cause (see [`Failure`]).
    fn execute(&self, sql: &str, params: Params<'_>) -> anyhow::Result<usize>;

    /// Runs a query and calls `each` with every row as it arrives, for reads too long to hold in
    /// memory at once (`verify` over a year of events).
    ///
    /// # Errors
    /// The backend's error, or the first error `each` returns (which stops the read).
    fn for_each(
        &self,
        sql: &str,
        params: Params<'_>,
        each: &mut dyn FnMut(&Row) -> anyhow::Result<()>,
    ) -> anyhow::Result<()>;

    /// Which SQL this backend speaks.
    fn dialect(&self) -> Dialect;

    /// Every row of a query.
    ///
    /// # Errors
    /// The backend's error.
    fn query(&self, sql: &str, params: Params<'_>) -> anyhow::Result<Vec<Row>> {
        let mut rows = Vec::new();
        self.for_each(sql, params, &mut |row| {
            rows.push(row.clone());
            Ok(())
        })?;
        Ok(rows)
    }

    /// The first row of a query, if there is one.
    ///
    /// # Errors
    /// The backend's error.
    fn optional(&self, sql: &str, params: Params<'_>) -> anyhow::Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The one row a query must return.
    ///
    /// # Errors
    /// The backend's error, or when the query returned no row.
    fn query_one(&self, sql: &str, params: Params<'_>) -> anyhow::Result<Row> {
        self.optional(sql, params)?.ok_or_else(|| anyhow::anyhow!("the query returned no row"))
    }
}

/// Typed reads over any backend: each row mapped by `map`.
impl dyn Sql + '_ {
    /// Every row of a query, each mapped.
    ///
    /// # Errors
    /// The backend's error or `map`'s.
    pub fn rows<T>(
        &self,
        sql: &str,
        params: Params<'_>,
        map: impl Fn(&Row) -> anyhow::Result<T>,
    ) -> anyhow::Result<Vec<T>> {
        let mut out = Vec::new();
        self.for_each(sql, params, &mut |row| {
            out.push(map(row)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, mapped, if there is one.
    ///
    /// # Errors
    /// The backend's error or `map`'s.
    pub fn maybe<T>(
        &self,
        sql: &str,
        params: Params<'_>,
        map: impl Fn(&Row) -> anyhow::Result<T>,
    ) -> anyhow::Result<Option<T>> {
        self.optional(sql, params)?.as_ref().map(map).transpose()
    }

    /// The one row a query must return, mapped.
    ///
    /// # Errors
    /// The backend's error or `map`'s, or when there is no row.
    pub fn one<T>(&self, sql: &str, params: Params<'_>, map: impl Fn(&Row) -> anyhow::Result<T>) -> anyhow::Result<T> {
        map(&self.query_one(sql, params)?)
    }

    /// The first column of the one row a query must return (a count, a sum, a flag).
    ///
    /// # Errors
    /// The backend's error, or when there is no row or the column holds another type.
    pub fn value<T: FromValue>(&self, sql: &str, params: Params<'_>) -> anyhow::Result<T> {
        self.query_one(sql, params)?.get(0)
    }
}

/// A statement failure the store acts on, recognised from the backend's codes, never its text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    /// A unique constraint or index refused a row; carries the constraint's (or SQLite's
    /// `table.column`) name.
    #[error("a unique constraint refused the row ({0})")]
    Unique(String),
    /// The server gave up on the transaction to keep it serialisable (PostgreSQL 40001 or
    /// 40P01): running it again is safe and will succeed.
    #[error("the transaction must be run again")]
    Retry,
    /// The connection to the database server is gone.
    #[error("lost the connection to the database server")]
    Lost,
}

impl Failure {
    /// The failure behind `error`, if the backend reported one anywhere in its chain of causes.
    #[must_use]
    pub fn of(error: &anyhow::Error) -> Option<Self> {
        // anyhow finds a context value through every layer of context added after it.
        error.downcast_ref::<Self>().cloned()
    }
}
