//! Every word the cashier screen shows, in one place (this file and the few under `text/`): the
//! screen's half of the text a cashier reads, each a message of the `## screen` section of
//! `assets/locales/*.ftl` in the language the counter speaks. The engine's half, the messages it
//! refuses with (a seat taken, a booking not found, a wrong PIN), which the screen shows as they
//! are, is [`crate::engine::messages`]. Keys stay the same letters in every language.

use crate::i18n::{FluentValue, Lang};

/// Words without arguments: `name = tr("id");` becomes `pub fn name() -> String`.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident = tr($id:literal);)*) => {
        $($(#[$doc])* #[must_use] pub fn $name() -> String { $crate::tui::text::tr($id, &[]) })*
    };
}

mod checkout;
mod door;
mod holds;
mod keys;
mod manager;
mod seats;
mod staff;

pub use checkout::*;
pub use door::*;
pub use holds::*;
pub use keys::*;
pub use manager::*;
pub use seats::*;
pub use staff::*;

use crate::domain::selling::SalesState;

pub use crate::i18n::speak;

/// The language the screen speaks: money and dates follow it too.
#[must_use]
pub fn lang() -> Lang {
    crate::i18n::lang()
}

/// The screen's message `id` in the language the screen speaks.
#[must_use]
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    crate::i18n::tr(id, args)
}

/// An amount of `currency` as the screen's language writes it: `IDR 45,000`, `Rp45.000`.
#[must_use]
pub fn money(currency: &crate::domain::Currency, minor: i64) -> String {
    currency.format_in(lang(), minor)
}

/// A day and a time as the screen's language writes them: `Tue 24 Nov 19:00`, `Selasa, 24 Nov 19:00`.
#[must_use]
pub fn day_time<Tz: chrono::TimeZone>(at: &chrono::DateTime<Tz>) -> String {
    crate::domain::calendar::day_time(lang(), at.naive_local())
}

/// A day written out for a heading: `Tuesday 24 November 2026`, `Selasa, 24 November 2026`.
#[must_use]
pub fn long_day(day: chrono::NaiveDate) -> String {
    crate::domain::calendar::long_day(lang(), day)
}

/// The number alone, grouped the language's way: `45,000`, `45.000`.
#[must_use]
pub fn number(currency: &crate::domain::Currency, minor: i64) -> String {
    currency.format_number_in(lang(), minor)
}

words! {
    /// The mark of a training database in the title line.
    training = tr("screen-training");
}

words! {
    /// The mark in the title line while the database server is out of reach.
    offline = tr("screen-offline");
    server_back = tr("screen-server-back");
}

/// The status line when the database server went away.
#[must_use]
pub fn server_lost(why: &str) -> String {
    tr("screen-server-lost", &[("why", why.to_owned().into())])
}

pub const APP: &str = "boxoffice";
words! {
    welcome = tr("screen-welcome");
    working = tr("screen-working");
    loading = tr("screen-loading");
    slow_database = tr("screen-slow-database");
    screen = tr("screen-screen");
    nothing_sells_today = tr("screen-nothing-sells-today");
    no_venue = tr("screen-no-venue");
}

/// The message shown instead of the screen when the terminal is too small.
#[must_use]
pub fn enlarge(min: (u16, u16), now: (u16, u16)) -> String {
    tr(
        "screen-enlarge",
        &[("min", format!("{} x {}", min.0, min.1).into()), ("now", format!("{} x {}", now.0, now.1).into())],
    )
}

// Screen titles.
words! {
    title_showings = tr("screen-title-showings");
    title_seats = tr("screen-title-seats");
    title_checkout = tr("screen-title-checkout");
    title_sold = tr("screen-title-sold");
    title_booking = tr("screen-title-booking");
    title_refund = tr("screen-title-refund");
    title_help = tr("screen-title-help");
    title_find = tr("screen-title-find");
    title_go_to = tr("screen-title-go-to");
    title_confirm = tr("screen-title-confirm");
    title_sign_in = tr("screen-title-sign-in");
    title_report = tr("screen-title-report");
}

