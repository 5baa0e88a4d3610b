//! Plain types and rules of the box office. No I/O happens here: no database, no clock, no
//! terminal. Everything is a value that the store persists and the engine combines.

pub mod best_available;
pub mod booking_code;
pub mod calendar;
pub mod card_number;
pub mod ids;
pub mod lang;
pub mod layout;
pub mod money;
pub mod pricing;
pub mod rating;
pub mod seat;
pub mod selling;
pub mod status;
pub mod text;
pub mod ticket_payload;
pub mod time;
pub mod venue_file;

pub use ids::{AuditoriumId, BookingId, EventId, FilmId, PriceListId, RefundId, SeatId, ShowingId};
pub use lang::Lang;
pub use layout::{Layout, LayoutRow, Place};
pub use money::Currency;
pub use pricing::{PriceList, TicketType};
pub use seat::{SeatKind, SeatLabel};
pub use status::{BookingStatus, ClaimState, PaymentMethod, Role, SeatStatus, ShowingStatus};
