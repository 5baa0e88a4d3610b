//! Money in the currency's minor unit (IDR has none, EUR has cents). Never floats.

use std::fmt::Write as _;

use super::lang::Lang;

/// The venue's currency: its ISO code and how many decimals its minor unit has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    code: String,
    decimals: u8,
}

/// The most decimals a currency may declare (no currency in use has more than 4).
pub const MAX_DECIMALS: u8 = 4;

/// The highest price a venue file may set, in minor units (ten billion: IDR 10,000,000,000 or
/// EUR 100,000,000.00). Far above any ticket, and far enough below `i64::MAX` that a year of
/// sales at this price still adds up.
pub const MAX_PRICE: i64 = 10_000_000_000;

/// Adds amounts, or `None` when the sum would not fit: money never wraps around.
#[must_use]
pub fn checked_total(amounts: impl IntoIterator<Item = i64>) -> Option<i64> {
    amounts.into_iter().try_fold(0_i64, i64::checked_add)
}

/// Adds amounts for a report, stopping at the largest number rather than failing: a tampered
/// row must not make the figures unreadable for good (verify names it).
#[must_use]
pub fn saturating_total(amounts: impl IntoIterator<Item = i64>) -> i64 {
    amounts.into_iter().fold(0_i64, i64::saturating_add)
}

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

    /// An amount for people, in English: `IDR 50,000`, `EUR 12.50`, `IDR -5,000`.
    #[must_use]
    pub fn format(&self, minor: i64) -> String {
        self.format_in(Lang::En, minor)
    }

    /// An amount as the language writes it. English: `IDR 45,000`, `EUR 12.50`. Indonesian:
    /// the rupiah as `Rp45.000` (`-Rp5.000`), other currencies as `EUR 1.234,50`.
    #[must_use]
    pub fn format_in(&self, lang: Lang, minor: i64) -> String {
        match lang {
            Lang::Id if self.code == "IDR" => {
                let sign = if minor < 0 { "-" } else { "" };
                format!("{sign}Rp{}", self.format_number_in(lang, minor.saturating_abs()))
            }
            _ => format!("{} {}", self.code, self.format_number_in(lang, minor)),
        }
    }

    /// The number alone, in English: `50,000`, `12.50`.
    #[must_use]
    pub fn format_number(&self, minor: i64) -> String {
        self.format_number_in(Lang::En, minor)
    }

    /// The number alone, grouped in thousands the language's way: `50,000` and `12.50` in
    /// English, `50.000` and `12,50` in Indonesian.
    #[must_use]
    pub fn format_number_in(&self, lang: Lang, minor: i64) -> String {
        let (group, point) = match lang {
            Lang::En => (',', '.'),
            Lang::Id => ('.', ','),
        };
        let scale = 10_u64.pow(u32::from(self.decimals));
        let magnitude = minor.unsigned_abs();
        let whole = (magnitude / scale).to_string();
        let mut text = String::new();
        if minor < 0 {
            text.push('-');
        }
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index).is_multiple_of(3) {
                text.push(group);
            }
            text.push(digit);
        }
        if self.decimals > 0 {
            let _ = write!(text, "{point}{:0width$}", magnitude % scale, width = usize::from(self.decimals));
        }
        text
    }

    /// Reads an amount as a person writes it, in major units, by one grammar for the screen and
    /// the command line: digits, optionally grouped in threes by `,` or `.` (one kind throughout:
    /// `200,000` or `200.000`), then, only for a currency with decimals, the other mark and
    /// exactly that many digits (`12.50`, `12,50`, `1.234,50`). The currency may stand in front,
    /// as either language writes it (`Rp200.000`, `Rp 200.000`, `IDR 200,000`). Anything else is refused with the
    /// expected form, never guessed at: IDR `45,00` and EUR `12.5`, `12.505` or `1,2,3` are
    /// mistakes.
    ///
    /// # Errors
    /// Anything that is not such an amount, or one too large to hold.
    pub fn parse_amount(&self, text: &str) -> Result<i64, MoneyError> {
        let bad = || MoneyError::BadAmount {
            shown: text.chars().take(24).collect(),
            code: self.code.clone(),
            example: self.format_number(5_000 * 10_i64.pow(u32::from(self.decimals))),
        };
        let trimmed = self.without_symbol(text.trim());
        let (whole, fraction) = self.split_fraction(trimmed);
        // In a currency with decimals, `12.505` could be a slip for 12.50 or twelve thousand:
        // one group mark and no decimal part is refused rather than guessed at.
        if self.decimals > 0 && fraction.is_none() && whole.matches(['.', ',']).count() == 1 {
            return Err(bad());
        }
        let whole = ungroup(whole, fraction.map(|(mark, _)| mark)).ok_or_else(bad)?;
        let fraction = fraction.map_or("", |(_, digits)| digits);
        let scale = 10_i64.pow(u32::from(self.decimals));
        let whole: i64 = whole.parse().map_err(|_| bad())?;
        let fraction: i64 = if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| bad())? };
        whole.checked_mul(scale).and_then(|w| w.checked_add(fraction)).ok_or_else(bad)
    }

    /// The amount after a leading currency code or, for the rupiah, `Rp` (any case, a space
    /// allowed after it).
    fn without_symbol<'t>(&self, text: &'t str) -> &'t str {
        let symbols: &[&str] = if self.code == "IDR" { &["Rp", &self.code] } else { &[&self.code] };
        for symbol in symbols {
            if let Some(head) = text.get(..symbol.len())
                && head.eq_ignore_ascii_case(symbol)
            {
                return text[symbol.len()..].trim_start();
            }
        }
        text
    }

    /// Splits off the decimal part: the last mark followed by exactly `decimals` digits. With
    /// three decimals, `1.234` reads as a fraction unless the same mark also groups before it.
    fn split_fraction<'t>(&self, text: &'t str) -> (&'t str, Option<(char, &'t str)>) {
        let places = usize::from(self.decimals);
        if places == 0 {
            return (text, None);
        }
        match text.char_indices().rev().find(|(_, c)| *c == '.' || *c == ',') {
            Some((at, mark))
                if text.len() - at - 1 == places
                    && text[at + 1..].bytes().all(|b| b.is_ascii_digit())
                    && (places != 3 || !text[..at].contains(mark)) =>
            {
                (&text[..at], Some((mark, &text[at + 1..])))
            }
            _ => (text, None),
        }
    }
}

