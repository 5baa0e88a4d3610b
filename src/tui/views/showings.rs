//! The showings of a day: time, film, rating, runtime, auditorium, a small sold/total bar and
//! the state.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::records::ShowingListing;
use crate::domain::selling::SalesState;
use crate::tui::app::App;
use crate::tui::cells;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Cells of the sold/total bar.
const BAR: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let Some(list) = &app.showings else {
        Paragraph::new(text::loading()).render(area, buf);
        return;
    };
    let holds = u16::try_from(app.open_holds.len().min(MAX_HOLD_LINES)).unwrap_or(0);
    let holds_height = if holds == 0 { 0 } else { holds + 2 };
    let [heading, _, table_area, holds_area] = super::stack(area, [Some(1), Some(1), None, Some(holds_height)]);
    open_holds(app, holds_area, buf);
    let mut day = vec![Span::styled(format!(" {}", text::long_day(list.day)), theme.strong())];
    if list.day == list.today {
        day.push(Span::styled(format!(" · {}", text::today()), theme.good()));
    }
    Line::from(day).render(heading, buf);
    if list.data.showings.is_empty() {
        Paragraph::new(format!(" {}", text::no_showings())).style(theme.dim()).render(table_area, buf);
        return;
    }
    let zone = list.data.venue.zone;
    // Narrow terminals drop the rating and runtime columns and shorten the bar, not the film.
    let wide = table_area.width >= WIDE;
    let bar = if wide { BAR } else { BAR / 2 };
    let columns = Columns::new(table_area.width, wide, bar);
    let header = [
        text::col_time(),
        text::col_film(),
        text::col_rated(),
        text::col_runtime(),
        columns.fitting(4, text::col_auditorium(), text::col_auditorium_short()),
        text::col_sold(),
        text::col_state(),
    ];
    let mut lines = vec![Line::styled(columns.line("  ", &header), theme.dim())];
    // Scrolled just enough to keep the cursor on screen; worked out afresh each frame.
    let visible = usize::from(table_area.height.saturating_sub(1)).max(1);
    let first = list.cursor.saturating_sub(visible - 1);
    for (index, (summary, _)) in list.data.showings.iter().enumerate().skip(first).take(visible) {
        let show = &summary.showing;
        let state = list.state_at(summary, app.now);
        let here = index == list.cursor;
        let cells = [
            show.starts_at.with_timezone(&zone).format("%H:%M").to_string(),
            show.film.clone(),
            show.rating.clone().unwrap_or_default(),
            text::minutes(show.runtime_minutes),
            show.auditorium.clone(),
            String::new(),
            columns.fitting(
                6,
                text::listed_state(state, usize::try_from(summary.available).unwrap_or(0)),
                text::short_state(state),
            ),
        ];
        let style = if here {
            theme.highlight()
        } else if matches!(state, SalesState::Finished | SalesState::Cancelled) {
            theme.dim()
        } else {
            Style::new()
        };
        let (before, after) = columns.split_at_bar(if here { "▶ " } else { "  " }, &cells);
        let mut spans = vec![Span::styled(before, style)];
        spans.extend(sold_bar(summary, bar, theme).spans);
        spans.push(Span::styled(after, style));
        lines.push(Line::from(spans));
    }
    Paragraph::new(lines).render(table_area, buf);
}

/// At most this many open holds are listed; `$` takes the first, so the rest can wait.
const MAX_HOLD_LINES: usize = 3;

/// This counter's holds left open, under the list, so none is forgotten after a restart.
fn open_holds(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme;
    let mut lines = vec![Line::default(), Line::styled(format!(" {}", text::open_holds()), theme.strong())];
    for hold in app.open_holds.iter().take(MAX_HOLD_LINES) {
        let seats: Vec<String> = hold.seats.iter().map(ToString::to_string).collect();
        let starts = hold.showing.starts_at.with_timezone(&app.zone).format("%H:%M").to_string();
        let until = hold.expires_at.with_timezone(&app.zone).format("%H:%M").to_string();
        lines.push(Line::raw(format!(
            "   {}",
            text::open_hold_line(&hold.code, &hold.showing.film, &starts, &seats, &until)
        )));
    }
    Paragraph::new(lines).render(area, buf);
}

