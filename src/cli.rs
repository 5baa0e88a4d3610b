//! The command line: clap definitions and the scriptable commands. Each command prints human
//! text, or with `--json` the contract's JSON on stdout; errors are one line on stderr (a JSON
//! object with `--json`) and the contract's exit code.

mod args;
mod booking;
mod events;
mod logging;
mod manage;
mod output;
mod report;
mod seats;
mod setup;
mod shift;
mod showings;
mod staff;

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
    logging::one_line_panics();
    let _log = setup::data_dir().ok().and_then(|dir| logging::start(&dir));
    tracing::debug!(command = ?cli.command, "start");
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
    /// The manager approving this action, if one was named.
    pub approver: Option<String>,
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
            approver: cli.approver.clone(),
        })
    }

    /// Opens the engine on the database, which must exist, for reading.
    fn engine(&self) -> Result<Engine, EngineError> {
        Engine::open(&self.db, OpenMode::Existing, self.actor.clone())
    }

    /// Opens the engine for a change: once staff are set up, the staff member signs in with the
    /// PIN in `BOXOFFICE_PIN`, and a named approver with `BOXOFFICE_APPROVER_PIN`.
    fn engine_for_change(&self, mode: OpenMode) -> Result<Engine, EngineError> {
        let mut engine = Engine::open(&self.db, mode, self.actor.clone())?;
        if !engine.staff_required()? {
            return Ok(engine);
        }
        let now = self.clock.now();
        let name = self.actor.staff.as_deref().ok_or_else(|| {
            EngineError::Unauthorized(
                "staff are set up here: give --staff NAME, with the PIN in BOXOFFICE_PIN".to_owned(),
            )
        })?;
        let pin = pin_from_env("BOXOFFICE_PIN", name)?;
        engine.sign_in(name, &pin, now)?;
        if let Some(approver) = &self.approver {
            let pin = pin_from_env("BOXOFFICE_APPROVER_PIN", approver)?;
            engine.approve(approver, &pin, now)?;
        }
        Ok(engine)
    }
}

/// A PIN from the environment (never from the command line, where `ps` would show it).
fn pin_from_env(variable: &str, name: &str) -> Result<String, EngineError> {
    std::env::var(variable)
        .ok()
        .filter(|pin| !pin.is_empty())
        .ok_or_else(|| EngineError::Unauthorized(format!("set {variable} to the PIN of {name}")))
}

fn dispatch(cli: &Cli, out: &Output) -> Result<(), EngineError> {
    let ctx = Context::from_cli(cli)?;
    let now = ctx.clock.now();
    match cli.command.as_ref().unwrap_or(&Command::Tui) {
        Command::Tui => setup::screen(&ctx, false),
        Command::Demo => setup::screen(&ctx, true),
        Command::Init { demo } => setup::init(&ctx, *demo, out),
        Command::Import { file, days } => setup::import(&ctx, file, *days, out),
        Command::Staff(command) => staff::run(&ctx, command, out),
        Command::Shift(command) => shift::run(&mut ctx.engine_for_change(OpenMode::Existing)?, command, now, out),
        Command::Report { date, format } => report::show(&mut ctx.engine()?, date.as_deref(), *format, now, out),
        Command::Block { showing, seats, reason } => manage::block(
            &mut ctx.engine_for_change(OpenMode::Existing)?,
            *showing,
            seats,
            reason.as_deref(),
            true,
            now,
            out,
        ),
        Command::Unblock { showing, seats, reason } => manage::block(
            &mut ctx.engine_for_change(OpenMode::Existing)?,
            *showing,
            seats,
            reason.as_deref(),
            false,
            now,
            out,
        ),
        Command::CancelShowing { showing, reason } => manage::cancel_showing(
            &mut ctx.engine_for_change(OpenMode::Existing)?,
            *showing,
            reason.as_deref(),
            now,
            out,
        ),
        Command::Showings { date, all } => showings::list(&mut ctx.engine()?, date.as_deref(), *all, now, out),
        Command::Seats { showing } => seats::show(&mut ctx.engine()?, *showing, now, out),
        Command::Best { showing, count, kind } => seats::best(&mut ctx.engine()?, *showing, *count, *kind, now, out),
        Command::Hold { showing, best: Some(count), kind, length, .. } => {
            let mut engine = ctx.engine_for_change(OpenMode::Existing)?;
            booking::hold_best(&mut engine, *showing, *count, *kind, length.as_deref(), now, out)
        }
        Command::Hold { best: None, kind: Some(_), .. } => {
            Err(EngineError::BadInput("--kind goes with --best N; named seats are held as they are".to_owned()))
        }
        Command::Hold { showing, seats, best: None, length, .. } => {
            booking::hold(&mut ctx.engine_for_change(OpenMode::Existing)?, *showing, seats, length.as_deref(), now, out)
        }
        Command::Sell { booking, payment, types } => {
            booking::sell(&mut ctx.engine_for_change(OpenMode::Existing)?, booking, payment, types.as_deref(), now, out)
        }
        Command::Cancel { booking } => {
            booking::cancel(&mut ctx.engine_for_change(OpenMode::Existing)?, booking, now, out)
        }
        Command::Refund { booking, seats, reason, amount } => booking::refund(
            &mut ctx.engine_for_change(OpenMode::Existing)?,
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
