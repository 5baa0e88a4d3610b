//! Small boxes over the screen: the booking-code prompt and yes/no questions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::{boxed_height, centered};
use crate::tui::app::{Checkout, Confirm, TextField};
use crate::tui::text;
use crate::tui::theme::Theme;

/// `/`: the code being typed.
pub fn find(field: &TextField, theme: Theme, body: Rect, buf: &mut Buffer) {
    one_field(&text::title_find(), &text::find_prompt(), text::find_hint(), field, theme, body, buf);
}

/// `g` on the seat map: the seat label being typed.
pub fn go_to(field: &TextField, theme: Theme, body: Rect, buf: &mut Buffer) {
    one_field(&text::title_go_to(), &text::go_to_prompt(), text::go_to_hint(), field, theme, body, buf);
}

/// A box asking for one short text.
fn one_field(title: &str, prompt: &str, hint: String, field: &TextField, theme: Theme, body: Rect, buf: &mut Buffer) {
    let lines = vec![
        Line::from(vec![Span::raw(format!("{prompt} ")), Span::styled(format!("{}_", field.value), theme.strong())]),
        Line::styled(hint, theme.dim()),
    ];
    boxed(title, lines, body, buf);
}

/// A yes/no question (the age question names the film of the sale in `checkout`).
pub fn confirm(question: &Confirm, checkout: Option<&Checkout>, theme: Theme, body: Rect, buf: &mut Buffer) {
    let asked = match question {
        Confirm::Quit => text::confirm_quit(),
        Confirm::Release => text::confirm_release(),
        Confirm::CancelBooking(code) => text::confirm_cancel(code),
        Confirm::CancelShowing(plan) => {
            let p = &plan.preview;
            text::confirm_cancel_showing(&plan.title, p.bookings, p.seats, p.holds, &plan.reason)
        }
        Confirm::ChildTicket { .. } => {
            let show = checkout.map(|c| &c.showing);
            let film = show.map(|s| s.film.as_str()).unwrap_or_default();
            text::confirm_child_ticket(film, show.and_then(|s| s.rating.as_deref()).unwrap_or_default())
        }
    };
    let answers =
        if matches!(question, Confirm::ChildTicket { .. }) { text::confirm_or_back() } else { text::yes_no() };
    let lines = vec![Line::styled(asked, theme.strong()), Line::styled(answers, theme.key())];
    boxed(&text::title_confirm(), lines, body, buf);
}

fn boxed(title: &str, lines: Vec<Line<'_>>, body: Rect, buf: &mut Buffer) {
    let area = centered(body, 64, boxed_height(&lines, body.width.min(64).saturating_sub(2)).max(5));
    Clear.render(area, buf);
    let block = Block::bordered().title(format!(" {title} "));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines).wrap(Wrap { trim: true }).render(inner, buf);
}
