//! The day report: a bar per showing for its occupancy, the money per payment method and per
//! ticket type, every refund with its reason, cashier and approver, and the net. One column that
//! scrolls, so it reads the same at 120 x 40 (all of it at once) and at 60 x 16 (a part at a
//! time); the bars take whatever width is left.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::domain::PaymentMethod;
use crate::domain::records::Subtotal;
use crate::domain::time::local_date;
use crate::engine::DayReport;
use crate::tui::app::App;
use crate::tui::cells::{fit, pad};
use crate::tui::text;
use crate::tui::theme::{Look, Theme};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let Some(report) = app.report.as_ref().and_then(|view| view.data.as_ref()) else {
        Paragraph::new(text::loading()).render(area, buf);
        return;
    };
    let [heading, body] = super::stack(area, [Some(1), None]);
    let mut day = vec![Span::styled(format!(" {}", text::long_day(report.day)), theme.strong())];
    if report.day == local_date(report.venue.zone, app.now) {
        day.push(Span::styled(format!(" · {}", text::today()), theme.good()));
    }
    day.push(Span::styled(format!(" · {}", text::report_amounts_in(report.venue.currency.code())), theme.dim()));
    Line::from(day).render(heading, buf);
    let lines = lines(report, body.width, theme);
    let scroll = app.report.as_ref().map_or(0, |view| view.scroll);
    Paragraph::new(lines).scroll((scroll, 0)).render(body, buf);
}

/// How far the report scrolls: its length less one screenful is not known here, so up to its
/// last line.
#[must_use]
pub fn line_count(report: &DayReport) -> u16 {
    u16::try_from(lines(report, 120, Theme { color: false }).len()).unwrap_or(u16::MAX)
}

/// The whole report as lines `width` wide (the count does not depend on the width).
fn lines(report: &DayReport, width: u16, theme: Theme) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines = vec![Line::default()];
    lines.extend(occupancy(report, width, theme));
    lines.push(Line::default());
    lines.extend(by_payment(report, theme));
    lines.push(Line::default());
    lines.push(Line::styled(format!(" {}", text::report_by_ticket()), theme.strong()));
    if report.ticket_types.is_empty() {
        lines.push(Line::styled(format!("  {}", text::report_none()), theme.dim()));
    }
    for tally in &report.ticket_types {
        let amount = text::number(&report.venue.currency, tally.amount);
        lines.push(Line::from(format!("  {}{:>5} {amount:>11}", pad(&text::ticket_type(&tally.key), 14), tally.count)));
    }
    lines.push(Line::default());
    lines.extend(refunds(report, width, theme));
    lines.push(Line::default());
    let money = |amount: i64| text::money(&report.venue.currency, amount);
    let totals = text::report_totals(&money(report.sales_total), &money(report.refunds_total), &money(report.net()));
    lines.push(Line::styled(format!(" {totals}"), theme.strong()));
    lines
}

/// `  11:30 Laskar Pelangi   Studio 2  ████░░░░░░  45.5%  41/90`
fn occupancy(report: &DayReport, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let zone = report.venue.zone;
    let mut lines = vec![Line::styled(format!(" {}", text::report_occupancy()), theme.strong())];
    if report.showings.is_empty() {
        lines.push(Line::styled(format!("  {}", text::report_none()), theme.dim()));
    }
    // Time, auditorium, percentage and counts are fixed; the film and the bar share the rest.
    let fixed = 2 + 6 + 1 + 11 + 15;
    let free = width.saturating_sub(fixed).max(16);
    let film = (free * 2 / 5).clamp(12, 30);
    let bar = (free - film).min(50);
    for s in &report.showings {
        let permille = s.occupancy_permille().clamp(0, 1000);
        let filled = usize::try_from((permille * i64::try_from(bar).unwrap_or(0)).div_euclid(1000)).unwrap_or(0);
        // Any seat sold shows at least one cell.
        let filled = if permille > 0 { filled.max(1) } else { 0 };
        let before = format!(
            "  {} {} {} ",
            s.starts_at.with_timezone(&zone).format("%H:%M"),
            pad(&s.film, film),
            pad(&s.auditorium, 10)
        );
        let mut spans = vec![Span::raw(before)];
        if s.status == crate::domain::ShowingStatus::Cancelled {
            let cancelled = text::sales_state(crate::domain::selling::SalesState::Cancelled);
            spans.push(Span::styled(pad(&cancelled, bar), theme.dim()));
        } else {
            spans.push(Span::styled("█".repeat(filled), theme.seat(Look::Occupied)));
            spans.push(Span::styled("░".repeat(bar - filled), theme.dim()));
        }
        let seated = s.sold - s.refunded;
        spans.push(Span::raw(format!(" {:>3}.{}% {seated:>3}/{}", permille / 10, permille % 10, s.capacity)));
        lines.push(Line::from(spans));
    }
    lines
}

/// One row per payment method: sales, refunds and what is left of them.
fn by_payment(report: &DayReport, theme: Theme) -> Vec<Line<'static>> {
    let money = |amount: i64| text::number(&report.venue.currency, amount);
    let mut lines = vec![
        Line::styled(format!(" {}", text::report_by_payment()), theme.strong()),
        Line::styled(
            format!(
                "  {:<7} {:>5} {:>11} {:>7} {:>11} {:>11}",
                text::col_method(),
                text::col_sales(),
                text::col_amount(),
                text::col_refunds(),
                text::col_amount(),
                text::col_net()
            ),
            theme.dim(),
        ),
    ];
    let mut methods: Vec<&str> =
        report.sales_by_payment.iter().chain(&report.refunds_by_payment).map(|t| t.key.as_str()).collect();
    methods.sort_unstable();
    methods.dedup();
    if methods.is_empty() {
        lines.push(Line::styled(format!("  {}", text::report_none()), theme.dim()));
    }
    for method in methods {
        let find = |rows: &[Subtotal]| rows.iter().find(|t| t.key == method).map_or((0, 0), |t| (t.count, t.amount));
        let (sales, sold) = find(&report.sales_by_payment);
        let (refunds, refunded) = find(&report.refunds_by_payment);
        let name: String = method.parse::<PaymentMethod>().map_or_else(|_| method.to_owned(), text::payment_name);
        lines.push(Line::from(format!(
            "  {:<7} {sales:>5} {:>11} {refunds:>7} {:>11} {:>11}",
            fit(&name, 7),
            money(sold),
            money(refunded),
            money(sold - refunded)
        )));
    }
    lines
}

/// Two lines per refund: when, which booking and seats, how much; then why, who and who approved.
fn refunds(report: &DayReport, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let zone = report.venue.zone;
    let mut lines = vec![Line::styled(format!(" {}", text::report_refunds()), theme.strong())];
    if report.refunds.is_empty() {
        lines.push(Line::styled(format!("  {}", text::report_none()), theme.dim()));
    }
    for r in &report.refunds {
        lines.push(Line::from(format!(
            "  {} {} {:<12} {:>11}",
            r.at.with_timezone(&zone).format("%H:%M"),
            r.booking,
            fit(&r.seats, 12),
            text::number(&report.venue.currency, r.amount)
        )));
        let who = text::refund_by(r.staff.as_deref(), r.approver.as_deref());
        let detail = format!("        \"{}\" · {who}", r.reason);
        lines.push(Line::styled(fit(&detail, width), Style::new()));
    }
    lines
}
