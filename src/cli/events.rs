//! `boxoffice events`: the event feed as JSON lines, optionally followed live.

use std::io::Write as _;
use std::time::Duration;

use serde_json::json;

use crate::domain::EventId;
use crate::domain::records::EventRecord;
use crate::engine::{Engine, EngineError};

/// How often `--follow` looks for new events.
const FOLLOW_POLL: Duration = Duration::from_millis(500);
/// Events read per query.
const PAGE: usize = 1_000;

pub fn feed(engine: &mut Engine, since: i64, follow: bool, limit: Option<usize>) -> Result<(), EngineError> {
    if since < 0 {
        return Err(EngineError::BadInput("--since takes an event id, 0 or more".to_owned()));
    }
    let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
    let mut after = EventId(since);
    let mut remaining = if follow { usize::MAX } else { limit.unwrap_or(usize::MAX) };
    // The first question answers yes; asked now, the waiting below starts from this moment.
    engine.changed_elsewhere()?;
    loop {
        let page = engine.events(after, PAGE.min(remaining))?;
        let mut stdout = std::io::stdout().lock();
        for event in &page {
            if writeln!(stdout, "{}", line(event, zone)).is_err() {
                return Ok(()); // the reader went away (e.g. `| head`): nothing more to do
            }
            after = event.id;
        }
        let _ = stdout.flush();
        remaining = remaining.saturating_sub(page.len());
        if remaining == 0 || (page.len() < PAGE && !follow) {
            return Ok(());
        }
        if page.len() < PAGE {
            // Wait for another process to write before querying again.
            loop {
                std::thread::sleep(FOLLOW_POLL);
                if engine.changed_elsewhere()? {
                    break;
                }
            }
        }
    }
}

fn line(event: &EventRecord, zone: chrono_tz::Tz) -> serde_json::Value {
    json!({
        "id": event.id.0,
        "at": super::output::time(zone, event.at),
        "kind": event.kind.as_str(),
        "showing": event.showing.map(|s| s.0),
        "booking": event.booking,
        "staff": event.staff,
        "counter": event.counter,
        "approver": event.approver,
        "data": event.data,
        "hash": event.hash,
    })
}
