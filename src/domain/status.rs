//! The state words of the lifecycle, exactly as the database, the JSON and the screen use them.

use std::fmt;
use std::str::FromStr;

/// Declares a state enum with its stored word for each variant, `as_str`, `FromStr` and `Display`.
macro_rules! state_words {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every state, in lifecycle order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored word.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $word),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($word => Ok(Self::$variant),)+
                    _ => Err(format!("unknown {} {text:?}", stringify!($name))),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

state_words! {
    /// The state of one seat of one showing.
    SeatStatus {
        Available => "available",
        /// Held by a booking until its hold expires.
        Reserved => "reserved",
        /// Paid for.
        Occupied => "occupied",
        /// Out of service or a house seat: never sold.
        Blocked => "blocked",
    }
}

state_words! {
    /// The state of a booking.
    BookingStatus {
        Held => "held",
        Paid => "paid",
        Cancelled => "cancelled",
        Expired => "expired",
        /// Every ticket of the booking was refunded.
        Refunded => "refunded",
    }
}

state_words! {
    /// The state of a showing.
    ShowingStatus {
        Open => "open",
        /// Over and restocked; sells and refunds nothing.
        Finished => "finished",
        Cancelled => "cancelled",
    }
}

state_words! {
    /// The state of one seat's claim within a booking. A sold or refunded claim is a ticket.
    ClaimState {
        Held => "held",
        Sold => "sold",
        /// The hold ended (cancelled or expired) without a sale.
        Released => "released",
        Refunded => "refunded",
    }
}

state_words! {
    /// What a staff member may do: a cashier sells; a manager also approves.
    Role {
        Cashier => "cashier",
        Manager => "manager",
    }
}

state_words! {
    /// How the customer paid.
    PaymentMethod {
        Cash => "cash",
        Card => "card",
        /// Indonesia's standard QR payment; any QR wallet payment elsewhere.
        Qris => "qris",
        Other => "other",
    }
}

state_words! {
    /// What an event of the log records, as stored in its `kind` column.
    EventKind {
        Imported => "imported",
        TrainingStarted => "training_started",
        StaffAdded => "staff_added",
        StaffDisabled => "staff_disabled",
        /// A name locked after too many wrong PINs.
        Lockout => "lockout",
        ShiftOpened => "shift_opened",
        ShiftClosed => "shift_closed",
        Held => "held",
        Extended => "extended",
        Sold => "sold",
        Printed => "printed",
        Admitted => "admitted",
        Cancelled => "cancelled",
        Expired => "expired",
        Refunded => "refunded",
        Blocked => "blocked",
        Unblocked => "unblocked",
        Restocked => "restocked",
        ShowingCancelled => "showing_cancelled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for status in SeatStatus::ALL {
            assert_eq!(status.as_str().parse::<SeatStatus>(), Ok(*status));
        }
        for method in PaymentMethod::ALL {
            assert_eq!(method.to_string().parse::<PaymentMethod>(), Ok(*method));
        }
        assert!("paypal".parse::<PaymentMethod>().is_err());
        assert!("Held".parse::<BookingStatus>().is_err());
    }
}
