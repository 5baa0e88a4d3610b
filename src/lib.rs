//! boxoffice: the cashier's terminal at a cinema ticket counter.
//!
//! Data flows one way: keys → [`tui`] → [`engine`] → [`store`] → SQLite, and answers come back
//! as plain values. [`domain`] holds the rules and types with no I/O at all. [`shift_report`] is
//! the one piece of paper both [`cli`] and [`tui`] print.

pub mod cli;
pub mod clock;
pub mod domain;
pub mod engine;
pub mod i18n;
pub mod printer;
pub mod shift_report;
pub mod store;
pub mod text_file;
pub mod tui;
