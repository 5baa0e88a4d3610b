//! The status line: the counter's name and who is signed in there, the clock, whether the
//! counter's shift is open (where shifts are kept), and the last thing that happened.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::{App, Tone};
use crate::tui::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    buf.set_style(area, theme.status_bar());
    let clock = app.now.with_timezone(&app.zone).format("%H:%M:%S").to_string();
    let tone = match app.message.tone {
        Tone::Info => theme.status_bar(),
        Tone::Good => theme.status_bar().add_modifier(ratatui::style::Modifier::BOLD),
        Tone::Error => theme.status_error(),
    };
    let who = match &app.session.who {
        Some(who) => format!(" {} · {} ", app.counter, who.name()),
        None => format!(" {} ", app.counter),
    };
    let mut spans = vec![
        Span::styled(who, theme.status_bar().patch(theme.strong())),
        Span::styled(format!("│ {clock} │ "), theme.status_bar()),
    ];
    // A single-user till that never opened a shift is not told about shifts.
    match &app.shift {
        Some(report) => {
            spans.push(Span::styled(format!("{} │ ", text::shift_open(report.shift.id)), theme.status_bar()));
        }
        None if app.session.required => {
            spans.push(Span::styled(format!("{} │ ", text::no_shift()), theme.status_bar()));
        }
        None => {}
    }
    spans.push(Span::styled(app.message.text.clone(), tone));
    Line::from(spans).render(area, buf);
}