// The showings list.
words! {
    today = tr("screen-today");
    no_showings = tr("screen-no-showings");
    col_time = tr("screen-col-time");
    col_film = tr("screen-col-film");
    col_rated = tr("screen-col-rated");
    col_runtime = tr("screen-col-runtime");
    col_auditorium = tr("screen-col-auditorium");
    /// The auditorium column's heading where the column is narrower than the word.
    col_auditorium_short = tr("screen-col-auditorium-short");
    col_sold = tr("screen-col-sold");
    col_state = tr("screen-col-state");
}

#[must_use]
pub fn minutes(runtime: u32) -> String {
    tr("screen-minutes", &[("minutes", runtime.into())])
}

/// The words of a showing's state, as the product uses them.
#[must_use]
pub fn sales_state(state: SalesState) -> String {
    tr("screen-sales-state", &[("state", state_key(state).into())])
}

/// A showing's state where it is listed: `sold out` once an open showing has no free seat.
#[must_use]
pub fn listed_state(state: SalesState, free: usize) -> String {
    if state == SalesState::Selling && free == 0 { tr("screen-sold-out", &[]) } else { sales_state(state) }
}

/// A showing's state in a narrow list: `closed` for `selling closed`, the rest as they are.
#[must_use]
pub fn short_state(state: SalesState) -> String {
    if state == SalesState::SalesClosed { tr("screen-closed", &[]) } else { sales_state(state) }
}

/// A digit, `w` or Enter on the map of a showing that sells nothing now: refused at once.
#[must_use]
pub fn not_selling(state: SalesState) -> String {
    tr("screen-not-selling", &[("state", state_key(state).into())])
}

/// A showing's state as a Fluent selector (`selling closed` has a space, which a key cannot).
fn state_key(state: SalesState) -> String {
    state.as_str().replace(' ', "-")
}

/// A seat kind as the screen names it (the product's own words, in the counter's language: the
/// same as the command line and the receipt say, from `i18n::words`).
#[must_use]
pub fn seat_kind(kind: crate::domain::SeatKind) -> String {
    crate::i18n::words::kind(kind.as_str())
}

/// A seat's state on the map (available, reserved, occupied, blocked), as the screen names it.
#[must_use]
pub fn seat_status(status: crate::domain::SeatStatus) -> String {
    crate::i18n::words::state(status.as_str())
}

/// A booking's state, as the screen names it.
#[must_use]
pub fn booking_status(status: crate::domain::BookingStatus) -> String {
    crate::i18n::words::state(status.as_str())
}

/// A seat's state within a booking (held, sold, released, refunded).
#[must_use]
pub fn claim_state(state: crate::domain::ClaimState) -> String {
    crate::i18n::words::state(state.as_str())
}

/// A ticket type of a price list: the usual ones (`adult`, `child`) in the counter's language,
/// any other as the venue file names it.
#[must_use]
pub fn ticket_type(name: &str) -> String {
    tr("screen-ticket-type", &[("type", name.into())])
}

// Bookings.
words! {
    find_prompt = tr("screen-find-prompt");
    find_hint = tr("screen-find-hint");
    go_to_prompt = tr("screen-go-to-prompt");
    go_to_hint = tr("screen-go-to-hint");
    seats = tr("screen-seats");
    refunds = tr("screen-refunds");
    no_refunds = tr("screen-no-refunds");
    /// The reprint key was pressed; the answer comes when the printer is done.
    printing = tr("screen-printing");
    /// The reprint key on a counter without a printer.
    no_printer = tr("screen-no-printer");
}

/// `g` and a label this showing's hall does not have.
#[must_use]
pub fn no_seat_here(label: &str) -> String {
    tr("screen-no-seat-here", &[("seat", label.into())])
}

#[must_use]
pub fn not_a_code(typed: &str) -> String {
    tr("screen-not-a-code", &[("typed", format!("{typed:?}").into())])
}

