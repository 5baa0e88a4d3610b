//! The engine's answer when something cannot be done. The command line maps each kind to an
//! exit code (2 bad input, 3 conflict, 4 not found, 5 locked too long, 6 disk full, 7 read-only,
//! 8 damaged database, 1 anything else); the screen shows the message in its status line.

use crate::store::StorageFault;

/// Why a change was refused because of the state of things (exit code 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Another booking holds or bought the seat.
    SeatTaken,
    /// The seat is out of service or blocked.
    SeatBlocked,
    /// The hold expired and one of its seats was taken since.
    HoldLost,
    /// Past the showing's sales close.
    SalesClosed,
    /// The showing is finished or cancelled.
    ShowingOver,
    /// The booking is in a state that does not allow this (e.g. paying a cancelled booking).
    WrongState,
    /// Staff are set up and this counter has no open shift to take money into.
    NoShift,
    /// The door admitted this ticket before.
    AlreadyAdmitted,
    /// The ticket's seat was refunded.
    TicketRefunded,
    /// The ticket is for another showing than the door's.
    OtherShowing,
    /// Before the door window of the ticket's showing.
    TooEarly,
    /// After the door window of the ticket's showing.
    TooLate,
}

impl Conflict {
    /// The word scripts see in `{"error": "conflict", "reason": ...}`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SeatTaken => "seat_taken",
            Self::SeatBlocked => "seat_blocked",
            Self::HoldLost => "hold_lost",
            Self::SalesClosed => "sales_closed",
            Self::ShowingOver => "showing_over",
            Self::WrongState => "wrong_state",
            Self::NoShift => "no_shift",
            Self::AlreadyAdmitted => "already_admitted",
            Self::TicketRefunded => "refunded",
            Self::OtherShowing => "other_showing",
            Self::TooEarly => "too_early",
            Self::TooLate => "too_late",
        }
    }
}

/// An engine failure, each kind with a message fit to show a cashier.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("{0}")]
    BadInput(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{message}")]
    Conflict { conflict: Conflict, message: String, seats: Vec<String> },
    /// Not signed in, wrong PIN, locked, or a manager's approval missing.
    #[error("{0}")]
    Unauthorized(String),
    #[error("{0}")]
    NoDatabase(String),
    #[error("{0}")]
    BadDatabase(String),
    #[error("{}", failure_words(.0))]
    Failed(#[from] anyhow::Error),
}

impl EngineError {
    /// A conflict with no particular seats.
    pub fn conflict(conflict: Conflict, message: impl Into<String>) -> Self {
        Self::Conflict { conflict, message: message.into(), seats: Vec::new() }
    }

    /// The process exit code of the command line contract.
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::BadInput(_) | Self::Unauthorized(_) => 2,
            Self::Conflict { .. } => 3,
            Self::NotFound(_) | Self::NoDatabase(_) => 4,
            Self::Failed(error) => StorageFault::of(error).map_or(1, StorageFault::exit_code),
            Self::BadDatabase(_) => 1,
        }
    }

    /// The kind word of `{"error": KIND}`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::BadInput(_) => "bad_input",
            Self::NotFound(_) => "not_found",
            Self::Unauthorized(_) => "unauthorized",
            Self::Conflict { .. } => "conflict",
            Self::NoDatabase(_) => "no_database",
            Self::BadDatabase(_) => "bad_database",
            Self::Failed(error) => StorageFault::of(error).map_or("failed", StorageFault::kind),
        }
    }
}

/// A storage fault in the cashier's words (disk full, read-only, damaged WAL, locked too long),
/// else the error with its context.
impl EngineError {
    /// Whether this is the PostgreSQL server going away (stopped, restarted, network down):
    /// the screen says so until it is back, and the store reconnects by itself.
    #[must_use]
    pub fn is_server_lost(&self) -> bool {
        matches!(self, Self::Failed(error) if StorageFault::of(error) == Some(StorageFault::ServerLost))
    }
}

fn failure_words(error: &anyhow::Error) -> String {
    StorageFault::of(error).map_or_else(|| format!("{error:#}"), |fault| fault.words().to_owned())
}

impl crate::store::Retry for EngineError {
    fn failure(&self) -> Option<crate::store::Failure> {
        match self {
            Self::Failed(error) => crate::store::Failure::of(error),
            _ => None,
        }
    }
}
