//! Conversions between SQLite values and domain values: ids, UTC times, state words.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use super::sql::{FromValue, Row, ToValue, Value};
use crate::domain::{AuditoriumId, BookingId, EventId, FilmId, PriceListId, RefundId, SeatId, ShowingId};

macro_rules! sql_id {
    ($($name:ident),+) => {$(
        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map(Self)
            }
        }
    )+};
}

macro_rules! seam_id {
    ($($name:ident),+) => {$(
        impl ToValue for $name {
            fn to_value(&self) -> Value {
                Value::Integer(self.0)
            }
        }

        impl FromValue for $name {
            fn from_value(value: &Value) -> anyhow::Result<Self> {
                i64::from_value(value).map(Self)
            }
        }
    )+};
}

seam_id!(AuditoriumId, BookingId, EventId, FilmId, PriceListId, RefundId, SeatId, ShowingId);

sql_id!(AuditoriumId, BookingId, EventId, FilmId, PriceListId, RefundId, SeatId, ShowingId);

/// Times are stored as UTC seconds since the epoch.
pub fn to_ts(at: DateTime<Utc>) -> i64 {
    at.timestamp()
}

/// The inverse of [`to_ts`]; a value out of chrono's range (only a corrupted row) reads as the epoch.
pub fn from_ts(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::UNIX_EPOCH)
}

/// Domain reads of a column: state words and UTC times.
impl Row {
    /// A stored state word (or any `FromStr` value), failing the row if unknown.
    pub fn word<T: FromStr>(&self, index: usize) -> anyhow::Result<T>
    where
        T::Err: std::fmt::Display,
    {
        let text: String = self.get(index)?;
        text.parse::<T>().map_err(|error| anyhow::anyhow!("column {index}: {error}"))
    }

    /// Like [`Row::word`] for a nullable column.
    pub fn optional_word<T: FromStr>(&self, index: usize) -> anyhow::Result<Option<T>>
    where
        T::Err: std::fmt::Display,
    {
        let text: Option<String> = self.get(index)?;
        text.map(|text| text.parse::<T>().map_err(|error| anyhow::anyhow!("column {index}: {error}"))).transpose()
    }

    /// A UTC time column.
    pub fn time(&self, index: usize) -> anyhow::Result<DateTime<Utc>> {
        self.get::<i64>(index).map(from_ts)
    }

    /// A nullable UTC time column.
    pub fn optional_time(&self, index: usize) -> anyhow::Result<Option<DateTime<Utc>>> {
        Ok(self.get::<Option<i64>>(index)?.map(from_ts))
    }
}
