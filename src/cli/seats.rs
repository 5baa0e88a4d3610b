//! `boxoffice seats SHOWING`: the seat map as a small text picture with a legend, or JSON; and
//! `boxoffice best SHOWING N`: the seats best-available suggests, holding nothing.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::{Output, time};
use crate::domain::best_available::Kind;
use crate::domain::calendar;
use crate::domain::text::cells;
use crate::domain::{Place, SeatKind, SeatStatus, ShowingId};
use crate::engine::{Engine, EngineError, SeatMap, SeatView};
use crate::i18n::{self, words};
use crate::tr;

/// `best SHOWING N [--kind K]`: `{"showing", "seats", "groups", "kind"}`; exit 3 when no choice fits.
pub fn best(
    engine: &mut Engine,
    showing: i64,
    count: usize,
    kind: Option<Kind>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let best = engine.best(ShowingId(showing), count, kind, now)?;
    let names = |group: &[crate::domain::SeatLabel]| group.iter().map(ToString::to_string).collect::<Vec<_>>();
    let value = json!({
        "showing": showing,
        "seats": names(&best.seats()),
        "groups": best.groups.iter().map(|group| names(group)).collect::<Vec<_>>(),
        "kind": best.kind.as_str(),
    });
    out.answer(&value, || {
        let kind = if kind.is_some() { format!(" --kind {}", best.kind) } else { String::new() };
        let command = format!("boxoffice hold {showing} --best {count}{kind}");
        format!("{}\n{}", best.describe(), tr!("best-hold-them", command = command))
    });
    Ok(())
}

pub fn show(engine: &mut Engine, showing: i64, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let map = engine.seat_map(ShowingId(showing), now)?;
    let zone = map.venue.zone;
    let seats: Vec<_> = map
        .seats
        .iter()
        .map(|seat| {
            json!({
                "label": seat.label.to_string(),
                "row": seat.label.row(),
                "number": seat.label.number(),
                "kind": seat.kind.as_str(),
                "status": seat.status.as_str(),
                "booking": seat.booking,
                "counter": seat.counter,
                "hold_expires_at": seat.hold_expires_at.map(|at| time(zone, at)),
            })
        })
        .collect();
    let value = json!({
        "showing": showing,
        "film": map.showing.film,
        "auditorium": map.showing.auditorium,
        "starts_at": time(zone, map.showing.starts_at),
        "sales": map.sales.as_str(),
        "seats": seats,
    });
    out.answer(&value, || picture(&map));
    Ok(())
}

/// One character per seat: free seats show their kind, taken ones their state.
fn glyph(seat: &SeatView) -> char {
    match (seat.status, seat.kind) {
        (SeatStatus::Available, SeatKind::Premium) => 'P',
        (SeatStatus::Available, SeatKind::Wheelchair) => 'W',
        (SeatStatus::Available, SeatKind::Companion) => 'C',
        (SeatStatus::Available, _) => 'o',
        (SeatStatus::Reserved, _) => 'r',
        (SeatStatus::Occupied, _) => 'X',
        (SeatStatus::Blocked, _) => '#',
    }
}

/// What each character of the picture means.
fn legend() -> String {
    tr!("seats-legend")
}

/// The text picture: screen at the top (the front), row labels on both sides.
fn picture(map: &SeatMap) -> String {
    let zone = map.venue.zone;
    let show = &map.showing;
    let by_place: HashMap<(usize, usize), &SeatView> =
        map.seats.iter().map(|s| ((s.grid_row, s.grid_col), s)).collect();
    let label_width = map.layout.rows().iter().map(|r| r.label.len()).max().unwrap_or(1);
    let width = map.layout.width() * 2;
    let starts = calendar::day_time(i18n::lang(), show.starts_at.with_timezone(&zone).naive_local());
    let mut text = format!(
        "{} · {}{} · {} · {starts}–{} · {}\n\n",
        tr!("seats-showing", showing = show.id.to_string()),
        show.film,
        show.rating.as_ref().map(|r| format!(" ({r})")).unwrap_or_default(),
        show.auditorium,
        show.ends_at.with_timezone(&zone).format("%H:%M"),
        words::state(map.sales.as_str())
    );
    let screen = format!(" {} ", tr!("seats-screen"));
    let pad = width.saturating_sub(cells(&screen)) / 2;
    text.push_str(&format!(
        "{:label_width$}  {}{}{}\n\n",
        "",
        "=".repeat(pad),
        screen,
        "=".repeat(width.saturating_sub(pad + cells(&screen)))
    ));
    for (row_index, row) in map.layout.rows().iter().enumerate() {
        let mut line = format!("{:>label_width$}  ", row.label);
        for (col, place) in row.places.iter().enumerate() {
            let cell = match place {
                Place::Gap => ' ',
                Place::Seat { .. } => by_place.get(&(row_index, col)).map_or('?', |seat| glyph(seat)),
            };
            line.push(cell);
            line.push(' ');
        }
        line.push_str(&" ".repeat(width.saturating_sub(row.places.len() * 2)));
        line.push_str(&format!(" {}", row.label));
        text.push_str(line.trim_end());
        text.push('\n');
    }
    let count = |status: SeatStatus| map.seats.iter().filter(|s| s.status == status).count();
    text.push_str(&format!(
        "\n{}\n{}\n",
        legend(),
        tr!(
            "seats-counts",
            free = count(SeatStatus::Available),
            held = count(SeatStatus::Reserved),
            sold = count(SeatStatus::Occupied),
            blocked = count(SeatStatus::Blocked),
        )
    ));
    text
}
