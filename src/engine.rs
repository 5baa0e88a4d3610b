//! The use cases: hold, sell, cancel, refund, tick, import, and the reads the screens need.
//! Each change is one IMMEDIATE transaction that also appends its events. The command line and
//! the cashier screen both call these and nothing below them.

mod best;
mod block;
mod cancel;
mod cancel_showing;
mod copy;
pub mod demo;
mod demo_sales;
mod door;
mod error;
mod expire;
mod extend;
mod hold;
mod import;
pub mod messages;
mod open_holds;
mod printing;
mod queries;
mod refund;
mod report;
mod seal;
mod sell;
mod shift;
mod staff;
mod tick;
mod training;

use std::path::Path;

pub use crate::store::Breach;
pub use best::BestSeats;
pub use cancel::CancelReceipt;
pub use cancel_showing::ShowingCancellation;
pub use door::Admission;
pub use error::{Conflict, EngineError};
pub use extend::ExtendReceipt;
pub use hold::{HoldReceipt, MAX_SEATS_PER_BOOKING};
pub use import::ImportReport;
pub use open_holds::OpenHold;
pub use printing::{Print, PrintJob, PrintedTicket};
pub use queries::{BookingDetail, SeatMap, SeatView, ShowingsDay};
pub use refund::{RefundReceipt, RefundRequest};
pub use report::DayReport;
pub use seal::Seal;
pub use sell::{SaleReceipt, Ticket};
pub use shift::ShiftReport;
pub use staff::{Approval, LOCKOUT_SECONDS, MAX_FAILED_PINS, SignedIn, StaffInfo};
pub use tick::TickReport;

use crate::domain::records::ShowingRecord;
use crate::domain::selling::{SalesState, ShowTimes};
use crate::domain::venue_file::VenueSettings;
use crate::domain::{EventKind, ShowingId, ShowingStatus};
use crate::store::{NewEvent, OpenError, OpenMode, Store, Tx};

/// Who is acting: recorded on every booking, refund and event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The staff member's name, once staff exist.
    pub staff: Option<String>,
    /// The counter (terminal) the action comes from.
    pub counter: String,
}

impl Actor {
    /// An actor at a counter with no staff name.
    #[must_use]
    pub fn counter(name: &str) -> Self {
        Self { staff: None, counter: name.to_owned() }
    }

    /// An event done by this actor (who and where), with no approver; set `approver` with
    /// struct update syntax where a manager approved.
    fn event(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        kind: EventKind,
        showing: Option<ShowingId>,
        booking: Option<crate::domain::BookingId>,
        data: serde_json::Value,
    ) -> NewEvent<'_> {
        NewEvent {
            at,
            kind,
            showing,
            booking,
            staff: self.staff.as_deref(),
            counter: Some(&self.counter),
            approver: None,
            data,
        }
    }
}

/// The engine over one open database.
pub struct Engine {
    store: Store,
    actor: Actor,
    signed_in: Option<staff::SignedIn>,
    approval: Option<staff::Approval>,
    /// Read once at opening: a database becomes a training one only when created, never later.
    training: bool,
}

impl Engine {
    /// An engine over an open store.
    #[must_use]
    pub fn new(mut store: Store, actor: Actor) -> Self {
        let training = store.is_training();
        Self { store, actor, signed_in: None, approval: None, training }
    }

    /// Opens the database at `path`, which must exist.
    ///
    /// # Errors
    /// [`EngineError::NoDatabase`] for a missing file; [`EngineError::BadDatabase`] for a foreign
    /// or too new file; [`EngineError::Failed`] for any other failure, each with a message that
    /// says what to do.
    pub fn open(path: &Path, actor: Actor) -> Result<Self, EngineError> {
        Self::open_in(path, OpenMode::Existing, actor)
    }

    /// Opens the database at `path`, creating it (file and schema) when it does not exist yet.
    ///
    /// # Errors
    /// As [`Engine::open`], less the missing file.
    pub fn create(path: &Path, actor: Actor) -> Result<Self, EngineError> {
        Self::open_in(path, OpenMode::Create, actor)
    }

    fn open_in(path: &Path, mode: OpenMode, actor: Actor) -> Result<Self, EngineError> {
        // A `postgres://` URL selects the server; the store never makes a file of that name.
        let store = Store::open(path, mode).map_err(|error| match error {
            OpenError::Missing(path) => EngineError::NoDatabase(messages::no_database(&path.display().to_string())),
            OpenError::Foreign(path) => {
                EngineError::BadDatabase(messages::foreign_database(&path.display().to_string()))
            }
            OpenError::TooNew { path, found, known } => {
                EngineError::BadDatabase(messages::newer_database(&path.display().to_string(), found, known))
            }
            OpenError::Other(error) => EngineError::Failed(error),
        })?;
        Ok(Self::new(store, actor))
    }

    /// Who this engine acts as.
    #[must_use]
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Changes who this engine acts as (a login at the screen).
    pub fn set_actor(&mut self, actor: Actor) {
        self.actor = actor;
    }

