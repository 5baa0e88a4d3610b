//! What goes to the counter's printer: one ticket per seat with its signed QR payload, the
//! receipt, the refund slip. Each print is recorded (so a reprint says which copy it is) and is
//! an event, in one transaction; sending the bytes is the caller's, after it.

use crate::domain::EventKind;
use chrono::{DateTime, Utc};
use serde_json::json;

use super::queries::{BookingDetail, booking_detail, normalize_code};
use super::{Conflict, Engine, EngineError, messages};
use crate::domain::records::RefundRecord;
use crate::domain::ticket_payload;
use crate::domain::{BookingStatus, ClaimState, SeatLabel, TicketType};
use crate::store::Document;

/// One ticket to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedTicket {
    pub seat: SeatLabel,
    pub ticket_type: TicketType,
    pub price: i64,
    /// The signed text of the QR code.
    pub payload: String,
    /// 1 for the first print; more is a reprint.
    pub copy: u32,
}

/// Everything one print run puts on paper.
#[derive(Debug, Clone)]
pub struct PrintJob {
    pub detail: BookingDetail,
    pub tickets: Vec<PrintedTicket>,
    /// The receipt's copy number, when the receipt is printed.
    pub receipt: Option<u32>,
    /// The refund slip and its copy number, when one is printed.
    pub refund_slip: Option<(RefundRecord, u32)>,
    /// A training database: every document says TRAINING.
    pub training: bool,
}

/// Which documents of a booking to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Print {
    /// Tickets (all sold seats, or these) and, when asked, the receipt.
    Sale { seats: Option<Vec<SeatLabel>>, receipt: bool },
    /// The slip of the booking's latest refund.
    RefundSlip,
}

impl Engine {
    /// Records a print run of a booking's documents and returns what to print.
    ///
    /// # Errors
    /// Bad input for a malformed code or a seat that is not a sold ticket of the booking; not
    /// found for an unknown booking; a conflict for a booking never paid (or, for a slip, never
    /// refunded).
    pub fn print(&mut self, code: &str, what: &Print, now: DateTime<Utc>) -> Result<PrintJob, EngineError> {
        let code = normalize_code(code)?;
        let training = self.is_training();
        self.change(|tx, actor, _| {
            let detail = booking_detail(tx, &code, now)?;
            let booking = detail.booking.id;
            if !matches!(detail.booking.status, BookingStatus::Paid | BookingStatus::Refunded) {
                return Err(EngineError::conflict(Conflict::WrongState, messages::nothing_to_print(&code)));
            }
            let record = |document| tx.record_print(booking, document, now, &actor.counter, actor.staff.as_deref());
            let mut job =
                PrintJob { detail: detail.clone(), tickets: Vec::new(), receipt: None, refund_slip: None, training };
            match what {
                Print::Sale { seats, receipt } => {
                    let secret = tx.ticket_secret()?;
                    let sold = detail.seats.iter().filter(|claim| claim.state == ClaimState::Sold);
                    let chosen: Vec<_> = match seats {
                        None => sold.collect(),
                        Some(wanted) => {
                            let sold: Vec<_> = sold.collect();
                            wanted
                                .iter()
                                .map(|label| {
                                    sold.iter().copied().find(|claim| &claim.label == label).ok_or_else(|| {
                                        EngineError::BadInput(messages::not_a_sold_seat(&label.to_string(), &code))
                                    })
                                })
                                .collect::<Result<_, _>>()?
                        }
                    };
                    for claim in chosen {
                        let (Some(ticket_type), Some(price)) = (claim.ticket_type.clone(), claim.price) else {
                            continue;
                        };
                        job.tickets.push(PrintedTicket {
                            seat: claim.label.clone(),
                            ticket_type,
                            price,
                            payload: ticket_payload::sign(&secret, &code, &claim.label),
                            copy: record(Document::Ticket(claim.seat_id))?,
                        });
                    }
                    if *receipt {
                        job.receipt = Some(record(Document::Receipt)?);
                    }
                }
                Print::RefundSlip => {
                    let refund = detail.refunds.last().cloned().ok_or_else(|| {
                        EngineError::conflict(Conflict::WrongState, messages::no_refund_to_print(&code))
                    })?;
                    job.refund_slip = Some((refund, record(Document::RefundSlip)?));
                }
            }
            let mut documents: Vec<_> = job
                .tickets
                .iter()
                .map(|t| json!({ "document": "ticket", "seat": t.seat.to_string(), "copy": t.copy }))
                .collect();
            documents.extend(job.receipt.map(|copy| json!({ "document": "receipt", "copy": copy })));
            documents
                .extend(job.refund_slip.as_ref().map(|(_, copy)| json!({ "document": "refund_slip", "copy": copy })));
            let reprint = documents.iter().any(|d| d["copy"].as_u64().is_some_and(|copy| copy > 1));
            let data = json!({ "booking": code, "documents": documents, "reprint": reprint });
            tx.append_event(&actor.event(now, EventKind::Printed, Some(detail.showing.id), Some(booking), data))?;
            Ok(job)
        })
    }
}
