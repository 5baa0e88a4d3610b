//! `boxoffice showings`: the showings of a day with seat counts per state.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::{Output, time};
use crate::domain::time::{local_date, parse_date};
use crate::engine::{Engine, EngineError};

pub fn list(
    engine: &mut Engine,
    date: Option<&str>,
    all: bool,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let day = match (date, all) {
        (_, true) => None,
        (Some(text), false) => Some(parse_date(text).map_err(|e| EngineError::BadInput(e.to_string()))?),
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
    out.answer(&json!(value), || {
        let heading = match day {
            Some(day) => day.format("%a %d %b %Y").to_string(),
            None => "All showings".to_owned(),
        };
        let mut text = format!("{heading} · {} ({})\n", listing.venue.name, zone.name());
        if listing.showings.is_empty() {
            text.push_str("  no showings\n");
            return text;
        }
        let film_width = listing.showings.iter().map(|(s, _)| s.showing.film.chars().count()).max().unwrap_or(4).max(4);
        let room_width =
            listing.showings.iter().map(|(s, _)| s.showing.auditorium.chars().count()).max().unwrap_or(10).max(10);
        text.push_str(&format!(
            "{:>5}  {:<11}  {:<film_width$}  {:<room_width$}  {:>5}  {:>4}  {:>4}  STATE\n",
            "ID", "STARTS", "FILM", "AUDITORIUM", "FREE", "HELD", "SOLD"
        ));
        for (summary, state) in &listing.showings {
            let show = &summary.showing;
            let starts = show.starts_at.with_timezone(&zone);
            let when = if day.is_some() {
                starts.format("%H:%M").to_string()
            } else {
                starts.format("%d %b %H:%M").to_string()
            };
            text.push_str(&format!(
                "{:>5}  {:<11}  {:<film_width$}  {:<room_width$}  {:>5}  {:>4}  {:>4}  {}\n",
                show.id.0,
                when,
                show.film,
                show.auditorium,
                summary.available,
                summary.reserved,
                summary.tickets,
                state.as_str()
            ));
        }
        text
    });
    Ok(())
}
