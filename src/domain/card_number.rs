//! The product never stores card data: free text (refund reasons, notes) that contains something
//! that looks like a payment card number is refused. "Looks like" is the industry's test: 13 to
//! 19 digits that pass the Luhn check, however they are grouped (spaces, dashes, dots, slashes,
//! underscores, ` - `) and in whichever script's digits (full-width `４１１１` too).

/// Whether `text` contains a plausible card number.
#[must_use]
pub fn contains_card_number(text: &str) -> bool {
    digit_runs(text).iter().any(|run| match run.len() {
        13..=19 => passes_luhn(run),
        // A longer run may hide a card number inside it; shorter runs cannot be one.
        20.. => (13..=19).any(|length| run.windows(length).any(passes_luhn)),
        _ => false,
    })
}

/// At most this many separator characters between two digits keep them in one run (`4111 - 1111`).
const MAX_GAP: usize = 3;

/// Runs of digits, where up to [`MAX_GAP`] characters that are neither letters nor digits between
/// two digits do not end the run: a card number is written in groups in many ways.
fn digit_runs(text: &str) -> Vec<Vec<u8>> {
    let mut runs = Vec::new();
    let mut current = Vec::new();
    let mut gap = 0;
    for c in text.chars() {
        if let Some(digit) = digit_value(c) {
            current.push(digit);
            gap = 0;
        } else if !c.is_alphanumeric() && !current.is_empty() && gap < MAX_GAP {
            gap += 1;
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
            gap = 0;
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The value of a decimal digit in any of the scripts a cashier's keyboard or a pasted text is
/// likely to carry: ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai.
fn digit_value(c: char) -> Option<u8> {
    const ZEROS: [u32; 7] = [0x30, 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50];
    let code = u32::from(c);
    ZEROS.iter().find_map(|zero| code.checked_sub(*zero).filter(|value| *value < 10)).and_then(|v| u8::try_from(v).ok())
}

/// The Luhn checksum over digits, rightmost digit being the check digit.
fn passes_luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(index, &digit)| {
            let digit = u32::from(digit);
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_numbers_are_found_however_they_are_written() {
        for text in [
            "4111111111111111",
            "card 4111 1111 1111 1111 declined",
            "4111-1111-1111-1111",
            "amex 378282246310005",
            "refund to 5555555555554444 please",
            "4111.1111.1111.1111",
            "4111_1111_1111_1111",
            "4111/1111/1111/1111",
            "4111  1111  1111  1111",
            "4111 - 1111 - 1111 - 1111",
            "\u{FF14}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}\u{FF11}",
        ] {
            assert!(contains_card_number(text), "{text:?}");
        }
    }

    #[test]
    fn ordinary_reasons_and_numbers_pass() {
        for text in [
            "customer felt unwell",
            "seat B7 broken, booking K7QM3X",
            "phone 081234567890", // 12 digits: too short for a card
            "4111111111111112",   // fails the Luhn check
            "paid IDR 150,000 twice",
            "show 2026-11-24 19:00, seats A1 A2",
        ] {
            assert!(!contains_card_number(text), "{text:?}");
        }
    }
}
