//! The product never stores card data: free text (refund reasons, notes) that contains something
//! that looks like a payment card number is refused. "Looks like" is the industry's test: 13 to
//! 19 digits, possibly grouped by spaces or dashes, that pass the Luhn check.

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

/// Runs of digits, where a single space or dash between two digits does not end the run
/// (card numbers are often written `4111 1111 1111 1111`).
fn digit_runs(text: &str) -> Vec<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut current = Vec::new();
    for (index, c) in chars.iter().enumerate() {
        if let Some(digit) = c.to_digit(10).and_then(|d| u8::try_from(d).ok()) {
            current.push(digit);
            continue;
        }
        let joins = matches!(c, ' ' | '-')
            && index > 0
            && chars[index - 1].is_ascii_digit()
            && chars.get(index + 1).is_some_and(char::is_ascii_digit);
        if !joins && !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
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
        ] {
            assert!(!contains_card_number(text), "{text:?}");
        }
    }
}
