//! `copy SOURCE DEST`: moving a theater's whole database to another backend or machine.

use std::path::Path;

use serde_json::json;

use super::Context;
use super::output::Output;
use crate::engine::{Engine, EngineError};

/// The tables a person recognises in the summary line, with the word for their rows.
const SUMMARY: &[(&str, &str)] =
    &[("showing", "showings"), ("booking", "bookings"), ("staff", "staff"), ("shift", "shifts"), ("event", "events")];

/// Copies SOURCE into DEST, which must be empty; a SQLite file DEST is created if missing, and
/// removed again if the copy fails, so a failed copy leaves nothing behind to mistake for one.
pub fn copy(ctx: &Context, source: &Path, destination: &Path, out: &Output) -> Result<(), EngineError> {
    let mut from = Engine::open(source, ctx.actor.clone())?;
    let new_file = !destination.exists();
    let copied = Engine::create(destination, ctx.actor.clone()).and_then(|mut to| {
        let counts = from.copy_into(&mut to)?;
        Ok((counts, to.database_location()))
    });
    let (counts, shown_destination) = match copied {
        Ok(done) => done,
        Err(error) => {
            if new_file && destination.exists() {
                remove_sqlite_file(destination);
            }
            return Err(error);
        }
    };
    let value = json!({
        "source": from.database_location(),
        "destination": shown_destination,
        "tables": counts.tables.iter().map(|(table, rows)| (table.to_string(), json!(rows))).collect::<serde_json::Map<_, _>>(),
    });
    out.answer(&value, || {
        let figures: Vec<String> =
            SUMMARY.iter().map(|(table, word)| format!("{} {word}", counts.of(table))).collect();
        format!(
            "copied {} into {shown_destination}: {}, hashes unchanged; check it with: boxoffice --db {shown_destination} verify",
            from.database_location(),
            figures.join(", ")
        )
    });
    Ok(())
}

/// Removes a SQLite file this command created, with its write-ahead log and index.
fn remove_sqlite_file(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
}
