//! PostgreSQL, the backend for counters on several PCs: connecting, and keeping its schema
//! current with refinery (a kept migration tool; the schema's files are in `postgres/migrations/`).
//!
//! The store's typed queries run here through the seam (`postgres/statements.rs`), on one
//! connection per counter (`postgres/server.rs`). The schema has the same tables, rules and
//! backstops as SQLite's, proven against a real server by `tests/postgres_schema.rs`.

use anyhow::Context as _;
use postgres::Client;

mod tls;
pub use tls::connect;

mod server;
mod statements;

pub use server::Server;
pub use statements::{Cache, Postgres};

mod embedded {
    refinery::embed_migrations!("src/store/postgres/migrations");
}

/// Any number, the same for every counter: migrations take this advisory lock, so two counters
/// starting against a new database do not both build the schema.
const MIGRATION_LOCK: i64 = 0x424F_584F;

/// Whether `--db` names a PostgreSQL server (`postgres://` or `postgresql://`) rather than a
/// SQLite file.
#[must_use]
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// Connects to the server at `url` and brings its schema up to date.
///
/// # Errors
/// When the server cannot be reached or refuses us (the message names the server, never the
/// password), or the schema cannot be brought up to date, or it was written by a newer boxoffice.
pub fn open(url: &str) -> anyhow::Result<Client> {
    let mut client = connect(url)?;
    migrate(&mut client)?;
    Ok(client)
}

/// Applies the migrations this program knows and the database lacks, under an advisory lock.
///
/// # Errors
/// When a migration fails, or the database holds migrations this program does not know (it was
/// written by a newer boxoffice, which this one must not touch).
pub fn migrate(client: &mut Client) -> anyhow::Result<()> {
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK]).context("could not lock the schema")?;
    let outcome = embedded::migrations::runner().set_abort_missing(true).set_abort_divergent(true).run(client);
    let unlocked = client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]);
    outcome.context("could not bring the PostgreSQL schema up to date (is it from a newer boxoffice?)")?;
    unlocked.context("could not unlock the schema")?;
    Ok(())
}

/// The URL with any password replaced, for messages and logs.
#[must_use]
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let (authority, path) = rest.split_once('/').map_or((rest, None), |(a, p)| (a, Some(p)));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _password)) => format!("{name}:***@{host}"),
            None => authority.to_owned(),
        },
        None => authority.to_owned(),
    };
    match path {
        Some(path) => format!("{scheme}://{authority}/{path}"),
        None => format!("{scheme}://{authority}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_selects_postgres_and_a_path_sqlite() {
        assert!(is_url("postgres://till@server/boxoffice"));
        assert!(is_url("postgresql:///boxoffice?host=/run/postgresql"));
        assert!(!is_url("/var/lib/boxoffice/boxoffice.db"));
        assert!(!is_url("postgres.db"));
    }

    #[test]
    fn messages_never_carry_the_password() {
        assert_eq!(without_password("postgres://till:s3cret@10.0.0.5:5432/bo"), "postgres://till:***@10.0.0.5:5432/bo");
        assert_eq!(without_password("postgres://till@server/bo"), "postgres://till@server/bo");
        assert_eq!(without_password("postgresql://a:b@h"), "postgresql://a:***@h");
    }
}