#[must_use]
pub fn booking_made(at: &str, counter: Option<&str>) -> String {
    match counter {
        Some(counter) => tr("screen-booking-made-at", &[("at", at.into()), ("counter", counter.into())]),
        None => tr("screen-booking-made", &[("at", at.into())]),
    }
}

#[must_use]
pub fn held_until(until: &str) -> String {
    tr("screen-held-until", &[("until", until.into())])
}

#[must_use]
pub fn paid_line(at: &str, method: &str, total: &str) -> String {
    tr("screen-paid-line", &[("at", at.into()), ("method", method.into()), ("total", total.into())])
}

#[must_use]
pub fn only_holds_cancel(status: &str) -> String {
    tr("screen-only-holds-cancel", &[("status", status.into())])
}

#[must_use]
pub fn nothing_to_print(status: &str) -> String {
    tr("screen-nothing-to-print", &[("status", status.into())])
}

/// A print run reached the printer.
#[must_use]
pub fn printed(code: &str, tickets: usize, reprint: bool) -> String {
    let args = [("code", code.into()), ("count", tickets.into())];
    if reprint { tr("screen-reprinted", &args) } else { tr("screen-printed", &args) }
}

/// A print run failed; the sale or refund it was for stands.
#[must_use]
pub fn not_printed(code: &str, why: &str) -> String {
    tr("screen-not-printed", &[("code", code.into()), ("why", why.into())])
}

#[must_use]
pub fn nothing_to_refund(status: &str) -> String {
    tr("screen-nothing-to-refund", &[("status", status.into())])
}

#[must_use]
pub fn released(code: &str, names: &[String]) -> String {
    tr("screen-released", &[("code", code.into()), ("seats", names.join(", ").into())])
}

// Refunds.
words! {
    refund_seats = tr("screen-refund-seats");
    refund_reason = tr("screen-refund-reason");
    refund_amount = tr("screen-refund-amount");
    refund_full = tr("screen-refund-full");
    refund_no_seats = tr("screen-refund-no-seats");
    refund_no_reason = tr("screen-refund-no-reason");
    refund_other = tr("screen-refund-other");
}

/// The preset reasons, picked with 1, 2, 3, 4; the next digit means "other" (typed).
#[must_use]
pub fn refund_reasons() -> [String; 4] {
    [
        tr("screen-refund-reason-plans", &[]),
        tr("screen-refund-reason-wrong-showing", &[]),
        tr("screen-refund-reason-film-problem", &[]),
        tr("screen-refund-reason-unwell", &[]),
    ]
}

#[must_use]
pub fn refund_too_much(most: &str) -> String {
    tr("screen-refund-too-much", &[("most", most.into())])
}

#[must_use]
pub fn refunded(code: &str, names: &[String], amount: &str, approver: Option<&str>) -> String {
    let (code, seats, amount) = (code.into(), names.join(", ").into(), amount.into());
    match approver {
        Some(approver) => tr(
            "screen-refunded-approved",
            &[("code", code), ("seats", seats), ("amount", amount), ("approver", approver.into())],
        ),
        None => tr("screen-refunded", &[("code", code), ("seats", seats), ("amount", amount)]),
    }
}

// Questions.
words! {
    confirm_quit = tr("screen-confirm-quit");
    confirm_release = tr("screen-confirm-release");
    yes_no = tr("screen-yes-no");
}

/// A child ticket chosen for a film rated 17+ or 21+.
#[must_use]
pub fn confirm_child_ticket(film: &str, rating: &str) -> String {
    tr("screen-confirm-child-ticket", &[("film", film.into()), ("rating", rating.into())])
}

words! {
    /// The answers to the age question: it goes back rather than saying no.
    confirm_or_back = tr("screen-confirm-or-back");
}

#[must_use]
pub fn confirm_cancel(code: &str) -> String {
    tr("screen-confirm-cancel", &[("code", code.into())])
}

// The tick.
#[must_use]
pub fn restocked(count: usize) -> String {
    tr("screen-restocked", &[("count", count.into())])
}
