//! `?`: every key, by screen; in two columns when there is room, scrolling when even one column
//! does not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::text;
use crate::tui::theme::Theme;

/// Width of one column of keys.
const COLUMN: u16 = 56;

/// The list in one column, as lines.
fn lines(sections: &[text::HelpSection], theme: Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for section in sections {
        lines.push(Line::styled(section.title.clone(), theme.title()));
        for (key, what) in &section.keys {
            lines.push(Line::from(vec![Span::styled(format!("  {key:<12}"), theme.key()), Span::raw(what.clone())]));
        }
    }
    lines
}

/// Lines of the list in one column.
#[must_use]
pub fn line_count() -> u16 {
    u16::try_from(lines(&text::help(), Theme { color: false }).len()).unwrap_or(u16::MAX)
}

/// Where to split the sections into two columns so that the taller column is as short as it
/// can be (sections stay whole and in order).
fn balanced_split() -> usize {
    let heights: Vec<usize> = text::help().iter().map(|section| section.keys.len() + 1).collect();
    let total: usize = heights.iter().sum();
    (1..heights.len())
        .min_by_key(|&at| {
            let left: usize = heights[..at].iter().sum();
            left.max(total - left)
        })
        .unwrap_or(0)
}

pub fn render(theme: Theme, scroll: u16, body: Rect, buf: &mut Buffer) {
    let two_columns = body.width >= 2 * COLUMN + 3;
    let help = text::help();
    let (left, right) = if two_columns { help.split_at(balanced_split()) } else { (&help[..], &[][..]) };
    let (left, right) = (lines(left, theme), lines(right, theme));
    let height = u16::try_from(left.len().max(right.len())).unwrap_or(u16::MAX).saturating_add(2);
    let width = if two_columns { 2 * COLUMN + 3 } else { COLUMN + 2 };
    let area = centered(body, width, height);
    Clear.render(area, buf);
    let block = Block::bordered().title(format!(" {} ", text::title_help()));
    let inner = block.inner(area);
    block.render(area, buf);
    if two_columns {
        let one = Rect { width: COLUMN.min(inner.width), ..inner };
        let two = Rect { x: one.right() + 1, width: inner.width.saturating_sub(COLUMN + 1), ..inner };
        Paragraph::new(left).scroll((scroll, 0)).render(one, buf);
        Paragraph::new(right).scroll((scroll, 0)).render(two, buf);
    } else {
        Paragraph::new(left).scroll((scroll, 0)).render(inner, buf);
    }
}
