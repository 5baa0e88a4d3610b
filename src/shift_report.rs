//! The shift report as printed for the drawer, and where it is written: `shifts/shift-<id>.txt`
//! beside the database. Shared by `boxoffice shift close` and the cashier screen, so the paper
//! in the drawer reads the same whichever closed the shift. Presentation, so not in `domain`.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::domain::Currency;
use crate::engine::{Engine, EngineError, ShiftReport};
use crate::i18n::{self, words};
use crate::text_file::Pending;
use crate::tr;

/// The shift report as printed for the drawer, in the process's language.
#[must_use]
pub fn text(report: &ShiftReport, currency: &Currency, zone: chrono_tz::Tz) -> String {
    let shift = &report.shift;
    let lang = i18n::lang();
    let at = |t: DateTime<Utc>| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    let closed = shift.closed_at.map(|c| tr!("shift-report-closed", at = at(c))).unwrap_or_default();
    let mut text = format!(
        "{}{}\n{}{closed}\n\n",
        if report.training { tr!("shift-report-training") } else { String::new() },
        tr!(
            "shift-report-title",
            shift = shift.id,
            counter = shift.counter.as_str(),
            staff = shift.staff.as_deref().unwrap_or("-"),
        ),
        tr!("shift-report-opened", at = at(shift.opened_at)),
    );
    let line = |label: &str, amount: i64| format!("{label:<28}{:>18}\n", currency.format_in(lang, amount));
    text.push_str(&line(&tr!("shift-report-float"), shift.float));
    for (method, count, total) in &report.takings.sales {
        let method = words::payment(method.as_str());
        text.push_str(&line(&tr!("shift-report-sales", method = method, count = *count), *total));
    }
    for (method, count, total) in &report.takings.refunds {
        let method = words::payment(method.as_str());
        text.push_str(&line(&tr!("shift-report-refunds", method = method, count = *count), -total));
    }
    text.push_str(&line(&tr!("shift-report-expected"), report.expected_cash));
    if let (Some(counted), Some(over_short)) = (shift.counted, report.over_short) {
        text.push_str(&line(&tr!("shift-report-counted"), counted));
        let label = match over_short {
            0 => tr!("shift-report-balanced"),
            d if d > 0 => tr!("shift-report-over"),
            _ => tr!("shift-report-short"),
        };
        text.push_str(&line(&label, over_short));
    }
    // The chain's head: kept on paper, it exposes a rewritten or rolled-back log (verify --seal).
    if let Some(seal) = &report.seal {
        text.push_str(&format!("\n{}\n", tr!("shift-report-seal", seal = format!("{}:{}", seal.event, seal.hash))));
    }
    text
}

/// Writes the closing report into `shifts/` beside `database` (the current folder when the
/// engine has no file); returns the file's path.
///
/// # Errors
/// The folder cannot be created or the file written; the message names the path.
pub fn write(database: Option<&Path>, report: &ShiftReport, text: &str) -> Result<PathBuf, String> {
    finish(reserve(database, report.shift.id)?, text)
}

/// Makes the report file of shift `shift` ready before the shift is closed, so that a folder or
/// file that may not be written (a planted symbolic link) refuses the close instead of leaving a
/// closed shift with no report.
///
/// # Errors
/// The folder cannot be created, or it or the file is a symbolic link; the message names the path.
pub fn reserve(database: Option<&Path>, shift: i64) -> Result<Pending, String> {
    let folder =
        database.and_then(|db| db.parent().map(|dir| dir.join("shifts"))).unwrap_or_else(|| PathBuf::from("shifts"));
    let name = format!("shift-{shift}.txt");
    Pending::reserve(&folder, &name).map_err(|e| format!("could not write {}: {e}", folder.join(&name).display()))
}

/// Writes the report's text into its reserved file; returns the file's path.
///
/// # Errors
/// The disk is full or the file cannot be renamed into place; the message names the path.
pub fn finish(pending: Pending, text: &str) -> Result<PathBuf, String> {
    let path = pending.path().to_owned();
    pending.finish(text).map_err(|e| format!("could not write {}: {e}", path.display()))
}

/// Closes this counter's shift with the `counted` cash and writes its report. The report's file
/// is made ready first: a folder or file that refuses the write (a planted symbolic link)
/// refuses the close too, so the shift stays open rather than closed unrecorded. Returns the
/// closed shift and where its report went (or why writing its text failed; the shift is closed
/// either way then).
///
/// # Errors
/// The engine's refusal to close, or the report's file cannot be made ready.
pub fn close(
    engine: &mut Engine,
    counted: i64,
    now: DateTime<Utc>,
) -> Result<(ShiftReport, Result<PathBuf, String>), EngineError> {
    let failed = |message: String| EngineError::Failed(anyhow::anyhow!(message));
    let venue = engine.venue()?.ok_or_else(|| EngineError::BadInput(crate::engine::messages::no_venue_yet()))?;
    let pending = match engine.current_shift()? {
        Some(open) => Some((open.shift.id, reserve(engine.database_path(), open.shift.id).map_err(failed)?)),
        None => None,
    };
    let report = engine.close_shift(counted, now)?;
    let text = text(&report, &venue.currency, venue.zone);
    let path = match pending.filter(|(shift, _)| *shift == report.shift.id) {
        Some((_, pending)) => finish(pending, &text),
        // Another counter closed that shift meanwhile and this one closed a newer one.
        None => write(engine.database_path(), &report, &text),
    };
    Ok((report, path))
}
