//! The cashier screen as a pure state machine: [`App::update`] takes one [`Event`] and returns
//! the [`Command`]s it wants carried out. No terminal, thread, clock or database in here, so
//! every flow is testable by feeding events.
//!
//! Keys typed while an action or a load is in flight wait in a short queue and are replayed when
//! the answer arrives: a cashier who types `Enter 2 Enter Enter` quickly gets exactly what a slow
//! one gets.

mod answers;
mod approval;
mod booking;
mod checkout;
mod field;
mod manage;
mod prompts;
mod refund;
mod report;
mod resume;
mod seats;
mod session;
mod shift;
mod showings;

use std::collections::{BTreeSet, VecDeque};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

pub use approval::ApprovalForm;
pub use booking::BookingScreen;
pub use checkout::{Checkout, CheckoutLine, Sold};
pub use field::TextField;
pub use manage::{CancelShowingPlan, Purpose, ReasonForm};
pub use refund::{Focus, RefundForm, RefundSeat};
pub use report::ReportView;
pub use seats::Seats;
pub use session::{Field, Session, SignInForm};
pub use shift::{ShiftForm, ShiftMode};
pub use showings::ShowingsList;

use super::event::{Command, Event, Link, Loaded, Watch, Watched};
use super::text;
use super::theme::Theme;
use crate::domain::ShowingId;
use crate::domain::venue_file::VenueSettings;
use crate::engine::{OpenHold, ShiftReport};

/// Keys kept while waiting for an answer; a cashier never types more ahead than this.
const TYPEAHEAD: usize = 64;
/// How long a load or action may stay unanswered before the queued keys are dropped.
const PATIENCE_SECONDS: i64 = 30;

/// Which screen fills the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Showings,
    Seats,
    Checkout,
    Sold,
    Booking,
    /// Staff are set up and nobody is signed in: name and PIN first.
    SignIn,
    /// The day's figures.
    Report,
}

/// A question or form drawn over the screen; it takes the keys while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// `?`, scrolled down this many lines (on a small terminal the list is longer than the box).
    Help(u16),
    /// `/`: the booking code being typed.
    Find(TextField),
    /// `g` on the seat map: the seat label being typed, to jump to it.
    GoTo(TextField),
    Confirm(Confirm),
    Refund(RefundForm),
    /// A manager's name and PIN for an action a cashier may not do alone.
    Approval(ApprovalForm),
    /// Opening or closing this counter's shift.
    Shift(ShiftForm),
    /// Why seats are blocked or unblocked, or a showing cancelled.
    Reason(ReasonForm),
}

/// A yes/no question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Quit while a hold is open: releasing it first.
    Quit,
    /// Esc in checkout: release the hold and go back to the seats.
    Release,
    /// Cancel a held booking found by its code.
    CancelBooking(String),
    /// Cancel a showing, refunding its paid bookings in full.
    CancelShowing(Box<CancelShowingPlan>),
}

/// The last thing that happened, shown in the status line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub text: String,
    pub tone: Tone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Info,
    Good,
    Error,
}

/// What the app is waiting for; keys typed meanwhile are queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Waiting {
    SeatMap(ShowingId),
    Booking(String),
    /// One of the cashier's own actions (hold, sell, cancel, extend, refund, sign in, …).
    Action,
}

/// The whole state of the cashier screen.
#[derive(Debug, Clone)]
pub struct App {
    pub counter: String,
    /// A training database: the title line says TRAINING on every screen.
    pub training: bool,
    /// The database server is out of reach: the title line says so until it is back, and
    /// every sale fails (the store keeps nothing half-done) until then.
    pub server_lost: bool,
    pub theme: Theme,
    pub now: DateTime<Utc>,
    /// The venue's time zone once any snapshot told it; UTC until then.
    pub zone: Tz,
    pub size: (u16, u16),
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub message: Message,
    /// The "seats taken meanwhile" line last said, so a later map without that loss clears it.
    taken_note: Option<String>,
    /// The day asked for; `None` means today, whatever day that is in the venue.
    pub day: Option<NaiveDate>,
    pub showings: Option<ShowingsList>,
    /// The showing whose seats are open (the watcher keeps it fresh).
    pub open_showing: Option<ShowingId>,
    pub seats: Option<Seats>,
    pub checkout: Option<Checkout>,
    pub sold: Option<Sold>,
    /// The booking code being looked up or shown.
    pub find_code: Option<String>,
    pub booking: Option<BookingScreen>,
    /// Bookings this counter made in this session: their seats show as "mine".
    pub my_codes: BTreeSet<String>,
    /// This counter's holds still running that no checkout here is paying (a killed screen's).
    pub open_holds: Vec<OpenHold>,
    /// A hold on its way back to checkout, waiting for its seat map.
    resuming: Option<OpenHold>,
    pub waiting: Option<(Waiting, DateTime<Utc>)>,
    /// Who is at the counter, when staff are set up.
    pub session: Session,
    /// This counter's open shift as last read, with its takings so far.
    pub shift: Option<ShiftReport>,
    /// The day report, while it is on screen.
    pub report: Option<ReportView>,
    /// The action on its way to the desk: tried again after a manager's approval, or after the
    /// shift it needed was opened.
    sent: Option<Command>,
    typeahead: VecDeque<KeyEvent>,
    watching: Watch,
    pub quitting: bool,
}

