//! `?`: every key, by screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::centered;
use crate::tui::text;
use crate::tui::theme::Theme;

pub fn render(theme: Theme, body: Rect, buf: &mut Buffer) {
    let mut lines = Vec::new();
    for (screen, keys) in text::HELP {
        lines.push(Line::styled(*screen, theme.title()));
        for (key, what) in *keys {
            lines.push(Line::from(vec![Span::styled(format!("  {key:<12}"), theme.key()), Span::raw(*what)]));
        }
    }
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    let area = centered(body, 70, height);
    Clear.render(area, buf);
    let block = Block::bordered().title(format!(" {} ", text::TITLE_HELP));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(inner, buf);
}
