//! The cashier screen: a ratatui terminal UI over the engine.
//!
//! One loop on the main thread takes [`Event`]s from a single channel (keys from an input
//! thread, signals, the clock, answers from the two database threads in [`worker`]), feeds them
//! to the pure [`App`], routes the [`Command`]s it returns, and draws. Nothing on this thread
//! touches the database, so input and drawing never wait on it.
//!
//! The terminal is restored on every way out: `q`, Ctrl-C (a key in raw mode), SIGTERM, SIGHUP
//! and SIGINT (a signal thread turns them into an event), and a panic (ratatui's hook).

pub mod app;
pub mod cells;
pub mod door;
pub mod event;
pub mod receipt;
pub mod seat_map;
pub mod text;
pub mod theme;
pub mod views;
pub mod worker;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event as term;

pub use app::App;
pub use event::{Command, Event};
use theme::Theme;
use worker::ScreenClock;
use worker::watcher::{self, Control};

use crate::clock::Clock;
use crate::engine::{Engine, EngineError};

/// What the command line hands the screen: two engines on the same database (one for the
/// cashier's actions, one for the watcher), the clock, and where receipts go.
pub struct Setup {
    pub desk: Engine,
    pub watcher: Engine,
    pub clock: Clock,
    pub receipts: PathBuf,
    /// The counter's ticket printer, if it has one.
    pub printer: Option<crate::printer::Target>,
    /// Said in the status line at start: this computer's clock is behind the last record.
    pub clock_warning: Option<String>,
}

/// How long quitting waits for the desk to finish what it was asked (a hold being released).
const DESK_GRACE: Duration = Duration::from_secs(5);

/// Runs the screen until the cashier quits or a signal arrives.
///
/// # Errors
/// When there is no terminal to draw on, or a database thread stopped unexpectedly.
pub fn run(mut setup: Setup) -> Result<(), EngineError> {
    let counter = setup.desk.actor().counter.clone();
    tracing::info!(counter, "cashier screen starting");
    // Asked once, before the threads start: with staff set up the screen opens on sign-in, with
    // the name the command line gave (`--staff`) already filled in.
    let sign_in = setup.desk.staff_required()?.then(|| setup.desk.actor().staff.clone());
    let training = setup.desk.is_training();
    let panic_key = test_panic_key();
    let clock = ScreenClock::new(setup.clock);
    let (events_tx, events) = mpsc::channel::<Event>();
    // Signals first: from here on SIGTERM and friends restore the terminal instead of killing us.
    let signals = listen_for_signals(events_tx.clone())?;
    let (control_tx, control_rx) = mpsc::channel::<Control>();
    let watcher = spawn("watcher", {
        let events = events_tx.clone();
        move || watcher::run(setup.watcher, clock, control_rx, events)
    })?;
    let (desk_tx, desk_rx) = mpsc::channel::<Command>();
    let desk = spawn("desk", {
        let (events, control) = (events_tx.clone(), control_tx.clone());
        move || worker::desk::run(setup.desk, clock, setup.receipts, setup.printer, desk_rx, events, control)
    })?;
    let mut terminal = ratatui::try_init()
        .map_err(|error| EngineError::Failed(anyhow::anyhow!("the cashier screen needs a terminal: {error}")))?;
    spawn("input", move || read_input(&events_tx))?;
    let size = terminal.size().map_or((80, 24), |s| (s.width, s.height));
    let mut app = App::new(&counter, Theme::from_env(), clock.now(), size);
    app.training = training;
    if let Some(warning) = setup.clock_warning.take() {
        app.message = app::Message { text: warning, tone: app::Tone::Error };
    }
    if let Some(name) = sign_in {
        app.sign_in_first(name.as_deref());
    }
    let threads = Threads { control: control_tx, desk: desk_tx, watcher: &watcher, desk_thread: &desk };
    let result = event_loop(&mut terminal, &mut app, &events, clock, &threads, panic_key);
    let _ = terminal.show_cursor();
    // The terminal's Drop reports a cursor it cannot show with `eprintln!`, which panics once
    // the terminal is gone (SIGHUP) and would abort before the release below; it has nothing
    // else to do, so it is not run.
    std::mem::forget(terminal);
    // Not `ratatui::restore()`: after SIGHUP the terminal is gone, and its report of that on
    // stderr would fail too and panic before the release below is carried out.
    if let Err(error) = ratatui::try_restore() {
        tracing::warn!("could not restore the terminal: {error}");
    }
    signals.close();
    drop(threads);
    // A release asked for on the way out is carried out before the process ends.
    let deadline = Instant::now() + DESK_GRACE;
    while !desk.is_finished() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(10));
    }
    tracing::info!(counter, ok = result.is_ok(), "cashier screen closed");
    result
}

