//! The seat map screen: what is showing, the map, what the cursor is on, what is selected, the
//! legend.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Widget, Wrap};

use super::{body_area, film_title};
use crate::domain::SeatStatus;
use crate::domain::selling::SalesState;
use crate::engine::SeatMap;
use crate::tui::app::{App, Seats};
use crate::tui::cells;
use crate::tui::seat_map::SeatMapWidget;
use crate::tui::text;
use crate::tui::theme::{Look, Theme};

/// The body's parts: showing line, map, cursor and selection lines, legend.
fn parts(body: Rect) -> [Rect; 4] {
    super::stack(body, [Some(1), None, Some(2), Some(2)])
}

/// Where the map itself is drawn on a terminal of `screen` size (the app scrolls with it).
#[must_use]
pub fn map_area(screen: Rect) -> Rect {
    parts(body_area(screen))[1]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let [heading, map_area, info, legend_area] = parts(area);
    let Some(seats) = &app.seats else {
        Paragraph::new(text::loading()).render(area, buf);
        return;
    };
    showing_line(app, &seats.map, heading.width).render(heading, buf);
    // The state is copied: the widget may adjust its scroll, but drawing never changes the app.
    let mut state = seats.state.clone();
    SeatMapWidget { plan: &seats.plan, theme: app.theme }.render(map_area, buf, &mut state);
    Paragraph::new(vec![cursor_line(app, seats), selection_line(seats)]).render(info, buf);
    let legend = if seats.plan.for_sale { legend(app.theme) } else { not_for_sale_legend(app.theme) };
    Paragraph::new(legend).wrap(Wrap { trim: false }).render(legend_area, buf);
}

/// `Misi Merapi (13+) · 128 min · Studio 1 · Tue 24 Nov 12:30–14:38 · open · 180 of 242 free`,
/// shortened to fit `width` (`Misi Merapi (13+) · Studio 1 · 12:30 · open · 180 of 242 free`):
/// the state and the free seats are never the part cut off.
fn showing_line<'a>(app: &App, map: &'a SeatMap, width: u16) -> Line<'a> {
    let show = &map.showing;
    let zone = map.venue.zone;
    let free = map.seats.iter().filter(|s| s.status == SeatStatus::Available).count();
    let sellable = map.seats.iter().filter(|s| s.status != SeatStatus::Blocked).count();
    let sales = map.sales_at(app.now);
    // A showing that sells nothing says so in capitals, in place of a free count that would
    // read as seats for sale.
    let (state, seats) = if matches!(sales, SalesState::Cancelled | SalesState::Finished) {
        (text::sales_state(sales).to_uppercase(), text::no_seat_for_sale())
    } else {
        (text::listed_state(sales, free), text::free_of(free, sellable))
    };
    let title = format!(" {}", film_title(show));
    let starts = show.starts_at.with_timezone(&zone);
    let forms = [
        format!(
            " · {} · {} · {}–{} · {state} · ",
            text::minutes(show.runtime_minutes),
            show.auditorium,
            text::day_time(&starts),
            show.ends_at.with_timezone(&zone).format("%H:%M"),
        ),
        format!(" · {} · {} · {state} · ", show.auditorium, starts.format("%H:%M")),
        format!(" · {} · {state} · ", starts.format("%H:%M")),
    ];
    let fits =
        |middle: &&String| (cells::width(&title) + cells::width(middle) + cells::width(&seats)) <= usize::from(width);
    let middle = forms.iter().find(fits).unwrap_or(&forms[2]).clone();
    Line::from(vec![Span::styled(title, app.theme.strong()), Span::raw(middle), Span::styled(seats, app.theme.good())])
}

/// What the cursor is on: `H12 premium · free · adult IDR 70,000`.
fn cursor_line(app: &App, seats: &Seats) -> Line<'static> {
    let Some(seat) = seats.cursor_seat() else { return Line::default() };
    let zone = seats.map.venue.zone;
    let state = match seat.status {
        SeatStatus::Available if !seats.plan.for_sale => text::look_name(Look::NotForSale),
        SeatStatus::Available => {
            let prices = &seats.map.prices;
            let price = prices.default_ticket_type().and_then(|t| {
                prices
                    .price(&t, seat.kind)
                    .map(|p| format!("{} {}", text::ticket_type(t.as_str()), text::money(&seats.map.venue.currency, p)))
            });
            match price {
                Some(price) => format!("{} · {price}", text::seat_free()),
                None => text::seat_free(),
            }
        }
        SeatStatus::Reserved => match &seat.booking {
            Some(code) if app.my_codes.contains(code) => text::seat_held_by_me(code),
            _ => {
                let until = seat.hold_expires_at.map(|at| at.with_timezone(&zone).format("%H:%M").to_string());
                text::seat_held_at(seat.counter.as_deref(), until.as_deref())
            }
        },
        SeatStatus::Occupied => text::seat_sold(),
        SeatStatus::Blocked => text::seat_blocked(),
    };
    Line::from(vec![
        Span::styled(format!(" {}", seat.label), app.theme.strong()),
        Span::raw(format!(" {} · {state}", text::seat_kind(seat.kind))),
    ])
}

/// `Selected 2: H10 H11 · IDR 140,000`, priced at the default ticket type.
fn selection_line(seats: &Seats) -> Line<'static> {
    if !seats.plan.for_sale {
        return Line::from(format!(" {}", text::not_selling(seats.map.sales)));
    }
    let selected = seats.selected();
    if selected.is_empty() {
        return Line::from(format!(" {}", text::nothing_selected(seats.state.kind)));
    }
    let names: Vec<String> = selected.iter().map(|s| s.label.to_string()).collect();
    let prices = &seats.map.prices;
    let total: Option<i64> = prices
        .default_ticket_type()
        .and_then(|t| selected.iter().map(|s| prices.price(&t, s.kind)).sum::<Option<i64>>());
    let total = total.map(|t| text::money(&seats.map.venue.currency, t));
    Line::from(format!(" {}", text::selected_summary(&names, total.as_deref())))
}

/// `o free  P premium  …  [ ] cursor`, every glyph in its own style.
#[must_use]
pub fn legend(theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for look in Look::ALL.into_iter().filter(|look| *look != Look::NotForSale) {
        spans.push(Span::styled(look.glyph().to_string(), theme.seat(look)));
        spans.push(Span::raw(format!("{}  ", unbroken(&text::look_name(look)))));
    }
    spans.push(Span::styled("[ ]", theme.cursor(Look::Free)));
    spans.push(Span::raw(unbroken(&text::legend_cursor())));
    Line::from(spans)
}

/// The legend of a showing that sells nothing: what `-` means, and the few looks still drawn.
fn not_for_sale_legend(theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for look in [Look::NotForSale, Look::Occupied, Look::Blocked] {
        spans.push(Span::styled(look.glyph().to_string(), theme.seat(look)));
        spans.push(Span::raw(format!("{}  ", unbroken(&text::look_name(look)))));
    }
    Line::from(spans)
}

/// ` held here` with no-break spaces: a wrapped legend never parts a glyph from its words.
fn unbroken(name: &str) -> String {
    format!(" {name}").replace(' ', "\u{a0}")
}
