//! A manager's approval on the spot. When the engine refuses a cashier an action for want of a
//! manager (a refund after the start or of another amount, blocking seats, cancelling a showing),
//! a dialog asks for a manager's name and PIN; the desk records the approval and tries the same
//! action once more with it. Esc abandons, back to the form the action came from.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::session::{Field, SignInForm, Typed};
use super::{App, Command, Overlay, Tone};
use crate::tui::event::Failure;
use crate::tui::text;

/// The approval being asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalForm {
    /// The refused action, tried again once approved.
    pub action: Command,
    /// The manager's name and PIN.
    pub manager: SignInForm,
    /// Why the last name and PIN were refused (wrong PIN, not a manager, oneself).
    pub refused: Option<String>,
    /// What was open when the action was refused (the refund form), for Esc to go back to.
    pub back: Option<Box<Overlay>>,
}

impl App {
    /// Opens the approval dialog for `action`, over whatever form asked for it.
    pub(super) fn ask_for_approval(&mut self, action: Command) {
        let back = self.overlay.take().map(Box::new);
        self.say(text::approval_needed(&text::action_name(&action)), Tone::Error);
        self.overlay =
            Some(Overlay::Approval(ApprovalForm { action, manager: SignInForm::default(), refused: None, back }));
    }

    pub(super) fn approval_key(&mut self, mut form: ApprovalForm, key: KeyEvent, out: &mut Vec<Command>) {
        if key.code == KeyCode::Esc {
            self.overlay = form.back.map(|back| *back);
            self.say(text::not_approved(), Tone::Info);
            return;
        }
        match form.manager.input(&key) {
            Typed::Submit => {
                let (manager, pin) = form.manager.take();
                form.refused = None;
                self.act(Command::Approve { manager, pin, action: Box::new(form.action.clone()) }, out);
            }
            Typed::Missing(what) => self.say(what, Tone::Error),
            Typed::Edited | Typed::Other => {}
        }
        // The dialog stays while the desk answers: a refused PIN is typed again right here.
        self.overlay = Some(Overlay::Approval(form));
    }

    /// The manager's name or PIN was refused: said in the dialog, the PIN typed again.
    pub(super) fn approval_refused(&mut self, failure: &Failure) {
        if let Some(Overlay::Approval(form)) = self.overlay.as_mut() {
            form.refused = Some(failure.message.clone());
            form.manager.focus = Field::Pin;
        }
        self.say(failure.message.clone(), Tone::Error);
    }

    /// The approved action was answered: the dialog closes; on a refusal the form it came from
    /// comes back, so nothing typed there is lost.
    pub(super) fn close_approval(&mut self, done: bool) {
        if let Some(Overlay::Approval(form)) = self.overlay.take_if(|open| matches!(open, Overlay::Approval(_)))
            && !done
        {
            self.overlay = form.back.map(|back| *back);
        }
    }
}
