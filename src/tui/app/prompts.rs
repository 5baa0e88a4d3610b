//! Keys for what is drawn over the screen (help, the code prompt, questions, the forms) and
//! leaving: quitting asks first while a hold is open.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{App, Command, Confirm, Overlay, is_ctrl_c};

impl App {
    pub(super) fn on_overlay_key(&mut self, overlay: Overlay, key: KeyEvent, out: &mut Vec<Command>) {
        // Ctrl-C leaves from anywhere, even a text field; a question it answers with yes.
        if is_ctrl_c(&key) && !matches!(overlay, Overlay::Confirm(_)) {
            self.ask_to_quit(out);
            return;
        }
        match overlay {
            Overlay::Help(scroll) => {
                let lines = crate::tui::views::help_lines();
                match key.code {
                    KeyCode::Up | KeyCode::Char('k') => self.overlay = Some(Overlay::Help(scroll.saturating_sub(1))),
                    KeyCode::Down | KeyCode::Char('j') => {
                        self.overlay = Some(Overlay::Help((scroll + 1).min(lines.saturating_sub(1))));
                    }
                    _ => {}
                }
            }
            Overlay::Find(field) => self.find_key(field, key),
            Overlay::GoTo(field) => self.go_to_key(field, key),
            Overlay::Confirm(question) => self.confirm_key(question, key, out),
            Overlay::Refund(form) => self.refund_key(form, key, out),
            Overlay::Approval(form) => self.approval_key(form, key, out),
            Overlay::Shift(form) => self.shift_key(form, key, out),
            Overlay::Reason(form) => self.reason_key(form, key, out),
        }
    }

    fn confirm_key(&mut self, question: Confirm, key: KeyEvent, out: &mut Vec<Command>) {
        let yes = matches!(key.code, KeyCode::Char('y' | 'Y') | KeyCode::Enter) || is_ctrl_c(&key);
        let no = matches!(key.code, KeyCode::Char('n' | 'N') | KeyCode::Esc);
        match (question, yes, no) {
            (Confirm::Quit, true, _) => self.quit(true, out),
            (Confirm::Release, true, _) => self.release_hold(out),
            (Confirm::CancelBooking(code), true, _) => {
                self.act(Command::Cancel { code }, out);
            }
            (Confirm::CancelShowing(plan), true, _) => self.cancel_showing(&plan, out),
            // Ctrl-C is no answer about an age: the ticket goes back, then quitting asks as usual.
            (Confirm::ChildTicket { previous }, true, _) if is_ctrl_c(&key) => {
                self.answer_age(false, previous);
                self.ask_to_quit(out);
            }
            (Confirm::ChildTicket { previous }, true, _) => self.answer_age(true, previous),
            (Confirm::ChildTicket { previous }, false, true) => self.answer_age(false, previous),
            (_, _, true) => {}
            (question, false, false) => self.overlay = Some(Overlay::Confirm(question)),
        }
    }

    fn answer_age(&mut self, confirmed: bool, previous: Option<crate::domain::TicketType>) {
        if let Some(checkout) = self.checkout.as_mut() {
            checkout.answer_age(confirmed, previous);
        }
    }

    /// `q`: quits at once, unless a hold is open, then asks first.
    pub(super) fn ask_to_quit(&mut self, out: &mut Vec<Command>) {
        if self.checkout.is_some() {
            self.overlay = Some(Overlay::Confirm(Confirm::Quit));
        } else {
            self.quit(false, out);
        }
    }

    /// Leaves, releasing this counter's open hold first when `release` is set.
    pub(super) fn quit(&mut self, release: bool, out: &mut Vec<Command>) {
        if release && let Some(checkout) = self.checkout.take() {
            out.push(Command::Cancel { code: checkout.code });
        }
        out.push(Command::Quit);
        self.quitting = true;
    }
}
