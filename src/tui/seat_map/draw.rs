//! Drawing the seat map: the screen at the front (top), then one line per row with its label on
//! both sides, each place three columns wide so the cursor can wear brackets (`[o]`) that read
//! without colour. A seat-number ruler for the cursor's row sits under the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::StatefulWidget;

use super::plan::{Plan, Spot};
use super::state::SeatMapState;
use crate::tui::cells;
use crate::tui::text;
use crate::tui::theme::{Look, Theme};

/// Columns per place: a space or bracket, the glyph, a space or bracket.
pub const PLACE_WIDTH: u16 = 3;

/// Lines above the rows: the screen and the seat-number ruler.
const HEADER_LINES: u16 = 2;

/// The seat map of one showing.
pub struct SeatMapWidget<'a> {
    pub plan: &'a Plan,
    pub theme: Theme,
}

/// How many rows and places of `plan` fit in `area` (the same sum the drawing does, so the app
/// can scroll before it draws).
#[must_use]
pub fn viewport(plan: &Plan, area: Rect) -> (usize, usize) {
    let gutter = gutter_width(plan);
    let places = area.width.saturating_sub(2 * gutter) / PLACE_WIDTH;
    let mut rows = area.height.saturating_sub(HEADER_LINES);
    if usize::from(rows) < plan.rows.len() {
        // One line goes to the "more rows" hint when the rows do not all fit.
        rows = rows.saturating_sub(1);
    }
    (usize::from(rows), usize::from(places))
}

/// A row label plus one space.
fn gutter_width(plan: &Plan) -> u16 {
    u16::try_from(plan.label_width).unwrap_or(3).saturating_add(1)
}

impl StatefulWidget for SeatMapWidget<'_> {
    type State = SeatMapState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut Self::State) {
        let area = area.intersection(buf.area);
        let (rows, places) = viewport(self.plan, area);
        if area.is_empty() || places == 0 {
            return;
        }
        state.follow_cursor(self.plan, (rows, places));
        // A small auditorium sits in the middle of a tall area rather than against its top.
        let needed = HEADER_LINES + u16::try_from(self.plan.rows.len()).unwrap_or(u16::MAX);
        let area = if rows >= self.plan.rows.len() && area.height > needed {
            let pad = (area.height - needed) / 2;
            Rect { y: area.y + pad, height: area.height - pad, ..area }
        } else {
            area
        };
        let (row0, col0) = state.offset;
        let gutter = gutter_width(self.plan);
        let shown_places = places.min(self.plan.width.saturating_sub(col0));
        let seats_width = u16::try_from(shown_places).unwrap_or(0) * PLACE_WIDTH;
        // Centred in the area, like the auditorium behind its screen.
        let left = area.x + area.width.saturating_sub(2 * gutter + seats_width) / 2;
        let seats_x = left + gutter;
        let right_x = seats_x + seats_width + 1;
        self.screen_line(buf, Rect { x: seats_x, y: area.y, width: seats_width, height: 1 }, col0, shown_places);
        if area.height > 1 {
            self.ruler(buf, state, area.y + 1, seats_x, (col0, shown_places));
        }
        let theme = self.theme;
        for (r, row) in self.plan.rows.iter().enumerate().skip(row0).take(rows) {
            let y = area.y + HEADER_LINES + u16::try_from(r - row0).unwrap_or(0);
            let label_x = left + gutter.saturating_sub(1).saturating_sub(width_of(&row.label));
            buf.set_stringn(label_x, y, &row.label, usize::from(gutter), theme.dim());
            for (col, spot) in row.places.iter().enumerate().skip(col0).take(shown_places) {
                let Spot::Seat { look, .. } = *spot else { continue };
                let look = if state.is_selected((r, col)) { Look::Selected } else { look };
                let x = seats_x + u16::try_from(col - col0).unwrap_or(0) * PLACE_WIDTH;
                let glyph = look.glyph();
                if state.cursor == (r, col) {
                    let style = theme.cursor(look);
                    set(buf, x, y, '[', style);
                    set(buf, x + 1, y, glyph, style);
                    set(buf, x + 2, y, ']', style);
                } else {
                    set(buf, x + 1, y, glyph, theme.seat(look));
                }
            }
            if right_x < area.right() {
                buf.set_stringn(right_x, y, &row.label, usize::from(area.right() - right_x), theme.dim());
            }
        }
        self.more_rows_hint(buf, area, row0, rows);
    }
}

impl SeatMapWidget<'_> {
    /// `◄═══ SCREEN ═══►` across the visible places; the arrows say more seats are off to the side.
    fn screen_line(&self, buf: &mut Buffer, line: Rect, col0: usize, shown: usize) {
        if line.width == 0 {
            return;
        }
        let width = usize::from(line.width);
        let label = format!(" {} ", text::screen());
        let label = cells::fit(&label, width);
        let left = (width - cells::width(&label)) / 2;
        let mut bar: String = "═".repeat(left);
        bar.push_str(&label);
        bar.push_str(&"═".repeat(width - left - cells::width(&label)));
        buf.set_stringn(line.x, line.y, &bar, width, self.theme.dim());
        if col0 > 0 {
            set(buf, line.x, line.y, '◄', self.theme.strong());
        }
        if col0 + shown < self.plan.width {
            set(buf, line.right() - 1, line.y, '►', self.theme.strong());
        }
    }

    /// The numbers of the seats in the cursor's row, each under its seat (rows with aisles in
    /// different places number differently, so the ruler follows the cursor).
    fn ruler(&self, buf: &mut Buffer, state: &SeatMapState, y: u16, seats_x: u16, (col0, shown): (usize, usize)) {
        let Some(row) = self.plan.rows.get(state.cursor.0) else { return };
        for (col, spot) in row.places.iter().enumerate().skip(col0).take(shown) {
            if let Spot::Seat { number, .. } = spot {
                let x = seats_x + u16::try_from(col - col0).unwrap_or(0) * PLACE_WIDTH;
                let style = if col == state.cursor.1 { self.theme.strong() } else { self.theme.dim() };
                buf.set_stringn(x, y, format!("{number:^3}"), usize::from(PLACE_WIDTH), style);
            }
        }
    }

    /// `▲ 3 rows above · ▼ 12 rows below` under the rows, when they do not all fit.
    fn more_rows_hint(&self, buf: &mut Buffer, area: Rect, row0: usize, rows: usize) {
        let total = self.plan.rows.len();
        if rows >= total || area.height <= HEADER_LINES {
            return;
        }
        let below = total.saturating_sub(row0 + rows);
        let hint = text::more_rows(row0, below);
        let y = area.y + HEADER_LINES + u16::try_from(rows).unwrap_or(0);
        if y < area.bottom() {
            buf.set_stringn(area.x, y, hint, usize::from(area.width), self.theme.dim());
        }
    }
}

fn width_of(text: &str) -> u16 {
    u16::try_from(cells::width(text)).unwrap_or(u16::MAX)
}

/// Sets one cell if it is inside the buffer.
fn set(buf: &mut Buffer, x: u16, y: u16, glyph: char, style: Style) {
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_char(glyph).set_style(style);
    }
}
