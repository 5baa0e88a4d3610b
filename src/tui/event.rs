//! What flows into the app ([`Event`]) and what the app asks the outside world to do
//! ([`Command`]). The app itself is a pure state machine between the two, so tests can drive it
//! without a terminal, threads or a clock.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use ratatui::crossterm::event::KeyEvent;

use crate::domain::{PaymentMethod, SeatLabel, ShowingId, TicketType};
use crate::engine::{
    BookingDetail, CancelReceipt, Conflict, DayReport, ExtendReceipt, HoldReceipt, OpenHold, RefundReceipt,
    RefundRequest, SaleReceipt, SeatMap, ShiftReport, ShowingCancellation, ShowingsDay, SignedIn, TickReport,
};

/// Everything the app reacts to.
#[derive(Debug)]
pub enum Event {
    /// A key the cashier pressed.
    Key(KeyEvent),
    /// Once a second: the clock moved (drives the status clock, the hold countdown and expiry).
    Tick(DateTime<Utc>),
    /// The terminal changed size (the seat map scrolls to keep its cursor in view).
    Resize(u16, u16),
    /// SIGTERM, SIGHUP or SIGINT: leave now, tidily.
    Signal,
    /// Fresh data from the watcher thread.
    Loaded(Loaded),
    /// The outcome of one of the cashier's own actions.
    Done(Done),
    /// A print run finished (or failed) on the printer's own thread; the sale or refund it was
    /// for stands either way.
    Printed(Result<String, String>),
}

/// Snapshots of what the screen looks at, read by the watcher on its own connection.
#[derive(Debug)]
pub enum Loaded {
    /// The showings of `day`; `today` is the venue-local date at load time.
    Showings {
        day: NaiveDate,
        today: NaiveDate,
        showings: Box<ShowingsDay>,
    },
    SeatMap(Box<SeatMap>),
    Booking(Box<BookingDetail>),
    /// This counter's holds still running (a killed screen may have left some behind).
    Holds(Vec<OpenHold>),
    /// A load failed; the screen keeps the last good picture and says why.
    Failed {
        what: Watched,
        message: String,
    },
    /// The tick released holds or restocked showings.
    Ticked(TickReport),
    /// This counter's open shift with its takings so far, or `None` when no shift is open.
    Shift(Option<Box<ShiftReport>>),
    /// The day's figures, while the report is on screen.
    Report(Box<DayReport>),
    /// The connection to the database server was lost (with the words why), or is back.
    Server(Link),
}

/// A change in the connection to a database server (a SQLite file never sends one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Lost(String),
    Back,
}

/// Which part of a [`Watch`] a failed load was for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Watched {
    Showings,
    SeatMap(ShowingId),
    Booking(String),
    Tick,
    Shift,
    Holds,
    Report,
}

/// A failed action, reduced to what the cashier needs: the engine's message and the seats it
/// names (so a seat just taken elsewhere can be unselected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub seats: Vec<String>,
    /// Which conflict, when the engine refused because of the state of things.
    pub conflict: Option<Conflict>,
    /// The engine refused for want of rights (not signed in, wrong PIN, a manager's approval
    /// missing).
    pub unauthorized: bool,
}

/// A sale with what the screen shows after it.
#[derive(Debug, Clone)]
pub struct Sale {
    pub receipt: SaleReceipt,
    /// For cash: what the customer handed over, in minor units.
    pub tendered: Option<i64>,
    /// Where the receipt was written, or why it could not be (the sale stands either way).
    pub receipt_file: Result<PathBuf, String>,
}

/// The outcome of the cashier's own actions, in the order they were asked for.
#[derive(Debug)]
pub enum Done {
    Held(Result<HoldReceipt, Failure>),
    Sold(Result<Box<Sale>, Failure>),
    Cancelled(Result<CancelReceipt, Failure>),
    Extended(Result<ExtendReceipt, Failure>),
    Refunded(Result<RefundReceipt, Failure>),
    SignedIn(Result<SignedIn, Failure>),
    SignedOut,
    /// The manager's name or PIN was refused; the action waiting for the approval was not tried.
    ApprovalRefused(Failure),
    /// Seats blocked (`block`) or made available again.
    Blocked {
        block: bool,
        result: Result<Vec<SeatLabel>, Failure>,
    },
    /// What cancelling a showing would refund, asked before the cashier confirms.
    CancelPreview(Result<CancelPreview, Failure>),
    ShowingCancelled(Result<ShowingCancellation, Failure>),
    ShiftOpened(Result<Box<ShiftReport>, Failure>),
    ShiftClosed(Result<Box<ClosedShift>, Failure>),
}

