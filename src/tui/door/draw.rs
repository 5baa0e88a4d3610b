//! Drawing the door view: pure, from [`DoorApp`] alone.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::state::{DoorApp, Verdict};
use crate::tui::text;
use crate::tui::views::big_text;

impl Widget for &DoorApp {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [top, middle, bottom] =
            Layout::vertical([Constraint::Length(3), Constraint::Min(9), Constraint::Length(3)]).areas(area);
        let showing = self.showing.map_or_else(text::door_any_showing, |s| text::door_showing(&s.to_string()));
        let count = self.admitted.map_or_else(String::new, |n| format!(" · {}", text::door_admitted(n)));
        let title = if self.training {
            format!(" {} · {} ", text::door_title(), text::training())
        } else {
            format!(" {} ", text::door_title())
        };
        Paragraph::new(format!("{} · {showing}{count}", text::door_name(&self.door)))
            .block(Block::bordered().title(title))
            .render(top, buf);
        let (word, detail, style) = match &self.last {
            None => (String::new(), text::door_scan(), Style::default()),
            Some(Verdict::Admit { film, auditorium, seat, .. }) => (
                text::door_admit(),
                text::door_admitted_to(film, auditorium, seat),
                Style::default().fg(Color::Black).bg(Color::Green).add_modifier(Modifier::BOLD),
            ),
            Some(Verdict::Stop { reason }) => (
                text::door_stop(),
                reason.clone(),
                Style::default().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD),
            ),
        };
        let mut lines: Vec<Line<'_>> = vec![Line::from("")];
        if let Some(rows) = big_text::lines(&word).filter(|_| !word.is_empty()) {
            lines.extend(rows.into_iter().map(Line::from));
            lines.push(Line::from(""));
        }
        lines.push(Line::from(detail));
        // A long reason wraps rather than being cut: the usher must read all of it.
        Paragraph::new(lines).alignment(Alignment::Center).style(style).wrap(Wrap { trim: false }).render(middle, buf);
        let waiting = if self.waiting > 0 { format!(" {}", text::door_checking()) } else { String::new() };
        Paragraph::new(format!("> {}{waiting}", self.input))
            .block(Block::bordered().title(format!(" {} ", text::door_scanner())))
            .render(bottom, buf);
    }
}
