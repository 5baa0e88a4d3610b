//! The receipt: plain text, 40 columns wide, written to `receipts/<CODE>.txt` after each sale so
//! it can be printed or sent on. Building the text is pure; the desk thread writes the file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::domain::text::{cells, padded};
use crate::domain::{ClaimState, calendar};
use crate::engine::BookingDetail;
use crate::i18n::{self, words};
use crate::tr;

/// Receipt width in characters.
const WIDTH: usize = 40;

/// The receipt of a paid booking, in the process's language. `tendered` is the cash handed
/// over, if any was typed.
#[must_use]
pub fn text(detail: &BookingDetail, tendered: Option<i64>) -> String {
    let lang = i18n::lang();
    let venue = &detail.venue;
    let money = |amount: i64| venue.currency.format_in(lang, amount);
    let booking = &detail.booking;
    let show = &detail.showing;
    let local =
        |at: chrono::DateTime<chrono::Utc>| calendar::day_year_time(lang, at.with_timezone(&venue.zone).naive_local());
    let mut out = String::new();
    let rule = |out: &mut String, c: char| out.push_str(&format!("{}\n", c.to_string().repeat(WIDTH)));
    let _ = writeln!(out, "{}", centered(&venue.name, WIDTH));
    rule(&mut out, '=');
    let label = |id_text: String| padded(&id_text, 10, true);
    let _ = writeln!(out, "{}{}", label(tr!("receipt-booking")), booking.code);
    let film = match &show.rating {
        Some(rating) => format!("{} ({rating})", show.film),
        None => show.film.clone(),
    };
    let _ = writeln!(out, "{}{film}", label(tr!("receipt-film")));
    let _ = writeln!(out, "{}{}", label(tr!("receipt-showing")), local(show.starts_at));
    let _ = writeln!(out, "{}{}", label(String::new()), show.auditorium);
    rule(&mut out, '-');
    for seat in detail.seats.iter().filter(|s| matches!(s.state, ClaimState::Sold | ClaimState::Refunded)) {
        let ticket = seat.ticket_type.as_ref().map_or_else(String::new, |t| crate::tui::text::ticket_type(t.as_str()));
        let price = seat.price.map(money).unwrap_or_default();
        let kind = words::kind(seat.kind.as_str());
        let (kind, ticket) = (padded(&kind, 11, true), padded(&ticket, 9, true));
        let _ =
            writeln!(out, "{}{kind}{ticket}{}", padded(&seat.label.to_string(), 5, true), padded(&price, 15, false));
    }
    rule(&mut out, '-');
    let total = booking.total.unwrap_or(0);
    let line = |out: &mut String, label: &str, value: &str| {
        let _ = writeln!(out, "{}{}", padded(label, 15, true), padded(value, 25, false));
    };
    line(&mut out, &tr!("receipt-total"), &money(total));
    if let Some(method) = booking.payment {
        line(&mut out, &tr!("receipt-paid-by"), &words::payment(method.as_str()));
    }
    if let Some(tendered) = tendered.filter(|t| *t >= total) {
        line(&mut out, &tr!("receipt-tendered"), &money(tendered));
        line(&mut out, &tr!("receipt-change"), &money(tendered - total));
    }
    rule(&mut out, '-');
    let paid = booking.paid_at.map(local).unwrap_or_default();
    let _ = writeln!(out, "{}", tr!("receipt-sold", at = paid, counter = booking.counter.as_deref().unwrap_or("-")));
    let _ = writeln!(out, "{}", centered(&tr!("receipt-thanks"), WIDTH));
    out.lines().map(str::trim_end).fold(String::new(), |mut text, line| {
        text.push_str(line);
        text.push('\n');
        text
    })
}

/// `text` centred in `width` terminal cells (a wide title counts double), as `{:^width$}` would
/// centre it by characters.
fn centered(text: &str, width: usize) -> String {
    let room = width.saturating_sub(cells(text));
    format!("{}{text}{}", " ".repeat(room / 2), " ".repeat(room - room / 2))
}

/// Writes `contents` as `<dir>/<code>.txt`, creating the folder; returns the file's path.
///
/// # Errors
/// The folder cannot be created or the file written (disk full, no permission).
pub fn write(dir: &Path, code: &str, contents: &str) -> std::io::Result<PathBuf> {
    crate::text_file::write_whole(dir, &format!("{code}.txt"), contents)
}

#[cfg(test)]
mod tests {
    use super::centered;

    #[test]
    fn a_wide_title_is_centred_by_the_cells_it_takes() {
        assert_eq!(centered("映画", 8), "  映画  ");
        assert_eq!(centered("Bioskop", 10), " Bioskop  ", "as {{:^10}} would");
        assert_eq!(centered("far too long", 4), "far too long");
    }
}
