//! The usher's door view: a keyboard-wedge scanner types each ticket's payload and Enter; the
//! screen answers with a large ADMIT or STOP (with the reason), readable from a metre away, and
//! the showing's admitted count.
//!
//! As on the cashier screen, the screen's thread never touches the database: admissions run on
//! a thread of their own that owns the engine, and answer on the screen's one channel.

pub mod draw;
pub mod state;

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use ratatui::crossterm::event as term;

pub use state::DoorApp;

use super::worker::ScreenClock;
use crate::clock::Clock;
use crate::domain::ShowingId;
use crate::engine::{Engine, EngineError};

/// What reaches the door screen.
enum DoorEvent {
    Key(term::KeyEvent),
    Verdict(state::Verdict),
    /// The showing's admitted count when the door opens on one.
    Admitted(i64),
    Redraw,
}

/// Runs the door view until the usher presses Esc (or Ctrl-C).
///
/// # Errors
/// When there is no terminal to draw on.
pub fn run(engine: Engine, clock: Clock, showing: Option<ShowingId>) -> Result<(), EngineError> {
    let door = engine.actor().counter.clone();
    let training = engine.is_training();
    let clock = ScreenClock::new(clock);
    let (events_tx, events) = mpsc::channel::<DoorEvent>();
    let (scans_tx, scans) = mpsc::channel::<String>();
    let admitter = {
        let events = events_tx.clone();
        std::thread::Builder::new()
            .name("door".to_owned())
            .spawn(move || admit_scans(engine, clock, showing, &scans, &events))
            .map_err(|error| EngineError::Failed(anyhow::anyhow!("cannot start the door thread: {error}")))?
    };
    let mut terminal = ratatui::try_init()
        .map_err(|error| EngineError::Failed(anyhow::anyhow!("the door view needs a terminal: {error}")))?;
    std::thread::Builder::new()
        .name("input".to_owned())
        .spawn(move || read_keys(&events_tx))
        .map_err(|error| EngineError::Failed(anyhow::anyhow!("cannot start the input thread: {error}")))?;
    let mut app = DoorApp { training, ..DoorApp::new(&door, showing) };
    let result = loop {
        if let Err(error) = terminal.draw(|frame| frame.render_widget(&app, frame.area())) {
            break Err(EngineError::Failed(anyhow::anyhow!("could not draw the door view: {error}")));
        }
        let event = match events.recv_timeout(Duration::from_millis(500)) {
            Ok(event) => event,
            Err(mpsc::RecvTimeoutError::Timeout) => DoorEvent::Redraw,
            Err(mpsc::RecvTimeoutError::Disconnected) => break Ok(()),
        };
        match event {
            DoorEvent::Key(key) => match app.key(key) {
                state::Action::Admit(text) => {
                    let _ = scans_tx.send(text);
                }
                state::Action::Quit => break Ok(()),
                state::Action::None => {}
            },
            DoorEvent::Verdict(verdict) => app.verdict(verdict),
            DoorEvent::Admitted(count) => app.admitted = Some(count),
            DoorEvent::Redraw => {}
        }
        if admitter.is_finished() {
            break Err(EngineError::Failed(anyhow::anyhow!("the door's database thread stopped; start it again")));
        }
    };
    if let Err(error) = ratatui::try_restore() {
        tracing::warn!("could not restore the terminal: {error}");
    }
    result
}

/// Admits each scan in turn and answers with its verdict.
fn admit_scans(
    mut engine: Engine,
    clock: ScreenClock,
    showing: Option<ShowingId>,
    scans: &Receiver<String>,
    events: &Sender<DoorEvent>,
) {
    // A door reopened mid-showing shows how many are in already, before the first scan.
    if let Some(count) = showing.and_then(|showing| engine.admitted_count(showing).ok()) {
        let _ = events.send(DoorEvent::Admitted(count));
    }
    for scan in scans {
        let verdict = state::Verdict::from_result(engine.admit(&scan, showing, clock.now()));
        if events.send(DoorEvent::Verdict(verdict)).is_err() {
            return;
        }
    }
}

fn read_keys(events: &Sender<DoorEvent>) {
    super::forward_input(events, |event| match event {
        term::Event::Key(key) => Some(DoorEvent::Key(key)),
        term::Event::Resize(..) => Some(DoorEvent::Redraw),
        _ => None,
    });
}
