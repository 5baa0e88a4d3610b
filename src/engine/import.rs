//! Loading a venue file: idempotent by names, all or nothing. A refused import writes nothing,
//! and its error names the line and column of the venue file.

use crate::domain::EventKind;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::json;

use super::messages::{self, Overlap};
use super::staff::Needs;
use super::{Engine, EngineError};
use crate::domain::time::local_to_utc;
use crate::domain::venue_file::{NameRef, Pos, VenueFile, VenueSettings};
use crate::domain::{AuditoriumId, PriceListId};
use crate::store::{NewEvent, Tx};

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub auditoriums_added: usize,
    pub auditoriums_changed: usize,
    pub films: usize,
    pub price_lists: usize,
    pub showings_added: usize,
    /// Showings the file names that already existed: importing twice adds nothing.
    pub showings_existing: usize,
}

/// A showing to create, resolved from the file.
struct Wanted<'a> {
    film: &'a NameRef,
    auditorium: &'a NameRef,
    price_list: &'a NameRef,
    starts_local: chrono::NaiveDateTime,
    pos: Pos,
}

/// A refusal about one place in the file.
fn at(pos: Pos, message: &str) -> EngineError {
    EngineError::BadInput(messages::at_line(pos.line, pos.column, message))
}

impl Engine {
    /// Imports a venue file. Its `[[schedule]]` templates create showings on `schedule_days`
    /// days from `schedule_from` (a venue-local date).
    ///
    /// # Errors
    /// Bad input, with the file position, for anything it refers to that does not exist, an
    /// overlap, a time skipped by daylight saving, or a layout change of an auditorium that
    /// already has showings. Nothing is written then.
    pub fn import(
        &mut self,
        file: &VenueFile,
        schedule_from: NaiveDate,
        schedule_days: u32,
        now: DateTime<Utc>,
    ) -> Result<ImportReport, EngineError> {
        let actor = self.actor.clone();
        let authority = self.take_authority();
        self.store.write(|tx| {
            let approver = authority.check(tx, Needs::Manager(messages::IMPORTING_A_VENUE_FILE))?;
            let mut report = ImportReport::default();
            let venue = if let Some(venue) = &file.venue {
                // Stored amounts are minor units of the venue's currency: changing the
                // currency or its decimals after money moved would silently change them all.
                if let Some(old) = tx.venue()?.filter(|old| old.currency != venue.currency)
                    && tx.booking_count()? > 0
                {
                    return Err(EngineError::BadInput(messages::currency_locked(
                        old.currency.code(),
                        old.currency.decimals(),
                        venue.currency.code(),
                        venue.currency.decimals(),
                    )));
                }
                tx.put_venue(venue)?;
                venue.clone()
            } else {
                let first = || EngineError::BadInput(messages::first_file_needs_venue());
                tx.venue()?.ok_or_else(first)?
            };
            for auditorium in &file.auditoriums {
                match tx.auditorium_by_name(&auditorium.name)? {
                    None => {
                        tx.insert_auditorium(&auditorium.name, &auditorium.layout)?;
                        report.auditoriums_added += 1;
                    }
                    Some(existing) if existing.layout == auditorium.layout => {}
                    Some(existing) if tx.showing_count(existing.id)? == 0 => {
                        tx.replace_layout(existing.id, &auditorium.layout)?;
                        report.auditoriums_changed += 1;
                    }
                    Some(existing) => {
                        return Err(at(auditorium.pos, &messages::layout_in_use(&existing.name)));
                    }
                }
            }
            for film in &file.films {
                tx.put_film(film)?;
                report.films += 1;
            }
            for list in &file.price_lists {
                tx.put_price_list(list)?;
                report.price_lists += 1;
            }
            // Each added showing's id and times go into the log, so verify can tell a showing
            // moved afterwards (or one slipped in) from what was imported.
            let mut added = Vec::new();
            for wanted in wanted_showings(file, schedule_from, schedule_days) {
                match add_showing(tx, &venue, &wanted)? {
                    Some(showing) => added.push(showing),
                    None => report.showings_existing += 1,
                }
            }
            report.showings_added = added.len();
            let data = json!({
                "auditoriums_added": report.auditoriums_added,
                "films": report.films,
                "price_lists": report.price_lists,
                "showings_added": report.showings_added,
                "showings": added,
            });
            tx.append_event(&NewEvent {
                approver: approver.as_deref(),
                ..actor.event(now, EventKind::Imported, None, None, data)
            })?;
            Ok(report)
        })
    }
}

