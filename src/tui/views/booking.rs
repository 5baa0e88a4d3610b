//! A booking found by its code: showing, state, seats and tickets, payment, refunds; and the
//! refund form drawn over it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{centered, film_title};
use crate::domain::BookingStatus;
use crate::domain::ClaimState;
use crate::tui::app::{App, Focus, RefundForm};
use crate::tui::cells;
use crate::tui::text;
use crate::tui::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(shown) = &app.booking else { return };
    let theme = app.theme;
    let detail = &shown.detail;
    let booking = &detail.booking;
    let zone = detail.venue.zone;
    let currency = &detail.venue.currency;
    let show = &detail.showing;
    let time = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&zone).format("%H:%M").to_string();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!(" {}", text::booking_line(&booking.code)), theme.strong()),
            Span::styled(
                format!(" · {}", text::booking_status(detail.effective_status)),
                status_style(detail.effective_status, theme),
            ),
        ]),
        Line::from(format!(
            " {} · {} · {} · {}",
            film_title(show),
            show.auditorium,
            text::day_time(&show.starts_at.with_timezone(&zone)),
            text::sales_state(detail.sales)
        )),
    ];
    let mut made = text::booking_made(&time(booking.created_at), booking.counter.as_deref());
    match (booking.paid_at, booking.payment, booking.total) {
        (Some(at), Some(method), Some(total)) => {
            made.push_str(&format!(
                " · {}",
                text::paid_line(&time(at), &text::payment_name(method), &text::money(currency, total))
            ));
        }
        _ if detail.effective_status == BookingStatus::Held => {
            made.push_str(&format!(" · {}", text::held_until(&time(booking.hold_expires_at))));
        }
        _ => {}
    }
    lines.push(Line::from(format!(" {made}")));
    lines.push(Line::default());
    lines.push(Line::styled(format!(" {}", text::seats()), theme.dim()));
    // The state column as wide as the language's longest state word, and never narrower than 10.
    let states = [ClaimState::Held, ClaimState::Sold, ClaimState::Released, ClaimState::Refunded];
    let state_width =
        states.map(|state| cells::width(&text::claim_state(state))).into_iter().max().unwrap_or(0).max(9) + 1;
    for seat in &detail.seats {
        let ticket = match (&seat.ticket_type, seat.price) {
            (Some(ticket), Some(price)) => {
                format!("{}{:>14}", cells::pad(&text::ticket_type(ticket.as_str()), 10), text::money(currency, price))
            }
            _ => String::new(),
        };
        lines.push(Line::from(format!(
            "   {:<6}{}{}{ticket}",
            seat.label.to_string(),
            cells::pad(&text::seat_kind(seat.kind), 12),
            cells::pad(&text::claim_state(seat.state), state_width)
        )));
    }
    lines.push(Line::default());
    lines.push(Line::styled(format!(" {}", text::refunds()), theme.dim()));
    if detail.refunds.is_empty() {
        lines.push(Line::from(format!("   {}", text::no_refunds())));
    }
    for refund in &detail.refunds {
        let seats: Vec<String> = refund.seats.iter().map(ToString::to_string).collect();
        lines.push(Line::from(format!(
            "   #{} {} {} {} \"{}\"{}",
            refund.id,
            time(refund.created_at),
            text::money(currency, refund.amount),
            seats.join(","),
            refund.reason,
            refund.counter.as_ref().map(|c| format!(" · {c}")).unwrap_or_default()
        )));
        if let Some(approver) = &refund.approver {
            lines.push(Line::styled(format!("      {}", text::approved_by(approver)), theme.dim()));
        }
    }
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}

fn status_style(status: BookingStatus, theme: Theme) -> ratatui::style::Style {
    match status {
        BookingStatus::Paid => theme.good(),
        BookingStatus::Held => theme.key(),
        _ => theme.dim(),
    }
}

/// The refund form, over the booking: compact, so it fits the smallest screen with a few seats.
pub fn refund_form(form: &RefundForm, theme: Theme, body: Rect, buf: &mut Buffer) {
    let height = u16::try_from(form.seats.len()).unwrap_or(u16::MAX).saturating_add(9);
    let area = centered(body, 72, height);
    Clear.render(area, buf);
    let block = Block::bordered().title(format!(" {} {} ", text::title_refund(), form.code));
    let inner = block.inner(area);
    block.render(area, buf);
    let label = |focus: Focus, name: &str| {
        let here = form.focus == focus;
        Span::styled(format!("{}{name}", if here { "▶ " } else { "  " }), if here { theme.key() } else { theme.dim() })
    };
    let mut lines = vec![Line::from(label(Focus::Seats, &text::refund_seats()))];
    for (index, seat) in form.seats.iter().enumerate() {
        let here = index == form.cursor && form.focus == Focus::Seats;
        let row = format!(
            "  {} [{}] {:<6}{:<10}{:>14}",
            if here { "▶" } else { " " },
            if seat.chosen { "x" } else { " " },
            seat.label.to_string(),
            seat.ticket.as_ref().map_or_else(String::new, |t| text::ticket_type(t.as_str())),
            text::money(&form.currency, seat.price)
        );
        lines.push(if here { Line::styled(row, theme.highlight()) } else { Line::raw(row) });
    }
    lines.push(Line::from(vec![
        label(Focus::Reason, &text::refund_reason()),
        Span::styled(format!(" {}_", form.reason.value), theme.strong()),
    ]));
    // The presets two to a line: 1 and 2, 3 and 4, then "other".
    let presets: Vec<String> = text::refund_reasons().into_iter().chain([text::refund_other()]).collect();
    for (pair, chunk) in presets.chunks(2).enumerate() {
        let mut spans = vec![Span::raw("    ")];
        for (offset, preset) in chunk.iter().enumerate() {
            let chosen = form.reason.value == *preset;
            let style = if chosen { theme.strong() } else { theme.dim() };
            spans.push(Span::styled(format!("{} {}", pair * 2 + offset + 1, cells::pad(preset, 28)), style));
        }
        lines.push(Line::from(spans));
    }
    let amount = match &form.amount {
        Some(field) if !field.is_empty() => Span::styled(format!(" {}_", field.value), theme.strong()),
        _ => Span::raw(format!(" {} {}", text::money(&form.currency, form.full_amount()), text::refund_full())),
    };
    lines.push(Line::from(vec![label(Focus::Amount, &text::refund_amount()), amount]));
    Paragraph::new(lines).render(inner, buf);
}