/// Below this width the list leaves out the rating and the runtime.
const WIDE: u16 = 90;

/// Column widths, worked out by plain arithmetic (no layout solver: this is drawn every second).
struct Columns {
    widths: [usize; 7],
    wide: bool,
}

impl Columns {
    fn new(width: u16, wide: bool, bar: usize) -> Self {
        let sold = bar + 9;
        // Time, film, rated, runtime, auditorium, sold, state; the film takes what is left.
        let mut widths = if wide { [5, 0, 5, 7, 10, sold, 14] } else { [5, 0, 0, 0, 8, sold, 9] };
        let shown = widths.iter().filter(|w| **w > 0).count() + 1;
        let fixed: usize = widths.iter().sum::<usize>() + shown + 2;
        widths[1] = usize::from(width).saturating_sub(fixed).max(8);
        Self { widths, wide }
    }

    /// `text` in column `index`; one too long ends in `…`, so a cut name never passes for
    /// another (`Studio 1…`, not `Studio 1` for Studio 12).
    fn cell(&self, index: usize, text: &str) -> String {
        format!("{} ", cells::pad(text, self.widths[index]))
    }

    /// `long` when it fits column `index`, else its short form (`Auditorium`, `Aud.`).
    fn fitting(&self, index: usize, long: String, short: String) -> String {
        if cells::width(&long) <= self.widths[index] { long } else { short }
    }

    fn shown(&self, index: usize) -> bool {
        self.wide || !matches!(index, 2 | 3)
    }

    /// A header line.
    fn line(&self, marker: &str, cells: &[String]) -> String {
        let mut line = marker.to_owned();
        for (index, text) in cells.iter().enumerate().filter(|(i, _)| self.shown(*i)) {
            line.push_str(&self.cell(index, text));
        }
        line
    }

    /// A row's text before the sold bar and after it (the bar is drawn in its own styles).
    fn split_at_bar(&self, marker: &str, cells: &[String; 7]) -> (String, String) {
        let mut before = marker.to_owned();
        for index in (0..5).filter(|i| self.shown(*i)) {
            before.push_str(&self.cell(index, &cells[index]));
        }
        (before, format!(" {}", self.cell(6, &cells[6])))
    }
}

/// `███▓░░░░░░  31/242`: sold, held, free. Sold counts tickets, not occupied seats, so a
/// finished showing keeps its real figure after the restock freed every seat.
fn sold_bar(summary: &ShowingListing, bar: usize, theme: Theme) -> Line<'static> {
    let count = |n: i64| usize::try_from(n).unwrap_or(0);
    let total = count(summary.occupied) + count(summary.reserved) + count(summary.available);
    let sold = count(summary.tickets).min(total);
    let held = count(summary.reserved);
    let cells = |count: usize| if total == 0 { 0 } else { (count * bar).div_ceil(total).min(bar) };
    let sold_cells = cells(sold);
    let held_cells = cells(sold + held).saturating_sub(sold_cells);
    let free_cells = bar - sold_cells - held_cells;
    Line::from(vec![
        Span::styled("█".repeat(sold_cells), theme.seat(crate::tui::theme::Look::Occupied)),
        Span::styled("▓".repeat(held_cells), theme.seat(crate::tui::theme::Look::Reserved)),
        Span::styled("░".repeat(free_cells), theme.dim()),
        Span::raw(format!(" {sold:>3}/{total:<4}")),
    ])
}

#[cfg(test)]
mod tests {
    use super::Columns;

    #[test]
    fn a_name_too_long_for_its_column_ends_in_an_ellipsis_so_it_never_passes_for_another() {
        let columns = Columns::new(60, false, 5);
        assert_eq!(columns.cell(4, "Studio 12"), "Studio … ");
        assert_eq!(columns.cell(4, "Studio 1"), "Studio 1 ");
        let fitting = |columns: &Columns| columns.fitting(4, "Auditorium".to_owned(), "Aud.".to_owned());
        assert_eq!(fitting(&columns), "Aud.");
        assert_eq!(fitting(&Columns::new(120, true, 10)), "Auditorium");
    }
}