/// The file's showings, then its schedules expanded over the days asked for.
fn wanted_showings(file: &VenueFile, from: NaiveDate, days: u32) -> Vec<Wanted<'_>> {
    let mut wanted: Vec<Wanted<'_>> = file
        .showings
        .iter()
        .map(|s| Wanted {
            film: &s.film,
            auditorium: &s.auditorium,
            price_list: &s.price_list,
            starts_local: s.starts_at,
            pos: s.pos,
        })
        .collect();
    for day in from.iter_days().take(days as usize) {
        for schedule in file.schedules.iter().filter(|s| s.days.contains(&chrono::Datelike::weekday(&day))) {
            for time in &schedule.times {
                wanted.push(Wanted {
                    film: &schedule.film,
                    auditorium: &schedule.auditorium,
                    price_list: &schedule.price_list,
                    starts_local: day.and_time(*time),
                    pos: schedule.pos,
                });
            }
        }
    }
    wanted
}

/// Adds one showing unless the same film already starts then in that auditorium. Returns the
/// added showing as the log records it: `[id, starts_at, ends_at]` in UTC seconds.
fn add_showing(tx: &Tx<'_>, venue: &VenueSettings, wanted: &Wanted<'_>) -> Result<Option<[i64; 3]>, EngineError> {
    let film = tx
        .film_by_title(&wanted.film.name)?
        .ok_or_else(|| at(wanted.film.pos, &messages::unknown_film(&wanted.film.name)))?;
    let auditorium: AuditoriumId = tx
        .auditorium_by_name(&wanted.auditorium.name)?
        .ok_or_else(|| at(wanted.auditorium.pos, &messages::unknown_auditorium(&wanted.auditorium.name)))?
        .id;
    let price_list: PriceListId = tx
        .price_list_by_name(&wanted.price_list.name)?
        .ok_or_else(|| at(wanted.price_list.pos, &messages::unknown_price_list(&wanted.price_list.name)))?;
    let starts_at = local_to_utc(venue.zone, wanted.starts_local).map_err(|e| at(wanted.pos, &e.to_string()))?;
    let ends_at = starts_at + Duration::minutes(i64::from(film.runtime_minutes));
    if let Some(existing) = tx.showing_starting(auditorium, starts_at)?
        && existing.film.eq_ignore_ascii_case(&film.title)
    {
        return Ok(None);
    }
    let cleanup_end = ends_at + Duration::minutes(i64::from(venue.cleanup_minutes));
    if let Some(clash) = tx.overlapping_showings(auditorium, starts_at, cleanup_end, venue.cleanup_minutes)?.first() {
        let local = |t: DateTime<Utc>| t.with_timezone(&venue.zone).format("%Y-%m-%d %H:%M").to_string();
        let overlap = Overlap {
            film: &film.title,
            starts: &local(starts_at),
            auditorium: &clash.auditorium,
            other_showing: clash.id,
            other_film: &clash.film,
            other_starts: &local(clash.starts_at),
            other_until: &local(clash.ends_at + Duration::minutes(i64::from(venue.cleanup_minutes))),
            cleanup_minutes: venue.cleanup_minutes,
        };
        return Err(at(wanted.pos, &messages::overlaps(&overlap)));
    }
    let id = tx.insert_showing(film.id, auditorium, price_list, starts_at, ends_at)?;
    Ok(Some([id.0, starts_at.timestamp(), ends_at.timestamp()]))
}
