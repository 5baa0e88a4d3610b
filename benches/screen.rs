//! The screen's budget (DESIGN.md): building and drawing the largest seat map the screen is made
//! for, 40 rows of 60 seats, into a buffer in under a millisecond. Also the whole 120 x 40 frame
//! around it, which is what one keypress costs to show.
//!
//! The house is half sold and some seats are held, so every glyph and style is exercised.
#![expect(clippy::expect_used, reason = "a test stops at the first surprise")]

use std::collections::BTreeSet;
use std::hint::black_box;

use chrono::{TimeZone as _, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{StatefulWidget, Widget};

use boxoffice::domain::{PaymentMethod, SeatLabel, venue_file};
use boxoffice::engine::{Actor, Engine, SeatMap};
use boxoffice::store::Store;
use boxoffice::tui::app::{App, Screen};
use boxoffice::tui::event::{Event, Loaded};
use boxoffice::tui::seat_map::{Plan, SeatMapState, SeatMapWidget};
use boxoffice::tui::theme::Theme;

/// 40 rows (A-Z, AA-AN) of 60 seats in three blocks.
fn big_venue() -> String {
    let letters = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let rows: String = (0..40)
        .map(|index| {
            let label = if index < 26 {
                char::from(letters[index]).to_string()
            } else {
                format!("A{}", char::from(letters[index - 26]))
            };
            let kind = if index >= 32 { "p" } else { "s" };
            format!("{label} {}.{}.{}\n", kind.repeat(10), kind.repeat(40), kind.repeat(10))
        })
        .collect();
    format!(
        "[venue]\nname = \"Bench\"\ntimezone = \"Asia/Jakarta\"\ncurrency = \"IDR\"\ncurrency_decimals = 0\n\n\
         [[auditorium]]\nname = \"Hall\"\nrows = \"\"\"\n{rows}\"\"\"\n\n\
         [[film]]\ntitle = \"Film\"\nruntime_minutes = 120\n\n\
         [[price_list]]\nname = \"p\"\nadult = {{ standard = 50000, premium = 80000 }}\n\n\
         [[showing]]\nfilm = \"Film\"\nauditorium = \"Hall\"\nprice_list = \"p\"\nstarts_at = \"2026-11-24 20:00\"\n"
    )
}

/// The 40 x 60 map with half the house sold and a few holds.
fn half_sold_map() -> SeatMap {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).single().expect("valid");
    let mut engine = Engine::new(Store::open_in_memory().expect("memory"), Actor::counter("bench"));
    let file = venue_file::parse(&big_venue()).expect("valid venue");
    engine.import(&file, now.date_naive(), 0, now).expect("import");
    let showing = engine.showings(None, now).expect("showings").showings[0].0.showing.id;
    let map = engine.seat_map(showing, now).expect("map");
    let labels: Vec<SeatLabel> = map.seats.iter().map(|s| s.label.clone()).collect();
    for (index, chunk) in labels.chunks(60).enumerate() {
        let hold = engine.hold(showing, chunk, None, now).expect("hold");
        if index % 2 == 0 {
            engine.sell(&hold.booking, PaymentMethod::Cash, None, now).expect("sell");
        } else if index % 4 == 1 {
            engine.cancel(&hold.booking, now).expect("cancel");
        }
    }
    engine.seat_map(showing, now).expect("map")
}

fn seat_map(c: &mut Criterion) {
    let map = half_sold_map();
    let mine = BTreeSet::new();
    let theme = Theme { color: true };
    // Wide enough for all 62 places (3 columns each) and all 40 rows: nothing is scrolled away.
    let area = Rect::new(0, 0, 200, 45);
    let mut buf = Buffer::empty(area);
    c.bench_function("seat map 40x60: build the plan and draw it into a buffer", |b| {
        b.iter(|| {
            let plan = Plan::new(black_box(&map), &mine);
            let mut state = SeatMapState::new(&plan);
            SeatMapWidget { plan: &plan, theme }.render(area, &mut buf, &mut state);
            black_box(&buf);
        });
    });
    let plan = Plan::new(&map, &mine);
    let state = SeatMapState::new(&plan);
    c.bench_function("seat map 40x60: draw only (a cursor move)", |b| {
        b.iter(|| {
            let mut state = state.clone();
            SeatMapWidget { plan: black_box(&plan), theme }.render(area, &mut buf, &mut state);
            black_box(&buf);
        });
    });
}

fn whole_frame(c: &mut Criterion) {
    let map = half_sold_map();
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).single().expect("valid");
    let mut app = App::new("bench", Theme { color: true }, now, (120, 40));
    app.open_showing = Some(map.showing.id);
    app.screen = Screen::Seats;
    app.update(Event::Loaded(Loaded::SeatMap(Box::new(map))));
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    c.bench_function("whole screen 120x40 on the 40x60 seat map", |b| {
        b.iter(|| {
            buf.reset();
            black_box(&app).render(area, &mut buf);
        });
    });
}

criterion_group!(benches, seat_map, whole_frame);
criterion_main!(benches);