impl Done {
    /// The refusal, whatever the action was.
    #[must_use]
    pub fn failure(&self) -> Option<&Failure> {
        match self {
            Self::Held(Err(f))
            | Self::Sold(Err(f))
            | Self::Cancelled(Err(f))
            | Self::Extended(Err(f))
            | Self::Refunded(Err(f))
            | Self::SignedIn(Err(f))
            | Self::ApprovalRefused(f)
            | Self::Blocked { result: Err(f), .. }
            | Self::CancelPreview(Err(f))
            | Self::ShowingCancelled(Err(f))
            | Self::ShiftOpened(Err(f))
            | Self::ShiftClosed(Err(f)) => Some(f),
            _ => None,
        }
    }
}

/// What a showing's cancellation would do, counted from its seat map just before asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelPreview {
    pub showing: ShowingId,
    /// Paid bookings that would be refunded in full, and their seats.
    pub bookings: usize,
    pub seats: usize,
    /// Holds that would be released.
    pub holds: usize,
}

/// A shift just closed, with where its report was written (or why it could not be).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedShift {
    pub report: ShiftReport,
    pub file: Result<PathBuf, String>,
}

/// A PIN on its way to the engine. Its `Debug` never shows the digits, so a logged command
/// cannot leak one.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(pub String);

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(…)")
    }
}

/// What the screen is looking at: the watcher keeps exactly this fresh.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Watch {
    /// The day of the showings list; `None` means today in the venue's time zone.
    pub day: Option<NaiveDate>,
    /// The showing whose seat map is open.
    pub showing: Option<ShowingId>,
    /// The booking on screen.
    pub booking: Option<String>,
    /// The day report (of `day`) is on screen.
    pub report: bool,
}

/// What the app asks for. Reads go to the watcher, changes to the cashier's desk thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Keep this fresh from now on (reloaded at once, then whenever the database changes).
    Watch(Watch),
    Hold {
        showing: ShowingId,
        seats: Vec<SeatLabel>,
    },
    /// Take payment; `types` has one ticket type per seat, front to back.
    Sell {
        code: String,
        payment: PaymentMethod,
        types: Vec<TicketType>,
        tendered: Option<i64>,
    },
    Cancel {
        code: String,
    },
    Extend {
        code: String,
    },
    Refund(RefundRequest),
    SignIn {
        name: String,
        pin: Pin,
    },
    SignOut,
    /// A manager's approval, then `action` tried again with it (once).
    Approve {
        manager: String,
        pin: Pin,
        action: Box<Command>,
    },
    Block {
        showing: ShowingId,
        seats: Vec<SeatLabel>,
        reason: String,
    },
    Unblock {
        showing: ShowingId,
        seats: Vec<SeatLabel>,
        reason: String,
    },
    /// Count what cancelling the showing would refund (a read, so the question can say it).
    PreviewCancel {
        showing: ShowingId,
    },
    CancelShowing {
        showing: ShowingId,
        reason: String,
    },
    OpenShift {
        float: i64,
    },
    CloseShift {
        counted: i64,
    },
    /// Print a booking's tickets and receipt again (marked REPRINT); answered by
    /// [`Event::Printed`], never waited for.
    Reprint {
        code: String,
    },
    /// Leave the screen (after the commands before it were carried out).
    Quit,
}

impl Command {
    /// Whether a cashier may need a manager's approval for this action.
    #[must_use]
    pub fn may_need_approval(&self) -> bool {
        matches!(self, Self::Refund(_) | Self::Block { .. } | Self::Unblock { .. } | Self::CancelShowing { .. })
    }
}
