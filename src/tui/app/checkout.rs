//! Checkout: the held seats with their ticket types, the payment method, cash tendered and change,
//! the hold's countdown; then the sale and its booking code.

use chrono::{DateTime, Utc};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::{TextField, amount_char};
use super::{App, Command, Confirm, Overlay, Screen, Seats, Tone};
use crate::domain::rating::needs_age_confirmation;
use crate::domain::records::ShowingRecord;
use crate::domain::{Currency, PaymentMethod, PriceList, SeatKind, SeatLabel, TicketType};
use crate::engine::{Conflict, ExtendReceipt, HoldReceipt};
use crate::tui::event::{Failure, Sale};
use crate::tui::text;

/// When the hold in checkout has this long left, the status line says so.
pub const HOLD_WARNING_SECONDS: i64 = 60;

/// One held seat and the ticket sold on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutLine {
    pub label: SeatLabel,
    pub kind: SeatKind,
    /// `None` when the price list has no price for this kind of seat (the sale is refused).
    pub ticket: Option<TicketType>,
}

/// A hold being paid for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkout {
    pub code: String,
    pub showing: ShowingRecord,
    pub lines: Vec<CheckoutLine>,
    pub prices: PriceList,
    pub currency: Currency,
    pub cursor: usize,
    pub payment: PaymentMethod,
    /// Cash handed over, as typed; empty means the exact amount.
    pub tendered: TextField,
    pub expires_at: DateTime<Utc>,
    /// The cashier confirmed the buyer's age for a child ticket (asked once per sale).
    pub age_confirmed: bool,
}

impl Checkout {
    /// Checkout for a hold just placed on `seats`' showing: every seat on the default ticket
    /// type, paid in cash (the common case needs no key at all).
    #[must_use]
    pub fn new(receipt: &HoldReceipt, seats: &Seats) -> Self {
        let prices = seats.map.prices.clone();
        let mut held: Vec<_> = seats.map.seats.iter().filter(|s| receipt.seats.contains(&s.label)).collect();
        held.sort_by_key(|s| (s.grid_row, s.grid_col));
        let lines = held
            .into_iter()
            .map(|seat| CheckoutLine {
                label: seat.label.clone(),
                kind: seat.kind,
                ticket: priced_types(&prices, seat.kind).into_iter().next(),
            })
            .collect();
        Self {
            code: receipt.booking.clone(),
            showing: seats.map.showing.clone(),
            lines,
            prices,
            currency: seats.map.venue.currency.clone(),
            cursor: 0,
            payment: PaymentMethod::Cash,
            tendered: TextField::new(16),
            expires_at: receipt.expires_at,
            age_confirmed: false,
        }
    }

    /// What one line costs, if the price list has a price for it.
    #[must_use]
    pub fn price(&self, line: &CheckoutLine) -> Option<i64> {
        line.ticket.as_ref().and_then(|ticket| self.prices.price(ticket, line.kind))
    }

    /// The total, if every line has a price.
    #[must_use]
    pub fn total(&self) -> Option<i64> {
        self.lines.iter().map(|line| self.price(line)).sum()
    }

    /// The cash tendered in minor units: `Ok(None)` when nothing was typed (the exact amount).
    ///
    /// # Errors
    /// What was typed is not an amount.
    pub fn tendered(&self) -> Result<Option<i64>, String> {
        if self.tendered.is_empty() {
            return Ok(None);
        }
        self.currency.parse_amount(&self.tendered.value).map(Some).map_err(|e| e.to_string())
    }

    /// The change due for cash, when an amount at least the total was typed.
    #[must_use]
    pub fn change(&self) -> Option<i64> {
        let total = self.total()?;
        let tendered = self.tendered().ok().flatten()?;
        (tendered >= total).then_some(tendered - total)
    }

    /// Seconds left on the hold at `now` (never negative).
    #[must_use]
    pub fn seconds_left(&self, now: DateTime<Utc>) -> i64 {
        (self.expires_at - now).num_seconds().max(0)
    }

