//! Venue-local time: turning what a cashier or a venue file writes into UTC and back.
//! The database keeps UTC; only input and display are local.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Why a time or time zone was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("{0:?} is not an IANA time zone (like Asia/Jakarta or Europe/Berlin)")]
    BadZone(String),
    #[error("{0:?} is not a local time (write it like 2026-11-24 19:00)")]
    BadLocalTime(String),
    #[error("{0:?} is not a date (write it like 2026-11-24)")]
    BadDate(String),
    #[error("{time} does not exist in {zone}: the clocks skip it (daylight saving)")]
    Nonexistent { time: String, zone: String },
    #[error("{0:?} is not a duration (write it like 10m, 90s or 1h)")]
    BadDuration(String),
}

/// Reads an IANA zone name.
///
/// # Errors
/// A name the tz database does not know.
pub fn parse_zone(name: &str) -> Result<Tz, TimeError> {
    name.parse().map_err(|_| TimeError::BadZone(name.to_owned()))
}

/// Reads `2026-11-24 19:00` (or with a `T`, or with seconds) as a wall-clock time.
///
/// # Errors
/// Any other shape.
pub fn parse_local(text: &str) -> Result<NaiveDateTime, TimeError> {
    let text = text.trim();
    ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| TimeError::BadLocalTime(text.to_owned()))
}

/// Reads `2026-11-24`.
///
/// # Errors
/// Any other shape or an impossible date.
pub fn parse_date(text: &str) -> Result<NaiveDate, TimeError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| TimeError::BadDate(text.to_owned()))
}

/// The UTC instant of a venue-local wall-clock time. A time the clocks skip is refused; a time
/// that happens twice (clocks turned back) is taken the first time it happens.
///
/// # Errors
/// A time inside a daylight-saving gap.
pub fn local_to_utc(zone: Tz, local: NaiveDateTime) -> Result<DateTime<Utc>, TimeError> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(time) => Ok(time.with_timezone(&Utc)),
        LocalResult::Ambiguous(earlier, _) => Ok(earlier.with_timezone(&Utc)),
        LocalResult::None => Err(TimeError::Nonexistent {
            time: local.format("%Y-%m-%d %H:%M").to_string(),
            zone: zone.name().to_owned(),
        }),
    }
}

/// The UTC span `[start, end)` of a venue-local calendar day, which is not always 24 hours.
#[must_use]
pub fn day_span(zone: Tz, day: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    (start_of_day(zone, day), start_of_day(zone, day.succ_opt().unwrap_or(day)))
}

/// The first instant of a local day (midnight, or the first time after a gap at midnight).
fn start_of_day(zone: Tz, day: NaiveDate) -> DateTime<Utc> {
    // A DST gap is never longer than a few hours, so one of these exists.
    (0..24)
        .filter_map(|hour| NaiveTime::from_hms_opt(hour, 0, 0))
        .find_map(|time| local_to_utc(zone, day.and_time(time)).ok())
        .unwrap_or_else(|| Utc.from_utc_datetime(&day.and_time(NaiveTime::MIN)))
}

/// The venue-local calendar day of an instant.
#[must_use]
pub fn local_date(zone: Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&zone).date_naive()
}

/// RFC 3339 with the venue's offset, to the second: `2026-11-24T19:00:00+07:00`.
#[must_use]
pub fn rfc3339(zone: Tz, at: DateTime<Utc>) -> String {
    at.with_timezone(&zone).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// Reads a hold length such as `10m`, `90s`, `1h` or a bare number of minutes. Zero and
/// negative lengths are refused, and so is anything over a day: a hold is minutes, not days.
///
/// # Errors
/// Any other shape, zero, or more than 24 hours.
pub fn parse_duration(text: &str) -> Result<chrono::Duration, TimeError> {
    let bad = || TimeError::BadDuration(text.chars().take(24).collect());
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((index, _)) => text.split_at(index),
        None => (text, "m"),
    };
    let value: i64 =
        if digits.is_empty() || digits.len() > 6 { return Err(bad()) } else { digits.parse().map_err(|_| bad())? };
    let seconds = match unit {
        "s" => value,
        "m" | "min" => value * 60,
        "h" => value * 3600,
        _ => return Err(bad()),
    };
    if seconds <= 0 || seconds > 24 * 3600 {
        return Err(bad());
    }
    Ok(chrono::Duration::seconds(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jakarta_local_times_become_utc() {
        let zone = parse_zone("Asia/Jakarta").expect("known");
        let utc = local_to_utc(zone, parse_local("2026-11-24 19:00").expect("valid")).expect("exists");
        assert_eq!(utc.to_rfc3339(), "2026-11-24T12:00:00+00:00");
        assert_eq!(rfc3339(zone, utc), "2026-11-24T19:00:00+07:00");
    }

    #[test]
    fn a_time_in_a_dst_gap_is_refused() {
        let zone = parse_zone("Europe/Berlin").expect("known");
        let gap = parse_local("2026-03-29 02:30").expect("valid");
        assert!(matches!(local_to_utc(zone, gap), Err(TimeError::Nonexistent { .. })));
    }

    #[test]
    fn an_ambiguous_time_takes_the_earlier_instant() {
        let zone = parse_zone("Europe/Berlin").expect("known");
        let twice = parse_local("2026-10-25 02:30").expect("valid");
        let utc = local_to_utc(zone, twice).expect("exists");
        assert_eq!(rfc3339(zone, utc), "2026-10-25T02:30:00+02:00");
    }

    #[test]
    fn a_day_with_a_dst_change_is_not_24_hours() {
        let zone = parse_zone("Europe/Berlin").expect("known");
        let (start, end) = day_span(zone, parse_date("2026-03-29").expect("valid"));
        assert_eq!((end - start).num_hours(), 23);
    }

    #[test]
    fn unknown_zones_and_shapes_are_refused() {
        assert!(parse_zone("Mars/Olympus").is_err());
        assert!(parse_local("24/11/2026 19:00").is_err());
        assert!(parse_date("2026-02-30").is_err());
    }

    #[test]
    fn hold_lengths_parse_and_refuse_nonsense() {
        assert_eq!(parse_duration("10m").map(|d| d.num_seconds()), Ok(600));
        assert_eq!(parse_duration("90s").map(|d| d.num_seconds()), Ok(90));
        assert_eq!(parse_duration("1h").map(|d| d.num_seconds()), Ok(3600));
        assert_eq!(parse_duration("15").map(|d| d.num_seconds()), Ok(900));
        for bad in ["", "0m", "-5m", "m", "10x", "25h", "9999999999m"] {
            assert!(parse_duration(bad).is_err(), "{bad:?}");
        }
    }
}