impl App {
    /// A fresh screen at `now`, for a terminal of `size` (columns, lines).
    #[must_use]
    pub fn new(counter: &str, theme: Theme, now: DateTime<Utc>, size: (u16, u16)) -> Self {
        Self {
            counter: counter.to_owned(),
            training: false,
            server_lost: false,
            theme,
            now,
            zone: chrono_tz::UTC,
            size,
            screen: Screen::Showings,
            overlay: None,
            message: Message { text: text::WELCOME.to_owned(), tone: Tone::Info },
            taken_note: None,
            day: None,
            showings: None,
            open_showing: None,
            seats: None,
            checkout: None,
            sold: None,
            find_code: None,
            booking: None,
            my_codes: BTreeSet::new(),
            open_holds: Vec::new(),
            resuming: None,
            waiting: None,
            session: Session::default(),
            shift: None,
            report: None,
            sent: None,
            typeahead: VecDeque::new(),
            watching: Watch { day: Some(NaiveDate::MIN), ..Watch::default() },
            quitting: false,
        }
    }

    /// The commands to run before the first event: start watching today's showings.
    pub fn start(&mut self) -> Vec<Command> {
        let mut out = Vec::new();
        self.sync_watch(&mut out);
        out
    }

    /// Takes one event; returns what to do about it.
    pub fn update(&mut self, event: Event) -> Vec<Command> {
        let mut out = Vec::new();
        if self.quitting {
            return out;
        }
        match event {
            Event::Key(key) => self.on_key_event(key, &mut out),
            Event::Tick(now) => self.on_tick(now),
            Event::Resize(width, height) => {
                self.size = (width, height);
                self.scroll_seats();
            }
            Event::Signal => self.quit(true, &mut out),
            Event::Loaded(loaded) => self.on_loaded(loaded, &mut out),
            Event::Done(done) => self.on_done(done, &mut out),
            Event::Printed(Ok(message)) => self.say(message, Tone::Good),
            Event::Printed(Err(message)) => self.say(message, Tone::Error),
        }
        self.sync_watch(&mut out);
        out
    }

