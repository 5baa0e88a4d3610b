//! Showings that sell nothing say so before any key (issue 8, trap 7): a cancelled showing's map
//! reads CANCELLED with no seat for sale, and a finished one keeps its real sold count after the
//! restock made every seat available again.

use insta::assert_snapshot;

use super::harness::Harness;
use crate::domain::selling::SalesState;
use crate::domain::{PaymentMethod, SeatLabel, ShowingId};
use crate::tui::app::Screen;
use crate::tui::seat_map::Spot;
use crate::tui::text;
use crate::tui::theme::Look;

/// The showing under the list's cursor (the 11:30 one at opening time).
fn current(h: &Harness) -> ShowingId {
    h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("a showing")
}

fn sell(h: &mut Harness, showing: ShowingId, seats: &str) {
    let mut other = h.other_counter("counter-2");
    let labels = SeatLabel::parse_list([seats]).expect("labels");
    let held = other.hold(showing, &labels, None, h.now).expect("held");
    other.sell(&held.booking, PaymentMethod::Cash, None, h.now).expect("sold");
}

fn looks(h: &Harness) -> Vec<Look> {
    let plan = &h.app.seats.as_ref().expect("a map").plan;
    plan.rows
        .iter()
        .flat_map(|row| row.places.iter())
        .filter_map(|spot| match spot {
            Spot::Seat { look, .. } => Some(*look),
            Spot::Gap => None,
        })
        .collect()
}

#[test]
fn a_cancelled_showings_map_says_cancelled_and_no_seat_reads_as_free() {
    let mut h = Harness::new("cancelled_map");
    let showing = current(&h);
    sell(&mut h, showing, "E5,E6");
    h.engine.cancel_showing(showing, "projector failure", h.now).expect("cancelled");
    h.refresh();
    h.press("Enter");
    assert_eq!(h.app.screen, Screen::Seats);
    assert!(looks(&h).iter().all(|look| matches!(look, Look::NotForSale | Look::Blocked)), "{:?}", looks(&h));
    let screen = h.screen(80, 24);
    assert!(screen.contains("CANCELLED"), "{screen}");
    assert!(screen.contains(&text::no_seat_for_sale()), "{screen}");
    assert!(!screen.contains(" free"), "no free count on a showing that sells nothing: {screen}");
    h.press("Space");
    assert!(h.app.seats.as_ref().expect("a map").selected().is_empty(), "nothing to pick by hand");
    assert_eq!(h.app.message.text, text::not_selling(SalesState::Cancelled));
    assert_snapshot!("cancelled_map_80x24", h.screen(80, 24));
}

#[test]
fn a_cancelled_showings_map_in_indonesian() {
    crate::tui::text::speak(crate::i18n::Lang::Id);
    let mut h = Harness::new("cancelled_map_id");
    let showing = current(&h);
    h.engine.cancel_showing(showing, "proyektor rusak", h.now).expect("cancelled");
    h.refresh();
    h.press("Enter Space");
    let screen = h.screen(80, 24);
    assert!(screen.contains("BATAL") && screen.contains(&text::no_seat_for_sale()), "{screen}");
    assert_snapshot!("cancelled_map_id_80x24", screen);
}

#[test]
fn a_finished_showing_is_listed_with_the_tickets_it_sold_after_the_restock() {
    let mut h = Harness::new("finished_count");
    let showing = current(&h);
    sell(&mut h, showing, "E5,E6,E7");
    // The 11:30 showing has ended, with its clean-up, long before 18:00; the tick restocks it.
    h.wait(7 * 3600);
    let list = h.app.showings.as_ref().expect("the list");
    let (summary, _) = list.data.showings.iter().find(|(s, _)| s.showing.id == showing).expect("listed");
    assert_eq!(summary.occupied, 0, "the restock freed the seats");
    assert!(summary.showing.restocked_at.is_some());
    let screen = h.screen(120, 40);
    let row = screen.lines().find(|line| line.contains("11:30")).expect("the 11:30 row");
    assert!(row.contains("  3/90") && row.contains("finished"), "{row}");
}

#[test]
fn a_screen_started_after_the_days_last_sale_opens_on_tomorrow() {
    // 23:30 in Jakarta: every demo showing of the day has started long ago.
    let late = super::harness::opening_time() + chrono::Duration::hours(12) + chrono::Duration::minutes(30);
    let h = Harness::started_at("late_start", late);
    let list = h.app.showings.as_ref().expect("the list");
    assert_eq!(list.day, list.today.succ_opt().expect("a next day"), "the list is tomorrow's");
    assert!(
        list.current().is_some_and(|s| list.state_at(s, h.now) == SalesState::Selling),
        "the cursor is on a showing that sells"
    );
    assert_eq!(h.app.message.text, text::nothing_sells_today());
    // Going back to today is one key, and stays there.
    let mut h = h;
    h.press("t");
    let list = h.app.showings.as_ref().expect("the list");
    assert_eq!(list.day, list.today, "t shows today again");
}