    fn cycle_ticket(&mut self, forward: bool) {
        let Some(line) = self.lines.get_mut(self.cursor) else { return };
        let types = priced_types(&self.prices, line.kind);
        if types.is_empty() {
            return;
        }
        let at = types.iter().position(|t| Some(t) == line.ticket.as_ref()).unwrap_or(0);
        let next = if forward { (at + 1) % types.len() } else { (at + types.len() - 1) % types.len() };
        line.ticket = types.get(next).cloned();
    }

    /// Whether the seat under the cursor now holds a child ticket for a 17+ or 21+ film and the
    /// buyer's age has not been confirmed yet in this sale (the rule is the engine's, in domain).
    fn asks_age(&self) -> bool {
        let ticket = self.lines.get(self.cursor).and_then(|line| line.ticket.as_ref());
        !self.age_confirmed && needs_age_confirmation(self.showing.rating.as_deref(), ticket)
    }

    /// The answer to the age question: yes keeps the child ticket for the whole sale, no puts
    /// back the type the seat had.
    pub(super) fn answer_age(&mut self, confirmed: bool, previous: Option<TicketType>) {
        if confirmed {
            self.age_confirmed = true;
        } else if let Some(line) = self.lines.get_mut(self.cursor) {
            line.ticket = previous;
        }
    }

    fn cycle_payment(&mut self, forward: bool) {
        let all = PaymentMethod::ALL;
        let at = all.iter().position(|p| *p == self.payment).unwrap_or(0);
        let next = if forward { (at + 1) % all.len() } else { (at + all.len() - 1) % all.len() };
        self.payment = all[next];
    }
}

/// The ticket types that have a price on this kind of seat, in the price list's order.
fn priced_types(prices: &PriceList, kind: SeatKind) -> Vec<TicketType> {
    prices.ticket_types().into_iter().filter(|t| prices.price(t, kind).is_some()).collect()
}

/// A completed sale, shown until the cashier moves on.
#[derive(Debug, Clone)]
pub struct Sold {
    pub sale: Sale,
    pub showing: ShowingRecord,
    pub currency: Currency,
}

impl Sold {
    /// The change due, for cash with an amount tendered.
    #[must_use]
    pub fn change(&self) -> Option<i64> {
        self.sale.tendered.map(|tendered| tendered - self.sale.receipt.total).filter(|change| *change >= 0)
    }
}

