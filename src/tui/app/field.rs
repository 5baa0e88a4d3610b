//! A one-line text field: what the cashier types into the booking-code prompt, the cash
//! tendered, a refund's reason and amount.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The typed text and how long it may grow.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    pub value: String,
    max: usize,
}

impl TextField {
    /// An empty field for at most `max` characters.
    #[must_use]
    pub fn new(max: usize) -> Self {
        Self { value: String::new(), max }
    }

    /// A field holding `value` already.
    #[must_use]
    pub fn with(value: &str, max: usize) -> Self {
        Self { value: value.chars().take(max).collect(), max }
    }

    /// Applies a key: a character `accept` allows is added, Backspace removes one, Ctrl-U
    /// clears. Returns whether the key belonged to the field.
    pub fn input(&mut self, key: &KeyEvent, accept: impl Fn(char) -> bool) -> bool {
        match key.code {
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.value.clear();
                true
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) && accept(c) => {
                if self.value.chars().count() < self.max {
                    self.value.push(c);
                }
                true
            }
            KeyCode::Backspace => {
                self.value.pop();
                true
            }
            _ => false,
        }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.value.trim().is_empty()
    }
}

/// Characters of an amount as people write it: digits, a decimal point, thousands commas.
#[must_use]
pub fn amount_char(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == ','
}

/// Printable characters, for free text.
#[must_use]
pub fn text_char(c: char) -> bool {
    !c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn a_field_takes_allowed_characters_up_to_its_length() {
        let mut field = TextField::new(3);
        for c in ['1', 'x', '2', '3', '4'] {
            field.input(&key(KeyCode::Char(c)), amount_char);
        }
        assert_eq!(field.value, "123");
        field.input(&key(KeyCode::Backspace), amount_char);
        assert_eq!(field.value, "12");
        field.input(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), amount_char);
        assert!(field.is_empty());
    }
}
