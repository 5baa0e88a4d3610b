//! A film title of wide characters (CJK, emoji take two terminal cells each) never moves the
//! columns after it: widths are measured in cells, not characters.

use ratatui::buffer::Buffer;

use super::harness::{Harness, draw};

/// A second hall showing a film whose title is twice as wide as it is long, at 11:45.
fn with_a_wide_title(name: &str) -> Harness {
    Harness::with_venue_file(
        name,
        r#"[[auditorium]]
name = "Studio 9"
rows = "A ssssss\n"

[[film]]
title = "七人の侍 🎬 七人の侍 🎬 七人の侍 🎬 七人の侍"
runtime_minutes = 207
rating = "13+"

[[price_list]]
name = "wide"
adult = { standard = 50000 }

[[showing]]
film = "七人の侍 🎬 七人の侍 🎬 七人の侍 🎬 七人の侍"
auditorium = "Studio 9"
price_list = "wide"
starts_at = "2026-11-24 11:45"
"#,
    )
}

/// The cell where `word` starts on each line that has it.
fn columns_of(buffer: &Buffer, word: &str) -> Vec<u16> {
    let area = buffer.area;
    (0..area.height)
        .filter_map(|y| {
            (0..area.width).find(|&x| {
                let mut rest = word.chars();
                let mut cx = x;
                loop {
                    let Some(want) = rest.next() else { return true };
                    if cx >= area.width || buffer[(cx, y)].symbol() != want.to_string() {
                        return false;
                    }
                    cx += 1;
                }
            })
        })
        .collect()
}

#[test]
fn a_wide_film_title_never_moves_the_auditorium_column_of_the_showings_list() {
    let h = with_a_wide_title("wide_showings");
    for (width, height) in [(120, 40), (60, 16)] {
        let buffer = draw(&h.app, width, height);
        let screen = h.screen(width, height);
        assert!(screen.contains('七'), "the wide film is listed at {width}: {screen}");
        let columns = columns_of(&buffer, "Studio");
        assert!(columns.len() > 3, "{screen}");
        assert!(columns.windows(2).all(|pair| pair[0] == pair[1]), "columns moved at {width}: {columns:?}\n{screen}");
    }
}

#[test]
fn a_wide_film_title_never_moves_the_auditorium_column_of_the_day_report() {
    let mut h = with_a_wide_title("wide_report");
    h.press("R");
    let buffer = draw(&h.app, 120, 40);
    let screen = h.screen(120, 40);
    assert!(screen.contains('七'), "{screen}");
    let columns = columns_of(&buffer, "Studio");
    assert!(columns.len() > 3, "{screen}");
    assert!(columns.windows(2).all(|pair| pair[0] == pair[1]), "columns moved: {columns:?}\n{screen}");
}
