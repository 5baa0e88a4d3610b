//! Staff, signing in, and who may do what.
//!
//! With no staff defined, boxoffice is a single-user counter and nobody signs in. Once staff
//! exist, every change needs a signed-in staff member, and some need a manager's authority: the
//! manager's own, or a manager's approval entered on the spot. Nobody approves themself.

use crate::domain::EventKind;
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::{Engine, EngineError, messages};
use crate::domain::Role;
use crate::store::{NewEvent, StaffRow, Tx};

/// Wrong PINs in a row before a name is locked.
pub const MAX_FAILED_PINS: u32 = 5;
/// How long a name stays locked.
pub const LOCKOUT_SECONDS: i64 = 60;

/// A staff member whose PIN was checked in this session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    name: String,
    role: Role,
}

impl SignedIn {
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    #[must_use]
    pub fn role(&self) -> Role {
        self.role
    }
}

/// A manager's approval, checked by PIN, for one action: passed to it with
/// [`Engine::with_approval`] and spent there.
#[derive(Debug, PartialEq, Eq)]
pub struct Approval {
    name: String,
}

/// A staff member as `staff list` shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffInfo {
    pub name: String,
    pub role: Role,
    pub active: bool,
    pub locked_until: Option<DateTime<Utc>>,
}

/// What an action needs beyond being signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Needs {
    /// Any signed-in staff member.
    Staff,
    /// A manager's authority; the words say what for, in the refusal.
    Manager(&'static str),
}

/// Who the transaction acts for, captured before it starts.
#[derive(Debug, Default)]
pub(super) struct Authority {
    signed_in: Option<SignedIn>,
    approval: Option<Approval>,
}

impl Authority {
    /// Checks the rights inside the transaction (staff may have changed since sign-in) and
    /// returns the approver's name where an approval was used.
    pub(super) fn check(&self, tx: &Tx<'_>, needs: Needs) -> Result<Option<String>, EngineError> {
        if tx.staff_count()? == 0 {
            return Ok(None);
        }
        let Some(me) = &self.signed_in else {
            return Err(EngineError::Unauthorized(messages::sign_in_first()));
        };
        match tx.staff_by_name(&me.name)? {
            Some(row) if row.active => {}
            _ => return Err(EngineError::Unauthorized(messages::no_longer_active(&me.name))),
        }
        let Needs::Manager(what) = needs else { return Ok(None) };
        if let Some(approval) = &self.approval {
            if approval.name.eq_ignore_ascii_case(&me.name) {
                return Err(EngineError::Unauthorized(messages::own_approval(what)));
            }
            return match tx.staff_by_name(&approval.name)? {
                Some(row) if row.active && row.role == Role::Manager => Ok(Some(row.name)),
                _ => Err(EngineError::Unauthorized(messages::cannot_approve(&approval.name))),
            };
        }
        if me.role == Role::Manager {
            return Ok(None);
        }
        Err(EngineError::Unauthorized(messages::needs_manager(what)))
    }
}

impl Engine {
    /// Whether staff are set up (then every change needs a signed-in staff member).
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn staff_required(&mut self) -> Result<bool, EngineError> {
        self.store.read(|tx| Ok(tx.staff_count()? > 0))
    }

    /// Who is signed in, if anyone.
    #[must_use]
    pub fn signed_in(&self) -> Option<&SignedIn> {
        self.signed_in.as_ref()
    }

    /// The authority the next transaction acts with; a pending approval is used up by it.
    pub(super) fn take_authority(&mut self) -> Authority {
        Authority { signed_in: self.signed_in.clone(), approval: self.approval.take() }
    }

    /// Signs a staff member in by name and PIN. Five wrong PINs in a row lock the name for
    /// 60 seconds.
    ///
    /// # Errors
    /// Unauthorized for an unknown or disabled name, a wrong PIN, or a locked name.
    pub fn sign_in(&mut self, name: &str, pin: &str, now: DateTime<Utc>) -> Result<SignedIn, EngineError> {
        let row = self.check_pin(name, pin, now)?;
        let signed_in = SignedIn { name: row.name.clone(), role: row.role };
        self.actor.staff = Some(row.name);
        self.signed_in = Some(signed_in.clone());
        Ok(signed_in)
    }

