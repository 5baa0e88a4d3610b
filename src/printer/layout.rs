//! A print run in ESC/POS: each ticket (with its QR code sent as the printer's own `GS ( k`
//! symbol, so it prints sharp at any size, and a cut), the receipt, the refund slip. Pure: the
//! bytes are built in memory and sent by [`super::send`].
//!
//! Tickets are laid out for 32 columns, so they fit 58 mm paper as well as 80 mm; the receipt,
//! 40 columns wide, prints in the smaller font B, which gives at least 42 on either.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::utils::{Font, JustifyMode, Protocol, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption};

use super::PrintError;
use crate::domain::calendar;
use crate::engine::{PrintJob, PrintedTicket};
use crate::i18n;
use crate::tr;
use crate::tui::receipt;

/// Columns of a ticket line in font A on 58 mm paper.
const WIDTH: usize = 32;
/// QR module size in dots: about 2 cm across for a 30-character payload, easy for any scanner.
const QR_MODULE: u8 = 6;

/// The bytes of a whole print run. `tendered` is the cash handed over (for the receipt's
/// change); a training database's job prints TRAINING on every document.
///
/// # Errors
/// Only when a text cannot be put in ESC/POS (which the ASCII clean-up rules out).
pub fn bytes(job: &PrintJob, tendered: Option<i64>) -> Result<Vec<u8>, PrintError> {
    let training = job.training;
    let buffer = Buffer::default();
    let mut p = Printer::new(buffer.clone(), Protocol::default(), None);
    let fail = |error: escpos::errors::PrinterError| PrintError::Io(format!("could not lay out the ticket: {error}"));
    p.init().map_err(fail)?;
    for ticket in &job.tickets {
        self::ticket(&mut p, job, ticket, training).map_err(fail)?;
    }
    if let Some(copy) = job.receipt {
        self::receipt(&mut p, job, tendered, copy, training).map_err(fail)?;
    }
    if let Some((refund, copy)) = &job.refund_slip {
        self::refund_slip(&mut p, job, refund, *copy, training).map_err(fail)?;
    }
    p.print().map_err(fail)?;
    Ok(buffer.0.take())
}

type Out<'a> = &'a mut Printer<Buffer>;
type Step = escpos::errors::Result<()>;

fn ticket(p: Out<'_>, job: &PrintJob, ticket: &PrintedTicket, training: bool) -> Step {
    let venue = &job.detail.venue;
    let show = &job.detail.showing;
    header(p, &venue.name, ticket.copy, training)?;
    p.justify(JustifyMode::CENTER)?.bold(true)?.size(1, 2)?;
    p.writeln(&clean(&show.film))?.reset_size()?.bold(false)?;
    if let Some(rating) = &show.rating {
        p.writeln(&clean(&format!("({rating})")))?;
    }
    p.writeln(&clean(&show.auditorium))?;
    p.writeln(&local(job, show.starts_at))?;
    p.bold(true)?.size(2, 2)?;
    p.writeln(&clean(&tr!("ticket-row-seat", row = ticket.seat.row(), seat = ticket.seat.number())))?;
    p.reset_size()?.bold(false)?.justify(JustifyMode::LEFT)?;
    p.writeln(&columns(ticket.ticket_type.as_str(), &venue.currency.format_in(i18n::lang(), ticket.price)))?;
    p.writeln(&columns(&tr!("receipt-booking"), &job.detail.booking.code))?;
    p.justify(JustifyMode::CENTER)?;
    p.qrcode_option(&ticket.payload, QRCodeOption::new(QRCodeModel::Model2, QR_MODULE, QRCodeCorrectionLevel::M))?;
    p.justify(JustifyMode::LEFT)?;
    footer(p, training)
}

fn receipt(p: Out<'_>, job: &PrintJob, tendered: Option<i64>, copy: u32, training: bool) -> Step {
    header(p, "", copy, training)?;
    p.font(Font::B)?;
    for line in receipt::text(&job.detail, tendered).lines() {
        p.writeln(&clean(line))?;
    }
    if let Some(cashier) = &job.detail.booking.staff {
        p.writeln(&clean(&tr!("ticket-cashier", name = cashier.as_str())))?;
    }
    p.font(Font::A)?;
    footer(p, training)
}

fn refund_slip(p: Out<'_>, job: &PrintJob, refund: &crate::store::RefundRow, copy: u32, training: bool) -> Step {
    let detail = &job.detail;
    let money = |amount| detail.venue.currency.format_in(i18n::lang(), amount);
    header(p, &detail.venue.name, copy, training)?;
    p.justify(JustifyMode::CENTER)?.bold(true)?.size(2, 2)?.writeln(&clean(&tr!("slip-refund")))?;
    p.reset_size()?.bold(false)?.justify(JustifyMode::LEFT)?;
    p.writeln(&columns(&tr!("receipt-booking"), &detail.booking.code))?;
    p.writeln(&clean(&detail.showing.film))?;
    p.writeln(&local(job, detail.showing.starts_at))?;
    let seats: Vec<String> = refund.seats.iter().map(ToString::to_string).collect();
    p.writeln(&columns(&tr!("slip-seats"), &seats.join(",")))?;
    p.bold(true)?.writeln(&columns(&tr!("slip-amount"), &money(refund.amount)))?.bold(false)?;
    p.writeln(&clean(&tr!("slip-reason", reason = refund.reason.as_str())))?;
    p.writeln(&columns(&tr!("slip-by"), refund.staff.as_deref().unwrap_or("-")))?;
    p.writeln(&columns(&tr!("slip-approved-by"), refund.approver.as_deref().unwrap_or("-")))?;
    p.writeln(&columns(&tr!("slip-counter"), refund.counter.as_deref().unwrap_or("-")))?;
    p.writeln(&local(job, refund.created_at))?;
    footer(p, training)
}