    /// The terminal's area, for laying out before drawing.
    #[must_use]
    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    fn on_key_event(&mut self, key: KeyEvent, out: &mut Vec<Command>) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if is_ctrl_c(&key) {
            self.typeahead.clear();
            self.on_key(key, out);
            return;
        }
        if self.waiting.is_some() {
            if self.typeahead.len() < TYPEAHEAD {
                self.typeahead.push_back(key);
            }
            return;
        }
        self.on_key(key, out);
    }

    /// One key, with nothing in flight.
    fn on_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) {
        if let Some(overlay) = self.overlay.take() {
            self.on_overlay_key(overlay, key, out);
            return;
        }
        if is_ctrl_c(&key) {
            self.ask_to_quit(out);
            return;
        }
        if !self.screen_key(key, out) {
            self.everywhere_key(key, out);
        }
    }

    /// A key of the screen on show; `false` when that screen has no use for it. The `?` help
    /// lists each under its screen (`tui/tests/keys.rs` checks both ways).
    fn screen_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        match self.screen {
            Screen::Showings => self.showings_key(key),
            Screen::Seats => self.seats_key(key, out),
            Screen::Checkout => self.checkout_key(key, out),
            Screen::Sold => self.sold_key(key),
            Screen::Booking => self.booking_key(key, out),
            Screen::SignIn => self.sign_in_key(key, out),
            Screen::Report => self.report_key(key),
        }
    }

    /// A key that works on every screen (`?` lists them as "Everywhere"); `false` for others.
    fn everywhere_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        // Checkout is one customer's sale against a countdown: nothing there leads elsewhere.
        let away = self.screen != Screen::Checkout;
        match key.code {
            KeyCode::Char('?') => self.overlay = Some(Overlay::Help(0)),
            KeyCode::Char('q') => self.ask_to_quit(out),
            KeyCode::Char('/') if away => {
                self.overlay = Some(Overlay::Find(TextField::new(12)));
            }
            KeyCode::Char('R') if away => self.open_report(),
            // `?` lists these as everywhere: in checkout they say why they wait, not nothing.
            KeyCode::Char('/' | 'R') => self.say(text::FINISH_SALE_FIRST, Tone::Info),
            KeyCode::Char('S') => self.open_shift_form(),
            KeyCode::Char('O') => self.ask_to_sign_out(out),
            _ => return false,
        }
        true
    }

    /// Whether `key` does anything on the screen on show, and whether on every screen: for the
    /// test that holds the `?` help and the key handling together. Tried on a copy.
    #[cfg(test)]
    pub(crate) fn handles(&self, key: KeyEvent) -> (bool, bool) {
        let mut out = Vec::new();
        (self.clone().screen_key(key, &mut out), self.clone().everywhere_key(key, &mut out))
    }

    /// Sends one of the cashier's actions and waits for its answer.
    fn act(&mut self, command: Command, out: &mut Vec<Command>) {
        self.sent = Some(command.clone());
        out.push(command);
        self.waiting = Some((Waiting::Action, self.now));
        self.message = Message { text: text::WORKING.to_owned(), tone: Tone::Info };
    }

    /// The awaited answer came: replay the keys typed meanwhile, until one waits again.
    fn resolve_wait(&mut self, out: &mut Vec<Command>) {
        self.waiting = None;
        while self.waiting.is_none() && !self.quitting {
            let Some(key) = self.typeahead.pop_front() else { break };
            self.on_key(key, out);
        }
    }

    fn on_tick(&mut self, now: DateTime<Utc>) {
        let before = std::mem::replace(&mut self.now, now);
        if let Some((_, since)) = &self.waiting
            && (now - *since).num_seconds() > PATIENCE_SECONDS
        {
            self.waiting = None;
            self.typeahead.clear();
            self.message = Message { text: text::SLOW_DATABASE.to_owned(), tone: Tone::Error };
        }
        self.expire_own_hold();
        self.warn_hold_ending(before);
    }

    fn on_loaded(&mut self, loaded: Loaded, out: &mut Vec<Command>) {
        match loaded {
            Loaded::Showings { day, today, showings } => self.showings_loaded(day, today, *showings),
            Loaded::SeatMap(map) => self.seat_map_loaded(*map, out),
            Loaded::Booking(detail) => self.booking_loaded(*detail, out),
            Loaded::Holds(holds) => self.holds_loaded(holds),
            Loaded::Failed { what, message } => self.load_failed(&what, message, out),
            Loaded::Ticked(report) => {
                if report.restocked_showings > 0 {
                    self.message = Message { text: text::restocked(report.restocked_showings), tone: Tone::Info };
                }
            }
            Loaded::Shift(shift) => self.shift = shift.map(|report| *report),
            Loaded::Report(report) => self.report_loaded(*report),
            Loaded::Server(Link::Lost(why)) => {
                self.server_lost = true;
                self.say(text::server_lost(&why), Tone::Error);
            }
            Loaded::Server(Link::Back) => {
                self.server_lost = false;
                self.say(text::SERVER_BACK, Tone::Info);
            }
        }
    }

    fn load_failed(&mut self, what: &Watched, message: String, out: &mut Vec<Command>) {
        self.message = Message { text: message, tone: Tone::Error };
        match (what, &self.waiting) {
            (Watched::SeatMap(id), Some((Waiting::SeatMap(waited), _))) if id == waited => {
                self.leave_seats();
                self.typeahead.clear();
                self.resolve_wait(out);
            }
            (Watched::Booking(code), Some((Waiting::Booking(waited), _))) if code == waited => {
                self.find_code = None;
                self.typeahead.clear();
                self.resolve_wait(out);
            }
            _ => {}
        }
    }

    /// Tells the watcher when what the screen looks at changed.
    fn sync_watch(&mut self, out: &mut Vec<Command>) {
        if self.quitting {
            return;
        }
        let watch = Watch {
            day: self.day,
            showing: self.open_showing,
            booking: self.find_code.clone(),
            report: self.report.is_some(),
        };
        if watch != self.watching {
            self.watching = watch.clone();
            out.push(Command::Watch(watch));
        }
    }

    /// Says something in the status line.
    fn say(&mut self, text: impl Into<String>, tone: Tone) {
        self.message = Message { text: text.into(), tone };
    }

    /// The venue as any snapshot on hand tells it (its currency reads typed amounts).
    #[must_use]
    pub fn venue(&self) -> Option<&VenueSettings> {
        self.showings
            .as_ref()
            .map(|list| &list.data.venue)
            .or_else(|| self.seats.as_ref().map(|seats| &seats.map.venue))
            .or_else(|| self.booking.as_ref().map(|shown| &shown.detail.venue))
    }
}

fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)
}
