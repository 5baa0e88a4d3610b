//! The watcher: the tick, the poll for other counters' changes, and the snapshots of what the
//! screen shows.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::ScreenClock;
use crate::domain::time::local_date;
use crate::engine::{Actor, Engine};
use crate::tui::event::{Event, Link, Loaded, Watch, Watched};

/// What the screen tells the watcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    /// Look at this from now on (loaded at once).
    Watch(Watch),
    /// Something changed here; reload now instead of at the next tick.
    Refresh,
    /// Who is at the counter now (signed in or out at the desk): the tick's events name them.
    Actor(Actor),
}

/// How often the tick runs (expiry and restock are tidy-ups; a second is plenty).
pub const TICK: Duration = Duration::from_secs(1);

/// How often the watcher asks whether another counter changed something (SQLite's
/// `data_version`, PostgreSQL's notifications): a change must be on screen within 100 ms, and
/// the question costs a few microseconds.
pub const POLL: Duration = Duration::from_millis(25);

/// How often a lost server is tried again: often enough that selling resumes within a second of
/// its return, seldom enough not to hammer it while it restarts.
pub const RECONNECT: Duration = Duration::from_secs(1);

/// Runs until the screen hangs up.
pub fn run(mut engine: Engine, clock: ScreenClock, control: Receiver<Control>, events: Sender<Event>) {
    let mut watch: Option<Watch> = None;
    let mut next_tick = Instant::now();
    let mut next_poll = Instant::now();
    let mut lost = false;
    loop {
        let mut reload = false;
        let wake = next_tick.min(next_poll);
        match control.recv_timeout(wake.saturating_duration_since(Instant::now())) {
            Ok(message) => reload |= apply(&mut engine, &mut watch, message),
            Err(RecvTimeoutError::Timeout) => {
                let mut found = Vec::new();
                // While the server is gone the tick would only fail again; the poll is what
                // finds it back.
                if Instant::now() >= next_tick && !lost {
                    next_tick = Instant::now() + TICK;
                    reload |= tick(&mut engine, clock.now(), &mut found);
                }
                reload |= poll(&mut engine, &mut lost, &mut found);
                next_poll = Instant::now() + if lost { RECONNECT } else { POLL };
                for event in found {
                    if events.send(event).is_err() {
                        return;
                    }
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
        // Several nudges in a row make one reload.
        while let Ok(message) = control.try_recv() {
            reload |= apply(&mut engine, &mut watch, message);
        }
        if reload && let Some(watch) = &watch {
            for event in load(&mut engine, watch, clock.now()) {
                if events.send(Event::Loaded(event)).is_err() {
                    return;
                }
            }
        }
    }
}

fn apply(engine: &mut Engine, watch: &mut Option<Watch>, message: Control) -> bool {
    match message {
        Control::Watch(new) => *watch = Some(new),
        Control::Refresh => {}
        Control::Actor(actor) => {
            engine.set_actor(actor);
            return false;
        }
    }
    true
}

/// One tick: expire and restock. Returns whether it changed anything (then the screen reloads).
fn tick(engine: &mut Engine, now: DateTime<Utc>, events: &mut Vec<Event>) -> bool {
    match engine.tick(now) {
        Ok(report) if report != crate::engine::TickReport::default() => {
            tracing::info!(?report, "tick");
            events.push(Event::Loaded(Loaded::Ticked(report)));
            true
        }
        Ok(_) => false,
        Err(error) => {
            tracing::warn!("tick failed: {error:#}");
            let message = error.to_string();
            events.push(Event::Loaded(Loaded::Failed { what: Watched::Tick, message }));
            false
        }
    }
}

/// Whether another counter wrote since the last look (the first look counts as a change). It is
/// also the heartbeat of a server connection: losing it, and finding it again, are told to the
/// screen once each, and a return reloads everything.
fn poll(engine: &mut Engine, lost: &mut bool, events: &mut Vec<Event>) -> bool {
    match engine.changed_elsewhere() {
        Ok(_) if *lost => {
            *lost = false;
            tracing::info!("the database server is back");
            events.push(Event::Loaded(Loaded::Server(Link::Back)));
            // Whatever changed meanwhile was not notified to this connection: read it all.
            true
        }
        Ok(changed) => changed,
        Err(error) if error.is_server_lost() => {
            if !*lost {
                *lost = true;
                tracing::warn!("lost the database server: {error:#}");
                events.push(Event::Loaded(Loaded::Server(Link::Lost(error.to_string()))));
            }
            false
        }
        Err(error) => {
            let message = error.to_string();
            events.push(Event::Loaded(Loaded::Failed { what: Watched::Tick, message }));
            false
        }
    }
}

/// Reads everything `watch` names: the day's showings, the open seat map, the booking on
/// screen, the day report; and this counter's shift. Each read is its own short transaction;
/// nothing stays open afterwards.
pub fn load(engine: &mut Engine, watch: &Watch, now: DateTime<Utc>) -> Vec<Loaded> {
    let mut out = Vec::new();
    let mut day_shown = None;
    match engine.venue() {
        Ok(Some(venue)) => {
            let today = local_date(venue.zone, now);
            let day = watch.day.unwrap_or(today);
            day_shown = Some(day);
            out.push(match engine.showings(Some(day), now) {
                Ok(showings) => Loaded::Showings { day, today, showings: Box::new(showings) },
                Err(error) => Loaded::Failed { what: Watched::Showings, message: error.to_string() },
            });
        }
        Ok(None) => {
            out.push(Loaded::Failed { what: Watched::Showings, message: crate::tui::text::NO_VENUE.to_owned() });
        }
        Err(error) => out.push(Loaded::Failed { what: Watched::Showings, message: error.to_string() }),
    }
    if let Some(showing) = watch.showing {
        out.push(match engine.seat_map(showing, now) {
            Ok(map) => Loaded::SeatMap(Box::new(map)),
            Err(error) => Loaded::Failed { what: Watched::SeatMap(showing), message: error.to_string() },
        });
    }
    if let Some(code) = &watch.booking {
        out.push(match engine.booking(code, now) {
            Ok(detail) => Loaded::Booking(Box::new(detail)),
            Err(error) => Loaded::Failed { what: Watched::Booking(code.clone()), message: error.to_string() },
        });
    }
    // A hold this counter left open (its screen was killed mid-sale) is offered back to checkout.
    out.push(match engine.open_holds(now) {
        Ok(holds) => Loaded::Holds(holds),
        Err(error) => Loaded::Failed { what: Watched::Holds, message: error.to_string() },
    });
    // The status line says whether this counter's drawer is open; closing it shows the takings.
    out.push(match engine.current_shift() {
        Ok(shift) => Loaded::Shift(shift.map(Box::new)),
        Err(error) => Loaded::Failed { what: Watched::Shift, message: error.to_string() },
    });
    if watch.report
        && let Some(day) = day_shown
    {
        out.push(match engine.report(day) {
            Ok(report) => Loaded::Report(Box::new(report)),
            Err(error) => Loaded::Failed { what: Watched::Report, message: error.to_string() },
        });
    }
    out
}
