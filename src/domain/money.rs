//! Money in the currency's minor unit (IDR has none, EUR has cents). Never floats.

use std::fmt::Write as _;

/// The venue's currency: its ISO code and how many decimals its minor unit has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    code: String,
    decimals: u8,
}

/// The most decimals a currency may declare (no currency in use has more than 4).
pub const MAX_DECIMALS: u8 = 4;

/// Why an amount or currency was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("currency {0:?} must be a three-letter code such as IDR or EUR")]
    BadCode(String),
    #[error("a currency has at most {MAX_DECIMALS} decimals, not {0}")]
    TooManyDecimals(i64),
    #[error("{shown:?} is not an amount in {code} (write it like {example})")]
    BadAmount { shown: String, code: String, example: String },
}

impl Currency {
    /// # Errors
    /// A code that is not three capital letters, or more than [`MAX_DECIMALS`] decimals.
    pub fn new(code: &str, decimals: i64) -> Result<Self, MoneyError> {
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(MoneyError::BadCode(code.to_owned()));
        }
        let decimals =
            u8::try_from(decimals).ok().filter(|d| *d <= MAX_DECIMALS).ok_or(MoneyError::TooManyDecimals(decimals))?;
        Ok(Self { code: code.to_owned(), decimals })
    }

    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    #[must_use]
    pub fn decimals(&self) -> u8 {
        self.decimals
    }

    /// An amount for people: `IDR 50,000`, `EUR 12.50`, `-IDR 5,000`.
    #[must_use]
    pub fn format(&self, minor: i64) -> String {
        format!("{} {}", self.code, self.format_number(minor))
    }

    /// The number alone, grouped in thousands: `50,000`, `12.50`.
    #[must_use]
    pub fn format_number(&self, minor: i64) -> String {
        let scale = 10_u64.pow(u32::from(self.decimals));
        let magnitude = minor.unsigned_abs();
        let whole = (magnitude / scale).to_string();
        let mut text = String::new();
        if minor < 0 {
            text.push('-');
        }
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index).is_multiple_of(3) {
                text.push(',');
            }
            text.push(digit);
        }
        if self.decimals > 0 {
            let _ = write!(text, ".{:0width$}", magnitude % scale, width = usize::from(self.decimals));
        }
        text
    }

    /// Reads an amount as a person writes it, in major units: `50000` or `50,000` for IDR,
    /// `12.5` or `12.50` for EUR. Negative amounts and more decimals than the currency has are
    /// refused rather than rounded.
    ///
    /// # Errors
    /// Anything that is not such an amount, or one too large to hold.
    pub fn parse_amount(&self, text: &str) -> Result<i64, MoneyError> {
        let bad = || MoneyError::BadAmount {
            shown: text.chars().take(24).collect(),
            code: self.code.clone(),
            example: self.format_number(5_000 * 10_i64.pow(u32::from(self.decimals))),
        };
        let trimmed = text.trim();
        let (whole, fraction) = match trimmed.split_once('.') {
            Some((whole, fraction)) if self.decimals > 0 => (whole, fraction),
            Some(_) => return Err(bad()),
            None => (trimmed, ""),
        };
        let whole: String = whole.chars().filter(|c| *c != ',' && *c != '_').collect();
        let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 15 || !digits_only(&whole) || !digits_only(fraction) {
            return Err(bad());
        }
        if fraction.len() > usize::from(self.decimals) || (trimmed.contains('.') && fraction.is_empty()) {
            return Err(bad());
        }
        let scale = 10_i64.pow(u32::from(self.decimals));
        let whole: i64 = whole.parse().map_err(|_| bad())?;
        let padded = format!("{fraction:0<width$}", width = usize::from(self.decimals));
        let fraction: i64 = if padded.is_empty() { 0 } else { padded.parse().map_err(|_| bad())? };
        whole.checked_mul(scale).and_then(|w| w.checked_add(fraction)).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idr() -> Currency {
        Currency::new("IDR", 0).expect("valid")
    }

    fn eur() -> Currency {
        Currency::new("EUR", 2).expect("valid")
    }

    #[test]
    fn amounts_are_grouped_and_use_the_currency_decimals() {
        assert_eq!(idr().format(50_000), "IDR 50,000");
        assert_eq!(idr().format(1_250_000), "IDR 1,250,000");
        assert_eq!(idr().format(0), "IDR 0");
        assert_eq!(idr().format(-5_000), "IDR -5,000");
        assert_eq!(eur().format(1_250), "EUR 12.50");
        assert_eq!(eur().format(5), "EUR 0.05");
        assert_eq!(eur().format(123_456_789), "EUR 1,234,567.89");
    }

    #[test]
    fn amounts_parse_in_major_units() {
        assert_eq!(idr().parse_amount("50000"), Ok(50_000));
        assert_eq!(idr().parse_amount("50,000"), Ok(50_000));
        assert_eq!(eur().parse_amount("12.5"), Ok(1_250));
        assert_eq!(eur().parse_amount("12"), Ok(1_200));
        assert_eq!(eur().parse_amount("0.05"), Ok(5));
    }

    #[test]
    fn ambiguous_or_hostile_amounts_are_refused() {
        for bad in ["", "-5", "12.5", "1e3", "abc", "99999999999999999999", " . "] {
            assert!(idr().parse_amount(bad).is_err(), "IDR {bad:?}");
        }
        for bad in ["12.505", "12.", ".5", "-1.00", "NaN"] {
            assert!(eur().parse_amount(bad).is_err(), "EUR {bad:?}");
        }
    }

    #[test]
    fn currencies_are_checked() {
        assert!(Currency::new("idr", 0).is_err());
        assert!(Currency::new("RUPIAH", 0).is_err());
        assert!(Currency::new("EUR", 5).is_err());
        assert!(Currency::new("EUR", -1).is_err());
    }
}
