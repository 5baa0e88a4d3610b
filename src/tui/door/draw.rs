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
        let showing = self.showing.map_or_else(|| "any showing".to_owned(), |s| format!("showing {s}"));
        let count = self.admitted.map_or_else(String::new, |n| format!(" · {n} admitted"));
        let title = if self.training {
            format!(" boxoffice door · {} ", text::training())
        } else {
            " boxoffice door ".to_owned()
        };
        Paragraph::new(format!("Door {} · {showing}{count}", self.door))
            .block(Block::bordered().title(title))
            .render(top, buf);
        let (word, detail, style) = match &self.last {
            None => ("", "Scan a ticket".to_owned(), Style::default()),
            Some(Verdict::Admit { film, auditorium, seat, .. }) => (
                "ADMIT",
                format!("{film} · {auditorium} · seat {seat}"),
                Style::default().fg(Color::Black).bg(Color::Green).add_modifier(Modifier::BOLD),
            ),
            Some(Verdict::Stop { reason }) => {
                ("STOP", reason.clone(), Style::default().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD))
            }
        };
        let mut lines: Vec<Line<'_>> = vec![Line::from("")];
        if let Some(rows) = big_text::lines(word).filter(|_| !word.is_empty()) {
            lines.extend(rows.into_iter().map(Line::from));
            lines.push(Line::from(""));
        }
        lines.push(Line::from(detail));
        // A long reason wraps rather than being cut: the usher must read all of it.
        Paragraph::new(lines).alignment(Alignment::Center).style(style).wrap(Wrap { trim: false }).render(middle, buf);
        let waiting = if self.waiting > 0 { " (checking…)" } else { "" };
        Paragraph::new(format!("> {}{waiting}", self.input))
            .block(Block::bordered().title(" scanner · Esc to close "))
            .render(bottom, buf);
    }
}
