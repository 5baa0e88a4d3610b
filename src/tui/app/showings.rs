//! The showings of a day: moving through them, changing the day, opening one's seats.

use chrono::{Days, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{App, Screen, Tone, Waiting};
use crate::tui::text;

use crate::domain::ShowingId;
use crate::domain::records::ShowingListing;
use crate::domain::selling::SalesState;
use crate::engine::{ShowingsDay, sales_state};

/// The latest snapshot of one day's showings and the cursor over them.
#[derive(Debug, Clone)]
pub struct ShowingsList {
    pub day: NaiveDate,
    pub today: NaiveDate,
    pub data: ShowingsDay,
    pub cursor: usize,
}

impl ShowingsList {
    /// The showing under the cursor.
    #[must_use]
    pub fn current(&self) -> Option<&ShowingListing> {
        self.data.showings.get(self.cursor).map(|(summary, _)| summary)
    }

    /// A showing's sales state at `now` (computed, so "selling closed" appears on time without
    /// a reload).
    #[must_use]
    pub fn state_at(&self, summary: &ShowingListing, now: chrono::DateTime<chrono::Utc>) -> SalesState {
        sales_state(&summary.showing, &self.data.venue, now)
    }
}

impl App {
    pub(super) fn showings_loaded(&mut self, day: NaiveDate, today: NaiveDate, data: ShowingsDay) {
        if self.day.is_some_and(|asked| asked != day) {
            return;
        }
        self.zone = data.venue.zone;
        // A screen started after today's last sale (the demo late in the evening) opens on
        // tomorrow, where the cashier can sell, rather than on a list of finished showings.
        if self.showings.is_none() && self.day.is_none() && day == today && self.none_selling(&data) {
            self.day = today.checked_add_days(Days::new(1));
            self.say(text::nothing_sells_today(), Tone::Info);
            return;
        }
        let previous = self.showings.take();
        let cursor = match &previous {
            // Same day: stay on the same showing even if the list changed around it.
            Some(old) if old.day == day => {
                let id = old.current().map(|s| s.showing.id);
                data.showings.iter().position(|(s, _)| Some(s.showing.id) == id).unwrap_or(old.cursor)
            }
            _ => self.next_selling(&data),
        };
        let cursor = cursor.min(data.showings.len().saturating_sub(1));
        self.showings = Some(ShowingsList { day, today, data, cursor });
    }

    /// Whether no showing of the day still sells (every one finished, closed or cancelled).
    fn none_selling(&self, data: &ShowingsDay) -> bool {
        !data.showings.iter().any(|(s, _)| sales_state(&s.showing, &data.venue, self.now) == SalesState::Selling)
    }

    /// Where the cursor starts: the next showing that has not started and still sells, else any
    /// that still sells, else the first.
    fn next_selling(&self, data: &ShowingsDay) -> usize {
        let selling =
            |summary: &ShowingListing| sales_state(&summary.showing, &data.venue, self.now) == SalesState::Selling;
        let showings = &data.showings;
        showings
            .iter()
            .position(|(s, _)| selling(s) && s.showing.starts_at >= self.now)
            .or_else(|| showings.iter().position(|(s, _)| selling(s)))
            .unwrap_or(0)
    }

    pub(super) fn showings_key(&mut self, key: KeyEvent) -> bool {
        let Some(list) = self.showings.as_mut() else {
            return false;
        };
        let last = list.data.showings.len().saturating_sub(1);
        let day = list.day;
        let current = list.current().map(|s| s.showing.id);
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => list.cursor = list.cursor.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => list.cursor = (list.cursor + 1).min(last),
            KeyCode::Home | KeyCode::Char('g') => list.cursor = 0,
            KeyCode::End | KeyCode::Char('G') => list.cursor = last,
            KeyCode::Left | KeyCode::Char('h') => self.change_day(day.checked_sub_days(Days::new(1))),
            KeyCode::Right | KeyCode::Char('l') => self.change_day(day.checked_add_days(Days::new(1))),
            KeyCode::Char('t') => self.day = None,
            KeyCode::Char('C') => self.ask_cancel_showing(),
            KeyCode::Char('$') => self.resume_first_hold(),
            KeyCode::Enter => {
                if let Some(id) = current {
                    self.open_seats(id);
                }
            }
            _ => return false,
        }
        true
    }

    fn change_day(&mut self, day: Option<NaiveDate>) {
        if let Some(day) = day {
            self.day = Some(day);
        }
    }

    /// Enter on a showing: its seat map opens as soon as the watcher has read it.
    pub(super) fn open_seats(&mut self, id: ShowingId) {
        if self.seats.as_ref().is_none_or(|seats| seats.map.showing.id != id) {
            self.seats = None;
        }
        self.open_showing = Some(id);
        self.screen = Screen::Seats;
        if self.seats.is_none() {
            self.waiting = Some((Waiting::SeatMap(id), self.now));
        }
    }
}
