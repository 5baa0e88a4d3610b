//! What the engine benchmarks run on: the bench venue, the cached databases (empty and a year
//! of history) and the bulk writers that fill them.
#![expect(clippy::expect_used, reason = "a benchmark stops at the first surprise")]

pub mod fixtures;
mod history;
mod holds;
pub mod ops;
pub mod postgres;
pub mod venue;
mod writer;