/// The digits of a whole part written plainly (`200000`) or grouped in threes by one mark that
/// is not the decimal mark (`200,000`, `200.000`); `None` for anything else.
fn ungroup(whole: &str, decimal_mark: Option<char>) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let mark = whole.chars().find(|c| *c == '.' || *c == ',');
    let plain: String = match mark {
        None => whole.to_owned(),
        Some(mark) if Some(mark) == decimal_mark => return None,
        Some(mark) => {
            let mut groups = whole.split(mark);
            let first = groups.next()?;
            if !digits(first) || first.len() > 3 {
                return None;
            }
            let mut plain = first.to_owned();
            for group in groups {
                if group.len() != 3 || !digits(group) {
                    return None;
                }
                plain.push_str(group);
            }
            plain
        }
    };
    (digits(&plain) && plain.len() <= 15).then_some(plain)
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
    fn indonesian_writes_rupiah_as_rp_with_dots_and_no_decimals() {
        assert_eq!(idr().format_in(Lang::Id, 45_000), "Rp45.000");
        assert_eq!(idr().format_in(Lang::Id, 1_250_000), "Rp1.250.000");
        assert_eq!(idr().format_in(Lang::Id, 0), "Rp0");
        assert_eq!(idr().format_in(Lang::Id, -5_000), "-Rp5.000");
        assert_eq!(idr().format_in(Lang::En, 45_000), "IDR 45,000");
        assert_eq!(idr().format_number_in(Lang::Id, 45_000), "45.000");
    }

    #[test]
    fn other_currencies_keep_their_code_and_take_the_language_marks() {
        assert_eq!(eur().format_in(Lang::Id, 123_450), "EUR 1.234,50");
        assert_eq!(eur().format_in(Lang::En, 123_450), "EUR 1,234.50");
        assert_eq!(eur().format_in(Lang::Id, -5), "EUR -0,05");
    }

    #[test]
    fn what_either_language_writes_is_read_back() {
        for written in ["Rp200.000", "Rp 200.000", "rp200000", "IDR 200,000", "idr200.000", " Rp 200,000 "] {
            assert_eq!(idr().parse_amount(written), Ok(200_000), "{written:?}");
        }
        assert_eq!(idr().parse_amount(&idr().format_in(Lang::Id, 1_250_000)), Ok(1_250_000));
        assert_eq!(eur().parse_amount(&eur().format_in(Lang::Id, 123_450)), Ok(123_450));
        assert_eq!(eur().parse_amount("EUR 12,50"), Ok(1_250));
        for bad in ["Rp", "Rp-5", "RpRp5", "EUR 5", "Rp 5.00", "$5"] {
            assert!(idr().parse_amount(bad).is_err(), "IDR {bad:?}");
        }
        assert!(eur().parse_amount("Rp5").is_err());
    }

    #[test]
    fn amounts_parse_in_major_units_grouped_in_threes_by_either_mark() {
        assert_eq!(idr().parse_amount("50000"), Ok(50_000));
        assert_eq!(idr().parse_amount("50,000"), Ok(50_000));
        assert_eq!(idr().parse_amount("200.000"), Ok(200_000));
        assert_eq!(idr().parse_amount("1.250.000"), Ok(1_250_000));
        assert_eq!(eur().parse_amount("12.50"), Ok(1_250));
        assert_eq!(eur().parse_amount("12,50"), Ok(1_250));
        assert_eq!(eur().parse_amount("1.234,50"), Ok(123_450));
        assert_eq!(eur().parse_amount("1,234.50"), Ok(123_450));
        assert_eq!(eur().parse_amount("1.234.567"), Ok(123_456_700));
        assert_eq!(eur().parse_amount("12"), Ok(1_200));
        assert_eq!(eur().parse_amount("0.05"), Ok(5));
        let kwd = Currency::new("KWD", 3).expect("valid");
        assert_eq!(kwd.parse_amount("1.234"), Ok(1_234));
        assert_eq!(kwd.parse_amount("1.234.567"), Ok(1_234_567_000));
    }

    #[test]
    fn ambiguous_or_hostile_amounts_are_refused() {
        for bad in ["", "-5", "12.5", "45,00", "1,2,3", ",5", "200.000,00", "1,000.000", "1e3", "abc"] {
            assert!(idr().parse_amount(bad).is_err(), "IDR {bad:?}");
        }
        for bad in ["99999999999999999999", " . ", "1,00,000", "1.000,000"] {
            assert!(idr().parse_amount(bad).is_err(), "IDR {bad:?}");
        }
        for bad in
            ["12.505", "12.5", "12,5", "12.", ".5", ",5", "1,2,3", "-1.00", "NaN", "1.234.56", "1,234,56", "1.234"]
        {
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
