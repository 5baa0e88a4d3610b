//! The shift form: the float to open with; or the open shift's cash so far (float, cash sales,
//! cash refunds, what the drawer should hold) and the counted cash with the over/short as it is
//! typed; or the closed shift's figures and where its report went.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::domain::Currency;
use crate::engine::ShiftReport;
use crate::tui::app::{App, ShiftForm, ShiftMode};
use crate::tui::text;
use crate::tui::theme::Theme;

/// Width of the dialog.
const WIDTH: u16 = 64;

pub fn render(app: &App, form: &ShiftForm, body: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let Some(venue) = app.venue() else { return };
    let currency = &venue.currency;
    let field = |label: &str| {
        Line::from(vec![
            Span::styled(format!("▶ {label:<9}"), theme.key()),
            Span::styled(format!("{}_", form.amount.value), theme.strong()),
        ])
    };
    let (title, lines) = match (&form.mode, &app.shift) {
        (ShiftMode::Closed(closed), _) => {
            let report = &closed.report;
            let mut lines = figures(report, currency, venue.zone, theme);
            let counted = report.shift.counted.unwrap_or(0);
            lines.push(amount_line(&text::shift_line_counted(), &text::money(currency, counted), theme.strong()));
            let difference = report.over_short.unwrap_or(0);
            lines.push(over_short_line(difference, currency, theme));
            let file = match &closed.file {
                Ok(path) => Line::from(format!("{}: {}", text::shift_report(), path.display())),
                Err(why) => Line::styled(format!("{}: {why}", text::shift_report()), theme.error()),
            };
            lines.push(file);
            lines.push(Line::styled(text::shift_closed_hint(), theme.dim()));
            (text::title_closed_shift(report.shift.id, &report.shift.counter), lines)
        }
        (ShiftMode::Close, Some(report)) => {
            let mut lines = figures(report, currency, venue.zone, theme);
            lines.push(field(&text::shift_counted()));
            if let Ok(counted) = currency.parse_amount(&form.amount.value) {
                lines.push(over_short_line(counted - report.expected_cash, currency, theme));
            }
            lines.push(Line::styled(text::shift_close_hint(), theme.dim()));
            (text::title_close_shift(report.shift.id, &report.shift.counter), lines)
        }
        // Opening, or closing a shift the watcher has not read yet (the engine knows it).
        (ShiftMode::Open | ShiftMode::Close, _) => {
            let open = form.mode == ShiftMode::Open;
            let mut lines = Vec::new();
            if open {
                lines.push(Line::from(text::shift_open_intro()));
            }
            lines.push(field(&if open { text::shift_float() } else { text::shift_counted() }));
            let hint = if open { text::shift_open_hint() } else { text::shift_close_hint() };
            lines.push(Line::styled(hint, theme.dim()));
            let title = if open { text::title_open_shift(&app.counter) } else { text::title_shift(&app.counter) };
            (title, lines)
        }
    };
    super::dialog(&title, lines, WIDTH, body, buf);
}

/// Who opened the shift and when, and the cash that went through it.
fn figures(report: &ShiftReport, currency: &Currency, zone: chrono_tz::Tz, theme: Theme) -> Vec<Line<'static>> {
    let shift = &report.shift;
    let opened = shift.opened_at.with_timezone(&zone).format("%H:%M").to_string();
    let (sales, sold) = report.takings.cash_sales();
    let (refunds, refunded) = report.takings.cash_refunds();
    vec![
        Line::styled(text::shift_opened_by(&opened, shift.staff.as_deref()), theme.dim()),
        amount_line(&text::shift_line_float(), &text::money(currency, shift.float), ratatui::style::Style::new()),
        amount_line(&text::cash_sales(sales), &text::money(currency, sold), ratatui::style::Style::new()),
        amount_line(&text::cash_refunds(refunds), &text::money(currency, -refunded), ratatui::style::Style::new()),
        amount_line(&text::shift_line_expected(), &text::money(currency, report.expected_cash), theme.strong()),
    ]
}

/// `   float                          IDR 500,000`
fn amount_line(label: &str, amount: &str, style: ratatui::style::Style) -> Line<'static> {
    Line::styled(format!("  {label:<30}{amount:>18}"), style)
}

fn over_short_line(difference: i64, currency: &Currency, theme: Theme) -> Line<'static> {
    let words = text::over_short(difference, &text::money(currency, difference.abs()));
    let style = if difference == 0 { theme.good() } else { theme.error() };
    Line::styled(format!("  {:<30}{words:>18}", ""), style)
}