/// Where commands go.
struct Threads<'a> {
    control: Sender<Control>,
    desk: Sender<Command>,
    watcher: &'a JoinHandle<()>,
    desk_thread: &'a JoinHandle<()>,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    events: &Receiver<Event>,
    clock: ScreenClock,
    threads: &Threads<'_>,
    panic_key: Option<term::KeyCode>,
) -> Result<(), EngineError> {
    let mut next_tick = Instant::now() + watcher::TICK;
    if route(app.start(), threads) {
        return Ok(());
    }
    loop {
        terminal
            .draw(|frame| frame.render_widget(&*app, frame.area()))
            .map_err(|error| EngineError::Failed(anyhow::anyhow!("could not draw the screen: {error}")))?;
        let event = match events.recv_timeout(next_tick.saturating_duration_since(Instant::now())) {
            Ok(event) => event,
            Err(RecvTimeoutError::Timeout) => {
                next_tick = Instant::now() + watcher::TICK;
                Event::Tick(clock.now())
            }
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        if let Event::Key(key) = &event
            && Some(key.code) == panic_key
        {
            panic!("the test panic key was pressed");
        }
        if route(app.update(event), threads) {
            return Ok(());
        }
        // Take whatever else is waiting before drawing again: one frame per burst.
        while let Ok(event) = events.try_recv() {
            if route(app.update(event), threads) {
                return Ok(());
            }
        }
        if threads.watcher.is_finished() || threads.desk_thread.is_finished() {
            return Err(EngineError::Failed(anyhow::anyhow!(
                "a database thread of the screen stopped unexpectedly; nothing was lost, start boxoffice again"
            )));
        }
    }
}

/// Sends each command where it belongs; true when the app asked to quit.
fn route(commands: Vec<Command>, threads: &Threads<'_>) -> bool {
    for command in commands {
        match command {
            Command::Quit => return true,
            Command::Watch(watch) => {
                let _ = threads.control.send(Control::Watch(watch));
            }
            action => {
                let _ = threads.desk.send(action);
            }
        }
    }
    false
}

/// Keys and resizes, forwarded until the screen hangs up.
fn read_input(events: &Sender<Event>) {
    forward_input(events, |event| match event {
        term::Event::Key(key) => Some(Event::Key(key)),
        term::Event::Resize(width, height) => Some(Event::Resize(width, height)),
        _ => None,
    });
}

/// Reads the terminal until it fails or the screen hangs up, sending what `wanted` keeps.
fn forward_input<E>(events: &Sender<E>, wanted: impl Fn(term::Event) -> Option<E>) {
    loop {
        let event = match term::read() {
            Ok(event) => event,
            Err(error) => {
                tracing::warn!("cannot read the terminal: {error}");
                return;
            }
        };
        if let Some(event) = wanted(event)
            && events.send(event).is_err()
        {
            return;
        }
    }
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT become [`Event::Signal`].
fn listen_for_signals(events: Sender<Event>) -> Result<signal_hook::iterator::Handle, EngineError> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])
        .map_err(|error| EngineError::Failed(anyhow::anyhow!("cannot listen for signals: {error}")))?;
    let handle = signals.handle();
    spawn("signals", move || {
        for _ in signals.forever() {
            if events.send(Event::Signal).is_err() {
                return;
            }
        }
    })?;
    Ok(handle)
}

/// Test-only: `BOXOFFICE_TEST_PANIC_KEY=F12` makes that function key panic on the screen's own
/// thread, so a test can see the terminal given back after a panic. Read once at start-up.
fn test_panic_key() -> Option<term::KeyCode> {
    let name = std::env::var("BOXOFFICE_TEST_PANIC_KEY").ok()?;
    name.strip_prefix('F')?.parse().ok().map(term::KeyCode::F)
}

fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> Result<JoinHandle<()>, EngineError> {
    thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .map_err(|error| EngineError::Failed(anyhow::anyhow!("cannot start the {name} thread: {error}")))
}
