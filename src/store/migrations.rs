//! The schema's history. Migrations only ever append: a released one is never edited, so every
//! database, however old, reaches the same schema by the same steps.

use anyhow::Context as _;
use rusqlite::Connection;
use rusqlite_migration::{HookResult, M, Migrations};

use super::connection::APPLICATION_ID;

fn steps() -> Vec<M<'static>> {
    vec![
        M::up(include_str!("migrations/001_initial.sql")),
        M::up_with_hook(include_str!("migrations/002_staff_shifts_audit.sql"), chain_existing_events),
        M::up(include_str!("migrations/003_trust.sql")),
        M::up(include_str!("migrations/004_tickets_door.sql")),
    ]
}

/// How many migrations there are; [`steps`] must have exactly this many.
const STEP_COUNT: usize = 4;

/// The schema version this program writes (`PRAGMA user_version`).
#[expect(clippy::cast_possible_wrap, reason = "a handful of migrations")]
pub const LATEST_VERSION: i64 = STEP_COUNT as i64;

/// Brings the schema up to [`LATEST_VERSION`] and marks the file as boxoffice's.
pub fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let version = || -> anyhow::Result<i64> {
        conn.query_row("PRAGMA user_version", [], |row| row.get(0)).context("could not read the schema version")
    };
    if version()? == LATEST_VERSION {
        return Ok(());
    }
    // Claim the file before building the schema: a counter opening it meanwhile must see a
    // boxoffice database being set up, never tables without the mark of a foreign file.
    conn.pragma_update(None, "application_id", APPLICATION_ID).context("could not mark the database as boxoffice's")?;
    // Migrations run IMMEDIATE so two counters starting on a new file do not both migrate.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    let outcome = Migrations::new(steps()).to_latest(conn);
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Deferred);
    if let Err(error) = outcome {
        // The other counter may have migrated between our look and our lock; then all is well.
        let now_at: i64 =
            conn.query_row("PRAGMA user_version", [], |row| row.get(0)).context("could not read the schema version")?;
        if now_at != LATEST_VERSION {
            return Err(anyhow::Error::new(error).context("could not bring the database schema up to date"));
        }
    }
    Ok(())
}

/// Version 2's hook: hashes the events written before the chain existed, then puts the
/// append-only triggers back.
fn chain_existing_events(tx: &rusqlite::Transaction<'_>) -> HookResult {
    super::events::rechain_all(tx).map_err(|error| rusqlite_migration::HookError::Hook(format!("{error:#}")))?;
    tx.execute_batch(APPEND_ONLY_TRIGGERS)?;
    Ok(())
}

/// The triggers that keep the event log append-only (created again by version 2's hook).
const APPEND_ONLY_TRIGGERS: &str = "
CREATE TRIGGER event_refuses_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
CREATE TRIGGER event_refuses_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migrations_are_well_formed() {
        assert_eq!(steps().len(), STEP_COUNT);
        assert!(Migrations::new(steps()).validate().is_ok());
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().expect("memory");
        migrate(&mut conn).expect("first");
        let schema = |conn: &Connection| -> String {
            conn.query_row(
                "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name)",
                [],
                |row| row.get(0),
            )
            .expect("schema")
        };
        let before = schema(&conn);
        migrate(&mut conn).expect("second");
        assert_eq!(schema(&conn), before);
        let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).expect("version");
        assert_eq!(version, LATEST_VERSION);
    }
}
