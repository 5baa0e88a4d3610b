//! A counter that loses its database server says so on every screen until it is back: NO SERVER
//! in the title and why in the status line; the return is said once and clears the mark.

use super::harness::Harness;
use crate::tui::event::{Event, Link, Loaded};
use crate::tui::text;

#[test]
fn a_lost_server_marks_the_title_until_it_is_back() {
    let mut h = Harness::new("server_lost");
    h.press("Enter");
    let why = "lost the connection to the database server";
    h.send(Event::Loaded(Loaded::Server(Link::Lost(why.to_owned()))));
    for (width, height) in [(120, 40), (60, 16)] {
        let screen = h.screen(width, height);
        assert!(screen.contains(text::OFFLINE), "{width}x{height}:\n{screen}");
    }
    assert_eq!(h.app.message.text, text::server_lost(why));

    // A reload while lost does not clear the mark: only the server's return does.
    h.refresh();
    assert!(h.screen(120, 40).contains(text::OFFLINE));

    h.send(Event::Loaded(Loaded::Server(Link::Back)));
    let screen = h.screen(120, 40);
    assert!(!screen.contains(text::OFFLINE), "{screen}");
    assert_eq!(h.app.message.text, text::SERVER_BACK);
}
