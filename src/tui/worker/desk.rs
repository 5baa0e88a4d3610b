//! The desk: the cashier's own actions, one at a time, in the order they were asked for.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

use chrono::{DateTime, Utc};

use super::ScreenClock;
use super::watcher::Control;
use crate::engine::{Engine, EngineError, SaleReceipt};
use crate::tui::event::{Command, Done, Event, Failure, Sale};
use crate::tui::receipt;

/// Carries out commands until the screen hangs up; each answer is followed by a nudge to the
/// watcher so the change shows at once rather than at the next tick.
pub fn run(
    mut engine: Engine,
    clock: ScreenClock,
    receipts: PathBuf,
    commands: Receiver<Command>,
    events: Sender<Event>,
    watcher: Sender<Control>,
) {
    for command in commands {
        let Some(done) = perform(&mut engine, command, clock.now(), &receipts) else { continue };
        if events.send(Event::Done(done)).is_err() {
            // The screen is gone; the rest of the queue is still carried out (a release on quit).
            continue;
        }
        let _ = watcher.send(Control::Refresh);
    }
}

/// One action on the engine; `None` for commands that are not actions.
pub fn perform(engine: &mut Engine, command: Command, now: DateTime<Utc>, receipts: &Path) -> Option<Done> {
    Some(match command {
        Command::Hold { showing, seats } => Done::Held(engine.hold(showing, &seats, None, now).map_err(failure)),
        Command::Sell { code, payment, types, tendered } => {
            let types = (!types.is_empty()).then_some(types.as_slice());
            Done::Sold(match engine.sell(&code, payment, types, now) {
                Ok(receipt) => {
                    let receipt_file = write_receipt(engine, &receipt, tendered, now, receipts);
                    Ok(Box::new(Sale { receipt, tendered, receipt_file }))
                }
                Err(error) => Err(failure(error)),
            })
        }
        Command::Cancel { code } => Done::Cancelled(engine.cancel(&code, now).map_err(failure)),
        Command::Extend { code } => Done::Extended(engine.extend_hold(&code, None, now).map_err(failure)),
        Command::Refund(request) => Done::Refunded(engine.refund(&request, now).map_err(failure)),
        Command::Watch(_) | Command::Quit => return None,
    })
}

/// The engine's refusal as the screen shows it: one line, the seats it names, the conflict.
#[must_use]
pub fn failure(error: EngineError) -> Failure {
    tracing::info!(kind = error.kind(), "action refused: {error:#}");
    let (seats, conflict) = match &error {
        EngineError::Conflict { conflict, seats, .. } => (seats.clone(), Some(*conflict)),
        _ => (Vec::new(), None),
    };
    let message = error.to_string().lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ");
    Failure { message, seats, conflict }
}

/// The receipt of a sale just made; the sale stands even when this fails.
fn write_receipt(
    engine: &mut Engine,
    sale: &SaleReceipt,
    tendered: Option<i64>,
    now: DateTime<Utc>,
    dir: &Path,
) -> Result<PathBuf, String> {
    let detail = engine.booking(&sale.booking, now).map_err(|e| e.to_string())?;
    let text = receipt::text(&detail, tendered);
    receipt::write(dir, &sale.booking, &text).map_err(|e| format!("{}: {e}", dir.display()))
}
