//! The receipt: plain text, 40 columns wide, written to `receipts/<CODE>.txt` after each sale so
//! it can be printed or sent on. Building the text is pure; the desk thread writes the file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::domain::ClaimState;
use crate::engine::BookingDetail;
use crate::tui::text;

/// Receipt width in characters.
const WIDTH: usize = 40;

/// The receipt of a paid booking. `tendered` is the cash handed over, if any was typed.
#[must_use]
pub fn text(detail: &BookingDetail, tendered: Option<i64>) -> String {
    let venue = &detail.venue;
    let money = |amount: i64| venue.currency.format(amount);
    let booking = &detail.booking;
    let show = &detail.showing;
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&venue.zone).format("%a %d %b %Y %H:%M");
    let mut out = String::new();
    let rule = |out: &mut String, c: char| out.push_str(&format!("{}\n", c.to_string().repeat(WIDTH)));
    let _ = writeln!(out, "{:^WIDTH$}", venue.name);
    rule(&mut out, '=');
    let _ = writeln!(out, "{:<10}{}", text::RECEIPT_BOOKING, booking.code);
    let film = match &show.rating {
        Some(rating) => format!("{} ({rating})", show.film),
        None => show.film.clone(),
    };
    let _ = writeln!(out, "{:<10}{film}", text::RECEIPT_FILM);
    let _ = writeln!(out, "{:<10}{}", text::RECEIPT_SHOWING, local(show.starts_at));
    let _ = writeln!(out, "{:<10}{}", "", show.auditorium);
    rule(&mut out, '-');
    for seat in detail.seats.iter().filter(|s| matches!(s.state, ClaimState::Sold | ClaimState::Refunded)) {
        let ticket = seat.ticket_type.as_ref().map_or("", |t| t.as_str());
        let price = seat.price.map(money).unwrap_or_default();
        let _ =
            writeln!(out, "{:<5}{:<11}{:<9}{price:>15}", seat.label.to_string(), text::seat_kind(seat.kind), ticket);
    }
    rule(&mut out, '-');
    let total = booking.total.unwrap_or(0);
    let line = |out: &mut String, label: &str, value: &str| {
        let _ = writeln!(out, "{label:<15}{value:>25}");
    };
    line(&mut out, text::RECEIPT_TOTAL, &money(total));
    if let Some(method) = booking.payment {
        line(&mut out, text::RECEIPT_PAID_BY, &text::payment_name(method));
    }
    if let Some(tendered) = tendered.filter(|t| *t >= total) {
        line(&mut out, text::RECEIPT_TENDERED, &money(tendered));
        line(&mut out, text::RECEIPT_CHANGE, &money(tendered - total));
    }
    rule(&mut out, '-');
    let paid = booking.paid_at.map(|at| local(at).to_string()).unwrap_or_default();
    let _ = writeln!(out, "{}", text::receipt_sold(&paid, booking.counter.as_deref().unwrap_or("-")));
    let _ = writeln!(out, "{:^WIDTH$}", text::RECEIPT_THANKS);
    out.lines().map(str::trim_end).fold(String::new(), |mut text, line| {
        text.push_str(line);
        text.push('\n');
        text
    })
}

/// Writes `contents` as `<dir>/<code>.txt`, creating the folder; returns the file's path.
///
/// # Errors
/// The folder cannot be created or the file written (disk full, no permission).
pub fn write(dir: &Path, code: &str, contents: &str) -> std::io::Result<PathBuf> {
    crate::text_file::write_whole(dir, &format!("{code}.txt"), contents)
}
