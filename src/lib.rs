//! boxoffice: the cashier's terminal at a cinema ticket counter.
//!
//! Data flows one way: keys → [`tui`] → [`engine`] → [`store`] → SQLite, and answers come back
//! as plain values. [`domain`] holds the rules and types with no I/O at all.

pub mod cli;
pub mod clock;
pub mod domain;
pub mod engine;
pub mod store;
pub mod tui;
