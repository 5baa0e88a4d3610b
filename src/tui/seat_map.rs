//! The seat map widget: the auditorium as the cashier sees it, drawn as a ratatui
//! [`StatefulWidget`](ratatui::widgets::StatefulWidget). Split like a data table: the [`Plan`]
//! (what each place is, built once per snapshot), the [`SeatMapState`] (cursor, selection,
//! scroll: what the cashier changes) and the drawing, which only reads both.

mod draw;
mod plan;
mod state;

pub use draw::{PLACE_WIDTH, SeatMapWidget, viewport};
pub use plan::{Plan, PlanRow, Spot};
pub use state::{Direction, SeatMapState, Toggle, follow};