    /// Forgets who was signed in (the screen's sign-out).
    pub fn sign_out(&mut self) {
        self.signed_in = None;
        self.approval = None;
        self.actor.staff = None;
    }

    /// A manager's approval, checked by name and PIN, to pass to the one action it approves with
    /// [`Engine::with_approval`]. Asking for it leaves nothing behind on the engine.
    ///
    /// # Errors
    /// Unauthorized for a wrong PIN, a locked name, someone who is not a manager, or the
    /// signed-in staff member approving themself.
    pub fn approve(&mut self, name: &str, pin: &str, now: DateTime<Utc>) -> Result<Approval, EngineError> {
        if self.signed_in.as_ref().is_some_and(|me| me.name.eq_ignore_ascii_case(name.trim())) {
            return Err(EngineError::Unauthorized(messages::own_action()));
        }
        let row = self.check_pin(name, pin, now)?;
        if row.role != Role::Manager {
            return Err(EngineError::Unauthorized(messages::cashier_cannot_approve(&row.name)));
        }
        Ok(Approval { name: row.name })
    }

    /// Runs `action` with `approval`: the manager's authority reaches the change `action` makes
    /// and no other, whatever the outcome.
    pub fn with_approval<T>(&mut self, approval: Approval, action: impl FnOnce(&mut Self) -> T) -> T {
        self.approval = Some(approval);
        let outcome = action(self);
        self.approval = None;
        outcome
    }

