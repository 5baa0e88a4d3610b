//! `boxoffice shift open|close|status`: this counter's cash drawer.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::args::ShiftCommand;
use super::output::{Output, time};
use crate::engine::{Engine, EngineError, ShiftReport};
use crate::i18n::errors::Localized as _;
use crate::shift_report;
use crate::tr;

pub fn run(engine: &mut Engine, command: &ShiftCommand, now: DateTime<Utc>, out: &Output) -> Result<(), EngineError> {
    let venue = engine.venue()?.ok_or_else(|| EngineError::BadInput(crate::engine::messages::no_venue_yet()))?;
    let money = |text: &str| venue.currency.parse_amount(text).map_err(|e| EngineError::BadInput(e.localized()));
    match command {
        ShiftCommand::Open { float } => {
            let report = engine.open_shift(money(float)?, now)?;
            out.answer(&shift_json(&report, venue.zone), || {
                tr!(
                    "cli-shift-opened",
                    shift = report.shift.id,
                    counter = report.shift.counter.as_str(),
                    float = venue.currency.format_in(crate::i18n::lang(), report.shift.float),
                )
            });
        }
        ShiftCommand::Close { counted } => {
            let (report, path) = shift_report::close(engine, money(counted)?, now)?;
            let path = path.map_err(|message| EngineError::Failed(anyhow::anyhow!(message)))?;
            let text = shift_report::text(&report, &venue.currency, venue.zone);
            let mut value = shift_json(&report, venue.zone);
            value["report_file"] = json!(path.display().to_string());
            out.answer(&value, || {
                format!("{text}\n{}", tr!("cli-shift-report-written", path = path.display().to_string()))
            });
        }
        ShiftCommand::Status => match engine.current_shift()? {
            Some(report) => out
                .answer(&shift_json(&report, venue.zone), || shift_report::text(&report, &venue.currency, venue.zone)),
            None => out.answer(&json!(null), || tr!("cli-shift-none", counter = engine.actor().counter.as_str())),
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
        "training": report.training,
        "seal": super::report::seal_json(report.seal.as_ref()),
    })
}
