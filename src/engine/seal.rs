//! Seals: the head of the event chain (event id and hash) printed on the shift and day reports.
//! Anyone who edits a row can recompute every later hash, and a database can be rolled back to an
//! earlier copy; neither can change the paper. `verify --seal ID:HASH` checks that the log still
//! holds exactly that event with exactly that hash.

use std::fmt;

use super::{Engine, EngineError};
use crate::store::Tx;

/// The chain's head at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    /// The last event's id.
    pub event: i64,
    /// Its hash, in hex.
    pub hash: String,
}

impl fmt::Display for Seal {
    /// `ID:HASH`, the form `verify --seal` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.event, self.hash)
    }
}

impl Seal {
    /// Reads `ID:HASH` as printed on a report.
    ///
    /// # Errors
    /// Bad input for anything else, showing the expected form.
    pub fn parse(text: &str) -> Result<Self, EngineError> {
        let bad = || EngineError::BadInput(crate::tr!("seal-bad"));
        let (event, hash) = text.trim().split_once(':').ok_or_else(bad)?;
        let event = event.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(bad)?;
        let hash = hash.trim().to_ascii_lowercase();
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        Ok(Self { event, hash })
    }

    /// The head of the chain as this transaction sees it.
    pub(super) fn current(tx: &Tx<'_>) -> Result<Option<Self>, EngineError> {
        Ok(tx.chain_head()?.map(|(event, hash)| Self { event, hash }))
    }
}

impl Engine {
    /// The seal of the log as it stands now (`None` before any event).
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn seal(&mut self) -> Result<Option<Seal>, EngineError> {
        self.store.read(Seal::current)
    }

    /// Whether the log still holds the sealed event with the sealed hash: `None` when it does,
    /// else what is wrong, in words.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn check_seal(&mut self, seal: &Seal) -> Result<Option<String>, EngineError> {
        let stored = self.store.read(|tx| Ok::<_, EngineError>(tx.event_hash(seal.event)?))?;
        Ok(match stored {
            None => Some(format!(
                "the sealed event {} is not in the log: the database was rolled back or the log cut short",
                seal.event
            )),
            Some(hash) if hash != seal.hash => Some(format!(
                "event {} has hash {} but the seal says {}: the history up to it was rewritten",
                seal.event, hash, seal.hash
            )),
            Some(_) => None,
        })
    }
}
