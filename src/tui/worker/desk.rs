//! The desk: the cashier's own actions, one at a time, in the order they were asked for.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

use chrono::{DateTime, Utc};

use super::ScreenClock;
use super::watcher::Control;
use crate::domain::SeatStatus;
use crate::engine::{Engine, EngineError, Print, SaleReceipt};
use crate::printer::{self, Target};
use crate::shift_report;
use crate::tui::event::{CancelPreview, ClosedShift, Command, Done, Event, Failure, Sale};
use crate::tui::{receipt, text};

/// Carries out commands until the screen hangs up; each answer is followed by a nudge to the
/// watcher so the change shows at once rather than at the next tick. With a printer, a sale
/// prints its tickets and receipt and a refund its slip, after the answer is on screen.
pub fn run(
    mut engine: Engine,
    clock: ScreenClock,
    receipts: PathBuf,
    printer: Option<Target>,
    commands: Receiver<Command>,
    events: Sender<Event>,
    watcher: Sender<Control>,
) {
    for command in commands {
        if let Command::Reprint { code } = &command {
            let tickets = Print::Sale { seats: None, receipt: true };
            print(&mut engine, printer.as_ref(), code, &tickets, None, clock.now(), &events);
            continue;
        }
        let Some(done) = perform(&mut engine, command, clock.now(), &receipts) else { continue };
        let paper = match &done {
            Done::Sold(Ok(sale)) => {
                Some((sale.receipt.booking.clone(), Print::Sale { seats: None, receipt: true }, sale.tendered))
            }
            Done::Refunded(Ok(refund)) => Some((refund.booking.clone(), Print::RefundSlip, None)),
            _ => None,
        };
        // The watcher's tick records who is at the counter too; it needs no PIN for that.
        match &done {
            Done::SignedIn(Ok(_)) | Done::SignedOut => {
                let _ = watcher.send(Control::Actor(engine.actor().clone()));
            }
            _ => {}
        }
        if events.send(Event::Done(done)).is_err() {
            // The screen is gone; the rest of the queue is still carried out (a release on quit).
            continue;
        }
        let _ = watcher.send(Control::Refresh);
        if let (Some((code, what, tendered)), Some(target)) = (paper, printer.as_ref()) {
            print(&mut engine, Some(target), &code, &what, tendered, clock.now(), &events);
        }
    }
}

/// Records a print run (a short transaction here) and sends it on a thread of its own, which
/// answers with [`Event::Printed`]: a printer that is off or slow never holds up the desk.
fn print(
    engine: &mut Engine,
    printer: Option<&Target>,
    code: &str,
    what: &Print,
    tendered: Option<i64>,
    now: DateTime<Utc>,
    events: &Sender<Event>,
) {
    let Some(target) = printer.cloned() else {
        let _ = events.send(Event::Printed(Err(text::no_printer())));
        return;
    };
    let job = match engine.print(code, what, now) {
        Ok(job) => job,
        Err(error) => {
            let _ = events.send(Event::Printed(Err(text::not_printed(code, &failure(error).message))));
            return;
        }
    };
    let (code, events) = (code.to_owned(), events.clone());
    let spawned = std::thread::Builder::new().name("print".to_owned()).spawn(move || {
        let tickets = job.tickets.len();
        let reprint = job.tickets.iter().any(|t| t.copy > 1);
        let outcome = printer::layout::bytes(&job, tendered)
            .and_then(|bytes| printer::send(&target, bytes, printer::TIMEOUT))
            .map(|()| text::printed(&code, tickets, reprint))
            .map_err(|error| text::not_printed(&code, &error.to_string()));
        let _ = events.send(Event::Printed(outcome));
    });
    if let Err(error) = spawned {
        tracing::warn!("could not start printing: {error}");
    }
}

/// One action on the engine; `None` for commands that are not actions.
pub fn perform(engine: &mut Engine, command: Command, now: DateTime<Utc>, receipts: &Path) -> Option<Done> {
    Some(match command {
        Command::Hold { showing, seats } => Done::Held(engine.hold(showing, &seats, None, now).map_err(failure)),
        Command::Sell { code, payment, types, tendered, age_confirmed } => {
            let types = (!types.is_empty()).then_some(types.as_slice());
            Done::Sold(match engine.sell_confirmed(&code, payment, types, age_confirmed, now) {
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
        Command::SignIn { name, pin } => Done::SignedIn(engine.sign_in(&name, &pin.0, now).map_err(failure)),
        Command::SignOut => {
            engine.sign_out();
            Done::SignedOut
        }
        Command::Approve { manager, pin, action } => match engine.approve(&manager, &pin.0, now) {
            // The approval goes to the action it was asked for, and to no other.
            Ok(approval) => return engine.with_approval(approval, |engine| perform(engine, *action, now, receipts)),
            Err(error) => Done::ApprovalRefused(failure(error)),
        },
        Command::Block { showing, seats, reason } => {
            Done::Blocked { block: true, result: engine.block(showing, &seats, &reason, now).map_err(failure) }
        }
        Command::Unblock { showing, seats, reason } => {
            Done::Blocked { block: false, result: engine.unblock(showing, &seats, &reason, now).map_err(failure) }
        }
        Command::PreviewCancel { showing } => Done::CancelPreview(preview_cancel(engine, showing, now)),
        Command::CancelShowing { showing, reason } => {
            Done::ShowingCancelled(engine.cancel_showing(showing, &reason, now).map_err(failure))
        }
        Command::OpenShift { float } => Done::ShiftOpened(engine.open_shift(float, now).map(Box::new).map_err(failure)),
        Command::CloseShift { counted } => Done::ShiftClosed(match shift_report::close(engine, counted, now) {
            Ok((report, file)) => Ok(Box::new(ClosedShift { report, file })),
            Err(error) => Err(failure(error)),
        }),
        Command::Watch(_) | Command::Reprint { .. } | Command::Quit => return None,
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
    let unauthorized = matches!(error, EngineError::Unauthorized(_));
    let message = error.to_string().lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ");
    Failure { message, seats, conflict, unauthorized }
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
    let mut text = receipt::text(&detail, tendered);
    if engine.is_training() {
        // A practice sale must never pass for a ticket.
        text.insert_str(0, &format!("{}\n", crate::tr!("receipt-training")));
    }
    receipt::write(dir, &sale.booking, &text).map_err(|e| format!("{}: {e}", dir.display()))
}

/// Counts the paid bookings and holds on a showing's seats: what cancelling it would undo.
fn preview_cancel(
    engine: &mut Engine,
    showing: crate::domain::ShowingId,
    now: DateTime<Utc>,
) -> Result<CancelPreview, Failure> {
    let map = engine.seat_map(showing, now).map_err(failure)?;
    let codes = |status: SeatStatus| {
        let seats: Vec<&str> =
            map.seats.iter().filter(|s| s.status == status).filter_map(|s| s.booking.as_deref()).collect();
        let mut bookings = seats.clone();
        bookings.sort_unstable();
        bookings.dedup();
        (bookings.len(), seats.len())
    };
    let (bookings, seats) = codes(SeatStatus::Occupied);
    let (holds, _) = codes(SeatStatus::Reserved);
    Ok(CancelPreview { showing, bookings, seats, holds })
}
