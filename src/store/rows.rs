//! Conversions between SQLite values and domain values: ids, UTC times, state words.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

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

sql_id!(AuditoriumId, BookingId, EventId, FilmId, PriceListId, RefundId, SeatId, ShowingId);

/// Times are stored as UTC seconds since the epoch.
pub fn to_ts(at: DateTime<Utc>) -> i64 {
    at.timestamp()
}

/// The inverse of [`to_ts`]; a value out of chrono's range (only a corrupted row) reads as the epoch.
pub fn from_ts(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::UNIX_EPOCH)
}

/// Reads a stored state word (or any `FromStr` value) from a column, failing the row if unknown.
pub fn word<T: FromStr>(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    let text: String = row.get(index)?;
    text.parse::<T>().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, error.to_string().into())
    })
}

/// Like [`word`] for a nullable column.
pub fn optional_word<T: FromStr>(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    let text: Option<String> = row.get(index)?;
    text.map(|text| {
        text.parse::<T>().map_err(|error| {
            rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, error.to_string().into())
        })
    })
    .transpose()
}

/// A UTC time column.
pub fn time(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    row.get::<_, i64>(index).map(from_ts)
}

/// A nullable UTC time column.
pub fn optional_time(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    Ok(row.get::<_, Option<i64>>(index)?.map(from_ts))
}
