//! The command line as clap sees it. Names, flags and exit codes are a contract (DESIGN.md):
//! add, never rename.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::clock::Clock;
use crate::domain::best_available::Kind;

/// A seat kind a request may ask for.
fn parse_kind(text: &str) -> Result<Kind, String> {
    text.parse()
}

/// The cashier's terminal at a cinema ticket counter.
#[derive(Debug, Parser)]
#[command(name = "boxoffice", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The database file [default: the platform data folder, e.g. ~/.local/share/boxoffice/boxoffice.db]
    #[arg(long, env = "BOXOFFICE_DB", global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// A fixed clock, on a training database only (RFC 3339, e.g. 2026-11-24T19:00:00+07:00)
    #[arg(long, env = "BOXOFFICE_NOW", global = true, value_name = "RFC3339", value_parser = Clock::parse_fixed)]
    pub now: Option<Clock>,

    /// Machine output: JSON on stdout, errors as a JSON object on stderr
    #[arg(long, global = true)]
    pub json: bool,

    /// The staff member acting
    #[arg(long, env = "BOXOFFICE_STAFF", global = true, value_name = "NAME")]
    pub staff: Option<String>,

    /// A manager approving this action on the spot (their PIN in BOXOFFICE_APPROVER_PIN)
    #[arg(long, env = "BOXOFFICE_APPROVER", global = true, value_name = "NAME")]
    pub approver: Option<String>,

    /// This counter's name, recorded with every booking and shown to other counters [default: the host name]
    #[arg(long, env = "BOXOFFICE_COUNTER", global = true, value_name = "NAME")]
    pub counter: Option<String>,

    /// This counter's ticket printer: tcp://HOST[:PORT] (port 9100 by default), a device path such as /dev/usb/lp0, or file:PATH
    #[arg(long, env = "BOXOFFICE_PRINTER", global = true, value_name = "TARGET", value_parser = parse_printer)]
    pub printer: Option<crate::printer::Target>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_printer(text: &str) -> Result<crate::printer::Target, String> {
    text.parse()
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The cashier screen (the default)
    Tui,
    /// The cashier screen on a demo database, created or refreshed with showings from today
    Demo,
    /// Create the database
    Init {
        /// Also load the demo venue with a week of showings (a demo database is a training one)
        #[arg(long)]
        demo: bool,
        /// A training database: --now works, and every screen, receipt and report says TRAINING
        #[arg(long)]
        training: bool,
    },
    /// Load a venue file (idempotent by names)
    Import {
        /// The venue file (TOML)
        file: PathBuf,
        /// Days of showings to create from the file's weekly schedule, from today
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=366))]
        days: Option<u32>,
    },
    /// Showings with seat counts per state
    Showings {
        /// The venue-local day [default: today]
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "all")]
        date: Option<String>,
        /// Every showing, whatever the day
        #[arg(long)]
        all: bool,
    },
    /// The seat map of a showing
    Seats {
        /// The showing's number
        showing: i64,
    },
    /// The best N seats of a showing, holding nothing (hold them with: hold SHOWING --best N)
    Best {
        /// The showing's number
        showing: i64,
        /// How many seats
        count: usize,
        /// standard, premium or wheelchair [default: standard, or premium in a hall with no standard seats]
        #[arg(long, value_parser = parse_kind)]
        kind: Option<Kind>,
    },
    /// Hold seats; prints the booking code
    Hold {
        /// The showing's number
        showing: i64,
        /// Seats such as A1 A2, or A1,A2
        #[arg(required_unless_present = "best", conflicts_with = "best", num_args = 1..)]
        seats: Vec<String>,
        /// Hold the N best seats instead, exactly what `best` suggests
        #[arg(long, value_name = "N")]
        best: Option<usize>,
        /// With --best: standard, premium or wheelchair
        #[arg(long, value_parser = parse_kind)]
        kind: Option<Kind>,
        /// How long to hold them (e.g. 10m, 90s) [default: the venue's hold_minutes]
        #[arg(long = "for", value_name = "DURATION", allow_hyphen_values = true)]
        length: Option<String>,
    },
    /// Take payment for a held booking
    Sell {
        /// The booking code
        booking: String,
        /// cash, card, qris or other
        #[arg(long, required = true)]
        payment: String,
        /// Ticket types: one for all seats or one per seat (front to back), e.g. adult,child
        #[arg(long, value_name = "TYPES")]
        types: Option<String>,
    },
    /// Cancel a hold
    Cancel {
        /// The booking code
        booking: String,
    },
    /// Refund sold seats (all of them unless --seats)
    Refund {
        /// The booking code
        booking: String,
        /// The seats to refund, e.g. A1,A2
        #[arg(long, value_name = "SEATS")]
        seats: Option<String>,
        /// Why (required)
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
        /// The amount, in the currency's usual notation [default: what the seats cost]
        #[arg(long, allow_hyphen_values = true)]
        amount: Option<String>,
    },
    /// Look a booking up
    Booking {
        /// The booking code
        code: String,
    },
    /// One pass: expire holds, restock finished showings (cron-friendly, idempotent)
    Tick,
    /// The event feed, as JSON lines
    Events {
        /// Only events after this id
        #[arg(long, default_value_t = 0, value_name = "ID")]
        since: i64,
        /// Keep waiting for new events
        #[arg(long)]
        follow: bool,
        /// At most this many events (without --follow)
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Integrity check, lifecycle invariants and the event log; exit 1 on any breach
    Verify {
        /// A seal from a report (ID:HASH): the log must still hold that event with that hash
        #[arg(long, value_name = "ID:HASH")]
        seal: Option<String>,
    },
    /// Copy a whole database (venue, history, staff, shifts, events with their hashes) into an
    /// empty one: a SQLite file or a postgres:// URL on either side
    Copy {
        /// The database to copy: a SQLite file or a postgres:// URL
        source: PathBuf,
        /// The empty database to copy into (a SQLite file is created if missing)
        destination: PathBuf,
    },
    /// Sales, refunds and occupancy of a day
    Report {
        /// The venue-local day [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// table, csv or json (--json also gives json)
        #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
    },
    /// Staff members and their PINs
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Block seats of one showing (a manager's action)
    Block {
        /// The showing's number
        showing: i64,
        /// Seats such as A1 A2, or A1,A2
        #[arg(required = true, num_args = 1..)]
        seats: Vec<String>,
        /// Why (required)
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
    },
    /// Make blocked seats of one showing available again (a manager's action)
    Unblock {
        /// The showing's number
        showing: i64,
        /// Seats such as A1 A2, or A1,A2
        #[arg(required = true, num_args = 1..)]
        seats: Vec<String>,
        /// Why (required)
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
    },
    /// Cancel a showing and refund every paid booking in full (a manager's action)
    CancelShowing {
        /// The showing's number
        showing: i64,
        /// Why (required)
        #[arg(long, allow_hyphen_values = true)]
        reason: Option<String>,
    },
    /// This counter's cash shift
    #[command(subcommand)]
    Shift(ShiftCommand),
    /// (Re)print a booking's tickets and receipt on this counter's printer (--printer)
    Print {
        /// The booking code
        code: String,
        /// Only these seats' tickets (no receipt), e.g. A1,A2
        #[arg(long, value_name = "SEATS")]
        seats: Option<String>,
    },
    /// Admit the seat a scanned ticket names, once (exit 0 admitted, 3 refused, 2 not a valid ticket)
    Admit {
        /// What the scanner read from the ticket's QR code
        text: String,
        /// The showing this door lets in; a ticket for another is refused
        #[arg(long, value_name = "SHOWING")]
        showing: Option<i64>,
    },
    /// The usher's full-screen door view: scan tickets, see ADMIT or STOP
    Door {
        /// The showing this door lets in; a ticket for another is refused
        #[arg(long, value_name = "SHOWING")]
        showing: Option<i64>,
    },
}

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a staff member; the PIN is asked for on the terminal (or read from stdin)
    Add {
        /// Their name, as they sign in
        name: String,
        /// cashier or manager
        #[arg(long, required = true)]
        role: String,
        /// Read the PIN from standard input instead of asking
        #[arg(long)]
        pin_stdin: bool,
    },
    /// List the staff
    List,
    /// Disable a staff member: they can no longer sign in
    Disable {
        /// Their name
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ShiftCommand {
    /// Open this counter's shift with the cash float in the drawer
    Open {
        /// The float, as people write money (e.g. 500000)
        #[arg(long, required = true)]
        float: String,
    },
    /// Close this counter's shift with the cash counted in the drawer; writes the shift report
    Close {
        /// The counted cash, as people write money
        #[arg(long, required = true)]
        counted: String,
    },
    /// This counter's open shift so far
    Status,
}
