//! Checkout: one line per held seat with its ticket type and price, the total, the payment
//! method, cash tendered and change due, and the hold's countdown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Widget, Wrap};

use super::film_title;
use crate::domain::PaymentMethod;
use crate::tui::app::{App, Checkout};
use crate::tui::seat_map::{SeatMapState, SeatMapWidget, follow};
use crate::tui::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(checkout) = &app.checkout else { return };
    let theme = app.theme;
    let zone = app.zone;
    let currency = &checkout.currency;
    let show = &checkout.showing;
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!(" {}", text::booking_line(&checkout.code)), theme.strong()),
            Span::raw(format!(
                " · {} · {} · {}",
                film_title(show),
                show.auditorium,
                text::day_time(&show.starts_at.with_timezone(&zone))
            )),
        ]),
        countdown(app, checkout),
        Line::default(),
        Line::styled(
            format!(
                "   {:<6}{:<12}{:<16}{:>16}",
                text::col_seat(),
                text::col_kind(),
                text::col_ticket(),
                text::col_price()
            ),
            theme.dim(),
        ),
    ];
    // Total, payment and change must always show: on a short screen the seat lines scroll
    // (around the cursor) and the rest stays.
    let below = 3 + usize::from(checkout.payment == PaymentMethod::Cash);
    let room = usize::from(area.height).saturating_sub(lines.len() + below).max(1);
    let first = follow(0, checkout.cursor, room, checkout.lines.len());
    for (index, line) in checkout.lines.iter().enumerate().skip(first).take(room) {
        let here = index == checkout.cursor;
        let ticket = line.ticket.as_ref().map_or_else(text::no_price_short, |t| text::ticket_type(t.as_str()));
        let ticket = if here { format!("◄ {ticket} ►") } else { format!("  {ticket}") };
        let price = checkout.price(line).map_or_else(text::no_price_short, |p| text::money(currency, p));
        let row = format!(
            " {} {:<6}{:<12}{:<16}{:>16}",
            if here { "▶" } else { " " },
            line.label.to_string(),
            text::seat_kind(line.kind),
            ticket,
            price
        );
        lines.push(if here { Line::styled(row, theme.highlight()) } else { Line::raw(row) });
    }
    let total = checkout.total().map_or_else(text::no_price_short, |t| text::money(currency, t));
    lines.push(Line::styled(format!("   {:<34}{:>16}", text::total(), total), theme.strong()));
    lines.push(Line::default());
    lines.push(payment_line(app, checkout));
    if checkout.payment == PaymentMethod::Cash {
        lines.push(tendered_line(app, checkout));
    }
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let room_for_map = area.height.saturating_sub(height) >= MIN_MAP_LINES + 3;
    let seats = app.seats.as_ref().filter(|s| s.map.showing.id == checkout.showing.id);
    let (Some(seats), true) = (seats, room_for_map) else {
        // The sale matters more than the picture: without room, only the lines.
        Paragraph::new(lines).render(area, buf);
        return;
    };
    let [top, _, map_area, legend_area] = super::stack(area, [Some(height), Some(1), None, Some(2)]);
    Paragraph::new(lines).render(top, buf);
    // The held seats on the map below, the cursor on the line being edited.
    let label = checkout.lines.get(checkout.cursor).map(|line| &line.label);
    let mut state = SeatMapState::at(seats.place_of(label).unwrap_or(seats.state.cursor));
    SeatMapWidget { plan: &seats.plan, theme }.render(map_area, buf, &mut state);
    Paragraph::new(super::seats::legend(theme)).wrap(Wrap { trim: false }).render(legend_area, buf);
}

/// Below this the map under the checkout is left out: the sale matters more.
const MIN_MAP_LINES: u16 = 5;

/// `Hold expires in 09:41 (e extends it)`, urgent in the last minute.
fn countdown(app: &App, checkout: &Checkout) -> Line<'static> {
    let left = checkout.seconds_left(app.now);
    let style = if left < 60 { app.theme.error() } else { app.theme.dim() };
    Line::from(vec![
        Span::styled(format!(" {}", text::hold_countdown(left)), style),
        Span::styled(format!(" {}", text::extend_hint()), app.theme.dim()),
    ])
}

/// `Payment: [cash]  card   QRIS   other`: the chosen one in brackets, so it reads without colour.
fn payment_line(app: &App, checkout: &Checkout) -> Line<'static> {
    let mut spans = vec![Span::raw(format!(" {:<10}", format!("{}:", text::payment())))];
    for method in PaymentMethod::ALL {
        let name = text::payment_name(*method);
        if *method == checkout.payment {
            spans.push(Span::styled(format!("[{name}]"), app.theme.highlight()));
        } else {
            spans.push(Span::raw(format!(" {name} ")));
        }
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// `Tendered: 150,000_   Change due: IDR 10,000`.
fn tendered_line(app: &App, checkout: &Checkout) -> Line<'static> {
    let label = format!(" {:<10}", format!("{}:", text::tendered()));
    if checkout.tendered.is_empty() {
        return Line::from(vec![
            Span::raw(label),
            Span::styled(format!("_ {}", text::tendered_exact()), app.theme.dim()),
        ]);
    }
    let mut spans = vec![Span::raw(label), Span::styled(format!("{}_", checkout.tendered.value), app.theme.strong())];
    match (checkout.tendered(), checkout.total()) {
        (Ok(Some(tendered)), Some(total)) if tendered >= total => spans.push(Span::styled(
            format!("   {}: {}", text::change_due(), text::money(&checkout.currency, tendered - total)),
            app.theme.good(),
        )),
        (Ok(Some(tendered)), Some(total)) => spans.push(Span::styled(
            format!("   {}", text::short_by(&text::money(&checkout.currency, total - tendered))),
            app.theme.error(),
        )),
        (Err(message), _) => spans.push(Span::styled(format!("   {message}"), app.theme.error())),
        _ => {}
    }
    Line::from(spans)
}
