//! `boxoffice report`: the day's figures as a table, CSV or JSON.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::args::ReportFormat;
use super::output::{Output, time};
use crate::domain::calendar;
use crate::domain::text::{cells, padded};
use crate::domain::time::{local_date, parse_date};
use crate::engine::{DayReport, Engine, EngineError, Seal};
use crate::i18n::errors::Localized as _;
use crate::i18n::{self, words};
use crate::store::Tally;
use crate::tr;

pub fn show(
    engine: &mut Engine,
    date: Option<&str>,
    format: ReportFormat,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
    let day = match date {
        Some(text) => parse_date(text).map_err(|e| EngineError::BadInput(e.localized()))?,
        None => local_date(zone, now),
    };
    let report = engine.report(day)?;
    let format = if out.json { ReportFormat::Json } else { format };
    let text = match format {
        ReportFormat::Json => to_json(&report).to_string(),
        ReportFormat::Csv => to_csv(&report)?,
        ReportFormat::Table => to_table(&report),
    };
    Output { json: false }.answer(&json!(null), || text);
    Ok(())
}

fn tallies(rows: &[Tally]) -> Vec<serde_json::Value> {
    rows.iter().map(|t| json!({ "key": t.key, "count": t.count, "amount": t.amount })).collect()
}

pub fn to_json(report: &DayReport) -> serde_json::Value {
    let zone = report.venue.zone;
    json!({
        "date": report.day.to_string(),
        "currency": report.venue.currency.code(),
        "showings": report.showings.iter().map(|s| json!({
            "showing": s.showing.0, "film": s.film, "auditorium": s.auditorium, "starts_at": time(zone, s.starts_at),
            "status": s.status.as_str(), "capacity": s.capacity, "sold": s.sold, "refunded": s.refunded, "admitted": s.admitted,
            "occupancy_pct": s.occupancy_permille() as f64 / 10.0, "revenue": s.revenue, "refunded_amount": s.refunded_amount,
        })).collect::<Vec<_>>(),
        "films": tallies(&report.films),
        "ticket_types": tallies(&report.ticket_types),
        "sales_by_payment": tallies(&report.sales_by_payment),
        "refunds_by_payment": tallies(&report.refunds_by_payment),
        "refunds": report.refunds.iter().map(|r| json!({
            "at": time(zone, r.at), "booking": r.booking, "showing": r.showing.0, "film": r.film, "seats": r.seats,
            "amount": r.amount, "payment": r.payment, "reason": r.reason, "cashier": r.staff, "approver": r.approver,
            "counter": r.counter,
        })).collect::<Vec<_>>(),
        "sales_total": report.sales_total,
        "refunds_total": report.refunds_total,
        "net": report.net(),
        "training": report.training,
        "seal": seal_json(report.seal.as_ref()),
    })
}

/// `{"event", "hash"}`, or null before any event.
pub fn seal_json(seal: Option<&Seal>) -> serde_json::Value {
    seal.map_or(serde_json::Value::Null, |seal| json!({ "event": seal.event, "hash": seal.hash }))
}

/// The seal line printed under a report, for `verify --seal`.
pub fn seal_line(seal: Option<&Seal>) -> String {
    seal.map_or_else(|| tr!("report-seal-none"), |seal| tr!("report-seal", seal = seal.to_string()))
}

/// A percentage with one decimal, written with the language's decimal mark.
fn percent(permille: i64) -> String {
    let mark = if i18n::lang() == crate::domain::Lang::Id { ',' } else { '.' };
    format!("{}{mark}{}%", permille / 10, permille % 10)
}

