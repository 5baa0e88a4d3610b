//! Free text that is stored and later reaches a terminal or a file (names, titles, ratings,
//! counters, reasons): one printable line, never card data. And the other half: anything shown
//! that came from elsewhere has its control characters stripped, so an escape sequence planted in
//! the database cannot retitle or clear a terminal.

use std::borrow::Cow;

use super::card_number::contains_card_number;

/// Why a piece of free text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("{0} must be 1 to {1} printable characters on one line")]
    NotALine(&'static str, usize),
    #[error("{0} looks like it holds a card number; card data is never stored")]
    CardNumber(&'static str),
}

/// Checks one stored line of free text: trimmed, 1 to `max` characters, no control characters,
/// no card number. `what` names the field in the refusal.
///
/// # Errors
/// See [`TextError`].
pub fn stored_line(what: &'static str, text: &str, max: usize) -> Result<String, TextError> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.chars().count() > max || trimmed.chars().any(char::is_control) {
        return Err(TextError::NotALine(what, max));
    }
    if contains_card_number(trimmed) {
        return Err(TextError::CardNumber(what));
    }
    Ok(trimmed.to_owned())
}

/// `text` without control characters, keeping line breaks and tabs (the layout of a report).
#[must_use]
pub fn printable(text: &str) -> Cow<'_, str> {
    let unwanted = |c: char| c.is_control() && c != '\n' && c != '\t';
    if text.chars().any(unwanted) {
        Cow::Owned(text.chars().filter(|c| !unwanted(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// At most `max` characters of `text`, marked with … when cut: a 130 KB argument is not echoed
/// back whole.
#[must_use]
pub fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().take(max).chain(['…']).collect())
    }
}

/// How many terminal cells `text` takes: a wide character (CJK, most emoji) takes two, a
/// combining mark none. Columns are lined up by this, never by counting characters.
#[must_use]
pub fn cells(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` padded with spaces to `width` cells, on the right (`left = true`) or the left.
#[must_use]
pub fn padded(text: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(cells(text)));
    if left { format!("{text}{fill}") } else { format!("{fill}{text}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_measured_in_terminal_cells() {
        assert_eq!(cells("Kursi"), 5);
        assert_eq!(cells("映画"), 4, "a wide character takes two cells");
        assert_eq!(padded("映画", 6, true), "映画  ");
        assert_eq!(padded("Rp5.000", 9, false), "  Rp5.000");
        assert_eq!(padded("too long", 3, true), "too long", "never cut, only padded");
    }

    #[test]
    fn escapes_and_card_numbers_are_refused_in_stored_text() {
        assert!(stored_line("the counter name", "c1\u{1b}]0;pwned\u{7}", 40).is_err());
        assert!(stored_line("the counter name", "4111.1111.1111.1111", 40).is_err());
        assert!(stored_line("the counter name", "", 40).is_err());
        assert_eq!(stored_line("the counter name", " counter 2 ", 40), Ok("counter 2".to_owned()));
    }

    #[test]
    fn shown_text_loses_its_control_characters_but_keeps_its_lines() {
        assert_eq!(printable("Bioskop\u{1b}[2J\u{1b}]0;x\u{7}\nline two\tok"), "Bioskop[2J]0;x\nline two\tok");
        assert_eq!(shortened("abcdef", 3), "abc…");
    }
}
