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

#[cfg(test)]
mod tests {
    use super::*;

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
