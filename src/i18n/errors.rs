//! The refusals `domain` defines with its types, in the process's language. `domain` has no
//! words of ours to look up (it imports nothing of the crate), so its errors keep an English
//! `Display` for logs and tests, and whoever shows one to a person asks for [`Localized`].

use crate::domain::Lang;
use crate::domain::money::{MAX_DECIMALS, MoneyError};
use crate::domain::pricing::BadTicketType;
use crate::domain::seat::BadSeatLabel;
use crate::domain::time::TimeError;

/// An error as the person at the counter reads it.
pub trait Localized {
    fn localized(&self) -> String;
}

impl Localized for BadSeatLabel {
    fn localized(&self) -> String {
        tr!("error-seat-label", shown = format!("{:?}", self.shown()))
    }
}

impl Localized for BadTicketType {
    fn localized(&self) -> String {
        tr!("error-ticket-type", shown = format!("{:?}", self.shown()))
    }
}

impl Localized for TimeError {
    fn localized(&self) -> String {
        match self {
            TimeError::BadZone(text) => tr!("error-zone", shown = format!("{text:?}")),
            TimeError::BadLocalTime(text) => tr!("error-local-time", shown = format!("{text:?}")),
            TimeError::BadDate(text) => tr!("error-date", shown = format!("{text:?}")),
            TimeError::Nonexistent { time, zone } => {
                tr!("error-time-skipped", time = time.as_str(), zone = zone.as_str())
            }
            TimeError::BadDuration(text) => tr!("error-duration", shown = format!("{text:?}")),
        }
    }
}

impl Localized for MoneyError {
    fn localized(&self) -> String {
        match self {
            MoneyError::BadCode(code) => tr!("error-currency-code", code = format!("{code:?}")),
            MoneyError::TooManyDecimals(decimals) => tr!("error-decimals", max = MAX_DECIMALS, decimals = *decimals),
            MoneyError::BadAmount { shown, code, example } => {
                // The example is written the English way (`5,000`, `12.50`); Indonesian swaps the
                // two marks (`5.000`, `12,50`).
                let example = match crate::i18n::lang() {
                    Lang::En => example.clone(),
                    Lang::Id => example
                        .chars()
                        .map(|c| match c {
                            ',' => '.',
                            '.' => ',',
                            other => other,
                        })
                        .collect(),
                };
                tr!("error-amount", shown = format!("{shown:?}"), code = code.as_str(), example = example)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Currency;

    #[test]
    fn english_reads_exactly_as_the_domain_writes_it() {
        let idr = Currency::new("IDR", 0).expect("valid");
        let error = idr.parse_amount("45,00").expect_err("refused");
        assert_eq!(error.localized(), error.to_string());
        let error = "Z".parse::<crate::domain::SeatLabel>().expect_err("refused");
        assert_eq!(error.localized(), error.to_string());
        let error = crate::domain::time::parse_duration("soon").expect_err("refused");
        assert_eq!(error.localized(), error.to_string());
    }
}
