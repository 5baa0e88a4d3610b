//! The seat map screen: moving, selecting, best seats by a digit, holding.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::field::TextField;
use super::{App, Checkout, Command, Overlay, Screen, Tone, Waiting};
use crate::domain::best_available::Kind;
use crate::domain::selling::SalesState;
use crate::domain::{SeatLabel, SeatStatus};
use crate::engine::{HoldReceipt, SeatMap, SeatView, messages};
use crate::tui::event::Failure;
use crate::tui::seat_map::{Direction, Plan, SeatMapState, Spot, Toggle, viewport};
use crate::tui::{text, views};

/// The open showing's seats: the snapshot, its picture, and the cashier's cursor and selection.
#[derive(Debug, Clone)]
pub struct Seats {
    pub map: SeatMap,
    pub plan: Plan,
    pub state: SeatMapState,
}

impl Seats {
    /// The seat under the cursor, if the cursor is on one.
    #[must_use]
    pub fn cursor_seat(&self) -> Option<&SeatView> {
        self.seat_at(self.state.cursor)
    }

    #[must_use]
    pub fn seat_at(&self, place: (usize, usize)) -> Option<&SeatView> {
        match self.plan.spot(place) {
            Spot::Seat { index, .. } => self.map.seats.get(index),
            Spot::Gap => None,
        }
    }

    /// Where the seat labelled `label` is in the picture.
    #[must_use]
    pub fn place_of(&self, label: Option<&SeatLabel>) -> Option<(usize, usize)> {
        let label = label?;
        self.map.seats.iter().find(|s| s.label == *label).map(|s| (s.grid_row, s.grid_col))
    }

    /// The selected seats, front to back.
    #[must_use]
    pub fn selected(&self) -> Vec<&SeatView> {
        self.state.selected().iter().filter_map(|place| self.seat_at(*place)).collect()
    }
}

impl App {
    pub(super) fn seat_map_loaded(&mut self, map: SeatMap, out: &mut Vec<Command>) {
        if self.open_showing != Some(map.showing.id) {
            return;
        }
        self.zone = map.venue.zone;
        // A hold this counter made before the screen was killed is still this counter's: shown
        // as held here (Enter on it opens its booking), not as taken elsewhere.
        let own =
            |s: &&SeatView| s.status == SeatStatus::Reserved && s.counter.as_deref() == Some(self.counter.as_str());
        let stranded: Vec<String> = map.seats.iter().filter(own).filter_map(|s| s.booking.clone()).collect();
        self.my_codes.extend(stranded);
        let plan = Plan::new(&map, &self.my_codes);
        match self.seats.take() {
            Some(mut seats) if seats.map.showing.id == map.showing.id => {
                let lost = seats.state.keep_free(&plan);
                let lost_labels: Vec<&SeatView> = lost.iter().filter_map(|place| seats.seat_at(*place)).collect();
                if !lost_labels.is_empty() {
                    let names: Vec<String> = lost_labels.iter().map(|s| s.label.to_string()).collect();
                    let at = map
                        .seats
                        .iter()
                        .filter(|s| lost_labels.iter().any(|l| l.label == s.label))
                        .find_map(|s| s.counter.clone());
                    let note = text::taken_meanwhile(&names, at.as_deref());
                    self.taken_note = Some(note.clone());
                    self.say(note, Tone::Error);
                } else if self.taken_note.take().is_some_and(|note| note == self.message.text) {
                    // The seat that was taken may be free again: the old news would mislead.
                    self.message = super::Message::default();
                }
                seats.map = map;
                seats.plan = plan;
                self.seats = Some(seats);
            }
            _ => {
                let state = SeatMapState::new(&plan);
                self.seats = Some(Seats { map, plan, state });
            }
        }
        self.scroll_seats();
        self.finish_resume();
        if let Some((Waiting::SeatMap(id), _)) = &self.waiting
            && Some(*id) == self.open_showing
        {
            self.resolve_wait(out);
        }
    }

