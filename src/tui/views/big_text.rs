//! Large block letters for the booking code, so the cashier can read it out (or the customer
//! can photograph it) from across the counter. The code alphabet (no 0/O, 1/I/L), plus the I,
//! O and L of the door view's words (ADMIT and STOP, MASUK and TOLAK).

/// Rows per letter.
pub const HEIGHT: usize = 5;
/// Columns per letter, plus one blank column between letters.
pub const WIDTH: usize = 5;

/// The five rows of `c`, `#` for ink; `None` for a character the font does not have.
fn glyph(c: char) -> Option<[&'static str; HEIGHT]> {
    Some(match c.to_ascii_uppercase() {
        'A' => [" ### ", "#   #", "#####", "#   #", "#   #"],
        'B' => ["#### ", "#   #", "#### ", "#   #", "#### "],
        'C' => [" ####", "#    ", "#    ", "#    ", " ####"],
        'D' => ["#### ", "#   #", "#   #", "#   #", "#### "],
        'E' => ["#####", "#    ", "#### ", "#    ", "#####"],
        'F' => ["#####", "#    ", "#### ", "#    ", "#    "],
        'G' => [" ####", "#    ", "#  ##", "#   #", " ####"],
        'H' => ["#   #", "#   #", "#####", "#   #", "#   #"],
        'I' => ["#####", "  #  ", "  #  ", "  #  ", "#####"],
        'J' => ["  ###", "    #", "    #", "#   #", " ### "],
        'K' => ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        'L' => ["#    ", "#    ", "#    ", "#    ", "#####"],
        'M' => ["#   #", "## ##", "# # #", "#   #", "#   #"],
        'N' => ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        'O' => [" ### ", "#   #", "#   #", "#   #", " ### "],
        'P' => ["#### ", "#   #", "#### ", "#    ", "#    "],
        'Q' => [" ### ", "#   #", "# # #", "#  # ", " ## #"],
        'R' => ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        'S' => [" ####", "#    ", " ### ", "    #", "#### "],
        'T' => ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        'U' => ["#   #", "#   #", "#   #", "#   #", " ### "],
        'V' => ["#   #", "#   #", "#   #", " # # ", "  #  "],
        'W' => ["#   #", "#   #", "# # #", "## ##", "#   #"],
        'X' => ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        'Y' => ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        'Z' => ["#####", "   # ", "  #  ", " #   ", "#####"],
        '2' => [" ### ", "#   #", "  ## ", " #   ", "#####"],
        '3' => ["#### ", "    #", " ### ", "    #", "#### "],
        '4' => ["#   #", "#   #", "#####", "    #", "    #"],
        '5' => ["#####", "#    ", "#### ", "    #", "#### "],
        '6' => [" ### ", "#    ", "#### ", "#   #", " ### "],
        '7' => ["#####", "    #", "   # ", "  #  ", "  #  "],
        '8' => [" ### ", "#   #", " ### ", "#   #", " ### "],
        '9' => [" ### ", "#   #", " ####", "    #", " ### "],
        _ => return None,
    })
}

/// `text` as five lines of block letters (`█`), or `None` if a character is not in the font.
#[must_use]
pub fn lines(text: &str) -> Option<[String; HEIGHT]> {
    let mut rows: [String; HEIGHT] = Default::default();
    for (index, c) in text.chars().enumerate() {
        let glyph = glyph(c)?;
        for (row, ink) in rows.iter_mut().zip(glyph) {
            if index > 0 {
                row.push_str("  ");
            }
            row.extend(ink.chars().map(|dot| if dot == '#' { '█' } else { ' ' }));
        }
    }
    Some(rows)
}

/// The width of `text` in block letters.
#[must_use]
pub fn width(text: &str) -> usize {
    let count = text.chars().count();
    count * WIDTH + count.saturating_sub(1) * 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::booking_code::ALPHABET;

    #[test]
    fn every_code_character_has_a_distinct_glyph() {
        let mut seen = std::collections::HashSet::new();
        for &byte in ALPHABET {
            let glyph = glyph(char::from(byte)).expect("in the font");
            assert!(glyph.iter().all(|row| row.chars().count() == WIDTH), "{}", char::from(byte));
            assert!(seen.insert(glyph), "{} looks like another letter", char::from(byte));
        }
    }

    #[test]
    fn a_code_is_as_wide_as_promised() {
        let rows = lines("K7QM3X").expect("in the font");
        assert!(rows.iter().all(|row| row.chars().count() == width("K7QM3X")));
        assert!(lines("K7QM30").is_none(), "0 is not a code character");
    }
}
