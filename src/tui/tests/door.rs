//! The door view on ratatui's `TestBackend`: the usher's two answers as whole-screen snapshots,
//! keys from the scanner, and every small size drawn without a panic.

use insta::assert_snapshot;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget as _;

use super::harness::{in_every_language, keys, spoken};
use crate::domain::ShowingId;
use crate::tui::door::DoorApp;
use crate::tui::door::state::{Action, Verdict};

fn render(app: &DoorApp, width: u16, height: u16) -> String {
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
    app.render(buffer.area, &mut buffer);
    (0..height).fold(String::new(), |mut text, y| {
        let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
        text.push_str(line.trim_end());
        text.push('\n');
        text
    })
}

/// Types what a keyboard-wedge scanner types; returns the last key's action.
fn scan(app: &mut DoorApp, text: &str) -> Action {
    let mut last = Action::None;
    for key in keys(&format!("{text} Enter")) {
        last = app.key(key);
    }
    last
}

#[test]
fn a_scan_and_enter_send_the_payload_and_the_answer_shows_large() {
    in_every_language(|| {
        let mut app = DoorApp::new("door-east", Some(ShowingId(7)));
        assert_eq!(
            scan(&mut app, "BO1:K7QM3X:C12:ABCDEFGHJKMNPQRS"),
            Action::Admit("BO1:K7QM3X:C12:ABCDEFGHJKMNPQRS".to_owned())
        );
        assert!(app.input.is_empty(), "the field is clear for the next ticket");
        let admit = Verdict::Admit {
            film: "Laskar Pelangi".to_owned(),
            auditorium: "Studio 1".to_owned(),
            seat: "C12".to_owned(),
            admitted: 41,
        };
        app.verdict(admit);
        assert_snapshot!(format!("{}_80x20", spoken("door_admit")), render(&app, 80, 20));
        assert_eq!(
            scan(&mut app, "BO1:K7QM3X:C12:ABCDEFGHJKMNPQRS"),
            Action::Admit("BO1:K7QM3X:C12:ABCDEFGHJKMNPQRS".to_owned())
        );
        app.verdict(Verdict::Stop {
            reason: "already admitted: seat C12 of K7QM3X went in at 18:52:10 through door-east".to_owned(),
        });
        assert_snapshot!(format!("{}_80x20", spoken("door_stop")), render(&app, 80, 20));
        assert_eq!(app.admitted, Some(41), "a refusal keeps the showing's count");
    });
}

#[test]
fn an_empty_scan_sends_nothing_and_esc_closes() {
    let mut app = DoorApp::new("door-east", None);
    assert_eq!(scan(&mut app, ""), Action::None);
    assert_eq!(app.key(keys("Esc")[0]), Action::Quit);
}

#[test]
fn every_small_size_draws_without_a_panic() {
    let mut app = DoorApp::new("door-east", None);
    app.verdict(Verdict::Stop { reason: "too early: the door for Laskar Pelangi opens at 18:30".to_owned() });
    for width in 1..=40 {
        for height in 1..=16 {
            render(&app, width, height);
        }
    }
}

#[test]
fn a_training_database_says_training_on_the_door_view() {
    let real = DoorApp::new("door-east", None);
    assert!(!render(&real, 80, 20).contains("TRAINING"));
    let training = DoorApp { training: true, ..DoorApp::new("door-east", None) };
    let screen = render(&training, 80, 20);
    assert!(screen.lines().next().unwrap_or_default().contains("TRAINING"), "{screen}");
}
