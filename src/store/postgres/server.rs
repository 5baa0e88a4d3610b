//! One counter's connection to the PostgreSQL server: transactions for the store, the
//! `LISTEN`/`NOTIFY` change signal, and reconnecting by itself after the server was lost.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use postgres::{Client, IsolationLevel};

use super::statements::{Cache, Postgres, typed};
use crate::store::connection::{OpenError, OpenMode};
use crate::store::sql::{Failure, Params, Sql as _, params};
use crate::store::{Retry, Tx};

/// Every write takes this transaction-level advisory lock first (any number, the same for every
/// counter, other than the migrations' one): writers then follow one another exactly as
/// SQLite's `BEGIN IMMEDIATE` makes them, so the event chain never forks.
const WRITE_LOCK: i64 = 0x424F_5857;

/// How long a look for notifications may wait for the socket: short next to the screen's 25 ms
/// poll, long enough for the connection to read what the server already sent.
const LISTEN_WAIT: std::time::Duration = std::time::Duration::from_millis(1);

/// The channel every write notifies at its commit and every counter listens on.
const CHANNEL: &str = "boxoffice";

/// A connection unused this long is checked (one round trip) before it is trusted with a
/// transaction: a server that restarted meanwhile closed it without this side noticing, and the
/// cashier's next sale would fail once for nothing. Back-to-back work (a script, the watcher's
/// polls) never pays for the check.
const IDLE_CHECK: Duration = Duration::from_secs(1);

/// How long that check may take before the server counts as gone.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

/// A connection to the server, with what it needs to come back after losing it.
pub struct Server {
    url: String,
    client: Option<Client>,
    /// When the connection last did something, to know when to check it first.
    last_used: Instant,
    cache: RefCell<Cache>,
    /// This connection's server process, to tell its own notifications from other counters'.
    pid: i32,
}

impl Server {
    /// Connects, brings the schema up to date (creating it in [`OpenMode::Create`]) and listens
    /// for other counters' changes.
    ///
    /// # Errors
    /// The server is unreachable or refuses us, or the database holds no boxoffice schema and
    /// `mode` may not create one, or the schema is from a newer boxoffice.
    pub fn open(url: &str, mode: OpenMode) -> Result<Self, OpenError> {
        let mut client = super::connect(url)?;
        let has_schema: bool = client
            .query_one("SELECT to_regclass('public.venue') IS NOT NULL", &[])
            .context("could not look at the database")?
            .get(0);
        if !has_schema && mode == OpenMode::Existing {
            return Err(OpenError::Missing(super::without_password(url).into()));
        }
        super::migrate(&mut client)?;
        let mut server =
            Self { url: url.to_owned(), client: None, last_used: Instant::now(), cache: RefCell::default(), pid: 0 };
        server.attach(client)?;
        Ok(server)
    }

    /// The server's URL without its password.
    pub fn location(&self) -> String {
        super::without_password(&self.url)
    }

    fn attach(&mut self, mut client: Client) -> anyhow::Result<()> {
        client.batch_execute(&format!("LISTEN {CHANNEL}")).context("could not listen for changes")?;
        self.pid = client.query_one("SELECT pg_backend_pid()", &[]).context("could not ask the server")?.get(0);
        self.cache.borrow_mut().clear();
        self.client = Some(client);
        Ok(())
    }

    /// The connection, reconnected first if it was lost.
    fn client(&mut self) -> anyhow::Result<&mut Client> {
        if self.last_used.elapsed() > IDLE_CHECK
            && let Some(client) = &mut self.client
            && client.is_valid(CHECK_TIMEOUT).is_err()
        {
            tracing::info!(server = %self.location(), "the idle connection was lost; reconnecting");
            self.client = None;
        }
        self.last_used = Instant::now();
        if self.client.as_ref().is_none_or(Client::is_closed) {
            self.client = None;
            let client = super::connect(&self.url).map_err(|error| error.context(Failure::Lost))?;
            self.attach(client)?;
            tracing::info!(server = %self.location(), "reconnected to the database server");
        }
        self.client.as_mut().context(Failure::Lost)
    }

    /// One write attempt: the advisory lock, `work`, a `NOTIFY` delivered at the commit.
    pub(in crate::store) fn write<T, E: Retry>(
        &mut self,
        work: &mut impl FnMut(&Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let outcome = self.write_once(work);
        self.forget_if_lost(&outcome);
        outcome
    }

    /// A connection that failed as lost is not used again: the next call connects afresh
    /// instead of failing once more on a socket the server closed.
    fn forget_if_lost<T, E: Retry>(&mut self, outcome: &Result<T, E>) {
        if let Err(error) = outcome
            && error.failure() == Some(Failure::Lost)
        {
            self.client = None;
        }
    }

    fn write_once<T, E: Retry>(&mut self, work: &mut impl FnMut(&Tx<'_>) -> Result<T, E>) -> Result<T, E> {
        self.client()?;
        let cache = &self.cache;
        let client = self.client.as_mut().context(Failure::Lost)?;
        let tx = client.transaction().map_err(typed).context("could not begin a transaction")?;
        let tx = Postgres::new(tx, cache);
        tx.execute("SELECT pg_advisory_xact_lock(?1)", params![WRITE_LOCK]).context("could not lock for writing")?;
        let value = work(&Tx { sql: &tx })?;
        tx.execute(&format!("NOTIFY {CHANNEL}"), Params::NONE).context("could not signal the change")?;
        tx.commit()?;
        Ok(value)
    }

    /// One read in a snapshot: every statement of `work` sees the same moment.
    pub(in crate::store) fn read<T, E: Retry>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E> {
        let outcome = self.read_once(work);
        self.forget_if_lost(&outcome);
        outcome
    }

    fn read_once<T, E: Retry>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T, E>) -> Result<T, E> {
        self.client()?;
        let cache = &self.cache;
        let client = self.client.as_mut().context(Failure::Lost)?;
        let tx = client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(typed)
            .context("could not begin a read")?;
        let tx = Postgres::new(tx, cache);
        let value = work(&Tx { sql: &tx })?;
        // Ending a read-only transaction cannot lose anything; a failure here is not the caller's.
        drop(tx.commit());
        Ok(value)
    }

    /// Whether another counter's write was notified since the last look, waiting at most
    /// [`LISTEN_WAIT`].
    pub(in crate::store) fn changed_elsewhere(&mut self) -> anyhow::Result<bool> {
        let outcome = self.look_for_changes();
        self.forget_if_lost(&outcome);
        outcome
    }

    fn look_for_changes(&mut self) -> anyhow::Result<bool> {
        let pid = self.pid;
        let fresh = self.client.as_ref().is_none_or(Client::is_closed);
        let client = self.client()?;
        let mut changed = fresh;
        let mut notifications = client.notifications();
        // Not `iter()`: it only looks at what the connection already read, and nothing reads the
        // socket between statements, so a notification would wait for the next query (the
        // tick's, a second later). Waiting a millisecond lets the connection read what arrived.
        let mut pending = notifications.timeout_iter(LISTEN_WAIT);
        while let Some(notification) =
            postgres::fallible_iterator::FallibleIterator::next(&mut pending).map_err(typed)?
        {
            changed |= notification.process_id() != pid;
        }
        Ok(changed)
    }
}
