//! Drawing the whole screen from the app state: `impl Widget for &App`. Drawing reads the state
//! and nothing else; it never queries the database and never changes the app.
//!
//! Every screen has the same frame: a title line, the body, two lines of key help and the
//! status line. Below the minimum size only a request to enlarge the window is drawn.

mod approval;
pub(crate) mod big_text;
mod booking;
mod checkout;
mod dialog;
mod help;
mod reason;
pub mod report;
pub mod seats;
mod shift;
mod showings;
mod sign_in;
mod sold;
mod status;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Screen, ShiftMode};
use super::text;
use super::theme::Theme;

/// The smallest terminal the screen is laid out for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The frame's parts: title, body, key help, status. Plain arithmetic rather than the layout
/// solver: the frame is drawn every second and on every key.
fn frame(area: Rect) -> [Rect; 4] {
    stack(area, [Some(1), None, Some(2), Some(1)])
}

/// Splits `area` into lines from the top: `Some(n)` takes `n` lines (fewer when there are not
/// enough), `None` takes whatever the fixed parts leave (at most one `None`).
fn stack<const N: usize>(area: Rect, parts: [Option<u16>; N]) -> [Rect; N] {
    let fixed: u16 = parts.iter().flatten().fold(0, |sum, n| sum.saturating_add(*n));
    let fill = area.height.saturating_sub(fixed);
    let mut y = area.y;
    parts.map(|part| {
        let height = part.unwrap_or(fill).min(area.bottom().saturating_sub(y));
        let rect = Rect { y, height, ..area };
        y = y.saturating_add(height);
        rect
    })
}

/// How many lines the full key list has in one column (the help box scrolls over them).
#[must_use]
pub fn help_lines() -> u16 {
    help::line_count()
}

/// Where the screens draw their body.
#[must_use]
pub fn body_area(area: Rect) -> Rect {
    frame(area)[1]
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(area, buf, self.theme);
            return;
        }
        let [title, body, keys, status] = frame(area);
        let (name, keys_help) = match self.screen {
            Screen::Showings => (text::TITLE_SHOWINGS, text::KEYS_SHOWINGS),
            Screen::Seats => (text::TITLE_SEATS, text::KEYS_SEATS),
            Screen::Checkout => (text::TITLE_CHECKOUT, text::KEYS_CHECKOUT),
            Screen::Sold => (text::TITLE_SOLD, text::KEYS_SOLD),
            Screen::Booking => (text::TITLE_BOOKING, text::KEYS_BOOKING),
            Screen::SignIn => (text::TITLE_SIGN_IN, text::KEYS_SIGN_IN),
            Screen::Report => (text::TITLE_REPORT, text::KEYS_REPORT),
        };
        self.title_line(name).render(title, buf);
        match self.screen {
            Screen::Showings => showings::render(self, body, buf),
            Screen::Seats => seats::render(self, body, buf),
            Screen::Checkout => checkout::render(self, body, buf),
            Screen::Sold => sold::render(self, body, buf),
            Screen::Booking => booking::render(self, body, buf),
            Screen::SignIn => sign_in::render(self, body, buf),
            Screen::Report => report::render(self, body, buf),
        }
        let (keys_help, more) = match &self.overlay {
            Some(Overlay::Help(_)) => (text::KEYS_HELP, None),
            Some(Overlay::Refund(_)) => (text::KEYS_REFUND, None),
            Some(Overlay::Approval(_)) => (text::KEYS_APPROVAL, None),
            Some(Overlay::Reason(_)) => (text::KEYS_REASON, None),
            Some(Overlay::Shift(form)) if matches!(form.mode, ShiftMode::Closed(_)) => (text::KEYS_SHIFT_CLOSED, None),
            Some(Overlay::Shift(_)) => (text::KEYS_SHIFT, None),
            // Signing out is for counters where staff sign in.
            _ if self.screen == Screen::Showings && self.session.required => (keys_help, Some(text::KEYS_SIGN_OUT)),
            _ => (keys_help, None),
        };
        key_help(keys_help, more.unwrap_or_default(), self.theme, keys.width).render(keys, buf);
        status::render(self, status, buf);
        match &self.overlay {
            None => {}
            Some(Overlay::Help(scroll)) => help::render(self.theme, *scroll, body, buf),
            Some(Overlay::Find(field)) => dialog::find(field, self.theme, body, buf),
            Some(Overlay::GoTo(field)) => dialog::go_to(field, self.theme, body, buf),
            Some(Overlay::Confirm(question)) => dialog::confirm(question, self.theme, body, buf),
            Some(Overlay::Refund(form)) => booking::refund_form(form, self.theme, body, buf),
            Some(Overlay::Approval(form)) => approval::render(form, self.theme, body, buf),
            Some(Overlay::Shift(form)) => shift::render(self, form, body, buf),
            Some(Overlay::Reason(form)) => reason::render(form, self.theme, body, buf),
        }
    }
}

