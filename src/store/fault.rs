//! Storage faults the cashier can act on: each has its own sentence, `--json` kind and exit code,
//! so a script can tell "try again" from "free some space" from "restore the backup".

use rusqlite::ErrorCode;

/// A fault of the storage itself rather than of the request. A failed write transaction is rolled
/// back whole, so every one of them leaves the database as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageFault {
    /// Another counter held the write lock past the busy timeout (and the retries).
    Busy,
    /// The disk (or the file size limit) is full.
    DiskFull,
    /// The file, its folder or the connection is read-only.
    ReadOnly,
    /// The file or its write-ahead log is missing, damaged or unreadable.
    Damaged,
    /// The file cannot be opened at all (its folder is missing or not ours).
    CannotOpen,
}

impl StorageFault {
    /// The fault behind `error`, if SQLite reported one anywhere in its chain of causes.
    #[must_use]
    pub fn of(error: &anyhow::Error) -> Option<Self> {
        let code = error.chain().filter_map(|cause| cause.downcast_ref::<rusqlite::Error>()).find_map(|e| match e {
            rusqlite::Error::SqliteFailure(code, _) => Some(code.code),
            _ => None,
        })?;
        Some(match code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Self::Busy,
            ErrorCode::DiskFull => Self::DiskFull,
            ErrorCode::ReadOnly => Self::ReadOnly,
            // Every SQLITE_IOERR_* extended code (a short read of a missing -wal, a failed fsync)
            // lands here: the file could not be trusted to hold what SQLite expected.
            ErrorCode::SystemIoFailure | ErrorCode::DatabaseCorrupt => Self::Damaged,
            ErrorCode::CannotOpen => Self::CannotOpen,
            _ => return None,
        })
    }

    /// The exit code of the command-line contract: 5 locked too long, 6 disk full, 7 read-only,
    /// 8 damaged; a file that cannot be opened stays with 1 (anything else).
    #[must_use]
    pub fn exit_code(self) -> u8 {
        match self {
            Self::Busy => 5,
            Self::DiskFull => 6,
            Self::ReadOnly => 7,
            Self::Damaged => 8,
            Self::CannotOpen => 1,
        }
    }

    /// The kind word of `{"error": KIND}`.
    #[must_use]
    pub fn kind(self) -> &'static str {
        match self {
            Self::Busy => "busy",
            Self::DiskFull => "disk_full",
            Self::ReadOnly => "read_only",
            Self::Damaged => "damaged_database",
            Self::CannotOpen => "cannot_open",
        }
    }

    /// One sentence that says what happened, that nothing was changed, and what to do.
    #[must_use]
    pub fn words(self) -> String {
        match self {
            Self::Busy => crate::tr!("fault-busy"),
            Self::DiskFull => crate::tr!("fault-disk-full"),
            Self::ReadOnly => crate::tr!("fault-read-only"),
            Self::Damaged => crate::tr!("fault-damaged"),
            Self::CannotOpen => crate::tr!("fault-cannot-open"),
        }
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::ffi;

    use super::*;

    fn failure(code: i32) -> anyhow::Error {
        anyhow::Error::new(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None)).context("could not commit")
    }

    fn fault(code: i32) -> Option<StorageFault> {
        StorageFault::of(&failure(code))
    }

    #[test]
    fn each_sqlite_fault_has_its_own_exit_code_and_kind() {
        let cases = [
            (ffi::SQLITE_BUSY, 5, "busy"),
            (ffi::SQLITE_LOCKED, 5, "busy"),
            (ffi::SQLITE_FULL, 6, "disk_full"),
            (ffi::SQLITE_READONLY, 7, "read_only"),
            (ffi::SQLITE_READONLY_DIRECTORY, 7, "read_only"),
            (ffi::SQLITE_IOERR_SHORT_READ, 8, "damaged_database"),
            (ffi::SQLITE_IOERR_SHMSIZE, 8, "damaged_database"),
            (ffi::SQLITE_CORRUPT, 8, "damaged_database"),
            (ffi::SQLITE_CANTOPEN, 1, "cannot_open"),
        ];
        for (code, exit, kind) in cases {
            let found = fault(code).unwrap_or_else(|| panic!("SQLite code {code} is a storage fault"));
            assert_eq!((found.exit_code(), found.kind()), (exit, kind), "SQLite code {code}");
        }
        assert_eq!(fault(ffi::SQLITE_CONSTRAINT), None, "a constraint is the engine's business, not the disk's");
        assert_eq!(StorageFault::of(&anyhow::anyhow!("something else")), None);
    }

    #[test]
    fn storage_faults_are_named_in_words_not_codes() {
        let words = |code| fault(code).map(StorageFault::words).unwrap_or_default();
        assert!(words(ffi::SQLITE_FULL).contains("disk is full"));
        assert!(words(ffi::SQLITE_READONLY_DIRECTORY).contains("read-only"));
        assert!(words(4874).contains("-wal"), "SQLITE_IOERR_* extended codes are I/O faults");
        assert!(words(ffi::SQLITE_BUSY).contains("locked"));
        for code in [ffi::SQLITE_FULL, ffi::SQLITE_READONLY, ffi::SQLITE_IOERR, ffi::SQLITE_BUSY, ffi::SQLITE_CORRUPT] {
            assert!(words(code).contains("nothing was changed"), "code {code}");
        }
    }

    #[test]
    fn a_write_on_a_read_only_connection_is_the_read_only_fault() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ro.db");
        rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let ro = rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let error = anyhow::Error::new(ro.execute("INSERT INTO t VALUES (1)", []).unwrap_err());
        assert_eq!(StorageFault::of(&error), Some(StorageFault::ReadOnly));
    }
}
