//! The sign-in screen, and the name-and-PIN lines the manager's approval shares with it. The
//! PIN is drawn as `•`, one per digit, never as the digits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::app::{App, Field, SignInForm};
use crate::tui::text;
use crate::tui::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let mut lines = vec![Line::default()];
    lines.extend(login_lines(&app.session.form, theme));
    lines.push(Line::default());
    lines.push(Line::styled(text::sign_in_hint(), theme.dim()));
    super::dialog(&format!("{} {}", text::sign_in_at(), app.counter), lines, 56, area, buf);
}

/// `▶ Name  Budi_` and `  PIN   ••••`: the focused field marked and followed by the cursor.
pub fn login_lines(form: &SignInForm, theme: Theme) -> Vec<Line<'static>> {
    let line = |field: Field, label: &str, value: String| {
        let here = form.focus == field;
        Line::from(vec![
            Span::styled(
                format!("{}{label:<6}", if here { "▶ " } else { "  " }),
                if here { theme.key() } else { theme.dim() },
            ),
            Span::styled(format!("{value}{}", if here { "_" } else { "" }), theme.strong()),
        ])
    };
    let dots = "•".repeat(form.pin.value.chars().count());
    vec![line(Field::Name, &text::field_name(), form.name.value.clone()), line(Field::Pin, &text::field_pin(), dots)]
}
