//! Booking codes: short, read aloud across a counter, typed back without confusion.

/// No 0/O, 1/I/L: letters a customer cannot mishear or a cashier mistype.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Six characters: 31^6 ≈ 887 million codes, so a random clash is rare and simply retried.
pub const LENGTH: usize = 6;

/// A new code from a source of random numbers (the caller owns the randomness; this stays pure).
pub fn generate(mut next_random: impl FnMut(usize) -> usize) -> String {
    (0..LENGTH).map(|_| char::from(ALPHABET[next_random(ALPHABET.len()) % ALPHABET.len()])).collect()
}

/// The code as typed, cleaned (trimmed, upper case), if it could be a booking code at all.
#[must_use]
pub fn normalize(typed: &str) -> Option<String> {
    let code = typed.trim().to_ascii_uppercase();
    (code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_valid_and_normalize_to_themselves() {
        let mut state = 7_usize;
        for _ in 0..100 {
            let code = generate(|n| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (state >> 33) % n
            });
            assert_eq!(normalize(&code), Some(code.clone()));
        }
    }

    #[test]
    fn typed_codes_are_cleaned_or_refused() {
        assert_eq!(normalize(" k7qm3x "), Some("K7QM3X".to_owned()));
        assert_eq!(normalize("K7QM30"), None, "0 is not in the alphabet");
        assert_eq!(normalize("K7QM3"), None);
        assert_eq!(normalize("'; --x"), None);
    }
}
