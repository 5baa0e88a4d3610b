//! Paper at the counter: printing after a sale happens beside the desk, never in its way; a
//! printer that fails leaves the sale done and says so; the reprint key on a booking asks for
//! the tickets again without making the cashier wait.

use std::sync::mpsc;
use std::time::Duration;

use super::harness::Harness;
use crate::domain::selling::SalesState;
use crate::domain::{PaymentMethod, SeatLabel};
use crate::engine::{Actor, Engine};
use crate::printer::Target;
use crate::tui::app::{Screen, Tone};
use crate::tui::event::{Command, Done, Event};
use crate::tui::text;
use crate::tui::worker::{ScreenClock, desk};

/// Runs the desk thread with `printer` on the harness's database, sells a fresh hold through it,
/// and returns the events it sent, in order, until the print's answer.
fn sell_through_the_desk(h: &mut Harness, printer: Target) -> (String, Vec<Event>) {
    let day = h.engine.showings(None, h.now).expect("showings");
    let (selling, _) = day.showings.iter().find(|(_, state)| *state == SalesState::Selling).expect("a showing selling");
    let showing = selling.showing.id;
    let seats: Vec<SeatLabel> = vec!["C5".parse().expect("seat")];
    let code = h.engine.hold(showing, &seats, None, h.now).expect("hold").booking;
    let engine = Engine::open(&h.db, Actor::counter("counter-1")).expect("open");
    let (commands, desk_rx) = mpsc::channel();
    let (events_tx, events) = mpsc::channel();
    let (control, _control_rx) = mpsc::channel();
    let clock = ScreenClock::new(crate::clock::Clock::Fixed(h.now));
    let receipts = h.db.with_file_name("receipts");
    let desk =
        std::thread::spawn(move || desk::run(engine, clock, receipts, Some(printer), desk_rx, events_tx, control));
    let sell = Command::Sell {
        code: code.clone(),
        payment: PaymentMethod::Cash,
        types: Vec::new(),
        tendered: None,
        age_confirmed: false,
    };
    commands.send(sell).expect("the desk listens");
    let mut seen = Vec::new();
    while let Ok(event) = events.recv_timeout(Duration::from_secs(20)) {
        let printed = matches!(event, Event::Printed(_));
        seen.push(event);
        if printed {
            break;
        }
    }
    drop(commands);
    desk.join().expect("the desk ends when the screen hangs up");
    (code, seen)
}

#[test]
fn a_sale_at_the_screen_prints_its_tickets_after_the_answer() {
    let mut h = Harness::new("print_sale");
    let file = h.db.with_file_name("printer.bin");
    let (code, events) = sell_through_the_desk(&mut h, Target::File(file.clone()));
    assert!(matches!(events.first(), Some(Event::Done(Done::Sold(Ok(_))))), "the sale is answered first: {events:?}");
    match events.last() {
        Some(Event::Printed(Ok(message))) => assert_eq!(message, &text::printed(&code, 1, false)),
        other => panic!("the print is answered: {other:?}"),
    }
    let bytes = std::fs::read(&file).expect("the printer file");
    assert!(bytes.windows(code.len()).any(|w| w == code.as_bytes()), "the booking code is on the paper");
}

#[test]
fn a_printer_that_is_off_leaves_the_sale_done_and_says_how_to_reprint() {
    let mut h = Harness::new("print_off");
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
    let (code, events) = sell_through_the_desk(&mut h, Target::Tcp(format!("127.0.0.1:{port}")));
    assert!(matches!(events.first(), Some(Event::Done(Done::Sold(Ok(_))))), "{events:?}");
    let Some(Event::Printed(Err(message))) = events.last() else { panic!("a failed print is said: {events:?}") };
    assert!(message.contains("did NOT print") && message.contains("press p"), "{message}");
    let detail = h.engine.booking(&code, h.now).expect("booking");
    assert_eq!(detail.booking.status, crate::domain::BookingStatus::Paid, "the sale stands");
    h.send(Event::Printed(Err(message.clone())));
    assert_eq!((h.app.message.text.as_str(), h.app.message.tone), (message.as_str(), Tone::Error));
}

#[test]
fn the_reprint_key_on_a_paid_booking_asks_for_a_print_and_does_not_wait() {
    let mut h = Harness::new("reprint_key");
    h.press("Enter 1 Enter Enter");
    let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
    h.press(&format!("Esc / {code} Enter"));
    assert_eq!(h.app.screen, Screen::Booking);
    h.press("p");
    assert_eq!(h.log.last(), Some(&Command::Reprint { code }), "{:?}", h.log);
    assert_eq!(h.app.message.text, text::printing());
    h.press("Esc");
    assert_ne!(h.app.screen, Screen::Booking, "keys go on working while the printer prints");
}

#[test]
fn a_hold_has_nothing_to_reprint() {
    let mut h = Harness::new("reprint_hold");
    h.press("Enter 1 Enter");
    let code = h.app.checkout.as_ref().map(|c| c.code.clone()).expect("a hold at checkout");
    h.press(&format!("Esc y / {code} Enter"));
    assert_eq!(h.app.screen, Screen::Booking, "{}", h.app.message.text);
    let before = h.log.len();
    h.press("p");
    assert!(!h.log[before..].iter().any(|c| matches!(c, Command::Reprint { .. })), "{:?}", h.log);
    assert_eq!(h.app.message.tone, Tone::Error, "{}", h.app.message.text);
    assert!(h.app.message.text.starts_with("Nothing to print"), "{}", h.app.message.text);
}
