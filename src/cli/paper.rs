//! Paper and the door on the command line: `print`, `admit`, and printing after `sell` and
//! `refund` when the counter has a printer.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::output::{Output, time};
use crate::domain::{SeatLabel, ShowingId};
use crate::engine::{Engine, EngineError, Print};
use crate::i18n::errors::Localized as _;
use crate::printer::{self, Target};
use crate::tr;

/// `boxoffice print CODE [--seats A1,A2]`: the tickets (and, for the whole booking, the
/// receipt) again, each marked REPRINT with its count.
pub fn print(
    engine: &mut Engine,
    printer: Option<&Target>,
    code: &str,
    seats: Option<&str>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let target = printer.ok_or_else(|| EngineError::BadInput(tr!("cli-no-printer")))?;
    let seats = seats
        .map(|text| SeatLabel::parse_list([text]))
        .transpose()
        .map_err(|error| EngineError::BadInput(error.localized()))?;
    let receipt = seats.is_none();
    let job = engine.print(code, &Print::Sale { seats, receipt }, now)?;
    send(target, &job, None)
        .map_err(|error| EngineError::Failed(anyhow::anyhow!(tr!("cli-print-failed", error = error.as_str()))))?;
    let seats: Vec<String> = job.tickets.iter().map(|t| t.seat.to_string()).collect();
    let copies: Vec<u32> = job.tickets.iter().map(|t| t.copy).collect();
    out.answer(&json!({ "booking": job.detail.booking.code, "printed": seats, "copies": copies, "printer": target.to_string() }), || {
        tr!(
            "cli-printed",
            count = seats.len(),
            booking = job.detail.booking.code.as_str(),
            printer = target.to_string(),
            seats = seats.join(", "),
        )
    });
    Ok(())
}

/// After a sale or a refund made on the command line: prints, when a printer is set, and says
/// so on stderr if it failed. The sale or refund stands either way.
pub fn after_change(
    engine: &mut Engine,
    printer: Option<&Target>,
    code: &str,
    what: &Print,
    now: DateTime<Utc>,
    out: &Output,
) {
    let Some(target) = printer else { return };
    let outcome = engine.print(code, what, now).map_err(|e| e.to_string()).and_then(|job| send(target, &job, None));
    if let Err(error) = outcome {
        let message = tr!("cli-not-printed", error = error.as_str(), code = code);
        if out.json {
            eprintln!("{}", json!({ "warning": "not_printed", "message": message }));
        } else {
            eprintln!("boxoffice: {message}");
        }
    }
}

/// Lays out and sends one print run.
pub fn send(target: &Target, job: &crate::engine::PrintJob, tendered: Option<i64>) -> Result<(), String> {
    let bytes = printer::layout::bytes(job, tendered).map_err(|e| e.to_string())?;
    printer::send(target, bytes, printer::TIMEOUT).map_err(|e| e.to_string())
}

/// `boxoffice admit TEXT`: exit 0 and where to go, or the contract's refusal.
pub fn admit(
    engine: &mut Engine,
    scanned: &str,
    showing: Option<i64>,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let admission = engine.admit(scanned, showing.map(ShowingId), now)?;
    let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
    out.answer(
        &json!({
            "admitted": true,
            "booking": admission.booking,
            "seat": admission.seat.to_string(),
            "showing": admission.showing.0,
            "film": admission.film,
            "auditorium": admission.auditorium,
            "starts_at": time(zone, admission.starts_at),
            "admitted_count": admission.admitted,
        }),
        || {
            tr!(
                "cli-admit",
                film = admission.film.as_str(),
                auditorium = admission.auditorium.as_str(),
                seat = admission.seat.to_string(),
                admitted = admission.admitted,
            )
        },
    );
    Ok(())
}