    /// The folder for the files this counter writes (closing reports): beside the database
    /// file as always, or this user's data folder when the database is on a server; `None` in
    /// memory (the current folder).
    #[must_use]
    pub fn files_folder(&self) -> Option<std::path::PathBuf> {
        match self.store.path() {
            Some(path) => path.parent().map(Path::to_path_buf),
            None if self.store.is_server() => data_folder(),
            None => None,
        }
    }

    /// Where the database is, for messages and titles: the file, or the server's URL without
    /// its password.
    #[must_use]
    pub fn database_location(&self) -> String {
        self.store.location()
    }

    /// Whether another counter changed the database since the last call (the first call says
    /// yes): cheap enough to ask every few milliseconds, and it never keeps a transaction open.
    ///
    /// # Errors
    /// When the database cannot answer (a lost server: it reconnects on the next call).
    pub fn changed_elsewhere(&mut self) -> Result<bool, EngineError> {
        Ok(self.store.changed_elsewhere()?)
    }

    /// The store underneath, for the benchmarks alone: they time a bare one-row write on the
    /// same database (either backend) as the floor the engine's changes are measured against.
    #[doc(hidden)]
    pub fn store_for_benchmark(&mut self) -> &mut Store {
        &mut self.store
    }
}

impl Engine {
    /// Runs one change to the database: where staff exist, a signed-in staff member first; then
    /// `work` in one write transaction (run again if the server asks), acting as this engine's actor with the authority it
    /// has now (any approval given for it is used up, whatever the outcome).
    fn change<T>(
        &mut self,
        mut work: impl FnMut(&Tx<'_>, &Actor, &staff::Authority) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        let actor = self.actor.clone();
        let authority = self.take_authority();
        self.store.write(|tx| {
            authority.check(tx, staff::Needs::Staff)?;
            work(tx, &actor, &authority)
        })
    }
}

/// This user's data folder for boxoffice (`~/.local/share/boxoffice` on Linux): the default
/// database, the log, and the files a counter on a server writes. `None` without a home folder.
#[must_use]
pub fn data_folder() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "boxoffice").map(|dirs| dirs.data_dir().to_path_buf())
}

/// The venue settings, or a clear error when no venue file was imported yet.
fn venue(tx: &Tx<'_>) -> Result<VenueSettings, EngineError> {
    tx.venue()?.ok_or_else(|| EngineError::BadInput(messages::no_venue_yet()))
}

/// A showing that must exist.
fn existing_showing(tx: &Tx<'_>, id: ShowingId) -> Result<ShowingRecord, EngineError> {
    tx.showing(id)?.ok_or_else(|| EngineError::NotFound(messages::no_showing(id)))
}

/// The sales state of a showing under the venue's rules: the one place the engine, the command
/// line and every screen ask.
#[must_use]
pub fn sales_state(showing: &ShowingRecord, venue: &VenueSettings, now: chrono::DateTime<chrono::Utc>) -> SalesState {
    ShowTimes { starts_at: showing.starts_at, ends_at: showing.ends_at, status: showing.status }.state(
        now,
        venue.sales_close_minutes,
        venue.cleanup_minutes,
    )
}

/// Refuses to sell for a showing that is not selling, saying why.
fn ensure_selling(
    showing: &ShowingRecord,
    venue: &VenueSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), EngineError> {
    let local = crate::domain::calendar::day_time(
        crate::i18n::lang(),
        showing.starts_at.with_timezone(&venue.zone).naive_local(),
    );
    match sales_state(showing, venue, now) {
        SalesState::Selling => Ok(()),
        SalesState::SalesClosed => Err(EngineError::conflict(
            Conflict::SalesClosed,
            messages::sales_closed(showing.id, &local, venue.sales_close_minutes),
        )),
        SalesState::Finished => {
            Err(EngineError::conflict(Conflict::ShowingOver, messages::showing_finished(showing.id, &local)))
        }
        SalesState::Cancelled => {
            Err(EngineError::conflict(Conflict::ShowingOver, messages::showing_was_cancelled(showing.id, &local)))
        }
    }
}

/// The shift money goes into: the counter's open shift. Once staff are set up, taking or paying
/// back money without an open shift is refused, so every rupiah lands in some cash-up; and the
/// shift must be the acting cashier's own, so nobody sells into a colleague's drawer.
fn shift_for_money(tx: &Tx<'_>, actor: &Actor) -> Result<Option<i64>, EngineError> {
    let counter = actor.counter.as_str();
    match tx.open_shift(counter)? {
        Some(shift) if tx.staff_count()? > 0 && !same_person(shift.staff.as_deref(), actor.staff.as_deref()) => {
            Err(EngineError::conflict(
                Conflict::WrongState,
                messages::someone_elses_shift(counter, shift.id, shift.staff.as_deref().unwrap_or("nobody")),
            ))
        }
        Some(shift) => Ok(Some(shift.id)),
        None if tx.staff_count()? > 0 => {
            Err(EngineError::conflict(Conflict::NoShift, messages::no_open_shift(counter)))
        }
        None => Ok(None),
    }
}

/// Whether two staff names (as stored or signed in) are one person; names are case-insensitive.
fn same_person(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => false,
    }
}

/// Whether a stored status is still open (for the restock and refund rules).
fn is_open(showing: &ShowingRecord) -> bool {
    showing.status == ShowingStatus::Open
}
