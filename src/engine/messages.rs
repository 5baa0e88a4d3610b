//! The engine's half of the text a cashier reads: every refusal the engine gives, which the
//! screen shows verbatim in its status line and the command line prints as its one error line.
//! `src/tui/text.rs` (with `src/tui/text/`) is the screen's half; a translation (Indonesian
//! first) replaces both, nothing else.
//!
//! Callers pass values already formatted where the formatting does not depend on the language
//! (seat labels, booking codes, names, numbers, money from `Currency::format`, times); the
//! words, the word order, plurals and list punctuation are all here.
//!
//! A few messages are defined with their types, not here, because the type is the message;
//! a translation covers them where they are:
//! - `src/domain/seat.rs`: `BadSeatLabel` (a typed seat label that is not one);
//! - `src/domain/time.rs`: `TimeError` (time zone, local time, date, duration, a time the
//!   clocks skip);
//! - `src/domain/money.rs`: `MoneyError` (currency code, decimals, an amount);
//! - `src/domain/pricing.rs`: `BadTicketType`;
//! - `src/domain/venue_file.rs`: `FileError` and the messages built with it there (names,
//!   numbers, price lists, a name defined twice);
//! - `src/domain/layout.rs`: `LayoutError` and the messages `Layout::parse` builds with it;
//! - `src/store/connection.rs`: `OpenError` (no database, not a boxoffice database, written by
//!   a newer boxoffice), which `Engine::open` passes on as it is;
//! - `src/domain/status.rs` and `SeatKind::as_str` in `src/domain/seat.rs`: the state and kind
//!   words some messages here name (`reserved`, `paid`, `premium`…). They are also stored
//!   values, so a translation maps them where they are shown rather than changing them;
//! - `src/cli/*.rs`: the command line's own usage errors.
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
