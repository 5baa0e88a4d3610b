//! The refund form over a booking: which seats, why (a preset or free text; required), how
//! much (prefilled with what the seats cost; may be lowered, never raised).

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::{TextField, amount_char, text_char};
use super::{App, Command, Tone};
use crate::domain::{ClaimState, Currency, SeatLabel, TicketType};
use crate::engine::{BookingDetail, RefundReceipt, RefundRequest};
use crate::tui::event::Failure;
use crate::tui::text;

/// The longest reason the engine keeps.
const REASON_CHARS: usize = 200;

/// Which part of the form takes typed characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Seats,
    Reason,
    Amount,
}

/// One sold seat of the booking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundSeat {
    pub label: SeatLabel,
    pub ticket: Option<TicketType>,
    pub price: i64,
    pub chosen: bool,
}

/// The refund being filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundForm {
    pub code: String,
    pub seats: Vec<RefundSeat>,
    pub cursor: usize,
    pub focus: Focus,
    pub reason: TextField,
    /// `None` until the cashier types an amount: then the full price of the chosen seats applies.
    pub amount: Option<TextField>,
    pub currency: Currency,
}

impl RefundForm {
    /// A form with every seat still sold chosen (refunding a whole booking is the common case).
    #[must_use]
    pub fn new(detail: &BookingDetail) -> Self {
        let seats = detail
            .seats
            .iter()
            .filter(|seat| seat.state == ClaimState::Sold)
            .map(|seat| RefundSeat {
                label: seat.label.clone(),
                ticket: seat.ticket_type.clone(),
                price: seat.price.unwrap_or(0),
                chosen: true,
            })
            .collect();
        Self {
            code: detail.booking.code.clone(),
            seats,
            cursor: 0,
            focus: Focus::Seats,
            reason: TextField::new(REASON_CHARS),
            amount: None,
            currency: detail.venue.currency.clone(),
        }
    }

    /// What the chosen seats cost: the most that may be refunded.
    #[must_use]
    pub fn full_amount(&self) -> i64 {
        self.seats.iter().filter(|s| s.chosen).map(|s| s.price).sum()
    }

    /// The amount to refund, in minor units.
    ///
    /// # Errors
    /// A typed amount that does not parse.
    pub fn amount(&self) -> Result<i64, String> {
        match &self.amount {
            Some(field) if !field.is_empty() => self.currency.parse_amount(&field.value).map_err(|e| e.to_string()),
            _ => Ok(self.full_amount()),
        }
    }

    /// The request, or what is missing.
    ///
    /// # Errors
    /// No seat chosen, no reason, or an amount that does not parse or is too high.
    pub fn request(&self) -> Result<RefundRequest, String> {
        let seats: Vec<SeatLabel> = self.seats.iter().filter(|s| s.chosen).map(|s| s.label.clone()).collect();
        if seats.is_empty() {
            return Err(text::refund_no_seats());
        }
        if self.reason.is_empty() {
            return Err(text::refund_no_reason());
        }
        let amount = self.amount()?;
        if amount > self.full_amount() {
            return Err(text::refund_too_much(&text::money(&self.currency, self.full_amount())));
        }
        Ok(RefundRequest {
            code: self.code.clone(),
            seats: Some(seats),
            reason: self.reason.value.trim().to_owned(),
            amount: Some(amount),
        })
    }

    fn next_focus(&mut self, forward: bool) {
        self.focus = match (self.focus, forward) {
            (Focus::Seats, true) | (Focus::Amount, false) => Focus::Reason,
            (Focus::Reason, true) | (Focus::Seats, false) => Focus::Amount,
            (Focus::Amount, true) | (Focus::Reason, false) => Focus::Seats,
        };
    }
}

impl App {
    pub(super) fn refund_key(&mut self, mut form: RefundForm, key: KeyEvent, out: &mut Vec<Command>) {
        match key.code {
            KeyCode::Esc => return,
            KeyCode::Enter => match form.request() {
                Ok(request) => {
                    self.act(Command::Refund(request), out);
                    // The form stays open until the answer: on a refusal nothing typed is lost.
                }
                Err(message) => self.say(message, Tone::Error),
            },
            KeyCode::Tab => form.next_focus(true),
            KeyCode::BackTab => form.next_focus(false),
            _ => match form.focus {
                Focus::Seats => self.refund_seats_key(&mut form, key),
                Focus::Reason => {
                    form.reason.input(&key, text_char);
                }
                Focus::Amount => {
                    let field = form.amount.get_or_insert_with(|| TextField::new(16));
                    field.input(&key, amount_char);
                }
            },
        }
        self.overlay = Some(super::Overlay::Refund(form));
    }

    #[expect(clippy::unused_self, reason = "one of App's key handlers, called like its siblings")]
    fn refund_seats_key(&mut self, form: &mut RefundForm, key: KeyEvent) {
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => form.cursor = form.cursor.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                form.cursor = (form.cursor + 1).min(form.seats.len().saturating_sub(1));
            }
            KeyCode::Char(' ') => {
                if let Some(seat) = form.seats.get_mut(form.cursor) {
                    seat.chosen = !seat.chosen;
                }
            }
            KeyCode::Char(digit @ '1'..='9') => {
                let index = digit.to_digit(10).map_or(0, |d| d as usize) - 1;
                if let Some(reason) = text::refund_reasons().get(index) {
                    form.reason = TextField::with(reason, REASON_CHARS);
                } else {
                    // "Other": the cashier types the reason.
                    form.reason = TextField::new(REASON_CHARS);
                    form.focus = Focus::Reason;
                }
            }
            _ => {}
        }
    }

    pub(super) fn refunded(&mut self, result: Result<RefundReceipt, Failure>) {
        match result {
            Ok(receipt) => {
                if matches!(&self.overlay, Some(super::Overlay::Refund(form)) if form.code == receipt.booking) {
                    self.overlay = None;
                }
                let names: Vec<String> = receipt.seats.iter().map(ToString::to_string).collect();
                let currency = self.booking.as_ref().map(|b| b.detail.venue.currency.clone());
                let amount = currency.map_or_else(|| receipt.amount.to_string(), |c| text::money(&c, receipt.amount));
                let said = text::refunded(&receipt.booking, &names, &amount, receipt.approver.as_deref());
                self.say(said, Tone::Good);
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }
}
