//! The command line: clap definitions and the scriptable commands. Each command prints human
//! text, or with `--json` the contract's JSON on stdout; errors are one line on stderr (a JSON
//! object with `--json`) and the contract's exit code.

mod args;
mod booking;
mod copy;
mod events;
mod logging;
mod manage;
mod output;
mod paper;
mod report;
mod seats;
mod setup;
mod shift;
mod showings;
mod staff;

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser as _;

pub use args::{Cli, Command};
use output::Output;

use crate::clock::Clock;
use crate::engine::{Actor, Approval, Engine, EngineError, Print};

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
    /// This counter's ticket printer, if it has one.
    pub printer: Option<crate::printer::Target>,
    /// The engine [`Context::settled_now`] opened to settle the clock, kept for the command's
    /// first [`Context::engine`] so a command opens its database once, not twice.
    settled: RefCell<Option<Engine>>,
}

impl Context {
    fn from_cli(cli: &Cli) -> Result<Self, EngineError> {
        let db = match &cli.db {
            Some(db) => db.clone(),
            None => setup::default_db_path()?,
        };
        // The counter's name is stored with every sale and shown on every screen: one clean line.
        let counter = crate::domain::text::stored_line(
            "the counter name",
            &cli.counter.clone().unwrap_or_else(setup::host_name),
            40,
        )
        .map_err(|e| EngineError::BadInput(e.to_string()))?;
        Ok(Self {
            db,
            db_given: cli.db.clone(),
            clock: cli.now.unwrap_or(Clock::System),
            actor: Actor { staff: cli.staff.clone(), counter },
            approver: cli.approver.clone(),
            printer: cli.printer.clone(),
            settled: RefCell::new(None),
        })
    }

    /// Opens the engine on the database, which must exist, for reading.
    fn engine(&self) -> Result<Engine, EngineError> {
        self.open(Database::Existing, false)
    }

    /// Opens the engine on the database, making a new one a training database if asked, and
    /// refuses a fixed clock unless it is one.
    fn open(&self, database: Database, training: bool) -> Result<Engine, EngineError> {
        // The engine that settled the clock was opened the same way: an existing database, no
        // training to make, the clock already checked.
        if database == Database::Existing
            && !training
            && let Some(engine) = self.settled.borrow_mut().take()
        {
            return Ok(engine);
        }
        let mut engine = database.open(&self.db, self.actor.clone())?;
        if training {
            engine.make_training(self.clock.now())?;
        }
        engine.settle_clock(self.clock)?;
        Ok(engine)
    }

    /// The time this command records by (see [`Engine::settle_clock`]); a missing database is
    /// left for the command itself to report.
    fn settled_now(&self) -> Result<chrono::DateTime<chrono::Utc>, EngineError> {
        let mut engine = match Engine::open(&self.db, self.actor.clone()) {
            Ok(engine) => engine,
            Err(EngineError::NoDatabase(_)) => return Ok(self.clock.now()),
            Err(error) => return Err(error),
        };
        let (now, warning) = engine.settle_clock(self.clock)?;
        if let Some(warning) = warning {
            eprintln!("boxoffice: warning: {warning}");
        }
        *self.settled.borrow_mut() = Some(engine);
        Ok(now)
    }

    /// Runs one change on the existing database: signed in (see [`Context::sign_in`]), and with
    /// the named approver's approval passed to this action and no other.
    fn act<T>(&self, action: impl FnOnce(&mut Engine) -> Result<T, EngineError>) -> Result<T, EngineError> {
        self.act_on(Database::Existing, action)
    }

    /// [`Context::act`], on the database opened as `database` says.
    fn act_on<T>(
        &self,
        database: Database,
        action: impl FnOnce(&mut Engine) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        let mut engine = self.sign_in(self.open(database, false)?)?;
        self.approved(&mut engine, action)
    }

    /// Runs `action` on a signed-in engine with the named approver's approval, if one was named.
    fn approved<T>(
        &self,
        engine: &mut Engine,
        action: impl FnOnce(&mut Engine) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        match self.approval(engine)? {
            Some(approval) => engine.with_approval(approval, action),
            None => action(engine),
        }
    }

    /// The named approver's approval, checked with the PIN in `BOXOFFICE_APPROVER_PIN`.
    fn approval(&self, engine: &mut Engine) -> Result<Option<Approval>, EngineError> {
        let Some(approver) = &self.approver else { return Ok(None) };
        if !engine.staff_required()? {
            return Ok(None);
        }
        let pin = pin_from_env("BOXOFFICE_APPROVER_PIN", approver)?;
        engine.approve(approver, &pin, self.clock.now()).map(Some)
    }

