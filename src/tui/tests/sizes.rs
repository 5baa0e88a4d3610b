//! Any terminal size from 1x1 upwards draws without a panic, on every screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::harness::Harness;
use crate::tui::app::App;

/// Draws `app` at every size from 1x1 to 120x40.
fn every_size(app: &App) {
    // One buffer, resized: allocating 4,800 fresh ones costs more than the drawing.
    let mut buf = Buffer::empty(Rect::new(0, 0, 120, 40));
    for width in 1..=120 {
        for height in 1..=40 {
            let area = Rect::new(0, 0, width, height);
            buf.resize(area);
            buf.reset();
            app.render(area, &mut buf);
        }
    }
}

/// Each screen is drawn under an overlay where it has one (the screen underneath is drawn
/// too), which keeps this to five sweeps of 4,800 sizes.
#[test]
fn every_screen_draws_at_every_size_from_1x1_to_120x40() {
    let mut h = Harness::big("sizes");
    h.press("?");
    every_size(&h.app);
    h.press("Esc Up Enter l l l l l l l l l l l l l l l l l l l l l l l l l l l j j j j j j j j j j j j j 3");
    every_size(&h.app);
    h.press("Enter Right 200000 Esc");
    every_size(&h.app);
    h.press("n Enter");
    every_size(&h.app);
    let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
    h.press(&format!("Esc / {code} Enter r"));
    every_size(&h.app);
}

#[test]
fn the_screen_keeps_its_cursor_in_view_after_a_resize() {
    let mut h = Harness::big("resize");
    h.press("Up Enter");
    h.send(crate::tui::event::Event::Resize(60, 16));
    h.press("j j j j j j j j j j j j");
    let seats = h.app.seats.as_ref().expect("map");
    let (row, _) = seats.state.cursor;
    let (first, _) = seats.state.offset;
    let area = crate::tui::views::seats::map_area(h.app.area());
    let (rows, _) = crate::tui::seat_map::viewport(&seats.plan, area);
    assert!(first <= row && row < first + rows, "row {row} is outside rows {first}..{}", first + rows);
}

/// The staff and manager views, each with the screen beneath: sign-in, the report, the
/// approval dialog over a refund, the shift form open and closed, the reason form over the seat
/// map, the question before cancelling a showing.
#[test]
fn every_staff_and_manager_view_draws_at_every_size_from_1x1_to_120x40() {
    let mut h = Harness::with_staff("sizes_staff");
    h.press("Budi Tab 99 Enter");
    every_size(&h.app);
    h.press("Esc");
    h.sign_in("Budi");
    h.press("S 500000 Enter Up Enter 2 Enter Enter");
    let code = h.app.sold.as_ref().map(|s| s.sale.receipt.booking.clone()).expect("sold");
    h.press(&format!("Esc / {code} Enter r Space 1 Enter Budi Tab 2222 Enter"));
    assert!(matches!(h.app.overlay, Some(crate::tui::app::Overlay::Approval(_))));
    every_size(&h.app);
    h.press("Esc Esc Esc Esc R");
    assert_eq!(h.app.screen, crate::tui::app::Screen::Report);
    every_size(&h.app);
    h.press("Esc S 612345");
    every_size(&h.app);
    h.press("Enter");
    every_size(&h.app);
    h.press("x Enter 2 b 1");
    assert!(matches!(h.app.overlay, Some(crate::tui::app::Overlay::Reason(_))));
    every_size(&h.app);
    h.press("Esc Esc C 2 Enter");
    assert!(matches!(h.app.overlay, Some(crate::tui::app::Overlay::Confirm(_))));
    every_size(&h.app);
}

#[test]
fn the_showings_list_at_80x24_shortens_words_instead_of_cutting_them() {
    let mut h = Harness::new("list_80x24");
    h.send(crate::tui::event::Event::Resize(80, 24));
    let screen = h.screen(80, 24);
    let header = screen.lines().find(|line| line.contains("Time")).expect("the header");
    assert!(header.contains(" Aud. ") && header.trim_end().ends_with("State"), "{header}");
    let closed = screen.lines().find(|line| line.contains("10:00")).expect("the 10:00 showing");
    assert!(closed.trim_end().ends_with(" closed"), "the whole word, not `selling clo`: {closed}");
    for line in screen.lines().filter(|line| line.contains(" Studio ") || line.contains(" Premiere ")) {
        assert!(!line.contains('…'), "every demo film fits at 80 columns: {line}");
    }
}

#[test]
fn the_showings_with_a_hold_left_open_draw_at_every_size() {
    let mut h = Harness::new("sizes_open_hold");
    let showing = h.app.showings.as_ref().and_then(|l| l.current()).map(|s| s.showing.id).expect("a showing");
    let seats = crate::domain::SeatLabel::parse_list(["F7,F8"]).expect("labels");
    h.other_counter("counter-1").hold(showing, &seats, None, h.now).expect("held");
    h.refresh();
    assert_eq!(h.app.open_holds.len(), 1);
    every_size(&h.app);
}