    /// Keeps the cursor on screen for the current terminal size (the drawing does the same sum).
    pub(super) fn scroll_seats(&mut self) {
        let area = views::seats::map_area(self.area());
        if let Some(seats) = self.seats.as_mut() {
            let view = viewport(&seats.plan, area);
            seats.state.follow_cursor(&seats.plan, view);
        }
    }

    /// Back to the showings list.
    pub(super) fn leave_seats(&mut self) {
        self.screen = Screen::Showings;
        self.open_showing = None;
        self.seats = None;
    }

    pub(super) fn seats_key(&mut self, key: KeyEvent, out: &mut Vec<Command>) -> bool {
        let Some(seats) = self.seats.as_mut() else {
            if key.code == KeyCode::Esc {
                self.leave_seats();
                return true;
            }
            return false;
        };
        let direction = match key.code {
            KeyCode::Left | KeyCode::Char('h') => Some(Direction::Left),
            KeyCode::Right | KeyCode::Char('l') => Some(Direction::Right),
            KeyCode::Up | KeyCode::Char('k') => Some(Direction::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Direction::Down),
            _ => None,
        };
        if let Some(direction) = direction {
            seats.state.move_cursor(&seats.plan, direction);
            self.scroll_seats();
            return true;
        }
        let state = seats.map.sales_at(self.now);
        let opens_booking = key.code == KeyCode::Enter && seats.state.selected().is_empty();
        // Space picks a seat to sell too, except where it may pick a seat to block or unblock.
        let picks_by_hand = key.code == KeyCode::Char(' ') && !seats.plan.for_sale;
        let sells = matches!(key.code, KeyCode::Char('0'..='9' | 'w'))
            || (key.code == KeyCode::Enter && !opens_booking)
            || picks_by_hand;
        if sells && state != SalesState::Selling {
            self.say(text::not_selling(state), Tone::Error);
            return true;
        }
        match key.code {
            KeyCode::Char(' ') => {
                let label = seats.cursor_seat().map(|s| (s.label.to_string(), s.status));
                if seats.state.toggle(&seats.plan) == Toggle::NotFree
                    && let Some((label, status)) = label
                {
                    self.say(text::not_free(&label, &text::seat_status(status)), Tone::Error);
                }
            }
            KeyCode::Char(digit @ '0'..='9') => {
                let count = digit.to_digit(10).map_or(0, |d| if d == 0 { 10 } else { d as usize });
                let kind = seats.state.kind;
                self.select_best(count, kind);
            }
            KeyCode::Char('w') => self.select_best(2, Kind::Wheelchair),
            KeyCode::Char('p') => {
                seats.state.kind = if seats.state.kind == Kind::Premium { Kind::Standard } else { Kind::Premium };
                let kind = seats.state.kind;
                self.say(text::kind_switched(kind), Tone::Info);
            }
            KeyCode::Backspace | KeyCode::Delete => {
                seats.state.clear_selection();
                // The line about the best seats would now contradict the empty selection.
                self.say(text::selection_cleared(), Tone::Info);
            }
            KeyCode::Enter => self.hold_selection(out),
            KeyCode::Char('g') => self.overlay = Some(Overlay::GoTo(TextField::new(6))),
            KeyCode::Char('b') => self.ask_block(true),
            KeyCode::Char('u') => self.ask_block(false),
            KeyCode::Esc => self.leave_seats(),
            _ => return false,
        }
        true
    }

