//! The engine's half of the text a cashier reads: every refusal the engine gives, which the
//! screen shows verbatim in its status line and the command line prints as its one error line.
//! Each function renders a Fluent message (`assets/locales/*.ftl`, see `crate::i18n`) in the
//! process's language; `src/tui/text.rs` (with `src/tui/text/`) is the screen's half.
//!
//! Callers pass values already formatted where the formatting does not depend on the language
//! (seat labels, booking codes, names, numbers); money and dates they format with the language
//! (`Currency::format_in`, `domain::calendar`); the words, the word order, plurals and list
//! punctuation are in the `.ftl` files.
//!
//! A few messages are defined with their types, not here, because the type is the message:
//! - `BadSeatLabel`, `TimeError`, `MoneyError` and `BadTicketType` in `domain` keep an English
//!   `Display`; `crate::i18n::errors::Localized` shows them in the process's language;
//! - `src/domain/venue_file.rs`: `FileError` and the messages built with it there (names,
//!   numbers, price lists, a name defined twice), and `LayoutError` in `src/domain/layout.rs`:
//!   still English only, for whoever writes the venue file;
//! - the state and kind words some messages name (`reserved`, `paid`, `premium`…) are stored
//!   values: `crate::i18n::words` shows them, the stored value never changes.
//!
//! Internal failures (`EngineError::Failed`: a broken database, a bug) keep their diagnostic
//! wording in the code that finds them; they are for the log and the maintainer, not the
//! cashier.

mod booking;
mod door;
mod import;
mod refund;
mod seats;
mod shift;
mod showing;
mod staff;

pub use booking::*;
pub use door::*;
pub use import::*;
pub use refund::*;
pub use seats::*;
pub use shift::*;
pub use showing::*;
pub use staff::*;

pub(crate) use crate::i18n::words::{kind as kind_word, state as state_word};

/// A list of seats, codes or counters as one phrase: `B7, B8`.
fn list(items: &[String]) -> String {
    items.join(", ")
}