impl App {
    pub(super) fn checkout_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        let Some(checkout) = self.checkout.as_mut() else { return false };
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => checkout.cursor = checkout.cursor.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => {
                checkout.cursor = (checkout.cursor + 1).min(checkout.lines.len().saturating_sub(1));
            }
            KeyCode::Right | KeyCode::Left | KeyCode::Char('l' | 'h') => {
                let forward = matches!(key.code, KeyCode::Right | KeyCode::Char('l'));
                let previous = checkout.lines.get(checkout.cursor).and_then(|line| line.ticket.clone());
                checkout.cycle_ticket(forward);
                if checkout.asks_age() {
                    self.overlay = Some(Overlay::Confirm(Confirm::ChildTicket { previous }));
                }
            }
            KeyCode::Tab => checkout.cycle_payment(true),
            KeyCode::BackTab => checkout.cycle_payment(false),
            KeyCode::Char('e') => {
                let code = checkout.code.clone();
                self.act(Command::Extend { code }, out);
            }
            KeyCode::Enter => self.confirm_sale(out),
            KeyCode::Esc => self.overlay = Some(Overlay::Confirm(Confirm::Release)),
            KeyCode::Char(c) if amount_char(c) => {
                if checkout.payment == PaymentMethod::Cash {
                    checkout.tendered.input(&key, amount_char);
                } else {
                    self.say(text::tendered_cash_only(), Tone::Error);
                }
            }
            KeyCode::Backspace => {
                checkout.tendered.input(&key, amount_char);
            }
            _ => return false,
        }
        true
    }

    fn confirm_sale(&mut self, out: &mut Vec<Command>) {
        let Some(checkout) = self.checkout.as_ref() else { return };
        let Some(total) = checkout.total() else {
            self.say(text::no_price(), Tone::Error);
            return;
        };
        let tendered = if checkout.payment == PaymentMethod::Cash {
            match checkout.tendered() {
                Ok(Some(amount)) if amount < total => {
                    let short = text::money(&checkout.currency, total - amount);
                    self.say(text::short_by(&short), Tone::Error);
                    return;
                }
                Ok(amount) => amount,
                Err(message) => {
                    self.say(message, Tone::Error);
                    return;
                }
            }
        } else {
            None
        };
        let command = Command::Sell {
            code: checkout.code.clone(),
            payment: checkout.payment,
            types: checkout.lines.iter().filter_map(|line| line.ticket.clone()).collect(),
            tendered,
            age_confirmed: checkout.age_confirmed,
        };
        self.act(command, out);
    }

    /// Esc, then yes: the hold is cancelled and its seats are free again.
    pub(super) fn release_hold(&mut self, out: &mut Vec<Command>) {
        if let Some(code) = self.checkout.as_ref().map(|c| c.code.clone()) {
            self.act(Command::Cancel { code }, out);
        }
    }

    pub(super) fn sold(&mut self, result: Result<Box<Sale>, Failure>) {
        match result {
            Ok(sale) => {
                let Some(checkout) = self.checkout.take() else { return };
                self.my_codes.remove(&checkout.code);
                let message = match &sale.receipt_file {
                    Ok(path) => (text::sold(&sale.receipt.booking, &path.display().to_string()), Tone::Good),
                    Err(why) => (text::sold_without_receipt(&sale.receipt.booking, why), Tone::Error),
                };
                self.say(message.0, message.1);
                self.sold = Some(Sold { sale: *sale, showing: checkout.showing, currency: checkout.currency });
                self.screen = Screen::Sold;
            }
            Err(failure) => {
                // A hold that is gone cannot be paid for: back to the seats to choose again.
                if matches!(failure.conflict, Some(Conflict::HoldLost | Conflict::WrongState)) {
                    self.drop_checkout();
                }
                self.say(failure.message, Tone::Error);
            }
        }
    }

    pub(super) fn extended(&mut self, result: Result<ExtendReceipt, Failure>) {
        match result {
            Ok(receipt) => {
                if let Some(checkout) = self.checkout.as_mut().filter(|c| c.code == receipt.booking) {
                    checkout.expires_at = receipt.expires_at;
                }
                let until = receipt.expires_at.with_timezone(&self.zone).format("%H:%M").to_string();
                self.say(text::extended(&until), Tone::Good);
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }

    /// Once a second: a hold of this counter that ran out closes its checkout, and the cashier
    /// is told (the watcher's tick frees the seats in the database).
    pub(super) fn expire_own_hold(&mut self) {
        let Some(checkout) = self.checkout.as_ref() else { return };
        if checkout.expires_at > self.now {
            return;
        }
        let names: Vec<String> = checkout.lines.iter().map(|l| l.label.to_string()).collect();
        self.drop_checkout();
        self.say(text::hold_ran_out(&names), Tone::Error);
    }

    /// Says so once when the hold in checkout crosses its last minute (an extension re-arms it):
    /// the countdown alone turns red where a busy cashier may not be looking.
    pub(super) fn warn_hold_ending(&mut self, before: DateTime<Utc>) {
        let Some(checkout) = self.checkout.as_ref() else { return };
        let left = checkout.seconds_left(self.now);
        if left > 0 && left <= HOLD_WARNING_SECONDS && checkout.seconds_left(before) > HOLD_WARNING_SECONDS {
            self.say(text::hold_ending(left), Tone::Error);
        }
    }

    /// Closes checkout and any question about it, back to the seats.
    pub(super) fn drop_checkout(&mut self) {
        if let Some(checkout) = self.checkout.take() {
            self.my_codes.remove(&checkout.code);
        }
        if matches!(self.overlay, Some(Overlay::Confirm(Confirm::Release | Confirm::Quit))) {
            self.overlay = None;
        }
        if self.screen == Screen::Checkout {
            self.screen = Screen::Seats;
        }
    }

    pub(super) fn sold_key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Enter => {
                self.sold = None;
                self.leave_seats();
            }
            KeyCode::Esc => {
                self.sold = None;
                self.screen = Screen::Seats;
            }
            _ => return false,
        }
        true
    }
}
