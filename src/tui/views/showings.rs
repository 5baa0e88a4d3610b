//! The showings of a day: time, film, rating, runtime, auditorium, a small sold/total bar and
//! the state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use crate::domain::selling::SalesState;
use crate::store::ShowingSummary;
use crate::tui::app::App;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Cells of the sold/total bar.
const BAR: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let Some(list) = &app.showings else {
        Paragraph::new(text::LOADING).render(area, buf);
        return;
    };
    let [heading, _, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let mut day = vec![Span::styled(format!(" {}", list.day.format("%A %d %B %Y")), theme.strong())];
    if list.day == list.today {
        day.push(Span::styled(format!(" · {}", text::TODAY), theme.good()));
    }
    Line::from(day).render(heading, buf);
    if list.data.showings.is_empty() {
        Paragraph::new(format!(" {}", text::NO_SHOWINGS)).style(theme.dim()).render(table_area, buf);
        return;
    }
    let zone = list.data.venue.zone;
    let rows: Vec<Row<'_>> = list
        .data
        .showings
        .iter()
        .map(|(summary, _)| {
            let show = &summary.showing;
            let state = list.state_at(summary, app.now);
            let style = if matches!(state, SalesState::Finished | SalesState::Cancelled) {
                theme.dim()
            } else {
                ratatui::style::Style::new()
            };
            Row::new(vec![
                Cell::from(show.starts_at.with_timezone(&zone).format("%H:%M").to_string()),
                Cell::from(show.film.clone()),
                Cell::from(show.rating.clone().unwrap_or_default()),
                Cell::from(text::minutes(show.runtime_minutes)),
                Cell::from(show.auditorium.clone()),
                Cell::from(sold_bar(summary, theme)),
                Cell::from(text::sales_state(state)),
            ])
            .style(style)
        })
        .collect();
    let widths = [
        Constraint::Length(5),
        Constraint::Fill(1),
        Constraint::Length(5),
        Constraint::Length(7),
        Constraint::Length(10),
        Constraint::Length(BAR as u16 + 10),
        Constraint::Length(14),
    ];
    let header = Row::new([
        text::COL_TIME,
        text::COL_FILM,
        text::COL_RATED,
        text::COL_RUNTIME,
        text::COL_AUDITORIUM,
        text::COL_SOLD,
        text::COL_STATE,
    ])
    .style(theme.dim());
    let table = Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(theme.highlight())
        .highlight_symbol("▶ ");
    // A fresh table state each frame: the table scrolls to the cursor without the app storing it.
    let mut state = TableState::new().with_selected(Some(list.cursor));
    StatefulWidget::render(table, table_area, buf, &mut state);
}

/// `███▓░░░░░░  31/242`: sold, held, free.
fn sold_bar(summary: &ShowingSummary, theme: Theme) -> Line<'static> {
    let sold = usize::try_from(summary.occupied).unwrap_or(0);
    let held = usize::try_from(summary.reserved).unwrap_or(0);
    let total = sold + held + usize::try_from(summary.available).unwrap_or(0);
    let cells = |count: usize| if total == 0 { 0 } else { (count * BAR).div_ceil(total).min(BAR) };
    let sold_cells = cells(sold);
    let held_cells = cells(sold + held).saturating_sub(sold_cells);
    let free_cells = BAR - sold_cells - held_cells;
    Line::from(vec![
        Span::styled("█".repeat(sold_cells), theme.seat(crate::tui::theme::Look::Occupied)),
        Span::styled("▓".repeat(held_cells), theme.seat(crate::tui::theme::Look::Reserved)),
        Span::styled("░".repeat(free_cells), theme.dim()),
        Span::raw(format!(" {sold:>3}/{total}")),
    ])
}