    /// Keys in the `g` prompt: a seat label, Enter to put the cursor on it.
    pub(super) fn go_to_key(&mut self, mut field: TextField, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => {}
            KeyCode::Enter => {
                let place = field
                    .value
                    .parse::<SeatLabel>()
                    .ok()
                    .and_then(|label| self.seats.as_ref().and_then(|seats| seats.place_of(Some(&label))));
                if let (Some(place), Some(seats)) = (place, self.seats.as_mut()) {
                    seats.state.cursor = place;
                    self.scroll_seats();
                } else {
                    self.say(text::no_seat_here(&field.value.to_ascii_uppercase()), Tone::Error);
                    self.overlay = Some(Overlay::GoTo(field));
                }
            }
            _ => {
                field.input(&key, |c| c.is_ascii_alphanumeric());
                self.overlay = Some(Overlay::GoTo(field));
            }
        }
    }

    /// A digit or `w`: selects the best `count` seats of `kind` and says what was chosen, or
    /// how many seats of that kind are left when nothing fits.
    fn select_best(&mut self, count: usize, kind: Kind) {
        let Some(seats) = self.seats.as_mut() else { return };
        let previous = seats.state.kind;
        seats.state.kind = kind;
        let choice = seats.state.select_best(&seats.plan, count);
        seats.state.kind = previous;
        let (message, tone) = match choice {
            Some(choice) => (text::best_picked(&seats.map.labels_of(&choice, kind).describe()), Tone::Info),
            None => (messages::no_room_for(count, kind.as_str(), kind.free_in(&seats.plan.cells())), Tone::Error),
        };
        self.say(message, tone);
        self.scroll_seats();
    }

    /// Enter: holds the selection. With nothing selected it holds nothing (a hold that ran out
    /// empties the selection, and a second Enter must not sell the seat under the cursor); on a
    /// sold or held seat it opens that seat's booking.
    fn hold_selection(&mut self, out: &mut Vec<Command>) {
        let Some(seats) = self.seats.as_ref() else { return };
        if seats.selected().iter().any(|s| s.status == SeatStatus::Blocked) {
            self.say(text::blocked_selected(), Tone::Error);
            return;
        }
        let chosen: Vec<SeatLabel> = seats.selected().iter().map(|s| s.label.clone()).collect();
        let cursor = seats.cursor_seat();
        if chosen.is_empty()
            && let Some(code) = cursor.filter(|s| s.status != SeatStatus::Available).and_then(|s| s.booking.clone())
        {
            // A sold or held seat: its booking, to refund, cancel or pay.
            self.show_booking(code);
            return;
        }
        if chosen.is_empty() {
            self.say(text::select_first(), Tone::Error);
            return;
        }
        let showing = seats.map.showing.id;
        self.act(Command::Hold { showing, seats: chosen }, out);
    }

    pub(super) fn held(&mut self, result: Result<HoldReceipt, Failure>, out: &mut Vec<Command>) {
        let receipt = match result {
            Ok(receipt) => receipt,
            Err(failure) => {
                self.unselect_taken(&failure.seats);
                self.say(failure.message, Tone::Error);
                return;
            }
        };
        self.my_codes.insert(receipt.booking.clone());
        let Some(seats) = self.seats.as_mut() else {
            // The map went away under the hold (it cannot, keys wait): never leave a hold behind.
            out.push(Command::Cancel { code: receipt.booking });
            return;
        };
        seats.state.clear_selection();
        seats.plan = Plan::new(&seats.map, &self.my_codes);
        let checkout = Checkout::new(&receipt, seats);
        let names: Vec<String> = receipt.seats.iter().map(ToString::to_string).collect();
        self.say(
            text::held(&names, &receipt.expires_at.with_timezone(&self.zone).format("%H:%M").to_string()),
            Tone::Good,
        );
        self.checkout = Some(checkout);
        self.screen = Screen::Checkout;
    }

    /// After "seat taken": those seats cannot be had, so they leave the selection.
    fn unselect_taken(&mut self, labels: &[String]) {
        let Some(seats) = self.seats.as_mut() else { return };
        let places: Vec<(usize, usize)> = seats
            .state
            .selected()
            .iter()
            .copied()
            .filter(|place| seats.seat_at(*place).is_some_and(|s| labels.contains(&s.label.to_string())))
            .collect();
        for place in places {
            seats.state.unselect(place);
        }
    }
}