pub fn to_table(report: &DayReport) -> String {
    let currency = &report.venue.currency;
    let zone = report.venue.zone;
    let lang = i18n::lang();
    let money = |amount: i64| currency.format_number_in(lang, amount);
    let right = |text: &str, width: usize| padded(text, width, false);
    let left = |text: &str, width: usize| padded(text, width, true);
    let mut text = format!(
        "{}{}\n\n{}\n",
        if report.training { tr!("shift-report-training") } else { String::new() },
        tr!(
            "report-heading",
            venue = report.venue.name.as_str(),
            day = calendar::day_year(lang, report.day),
            zone = zone.name(),
            currency = currency.code(),
        ),
        tr!("report-showings-title"),
    );
    let showing_row = |cols: [&str; 10]| {
        format!(
            "{}  {}  {} {} {} {} {} {}  {} {}\n",
            right(cols[0], 5),
            left(cols[1], 5),
            left(cols[2], 22),
            left(cols[3], 12),
            right(cols[4], 5),
            right(cols[5], 5),
            right(cols[6], 5),
            right(cols[7], 9),
            left(cols[8], 20),
            right(cols[9], 12),
        )
    };
    text.push_str(&showing_row([
        &tr!("report-col-id"),
        &tr!("report-col-time"),
        &tr!("report-col-film"),
        &tr!("report-col-auditorium"),
        &tr!("report-col-sold"),
        &tr!("report-col-refunded"),
        &tr!("report-col-admitted"),
        &tr!("report-col-occupancy"),
        "",
        &tr!("report-col-net"),
    ]));
    for s in &report.showings {
        let permille = s.occupancy_permille();
        let bar_width = usize::try_from(permille.clamp(0, 1000) / 50).unwrap_or(0);
        text.push_str(&showing_row([
            &s.showing.0.to_string(),
            &s.starts_at.with_timezone(&zone).format("%H:%M").to_string(),
            &truncate(&s.film, 22),
            &truncate(&s.auditorium, 12),
            &s.sold.to_string(),
            &s.refunded.to_string(),
            &s.admitted.to_string(),
            &percent(permille),
            &"#".repeat(bar_width),
            &money(s.revenue - s.refunded_amount),
        ]));
    }
    if report.showings.is_empty() {
        text.push_str(&format!("  {}\n", tr!("report-none")));
    }
    text.push_str(&money_table(report));
    text.push_str(&refunds_table(report));
    text.push_str(&format!(
        "\n{}\n",
        tr!(
            "report-totals",
            sales = currency.format_in(lang, report.sales_total),
            refunds = currency.format_in(lang, report.refunds_total),
            net = currency.format_in(lang, report.net()),
        )
    ));
    text.push_str(&seal_line(report.seal.as_ref()));
    text.push('\n');
    text
}

/// The money by payment method, by film and by ticket type.
fn money_table(report: &DayReport) -> String {
    let lang = i18n::lang();
    let money = |amount: i64| report.venue.currency.format_number_in(lang, amount);
    let right = |text: &str, width: usize| padded(text, width, false);
    let left = |text: &str, width: usize| padded(text, width, true);
    let mut text = format!("\n{}\n", tr!("report-money-title"));
    let mut methods: Vec<&str> =
        report.sales_by_payment.iter().chain(&report.refunds_by_payment).map(|t| t.key.as_str()).collect();
    methods.sort_unstable();
    methods.dedup();
    let method_row = |cols: [&str; 6]| {
        format!(
            "  {} {} {} {} {} {}\n",
            left(cols[0], 10),
            right(cols[1], 6),
            right(cols[2], 14),
            right(cols[3], 6),
            right(cols[4], 14),
            right(cols[5], 14),
        )
    };
    let amount = tr!("report-col-amount");
    text.push_str(&method_row([
        &tr!("report-col-method"),
        &tr!("report-col-sales"),
        &amount,
        &tr!("report-col-refunds"),
        &amount,
        &tr!("report-col-net"),
    ]));
    for method in methods {
        let find = |rows: &[Tally]| rows.iter().find(|t| t.key == method).map_or((0, 0), |t| (t.count, t.amount));
        let (sales, sold) = find(&report.sales_by_payment);
        let (refunds, refunded) = find(&report.refunds_by_payment);
        text.push_str(&method_row([
            &words::payment(method),
            &sales.to_string(),
            &money(sold),
            &refunds.to_string(),
            &money(refunded),
            &money(sold - refunded),
        ]));
    }
    for (title, rows) in [(tr!("report-by-film"), &report.films), (tr!("report-by-ticket-type"), &report.ticket_types)]
    {
        text.push_str(&format!("\n{title}\n"));
        for t in rows {
            text.push_str(&format!(
                "  {} {:>6} {}\n",
                left(&truncate(&t.key, 30), 30),
                t.count,
                right(&money(t.amount), 14)
            ));
        }
    }
    text
}

