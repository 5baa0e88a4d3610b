//! `boxoffice copy SOURCE DEST`: a whole database into an empty one, across backends.

use super::{Conflict, Engine, EngineError};
use crate::store::{CopyCounts, CopyRefused};

impl Engine {
    /// Copies everything this database holds (venue, history, staff, shifts, events with their
    /// hashes) into `destination`, which must be empty. One read of this database and one write
    /// of the destination: the copy is one moment of the source, and lands whole or not at all.
    ///
    /// # Errors
    /// [`Conflict::WrongState`] when the destination holds a theater already;
    /// [`EngineError::BadDatabase`] when the two schemas differ; a storage failure otherwise.
    pub fn copy_into(&mut self, destination: &mut Engine) -> Result<CopyCounts, EngineError> {
        let copied = self.store.read(|from| destination.store.write(|to| from.copy_into(to)));
        copied.map_err(|error: anyhow::Error| match error.downcast_ref::<CopyRefused>() {
            Some(refused @ CopyRefused::NotEmpty(_)) => {
                EngineError::conflict(Conflict::WrongState, refused.to_string())
            }
            Some(refused @ CopyRefused::SchemaDiffers { .. }) => EngineError::BadDatabase(refused.to_string()),
            None => EngineError::Failed(error),
        })
    }
}