    /// Signs the staff member in on an open engine, where staff exist, with the PIN in
    /// `BOXOFFICE_PIN`.
    fn sign_in(&self, mut engine: Engine) -> Result<Engine, EngineError> {
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
    let command = cli.command.as_ref().unwrap_or(&Command::Tui);
    // init and the screens settle the clock on the database they create or open themselves.
    let now = match command {
        Command::Init { .. } | Command::Demo | Command::Tui | Command::Door { .. } => ctx.clock.now(),
        _ => ctx.settled_now()?,
    };
    match command {
        Command::Tui => setup::screen(&ctx, false),
        Command::Demo => setup::screen(&ctx, true),
        Command::Init { demo, training } => setup::init(&ctx, *demo, *demo || *training, out),
        Command::Import { file, days } => setup::import(&ctx, file, *days, out),
        Command::Staff(command) => staff::run(&ctx, command, out),
        Command::Shift(command) => ctx.act(|engine| shift::run(engine, command, now, out)),
        Command::Report { date, format } => report::show(&mut ctx.engine()?, date.as_deref(), *format, now, out),
        Command::Block { showing, seats, reason } => {
            ctx.act(|engine| manage::block(engine, *showing, seats, reason.as_deref(), true, now, out))
        }
        Command::Unblock { showing, seats, reason } => {
            ctx.act(|engine| manage::block(engine, *showing, seats, reason.as_deref(), false, now, out))
        }
        Command::CancelShowing { showing, reason } => {
            ctx.act(|engine| manage::cancel_showing(engine, *showing, reason.as_deref(), now, out))
        }
        Command::Showings { date, all } => showings::list(&mut ctx.engine()?, date.as_deref(), *all, now, out),
        Command::Seats { showing } => seats::show(&mut ctx.engine()?, *showing, now, out),
        Command::Best { showing, count, kind } => seats::best(&mut ctx.engine()?, *showing, *count, *kind, now, out),
        Command::Hold { showing, best: Some(count), kind, length, .. } => {
            ctx.act(|engine| booking::hold_best(engine, *showing, *count, *kind, length.as_deref(), now, out))
        }
        Command::Hold { best: None, kind: Some(_), .. } => {
            Err(EngineError::BadInput("--kind goes with --best N; named seats are held as they are".to_owned()))
        }
        Command::Hold { showing, seats, best: None, length, .. } => {
            ctx.act(|engine| booking::hold(engine, *showing, seats, length.as_deref(), now, out))
        }
        Command::Sell { booking, payment, types } => ctx.act(|engine| {
            booking::sell(engine, booking, payment, types.as_deref(), now, out)?;
            let tickets = Print::Sale { seats: None, receipt: true };
            paper::after_change(engine, ctx.printer.as_ref(), booking, &tickets, now, out);
            Ok(())
        }),
        Command::Cancel { booking } => ctx.act(|engine| booking::cancel(engine, booking, now, out)),
        Command::Refund { booking, seats, reason, amount } => ctx.act(|engine| {
            booking::refund(engine, booking, seats.as_deref(), reason.as_deref(), amount.as_deref(), now, out)?;
            paper::after_change(engine, ctx.printer.as_ref(), booking, &Print::RefundSlip, now, out);
            Ok(())
        }),
        Command::Booking { code } => booking::show(&mut ctx.engine()?, code, now, out),
        Command::Tick => setup::tick(&mut ctx.engine()?, now, out),
        Command::Events { since, follow, limit } => events::feed(&mut ctx.engine()?, *since, *follow, *limit),
        Command::Verify { seal } => setup::verify(&mut ctx.engine()?, seal.as_deref(), out),
        Command::Copy { source, destination } => copy::copy(&ctx, source, destination, out),
        Command::Print { code, seats } => {
            ctx.act(|engine| paper::print(engine, ctx.printer.as_ref(), code, seats.as_deref(), now, out))
        }
        Command::Admit { text, showing } => paper::admit(&mut ctx.engine()?, text, *showing, now, out),
        Command::Door { showing } => setup::door(&ctx, *showing),
    }
}

/// Whether a command works on an existing database or may create it (`init`, the demo).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Database {
    Existing,
    CreateIfMissing,
}

impl Database {
    fn open(self, db: &std::path::Path, actor: Actor) -> Result<Engine, EngineError> {
        match self {
            Self::Existing => Engine::open(db, actor),
            Self::CreateIfMissing => Engine::create(db, actor),
        }
    }
}
