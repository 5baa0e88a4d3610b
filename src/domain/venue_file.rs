//! The venue file (TOML): venue settings, auditorium layouts, films, price lists, showings and a
//! weekly schedule. This module reads and checks the file on its own; whether a name it refers to
//! exists (perhaps from an earlier import) is the engine's question. Every item keeps its position
//! so that any error, here or later, can name the line and column.

use std::collections::HashSet;
use std::ops::Range;

use chrono::{NaiveDateTime, NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;
use toml::Spanned;

use super::lang::Lang;
use super::layout::Layout;
use super::money::Currency;
use super::pricing::{Price, PriceList, TicketType};
use super::seat::SeatKind;
use super::time::{parse_local, parse_zone};

/// A line and column in the venue file, both from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// An error in the venue file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {}, column {}: {message}", pos.line, pos.column)]
pub struct FileError {
    pub pos: Pos,
    pub message: String,
}

/// The `[venue]` settings.
#[derive(Debug, Clone, PartialEq)]
pub struct VenueSettings {
    pub name: String,
    pub zone: Tz,
    pub currency: Currency,
    pub hold_minutes: u32,
    pub sales_close_minutes: u32,
    pub cleanup_minutes: u32,
    /// How long before the start the door admits a ticket.
    pub door_opens_minutes: u32,
    /// How long after the start the door still admits a latecomer.
    pub door_closes_minutes: u32,
    /// The language the counters speak, unless `--lang` says otherwise; `None` follows the locale.
    pub language: Option<Lang>,
}

/// Defaults for settings a venue file may leave out.
pub const DEFAULT_HOLD_MINUTES: u32 = 10;
pub const DEFAULT_SALES_CLOSE_MINUTES: u32 = 20;
pub const DEFAULT_CLEANUP_MINUTES: u32 = 15;
pub const DEFAULT_DOOR_OPENS_MINUTES: u32 = 30;
pub const DEFAULT_DOOR_CLOSES_MINUTES: u32 = 30;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditoriumSpec {
    pub name: String,
    pub layout: Layout,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmSpec {
    pub title: String,
    pub runtime_minutes: u32,
    pub rating: Option<String>,
    pub pos: Pos,
}

/// A name that refers to another item, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRef {
    pub name: String,
    pub pos: Pos,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShowingSpec {
    pub film: NameRef,
    pub auditorium: NameRef,
    pub price_list: NameRef,
    /// Venue-local wall-clock time; the engine turns it into UTC with the venue's zone.
    pub starts_at: NaiveDateTime,
    pub pos: Pos,
}

/// A weekly template: these start times on these weekdays, for as many days as the import asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleSpec {
    pub film: NameRef,
    pub auditorium: NameRef,
    pub price_list: NameRef,
    pub times: Vec<NaiveTime>,
    pub days: Vec<Weekday>,
    pub pos: Pos,
}

/// A whole venue file, checked on its own terms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VenueFile {
    pub venue: Option<VenueSettings>,
    pub auditoriums: Vec<AuditoriumSpec>,
    pub films: Vec<FilmSpec>,
    pub price_lists: Vec<PriceList>,
    pub showings: Vec<ShowingSpec>,
    pub schedules: Vec<ScheduleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    venue: Option<RawVenue>,
    #[serde(default)]
    auditorium: Vec<Spanned<RawAuditorium>>,
    #[serde(default)]
    film: Vec<Spanned<RawFilm>>,
    #[serde(default)]
    price_list: Vec<Spanned<toml::Table>>,
    #[serde(default)]
    showing: Vec<Spanned<RawShowing>>,
    #[serde(default)]
    schedule: Vec<Spanned<RawSchedule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVenue {
    name: Spanned<String>,
    timezone: Spanned<String>,
    currency: Spanned<String>,
    currency_decimals: Spanned<i64>,
    hold_minutes: Option<Spanned<i64>>,
    sales_close_minutes: Option<Spanned<i64>>,
    cleanup_minutes: Option<Spanned<i64>>,
    door_opens_minutes: Option<Spanned<i64>>,
    door_closes_minutes: Option<Spanned<i64>>,
    language: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuditorium {
    name: Spanned<String>,
    rows: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFilm {
    title: Spanned<String>,
    runtime_minutes: Spanned<i64>,
    rating: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShowing {
    film: Spanned<String>,
    auditorium: Spanned<String>,
    starts_at: Spanned<String>,
    price_list: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    film: Spanned<String>,
    auditorium: Spanned<String>,
    price_list: Spanned<String>,
    times: Spanned<Vec<String>>,
    days: Option<Spanned<Vec<String>>>,
}

/// Reads a venue file's text.
///
/// # Errors
/// The first problem found, with its line and column: TOML syntax, an unknown key, a bad time
/// zone or currency, a malformed layout row, a name given twice, an impossible runtime or price.
pub fn parse(text: &str) -> Result<VenueFile, FileError> {
    let at = |span: Range<usize>| position(text, span.start);
    let fail = |span: Range<usize>, message: String| FileError { pos: at(span), message };
    let raw: RawFile = toml::from_str(text).map_err(|error| FileError {
        pos: error.span().map(&at).unwrap_or_default(),
        message: error.message().trim().to_owned(),
    })?;

    let venue = raw.venue.map(|venue| parse_venue(venue, &fail)).transpose()?;

    let mut auditoriums = Vec::new();
    for item in raw.auditorium {
        let pos = at(item.span());
        let item = item.into_inner();
        let name = checked_name(&item.name, "auditorium", &fail)?;
        let layout = parse_layout(text, &item.rows)?;
        auditoriums.push(AuditoriumSpec { name, layout, pos });
    }
    refuse_duplicates(auditoriums.iter().map(|a| (&a.name, a.pos)), "auditorium")?;

    let mut films = Vec::new();
    for item in raw.film {
        let pos = at(item.span());
        let item = item.into_inner();
        let title = checked_name(&item.title, "film title", &fail)?;
        let runtime_minutes = bounded(&item.runtime_minutes, 1, 600, "runtime_minutes", &fail)?;
        let rating = item.rating.map(|rating| checked_text("a film's rating", &rating, 20, pos)).transpose()?;
        films.push(FilmSpec { title, runtime_minutes, rating, pos });
    }
    refuse_duplicates(films.iter().map(|f| (&f.title, f.pos)), "film")?;

    let mut price_lists = Vec::new();
    let mut price_list_positions = Vec::new();
    for item in raw.price_list {
        let pos = at(item.span());
        price_lists.push(parse_price_list(item.get_ref(), pos)?);
        price_list_positions.push(pos);
    }
    refuse_duplicates(price_lists.iter().map(|p| &p.name).zip(price_list_positions), "price list")?;

    let name_ref =
        |spanned: &Spanned<String>| NameRef { name: spanned.get_ref().trim().to_owned(), pos: at(spanned.span()) };
    let mut showings = Vec::new();
    for item in raw.showing {
        let pos = at(item.span());
        let item = item.into_inner();
        let starts_at =
            parse_local(item.starts_at.get_ref()).map_err(|e| fail(item.starts_at.span(), e.to_string()))?;
        showings.push(ShowingSpec {
            film: name_ref(&item.film),
            auditorium: name_ref(&item.auditorium),
            price_list: name_ref(&item.price_list),
            starts_at,
            pos,
        });
    }

    let mut schedules = Vec::new();
    for item in raw.schedule {
        let pos = at(item.span());
        let item = item.into_inner();
        let times = item
            .times
            .get_ref()
            .iter()
            .map(|time| NaiveTime::parse_from_str(time.trim(), "%H:%M"))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| fail(item.times.span(), "times are written like \"19:00\"".to_owned()))?;
        if times.is_empty() {
            return Err(fail(item.times.span(), "a schedule needs at least one time".to_owned()));
        }
        let days = match &item.days {
            None => ALL_DAYS.to_vec(),
            Some(days) => days
                .get_ref()
                .iter()
                .map(|day| day.trim().parse::<Weekday>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| fail(days.span(), "days are written like \"mon\", \"sat\"".to_owned()))?,
        };
        schedules.push(ScheduleSpec {
            film: name_ref(&item.film),
            auditorium: name_ref(&item.auditorium),
            price_list: name_ref(&item.price_list),
            times,
            days,
            pos,
        });
    }

    Ok(VenueFile { venue, auditoriums, films, price_lists, showings, schedules })
}

const ALL_DAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

type Fail<'a> = &'a dyn Fn(Range<usize>, String) -> FileError;

fn parse_venue(venue: RawVenue, fail: Fail<'_>) -> Result<VenueSettings, FileError> {
    let zone = parse_zone(venue.timezone.get_ref()).map_err(|e| fail(venue.timezone.span(), e.to_string()))?;
    let currency = Currency::new(venue.currency.get_ref(), *venue.currency_decimals.get_ref()).map_err(|e| {
        let span =
            if venue.currency.get_ref().len() == 3 { venue.currency_decimals.span() } else { venue.currency.span() };
        fail(span, e.to_string())
    })?;
    let minutes = |value: Option<Spanned<i64>>, name: &str, default: u32, min: i64, max: i64| match value {
        Some(value) => bounded(&value, min, max, name, fail),
        None => Ok(default),
    };
    let hold_minutes = minutes(venue.hold_minutes, "hold_minutes", DEFAULT_HOLD_MINUTES, 1, 24 * 60)?;
    let language =
        venue.language.map(|code| code.get_ref().parse().map_err(|e: String| fail(code.span(), e))).transpose()?;
    Ok(VenueSettings {
        name: super::text::stored_line("the venue's name", venue.name.get_ref(), 80)
            .map_err(|e| fail(venue.name.span(), e.to_string()))?,
        zone,
        currency,
        hold_minutes,
        sales_close_minutes: minutes(
            venue.sales_close_minutes,
            "sales_close_minutes",
            DEFAULT_SALES_CLOSE_MINUTES,
            0,
            600,
        )?,
        cleanup_minutes: minutes(venue.cleanup_minutes, "cleanup_minutes", DEFAULT_CLEANUP_MINUTES, 0, 600)?,
        door_opens_minutes: minutes(
            venue.door_opens_minutes,
            "door_opens_minutes",
            DEFAULT_DOOR_OPENS_MINUTES,
            0,
            24 * 60,
        )?,
        door_closes_minutes: minutes(
            venue.door_closes_minutes,
            "door_closes_minutes",
            DEFAULT_DOOR_CLOSES_MINUTES,
            0,
            24 * 60,
        )?,
        language,
    })
}

/// The layout, with any error placed on the file's own line and column.
fn parse_layout(text: &str, rows: &Spanned<String>) -> Result<Layout, FileError> {
    Layout::parse(rows.get_ref()).map_err(|error| {
        let start = position(text, rows.span().start);
        // The string opens with one quote or three; a multi-line one drops the newline right
        // after its opening quotes.
        let raw = &text[rows.span()];
        let quotes = if raw.starts_with("\"\"\"") || raw.starts_with("'''") { 3 } else { 1 };
        let skips_first_line = quotes == 3 && (raw[3..].starts_with('\n') || raw[3..].starts_with("\r\n"));
        let line = start.line + error.line - 1 + usize::from(skips_first_line);
        let column =
            if skips_first_line || error.line > 1 { error.column } else { start.column + quotes + error.column - 1 };
        FileError { pos: Pos { line, column }, message: format!("layout: {}", error.message) }
    })
}

fn parse_price_list(table: &toml::Table, pos: Pos) -> Result<PriceList, FileError> {
    let fail = |message: String| FileError { pos, message };
    let name = match table.get("name") {
        Some(toml::Value::String(name)) if !name.trim().is_empty() => name.trim().to_owned(),
        _ => return Err(fail("a price list needs a name = \"...\"".to_owned())),
    };
    let mut prices = Vec::new();
    for (key, value) in table.iter().filter(|(key, _)| *key != "name") {
        let ticket_type: TicketType =
            key.parse().map_err(|e: super::pricing::BadTicketType| fail(format!("price list {name}: {e}")))?;
        let toml::Value::Table(by_kind) = value else {
            return Err(fail(format!("price list {name}: {key} = {{ standard = ..., premium = ... }}")));
        };
        for (kind_word, amount) in by_kind {
            let seat_kind = kind_word.parse::<SeatKind>().ok().filter(|kind| kind.is_sellable()).ok_or_else(|| {
                fail(format!(
                    "price list {name}: {kind_word:?} is not a seat kind (standard, premium, wheelchair, companion)"
                ))
            })?;
            let amount = match amount {
                toml::Value::Integer(amount) if (0..=super::money::MAX_PRICE).contains(amount) => *amount,
                toml::Value::Integer(amount) if *amount > 0 => {
                    return Err(fail(format!(
                        "price list {name}: {key}.{kind_word} = {amount} is above the most a ticket may cost ({})",
                        super::money::MAX_PRICE
                    )));
                }
                _ => {
                    return Err(fail(format!(
                        "price list {name}: {key}.{kind_word} must be a whole amount in the currency's minor unit, not negative"
                    )));
                }
            };
            prices.push(Price { ticket_type: ticket_type.clone(), seat_kind, amount });
        }
        if !prices.iter().any(|p| p.ticket_type == ticket_type && p.seat_kind == SeatKind::Standard) {
            return Err(fail(format!("price list {name}: {key} needs a standard price")));
        }
    }
    if prices.is_empty() {
        return Err(fail(format!("price list {name} has no ticket types (add e.g. adult = {{ standard = 50000 }})")));
    }
    Ok(PriceList { name, prices })
}

fn checked_name(name: &Spanned<String>, what: &str, fail: Fail<'_>) -> Result<String, FileError> {
    let trimmed = name.get_ref().trim();
    if trimmed.is_empty() || trimmed.chars().count() > 80 || trimmed.chars().any(char::is_control) {
        return Err(fail(name.span(), format!("a {what} needs a name of 1 to 80 printable characters")));
    }
    if super::card_number::contains_card_number(trimmed) {
        return Err(fail(name.span(), format!("a {what} must not hold a card number")));
    }
    Ok(trimmed.to_owned())
}

/// Text the file stores without a position of its own (the venue's name, a film's rating).
fn checked_text(what: &'static str, text: &str, max: usize, pos: Pos) -> Result<String, FileError> {
    super::text::stored_line(what, text, max).map_err(|e| FileError { pos, message: e.to_string() })
}

fn bounded(value: &Spanned<i64>, min: i64, max: i64, name: &str, fail: Fail<'_>) -> Result<u32, FileError> {
    let number = *value.get_ref();
    if (min..=max).contains(&number) {
        u32::try_from(number).map_err(|_| fail(value.span(), format!("{name} is out of range")))
    } else {
        Err(fail(value.span(), format!("{name} must be between {min} and {max}, not {number}")))
    }
}

fn refuse_duplicates<'a>(items: impl Iterator<Item = (&'a String, Pos)>, what: &str) -> Result<(), FileError> {
    let mut seen = HashSet::new();
    for (name, pos) in items {
        if !seen.insert(name.to_lowercase()) {
            return Err(FileError { pos, message: format!("{what} {name:?} is defined twice") });
        }
    }
    Ok(())
}

/// Line and column (from 1, in characters) of a byte offset.
fn position(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |tail| tail.chars().count()) + 1;
    Pos { line, column }
}

#[cfg(test)]
mod tests;
