//! The day's figures for the manager: per showing, per film, per payment method, per ticket
//! type, every refund, and the net.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Engine, EngineError, venue};
use crate::domain::money::saturating_total;
use crate::domain::records::Subtotal;
use crate::domain::time::day_span;
use crate::domain::venue_file::VenueSettings;
use crate::store::{RefundLine, ShowingFigures};

/// A day's report. Money is counted by when it moved (sales by payment time, refunds by refund
/// time, venue-local day); the showings are those starting that day.
#[derive(Debug, Clone)]
pub struct DayReport {
    pub venue: VenueSettings,
    pub day: NaiveDate,
    pub showings: Vec<ShowingFigures>,
    pub films: Vec<Subtotal>,
    pub ticket_types: Vec<Subtotal>,
    pub sales_by_payment: Vec<Subtotal>,
    pub refunds_by_payment: Vec<Subtotal>,
    pub refunds: Vec<RefundLine>,
    pub sales_total: i64,
    pub refunds_total: i64,
    /// The head of the event log when the report was made: keep it with the paper.
    pub seal: Option<super::Seal>,
    /// Made on a training database: the figures are practice, not takings.
    pub training: bool,
}

impl DayReport {
    /// Sales minus refunds.
    #[must_use]
    pub fn net(&self) -> i64 {
        self.sales_total.saturating_sub(self.refunds_total)
    }
}

impl ShowingFigures {
    /// Occupied seats in tenths of a percent of the sellable ones (integer arithmetic).
    #[must_use]
    pub fn occupancy_permille(&self) -> i64 {
        if self.capacity == 0 { 0 } else { (self.sold - self.refunded) * 1000 / self.capacity }
    }
}

impl Engine {
    /// The report of a venue-local day.
    ///
    /// # Errors
    /// Bad input when there is no venue yet; otherwise only database failures.
    pub fn report(&mut self, day: NaiveDate) -> Result<DayReport, EngineError> {
        let training = self.training;
        self.store.read(|tx| {
            let overflow = |error: anyhow::Error| {
                if format!("{error:#}").contains("integer overflow") {
                    EngineError::Failed(anyhow::anyhow!(
                        "the amounts on record for {day} are too large to add up: the database was changed by hand; run boxoffice verify"
                    ))
                } else {
                    EngineError::Failed(error)
                }
            };
            let venue = venue(tx)?;
            let (from, to): (DateTime<Utc>, DateTime<Utc>) = day_span(venue.zone, day);
            let sales_by_payment = tx.sales_by_payment(from, to).map_err(overflow)?;
            let refunds_by_payment = tx.refunds_by_payment(from, to).map_err(overflow)?;
            let sales_total = saturating_total(sales_by_payment.iter().map(|t| t.amount));
            let refunds_total = saturating_total(refunds_by_payment.iter().map(|t| t.amount));
            Ok(DayReport {
                showings: tx.showing_figures(from, to).map_err(overflow)?,
                films: tx.tickets_by_film(from, to).map_err(overflow)?,
                ticket_types: tx.tickets_by_type(from, to).map_err(overflow)?,
                refunds: tx.refund_lines(from, to)?,
                sales_by_payment,
                refunds_by_payment,
                sales_total,
                refunds_total,
                seal: super::Seal::current(tx)?,
                training,
                venue,
                day,
            })
        })
    }
}