impl App {
    fn title_line(&self, screen: &str) -> Line<'_> {
        let venue = self
            .showings
            .as_ref()
            .map(|list| list.data.venue.name.as_str())
            .or_else(|| self.seats.as_ref().map(|s| s.map.venue.name.as_str()))
            .unwrap_or_default();
        let mut spans = vec![Span::styled(format!(" {} ", text::APP), self.theme.title())];
        if self.training {
            // Practice must never pass for takings, on any screen.
            spans.push(Span::styled(format!(" {} ", text::TRAINING), self.theme.title()));
            spans.push(Span::raw(" "));
        }
        if self.server_lost {
            spans.push(Span::styled(format!(" {} ", text::OFFLINE), self.theme.error()));
            spans.push(Span::raw(" "));
        }
        if !venue.is_empty() {
            spans.push(Span::raw(format!("· {venue} ")));
        }
        spans.push(Span::styled(format!("· {screen}"), self.theme.strong()));
        Line::from(spans)
    }
}

/// `Enter seats · / find booking · …` over the two help lines, never breaking a key from what
/// it does; what does not fit is left for `?`.
fn key_help(keys: text::Keys, more: text::Keys, theme: Theme, width: u16) -> Paragraph<'static> {
    let width = usize::from(width);
    let mut lines: Vec<Line<'static>> = vec![Line::raw(" ")];
    for (key, what) in keys.iter().chain(more) {
        let entry = key.chars().count() + 1 + what.chars().count();
        let Some(line) = lines.last_mut() else { break };
        if line.width() > 1 {
            if line.width() + 3 + entry > width {
                lines.push(Line::raw(" "));
            } else {
                line.push_span(Span::styled(" · ", theme.dim()));
            }
        }
        if let Some(line) = lines.last_mut() {
            line.push_span(Span::styled(*key, theme.key()));
            line.push_span(Span::raw(format!(" {what}")));
        }
    }
    Paragraph::new(lines)
}

/// Below the minimum size: one clear request, wrapped to whatever room there is.
fn too_small(area: Rect, buf: &mut Buffer, theme: Theme) {
    let message = text::enlarge((MIN_WIDTH, MIN_HEIGHT), (area.width, area.height));
    Paragraph::new(message).style(theme.strong()).wrap(Wrap { trim: true }).render(area, buf);
}

/// A box of at most `width` x `height` in the middle of `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}

/// The height of a bordered box whose inside is `inner` wide, holding `lines` each wrapped.
fn boxed_height(lines: &[Line<'_>], inner: u16) -> u16 {
    let inner = usize::from(inner).max(1);
    let rows: usize = lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|span| span.content.as_ref()).collect();
            let width = text.trim_end().chars().count();
            // Words wrap, not characters: a line that wraps gets a row to spare.
            if width <= inner { 1 } else { width.div_ceil(inner) + 1 }
        })
        .sum();
    u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2)
}

/// A bordered, titled box at most `width` wide and as tall as `lines` need, in the middle of
/// `body`, with a column of room inside each border.
fn dialog(title: &str, lines: Vec<Line<'_>>, width: u16, body: Rect, buf: &mut Buffer) {
    let width = width.min(body.width);
    let area = centered(body, width, boxed_height(&lines, width.saturating_sub(4)));
    Clear.render(area, buf);
    let block = Block::bordered().padding(Padding::horizontal(1)).title(format!(" {title} "));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}

/// A showing as people name it: `Misi Merapi (13+)`.
fn film_title(show: &crate::domain::records::ShowingRecord) -> String {
    match &show.rating {
        Some(rating) => format!("{} ({rating})", show.film),
        None => show.film.clone(),
    }
}