/// TRAINING and REPRINT go first, large, where nobody can miss them.
fn header(p: Out<'_>, title: &str, copy: u32, training: bool) -> Step {
    p.justify(JustifyMode::CENTER)?;
    if training {
        p.reverse(true)?.bold(true)?.size(2, 2)?.writeln(&clean(&tr!("paper-training")))?;
        p.reset_size()?.bold(false)?.reverse(false)?;
    }
    if copy > 1 {
        p.bold(true)?.size(2, 1)?.writeln(&clean(&tr!("paper-reprint", copy = copy - 1)))?.reset_size()?.bold(false)?;
    }
    if !title.is_empty() {
        p.bold(true)?.writeln(&clean(title))?.bold(false)?;
    }
    p.justify(JustifyMode::LEFT)?;
    Ok(())
}

fn footer(p: Out<'_>, training: bool) -> Step {
    if training {
        p.justify(JustifyMode::CENTER)?
            .writeln(&clean(&tr!("paper-training-not-valid")))?
            .justify(JustifyMode::LEFT)?;
    }
    p.feeds(3)?.cut()?;
    Ok(())
}

fn local(job: &PrintJob, at: DateTime<Utc>) -> String {
    calendar::day_year_time(i18n::lang(), at.with_timezone(&job.detail.venue.zone).naive_local())
}

/// A label on the left and a value on the right of one ticket line.
fn columns(label: &str, value: &str) -> String {
    let (label, value) = (clean(label), clean(value));
    let gap = WIDTH.saturating_sub(label.len() + value.len()).max(1);
    format!("{label}{}{value}", " ".repeat(gap))
}

/// Printable ASCII only: a thermal printer's code page would print anything else as garbage,
/// and a control character in a film title must not become a printer command.
fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '?' }).collect()
}

/// Collects what the printer would have been sent.
#[derive(Clone, Default)]
struct Buffer(Rc<RefCell<Vec<u8>>>);

impl Driver for Buffer {
    fn name(&self) -> String {
        "memory".to_owned()
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(())
    }

    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::selling::SalesState;
    use crate::domain::{PaymentMethod, SeatLabel, SeatStatus};
    use crate::engine::{Actor, Engine, Print};
    use crate::store::Store;

    /// A paid booking of two seats on the demo venue, printed once; returns its job.
    fn printed_sale() -> (Engine, PrintJob) {
        let now = Utc.with_ymd_and_hms(2026, 11, 24, 4, 0, 0).single().expect("time");
        let mut engine = Engine::new(Store::open_in_memory().expect("memory"), Actor::counter("c1"));
        engine.install_demo(now).expect("demo");
        let day = engine.showings(None, now).expect("showings");
        let (show, _) = day.showings.iter().find(|(_, state)| *state == SalesState::Selling).expect("selling");
        let map = engine.seat_map(show.showing.id, now).expect("seat map");
        let seats: Vec<SeatLabel> =
            map.seats.iter().filter(|s| s.status == SeatStatus::Available).take(2).map(|s| s.label.clone()).collect();
        let code = engine.hold(show.showing.id, &seats, None, now).expect("hold").booking;
        engine.sell(&code, PaymentMethod::Cash, None, now).expect("sell");
        let job = engine.print(&code, &Print::Sale { seats: None, receipt: true }, now).expect("print");
        (engine, job)
    }

    fn count(haystack: &[u8], needle: &str) -> usize {
        haystack.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count()
    }

    #[test]
    fn a_training_database_prints_training_on_every_document() {
        let (_, mut job) = printed_sale();
        assert_eq!(count(&bytes(&job, None).expect("bytes"), "TRAINING"), 0);
        job.training = true;
        let bytes = bytes(&job, None).expect("bytes");
        assert_eq!(count(&bytes, "TRAINING\x1bd"), 3, "the header of two tickets and the receipt");
        assert_eq!(count(&bytes, "TRAINING - NOT VALID"), 3, "and their foot");
    }

    #[test]
    fn only_a_second_copy_says_reprint() {
        let (mut engine, first) = printed_sale();
        assert_eq!(count(&bytes(&first, None).expect("bytes"), "REPRINT"), 0);
        let now = first.detail.booking.paid_at.expect("paid");
        let again = Print::Sale { seats: None, receipt: false };
        let second = engine.print(&first.detail.booking.code, &again, now).expect("reprint");
        let bytes = bytes(&second, None).expect("bytes");
        assert_eq!(count(&bytes, "REPRINT 1"), 2, "both tickets");
    }

    #[test]
    fn a_control_character_in_a_name_never_reaches_the_printer_as_a_command() {
        assert_eq!(clean("Film\x1b@\x1dV\u{e9}"), "Film?@?V?");
        assert_eq!(columns("Booking", "K7QM3X").len(), WIDTH);
    }
}
