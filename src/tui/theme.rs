//! Colours and glyphs. Colour only ever repeats what a glyph already says, so the screen reads
//! the same with `NO_COLOR` set, on a monochrome terminal, or to a colour-blind cashier.

use ratatui::style::{Color, Modifier, Style};

/// How a seat looks on the map: one of the lifecycle states as this counter sees it, or a free
/// seat of a particular kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    Free,
    FreePremium,
    FreeWheelchair,
    FreeCompanion,
    /// Picked by this cashier, not held yet.
    Selected,
    /// Held by a booking made at this counter in this session.
    Mine,
    /// Held by someone else (another counter, or an older session).
    Reserved,
    Occupied,
    Blocked,
    /// A seat of a cancelled or finished showing: nothing is for sale, whatever the restock left.
    NotForSale,
}

impl Look {
    /// Every look, in the order the legend lists them.
    pub const ALL: [Self; 10] = [
        Self::Free,
        Self::FreePremium,
        Self::FreeWheelchair,
        Self::FreeCompanion,
        Self::Selected,
        Self::Mine,
        Self::Reserved,
        Self::Occupied,
        Self::Blocked,
        Self::NotForSale,
    ];

    /// One ASCII character per look: every state differs by shape, not only by colour. ASCII
    /// because counter PCs often run a bare Linux console with a small font.
    #[must_use]
    pub fn glyph(self) -> char {
        match self {
            Self::Free => 'o',
            Self::FreePremium => 'P',
            Self::FreeWheelchair => 'W',
            Self::FreeCompanion => 'C',
            Self::Selected => '*',
            Self::Mine => '@',
            Self::Reserved => 'r',
            Self::Occupied => 'X',
            Self::Blocked => '#',
            Self::NotForSale => '-',
        }
    }
}

/// The screen's styles, with colour on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
    #[must_use]
    pub fn from_env() -> Self {
        Self { color: std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()) }
    }

    fn fg(self, color: Color) -> Style {
        if self.color { Style::new().fg(color) } else { Style::new() }
    }

    /// A seat of the map.
    #[must_use]
    pub fn seat(self, look: Look) -> Style {
        match look {
            Look::Free => self.fg(Color::Green),
            Look::FreePremium => self.fg(Color::Cyan),
            Look::FreeWheelchair | Look::FreeCompanion => self.fg(Color::Blue),
            Look::Selected => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Look::Mine => self.fg(Color::Yellow),
            Look::Reserved => self.fg(Color::Magenta),
            Look::Occupied => self.fg(Color::Red),
            Look::Blocked | Look::NotForSale => self.fg(Color::DarkGray),
        }
    }

    /// The seat under the cursor: reversed, which needs no colour, on top of its own style.
    #[must_use]
    pub fn cursor(self, look: Look) -> Style {
        self.seat(look).add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Titles and headings.
    #[must_use]
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Secondary text: labels, hints, finished showings.
    #[must_use]
    pub fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    /// The highlighted row of a list.
    #[must_use]
    pub fn highlight(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Key names in the help lines.
    #[must_use]
    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A message about something that went wrong.
    #[must_use]
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// A message about something that went right.
    #[must_use]
    pub fn good(self) -> Style {
        self.fg(Color::Green)
    }

    /// Amounts and the booking code: the things read out to the customer.
    #[must_use]
    pub fn strong(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// A message in the status line about something that went wrong.
    #[must_use]
    pub fn status_error(self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.bg(Color::Red).fg(Color::White) } else { style.add_modifier(Modifier::REVERSED) }
    }

    /// The status line at the bottom.
    #[must_use]
    pub fn status_bar(self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_has_its_own_glyph() {
        let glyphs: std::collections::HashSet<char> = Look::ALL.iter().map(|look| look.glyph()).collect();
        assert_eq!(glyphs.len(), Look::ALL.len());
    }

    #[test]
    fn without_colour_no_style_sets_a_colour() {
        let theme = Theme { color: false };
        for look in Look::ALL {
            for style in [theme.seat(look), theme.cursor(look)] {
                assert_eq!((style.fg, style.bg), (None, None), "{look:?}");
            }
        }
        for style in [
            theme.title(),
            theme.dim(),
            theme.key(),
            theme.error(),
            theme.good(),
            theme.status_bar(),
            theme.status_error(),
        ] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
    }
}
