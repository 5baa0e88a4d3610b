//! The manager's actions on a showing: block seats (house seats, a seat broken today) and make
//! them available again, from the seat map; cancel a showing, from the showings list, after a
//! question that says how many bookings will be refunded. Each needs a reason, picked from a
//! short list or typed. A cashier gets the manager's approval dialog when the engine asks.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::{TextField, text_char};
use super::{App, Command, Confirm, Overlay, Tone};
use crate::domain::selling::SalesState;
use crate::domain::{SeatLabel, SeatStatus, ShowingId};
use crate::engine::ShowingCancellation;
use crate::tui::event::{CancelPreview, Failure};
use crate::tui::text;

/// The longest reason the engine keeps.
const REASON_CHARS: usize = 200;

/// What the reason is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Block {
        showing: ShowingId,
        seats: Vec<SeatLabel>,
    },
    Unblock {
        showing: ShowingId,
        seats: Vec<SeatLabel>,
    },
    /// `title` names the showing the way the cashier sees it in the list.
    CancelShowing {
        showing: ShowingId,
        title: String,
    },
}

/// A reason being chosen or typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReasonForm {
    pub purpose: Purpose,
    pub reason: TextField,
    /// Typing a reason of one's own (digits are then text, not presets).
    pub typing: bool,
}

impl ReasonForm {
    fn new(purpose: Purpose) -> Self {
        Self { purpose, reason: TextField::new(REASON_CHARS), typing: false }
    }

    /// The common reasons for this purpose, picked with 1-4.
    #[must_use]
    pub fn presets(&self) -> [String; 4] {
        match self.purpose {
            Purpose::Block { .. } => text::block_reasons(),
            Purpose::Unblock { .. } => text::unblock_reasons(),
            Purpose::CancelShowing { .. } => text::cancel_showing_reasons(),
        }
    }
}

/// A showing's cancellation, counted and waiting for yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelShowingPlan {
    pub title: String,
    pub reason: String,
    pub preview: CancelPreview,
}

impl App {
    /// `b` / `u` on the seat map: the selected seats that can change so, else the cursor's seat.
    pub(super) fn ask_block(&mut self, block: bool) {
        let Some(seats) = self.seats.as_ref() else { return };
        let wanted = if block { SeatStatus::Available } else { SeatStatus::Blocked };
        let mut chosen: Vec<SeatLabel> =
            seats.selected().iter().filter(|s| s.status == wanted).map(|s| s.label.clone()).collect();
        if chosen.is_empty() {
            chosen.extend(seats.cursor_seat().filter(|s| s.status == wanted).map(|s| s.label.clone()));
        }
        if chosen.is_empty() {
            self.say(if block { text::block_how() } else { text::unblock_how() }, Tone::Error);
            return;
        }
        let showing = seats.map.showing.id;
        let purpose =
            if block { Purpose::Block { showing, seats: chosen } } else { Purpose::Unblock { showing, seats: chosen } };
        self.overlay = Some(Overlay::Reason(ReasonForm::new(purpose)));
    }

    /// `C` on the showings list: cancel the highlighted showing, if it has not finished.
    pub(super) fn ask_cancel_showing(&mut self) {
        let Some(list) = self.showings.as_ref() else { return };
        let Some(summary) = list.current() else { return };
        if matches!(list.state_at(summary, self.now), SalesState::Finished | SalesState::Cancelled) {
            let state = text::sales_state(list.state_at(summary, self.now));
            self.say(text::showing_already(&state), Tone::Error);
            return;
        }
        let show = &summary.showing;
        let time = show.starts_at.with_timezone(&list.data.venue.zone).format("%H:%M").to_string();
        let title = text::showing_title(&time, &show.film, &show.auditorium);
        self.overlay = Some(Overlay::Reason(ReasonForm::new(Purpose::CancelShowing { showing: show.id, title })));
    }

    pub(super) fn reason_key(&mut self, mut form: ReasonForm, key: KeyEvent, out: &mut Vec<Command>) {
        match key.code {
            KeyCode::Esc => return,
            KeyCode::Enter if form.reason.is_empty() => self.say(text::reason_first(), Tone::Error),
            KeyCode::Enter => {
                let reason = form.reason.value.trim().to_owned();
                let command = match &form.purpose {
                    Purpose::Block { showing, seats } => {
                        Command::Block { showing: *showing, seats: seats.clone(), reason }
                    }
                    Purpose::Unblock { showing, seats } => {
                        Command::Unblock { showing: *showing, seats: seats.clone(), reason }
                    }
                    Purpose::CancelShowing { showing, .. } => Command::PreviewCancel { showing: *showing },
                };
                // The form stays while the desk answers: on a refusal nothing typed is lost.
                self.act(command, out);
            }
            KeyCode::Char(digit @ '1'..='9') if !form.typing => {
                let index = digit.to_digit(10).map_or(0, |d| d as usize) - 1;
                if let Some(preset) = form.presets().get(index) {
                    form.reason = TextField::with(preset, REASON_CHARS);
                } else {
                    form.reason = TextField::new(REASON_CHARS);
                    form.typing = true;
                }
            }
            KeyCode::Char(_) if !form.typing => {
                // Any letter starts a reason of one's own.
                form.reason = TextField::new(REASON_CHARS);
                form.typing = true;
                form.reason.input(&key, text_char);
            }
            _ => {
                form.reason.input(&key, text_char);
            }
        }
        self.overlay = Some(Overlay::Reason(form));
    }

    pub(super) fn blocked(&mut self, block: bool, result: Result<Vec<SeatLabel>, Failure>) {
        match result {
            Ok(labels) => {
                if matches!(self.overlay, Some(Overlay::Reason(_))) {
                    self.overlay = None;
                }
                if let Some(seats) = self.seats.as_mut() {
                    seats.state.clear_selection();
                }
                let names: Vec<String> = labels.iter().map(ToString::to_string).collect();
                self.say(text::blocked(block, &names), Tone::Good);
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }

    /// The count came: the question says what cancelling will undo.
    pub(super) fn cancel_previewed(&mut self, result: Result<CancelPreview, Failure>) {
        match result {
            Ok(preview) => {
                let Some(Overlay::Reason(form)) = self.overlay.take_if(|open| matches!(open, Overlay::Reason(_)))
                else {
                    return;
                };
                let Purpose::CancelShowing { title, .. } = form.purpose else { return };
                let plan = CancelShowingPlan { title, reason: form.reason.value.trim().to_owned(), preview };
                self.overlay = Some(Overlay::Confirm(Confirm::CancelShowing(Box::new(plan))));
                self.say(text::confirm_cancel_showing_hint(), Tone::Info);
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }

    /// `y` to the question.
    pub(super) fn cancel_showing(&mut self, plan: &CancelShowingPlan, out: &mut Vec<Command>) {
        let command = Command::CancelShowing { showing: plan.preview.showing, reason: plan.reason.clone() };
        self.act(command, out);
    }

    pub(super) fn showing_cancelled(&mut self, result: Result<ShowingCancellation, Failure>) {
        match result {
            Ok(done) => {
                let total = self
                    .venue()
                    .map_or_else(|| done.refunded_total.to_string(), |v| text::money(&v.currency, done.refunded_total));
                self.say(
                    text::showing_cancelled(done.showing.0, done.bookings_refunded, &total, done.holds_cancelled),
                    Tone::Good,
                );
            }
            Err(failure) => self.say(failure.message, Tone::Error),
        }
    }
}
