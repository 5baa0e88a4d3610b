//! Widths in terminal cells, not characters: a CJK title or an emoji takes two cells, an accent
//! that combines takes none, so counting `char`s would push the columns after it off their place.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How many terminal cells `text` takes.
#[must_use]
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` in at most `cells` cells; one too wide ends in `…`, so a cut name never passes for
/// another (`Studio 1…`, not `Studio 1` for Studio 12).
#[must_use]
pub fn fit(text: &str, cells: usize) -> String {
    if width(text) <= cells {
        return text.to_owned();
    }
    let room = cells.saturating_sub(1);
    let mut used = 0;
    let mut cut = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    if cells > 0 {
        cut.push('…');
    }
    cut
}

/// `text` cut to `cells` (see [`fit`]) and padded with spaces to exactly that many cells.
#[must_use]
pub fn pad(text: &str, cells: usize) -> String {
    let mut cut = fit(text, cells);
    let short = cells.saturating_sub(width(&cut));
    cut.extend(std::iter::repeat_n(' ', short));
    cut
}

#[cfg(test)]
mod tests {
    use super::{fit, pad, width};

    #[test]
    fn a_wide_character_takes_two_cells_and_a_combining_accent_none() {
        assert_eq!(width("Studio 1"), 8);
        assert_eq!(width("七人の侍"), 8);
        assert_eq!(width("🎬 Film"), 7);
        assert_eq!(width("Cafe\u{301}"), 4);
    }

    #[test]
    fn a_cut_never_splits_a_wide_character_and_ends_in_an_ellipsis() {
        assert_eq!(fit("七人の侍", 6), "七人…");
        assert_eq!(fit("七人の侍", 5), "七人…");
        assert_eq!(fit("七人の侍", 8), "七人の侍");
        assert_eq!(pad("七人の侍", 6), "七人… ");
        assert_eq!(width(&pad("七人の侍", 5)), 5);
        assert_eq!(width(&pad("🎬🎬🎬", 4)), 4);
        assert_eq!(fit("abc", 0), "");
    }
}
