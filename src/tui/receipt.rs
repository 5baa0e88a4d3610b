//! The receipt: plain text, 40 columns wide, written to `receipts/<CODE>.txt` after each sale so
//! it can be printed or sent on. Building the text is pure; the desk thread writes the file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
    let _ = writeln!(out, "{:^WIDTH$}", venue.name);
    rule(&mut out, '=');
    let _ = writeln!(out, "{:<10}{}", tr!("receipt-booking"), booking.code);
    let film = match &show.rating {
        Some(rating) => format!("{} ({rating})", show.film),
        None => show.film.clone(),
    };
    let _ = writeln!(out, "{:<10}{film}", tr!("receipt-film"));
    let _ = writeln!(out, "{:<10}{}", tr!("receipt-showing"), local(show.starts_at));
    let _ = writeln!(out, "{:<10}{}", "", show.auditorium);
    rule(&mut out, '-');
    for seat in detail.seats.iter().filter(|s| matches!(s.state, ClaimState::Sold | ClaimState::Refunded)) {
        let ticket = seat.ticket_type.as_ref().map_or("", |t| t.as_str());
        let price = seat.price.map(money).unwrap_or_default();
        let kind = words::kind(seat.kind.as_str());
        let _ = writeln!(out, "{:<5}{kind:<11}{ticket:<9}{price:>15}", seat.label.to_string());
    }
    rule(&mut out, '-');
    let total = booking.total.unwrap_or(0);
    let line = |out: &mut String, label: &str, value: &str| {
        let _ = writeln!(out, "{label:<15}{value:>25}");
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
    let _ = writeln!(out, "{:^WIDTH$}", tr!("receipt-thanks"));
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
