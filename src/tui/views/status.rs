//! The status line: the counter's name, the clock, and the last thing that happened.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::{App, Tone};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    buf.set_style(area, theme.status_bar());
    let clock = app.now.with_timezone(&app.zone).format("%H:%M:%S").to_string();
    let tone = match app.message.tone {
        Tone::Info => theme.status_bar(),
        Tone::Good => theme.status_bar().add_modifier(ratatui::style::Modifier::BOLD),
        Tone::Error => theme.status_error(),
    };
    Line::from(vec![
        Span::styled(format!(" {} ", app.counter), theme.status_bar().patch(theme.strong())),
        Span::styled(format!("│ {clock} │ "), theme.status_bar()),
        Span::styled(app.message.text.clone(), tone),
    ])
    .render(area, buf);
}
