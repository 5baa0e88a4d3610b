//! Staff members: names, roles, PIN hashes and the failed-PIN lockout.

use super::sql::{Params, Row, params};
use anyhow::Context as _;
use chrono::{DateTime, Utc};

use super::Tx;
use super::rows::to_ts;
use crate::domain::Role;

/// A staff member as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRow {
    pub name: String,
    pub role: Role,
    pub pin_hash: String,
    pub active: bool,
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

const STAFF_COLUMNS: &str = "name, role, pin_hash, active, failed_attempts, locked_until, created_at FROM staff";

fn staff_row(row: &Row) -> anyhow::Result<StaffRow> {
    Ok(StaffRow {
        name: row.get(0)?,
        role: row.word(1)?,
        pin_hash: row.get(2)?,
        active: row.get(3)?,
        failed_attempts: row.get(4)?,
        locked_until: row.optional_time(5)?,
        created_at: row.time(6)?,
    })
}

/// A short fingerprint of a stored PIN hash, recorded in the log when the PIN is set: `verify`
/// then notices a hash copied or swapped with a raw SQLite client. It reveals nothing of the PIN
/// (it is a hash of a salted hash).
#[must_use]
pub fn pin_fingerprint(pin_hash: &str) -> String {
    use sha2::{Digest as _, Sha256};
    Sha256::digest(pin_hash.as_bytes()).iter().take(12).map(|byte| format!("{byte:02x}")).collect()
}

impl Tx<'_> {
    /// Staff members whose PIN hash is not the one the log recorded when they were added.
    pub fn staff_pins_unlike_the_log(&self) -> anyhow::Result<Vec<String>> {
        // The JSON is read here rather than in SQL, so one query serves both backends.
        let rows: Vec<(String, String, String)> = self
            .sql
            .rows(
                "SELECT s.name, s.pin_hash, e.data FROM staff s JOIN event e ON e.kind = 'staff_added' ORDER BY s.name, e.id",
                Params::NONE,
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .context("could not compare the PINs with the log")?
            .into_iter()
            .filter_map(|(name, hash, data): (String, String, String)| {
                let data: serde_json::Value = serde_json::from_str(&data).ok()?;
                let added = data.get("name")?.as_str()?;
                let pin = data.get("pin")?.as_str()?;
                added.eq_ignore_ascii_case(&name).then(|| (name, hash, pin.to_owned()))
            })
            .collect();
        Ok(rows
            .into_iter()
            .filter(|(_, hash, recorded)| pin_fingerprint(hash) != *recorded)
            .map(|(name, _, _)| format!("staff {name} has a PIN hash the log never recorded for them"))
            .collect())
    }

    /// How many staff members exist (disabled ones included): none means a single-user counter.
    pub fn staff_count(&self) -> anyhow::Result<i64> {
        self.sql.one("SELECT count(*) FROM staff", Params::NONE, |row| row.get(0)).context("could not count staff")
    }

    /// How many active managers there are.
    pub fn active_manager_count(&self) -> anyhow::Result<i64> {
        self.sql
            .one("SELECT count(*) FROM staff WHERE role = 'manager' AND active = 1", Params::NONE, |row| row.get(0))
            .context("could not count managers")
    }

    /// A staff member by name (case-insensitive).
    pub fn staff_by_name(&self, name: &str) -> anyhow::Result<Option<StaffRow>> {
        self.sql
            .maybe(&format!("SELECT {STAFF_COLUMNS} WHERE lower(name) = lower(?1)"), params![name], staff_row)
            .context("could not look up the staff member")
    }

    /// Every staff member, by name.
    pub fn staff_list(&self) -> anyhow::Result<Vec<StaffRow>> {
        self.sql
            .rows(&format!("SELECT {STAFF_COLUMNS} ORDER BY name"), Params::NONE, staff_row)
            .context("could not list the staff")
    }

    /// Adds a staff member with an already hashed PIN.
    pub fn insert_staff(&self, name: &str, role: Role, pin_hash: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        self.sql
            .execute(
                "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![name, role.as_str(), pin_hash, to_ts(now)],
            )
            .context("could not add the staff member")?;
        Ok(())
    }

    /// Enables or disables a staff member.
    pub fn set_staff_active(&self, name: &str, active: bool) -> anyhow::Result<()> {
        self.sql
            .execute("UPDATE staff SET active = ?2 WHERE lower(name) = lower(?1)", params![name, active])
            .context("could not update the staff member")?;
        Ok(())
    }

    /// Sets the count of PIN attempts not yet answered right, ending any lock that ran out.
    pub fn set_failed_pins(&self, name: &str, count: u32) -> anyhow::Result<()> {
        self.sql
            .execute(
                "UPDATE staff SET failed_attempts = ?2, locked_until = NULL WHERE lower(name) = lower(?1)",
                params![name, count],
            )
            .context("could not count the PIN attempt")?;
        Ok(())
    }

    /// Locks a name until `until` and starts its count again.
    pub fn lock_staff(&self, name: &str, until: DateTime<Utc>) -> anyhow::Result<()> {
        self.sql
            .execute(
                "UPDATE staff SET failed_attempts = 0, locked_until = ?2 WHERE lower(name) = lower(?1)",
                params![name, to_ts(until)],
            )
            .context("could not lock the staff member")?;
        Ok(())
    }

    /// Clears the failed-PIN count after a right PIN.
    pub fn clear_failed_pins(&self, name: &str) -> anyhow::Result<()> {
        self.sql.execute("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE lower(name) = lower(?1) AND (failed_attempts > 0 OR locked_until IS NOT NULL)", params![name])
            .context("could not clear the failed PINs")?;
        Ok(())
    }
}
