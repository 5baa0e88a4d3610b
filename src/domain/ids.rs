//! Row identities, kept apart by type so a seat id is never passed where a showing id is meant.

use std::fmt;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// A showing: the number cashiers and scripts use (`boxoffice seats 3`).
    ShowingId
);
id_type!(
    /// A booking's row; people use its code instead.
    BookingId
);
id_type!(
    /// A seat of an auditorium (shared by all its showings).
    SeatId
);
id_type!(
    /// An auditorium.
    AuditoriumId
);
id_type!(
    /// A film.
    FilmId
);
id_type!(
    /// A price list.
    PriceListId
);
id_type!(
    /// A refund.
    RefundId
);
id_type!(
    /// An event of the audit trail; ids only grow.
    EventId
);
