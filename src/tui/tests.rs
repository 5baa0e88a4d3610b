//! Tests of the cashier screen without a terminal: the app as a state machine driven by events
//! (with the real engine on a temporary database behind it), every view rendered on ratatui's
//! `TestBackend` and snapshot-tested, and every size from 1x1 to 120x40 drawn without a panic.

mod door;
mod flows;
mod harness;
mod keys;
mod manager;
mod not_selling;
mod paper;
mod readme;
mod resume;
mod seat_choice;
mod server_lost;
mod sizes;
mod staff;
mod staff_views;
mod views;
