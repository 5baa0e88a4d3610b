//! This counter's cash drawer: `S` opens the shift with a float, or closes the open one with
//! the counted cash and shows what the drawer should hold and by how much it is over or short.
//! A sale refused because no shift is open offers the same form, and goes through once it is.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::{TextField, amount_char};
use super::{App, Command, Overlay, Tone};
use crate::engine::ShiftReport;
use crate::tui::event::{ClosedShift, Failure};
use crate::tui::text;

/// What the shift form does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShiftMode {
    /// No shift is open: the float is typed.
    Open,
    /// A shift is open: the counted cash is typed.
    Close,
    /// The shift just closed: its figures, to read before the drawer is emptied.
    Closed(Box<ClosedShift>),
}

/// The shift form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftForm {
    pub mode: ShiftMode,
    /// The float or the counted cash, as typed.
    pub amount: TextField,
    /// The action refused for want of a shift, carried out once the shift is open.
    pub then: Option<Command>,
    /// What was open before (the refund form), for Esc to go back to.
    pub back: Option<Box<Overlay>>,
}

impl ShiftForm {
    fn new(mode: ShiftMode) -> Self {
        Self { mode, amount: TextField::new(16), then: None, back: None }
    }
}

impl App {
    /// `S`: the form for whatever the drawer needs next.
    pub(super) fn open_shift_form(&mut self) {
        let mode = if self.shift.is_some() { ShiftMode::Close } else { ShiftMode::Open };
        self.overlay = Some(Overlay::Shift(ShiftForm::new(mode)));
    }

    /// A sale (or refund) was refused because this counter has no shift open: the float is asked
    /// for right there, and the action goes through once the shift is open.
    pub(super) fn offer_shift(&mut self, action: Command) {
        let mut form = ShiftForm::new(ShiftMode::Open);
        form.then = Some(action);
        form.back = self.overlay.take().map(Box::new);
        self.overlay = Some(Overlay::Shift(form));
        self.say(text::no_shift_offer(), Tone::Error);
    }

    pub(super) fn shift_key(&mut self, mut form: ShiftForm, key: KeyEvent, out: &mut Vec<Command>) {
        if matches!(form.mode, ShiftMode::Closed(_)) {
            // The closed shift's figures: any key puts them away.
            return;
        }
        match key.code {
            KeyCode::Esc => {
                self.overlay = form.back.map(|back| *back);
                if form.then.is_some() {
                    self.say(text::shift_not_opened(), Tone::Info);
                }
                return;
            }
            KeyCode::Enter => {
                let amount = if form.amount.is_empty() {
                    Err(text::type_amount(form.mode == ShiftMode::Open))
                } else {
                    match self.venue() {
                        Some(venue) => venue.currency.parse_amount(&form.amount.value).map_err(|e| e.to_string()),
                        None => Err(text::loading()),
                    }
                };
                match amount {
                    Ok(amount) => {
                        let command = if form.mode == ShiftMode::Open {
                            Command::OpenShift { float: amount }
                        } else {
                            Command::CloseShift { counted: amount }
                        };
                        self.act(command, out);
                    }
                    Err(message) => self.say(message, Tone::Error),
                }
            }
            _ => {
                form.amount.input(&key, amount_char);
            }
        }
        self.overlay = Some(Overlay::Shift(form));
    }

    pub(super) fn shift_opened(&mut self, result: Result<Box<ShiftReport>, Failure>, out: &mut Vec<Command>) {
        match result {
            Ok(report) => {
                let float = self.venue().map(|v| text::money(&v.currency, report.shift.float)).unwrap_or_default();
                self.say(text::shift_opened(report.shift.id, &float), Tone::Good);
                self.shift = Some(*report);
                let form = self.overlay.take_if(|open| matches!(open, Overlay::Shift(_)));
                if let Some(Overlay::Shift(form)) = form {
                    self.overlay = form.back.map(|back| *back);
                    if let Some(action) = form.then {
                        self.act(action, out);
                    }
                }
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }

    pub(super) fn shift_closed(&mut self, result: Result<Box<ClosedShift>, Failure>) {
        match result {
            Ok(closed) => {
                let id = closed.report.shift.id;
                match &closed.file {
                    Ok(path) => self.say(text::shift_closed(id, &path.display().to_string()), Tone::Good),
                    Err(why) => self.say(text::shift_closed_without_file(id, why), Tone::Error),
                }
                self.shift = None;
                self.overlay = Some(Overlay::Shift(ShiftForm::new(ShiftMode::Closed(closed))));
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }
}
