//! `boxoffice shift open|close|status`: this counter's cash drawer.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde_json::json;

use super::args::ShiftCommand;
use super::output::{Output, time};
use crate::domain::Currency;
use crate::engine::{Engine, EngineError, ShiftReport};

pub fn run(engine: &mut Engine, command: &ShiftCommand, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let venue = engine.venue()?.ok_or_else(|| EngineError::BadInput("this database has no venue yet".to_owned()))?;
    let money = |text: &str| venue.currency.parse_amount(text).map_err(|e| EngineError::BadInput(e.to_string()));
    match command {
        ShiftCommand::Open { float } => {
            let report = engine.open_shift(money(float)?, now)?;
            out.answer(&shift_json(&report, venue.zone), || {
                format!(
                    "Opened shift {} at {} with a float of {}.",
                    report.shift.id,
                    report.shift.counter,
                    venue.currency.format(report.shift.float)
                )
            });
        }
        ShiftCommand::Close { counted } => {
            let report = engine.close_shift(money(counted)?, now)?;
            let text = shift_text(&report, &venue.currency, venue.zone);
            let path = write_report(engine, &report, &text)?;
            let mut value = shift_json(&report, venue.zone);
            value["report_file"] = json!(path.display().to_string());
            out.answer(&value, || format!("{text}\nShift report written to {}", path.display()));
        }
        ShiftCommand::Status => match engine.current_shift()? {
            Some(report) => {
                out.answer(&shift_json(&report, venue.zone), || shift_text(&report, &venue.currency, venue.zone))
            }
            None => out.answer(&json!(null), || format!("No shift is open at {}.", engine.actor().counter)),
        },
    }
    Ok(())
}

fn shift_json(report: &ShiftReport, zone: chrono_tz::Tz) -> serde_json::Value {
    let tallies = |rows: &[(String, i64, i64)]| {
        rows.iter()
            .map(|(method, count, total)| json!({ "payment": method, "count": count, "total": total }))
            .collect::<Vec<_>>()
    };
    json!({
        "shift": report.shift.id,
        "counter": report.shift.counter,
        "staff": report.shift.staff,
        "opened_at": time(zone, report.shift.opened_at),
        "closed_at": report.shift.closed_at.map(|at| time(zone, at)),
        "float": report.shift.float,
        "sales": tallies(&report.takings.sales),
        "refunds": tallies(&report.takings.refunds),
        "expected_cash": report.expected_cash,
        "counted": report.shift.counted,
        "over_short": report.over_short,
    })
}

/// The shift report as printed for the drawer.
pub fn shift_text(report: &ShiftReport, currency: &Currency, zone: chrono_tz::Tz) -> String {
    let shift = &report.shift;
    let at = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    let mut text = format!(
        "SHIFT {} · counter {} · {}\nopened {}{}\n\n",
        shift.id,
        shift.counter,
        shift.staff.as_deref().unwrap_or("-"),
        at(shift.opened_at),
        shift.closed_at.map(|c| format!(", closed {}", at(c))).unwrap_or_default()
    );
    let line = |label: &str, amount: i64| format!("{label:<28}{:>18}\n", currency.format(amount));
    text.push_str(&line("float", shift.float));
    for (method, count, total) in &report.takings.sales {
        text.push_str(&line(&format!("sales {method} ({count})"), *total));
    }
    for (method, count, total) in &report.takings.refunds {
        text.push_str(&line(&format!("refunds {method} ({count})"), -total));
    }
    text.push_str(&line("expected cash in drawer", report.expected_cash));
    if let (Some(counted), Some(over_short)) = (shift.counted, report.over_short) {
        text.push_str(&line("counted", counted));
        let label = match over_short {
            0 => "balanced",
            d if d > 0 => "over",
            _ => "short",
        };
        text.push_str(&line(label, over_short));
    }
    text
}

/// Writes the closing report next to the database: `shifts/shift-<id>.txt`.
fn write_report(engine: &Engine, report: &ShiftReport, text: &str) -> Result<PathBuf, EngineError> {
    let folder = engine
        .database_path()
        .and_then(|db| db.parent().map(|dir| dir.join("shifts")))
        .unwrap_or_else(|| PathBuf::from("shifts"));
    std::fs::create_dir_all(&folder)
        .map_err(|e| EngineError::Failed(anyhow::anyhow!("could not create {}: {e}", folder.display())))?;
    let path = folder.join(format!("shift-{}.txt", report.shift.id));
    std::fs::write(&path, text)
        .map_err(|e| EngineError::Failed(anyhow::anyhow!("could not write {}: {e}", path.display())))?;
    Ok(path)
}
