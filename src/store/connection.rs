//! Opening a database: the one place that sets the pragmas and tells a boxoffice database from
//! any other file.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

use super::migrations;

/// Written into the file header so a boxoffice database is recognised as one: "BOXO".
pub const APPLICATION_ID: i32 = 0x424F_584F;

/// How long a statement waits for another counter's write before giving up. Writes take
/// milliseconds, so this is only reached when something is badly wrong.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether opening may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The database must exist already.
    Existing,
    /// Create the file and its schema if it does not exist yet.
    Create,
}

/// Why a database could not be opened. Each says what to do next.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("no database at {0}; create one with `boxoffice init` (or try `boxoffice demo`)")]
    Missing(PathBuf),
    #[error("{0} is not a boxoffice database; refusing to touch it")]
    Foreign(PathBuf),
    #[error(
        "{path} was written by a newer boxoffice (schema version {found}, this program knows up to {known}); \
         upgrade boxoffice before using this database"
    )]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub fn open_file(path: &Path, mode: OpenMode) -> Result<Connection, OpenError> {
    let exists = path.exists();
    if !exists && mode == OpenMode::Existing {
        return Err(OpenError::Missing(path.to_owned()));
    }
    if !exists {
        create_whole(path)?;
    }
    if path.is_dir() {
        return Err(OpenError::Foreign(path.to_owned()));
    }
    let mut conn =
        Connection::open_with_flags(path, FLAGS).with_context(|| format!("could not open {}", path.display()))?;
    conn.busy_timeout(BUSY_TIMEOUT).context("could not set busy_timeout")?;
    // Identify the file before changing anything in it: switching a foreign file to WAL would
    // already be a change.
    match identify(&conn).map_err(|error| classify(error, path))? {
        Identity::Ours { version } if version > migrations::LATEST_VERSION => {
            return Err(OpenError::TooNew { path: path.to_owned(), found: version, known: migrations::LATEST_VERSION });
        }
        Identity::Ours { .. } => {}
        Identity::Empty if mode == OpenMode::Create => {}
        Identity::Empty => return Err(OpenError::Missing(path.to_owned())),
        Identity::Foreign => return Err(OpenError::Foreign(path.to_owned())),
    }
    set_pragmas(&conn).map_err(|error| classify(error, path))?;
    migrations::migrate(&mut conn).map_err(|error| classify(error, path))?;
    Ok(conn)
}

const FLAGS: OpenFlags =
    OpenFlags::SQLITE_OPEN_READ_WRITE.union(OpenFlags::SQLITE_OPEN_NO_MUTEX).union(OpenFlags::SQLITE_OPEN_URI);

/// Creates a new database whole in a private file beside `path`, then links it into place in one
/// step. Another counter opening `path` meanwhile finds no file or a complete boxoffice database,
/// never one half set up (which it would rightly refuse as foreign, or fail to switch to WAL). If
/// another counter linked its own first, that one stays.
fn create_whole(path: &Path) -> Result<(), OpenError> {
    let name = path.file_name().map_or_else(|| "boxoffice.db".into(), |name| name.to_string_lossy());
    let temp = path.with_file_name(format!(".{name}.{}-{}.new", std::process::id(), fastrand::u32(..)));
    create_private_file(&temp)?;
    let built = (|| -> anyhow::Result<()> {
        let mut conn = Connection::open_with_flags(&temp, FLAGS)
            .with_context(|| format!("could not create {}", temp.display()))?;
        set_pragmas(&conn)?;
        migrations::migrate(&mut conn)?;
        // Closing checkpoints the write-ahead log into the file, so the file alone is the database.
        conn.close().map_err(|(_, error)| error).context("could not finish the new database")
    })();
    let linked = built.and_then(|()| match std::fs::hard_link(&temp, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists || path.exists() => Ok(()),
        // A filesystem without hard links (FAT, some network drives): move it into place instead.
        Err(_) => std::fs::rename(&temp, path).with_context(|| format!("could not create {}", path.display())),
    });
    for suffix in ["", "-wal", "-shm"] {
        let mut leftover = temp.clone().into_os_string();
        leftover.push(suffix);
        let _ = std::fs::remove_file(leftover);
    }
    Ok(linked?)
}

pub fn open_memory() -> anyhow::Result<Connection> {
    let mut conn = Connection::open_in_memory().context("could not open an in-memory database")?;
    set_pragmas(&conn)?;
    migrations::migrate(&mut conn)?;
    Ok(conn)
}

/// Begins a transaction, retrying a few times if another process holds the write lock past the
/// busy timeout, so that `SQLITE_BUSY` does not reach a cashier under a burst of writes.
pub fn begin(conn: &Connection, behavior: TransactionBehavior) -> anyhow::Result<Transaction<'_>> {
    const ATTEMPTS: usize = 3;
    let mut attempt = 1;
    loop {
        // `new_unchecked` takes a shared borrow, which lets a failed attempt be retried; the
        // store never nests transactions, so the check it skips cannot fire.
        match Transaction::new_unchecked(conn, behavior) {
            Ok(tx) => return Ok(tx),
            Err(error) if is_busy(&error) && attempt < ATTEMPTS => {
                tracing::warn!(attempt, "database busy at BEGIN; retrying");
                attempt += 1;
            }
            // The last busy answer too: `StorageFault` names it for the cashier.
            Err(error) => return Err(anyhow::Error::new(error).context("could not begin a transaction")),
        }
    }
}

fn is_busy(error: &rusqlite::Error) -> bool {
    error.sqlite_error_code() == Some(ErrorCode::DatabaseBusy)
        || error.sqlite_error_code() == Some(ErrorCode::DatabaseLocked)
}

/// Creates the database file readable and writable by its owner only: it holds the day's takings.
fn create_private_file(path: &Path) -> Result<(), OpenError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("could not create the folder {}", parent.display()))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another counter created it a moment ago: that is fine.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(anyhow::Error::new(error).context(format!("could not create {}", path.display())).into()),
    }
}

enum Identity {
    Ours { version: i64 },
    Empty,
    Foreign,
}

fn identify(conn: &Connection) -> rusqlite::Result<Identity> {
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
    Ok(match (application_id, version, objects) {
        (APPLICATION_ID, version, _) => Identity::Ours { version },
        (0, 0, 0) => Identity::Empty,
        _ => Identity::Foreign,
    })
}

/// Turns SQLite's answer on a file that is not a database into the plain message.
fn classify(error: impl Into<anyhow::Error>, path: &Path) -> OpenError {
    let error = error.into();
    let not_a_database = error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<rusqlite::Error>())
        .any(|e| matches!(e.sqlite_error_code(), Some(ErrorCode::NotADatabase)));
    if not_a_database { OpenError::Foreign(path.to_owned()) } else { OpenError::Other(error) }
}

fn set_pragmas(conn: &Connection) -> anyhow::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT).context("could not set busy_timeout")?;
    // WAL lets the screens of other counters read while one writes; FULL makes a confirmed sale
    // survive a power cut.
    let mode: String =
        conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)).context("could not switch to WAL")?;
    if mode != "wal" && mode != "memory" {
        anyhow::bail!("the database cannot use WAL mode (journal_mode is {mode}); is it on a network drive?");
    }
    conn.pragma_update(None, "synchronous", "FULL").context("could not set synchronous")?;
    conn.pragma_update(None, "foreign_keys", "ON").context("could not enable foreign keys")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}
