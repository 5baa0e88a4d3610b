//! Finding a booking by its code and acting on it: cancel a hold, refund seats.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::TextField;
use super::{App, Command, Confirm, Overlay, RefundForm, Screen, Tone, Waiting};
use crate::domain::{BookingStatus, ClaimState, booking_code};
use crate::engine::{BookingDetail, CancelReceipt};
use crate::tui::event::Failure;
use crate::tui::text;

/// A booking on screen, and the screen to go back to.
#[derive(Debug, Clone)]
pub struct BookingScreen {
    pub detail: BookingDetail,
    pub back: Screen,
}

impl App {
    /// Keys in the `/` prompt: letters and digits of a code, Enter to look it up.
    pub(super) fn find_key(&mut self, mut field: TextField, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => {}
            KeyCode::Enter => {
                if let Some(code) = booking_code::normalize(&field.value) {
                    self.show_booking(code);
                } else {
                    self.say(text::not_a_code(&field.value), Tone::Error);
                    self.overlay = Some(Overlay::Find(field));
                }
            }
            _ => {
                field.input(&key, |c| c.is_ascii_alphanumeric());
                self.overlay = Some(Overlay::Find(field));
            }
        }
    }

    /// Shows booking `code`: at once when it is the one on hand, else once the watcher read it.
    pub(super) fn show_booking(&mut self, code: String) {
        if self.booking.as_ref().is_some_and(|b| b.detail.booking.code == code) {
            self.screen = Screen::Booking;
        } else {
            self.waiting = Some((Waiting::Booking(code.clone()), self.now));
            self.find_code = Some(code);
        }
    }

    pub(super) fn booking_loaded(&mut self, detail: BookingDetail, out: &mut Vec<Command>) {
        if self.find_code.as_deref() != Some(detail.booking.code.as_str()) {
            return;
        }
        self.zone = detail.venue.zone;
        let back = match (&self.booking, self.screen) {
            (Some(shown), _) if shown.detail.booking.code == detail.booking.code => shown.back,
            (_, Screen::Booking) => self.booking.as_ref().map_or(Screen::Showings, |b| b.back),
            (_, screen) => screen,
        };
        let arriving = matches!(&self.waiting, Some((Waiting::Booking(code), _)) if *code == detail.booking.code);
        if arriving {
            self.screen = Screen::Booking;
        }
        self.booking = Some(BookingScreen { detail, back });
        if arriving {
            self.resolve_wait(out);
        }
    }

    pub(super) fn booking_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        let Some(shown) = self.booking.as_ref() else { return false };
        let detail = &shown.detail;
        match key.code {
            KeyCode::Esc => self.leave_booking(),
            KeyCode::Enter | KeyCode::Char('$') => {
                let detail = detail.clone();
                self.resume_booking(&detail);
            }
            KeyCode::Char('c') => {
                if detail.effective_status == BookingStatus::Held {
                    let code = detail.booking.code.clone();
                    self.overlay = Some(Overlay::Confirm(Confirm::CancelBooking(code)));
                } else {
                    self.say(text::only_holds_cancel(&text::booking_status(detail.effective_status)), Tone::Error);
                }
            }
            KeyCode::Char('r') => {
                let sold = detail.seats.iter().any(|seat| seat.state == ClaimState::Sold);
                if detail.booking.status == BookingStatus::Paid && sold {
                    self.overlay = Some(Overlay::Refund(RefundForm::new(detail)));
                } else {
                    self.say(text::nothing_to_refund(&text::booking_status(detail.effective_status)), Tone::Error);
                }
            }
            KeyCode::Char('p') => {
                if matches!(detail.booking.status, BookingStatus::Paid | BookingStatus::Refunded) {
                    // Not an awaited action: the printer may take seconds, the screen goes on.
                    out.push(Command::Reprint { code: detail.booking.code.clone() });
                    self.say(text::printing(), Tone::Info);
                } else {
                    self.say(text::nothing_to_print(&text::booking_status(detail.effective_status)), Tone::Error);
                }
            }
            _ => return false,
        }
        true
    }

    /// Esc on a booking: back where the cashier came from.
    fn leave_booking(&mut self) {
        let back = self.booking.take().map_or(Screen::Showings, |b| b.back);
        self.find_code = None;
        self.screen = match back {
            Screen::Checkout if self.checkout.is_none() => Screen::Seats,
            Screen::Sold if self.sold.is_none() => Screen::Seats,
            other => other,
        };
        if self.screen == Screen::Seats && self.open_showing.is_none() {
            self.screen = Screen::Showings;
        }
    }

    pub(super) fn cancelled(&mut self, result: Result<CancelReceipt, Failure>) {
        match result {
            Ok(receipt) => {
                let names: Vec<String> = receipt.released.iter().map(ToString::to_string).collect();
                if self.checkout.as_ref().is_some_and(|c| c.code == receipt.booking) {
                    self.drop_checkout();
                }
                self.my_codes.remove(&receipt.booking);
                self.say(text::released(&receipt.booking, &names), Tone::Good);
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }
}
