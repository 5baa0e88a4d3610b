//! `boxoffice showings`: the showings of a day with seat counts per state.

use chrono::{DateTime, Datelike as _, NaiveDate, Utc};
use serde_json::json;

use super::output::{Output, time};
use crate::domain::calendar;
use crate::domain::text::{cells, padded};
use crate::domain::time::{local_date, parse_date};
use crate::engine::{Engine, EngineError, ShowingsDay};
use crate::i18n::errors::Localized as _;
use crate::i18n::{self, words};
use crate::tr;

pub fn list(
    engine: &mut Engine,
    date: Option<&str>,
    all: bool,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let day = match (date, all) {
        (_, true) => None,
        (Some(text), false) => Some(parse_date(text).map_err(|e| EngineError::BadInput(e.localized()))?),
        (None, false) => {
            let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
            Some(local_date(zone, now))
        }
    };
    let listing = engine.showings(day, now)?;
    let zone = listing.venue.zone;
    let value: Vec<_> = listing
        .showings
        .iter()
        .map(|(summary, state)| {
            let show = &summary.showing;
            json!({
                "id": show.id.0,
                "film": show.film,
                "rating": show.rating,
                "runtime_minutes": show.runtime_minutes,
                "auditorium": show.auditorium,
                "starts_at": time(zone, show.starts_at),
                "ends_at": time(zone, show.ends_at),
                "status": show.status.as_str(),
                "sales": state.as_str(),
                // Tickets sold and not refunded: a finished showing keeps them after the restock.
                "tickets": summary.tickets,
                "seats": {
                    "available": summary.available,
                    "reserved": summary.reserved,
                    "occupied": summary.occupied,
                    "blocked": summary.blocked,
                },
            })
        })
        .collect();
    out.answer(&json!(value), || table(&listing, day));
    Ok(())
}

/// The showings as a table, headings in the process's language, columns measured in cells.
fn table(listing: &ShowingsDay, day: Option<NaiveDate>) -> String {
    let zone = listing.venue.zone;
    let lang = i18n::lang();
    let heading = match day {
        Some(day) => calendar::day_year(lang, day),
        None => tr!("showings-all"),
    };
    let mut text = format!("{heading} · {} ({})\n", listing.venue.name, zone.name());
    if listing.showings.is_empty() {
        text.push_str(&format!("  {}\n", tr!("showings-none")));
        return text;
    }
    let [id, starts, film, room, free, held, sold, state] = [
        tr!("showings-col-id"),
        tr!("showings-col-starts"),
        tr!("showings-col-film"),
        tr!("showings-col-auditorium"),
        tr!("showings-col-free"),
        tr!("showings-col-held"),
        tr!("showings-col-sold"),
        tr!("showings-col-state"),
    ];
    let widest = |texts: &mut dyn Iterator<Item = &str>, at_least: &str| {
        texts.map(cells).max().unwrap_or(0).max(cells(at_least))
    };
    let film_width = widest(&mut listing.showings.iter().map(|(s, _)| s.showing.film.as_str()), &film);
    let room_width = widest(&mut listing.showings.iter().map(|(s, _)| s.showing.auditorium.as_str()), &room);
    // The narrowest columns widen for a longer heading in another language.
    let width = |heading: &str, at_least: usize| cells(heading).max(at_least);
    let widths = [width(&id, 5), width(&starts, 11), film_width, room_width, width(&free, 5), width(&held, 4)];
    let sold_width = width(&sold, 4);
    let row = |cols: [&str; 8]| {
        format!(
            "{}  {}  {}  {}  {}  {}  {}  {}",
            padded(cols[0], widths[0], false),
            padded(cols[1], widths[1], true),
            padded(cols[2], widths[2], true),
            padded(cols[3], widths[3], true),
            padded(cols[4], widths[4], false),
            padded(cols[5], widths[5], false),
            padded(cols[6], sold_width, false),
            cols[7],
        )
    };
    text.push_str(&row([&id, &starts, &film, &room, &free, &held, &sold, &state]));
    text.push('\n');
    for (summary, state) in &listing.showings {
        let show = &summary.showing;
        let starts = show.starts_at.with_timezone(&zone);
        let when = if day.is_some() {
            starts.format("%H:%M").to_string()
        } else {
            format!(
                "{} {} {}",
                starts.format("%d"),
                calendar::month_short(lang, starts.month()),
                starts.format("%H:%M")
            )
        };
        let numbers = [show.id.0.to_string(), summary.available.to_string(), summary.reserved.to_string()];
        let sold = summary.tickets.to_string();
        let state = words::state(state.as_str());
        text.push_str(&row([
            &numbers[0],
            &when,
            &show.film,
            &show.auditorium,
            &numbers[1],
            &numbers[2],
            &sold,
            &state,
        ]));
        text.push('\n');
    }
    text
}
