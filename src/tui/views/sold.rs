//! After the sale: the booking code, large, to read out to the customer; the tickets, the
//! change due and where the receipt went.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{big_text, film_title};
use crate::tui::app::App;
use crate::tui::text;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(sold) = &app.sold else { return };
    let theme = app.theme;
    let receipt = &sold.sale.receipt;
    let currency = &sold.currency;
    let show = &sold.showing;
    // Blank lines between the parts only when the screen has room for them.
    let roomy = area.height >= 16;
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{} ", text::booking_code()), theme.dim()),
        Span::styled(receipt.booking.clone(), theme.strong()),
    ])];
    // Block letters only when they fit; the plain code above is always there.
    if usize::from(area.width) >= big_text::width(&receipt.booking)
        && let Some(big) = big_text::lines(&receipt.booking)
    {
        if roomy {
            lines.push(Line::default());
        }
        lines.extend(big.into_iter().map(|row| Line::styled(row, theme.good())));
    }
    if roomy {
        lines.push(Line::default());
    }
    lines.push(Line::from(format!(
        "{} · {} · {}",
        film_title(show),
        show.auditorium,
        text::day_time(&show.starts_at.with_timezone(&app.zone))
    )));
    let tickets: Vec<String> = receipt
        .tickets
        .iter()
        .map(|t| format!("{} {} {}", t.seat, text::ticket_type(t.ticket_type.as_str()), text::money(currency, t.price)))
        .collect();
    lines.push(Line::from(tickets.join(" · ")));
    lines.push(Line::styled(
        format!(
            "{} {} · {} {}",
            text::total(),
            text::money(currency, receipt.total),
            text::paid_by(),
            text::payment_name(receipt.payment)
        ),
        theme.strong(),
    ));
    if let (Some(tendered), Some(change)) = (sold.sale.tendered, sold.change()) {
        lines.push(Line::styled(
            text::change_line(&text::money(currency, tendered), &text::money(currency, change)),
            theme.strong(),
        ));
    }
    let receipt_line = match &sold.sale.receipt_file {
        Ok(path) => Line::from(format!("{}: {}", text::receipt(), path.display())),
        Err(why) => Line::styled(format!("{}: {why}", text::receipt()), theme.error()),
    };
    lines.push(receipt_line);
    Paragraph::new(lines).alignment(Alignment::Center).wrap(Wrap { trim: false }).render(area, buf);
}