/// The day's refunds, one a line.
fn refunds_table(report: &DayReport) -> String {
    let zone = report.venue.zone;
    let money = |amount: i64| report.venue.currency.format_number_in(i18n::lang(), amount);
    let mut text = format!("\n{}\n", tr!("report-refunds-title"));
    for r in &report.refunds {
        let who = tr!(
            "report-refund-who",
            cashier = r.staff.as_deref().unwrap_or("-"),
            approver = r.approver.as_deref().unwrap_or("-"),
        );
        text.push_str(&format!(
            "  {} {} {} {}  {}  ({who})\n",
            r.at.with_timezone(&zone).format("%H:%M"),
            r.booking,
            padded(&r.seats, 8, true),
            padded(&money(r.amount), 12, false),
            r.reason,
        ));
    }
    if report.refunds.is_empty() {
        text.push_str(&format!("  {}\n", tr!("report-none")));
    }
    text
}

/// At most `width` cells of `text`, cut with … when longer.
fn truncate(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if cells(&out) + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// One flat table a spreadsheet can pivot: `section,key,count,amount,detail`.
pub fn to_csv(report: &DayReport) -> Result<String, EngineError> {
    let zone = report.venue.zone;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut row = |fields: [String; 5]| writer.write_record(fields).map_err(|e| EngineError::Failed(e.into()));
    // The header and the details are for people; the section and key values stay machine words,
    // so a spreadsheet pivots the same file whatever the language.
    row([tr!("csv-section"), tr!("csv-key"), tr!("csv-count"), tr!("csv-amount"), tr!("csv-detail")])?;
    for s in &report.showings {
        row([
            "showing".into(),
            format!("{} {} {} ({})", s.showing, s.starts_at.with_timezone(&zone).format("%H:%M"), s.film, s.auditorium),
            (s.sold - s.refunded).to_string(),
            (s.revenue - s.refunded_amount).to_string(),
            tr!(
                "csv-showing-detail",
                occupancy = percent(s.occupancy_permille()),
                capacity = s.capacity,
                sold = s.sold,
                refunded = s.refunded,
                admitted = s.admitted,
            ),
        ])?;
    }
    for (section, rows) in [
        ("sales", &report.sales_by_payment),
        ("refunds", &report.refunds_by_payment),
        ("film", &report.films),
        ("ticket_type", &report.ticket_types),
    ] {
        for t in rows {
            row([section.into(), t.key.clone(), t.count.to_string(), t.amount.to_string(), String::new()])?;
        }
    }
    for r in &report.refunds {
        row([
            "refund".into(),
            r.booking.clone(),
            r.seats.split(' ').filter(|s| !s.is_empty()).count().to_string(),
            r.amount.to_string(),
            tr!(
                "csv-refund-detail",
                reason = r.reason.as_str(),
                cashier = r.staff.as_deref().unwrap_or("-"),
                approver = r.approver.as_deref().unwrap_or("-"),
            ),
        ])?;
    }
    row(["total".into(), "sales".into(), String::new(), report.sales_total.to_string(), String::new()])?;
    row(["total".into(), "refunds".into(), String::new(), report.refunds_total.to_string(), String::new()])?;
    row(["total".into(), "net".into(), String::new(), report.net().to_string(), String::new()])?;
    if report.training {
        row(["training".into(), "TRAINING".into(), String::new(), String::new(), tr!("csv-training-detail")])?;
    }
    if let Some(seal) = &report.seal {
        row(["seal".into(), seal.event.to_string(), String::new(), String::new(), seal.hash.clone()])?;
    }
    let bytes =
        writer.into_inner().map_err(|e| EngineError::Failed(anyhow::anyhow!("could not write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| EngineError::Failed(e.into()))
}
