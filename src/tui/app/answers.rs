//! The desk's answers to the cashier's actions: each goes to the flow that asked, unless it is a
//! refusal the cashier can put right on the spot (a manager approves, the shift is opened, someone
//! signs in), which opens the form for that instead of only saying no.

use super::{App, Command, Tone, Waiting};
use crate::domain::Role;
use crate::engine::Conflict;
use crate::tui::event::Done;

impl App {
    pub(super) fn on_done(&mut self, done: Done, out: &mut Vec<Command>) {
        let awaited = matches!(self.waiting, Some((Waiting::Action, _)));
        // The answer may lead to another action (the retry of a sale once the shift is open), so
        // the wait ends before it is handled and the queued keys are replayed only after.
        let sent = if awaited { self.sent.take() } else { None };
        if awaited {
            self.waiting = None;
        }
        let (action, approved) = match sent {
            Some(Command::Approve { action, .. }) => (Some(*action), true),
            other => (other, false),
        };
        if !self.recovered(&done, action, approved) {
            if approved {
                self.close_approval(done.failure().is_none());
            }
            match done {
                Done::Held(result) => self.held(result, out),
                Done::Sold(result) => self.sold(result),
                Done::Cancelled(result) => self.cancelled(result),
                Done::Extended(result) => self.extended(result),
                Done::Refunded(result) => self.refunded(result),
                Done::SignedIn(result) => self.signed_in(result),
                Done::SignedOut => self.signed_out(),
                Done::ApprovalRefused(failure) => self.say(failure.message, Tone::Error),
                Done::Blocked { block, result } => self.blocked(block, result),
                Done::CancelPreview(result) => self.cancel_previewed(result),
                Done::ShowingCancelled(result) => self.showing_cancelled(result),
                Done::ShiftOpened(result) => self.shift_opened(result, out),
                Done::ShiftClosed(result) => self.shift_closed(result),
            }
        }
        if awaited && self.waiting.is_none() {
            self.resolve_wait(out);
        }
    }

    /// A refusal the cashier can put right on the spot: a manager approves, the shift is
    /// opened, or someone signs in. True when it was taken care of here.
    fn recovered(&mut self, done: &Done, action: Option<Command>, approved: bool) -> bool {
        let (Some(failure), Some(action)) = (done.failure(), action) else { return false };
        if let Done::ApprovalRefused(failure) = done {
            self.approval_refused(failure);
            return true;
        }
        let cashier = self.session.who.as_ref().is_some_and(|who| who.role() == Role::Cashier);
        if failure.unauthorized && !approved && cashier && action.may_need_approval() {
            self.ask_for_approval(action);
            return true;
        }
        if failure.unauthorized && !self.session.required && self.checkout.is_none() {
            // Staff were set up while this screen was open: from now on, someone signs in.
            self.sign_in_first(None);
            self.say(failure.message.clone(), Tone::Error);
            return true;
        }
        if failure.conflict == Some(Conflict::NoShift) && matches!(action, Command::Sell { .. } | Command::Refund(_)) {
            if approved {
                self.close_approval(false);
            }
            self.offer_shift(action);
            return true;
        }
        false
    }
}
