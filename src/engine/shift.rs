//! Cash shifts: open a drawer with a float, close it with the counted cash. The close says what
//! the drawer should hold (float + cash sales − cash refunds) and by how much it is over or short.

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::staff::Needs;
use super::{Conflict, Engine, EngineError, messages};
use crate::domain::records::{ShiftRecord, ShiftTakings};

/// A shift with what went through it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftReport {
    pub shift: ShiftRecord,
    pub takings: ShiftTakings,
    /// Float + cash sales − cash refunds.
    pub expected_cash: i64,
    /// Counted − expected, once closed: positive is over, negative short.
    pub over_short: Option<i64>,
    /// The head of the event log when the report was made: keep it with the paper.
    pub seal: Option<super::Seal>,
    /// Made on a training database: practice, not takings.
    pub training: bool,
}

impl ShiftReport {
    fn new(shift: ShiftRecord, takings: ShiftTakings) -> Self {
        let expected_cash = shift.float.saturating_add(takings.cash_sales().1).saturating_sub(takings.cash_refunds().1);
        let over_short = shift.counted.map(|counted| counted.saturating_sub(expected_cash));
        Self { shift, takings, expected_cash, over_short, seal: None, training: false }
    }

    /// The report sealed with the log's head as `tx` sees it.
    fn sealed(mut self, tx: &crate::store::Tx<'_>, training: bool) -> Result<Self, EngineError> {
        self.seal = super::Seal::current(tx)?;
        self.training = training;
        Ok(self)
    }
}

impl Engine {
    /// Opens this counter's shift with the cash float in the drawer.
    ///
    /// # Errors
    /// Bad input for a negative float; a conflict if the counter already has an open shift.
    pub fn open_shift(&mut self, float: i64, now: DateTime<Utc>) -> Result<ShiftReport, EngineError> {
        if float < 0 {
            return Err(EngineError::BadInput(messages::negative_float()));
        }
        let training = self.training;
        self.change(|tx, actor, _| {
            if let Some(open) = tx.open_shift(&actor.counter)? {
                // The venue's clock, like every other time a cashier reads.
                let zone = tx.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
                let since = open.opened_at.with_timezone(&zone).format("%H:%M").to_string();
                return Err(EngineError::conflict(
                    Conflict::WrongState,
                    messages::shift_already_open(&actor.counter, open.id, &since),
                ));
            }
            let id = tx.insert_shift(&actor.counter, actor.staff.as_deref(), float, now)?;
            tx.append_event(&actor.event(
                now,
                EventKind::ShiftOpened,
                None,
                None,
                json!({ "shift": id, "float": float }),
            ))?;
            let shift = tx.shift(id)?.ok_or_else(|| EngineError::Failed(anyhow::anyhow!("the new shift vanished")))?;
            ShiftReport::new(shift, ShiftTakings::default()).sealed(tx, training)
        })
    }

    /// This counter's open shift with its takings so far, if one is open.
    ///
    /// # Errors
    /// Only when the database fails.
    pub fn current_shift(&mut self) -> Result<Option<ShiftReport>, EngineError> {
        let counter = self.actor.counter.clone();
        let training = self.training;
        self.store.read(|tx| {
            let Some(shift) = tx.open_shift(&counter)? else { return Ok(None) };
            let takings = tx.shift_takings(shift.id)?;
            Ok(Some(ShiftReport::new(shift, takings).sealed(tx, training)?))
        })
    }

    /// Closes this counter's shift with the cash counted in the drawer.
    ///
    /// # Errors
    /// Bad input for a negative count; a conflict when no shift is open.
    pub fn close_shift(&mut self, counted: i64, now: DateTime<Utc>) -> Result<ShiftReport, EngineError> {
        if counted < 0 {
            return Err(EngineError::BadInput(messages::negative_count()));
        }
        let training = self.training;
        self.change(|tx, actor, authority| {
            let no_shift = || EngineError::conflict(Conflict::NoShift, messages::no_shift_to_close(&actor.counter));
            let shift = tx.open_shift(&actor.counter)?.ok_or_else(no_shift)?;
            // A drawer is closed by whoever opened it, or by a manager.
            if tx.staff_count()? > 0 && !super::same_person(shift.staff.as_deref(), actor.staff.as_deref()) {
                authority.check(tx, Needs::Manager(messages::CLOSING_ANOTHERS_SHIFT)).map_err(|_| {
                    EngineError::Unauthorized(messages::someone_elses_shift(
                        &actor.counter,
                        shift.id,
                        shift.staff.as_deref().unwrap_or("nobody"),
                    ))
                })?;
            }
            let takings = tx.shift_takings(shift.id)?;
            let expected = ShiftReport::new(shift.clone(), takings).expected_cash;
            tx.close_shift(shift.id, now, actor.staff.as_deref(), expected, counted)?;
            let data = json!({
                "shift": shift.id,
                "float": shift.float,
                "expected": expected,
                "counted": counted,
                "over_short": counted - expected,
            });
            tx.append_event(&actor.event(now, EventKind::ShiftClosed, None, None, data))?;
            let closed =
                tx.shift(shift.id)?.ok_or_else(|| EngineError::Failed(anyhow::anyhow!("the shift vanished")))?;
            ShiftReport::new(closed, tx.shift_takings(shift.id)?).sealed(tx, training)
        })
    }
}
