//! Who is at the counter. With staff set up, the screen starts on sign-in (a name and a masked
//! PIN, checked by the engine on the desk); a wrong PIN is said and may be typed again. Signing
//! out goes back there, but never with a hold open.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::{TextField, text_char};
use super::{App, Command, Screen, Tone};
use crate::engine::SignedIn;
use crate::tui::event::{Failure, Pin};
use crate::tui::text;

/// The longest name the engine accepts.
const NAME_CHARS: usize = 40;
/// The longest PIN the engine accepts.
pub(super) const PIN_CHARS: usize = 12;

/// Which field takes what is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Field {
    #[default]
    Name,
    Pin,
}

/// A name and a PIN being typed (the sign-in screen and the manager's approval share it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInForm {
    pub name: TextField,
    /// Drawn as `•`, never as the digits.
    pub pin: TextField,
    pub focus: Field,
}

impl Default for SignInForm {
    fn default() -> Self {
        Self { name: TextField::new(NAME_CHARS), pin: TextField::new(PIN_CHARS), focus: Field::Name }
    }
}

/// What one key did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Typed {
    /// Changed a field or the focus; nothing more to do.
    Edited,
    /// Enter with both fields filled in.
    Submit,
    /// Enter with something missing: what to say.
    Missing(String),
    /// Not a key of the form.
    Other,
}

impl SignInForm {
    /// Applies a key: letters to the name, digits to the PIN, Tab or ↑↓ between them, Enter on
    /// the name moves on to the PIN and on the PIN submits.
    pub(super) fn input(&mut self, key: &KeyEvent) -> Typed {
        match key.code {
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Up | KeyCode::Down => {
                self.focus = if self.focus == Field::Name { Field::Pin } else { Field::Name };
            }
            KeyCode::Enter if self.name.is_empty() => {
                self.focus = Field::Name;
                return Typed::Missing(text::name_first());
            }
            KeyCode::Enter if self.focus == Field::Name => self.focus = Field::Pin,
            KeyCode::Enter if self.pin.is_empty() => return Typed::Missing(text::pin_first()),
            KeyCode::Enter => return Typed::Submit,
            _ => {
                let taken = match self.focus {
                    Field::Name => self.name.input(key, text_char),
                    Field::Pin => self.pin.input(key, |c| c.is_ascii_digit()),
                };
                if !taken {
                    return Typed::Other;
                }
            }
        }
        Typed::Edited
    }

    /// The name as typed, trimmed, and the PIN (which is then forgotten here).
    pub(super) fn take(&mut self) -> (String, Pin) {
        let pin = Pin(std::mem::take(&mut self.pin.value));
        (self.name.value.trim().to_owned(), pin)
    }
}

/// Who is at the counter.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// Staff are set up here: nothing is done until someone signs in.
    pub required: bool,
    pub who: Option<SignedIn>,
    pub form: SignInForm,
}

impl App {
    /// Staff are set up: the screen starts on sign-in, with the name filled in when the command
    /// line gave one (`--staff`).
    pub fn sign_in_first(&mut self, name: Option<&str>) {
        self.session.required = true;
        self.session.who = None;
        let mut form = SignInForm::default();
        if let Some(name) = name.filter(|n| !n.trim().is_empty()) {
            form.name = TextField::with(name.trim(), NAME_CHARS);
            form.focus = Field::Pin;
        }
        self.session.form = form;
        self.screen = Screen::SignIn;
        self.say(text::sign_in_please(), Tone::Info);
    }

    /// Every key on the sign-in screen belongs to the form (a name may hold a `q` or a `?`);
    /// Ctrl-C still quits, before this is asked.
    pub(super) fn sign_in_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        if key.code == KeyCode::Esc {
            self.session.form = SignInForm::default();
            return true;
        }
        match self.session.form.input(&key) {
            Typed::Submit => {
                let (name, pin) = self.session.form.take();
                self.act(Command::SignIn { name, pin }, out);
            }
            Typed::Missing(what) => self.say(what, Tone::Error),
            Typed::Edited | Typed::Other => {}
        }
        true
    }

    pub(super) fn signed_in(&mut self, result: Result<SignedIn, Failure>) {
        match result {
            Ok(who) => {
                let shift = self.shift.as_ref().map(|s| s.shift.id);
                self.say(text::signed_in(who.name(), &text::role_name(who.role()), shift), Tone::Good);
                self.session.who = Some(who);
                self.session.form = SignInForm::default();
                self.screen = Screen::Showings;
            }
            Err(failure) => {
                // Wrong PIN or locked: the name stays, the PIN is typed again.
                self.session.form.pin.value.clear();
                self.session.form.focus = Field::Pin;
                self.say(failure.message, Tone::Error);
            }
        }
    }

    /// `O`: back to the sign-in screen for the next person. Like quitting, not while a hold is
    /// open at this counter: it would be left to run out under nobody's name.
    pub(super) fn ask_to_sign_out(&mut self, out: &mut Vec<Command>) {
        if !self.session.required {
            self.say(text::no_staff(), Tone::Info);
        } else if self.checkout.is_some() {
            self.say(text::sign_out_hold_open(), Tone::Error);
        } else {
            self.act(Command::SignOut, out);
        }
    }

    pub(super) fn signed_out(&mut self) {
        let name = self.session.who.take().map(|who| who.name().to_owned()).unwrap_or_default();
        // Nothing of the last person's work stays on screen for the next one.
        self.overlay = None;
        self.leave_seats();
        self.sold = None;
        self.booking = None;
        self.find_code = None;
        self.report = None;
        self.sign_in_first(None);
        self.say(text::signed_out(&name), Tone::Good);
    }
}
