//! Taking a hold back to checkout: one this counter left open when its screen was killed (listed
//! on the showings screen), or any running hold found by its code.

use super::{App, Checkout, Screen, Tone};
use crate::domain::BookingStatus;
use crate::domain::selling::SalesState;
use crate::engine::{BookingDetail, HoldReceipt, OpenHold, sales_state};
use crate::tui::seat_map::Plan;
use crate::tui::text;

impl App {
    /// This counter's running holds, as the watcher read them. The first time some are found
    /// (at start, or after signing in) the status line says so.
    pub(super) fn holds_loaded(&mut self, holds: Vec<OpenHold>) {
        let paying = self.checkout.as_ref().map(|c| c.code.clone());
        let left: Vec<OpenHold> = holds.into_iter().filter(|h| Some(&h.code) != paying.as_ref()).collect();
        let news = left.iter().any(|h| !self.open_holds.iter().any(|known| known.code == h.code));
        if news && self.screen != Screen::SignIn && paying.is_none() {
            self.say(text::holds_left_open(left.len()), Tone::Info);
        }
        // A listed hold nobody came back to: its end is said, as for one in checkout.
        let ran_out: Vec<String> = self
            .open_holds
            .iter()
            .filter(|h| h.expires_at <= self.now && !left.iter().any(|l| l.code == h.code))
            .flat_map(|h| h.seats.iter().map(ToString::to_string))
            .collect();
        if !ran_out.is_empty() && self.screen != Screen::SignIn {
            self.say(text::hold_ran_out(&ran_out), Tone::Error);
        }
        // Their seats are this counter's: drawn as held here, not as taken elsewhere.
        self.my_codes.extend(left.iter().map(|h| h.code.clone()));
        self.open_holds = left;
    }

    /// `$` on the showings: the open hold that runs out first goes back to checkout.
    pub(super) fn resume_first_hold(&mut self) {
        match self.open_holds.first().cloned() {
            Some(hold) => {
                self.resume(hold);
            }
            None => self.say(text::no_open_holds(), Tone::Info),
        }
    }

    /// `$` or Enter on a booking: a running hold goes to checkout, whichever counter placed it.
    pub(super) fn resume_booking(&mut self, detail: &BookingDetail) {
        if detail.effective_status != BookingStatus::Held {
            self.say(text::nothing_to_pay(&text::booking_status(detail.effective_status)), Tone::Error);
            return;
        }
        let hold = OpenHold {
            code: detail.booking.code.clone(),
            showing: detail.showing.clone(),
            seats: detail.seats.iter().map(|claim| claim.label.clone()).collect(),
            expires_at: detail.booking.hold_expires_at,
        };
        if self.resume(hold) {
            self.booking = None;
            self.find_code = None;
        }
    }

    /// Opens the hold's seat map; checkout opens on it once the map is on hand. `false` when
    /// refused (the status line says why).
    fn resume(&mut self, hold: OpenHold) -> bool {
        if self.checkout.is_some() {
            self.say(text::finish_sale_first(), Tone::Info);
            return false;
        }
        if let Some(venue) = self.venue() {
            let state = sales_state(&hold.showing, venue, self.now);
            if state != SalesState::Selling {
                self.say(text::not_selling(state), Tone::Error);
                return false;
            }
        }
        let showing = hold.showing.id;
        self.resuming = Some(hold);
        self.open_seats(showing);
        self.finish_resume();
        true
    }

    /// Called whenever a seat map arrives: the hold waiting for it opens in checkout.
    pub(super) fn finish_resume(&mut self) {
        let Some(hold) = self.resuming.as_ref() else { return };
        if self.seats.as_ref().is_none_or(|seats| seats.map.showing.id != hold.showing.id) {
            return;
        }
        let Some(hold) = self.resuming.take() else { return };
        if hold.expires_at <= self.now {
            self.say(text::hold_ran_out(&hold.seats.iter().map(ToString::to_string).collect::<Vec<_>>()), Tone::Error);
            return;
        }
        self.my_codes.insert(hold.code.clone());
        self.open_holds.retain(|h| h.code != hold.code);
        let Some(seats) = self.seats.as_mut() else { return };
        seats.state.clear_selection();
        seats.plan = Plan::new(&seats.map, &self.my_codes);
        let receipt = HoldReceipt {
            booking: hold.code,
            showing: hold.showing.id,
            seats: hold.seats,
            expires_at: hold.expires_at,
        };
        self.checkout = Some(Checkout::new(&receipt, seats));
        self.screen = Screen::Checkout;
        let until = receipt.expires_at.with_timezone(&self.zone).format("%H:%M").to_string();
        self.say(text::resumed(&receipt.booking, &until), Tone::Good);
    }
}
