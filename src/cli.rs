//! The command line: clap definitions and the scriptable commands. Each command prints human
//! text, or with `--json` the contract's JSON on stdout; errors are one line on stderr (a JSON
//! object with `--json`) and the contract's exit code.

mod args;
mod booking;
mod events;
mod output;
mod seats;
mod setup;
mod showings;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser as _;

pub use args::{Cli, Command};
use output::Output;

use crate::clock::Clock;
use crate::engine::{Actor, Engine, EngineError};
use crate::store::OpenMode;

/// Runs the command line and returns the process exit code.
#[must_use]
pub fn run() -> ExitCode {
    let json_wanted = std::env::args().any(|arg| arg == "--json");
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return output::usage_error(&error, json_wanted),
    };
    let out = Output { json: cli.json };
    match dispatch(&cli, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => out.error(&error),
    }
}

/// The context every command gets: where the database is, what time it is, who acts.
pub struct Context {
    pub db: PathBuf,
    /// The database named by --db or BOXOFFICE_DB, if any (the demo uses its own otherwise).
    pub db_given: Option<PathBuf>,
    pub clock: Clock,
    pub actor: Actor,
}

impl Context {
    fn from_cli(cli: &Cli) -> Result<Self, EngineError> {
        let db = match &cli.db {
            Some(db) => db.clone(),
            None => setup::default_db_path()?,
        };
        let counter = cli.counter.clone().unwrap_or_else(setup::host_name);
        Ok(Self {
            db,
            db_given: cli.db.clone(),
            clock: cli.now.unwrap_or(Clock::System),
            actor: Actor { staff: cli.staff.clone(), counter },
        })
    }

    /// Opens the engine on the database, which must exist.
    fn engine(&self) -> Result<Engine, EngineError> {
        Engine::open(&self.db, OpenMode::Existing, self.actor.clone())
    }
}

fn dispatch(cli: &Cli, out: &Output) -> Result<(), EngineError> {
    let ctx = Context::from_cli(cli)?;
    let now = ctx.clock.now();
    match cli.command.as_ref().unwrap_or(&Command::Tui) {
        Command::Tui => setup::screen(&ctx, false),
        Command::Demo => setup::screen(&ctx, true),
        Command::Init { demo } => setup::init(&ctx, *demo, out),
        Command::Import { file, days } => setup::import(&ctx, file, *days, out),
        Command::Showings { date, all } => showings::list(&mut ctx.engine()?, date.as_deref(), *all, now, out),
        Command::Seats { showing } => seats::show(&mut ctx.engine()?, *showing, now, out),
        Command::Hold { showing, seats, length } => {
            booking::hold(&mut ctx.engine()?, *showing, seats, length.as_deref(), now, out)
        }
        Command::Sell { booking, payment, types } => {
            booking::sell(&mut ctx.engine()?, booking, payment, types.as_deref(), now, out)
        }
        Command::Cancel { booking } => booking::cancel(&mut ctx.engine()?, booking, now, out),
        Command::Refund { booking, seats, reason, amount } => booking::refund(
            &mut ctx.engine()?,
            booking,
            seats.as_deref(),
            reason.as_deref(),
            amount.as_deref(),
            now,
            out,
        ),
        Command::Booking { code } => booking::show(&mut ctx.engine()?, code, now, out),
        Command::Tick => setup::tick(&mut ctx.engine()?, now, out),
        Command::Events { since, follow, limit } => events::feed(&mut ctx.engine()?, *since, *follow, *limit),
        Command::Verify => setup::verify(&mut ctx.engine()?, out),
    }
}
