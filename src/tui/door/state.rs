//! The door view's state: what the scanner has typed so far, and the last verdict.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::domain::ShowingId;
use crate::engine::{Admission, EngineError};

/// The longest scan kept: a ticket payload is about 30 characters; anything much longer is a
/// scanner gone wrong, not a ticket.
const MAX_SCAN: usize = 120;

/// The answer to one scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Let them in: where to.
    Admit { film: String, auditorium: String, seat: String, admitted: i64 },
    /// Do not: why, in the engine's words.
    Stop { reason: String },
}

impl Verdict {
    /// The engine's answer as the usher sees it.
    #[must_use]
    pub fn from_result(result: Result<Admission, EngineError>) -> Self {
        match result {
            Ok(admission) => Self::Admit {
                film: admission.film,
                auditorium: admission.auditorium,
                seat: admission.seat.to_string(),
                admitted: admission.admitted,
            },
            Err(error) => Self::Stop { reason: super::super::worker::desk::failure(error).message },
        }
    }
}

/// What a key asks the door loop to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Admit(String),
    Quit,
}

/// The door view.
#[derive(Debug, Clone)]
pub struct DoorApp {
    pub door: String,
    pub showing: Option<ShowingId>,
    pub input: String,
    pub last: Option<Verdict>,
    /// The admitted count of the last ticket let in (the showing the door is busy with).
    pub admitted: Option<i64>,
    /// Scans sent and not answered yet.
    pub waiting: usize,
    /// A training database: the title says TRAINING, so nobody takes its tickets for real ones.
    pub training: bool,
}

impl DoorApp {
    #[must_use]
    pub fn new(door: &str, showing: Option<ShowingId>) -> Self {
        Self {
            door: door.to_owned(),
            showing,
            input: String::new(),
            last: None,
            admitted: None,
            waiting: 0,
            training: false,
        }
    }

    /// A key from the scanner or the usher.
    pub fn key(&mut self, key: KeyEvent) -> Action {
        if key.kind == KeyEventKind::Release {
            return Action::None;
        }
        match key.code {
            KeyCode::Esc => Action::Quit,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Action::Quit,
            KeyCode::Enter => {
                let scan = std::mem::take(&mut self.input);
                if scan.trim().is_empty() {
                    return Action::None;
                }
                self.waiting += 1;
                Action::Admit(scan)
            }
            KeyCode::Backspace => {
                self.input.pop();
                Action::None
            }
            // Control characters never reach the screen; a ticket payload has none.
            KeyCode::Char(c) if !c.is_control() && self.input.chars().count() < MAX_SCAN => {
                self.input.push(c);
                Action::None
            }
            _ => Action::None,
        }
    }

    /// The answer to a scan.
    pub fn verdict(&mut self, verdict: Verdict) {
        self.waiting = self.waiting.saturating_sub(1);
        if let Verdict::Admit { admitted, .. } = &verdict {
            self.admitted = Some(*admitted);
        }
        self.last = Some(verdict);
    }
}
