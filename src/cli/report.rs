//! `boxoffice report`: the day's figures as a table, CSV or JSON.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::args::ReportFormat;
use super::output::{Output, time};
use crate::domain::records::Subtotal;
use crate::domain::time::{local_date, parse_date};
use crate::engine::{DayReport, Engine, EngineError, Seal};

pub fn show(
    engine: &mut Engine,
    date: Option<&str>,
    format: ReportFormat,
    now: DateTime<Utc>,
    out: &Output,
) -> Result<(), EngineError> {
    let zone = engine.venue()?.map_or(chrono_tz::UTC, |venue| venue.zone);
    let day = match date {
        Some(text) => parse_date(text).map_err(|e| EngineError::BadInput(e.to_string()))?,
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

fn tallies(rows: &[Subtotal]) -> Vec<serde_json::Value> {
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
    seal.map_or_else(
        || "seal: none (no events yet)".to_owned(),
        |seal| format!("seal: {seal}  (check with boxoffice verify --seal {seal})"),
    )
}

fn percent(permille: i64) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

pub fn to_table(report: &DayReport) -> String {
    let currency = &report.venue.currency;
    let zone = report.venue.zone;
    let money = |amount: i64| currency.format_number(amount);
    let mut text = format!(
        "{}{} · report for {} ({}, amounts in {})\n\nSHOWINGS STARTING THIS DAY\n",
        if report.training { "TRAINING · " } else { "" },
        report.venue.name,
        report.day.format("%a %d %b %Y"),
        zone.name(),
        currency.code()
    );
    text.push_str(&format!(
        "{:>5}  {:<5}  {:<22} {:<12} {:>5} {:>5} {:>5} {:>9}  {:<20} {:>12}\n",
        "ID", "TIME", "FILM", "AUDITORIUM", "SOLD", "REFD", "IN", "OCCUPANCY", "", "NET"
    ));
    for s in &report.showings {
        let permille = s.occupancy_permille();
        let bar_width = usize::try_from(permille.clamp(0, 1000) / 50).unwrap_or(0);
        text.push_str(&format!(
            "{:>5}  {:<5}  {:<22} {:<12} {:>5} {:>5} {:>5} {:>9}  {:<20} {:>12}\n",
            s.showing.0,
            s.starts_at.with_timezone(&zone).format("%H:%M"),
            truncate(&s.film, 22),
            truncate(&s.auditorium, 12),
            s.sold,
            s.refunded,
            s.admitted,
            percent(permille),
            "#".repeat(bar_width),
            money(s.revenue - s.refunded_amount)
        ));
    }
    if report.showings.is_empty() {
        text.push_str("  none\n");
    }
    text.push_str("\nMONEY TAKEN THIS DAY, BY PAYMENT METHOD\n");
    let mut methods: Vec<&str> =
        report.sales_by_payment.iter().chain(&report.refunds_by_payment).map(|t| t.key.as_str()).collect();
    methods.sort_unstable();
    methods.dedup();
    text.push_str(&format!(
        "  {:<10} {:>6} {:>14} {:>6} {:>14} {:>14}\n",
        "METHOD", "SALES", "AMOUNT", "REFDS", "AMOUNT", "NET"
    ));
    for method in methods {
        let find = |rows: &[Subtotal]| rows.iter().find(|t| t.key == method).map_or((0, 0), |t| (t.count, t.amount));
        let (sales, sold) = find(&report.sales_by_payment);
        let (refunds, refunded) = find(&report.refunds_by_payment);
        text.push_str(&format!(
            "  {:<10} {:>6} {:>14} {:>6} {:>14} {:>14}\n",
            method,
            sales,
            money(sold),
            refunds,
            money(refunded),
            money(sold - refunded)
        ));
    }
    for (title, rows) in [("BY FILM (tickets paid this day)", &report.films), ("BY TICKET TYPE", &report.ticket_types)]
    {
        text.push_str(&format!("\n{title}\n"));
        for t in rows {
            text.push_str(&format!("  {:<30} {:>6} {:>14}\n", truncate(&t.key, 30), t.count, money(t.amount)));
        }
    }
    text.push_str("\nREFUNDS\n");
    for r in &report.refunds {
        text.push_str(&format!(
            "  {} {} {:<8} {:>12}  {}  (cashier {}, approved by {})\n",
            r.at.with_timezone(&zone).format("%H:%M"),
            r.booking,
            r.seats,
            money(r.amount),
            r.reason,
            r.staff.as_deref().unwrap_or("-"),
            r.approver.as_deref().unwrap_or("-")
        ));
    }
    if report.refunds.is_empty() {
        text.push_str("  none\n");
    }
    text.push_str(&format!(
        "\nSALES {}   REFUNDS {}   NET {}\n",
        currency.format(report.sales_total),
        currency.format(report.refunds_total),
        currency.format(report.net())
    ));
    text.push_str(&seal_line(report.seal.as_ref()));
    text.push('\n');
    text
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width { text.to_owned() } else { text.chars().take(width - 1).chain(['…']).collect() }
}

/// One flat table a spreadsheet can pivot: `section,key,count,amount,detail`.
pub fn to_csv(report: &DayReport) -> Result<String, EngineError> {
    let zone = report.venue.zone;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut row = |fields: [String; 5]| writer.write_record(fields).map_err(|e| EngineError::Failed(e.into()));
    row(["section".into(), "key".into(), "count".into(), "amount".into(), "detail".into()])?;
    for s in &report.showings {
        row([
            "showing".into(),
            format!("{} {} {} ({})", s.showing, s.starts_at.with_timezone(&zone).format("%H:%M"), s.film, s.auditorium),
            (s.sold - s.refunded).to_string(),
            (s.revenue - s.refunded_amount).to_string(),
            format!(
                "occupancy {} of {}; sold {}, refunded {}, admitted {}",
                percent(s.occupancy_permille()),
                s.capacity,
                s.sold,
                s.refunded,
                s.admitted
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
            format!(
                "{} | cashier {} | approver {}",
                r.reason,
                r.staff.as_deref().unwrap_or("-"),
                r.approver.as_deref().unwrap_or("-")
            ),
        ])?;
    }
    row(["total".into(), "sales".into(), String::new(), report.sales_total.to_string(), String::new()])?;
    row(["total".into(), "refunds".into(), String::new(), report.refunds_total.to_string(), String::new()])?;
    row(["total".into(), "net".into(), String::new(), report.net().to_string(), String::new()])?;
    if report.training {
        row([
            "training".into(),
            "TRAINING".into(),
            String::new(),
            String::new(),
            "practice figures, not takings".into(),
        ])?;
    }
    if let Some(seal) = &report.seal {
        row(["seal".into(), seal.event.to_string(), String::new(), String::new(), seal.hash.clone()])?;
    }
    let bytes =
        writer.into_inner().map_err(|e| EngineError::Failed(anyhow::anyhow!("could not write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| EngineError::Failed(e.into()))
}