    /// Every staff member.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn staff(&mut self) -> Result<Vec<StaffInfo>, EngineError> {
        self.store.read(|tx| {
            Ok(tx
                .staff_list()?
                .into_iter()
                .map(|row| StaffInfo {
                    name: row.name,
                    role: row.role,
                    active: row.active,
                    locked_until: row.locked_until,
                })
                .collect())
        })
    }

    /// Adds a staff member. The first one must be a manager (someone has to approve); after
    /// that, adding staff needs a manager's authority.
    ///
    /// # Errors
    /// Bad input for a bad name or PIN, a name taken, or a first member who is not a manager;
    /// Unauthorized without a manager's authority.
    pub fn add_staff(&mut self, name: &str, role: Role, pin: &str, now: DateTime<Utc>) -> Result<(), EngineError> {
        let name = check_name(name)?;
        check_pin_shape(pin)?;
        let pin_hash = Argon2::default()
            .hash_password(pin.as_bytes())
            .map_err(|e| EngineError::Failed(anyhow::anyhow!("could not hash the PIN: {e}")))?
            .to_string();
        let authority = self.take_authority();
        let actor = self.actor.clone();
        self.store.write(|tx| {
            let approver = if tx.staff_count()? == 0 {
                if role != Role::Manager {
                    return Err(EngineError::BadInput(messages::first_must_be_manager()));
                }
                None
            } else {
                authority.check(tx, Needs::Manager(messages::ADDING_STAFF))?
            };
            if tx.staff_by_name(&name)?.is_some() {
                return Err(EngineError::BadInput(messages::staff_name_taken(&name)));
            }
            tx.insert_staff(&name, role, &pin_hash, now)?;
            tx.append_event(&NewEvent {
                approver: approver.as_deref(),
                ..actor.event(
                    now,
                    EventKind::StaffAdded,
                    None,
                    None,
                    json!({ "name": name, "role": role.as_str(), "pin": crate::store::pin_fingerprint(&pin_hash) }),
                )
            })?;
            Ok(())
        })
    }

    /// Disables a staff member: they can no longer sign in. Their history stays.
    ///
    /// # Errors
    /// Not found for an unknown name; bad input for the last active manager; Unauthorized
    /// without a manager's authority.
    pub fn disable_staff(&mut self, name: &str, now: DateTime<Utc>) -> Result<(), EngineError> {
        let authority = self.take_authority();
        let actor = self.actor.clone();
        self.store.write(|tx| {
            let approver = authority.check(tx, Needs::Manager(messages::DISABLING_STAFF))?;
            let row = tx
                .staff_by_name(name.trim())?
                .ok_or_else(|| EngineError::NotFound(messages::no_staff_named(name.trim())))?;
            if !row.active {
                return Ok(());
            }
            if row.role == Role::Manager && tx.active_manager_count()? <= 1 {
                return Err(EngineError::BadInput(messages::last_manager(&row.name)));
            }
            tx.set_staff_active(&row.name, false)?;
            tx.append_event(&NewEvent {
                approver: approver.as_deref(),
                ..actor.event(now, EventKind::StaffDisabled, None, None, json!({ "name": row.name }))
            })?;
            Ok(())
        })
    }

    /// Checks a name and PIN, counting wrong PINs and locking the name at the fifth.
    ///
    /// The attempt is claimed (counted) in one transaction *before* the slow hash is checked, and
    /// the lock is checked in that same transaction: however many processes guess at once, only
    /// five claims fit in a lockout window, so at most five wrong answers come back. A right PIN
    /// gives its claim back.
    fn check_pin(&mut self, name: &str, pin: &str, now: DateTime<Utc>) -> Result<StaffRow, EngineError> {
        let name = name.trim();
        let actor = self.actor.clone();
        let (row, attempt) = self
            .store
            .write(|tx| {
                let row = tx
                    .staff_by_name(name)?
                    .filter(|row| row.active)
                    .ok_or_else(|| EngineError::Unauthorized(messages::no_active_staff_named(name)))?;
                if let Some(until) = row.locked_until.filter(|until| *until > now) {
                    return Ok(Err(locked(&row.name, until, now)));
                }
                // A lock that ran out starts a new window.
                let before = if row.locked_until.is_some() { 0 } else { row.failed_attempts };
                if before >= MAX_FAILED_PINS {
                    return Ok(Err(lock(tx, &actor, &row.name, now)?));
                }
                tx.set_failed_pins(&row.name, before + 1)?;
                Ok(Ok((row, before + 1)))
            })
            // A claimed attempt or a lock must be committed, so a refusal travels out of the
            // transaction as a value and only becomes the error here.
            .and_then(|outcome: Result<(StaffRow, u32), EngineError>| outcome)?;
        // The hash is checked outside any transaction: it takes tens of milliseconds and other
        // counters must not wait for it. The claim above already counted this attempt.
        let right = PasswordHash::new(&row.pin_hash)
            .is_ok_and(|hash| Argon2::default().verify_password(pin.as_bytes(), &hash).is_ok());
        self.store
            .write(|tx| {
                if right {
                    tx.clear_failed_pins(&row.name)?;
                    return Ok(Ok(row.clone()));
                }
                if attempt < MAX_FAILED_PINS {
                    return Ok(Err(EngineError::Unauthorized(messages::wrong_pin(
                        &row.name,
                        attempt,
                        MAX_FAILED_PINS,
                    ))));
                }
                Ok(Err(lock(tx, &actor, &row.name, now)?))
            })
            .and_then(|outcome: Result<StaffRow, EngineError>| outcome)
    }
}

/// Locks a name for the lockout window, records it, and says so.
fn lock(tx: &Tx<'_>, actor: &super::Actor, name: &str, now: DateTime<Utc>) -> Result<EngineError, EngineError> {
    let until = now + Duration::seconds(LOCKOUT_SECONDS);
    tx.lock_staff(name, until)?;
    tx.append_event(&NewEvent {
        staff: Some(name),
        ..actor.event(
            now,
            EventKind::Lockout,
            None,
            None,
            json!({ "name": name, "until": until.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) }),
        )
    })?;
    Ok(locked(name, until, now))
}

/// Says how long is left rather than until when: no time zone to get wrong at the counter.
fn locked(name: &str, until: DateTime<Utc>, now: DateTime<Utc>) -> EngineError {
    let seconds = (until - now).num_seconds().max(1);
    EngineError::Unauthorized(messages::locked_out(name, MAX_FAILED_PINS, seconds))
}

fn check_name(name: &str) -> Result<String, EngineError> {
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > 40
        || name.chars().any(char::is_control)
        || crate::domain::card_number::contains_card_number(name)
    {
        return Err(EngineError::BadInput(messages::bad_staff_name()));
    }
    Ok(name.to_owned())
}

fn check_pin_shape(pin: &str) -> Result<(), EngineError> {
    if (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(EngineError::BadInput(messages::bad_pin()))
    }
}
