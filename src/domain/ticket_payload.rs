//! What a ticket's QR code says: one seat of one booking, signed with the database's secret, so
//! a door can tell a real ticket from one typed up or altered, offline.
//!
//! The text is `BO1:<booking>:<seat>:<signature>`, all upper case, so a QR code stores it in its
//! compact alphanumeric mode (about 30 characters: a version-2 symbol) and a keyboard-wedge
//! scanner that types it with Caps Lock on still reads the same ticket.

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;

use super::SeatLabel;
use super::booking_code;

/// The version tag: a later format gets a new one, and old tickets stay readable.
const TAG: &str = "BO1";
/// Bytes of the HMAC kept: 80 bits, far beyond guessing at a door that answers one scan at a time.
const SIGNATURE_BYTES: usize = 10;
/// RFC 4648 base32: upper case letters and 2–7, all in the QR alphanumeric set.
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A payload read back from a scan, not yet checked against the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub booking: String,
    pub seat: SeatLabel,
    signature: Vec<u8>,
}

/// Why a scan is not a ticket at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("this is not a boxoffice ticket (unreadable code)")]
    Unreadable,
    #[error("the ticket's signature does not match: it was altered or typed up")]
    BadSignature,
}

/// The payload printed in the QR code of one ticket.
#[must_use]
pub fn sign(secret: &[u8], booking: &str, seat: &SeatLabel) -> String {
    let body = body(booking, seat);
    let signature = mac(secret, &body).finalize().into_bytes();
    format!("{body}:{}", base32(&signature[..SIGNATURE_BYTES]))
}

/// Reads what a scanner typed: trimmed, any case.
///
/// # Errors
/// [`PayloadError::Unreadable`] for anything that is not a ticket payload.
pub fn parse(scanned: &str) -> Result<Payload, PayloadError> {
    let text = scanned.trim().to_ascii_uppercase();
    let mut parts = text.split(':');
    let (Some(TAG), Some(booking), Some(seat), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(PayloadError::Unreadable);
    };
    let booking = booking_code::normalize(booking).ok_or(PayloadError::Unreadable)?;
    let seat: SeatLabel = seat.parse().map_err(|_| PayloadError::Unreadable)?;
    let signature = unbase32(signature).filter(|s| s.len() == SIGNATURE_BYTES).ok_or(PayloadError::Unreadable)?;
    Ok(Payload { booking, seat, signature })
}

impl Payload {
    /// Whether the signature was made with `secret` over this booking and seat (compared in
    /// constant time).
    ///
    /// # Errors
    /// [`PayloadError::BadSignature`] when it was not.
    pub fn check(&self, secret: &[u8]) -> Result<(), PayloadError> {
        mac(secret, &body(&self.booking, &self.seat))
            .verify_truncated_left(&self.signature)
            .map_err(|_| PayloadError::BadSignature)
    }
}

fn body(booking: &str, seat: &SeatLabel) -> String {
    format!("{TAG}:{booking}:{seat}")
}

fn mac(secret: &[u8], body: &str) -> Hmac<Sha256> {
    // HMAC takes a key of any length, so this cannot fail; the fallback only satisfies the type.
    #[expect(clippy::default_trait_access, reason = "the key type's full name says nothing more")]
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).unwrap_or_else(|_| Hmac::<Sha256>::new(&Default::default()));
    mac.update(body.as_bytes());
    mac
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0_u32, 0_u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0_u32, 0_u32);
    for c in text.bytes() {
        let value = BASE32.iter().position(|&b| b == c)?;
        buffer = (buffer << 5) | u32::try_from(value).ok()?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xFF).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn seat(label: &str) -> SeatLabel {
        label.parse().expect("seat")
    }

    #[test]
    fn a_signed_payload_reads_back_and_checks() {
        let text = sign(SECRET, "K7QM3X", &seat("C12"));
        assert!(text.starts_with("BO1:K7QM3X:C12:"), "{text}");
        assert!(text.len() <= 32, "small enough for a version-2 QR code: {text}");
        let payload = parse(&text).expect("readable");
        assert_eq!((payload.booking.as_str(), payload.seat.to_string().as_str()), ("K7QM3X", "C12"));
        assert_eq!(payload.check(SECRET), Ok(()));
        assert_eq!(parse(&text.to_ascii_lowercase()).map(|p| p.check(SECRET)), Ok(Ok(())), "Caps Lock on the scanner");
    }

    #[test]
    fn another_seat_or_another_secret_does_not_check() {
        let text = sign(SECRET, "K7QM3X", &seat("C12"));
        let moved = text.replace(":C12:", ":C13:");
        assert_eq!(parse(&moved).expect("readable").check(SECRET), Err(PayloadError::BadSignature));
        let other_db = b"another database's secret.......";
        assert_eq!(parse(&text).expect("readable").check(other_db), Err(PayloadError::BadSignature));
    }

    #[test]
    fn every_single_character_change_of_the_signature_is_caught() {
        let text = sign(SECRET, "K7QM3X", &seat("A1"));
        let start = text.rfind(':').expect("separator") + 1;
        for at in start..text.len() {
            for &replacement in BASE32 {
                let mut bytes = text.clone().into_bytes();
                if bytes[at] == replacement {
                    continue;
                }
                bytes[at] = replacement;
                let altered = String::from_utf8(bytes).expect("ascii");
                let verdict = parse(&altered).and_then(|p| p.check(SECRET));
                assert!(verdict.is_err(), "{altered} was accepted");
            }
        }
    }

    #[test]
    fn text_that_is_not_a_ticket_is_unreadable() {
        for text in [
            "",
            "hello",
            "BO1:K7QM3X:A1",
            "BO2:K7QM3X:A1:AAAAAAAAAAAAAAAA",
            "BO1:K7QM3X:A1:AAAA",
            "BO1:K7QM30:A1:AAAAAAAAAAAAAAAA",
        ] {
            assert_eq!(parse(text), Err(PayloadError::Unreadable), "{text:?}");
        }
    }
}
