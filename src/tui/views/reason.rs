//! Why seats are blocked or unblocked, or a showing cancelled: four common reasons to pick with
//! a digit, or one typed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::{Purpose, ReasonForm};
use crate::tui::cells;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Width of the dialog.
const WIDTH: u16 = 68;

pub fn render(form: &ReasonForm, theme: Theme, body: Rect, buf: &mut Buffer) {
    let names = |seats: &[crate::domain::SeatLabel]| seats.iter().map(ToString::to_string).collect::<Vec<_>>();
    let (title, what) = match &form.purpose {
        Purpose::Block { seats, .. } => (text::title_block(), text::block_what(true, &names(seats))),
        Purpose::Unblock { seats, .. } => (text::title_unblock(), text::block_what(false, &names(seats))),
        Purpose::CancelShowing { title, .. } => (text::title_cancel_showing(), text::cancel_what(title)),
    };
    let mut lines = vec![Line::styled(what, theme.strong())];
    if matches!(form.purpose, Purpose::CancelShowing { .. }) {
        lines.push(Line::styled(text::cancel_showing_effect(), theme.dim()));
    }
    lines.extend([Line::from(vec![
        Span::styled(format!("▶ {} ", text::reason()), theme.key()),
        Span::styled(format!("{}_", form.reason.value), theme.strong()),
    ])]);
    // The presets two to a line, then "other", as in the refund form.
    let presets: Vec<String> = form.presets().into_iter().chain([text::reason_other()]).collect();
    for (pair, chunk) in presets.chunks(2).enumerate() {
        let mut spans = vec![Span::raw("  ")];
        for (offset, preset) in chunk.iter().enumerate() {
            let chosen = !form.typing && form.reason.value == *preset;
            let style = if chosen { theme.strong() } else { theme.dim() };
            spans.push(Span::styled(format!("{} {}", pair * 2 + offset + 1, cells::pad(preset, 24)), style));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(text::reason_hint(), theme.dim()));
    super::dialog(&title, lines, WIDTH, body, buf);
}
