//! The day report: `R` shows the figures of the showings list's day (occupancy per showing,
//! money per payment method and ticket type, every refund, the net), kept fresh by the watcher.
//! ←/→ change the day as on the showings list, and the list follows.

use chrono::{Days, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{App, Screen};
use crate::engine::DayReport;
use crate::tui::views;

/// The report on screen.
#[derive(Debug, Clone)]
pub struct ReportView {
    /// The screen to go back to.
    pub back: Screen,
    /// The latest figures; `None` until the first arrive.
    pub data: Option<DayReport>,
    /// Lines scrolled down (a small terminal shows the report a part at a time).
    pub scroll: u16,
}

impl App {
    /// `R`: the report of the day the showings list shows.
    pub(super) fn open_report(&mut self) {
        if self.screen == Screen::Report {
            return;
        }
        self.report = Some(ReportView { back: self.screen, data: None, scroll: 0 });
        self.screen = Screen::Report;
    }

    pub(super) fn report_loaded(&mut self, report: DayReport) {
        if self.day.is_some_and(|asked| asked != report.day) {
            return;
        }
        self.zone = report.venue.zone;
        if let Some(view) = self.report.as_mut() {
            view.data = Some(report);
        }
    }

    /// The day the report shows (or will, once loaded).
    fn report_day(&self) -> Option<NaiveDate> {
        self.day
            .or_else(|| self.report.as_ref().and_then(|view| view.data.as_ref()).map(|data| data.day))
            .or_else(|| self.showings.as_ref().map(|list| list.day))
    }

    pub(super) fn report_key(&mut self, key: KeyEvent) -> bool {
        let day = self.report_day();
        let Some(view) = self.report.as_mut() else { return false };
        // Scrolled no further than the last line: a key back up always shows a change.
        let last = view.data.as_ref().map_or(0, |data| views::report::line_count(data).saturating_sub(1));
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => view.scroll = view.scroll.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => view.scroll = view.scroll.saturating_add(1).min(last),
            KeyCode::PageUp => view.scroll = view.scroll.saturating_sub(10),
            KeyCode::PageDown => view.scroll = view.scroll.saturating_add(10).min(last),
            KeyCode::Home | KeyCode::Char('g') => view.scroll = 0,
            KeyCode::Left | KeyCode::Char('h') => {
                view.scroll = 0;
                self.day = day.and_then(|d| d.checked_sub_days(Days::new(1))).or(self.day);
            }
            KeyCode::Right | KeyCode::Char('l') => {
                view.scroll = 0;
                self.day = day.and_then(|d| d.checked_add_days(Days::new(1))).or(self.day);
            }
            KeyCode::Char('t') => {
                view.scroll = 0;
                self.day = None;
            }
            KeyCode::Esc => {
                let back = view.back;
                self.report = None;
                self.screen = back;
            }
            _ => return false,
        }
        true
    }
}
