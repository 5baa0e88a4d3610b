//! The venue and what it shows: settings, auditoriums and their seats, films and price lists.
//! Showings are in [`super::showings`].

use anyhow::Context as _;
use rusqlite::{OptionalExtension as _, params};

use super::Tx;
use super::rows::word;
use crate::domain::pricing::Price;
use crate::domain::time::parse_zone;
use crate::domain::venue_file::{FilmSpec, VenueSettings};
use crate::domain::{AuditoriumId, Currency, FilmId, Layout, PriceList, PriceListId};

/// The venue's settings as stored (the same type the venue file produces).
pub type VenueRow = VenueSettings;

/// An auditorium with its plan.
#[derive(Debug, Clone)]
pub struct AuditoriumRow {
    pub id: AuditoriumId,
    pub name: String,
    pub layout: Layout,
}

/// A film.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilmRow {
    pub id: FilmId,
    pub title: String,
    pub runtime_minutes: u32,
    pub rating: Option<String>,
}

impl Tx<'_> {
    /// The venue settings, once a venue file has been imported.
    pub fn venue(&self) -> anyhow::Result<Option<VenueRow>> {
        let row = self
            .tx
            .prepare_cached(
                "SELECT name, timezone, currency, currency_decimals, hold_minutes, sales_close_minutes, cleanup_minutes, \
                 door_opens_minutes, door_closes_minutes, language FROM venue WHERE id = 1",
            )?
            .query_row([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, i64>(3)?,
                    row.get::<_, u32>(4)?,
                    row.get::<_, u32>(5)?,
                    row.get::<_, u32>(6)?,
                    (row.get::<_, u32>(7)?, row.get::<_, u32>(8)?, row.get::<_, Option<String>>(9)?),
                ))
            })
            .optional()
            .context("could not read the venue settings")?;
        row.map(|(name, zone, code, decimals, hold_minutes, sales_close_minutes, cleanup_minutes, door)| {
            Ok(VenueSettings {
                name,
                zone: parse_zone(&zone)?,
                currency: Currency::new(&code, decimals)?,
                hold_minutes,
                sales_close_minutes,
                cleanup_minutes,
                door_opens_minutes: door.0,
                door_closes_minutes: door.1,
                // A language this build does not speak (written by a newer one) is no language.
                language: door.2.and_then(|code| code.parse().ok()),
            })
        })
        .transpose()
    }

    /// Stores the venue settings, replacing earlier ones.
    pub fn put_venue(&self, venue: &VenueSettings) -> anyhow::Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO venue (id, name, timezone, currency, currency_decimals, hold_minutes, sales_close_minutes, cleanup_minutes, \
                 door_opens_minutes, door_closes_minutes, language) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
                 ON CONFLICT (id) DO UPDATE SET name = ?1, timezone = ?2, currency = ?3, currency_decimals = ?4, \
                 hold_minutes = ?5, sales_close_minutes = ?6, cleanup_minutes = ?7, door_opens_minutes = ?8, \
                 door_closes_minutes = ?9, language = ?10",
            )?
            .execute(params![
                venue.name,
                venue.zone.name(),
                venue.currency.code(),
                venue.currency.decimals(),
                venue.hold_minutes,
                venue.sales_close_minutes,
                venue.cleanup_minutes,
                venue.door_opens_minutes,
                venue.door_closes_minutes,
                venue.language.map(crate::domain::Lang::code)
            ])
            .context("could not store the venue settings")?;
        Ok(())
    }

    /// An auditorium by name (case-insensitive).
    pub fn auditorium_by_name(&self, name: &str) -> anyhow::Result<Option<AuditoriumRow>> {
        let row = self
            .tx
            .prepare_cached("SELECT id, name, layout FROM auditorium WHERE name = ?1")?
            .query_row([name], |row| Ok((row.get(0)?, row.get(1)?, row.get::<_, String>(2)?)))
            .optional()
            .context("could not look up the auditorium")?;
        row.map(|(id, name, layout)| auditorium_row(id, name, &layout)).transpose()
    }

    /// An auditorium by id.
    pub fn auditorium(&self, id: AuditoriumId) -> anyhow::Result<AuditoriumRow> {
        let (name, layout): (String, String) = self
            .tx
            .prepare_cached("SELECT name, layout FROM auditorium WHERE id = ?1")?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .context("could not read the auditorium")?;
        auditorium_row(id, name, &layout)
    }

    /// Adds an auditorium and its seats.
    pub fn insert_auditorium(&self, name: &str, layout: &Layout) -> anyhow::Result<AuditoriumId> {
        self.tx
            .prepare_cached("INSERT INTO auditorium (name, layout) VALUES (?1, ?2)")?
            .execute(params![name, layout.to_text()])
            .context("could not add the auditorium")?;
        let id = AuditoriumId(self.tx.last_insert_rowid());
        self.insert_seats(id, layout)?;
        Ok(id)
    }

    /// Replaces the plan of an auditorium that has no showings yet.
    pub fn replace_layout(&self, id: AuditoriumId, layout: &Layout) -> anyhow::Result<()> {
        self.tx
            .prepare_cached("DELETE FROM seat WHERE auditorium_id = ?1")?
            .execute([id])
            .context("could not remove the old seats")?;
        self.tx
            .prepare_cached("UPDATE auditorium SET layout = ?2 WHERE id = ?1")?
            .execute(params![id, layout.to_text()])
            .context("could not store the layout")?;
        self.insert_seats(id, layout)
    }

    fn insert_seats(&self, id: AuditoriumId, layout: &Layout) -> anyhow::Result<()> {
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO seat (auditorium_id, label, row_label, number, kind, grid_row, grid_col) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for seat in layout.seats() {
            insert
                .execute(params![
                    id,
                    seat.label.to_string(),
                    seat.label.row(),
                    seat.label.number(),
                    seat.kind.as_str(),
                    seat.grid_row,
                    seat.grid_col
                ])
                .context("could not add a seat")?;
        }
        Ok(())
    }

    /// How many showings (of any state) an auditorium has.
    pub fn showing_count(&self, auditorium: AuditoriumId) -> anyhow::Result<i64> {
        Ok(self
            .tx
            .prepare_cached("SELECT count(*) FROM showing WHERE auditorium_id = ?1")?
            .query_row([auditorium], |row| row.get(0))?)
    }

    /// A film by title (case-insensitive).
    pub fn film_by_title(&self, title: &str) -> anyhow::Result<Option<FilmRow>> {
        self.tx
            .prepare_cached("SELECT id, title, runtime_minutes, rating FROM film WHERE title = ?1")?
            .query_row([title], |row| {
                Ok(FilmRow { id: row.get(0)?, title: row.get(1)?, runtime_minutes: row.get(2)?, rating: row.get(3)? })
            })
            .optional()
            .context("could not look up the film")
    }

    /// Adds a film or updates its runtime and rating. Existing showings keep the end time they
    /// were scheduled with.
    pub fn put_film(&self, film: &FilmSpec) -> anyhow::Result<FilmId> {
        self.tx
            .prepare_cached(
                "INSERT INTO film (title, runtime_minutes, rating) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (title) DO UPDATE SET runtime_minutes = ?2, rating = ?3",
            )?
            .execute(params![film.title, film.runtime_minutes, film.rating])
            .context("could not store the film")?;
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM film WHERE title = ?1")?
            .query_row([&film.title], |row| row.get(0))?)
    }

    /// A price list by name (case-insensitive).
    pub fn price_list_by_name(&self, name: &str) -> anyhow::Result<Option<PriceListId>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM price_list WHERE name = ?1")?
            .query_row([name], |row| row.get(0))
            .optional()?)
    }

    /// A price list with its prices in the order the venue file gave them.
    pub fn price_list(&self, id: PriceListId) -> anyhow::Result<PriceList> {
        let name: String = self
            .tx
            .prepare_cached("SELECT name FROM price_list WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .context("could not read the price list")?;
        let prices = self
            .tx
            .prepare_cached(
                "SELECT ticket_type, seat_kind, amount FROM price WHERE price_list_id = ?1 ORDER BY position",
            )?
            .query_map([id], |row| {
                Ok(Price { ticket_type: word(row, 0)?, seat_kind: word(row, 1)?, amount: row.get(2)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
            .context("could not read the prices")?;
        Ok(PriceList { name, prices })
    }

    /// Adds a price list or replaces its prices. Tickets already sold keep the price they were
    /// sold at, since each ticket stores its own.
    pub fn put_price_list(&self, list: &PriceList) -> anyhow::Result<PriceListId> {
        self.tx
            .prepare_cached("INSERT INTO price_list (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?
            .execute([&list.name])
            .context("could not store the price list")?;
        let id: PriceListId = self
            .tx
            .prepare_cached("SELECT id FROM price_list WHERE name = ?1")?
            .query_row([&list.name], |row| row.get(0))?;
        self.tx.prepare_cached("DELETE FROM price WHERE price_list_id = ?1")?.execute([id])?;
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO price (price_list_id, position, ticket_type, seat_kind, amount) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (position, price) in list.prices.iter().enumerate() {
            insert
                .execute(params![id, position, price.ticket_type.as_str(), price.seat_kind.as_str(), price.amount])
                .context("could not store a price")?;
        }
        Ok(id)
    }
}

fn auditorium_row(id: AuditoriumId, name: String, layout: &str) -> anyhow::Result<AuditoriumRow> {
    let layout = Layout::parse(layout).map_err(|e| anyhow::anyhow!("the stored layout of {name} is damaged: {e}"))?;
    Ok(AuditoriumRow { id, name, layout })
}
